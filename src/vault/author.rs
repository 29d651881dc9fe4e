//! Making new, signed entries: the fields dotsecenv writes, the hash of
//! their canonical string (§3) and the author's detached signature (§4).

use base64::Engine;
use openpgp::cert::Cert;
use openpgp::crypto::mpi::PublicKey as Mpis;
use openpgp::serialize::MarshalInto;
use openpgp::types::Curve;
use sequoia_openpgp as openpgp;

use super::canonical;
use super::entry::{IdentityEntry, SecretEntry, ValueEntry};
use super::statement::{Certificate, Checkpoint, Removal, Statement, Vouch};
use super::timestamp;
use crate::crypto::{policy, sign};
use crate::error::{Error, Result};

/// Who signs new entries: the fingerprint as the vault spells it, the bit
/// count that picks the digest, and the signing key.
pub struct Author {
    pub fingerprint: String,
    pub bits: u32,
    signer: sign::BoxedSigner,
}

impl Author {
    pub fn new(fingerprint: String, bits: u32, signer: sign::BoxedSigner) -> Self {
        Author {
            fingerprint,
            bits,
            signer,
        }
    }

    fn sign(&mut self, hash: &str) -> Result<String> {
        sign::sign_hash(self.signer.as_mut(), hash).map_err(|e| {
            Error::key(
                format!("signing failed: {e}"),
                "check that the key can sign",
            )
        })
    }

    /// An identity entry for `cert`, vouched for by this author.
    pub fn identity(&mut self, cert: &Cert, added_at: &str) -> Result<IdentityEntry> {
        let facts = KeyFacts::of(cert)?;
        let mut e = IdentityEntry {
            added_at: added_at.to_string(),
            algorithm: facts.algorithm,
            algorithm_bits: facts.bits,
            curve: facts.curve,
            created_at: timestamp::format_go(whole_seconds(
                cert.primary_key().key().creation_time(),
            )),
            expires_at: None,
            fingerprint: cert.fingerprint().to_hex(),
            hash: String::new(),
            public_key: base64::engine::general_purpose::STANDARD.encode(cert.to_vec().map_err(
                |e| Error::key(format!("cannot serialise the key: {e}"), "use another key"),
            )?),
            signed_by: self.fingerprint.clone(),
            signature: String::new(),
            uid: cert
                .userids()
                .next()
                .map(|u| String::from_utf8_lossy(u.userid().value()).into_owned())
                .unwrap_or_default(),
        };
        e.hash = canonical::digest_hex(&canonical::identity(&e), e.algorithm_bits);
        e.signature = self.sign(&e.hash)?;
        Ok(e)
    }

    pub fn secret(&mut self, key: &str, added_at: &str) -> Result<SecretEntry> {
        let mut e = SecretEntry {
            added_at: added_at.to_string(),
            hash: String::new(),
            key: key.to_string(),
            signature: String::new(),
            signed_by: self.fingerprint.clone(),
        };
        e.hash = canonical::digest_hex(&canonical::secret(&e), self.bits);
        e.signature = self.sign(&e.hash)?;
        Ok(e)
    }

    /// A checkpoint: `lines` data lines with `digest`, number `seq`.
    pub fn checkpoint(
        &mut self,
        seq: u64,
        lines: usize,
        digest: String,
        added_at: &str,
    ) -> Result<Checkpoint> {
        let mut c = Checkpoint {
            added_at: added_at.to_string(),
            digest,
            hash: String::new(),
            lines,
            seq,
            signature: String::new(),
            signed_by: self.fingerprint.clone(),
        };
        c.hash = Statement::Checkpoint(c.clone()).expected_hash(self.bits);
        c.signature = self.sign(&c.hash)?;
        Ok(c)
    }

    /// The removal of member `fingerprint` from the vault.
    pub fn removal(&mut self, fingerprint: &str, added_at: &str) -> Result<Removal> {
        let mut r = Removal {
            added_at: added_at.to_string(),
            fingerprint: fingerprint.to_string(),
            hash: String::new(),
            signature: String::new(),
            signed_by: self.fingerprint.clone(),
        };
        r.hash = Statement::Removal(r.clone()).expected_hash(self.bits);
        r.signature = self.sign(&r.hash)?;
        Ok(r)
    }

