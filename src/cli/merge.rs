//! `dsenv vault merge BASE OURS THEIRS [PATH]`: git's merge driver for a
//! vault (`git config merge.dsenv.driver "dsenv vault merge %O %A %B %P"`
//! and `VAULT merge=dsenv` in `.gitattributes`). The result replaces OURS
//! (git's contract: %A holds the merge, exit 0 means merged); on any
//! refusal OURS is left as it was and git keeps its conflict.

use std::path::Path;

use sequoia_openpgp::policy::Policy;

use super::context::Context;
use super::membership::author;
use crate::crypto;
use crate::error::{Error, Result};
use crate::vault::merge::{self, Plan};
use crate::vault::write::Writer;
use crate::vault::{verify, Vault};

pub fn merge(
    ctx: &Context,
    base: &Path,
    ours: &Path,
    theirs: &Path,
    path: Option<&Path>,
) -> Result<()> {
    let policy = crypto::standard_policy();
    // Locked, read and verified like every write (OURS is the file written).
    let mut writer = Writer::open(ours, &policy).map_err(|e| named("OURS", e))?;
    let base = verified(base, "BASE", &policy)?;
    let theirs = verified(theirs, "THEIRS", &policy)?;
    // git's inputs are temporary files: the pin is the one of the vault
    // at PATH (%P), and nothing is recorded for the temporary names.
    let pinned_as = path.filter(|p| p.exists()).unwrap_or(ours);
    for vault in [&writer.vault, &theirs] {
        ctx.trust.check_pinned(vault, pinned_as)?;
    }
    let plan = merge::plan(&base, &writer.vault, &theirs).map_err(conflict)?;
    match plan {
        Plan::KeepOurs => ctx.say_ok("merged: OURS already has every change of THEIRS; unchanged"),
        Plan::TakeTheirs => {
            writer.replace_verbatim(&theirs.lines)?;
            ctx.say_ok("merged: THEIRS already has every change of OURS; took THEIRS")
        }
        Plan::Merged {
            lines,
            seq,
            from_ours,
            from_theirs,
        } => {
            let identity = ctx.identity()?;
            let mut me = author(&mut writer, &identity)?;
            let at = writer.vault.path.clone();
            writer.rewrite_merged(lines, seq, &mut me, |sealed| {
                let text = sealed.join("\n") + "\n";
                let merged = Vault::parse(&at, text.as_bytes()).map_err(|e| {
                    conflict(merge::Conflict(format!(
                        "the merged vault does not parse: {e}"
                    )))
                })?;
                let report = verify::verify(&merged, &policy);
                match report.failures.first() {
                    None => Ok(()),
                    Some(f) => Err(conflict(merge::Conflict(format!(
                        "the merged vault would not validate: merged line {}: {f}",
                        f.line
                    )))),
                }
            })?;
            ctx.say_ok(&format!(
                "merged: {from_ours} line(s) of OURS and {from_theirs} of THEIRS after BASE, \
                 signed as checkpoint {seq}"
            ))
        }
    }
}

/// `path` loaded and verified, or why not (naming which input it is).
fn verified(path: &Path, which: &str, policy: &(dyn Policy + Sync)) -> Result<Vault> {
    let vault = Vault::load(path).map_err(|e| named(which, e))?;
    let report = verify::verify(&vault, policy);
    match report.failures.first() {
        None => Ok(vault),
        Some(f) => Err(Error::Validation(format!(
            "{which} ({}:{}): {f}; refusing to merge ({} fail verification)",
            path.display(),
            f.line,
            report.failing_entries(),
        ))),
    }
}

fn named(which: &str, e: Error) -> Error {
    match e {
        Error::Validation(m) => Error::Validation(format!("{which}: {m}")),
        other => other,
    }
}

fn conflict(c: merge::Conflict) -> Error {
    Error::Conflict {
        message: format!("cannot merge the vaults: {c}"),
        hint: Some(
            "nothing was written; git keeps the conflict: resolve it with one side's vault \
             (`git checkout --ours` or `--theirs`), then redo the other side's changes with dsenv"
                .into(),
        ),
    }
}
