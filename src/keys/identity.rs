//! The identity: an OpenPGP secret key (as `gpg --export-secret-keys
//! --armor` writes it) and the decryptors made from it.

use openpgp::cert::{Cert, CertParser};
use openpgp::parse::Parse;
use secrecy::ExposeSecret;
use sequoia_openpgp as openpgp;

use super::KeyMaterial;
use crate::crypto::decrypt::Decryptors;
use crate::error::{Error, Result};

/// A loaded identity. Its secret key material lives in sequoia's
/// protected memory and is wiped when dropped.
pub struct Identity {
    /// Upper-case hex fingerprint of the primary key.
    pub fingerprint: String,
    /// The secret key (local) or the public certificate (gpg-agent).
    pub cert: Cert,
    pub decryptors: Decryptors,
    pub holder: KeyHolder,
}

/// Where the secret key material is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyHolder {
    /// In this process, from a key file or variable.
    Local,
    /// In the user's gpg-agent (GnuPG keyring on a workstation).
    #[cfg(feature = "gpg-agent")]
    Agent,
}

impl std::fmt::Debug for Identity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Identity")
            .field("fingerprint", &self.fingerprint)
            .finish_non_exhaustive()
    }
}

/// Loads the identity from key material; `wanted` (from `--identity` or
/// `DSENV_IDENTITY`) picks one key out of several.
pub fn load(material: &KeyMaterial, wanted: Option<&str>) -> Result<Identity> {
    super::check_size(material)?;
    let source = &material.source;
    let certs: Vec<Cert> = CertParser::from_bytes(material.bytes.expose_secret().as_slice())
        .map_err(|e| bad_key(source, &e.to_string()))?
        .collect::<openpgp::Result<_>>()
        .map_err(|e| bad_key(source, &e.to_string()))?;
    let tsks: Vec<Cert> = certs.into_iter().filter(Cert::is_tsk).collect();
    if tsks.is_empty() {
        return Err(Error::key(
            format!("{source}: no secret key in it (is it a public key?)"),
            "export the secret key with `gpg --export-secret-keys --armor FPR`",
        ));
    }
    let mut cert = pick(tsks, wanted, source)?;
    if super::passphrase::is_protected(&cert) {
        cert = super::passphrase::unlock(cert, source)?;
    }
    let fingerprint = cert.fingerprint().to_hex();
    let keypairs: Vec<_> = cert
        .keys()
        .unencrypted_secret()
        .filter(|k| k.key().pk_algo().for_encryption())
        .filter_map(|k| k.key().clone().into_keypair().ok())
        .collect();
    if keypairs.is_empty() {
        let protected = super::passphrase::is_protected(&cert);
        return Err(if protected {
            Error::key(
                format!(
                    "{source}: the passphrase did not unlock an encryption key of {fingerprint}"
                ),
                "the key's subkeys have different passphrases: give them one with `gpg --passwd`",
            )
        } else {
            Error::key(
                format!("{source}: the key {fingerprint} has no secret encryption (sub)key"),
                "use a key with an encryption subkey, as `gpg --quick-gen-key` makes",
            )
        });
    }
    Ok(Identity {
        holder: KeyHolder::Local,
        fingerprint,
        decryptors: Decryptors::new(keypairs),
        cert,
    })
}

fn pick(tsks: Vec<Cert>, wanted: Option<&str>, source: &super::KeySource) -> Result<Cert> {
    let Some(wanted) = wanted else {
        if tsks.len() > 1 {
            let fprs: Vec<String> = tsks.iter().map(|c| c.fingerprint().to_hex()).collect();
            return Err(Error::key(
                format!(
                    "{source}: holds {} secret keys ({})",
                    tsks.len(),
                    fprs.join(", ")
                ),
                "pick one with --identity FPR or DSENV_IDENTITY",
            ));
        }
        return Ok(tsks.into_iter().next().expect("checked non-empty"));
    };
    let wanted: String = wanted.chars().filter(|c| !c.is_whitespace()).collect();
    let matches = |c: &Cert| {
        c.keys().any(|k| {
            let fpr = k.key().fingerprint().to_hex();
            fpr.eq_ignore_ascii_case(&wanted)
                || (wanted.len() >= 16
                    && fpr
                        .to_ascii_uppercase()
                        .ends_with(&wanted.to_ascii_uppercase()))
        })
    };
    tsks.into_iter().find(matches).ok_or_else(|| {
        Error::key(
            format!("{source}: no secret key matches --identity {wanted}"),
            "list the keys with `gpg --list-secret-keys --with-colons` and pass a full fingerprint",
        )
    })
}

fn bad_key(source: &super::KeySource, why: &str) -> Error {
    Error::key(
        format!("{source}: not an OpenPGP secret key: {why}"),
        "the key must be armored or binary OpenPGP, as `gpg --export-secret-keys --armor FPR` writes it",
    )
}

impl Identity {
    /// Refuses a key under the FIPS 186-5 minimums (exit 9, rule named):
    /// nothing it would sign could be read back by a verifier.
    pub fn check_policy(&self) -> Result<()> {
        for key in self.cert.keys() {
            crate::crypto::policy::check_key(key.key()).map_err(|v| {
                Error::Policy(format!(
                    "{}: {}: {v}",
                    self.fingerprint,
                    key.key().fingerprint()
                ))
            })?;
        }
        Ok(())
    }

    /// What signs new entries; only for a key that meets the policy.
    pub fn signer(&self) -> Result<crate::crypto::sign::BoxedSigner> {
        self.check_policy()?;
        let cannot = |e: anyhow::Error| {
            Error::key(
                format!("{}: cannot sign: {e}", self.fingerprint),
                "the key needs an unencrypted signing-capable (sub)key",
            )
        };
        match self.holder {
            KeyHolder::Local => {
                let policy = crate::crypto::standard_policy();
                let pair =
                    crate::crypto::sign::signing_keypair(&self.cert, &policy).map_err(cannot)?;
                Ok(Box::new(pair))
            }
            #[cfg(feature = "gpg-agent")]
            KeyHolder::Agent => super::agent::signer(&self.cert).map_err(cannot),
        }
    }

    /// The public certificate (no secret key material).
    pub fn public_cert(&self) -> Cert {
        self.cert.clone().strip_secret_key_material()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keys::{KeySource, MAX_KEY_BYTES};
    use secrecy::SecretBox;

    #[test]
    fn key_material_over_the_cap_is_refused_whatever_its_source() {
        let material = KeyMaterial {
            source: KeySource::EnvKey,
            bytes: SecretBox::new(Box::new(vec![b'-'; MAX_KEY_BYTES + 1])),
            file_mode: None,
        };
        let err = load(&material, None).err().unwrap();
        assert_eq!(
            err.to_string(),
            "DSENV_KEY: larger than the 1 MiB limit for a key"
        );
        assert_eq!(err.exit_code(), crate::error::ExitCode::Crypto);
    }
}
