//! Decrypting a value (spec §7): PKESK per recipient + SEIPD v1 or v2,
//! no compression, no signature. The plaintext is returned in a buffer
//! that is wiped when dropped.

use std::io::Read;

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
    /// Keys in this process: cloned per message, so values decrypt in parallel.
    Local(Vec<KeyPair>),
    /// Keys behind an agent: calls are serialised.
    Shared(std::sync::Mutex<Vec<SharedDecryptor>>),
}

impl Decryptors {
    pub fn new(keypairs: Vec<KeyPair>) -> Self {
        Decryptors::Local(keypairs)
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
            Decryptors::Local(pairs) => Keys::Local(pairs.clone()),
            Decryptors::Shared(shared) => {
                guard = shared
                    .lock()
                    .map_err(|_| DecryptProblem::Malformed("key agent lock poisoned".into()))?;
                Keys::Shared(&mut guard)
            }
        };
        let helper = Helper { keys };
        let malformed = |e: anyhow::Error| DecryptProblem::Malformed(e.to_string());
        let mut reader = DecryptorBuilder::from_bytes(message)
            .map_err(malformed)?
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

#[derive(Debug, thiserror::Error)]
#[error("not a recipient")]
struct NotRecipient;

enum Keys<'a> {
    Local(Vec<KeyPair>),
    Shared(&'a mut Vec<SharedDecryptor>),
}

impl Keys<'_> {
    fn each(&mut self) -> Vec<&mut dyn openpgp::crypto::Decryptor> {
        match self {
            Keys::Local(pairs) => pairs
                .iter_mut()
                .map(|p| p as &mut dyn openpgp::crypto::Decryptor)
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
