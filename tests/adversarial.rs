//! A hostile push (issue 12, items 4 and 5 of the problem list): exact
//! replays, and vaults made large and awkward to stall every CI job.
//! Each attack starts from a vault dsenv wrote (`init vault`, `secret
//! store`, `identity add`) and is then a text edit, as an attacker without
//! any member's key would make it; each is refused with exit 6, one line
//! per failing entry naming the vault file, the line and the rule, and
//! nothing runs. Functional, not timed: benches/adversarial.py times the
//! same attacks at full size (40,000 identities, 20,000 recipients, a
//! million data lines).

mod common;

use std::path::{Path, PathBuf};
use std::process::Output;

use common::*;

const BOB: &str = "83C640BDE8A5E5DD4A9ACBFCD03E265CFBE06527";

/// A vault alice made: she is the root, DATABASE_URL (line 5, its value
/// line 6) is hers, then bob is added (line 7).
fn alices_vault(dir: &Path) -> PathBuf {
    let vault = dir.join("repo/.dotsecenv/vault");
    std::fs::create_dir_all(vault.parent().unwrap()).unwrap();
    ok(dsenv_in(&vault, &key("alice"), &["init", "vault"], None));
    ok(dsenv_in(
        &vault,
        &key("alice"),
        &["secret", "store", "DATABASE_URL"],
        Some(b"postgres://db.example/app"),
    ));
    let bob = fixture("keys/bob.pub.asc");
    ok(dsenv_in(
        &vault,
        &key("alice"),
        &["identity", "add", bob.to_str().unwrap()],
        None,
    ));
    vault
}

fn lines_of(vault: &Path) -> Vec<String> {
    std::fs::read_to_string(vault)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect()
}

fn write_lines(vault: &Path, lines: &[String]) {
    std::fs::write(vault, lines.join("\n") + "\n").unwrap();
}

/// Replaces `from` by `to` in the header line, which must contain it once.
fn edit_header(lines: &mut [String], from: &str, to: &str) {
    assert_eq!(lines[1].matches(from).count(), 1, "{from} in {}", lines[1]);
    lines[1] = lines[1].replace(from, to);
}

/// `run` as alice with a child that would leave a marker: (output, ran?).
fn run_marked(vault: &Path, dir: &Path) -> (Output, bool) {
    let marker = dir.join("ran");
    let touch = format!("touch '{}'", marker.display());
    let out = dsenv_in(vault, &key("alice"), &["run", "--", "sh", "-c", &touch], None);
    (out, marker.exists())
}

/// `validate`, `run` and a write all refuse with exit 6, each naming
/// `vault:line` and `problem`; the write leaves the file as it was.
fn refused_everywhere(vault: &Path, line: usize, problem: &str) {
    let dir = vault.parent().unwrap();
    let before = std::fs::read(vault).unwrap();

    let out = dsenv_in(vault, &key("alice"), &["validate"], None);
    assert_eq!(out.status.code(), Some(6), "{}", stdout(&out));
    let listed = format!(" {line} (");
    assert!(
        stdout(&out)
            .lines()
            .any(|l| l.starts_with('✗') && l.contains(&listed) && l.contains(problem)),
        "validate names line {line} and {problem:?}: {}",
        stdout(&out)
    );

    let (out, ran) = run_marked(vault, dir);
    assert_eq!(out.status.code(), Some(6), "{}", stderr(&out));
    assert!(!ran, "the command ran");
    let at = format!("dsenv: {}:{line}: ", vault.display());
    let err = stderr(&out);
    assert!(
        err.lines().any(|l| l.starts_with(&at) && l.contains(problem)),
        "run names {at} and {problem:?}: {err}"
    );
    assert!(err.contains("dsenv: hint: "), "{err}");

    let out = dsenv_in(
        vault,
        &key("alice"),
        &["secret", "store", "OTHER"],
        Some(b"x"),
    );
    assert_eq!(out.status.code(), Some(6), "{}", stderr(&out));
    assert_eq!(std::fs::read(vault).unwrap(), before, "a refused write changed the vault");
}

// ---- exact replays ----

#[test]
fn a_value_line_copied_and_indexed_again_is_a_replay() {
    let dir = tempfile::tempdir().unwrap();
    let vault = alices_vault(dir.path());
    let mut lines = lines_of(&vault);
    assert!(lines[5].contains(r#""type":"value""#), "{}", lines[5]);
    // The attacker's text edit: the value line once more at the end, and
    // its line number after the original's in the header.
    lines.push(lines[5].clone());
    let copy = lines.len();
    edit_header(&mut lines, r#""values":[6]"#, &format!(r#""values":[6,{copy}]"#));
    write_lines(&vault, &lines);

    refused_everywhere(&vault, copy, "replay of line 6");
}

#[test]
fn an_identity_line_copied_under_a_recased_fingerprint_is_a_replay() {
    let dir = tempfile::tempdir().unwrap();
    let vault = alices_vault(dir.path());
    let mut lines = lines_of(&vault);
    assert!(lines[6].contains(BOB), "{}", lines[6]);
    // Header keys are unique, so the copy is indexed under the
    // lower-case spelling of bob's fingerprint (dotsecenv itself writes
    // such keys: fixtures edge/vault).
    lines.push(lines[6].clone());
    let copy = lines.len();
    let bob_at = r#""83C640BDE8A5E5DD4A9ACBFCD03E265CFBE06527":7"#;
    let both = format!(r#""{}":{copy},{bob_at}"#, BOB.to_lowercase());
    edit_header(&mut lines, bob_at, &both);
    write_lines(&vault, &lines);

    refused_everywhere(&vault, copy, "replay of line 7");
}
