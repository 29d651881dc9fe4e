//! The system policy directory dotsecenv defines (spec §11):
//! `/etc/dotsecenv/policy.d/*.yaml`, fragments an administrator drops in
//! to constrain every user, read exactly as dotsecenv reads them.
//!
//! - Absent directory: no policy. Otherwise the directory and every
//!   `*.yaml` in it (non-recursive, lexical order, other names ignored)
//!   must be owned by root and not group/other-writable (exit 8).
//! - A fragment with a top-level `login:` or `vault:` (exit 2), invalid
//!   YAML (exit 2), `approved_algorithms: []` or `approved_vault_paths: []`
//!   (exit 1) stops every command: a policy that cannot be read is not
//!   silently ignored.
//! - Merge: `approved_algorithms` of all fragments are unioned (same `algo`
//!   collapses, curves union, smallest `min_bits`) and then intersected
//!   with the configuration's; `approved_vault_paths` patterns (single-
//!   segment `*`, `?`, `[..]`, `~` expanded, both sides absolute) filter the
//!   configured vaults, and a named vault (`-v`, `DSENV_VAULT`) they do not
//!   match is refused (exit 8); `behavior.*` and `gpg.program`: the last
//!   fragment that sets one wins over the configuration.
//!
//! dsenv's FIPS 186-5 floor (crate::crypto::policy) applies whatever a
//! fragment or the configuration approves: a fragment can narrow what is
//! accepted, never widen it. [`floor_breaches`] finds the entries that try
//! to (`dsenv policy validate`, exit 9).

use std::collections::BTreeSet;
use std::path::{Component, Path, PathBuf};

use serde::Deserialize;

use crate::config::{ApprovedAlgorithm, Behavior, Config, Gpg};
use crate::error::{Error, Result};

/// Where dotsecenv (and so dsenv) reads the system policy.
pub const DEFAULT_DIR: &str = "/etc/dotsecenv/policy.d";

/// Top-level keys a fragment may not set: `login` is per user, `vault`
/// would replace user vaults (use `approved_vault_paths`).
const FORBIDDEN_KEYS: &[&str] = &["login", "vault"];

/// One `*.yaml` file of the directory.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Fragment {
    #[serde(skip)]
    pub path: PathBuf,
    #[serde(skip)]
    pub text: String,
    #[serde(default)]
    pub approved_algorithms: Option<Vec<ApprovedAlgorithm>>,
    #[serde(default)]
    pub approved_vault_paths: Option<Vec<String>>,
    #[serde(default)]
    pub behavior: Behavior,
    #[serde(default)]
    pub gpg: Gpg,
}

/// The fragments in force, in lexical file name order.
#[derive(Debug, Clone, Default)]
pub struct Policy {
    pub dir: PathBuf,
    pub fragments: Vec<Fragment>,
}

/// The policy directory. Debug builds (the test suite) may point it
/// elsewhere with `DSENV_TEST_POLICY_DIR`; release builds cannot.
pub fn dir() -> PathBuf {
    #[cfg(debug_assertions)]
    if let Some(d) = std::env::var_os("DSENV_TEST_POLICY_DIR").filter(|d| !d.is_empty()) {
        return PathBuf::from(d);
    }
    PathBuf::from(DEFAULT_DIR)
}

/// Reads the policy directory; `None` when it does not exist.
pub fn load() -> Result<Option<Policy>> {
    load_from(&dir())
}

pub fn load_from(dir: &Path) -> Result<Option<Policy>> {
    match std::fs::metadata(dir) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(unreadable(dir, &e)),
        Ok(_) => check_secure(dir)?,
    }
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| unreadable(dir, &e))?
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_ok_and(|t| !t.is_dir()))
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .collect();
    paths.sort();
    let mut fragments = Vec::new();
    for path in paths {
        check_secure(&path)?;
        let text = std::fs::read_to_string(&path).map_err(|e| unreadable(&path, &e))?;
        fragments.push(parse_fragment(&path, text)?);
    }
    Ok(Some(Policy {
        dir: dir.to_path_buf(),
        fragments,
    }))
}

fn unreadable(path: &Path, e: &std::io::Error) -> Error {
    Error::Denied {
        message: format!("{}: unreadable policy: {e}", path.display()),
        hint: Some("a policy that cannot be read is not ignored; ask your administrator".into()),
    }
}

