//! Certificate updates: a newer copy of a member's certificate (a
//! revocation, a new expiry or subkey), carried by a `certificate` line
//! (`crate::vault::statement`) and merged into the certificate its
//! identity entry holds, from then on for every check (signatures,
//! revocations) and for encrypting to it.
//!
//! Rules: the line names an identity added before it and not removed
//! before it; its certificate has that fingerprint and meets the policy;
//! it is signed by that identity, by the root, or by one of the identities
//! that vouched for it (as for removals), itself a member not removed
//! before the line, with a matching hash and signature.

use base64::Engine;
use sequoia_openpgp::{policy::Policy, Cert};

use super::state::Members;
use crate::crypto::cert;
use crate::crypto::signature;
use crate::vault::statement::{Certificate, Statement};
use crate::vault::timestamp;
use crate::vault::verify::{EntryKind, Failure, Signers};
use crate::vault::{Located, Vault};

/// Checks every update in line order and merges the valid ones into
/// `signers`; the rest are failures.
pub fn apply(vault: &Vault, signers: &mut Signers, policy: &dyn Policy) -> Vec<Failure> {
    let updates: Vec<_> = vault.certificates().collect();
    if updates.is_empty() {
        return Vec::new();
    }
    let members = Members::of(vault);
    let mut failures = Vec::new();
    for update in updates {
        let fail = |problem: String| Failure {
            line: update.line,
            kind: EntryKind::Statement,
            name: format!("certificate {}", update.entry.fingerprint),
            problem,
            policy: false,
        };
        match merged(vault, &members, signers, &update, policy) {
            Ok((line, signer)) => signers.replace(line, signer),
            Err(problem) => failures.push(fail(problem)),
        }
    }
    failures
}

/// The target's line and its certificate with the update merged in.
fn merged(
    vault: &Vault,
    members: &Members,
    signers: &Signers,
    update: &Located<&Certificate>,
    policy: &dyn Policy,
) -> Result<(usize, cert::SignerCert), String> {
    let c = update.entry;
    if timestamp::canonical(&c.added_at).as_deref() != Some(c.added_at.as_str()) {
        return Err("added_at is not a timestamp in canonical form".into());
    }
    let target = member_before(vault, members, &c.fingerprint, update.line)?;
    let signer = member_before(vault, members, &c.signed_by, update.line)
        .map_err(|why| format!("signed by {}: {why}", c.signed_by))?;
    if !may_update(members, &c.signed_by, &c.fingerprint) {
        return Err(format!(
            "{} may not update the certificate of {}: only the root, the identity itself, or \
             an identity that vouched for it may",
            c.signed_by, c.fingerprint
        ));
    }
    let statement = Statement::Certificate(c.clone());
    if statement.expected_hash(signer.entry.algorithm_bits) != c.hash {
        return Err("hash mismatch (the statement's fields were changed)".into());
    }
    let signer_cert = signers
        .cert(signer.line)
        .ok_or_else(|| format!("signer {} has an unusable public key", c.signed_by))?;
    let bytes = hex::decode(&c.signature).unwrap_or_default();
    let sig = signature::parse(&bytes).map_err(|p| p.to_string())?;
    signature::verify(&sig, c.hash.as_bytes(), signer_cert, policy).map_err(|p| p.to_string())?;
    let update_cert = parse_update(c)?;
    let base = signers
        .cert(target.line)
        .ok_or_else(|| format!("{} has an unusable public key", c.fingerprint))?;
    let merged = base
        .cert
        .clone()
        .merge_public(update_cert)
        .map_err(|e| format!("cannot merge the certificate: {e}"))?;
    let resolved = cert::signer(merged, policy).map_err(|p| p.to_string())?;
    Ok((target.line, resolved))
}

/// The root, the identity itself (its own chain starts with it), or one
/// of the identities that vouched for it.
fn may_update(members: &Members, by: &str, target: &str) -> bool {
    members.is_root(by) || members.vouched_for(by, target)
}

/// Whether `by` may append an update of `target`'s certificate.
pub fn may_be_updated_by(vault: &Vault, by: &str, target: &str) -> bool {
    may_update(&Members::of(vault), by, target)
}

fn member_before<'a>(
    vault: &Vault,
    members: &Members<'a>,
    fpr: &str,
    line: usize,
) -> Result<&'a Located<crate::vault::entry::IdentityEntry>, String> {
    let id = members
        .get(fpr)
        .filter(|id| id.line < line)
        .ok_or_else(|| format!("{fpr} is not an identity added before it"))?;
    match vault.removal_of(fpr) {
        Some(r) if r.line < line => Err(format!("{fpr} was removed on line {}", r.line)),
        _ => Ok(id),
    }
}

fn parse_update(c: &Certificate) -> Result<Cert, String> {
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(&c.public_key)
        .map_err(|_| "public_key is not valid base64".to_string())?;
    let parsed = cert::parse(&bytes).map_err(|p| p.to_string())?;
    if parsed.is_tsk() {
        return Err("public_key holds secret key material".into());
    }
    if !cert::fingerprint_hex(&parsed).eq_ignore_ascii_case(&c.fingerprint) {
        return Err(format!(
            "public_key belongs to {}, not to {}",
            cert::fingerprint_hex(&parsed),
            c.fingerprint
        ));
    }
    Ok(parsed)
}

/// The certificate of `fingerprint` as it stands: its identity entry's,
/// with every update merged in (in a verified vault all are valid).
pub fn current(vault: &Vault, fingerprint: &str) -> Result<Cert, String> {
    let id = vault
        .identity(fingerprint)
        .ok_or_else(|| format!("{fingerprint} is not an identity of the vault"))?;
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(&id.entry.public_key)
        .map_err(|_| format!("identity {fingerprint}: public_key is not base64"))?;
    let mut cert = cert::parse(&bytes).map_err(|p| format!("identity {fingerprint}: {p}"))?;
    for update in vault.certificates() {
        if update.entry.fingerprint.eq_ignore_ascii_case(fingerprint) {
            let newer = parse_update(update.entry)?;
            cert = cert.merge_public(newer).map_err(|e| e.to_string())?;
        }
    }
    Ok(cert)
}
