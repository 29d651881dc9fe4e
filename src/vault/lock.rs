//! The writer's lock: `flock(LOCK_EX)` on the vault file itself, as
//! dotsecenv takes it, so the two tools exclude each other.
//!
//! dotsecenv's lock has a hole (spec §8): a writer replaces the file by
//! rename, so a process that was waiting on the old inode gets a lock on a
//! file that is no longer the vault. After locking, dsenv checks that the
//! locked inode is still the one at the path, and locks again if not.

use std::fs::{File, OpenOptions};
use std::os::unix::fs::MetadataExt;
use std::path::Path;
use std::time::{Duration, Instant};

use nix::errno::Errno;
use nix::fcntl::{Flock, FlockArg};

use crate::error::{Error, Result};

/// How long a writer waits for another one by default.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// An exclusively locked vault file; the lock is released on drop.
pub struct VaultLock {
    file: Flock<File>,
}

impl VaultLock {
    pub fn file(&self) -> &File {
        &self.file
    }
}

/// The lock timeout: `DSENV_LOCK_TIMEOUT` seconds, else 30 s.
pub fn timeout_from_env() -> Duration {
    std::env::var("DSENV_LOCK_TIMEOUT")
        .ok()
        .and_then(|s| s.parse::<f64>().ok())
        .filter(|s| s.is_finite() && *s >= 0.0)
        .map(Duration::from_secs_f64)
        .unwrap_or(DEFAULT_TIMEOUT)
}

/// Locks the existing vault at `path`, waiting up to `timeout`.
pub fn lock(path: &Path, timeout: Duration) -> Result<VaultLock> {
    let deadline = Instant::now() + timeout;
    loop {
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .open(path)
            .map_err(|e| open_error(path, e))?;
        let locked = match Flock::lock(file, FlockArg::LockExclusiveNonblock) {
            Ok(locked) => locked,
            Err((_, Errno::EWOULDBLOCK)) => {
                if Instant::now() >= deadline {
                    return Err(Error::Vault {
                        message: format!(
                            "{}: locked by another writer for more than {} s",
                            path.display(),
                            timeout.as_secs_f64()
                        ),
                        hint: Some("retry when the other dsenv/dotsecenv command has finished, or raise DSENV_LOCK_TIMEOUT (seconds)".into()),
                    });
                }
                std::thread::sleep(Duration::from_millis(10));
                continue;
            }
            Err((_, e)) => {
                return Err(Error::vault(format!(
                    "{}: cannot lock: {e}",
                    path.display()
                )))
            }
        };
        if still_the_vault(path, &locked) {
            return Ok(VaultLock { file: locked });
        }
        // Replaced while we waited: lock the new file instead.
    }
}

fn still_the_vault(path: &Path, locked: &File) -> bool {
    match (locked.metadata(), std::fs::metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

fn open_error(path: &Path, e: std::io::Error) -> Error {
    let hint = match e.kind() {
        std::io::ErrorKind::NotFound => {
            Some("create it with `dsenv init vault -v PATH`".to_string())
        }
        std::io::ErrorKind::PermissionDenied => {
            Some("the vault file is read-only for this user".to_string())
        }
        _ => None,
    };
    Error::Vault {
        message: format!("{}: cannot open for writing: {e}", path.display()),
        hint,
    }
}
