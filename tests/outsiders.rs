//! Identities no member added (outsiders) and what they sign: ignored and
//! reported, never injected, never fatal for the members; a member's
//! `identity add` accepts one. The vault of the dotsecenv flow is
//! tests/data/dotsecenv-self-added.vault, made by the real dotsecenv:
//! Alice (the root) stores S1=one, then Bob, no member, stores S2=two,
//! which adds Bob's identity signed by Bob. The attacks are built with
//! dsenv's own commands and a text editor's splice (or, where no command
//! makes the line, with the library's signer).

mod common;

use std::path::{Path, PathBuf};

use common::*;
use dsenv::crypto::{sign, standard_policy};
use dsenv::vault::author::Author;
use dsenv::vault::entry::Entry;
use dsenv::vault::statement::Statement;
use sequoia_openpgp::parse::Parse;

const ALICE: &str = "B9636EE87BBA28F466FC3F324F40E8111E73B573";
const BOB: &str = "83C640BDE8A5E5DD4A9ACBFCD03E265CFBE06527";
const CAROL: &str = "E3EF0EF79503FD691033263EB08106B2A0E84B24";
const MALLORY: &str = "9BE8B39E8EA4A196D8F7F558E67652DD1CE74C52";

/// A scratch copy of the dotsecenv vault.
fn dotsecenv_vault(dir: &Path) -> PathBuf {
    let path = dir.join("vault");
    let source =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/dotsecenv-self-added.vault");
    std::fs::copy(source, &path).unwrap();
    path
}

fn public(person: &str) -> String {
    fixture(&format!("keys/{person}.pub.asc"))
        .to_string_lossy()
        .into_owned()
}

fn as_(vault: &Path, person: &str, args: &[&str], input: Option<&[u8]>) -> std::process::Output {
    dsenv_in(vault, &key(person), args, input)
}

/// `run -- env -0` as `person`: the exit code, the child's environment
/// (empty when it did not run) and stderr.
fn run_env(vault: &Path, person: &str) -> (Option<i32>, Vec<(String, String)>, String) {
    let out = as_(vault, person, &["run", "--", "env", "-0"], None);
    (out.status.code(), parse_env0(&out.stdout), stderr(&out))
}

fn var<'a>(env: &'a [(String, String)], name: &str) -> Option<&'a str> {
    env.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
}

fn lines_of(path: &Path) -> Vec<String> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect()
}

fn write_lines(path: &Path, lines: &[String]) {
    std::fs::write(path, lines.join("\n") + "\n").unwrap();
}

/// What an attacker does with a text editor: appends line `n` of `from`
/// to `to` and indexes it in `to`'s header.
fn splice(to: &Path, from: &Path, n: usize) -> usize {
    let mut lines = lines_of(to);
    let entry = Entry::parse(&lines_of(from)[n - 1]).unwrap();
    let at = append(&mut lines, entry);
    write_lines(to, &lines);
    at
}

/// The 1-based lines of `path` whose text starts with `prefix`.
fn lines_starting(path: &Path, prefix: &str) -> Vec<usize> {
    lines_of(path)
        .iter()
        .enumerate()
        .filter(|(_, l)| l.starts_with(prefix))
        .map(|(i, _)| i + 1)
        .collect()
}

/// Mallory's own vault, made with dsenv: she is its root, stores `key` =
/// `value` and shares it with Alice.
fn mallorys_vault(dir: &Path, key: &str, value: &str) -> PathBuf {
    let path = dir.join(format!("mallory-{key}.vault"));
    ok(as_(&path, "mallory", &["init", "vault"], None));
    ok(as_(
        &path,
        "mallory",
        &["secret", "store", key],
        Some(value.as_bytes()),
    ));
    ok(as_(
        &path,
        "mallory",
        &["identity", "add", &public("alice")],
        None,
    ));
    ok(as_(
        &path,
        "mallory",
        &["secret", "share", key, ALICE],
        None,
    ));
    path
}

/// The dotsecenv vault with Mallory's identity line spliced in (an
/// outsider: it signs itself).
fn with_mallory(dir: &Path, from: &Path) -> PathBuf {
    let vault = dotsecenv_vault(dir);
    splice(&vault, from, 4);
    vault
}

