//! FIPS 186-5 minimums for the keys of a vault's identities.
//!
//! RSA >= 2048 bits, ECDSA/ECDH on P-384 or P-521, EdDSA on Ed25519/Ed448,
//! X25519/X448 for encryption. Everything else (DSA, ElGamal, P-256,
//! brainpool, secp256k1, RSA < 2048) is refused with the rule named.

use openpgp::crypto::mpi::PublicKey as Mpis;
use openpgp::packet::key::{KeyParts, KeyRole};
use openpgp::packet::Key;
use openpgp::types::Curve;
use sequoia_openpgp as openpgp;

pub const MIN_RSA_BITS: usize = 2048;

/// Why a key is refused: the rule it breaks, in one line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation(pub String);

impl std::fmt::Display for Violation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Checks one (sub)key against the FIPS 186-5 minimums.
pub fn check_key<P: KeyParts, R: KeyRole>(key: &Key<P, R>) -> Result<(), Violation> {
    let refuse = |what: String| {
        Err(Violation(format!(
            "{what} is below the FIPS 186-5 minimums"
        )))
    };
    match key.mpis() {
        Mpis::RSA { n, .. } if n.bits() >= MIN_RSA_BITS => Ok(()),
        Mpis::RSA { n, .. } => refuse(format!("RSA-{} (minimum {MIN_RSA_BITS} bits)", n.bits())),
        Mpis::EdDSA { curve, .. } => match curve {
            Curve::Ed25519 => Ok(()),
            other => refuse(format!("EdDSA on {other}")),
        },
        Mpis::ECDSA { curve, .. } | Mpis::ECDH { curve, .. } => match curve {
            Curve::NistP384 | Curve::NistP521 | Curve::Cv25519 => Ok(()),
            other => refuse(format!(
                "{} on {other} (P-384 or P-521 required)",
                key.pk_algo()
            )),
        },
        Mpis::Ed25519 { .. } | Mpis::Ed448 { .. } | Mpis::X25519 { .. } | Mpis::X448 { .. } => {
            Ok(())
        }
        Mpis::DSA { .. } => refuse("DSA".into()),
        Mpis::ElGamal { .. } => refuse("ElGamal".into()),
        _ => refuse(format!("{}", key.pk_algo())),
    }
}
