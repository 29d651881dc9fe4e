//! Which value of a secret an identity reads (spec §6): nothing if the
//! newest value is a deletion marker; otherwise the newest value whose
//! `available_to` lists the identity.

use super::{Located, SecretRecord, ValueRecord};

#[derive(Debug, Clone, Copy)]
pub enum Current<'v> {
    Readable(&'v Located<ValueRecord>),
    /// The secret was forgotten.
    Deleted,
    /// No version lists this identity; who can read the newest one.
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
    secret
        .values
        .iter()
        .rev()
        .find(|v| {
            v.entry
                .data
                .available_to
                .iter()
                .any(|f| f.eq_ignore_ascii_case(fingerprint))
        })
        .map(Current::Readable)
        .unwrap_or(Current::NoAccess {
            readers: &newest.entry.data.available_to,
        })
}
