//! `dsenv secret store|share|revoke|forget`: append signed entries.

use std::io::{IsTerminal, Read};

use secrecy::SecretBox;
use zeroize::Zeroizing;

use super::context::Context;
use super::membership::{author, live_recipients, recipient_certs};
use crate::crypto::{self, encrypt};
use crate::error::{Error, Result};
use crate::escape::for_terminal;
use crate::keys::identity::Identity;
use crate::readable;
use crate::vault::write::Writer;
use crate::vault::{names, near_miss};
use crate::vault::{Located, SecretRecord, ValueRecord, Vault};

/// The value comes from stdin, never from argv (where `ps` would show it).
/// All trailing newlines are removed, as dotsecenv does.
pub fn read_value_from_stdin() -> Result<SecretBox<Vec<u8>>> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        return Err(Error::Usage(
            "secret store reads the value from stdin, not a terminal; pipe it in, \
             e.g. `printf %s \"$VALUE\" | dsenv secret store NAME`"
                .into(),
        ));
    }
    let mut buf = Zeroizing::new(Vec::new());
    stdin
        .lock()
        .read_to_end(&mut buf)
        .map_err(|e| Error::Usage(format!("cannot read stdin: {e}")))?;
    while buf.last() == Some(&b'\n') {
        buf.pop();
    }
    if buf.is_empty() {
        return Err(Error::Usage(
            "no value on stdin: an empty value cannot be stored".into(),
        ));
    }
    Ok(SecretBox::new(Box::new(buf.to_vec())))
}

fn key_of(name: &str) -> Result<String> {
    names::normalize(name).map_err(|e| Error::Usage(e.to_string()))
}

fn open(ctx: &Context) -> Result<(Writer, Identity)> {
    let identity = ctx.identity()?;
    let writer = ctx.open_writer()?;
    Ok((writer, identity))
}

/// `secret store NAME`
pub fn store(ctx: &Context, name: &str) -> Result<()> {
    let key = key_of(name)?;
    let value = read_value_from_stdin()?;
    // dotsecenv's `secret store NAME --json`: the value must be JSON.
    if ctx.json
        && serde_json::from_slice::<serde::de::IgnoredAny>(secrecy::ExposeSecret::expose_secret(
            &value,
        ))
        .is_err()
    {
        return Err(Error::Reported {
            message: "--json flag set but stdin is not valid JSON".into(),
            code: crate::error::ExitCode::Validation,
        });
    }
    let (mut writer, identity) = open(ctx)?;
    let mut me = author(&mut writer, &identity)?;
    let existing = writer
        .vault
        .secret(&key)
        .map(|s| (s.key.clone(), latest(s).map(|v| v.entry.data.clone())));
    let (key, recipients) = match existing {
        None => {
            let added_at = writer.timestamp()?;
            let definition = me.secret(&key, &added_at)?;
            writer.append_secret(definition)?;
            (key, vec![me.fingerprint.clone()])
        }
        Some((stored, latest)) => {
            let latest =
                latest.ok_or_else(|| Error::vault(format!("secret {stored} has no value")))?;
            if latest.deleted {
                return Err(Error::Vault {
                    message: format!(
                        "secret {stored} was deleted (forgotten); a forgotten name is not \
                         stored again while its deletion marker is in the vault"
                    ),
                    hint: Some(
                        "run `dsenv vault compact` (it drops forgotten secrets), then store it again"
                            .into(),
                    ),
                });
            }
            if !latest
                .available_to
                .iter()
                .any(|f| f.eq_ignore_ascii_case(&identity.fingerprint))
            {
                return Err(not_a_recipient(&stored, &identity));
            }
            (stored, live_recipients(&writer.vault, latest.available_to))
        }
    };
    let certs = recipient_certs(&writer.vault, &recipients, &identity)?;
    let armored = encrypt_to(&value, &certs)?;
    let added_at = writer.timestamp()?;
    let entry = me.value(&key, recipients.clone(), Some(&armored), &added_at)?;
    writer.append_value(&key, entry)?;
    writer.commit(&mut me)?;
    ctx.say(&format!(
        "stored {key} for {} recipient(s)",
        recipients.len()
    ));
    Ok(())
}

/// `secret share NAME FPR` and `secret revoke NAME FPR`: re-encrypt the
/// newest value to the new recipient list.
/// Which secrets `secret share|revoke` changes.
pub enum Names {
    /// These, each of which must be readable by the writer.
    Given(Vec<String>),
    /// `--all`: every secret the writer reads (and, for a revoke, that the
    /// target reads).
    All,
}

