//! Exact replays: an entry copied verbatim and indexed a second time.
//!
//! A copy carries a valid hash and signature, so every per-entry check
//! passes; the vault then shows a state that never existed (a value
//! written twice, an identity added twice). Every write makes a new entry
//! (timestamps to the nanosecond, fresh ciphertext and signature), so two
//! entries with the same content, field for field (`hash` and `signature`
//! included), are one entry and its copy: the later line is refused,
//! naming the earlier one. Entries are compared by content, not by `hash`
//! alone: junk that reuses a real hash over other fields is a hash
//! mismatch, reported as one. One hash-map pass: linear in the entries.

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

/// What an entry says, field for field (a value with the key its
/// envelope files it under).
#[derive(PartialEq, Eq, Hash)]
enum Content<'a> {
    Identity(&'a IdentityEntry),
    Secret(&'a SecretEntry),
    Value(&'a ValueEntry, &'a str),
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
            content: Content::Identity(&id.entry),
        });
    }
    for s in &vault.secrets {
        out.push(Indexed {
            line: s.definition.line,
            kind: EntryKind::Secret,
            name: &s.key,
            content: Content::Secret(&s.definition.entry),
        });
        for v in &s.values {
            out.push(Indexed {
                line: v.line,
                kind: EntryKind::Value,
                name: &s.key,
                content: Content::Value(&v.entry.data, &v.entry.filed_under),
            });
        }
    }
    out
}
