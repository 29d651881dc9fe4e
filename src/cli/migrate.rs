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
use crate::sources::{self, dotenv, dotenv_vault, export_format, readings, Dialect, Variable};
use crate::vault::names;
use crate::vault::select::Current;

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Format {
    /// Read back identically by Docker Compose, dotenvx and node dotenv
    Dotenv,
    /// Read back identically by dotenvy (`--dialect dotenvy`)
    Dotenvy,
    /// `export NAME='value'` lines, safe to `eval` in sh, bash and zsh
    Shell,
    /// For `docker run --env-file` (values with line breaks are refused)
    Docker,
    Json,
}

/// Whether `path` is a Dotenv Vault file (`.env.vault`, `*.vault`).
fn is_dotenv_vault(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.ends_with(".vault"))
}

/// What `dsenv import` was asked to do.
pub struct ImportArgs<'a> {
    pub file: &'a Path,
    pub dry_run: bool,
    pub overwrite: bool,
    pub share: &'a [String],
    /// How the file is read; `None`: Compose, if no other reading differs.
    pub dialect: Option<Dialect>,
    /// Store `app.domain` as `APP_DOMAIN` instead of refusing it.
    pub map_names: bool,
    pub namespace: Option<&'a str>,
}

fn read_dotenv_vault(path: &Path) -> Result<Vec<Variable>> {
    let key = Zeroizing::new(std::env::var("DOTENV_KEY").map_err(|_| {
        Error::key(
            format!("{}: a Dotenv Vault file needs DOTENV_KEY", path.display()),
            "set DOTENV_KEY to the environment's key (dotenv://:key_…@…?environment=NAME)",
        )
    })?);
    dotenv_vault::read(path, &key)
}

/// The variables of a `.env` file as the app saw them: in the dialect
/// given, else in Compose's when every dialect agrees; otherwise a refusal
/// listing each variable the readings disagree on (lengths, never values).
fn read_env_file(path: &Path, dialect: Option<Dialect>) -> Result<Vec<Variable>> {
    let origin = path.display().to_string();
    let text = sources::read_bytes(path)?;
    // References see only the file: the importing shell's environment
    // never ends up in the vault.
    let parse = |d| sources::parse_env_file_with(&text, &origin, d, &|_| None);
    let vars = parse(dialect.unwrap_or(Dialect::Compose))?;
    let check = match dialect {
        // node dotenv keeps only the last definition: look at the lines.
        Some(Dialect::Node) => readings::read(&text, Dialect::Literal).unwrap_or_default(),
        Some(_) => Vec::new(),
        None => {
            refuse_disagreements(&origin, readings::disagreements(&text))?;
            Vec::new()
        }
    };
    let dups = readings::duplicates(if check.is_empty() { &vars } else { &check });
    if let Some((name, first, again)) = dups.first() {
        let line = |l: &Option<usize>| l.map_or("?".to_string(), |l| l.to_string());
        return Err(Error::Usage(format!(
            "{origin}:{}: {name} is set again (first on line {}); one of the two would be lost: remove one",
            line(again),
            line(first)
        )));
    }
    Ok(vars)
}

fn refuse_disagreements(origin: &str, found: Vec<readings::Disagreement>) -> Result<()> {
    if found.is_empty() {
        return Ok(());
    }
    for d in &found {
        let readings: Vec<String> = d
            .readings
            .iter()
            .map(|(dialect, r)| format!("{} {r}", dialect.name()))
            .collect();
        let line = d.line.map_or(String::new(), |l| format!(":{l}"));
        errln!(
            "dsenv: {origin}{line}: {} ({}): {}",
            crate::escape::for_terminal(&d.name),
            d.because.join(", "),
            readings.join(", ")
        );
    }
    Err(Error::Usage(format!(
        "{origin}: {} variable(s) read differently by Docker Compose, node dotenv and docker run \
         --env-file (literal); nothing was imported: say which tool the app used with \
         --dialect compose|node|literal",
        found.len()
    )))
}

/// The name each variable is stored under: unchanged, or refused when the
/// vault would change it (case) or never inject it (`.`, `-`), unless
/// `--map-names`, which says what the app will see instead.
fn storage_names(ctx: &Context, origin: &str, vars: &mut [Variable], map: bool) -> Result<()> {
    let mut refused = Vec::new();
    for v in vars.iter_mut() {
        let stored = names::normalize(&v.name);
        if stored.as_deref() == Ok(v.name.as_str()) && names::is_portable_env_name(&v.name) {
            continue;
        }
        let mapped = v.name.to_uppercase().replace(['.', '-'], "_");
        let at = v.line.map_or(String::new(), |l| format!(":{l}"));
        let shown = crate::escape::for_terminal(&v.name);
        if map && names::is_portable_env_name(&mapped) && names::normalize(&mapped).is_ok() {
            let name = &v.name;
            ctx.say(&format!(
                "{origin}{at}: {name} is stored as {mapped}: the app will see {mapped}, not {name}"
            ));
            v.name = mapped;
            continue;
        }
        refused.push(format!(
            "{origin}{at}: {shown}: {}",
            why_not_stored(&v.name, stored)
        ));
    }
    if refused.is_empty() {
        return Ok(());
    }
    for r in &refused {
        errln!("dsenv: {r}");
    }
    Err(Error::Usage(format!(
        "{origin}: {} name(s) the vault cannot store as written; nothing was imported: rename \
         them in the file, or pass --map-names to store them in upper case with `_` for `.` and `-`",
        refused.len()
    )))
}

