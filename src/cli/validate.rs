//! `dsenv validate [--json]`: one line per section, one per failing entry.

use serde_json::json;

use super::context::Context;
use crate::crypto;
use crate::error::{Error, ExitCode, Result};
use crate::escape::for_terminal;
use crate::vault::ahead::{self, Ahead};
use crate::vault::timestamp;
use crate::vault::verify::{self, EntryKind, Failure, Report};
use crate::vault::Vault;

/// `Secret entry 5 (DB_URL): signature mismatch`
pub fn failure_line(f: &Failure) -> String {
    f.to_string()
}

enum Outcome {
    /// Verified; with the trust refusal of a vault whose entries all
    /// verify, and the entries dated ahead of the clock (warnings).
    Checked(Box<Vault>, Report, Option<Error>, Vec<Ahead>),
    Unreadable(Error),
}

pub fn validate(ctx: &Context) -> Result<()> {
    let policy = crypto::standard_policy();
    let outcomes: Vec<(String, Outcome)> = ctx
        .vaults
        .iter()
        .map(|path| {
            let outcome = match Vault::load(path) {
                Ok(vault) => {
                    let report = verify::verify(&vault, &policy);
                    let trust = match report.is_valid() {
                        true => ctx.check_trust(&vault).err(),
                        false => None,
                    };
                    let ahead = ahead::entries_ahead(&vault, timestamp::now());
                    Outcome::Checked(Box::new(vault), report, trust, ahead)
                }
                Err(e) => Outcome::Unreadable(e),
            };
            (path.display().to_string(), outcome)
        })
        .collect();

    if ctx.json {
        print_json(&outcomes);
    } else {
        print_text(&outcomes);
    }
    verdict(outcomes)
}

fn print_text(outcomes: &[(String, Outcome)]) {
    let style = super::style::Style::for_stdout();
    let (good, bad) = (style.mark(true), style.mark(false));
    let several = outcomes.len() > 1;
    for (path, outcome) in outcomes {
        if several {
            outln!("Vault {}", for_terminal(path));
        }
        match outcome {
            Outcome::Unreadable(e) => {
                outln!("{bad} Vault header: {}", for_terminal(&e.to_string()))
            }
            Outcome::Checked(vault, report, trust, ahead) => {
                outln!(
                    "{good} Vault header: valid (version {})",
                    vault.header.version
                );
                section(
                    style,
                    report,
                    EntryKind::Identity,
                    "Identity entries",
                    report.identities,
                );
                section(
                    style,
                    report,
                    EntryKind::Secret,
                    "Secret entries",
                    report.secrets,
                );
                section(
                    style,
                    report,
                    EntryKind::Value,
                    "Value entries",
                    report.values,
                );
                state_lines(style, report);
                ignored_lines(report);
                for f in report.failures_of(EntryKind::Line) {
                    outln!("{bad} {}", for_terminal(&failure_line(f)));
                }
                if let Some(e) = trust {
                    outln!("{bad} Root identity: {}", for_terminal(&e.to_string()));
                }
                for a in ahead {
                    outln!("! {}", for_terminal(&a.describe()));
                }
            }
        }
    }
}

/// Outsiders' entries: verified, not counted above, never used.
fn ignored_lines(report: &Report) {
    if report.ignored.is_empty() {
        return;
    }
    outln!(
        "! Ignored: {} entr{} of identities no member added (a member accepts one with \
         `dsenv identity add` of its key)",
        report.ignored.len(),
        if report.ignored.len() == 1 {
            "y"
        } else {
            "ies"
        }
    );
    for i in &report.ignored {
        let line = format!(
            "{} {} ({}): signed by {}, no member",
            i.kind.title(),
            i.line,
            i.name,
            i.signed_by
        );
        outln!("! {}", for_terminal(&line));
    }
}

