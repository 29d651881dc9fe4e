//! `dsenv import FILE` (a `.env`, or a `.env.vault` with `DOTENV_KEY`) and
//! `dsenv export [--format dotenv|json]`: moving a team onto a vault, and
//! back out of it, without secrets ever touching disk.

use std::io::Write;
use std::path::Path;

use secrecy::{ExposeSecret, SecretBox};
use zeroize::Zeroizing;

use super::context::Context;
use super::membership::{author, recipient_certs};
use crate::crypto::{self, encrypt};
use crate::env::{self, PlanOptions};
use crate::error::{Error, Result};
use crate::readable;
use crate::sources::{dotenv, dotenv_vault, Variable};
use crate::vault::names;
use crate::vault::select::Current;

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Format {
    Dotenv,
    Json,
}

/// Whether `path` is a Dotenv Vault file (`.env.vault`, `*.vault`).
fn is_dotenv_vault(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.ends_with(".vault"))
}

fn read_source(path: &Path) -> Result<Vec<Variable>> {
    if !is_dotenv_vault(path) {
        return dotenv::read(path);
    }
    let key = Zeroizing::new(std::env::var("DOTENV_KEY").map_err(|_| {
        Error::key(
            format!("{}: a Dotenv Vault file needs DOTENV_KEY", path.display()),
            "set DOTENV_KEY to the environment's key (dotenv://:key_…@…?environment=NAME)",
        )
    })?);
    dotenv_vault::read(path, &key)
}

/// `import FILE [--dry-run] [--overwrite] [--share FPR]...`
pub fn import(
    ctx: &Context,
    path: &Path,
    dry_run: bool,
    overwrite: bool,
    share: &[String],
) -> Result<()> {
    let variables = read_source(path)?;
    let mut planned: Vec<(String, SecretBox<Vec<u8>>)> = Vec::new();
    for v in variables {
        let key = names::normalize(&v.name).map_err(|e| {
            Error::Usage(format!(
                "{}: variable {}: {}",
                path.display(),
                v.name,
                e.reason
            ))
        })?;
        // A later definition wins, as when the file is sourced.
        planned.retain(|(k, _)| *k != key);
        planned.push((key, v.value));
    }
    let identity = ctx.identity()?;
    let mut writer = ctx.open_writer()?;
    let mut me = author(&mut writer, &identity)?;
    let mut shared_with = Vec::new();
    for fpr in share {
        let id = writer.vault.identity(fpr).ok_or_else(|| Error::Vault {
            message: format!("--share {fpr}: not an identity of the vault"),
            hint: Some("add it first with `dsenv identity add FILE`".into()),
        })?;
        shared_with.push(id.entry.fingerprint.clone());
    }
    let verb = |v: &str| {
        if dry_run {
            format!("would {v}")
        } else {
            v.to_string()
        }
    };
    let mut out = std::io::stdout().lock();
    let mut changes = 0;
    for (key, value) in planned {
        let existing = writer
            .vault
            .secret(&key)
            .map(|s| (s.key.clone(), s.values.last().map(|v| v.entry.data.clone())));
        let (key, mut recipients) = match existing {
            Some((stored, _)) if !overwrite => {
                let _ = writeln!(
                    out,
                    "{} {stored} (exists; --overwrite replaces it)",
                    verb("skip")
                );
                continue;
            }
            Some((stored, newest)) => {
                let newest = newest.filter(|n| !n.deleted).ok_or_else(|| {
                    Error::vault(format!(
                        "secret {stored} was deleted; it cannot be imported again"
                    ))
                })?;
                if !newest
                    .available_to
                    .iter()
                    .any(|f| f.eq_ignore_ascii_case(&identity.fingerprint))
                {
                    return Err(Error::Denied {
                        message: format!(
                            "{stored}: {} is not a recipient of its newest value",
                            identity.fingerprint
                        ),
                        hint: Some(format!(
                            "ask a recipient to run `dsenv secret share {stored} {}`",
                            identity.fingerprint
                        )),
                    });
                }
                let _ = writeln!(out, "{} {stored}", verb("update"));
                (
                    stored,
                    super::membership::live_recipients(&writer.vault, newest.available_to),
                )
            }
            None => {
                let _ = writeln!(out, "{} {key}", verb("add"));
                if !dry_run {
                    let added_at = writer.timestamp()?;
                    let definition = me.secret(&key, &added_at)?;
                    writer.append_secret(definition)?;
                }
                (key, vec![me.fingerprint.clone()])
            }
        };
        changes += 1;
        if dry_run {
            continue;
        }
        recipients.extend(shared_with.iter().cloned());
        recipients.sort_by(|a, b| a.as_bytes().cmp(b.as_bytes()));
        recipients.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
        let certs = recipient_certs(&writer.vault, &recipients, &identity)?;
        let refs: Vec<&sequoia_openpgp::Cert> = certs.iter().collect();
        let armored = encrypt::encrypt(&value, &refs, &crypto::standard_policy()).map_err(|e| {
            Error::key(
                format!("{key}: encryption failed: {e}"),
                "check the recipients with `dsenv validate`",
            )
        })?;
        let added_at = writer.timestamp()?;
        let entry = me.value(&key, recipients, Some(&armored), &added_at)?;
        writer.append_value(&key, entry)?;
    }
    if !dry_run && changes > 0 {
        writer.commit(&mut me)?;
    }
    Ok(())
}

