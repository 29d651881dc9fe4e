//! Where this machine's identity (its OpenPGP secret key) comes from.
//!
//! First match wins, in this order:
//! 1. `--key-file PATH`
//! 2. `DSENV_KEY` (the armored secret key itself)
//! 3. `DSENV_KEY_FILE`
//! 4. `$CREDENTIALS_DIRECTORY/dsenv.key` (systemd `LoadCredential=`)
//! 5. `/run/secrets/dsenv.key` (Docker / Kubernetes secrets)

#[cfg(feature = "gpg-agent")]
pub mod agent;
pub mod file_mode;
pub mod identity;

use std::path::{Path, PathBuf};

use secrecy::{ExposeSecret, SecretBox};
use zeroize::Zeroizing;

use crate::capped_read::{self, CappedReadError};
use crate::error::{Error, Result};

pub const DOCKER_SECRET: &str = "/run/secrets/dsenv.key";

/// The largest key file or `DSENV_KEY` dsenv reads: an exported secret
/// key is a few KiB, even RSA-4096 with subkeys and many signatures.
pub const MAX_KEY_BYTES: usize = 1024 * 1024;
pub const CREDENTIAL_NAME: &str = "dsenv.key";

/// Which source provided the key (printed by `-v`/doctor; never the key).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeySource {
    Flag(PathBuf),
    EnvKey,
    EnvFile(PathBuf),
    SystemdCredential(PathBuf),
    DockerSecret(PathBuf),
}

impl std::fmt::Display for KeySource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            KeySource::Flag(p) => write!(f, "--key-file {}", p.display()),
            KeySource::EnvKey => f.write_str("DSENV_KEY"),
            KeySource::EnvFile(p) => write!(f, "DSENV_KEY_FILE={}", p.display()),
            KeySource::SystemdCredential(p) => write!(f, "systemd credential {}", p.display()),
            KeySource::DockerSecret(p) => write!(f, "secret file {}", p.display()),
        }
    }
}

/// Key bytes, wiped when dropped, and where they came from.
pub struct KeyMaterial {
    pub source: KeySource,
    pub bytes: SecretBox<Vec<u8>>,
    /// The key file's mode and any warning about it (`None` for `DSENV_KEY`).
    pub file_mode: Option<file_mode::Checked>,
}

/// The inputs of the lookup, so that it can be tested without touching
/// the process environment.
#[derive(Default)]
pub struct KeyLookup {
    pub key_file: Option<PathBuf>,
    pub env_key: Option<Zeroizing<Vec<u8>>>,
    pub env_key_file: Option<PathBuf>,
    pub credentials_directory: Option<PathBuf>,
    pub docker_secret: PathBuf,
}

impl KeyLookup {
    /// Reads the process environment (and takes `--key-file`).
    pub fn from_env(key_file: Option<PathBuf>) -> Self {
        use std::os::unix::ffi::OsStringExt;
        let non_empty = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
        KeyLookup {
            key_file,
            env_key: non_empty("DSENV_KEY").map(|v| Zeroizing::new(v.into_vec())),
            env_key_file: non_empty("DSENV_KEY_FILE").map(PathBuf::from),
            credentials_directory: non_empty("CREDENTIALS_DIRECTORY").map(PathBuf::from),
            docker_secret: PathBuf::from(DOCKER_SECRET),
        }
    }

    /// Finds the first source that is set and reads it.
    pub fn find(self) -> Result<KeyMaterial> {
        if let Some(path) = self.key_file {
            return read(&path, KeySource::Flag(path.clone()));
        }
        if let Some(bytes) = self.env_key {
            let bytes = SecretBox::new(Box::new(bytes.to_vec()));
            return Ok(KeyMaterial {
                source: KeySource::EnvKey,
                bytes,
                file_mode: None,
            });
        }
        if let Some(path) = self.env_key_file {
            return read(&path, KeySource::EnvFile(path.clone()));
        }
        if let Some(dir) = self.credentials_directory {
            let path = dir.join(CREDENTIAL_NAME);
            if path.exists() {
                return read(&path, KeySource::SystemdCredential(path.clone()));
            }
        }
        if self.docker_secret.exists() {
            let path = self.docker_secret;
            return read(&path, KeySource::DockerSecret(path.clone()));
        }
        Err(Error::IdentityRequired(
            "no secret key found: none of --key-file, DSENV_KEY, DSENV_KEY_FILE, \
             $CREDENTIALS_DIRECTORY/dsenv.key or /run/secrets/dsenv.key is set"
                .into(),
        ))
    }
}