/// Owned by root and not writable by group or other, as dotsecenv checks.
fn check_secure(path: &Path) -> Result<()> {
    use std::os::unix::fs::MetadataExt;
    let meta = std::fs::metadata(path).map_err(|e| unreadable(path, &e))?;
    let insecure = |why: String| Error::Denied {
        message: format!("{}: insecure policy permissions: {why}", path.display()),
        hint: Some("policy files must be owned by root, mode 0644 or stricter".into()),
    };
    if meta.mode() & 0o022 != 0 {
        return Err(insecure(format!(
            "writable by group or other (mode {:o})",
            meta.mode() & 0o777
        )));
    }
    if !trusted_owner(meta.uid()) {
        return Err(insecure(format!("owned by uid {}, not root", meta.uid())));
    }
    Ok(())
}

/// Root; in debug builds with a test directory, also the user running
/// the tests (who cannot make root-owned files).
fn trusted_owner(uid: u32) -> bool {
    #[cfg(debug_assertions)]
    if std::env::var_os("DSENV_TEST_POLICY_DIR").is_some() && uid == nix::unistd::geteuid().as_raw()
    {
        return true;
    }
    uid == 0
}

/// Parses one fragment: forbidden keys, YAML and types, empty allow-lists.
pub fn parse_fragment(path: &Path, text: String) -> Result<Fragment> {
    let at =
        |line: usize, field: &str, why: &str| format!("{}:{line}: {field}: {why}", path.display());
    let raw: serde_yaml_ng::Value = if text.trim().is_empty() {
        serde_yaml_ng::Value::Null
    } else {
        serde_yaml_ng::from_str(&text).map_err(|e| Error::Config(yaml_error(path, &e)))?
    };
    if let serde_yaml_ng::Value::Mapping(map) = &raw {
        for key in FORBIDDEN_KEYS {
            if map.contains_key(*key) {
                let line = key_line(&text, key).unwrap_or(1);
                return Err(Error::Config(at(
                    line,
                    key,
                    "not allowed in a policy fragment (use approved_vault_paths for vaults)",
                )));
            }
        }
    }
    let mut fragment: Fragment = if raw.is_null() {
        Fragment::default()
    } else {
        // From the text again (not the value) so that errors keep their line.
        serde_yaml_ng::from_str(&text).map_err(|e| Error::Config(yaml_error(path, &e)))?
    };
    for (field, empty) in [
        (
            "approved_algorithms",
            fragment
                .approved_algorithms
                .as_ref()
                .is_some_and(Vec::is_empty),
        ),
        (
            "approved_vault_paths",
            fragment
                .approved_vault_paths
                .as_ref()
                .is_some_and(Vec::is_empty),
        ),
    ] {
        if empty {
            let line = key_line(&text, field).unwrap_or(1);
            return Err(Error::Usage(at(
                line,
                field,
                "empty allow-list (omit the field instead of setting [])",
            )));
        }
    }
    fragment.path = path.to_path_buf();
    fragment.text = text;
    Ok(fragment)
}

fn yaml_error(path: &Path, e: &serde_yaml_ng::Error) -> String {
    match e.location() {
        Some(l) => format!(
            "{}:{}: invalid policy fragment: {e}",
            path.display(),
            l.line()
        ),
        None => format!("{}: invalid policy fragment: {e}", path.display()),
    }
}

/// The 1-based line where the top-level `key:` is written.
fn key_line(text: &str, key: &str) -> Option<usize> {
    let prefix = format!("{key}:");
    text.lines()
        .position(|l| l.starts_with(&prefix))
        .map(|i| i + 1)
}

/// The 1-based line of the `n`-th (0-based) `algo:` in `text`, which is
/// where the `n`-th approved algorithm entry is written.
pub fn algo_line(text: &str, n: usize) -> Option<usize> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| {
            let t = l.trim_start().trim_start_matches("- ").trim_start();
            t.starts_with("algo:")
        })
        .nth(n)
        .map(|(i, _)| i + 1)
}

impl Policy {
    /// All fragments' `approved_algorithms`, unioned most-permissively.
    pub fn merged_algorithms(&self) -> Vec<ApprovedAlgorithm> {
        let mut out: Vec<(ApprovedAlgorithm, BTreeSet<String>)> = Vec::new();
        for a in self
            .fragments
            .iter()
            .flat_map(|f| f.approved_algorithms.iter().flatten())
        {
            match out.iter_mut().find(|(m, _)| m.algo == a.algo) {
                Some((m, curves)) => {
                    m.min_bits = m.min_bits.min(a.min_bits);
                    curves.extend(a.curves.iter().cloned());
                }
                None => out.push((a.clone(), a.curves.iter().cloned().collect())),
            }
        }
        out.into_iter()
            .map(|(mut a, curves)| {
                a.curves = curves.into_iter().collect();
                a
            })
            .collect()
    }

