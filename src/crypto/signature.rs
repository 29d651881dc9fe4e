//! Detached signatures over an entry's hash (spec §4): a binary OpenPGP
//! signature packet, stored as hex, over the ASCII bytes of the hex hash.

use std::time::{Duration, SystemTime};

use ed25519_dalek::VerifyingKey;
use openpgp::packet::key::{PublicParts, UnspecifiedRole};
use openpgp::packet::{Key, Signature};
use openpgp::parse::Parse;
use openpgp::policy::{HashAlgoSecurity, Policy};
use openpgp::{Packet, PacketPile};
use sequoia_openpgp as openpgp;

use super::cert::SignerCert;

/// The clock skew dotsecenv's own append check tolerates.
pub const CLOCK_SKEW: Duration = Duration::from_secs(300);

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignatureProblem {
    Malformed(String),
    WeakAlgorithm(String),
    Mismatch,
}

impl std::fmt::Display for SignatureProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SignatureProblem::Malformed(why) => {
                write!(f, "signature is not an OpenPGP signature: {why}")
            }
            SignatureProblem::WeakAlgorithm(why) => {
                write!(f, "signature uses a refused algorithm: {why}")
            }
            SignatureProblem::Mismatch => f.write_str("signature mismatch"),
        }
    }
}

/// Parses exactly one signature packet.
pub fn parse(bytes: &[u8]) -> Result<Signature, SignatureProblem> {
    let pile =
        PacketPile::from_bytes(bytes).map_err(|e| SignatureProblem::Malformed(e.to_string()))?;
    let mut packets = pile.into_children();
    match (packets.next(), packets.next()) {
        (Some(Packet::Signature(sig)), None) => Ok(sig),
        (Some(_), None) => Err(SignatureProblem::Malformed("not a signature packet".into())),
        _ => Err(SignatureProblem::Malformed(
            "expected exactly one packet".into(),
        )),
    }
}

/// Verifies `sig` over `message` with one of the signer's signing keys.
pub fn verify(
    sig: &Signature,
    message: &[u8],
    signer: &SignerCert,
    policy: &dyn Policy,
) -> Result<(), SignatureProblem> {
    check_policy(sig, policy)?;
    if candidate_keys(sig, signer).any(|(key, _)| sig.verify_message(key, message).is_ok()) {
        Ok(())
    } else {
        Err(SignatureProblem::Mismatch)
    }
}

/// Refuses a signature whose digest the policy does not accept.
pub fn check_policy(sig: &Signature, policy: &dyn Policy) -> Result<(), SignatureProblem> {
    policy
        .signature(sig, HashAlgoSecurity::CollisionResistance)
        .map_err(|e| SignatureProblem::WeakAlgorithm(format!("{} digest ({e})", sig.hash_algo())))
}

/// The signer's keys that may have made `sig` (with their Ed25519 form,
/// if any): the ones its issuer subpackets name, that existed when it
/// was made.
pub fn candidate_keys<'a>(
    sig: &'a Signature,
    signer: &'a SignerCert,
) -> impl Iterator<
    Item = (
        &'a Key<PublicParts, UnspecifiedRole>,
        &'a Option<VerifyingKey>,
    ),
> + 'a {
    let made_at = sig.signature_creation_time();
    let issuers = sig.get_issuers();
    signer
        .signing_keys
        .iter()
        .zip(&signer.verifying_keys)
        .filter(move |(key, _)| {
            issuers.is_empty() || issuers.iter().any(|i| i.aliases(key.key_handle()))
        })
        .filter(move |(key, _)| made_at.is_some_and(|t| key_existed_at(key.creation_time(), t)))
}

fn key_existed_at(key_created: SystemTime, signed_at: SystemTime) -> bool {
    key_created <= signed_at + CLOCK_SKEW
}
