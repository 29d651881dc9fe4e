//! Passphrases for protected secret keys: where one comes from, and the
//! unlocking of a key with it.
//!
//! Sources, first that is set wins: `DSENV_PASSPHRASE_FILE`, then
//! `$CREDENTIALS_DIRECTORY/dsenv.passphrase` (systemd `LoadCredential=`),
//! then a prompt on the controlling terminal (`/dev/tty`, no echo). A file
//! holds the passphrase with at most one trailing newline. It is asked for
//! once per run: a wrong passphrase is an error, never a second try, so a
//! script cannot be left hanging on a prompt.

use std::path::{Path, PathBuf};

use openpgp::cert::amalgamation::key::PrimaryKey;
use openpgp::crypto::Password;
use openpgp::Cert;
use openpgp::Packet;
use sequoia_openpgp as openpgp;
use zeroize::Zeroizing;

use crate::error::{Error, Result};

/// The systemd credential that holds the passphrase.
pub const CREDENTIAL_NAME: &str = "dsenv.passphrase";

/// A passphrase file larger than this is not a passphrase.
const MAX_PASSPHRASE_BYTES: usize = 64 * 1024;

/// Where a passphrase can come from, for messages.
const WAYS: &str = "set DSENV_PASSPHRASE_FILE to a file holding it, or provide the systemd \
     credential dsenv.passphrase ($CREDENTIALS_DIRECTORY), or run where a terminal can be \
     asked, or use the gpg-agent build (--features gpg-agent) to let gpg-agent unlock it";

/// The passphrase file named by the environment, if any.
fn configured_file() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("DSENV_PASSPHRASE_FILE").filter(|v| !v.is_empty()) {
        return Some(PathBuf::from(path));
    }
    let dir = std::env::var_os("CREDENTIALS_DIRECTORY").filter(|v| !v.is_empty())?;
    let path = Path::new(&dir).join(CREDENTIAL_NAME);
    path.exists().then_some(path)
}

/// Reads a passphrase file; the key file rule for its mode applies.
fn read_file(path: &Path) -> Result<Password> {
    let checked = super::file_mode::check_file(path, "passphrase file")?;
    if let Some(warning) = checked.and_then(|c| c.warning) {
        errln!("dsenv: warning: {}", crate::escape::for_terminal(&warning));
    }
    let bytes = crate::capped_read::read(path, MAX_PASSPHRASE_BYTES).map_err(|e| {
        Error::key(
            format!("{}: cannot read the passphrase: {e}", path.display()),
            "the file must hold the passphrase (one line)",
        )
    })?;
    let mut text: &[u8] = &bytes;
    text = text.strip_suffix(b"\n").unwrap_or(text);
    text = text.strip_suffix(b"\r").unwrap_or(text);
    Ok(Password::from(text))
}

/// Asks on the controlling terminal, without echo.
fn prompt(question: &str) -> std::io::Result<Zeroizing<String>> {
    rpassword::prompt_password(question).map(Zeroizing::new)
}

/// The passphrase that unlocks the key `fingerprint` read from `source`.
fn for_unlocking(fingerprint: &str, source: &dyn std::fmt::Display) -> Result<Password> {
    if let Some(path) = configured_file() {
        return read_file(&path);
    }
    match prompt(&format!("Passphrase for {fingerprint} ({source}): ")) {
        Ok(typed) => Ok(Password::from(typed.as_str())),
        Err(e) => Err(Error::key(
            format!(
                "{source}: the secret key {fingerprint} is passphrase-protected and no \
                 terminal can be asked ({e})"
            ),
            WAYS,
        )),
    }
}

/// Whether any secret key of `cert` is protected by a passphrase.
pub fn is_protected(cert: &Cert) -> bool {
    cert.keys()
        .secret()
        .any(|k| k.key().secret().is_encrypted())
}

/// Decrypts every protected secret key of `cert` with one passphrase
/// (asked once). A passphrase that unlocks none is "wrong" (exit 4).
pub fn unlock(cert: Cert, source: &dyn std::fmt::Display) -> Result<Cert> {
    let fingerprint = cert.fingerprint().to_hex();
    let password = for_unlocking(&fingerprint, source)?;
    let mut unlocked: Vec<Packet> = Vec::new();
    for ka in cert.keys().secret() {
        if !ka.key().secret().is_encrypted() {
            continue;
        }
        let Ok(key) = ka.key().clone().decrypt_secret(&password) else {
            continue;
        };
        unlocked.push(if ka.primary() {
            key.role_into_primary().into()
        } else {
            key.role_into_subordinate().into()
        });
    }
    if unlocked.is_empty() {
        return Err(Error::key(
            format!("{source}: wrong passphrase for the secret key {fingerprint}"),
            "check the passphrase (it is asked once per run)",
        ));
    }
    // Packets inserted take precedence: the decrypted secrets replace the
    // protected ones, in this process's memory only.
    let (cert, _) = cert
        .insert_packets(unlocked)
        .map_err(|e| Error::key(format!("{source}: {e}"), "retry"))?;
    Ok(cert)
}

/// What `identity create` protects a new key with: the passphrase file if
/// one is configured, else a passphrase typed twice on the terminal; with
/// neither, an error unless `--no-passphrase` said the key stays bare.
pub fn for_new_key(no_passphrase: bool) -> Result<Option<Password>> {
    if no_passphrase {
        return Ok(None);
    }
    if let Some(path) = configured_file() {
        return read_file(&path).map(Some);
    }
    let no_terminal = |e: std::io::Error| {
        Error::key(
            format!("a passphrase for the new key is needed and no terminal can be asked ({e})"),
            "set DSENV_PASSPHRASE_FILE to a file holding it, or pass --no-passphrase for a \
             machine's key (then keep the key file in a secret store)",
        )
    };
    let first = prompt("Passphrase for the new key: ").map_err(no_terminal)?;
    if first.is_empty() {
        return Err(Error::key(
            "an empty passphrase does not protect the key",
            "type a passphrase, or pass --no-passphrase for a machine's key",
        ));
    }
    let again = prompt("The same passphrase again: ").map_err(no_terminal)?;
    if *first != *again {
        return Err(Error::key(
            "the two passphrases differ; no key was created",
            "run `dsenv identity create` again",
        ));
    }
    Ok(Some(Password::from(first.as_str())))
}
