//! The signed vault state: checkpoints and member removals
//! (formats in [`crate::vault::statement`]).
//!
//! Rules, checked by `validate` and before every `run`:
//! - a statement is signed by an identity added on an earlier line that
//!   was not removed before it, with a matching hash and signature;
//! - a checkpoint sits right after the `lines` data lines it covers, their
//!   digest matches, and `seq` goes up (by one per write, from 1 or from
//!   where the sequence was when a compaction rewrote the vault; a merge
//!   jumps above both branches): deleting,
//!   changing, reordering or replaying any covered line, or deleting a
//!   checkpoint between two others, is caught;
//! - a removal names an identity added before it, not the root and not
//!   one already removed; it is signed by the root, by the identity
//!   itself, or by one of the identities that vouched for it (its
//!   `signed_by` chain up to the root): whoever let a member in may let
//!   it out, and no member can remove a colleague it did not add;
//! - a vouch names an identity added before it and is signed by a member
//!   (`super::outsiders`);
//! - nothing a removed identity signs counts: an entry it signed on a line
//!   after its removal, or dated after it, is refused.
//!
//! Lines after the last checkpoint (a dotsecenv writer makes none) are
//! accepted and counted as uncovered; `validate` says how many, and the
//! strict setting refuses them. That the newest checkpoint was stripped is
//! caught by the first-use record, which remembers the highest `seq` seen.

use std::collections::HashMap;

use rayon::prelude::*;
use sha2::{Digest, Sha256};

use crate::crypto::batch;
use crate::crypto::signature;
use crate::vault::entry::IdentityEntry;
use crate::vault::statement::{Checkpoint, Removal, Statement};
use crate::vault::timestamp;
use crate::vault::verify::{signed_entries, EntryKind, Failure, Signers};
use crate::vault::{Located, Vault};
use sequoia_openpgp::policy::Policy;

/// What the statements say about a vault (no cryptography involved).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Summary {
    /// Sequence number of the newest checkpoint (0: none).
    pub seq: u64,
    /// Line of the newest checkpoint, if any.
    pub checkpoint_line: Option<usize>,
    pub checkpoints: usize,
    pub removals: usize,
    pub certificates: usize,
    pub vouches: usize,
    /// Data lines after the newest checkpoint (all of them without one).
    pub uncovered: usize,
}

pub fn summary(vault: &Vault) -> Summary {
    let last = vault.latest_checkpoint();
    let data_lines = vault.lines.len().saturating_sub(3);
    Summary {
        seq: last.as_ref().map_or(0, |c| c.entry.seq),
        checkpoint_line: last.as_ref().map(|c| c.line),
        checkpoints: vault.checkpoints().count(),
        removals: vault.removals().count(),
        certificates: vault.certificates().count(),
        vouches: vault.vouches().count(),
        uncovered: match last {
            Some(c) => vault.lines.len() - c.line,
            None => data_lines,
        },
    }
}

/// Identities by upper-case fingerprint, and the tree of who vouched for
/// whom (each identity under its `signed_by`, when that was added on an
/// earlier line), built once per check.
pub(super) struct Members<'a> {
    identities: &'a [Located<IdentityEntry>],
    by_fpr: HashMap<String, usize>,
    /// Each identity's interval in a depth-first walk of the tree: `a`
    /// vouched for `b` (directly or through others) when `a`'s interval
    /// holds `b`'s. Constant time per question, whatever the depth.
    spans: Vec<(usize, usize)>,
}

impl<'a> Members<'a> {
    pub(super) fn of(vault: &'a Vault) -> Self {
        let identities = vault.identities.as_slice();
        let mut by_fpr = HashMap::new();
        for (i, id) in identities.iter().enumerate() {
            by_fpr
                .entry(id.entry.fingerprint.to_ascii_uppercase())
                .or_insert(i);
        }
        let spans = spans(identities, &by_fpr);
        Members {
            identities,
            by_fpr,
            spans,
        }
    }

    fn index(&self, fpr: &str) -> Option<usize> {
        self.by_fpr.get(&fpr.to_ascii_uppercase()).copied()
    }

