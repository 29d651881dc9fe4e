//! `dsenv vault describe|compact|upgrade`.

use serde_json::json;

use super::context::Context;
use super::membership::author;
use crate::crypto;
use crate::error::{Error, Result};
use crate::escape::for_terminal;
use crate::vault::entry::Entry;
use crate::vault::header::{Header, SecretIndex, DATA_MARKER, HEADER_MARKER};
use crate::vault::statement::Statement;
use crate::vault::write::Writer;
use crate::vault::{verify, Located, SecretRecord, ValueRecord, Vault};

/// `vault describe`: identities, secrets and whether every entry verifies.
pub fn describe(ctx: &Context) -> Result<()> {
    let path = ctx.write_vault()?;
    let vault = Vault::load(path)?;
    let report = verify::verify(&vault, &crypto::standard_policy());
    let identities: Vec<_> = vault
        .identities
        .iter()
        .map(|i| {
            let e = &i.entry;
            json!({ "fingerprint": e.fingerprint, "uid": e.uid, "algorithm": e.algorithm, "curve": e.curve,
                    "bits": e.algorithm_bits, "added_at": e.added_at, "signed_by": e.signed_by, "line": i.line })
        })
        .collect();
    let secrets: Vec<_> = vault
        .secrets
        .iter()
        .map(|s| {
            let newest = s.values.last().map(|v| &v.entry.data);
            let recipients: Vec<_> = newest
                .map(|v| v.available_to.as_slice())
                .unwrap_or_default()
                .iter()
                .map(|f| json!({ "fingerprint": f, "uid": uid_of(&vault, f) }))
                .collect();
            json!({ "key": s.key, "values": s.values.len(), "created_by": s.definition.entry.signed_by,
                    "updated_at": newest.map(|v| v.added_at.clone()), "deleted": newest.is_some_and(|v| v.deleted),
                    "available_to": newest.map(|v| v.available_to.clone()).unwrap_or_default(),
                    "recipients": recipients })
        })
        .collect();
    if ctx.json {
        let doc = json!({ "path": path, "version": vault.header.version, "valid": report.is_valid(),
                          "failures": report.failures.len(), "identities": identities, "secrets": secrets });
        outln!(
            "{}",
            serde_json::to_string_pretty(&doc).expect("plain JSON")
        );
        return Ok(());
    }
    let print = |line: String| outln!("{}", for_terminal(&line));
    print(format!(
        "Vault {} (version {})",
        path.display(),
        vault.header.version
    ));
    outln!(
        "{} every entry verifies{}",
        super::style::Style::for_stdout().mark(report.is_valid()),
        if report.is_valid() {
            String::new()
        } else {
            format!(
                " — {} failures, see `dsenv validate`",
                report.failures.len()
            )
        }
    );
    outln!("Identities ({}):", vault.identities.len());
    for i in &vault.identities {
        let e = &i.entry;
        let curve = e
            .curve
            .as_deref()
            .map(|c| format!(" {c}"))
            .unwrap_or_default();
        print(format!(
            "  {} {} ({}{curve}, {} bits) added {}",
            e.fingerprint, e.uid, e.algorithm, e.algorithm_bits, e.added_at
        ));
    }
    outln!("Secrets ({}):", vault.secrets.len());
    for s in &vault.secrets {
        let newest = s.values.last().map(|v| &v.entry.data);
        let state = match newest {
            Some(v) if v.deleted => "deleted".to_string(),
            Some(v) => format!(
                "{} recipient(s), updated {}",
                v.available_to.len(),
                v.added_at
            ),
            None => "no value".into(),
        };
        print(format!(
            "  {} — {} value(s), {state}",
            s.key,
            s.values.len()
        ));
        for fingerprint in newest
            .filter(|v| !v.deleted)
            .map(|v| v.available_to.as_slice())
            .unwrap_or_default()
        {
            let uid = uid_of(&vault, fingerprint).unwrap_or("(not an identity of this vault)");
            print(format!("      {fingerprint} {uid}"));
        }
    }
    Ok(())
}

/// The user id the vault's identity entry gives `fingerprint`, if any.
fn uid_of<'v>(vault: &'v Vault, fingerprint: &str) -> Option<&'v str> {
    vault.identity(fingerprint).map(|i| i.entry.uid.as_str())
}

/// `vault compact`: drops forgotten secrets and superseded values, keeping
/// for each secret the newest value that a vault identity can read.
pub fn compact(ctx: &Context) -> Result<()> {
    let writer = ctx.open_writer()?;
    keeps_outsiders(&writer, "compact")?;
    let vault = &writer.vault;
    let is_member = |fpr: &String| vault.is_member(fpr);
    let kept = |s: &SecretRecord| -> Option<Vec<Located<ValueRecord>>> {
        let newest = s.values.last()?;
        if newest.entry.data.deleted {
            return None;
        }
        let keep = s
            .values
            .iter()
            .rev()
            .find(|v| !v.entry.data.deleted && v.entry.data.available_to.iter().any(is_member))
            .unwrap_or(newest);
        Some(vec![keep.clone()])
    };
    let lines = layout(vault, vault.header.version, kept);
    finish(ctx, writer, lines, "compacted")
}