/// Splices the newest value of Mallory's vault `from` (the one shared
/// with Alice) into `vault`; its line there.
fn splice_shared_value(vault: &Path, from: &Path) -> usize {
    let newest = *lines_starting(from, "{\"type\":\"value\"").last().unwrap();
    splice(vault, from, newest)
}

/// A `run` that must not start its child: the marker stays absent.
fn refused_to_run(vault: &Path, person: &str) -> (Option<i32>, String) {
    let marker = vault.with_extension("ran");
    let out = as_(
        vault,
        person,
        &["run", "--", "touch", marker.to_str().unwrap()],
        None,
    );
    assert!(!marker.exists(), "the child ran: {}", stderr(&out));
    (out.status.code(), stderr(&out))
}

#[test]
fn members_run_a_vault_a_non_member_extended_with_dotsecenv() {
    let dir = tempfile::tempdir().unwrap();
    let vault = dotsecenv_vault(dir.path());
    let (code, env, err) = run_env(&vault, "alice");
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(var(&env, "S1"), Some("one"));
    assert_eq!(var(&env, "S2"), None, "an outsider's secret was injected");
    assert!(
        err.contains(&format!(
            "3 entries ignored, of identity no member added: {BOB} (line 7)"
        )),
        "{err}"
    );
    assert_eq!(err.matches("ignored").count(), 1, "one warning: {err}");
    // Asking for it by name says why it is not there.
    let out = as_(&vault, "alice", &["secret", "get", "S2"], None);
    assert_eq!(out.status.code(), Some(3));
    assert!(
        stderr(&out).contains(&format!(
            "S2 is defined on line 8 by {BOB}, an identity no member added"
        )),
        "{}",
        stderr(&out)
    );
}

#[test]
fn the_outsider_itself_is_no_member_and_nothing_runs() {
    let dir = tempfile::tempdir().unwrap();
    let vault = dotsecenv_vault(dir.path());
    let (code, err) = refused_to_run(&vault, "bob");
    assert_eq!(code, Some(10), "{err}");
    assert!(
        err.contains(&format!(
            "identity {BOB} is not a member of {} (its identity entry on line 7",
            vault.display()
        )),
        "{err}"
    );
    let out = as_(&vault, "bob", &["secret", "store", "S3"], Some(b"x"));
    assert_eq!(out.status.code(), Some(8), "{}", stderr(&out));
    assert!(stderr(&out).contains("not by a member"), "{}", stderr(&out));
}

#[test]
fn validate_passes_and_lists_each_ignored_entry() {
    let dir = tempfile::tempdir().unwrap();
    let vault = dotsecenv_vault(dir.path());
    let out = as_(&vault, "alice", &["validate"], None);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(text.contains("✓ Identity entries: 1 valid"), "{text}");
    assert!(text.contains("! Ignored: 3 entries"), "{text}");
    for line in [
        format!("! Identity entry 7 ({BOB}): signed by {BOB}, no member"),
        format!("! Secret entry 8 (S2): signed by {BOB}, no member"),
        format!("! Value entry 9 (S2): signed by {BOB}, no member"),
    ] {
        assert!(text.contains(&line), "{line}\n{text}");
    }
    let out = as_(&vault, "alice", &["--json", "validate"], None);
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let ignored = &report["vaults"][0]["ignored"];
    assert_eq!(ignored.as_array().map(Vec::len), Some(3), "{report}");
    assert_eq!(ignored[1]["kind"], "secret");
    assert_eq!(ignored[1]["name"], "S2");
    assert_eq!(report["valid"], true);
}

/// Mallory makes S1 in her own vault, shares it with Alice, and splices
/// her identity and that newer value into the team's vault: Alice's run
/// still gets Alice's S1.
#[test]
fn a_value_an_outsider_slips_into_a_members_secret_is_never_used() {
    let dir = tempfile::tempdir().unwrap();
    let theirs = mallorys_vault(dir.path(), "S1", "evil");
    let vault = with_mallory(dir.path(), &theirs);
    let spliced = splice_shared_value(&vault, &theirs);
    let (code, env, err) = run_env(&vault, "alice");
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(var(&env, "S1"), Some("one"), "the outsider's value won");
    assert!(err.contains(MALLORY), "{err}");
    let out = ok(as_(&vault, "alice", &["secret", "get", "S1"], None));
    assert_eq!(stdout(&out).trim_end(), "one");
    let text = stdout(&as_(&vault, "alice", &["validate"], None));
    assert!(
        text.contains(&format!(
            "! Value entry {spliced} (S1): signed by {MALLORY}"
        )),
        "{text}"
    );
}

