//! What one identity can read across a list of vaults, and decrypting it.
//!
//! Vaults are searched in order; the first vault that holds a secret
//! decides it (like dotsecenv with several configured vaults).

use std::collections::{HashMap, HashSet};

use base64::Engine;
use rayon::prelude::*;
use secrecy::SecretBox;

use crate::crypto;
use crate::error::{Error, Result};
use crate::keys::identity::Identity;
use crate::vault::select::{self, Current};
use crate::vault::{Located, SecretRecord, ValueRecord, Vault};

/// A secret and what `current` says about it for this identity.
pub struct Surveyed<'v> {
    pub vault: &'v Vault,
    pub secret: &'v SecretRecord,
    pub current: Current<'v>,
}

/// The surveyed secret `name` names, in any spelling that normalises to
/// its key.
pub fn find<'s, 'v>(surveyed: &'s [Surveyed<'v>], name: &str) -> Option<&'s Surveyed<'v>> {
    surveyed
        .iter()
        .find(|s| crate::vault::names::same_key(&s.secret.key, name))
}

/// `did you mean NAME?` for a `name` [`find`] does not find: the closest
/// surveyed secret that is not forgotten.
pub fn did_you_mean(surveyed: &[Surveyed], name: &str) -> Option<String> {
    let live = surveyed
        .iter()
        .filter(|s| !matches!(s.current, Current::Deleted))
        .map(|s| s.secret.key.as_str());
    crate::vault::near_miss::hint(name, live)
}

/// Every secret of every vault (first vault wins a key), with the value
/// this identity reads.
pub fn survey<'v>(vaults: &'v [Vault], fingerprint: &str) -> Vec<Surveyed<'v>> {
    let mut seen: HashSet<&str> = HashSet::new();
    let mut out: Vec<Surveyed> = Vec::new();
    for vault in vaults {
        let removal = vault.removal_of(fingerprint);
        for secret in &vault.secrets {
            if !seen.insert(&secret.key) {
                continue;
            }
            let current = match (select::current(secret, fingerprint), &removal) {
                // A removed identity reads nothing, even a value that still
                // lists it (until someone rotates it away).
                (Current::Readable(v), Some(r)) => Current::Revoked {
                    at: r.entry.added_at.as_str(),
                    by: r.entry.signed_by.as_str(),
                    readers: &v.entry.data.available_to,
                },
                (current, _) => current,
            };
            out.push(Surveyed {
                vault,
                secret,
                current,
            });
        }
    }
    out
}

/// Fails closed when `fingerprint` has no identity entry in any of
/// `vaults`: a wrong `DSENV_KEY` must not start a program without its
/// secrets (exit 10).
pub fn require_member(vaults: &[Vault], fingerprint: &str) -> Result<()> {
    if vaults.iter().any(|v| v.is_member(fingerprint)) {
        return Ok(());
    }
    if let Some((v, r)) = vaults
        .iter()
        .find_map(|v| v.removal_of(fingerprint).map(|r| (v, r)))
    {
        return Err(Error::Refused {
            message: format!(
                "identity {fingerprint} was removed from {} on line {} ({}, by {}); nothing was run",
                v.path.display(),
                r.line,
                r.entry.added_at,
                r.entry.signed_by
            ),
            hint: Some("a removed identity reads nothing from the vault; use a member's key".into()),
        });
    }
    Err(Error::Refused {
        message: not_a_member(vaults, fingerprint),
        hint: Some(format!(
            "check that --key-file / DSENV_KEY holds the right key; a new member sends a member \
             the public key (`dsenv identity export {fingerprint} > me.pub.asc`), \
             who adds it with `dsenv identity add me.pub.asc`"
        )),
    })
}

/// "identity FPR is not a member of VAULT, VAULT".
pub fn not_a_member(vaults: &[Vault], fingerprint: &str) -> String {
    let paths: Vec<String> = vaults
        .iter()
        .map(|v| v.path.display().to_string())
        .collect();
    let why = vaults
        .iter()
        .find_map(|v| {
            let me = v.outsiders.identity(fingerprint)?;
            Some(format!(
                "its identity entry on line {} of {} was added by {}, not by a member: dsenv \
                 ignores it and what it signed",
                me.line,
                v.path.display(),
                me.entry.signed_by
            ))
        })
        .unwrap_or_else(|| "no identity entry for it".to_string());
    format!(
        "identity {fingerprint} is not a member of {} ({why})",
        if paths.is_empty() {
            "any vault".to_string()
        } else {
            paths.join(", ")
        }
    )
}

/// What `decrypt_all` takes for one secret: its vault, key and the value
/// this identity reads.
pub type ValueRef<'v> = (&'v Vault, &'v str, &'v Located<ValueRecord>);

/// The readable values of `keys` in a survey, in order. Callers plan
/// only readable keys, so a miss is a bug.
pub fn readable_values<'v, 'k>(
    surveyed: &[Surveyed<'v>],
    keys: impl IntoIterator<Item = &'k str>,
) -> Vec<ValueRef<'v>> {
    let by_key: HashMap<&str, &Surveyed<'v>> = surveyed
        .iter()
        .map(|s| (s.secret.key.as_str(), s))
        .collect();
    keys.into_iter()
        .map(|key| {
            let s = by_key.get(key).expect("planned from the survey");
            let Current::Readable(value) = s.current else {
                unreachable!("only readable keys are planned")
            };
            (s.vault, s.secret.key.as_str(), value)
        })
        .collect()
}

/// Decrypts the given values in parallel. Fails closed: one value that
/// does not decrypt fails the whole call (naming it, never its content).
pub fn decrypt_all(
    values: &[(&Vault, &str, &Located<ValueRecord>)],
    identity: &Identity,
) -> Result<Vec<SecretBox<Vec<u8>>>> {
    let policy = crypto::standard_policy();
    values
        .par_iter()
        .map(|(vault, key, value)| {
            let armored = base64::engine::general_purpose::STANDARD
                .decode(&value.entry.data.value)
                .map_err(|_| undecryptable(vault, key, value.line, "value is not base64"))?;
            identity
                .decryptors
                .decrypt(&armored, &policy)
                .map_err(|p| undecryptable(vault, key, value.line, &p.to_string()))
        })
        .collect()
}

fn undecryptable(vault: &Vault, key: &str, line: usize, why: &str) -> Error {
    Error::key(
        format!("{}:{line}: secret {key}: {why}", vault.path.display()),
        "check that --key-file / DSENV_KEY holds the secret key of an identity this value is shared with",
    )
}