fn why_not_stored(name: &str, stored: std::result::Result<String, names::InvalidName>) -> String {
    match stored {
        Ok(s) if s.contains('.') => {
            format!("a name with `.` is stored but never set as a variable (it would be {s})")
        }
        Ok(s) => format!("the vault stores it as {s}, so an app reading {name} would find nothing"),
        Err(_) if name.contains('-') => "the vault cannot store `-` in a name".to_string(),
        Err(e) => e.reason.to_string(),
    }
}

/// `import FILE [--dialect D] [--map-names] [--namespace NS] [--dry-run]
/// [--overwrite] [--share FPR]...`
pub fn import(ctx: &Context, args: &ImportArgs<'_>) -> Result<()> {
    let path = args.file;
    let origin = path.display().to_string();
    let mut variables = if is_dotenv_vault(path) {
        read_dotenv_vault(path)?
    } else {
        read_env_file(path, args.dialect)?
    };
    storage_names(ctx, &origin, &mut variables, args.map_names)?;
    let mut planned: Vec<(String, Variable)> = Vec::new();
    for v in variables {
        let full = match args.namespace {
            Some(ns) => format!("{ns}::{}", v.name),
            None => v.name.clone(),
        };
        let key = names::normalize(&full)
            .map_err(|e| Error::Usage(format!("{origin}: variable {}: {}", v.name, e.reason)))?;
        if let Some((_, first)) = planned.iter().find(|(k, _)| *k == key) {
            let line = |l: Option<usize>| l.map_or("?".to_string(), |l| l.to_string());
            return Err(Error::Usage(format!(
                "{origin}:{}: stored as {key}, as is line {}; one of the two would be lost: rename one",
                line(v.line),
                line(first.line)
            )));
        }
        planned.push((key, v));
    }
    let vault_missing = ctx.write_vault().is_ok_and(|p| !p.exists());
    if args.dry_run && vault_missing {
        return dry_run_without_vault(ctx, &planned);
    }
    write_planned(ctx, args, planned)
}

/// `--dry-run` into a vault not created yet: everything would be added.
fn dry_run_without_vault(ctx: &Context, planned: &[(String, Variable)]) -> Result<()> {
    let mut out = std::io::stdout().lock();
    for (key, _) in planned {
        let _ = writeln!(out, "would add {key}");
    }
    if let Ok(p) = ctx.write_vault() {
        ctx.say(&format!(
            "{} does not exist yet (`dsenv init vault` creates it); nothing was written",
            p.display()
        ));
    }
    Ok(())
}

/// Whether the newest value of an existing secret equals `value`, when
/// this identity can read it (`None`: it cannot tell).
fn same_value(
    newest: &crate::vault::entry::ValueEntry,
    identity: &crate::keys::identity::Identity,
    value: &SecretBox<Vec<u8>>,
) -> Option<bool> {
    use base64::Engine;
    let armored = base64::engine::general_purpose::STANDARD
        .decode(&newest.value)
        .ok()?;
    let plain = identity
        .decryptors
        .decrypt(&armored, &crypto::standard_policy())
        .ok()?;
    Some(plain.expose_secret() == value.expose_secret())
}

fn write_planned(
    ctx: &Context,
    args: &ImportArgs<'_>,
    planned: Vec<(String, Variable)>,
) -> Result<()> {
    let (dry_run, overwrite) = (args.dry_run, args.overwrite);
    let identity = ctx.identity()?;
    let mut writer = ctx.open_writer()?;
    let mut me = author(&mut writer, &identity)?;
    let mut shared_with = Vec::new();
    for fpr in args.share {
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
    for (key, variable) in planned {
        let value = variable.value;
        let existing = writer
            .vault
            .secret(&key)
            .map(|s| (s.key.clone(), s.values.last().map(|v| v.entry.data.clone())));
        let (key, mut recipients) = match existing {
            Some((stored, newest)) => {
                let live = newest.as_ref().filter(|n| !n.deleted);
                let same = live.and_then(|n| same_value(n, &identity, &value));
                if same == Some(true) {
                    let _ = writeln!(out, "unchanged {stored}");
                    continue;
                }
                if !overwrite {
                    let why = match same {
                        Some(_) => "exists with another value; --overwrite replaces it",
                        None => "exists; --overwrite replaces it",
                    };
                    let _ = writeln!(out, "{} {stored} ({why})", verb("skip"));
                    continue;
                }
                let newest = live.cloned().ok_or_else(|| {
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
                let _ = writeln!(out, "{} {stored} (value changes)", verb("update"));
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

/// `export [--format dotenv|dotenvy|shell|docker|json] [--only K1,K2] [--namespace NS]`: the
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
    super::run::warn_namespace_overrides(ctx, &surveyed, &injections);
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
        let line = match format {
            Format::Dotenv => export_format::portable_dotenv(&inj.var, value),
            Format::Dotenvy => dotenv::quote(&inj.var, value),
            Format::Shell => Ok(export_format::shell(&inj.var, value)),
            Format::Docker => export_format::docker(&inj.var, value),
            Format::Json => {
                json.insert(
                    inj.var.clone(),
                    serde_json::Value::String(value.to_string()),
                );
                continue;
            }
        };
        let line =
            Zeroizing::new(line.map_err(|e| Error::Usage(format!("{e}; nothing was exported")))?);
        text.push_str(&line);
        text.push('\n');
    }
    if let Format::Json = format {
        text.push_str(&serde_json::Value::Object(json).to_string());
        text.push('\n');
    }
    crate::output::write_stdout_bytes(text.as_bytes());
    Ok(())
}
