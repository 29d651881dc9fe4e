//! dotsecenv's configuration file, read and written as dotsecenv does, so
//! that an existing dotsecenv setup works with dsenv as it is (spec §10).
//!
//! Path: `-c PATH` > `DSENV_CONFIG` > `DOTSECENV_CONFIG` >
//! `$XDG_CONFIG_HOME/dotsecenv/config` (default `~/.config/dotsecenv/config`).
//! Unknown keys are ignored, like dotsecenv's YAML reader does.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct ApprovedAlgorithm {
    pub algo: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub curves: Vec<String>,
    pub min_bits: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct Login {
    pub fingerprint: String,
    pub added_at: String,
    pub hash: String,
    pub signature: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
pub struct Behavior {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub require_explicit_vault_upgrade: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub restrict_to_configured_vaults: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
pub struct Gpg {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub program: Option<String>,
}

/// dsenv's own settings (dotsecenv ignores the `dsenv:` key).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
pub struct DsenvSettings {
    /// Denylisted variables `run` may set from its sources anyway
    /// (`run --allow-var`); `DSENV_*` cannot be allowed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub allow_vars: Vec<String>,
    /// A denylisted variable in a source fails `run` (as `--strict`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub strict: bool,
}

impl DsenvSettings {
    fn is_empty(&self) -> bool {
        self == &DsenvSettings::default()
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
pub struct Config {
    #[serde(default)]
    pub approved_algorithms: Vec<ApprovedAlgorithm>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub login: Option<Login>,
    #[serde(default)]
    pub vault: Vec<String>,
    #[serde(default)]
    pub behavior: Behavior,
    #[serde(default)]
    pub gpg: Gpg,
    /// dsenv's own key (dotsecenv ignores unknown keys): the root
    /// fingerprint(s) a vault must have (see `trust::root`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trust_root: Option<TrustRoot>,
    /// dsenv's own key: refuse a vault with no pinned root.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trust_strict: Option<bool>,
    #[serde(default, skip_serializing_if = "DsenvSettings::is_empty")]
    pub dsenv: DsenvSettings,
}

/// `trust_root: FPR` or `trust_root: [FPR, ...]`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(untagged)]
pub enum TrustRoot {
    One(String),
    Many(Vec<String>),
}

impl Config {
    /// What `init config` writes: FIPS 186-5 algorithms and dotsecenv's
    /// default vault list.
    pub fn with_defaults() -> Config {
        let algo = |algo: &str, curves: &[&str], min_bits| ApprovedAlgorithm {
            algo: algo.into(),
            curves: curves.iter().map(|c| c.to_string()).collect(),
            min_bits,
        };
        Config {
            approved_algorithms: vec![
                algo("ECC", &["P-384", "P-521"], 384),
                algo("EdDSA", &["Ed25519", "Ed448"], 255),
                algo("RSA", &[], 2048),
            ],
            login: None,
            vault: vec![
                ".dotsecenv/vault".into(),
                // Absolute, as dotsecenv writes it: a `~` would be expanded
                // from the user database by dotsecenv, from HOME by dsenv.
                data_home().join("dotsecenv/vault").display().to_string(),
            ],
            behavior: Behavior::default(),
            gpg: Gpg {
                program: Some("PATH".into()),
            },
            trust_root: None,
            trust_strict: None,
            dsenv: DsenvSettings::default(),
        }
    }

    /// Whether `approved_algorithms` lets a key in, as dotsecenv's
    /// `IsAlgorithmAllowed` decides: same family (case-insensitive), at
    /// least `min_bits`, and for ECC/EdDSA a listed curve (no curves listed
    /// approves none). An empty list approves everything here: dsenv's own
    /// FIPS floor (crypto::policy) still applies, and dsenv runs without a
    /// configuration file.
    pub fn approves(&self, algorithm: &str, curve: Option<&str>, bits: u32) -> bool {
        if self.approved_algorithms.is_empty() {
            return true;
        }
        self.approved_algorithms
            .iter()
            .filter(|a| a.algo.eq_ignore_ascii_case(algorithm))
            .any(|a| {
                let curve_ok = match a.algo.to_ascii_uppercase().as_str() {
                    "ECC" | "EDDSA" => {
                        curve.is_some_and(|c| a.curves.iter().any(|ok| ok.eq_ignore_ascii_case(c)))
                    }
                    _ => true,
                };
                curve_ok && bits >= a.min_bits
            })
    }

    /// The `trust_root:` fingerprints (one, or a list; commas split too).
    pub fn trust_roots(&self) -> Vec<String> {
        let items = match &self.trust_root {
            None => return vec![],
            Some(TrustRoot::One(one)) => vec![one.clone()],
            Some(TrustRoot::Many(many)) => many.clone(),
        };
        items
            .iter()
            .flat_map(|i| i.split(','))
            .map(str::to_string)
            .collect()
    }

    /// The configured vault paths, `~` expanded.
    pub fn vault_paths(&self) -> Vec<PathBuf> {
        self.vault.iter().map(|v| expand_home(v)).collect()
    }
}

/// Where the configuration lives.
pub fn path(flag: Option<&Path>) -> PathBuf {
    if let Some(p) = flag {
        return p.to_path_buf();
    }
    for var in ["DSENV_CONFIG", "DOTSECENV_CONFIG"] {
        if let Some(p) = std::env::var_os(var).filter(|v| !v.is_empty()) {
            return PathBuf::from(p);
        }
    }
    config_home().join("dotsecenv/config")
}

/// `$XDG_CONFIG_HOME`, else `~/.config`.
/// `$XDG_DATA_HOME`, else `~/.local/share`.
pub fn data_home() -> PathBuf {
    std::env::var_os("XDG_DATA_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .unwrap_or_else(|| home().join(".local/share"))
}

pub fn config_home() -> PathBuf {
    std::env::var_os("XDG_CONFIG_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .unwrap_or_else(|| home().join(".config"))
}

fn home() -> PathBuf {
    std::env::var_os("HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/"))
}

pub fn expand_home(p: &str) -> PathBuf {
    match p.strip_prefix("~/") {
        Some(rest) => home().join(rest),
        None if p == "~" => home(),
        None => PathBuf::from(p),
    }
}

/// Reads the configuration; `None` when the file does not exist.
pub fn load(path: &Path) -> Result<Option<Config>> {
    match std::fs::read_to_string(path) {
        Ok(text) => parse(path, &text).map(Some),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(config_error(path, &e.to_string())),
    }
}

/// Whether the configuration path was named (`-c`, `DSENV_CONFIG`,
/// `DOTSECENV_CONFIG`) rather than defaulted from `$XDG_CONFIG_HOME`/`$HOME`.
pub fn named(flag: Option<&Path>) -> bool {
    flag.is_some()
        || ["DSENV_CONFIG", "DOTSECENV_CONFIG"]
            .iter()
            .any(|v| std::env::var_os(v).is_some_and(|v| !v.is_empty()))
}

/// Like [`load`] for the default path, except that a file this user may
/// not read counts as absent and comes back as a warning: a container user
/// whose `$HOME` belongs to someone else needs no configuration for `run`.
/// Commands that write the file (`init config`, `login`) and a named path
/// still fail on it (exit 2).
pub fn load_default(path: &Path) -> Result<(Option<Config>, Option<String>)> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok((Some(parse(path, &text)?), None)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok((None, None)),
        Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => Ok((
            None,
            Some(format!(
                "{}: {e}; continuing without a configuration (name one with -c or DSENV_CONFIG)",
                path.display()
            )),
        )),
        Err(e) => Err(config_error(path, &e.to_string())),
    }
}

fn parse(path: &Path, text: &str) -> Result<Config> {
    if text.trim().is_empty() {
        return Ok(Config::default());
    }
    serde_yaml_ng::from_str(text).map_err(|e| match e.location() {
        Some(at) => Error::Config(format!("{}:{}: {e}", path.display(), at.line())),
        None => config_error(path, &e.to_string()),
    })
}

/// Writes the configuration atomically (temp file, fsync, rename), mode
/// 0600 in a 0700 directory.
pub fn save(path: &Path, config: &Config) -> Result<()> {
    use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .map_err(|e| config_error(dir, &e.to_string()))?;
    let yaml = serde_yaml_ng::to_string(config).map_err(|e| config_error(path, &e.to_string()))?;
    let yaml = indent_sequences(&yaml);
    let write = || -> std::io::Result<()> {
        let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o600))?;
        tmp.write_all(b"# dotsecenv / dsenv configuration\n")?;
        tmp.write_all(yaml.as_bytes())?;
        tmp.as_file().sync_all()?;
        tmp.persist(path)?;
        Ok(())
    };
    write().map_err(|e| config_error(path, &e.to_string()))
}

/// serde_yaml's block sequences sit at their key's indentation; dotsecenv
/// (and the scripts that edit its file with sed) indent them by two.
fn indent_sequences(yaml: &str) -> String {
    let mut open: Vec<usize> = Vec::new();
    let mut out = String::with_capacity(yaml.len() + yaml.len() / 4);
    for line in yaml.lines() {
        let content = line.trim_start_matches(' ');
        let indent = line.len() - content.len();
        let item = content.starts_with("- ") || content == "-";
        while open
            .last()
            .is_some_and(|&s| indent < s || (indent == s && !item))
        {
            open.pop();
        }
        if item && open.last() != Some(&indent) {
            open.push(indent);
        }
        if !content.is_empty() {
            out.push_str(&" ".repeat(indent + 2 * open.len()));
        }
        out.push_str(content);
        out.push('\n');
    }
    out
}

fn config_error(path: &Path, why: &str) -> Error {
    Error::Config(format!("{}: {why}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sequences_are_indented_as_dotsecenv_writes_them_and_read_back_the_same() {
        let c = Config::with_defaults();
        let yaml = indent_sequences(&serde_yaml_ng::to_string(&c).unwrap());
        assert!(yaml.contains("\nvault:\n  - .dotsecenv/vault\n"), "{yaml}");
        assert!(
            yaml.contains("\n  - algo: ECC\n    curves:\n      - P-384\n"),
            "{yaml}"
        );
        let back: Config = serde_yaml_ng::from_str(&yaml).unwrap();
        assert_eq!(
            serde_yaml_ng::to_string(&back).unwrap(),
            serde_yaml_ng::to_string(&c).unwrap()
        );
    }

    #[test]
    fn approves_like_dotsecenvs_is_algorithm_allowed() {
        let c = Config::with_defaults();
        for (algo, curve, bits, ok) in [
            ("RSA", None, 4096, true),
            ("RSA", None, 2048, true),
            ("RSA", None, 1024, false),
            ("ECC", Some("P-521"), 521, true),
            ("ECC", Some("P-384"), 384, true),
            ("ECC", Some("P-256"), 256, false),
            ("EdDSA", Some("Ed25519"), 255, true),
            ("eddsa", Some("ed25519"), 255, true),
            ("DSA", None, 2048, false),
        ] {
            assert_eq!(c.approves(algo, curve, bits), ok, "{algo} {curve:?} {bits}");
        }
        assert!(
            Config::default().approves("DSA", None, 1024),
            "empty list: the floor decides"
        );
    }

    #[test]
    fn reads_what_dotsecenv_writes_and_round_trips() {
        let yaml = "approved_algorithms:\n  - algo: ECC\n    curves:\n      - P-384\n      - P-521\n    min_bits: 384\n  - algo: RSA\n    min_bits: 2048\nlogin:\n  fingerprint: B963\n  added_at: 2026-11-28T06:25:06Z\n  hash: ab\n  signature: cd\nvault:\n  - .dotsecenv/vault\nbehavior:\n  restrict_to_configured_vaults: true\ngpg:\n  program: PATH\nfuture_key: 1\ntrust_root:\n  - B9636EE87BBA28F466FC3F324F40E8111E73B573\ntrust_strict: true\n";
        let c: Config = serde_yaml_ng::from_str(yaml).unwrap();
        assert_eq!(c.approved_algorithms.len(), 2);
        assert_eq!(c.login.as_ref().unwrap().fingerprint, "B963");
        assert_eq!(c.behavior.restrict_to_configured_vaults, Some(true));
        assert_eq!(
            c.trust_roots(),
            ["B9636EE87BBA28F466FC3F324F40E8111E73B573"]
        );
        assert_eq!(c.trust_strict, Some(true));
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("sub/config");
        save(&p, &c).unwrap();
        assert_eq!(load(&p).unwrap().unwrap(), c);
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&p).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
}