    /// A vouch for `fingerprint`, an identity that added itself.
    pub fn vouch(&mut self, fingerprint: &str, added_at: &str) -> Result<Vouch> {
        let mut v = Vouch {
            added_at: added_at.to_string(),
            fingerprint: fingerprint.to_string(),
            hash: String::new(),
            signature: String::new(),
            signed_by: self.fingerprint.clone(),
        };
        v.hash = Statement::Vouch(v.clone()).expected_hash(self.bits);
        v.signature = self.sign(&v.hash)?;
        Ok(v)
    }

    /// A newer copy of member `fingerprint`'s certificate (public parts).
    pub fn certificate(&mut self, cert: &Cert, added_at: &str) -> Result<Certificate> {
        let bytes = cert
            .to_vec()
            .map_err(|e| Error::key(format!("cannot serialise the key: {e}"), "use another key"))?;
        let mut c = Certificate {
            added_at: added_at.to_string(),
            fingerprint: cert.fingerprint().to_hex(),
            hash: String::new(),
            public_key: base64::engine::general_purpose::STANDARD.encode(bytes),
            signature: String::new(),
            signed_by: self.fingerprint.clone(),
        };
        c.hash = Statement::Certificate(c.clone()).expected_hash(self.bits);
        c.signature = self.sign(&c.hash)?;
        Ok(c)
    }

    /// A value (or, with `armored = None`, a deletion marker). The hash
    /// covers the normalised key (dotsecenv's share/revoke hash the key as
    /// typed, spec §3.3, a bug dsenv does not copy).
    pub fn value(
        &mut self,
        key: &str,
        mut available_to: Vec<String>,
        armored: Option<&str>,
        added_at: &str,
    ) -> Result<ValueEntry> {
        available_to.sort_by(|a, b| a.as_bytes().cmp(b.as_bytes()));
        available_to.dedup();
        let deleted = armored.is_none();
        let mut e = ValueEntry {
            added_at: added_at.to_string(),
            available_to: if deleted { vec![] } else { available_to },
            deleted,
            hash: String::new(),
            signature: String::new(),
            signed_by: self.fingerprint.clone(),
            value: armored
                .map(|a| base64::engine::general_purpose::STANDARD.encode(a))
                .unwrap_or_default(),
        };
        e.hash = canonical::digest_hex(&canonical::value(&e, key), self.bits);
        e.signature = self.sign(&e.hash)?;
        Ok(e)
    }
}

fn whole_seconds(t: std::time::SystemTime) -> time::OffsetDateTime {
    let secs = t
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    time::OffsetDateTime::from_unix_timestamp(secs as i64)
        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH)
}

/// `algorithm`, `curve` and `algorithm_bits` as dotsecenv derives them
/// from gpg's listing (spec §2.2).
pub struct KeyFacts {
    pub algorithm: String,
    pub curve: Option<String>,
    pub bits: u32,
}

impl KeyFacts {
    /// Refuses keys under the FIPS 186-5 minimums (exit 9, rule named).
    pub fn of(cert: &Cert) -> Result<KeyFacts> {
        let primary = cert.primary_key().key();
        policy::check_key(primary).map_err(|v| Error::Policy(v.to_string()))?;
        for key in cert.keys().subkeys() {
            policy::check_key(key.key())
                .map_err(|v| Error::Policy(format!("subkey {}: {v}", key.key().fingerprint())))?;
        }
        let facts = |algorithm: &str, curve: Option<&str>, bits: u32| KeyFacts {
            algorithm: algorithm.into(),
            curve: curve.map(str::to_string),
            bits,
        };
        Ok(match primary.mpis() {
            Mpis::RSA { n, .. } => facts("RSA", None, n.bits() as u32),
            Mpis::EdDSA {
                curve: Curve::Ed25519,
                ..
            } => facts("EdDSA", Some("Ed25519"), 255),
            Mpis::ECDSA {
                curve: Curve::NistP384,
                ..
            } => facts("ECC", Some("P-384"), 384),
            Mpis::ECDSA {
                curve: Curve::NistP521,
                ..
            } => facts("ECC", Some("P-521"), 521),
            _ => {
                return Err(Error::Policy(format!(
                    "{} primary keys are not supported in vaults",
                    primary.pk_algo()
                )))
            }
        })
    }
}