/// A new name, for the child to pick up: never injected.
#[test]
fn a_secret_an_outsider_defines_for_a_member_is_never_injected() {
    let dir = tempfile::tempdir().unwrap();
    let theirs = mallorys_vault(dir.path(), "DATABASE_URL", "postgres://evil");
    let vault = with_mallory(dir.path(), &theirs);
    splice(&vault, &theirs, 5); // the definition
    splice_shared_value(&vault, &theirs);
    let (code, env, err) = run_env(&vault, "alice");
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(var(&env, "DATABASE_URL"), None);
    assert_eq!(var(&env, "S1"), Some("one"));
    let listed = stdout(&ok(as_(&vault, "alice", &["secret", "get"], None)));
    assert!(!listed.contains("DATABASE_URL"), "{listed}");
}

#[test]
fn accepting_an_outsider_counts_its_entries_and_says_which() {
    let dir = tempfile::tempdir().unwrap();
    let vault = dotsecenv_vault(dir.path());
    let out = ok(as_(
        &vault,
        "alice",
        &["identity", "add", &public("bob")],
        None,
    ));
    let err = stderr(&out);
    assert!(
        err.contains(&format!(
            "vouched for {BOB}, which had added itself on line 7; now counted: Identity entry \
             {BOB} (line 7), Secret entry S2 (line 8), Value entry S2 (line 9)"
        )),
        "{err}"
    );
    let (code, env, err) = run_env(&vault, "bob");
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(var(&env, "S2"), Some("two"));
    let (code, env, err) = run_env(&vault, "alice");
    assert_eq!((code, var(&env, "S1")), (Some(0), Some("one")), "{err}");
    assert!(!err.contains("ignored"), "{err}");
    // And the accepted member writes like any other.
    ok(as_(&vault, "bob", &["secret", "share", "S2", ALICE], None));
    let (_, env, _) = run_env(&vault, "alice");
    assert_eq!(var(&env, "S2"), Some("two"));
}

/// Accepting Mallory would make her value for S1 count, and she was never
/// given S1: refused, and the file is as it was.
#[test]
fn accepting_an_outsider_whose_entry_breaks_a_rule_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let theirs = mallorys_vault(dir.path(), "S1", "evil");
    let vault = with_mallory(dir.path(), &theirs);
    let spliced = splice_shared_value(&vault, &theirs);
    let before = std::fs::read(&vault).unwrap();
    let out = as_(
        &vault,
        "alice",
        &["identity", "add", &public("mallory")],
        None,
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(6), "{err}");
    assert!(
        err.contains(&format!(
            ":{spliced}: Value entry {spliced} (S1): signed by {MALLORY}, who is not a recipient"
        )),
        "{err}"
    );
    assert!(err.contains("nothing was written"), "{err}");
    assert_eq!(std::fs::read(&vault).unwrap(), before);
}

/// The library's signer with `person`'s key, claiming to be `claimed_fpr`
/// (an Ed25519 key unless `bits` says otherwise).
fn signer_as(person: &str, claimed_fpr: &str) -> Author {
    signer_with_bits(person, claimed_fpr, 255)
}

fn signer_with_bits(person: &str, claimed_fpr: &str, bits: u32) -> Author {
    let tsk = sequoia_openpgp::Cert::from_file(key(person)).unwrap();
    let pair = sign::signing_keypair(&tsk, &standard_policy()).unwrap();
    Author::new(claimed_fpr.to_string(), bits, Box::new(pair))
}

/// `dsenv vault merge BASE OURS THEIRS` as Alice, as git's merge driver
/// runs it.
fn merge_driver(dir: &Path, base: &Path, ours: &Path, theirs: &Path) -> std::process::Output {
    dsenv()
        .arg("--key-file")
        .arg(key("alice"))
        .args(["vault", "merge"])
        .args([base, ours, theirs])
        .env("XDG_CONFIG_HOME", dir.join("cfg"))
        .output()
        .unwrap()
}

