//! The child's environment: which secrets go in under which names, and
//! how they merge with the parent's environment.
//!
//! Precedence (lowest first): the vault's secrets, then the parent
//! environment — unless `--override`, which puts the parent lowest.
//! `DSENV_*` variables (key material, vault paths) never reach the child,
//! and no source sets a variable on the [`denylist`].

pub mod denylist;

use std::collections::BTreeMap;
use std::ffi::{CStr, OsString};
use std::os::unix::ffi::OsStrExt;

use secrecy::{ExposeSecret, SecretBox};
use zeroize::Zeroizing;

use crate::vault::names;

/// Options that decide which vault secrets go in, under which names.
#[derive(Debug, Clone, Default)]
pub struct PlanOptions {
    /// `--only`: inject just these (variable names or secret keys).
    pub only: Option<Vec<String>>,
    /// `--namespace NS`: inject `NS::NAME` as `NAME`.
    pub namespace: Option<String>,
}

/// A secret that will be injected: variable name and vault key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Injection {
    pub var: String,
    pub key: String,
}

/// Why a readable secret is not injected (shown with `--verbose`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub key: String,
    pub reason: String,
}

/// Decides, before anything is decrypted, which readable secrets go into
/// the child's environment. Returns an error naming any `--only` entry
/// that matches no readable secret.
pub fn plan(
    readable_keys: &[String],
    opts: &PlanOptions,
) -> Result<(Vec<Injection>, Vec<Skipped>), String> {
    let namespace = opts.namespace.as_deref().map(str::to_lowercase);
    let mut chosen: BTreeMap<String, (Injection, bool)> = BTreeMap::new();
    let mut skipped = Vec::new();
    for key in readable_keys {
        let (ns, name) = names::split_namespace(key);
        let namespaced = ns.is_some();
        if let Some(ns) = ns {
            if namespace.as_deref() != Some(ns) {
                skipped.push(Skipped {
                    key: key.clone(),
                    reason: format!("namespaced; pass --namespace {ns} to inject it as {name}"),
                });
                continue;
            }
        }
        if !names::is_portable_env_name(name) {
            skipped.push(Skipped {
                key: key.clone(),
                reason: "not a portable environment variable name".into(),
            });
            continue;
        }
        // A namespaced secret wins over an un-namespaced one of the same name.
        match chosen.get(name) {
            Some((_, true)) if !namespaced => {
                skipped.push(Skipped {
                    key: key.clone(),
                    reason: format!(
                        "{name} comes from namespace {}",
                        namespace.as_deref().unwrap_or("")
                    ),
                });
                continue;
            }
            Some((previous, false)) if namespaced => {
                skipped.push(Skipped {
                    key: previous.key.clone(),
                    reason: format!("{name} comes from {key}"),
                });
            }
            _ => {}
        }
        chosen.insert(
            name.to_string(),
            (
                Injection {
                    var: name.to_string(),
                    key: key.clone(),
                },
                namespaced,
            ),
        );
    }
    let mut injections: Vec<Injection> = chosen.into_values().map(|(i, _)| i).collect();
    if let Some(only) = &opts.only {
        let mut missing = Vec::new();
        for wanted in only {
            let found = injections
                .iter()
                .any(|i| i.var == *wanted || names::same_key(&i.key, wanted));
            if !found {
                missing.push(wanted.clone());
            }
        }
        if !missing.is_empty() {
            return Err(missing.join(", "));
        }
        injections.retain(|i| {
            only.iter()
                .any(|w| i.var == *w || names::same_key(&i.key, w))
        });
    }
    Ok((injections, skipped))
}

/// Where a candidate variable's value would come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// Variable `index` of file source `layer` (`--env-file`s, then the
    /// Dotenv Vault, then `.secenv` plain values).
    File { layer: usize, index: usize },
    /// Vault injection `index`.
    Vault(usize),
}

/// A variable some source offers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub var: String,
    pub origin: Origin,
    /// The vault key, for `--only` matching by secret name.
    pub key: Option<String>,
}

/// Applies the precedence to `candidates` (lowest first: later ones win),
/// then `--only`, then the parent environment: a variable already set in
/// the parent wins unless `override_parent`. Returns the winners, sorted by
/// name, or the `--only` names that match nothing.
pub fn resolve(
    candidates: Vec<Candidate>,
    only: Option<&[String]>,
    parent: &[(OsString, OsString)],
    override_parent: bool,
) -> Result<(Vec<Candidate>, Vec<Skipped>), String> {
    let mut winners: BTreeMap<String, Candidate> = BTreeMap::new();
    for c in candidates {
        winners.insert(c.var.clone(), c);
    }
    if let Some(only) = only {
        let missing: Vec<&str> = only
            .iter()
            .filter(|w| !winners.values().any(|c| matches(c, w)))
            .map(String::as_str)
            .collect();
        if !missing.is_empty() {
            return Err(missing.join(", "));
        }
        winners.retain(|_, c| only.iter().any(|w| matches(c, w)));
    }
    let mut skipped = Vec::new();
    if !override_parent {
        winners.retain(|var, c| {
            let set = parent.iter().any(|(k, _)| k.as_bytes() == var.as_bytes());
            if set {
                let what = c.key.clone().unwrap_or_else(|| var.clone());
                skipped.push(Skipped {
                    key: what,
                    reason: format!(
                        "{var} is already set in the environment (--override replaces it)"
                    ),
                });
            }
            !set
        });
    }
    Ok((winners.into_values().collect(), skipped))
}

/// Whether `wanted` (a `--only`/`--require` name) names candidate `c`: its
/// variable name, or its vault key.
pub fn matches(c: &Candidate, wanted: &str) -> bool {
    c.var == wanted || c.key.as_deref().is_some_and(|k| names::same_key(k, wanted))
}

