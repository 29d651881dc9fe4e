//! Decrypting a value (spec §7): PKESK per recipient + SEIPD v1 or v2,
//! no compression, no signature. The plaintext is returned in a buffer
//! that is wiped when dropped.

use std::io::Read;

use base64::Engine;

use openpgp::crypto::{KeyPair, SessionKey};
use openpgp::packet::{PKESK, SKESK};
use openpgp::parse::stream::{
    DecryptionHelper, DecryptorBuilder, MessageStructure, VerificationHelper,
};
use openpgp::parse::Parse;
use openpgp::policy::Policy;
use openpgp::types::SymmetricAlgorithm;
use openpgp::{Cert, KeyHandle};
use secrecy::SecretBox;
use sequoia_openpgp as openpgp;

use super::unsealed::LocalKey;

/// Why a value could not be decrypted. Never carries plaintext.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecryptProblem {
    /// None of our keys is a recipient of the message.
    NotARecipient,
    /// The message is damaged or not what dotsecenv writes.
    Malformed(String),
}

impl std::fmt::Display for DecryptProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecryptProblem::NotARecipient => {
                f.write_str("this key is not a recipient of the value")
            }
            DecryptProblem::Malformed(why) => write!(f, "value cannot be decrypted: {why}"),
        }
    }
}

/// A decryption key held elsewhere (gpg-agent): used one at a time.
pub type SharedDecryptor = Box<dyn openpgp::crypto::Decryptor + Send>;

/// The secret keys of one identity, ready to unwrap session keys.
pub enum Decryptors {
    /// Keys in this process: shared by reference, so values decrypt in parallel.
    Local(Vec<LocalKey>),
    /// Keys behind an agent: calls are serialised.
    Shared(std::sync::Mutex<Vec<SharedDecryptor>>),
}

impl Decryptors {
    pub fn new(keypairs: Vec<KeyPair>) -> Self {
        Decryptors::Local(keypairs.into_iter().map(LocalKey::new).collect())
    }

    pub fn shared(decryptors: Vec<SharedDecryptor>) -> Self {
        Decryptors::Shared(std::sync::Mutex::new(decryptors))
    }

    pub fn is_empty(&self) -> bool {
        match self {
            Decryptors::Local(k) => k.is_empty(),
            Decryptors::Shared(k) => k.lock().map(|k| k.is_empty()).unwrap_or(true),
        }
    }

    /// Decrypts one message (armored or binary) to a wiped-on-drop buffer.
    pub fn decrypt(
        &self,
        message: &[u8],
        policy: &dyn Policy,
    ) -> Result<SecretBox<Vec<u8>>, DecryptProblem> {
        let mut guard;
        let keys = match self {
            Decryptors::Local(keys) => Keys::Local(keys.iter().map(LocalKey::decryptor).collect()),
            Decryptors::Shared(shared) => {
                guard = shared
                    .lock()
                    .map_err(|_| DecryptProblem::Malformed("key agent lock poisoned".into()))?;
                Keys::Shared(&mut guard)
            }
        };
        let helper = Helper { keys };
        let malformed = |e: anyhow::Error| DecryptProblem::Malformed(e.to_string());
        // Sequoia holds back up to `buffer_size` bytes until the integrity
        // check passes, and allocates (and zeroes) that much per layer:
        // 25 MiB by default. The plaintext is never longer than the
        // message, so this keeps "nothing before the check" at a fraction
        // of the cost (a third of all instructions at 1000 values).
        let binary = dearmor(message);
        let message = binary.as_deref().unwrap_or(message);
        let mut reader = DecryptorBuilder::from_bytes(message)
            .map_err(malformed)?
            .buffer_size(message.len().max(MIN_BUFFER))
            .with_policy(policy, None, helper)
            .map_err(|e| {
                if e.downcast_ref::<NotRecipient>().is_some() {
                    DecryptProblem::NotARecipient
                } else {
                    DecryptProblem::Malformed(e.to_string())
                }
            })?;
        let mut plaintext = SecretBox::new(Box::new(Vec::new()));
        {
            use secrecy::ExposeSecretMut;
            reader
                .read_to_end(plaintext.expose_secret_mut())
                .map_err(|e| DecryptProblem::Malformed(e.to_string()))?;
        }
        Ok(plaintext)
    }
}

/// The binary message inside the armor gpg and dotsecenv write
/// (`-----BEGIN PGP MESSAGE-----`, optional `Key: value` headers, a blank
/// line, base64, an optional `=CRC24` line, the end line). sequoia's armor
/// reader allocates and zeroes five 96 KiB buffers per message: an eighth
/// of all instructions at 1000 values. Anything else returns `None` and
/// goes to sequoia's reader as before. The CRC is not checked: RFC 9580
/// §6.1 says not to reject on it, and the encrypted packet carries its own
/// integrity check.
fn dearmor(message: &[u8]) -> Option<Vec<u8>> {
    let text = std::str::from_utf8(message).ok()?;
    let mut lines = text.lines().map(str::trim_end);
    if lines.next()? != "-----BEGIN PGP MESSAGE-----" {
        return None;
    }
    for header in lines.by_ref() {
        if header.is_empty() {
            break;
        }
        header.split_once(": ")?;
    }
    let mut body = String::with_capacity(message.len());
    for line in lines.by_ref() {
        if line == "-----END PGP MESSAGE-----" {
            let rest_is_blank = lines.all(str::is_empty);
            return rest_is_blank
                .then(|| base64::engine::general_purpose::STANDARD.decode(&body).ok())
                .flatten();
        }
        let is_checksum = line.len() == 5 && line.starts_with('=');
        if !is_checksum {
            body.push_str(line);
        }
    }
    None
}

