//! Secret encryption keys held in this process, ready to unwrap session
//! keys.
//!
//! Sequoia keeps secret key material sealed in memory (encrypted under a
//! key derived from 16 KiB of random "prekey") and unseals it on every
//! use: SHA-256 over the prekey plus zeroed scratch buffers, about
//! 1.8 million instructions per value, more than the X25519 itself
//! (issue 5's profile). dsenv is a short-lived launcher that unwraps up to
//! thousands of session keys and then execs, so for Cv25519 subkeys (what
//! gpg, dotsecenv and `dsenv identity create` make) it unseals the scalar
//! once and keeps it in zeroize-on-drop memory (mlocked where the process
//! can lock memory) until exec. The session key is then derived exactly
//! as sequoia does it: x25519-dalek's Diffie-Hellman, and sequoia's own
//! RFC 6637 KDF + AES key unwrap (`ecdh::decrypt_unwrap`). Every other key
//! type goes through sequoia's `KeyPair` unchanged.

use openpgp::crypto::mpi::{self, Ciphertext};
use openpgp::crypto::{mem::Protected, Decryptor, KeyPair, SessionKey};
use openpgp::packet::key::{PublicParts, UnspecifiedRole};
use openpgp::packet::Key;
use openpgp::types::Curve;
use sequoia_openpgp as openpgp;
use x25519_dalek::{PublicKey, StaticSecret};
use zeroize::Zeroizing;

/// One secret encryption (sub)key.
pub enum LocalKey {
    /// Legacy ECDH over Curve25519, scalar unsealed once.
    Cv25519(Cv25519Key),
    /// Any other algorithm: sequoia's sealed key pair.
    Sealed(KeyPair),
}

impl LocalKey {
    pub fn new(pair: KeyPair) -> Self {
        match Cv25519Key::from_keypair(&pair) {
            Some(key) => LocalKey::Cv25519(key),
            None => LocalKey::Sealed(pair),
        }
    }

    /// A decryptor for one message. The Cv25519 key is borrowed; a sealed
    /// pair is cloned (sequoia's decryptor API takes `&mut self`).
    pub fn decryptor(&self) -> Box<dyn Decryptor + '_> {
        match self {
            LocalKey::Cv25519(key) => Box::new(BorrowedCv25519(key)),
            LocalKey::Sealed(pair) => Box::new(pair.clone()),
        }
    }
}

/// A Cv25519 ECDH subkey with its X25519 scalar (wiped on drop).
pub struct Cv25519Key {
    public: Key<PublicParts, UnspecifiedRole>,
    secret: StaticSecret,
}

impl Cv25519Key {
    fn from_keypair(pair: &KeyPair) -> Option<Self> {
        let public = pair.public();
        if !matches!(
            public.mpis(),
            mpi::PublicKey::ECDH {
                curve: Curve::Cv25519,
                ..
            }
        ) {
            return None;
        }
        let secret = pair.secret().map(|secret| match secret {
            mpi::SecretKeyMaterial::ECDH { scalar } => {
                Some(x25519_scalar(&scalar.value_padded(32)))
            }
            _ => None,
        })?;
        Some(Cv25519Key {
            public: public.clone(),
            secret,
        })
    }

    fn unwrap(
        &self,
        ciphertext: &Ciphertext,
        plaintext_len: Option<usize>,
    ) -> openpgp::Result<SessionKey> {
        let Ciphertext::ECDH { e, .. } = ciphertext else {
            return Err(
                openpgp::Error::InvalidArgument("expected an ECDH ciphertext".into()).into(),
            );
        };
        let ephemeral: [u8; 32] =
            e.decode_point(&Curve::Cv25519)?.0.try_into().map_err(|_| {
                openpgp::Error::MalformedMPI("Cv25519 point is not 32 bytes".into())
            })?;
        let shared = self.secret.diffie_hellman(&PublicKey::from(ephemeral));
        let shared = Protected::from(&shared.as_bytes()[..]);
        openpgp::crypto::ecdh::decrypt_unwrap(&self.public, &shared, ciphertext, plaintext_len)
    }
}

/// OpenPGP stores the Cv25519 scalar big-endian; X25519 takes it
/// little-endian (the same reversal sequoia and GnuPG make).
fn x25519_scalar(big_endian: &Protected) -> StaticSecret {
    let mut bytes = Zeroizing::new([0u8; 32]);
    bytes.copy_from_slice(&big_endian[..32]);
    bytes.reverse();
    StaticSecret::from(*bytes)
}

struct BorrowedCv25519<'a>(&'a Cv25519Key);

impl Decryptor for BorrowedCv25519<'_> {
    fn public(&self) -> &Key<PublicParts, UnspecifiedRole> {
        &self.0.public
    }

    fn decrypt(
        &mut self,
        ciphertext: &Ciphertext,
        plaintext_len: Option<usize>,
    ) -> openpgp::Result<SessionKey> {
        self.0.unwrap(ciphertext, plaintext_len)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use openpgp::cert::prelude::*;

    fn encryption_pair(cert: &Cert) -> KeyPair {
        let policy = crate::crypto::standard_policy();
        cert.keys()
            .with_policy(&policy, None)
            .for_transport_encryption()
            .secret()
            .next()
            .expect("an encryption subkey")
            .key()
            .clone()
            .into_keypair()
            .expect("unencrypted")
    }

    fn cv25519_cert() -> Cert {
        CertBuilder::general_purpose(Some("t@example.org"))
            .set_cipher_suite(CipherSuite::Cv25519)
            .generate()
            .expect("generate")
            .0
    }

    /// The unsealed path unwraps exactly the session key sequoia's own
    /// KeyPair unwraps, for many fresh ephemeral keys.
    #[test]
    fn unsealed_cv25519_agrees_with_sequoia() {
        let cert = cv25519_cert();
        let pair = encryption_pair(&cert);
        let local = LocalKey::new(pair.clone());
        assert!(matches!(local, LocalKey::Cv25519(_)));
        for _ in 0..32 {
            let session = SessionKey::new(32).expect("random key");
            let ciphertext = pair.public().encrypt(&session).expect("encrypt");
            let ours = local
                .decryptor()
                .as_mut()
                .decrypt(&ciphertext, None)
                .expect("ours");
            let theirs = pair.clone().decrypt(&ciphertext, None).expect("sequoia");
            assert_eq!(&ours[..], &theirs[..]);
            assert_eq!(&ours[..], &session[..]);
        }
    }

    #[test]
    fn another_keys_ciphertext_does_not_unwrap() {
        let ours = LocalKey::new(encryption_pair(&cv25519_cert()));
        let other = encryption_pair(&cv25519_cert());
        let session = SessionKey::new(32).expect("random key");
        let ciphertext = other.public().encrypt(&session).expect("encrypt");
        assert!(ours
            .decryptor()
            .as_mut()
            .decrypt(&ciphertext, None)
            .is_err());
    }

    #[test]
    fn other_algorithms_stay_sealed() {
        let cert = CertBuilder::general_purpose(Some("t@example.org"))
            .set_cipher_suite(CipherSuite::P384)
            .generate()
            .expect("generate")
            .0;
        let pair = encryption_pair(&cert);
        let local = LocalKey::new(pair.clone());
        assert!(matches!(local, LocalKey::Sealed(_)));
        let session = SessionKey::new(32).expect("random key");
        let ciphertext = pair.public().encrypt(&session).expect("encrypt");
        let got = local
            .decryptor()
            .as_mut()
            .decrypt(&ciphertext, None)
            .expect("decrypt");
        assert_eq!(&got[..], &session[..]);
    }
}
