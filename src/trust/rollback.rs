//! Rollback of the signed state, caught with the first-use record: it
//! remembers the highest checkpoint `seq` this user has seen for each
//! vault path along each git branch ([`super::history`]: a branch that
//! forked earlier shows an older state on purpose; a detached HEAD is not
//! tracked), and a vault whose newest checkpoint is lower (entries cut
//! off the end together with their checkpoints, or every checkpoint
//! stripped) is refused. A machine that never saw the newer state cannot
//! tell; the strict setting at least refuses lines no checkpoint covers.

use std::path::Path;

use super::history::History;
use super::known;
use super::state::Summary;
use crate::error::{Error, Result};
use crate::vault::Vault;

/// Refuses a vault older than the newest state seen; records a newer one.
/// Only vaults with a line in the record are tracked (a root pinned by
/// flag or environment on a fresh machine has none).
pub fn check(record_file: &Path, vault: &Vault, state: &Summary) -> Result<()> {
    let Ok(canonical) = known::canonical(&vault.path) else {
        return Ok(());
    };
    let record = known::Record::load(record_file)?;
    let Some(known) = record.get(&canonical) else {
        return Ok(());
    };
    let history = super::history::of(&canonical);
    match known.seen(&history) {
        Some(seen) if state.seq < seen => Err(rolled_back(vault, seen, state, &history)),
        Some(seen) if state.seq == seen => Ok(()),
        _ if state.seq == 0 || history == super::history::History::Detached => Ok(()),
        // Not being able to record it is no reason to refuse this run.
        _ => known::record_seq(record_file, &canonical, &history, state.seq)
            .map(|_| ())
            .or(Ok(())),
    }
}

fn rolled_back(vault: &Vault, seen: u64, state: &Summary, history: &History) -> Error {
    let along = match history {
        History::Branch(b) => format!(" on branch {b}"),
        _ => String::new(),
    };
    let now = match state.checkpoint_line {
        Some(line) => format!("its newest is checkpoint {} (line {line})", state.seq),
        None => "it has no checkpoint at all".to_string(),
    };
    Error::Trust {
        message: format!(
            "{}: rolled back: this machine has seen checkpoint {seen} of this vault{along}, but \
             {now}; entries and checkpoints after it were removed",
            vault.path.display()
        ),
        hint: Some(format!(
            "restore the vault from git (`git log -p -- {}`); if it was rebuilt on purpose, \
             accept its state with `dsenv vault trust`",
            vault.path.display()
        )),
    }
}

/// Strict setting: every data line must be covered by a checkpoint.
pub fn require_covered(vault: &Vault, state: &Summary, why: &str) -> Result<()> {
    if state.uncovered == 0 {
        return Ok(());
    }
    let since = match state.checkpoint_line {
        Some(line) => format!("after the last checkpoint, line {line}"),
        None => "the vault has no checkpoint".to_string(),
    };
    Err(Error::Trust {
        message: format!(
            "{}: {} data line(s) are not covered by a signed state ({since}), and strict mode \
             is on ({why})",
            vault.path.display(),
            state.uncovered
        ),
        hint: Some(
            "check them (`dsenv validate`, `git log -p`), then sign the state with \
             `dsenv vault checkpoint`"
                .into(),
        ),
    })
}
