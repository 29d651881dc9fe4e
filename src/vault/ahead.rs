//! Entries dated ahead of this machine's clock.
//!
//! An entry's `added_at` is the writer's clock, signed. One dated in the
//! future (a writer's wrong clock, or a member doing it on purpose) must
//! not freeze the vault: writers stamp new entries just after it (see
//! [`super::write::Writer::timestamp`]), so revocations and rotations still
//! go in, in order. `validate` reports such entries as warnings, not
//! failures: the signatures are good and refusing them would be the freeze.

use time::OffsetDateTime;

use super::timestamp;
use super::verify::EntryKind;
use super::Vault;
use crate::crypto::signature::CLOCK_SKEW;

/// An entry dated more than [`CLOCK_SKEW`] after the clock.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Ahead {
    pub line: usize,
    pub kind: EntryKind,
    /// Fingerprint for identities, secret key for secrets and values.
    pub name: String,
    pub added_at: String,
}

impl Ahead {
    /// `Value entry 9 (X): added_at 2099-01-01T00:00:00Z is ahead of ...`
    pub fn describe(&self) -> String {
        format!(
            "{} {} ({}): added_at {} is more than {} minutes ahead of this machine's clock \
             (a writer's clock is wrong, or it was dated ahead on purpose); new entries are \
             stamped after it",
            self.kind.title(),
            self.line,
            self.name,
            self.added_at,
            CLOCK_SKEW.as_secs() / 60
        )
    }
}

/// Every entry of `vault` dated more than [`CLOCK_SKEW`] after `now`, in
/// line order.
pub fn entries_ahead(vault: &Vault, now: OffsetDateTime) -> Vec<Ahead> {
    let limit = now + CLOCK_SKEW;
    let mut out = Vec::new();
    let mut check = |line: usize, kind: EntryKind, name: &str, added_at: &str| {
        if timestamp::parse(added_at).is_some_and(|t| t > limit) {
            out.push(Ahead {
                line,
                kind,
                name: name.to_string(),
                added_at: added_at.to_string(),
            });
        }
    };
    for id in &vault.identities {
        let e = &id.entry;
        check(id.line, EntryKind::Identity, &e.fingerprint, &e.added_at);
    }
    for s in &vault.secrets {
        let d = &s.definition;
        check(d.line, EntryKind::Secret, &s.key, &d.entry.added_at);
        for v in &s.values {
            check(v.line, EntryKind::Value, &s.key, &v.entry.data.added_at);
        }
    }
    out.sort_by_key(|a| a.line);
    out
}
