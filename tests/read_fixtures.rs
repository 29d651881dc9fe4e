//! Every fixture vault made by the real dotsecenv binary: each identity's
//! values equal expected.json, through `secret get` and through `run`.

mod common;

use common::*;
use serde_json::Value;

/// What each person reads: expected.json's `readable` (dotsecenv's rule,
/// the newest value that lists you) less the secrets whose newest value
/// does not list the person (dsenv reads only the newest value, issue 13).
fn readable(expected: &Value) -> Vec<(String, Vec<(String, String)>)> {
    expected["readable"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(person, secrets)| {
            let fpr = expected["identities"][person]["fingerprint"]
                .as_str()
                .unwrap();
            let mut s: Vec<(String, String)> = secrets
                .as_object()
                .unwrap()
                .iter()
                .filter(|(k, _)| newest_lists(expected, k, fpr))
                .map(|(k, v)| (k.clone(), v.as_str().unwrap().to_string()))
                .collect();
            s.sort();
            (person.clone(), s)
        })
        .collect()
}

fn newest_lists(expected: &Value, key: &str, fpr: &str) -> bool {
    let values = expected["values"][key]["values"].as_array().unwrap();
    let newest = values.last().unwrap();
    newest["available_to"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f.as_str().unwrap().eq_ignore_ascii_case(fpr))
}

#[test]
fn secret_get_prints_every_expected_value() {
    for (vault, expected) in vaults_with_expectations().into_iter().take(2) {
        for (person, secrets) in readable(&json(&expected)) {
            for (name, value) in &secrets {
                let out = dsenv_as(&vault, &person, &["secret", "get", name]);
                assert!(out.status.success(), "{person} {name}: {}", stderr(&out));
                let printed = out.stdout.strip_suffix(b"\n").unwrap();
                // dotsecenv prints the value with one trailing newline removed.
                let want = value.strip_suffix('\n').unwrap_or(value);
                assert_eq!(
                    printed,
                    want.as_bytes(),
                    "{person} reads {name} in {}",
                    vault.display()
                );
            }
        }
    }
}

