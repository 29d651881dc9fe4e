//! `dsenv secret get [NAME]`.

use std::io::Write;

use secrecy::ExposeSecret;

use super::context::Context;
use super::GetArgs;
use crate::error::{Error, Result};
use crate::escape::for_terminal;
use crate::readable::{self, Surveyed};
use crate::vault::select::Current;
use crate::vault::Vault;

pub fn get(ctx: &Context, args: GetArgs) -> Result<()> {
    let vaults = ctx.verified_vaults()?;
    let identity = ctx.identity()?;
    readable::require_member(&vaults, &identity.fingerprint)?;
    let surveyed = readable::survey(&vaults, &identity.fingerprint);
    let Some(name) = args.name else {
        return list(ctx, &surveyed);
    };
    let Some(found) = readable::find(&surveyed, &name) else {
        return Err(Error::Vault {
            message: format!("no secret named {name:?} in {}", paths(&vaults)),
            hint: Some(crate::vault::near_miss::not_found_hint(
                vaults.iter().find_map(|v| v.outsiders.why_not_found(&name)),
                readable::did_you_mean(&surveyed, &name),
            )),
        });
    };
    let key = &found.secret.key;
    let value = match found.current {
        Current::Readable(value) => value,
        Current::Deleted => {
            return Err(Error::vault(format!(
                "secret {key} was deleted (forgotten)"
            )))
        }
        Current::Revoked { readers, .. } => {
            return Err(Error::Auth {
                message: format!(
                    "identity {}: {}; only the newest value counts, shared with: {}",
                    identity.fingerprint,
                    found
                        .current
                        .refusal(key, &identity.fingerprint)
                        .unwrap_or_default(),
                    describe_readers(found.vault, readers)
                ),
                hint: Some(format!(
                "ask one of them to run `dsenv secret share {key} {}` if you should still read it",
                identity.fingerprint
            )),
            })
        }
        Current::NoAccess { readers } => {
            return Err(Error::Auth {
                message: format!(
                    "identity {} cannot read secret {key}; it is shared with: {}",
                    identity.fingerprint,
                    describe_readers(found.vault, readers)
                ),
                hint: Some(format!(
                    "ask one of them to run `dsenv secret share {key} {}`",
                    identity.fingerprint
                )),
            })
        }
    };
    if !super::context::has_terminal() {
        // dotsecenv's warning, word for word (its end-to-end suite checks it):
        // a key that decrypts with nobody at a terminal can be used by any
        // process that runs as this user.
        ctx.warn(
            "decrypting in non-interactive terminal; for better security, configure GPG to \
             require passphrase entry (https://dotsecenv.com/concepts/threat-model/#automated-secret-exfiltration)",
        );
    }
    let plaintext = readable::decrypt_all(&[(found.vault, key, value)], &identity)?.remove(0);
    let bytes = plaintext.expose_secret();
    let mut out = std::io::stdout().lock();
    let written = if ctx.json {
        let text = std::str::from_utf8(bytes).map_err(|_| {
            Error::Usage(format!(
                "secret {key} is not UTF-8 text; read it without --json"
            ))
        })?;
        let doc = value_json(text, &value.entry.data.added_at, &found.vault.path)?;
        out.write_all(&doc)
    } else {
        // As dotsecenv prints it: one trailing newline removed, one added.
        let body = bytes.strip_suffix(b"\n").unwrap_or(bytes);
        out.write_all(body).and_then(|_| out.write_all(b"\n"))
    };
    if let Err(e) = written.and_then(|_| out.flush()) {
        crate::output::stdout_failed(e);
    }
    Ok(())
}

/// dotsecenv's `secret get NAME --json`: `{"added_at", "value", "vault"}`,
/// the value embedded as JSON when it is a JSON object or array. Built in
/// memory that is wiped when dropped; the value is borrowed, never copied
/// into a `serde_json::Value`.
fn value_json(
    text: &str,
    added_at: &str,
    vault: &std::path::Path,
) -> Result<zeroize::Zeroizing<Vec<u8>>> {
    #[derive(serde::Serialize)]
    struct Doc<'a> {
        added_at: &'a str,
        value: Value<'a>,
        vault: String,
    }
    #[derive(serde::Serialize)]
    #[serde(untagged)]
    enum Value<'a> {
        Json(&'a serde_json::value::RawValue),
        Text(&'a str),
    }
    let embedded = matches!(text.as_bytes().first(), Some(b'{' | b'['))
        .then(|| serde_json::from_str::<&serde_json::value::RawValue>(text).ok())
        .flatten();
    let doc = Doc {
        added_at,
        value: embedded.map_or(Value::Text(text), Value::Json),
        vault: vault.display().to_string(),
    };
    let mut buf = zeroize::Zeroizing::new(Vec::with_capacity(2 * text.len() + 256));
    serde_json::to_writer_pretty(&mut *buf, &doc).map_err(|e| {
        Error::Usage(format!(
            "cannot encode the value as JSON: {:?}",
            e.classify()
        ))
    })?;
    buf.push(b'\n');
    Ok(buf)
}

/// `secret get` without a name: the names this identity reads, and, as
/// dotsecenv lists them, the forgotten ones as `NAME (deleted)`
/// (`--json`: dotsecenv's `[{"key", "vault", "deleted"}]`).
fn list(ctx: &Context, surveyed: &[Surveyed]) -> Result<()> {
    let mut names: Vec<(&str, &Vault, bool)> = surveyed
        .iter()
        .filter_map(|s| match s.current {
            Current::Readable(_) => Some((s.secret.key.as_str(), s.vault, false)),
            Current::Deleted => Some((s.secret.key.as_str(), s.vault, true)),
            _ => None,
        })
        .collect();
    names.sort_unstable_by(|a, b| a.0.cmp(b.0));
    if ctx.json {
        let doc: Vec<serde_json::Value> = names
            .iter()
            .map(|(key, vault, deleted)| {
                let mut entry = serde_json::json!({ "key": key, "vault": vault.path });
                if *deleted {
                    entry["deleted"] = serde_json::json!(true);
                }
                entry
            })
            .collect();
        outln!("{}", serde_json::to_string_pretty(&doc).unwrap_or_default());
    } else if names.is_empty() {
        outln!("No secrets found");
    } else {
        for (key, _, deleted) in names {
            let suffix = if deleted { " (deleted)" } else { "" };
            outln!("{}{suffix}", for_terminal(key));
        }
    }
    Ok(())
}

fn describe_readers(vault: &Vault, readers: &[String]) -> String {
    if readers.is_empty() {
        return "nobody".into();
    }
    readers
        .iter()
        .map(|fpr| match vault.identity(fpr) {
            Some(id) => format!("{} ({fpr})", id.entry.uid),
            None => fpr.clone(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn paths(vaults: &[Vault]) -> String {
    vaults
        .iter()
        .map(|v| v.path.display().to_string())
        .collect::<Vec<_>>()
        .join(", ")
}
