//! Issue 13, item 8: one entry dated in the future does not freeze the
//! vault. Writers stamp new entries just after it (revocations and
//! rotations still go in, in order); `validate` warns, naming line and time.

mod common;

use std::path::{Path, PathBuf};

use common::*;
use dsenv::crypto::{sign, standard_policy};
use dsenv::vault::author::Author;
use dsenv::vault::write::Writer;
use sequoia_openpgp::parse::Parse;

const BOB: &str = "83C640BDE8A5E5DD4A9ACBFCD03E265CFBE06527";
const FUTURE: &str = "2099-01-01T00:00:00Z";

/// Alice (root) and bob; alice stores X and shares it with bob.
fn shared_with_bob(dir: &Path) -> PathBuf {
    let vault = dir.join("v.vault");
    ok(dsenv_in(&vault, &key("alice"), &["init", "vault"], None));
    let bob = fixture("keys/bob.pub.asc");
    ok(dsenv_in(
        &vault,
        &key("alice"),
        &["identity", "add", bob.to_str().unwrap()],
        None,
    ));
    ok(dsenv_in(
        &vault,
        &key("alice"),
        &["secret", "store", "X"],
        Some(b"old"),
    ));
    ok(dsenv_in(
        &vault,
        &key("alice"),
        &["secret", "share", "X", BOB],
        None,
    ));
    vault
}

/// Bob, a member, defines a secret dated 2099 (his clock, or on purpose):
/// a validly signed entry, made with dsenv's own library.
fn bob_defines_a_secret_dated_2099(vault: &Path) {
    let policy = standard_policy();
    let mut writer = Writer::open(vault, &policy).unwrap();
    let bits = writer.vault.identity(BOB).unwrap().entry.algorithm_bits;
    let tsk = sequoia_openpgp::Cert::from_file(key("bob")).unwrap();
    let pair = sign::signing_keypair(&tsk, &policy).unwrap();
    let mut bob = Author::new(BOB.into(), bits, Box::new(pair));
    let definition = bob.secret("FROZEN", FUTURE).unwrap();
    writer.append_secret(definition).unwrap();
    writer.commit(&mut bob).unwrap();
}

#[test]
fn a_future_dated_entry_does_not_freeze_revocation_or_rotation() {
    let dir = tempfile::tempdir().unwrap();
    let vault = shared_with_bob(dir.path());
    bob_defines_a_secret_dated_2099(&vault);

    // The incident response: revoke bob from X, rotate X.
    ok(dsenv_in(
        &vault,
        &key("alice"),
        &["secret", "revoke", "X", BOB],
        None,
    ));
    ok(dsenv_in(
        &vault,
        &key("alice"),
        &["secret", "store", "X"],
        Some(b"rotated"),
    ));
    let out = dsenv_in(&vault, &key("bob"), &["secret", "get", "X"], None);
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    assert_eq!(
        stdout(&ok(dsenv_in(
            &vault,
            &key("alice"),
            &["secret", "get", "X"],
            None
        ))),
        "rotated\n"
    );

    // Valid, in order, with a warning naming bob's entry and its time;
    // the entries stamped after it follow it by microseconds.
    let out = ok(dsenv_in(&vault, &key("alice"), &["validate"], None));
    let text = stdout(&out);
    let lines: Vec<String> = std::fs::read_to_string(&vault)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    let frozen = 1 + lines
        .iter()
        .position(|l| l.contains("\"key\":\"FROZEN\""))
        .unwrap();
    assert!(
        text.contains(&format!(
            "! Secret entry {frozen} (FROZEN): added_at {FUTURE} is more than 5 minutes ahead of \
             this machine's clock"
        )),
        "{text}"
    );
    // Alice's revocation and new value, stamped just after 2099 (each
    // write's checkpoint takes a microsecond too).
    let later: Vec<(usize, String)> = (frozen..lines.len())
        .filter(|&i| lines[i].starts_with("{\"type\":\"value\",\"secret\":\"X\""))
        .map(|i| {
            let v: serde_json::Value = serde_json::from_str(&lines[i]).unwrap();
            (i + 1, v["data"]["added_at"].as_str().unwrap().to_string())
        })
        .collect();
    assert_eq!(later.len(), 2, "{later:?}");
    for (line, at) in &later {
        assert!(at.starts_with("2099-01-01T00:00:00.0000"), "{at}");
        assert!(
            text.contains(&format!("! Value entry {line} (X): added_at {at}")),
            "{text}"
        );
    }
    assert!(!text.contains('✗'), "{text}");
    let out = ok(dsenv_in(
        &vault,
        &key("alice"),
        &["--json", "validate"],
        None,
    ));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let ahead = &doc["vaults"][0]["ahead_of_clock"];
    assert_eq!(ahead[0]["line"], frozen);
    assert_eq!(ahead[0]["added_at"], FUTURE);
}

#[test]
fn entries_dated_within_the_clock_skew_are_not_reported() {
    let dir = tempfile::tempdir().unwrap();
    let vault = shared_with_bob(dir.path());
    let out = ok(dsenv_in(&vault, &key("alice"), &["validate"], None));
    assert!(!stdout(&out).contains("! "), "{}", stdout(&out));
}