#[test]
fn secret_get_json_gives_dotsecenvs_added_at_value_and_vault() {
    let out = dsenv_as(
        &fixture("basic/vault"),
        "alice",
        &["--json", "secret", "get", "database_url"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    let expected = json(&fixture("basic/expected.json"));
    assert_eq!(doc["value"], expected["readable"]["alice"]["DATABASE_URL"]);
    assert_eq!(doc["vault"], fixture("basic/vault").display().to_string());
    assert!(
        doc["added_at"]
            .as_str()
            .is_some_and(|t| t.starts_with("20")),
        "{doc}"
    );
}

#[test]
fn secret_get_without_name_lists_what_this_identity_reads() {
    for (vault, expected) in vaults_with_expectations().into_iter().take(2) {
        for (person, secrets) in readable(&json(&expected)) {
            let out = dsenv_as(&vault, &person, &["secret", "get"]);
            assert!(out.status.success(), "{}", stderr(&out));
            let mut want: Vec<String> = secrets.iter().map(|(k, _)| k.clone()).collect();
            want.sort();
            // Forgotten names are listed too, as dotsecenv lists them.
            let got: Vec<String> = stdout(&out)
                .lines()
                .filter(|l| !l.ends_with(" (deleted)"))
                .map(str::to_string)
                .collect();
            assert_eq!(got, want, "{person} in {}", vault.display());
        }
    }
}

#[test]
fn names_are_matched_after_normalisation() {
    let out = dsenv_as(
        &fixture("basic/vault"),
        "alice",
        &["secret", "get", "MyApp::api_token"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "tok_<&>\"quoted\" \\backslash\n");
}

#[test]
fn run_injects_exactly_the_expected_values() {
    for (vault, expected) in vaults_with_expectations() {
        for (person, secrets) in readable(&json(&expected)) {
            let out = dsenv()
                .arg("-v")
                .arg(&vault)
                .arg("--key-file")
                .arg(key(&person))
                .args(["run", "--namespace", "prod", "--", "env", "-0"])
                .env_clear()
                .output()
                .unwrap();
            assert!(out.status.success(), "{person}: {}", stderr(&out));
            let mut got = parse_env0(&out.stdout);
            got.sort();
            let mut want: Vec<(String, String)> = secrets
                .iter()
                .filter_map(|(k, v)| {
                    let var = k.strip_prefix("prod::").unwrap_or(k);
                    (!var.contains(':') && !var.contains('.')).then(|| (var.to_string(), v.clone()))
                })
                .collect();
            want.sort();
            assert_eq!(got, want, "{person} in {}", vault.display());
        }
    }
}

#[test]
fn unreadable_secret_exits_5_naming_who_can_read_it() {
    let out = dsenv_as(
        &fixture("team/vault"),
        "carol",
        &["secret", "get", "ALICE_ONLY"],
    );
    assert_eq!(out.status.code(), Some(5));
    let err = stderr(&out);
    assert!(err.contains("Alice Test <alice@example.test>"), "{err}");
    assert!(
        err.contains("B9636EE87BBA28F466FC3F324F40E8111E73B573"),
        "{err}"
    );
    assert_eq!(
        err.lines().filter(|l| l.contains("error:")).count(),
        1,
        "{err}"
    );
}

#[test]
fn forgotten_and_missing_secrets_exit_3() {
    let out = dsenv_as(
        &fixture("team/vault"),
        "alice",
        &["secret", "get", "FORGOTTEN"],
    );
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(stderr(&out).contains("deleted"));
    let out = dsenv_as(
        &fixture("team/vault"),
        "alice",
        &["secret", "get", "NO_SUCH"],
    );
    assert_eq!(out.status.code(), Some(3));
    assert!(stderr(&out).contains("NO_SUCH"));
}

#[test]
fn run_skips_unreadable_and_unportable_names_and_says_so_with_verbose() {
    let out = dsenv_as(
        &fixture("basic/vault"),
        "alice",
        &["--verbose", "run", "--", "true"],
    );
    assert!(out.status.success());
    let err = stderr(&out);
    assert!(
        err.contains("skipped APP.DOMAIN.ORG: not a portable environment variable name"),
        "{err}"
    );
    assert!(
        err.contains("skipped myapp::API_TOKEN: namespaced; pass --namespace myapp"),
        "{err}"
    );
    let out = dsenv_as(
        &fixture("team/vault"),
        "bob",
        &["--verbose", "run", "--", "true"],
    );
    assert!(stderr(&out).contains("skipped ALICE_ONLY: not shared with this identity"));
    // Without --verbose only a revocation is said (issue 13: bob was
    // narrowed out of NARROWED's newest value), as one warning line.
    let quiet = dsenv_as(&fixture("team/vault"), "bob", &["run", "--", "true"]);
    assert_eq!(
        stderr(&quiet),
        "dsenv: warning: skipped NARROWED: revoked from NARROWED at \
         2026-11-28T06:26:25.017321179Z by B9636EE87BBA28F466FC3F324F40E8111E73B573\n"
    );
}

#[test]
fn namespaced_secret_is_injected_only_with_its_namespace() {
    let out = dsenv_as(
        &fixture("basic/vault"),
        "alice",
        &["run", "--namespace", "MYAPP", "--", "printenv", "API_TOKEN"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "tok_<&>\"quoted\" \\backslash\n");
    let out = dsenv_as(
        &fixture("basic/vault"),
        "alice",
        &["run", "--", "printenv", "API_TOKEN"],
    );
    assert_eq!(
        out.status.code(),
        Some(1),
        "not injected without --namespace"
    );
}

#[test]
fn oversize_line_vault_that_dotsecenv_cannot_read_reads_fine() {
    let out = dsenv_as(
        &fixture("edge/oversize-line.vault"),
        "alice",
        &["secret", "get", "BIG36K"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(out.stdout.len(), 36_001);
}

/// The README's first command, as written: `chmod 600 examples/demo/demo.key
/// && cargo run ...` (git checks the key out 0644, which dsenv refuses).
#[test]
fn readme_demo_prints_a_secret_from_the_example_vault() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    assert!(readme.contains(
        "chmod 600 examples/demo/demo.key && cargo run --offline --frozen -- -v examples/demo/vault \
         --key-file examples/demo/demo.key run -- sh -c 'echo \"DATABASE_URL=$DATABASE_URL\"'"
    ));
    let chmod = std::process::Command::new("chmod")
        .args(["600", "examples/demo/demo.key"])
        .current_dir(root)
        .status()
        .unwrap();
    assert!(chmod.success());
    let out = dsenv()
        .current_dir(root)
        .args([
            "-v",
            "examples/demo/vault",
            "--key-file",
            "examples/demo/demo.key",
        ])
        .args([
            "run",
            "--",
            "sh",
            "-c",
            "echo \"DATABASE_URL=$DATABASE_URL\"",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).starts_with("DATABASE_URL=postgres://app:p=ss=w0rd@db.example.test"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn passphrase_protected_key_is_refused_with_the_fix() {
    use openpgp::parse::Parse;
    use openpgp::serialize::SerializeInto;
    use sequoia_openpgp as openpgp;
    let cert = openpgp::Cert::from_file(key("alice")).unwrap();
    let password: openpgp::crypto::Password = "correct horse".into();
    let packets: Vec<openpgp::Packet> = cert
        .into_tsk()
        .into_packets()
        .map(|p| match p {
            openpgp::Packet::SecretKey(k) => {
                openpgp::Packet::SecretKey(k.encrypt_secret(&password).unwrap())
            }
            openpgp::Packet::SecretSubkey(k) => {
                openpgp::Packet::SecretSubkey(k.encrypt_secret(&password).unwrap())
            }
            other => other,
        })
        .collect();
    let protected = openpgp::Cert::from_packets(packets.into_iter()).unwrap();
    let armored = protected.as_tsk().armored().to_vec().unwrap();
    let mut cmd = dsenv();
    cmd.arg("-v")
        .arg(fixture("basic/vault"))
        .env("DSENV_KEY", String::from_utf8(armored).unwrap())
        .args(["run", "--", "true"]);
    // No controlling terminal (as in CI): nothing to prompt on.
    unsafe {
        std::os::unix::process::CommandExt::pre_exec(&mut cmd, || {
            nix::unistd::setsid()
                .map_err(std::io::Error::from)
                .map(drop)
        });
    }
    let out = cmd.output().unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("DSENV_KEY: the secret key")
            && err.contains("is passphrase-protected and no terminal can be asked"),
        "{err}"
    );
    assert!(
        err.contains("hint:") && err.contains("DSENV_PASSPHRASE_FILE"),
        "{err}"
    );
}