/// `export [--format dotenv|json] [--only K1,K2] [--namespace NS]`: the
/// secrets this identity reads, to stdout only.
pub fn export(
    ctx: &Context,
    format: Format,
    only: Option<Vec<String>>,
    namespace: Option<String>,
) -> Result<()> {
    let vaults = ctx.verified_vaults()?;
    let identity = ctx.identity()?;
    readable::require_member(&vaults, &identity.fingerprint)?;
    let surveyed = readable::survey(&vaults, &identity.fingerprint);
    let mut keys: Vec<String> = Vec::new();
    for s in &surveyed {
        match s.current {
            Current::Readable(_) => keys.push(s.secret.key.clone()),
            // Only the newest value counts: a revoked secret is not exported.
            Current::Revoked { .. } => ctx.warn(&format!(
                "skipped {}: {}",
                s.secret.key,
                s.current
                    .refusal(&s.secret.key, &identity.fingerprint)
                    .unwrap_or_default()
            )),
            Current::Deleted | Current::NoAccess { .. } => {}
        }
    }
    let opts = PlanOptions { only, namespace };
    let (injections, skipped) = env::plan(&keys, &opts).map_err(|missing| Error::Refused {
        message: format!(
            "--only: no secret readable by {} named {missing}; nothing was exported",
            identity.fingerprint
        ),
        hint: Some("`dsenv secret get` lists the names you can read".into()),
    })?;
    for s in &skipped {
        ctx.note(&format!("skipped {}: {}", s.key, s.reason));
    }
    let values = readable::readable_values(&surveyed, injections.iter().map(|i| i.key.as_str()));
    let plaintexts = readable::decrypt_all(&values, &identity)?;
    let mut text = Zeroizing::new(String::new());
    let mut json = serde_json::Map::new();
    for (inj, value) in injections.iter().zip(&plaintexts) {
        let value = std::str::from_utf8(value.expose_secret()).map_err(|_| {
            Error::Usage(format!(
                "{} is not UTF-8 text and cannot be exported",
                inj.var
            ))
        })?;
        match format {
            Format::Dotenv => {
                let line = Zeroizing::new(dotenv::quote(&inj.var, value).map_err(Error::Usage)?);
                text.push_str(&line);
                text.push('\n');
            }
            Format::Json => {
                json.insert(
                    inj.var.clone(),
                    serde_json::Value::String(value.to_string()),
                );
            }
        }
    }
    if let Format::Json = format {
        text.push_str(&serde_json::Value::Object(json).to_string());
        text.push('\n');
    }
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|_| out.flush())
        .map_err(|e| Error::vault(format!("cannot write to stdout: {e}")))
}
