//! Exact replays: an entry copied verbatim and indexed a second time.
//!
//! A copy carries a valid hash and signature, so every per-entry check
//! passes; the vault then shows a state that never existed (a value
//! written twice, an identity added twice). Every write makes a new entry
//! (timestamps to the nanosecond, fresh ciphertext), so two entries with
//! the same fields and the same `hash` are one entry and its copy, whether
//! or not the copy was signed again: the later line is refused, naming the
//! earlier one. The fields are compared, not `hash` alone: junk that
//! reuses a real hash over other fields is a hash mismatch, reported as
//! one. One pass with a hash map (std's randomly keyed SipHash, so no
//! crafted collisions): linear in the entries.

use std::collections::hash_map::{Entry, HashMap};

use crate::vault::entry::{IdentityEntry, SecretEntry, ValueEntry};
use crate::vault::verify::{EntryKind, Failure};
use crate::vault::Vault;

/// One failure per entry whose content an earlier line already has.
pub fn check(vault: &Vault) -> Vec<Failure> {
    let mut entries = indexed_entries(vault);
    entries.sort_unstable_by_key(|e| e.line);
    let mut first_line: HashMap<Content, usize> = HashMap::with_capacity(entries.len());
    let mut out = Vec::new();
    for e in entries {
        match first_line.entry(e.content) {
            Entry::Vacant(slot) => {
                slot.insert(e.line);
            }
            Entry::Occupied(earlier) => out.push(Failure {
                line: e.line,
                kind: e.kind,
                name: e.name.to_string(),
                problem: format!(
                    "replay of line {}: an exact copy of an entry already in the vault; \
                     remove the copy and its header index",
                    earlier.get()
                ),
                policy: false,
            }),
        }
    }
    out
}

/// What an entry says: every field but `signature` (a value with the key
/// its envelope files it under). Destructured in full, so that a field
/// added to an entry must be placed here.
#[derive(PartialEq, Eq, Hash)]
enum Content<'a> {
    Identity {
        added_at: &'a str,
        algorithm: &'a str,
        algorithm_bits: u32,
        curve: Option<&'a str>,
        created_at: &'a str,
        expires_at: Option<&'a str>,
        fingerprint: &'a str,
        hash: &'a str,
        public_key: &'a str,
        signed_by: &'a str,
        uid: &'a str,
    },
    Secret {
        added_at: &'a str,
        hash: &'a str,
        key: &'a str,
        signed_by: &'a str,
    },
    Value {
        filed_under: &'a str,
        added_at: &'a str,
        available_to: &'a [String],
        deleted: bool,
        hash: &'a str,
        signed_by: &'a str,
        value: &'a str,
    },
}

impl<'a> Content<'a> {
    fn identity(e: &'a IdentityEntry) -> Self {
        let IdentityEntry {
            added_at,
            algorithm,
            algorithm_bits,
            curve,
            created_at,
            expires_at,
            fingerprint,
            hash,
            public_key,
            signed_by,
            signature: _,
            uid,
        } = e;
        Content::Identity {
            added_at,
            algorithm,
            algorithm_bits: *algorithm_bits,
            curve: curve.as_deref(),
            created_at,
            expires_at: expires_at.as_deref(),
            fingerprint,
            hash,
            public_key,
            signed_by,
            uid,
        }
    }

    fn secret(e: &'a SecretEntry) -> Self {
        let SecretEntry {
            added_at,
            hash,
            key,
            signature: _,
            signed_by,
        } = e;
        Content::Secret {
            added_at,
            hash,
            key,
            signed_by,
        }
    }

    fn value(e: &'a ValueEntry, filed_under: &'a str) -> Self {
        let ValueEntry {
            added_at,
            available_to,
            deleted,
            hash,
            signature: _,
            signed_by,
            value,
        } = e;
        Content::Value {
            filed_under,
            added_at,
            available_to,
            deleted: *deleted,
            hash,
            signed_by,
            value,
        }
    }
}

/// An entry the header indexes: where, what it is called, what it says.
struct Indexed<'a> {
    line: usize,
    kind: EntryKind,
    name: &'a str,
    content: Content<'a>,
}

fn indexed_entries(vault: &Vault) -> Vec<Indexed<'_>> {
    let mut out = Vec::new();
    for id in &vault.identities {
        out.push(Indexed {
            line: id.line,
            kind: EntryKind::Identity,
            name: &id.entry.fingerprint,
            content: Content::identity(&id.entry),
        });
    }
    for s in &vault.secrets {
        out.push(Indexed {
            line: s.definition.line,
            kind: EntryKind::Secret,
            name: &s.key,
            content: Content::secret(&s.definition.entry),
        });
        for v in &s.values {
            out.push(Indexed {
                line: v.line,
                kind: EntryKind::Value,
                name: &s.key,
                content: Content::value(&v.entry.data, &v.entry.filed_under),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vault::entry::Entry;
    use crate::vault::header::Header;

    /// The basic fixture with DATABASE_URL's value line appended again
    /// after `edit` and indexed as its newest value: (vault, original
    /// line, copy line).
    fn with_copy(edit: impl Fn(&mut ValueEntry)) -> (Vault, usize, usize) {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../shared/fixtures/dotsecenv/basic/vault");
        let mut lines: Vec<String> = std::fs::read_to_string(&path)
            .unwrap()
            .lines()
            .map(str::to_string)
            .collect();
        let mut header = Header::parse(&lines[1]).unwrap();
        let index = &mut header
            .secrets
            .iter_mut()
            .find(|(k, _)| k == "DATABASE_URL")
            .unwrap()
            .1;
        let original = *index.values.last().unwrap();
        let Entry::Value { secret, mut data } = Entry::parse(&lines[original - 1]).unwrap() else {
            panic!("line {original} is a value")
        };
        edit(&mut data);
        lines.push(Entry::Value { secret, data }.to_line());
        index.values.push(lines.len());
        lines[1] = header.to_line();
        let copy = lines.len();
        let vault = Vault::parse(&path, (lines.join("\n") + "\n").as_bytes()).unwrap();
        (vault, original, copy)
    }

    #[test]
    fn a_verbatim_copy_is_a_replay_of_the_original() {
        let (vault, original, copy) = with_copy(|_| {});
        let failures = check(&vault);
        assert_eq!(failures.len(), 1, "{failures:?}");
        assert_eq!(failures[0].line, copy);
        assert_eq!(failures[0].kind, EntryKind::Value);
        assert!(
            failures[0]
                .problem
                .starts_with(&format!("replay of line {original}:")),
            "{}",
            failures[0].problem
        );
    }

    #[test]
    fn a_copy_signed_again_is_a_replay() {
        let (vault, _, copy) = with_copy(|v| v.signature = "00".into());
        let lines: Vec<usize> = check(&vault).iter().map(|f| f.line).collect();
        assert_eq!(lines, [copy]);
    }

    #[test]
    fn the_same_hash_over_other_fields_is_no_replay() {
        // A hash mismatch, which verify reports as one.
        let (vault, _, _) = with_copy(|v| v.available_to.push("0".repeat(40)));
        assert!(check(&vault).is_empty());
    }

    #[test]
    fn the_fixtures_have_no_replays() {
        let dir =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/fixtures/dotsecenv");
        for name in [
            "basic/vault",
            "team/vault",
            "edge/vault",
            "bench/vault-1000",
        ] {
            let vault = Vault::load(&dir.join(name)).unwrap();
            assert!(check(&vault).is_empty(), "{name}");
        }
    }
}
