//! An identity's public certificate, as stored in a vault entry, and the
//! keys it may sign with.

use ed25519_dalek::VerifyingKey;
use openpgp::cert::Cert;
use openpgp::packet::key::{PublicParts, UnspecifiedRole};
use openpgp::packet::Key;
use openpgp::parse::Parse;
use openpgp::policy::Policy;
use sequoia_openpgp as openpgp;

use super::batch;
use super::policy::{self, Violation};

/// A certificate with the keys it signs with resolved once, so that
/// checking thousands of entries does not re-run the policy each time.
#[derive(Debug)]
pub struct SignerCert {
    pub cert: Cert,
    pub signing_keys: Vec<Key<PublicParts, UnspecifiedRole>>,
    /// Each signing key's Ed25519 form (for batch verification), if any.
    pub verifying_keys: Vec<Option<VerifyingKey>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CertProblem {
    Unreadable(String),
    Policy(Violation),
    NoSigningKey,
}

impl std::fmt::Display for CertProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CertProblem::Unreadable(why) => {
                write!(f, "public key is not a valid OpenPGP certificate: {why}")
            }
            CertProblem::Policy(v) => write!(f, "{v}"),
            CertProblem::NoSigningKey => f.write_str("public key has no valid signing key"),
        }
    }
}

/// Parses the bytes of a stored public key: binary (as `gpg --export`
/// writes) or ASCII-armored.
pub fn parse(bytes: &[u8]) -> Result<Cert, CertProblem> {
    Cert::from_bytes(bytes).map_err(|e| CertProblem::Unreadable(e.to_string()))
}

/// Upper-case hex fingerprint of the primary key.
pub fn fingerprint_hex(cert: &Cert) -> String {
    cert.fingerprint().to_hex()
}

/// Resolves the signing-capable keys and checks every key of the
/// certificate against the FIPS minimums.
///
/// The binding signatures are evaluated at the newest self-signature's
/// time, not "now": a vault must not rot because a key expired later or
/// because a container's clock is behind (DESIGN.md, interop notes).
pub fn signer(cert: Cert, policy: &dyn Policy) -> Result<SignerCert, CertProblem> {
    // Every key the certificate carries, as `identity add` checks them:
    // a weak subkey that sequoia's policy would silently skip (ElGamal)
    // is refused by name rather than ignored.
    for key in cert.keys() {
        policy::check_key(key.key()).map_err(CertProblem::Policy)?;
    }
    let reference = newest_self_signature(&cert);
    let valid = cert
        .with_policy(policy, reference)
        .map_err(|e| CertProblem::Unreadable(e.to_string()))?;
    let signing_keys: Vec<_> = valid
        .keys()
        .for_signing()
        .map(|k| k.key().clone().role_into_unspecified())
        .collect();
    if signing_keys.is_empty() {
        return Err(CertProblem::NoSigningKey);
    }
    let verifying_keys = signing_keys.iter().map(batch::verifying_key).collect();
    Ok(SignerCert {
        cert,
        signing_keys,
        verifying_keys,
    })
}

fn newest_self_signature(cert: &Cert) -> std::time::SystemTime {
    let primary = cert.primary_key();
    let sigs = primary
        .self_signatures()
        .chain(cert.userids().flat_map(|u| u.self_signatures()))
        .chain(cert.keys().subkeys().flat_map(|k| k.self_signatures()));
    let created = primary.key().creation_time();
    sigs.filter_map(|s| s.signature_creation_time())
        .fold(created, std::cmp::max)
}
