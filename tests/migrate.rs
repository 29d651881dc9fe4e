//! `dsenv import` / `dsenv export`: the real Dotenv Vault fixtures decrypt
//! byte for byte for every environment, and values round-trip through
//! export → dotenvy → import unchanged.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Output, Stdio};

use common::*;

const BOB: &str = "83C640BDE8A5E5DD4A9ACBFCD03E265CFBE06527";

fn dotenv_vault(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/fixtures/dotenv-vault")
        .join(rel)
}

fn new_vault(dir: &Path, name: &str) -> PathBuf {
    let v = dir.join(name);
    let out = dsenv_as(&v, "alice", &["init", "vault"]);
    assert!(out.status.success(), "{}", stderr(&out));
    v
}

fn with_key(vault: &Path, who: &str, dotenv_key: Option<&str>, args: &[&str]) -> Output {
    let mut cmd = dsenv();
    cmd.arg("-v")
        .arg(vault)
        .arg("--key-file")
        .arg(key(who))
        .args(args)
        .stdout(Stdio::piped());
    match dotenv_key {
        Some(k) => cmd.env("DOTENV_KEY", k),
        None => cmd.env_remove("DOTENV_KEY"),
    };
    cmd.output().unwrap()
}

fn export_json(vault: &Path, who: &str) -> serde_json::Value {
    let out = with_key(vault, who, None, &["export", "--format", "json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn every_dotenv_vault_environment_imports_byte_for_byte() {
    let expected = json(&dotenv_vault("expected.json"));
    let dir = tempfile::tempdir().unwrap();
    for (env, facts) in expected.as_object().unwrap() {
        let vault = new_vault(dir.path(), &format!("{env}.vault"));
        let key = facts["DOTENV_KEY"].as_str().unwrap();
        let out = with_key(
            &vault,
            "alice",
            Some(key),
            &["import", dotenv_vault(".env.vault").to_str().unwrap()],
        );
        assert!(out.status.success(), "{env}: {}", stderr(&out));
        assert_eq!(export_json(&vault, "alice"), facts["values"], "{env}");
    }
}

#[test]
fn bad_dotenv_keys_and_a_changed_vault_fail_clearly() {
    let expected = json(&dotenv_vault("expected.json"));
    let production = expected["production"]["DOTENV_KEY"].as_str().unwrap();
    let wrong_key = production.replacen("key_7", "key_8", 1);
    let unknown_env = production.replace("environment=production", "environment=staging");
    let cases = [
        (Some(production), "tampered.env.vault", "does not decrypt"),
        (Some(wrong_key.as_str()), ".env.vault", "does not decrypt"),
        (
            Some(unknown_env.as_str()),
            ".env.vault",
            "no environment \"staging\"",
        ),
        (Some("https://example.test/"), ".env.vault", "dotenv://"),
        (
            Some("dotenv://:key_abc@x/vault/.env.vault?environment=production"),
            ".env.vault",
            "64 hex digits",
        ),
        (None, ".env.vault", "needs DOTENV_KEY"),
    ];
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path(), "v");
    let before = std::fs::read(&vault).unwrap();
    for (key, file, message) in cases {
        let out = with_key(
            &vault,
            "alice",
            key,
            &["import", dotenv_vault(file).to_str().unwrap()],
        );
        assert_eq!(out.status.code(), Some(4), "{key:?}: {}", stderr(&out));
        assert!(stderr(&out).contains(message), "{key:?}: {}", stderr(&out));
        assert!(!stderr(&out).contains("sk_live"), "no secret in errors");
        assert_eq!(std::fs::read(&vault).unwrap(), before);
    }
    // Rotation: several keys, tried in order.
    let both = format!("{wrong_key},{production}");
    let out = with_key(
        &vault,
        "alice",
        Some(&both),
        &["import", dotenv_vault(".env.vault").to_str().unwrap()],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        export_json(&vault, "alice"),
        expected["production"]["values"]
    );
}

#[test]
fn dry_run_overwrite_and_share() {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path(), "v");
    let out = dsenv_as(
        &vault,
        "alice",
        &[
            "identity",
            "add",
            fixture("keys/bob.pub.asc").to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let env_file = dir.path().join(".env");
    std::fs::write(&env_file, "A=1\nb_lower=2\n").unwrap();
    let before = std::fs::read(&vault).unwrap();
    let out = with_key(
        &vault,
        "alice",
        None,
        &[
            "import",
            env_file.to_str().unwrap(),
            "--dry-run",
            "--map-names",
        ],
    );
    assert_eq!(stdout(&out), "would add A\nwould add B_LOWER\n");
    assert!(
        stderr(&out)
            .contains("b_lower is stored as B_LOWER: the app will see B_LOWER, not b_lower"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        std::fs::read(&vault).unwrap(),
        before,
        "dry run writes nothing"
    );
    let out = with_key(
        &vault,
        "alice",
        None,
        &[
            "import",
            env_file.to_str().unwrap(),
            "--share",
            BOB,
            "--map-names",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        export_json(&vault, "bob"),
        serde_json::json!({"A": "1", "B_LOWER": "2"})
    );
    std::fs::write(&env_file, "A=changed\n").unwrap();
    let out = with_key(
        &vault,
        "alice",
        None,
        &["import", env_file.to_str().unwrap()],
    );
    assert_eq!(
        stdout(&out),
        "skip A (exists with another value; --overwrite replaces it)\n"
    );
    let out = with_key(
        &vault,
        "alice",
        None,
        &["import", env_file.to_str().unwrap(), "--overwrite"],
    );
    assert_eq!(stdout(&out), "update A (value changes)\n");
    assert_eq!(
        export_json(&vault, "bob")["A"],
        "changed",
        "recipients carry forward"
    );
    std::fs::write(&env_file, "TRAILING_=x\n").unwrap();
    let out = with_key(
        &vault,
        "alice",
        None,
        &["import", env_file.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("TRAILING_: name must not end with `_` or `.`"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn import_export_import_round_trips_tricky_values() {
    let values = [
        ("NEWLINES", "line one\nline two\n"),
        ("QUOTES", "it's \"quoted\""),
        ("HASH", "#not a comment # really"),
        ("DOLLAR", "$HOME ${PATH} $"),
        ("UNICODE", "héllo ✓ 秘密 🚀"),
        ("SPACES", "  leading and trailing  "),
        ("BACKSLASH", "C:\\path\\n\\"),
        ("EQUALS", "a=b=c"),
    ];
    let dir = tempfile::tempdir().unwrap();
    let first = new_vault(dir.path(), "first");
    // Stored through `secret store` (stdin strips trailing newlines, so
    // the value with one is stored as its own .env line instead).
    let env_file = dir.path().join("in.env");
    let mut text = String::new();
    for (k, v) in values {
        text.push_str(&dsenv::sources::dotenv::quote(k, v).unwrap());
        text.push('\n');
    }
    std::fs::write(&env_file, &text).unwrap();
    let out = with_key(
        &first,
        "alice",
        None,
        &["import", env_file.to_str().unwrap(), "--dialect", "dotenvy"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let exported = with_key(&first, "alice", None, &["export", "--format", "dotenvy"]);
    assert!(exported.status.success());
    // dotenvy reads the export back byte for byte.
    let parsed: Vec<(String, String)> = dotenvy::from_read_iter(exported.stdout.as_slice())
        .map(|r| r.unwrap())
        .collect();
    for (k, v) in values {
        assert!(
            parsed.iter().any(|(pk, pv)| pk == k && pv == v),
            "{k} did not survive: {parsed:?}"
        );
    }
    let out_file = dir.path().join("out.env");
    std::fs::write(&out_file, &exported.stdout).unwrap();
    let second = new_vault(dir.path(), "second");
    let out = with_key(
        &second,
        "alice",
        None,
        &["import", out_file.to_str().unwrap(), "--dialect", "dotenvy"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(export_json(&first, "alice"), export_json(&second, "alice"));
}
