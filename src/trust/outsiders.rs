//! Outsiders: identities that are in a vault although no member added
//! them, and everything they signed. dotsecenv makes one whenever a
//! non-member runs `secret store`: it appends the writer's identity,
//! signed by itself, then the writer's secret.
//!
//! Rules:
//! - an identity is a member when its `signed_by` chain (each link an
//!   identity on an earlier line) reaches the root, or reaches an identity
//!   a member vouched for (a `vouch` statement, [`crate::vault::statement`],
//!   on a later line than both);
//! - an identity that is no member and whose chain ends at an identity
//!   that signs itself (other than the root) is an outsider; any other
//!   broken chain stays a member and fails verification, as tampering;
//! - a secret an outsider defined (with every value of it), and a value an
//!   outsider signed for a member's secret, are outsider entries.
//!
//! Loading moves outsider entries out of [`Vault::identities`] and
//! [`Vault::secrets`], so no read or write path can see them: nothing an
//! outsider signs is injected, listed or decrypted, and the rest of the
//! vault runs. Verification still checks their hashes and signatures (a
//! changed line is tampering whoever signed it). A vouch makes the
//! identity a member, with the entries it signed before: that is what a
//! dotsecenv team means when a member accepts a newcomer's first store,
//! and `identity add` lists those entries and refuses the vouch when any of
//! them would break a rule.
//!
//! [`Vault::identities`]: crate::vault::Vault::identities
//! [`Vault::secrets`]: crate::vault::Vault::secrets

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use crate::vault::entry::IdentityEntry;
use crate::vault::names;
use crate::vault::statement::Statement;
use crate::vault::verify::EntryKind;
use crate::vault::{Located, SecretRecord, ValueRecord};

/// The entries of a vault's outsiders, kept out of its member view.
#[derive(Debug, Clone, Default)]
pub struct Outsiders {
    pub identities: Vec<Located<IdentityEntry>>,
    /// Secrets an outsider defined, with all their values.
    pub secrets: Vec<SecretRecord>,
    /// Values outsiders signed for members' secrets: the secret's key and
    /// the value.
    pub values: Vec<(String, Located<ValueRecord>)>,
}

/// One ignored entry, as `validate` and the warnings name it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Ignored {
    pub line: usize,
    pub kind: EntryKind,
    /// Fingerprint for identities, secret key otherwise.
    pub name: String,
    pub signed_by: String,
}

impl Outsiders {
    pub fn is_empty(&self) -> bool {
        self.identities.is_empty()
    }

    /// The outsider identity `fingerprint` (case-insensitive hex).
    pub fn identity(&self, fingerprint: &str) -> Option<&Located<IdentityEntry>> {
        self.identities
            .iter()
            .find(|i| i.entry.fingerprint.eq_ignore_ascii_case(fingerprint))
    }

    /// The outsider secret any spelling of `name` names.
    pub fn secret(&self, name: &str) -> Option<&SecretRecord> {
        self.secrets.iter().find(|s| names::same_key(&s.key, name))
    }

    /// Why `name` is not found though the file holds it: an outsider
    /// defined it.
    pub fn why_not_found(&self, name: &str) -> Option<String> {
        let s = self.secret(name)?;
        Some(format!(
            "{} is defined on line {} by {}, an identity no member added: dsenv ignores it until \
             a member accepts that identity (`dsenv identity add` of its public key)",
            s.key, s.definition.line, s.definition.entry.signed_by
        ))
    }

    /// Every ignored entry, in line order.
    pub fn entries(&self) -> Vec<Ignored> {
        let ignored = |line, kind, name: &str, signed_by: &str| Ignored {
            line,
            kind,
            name: name.to_string(),
            signed_by: signed_by.to_string(),
        };
        let mut out: Vec<Ignored> = self
            .identities
            .iter()
            .map(|i| {
                let e = &i.entry;
                ignored(i.line, EntryKind::Identity, &e.fingerprint, &e.signed_by)
            })
            .collect();
        for s in &self.secrets {
            let d = &s.definition;
            out.push(ignored(
                d.line,
                EntryKind::Secret,
                &s.key,
                &d.entry.signed_by,
            ));
            out.extend(
                s.values
                    .iter()
                    .map(|v| ignored(v.line, EntryKind::Value, &s.key, &v.entry.data.signed_by)),
            );
        }
        out.extend(
            self.values
                .iter()
                .map(|(key, v)| ignored(v.line, EntryKind::Value, key, &v.entry.data.signed_by)),
        );
        out.sort_by_key(|i| i.line);
        out
    }