/// `secret share|revoke NAME... FPR` (or `--all FPR`): one new value per
/// secret for the new recipient list, all in one write; a secret that is
/// already as asked is left alone. Any failure writes nothing.
pub fn change_recipients(
    ctx: &Context,
    names: Names,
    fingerprint: &str,
    share: bool,
) -> Result<()> {
    let identity = ctx.identity()?;
    let mut writer = match &names {
        Names::Given(given) => {
            let keys = given
                .iter()
                .map(|n| key_of(n))
                .collect::<Result<Vec<_>>>()?;
            ctx.open_writer_holding(&keys)?
        }
        Names::All => ctx.open_writer()?,
    };
    // As dotsecenv: sharing with a key of the GnuPG keyring that is not
    // an identity yet adds it, vouched for by the sharer, in the same write.
    let (target, added) = match member(&writer.vault, fingerprint, share) {
        Ok(target) => (target, None),
        Err(e) if share && writer.vault.identity(fingerprint).is_none() => {
            match super::identity::keyring_identity(ctx, fingerprint) {
                Some(cert) => (cert.fingerprint().to_hex(), Some(cert)),
                None => return Err(e),
            }
        }
        Err(e) => return Err(e),
    };
    let every = matches!(names, Names::All);
    let chosen = match names {
        Names::Given(names) => given_values(&writer.vault, &names, &identity)?,
        Names::All => readable_values(&writer.vault, &identity),
    };
    let mut changes = Vec::new();
    for (key, latest) in chosen {
        let mut recipients = live_recipients(&writer.vault, latest.entry.data.available_to.clone());
        let present = recipients.iter().any(|f| f.eq_ignore_ascii_case(&target));
        match (share, present) {
            _ if every && share == present => {}
            (true, true) => ctx.say(&format!("{key} is already shared with {target}; unchanged")),
            (false, false) => ctx.say(&format!("{key} is not shared with {target}; unchanged")),
            (true, false) => recipients.push(target.clone()),
            (false, true) => recipients.retain(|f| !f.eq_ignore_ascii_case(&target)),
        }
        if share == present {
            continue;
        }
        if recipients.is_empty() {
            return Err(Error::Usage(format!(
                "revoking {target} would leave nobody able to read {key}; use `secret forget` instead"
            )));
        }
        changes.push((key, latest, recipients));
    }
    if changes.is_empty() {
        return ctx.say_ok("nothing changed");
    }
    let mut me = author(&mut writer, &identity)?;
    if let Some(cert) = &added {
        ctx.warn(&format!(
            "identity {target} did not previously exist in {}; adding it from the GnuPG \
             keyring, vouched for by {}",
            writer.vault.path.display(),
            me.fingerprint
        ));
        let added_at = writer.timestamp()?;
        let entry = me.identity(cert, &added_at)?;
        writer.append_identity(entry)?;
    }
    let mut changed = Vec::new();
    for (key, latest, recipients) in changes {
        let plaintext =
            readable::decrypt_all(&[(&writer.vault, &key, &latest)], &identity)?.remove(0);
        let known: Vec<String> = recipients
            .iter()
            .filter(|f| {
                !added
                    .as_ref()
                    .is_some_and(|_| f.eq_ignore_ascii_case(&target))
            })
            .cloned()
            .collect();
        let mut certs = recipient_certs(&writer.vault, &known, &identity)?;
        certs.extend(added.iter().cloned());
        let armored = encrypt_to(&plaintext, &certs)?;
        let added_at = writer.timestamp()?;
        let entry = me.value(&key, recipients, Some(&armored), &added_at)?;
        writer.append_value(&key, entry)?;
        changed.push(key);
    }
    writer.commit(&mut me)?;
    ctx.say(&format!(
        "{} {} {target}",
        if share { "shared" } else { "revoked" },
        match changed.as_slice() {
            [one] => format!("{one} {}", if share { "with" } else { "from" }),
            many => format!(
                "{} secrets ({}) {}",
                many.len(),
                many.join(", "),
                if share { "with" } else { "from" }
            ),
        }
    ));
    Ok(())
}

