//! Verification of every entry of a vault, before anything is decrypted.
//!
//! Fail closed: [`Report::is_valid`] is true only when every identity,
//! secret and value entry has a matching hash, a signature that verifies
//! with the key of a vault identity, and keys that meet the FIPS policy.
//!
//! Trust rules (stricter than dotsecenv, which accepts a self-added
//! outsider, orphan lines and reordered blocks):
//! - the first identity is the root and signs itself; every later identity
//!   is signed by an identity added before it, or vouched for by a member;
//!   an identity that added itself and what it signed are outsiders',
//!   checked for integrity only and then ignored ([`crate::trust::outsiders`]);
//! - every entry's signer was already an identity when the entry was made;
//! - identities, and secret definitions, appear in non-decreasing
//!   `added_at` order; each secret's values are non-decreasing and not
//!   older than the definition (this catches rollbacks and reordering,
//!   and still accepts the layout dotsecenv's compact/upgrade write);
//! - every data line is indexed by the header exactly once;
//! - a secret's later value is signed by a recipient of the value before
//!   it (every dotsecenv/dsenv write requires the writer to read the
//!   newest value: a revoked or never-shared identity cannot re-sign it);
//! - no entry is signed by a certificate that was revoked when it signed;
//! - every stored key is canonical and names a secret no other key names
//!   ([`crate::trust::names`]);
//! - no entry is an exact copy of an earlier one ([`crate::trust::replay`]).

use std::collections::{HashMap, HashSet};
use std::time::Duration;

use base64::Engine;
use rayon::prelude::*;
use sequoia_openpgp::packet::Signature;
use sequoia_openpgp::policy::Policy;
use serde::Serialize;
use time::OffsetDateTime;

use super::canonical;
use super::entry::{IdentityEntry, SecretEntry, ValueEntry};
use super::timestamp;
use super::{Located, Vault};
use crate::crypto::batch;
use crate::crypto::cert::{self, CertProblem, SignerCert};
use crate::crypto::revocation;
use crate::crypto::signature::{self, CLOCK_SKEW};

/// Which kind of entry a failure is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntryKind {
    Identity,
    Secret,
    Value,
    /// A checkpoint or removal line (`crate::trust::state`).
    Statement,
    /// A data line that is not an entry the header knows.
    Line,
}

impl EntryKind {
    pub fn title(self) -> &'static str {
        match self {
            EntryKind::Identity => "Identity entry",
            EntryKind::Secret => "Secret entry",
            EntryKind::Value => "Value entry",
            EntryKind::Statement => "Signed statement",
            EntryKind::Line => "Line",
        }
    }
}

/// One failing entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Failure {
    pub line: usize,
    pub kind: EntryKind,
    /// Fingerprint for identities, secret key for secrets and values.
    pub name: String,
    pub problem: String,
    /// The key breaks the FIPS policy (exit 9 rather than 6).
    pub policy: bool,
}

/// `Secret entry 5 (DB_URL): signature mismatch`
impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.kind.title(), self.line)?;
        if !self.name.is_empty() {
            write!(f, " ({})", self.name)?;
        }
        write!(f, ": {}", self.problem)
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub identities: usize,
    pub secrets: usize,
    pub values: usize,
    /// Checkpoints and removals (counted whether or not they verify).
    pub state: crate::trust::state::Summary,
    pub failures: Vec<Failure>,
    /// Entries of identities no member added: verified, then ignored
    /// ([`crate::trust::outsiders`]).
    pub ignored: Vec<crate::trust::outsiders::Ignored>,
}

impl Report {
    pub fn is_valid(&self) -> bool {
        self.failures.is_empty()
    }

    pub fn failures_of(&self, kind: EntryKind) -> impl Iterator<Item = &Failure> {
        self.failures.iter().filter(move |f| f.kind == kind)
    }

    /// How many lines fail (an entry can fail several rules).
    pub fn failing_lines(&self) -> usize {
        let mut lines: Vec<usize> = self.failures.iter().map(|f| f.line).collect();
        lines.sort_unstable();
        lines.dedup();
        lines.len()
    }