    /// One line for a warning: how many entries of which identities.
    pub fn summary(&self) -> String {
        let entries = self.entries().len();
        let who: Vec<String> = self
            .identities
            .iter()
            .map(|i| format!("{} (line {})", i.entry.fingerprint, i.line))
            .collect();
        format!(
            "{entries} entr{} ignored, of identit{} no member added: {}",
            if entries == 1 { "y" } else { "ies" },
            if who.len() == 1 { "y" } else { "ies" },
            who.join(", ")
        )
    }
}

/// Splits identities (in line order) and secrets into the members' and
/// the outsiders' (see the rules above). Structural only: signatures are
/// checked afterwards, outsiders' included.
pub fn split(
    identities: Vec<Located<IdentityEntry>>,
    secrets: Vec<SecretRecord>,
    statements: &[Located<Statement>],
) -> (Vec<Located<IdentityEntry>>, Vec<SecretRecord>, Outsiders) {
    let outsider = outsider_flags(&identities, statements);
    if !outsider.contains(&true) {
        return (identities, secrets, Outsiders::default());
    }
    let mut outsiders = Outsiders::default();
    let mut members = Vec::with_capacity(identities.len());
    for (id, is_outsider) in identities.into_iter().zip(&outsider) {
        if *is_outsider {
            outsiders.identities.push(id);
        } else {
            members.push(id);
        }
    }
    // A spelling a member also has is the member's (its entries then
    // verify, or fail, as the member's).
    let member_fprs: HashSet<String> = members
        .iter()
        .map(|i| i.entry.fingerprint.to_ascii_uppercase())
        .collect();
    let outsider_fprs: HashSet<String> = outsiders
        .identities
        .iter()
        .map(|i| i.entry.fingerprint.to_ascii_uppercase())
        .filter(|f| !member_fprs.contains(f))
        .collect();
    let by_outsider = |signer: &str| outsider_fprs.contains(&signer.to_ascii_uppercase());
    let mut kept = Vec::with_capacity(secrets.len());
    for mut s in secrets {
        if by_outsider(&s.definition.entry.signed_by) {
            outsiders.secrets.push(s);
            continue;
        }
        let (theirs, ours): (Vec<_>, Vec<_>) = std::mem::take(&mut s.values)
            .into_iter()
            .partition(|v| by_outsider(&v.entry.data.signed_by));
        s.values = ours;
        outsiders
            .values
            .extend(theirs.into_iter().map(|v| (s.key.clone(), v)));
        kept.push(s);
    }
    (members, kept, outsiders)
}

/// For each identity (in line order), whether it is an outsider. Linear:
/// one walk from the root over who-added-whom and vouches.
fn outsider_flags(
    identities: &[Located<IdentityEntry>],
    statements: &[Located<Statement>],
) -> Vec<bool> {
    let n = identities.len();
    let mut by_fpr: HashMap<String, usize> = HashMap::with_capacity(n);
    for (i, id) in identities.iter().enumerate() {
        by_fpr
            .entry(id.entry.fingerprint.to_ascii_uppercase())
            .or_insert(i);
    }
    let earlier_than = |fpr: &str, line: usize| {
        by_fpr
            .get(&fpr.to_ascii_uppercase())
            .copied()
            .filter(|&i| identities[i].line < line)
    };
    // Who added whom (a parent is on an earlier line, so has a lower index).
    let parent: Vec<Option<usize>> = identities
        .iter()
        .map(|id| earlier_than(&id.entry.signed_by, id.line))
        .collect();
    let mut next: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (child, p) in parent.iter().enumerate() {
        if let Some(p) = p {
            next[*p].push(child);
        }
    }
    for s in statements {
        if let Statement::Vouch(v) = &s.entry {
            if let (Some(by), Some(target)) = (
                earlier_than(&v.signed_by, s.line),
                earlier_than(&v.fingerprint, s.line),
            ) {
                next[by].push(target);
            }
        }
    }
    let mut member = vec![false; n];
    let mut queue: Vec<usize> = if n > 0 { vec![0] } else { vec![] };
    while let Some(i) = queue.pop() {
        if !std::mem::replace(&mut member[i], true) {
            queue.extend(next[i].iter().copied().filter(|&j| !member[j]));
        }
    }
    // The identity each chain ends at (parents come first).
    let mut top = vec![0; n];
    for i in 0..n {
        top[i] = parent[i].map_or(i, |p| top[p]);
    }
    let signs_itself = |i: usize| {
        let e = &identities[i].entry;
        e.signed_by.eq_ignore_ascii_case(&e.fingerprint)
    };
    (0..n)
        .map(|i| !member[i] && top[i] != 0 && signs_itself(top[i]))
        .collect()
}