    /// All fragments' `approved_vault_paths`, first-seen order, no repeats.
    pub fn merged_vault_paths(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for p in self
            .fragments
            .iter()
            .flat_map(|f| f.approved_vault_paths.iter().flatten())
        {
            if !out.contains(p) {
                out.push(p.clone());
            }
        }
        out
    }

    /// Whether the policy lets dsenv open the vault at `path`.
    pub fn allows_vault(&self, path: &Path) -> bool {
        let patterns = self.merged_vault_paths();
        if patterns.is_empty() {
            return true;
        }
        let target = absolute(&crate::config::expand_home(&path.to_string_lossy()));
        patterns.iter().any(|p| {
            let pattern = absolute(&crate::config::expand_home(p));
            glob_match(&pattern.to_string_lossy(), &target.to_string_lossy())
        })
    }

    /// Constrains `config` as dotsecenv does; returns what changed.
    pub fn apply(&self, config: &mut Config) -> Vec<String> {
        let mut notes = Vec::new();
        let merged = self.merged_algorithms();
        if !merged.is_empty() {
            config.approved_algorithms =
                intersect_algorithms(&config.approved_algorithms, &merged, &mut notes);
        }
        let before = std::mem::take(&mut config.vault);
        for v in before {
            if self.allows_vault(Path::new(&v)) {
                config.vault.push(v);
            } else {
                notes.push(format!(
                    "policy filters vault path {v} (not in approved_vault_paths)"
                ));
            }
        }
        for f in &self.fragments {
            let b = &f.behavior;
            if b.require_explicit_vault_upgrade.is_some() {
                config.behavior.require_explicit_vault_upgrade = b.require_explicit_vault_upgrade;
            }
            if b.restrict_to_configured_vaults.is_some() {
                config.behavior.restrict_to_configured_vaults = b.restrict_to_configured_vaults;
            }
            if let Some(program) = f.gpg.program.as_ref().filter(|p| !p.is_empty()) {
                config.gpg.program = Some(program.clone());
            }
        }
        notes
    }
}

/// The configuration's list narrowed by the policy's: same `algo` only,
/// curves intersected (an empty side means every curve), larger
/// `min_bits`; an algorithm the policy does not list is dropped.
fn intersect_algorithms(
    user: &[ApprovedAlgorithm],
    policy: &[ApprovedAlgorithm],
    notes: &mut Vec<String>,
) -> Vec<ApprovedAlgorithm> {
    let mut out = Vec::new();
    for u in user {
        let Some(p) = policy.iter().find(|p| p.algo == u.algo) else {
            notes.push(format!(
                "policy excludes {} from approved_algorithms",
                u.algo
            ));
            continue;
        };
        let curves: Vec<String> = match (u.curves.is_empty(), p.curves.is_empty()) {
            (true, _) => p.curves.clone(),
            (false, true) => u.curves.clone(),
            (false, false) => u
                .curves
                .iter()
                .filter(|c| p.curves.contains(c))
                .cloned()
                .collect(),
        };
        if curves.is_empty() && !(u.curves.is_empty() && p.curves.is_empty()) {
            notes.push(format!("policy leaves no curve of {} approved", u.algo));
            continue;
        }
        out.push(ApprovedAlgorithm {
            algo: u.algo.clone(),
            curves,
            min_bits: u.min_bits.max(p.min_bits),
        });
    }
    out
}

/// Why an approved-algorithm entry allows keys under dsenv's FIPS 186-5
/// floor, if it does. Unknown families are a configuration error.
pub fn floor_breach(a: &ApprovedAlgorithm) -> std::result::Result<Option<String>, String> {
    let family = a.algo.to_ascii_uppercase();
    let curves_outside = |allowed: &[&str]| -> Option<String> {
        if a.curves.is_empty() {
            return Some(format!(
                "{} with no curves approves every curve; dsenv accepts only {}",
                a.algo,
                allowed.join(", ")
            ));
        }
        a.curves
            .iter()
            .find(|c| !allowed.iter().any(|ok| ok.eq_ignore_ascii_case(c)))
            .map(|c| {
                format!(
                    "{} curve {c} is below the FIPS 186-5 floor ({} only)",
                    a.algo,
                    allowed.join(", ")
                )
            })
    };
    Ok(match family.as_str() {
        "RSA" if a.min_bits < crate::crypto::policy::MIN_RSA_BITS as u32 => Some(format!(
            "RSA min_bits {} is below the FIPS 186-5 floor of {}",
            a.min_bits,
            crate::crypto::policy::MIN_RSA_BITS
        )),
        "RSA" | "X25519" | "X448" => None,
        "ECC" | "ECDSA" | "ECDH" => curves_outside(&["P-384", "P-521"]),
        "EDDSA" => curves_outside(&["Ed25519", "Ed448"]),
        "DSA" | "ELGAMAL" => Some(format!("{} is refused by FIPS 186-5", a.algo)),
        _ => return Err(format!("unknown algorithm family {:?}", a.algo)),
    })
}

