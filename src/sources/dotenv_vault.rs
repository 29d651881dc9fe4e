//! The Dotenv Vault format: `.env.vault` holds `DOTENV_VAULT_<ENV>="<base64>"`
//! lines; the base64 is a 12-byte nonce followed by the AES-256-GCM
//! ciphertext and tag of a dotenv file. `DOTENV_KEY` is
//! `dotenv://:key_<64 hex>@host/vault/.env.vault?environment=<env>`;
//! several comma-separated keys are tried in order (key rotation), as the
//! dotenv library does. The decrypted payload is parsed with the dotenv
//! library's rules ([`dotenv_node`]), which wrote and reads it.

use std::path::Path;

use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};
use base64::Engine;
use secrecy::ExposeSecret;
use zeroize::Zeroizing;

use super::{dotenv_node, Variable};
use crate::capped_read::{self, CappedReadError};
use crate::error::{Error, Result};

const NONCE_BYTES: usize = 12;
const TAG_BYTES: usize = 16;

/// The largest `.env.vault` file dsenv reads: each environment is a
/// `.env` file, base64-encoded, and real ones are a few KiB.
pub const MAX_FILE_BYTES: usize = 1024 * 1024;

/// The longest `DOTENV_KEY`: one key is about 130 bytes, so this leaves
/// room for over a hundred comma-separated keys.
pub const MAX_KEY_BYTES: usize = 16 * 1024;

/// One parsed `DOTENV_KEY` entry.
struct VaultKey {
    key: Zeroizing<[u8; 32]>,
    environment: String,
}

fn bad_key(why: &str) -> Error {
    Error::key(
        format!("DOTENV_KEY: {why}"),
        "it looks like dotenv://:key_<64 hex digits>@dotenvx.com/vault/.env.vault?environment=production",
    )
}

fn parse_key(uri: &str) -> Result<VaultKey> {
    let rest = uri
        .trim()
        .strip_prefix("dotenv://")
        .ok_or_else(|| bad_key("does not start with dotenv://"))?;
    let (userinfo, rest) = rest
        .split_once('@')
        .ok_or_else(|| bad_key("has no key part"))?;
    let hex_key = userinfo
        .strip_prefix(":key_")
        .ok_or_else(|| bad_key("the key part is not `:key_<hex>`"))?;
    let bytes =
        Zeroizing::new(hex::decode(hex_key).map_err(|_| bad_key("the key is not hexadecimal"))?);
    let key: [u8; 32] = bytes
        .as_slice()
        .try_into()
        .map_err(|_| bad_key("the key is not 64 hex digits (32 bytes)"))?;
    let query = rest
        .split_once('?')
        .map(|(_, q)| q)
        .ok_or_else(|| bad_key("has no ?environment="))?;
    let environment = query
        .split('&')
        .find_map(|kv| kv.strip_prefix("environment="))
        .filter(|e| !e.is_empty())
        .ok_or_else(|| bad_key("has no environment"))?;
    Ok(VaultKey {
        key: Zeroizing::new(key),
        environment: environment.to_string(),
    })
}

/// Reads the `.env.vault` file at `path` and decrypts the environment
/// that `dotenv_key` names.
pub fn read(path: &Path, dotenv_key: &str) -> Result<Vec<Variable>> {
    let origin = path.display().to_string();
    let text = capped_read::read(path, MAX_FILE_BYTES).map_err(|e| match e {
        CappedReadError::Io(e) => Error::vault(format!("{origin}: {e}")),
        too_large => too_large_file(&origin, &too_large),
    })?;
    decrypt(&text, dotenv_key, &origin)
}

fn too_large_file(origin: &str, e: &CappedReadError) -> Error {
    Error::Usage(format!("{origin}: {e} for a .env.vault file"))
}

/// Decrypts the environment that `dotenv_key` names from the `.env.vault`
/// text, trying each comma-separated key in order.
pub fn decrypt(vault_text: &[u8], dotenv_key: &str, origin: &str) -> Result<Vec<Variable>> {
    capped_read::check(dotenv_key.len(), MAX_KEY_BYTES)
        .map_err(|e| bad_key(&format!("{e} (is it a key?)")))?;
    capped_read::check(vault_text.len(), MAX_FILE_BYTES).map_err(|e| too_large_file(origin, &e))?;
    let keys: Vec<VaultKey> = dotenv_key
        .split(',')
        .filter(|k| !k.trim().is_empty())
        .map(parse_key)
        .collect::<Result<_>>()?;
    if keys.is_empty() {
        return Err(bad_key("is empty"));
    }
    let vault_text = std::str::from_utf8(vault_text)
        .map_err(|_| Error::Usage(format!("{origin}: not UTF-8 text")))?;
    let blobs = dotenv_node::parse(vault_text);
    let mut last_error = None;
    for key in &keys {
        let wanted = format!("DOTENV_VAULT_{}", key.environment.to_uppercase());
        let Some(blob) = blobs.iter().find(|v| v.name == wanted) else {
            last_error = Some(Error::key(
                format!("{origin}: no environment {:?} ({wanted})", key.environment),
                "check the environment name in DOTENV_KEY",
            ));
            continue;
        };
        match open(blob.value.expose_secret(), &key.key) {
            Ok(plaintext) => {
                let text = std::str::from_utf8(&plaintext).map_err(|_| {
                    Error::key(
                        format!("{origin}: {wanted} is not UTF-8 text"),
                        "check the vault",
                    )
                })?;
                return Ok(dotenv_node::parse(text));
            }
            Err(why) => {
                last_error = Some(Error::key(
                    format!("{origin}: {wanted}: {why}"),
                    "check DOTENV_KEY; the vault may be damaged",
                ))
            }
        }
    }
    Err(last_error.expect("at least one key was tried"))
}

fn open(blob_b64: &[u8], key: &[u8; 32]) -> std::result::Result<Zeroizing<Vec<u8>>, String> {
    let text = std::str::from_utf8(blob_b64).map_err(|_| "not base64".to_string())?;
    let blob = base64::engine::general_purpose::STANDARD
        .decode(text.trim())
        .map_err(|_| "not base64".to_string())?;
    if blob.len() < NONCE_BYTES + TAG_BYTES {
        return Err("truncated: shorter than a nonce and a tag".into());
    }
    let (nonce, ciphertext) = blob.split_at(NONCE_BYTES);
    let cipher = Aes256Gcm::new_from_slice(key).map_err(|_| "bad key length".to_string())?;
    cipher
        .decrypt(Nonce::from_slice(nonce), ciphertext)
        .map(Zeroizing::new)
        .map_err(|_| "does not decrypt with this key (wrong key, or the file was changed)".into())
}