    /// "1 entry" or "N entries": how many lines fail, for a message.
    pub fn failing_entries(&self) -> String {
        match self.failing_lines() {
            1 => "1 entry".to_string(),
            n => format!("{n} entries"),
        }
    }

    /// Only policy failures (every signature fine, some key too weak).
    pub fn only_policy_failures(&self) -> bool {
        !self.failures.is_empty() && self.failures.iter().all(|f| f.policy)
    }
}

/// Lines that are exact copies of an earlier entry.
type Copies = HashSet<usize>;

/// The identities' certificates, resolved once; `None` where unusable.
pub struct Signers {
    by_line: HashMap<usize, Option<SignerCert>>,
}

impl Signers {
    /// The usable certificate of the identity entry on `line`.
    pub fn cert(&self, line: usize) -> Option<&SignerCert> {
        self.by_line.get(&line).and_then(Option::as_ref)
    }

    /// The identity entry on `line` now has `signer` (a certificate update).
    pub fn replace(&mut self, line: usize, signer: SignerCert) {
        self.by_line.insert(line, Some(signer));
    }
}

/// Verifies every entry of `vault`.
pub fn verify(vault: &Vault, policy: &(dyn Policy + Sync)) -> Report {
    let mut failures = Vec::new();
    // The cheap rule first: a copy's key, hash and signature are its
    // original's, checked on the original's line, so copies skip the
    // costly checks (40,000 copies of a valid identity line would
    // otherwise cost 40,000 certificate and signature verifications).
    let replays = crate::trust::replay::check(vault);
    let copies: Copies = replays.iter().map(|f| f.line).collect();
    let mut signers = resolve_signers(vault, &copies, policy, &mut failures);
    failures.extend(crate::trust::certificates::apply(
        vault,
        &mut signers,
        policy,
    ));
    check_identity_chain(vault, &mut failures);
    check_order(vault, &mut failures);
    failures.extend(check_signatures(vault, &signers, &copies, policy));
    failures.extend(check_value_authors(vault));
    failures.extend(check_revoked_signers(vault, &signers, &copies, policy));
    failures.extend(crate::trust::state::check(vault, &signers, policy));
    failures.extend(crate::trust::names::check(vault));
    failures.extend(replays);
    for s in &vault.secrets {
        failures.extend(
            s.values
                .iter()
                .flat_map(|v| check_value_shape(vault, &s.key, v)),
        );
        if s.definition.entry.key != s.key {
            failures.push(fail(
                &s.definition,
                EntryKind::Secret,
                &s.key,
                format!(
                    "defines key {:?} but the header lists it as {:?}",
                    s.definition.entry.key, s.key
                ),
            ));
        }
    }
    for &line in &vault.orphans {
        failures.push(Failure {
            line,
            kind: EntryKind::Line,
            name: String::new(),
            problem: "not indexed by the header (added or duplicated outside dsenv)".into(),
            policy: false,
        });
    }
    failures.sort_by_key(|f| (f.line, f.kind == EntryKind::Line));
    failures.dedup();
    Report {
        identities: vault.identities.len(),
        secrets: vault.secrets.len(),
        values: vault.secrets.iter().map(|s| s.values.len()).sum(),
        state: crate::trust::state::summary(vault),
        failures,
        ignored: vault.outsiders.entries(),
    }
}

fn fail<T>(at: &Located<T>, kind: EntryKind, name: &str, problem: impl Into<String>) -> Failure {
    Failure {
        line: at.line,
        kind,
        name: name.to_string(),
        problem: problem.into(),
        policy: false,
    }
}

/// Parses each identity's public key, checks that it is the key its
/// fingerprint names and that it meets the policy.
fn resolve_signers(
    vault: &Vault,
    copies: &Copies,
    policy: &(dyn Policy + Sync),
    failures: &mut Vec<Failure>,
) -> Signers {
    let results: Vec<(usize, Result<SignerCert, Failure>)> = vault
        .identities
        .par_iter()
        .chain(vault.outsiders.identities.par_iter())
        .filter(|id| !copies.contains(&id.line))
        .map(|id| (id.line, signer_of(id, policy)))
        .collect();
    let mut by_line = HashMap::new();
    for (line, result) in results {
        match result {
            Ok(signer) => {
                by_line.insert(line, Some(signer));
            }
            Err(failure) => {
                failures.push(failure);
                by_line.insert(line, None);
            }
        }
    }
    Signers { by_line }
}

