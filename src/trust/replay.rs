//! Exact replays: an entry copied verbatim and indexed a second time.
//!
//! A copy carries a valid hash and signature, so every per-entry check
//! passes; the vault then shows a state that never existed (a value
//! written twice, an identity added twice). An entry's `hash` covers all
//! of its canonical content (spec §3) and every write makes a new one
//! (timestamps to the nanosecond, fresh ciphertext), so two entries with
//! the same hash are one entry and its copy. The later line is refused,
//! naming the earlier one. An entry whose content was changed but whose
//! hash was kept fails the hash check already; one line per hash seen
//! keeps this linear in the number of entries.

use std::collections::HashMap;

use crate::vault::verify::{EntryKind, Failure};
use crate::vault::Vault;

/// One failure per entry whose `hash` an earlier line already has.
pub fn check(vault: &Vault) -> Vec<Failure> {
    let mut entries = indexed_entries(vault);
    entries.sort_unstable_by_key(|e| e.line);
    let mut first_line: HashMap<String, usize> = HashMap::with_capacity(entries.len());
    let mut out = Vec::new();
    for e in entries {
        // Hex compares without regard to case: a re-cased copy is a copy.
        match first_line.entry(e.hash.to_ascii_lowercase()) {
            std::collections::hash_map::Entry::Vacant(slot) => {
                slot.insert(e.line);
            }
            std::collections::hash_map::Entry::Occupied(earlier) => out.push(Failure {
                line: e.line,
                kind: e.kind,
                name: e.name.to_string(),
                problem: format!(
                    "replay of line {}: an exact copy of an entry already in the vault \
                     (same hash); remove the copy and its header index",
                    earlier.get()
                ),
                policy: false,
            }),
        }
    }
    out
}

/// An entry the header indexes: where, what, and its hash.
struct Indexed<'a> {
    line: usize,
    kind: EntryKind,
    name: &'a str,
    hash: &'a str,
}

fn indexed_entries(vault: &Vault) -> Vec<Indexed<'_>> {
    let mut out = Vec::new();
    for id in &vault.identities {
        out.push(Indexed {
            line: id.line,
            kind: EntryKind::Identity,
            name: &id.entry.fingerprint,
            hash: &id.entry.hash,
        });
    }
    for s in &vault.secrets {
        out.push(Indexed {
            line: s.definition.line,
            kind: EntryKind::Secret,
            name: &s.key,
            hash: &s.definition.entry.hash,
        });
        for v in &s.values {
            out.push(Indexed {
                line: v.line,
                kind: EntryKind::Value,
                name: &s.key,
                hash: &v.entry.data.hash,
            });
        }
    }
    out
}
