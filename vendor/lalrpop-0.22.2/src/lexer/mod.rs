//! Code related to generating tokenizers.

#![allow(dead_code)] // not yet fully activated

pub mod dfa;
pub mod intern_token;
pub mod nfa;
pub mod re;