/// Every floor breach of `algos` written in `text` at `path`, as
/// `path:line: approved_algorithms: why`; unknown families as `Err`.
pub fn floor_breaches(
    path: &Path,
    text: &str,
    algos: &[ApprovedAlgorithm],
) -> std::result::Result<Vec<String>, String> {
    let mut out = Vec::new();
    for (i, a) in algos.iter().enumerate() {
        let line = algo_line(text, i).unwrap_or(1);
        let at = format!("{}:{line}: approved_algorithms[{i}]", path.display());
        match floor_breach(a) {
            Ok(Some(why)) => out.push(format!("{at}: {why}")),
            Ok(None) => {}
            Err(why) => return Err(format!("{at}: {why}")),
        }
    }
    Ok(out)
}

/// `path` made absolute against the current directory, `.` and `..`
/// resolved lexically (as Go's filepath.Abs does).
fn absolute(path: &Path) -> PathBuf {
    let joined = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(path)
    };
    let mut out = PathBuf::from("/");
    for c in joined.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::Normal(n) => out.push(n),
            _ => {}
        }
    }
    out
}

/// Go's `filepath.Match`: `*` and `?` never match `/`; `[abc]`, `[a-z]`,
/// `[^a]`; `\` escapes.
pub fn glob_match(pattern: &str, name: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let n: Vec<char> = name.chars().collect();
    glob_at(&p, &n)
}

fn glob_at(p: &[char], n: &[char]) -> bool {
    match p.first() {
        None => n.is_empty(),
        Some('*') => (0..=n.len())
            .take_while(|&i| i == 0 || n[i - 1] != '/')
            .any(|i| glob_at(&p[1..], &n[i..])),
        Some('?') => n.first().is_some_and(|&c| c != '/') && glob_at(&p[1..], &n[1..]),
        Some('[') => match (n.first(), class_end(p)) {
            (Some(&c), Some(end)) if c != '/' && class_matches(&p[1..end], c) => {
                glob_at(&p[end + 1..], &n[1..])
            }
            _ => false,
        },
        Some('\\') if p.len() > 1 => n.first() == Some(&p[1]) && glob_at(&p[2..], &n[1..]),
        Some(&c) => n.first() == Some(&c) && glob_at(&p[1..], &n[1..]),
    }
}

fn class_end(p: &[char]) -> Option<usize> {
    p.iter().skip(2).position(|&c| c == ']').map(|i| i + 2)
}

fn class_matches(class: &[char], c: char) -> bool {
    let (negated, class) = match class.first() {
        Some('^') | Some('!') => (true, &class[1..]),
        _ => (false, class),
    };
    let mut i = 0;
    let mut hit = false;
    while i < class.len() {
        if i + 2 < class.len() && class[i + 1] == '-' {
            hit |= class[i] <= c && c <= class[i + 2];
            i += 3;
        } else {
            hit |= class[i] == c;
            i += 1;
        }
    }
    hit != negated
}

#[cfg(test)]
mod tests {
    use super::*;

    fn algo(name: &str, curves: &[&str], min_bits: u32) -> ApprovedAlgorithm {
        ApprovedAlgorithm {
            algo: name.into(),
            curves: curves.iter().map(|c| c.to_string()).collect(),
            min_bits,
        }
    }

    fn policy(texts: &[&str]) -> Policy {
        let fragments = texts
            .iter()
            .enumerate()
            .map(|(i, t)| parse_fragment(Path::new(&format!("{i}.yaml")), t.to_string()).unwrap())
            .collect();
        Policy {
            dir: PathBuf::from("/p"),
            fragments,
        }
    }

