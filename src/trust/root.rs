//! The pinned root of trust: which identity may be a vault's root.
//!
//! A vault's root is its first identity entry (header line order; the
//! verifier requires it to sign itself and every later identity to be
//! signed by an earlier one). Every other entry chains to the root, so an
//! outsider who builds a whole new vault with their own key as root and
//! shares values to a member's public key produces a vault that verifies
//! on its own. What stops it is a root fingerprint from outside the
//! repository. Pin sources, first match wins:
//!
//! 1. `--trust-root FPR` (repeatable or comma-separated),
//! 2. `DSENV_TRUST_ROOT` (comma-separated),
//! 3. the configuration's `trust_root:` (a fingerprint or a list),
//! 4. the first-use record ([`super::known`]).
//!
//! A vault passes if its root is one of the pinned fingerprints (compared
//! case-insensitively). With no pin at all, the root is recorded on first
//! use, unless strict mode (`DSENV_TRUST_STRICT=1` or `trust_strict: true`)
//! is on: then the vault is refused. A vault with no identity has no root
//! and nothing in it is signed, so it passes and nothing is recorded.

use std::path::{Path, PathBuf};

use super::known::{self, Known, Record};
use crate::config::Config;
use crate::error::{Error, Result};
use crate::vault::Vault;

/// Where a pin came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Flag,
    Env,
    Config(PathBuf),
    Record { file: PathBuf, recorded_at: String },
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Source::Flag => write!(f, "--trust-root"),
            Source::Env => write!(f, "DSENV_TRUST_ROOT"),
            Source::Config(p) => write!(f, "trust_root in {}", p.display()),
            Source::Record { file, recorded_at } => {
                write!(f, "first-use record {} ({recorded_at})", file.display())
            }
        }
    }
}

/// The fingerprints a vault's root must be one of, and where they came from.
#[derive(Debug, Clone)]
pub struct Pin {
    pub roots: Vec<String>,
    pub source: Source,
}

impl Pin {
    pub fn allows(&self, root: &str) -> bool {
        self.roots.iter().any(|r| r.eq_ignore_ascii_case(root))
    }
}

/// The trust settings of one invocation.
#[derive(Debug, Clone)]
pub struct Settings {
    /// From the flag, the environment or the configuration.
    explicit: Option<Pin>,
    /// Why strict mode is on (`DSENV_TRUST_STRICT`, the configuration).
    pub strict: Option<String>,
    /// The first-use record file.
    pub record_file: PathBuf,
}

/// What [`Settings::check`] decided for a vault that passes.
#[derive(Debug, Clone)]
pub enum Verdict {
    /// The root matches this pin.
    Pinned(Pin),
    /// No pin: the root was recorded now, in this line.
    FirstUse(Known),
    /// No pin, and the record could not be written (a read-only root
    /// file system, a HOME that is not this user's): trusted on this
    /// first use only, like on a fresh machine, with a warning.
    Unrecorded { root: String, why: String },
    /// No identity yet: no root to check or record.
    NoRoot,
}

impl Settings {
    /// Reads the pin sources: `flag` (already split at commas by clap),
    /// `DSENV_TRUST_ROOT`, `DSENV_TRUST_STRICT` and the configuration.
    pub fn new(flag: &[String], config: Option<&Config>, config_path: &Path) -> Result<Settings> {
        let env = std::env::var("DSENV_TRUST_ROOT").unwrap_or_default();
        let from_config = config.map(Config::trust_roots).unwrap_or_default();
        let explicit = if !flag.is_empty() {
            Some(pin(flag.iter().map(String::as_str), Source::Flag)?)
        } else if !env.trim().is_empty() {
            Some(pin(env.split(','), Source::Env)?)
        } else if !from_config.is_empty() {
            let source = Source::Config(config_path.to_path_buf());
            Some(pin(from_config.iter().map(String::as_str), source)?)
        } else {
            None
        };
        Ok(Settings {
            explicit,
            strict: strict(config, config_path)?,
            record_file: known::path(),
        })
    }

    /// The pin for `vault` without changing anything: the explicit one,
    /// else its line in the first-use record.
    pub fn pin_for(&self, vault: &Path) -> Result<Option<Pin>> {
        if let Some(pin) = &self.explicit {
            return Ok(Some(pin.clone()));
        }
        let record = Record::load(&self.record_file)?;
        Ok(record.get(&known::canonical(vault)?).map(|k| Pin {
            roots: vec![k.root.clone()],
            source: Source::Record {
                file: self.record_file.clone(),
                recorded_at: k.recorded_at.clone(),
            },
        }))
    }

    /// Checks a verified vault's root against the pin; with no pin,
    /// records it (first use) or, in strict mode, refuses it.
    pub fn check(&self, vault: &Vault) -> Result<Verdict> {
        let Some(root) = root_of(vault) else {
            return Ok(Verdict::NoRoot);
        };
        match self.pin_for(&vault.path)? {
            Some(pin) if pin.allows(root) => Ok(Verdict::Pinned(pin)),
            Some(pin) => Err(mismatch(&vault.path, root, &pin)),
            None => match &self.strict {
                Some(why) => Err(unpinned(&vault.path, root, why)),
                None => {
                    let recorded = known::record_root(
                        &self.record_file,
                        &known::canonical(&vault.path)?,
                        root,
                    );
                    Ok(match recorded {
                        Ok(known) => Verdict::FirstUse(known),
                        Err(e) => Verdict::Unrecorded {
                            root: root.to_string(),
                            why: e.to_string(),
                        },
                    })
                }
            },
        }
    }
}