fn signer_of(id: &Located<IdentityEntry>, policy: &dyn Policy) -> Result<SignerCert, Failure> {
    let e = &id.entry;
    let name = &e.fingerprint;
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(&e.public_key)
        .map_err(|_| {
            fail(
                id,
                EntryKind::Identity,
                name,
                "public_key is not valid base64",
            )
        })?;
    let parsed =
        cert::parse(&bytes).map_err(|p| fail(id, EntryKind::Identity, name, p.to_string()))?;
    let actual = cert::fingerprint_hex(&parsed);
    if !actual.eq_ignore_ascii_case(&e.fingerprint) {
        return Err(fail(
            id,
            EntryKind::Identity,
            name,
            format!("public_key belongs to {actual}, not to the fingerprint of the entry"),
        ));
    }
    cert::signer(parsed, policy).map_err(|p| {
        let mut f = fail(id, EntryKind::Identity, name, p.to_string());
        f.policy = matches!(p, CertProblem::Policy(_));
        f
    })
}

/// Root first and self-signed; everyone else vouched for by an earlier
/// identity or by a `vouch` statement (identities no member added are
/// outsiders, not in `vault.identities`; the vouches themselves are
/// checked with the other statements). One pass with the earlier
/// fingerprints in a set: linear in the number of identities.
fn check_identity_chain(vault: &Vault, failures: &mut Vec<Failure>) {
    let vouched: HashSet<String> = vault
        .vouches()
        .map(|v| v.entry.fingerprint.to_ascii_uppercase())
        .collect();
    let mut earlier: HashSet<String> = HashSet::with_capacity(vault.identities.len());
    for (i, id) in vault.identities.iter().enumerate() {
        let e = &id.entry;
        let fingerprint = e.fingerprint.to_ascii_uppercase();
        let ok = if i == 0 {
            e.signed_by.eq_ignore_ascii_case(&e.fingerprint)
        } else {
            earlier.contains(&e.signed_by.to_ascii_uppercase()) || vouched.contains(&fingerprint)
        };
        earlier.insert(fingerprint);
        if !ok {
            let problem = if i == 0 {
                "the first identity (the root) must sign itself".to_string()
            } else {
                format!(
                    "signed by {}, which is not an identity added before it",
                    e.signed_by
                )
            };
            failures.push(fail(id, EntryKind::Identity, &e.fingerprint, problem));
        }
    }
}

fn added_at(raw: &str) -> OffsetDateTime {
    // The parser already rejected unparsable timestamps.
    timestamp::parse(raw).unwrap_or(OffsetDateTime::UNIX_EPOCH)
}

/// Chronology: catches reordering and rollbacks that keep every
/// signature intact.
fn check_order(vault: &Vault, failures: &mut Vec<Failure>) {
    let mut last = None;
    for id in &vault.identities {
        let t = added_at(&id.entry.added_at);
        if last.is_some_and(|l| t < l) {
            failures.push(fail(
                id,
                EntryKind::Identity,
                &id.entry.fingerprint,
                "added_at is older than the identity before it",
            ));
        }
        last = Some(t);
    }
    let mut definitions: Vec<_> = vault
        .secrets
        .iter()
        .map(|s| (&s.definition, s.key.as_str()))
        .collect();
    definitions.sort_by_key(|(d, _)| d.line);
    let mut last = None;
    for (def, key) in definitions {
        let t = added_at(&def.entry.added_at);
        if last.is_some_and(|l| t < l) {
            failures.push(fail(
                def,
                EntryKind::Secret,
                key,
                "added_at is older than the secret defined before it",
            ));
        }
        last = Some(t);
    }
    for s in &vault.secrets {
        let mut last = added_at(&s.definition.entry.added_at);
        for v in &s.values {
            let t = added_at(&v.entry.data.added_at);
            if t < last {
                failures.push(fail(
                    v,
                    EntryKind::Value,
                    &s.key,
                    "added_at is older than the value before it (rollback?)",
                ));
            }
            last = last.max(t);
        }
    }
    let identity_time = |fpr: &str| vault.identity(fpr).map(|i| added_at(&i.entry.added_at));
    let skew = Duration::from_secs(CLOCK_SKEW.as_secs());
    let mut signed_too_early = |line: usize, kind, name: &str, signer: &str, at: &str| {
        if let Some(joined) = identity_time(signer) {
            if added_at(at) + skew < joined {
                failures.push(Failure {
                    line,
                    kind,
                    name: name.into(),
                    policy: false,
                    problem: format!("signed by {signer} before that identity was added"),
                });
            }
        }
    };
    for s in &vault.secrets {
        let d = &s.definition;
        signed_too_early(
            d.line,
            EntryKind::Secret,
            &s.key,
            &d.entry.signed_by,
            &d.entry.added_at,
        );
        for v in &s.values {
            signed_too_early(
                v.line,
                EntryKind::Value,
                &s.key,
                &v.entry.data.signed_by,
                &v.entry.data.added_at,
            );
        }
    }
}