    #[test]
    fn fragments_union_most_permissively_then_narrow_the_configuration() {
        let p = policy(&[
            "approved_algorithms:\n  - algo: ECC\n    curves: [P-521]\n    min_bits: 521\n",
            "approved_algorithms:\n  - algo: ECC\n    curves: [P-384]\n    min_bits: 384\n  - algo: RSA\n    min_bits: 3072\n",
        ]);
        assert_eq!(
            p.merged_algorithms(),
            vec![
                algo("ECC", &["P-384", "P-521"], 384),
                algo("RSA", &[], 3072)
            ]
        );
        let mut config = Config::with_defaults();
        let notes = p.apply(&mut config);
        assert_eq!(
            config.approved_algorithms,
            vec![
                algo("ECC", &["P-384", "P-521"], 384),
                algo("RSA", &[], 3072)
            ]
        );
        assert!(
            notes.iter().any(|n| n.contains("excludes EdDSA")),
            "{notes:?}"
        );
    }

    #[test]
    fn last_fragment_wins_for_scalars() {
        let p = policy(&[
            "gpg:\n  program: /usr/bin/gpg\nbehavior:\n  restrict_to_configured_vaults: false\n",
            "behavior:\n  restrict_to_configured_vaults: true\n",
        ]);
        let mut config = Config::default();
        p.apply(&mut config);
        assert_eq!(config.gpg.program.as_deref(), Some("/usr/bin/gpg"));
        assert_eq!(config.behavior.restrict_to_configured_vaults, Some(true));
    }

    #[test]
    fn forbidden_keys_malformed_yaml_and_empty_lists_name_file_and_line() {
        let p = Path::new("/etc/dotsecenv/policy.d/10-x.yaml");
        let e = parse_fragment(p, "gpg:\n  program: PATH\nvault:\n  - /x\n".into()).unwrap_err();
        assert_eq!(e.exit_code(), crate::error::ExitCode::Config);
        assert!(
            e.to_string()
                .starts_with("/etc/dotsecenv/policy.d/10-x.yaml:3: vault:"),
            "{e}"
        );
        let e = parse_fragment(p, "approved_algorithms:\n  - algo: [\n".into()).unwrap_err();
        assert_eq!(e.exit_code(), crate::error::ExitCode::Config);
        assert!(e.to_string().contains("10-x.yaml:"), "{e}");
        let e = parse_fragment(p, "# c\napproved_vault_paths: []\n".into()).unwrap_err();
        assert_eq!(e.exit_code(), crate::error::ExitCode::General);
        assert!(
            e.to_string().contains("10-x.yaml:2: approved_vault_paths"),
            "{e}"
        );
    }

    #[test]
    fn floor_breaches_are_found_and_placed() {
        let text = "approved_algorithms:\n  - algo: RSA\n    min_bits: 1024\n  - algo: ECC\n    curves: [P-256, P-384]\n    min_bits: 256\n  - algo: EdDSA\n    curves: [Ed25519]\n    min_bits: 255\n  - algo: DSA\n    min_bits: 2048\n";
        let f = parse_fragment(Path::new("f.yaml"), text.into()).unwrap();
        let breaches = floor_breaches(
            Path::new("f.yaml"),
            text,
            f.approved_algorithms.as_ref().unwrap(),
        )
        .unwrap();
        assert_eq!(breaches.len(), 3, "{breaches:?}");
        assert!(breaches[0].starts_with("f.yaml:2: approved_algorithms[0]: RSA min_bits 1024"));
        assert!(breaches[1].starts_with("f.yaml:4: approved_algorithms[1]: ECC curve P-256"));
        assert!(breaches[2].starts_with("f.yaml:10: approved_algorithms[3]: DSA"));
        assert!(floor_breach(&algo("RAS", &[], 2048)).is_err());
        for ok in Config::with_defaults().approved_algorithms {
            assert_eq!(floor_breach(&ok), Ok(None), "{ok:?}");
        }
    }

    #[test]
    fn vault_patterns_match_one_path_segment_like_go() {
        assert!(glob_match("/srv/*/vault", "/srv/app/vault"));
        assert!(!glob_match("/srv/*/vault", "/srv/a/b/vault"));
        assert!(glob_match("/srv/app?/vault", "/srv/app1/vault"));
        assert!(glob_match("/srv/[a-c]pp/vault", "/srv/bpp/vault"));
        assert!(!glob_match("/srv/[^a-c]pp/vault", "/srv/bpp/vault"));
        assert!(!glob_match("/srv/app/vault", "/srv/app/vault2"));
        let p = policy(&["approved_vault_paths:\n  - /srv/*/.dotsecenv/vault\n"]);
        assert!(p.allows_vault(Path::new("/srv/x/.dotsecenv/vault")));
        assert!(p.allows_vault(Path::new("/srv/x/../y/.dotsecenv/vault")));
        assert!(!p.allows_vault(Path::new("/home/me/.dotsecenv/vault")));
    }
}
