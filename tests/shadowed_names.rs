//! Issue 13, item 3: a secret cannot be shadowed by another spelling of
//! its name, and `--namespace` never replaces a secret silently with a
//! value its writer could not have written.

mod common;

use std::path::{Path, PathBuf};

use common::*;
use dsenv::crypto::{encrypt, sign, standard_policy};
use dsenv::vault::author::Author;
use dsenv::vault::header::Header;
use dsenv::vault::write::Writer;
use secrecy::SecretBox;
use sequoia_openpgp::parse::Parse;

const ALICE: &str = "B9636EE87BBA28F466FC3F324F40E8111E73B573";
const BOB: &str = "83C640BDE8A5E5DD4A9ACBFCD03E265CFBE06527";

/// A vault with alice (root) and bob; alice stores ALICE_ONLY, shared
/// with nobody.
fn alice_only(dir: &Path) -> PathBuf {
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
        &["secret", "store", "ALICE_ONLY"],
        Some(b"alice-value"),
    ));
    vault
}

/// Bob, a member who is no recipient of ALICE_ONLY, appends a secret
/// `alice_only` that he signs himself (a writer that does not normalise
/// names, driven through dsenv's own library), value shared with himself.
fn bob_adds_lower_case_spelling(vault: &Path) {
    let policy = standard_policy();
    let mut writer = Writer::open(vault, &policy).unwrap();
    let bits = writer.vault.identity(BOB).unwrap().entry.algorithm_bits;
    let tsk = sequoia_openpgp::Cert::from_file(key("bob")).unwrap();
    let pair = sign::signing_keypair(&tsk, &policy).unwrap();
    let mut bob = Author::new(BOB.into(), bits, Box::new(pair));
    let at = writer.timestamp().unwrap();
    writer
        .append_secret(bob.secret("alice_only", &at).unwrap())
        .unwrap();
    let public = sequoia_openpgp::Cert::from_file(fixture("keys/bob.pub.asc")).unwrap();
    let plaintext = SecretBox::new(Box::new(b"bob-value".to_vec()));
    let armored = encrypt::encrypt(&plaintext, &[&public], &policy).unwrap();
    let value = bob
        .value("alice_only", vec![BOB.into()], Some(&armored), &at)
        .unwrap();
    writer.append_value("alice_only", value).unwrap();
    writer.commit(&mut bob).unwrap();
}

/// The text edit: the header lists `alice_only` first (the header is not
/// signed; lookups take the first spelling that matches).
fn list_lower_case_first(vault: &Path) {
    let text = std::fs::read_to_string(vault).unwrap();
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    let header = Header::parse(&lines[1]).unwrap();
    let mut secrets = header.secrets.clone();
    secrets.sort_by_key(|(k, _)| k != "alice_only");
    let secrets: Vec<String> = secrets
        .iter()
        .map(|(k, i)| {
            format!(
                "\"{k}\":{{\"secret\":{},\"values\":{:?}}}",
                i.secret, i.values
            )
        })
        .collect();
    let ids: Vec<String> = header
        .identities
        .iter()
        .map(|(f, n)| format!("\"{f}\":{n}"))
        .collect();
    lines[1] = format!(
        "{{\"version\":2,\"identities\":{{{}}},\"secrets\":{{{}}}}}",
        ids.join(","),
        secrets.join(",")
    );
    std::fs::write(vault, lines.join("\n") + "\n").unwrap();
    assert!(Header::parse(&lines[1]).is_ok());
}

