//! Which value of a secret an identity reads at run time: the newest
//! value, and only if it lists the identity.
//!
//! dotsecenv (spec §6) falls back to the newest value that lists the
//! identity, so after `secret revoke NAME BOB` and a new `secret store`,
//! Bob still reads the value the team just rotated away from. dsenv does
//! not: an identity the newest value leaves out is told it was revoked,
//! when and by whom, and gets nothing.

use super::{Located, SecretRecord, ValueRecord};

#[derive(Debug, Clone, Copy)]
pub enum Current<'v> {
    Readable(&'v Located<ValueRecord>),
    /// The secret was forgotten.
    Deleted,
    /// An older value listed this identity; `by` wrote the first value
    /// after that which does not, at `at`.
    Revoked {
        at: &'v str,
        by: &'v str,
        /// Who can read the newest value.
        readers: &'v [String],
    },
    /// No value ever listed this identity; who can read the newest one.
    NoAccess {
        readers: &'v [String],
    },
}

/// The value of `secret` that `fingerprint` reads.
pub fn current<'v>(secret: &'v SecretRecord, fingerprint: &str) -> Current<'v> {
    let Some(newest) = secret.values.last() else {
        return Current::NoAccess { readers: &[] };
    };
    if newest.entry.data.deleted {
        return Current::Deleted;
    }
    let readers = &newest.entry.data.available_to;
    let lists = |v: &Located<ValueRecord>| {
        v.entry
            .data
            .available_to
            .iter()
            .any(|f| f.eq_ignore_ascii_case(fingerprint))
    };
    if lists(newest) {
        return Current::Readable(newest);
    }
    match secret.values.iter().rposition(lists) {
        Some(last) => {
            // The value right after the last one that listed it left it out.
            let revoking = &secret.values[last + 1].entry.data;
            Current::Revoked {
                at: &revoking.added_at,
                by: &revoking.signed_by,
                readers,
            }
        }
        None => Current::NoAccess { readers },
    }
}

impl Current<'_> {
    /// Why this identity gets nothing, for warnings and errors; `None`
    /// when it reads the value.
    pub fn refusal(&self, key: &str, fingerprint: &str) -> Option<String> {
        match self {
            Current::Readable(_) => None,
            Current::Deleted => Some(format!("secret {key} was deleted (forgotten)")),
            Current::Revoked { at, by, .. } => Some(format!("revoked from {key} at {at} by {by}")),
            Current::NoAccess { .. } => {
                Some(format!("secret {key} is not shared with {fingerprint}"))
            }
        }
    }
}
