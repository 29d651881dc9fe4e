//! Making an entry's detached signature (spec §4): a binary v4/v6
//! signature of class 0x00 over the ASCII bytes of the hex hash, with the
//! issuer fingerprint and creation time hashed, as gpg makes it.

use openpgp::cert::Cert;
use openpgp::crypto::{KeyPair, Signer};

/// Something that makes signatures: a key in memory or behind gpg-agent.
pub type BoxedSigner = Box<dyn Signer + Send + Sync>;
use openpgp::packet::signature::SignatureBuilder;
use openpgp::policy::Policy;
use openpgp::serialize::MarshalInto;
use openpgp::types::SignatureType;
use sequoia_openpgp as openpgp;

/// The signing key pair of a secret certificate, chosen by the policy.
pub fn signing_keypair(tsk: &Cert, policy: &dyn Policy) -> openpgp::Result<KeyPair> {
    let valid = tsk.with_policy(policy, None)?;
    let key = valid
        .keys()
        .unencrypted_secret()
        .for_signing()
        .next()
        .ok_or_else(|| anyhow::anyhow!("{} has no unencrypted signing key", tsk.fingerprint()))?;
    key.key().clone().into_keypair()
}

/// Signs `hash_hex` and returns the lower-case hex of the signature packet.
pub fn sign_hash(signer: &mut dyn Signer, hash_hex: &str) -> openpgp::Result<String> {
    sign_bytes(signer, hash_hex.as_bytes())
}

/// A binary detached signature over `message`, as lower-case hex of the
/// packet with an old-format header, byte-compatible with what gpg writes
/// (`8875…` for EdDSA, `8901…` for RSA-3072).
pub fn sign_bytes(signer: &mut dyn Signer, message: &[u8]) -> openpgp::Result<String> {
    use openpgp::packet::header::{BodyLength, CTBOld, Header, CTB};
    use openpgp::packet::Tag;
    use openpgp::serialize::Marshal;
    let sig = SignatureBuilder::new(SignatureType::Binary).sign_message(signer, message)?;
    let body = sig.to_vec()?;
    let length = BodyLength::Full(body.len() as u32);
    let header = Header::new(CTB::Old(CTBOld::new(Tag::Signature, length)?), length);
    let mut packet = Vec::with_capacity(body.len() + 3);
    header.serialize(&mut packet)?;
    packet.extend_from_slice(&body);
    Ok(hex::encode(packet))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::crypto::{
        cert, decrypt::Decryptors, encrypt, fixture_key, signature, standard_policy,
    };
    use secrecy::{ExposeSecret, SecretBox};

    #[test]
    fn signatures_verify_and_fail_on_other_text() {
        let policy = standard_policy();
        for name in ["alice", "bob", "carol"] {
            let tsk = fixture_key(name);
            let mut pair = signing_keypair(&tsk, &policy).unwrap();
            let hex_sig = sign_hash(&mut pair, "ab12").unwrap();
            // Old-format packet header, as gpg writes: 0x88 (1-byte length)
            // or 0x89 (2-byte length, e.g. RSA-3072).
            let want = if name == "bob" { "89" } else { "88" };
            assert!(hex_sig.starts_with(want), "{name}: {}", &hex_sig[..8]);
            let signer = cert::signer(tsk.clone().strip_secret_key_material(), &policy).unwrap();
            let sig = signature::parse(&hex::decode(&hex_sig).unwrap()).unwrap();
            signature::verify(&sig, b"ab12", &signer, &policy).unwrap();
            assert!(
                signature::verify(&sig, b"ab13", &signer, &policy).is_err(),
                "{name}"
            );
        }
    }

    #[test]
    fn encrypted_values_decrypt_for_each_recipient_only() {
        let policy = standard_policy();
        let (alice, bob, carol) = (
            fixture_key("alice"),
            fixture_key("bob"),
            fixture_key("carol"),
        );
        let plaintext = SecretBox::new(Box::new(b"line 1\nline 2 = \"x\" \xe2\x9c\x93".to_vec()));
        let armored = encrypt::encrypt(&plaintext, &[&alice, &carol], &policy).unwrap();
        assert!(
            armored.starts_with("-----BEGIN PGP MESSAGE-----\n\n"),
            "no armor headers"
        );
        assert!(armored.ends_with("-----END PGP MESSAGE-----"));
        let decryptors = |tsk: &Cert| {
            Decryptors::new(
                tsk.keys()
                    .unencrypted_secret()
                    .filter_map(|k| k.key().clone().into_keypair().ok())
                    .collect(),
            )
        };
        for tsk in [&alice, &carol] {
            let got = decryptors(tsk)
                .decrypt(armored.as_bytes(), &policy)
                .unwrap();
            assert_eq!(got.expose_secret(), plaintext.expose_secret());
        }
        assert!(decryptors(&bob)
            .decrypt(armored.as_bytes(), &policy)
            .is_err());
    }
}