    pub(super) fn get(&self, fpr: &str) -> Option<&'a Located<IdentityEntry>> {
        self.index(fpr).map(|i| &self.identities[i])
    }

    pub(super) fn is_root(&self, fpr: &str) -> bool {
        self.identities
            .first()
            .is_some_and(|r| r.entry.fingerprint.eq_ignore_ascii_case(fpr))
    }

    /// Whether `by` is `target` or vouched for it, directly or through
    /// identities it vouched for.
    pub(super) fn vouched_for(&self, by: &str, target: &str) -> bool {
        match (self.index(by), self.index(target)) {
            (Some(a), Some(b)) => {
                let (a, b) = (self.spans[a], self.spans[b]);
                a.0 <= b.0 && b.1 <= a.1
            }
            _ => false,
        }
    }
}

/// Depth-first entry and exit counters of the vouching tree (iterative:
/// a chain of 40,000 identities must not overflow the stack).
fn spans(
    identities: &[Located<IdentityEntry>],
    by_fpr: &HashMap<String, usize>,
) -> Vec<(usize, usize)> {
    let n = identities.len();
    let parent = |i: usize| {
        let id = &identities[i];
        by_fpr
            .get(&id.entry.signed_by.to_ascii_uppercase())
            .copied()
            .filter(|&p| identities[p].line < id.line)
    };
    let mut children = vec![Vec::new(); n];
    let mut tops = Vec::new();
    for i in 0..n {
        match parent(i) {
            Some(p) => children[p].push(i),
            None => tops.push(i),
        }
    }
    let mut spans = vec![(0, 0); n];
    let mut clock = 0;
    for top in tops {
        let mut stack = vec![(top, 0)];
        spans[top].0 = clock;
        clock += 1;
        while let Some(&mut (node, ref mut next)) = stack.last_mut() {
            if let Some(&child) = children[node].get(*next) {
                *next += 1;
                spans[child].0 = clock;
                clock += 1;
                stack.push((child, 0));
            } else {
                spans[node].1 = clock;
                clock += 1;
                stack.pop();
            }
        }
    }
    spans
}

/// Who may remove `target`: the root (anyone but itself), the identity
/// itself, or an identity on its chain of vouchers. `None` when allowed,
/// else why not.
pub fn may_remove(vault: &Vault, by: &str, target: &str) -> Option<String> {
    let members = Members::of(vault);
    removal_refused(&members, by, target)
}

fn removal_refused(members: &Members, by: &str, target: &str) -> Option<String> {
    if members.is_root(target) {
        return Some("the root identity cannot be removed".into());
    }
    if members.is_root(by) || members.vouched_for(by, target) {
        return None;
    }
    Some(format!(
        "{by} may not remove {target}: only the root, {target} itself, or an identity that \
         vouched for it (its signed_by chain) may"
    ))
}

/// Every rule above; failures name the statement's or entry's line.
pub fn check(vault: &Vault, signers: &Signers, policy: &(dyn Policy + Sync)) -> Vec<Failure> {
    if vault.statements.is_empty() {
        return Vec::new();
    }
    let members = Members::of(vault);
    let mut failures = Vec::new();
    let removed = removals_in_force(vault, &members, &mut failures);
    check_vouches(vault, &members, &mut failures);
    check_checkpoints(vault, &mut failures);
    failures.extend(check_statement_signatures(
        vault, &members, &removed, signers, policy,
    ));
    failures.extend(signed_after_removal(vault, &removed));
    failures
}

/// A removal that took effect: who, on which line, when.
struct InForce<'a> {
    line: usize,
    removal: &'a Removal,
}

/// The valid removals by upper-case fingerprint (the first one for each);
/// invalid ones are failures and remove nobody.
fn removals_in_force<'a>(
    vault: &'a Vault,
    members: &Members,
    failures: &mut Vec<Failure>,
) -> HashMap<String, InForce<'a>> {
    let mut removed: HashMap<String, InForce> = HashMap::new();
    for s in &vault.statements {
        let Statement::Removal(r) = &s.entry else {
            continue;
        };
        let problem = match members.get(&r.fingerprint) {
            None => Some(format!(
                "removes {}, which is not an identity of the vault",
                r.fingerprint
            )),
            Some(id) if id.line > s.line => Some(format!(
                "removes {}, which is only added later (line {})",
                r.fingerprint, id.line
            )),
            Some(_) => match removed.get(&r.fingerprint.to_ascii_uppercase()) {
                Some(earlier) => Some(format!(
                    "{} was already removed on line {}",
                    r.fingerprint, earlier.line
                )),
                None => removal_refused(members, &r.signed_by, &r.fingerprint),
            },
        };
        match problem {
            Some(problem) => failures.push(statement_failure(s, &r.fingerprint, problem)),
            None => {
                removed.insert(
                    r.fingerprint.to_ascii_uppercase(),
                    InForce {
                        line: s.line,
                        removal: r,
                    },
                );
            }
        }
    }
    removed
}