/// The identity `fingerprint` of the vault (its stored spelling); a
/// removed one gets nothing shared.
fn member(vault: &Vault, fingerprint: &str, share: bool) -> Result<String> {
    let target = vault
        .identity(fingerprint)
        .map(|i| i.entry.fingerprint.clone())
        .ok_or_else(|| Error::Vault {
            message: format!(
                "{fingerprint} is not an identity of {}",
                vault.path.display()
            ),
            hint: Some("add it first with `dsenv identity add FILE`".into()),
        })?;
    if share && vault.removal_of(&target).is_some() {
        return Err(Error::Denied {
            message: format!(
                "{target} was removed from {}; nothing is shared with a removed identity",
                vault.path.display()
            ),
            hint: None,
        });
    }
    Ok(target)
}

/// The newest value of each named secret (each name once), all of which
/// the writer must be able to read.
fn given_values(
    vault: &Vault,
    names: &[String],
    identity: &Identity,
) -> Result<Vec<(String, Located<ValueRecord>)>> {
    let mut values: Vec<(String, Located<ValueRecord>)> = Vec::new();
    for name in names {
        let (key, latest) = current_value(vault, &key_of(name)?, identity)?;
        if !values.iter().any(|(k, _)| *k == key) {
            values.push((key, latest));
        }
    }
    Ok(values)
}

/// `--all`: the newest value of every secret the writer reads.
fn readable_values(vault: &Vault, identity: &Identity) -> Vec<(String, Located<ValueRecord>)> {
    vault
        .secrets
        .iter()
        .filter_map(|secret| current_value(vault, &secret.key, identity).ok())
        .collect()
}

/// `secret forget NAME`: a deletion marker.
pub fn forget(ctx: &Context, name: &str, ignore_not_found: bool) -> Result<()> {
    let key = key_of(name)?;
    let (mut writer, identity) = open(ctx)?;
    let gone = match writer.vault.secret(&key) {
        None => Some("does not exist"),
        Some(s) => match latest(s) {
            None => Some("has no value"),
            Some(v) if v.entry.data.deleted => Some("is already deleted"),
            Some(_) => None,
        },
    };
    if let (true, Some(why)) = (ignore_not_found, gone) {
        return ctx.say_ok(&format!(
            "secret {key} {why}; nothing to forget (--ignore-not-found)"
        ));
    }
    let (key, _) = current_value(&writer.vault, &key, &identity)?;
    let mut me = author(&mut writer, &identity)?;
    let added_at = writer.timestamp()?;
    let entry = me.value(&key, vec![], None, &added_at)?;
    writer.append_value(&key, entry)?;
    writer.commit(&mut me)?;
    ctx.say(&format!("forgot {key}"));
    Ok(())
}

fn latest(secret: &SecretRecord) -> Option<&Located<ValueRecord>> {
    secret.values.last()
}

/// The newest value, which this identity must be a recipient of.
fn current_value(
    vault: &Vault,
    key: &str,
    identity: &Identity,
) -> Result<(String, Located<ValueRecord>)> {
    let secret = vault.secret(key).ok_or_else(|| Error::Vault {
        message: format!("no secret named {key} in {}", vault.path.display()),
        hint: Some(near_miss::not_found_hint(
            vault.outsiders.why_not_found(key),
            near_miss::in_vault(vault, key),
        )),
    })?;
    let latest = latest(secret)
        .ok_or_else(|| Error::vault(format!("secret {} has no value", secret.key)))?;
    if latest.entry.data.deleted {
        return Err(Error::vault(format!(
            "secret {} was deleted (forgotten)",
            secret.key
        )));
    }
    if !latest
        .entry
        .data
        .available_to
        .iter()
        .any(|f| f.eq_ignore_ascii_case(&identity.fingerprint))
    {
        return Err(not_a_recipient(&secret.key, identity));
    }
    Ok((secret.key.clone(), latest.clone()))
}

fn not_a_recipient(key: &str, identity: &Identity) -> Error {
    Error::Denied {
        message: format!(
            "identity {} is not a recipient of the newest value of {key}",
            identity.fingerprint
        ),
        hint: Some(format!(
            "ask a recipient to run `dsenv secret share {key} {}`",
            identity.fingerprint
        )),
    }
}

fn encrypt_to(value: &SecretBox<Vec<u8>>, certs: &[sequoia_openpgp::Cert]) -> Result<String> {
    let refs: Vec<&sequoia_openpgp::Cert> = certs.iter().collect();
    encrypt::encrypt(value, &refs, &crypto::standard_policy()).map_err(|e| {
        Error::key(
            format!("encryption failed: {e}"),
            "check the recipients' keys with `dsenv validate`",
        )
    })
}