/// A value's own consistency: filed under its secret, recipients sorted
/// and known, tombstones empty.
fn check_value_shape(vault: &Vault, key: &str, v: &Located<super::ValueRecord>) -> Vec<Failure> {
    let mut out = Vec::new();
    let d = &v.entry.data;
    if v.entry.filed_under != key {
        out.push(fail(
            v,
            EntryKind::Value,
            key,
            format!(
                "filed under secret {:?} but the header lists it under {key:?}",
                v.entry.filed_under
            ),
        ));
    }
    if !d
        .available_to
        .windows(2)
        .all(|w| w[0].as_bytes() < w[1].as_bytes())
    {
        out.push(fail(
            v,
            EntryKind::Value,
            key,
            "available_to is not sorted or has duplicates",
        ));
    }
    for fpr in &d.available_to {
        if signer_entry(vault, fpr).is_none() {
            out.push(fail(
                v,
                EntryKind::Value,
                key,
                format!("available_to names {fpr}, which is not an identity of the vault"),
            ));
        }
    }
    if d.deleted && (!d.available_to.is_empty() || !d.value.is_empty()) {
        out.push(fail(
            v,
            EntryKind::Value,
            key,
            "a deletion marker must have no recipients and no value",
        ));
    }
    if !d.deleted && (d.available_to.is_empty() || d.value.is_empty()) {
        out.push(fail(
            v,
            EntryKind::Value,
            key,
            "a value must have recipients and a ciphertext",
        ));
    }
    out
}

/// One signed thing: where it is, what it claims, what the hash covers.
struct Signed<'a> {
    line: usize,
    kind: EntryKind,
    name: &'a str,
    signed_by: &'a str,
    hash: &'a str,
    signature: &'a str,
    /// The fields the hash covers (spelt out on the worker threads).
    covers: Covers<'a>,
    /// Bits that pick the digest: the identity's own for identity
    /// entries, the signer's otherwise.
    own_bits: Option<u32>,
}

/// An entry whose canonical text an entry hash covers.
enum Covers<'a> {
    Identity(&'a IdentityEntry),
    Secret(&'a SecretEntry),
    /// A value and the key of its secret.
    Value(&'a ValueEntry, &'a str),
}

impl Covers<'_> {
    fn canonical(&self) -> String {
        match self {
            Covers::Identity(e) => canonical::identity(e),
            Covers::Secret(e) => canonical::secret(e),
            Covers::Value(e, key) => canonical::value(e, key),
        }
    }
}

