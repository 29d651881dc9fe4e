//! What every command needs: the vault paths, the key lookup, the output
//! switches, and loading + verifying vaults (fail closed).

use std::path::PathBuf;

use super::Cli;
use crate::crypto;
use crate::error::{Error, Result};
use crate::keys::{self, identity::Identity, KeyLookup};
use crate::vault::verify::{self, Report};
use crate::vault::Vault;

pub const DEFAULT_VAULT: &str = ".dotsecenv/vault";

pub struct Context {
    pub vaults: Vec<PathBuf>,
    pub key_file: Option<PathBuf>,
    pub identity: Option<String>,
    pub json: bool,
    pub silent: bool,
    pub verbose: bool,
}

impl Context {
    pub fn from_cli(cli: &Cli) -> Self {
        Context {
            vaults: vault_paths(&cli.vaults),
            key_file: cli.key_file.clone(),
            identity: cli.identity.clone(),
            json: cli.json,
            silent: cli.silent,
            verbose: cli.verbose,
        }
    }

    pub fn warn(&self, message: &str) {
        if !self.silent {
            eprintln!("dsenv: warning: {message}");
        }
    }

    pub fn note(&self, message: &str) {
        if self.verbose {
            eprintln!("dsenv: {message}");
        }
    }

    /// Loads every vault and verifies every entry. Any failure stops here,
    /// before a single value is decrypted.
    pub fn verified_vaults(&self) -> Result<Vec<Vault>> {
        let policy = crypto::standard_policy();
        let mut out = Vec::new();
        for path in &self.vaults {
            let vault = Vault::load(path)?;
            let report = verify::verify(&vault, &policy);
            if !report.is_valid() {
                return Err(self.refuse(&vault, &report));
            }
            out.push(vault);
        }
        Ok(out)
    }

    fn refuse(&self, vault: &Vault, report: &Report) -> Error {
        for f in &report.failures {
            eprintln!(
                "dsenv: {}:{}: {}",
                vault.path.display(),
                f.line,
                super::validate::failure_line(f)
            );
        }
        let message = format!(
            "{}: {} entr{} failed verification; nothing was run",
            vault.path.display(),
            report.failures.len(),
            if report.failures.len() == 1 {
                "y"
            } else {
                "ies"
            }
        );
        if report.only_policy_failures() {
            Error::Policy(message)
        } else {
            Error::Validation(message)
        }
    }

    /// Finds and loads this machine's identity.
    pub fn identity(&self) -> Result<Identity> {
        let material = KeyLookup::from_env(self.key_file.clone()).find()?;
        self.note(&format!("key from {}", material.source));
        keys::identity::load(&material, self.identity.as_deref())
    }
}

fn vault_paths(flags: &[PathBuf]) -> Vec<PathBuf> {
    if !flags.is_empty() {
        return flags.to_vec();
    }
    match std::env::var_os("DSENV_VAULT").filter(|v| !v.is_empty()) {
        Some(v) => std::env::split_paths(&v).collect(),
        None => vec![PathBuf::from(DEFAULT_VAULT)],
    }
}