/// `rotate [NAME...] [--remove-identity FPR]`: re-encrypts the newest
/// value of each secret under a fresh session key for its recipients
/// (without FPR when removing an identity: it cannot read any new value).
/// Fails before writing anything if a secret it must rotate is not
/// readable by this identity.
pub fn rotate(ctx: &Context, names_given: &[String], remove: Option<&str>) -> Result<()> {
    let (mut writer, identity) = open(ctx)?;
    let removed = match remove {
        Some(fpr) => Some(
            writer
                .vault
                .identity(fpr)
                .map(|i| i.entry.fingerprint.clone())
                .ok_or_else(|| {
                    Error::vault(format!(
                        "--remove-identity {fpr}: not an identity of {}",
                        writer.vault.path.display()
                    ))
                })?,
        ),
        None => None,
    };
    // Removing the member as well as rotating it away: refused before
    // anything is written when this identity may not remove it.
    let to_remove =
        match &removed {
            Some(fpr) if writer.vault.removal_of(fpr).is_none() => Some(
                super::identity::removable(&writer.vault, fpr, &identity.fingerprint)?,
            ),
            _ => None,
        };
    for name in names_given {
        if writer.vault.secret(name).is_none() {
            return Err(Error::Vault {
                message: format!("no secret named {name} in {}", writer.vault.path.display()),
                hint: writer
                    .vault
                    .outsiders
                    .why_not_found(name)
                    .or_else(|| near_miss::in_vault(&writer.vault, name)),
            });
        }
    }
    let lists = |list: &[String], fpr: &str| list.iter().any(|f| f.eq_ignore_ascii_case(fpr));
    let mut targets: Vec<(String, Located<ValueRecord>)> = Vec::new();
    let mut not_readable = Vec::new();
    for s in &writer.vault.secrets {
        if !names_given.is_empty() && !names_given.iter().any(|n| names::same_key(&s.key, n)) {
            continue;
        }
        let Some(newest) = latest(s).filter(|v| !v.entry.data.deleted) else {
            continue;
        };
        let recipients = &newest.entry.data.available_to;
        if removed.as_deref().is_some_and(|r| !lists(recipients, r)) {
            continue;
        }
        if !lists(recipients, &identity.fingerprint) {
            not_readable.push(s.key.clone());
            continue;
        }
        targets.push((s.key.clone(), newest.clone()));
    }
    if !not_readable.is_empty() {
        if names_given.is_empty() && removed.is_none() {
            ctx.note(&format!(
                "not rotated (not a recipient): {}",
                not_readable.join(", ")
            ));
        } else {
            return Err(Error::Denied {
                message: format!(
                    "{} is not a recipient of the newest value of: {}",
                    identity.fingerprint,
                    not_readable.join(", ")
                ),
                hint: Some("ask a recipient of those secrets to run the rotation".into()),
            });
        }
    }
    let to_decrypt: Vec<_> = targets
        .iter()
        .map(|(k, v)| (&writer.vault, k.as_str(), v))
        .collect();
    let plaintexts = readable::decrypt_all(&to_decrypt, &identity)?;
    let mut me = author(&mut writer, &identity)?;
    let mut report = Vec::new();
    for ((key, newest), plaintext) in targets.iter().zip(&plaintexts) {
        let mut recipients = live_recipients(&writer.vault, newest.entry.data.available_to.clone());
        if let Some(r) = &removed {
            recipients.retain(|f| !f.eq_ignore_ascii_case(r));
        }
        if recipients.is_empty() {
            return Err(Error::Usage(format!(
                "{key}: removing {} would leave nobody able to read it; forget it instead",
                removed.as_deref().unwrap_or("")
            )));
        }
        let certs = recipient_certs(&writer.vault, &recipients, &identity)?;
        let armored = encrypt_to(plaintext, &certs)?;
        let added_at = writer.timestamp()?;
        let entry = me.value(key, recipients.clone(), Some(&armored), &added_at)?;
        writer.append_value(key, entry)?;
        report.push(format!("rotated {key} ({} recipient(s))", recipients.len()));
    }
    if let Some(fpr) = &to_remove {
        let added_at = writer.timestamp()?;
        let removal = me.removal(fpr, &added_at)?;
        writer.append_removal(removal)?;
        report.push(format!("removed identity {fpr}"));
    }
    if report.is_empty() {
        return ctx.say_ok("nothing to rotate");
    }
    writer.commit(&mut me)?;
    for line in report {
        outln!("{}", for_terminal(&line));
    }
    if let Some(r) = removed {
        ctx.say(&format!(
            "{r} can no longer read any new value; old values in git history stay readable to it"
        ));
    }
    Ok(())
}
