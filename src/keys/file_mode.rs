//! A key file others can read: refused where the user can fix it, the way
//! ssh refuses such private keys; a warning where they cannot.
//!
//! Refused (exit 4, with `chmod 600 PATH`): the file has any group or
//! other permission bit, is owned by the effective user, and sits on a
//! writable filesystem — a key left 0644 in a checkout or a home directory.
//! Warned about and used: the same modes on a read-only filesystem, or on
//! a file another user owns. There the user cannot change the mode:
//! Docker secrets are bind-mounted read-only with the host file's mode
//! (0444 by default), Kubernetes secret volumes are read-only with
//! `defaultMode` (0644 by default) and a non-root app reads them through
//! its group. Refusing would only break those deployments.

use std::os::unix::fs::MetadataExt;
use std::path::Path;

use nix::sys::statvfs::{statvfs, FsFlags};

use crate::error::{Error, Result};

/// Group and other permission bits.
const OTHERS: u32 = 0o077;

/// What a key file's mode says, once it is known to be acceptable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checked {
    /// The permission bits, e.g. `0o600`.
    pub mode: u32,
    /// Why a mode that lets others read was accepted (a warning to print).
    pub warning: Option<String>,
}

/// Checks the key file at `path` (following links, as reading it does).
/// A file that cannot be inspected is left to the read that follows, and
/// so is anything but a regular file (a pipe from `--key-file <(...)`, a
/// device): its mode says nothing about who can read the key.
pub fn check(path: &Path) -> Result<Option<Checked>> {
    check_file(path, "key file")
}

/// [`check`] for another file that holds a secret (`what` names it).
pub fn check_file(path: &Path, what: &str) -> Result<Option<Checked>> {
    let Some(meta) = std::fs::metadata(path).ok().filter(|m| m.is_file()) else {
        return Ok(None);
    };
    let mode = meta.mode() & 0o7777;
    if mode & OTHERS == 0 {
        return Ok(Some(Checked {
            mode,
            warning: None,
        }));
    }
    let owned = meta.uid() == nix::unistd::geteuid().as_raw();
    let read_only = statvfs(path).is_ok_and(|s| s.flags().contains(FsFlags::ST_RDONLY));
    let exposed = format!(
        "{}: the {what} is readable by others (mode {mode:04o})",
        path.display()
    );
    if owned && !read_only {
        return Err(Error::key(
            format!("{exposed}; refusing to use it, as ssh refuses such private keys"),
            format!("chmod 600 {}", path.display()),
        ));
    }
    let why = if read_only {
        "on a read-only filesystem"
    } else {
        "owned by another user"
    };
    Ok(Some(Checked {
        mode,
        warning: Some(format!(
            "{exposed}, {why} where this user cannot change it; using it (mount it with mode \
             0400, or 0440 for the app's group)"
        )),
    }))
}
