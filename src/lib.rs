//! dsenv: run a command with secrets from a signed, encrypted vault.
//!
//! The library holds all logic (vault format, verification, crypto, key
//! sources, environment planning, exec); `main.rs` and [`cli`] only parse
//! arguments, call in here and print.

// One audited exception: output::restore_default_sigpipe (no handler runs).
#![deny(unsafe_code)]

// First: its print macros are used by every module below.
#[macro_use]
pub mod output;
pub mod capped_read;
pub mod cli;
pub mod config;
pub mod crypto;
pub mod env;
pub mod error;
pub mod escape;
pub mod keys;
pub mod launch;
pub mod policy_dir;
pub mod readable;
pub mod sources;
pub mod trust;
pub mod vault;
pub mod version;
