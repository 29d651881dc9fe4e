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
            hint: Some(match readable::did_you_mean(&surveyed, &name) {
                Some(guess) => format!("{guess} (`dsenv secret get` lists the names you can read)"),
                None => "`dsenv secret get` lists the names you can read".into(),
            }),
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
    let plaintext = readable::decrypt_all(&[(found.vault, key, value)], &identity)?.remove(0);
    let bytes = plaintext.expose_secret();
    let mut out = std::io::stdout().lock();
    let written = if ctx.json {
        let text = std::str::from_utf8(bytes).map_err(|_| {
            Error::Usage(format!(
                "secret {key} is not UTF-8 text; read it without --json"
            ))
        })?;
        let doc =
            zeroize::Zeroizing::new(serde_json::json!({ "name": key, "value": text }).to_string());
        writeln!(out, "{}", doc.as_str())
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

fn list(ctx: &Context, surveyed: &[Surveyed]) -> Result<()> {
    let mut names: Vec<&str> = surveyed
        .iter()
        .filter(|s| matches!(s.current, Current::Readable(_)))
        .map(|s| s.secret.key.as_str())
        .collect();
    names.sort_unstable();
    if ctx.json {
        outln!("{}", serde_json::json!(names));
    } else {
        for n in names {
            outln!("{}", for_terminal(n));
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
