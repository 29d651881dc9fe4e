//! Secret values never appear in an error message or in `Debug` output.
//!
//! Every failing path reachable with the fixtures (wrong key, not a
//! recipient, tampered vaults, bad .env, bad DOTENV_KEY, policy refusal,
//! denied and refused writes whose value came on stdin, bad config, exec
//! failure...) is run, also with --verbose and --json where they exist,
//! and its stdout and stderr are searched for every known plaintext.

mod common;

use std::marker::PhantomData;
use std::path::{Path, PathBuf};
use std::process::Output;

use common::*;
use serde_json::Value;

/// Plaintexts short and common enough to occur in ordinary text by
/// chance ("value", "dotted") are left out.
const MIN_LEN: usize = 8;

/// Every plaintext of the fixture vaults and of the Dotenv Vault fixture.
fn plaintexts() -> Vec<String> {
    let mut out = Vec::new();
    collect(&json(&fixture("keys/expected.json")), &mut out);
    let dotenv = json(&fixtures().join("../dotenv-vault/expected.json"));
    for env in dotenv.as_object().unwrap().values() {
        for v in env["values"].as_object().unwrap().values() {
            out.push(v.as_str().unwrap().to_string());
        }
    }
    out.retain(|p| p.len() >= MIN_LEN);
    out.sort();
    out.dedup();
    out
}

/// `plaintext` fields and the values of `readable` maps, at any depth.
fn collect(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(map) => {
            for (k, v) in map {
                match (k.as_str(), v) {
                    ("plaintext", Value::String(s)) => out.push(s.clone()),
                    ("readable", Value::Object(people)) => {
                        for secrets in people.values() {
                            for s in secrets.as_object().unwrap().values() {
                                out.push(s.as_str().unwrap().to_string());
                            }
                        }
                    }
                    _ => collect(v, out),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|i| collect(i, out)),
        _ => {}
    }
}

/// One failing command and its output.
struct Case {
    what: String,
    out: Output,
}

fn case(what: impl Into<String>, out: Output) -> Case {
    Case {
        what: what.into(),
        out,
    }
}

fn with_stdin(vault: &Path, key_file: &Path, args: &[&str], input: &[u8]) -> Output {
    output_with_stdin(
        dsenv()
            .arg("-v")
            .arg(vault)
            .arg("--key-file")
            .arg(key_file)
            .args(args)
            .env("XDG_CONFIG_HOME", vault.with_extension("cfg")),
        input,
    )
}

fn writable_team(dir: &Path) -> PathBuf {
    let vault = dir.join("team.vault");
    std::fs::write(&vault, std::fs::read(fixture("team/vault")).unwrap()).unwrap();
    vault
}

fn read_failures(dir: &Path) -> Vec<Case> {
    let mut cases = Vec::new();
    let basic = fixture("basic/vault");
    let team = fixture("team/vault");
    for flags in [&[][..], &["--verbose"][..], &["--json"][..]] {
        let with = |args: &[&'static str]| -> Vec<&'static str> { [flags, args].concat() };
        cases.push(case(
            format!("{flags:?} not an identity (mallory)"),
            dsenv_as(&basic, "mallory", &with(&["secret", "get", "DATABASE_URL"])),
        ));
        cases.push(case(
            format!("{flags:?} not a recipient (bob, ALICE_ONLY)"),
            dsenv_as(&team, "bob", &with(&["secret", "get", "ALICE_ONLY"])),
        ));
        cases.push(case(
            format!("{flags:?} unknown --only"),
            dsenv_as(
                &basic,
                "alice",
                &with(&["run", "--only", "NOPE", "--", "env"]),
            ),
        ));
        cases.push(case(
            format!("{flags:?} command not found after decrypting"),
            dsenv_as(&basic, "alice", &with(&["run", "--", "/nonexistent/cmd"])),
        ));
        cases.push(case(
            format!("{flags:?} no such secret"),
            dsenv_as(&basic, "alice", &with(&["secret", "get", "NOPE"])),
        ));
        for entry in std::fs::read_dir(fixture("tampered")).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|x| x != "vault") {
                continue;
            }
            for args in [&["validate"][..], &["run", "--", "env"], &["export"]] {
                cases.push(case(
                    format!("{flags:?} {} {args:?}", path.display()),
                    dsenv_as(&path, "alice", &with(args)),
                ));
            }
        }
    }
    let public = dsenv()
        .arg("-v")
        .arg(&basic)
        .arg("--key-file")
        .arg(fixture("keys/alice.pub.asc"))
        .args(["run", "--", "env"])
        .output()
        .unwrap();
    cases.push(case("a public key as the key", public));
    let bad_config = dir.join("bad-config");
    std::fs::write(&bad_config, "vault: [unclosed\n").unwrap();
    let out = dsenv()
        .arg("-c")
        .arg(&bad_config)
        .arg("-v")
        .arg(&basic)
        .arg("--key-file")
        .arg(key("alice"))
        .args(["run", "--", "env"])
        .output()
        .unwrap();
    cases.push(case("bad config", out));
    cases
}