#[test]
fn another_spelling_of_a_name_fails_validation_naming_both_lines() {
    let dir = tempfile::tempdir().unwrap();
    let vault = alice_only(dir.path());
    bob_adds_lower_case_spelling(&vault);
    list_lower_case_first(&vault);
    let before = std::fs::read(&vault).unwrap();

    // The lines that define ALICE_ONLY and bob's alice_only.
    let text = String::from_utf8(before.clone()).unwrap();
    let line_of = |key: &str| {
        1 + text
            .lines()
            .position(|l| l.starts_with("{\"type\":\"secret\"") && l.contains(key))
            .unwrap()
    };
    let (owners, bobs) = (
        line_of("\"key\":\"ALICE_ONLY\""),
        line_of("\"key\":\"alice_only\""),
    );
    let out = dsenv_in(&vault, &key("alice"), &["validate"], None);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(6), "{text}");
    assert!(
        text.contains(&format!(
            "Secret entry {bobs} (alice_only): key \"alice_only\" is not in canonical form (ALICE_ONLY)"
        )),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "Secret entry {bobs} (alice_only): key \"alice_only\" (line {bobs}) and key \"ALICE_ONLY\" (line {owners}) name the same secret ALICE_ONLY"
        )),
        "{text}"
    );

    // Nothing reads the attacker's value, and the owner's next store does
    // not write into bob's secret: every command refuses the vault.
    let out = dsenv_in(
        &vault,
        &key("alice"),
        &["secret", "get", "ALICE_ONLY"],
        None,
    );
    assert_eq!(out.status.code(), Some(6), "{}", stderr(&out));
    assert!(!stdout(&out).contains("bob-value"));
    let secenv = dir.path().join(".secenv");
    std::fs::write(&secenv, "ALICE_ONLY={dotsecenv}\n").unwrap();
    let out = dsenv_in(
        &vault,
        &key("alice"),
        &["run", "--secenv", secenv.to_str().unwrap(), "--", "env"],
        None,
    );
    assert_eq!(out.status.code(), Some(6), "{}", stderr(&out));
    assert!(!stdout(&out).contains("bob-value"));
    let out = dsenv_in(
        &vault,
        &key("alice"),
        &["secret", "store", "ALICE_ONLY"],
        Some(b"rotated"),
    );
    assert_eq!(out.status.code(), Some(6), "{}", stderr(&out));
    assert_eq!(std::fs::read(&vault).unwrap(), before, "the vault changed");
}

#[test]
fn a_namespaced_value_replacing_a_secret_its_writer_cannot_write_is_a_warning_naming_him() {
    let dir = tempfile::tempdir().unwrap();
    let vault = alice_only(dir.path());
    // Bob (no recipient of ALICE_ONLY) writes prod::ALICE_ONLY with
    // dsenv's own commands and shares it with alice.
    ok(dsenv_in(
        &vault,
        &key("bob"),
        &["secret", "store", "prod::ALICE_ONLY"],
        Some(b"bob-value"),
    ));
    ok(dsenv_in(
        &vault,
        &key("bob"),
        &["secret", "share", "prod::ALICE_ONLY", ALICE],
        None,
    ));

    let out = ok(dsenv_in(
        &vault,
        &key("alice"),
        &["run", "--namespace", "prod", "--", "env", "-0"],
        None,
    ));
    // The documented override still holds, but not silently.
    let env = parse_env0(&out.stdout);
    assert!(env.contains(&("ALICE_ONLY".into(), "bob-value".into())));
    let err = stderr(&out);
    assert!(
        err.contains(&format!(
            "warning: ALICE_ONLY is set from prod::ALICE_ONLY, signed by {BOB}, who is not a \
             recipient of ALICE_ONLY"
        )),
        "{err}"
    );
    let out = ok(dsenv_in(
        &vault,
        &key("alice"),
        &["export", "--namespace", "prod"],
        None,
    ));
    assert!(
        stderr(&out).contains(&format!("signed by {BOB}")),
        "{}",
        stderr(&out)
    );

    // A namespaced value written by a recipient of ALICE_ONLY: no warning.
    ok(dsenv_in(
        &vault,
        &key("alice"),
        &["secret", "store", "prod::ALICE_ONLY"],
        Some(b"alice-prod"),
    ));
    let out = ok(dsenv_in(
        &vault,
        &key("alice"),
        &["run", "--namespace", "prod", "--", "env", "-0"],
        None,
    ));
    let env = parse_env0(&out.stdout);
    assert!(env.contains(&("ALICE_ONLY".into(), "alice-prod".into())));
    assert!(!stderr(&out).contains("warning"), "{}", stderr(&out));
}