impl Settings {
    /// Checks `vault`'s root against the pin of the vault at `path`,
    /// recording nothing: for `vault merge`, whose inputs are git's
    /// temporary copies of the vault at `path`.
    pub fn check_pinned(&self, vault: &Vault, path: &Path) -> Result<()> {
        let Some(root) = root_of(vault) else {
            return Ok(());
        };
        match self.pin_for(path)? {
            Some(pin) if pin.allows(root) => Ok(()),
            Some(pin) => Err(mismatch(path, root, &pin)),
            None => match &self.strict {
                Some(why) => Err(unpinned(path, root, why)),
                None => Ok(()),
            },
        }
    }
}

/// The vault's root fingerprint: its first identity entry.
pub fn root_of(vault: &Vault) -> Option<&str> {
    vault
        .identities
        .first()
        .map(|i| i.entry.fingerprint.as_str())
}

/// The first-use notice, printed once when a root is recorded.
pub fn first_use_notice(vault: &Path, known: &Known, file: &Path) -> String {
    format!(
        "trusting vault {} on first use: root {} (recorded in {}; pin it in CI with DSENV_TRUST_ROOT={})",
        vault.display(),
        known.root,
        file.display(),
        known.root
    )
}

/// The warning for a first use whose root could not be recorded.
pub fn unrecorded_warning(vault: &Path, root: &str, why: &str) -> String {
    format!(
        "trusting vault {} on first use: root {root}, not recorded ({why}); \
         pin it with DSENV_TRUST_ROOT={root}",
        vault.display()
    )
}

/// Fingerprints from one source: hex, 40 (v4) or 64 (v6) digits.
fn pin<'a>(items: impl Iterator<Item = &'a str>, source: Source) -> Result<Pin> {
    let mut roots = Vec::new();
    for item in items.map(str::trim).filter(|i| !i.is_empty()) {
        let hex = item.bytes().all(|b| b.is_ascii_hexdigit());
        if !hex || !matches!(item.len(), 40 | 64) {
            return Err(bad_pin(
                &source,
                format!("`{item}` is not a fingerprint (40 or 64 hexadecimal digits)"),
            ));
        }
        roots.push(item.to_ascii_uppercase());
    }
    if roots.is_empty() {
        return Err(bad_pin(&source, "no fingerprint given".into()));
    }
    Ok(Pin { roots, source })
}

/// A bad flag or variable is a usage error (exit 1), a bad configuration
/// key a configuration error (exit 2).
fn bad_pin(source: &Source, why: String) -> Error {
    match source {
        Source::Config(_) => Error::Config(format!("{source}: {why}")),
        _ => Error::Usage(format!("{source}: {why}")),
    }
}

/// `DSENV_TRUST_STRICT=1|true` (or `0|false` to turn the configuration's
/// `trust_strict: true` off for one invocation).
fn strict(config: Option<&Config>, config_path: &Path) -> Result<Option<String>> {
    let Some(value) = std::env::var_os("DSENV_TRUST_STRICT") else {
        return Ok(config
            .and_then(|c| c.trust_strict)
            .filter(|s| *s)
            .map(|_| format!("trust_strict is set in {}", config_path.display())));
    };
    match value.to_str() {
        Some("1" | "true") => Ok(Some("DSENV_TRUST_STRICT is set".into())),
        Some("0" | "false" | "") => Ok(None),
        _ => Err(Error::Usage(format!(
            "DSENV_TRUST_STRICT: `{}` is not 1, true, 0 or false",
            value.to_string_lossy()
        ))),
    }
}

fn mismatch(vault: &Path, root: &str, pin: &Pin) -> Error {
    let hint = match &pin.source {
        Source::Record { .. } => format!(
            "if the root was changed deliberately, confirm {root} with the vault's owner, then re-pin: \
             dsenv -v {} vault trust {root}; otherwise restore the vault from git",
            vault.display()
        ),
        source => format!(
            "restore the vault from git; if its root was changed deliberately, update the pin ({source})"
        ),
    };
    Error::Trust {
        message: format!(
            "{}: root identity {root} is not the pinned root {} ({}); refusing the vault",
            vault.display(),
            pin.roots.join(","),
            pin.source
        ),
        hint: Some(hint),
    }
}

fn unpinned(vault: &Path, root: &str, why: &str) -> Error {
    Error::Trust {
        message: format!(
            "{}: no trusted root is pinned for this vault and strict mode is on ({why}); refusing the vault",
            vault.display()
        ),
        hint: Some(format!(
            "pin the root after checking it with the vault's owner (its root is {root}): \
             DSENV_TRUST_ROOT={root}, --trust-root {root}, `trust_root:` in the configuration, \
             or `dsenv -v {} vault trust {root}`",
            vault.display()
        )),
    }
}