fn append_statement(vault: &Path, statement: Statement) {
    let mut lines = lines_of(vault);
    lines.push(statement.to_line());
    write_lines(vault, &lines);
}

/// No command writes a vouch for oneself or in a member's name: the
/// library's signer does, and the vault is refused whole.
#[test]
fn a_forged_vouch_is_tampering_and_nothing_runs() {
    let dir = tempfile::tempdir().unwrap();
    let theirs = mallorys_vault(dir.path(), "S1", "evil");
    let at = "2026-12-06T23:00:00Z";
    // Mallory vouches for herself.
    let vault = with_mallory(dir.path(), &theirs);
    let vouch = signer_as("mallory", MALLORY).vouch(MALLORY, at).unwrap();
    append_statement(&vault, Statement::Vouch(vouch));
    let (code, err) = refused_to_run(&vault, "alice");
    assert_eq!(code, Some(6), "{err}");
    assert!(
        err.contains(&format!("vouches for {MALLORY}, which is not an identity")),
        "{err}"
    );
    // Mallory signs a vouch in Alice's name.
    let vault = with_mallory(dir.path(), &theirs);
    let vouch = signer_as("mallory", ALICE).vouch(MALLORY, at).unwrap();
    append_statement(&vault, Statement::Vouch(vouch));
    let (code, err) = refused_to_run(&vault, "alice");
    assert_eq!(code, Some(6), "{err}");
    assert!(err.contains("Signed statement"), "{err}");
    // Alice's real vouch for Bob, turned into one for Mallory.
    let vault = with_mallory(dir.path(), &theirs);
    ok(as_(
        &vault,
        "alice",
        &["identity", "add", &public("bob")],
        None,
    ));
    let mut lines = lines_of(&vault);
    let n = lines
        .iter()
        .position(|l| l.starts_with("{\"type\":\"vouch\""))
        .unwrap();
    lines[n] = lines[n].replace(BOB, MALLORY);
    write_lines(&vault, &lines);
    let (code, err) = refused_to_run(&vault, "alice");
    assert_eq!(code, Some(6), "{err}");
    assert!(err.contains("hash mismatch"), "{err}");
}

/// Integrity still holds for outsiders' lines, and a member's line moved
/// over to an outsider does not verify.
#[test]
fn changed_lines_are_tampering_whoever_signed_them() {
    let dir = tempfile::tempdir().unwrap();
    let vault = dotsecenv_vault(dir.path());
    let mut lines = lines_of(&vault);
    lines[8] = lines[8].replacen("\"hash\":\"e", "\"hash\":\"f", 1);
    write_lines(&vault, &lines);
    let (code, err) = refused_to_run(&vault, "alice");
    assert_eq!(code, Some(6), "{err}");
    assert!(
        err.contains(":9: Value entry 9 (S2): hash mismatch"),
        "{err}"
    );

    let vault = dotsecenv_vault(dir.path());
    let mut lines = lines_of(&vault);
    lines[5] = lines[5].replace(
        &format!("\"signed_by\":\"{ALICE}\""),
        &format!("\"signed_by\":\"{BOB}\""),
    );
    write_lines(&vault, &lines);
    let (code, err) = refused_to_run(&vault, "alice");
    assert_eq!(code, Some(6), "{err}");
    assert!(err.contains(":6: Value entry 6 (S1)"), "{err}");
}

#[test]
fn a_name_an_outsider_holds_is_not_stored_over_and_rewrites_keep_the_outsider() {
    let dir = tempfile::tempdir().unwrap();
    let vault = dotsecenv_vault(dir.path());
    let before = std::fs::read(&vault).unwrap();
    let out = as_(&vault, "alice", &["secret", "store", "S2"], Some(b"mine"));
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(3), "{err}");
    assert!(
        err.contains(&format!(
            "secret S2 is defined on line 8 by {BOB}, an identity no member added"
        )),
        "{err}"
    );
    for args in [&["vault", "compact"][..], &["vault", "upgrade"][..]] {
        let out = as_(&vault, "alice", args, None);
        let err = stderr(&out);
        if args[1] == "upgrade" {
            // Already version 2: nothing to rewrite.
            assert!(out.status.success(), "{err}");
            continue;
        }
        assert_eq!(out.status.code(), Some(3), "{err}");
        assert!(err.contains("`vault compact` would drop them"), "{err}");
    }
    assert_eq!(std::fs::read(&vault).unwrap(), before);
}

