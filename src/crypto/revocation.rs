//! Revoked certificates. A vault stores each identity's certificate as it
//! was added; when that certificate carries a revocation signature by its
//! own key, entries it signed after the revocation (a "soft" revocation:
//! key retired or superseded) or at any time (a "hard" one: key
//! compromised, or no reason given) must not be trusted.

use openpgp::cert::Cert;
use openpgp::packet::Signature;
use openpgp::policy::Policy;
use openpgp::types::RevocationStatus;
use sequoia_openpgp as openpgp;

/// Whether the certificate carries any self-revocation at all: the cheap
/// test that lets a vault of unrevoked keys skip the per-entry check.
pub fn has_revocation(cert: &Cert) -> bool {
    cert.primary_key().self_revocations().next().is_some()
}

/// `Some(reason)` (the revocation's reason, in words) when `cert` was revoked at the time `sig` was made (a
/// hard revocation counts whatever its date, as OpenPGP requires).
pub fn revoked_when_signed(cert: &Cert, sig: &Signature, policy: &dyn Policy) -> Option<String> {
    let made_at = sig.signature_creation_time()?;
    match cert.revocation_status(policy, made_at) {
        RevocationStatus::Revoked(revocations) => Some(describe(revocations.first()?)),
        _ => None,
    }
}

fn describe(revocation: &Signature) -> String {
    match revocation.reason_for_revocation() {
        Some((code, _)) => code.to_string(),
        None => "no reason given".into(),
    }
}
