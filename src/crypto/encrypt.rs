//! Encrypting a value the way dotsecenv does (spec §7): one PKESK per
//! recipient, AES-256, no compression, an unsigned binary literal packet
//! with no file name and date 0, ASCII-armored without headers.
//!
//! SEIPD v2 with AES-256-GCM when every recipient advertises SEIPDv2 (as
//! the keys dsenv generates do), otherwise SEIPD v1 exactly as dotsecenv
//! falls back for GnuPG-made keys.

use std::io::Write;

use openpgp::armor;
use openpgp::cert::Cert;
use openpgp::cert::Preferences;
use openpgp::policy::Policy;
use openpgp::serialize::stream::{Armorer, Encryptor, LiteralWriter, Message, Recipient};
use openpgp::types::{AEADAlgorithm, SymmetricAlgorithm};
use secrecy::{ExposeSecret, SecretBox};
use sequoia_openpgp as openpgp;

/// Encrypts `plaintext` to every certificate in `recipients` and returns
/// the armored message (no trailing newline, as dotsecenv stores it).
pub fn encrypt(
    plaintext: &SecretBox<Vec<u8>>,
    recipients: &[&Cert],
    policy: &dyn Policy,
) -> openpgp::Result<String> {
    let mut keys: Vec<Recipient> = Vec::new();
    let mut all_v2 = true;
    for cert in recipients {
        let valid = cert.with_policy(policy, None)?;
        all_v2 &= valid.features().is_some_and(|f| f.supports_seipdv2());
        let before = keys.len();
        keys.extend(
            valid
                .keys()
                .supported()
                .for_transport_encryption()
                .for_storage_encryption()
                .map(Recipient::from),
        );
        if keys.len() == before {
            return Err(anyhow::anyhow!(
                "{} has no encryption key",
                cert.fingerprint()
            ));
        }
    }
    let mut sink = Vec::new();
    let message = Message::new(&mut sink);
    let message = Armorer::new(message).kind(armor::Kind::Message).build()?;
    let mut encryptor =
        Encryptor::for_recipients(message, keys).symmetric_algo(SymmetricAlgorithm::AES256);
    if all_v2 {
        encryptor = encryptor.aead_algo(AEADAlgorithm::GCM);
    }
    let message = encryptor.build()?;
    let mut literal = LiteralWriter::new(message).build()?;
    literal.write_all(plaintext.expose_secret())?;
    literal.finalize()?;
    let mut armored = String::from_utf8(sink)?;
    while armored.ends_with('\n') || armored.ends_with('\r') {
        armored.pop();
    }
    Ok(armored)
}