fn check_signatures(
    vault: &Vault,
    signers: &Signers,
    copies: &Copies,
    policy: &(dyn Policy + Sync),
) -> Vec<Failure> {
    let mut work: Vec<Signed> = Vec::new();
    for id in vault.identities.iter().chain(&vault.outsiders.identities) {
        let e = &id.entry;
        work.push(Signed {
            line: id.line,
            kind: EntryKind::Identity,
            name: &e.fingerprint,
            signed_by: &e.signed_by,
            hash: &e.hash,
            signature: &e.signature,
            covers: Covers::Identity(e),
            own_bits: Some(e.algorithm_bits),
        });
    }
    for s in vault.secrets.iter().chain(&vault.outsiders.secrets) {
        let d: &SecretEntry = &s.definition.entry;
        work.push(Signed {
            line: s.definition.line,
            kind: EntryKind::Secret,
            name: &s.key,
            signed_by: &d.signed_by,
            hash: &d.hash,
            signature: &d.signature,
            covers: Covers::Secret(d),
            own_bits: None,
        });
        for v in &s.values {
            let e: &ValueEntry = &v.entry.data;
            work.push(Signed {
                line: v.line,
                kind: EntryKind::Value,
                name: &s.key,
                signed_by: &e.signed_by,
                hash: &e.hash,
                signature: &e.signature,
                covers: Covers::Value(e, &d.key),
                own_bits: None,
            });
        }
    }
    for (key, v) in &vault.outsiders.values {
        let e: &ValueEntry = &v.entry.data;
        work.push(Signed {
            line: v.line,
            kind: EntryKind::Value,
            name: key,
            signed_by: &e.signed_by,
            hash: &e.hash,
            signature: &e.signature,
            covers: Covers::Value(e, key),
            own_bits: None,
        });
    }
    work.retain(|w| !copies.contains(&w.line));
    let checked: Vec<Result<(Signature, &SignerCert), Failure>> = work
        .par_iter()
        .map(|w| check_before_signature(vault, signers, w))
        .collect();
    let mut failures = Vec::new();
    let mut signed = Vec::new();
    let mut jobs = Vec::new();
    for (w, result) in work.iter().zip(&checked) {
        match result {
            Ok((signature, signer)) => {
                signed.push(w);
                jobs.push(batch::Job {
                    signature,
                    message: w.hash.as_bytes(),
                    signer,
                });
            }
            Err(failure) => failures.push(failure.clone()),
        }
    }
    let verdicts = batch::verify_all(&jobs, policy);
    for (w, verdict) in signed.into_iter().zip(verdicts) {
        if let Err(problem) = verdict {
            failures.push(Failure {
                line: w.line,
                kind: w.kind,
                name: w.name.to_string(),
                // A SHA-1 (or other refused) digest is a policy refusal: exit 9.
                policy: matches!(problem, signature::SignatureProblem::WeakAlgorithm(_)),
                problem: problem.to_string(),
            });
        }
    }
    failures
}

/// Everything about one signed entry short of the signature arithmetic:
/// a known signer with a usable key, a matching hash, a parsable
/// signature. Returns the signature and the certificate to check it with.
fn check_before_signature<'a>(
    vault: &Vault,
    signers: &'a Signers,
    w: &Signed,
) -> Result<(Signature, &'a SignerCert), Failure> {
    let failure = |problem: String| Failure {
        line: w.line,
        kind: w.kind,
        name: w.name.to_string(),
        problem,
        policy: false,
    };
    let Some(signer_entry) = signer_entry(vault, w.signed_by) else {
        return Err(failure(format!(
            "signed by {}, which is not an identity of this vault",
            w.signed_by
        )));
    };
    let bits = w.own_bits.unwrap_or(signer_entry.entry.algorithm_bits);
    if canonical::digest_hex(&w.covers.canonical(), bits) != w.hash {
        return Err(failure(
            "hash mismatch (the entry's fields were changed)".into(),
        ));
    }
    let Some(Some(signer)) = signers.by_line.get(&signer_entry.line) else {
        return Err(failure(format!(
            "signer {} has an unusable public key",
            w.signed_by
        )));
    };
    let bytes = hex::decode(w.signature).unwrap_or_default();
    let signature = signature::parse(&bytes).map_err(|p| failure(p.to_string()))?;
    Ok((signature, signer))
}

/// The identity entry `fingerprint` names, a member's or an outsider's
/// (outsiders' entries are verified too, then ignored).
fn signer_entry<'v>(vault: &'v Vault, fingerprint: &str) -> Option<&'v Located<IdentityEntry>> {
    vault
        .identity(fingerprint)
        .or_else(|| vault.outsiders.identity(fingerprint))
}