/// A vouch names an identity on an earlier line; loading made it a member
/// (`super::outsiders`), so one that names no member vouched through an
/// identity that is no member either. Its signer is checked with the other
/// statements'.
fn check_vouches(vault: &Vault, members: &Members, failures: &mut Vec<Failure>) {
    for s in &vault.statements {
        let Statement::Vouch(v) = &s.entry else {
            continue;
        };
        let problem = match members.get(&v.fingerprint) {
            Some(id) if id.line < s.line => continue,
            Some(id) => format!(
                "vouches for {}, which is only added later (line {})",
                v.fingerprint, id.line
            ),
            None => format!(
                "vouches for {}, which is not an identity of the vault, or by {}, which no \
                 member added",
                v.fingerprint, v.signed_by
            ),
        };
        failures.push(statement_failure(s, &v.fingerprint, problem));
    }
}

/// Coverage, digest and sequence of every checkpoint, in one pass over
/// the data lines (the digest of each prefix is a clone of one hasher).
fn check_checkpoints(vault: &Vault, failures: &mut Vec<Failure>) {
    let mut sha = Sha256::new();
    let mut next = vault.checkpoints().peekable();
    let mut previous: Option<Located<&Checkpoint>> = None;
    for line in 4..=vault.lines.len() {
        if let Some(c) = next.next_if(|c| c.line == line) {
            let digest = hex::encode(sha.clone().finalize());
            check_checkpoint(&c, previous.as_ref(), &digest, failures);
            previous = Some(c);
        }
        sha.update(vault.lines[line - 1].as_bytes());
        sha.update(b"\n");
    }
}

fn check_checkpoint(
    c: &Located<&Checkpoint>,
    previous: Option<&Located<&Checkpoint>>,
    digest: &str,
    failures: &mut Vec<Failure>,
) {
    let name = format!("seq {}", c.entry.seq);
    let mut problem = |p: String| failures.push(checkpoint_failure(c, &name, p));
    let before = c.line - 4;
    if c.entry.lines != before {
        problem(format!(
            "covers {} data lines but {before} precede it: lines were added, removed or moved",
            c.entry.lines
        ));
    } else if c.entry.digest != digest {
        problem(
            "the lines it covers do not match its digest: a covered entry was changed, removed, \
             reordered or replayed"
                .into(),
        );
    }
    // The first checkpoint may have any number: a compaction rewrites the
    // vault with one checkpoint that continues the old sequence. After it
    // the sequence only goes up: by one per write, and a merge's checkpoint
    // jumps to one above the higher of the two branches' (`vault merge`),
    // so that a reader that saw either branch sees a newer state. A removed
    // or reordered checkpoint is caught by the digests of the later ones.
    match previous {
        None if c.entry.seq == 0 => problem("seq 0: sequence numbers start at 1".into()),
        Some(p) if c.entry.seq <= p.entry.seq => problem(format!(
            "seq {} after seq {} (line {}): a checkpoint was removed, replayed or reordered",
            c.entry.seq, p.entry.seq, p.line
        )),
        _ => {}
    }
    if let Some(p) = previous {
        if timestamp::parse(&c.entry.added_at) < timestamp::parse(&p.entry.added_at) {
            problem(format!(
                "added_at is older than the checkpoint on line {}",
                p.line
            ));
        }
    }
}

