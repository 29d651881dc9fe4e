//! Environment sources other than the vault: `.env` files and Dotenv
//! Vault files (`.env.vault` + `DOTENV_KEY`).

pub mod compose;
pub mod dotenv;
pub mod dotenv_node;
pub mod dotenv_vault;
pub mod export_format;
pub mod literal;
pub mod readings;
pub mod secenv;

use std::path::Path;

use secrecy::SecretBox;

use crate::capped_read;
use crate::error::{Error, Result};

/// One variable from a source, its value wiped when dropped.
pub struct Variable {
    pub name: String,
    pub value: SecretBox<Vec<u8>>,
    /// The 1-based line that set it, for messages (`None`: not known).
    pub line: Option<usize>,
}

/// How a `.env` file is read: the tools teams wrote them for disagree on
/// quotes, `$`, `#` and backslashes (README, "Migrating").
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Dialect {
    /// Docker Compose's `env_file` rules (compose-go), the default.
    Compose,
    /// dotenvy's stricter, shell-like rules (dsenv's only reader before).
    Dotenvy,
    /// The node `dotenv` library's rules (no interpolation).
    Node,
    /// `docker run --env-file`: every value exactly as written after `=`.
    Literal,
}

impl Dialect {
    pub fn name(self) -> &'static str {
        match self {
            Dialect::Compose => "compose",
            Dialect::Dotenvy => "dotenvy",
            Dialect::Node => "node",
            Dialect::Literal => "literal",
        }
    }
}

/// Reads a `.env` file's bytes, capped at [`dotenv::MAX_FILE_BYTES`].
pub fn read_bytes(path: &Path) -> Result<zeroize::Zeroizing<Vec<u8>>> {
    let origin = path.display();
    capped_read::read(path, dotenv::MAX_FILE_BYTES).map_err(|e| match e {
        capped_read::CappedReadError::Io(e) => Error::vault(format!("{origin}: {e}")),
        too_large => Error::Usage(format!("{origin}: {too_large} for a .env file")),
    })
}

/// Parses `text` (from `origin`, for messages) in `dialect`; references
/// in the Compose dialect see the process environment in `order`.
pub fn parse_env_file(
    text: &[u8],
    origin: &str,
    dialect: Dialect,
    order: compose::Precedence,
) -> Result<Vec<Variable>> {
    if dialect == Dialect::Compose {
        return compose::parse(text, &compose::process_env, order)
            .map_err(|e| Error::Usage(format!("{origin}:{e}")));
    }
    parse_env_file_with(text, origin, dialect, &|_| None)
}

/// [`parse_env_file`] with references (Compose) resolved against earlier
/// lines, then `env`.
pub fn parse_env_file_with(
    text: &[u8],
    origin: &str,
    dialect: Dialect,
    env: &compose::Env<'_>,
) -> Result<Vec<Variable>> {
    let at = |e: compose::ParseError| Error::Usage(format!("{origin}:{e}"));
    match dialect {
        Dialect::Compose => compose::parse(text, env, compose::Precedence::FileFirst).map_err(at),
        Dialect::Dotenvy => dotenv::parse(text, origin),
        Dialect::Literal => literal::parse(text).map_err(at),
        Dialect::Node => {
            let text = std::str::from_utf8(text)
                .map_err(|_| Error::Usage(format!("{origin}: not UTF-8 text")))?;
            Ok(dotenv_node::parse(text))
        }
    }
}

/// Reads and parses a `.env` file in `dialect`.
pub fn read_env_file(
    path: &Path,
    dialect: Dialect,
    order: compose::Precedence,
) -> Result<Vec<Variable>> {
    let text = read_bytes(path)?;
    parse_env_file(&text, &path.display().to_string(), dialect, order)
}