/// Every write to an existing secret (store, share, revoke, forget,
/// rotate) is made by a recipient of its newest value, so each value after
/// the first must be signed by one of the previous value's `available_to`.
/// Catches a value re-signed by an identity revoked from the secret (and
/// any write after a deletion marker, which has no recipients).
fn check_value_authors(vault: &Vault) -> Vec<Failure> {
    let mut out = Vec::new();
    for s in &vault.secrets {
        for pair in s.values.windows(2) {
            let (previous, v) = (&pair[0].entry.data, &pair[1]);
            let signer = &v.entry.data.signed_by;
            if !previous
                .available_to
                .iter()
                .any(|f| f.eq_ignore_ascii_case(signer))
            {
                out.push(fail(
                    v,
                    EntryKind::Value,
                    &s.key,
                    format!(
                        "signed by {signer}, who is not a recipient of the value before it \
                         (line {}): revoked from or never shared this secret",
                        pair[0].line
                    ),
                ));
            }
        }
    }
    out
}

/// One identity, secret or value entry: what the rules about its signer
/// look at.
pub struct SignedEntry<'a> {
    pub line: usize,
    pub kind: EntryKind,
    /// Fingerprint for identities, secret key otherwise.
    pub name: &'a str,
    pub signed_by: &'a str,
    pub added_at: &'a str,
    pub signature: &'a str,
}

/// Every identity, secret and value entry, identities first.
pub fn signed_entries(vault: &Vault) -> impl Iterator<Item = SignedEntry<'_>> {
    let identities = vault.identities.iter().map(|id| SignedEntry {
        line: id.line,
        kind: EntryKind::Identity,
        name: &id.entry.fingerprint,
        signed_by: &id.entry.signed_by,
        added_at: &id.entry.added_at,
        signature: &id.entry.signature,
    });
    let secrets = vault.secrets.iter().flat_map(|s| {
        let d = &s.definition;
        std::iter::once(SignedEntry {
            line: d.line,
            kind: EntryKind::Secret,
            name: &s.key,
            signed_by: &d.entry.signed_by,
            added_at: &d.entry.added_at,
            signature: &d.entry.signature,
        })
        .chain(s.values.iter().map(|v| SignedEntry {
            line: v.line,
            kind: EntryKind::Value,
            name: &s.key,
            signed_by: &v.entry.data.signed_by,
            added_at: &v.entry.data.added_at,
            signature: &v.entry.data.signature,
        }))
    });
    identities.chain(secrets)
}

/// Entries signed by an identity whose stored certificate was revoked at
/// signing time. Only certificates carrying a revocation are looked at.
fn check_revoked_signers(
    vault: &Vault,
    signers: &Signers,
    copies: &Copies,
    policy: &(dyn Policy + Sync),
) -> Vec<Failure> {
    // Keyed by the upper-cased fingerprint: one lookup per entry, however
    // many revoked certificates a push adds. The first identity of a
    // spelling wins, as a scan in line order would find it.
    let mut revoked: HashMap<String, &SignerCert> = HashMap::new();
    for id in &vault.identities {
        if let Some(Some(s)) = signers.by_line.get(&id.line) {
            if revocation::has_revocation(&s.cert) {
                revoked
                    .entry(id.entry.fingerprint.to_ascii_uppercase())
                    .or_insert(s);
            }
        }
    }
    if revoked.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for e in signed_entries(vault) {
        let SignedEntry {
            line,
            kind,
            name,
            signed_by,
            signature: hex_sig,
            ..
        } = e;
        if copies.contains(&line) {
            continue; // a copy: checked on the original's line
        }
        let Some(cert) = revoked.get(&signed_by.to_ascii_uppercase()) else {
            continue;
        };
        let bytes = hex::decode(hex_sig).unwrap_or_default();
        let Ok(sig) = signature::parse(&bytes) else {
            continue; // reported by check_signatures
        };
        if let Some(why) = revocation::revoked_when_signed(&cert.cert, &sig, policy) {
            out.push(Failure {
                line,
                kind,
                name: name.into(),
                problem: format!("signed by {signed_by} with a revoked key ({why})"),
                policy: false,
            });
        }
    }
    out
}