/// Signer known, added before, not removed before; hash and signature.
fn check_statement_signatures(
    vault: &Vault,
    members: &Members,
    removed: &HashMap<String, InForce>,
    signers: &Signers,
    policy: &(dyn Policy + Sync),
) -> Vec<Failure> {
    // Certificate updates were checked when they were merged
    // (`super::certificates`).
    let statements: Vec<&Located<Statement>> = vault
        .statements
        .iter()
        .filter(|s| !matches!(s.entry, Statement::Certificate(_)))
        .collect();
    let checked: Vec<_> = statements
        .par_iter()
        .map(|s| before_signature(s, members, removed, signers))
        .collect();
    let mut failures = Vec::new();
    let mut jobs = Vec::new();
    let mut of_job = Vec::new();
    for (&s, result) in statements.iter().zip(&checked) {
        match result {
            Ok((sig, cert)) => {
                jobs.push(batch::Job {
                    signature: sig,
                    message: s.entry.hash().as_bytes(),
                    signer: cert,
                });
                of_job.push(s);
            }
            Err(f) => failures.push(f.clone()),
        }
    }
    for (s, verdict) in of_job.into_iter().zip(batch::verify_all(&jobs, policy)) {
        if let Err(problem) = verdict {
            let mut f = statement_failure(s, s.entry.signed_by(), problem.to_string());
            f.policy = matches!(problem, signature::SignatureProblem::WeakAlgorithm(_));
            failures.push(f);
        }
    }
    failures
}

fn before_signature<'a>(
    s: &Located<Statement>,
    members: &Members,
    removed: &HashMap<String, InForce>,
    signers: &'a Signers,
) -> Result<
    (
        sequoia_openpgp::packet::Signature,
        &'a crate::crypto::cert::SignerCert,
    ),
    Failure,
> {
    let by = s.entry.signed_by();
    let fail = |p: String| statement_failure(s, by, p);
    if timestamp::canonical(s.entry.added_at()).as_deref() != Some(s.entry.added_at()) {
        return Err(fail("added_at is not a timestamp in canonical form".into()));
    }
    let signer = match members.get(by) {
        Some(id) if id.line < s.line => id,
        _ => {
            return Err(fail(format!(
                "signed by {by}, which is not an identity added before it"
            )))
        }
    };
    if let Some(r) = removed.get(&by.to_ascii_uppercase()) {
        // The write in which a member removes itself ends with its own
        // checkpoint, right after the removal.
        let own_last_checkpoint = matches!(s.entry, Statement::Checkpoint(_))
            && s.line == r.line + 1
            && r.removal.signed_by.eq_ignore_ascii_case(by);
        if r.line < s.line && !own_last_checkpoint {
            return Err(fail(format!(
                "signed by {by}, which was removed from the vault on line {}",
                r.line
            )));
        }
    }
    if s.entry.expected_hash(signer.entry.algorithm_bits) != s.entry.hash() {
        return Err(fail(
            "hash mismatch (the statement's fields were changed)".into(),
        ));
    }
    let cert = signers
        .cert(signer.line)
        .ok_or_else(|| fail(format!("signer {by} has an unusable public key")))?;
    let bytes = hex::decode(s.entry.signature()).unwrap_or_default();
    let sig = signature::parse(&bytes).map_err(|p| fail(p.to_string()))?;
    Ok((sig, cert))
}

/// Identity, secret and value entries signed by a removed identity after
/// its removal, by position or by date.
fn signed_after_removal(vault: &Vault, removed: &HashMap<String, InForce>) -> Vec<Failure> {
    if removed.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for e in signed_entries(vault) {
        let Some(r) = removed.get(&e.signed_by.to_ascii_uppercase()) else {
            continue;
        };
        let later = timestamp::parse(e.added_at) > timestamp::parse(&r.removal.added_at);
        if e.line > r.line || later {
            out.push(Failure {
                line: e.line,
                kind: e.kind,
                name: e.name.to_string(),
                problem: format!(
                    "signed by {} after it was removed from the vault (line {}, {})",
                    e.signed_by, r.line, r.removal.added_at
                ),
                policy: false,
            });
        }
    }
    out
}

fn statement_failure(s: &Located<Statement>, name: &str, problem: String) -> Failure {
    Failure {
        line: s.line,
        kind: EntryKind::Statement,
        name: format!("{} {name}", s.entry.kind()),
        problem,
        policy: false,
    }
}

fn checkpoint_failure(c: &Located<&Checkpoint>, name: &str, problem: String) -> Failure {
    Failure {
        line: c.line,
        kind: EntryKind::Statement,
        name: format!("checkpoint {name}"),
        problem,
        policy: false,
    }
}