fn source_failures(dir: &Path, secrets: &[String]) -> Vec<Case> {
    let mut cases = Vec::new();
    let dv_dir = fixtures().join("../dotenv-vault");
    let expected = json(&dv_dir.join("expected.json"));
    let production = expected["production"]["DOTENV_KEY"].as_str().unwrap();
    for (file, key) in [
        ("tampered.env.vault", production.to_string()),
        (".env.vault", production.replacen("key_7", "key_8", 1)),
        (
            ".env.vault",
            "dotenv://:key_short@dotenvx.com/vault/.env.vault?environment=production".into(),
        ),
    ] {
        let out = dsenv()
            .current_dir(dir)
            .env("DOTENV_KEY", &key)
            .args(["run", "--dotenv-vault"])
            .arg(dv_dir.join(file))
            .args(["--", "/nonexistent/cmd"])
            .output()
            .unwrap();
        cases.push(case(format!("DOTENV_KEY {file}"), out));
    }
    // .env files built from the plaintexts: broken quoting, bad names,
    // and a NUL byte, read by run and by import.
    let mut text = String::new();
    for (i, s) in secrets.iter().take(40).enumerate() {
        let one_line = s.replace(['\n', '\0'], " ");
        text.push_str(&format!(
            "GOOD_{i}={one_line:?}\n1BAD_{i}={one_line}\nUNCLOSED_{i}=\"{one_line}\n"
        ));
    }
    let env_file = dir.join("bad.env");
    std::fs::write(&env_file, format!("{text}NUL=a\0b\n")).unwrap();
    let out = dsenv()
        .current_dir(dir)
        .args(["run", "--env-file"])
        .arg(&env_file)
        .args(["--", "/nonexistent/cmd"])
        .output()
        .unwrap();
    cases.push(case("bad .env, run", out));
    let vault = writable_team(dir);
    for flags in [&["--dry-run"][..], &[][..]] {
        let mut args = vec!["import", env_file.to_str().unwrap()];
        args.extend_from_slice(flags);
        cases.push(case(
            format!("bad .env, import {flags:?}"),
            with_stdin(&vault, &key("alice"), &args, b""),
        ));
    }
    cases
}

fn write_failures(dir: &Path, secrets: &[String]) -> Vec<Case> {
    let mut cases = Vec::new();
    let vault = writable_team(dir);
    let weak = private_copy(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/weak-keys/rsa1024.sec.asc"),
    );
    for s in secrets.iter().take(10) {
        let value = s.as_bytes();
        cases.push(case(
            "store by a non-recipient",
            with_stdin(
                &vault,
                &key("bob"),
                &["secret", "store", "ALICE_ONLY"],
                value,
            ),
        ));
        cases.push(case(
            "store after forget",
            with_stdin(
                &vault,
                &key("alice"),
                &["secret", "store", "FORGOTTEN"],
                value,
            ),
        ));
        cases.push(case(
            "store by an outsider",
            with_stdin(
                &vault,
                &key("mallory"),
                &["secret", "store", "SHARED_ALL"],
                value,
            ),
        ));
        cases.push(case(
            "store by a key below the FIPS floor",
            with_stdin(&vault, &weak, &["secret", "store", "NEW"], value),
        ));
        cases.push(case(
            "store under an invalid name",
            with_stdin(
                &vault,
                &key("alice"),
                &["secret", "store", "1-bad name"],
                value,
            ),
        ));
    }
    cases.push(case(
        "share to an unknown fingerprint",
        with_stdin(
            &vault,
            &key("alice"),
            &[
                "secret",
                "share",
                "SHARED_ALL",
                "0123456789ABCDEF0123456789ABCDEF01234567",
            ],
            b"",
        ),
    ));
    cases.push(case(
        "revoke the last recipient",
        with_stdin(
            &vault,
            &key("alice"),
            &[
                "secret",
                "revoke",
                "ALICE_ONLY",
                "B9636EE87BBA28F466FC3F324F40E8111E73B573",
            ],
            b"",
        ),
    ));
    let read_only = dir.join("ro.vault");
    std::fs::write(&read_only, std::fs::read(fixture("team/vault")).unwrap()).unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&read_only, std::fs::Permissions::from_mode(0o444)).unwrap();
    cases.push(case(
        "store into a read-only vault",
        with_stdin(
            &read_only,
            &key("alice"),
            &["secret", "store", "SHARED_ALL"],
            secrets[0].as_bytes(),
        ),
    ));
    cases
}