/// `NAME=value\0` strings for execve, wiped when dropped.
pub struct ChildEnv {
    entries: Vec<Zeroizing<Vec<u8>>>,
}

impl ChildEnv {
    /// The parent's environment without `DSENV_*`, with `secrets` set
    /// (replacing same-named variables: the plan already decided who wins).
    /// Values containing NUL cannot be passed and are returned as skipped.
    pub fn build(
        parent: &[(OsString, OsString)],
        secrets: Vec<(String, SecretBox<Vec<u8>>)>,
    ) -> (ChildEnv, Vec<String>) {
        let mut entries = Vec::new();
        let mut nul = Vec::new();
        let secret_names: Vec<&str> = secrets.iter().map(|(n, _)| n.as_str()).collect();
        for (k, v) in parent {
            let k = k.as_bytes();
            if k.starts_with(b"DSENV_") || secret_names.iter().any(|n| n.as_bytes() == k) {
                continue;
            }
            entries.push(entry(k, v.as_bytes()));
        }
        for (name, value) in &secrets {
            // The run screens sources against the denylist first; this
            // is the last line for dsenv's own variables.
            if denylist::is_reserved(name) {
                continue;
            }
            let value = value.expose_secret();
            if value.contains(&0) {
                nul.push(name.clone());
                continue;
            }
            entries.push(entry(name.as_bytes(), value));
        }
        (ChildEnv { entries }, nul)
    }

    /// Borrowed C strings, in order.
    pub fn as_cstrs(&self) -> Vec<&CStr> {
        self.entries
            .iter()
            .map(|e| {
                CStr::from_bytes_with_nul(e).expect("entries are NUL-terminated without inner NUL")
            })
            .collect()
    }
}

fn entry(name: &[u8], value: &[u8]) -> Zeroizing<Vec<u8>> {
    let mut e = Zeroizing::new(Vec::with_capacity(name.len() + value.len() + 2));
    e.extend_from_slice(name);
    e.push(b'=');
    e.extend_from_slice(value);
    e.push(0);
    e
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(k: &[&str]) -> Vec<String> {
        k.iter().map(|s| s.to_string()).collect()
    }

    fn vars(i: &[Injection]) -> Vec<(&str, &str)> {
        i.iter().map(|i| (i.var.as_str(), i.key.as_str())).collect()
    }

    #[test]
    fn names_and_namespaces() {
        let k = keys(&["APP.DOMAIN.ORG", "DB", "prod::DB", "prod::X", "dev::Y"]);
        let (inj, skipped) = plan(&k, &PlanOptions::default()).unwrap();
        assert_eq!(vars(&inj), vec![("DB", "DB")]);
        assert_eq!(skipped.len(), 4);

        let opts = PlanOptions {
            namespace: Some("PROD".into()),
            ..Default::default()
        };
        let (inj, _) = plan(&k, &opts).unwrap();
        assert_eq!(vars(&inj), vec![("DB", "prod::DB"), ("X", "prod::X")]);
    }

    #[test]
    fn only_selects_and_reports_missing() {
        let k = keys(&["DB", "OTHER"]);
        let opts = PlanOptions {
            only: Some(keys(&["db"])),
            ..Default::default()
        };
        assert_eq!(vars(&plan(&k, &opts).unwrap().0), vec![("DB", "DB")]);
        let opts = PlanOptions {
            only: Some(keys(&["DB", "NOPE"])),
            ..Default::default()
        };
        assert_eq!(plan(&k, &opts).unwrap_err(), "NOPE");
    }

    fn cand(var: &str, origin: Origin) -> Candidate {
        Candidate {
            var: var.into(),
            origin,
            key: None,
        }
    }

    #[test]
    fn later_sources_win_and_the_parent_wins_unless_override() {
        let file = |layer, index| Origin::File { layer, index };
        let candidates = vec![
            cand("A", file(0, 0)),
            cand("A", file(1, 0)),
            cand("B", file(1, 1)),
            cand("B", Origin::Vault(0)),
            cand("P", Origin::Vault(1)),
        ];
        let parent = vec![("P".into(), "parent".into())];
        let (w, skipped) = resolve(candidates.clone(), None, &parent, false).unwrap();
        assert_eq!(w, vec![cand("A", file(1, 0)), cand("B", Origin::Vault(0))]);
        assert_eq!(skipped.len(), 1);
        let (w, _) = resolve(candidates.clone(), None, &parent, true).unwrap();
        assert_eq!(w.len(), 3);
        let only = vec!["B".to_string()];
        let (w, _) = resolve(candidates.clone(), Some(&only), &parent, true).unwrap();
        assert_eq!(w, vec![cand("B", Origin::Vault(0))]);
        let only = vec!["Z".to_string()];
        assert_eq!(
            resolve(candidates, Some(&only), &parent, true).unwrap_err(),
            "Z"
        );
    }

    #[test]
    fn child_env_drops_dsenv_variables() {
        let parent = vec![
            ("DSENV_KEY".into(), "k".into()),
            ("PATH".into(), "/bin".into()),
            ("DB".into(), "old".into()),
        ];
        let secrets = vec![(
            "DB".to_string(),
            SecretBox::new(Box::new(b"new=\n\"x\"".to_vec())),
        )];
        let (env, nul) = ChildEnv::build(&parent, secrets);
        assert!(nul.is_empty());
        let got: Vec<_> = env
            .as_cstrs()
            .iter()
            .map(|c| c.to_bytes().to_vec())
            .collect();
        assert_eq!(got, vec![b"PATH=/bin".to_vec(), b"DB=new=\n\"x\"".to_vec()]);
    }
}