/// Checkpoints and removals: failures, and how much the newest
/// checkpoint covers.
fn state_lines(style: super::style::Style, report: &Report) {
    let (good, bad) = (style.mark(true), style.mark(false));
    let state = &report.state;
    let statements = state.checkpoints + state.removals + state.certificates + state.vouches;
    let failures: Vec<&Failure> = report.failures_of(EntryKind::Statement).collect();
    if !failures.is_empty() {
        outln!(
            "{bad} Signed statements: {} of {statements} invalid",
            failures.len()
        );
        for f in failures {
            outln!("{bad} {}", for_terminal(&failure_line(f)));
        }
        return;
    }
    let mut removed = match state.removals {
        0 => String::new(),
        n => format!("; {n} member(s) removed"),
    };
    if state.certificates > 0 {
        removed.push_str(&format!("; {} certificate update(s)", state.certificates));
    }
    if state.vouches > 0 {
        removed.push_str(&format!("; {} identit(ies) vouched for", state.vouches));
    }
    match state.checkpoint_line {
        None => outln!(
            "- Signed state: no checkpoint (written without dsenv){removed}; \
             `dsenv vault checkpoint` signs it"
        ),
        Some(line) if state.uncovered == 0 => outln!(
            "{good} Signed state: checkpoint {} (line {line}) covers every line{removed}",
            state.seq
        ),
        Some(line) => outln!(
            "- Signed state: checkpoint {} (line {line}); {} line(s) after it are not covered \
             (written without dsenv){removed}",
            state.seq,
            state.uncovered
        ),
    }
}

fn section(
    style: super::style::Style,
    report: &Report,
    kind: EntryKind,
    title: &str,
    total: usize,
) {
    let (good, bad) = (style.mark(true), style.mark(false));
    let failures: Vec<&Failure> = report.failures_of(kind).collect();
    let failed_lines = {
        let mut l: Vec<usize> = failures.iter().map(|f| f.line).collect();
        l.dedup();
        l.len()
    };
    if failures.is_empty() {
        outln!("{good} {title}: {total} valid");
    } else {
        outln!("{bad} {title}: {failed_lines} of {total} invalid");
        for f in failures {
            outln!("{bad} {}", for_terminal(&failure_line(f)));
        }
    }
}

fn print_json(outcomes: &[(String, Outcome)]) {
    let vaults: Vec<_> = outcomes
        .iter()
        .map(|(path, outcome)| match outcome {
            Outcome::Unreadable(e) => json!({
                "path": path, "valid": false,
                "header": { "valid": false, "error": e.to_string() },
            }),
            Outcome::Checked(vault, report, trust, ahead) => {
                let count = |kind| report.failures_of(kind).count();
                json!({
                    "path": path,
                    "valid": report.is_valid() && trust.is_none(),
                    "trust": trust.as_ref().map(|e| e.to_string()),
                    "header": { "valid": true, "version": vault.header.version },
                    "identities": { "total": report.identities, "failures": count(EntryKind::Identity) },
                    "secrets": { "total": report.secrets, "failures": count(EntryKind::Secret) },
                    "values": { "total": report.values, "failures": count(EntryKind::Value) },
                    "state": report.state,
                    "failures": report.failures,
                    "ignored": report.ignored,
                    "ahead_of_clock": ahead,
                })
            }
        })
        .collect();
    let valid = vaults.iter().all(|v| v["valid"] == json!(true));
    outln!(
        "{}",
        serde_json::to_string_pretty(&json!({ "valid": valid, "vaults": vaults }))
            .expect("plain JSON")
    );
}

fn verdict(outcomes: Vec<(String, Outcome)>) -> Result<()> {
    let mut policy_only = true;
    let mut failed = 0;
    for (_, outcome) in outcomes {
        match outcome {
            Outcome::Unreadable(e) if !matches!(e, Error::Format { .. }) => {
                return Err(Error::Vault {
                    message: e.to_string(),
                    hint: e.hint(),
                });
            }
            Outcome::Unreadable(_) => {
                failed += 1;
                policy_only = false;
            }
            Outcome::Checked(_, r, _, _) if !r.is_valid() => {
                failed += 1;
                policy_only &= r.only_policy_failures();
            }
            // The entries verify but the root is not the pinned one: the
            // refusal itself (vault, roots, how to re-pin) is the error.
            Outcome::Checked(_, _, Some(trust), _) => return Err(trust),
            Outcome::Checked(..) => {}
        }
    }
    match failed {
        0 => Ok(()),
        _ if policy_only => Err(Error::Reported {
            message:
                "the vault breaks the FIPS 186-5 policy (a weak key or a refused signature digest)"
                    .into(),
            code: ExitCode::Policy,
        }),
        _ => Err(Error::Reported {
            message: format!("{failed} vault(s) failed validation"),
            code: ExitCode::Validation,
        }),
    }
}
