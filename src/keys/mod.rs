//! Where this machine's identity (its OpenPGP secret key) comes from.
//!
//! First match wins, in this order:
//! 1. `--key-file PATH`
//! 2. `DSENV_KEY` (the armored secret key itself)
//! 3. `DSENV_KEY_FILE`
//! 4. the key directory, `$XDG_CONFIG_HOME/dsenv/keys/*.asc` (where
//!    `identity create` writes): its only key, or `FPR.asc` for the
//!    wanted fingerprint (`--identity`, `DSENV_IDENTITY`, the
//!    configuration's `login:`) when it holds several
//! 5. `$CREDENTIALS_DIRECTORY/dsenv.key` (systemd `LoadCredential=`)
//! 6. `/run/secrets/dsenv.key` (Docker / Kubernetes secrets)
//!
//! What any of them holds may be a key wrapped by OpenBao Transit, which
//! the local bao agent unwraps when `DSENV_OPENBAO_AGENT` is set
//! ([`openbao`]).

#[cfg(feature = "gpg-agent")]
pub mod agent;
pub mod file_mode;
pub mod identity;
pub mod openbao;
pub mod passphrase;
pub mod unix_http;

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
    KeyDirectory(PathBuf),
    SystemdCredential(PathBuf),
    DockerSecret(PathBuf),
    /// A wrapped key from `wrapped`, unwrapped by OpenBao Transit at
    /// `transit` (e.g. `transit/decrypt/dsenv-prod`) through the agent.
    OpenBao {
        wrapped: Box<KeySource>,
        transit: String,
        socket: PathBuf,
    },
}

impl std::fmt::Display for KeySource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            KeySource::Flag(p) => write!(f, "--key-file {}", p.display()),
            KeySource::EnvKey => f.write_str("DSENV_KEY"),
            KeySource::EnvFile(p) => write!(f, "DSENV_KEY_FILE={}", p.display()),
            KeySource::KeyDirectory(p) => write!(f, "key directory file {}", p.display()),
            KeySource::SystemdCredential(p) => write!(f, "systemd credential {}", p.display()),
            KeySource::DockerSecret(p) => write!(f, "secret file {}", p.display()),
            KeySource::OpenBao {
                wrapped,
                transit,
                socket,
            } => write!(
                f,
                "{wrapped}, unwrapped by OpenBao {transit} (agent {})",
                socket.display()
            ),
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
    /// The key directory ([`key_dir`]).
    pub key_dir: Option<PathBuf>,
    /// The fingerprint that picks one key of several in the key directory.
    pub wanted: Option<String>,
    pub credentials_directory: Option<PathBuf>,
    pub docker_secret: PathBuf,
    /// The OpenBao agent that unwraps a wrapped key (`DSENV_OPENBAO_AGENT`).
    pub openbao: Option<openbao::Agent>,
}

impl KeyLookup {
    /// Reads the process environment (and takes `--key-file` and the
    /// wanted fingerprint).
    pub fn from_env(key_file: Option<PathBuf>, wanted: Option<&str>) -> Result<Self> {
        use std::os::unix::ffi::OsStringExt;
        let non_empty = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
        Ok(KeyLookup {
            key_file,
            env_key: non_empty("DSENV_KEY").map(|v| Zeroizing::new(v.into_vec())),
            env_key_file: non_empty("DSENV_KEY_FILE").map(PathBuf::from),
            key_dir: Some(key_dir()),
            wanted: wanted.map(str::to_string),
            credentials_directory: non_empty("CREDENTIALS_DIRECTORY").map(PathBuf::from),
            docker_secret: PathBuf::from(DOCKER_SECRET),
            openbao: openbao::Agent::from_env()?,
        })
    }

    /// Finds the first source that is set and reads it; a wrapped key is
    /// unwrapped by OpenBao (and an error there is final: no other
    /// source is tried).
    pub fn find(mut self) -> Result<KeyMaterial> {
        let agent = self.openbao.take();
        openbao::unwrap_if_wrapped(self.find_material()?, agent.as_ref())
    }