/// Small values still get one ordinary read buffer.
const MIN_BUFFER: usize = 4096;

#[derive(Debug, thiserror::Error)]
#[error("not a recipient")]
struct NotRecipient;

enum Keys<'a> {
    Local(Vec<Box<dyn openpgp::crypto::Decryptor + 'a>>),
    Shared(&'a mut Vec<SharedDecryptor>),
}

impl Keys<'_> {
    fn each(&mut self) -> Vec<&mut dyn openpgp::crypto::Decryptor> {
        match self {
            Keys::Local(keys) => keys
                .iter_mut()
                .map(|k| k.as_mut() as &mut dyn openpgp::crypto::Decryptor)
                .collect(),
            Keys::Shared(keys) => keys
                .iter_mut()
                .map(|k| k.as_mut() as &mut dyn openpgp::crypto::Decryptor)
                .collect(),
        }
    }
}

struct Helper<'a> {
    keys: Keys<'a>,
}

impl VerificationHelper for Helper<'_> {
    fn get_certs(&mut self, _ids: &[KeyHandle]) -> openpgp::Result<Vec<Cert>> {
        Ok(Vec::new())
    }

    /// Values are unsigned by design (spec §7); only the structure matters.
    fn check(&mut self, _structure: MessageStructure) -> openpgp::Result<()> {
        Ok(())
    }
}

impl DecryptionHelper for Helper<'_> {
    fn decrypt(
        &mut self,
        pkesks: &[PKESK],
        _skesks: &[SKESK],
        sym_algo: Option<SymmetricAlgorithm>,
        decrypt: &mut dyn FnMut(Option<SymmetricAlgorithm>, &SessionKey) -> bool,
    ) -> openpgp::Result<Option<Cert>> {
        for pkesk in pkesks {
            let Some(recipient) = pkesk.recipient() else {
                continue;
            };
            for key in self.keys.each() {
                if !recipient.aliases(key.public().key_handle()) {
                    continue;
                }
                if let Some((algo, session_key)) = pkesk.decrypt(key, sym_algo) {
                    if decrypt(algo, &session_key) {
                        return Ok(None);
                    }
                }
            }
        }
        Err(NotRecipient.into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use openpgp::armor::{Kind, Reader, ReaderMode};

    fn sequoia_dearmor(text: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        Reader::from_bytes(text, ReaderMode::Tolerant(Some(Kind::Message)))
            .read_to_end(&mut out)
            .expect("sequoia reads the armor");
        out
    }

    /// Every value of every fixture vault dearmors to the bytes sequoia's
    /// armor reader gives.
    #[test]
    fn dearmor_agrees_with_sequoia_on_every_fixture_value() {
        let root =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/fixtures/dotsecenv");
        let mut checked = 0;
        for vault in ["basic/vault", "team/vault", "bench/vault-100"] {
            let text = std::fs::read_to_string(root.join(vault)).expect("fixture");
            for line in text.lines().filter(|l| l.contains(r#""type":"value""#)) {
                let entry: serde_json::Value = serde_json::from_str(line).expect("json");
                let armored = base64::engine::general_purpose::STANDARD
                    .decode(entry["data"]["value"].as_str().expect("value"))
                    .expect("base64");
                if armored.is_empty() {
                    continue; // a deleted value
                }
                assert_eq!(
                    dearmor(&armored).expect("fast path"),
                    sequoia_dearmor(&armored)
                );
                checked += 1;
            }
        }
        assert!(checked > 100, "only {checked} values checked");
    }

    #[test]
    fn dearmor_takes_headers_crlf_and_checksum() {
        let text = "-----BEGIN PGP MESSAGE-----\r\nComment: x\r\n\r\naGVs\r\nbG8=\r\n=njUN\r\n-----END PGP MESSAGE-----\r\n";
        assert_eq!(dearmor(text.as_bytes()).as_deref(), Some(&b"hello"[..]));
        assert_eq!(sequoia_dearmor(text.as_bytes()), b"hello");
    }

    /// Anything unusual is left to sequoia's reader.
    #[test]
    fn dearmor_declines_what_it_does_not_know() {
        for text in [
            "-----BEGIN PGP SIGNATURE-----\n\naGVsbG8=\n-----END PGP SIGNATURE-----",
            "-----BEGIN PGP MESSAGE-----\nnot a header\n\naGVsbG8=\n-----END PGP MESSAGE-----",
            "-----BEGIN PGP MESSAGE-----\n\naGVsbG8=\n",
            "-----BEGIN PGP MESSAGE-----\n\naGVs*G8=\n-----END PGP MESSAGE-----",
            "-----BEGIN PGP MESSAGE-----\n\naGVsbG8=\n-----END PGP MESSAGE-----\ntrailing",
            "\u{fffd}binary",
        ] {
            assert_eq!(dearmor(text.as_bytes()), None, "{text:?}");
        }
    }
}
