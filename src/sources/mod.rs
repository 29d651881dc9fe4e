//! Environment sources other than the vault: `.env` files and Dotenv
//! Vault files (`.env.vault` + `DOTENV_KEY`).

pub mod dotenv;
pub mod dotenv_node;
pub mod dotenv_vault;
pub mod secenv;

use secrecy::SecretBox;

/// One variable from a source, its value wiped when dropped.
pub struct Variable {
    pub name: String,
    pub value: SecretBox<Vec<u8>>,
    /// The 1-based line that set it, for messages (`None`: not known).
    pub line: Option<usize>,
}