    fn find_material(self) -> Result<KeyMaterial> {
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
        if let Some(dir) = &self.key_dir {
            if let Some(path) = key_dir_file(dir, self.wanted.as_deref())? {
                return read(&path, KeySource::KeyDirectory(path.clone()));
            }
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
        Err(Error::IdentityRequired(format!(
            "no secret key found: none of --key-file, DSENV_KEY, DSENV_KEY_FILE, \
             {}, $CREDENTIALS_DIRECTORY/dsenv.key or /run/secrets/dsenv.key is set{}",
            self.key_dir
                .as_deref()
                .map(|d| format!("{}/*.asc", d.display()))
                .unwrap_or_else(|| "the key directory".into()),
            match &self.wanted {
                Some(w) if self.key_dir.is_some() => format!(" (the key directory has no {w}.asc)"),
                _ => String::new(),
            }
        )))
    }
}

/// Whether a file stem names `wanted`: the full fingerprint, or its
/// last 16 or more hex digits (as `--identity` accepts them), any case.
fn names_fingerprint(stem: &str, wanted: &str) -> bool {
    let (stem, wanted) = (stem.to_ascii_uppercase(), wanted.to_ascii_uppercase());
    stem == wanted || (wanted.len() >= 16 && stem.ends_with(&wanted))
}

/// The key directory: `$XDG_CONFIG_HOME/dsenv/keys` (`~/.config/dsenv/keys`).
pub fn key_dir() -> PathBuf {
    crate::config::config_home().join("dsenv/keys")
}

/// The key file of the key directory to use: its only `*.asc` file, or,
/// with `wanted`, `WANTED.asc` (a full fingerprint, any case). Several
/// files and no fingerprint to pick one is an error naming them; none
/// (or no `WANTED.asc`) leaves the search to the sources after it.
fn key_dir_file(dir: &Path, wanted: Option<&str>) -> Result<Option<PathBuf>> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Ok(None);
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "asc"))
        .collect();
    files.sort();
    if let Some(wanted) = wanted {
        let named = |p: &&PathBuf| {
            p.file_stem()
                .and_then(|s| s.to_str())
                .is_some_and(|s| names_fingerprint(s, wanted.trim()))
        };
        return Ok(files.iter().find(named).cloned());
    }
    match files.len() {
        0 => Ok(None),
        1 => Ok(files.pop()),
        _ => Err(Error::key(
            format!(
                "{}: holds {} keys ({}) and no fingerprint picks one",
                dir.display(),
                files.len(),
                files
                    .iter()
                    .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            "record the one to use with `dsenv login FPR` (or pass --identity FPR)",
        )),
    }
}

fn read(path: &Path, source: KeySource) -> Result<KeyMaterial> {
    // Refused before a byte of the key is read, unless it is a wrapped
    // key: a ciphertext, as fit for a 0644 checkout as a public key.
    let (file_mode, exempted) = match file_mode::check(path) {
        Ok(mode) => (mode, None),
        Err(e) if wrapped_file(path) => (None, Some(e)),
        Err(e) => return Err(e),
    };
    let mut bytes = match capped_read::read(path, MAX_KEY_BYTES) {
        Ok(bytes) => bytes,
        Err(e @ CappedReadError::TooLarge { .. }) => return Err(too_large(&source, &e)),
        Err(e) => {
            return Err(Error::key(
                format!("{}: cannot read key file ({source}): {e}", path.display()),
                "check the path and that this user may read it",
            ))
        }
    };
    // The file changed between the peek and the read (a swapped link):
    // the mode rule's refusal stands.
    if let Some(refusal) = exempted.filter(|_| !openbao::is_wrapped(&bytes)) {
        return Err(refusal);
    }
    Ok(KeyMaterial {
        source,
        bytes: SecretBox::new(Box::new(std::mem::take(&mut *bytes))),
        file_mode,
    })
}

/// Whether the file at `path` starts as a wrapped key does (its first
/// bytes only: a real key others can read stays refused unread) and only
/// its owner may write it (a ciphertext others may replace is refused).
fn wrapped_file(path: &Path) -> bool {
    use std::io::Read;
    use std::os::unix::fs::PermissionsExt;
    let writable_by_others =
        std::fs::metadata(path).map_or(true, |m| m.permissions().mode() & 0o022 != 0);
    if writable_by_others {
        return false;
    }
    let mut head = [0u8; 64];
    std::fs::File::open(path)
        .and_then(|mut f| f.read(&mut head))
        .is_ok_and(|n| openbao::is_wrapped(&head[..n]))
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
        l.key_dir = Some(dir.path().join("keys"));
        file("keys/AAAA.asc");
        assert!(matches!(
            l.find().unwrap().source,
            KeySource::KeyDirectory(_)
        ));

        l = lookup(dir.path());
        l.key_dir = Some(dir.path().join("keys"));
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
    fn the_key_directory_picks_the_wanted_key_of_several() {
        let dir = tempfile::tempdir().unwrap();
        let keys = dir.path().join("keys");
        std::fs::create_dir(&keys).unwrap();
        for name in [
            "AAAA1111AAAA1111AAAA1111.asc",
            "BBBB2222BBBB2222BBBB2222.asc",
            "notes.txt",
        ] {
            std::fs::write(keys.join(name), name).unwrap();
            std::fs::set_permissions(
                keys.join(name),
                std::os::unix::fs::PermissionsExt::from_mode(0o600),
            )
            .unwrap();
        }
        let with = |wanted: Option<&str>| {
            let mut l = lookup(dir.path());
            l.key_dir = Some(keys.clone());
            l.wanted = wanted.map(str::to_string);
            l.find()
        };
        let err = with(None).err().unwrap();
        assert_eq!(err.exit_code(), crate::error::ExitCode::Crypto);
        assert!(err.to_string().contains("AAAA1111AAAA1111AAAA1111.asc"));
        let got = with(Some("bbbb2222bbbb2222bbbb2222")).unwrap();
        assert_eq!(
            got.source,
            KeySource::KeyDirectory(keys.join("BBBB2222BBBB2222BBBB2222.asc"))
        );
        let got = with(Some("AAAA1111AAAA1111")).unwrap();
        assert_eq!(
            got.source,
            KeySource::KeyDirectory(keys.join("AAAA1111AAAA1111AAAA1111.asc"))
        );
        // No file for the wanted key: the search goes on (and finds nothing here).
        let err = with(Some("CCCC3333CCCC3333CCCC3333")).err().unwrap();
        assert_eq!(err.exit_code(), crate::error::ExitCode::IdentityRequired);
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