/// `vault upgrade`: rewrites a version 1 vault as version 2; entries are
/// copied byte for byte, so every signature stays valid.
pub fn upgrade(ctx: &Context) -> Result<()> {
    let writer = ctx.open_writer()?;
    if writer.vault.header.version == 2 {
        return ctx.say_ok("the vault is already version 2; nothing changed");
    }
    keeps_outsiders(&writer, "upgrade")?;
    let lines = layout(&writer.vault, 2, |s| Some(s.values.clone()));
    finish(ctx, writer, lines, "upgraded to version 2")
}

/// A rewrite copies members' entries only: refused while the vault holds
/// outsiders' (`crate::trust::outsiders`), which it would drop.
fn keeps_outsiders(writer: &Writer, what: &str) -> Result<()> {
    let vault = &writer.vault;
    if vault.outsiders.is_empty() {
        return Ok(());
    }
    Err(Error::Vault {
        message: format!(
            "{}: {}; `vault {what}` would drop them, so it was not run and the vault is unchanged",
            vault.path.display(),
            vault.outsiders.summary()
        ),
        hint: Some(
            "have a member accept each identity (`dsenv identity add` of its public key), or \
             remove those lines and their header indexes in git"
                .into(),
        ),
    })
}

/// `vault checkpoint`: signs the state as it is (after verifying it, as
/// every writer does), e.g. after dotsecenv appended entries.
pub fn checkpoint(ctx: &Context) -> Result<()> {
    let identity = ctx.identity()?;
    let mut writer = ctx.open_writer()?;
    let state = crate::trust::state::summary(&writer.vault);
    if state.uncovered == 0 && state.checkpoints > 0 {
        return ctx.say_ok(&format!(
            "checkpoint {} already covers every line; nothing changed",
            state.seq
        ));
    }
    let mut me = author(&mut writer, &identity)?;
    writer.commit(&mut me)?;
    ctx.say(&format!(
        "signed checkpoint {} covering {} line(s) no checkpoint covered",
        state.seq + 1,
        state.uncovered
    ));
    Ok(())
}

/// Rewrites the vault as `lines` plus its removals, certificate updates
/// and vouches (kept after every entry, so that none of those entries
/// reads as signed after a removal),
/// signed with a new checkpoint; nothing when only checkpoints would change.
fn finish(ctx: &Context, mut writer: Writer, mut lines: Vec<String>, what: &str) -> Result<()> {
    let vault = &writer.vault;
    // Removals, certificate updates and vouches, in their order: what they
    // say about members holds for every entry, so they go after them all.
    lines.extend(
        vault
            .statements
            .iter()
            .filter(|s| !matches!(s.entry, Statement::Checkpoint(_)))
            .map(|s| vault.lines[s.line - 1].clone()),
    );
    let checkpoint_lines: std::collections::HashSet<usize> =
        vault.checkpoints().map(|c| c.line).collect();
    let without_checkpoints: Vec<&String> = vault
        .lines
        .iter()
        .enumerate()
        .filter(|(i, _)| !checkpoint_lines.contains(&(i + 1)))
        .map(|(_, l)| l)
        .collect();
    if lines.iter().eq(without_checkpoints) {
        return ctx.say_ok("nothing to change; the vault was not rewritten");
    }
    let identity = ctx.identity()?;
    let mut me = author(&mut writer, &identity)?;
    let before = writer.vault.lines.len();
    let after = lines.len() + 1;
    writer.rewrite(lines, &mut me)?;
    ctx.say(&format!("{what}: {before} → {after} lines"));
    Ok(())
}

/// The file dotsecenv writes on a rewrite: identities in the order they
/// were added, then each secret (in definition order) followed by the
/// values `keep` returns for it; every entry copied verbatim.
fn layout(
    vault: &Vault,
    version: u32,
    keep: impl Fn(&SecretRecord) -> Option<Vec<Located<ValueRecord>>>,
) -> Vec<String> {
    let marker = if version == vault.header.version && !vault.lines.is_empty() {
        vault.lines[0].clone()
    } else {
        HEADER_MARKER.to_string()
    };
    let mut lines = vec![marker, String::new(), DATA_MARKER.to_string()];
    let mut header = Header {
        version,
        identities: vec![],
        secrets: vec![],
    };
    for id in &vault.identities {
        lines.push(vault.lines[id.line - 1].clone());
        header
            .identities
            .push((id.entry.fingerprint.clone(), lines.len()));
    }
    let mut secrets: Vec<&SecretRecord> = vault.secrets.iter().collect();
    secrets.sort_by_key(|s| s.definition.line);
    for s in secrets {
        let Some(values) = keep(s) else { continue };
        lines.push(vault.lines[s.definition.line - 1].clone());
        let mut index = SecretIndex {
            secret: lines.len(),
            values: vec![],
        };
        for v in values {
            lines.push(vault.lines[v.line - 1].clone());
            index.values.push(lines.len());
        }
        header.secrets.push((s.key.clone(), index));
    }
    lines[1] = header.to_line();
    debug_assert!(lines.iter().skip(3).all(|l| Entry::parse(l).is_ok()));
    lines
}