/// An identity an outsider adds is an outsider too; accepting the
/// outsider accepts it.
#[test]
fn identities_an_outsider_adds_are_outsiders_until_it_is_accepted() {
    let dir = tempfile::tempdir().unwrap();
    let vault = dotsecenv_vault(dir.path());
    let mut lines = lines_of(&vault);
    let carol = sequoia_openpgp::Cert::from_file(fixture("keys/carol.pub.asc")).unwrap();
    let mut bob = signer_with_bits("bob", BOB, 3072);
    let entry = bob.identity(&carol, "2026-12-06T23:00:00Z").unwrap();
    let n = append(&mut lines, Entry::Identity(entry));
    write_lines(&vault, &lines);
    let (code, err) = refused_to_run(&vault, "carol");
    assert_eq!(code, Some(10), "{err}");
    let text = stdout(&as_(&vault, "alice", &["validate"], None));
    assert!(
        text.contains(&format!(
            "! Identity entry {n} ({CAROL}): signed by {BOB}, no member"
        )),
        "{text}"
    );
    let out = ok(as_(
        &vault,
        "alice",
        &["identity", "add", &public("bob")],
        None,
    ));
    assert!(
        stderr(&out).contains(&format!("Identity entry {CAROL} (line {n})")),
        "{}",
        stderr(&out)
    );
    let text = stdout(&as_(&vault, "alice", &["validate"], None));
    assert!(!text.contains("Ignored"), "{text}");
    // A member now, with nothing shared with it yet.
    let out = as_(&vault, "carol", &["run", "--", "true"], None);
    assert!(
        stderr(&out).contains("can read none of the 2 secrets"),
        "{}",
        stderr(&out)
    );
}

/// The real dotsecenv (`DOTSECENV_BIN`, see tests/signed_state.rs)
/// validates, reads and appends to a vault with a vouch line, and dsenv
/// reads what it appended. Skipped (not failed) without the binary.
#[test]
fn dotsecenv_validates_reads_and_appends_after_a_vouch() {
    let Some(bin) = std::env::var_os("DOTSECENV_BIN").map(PathBuf::from) else {
        eprintln!("skipped: set DOTSECENV_BIN to a dotsecenv binary");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let vault = dotsecenv_vault(dir.path());
    ok(as_(
        &vault,
        "alice",
        &["identity", "add", &public("bob")],
        None,
    ));
    let dotsecenv = Dotsecenv::as_alice(&bin, &dir.path().join("home"), &vault);
    let out = dotsecenv.run(&["validate"], None);
    assert!(
        stdout(&out).contains("All checks passed"),
        "{}",
        stdout(&out)
    );
    ok(dotsecenv.run(&["login", ALICE], None));
    let out = ok(dotsecenv.run(&["secret", "get", "S1"], None));
    assert_eq!(stdout(&out).trim_end(), "one");
    ok(dotsecenv.run(&["secret", "store", "S3"], Some(b"three")));
    let (code, env, err) = run_env(&vault, "alice");
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(var(&env, "S3"), Some("three"));
}

/// One branch accepts the outsider, the other stores a secret: the merge
/// driver keeps both, and the merged vault counts the outsider's entries.
#[test]
fn a_vouch_merges_with_the_other_branchs_writes() {
    let dir = tempfile::tempdir().unwrap();
    let base = dotsecenv_vault(dir.path());
    let (ours, theirs) = (dir.path().join("ours"), dir.path().join("theirs"));
    std::fs::copy(&base, &ours).unwrap();
    std::fs::copy(&base, &theirs).unwrap();
    ok(as_(
        &ours,
        "alice",
        &["identity", "add", &public("bob")],
        None,
    ));
    ok(as_(
        &theirs,
        "alice",
        &["secret", "store", "S3"],
        Some(b"three"),
    ));
    let out = merge_driver(dir.path(), &base, &ours, &theirs);
    assert!(out.status.success(), "{}", stderr(&out));
    let (code, env, err) = run_env(&ours, "bob");
    assert_eq!((code, var(&env, "S2")), (Some(0), Some("two")), "{err}");
    let (code, env, err) = run_env(&ours, "alice");
    assert_eq!((code, var(&env, "S3")), (Some(0), Some("three")), "{err}");
}

/// An attacker's merge: OURS has Alice's `identity add` of Mallory (and a
/// share to her), THEIRS has Mallory's own self-signed line, dated
/// earlier. Keeping the earlier copy would silently turn a member into an
/// outsider; the merge is a conflict (exit 12) and OURS is unchanged.
#[test]
fn a_merge_never_swaps_a_members_identity_for_its_self_signed_copy() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let hers = d.join("mallory.vault");
    ok(as_(&hers, "mallory", &["init", "vault"], None));
    ok(as_(
        &hers,
        "mallory",
        &["secret", "store", "EVIL"],
        Some(b"evil"),
    ));
    let base = d.join("base");
    ok(as_(&base, "alice", &["init", "vault"], None));
    ok(as_(
        &base,
        "alice",
        &["secret", "store", "S1"],
        Some(b"one"),
    ));
    let (ours, theirs) = (d.join("ours"), d.join("theirs"));
    std::fs::copy(&base, &ours).unwrap();
    std::fs::copy(&base, &theirs).unwrap();
    ok(as_(
        &ours,
        "alice",
        &["identity", "add", &public("mallory")],
        None,
    ));
    ok(as_(
        &ours,
        "alice",
        &["secret", "share", "S1", MALLORY],
        None,
    ));
    splice(&theirs, &hers, 4);
    let before = std::fs::read(&ours).unwrap();
    let out = merge_driver(d, &base, &ours, &theirs);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(12), "{err}");
    assert!(
        err.contains(&format!(
            "both branches added identity {MALLORY}: a member on OURS (line 8), no member on THEIRS"
        )),
        "{err}"
    );
    assert_eq!(std::fs::read(&ours).unwrap(), before);
}