#[test]
fn no_failing_path_prints_a_secret_value() {
    let secrets = plaintexts();
    assert!(
        secrets.len() > 1000,
        "expected the bench plaintexts too: {}",
        secrets.len()
    );
    let dir = tempfile::tempdir().unwrap();
    let cases: Vec<Case> = read_failures(dir.path())
        .into_iter()
        .chain(source_failures(dir.path(), &secrets))
        .chain(write_failures(dir.path(), &secrets))
        .collect();
    let succeeded: Vec<&str> = cases
        .iter()
        .filter(|c| c.out.status.success())
        .map(|c| c.what.as_str())
        .collect();
    assert!(succeeded.is_empty(), "not failing paths: {succeeded:?}");
    for c in &cases {
        let text = format!("{}{}", stdout(&c.out), stderr(&c.out));
        for s in &secrets {
            assert!(
                !text.contains(s.as_str()),
                "{}: printed a secret value",
                c.what
            );
        }
    }
    println!(
        "failing paths checked: {}, against {} plaintexts",
        cases.len(),
        secrets.len()
    );
}

/// Autoref specialisation: `Probe::<T>::NEW.has_debug()` is true exactly
/// when `T: Debug`, decided at compile time for a concrete `T`.
struct Probe<T>(PhantomData<T>);
trait WithDebug {
    fn has_debug(&self) -> bool {
        true
    }
}
impl<T: std::fmt::Debug> WithDebug for Probe<T> {}
trait WithoutDebug {
    fn has_debug(&self) -> bool {
        false
    }
}
impl<T> WithoutDebug for &Probe<T> {}

#[test]
// The explicit `&` is the mechanism: it makes the Debug impl win when there is one.
#[allow(clippy::needless_borrow)]
fn types_that_hold_secrets_cannot_be_debug_printed() {
    // No Debug at all: a `{:?}` of these does not compile.
    assert!(!(&Probe::<dsenv::sources::Variable>(PhantomData)).has_debug());
    assert!(!(&Probe::<dsenv::keys::KeyMaterial>(PhantomData)).has_debug());
    assert!(!(&Probe::<dsenv::keys::KeyLookup>(PhantomData)).has_debug());
    assert!(!(&Probe::<dsenv::env::ChildEnv>(PhantomData)).has_debug());
    assert!(!(&Probe::<dsenv::crypto::decrypt::Decryptors>(PhantomData)).has_debug());
    // The probe itself can say yes.
    assert!((&Probe::<String>(PhantomData)).has_debug());
}

#[test]
fn debug_output_of_secret_holders_redacts_the_secret() {
    use secrecy::SecretBox;
    for s in plaintexts().iter().take(50) {
        let boxed: SecretBox<Vec<u8>> = SecretBox::new(Box::new(s.as_bytes().to_vec()));
        let shown = format!("{boxed:?}");
        assert!(
            !shown.contains(s.as_str()) && !shown.contains(&format!("{:?}", s.as_bytes())),
            "{shown}"
        );
    }
    // The loaded identity shows its fingerprint, never key material.
    let armored = std::fs::read(key("alice")).unwrap();
    let material = dsenv::keys::KeyMaterial {
        source: dsenv::keys::KeySource::EnvKey,
        bytes: SecretBox::new(Box::new(armored.clone())),
        file_mode: None,
    };
    let identity = dsenv::keys::identity::load(&material, None).unwrap();
    let shown = format!("{identity:?}");
    assert!(
        shown.contains("B9636EE87BBA28F466FC3F324F40E8111E73B573"),
        "{shown}"
    );
    assert!(!shown.contains("PRIVATE") && shown.len() < 120, "{shown}");
}