fn read(path: &Path, source: KeySource) -> Result<KeyMaterial> {
    // Refused before a byte of the key is read.
    let file_mode = file_mode::check(path)?;
    match capped_read::read(path, MAX_KEY_BYTES) {
        Ok(mut bytes) => Ok(KeyMaterial {
            source,
            bytes: SecretBox::new(Box::new(std::mem::take(&mut *bytes))),
            file_mode,
        }),
        Err(e @ CappedReadError::TooLarge { .. }) => Err(too_large(&source, &e)),
        Err(e) => Err(Error::key(
            format!("{}: cannot read key file ({source}): {e}", path.display()),
            "check the path and that this user may read it",
        )),
    }
}

/// Refuses key material over [`MAX_KEY_BYTES`], wherever it came from.
pub fn check_size(material: &KeyMaterial) -> Result<()> {
    capped_read::check(material.bytes.expose_secret().len(), MAX_KEY_BYTES)
        .map_err(|e| too_large(&material.source, &e))
}

fn too_large(source: &KeySource, e: &CappedReadError) -> Error {
    Error::key(
        format!("{source}: {e} for a key"),
        "export one key: `gpg --export-secret-keys --armor FPR`",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lookup(dir: &Path) -> KeyLookup {
        KeyLookup {
            docker_secret: dir.join("docker/dsenv.key"),
            ..Default::default()
        }
    }

    #[test]
    fn order_of_sources() {
        let dir = tempfile::tempdir().unwrap();
        let file = |name: &str| {
            let p = dir.path().join(name);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(&p, name).unwrap();
            // Private, as file_mode requires of a key file this user owns.
            std::fs::set_permissions(&p, std::os::unix::fs::PermissionsExt::from_mode(0o600))
                .unwrap();
            p
        };
        let creds = dir.path().join("creds");
        file("creds/dsenv.key");
        file("docker/dsenv.key");

        let mut l = lookup(dir.path());
        assert!(matches!(
            l.find().unwrap().source,
            KeySource::DockerSecret(_)
        ));

        l = lookup(dir.path());
        l.credentials_directory = Some(creds.clone());
        assert!(matches!(
            l.find().unwrap().source,
            KeySource::SystemdCredential(_)
        ));

        l = lookup(dir.path());
        l.credentials_directory = Some(creds.clone());
        l.env_key_file = Some(file("envfile"));
        assert!(matches!(l.find().unwrap().source, KeySource::EnvFile(_)));

        l = lookup(dir.path());
        l.env_key_file = Some(file("envfile"));
        l.env_key = Some(Zeroizing::new(b"armored".to_vec()));
        assert_eq!(l.find().unwrap().source, KeySource::EnvKey);

        l = lookup(dir.path());
        l.env_key = Some(Zeroizing::new(b"armored".to_vec()));
        l.key_file = Some(file("flag"));
        assert!(matches!(l.find().unwrap().source, KeySource::Flag(_)));
    }

    #[test]
    fn nothing_found_is_identity_required() {
        let dir = tempfile::tempdir().unwrap();
        let err = lookup(dir.path()).find().err().unwrap();
        assert_eq!(err.exit_code(), crate::error::ExitCode::IdentityRequired);
    }

    #[test]
    fn missing_flag_file_is_a_key_error() {
        let dir = tempfile::tempdir().unwrap();
        let mut l = lookup(dir.path());
        l.key_file = Some(dir.path().join("nope"));
        assert_eq!(
            l.find().err().unwrap().exit_code(),
            crate::error::ExitCode::Crypto
        );
    }
}
