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

/// A vault alice made with dsenv: she is the root (line 4), DATABASE_URL
/// is hers, then bob is added (each write ends with a checkpoint line).
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

/// The 0-based index of the one line containing every one of `parts`.
fn find_line(lines: &[String], parts: &[&str]) -> usize {
    let found: Vec<usize> = (0..lines.len())
        .filter(|&i| parts.iter().all(|p| lines[i].contains(p)))
        .collect();
    assert_eq!(found.len(), 1, "one line with {parts:?}");
    found[0]
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
    let out = dsenv_in(
        vault,
        &key("alice"),
        &["run", "--", "sh", "-c", &touch],
        None,
    );
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
        err.lines()
            .any(|l| l.starts_with(&at) && l.contains(problem)),
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
    let error = format!("dsenv: error: {}:{line}: ", vault.display());
    let err = stderr(&out);
    assert!(
        err.lines().any(|l| l.starts_with(&error)
            && l.contains(problem)
            && l.contains("refusing to write to it")),
        "the write names {error} and {problem:?}: {err}"
    );
    assert_eq!(
        std::fs::read(vault).unwrap(),
        before,
        "a refused write changed the vault"
    );
}

// ---- exact replays ----

#[test]
fn a_value_line_copied_and_indexed_again_is_a_replay() {
    let dir = tempfile::tempdir().unwrap();
    let vault = alices_vault(dir.path());
    let mut lines = lines_of(&vault);
    let value = find_line(&lines, &[r#""type":"value""#]);
    // The attacker's text edit: the value line once more at the end, and
    // its line number after the original's in the header.
    lines.push(lines[value].clone());
    let copy = lines.len();
    edit_header(
        &mut lines,
        &format!(r#""values":[{}]"#, value + 1),
        &format!(r#""values":[{},{copy}]"#, value + 1),
    );
    write_lines(&vault, &lines);

    refused_everywhere(&vault, copy, &format!("replay of line {}", value + 1));
}

#[test]
fn an_identity_line_copied_under_a_recased_fingerprint_is_a_replay() {
    let dir = tempfile::tempdir().unwrap();
    let vault = alices_vault(dir.path());
    let mut lines = lines_of(&vault);
    let bob = find_line(
        &lines,
        &[r#""type":"identity""#, &format!(r#""fingerprint":"{BOB}""#)],
    );
    // Header keys are unique, so the copy is indexed under the
    // lower-case spelling of bob's fingerprint (dotsecenv itself writes
    // such keys: fixtures edge/vault).
    lines.push(lines[bob].clone());
    let copy = lines.len();
    let bob_at = format!(r#""{BOB}":{}"#, bob + 1);
    let both = format!(r#""{}":{copy},{bob_at}"#, BOB.to_lowercase());
    edit_header(&mut lines, &bob_at, &both);
    write_lines(&vault, &lines);

    refused_everywhere(&vault, copy, &format!("replay of line {}", bob + 1));
}

// ---- bounded cost: what a push can make every CI job verify ----

const ALICE: &str = "B9636EE87BBA28F466FC3F324F40E8111E73B573";

/// A fingerprint sharing 32 hex digits with alice's, never hers.
fn near_alice(i: usize) -> String {
    format!("{}{:08X}", &ALICE[..32], i)
}

/// Alice's fingerprint with its last digit changed: equal to hers up to
/// the last byte, the costliest miss for a prefix comparison.
fn almost_alice() -> String {
    format!("{}0", &ALICE[..39])
}

/// `n` copies of alice's identity line under near-colliding fingerprints,
/// each "signed by" a near miss of hers, appended and indexed.
fn add_junk_identities(lines: &mut Vec<String>, n: usize) -> Vec<String> {
    let alice_line = lines[3].clone();
    assert!(alice_line.contains(r#""type":"identity""#), "{alice_line}");
    let signer = format!(r#""signed_by":"{ALICE}""#);
    assert!(alice_line.contains(&signer), "{alice_line}");
    let mut index = String::new();
    let mut fingerprints = Vec::new();
    for i in 0..n {
        let fpr = near_alice(i);
        let line = alice_line
            .replace(
                &format!(r#""fingerprint":"{ALICE}""#),
                &format!(r#""fingerprint":"{fpr}""#),
            )
            .replace(&signer, &format!(r#""signed_by":"{}""#, almost_alice()));
        lines.push(line);
        index.push_str(&format!(r#""{fpr}":{},"#, lines.len()));
        fingerprints.push(fpr);
    }
    edit_header(
        lines,
        r#""identities":{"#,
        &format!(r#""identities":{{{index}"#),
    );
    fingerprints
}

/// `run` refuses with exit 6 and a bounded report: the first failures,
/// each `dsenv: VAULT:LINE: ...`, a count of the rest, the error naming
/// the vault and how many entries failed, and the hint.
fn run_refuses_briefly(vault: &Path, first_line: usize, first_problem: &str, entries: usize) {
    let (out, ran) = run_marked(vault, vault.parent().unwrap());
    let err = stderr(&out);
    assert_eq!(
        out.status.code(),
        Some(6),
        "{}",
        &err[..err.len().min(2000)]
    );
    assert!(!ran, "the command ran");
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(
        lines.len(),
        13,
        "10 failures, the rest counted, error, hint: {err}"
    );
    let at = format!("dsenv: {}:{first_line}: ", vault.display());
    assert!(lines[0].starts_with(&at), "{at}: {}", lines[0]);
    assert!(
        lines[..10]
            .iter()
            .any(|l| l.starts_with(&at) && l.contains(first_problem)),
        "{at} ... {first_problem}: {err}"
    );
    assert!(
        lines[10].ends_with("more failure(s) not listed; `dsenv validate` lists every one"),
        "{}",
        lines[10]
    );
    let refusal = format!(
        "dsenv: error: {}: {entries} entries failed verification; nothing was run",
        vault.display()
    );
    assert_eq!(lines[11], refusal);
    assert!(lines[12].starts_with("dsenv: hint: "), "{}", lines[12]);
}

#[test]
fn thousands_of_junk_identities_with_near_colliding_fingerprints_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let vault = alices_vault(dir.path());
    let mut lines = lines_of(&vault);
    let first = lines.len() + 1;
    add_junk_identities(&mut lines, 5000);
    write_lines(&vault, &lines);

    let out = dsenv_in(&vault, &key("alice"), &["validate"], None);
    assert_eq!(out.status.code(), Some(6));
    let report = stdout(&out);
    assert!(
        report.contains("✗ Identity entries: 5000 of 5002 invalid"),
        "{}",
        &report[..report.len().min(2000)]
    );
    let chain = format!(
        "✗ Identity entry {} ({}): signed by {}, which is not an identity added before it",
        lines.len(),
        near_alice(4999),
        almost_alice()
    );
    assert!(report.lines().any(|l| l == chain), "{chain}");

    run_refuses_briefly(&vault, first, "public_key belongs to", 5000);
}

#[test]
fn a_value_for_thousands_of_recipients_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let vault = alices_vault(dir.path());
    let mut lines = lines_of(&vault);
    let first = lines.len() + 1;
    let mut recipients = add_junk_identities(&mut lines, 5000);
    recipients.push(ALICE.to_string());
    recipients.sort();
    // The value line once more, now "for" every junk identity and alice.
    let original = find_line(&lines, &[r#""type":"value""#]);
    let value = lines[original].clone();
    let mine = format!(r#""available_to":["{ALICE}"]"#);
    assert!(value.contains(&mine), "{value}");
    let all = format!(r#""available_to":["{}"]"#, recipients.join(r#"",""#));
    lines.push(value.replace(&mine, &all));
    let at = lines.len();
    edit_header(
        &mut lines,
        &format!(r#""values":[{}]"#, original + 1),
        &format!(r#""values":[{},{at}]"#, original + 1),
    );
    write_lines(&vault, &lines);

    let out = dsenv_in(&vault, &key("alice"), &["validate"], None);
    assert_eq!(out.status.code(), Some(6));
    let wanted = format!(
        "✗ Value entry {at} (DATABASE_URL): hash mismatch (the entry's fields were changed)"
    );
    assert!(stdout(&out).lines().any(|l| l == wanted), "{wanted}");

    run_refuses_briefly(&vault, first, "public_key belongs to", 5001);
}

#[test]
fn a_million_data_lines_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let vault = alices_vault(dir.path());
    let mut lines = lines_of(&vault);
    // As many data lines as the cap allows, none indexed.
    let first = lines.len() + 1;
    let room = 1_000_000 - (lines.len() - 3);
    lines.extend(std::iter::repeat_n(r#"{"type":"value"}"#.to_string(), room));
    write_lines(&vault, &lines);

    let out = dsenv_in(&vault, &key("alice"), &["validate"], None);
    assert_eq!(out.status.code(), Some(6));
    let last = format!("✗ Line {}: not indexed by the header", lines.len());
    assert!(stdout(&out).lines().any(|l| l.starts_with(&last)), "{last}");

    let orphan = format!("Line {first}: not indexed by the header");
    run_refuses_briefly(&vault, first, &orphan, room);
}

#[test]
fn thousands_of_copies_of_a_valid_identity_line_are_replays() {
    let dir = tempfile::tempdir().unwrap();
    let vault = alices_vault(dir.path());
    let mut lines = lines_of(&vault);
    // Every copy is a valid entry (alice's key, hash and signature), each
    // indexed under a junk fingerprint: the header's key is only a label.
    let first = lines.len() + 1;
    let mut index = String::new();
    for i in 0..5000 {
        lines.push(lines[3].clone());
        index.push_str(&format!(r#""{}":{},"#, near_alice(i), lines.len()));
    }
    edit_header(
        &mut lines,
        r#""identities":{"#,
        &format!(r#""identities":{{{index}"#),
    );
    write_lines(&vault, &lines);

    let out = dsenv_in(&vault, &key("alice"), &["validate"], None);
    assert_eq!(out.status.code(), Some(6));
    let last = format!(
        "✗ Identity entry {} ({ALICE}): replay of line 4",
        lines.len()
    );
    assert!(stdout(&out).lines().any(|l| l.starts_with(&last)), "{last}");

    run_refuses_briefly(&vault, first, "replay of line 4", 5000);
}

#[test]
fn run_help_says_what_a_refused_vault_shows() {
    let out = ok(dsenv().args(["run", "--help"]).output().unwrap());
    let text = stdout(&out)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    for part in [
        "an entry copied and indexed again is a replay",
        "Any failure: exit 6, nothing runs; the first 10 failing entries are listed",
        "`dsenv validate` lists all",
    ] {
        assert!(text.contains(part), "{part:?} in run --help:\n{text}");
    }
}