/// Members' writes are not frozen by an outsider dated in 2099 (its
/// entries are not the vault's), and accepting it says that its date is
/// ahead of the clock.
#[test]
fn an_outsider_dated_ahead_freezes_nothing_and_accepting_it_warns() {
    let dir = tempfile::tempdir().unwrap();
    let vault = dotsecenv_vault(dir.path());
    let mut lines = lines_of(&vault);
    let cert = sequoia_openpgp::Cert::from_file(fixture("keys/mallory.pub.asc")).unwrap();
    let entry = signer_as("mallory", MALLORY)
        .identity(&cert, "2099-01-01T00:00:00Z")
        .unwrap();
    let n = append(&mut lines, Entry::Identity(entry));
    write_lines(&vault, &lines);
    ok(as_(
        &vault,
        "alice",
        &["secret", "store", "S3"],
        Some(b"three"),
    ));
    assert!(
        !last_value_line(&std::fs::read_to_string(&vault).unwrap()).contains("2099-"),
        "the member's write was dated after the outsider"
    );
    let out = ok(as_(
        &vault,
        "alice",
        &["identity", "add", &public("mallory")],
        None,
    ));
    assert!(
        stderr(&out).contains(&format!(
            "an entry this accepts is dated ahead: Identity entry {n} ({MALLORY}): added_at \
             2099-01-01T00:00:00Z"
        )),
        "{}",
        stderr(&out)
    );
}

/// `vault compact` keeps the vouch: the accepted identity stays a member.
#[test]
fn compact_keeps_a_vouch() {
    let dir = tempfile::tempdir().unwrap();
    let vault = dotsecenv_vault(dir.path());
    ok(as_(
        &vault,
        "alice",
        &["identity", "add", &public("bob")],
        None,
    ));
    ok(as_(&vault, "alice", &["vault", "compact"], None));
    assert_eq!(lines_starting(&vault, "{\"type\":\"vouch\"").len(), 1);
    let (code, env, err) = run_env(&vault, "bob");
    assert_eq!((code, var(&env, "S2")), (Some(0), Some("two")), "{err}");
    assert!(!err.contains("ignored"), "{err}");
}
