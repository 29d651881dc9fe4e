//! `run` with several sources: .env files, a Dotenv Vault, a .secenv file
//! and the vault, in the documented precedence; and `rotate`.

mod common;

use std::path::{Path, PathBuf};
use std::process::Output;

use common::*;

const BOB: &str = "83C640BDE8A5E5DD4A9ACBFCD03E265CFBE06527";

fn dotenv_vault(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/fixtures/dotenv-vault")
        .join(rel)
}

fn dev_key() -> String {
    json(&dotenv_vault("expected.json"))["development"]["DOTENV_KEY"]
        .as_str()
        .unwrap()
        .to_string()
}

/// `dsenv ARGS run ... -- env -0` from `dir`, with a clean environment
/// plus `vars`; returns the child's variables.
fn child_env(dir: &Path, args: &[&str], vars: &[(&str, &str)]) -> (Output, Vec<(String, String)>) {
    let mut cmd = dsenv();
    cmd.current_dir(dir)
        .env_clear()
        .env("PATH", "/usr/bin:/bin")
        .envs(vars.iter().copied());
    cmd.args(args).args(["--", "env", "-0"]);
    let out = cmd.output().unwrap();
    let env = parse_env0(&out.stdout);
    (out, env)
}

fn var<'a>(env: &'a [(String, String)], name: &str) -> Option<&'a str> {
    env.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p.to_str().unwrap().to_string()
}

#[test]
fn files_only_need_no_vault_and_no_key_and_interpolate() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.env", "BASE=/srv\nexport BIN=${BASE}/bin\nFROM_PARENT=${HOME}/x\nQUOTED=\"two\nlines\" # comment\n");
    let b = write(dir.path(), "b.env", "BASE=/override\nONLY_B=b\n");
    let (out, env) = child_env(
        dir.path(),
        &["run", "--env-file", &a, "--env-file", &b],
        &[("HOME", "/home/u")],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        var(&env, "BIN"),
        Some("/srv/bin"),
        "interpolation from earlier values"
    );
    assert_eq!(
        var(&env, "FROM_PARENT"),
        Some("/home/u/x"),
        "interpolation from the parent"
    );
    assert_eq!(var(&env, "QUOTED"), Some("two\nlines"));
    assert_eq!(var(&env, "BASE"), Some("/override"), "a later file wins");
    assert_eq!(var(&env, "ONLY_B"), Some("b"));
}

#[test]
fn precedence_files_then_dotenv_vault_then_vault_then_parent() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(
        dir.path(),
        "f.env",
        "GREETING=\"from file\"\nDATABASE_URL=\"from file\"\nFILE_ONLY=1\nP=\"from file\"\n",
    );
    let vault = fixture("basic/vault");
    let key_file = key("alice");
    let base = [
        "-v",
        vault.to_str().unwrap(),
        "--key-file",
        key_file.to_str().unwrap(),
        "run",
        "--env-file",
        &f,
        "--dotenv-vault",
    ];
    let dv = dotenv_vault(".env.vault");
    let mut args: Vec<&str> = base.to_vec();
    args.push(dv.to_str().unwrap());
    let key = dev_key();
    let (out, env) = child_env(
        dir.path(),
        &args,
        &[
            ("DOTENV_KEY", &key),
            ("P", "from parent"),
            ("MULTILINE_VALUE", "from parent"),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(var(&env, "FILE_ONLY"), Some("1"));
    assert_eq!(
        var(&env, "GREETING"),
        Some("hello from development"),
        "Dotenv Vault over .env file"
    );
    assert!(
        var(&env, "DATABASE_URL")
            .unwrap()
            .starts_with("postgres://app:p=ss=w0rd@"),
        "vault over Dotenv Vault"
    );
    assert_eq!(var(&env, "P"), Some("from parent"), "parent over files");
    assert_eq!(
        var(&env, "MULTILINE_VALUE"),
        Some("from parent"),
        "parent over vault"
    );
    assert_eq!(
        var(&env, "DOTENV_KEY"),
        Some(key.as_str()),
        "DOTENV_KEY is the user's own variable"
    );

    let mut with_override = args.clone();
    with_override.push("--override");
    let (out, env) = child_env(
        dir.path(),
        &with_override,
        &[
            ("DOTENV_KEY", &key),
            ("P", "from parent"),
            ("MULTILINE_VALUE", "from parent"),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        var(&env, "P"),
        Some("from file"),
        "--override puts the parent lowest"
    );
    assert_eq!(
        var(&env, "MULTILINE_VALUE"),
        Some("line one\nline two\n\tindented line three")
    );
}

#[test]
fn run_with_each_dotenv_vault_environment() {
    let expected = json(&dotenv_vault("expected.json"));
    let dir = tempfile::tempdir().unwrap();
    let dv = dotenv_vault(".env.vault");
    for (name, facts) in expected.as_object().unwrap() {
        let (out, env) = child_env(
            dir.path(),
            &["run", "--dotenv-vault", dv.to_str().unwrap()],
            &[("DOTENV_KEY", facts["DOTENV_KEY"].as_str().unwrap())],
        );
        assert!(out.status.success(), "{name}: {}", stderr(&out));
        for (k, v) in facts["values"].as_object().unwrap() {
            assert_eq!(var(&env, k), v.as_str(), "{name}: {k}");
        }
    }
    // A changed blob or a wrong key: clear error, the child never runs.
    let marker = dir.path().join("ran");
    let production = expected["production"]["DOTENV_KEY"].as_str().unwrap();
    for (file, key) in [
        ("tampered.env.vault", production.to_string()),
        (".env.vault", production.replacen("key_7", "key_8", 1)),
    ] {
        let out = dsenv()
            .current_dir(dir.path())
            .env("DOTENV_KEY", &key)
            .args([
                "run",
                "--dotenv-vault",
                dotenv_vault(file).to_str().unwrap(),
                "--",
                "touch",
                marker.to_str().unwrap(),
            ])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
        assert!(!marker.exists());
    }
}

#[test]
fn secenv_selects_and_renames_secrets() {
    let dir = tempfile::tempdir().unwrap();
    let secenv = write(dir.path(), ".secenv", "# dotsecenv plugin file\nDB={dotsecenv/DATABASE_URL}\nTOKEN=\"{dotsecenv/myapp::API_TOKEN}\"\nMULTILINE_VALUE={dotsecenv}\nPLAIN='hello'\n");
    let vault = fixture("basic/vault");
    let k = key("alice");
    let (out, env) = child_env(
        dir.path(),
        &[
            "-v",
            vault.to_str().unwrap(),
            "--key-file",
            k.to_str().unwrap(),
            "run",
            "--secenv",
            &secenv,
        ],
        &[],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(var(&env, "DB").unwrap().starts_with("postgres://"));
    assert_eq!(var(&env, "TOKEN"), Some("tok_<&>\"quoted\" \\backslash"));
    assert_eq!(
        var(&env, "MULTILINE_VALUE"),
        Some("line one\nline two\n\tindented line three")
    );
    assert_eq!(var(&env, "PLAIN"), Some("hello"));
    assert_eq!(var(&env, "BIG_4K"), None, "only what the file names");
    assert_eq!(var(&env, "DATABASE_URL"), None, "renamed");

    let bad = write(dir.path(), "bad.secenv", "X={dotsecenv/NO_SUCH}\n");
    let marker = dir.path().join("ran");
    let out = dsenv_as(
        &vault,
        "alice",
        &[
            "run",
            "--secenv",
            &bad,
            "--",
            "touch",
            marker.to_str().unwrap(),
        ],
    );
    // A secret the .secenv names is a need: exit 10 (issue 13; was 3).
    assert_eq!(out.status.code(), Some(10), "{}", stderr(&out));
    assert!(stderr(&out).contains("NO_SUCH") && !marker.exists());
}

fn store(vault: &Path, who: &str, name: &str, value: &str) {
    let out = output_with_stdin(
        dsenv()
            .arg("-v")
            .arg(vault)
            .arg("--key-file")
            .arg(key(who))
            .args(["secret", "store", name]),
        value.as_bytes(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn rotate_refreshes_session_keys_and_removes_an_identity() {
    let dir = tempfile::tempdir().unwrap();
    let vault = dir.path().join("v");
    assert!(dsenv_as(&vault, "alice", &["init", "vault"])
        .status
        .success());
    assert!(dsenv_as(
        &vault,
        "alice",
        &[
            "identity",
            "add",
            fixture("keys/bob.pub.asc").to_str().unwrap()
        ]
    )
    .status
    .success());
    store(&vault, "alice", "X", "x-value");
    store(&vault, "alice", "Y", "y-value");
    for s in ["X", "Y"] {
        assert!(dsenv_as(&vault, "alice", &["secret", "share", s, BOB])
            .status
            .success());
    }
    let before = std::fs::read_to_string(&vault).unwrap();
    let out = dsenv_as(&vault, "alice", &["rotate", "X"]);
    assert_eq!(
        stdout(&out),
        "rotated X (2 recipient(s))\n",
        "{}",
        stderr(&out)
    );
    let after = std::fs::read_to_string(&vault).unwrap();
    // One value and the write's checkpoint (signed_state.rs).
    assert_eq!(after.lines().count(), before.lines().count() + 2);
    let last_value =
        |text: &str| -> serde_json::Value { serde_json::from_str(last_value_line(text)).unwrap() };
    let (last, previous) = (last_value(&after), last_value(&before));
    assert_ne!(
        last["data"]["value"], previous["data"]["value"],
        "a fresh session key, a new ciphertext"
    );
    assert_eq!(
        stdout(&dsenv_as(&vault, "bob", &["secret", "get", "X"])),
        "x-value\n"
    );

    let out = dsenv_as(&vault, "alice", &["rotate", "--remove-identity", BOB]);
    assert_eq!(
        stdout(&out),
        format!("rotated X (1 recipient(s))\nrotated Y (1 recipient(s))\nremoved identity {BOB}\n"),
        "{}",
        stderr(&out)
    );
    store(&vault, "alice", "X", "x-v2");
    assert_eq!(
        stdout(&dsenv_as(&vault, "alice", &["secret", "get", "X"])),
        "x-v2\n"
    );
    // Bob never sees the new value, nor (issue 13) the old one any more:
    // he is no longer a member (issue 12, signed_state.rs).
    let out = dsenv_as(&vault, "bob", &["secret", "get", "X"]);
    assert_eq!(out.status.code(), Some(10), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("was removed from"),
        "{}",
        stderr(&out)
    );
    assert!(out.stdout.is_empty());
    assert!(dsenv_as(&vault, "carol", &["validate"]).status.success());

    // Someone who cannot read every affected secret rotates nothing.
    let team = dir.path().join("team");
    std::fs::write(&team, std::fs::read(fixture("team/vault")).unwrap()).unwrap();
    let before = std::fs::read(&team).unwrap();
    let out = dsenv_as(&team, "alice", &["rotate", "--remove-identity", BOB]);
    assert_eq!(out.status.code(), Some(8), "{}", stderr(&out));
    assert!(stderr(&out).contains("BOB_CREATED"), "{}", stderr(&out));
    assert_eq!(std::fs::read(&team).unwrap(), before);
}

#[test]
fn a_bad_env_file_line_is_named_without_its_content() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(dir.path(), "bad.env", "OK=1\nSECRET=two words hunter2\n");
    // dotenvy refuses an unquoted space; Compose (the default) does not.
    let (out, _) = child_env(
        dir.path(),
        &["run", "--dialect", "dotenvy", "--env-file", &f],
        &[],
    );
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("bad.env: line 2: cannot parse"), "{err}");
    assert!(!err.contains("hunter2"), "{err}");
}

#[test]
fn secenv_plain_values_sit_between_the_dotenv_vault_and_the_vault() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(dir.path(), "f.env", "GREETING=\"from file\"\nSHARED=file\n");
    let secenv = write(
        dir.path(),
        ".secenv",
        "GREETING=from-secenv\nDATABASE_URL=from-secenv\nDB={dotsecenv/DATABASE_URL}\n",
    );
    let vault = fixture("basic/vault");
    let k = key("alice");
    let dv = dotenv_vault(".env.vault");
    let args = [
        "-v",
        vault.to_str().unwrap(),
        "--key-file",
        k.to_str().unwrap(),
        "run",
        "--env-file",
        &f,
        "--dotenv-vault",
        dv.to_str().unwrap(),
        "--secenv",
        &secenv,
    ];
    let key = dev_key();
    let (out, env) = child_env(
        dir.path(),
        &args,
        &[("DOTENV_KEY", &key), ("SHARED", "parent")],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        var(&env, "GREETING"),
        Some("from-secenv"),
        ".secenv plain over Dotenv Vault and files"
    );
    assert_eq!(
        var(&env, "DATABASE_URL"),
        Some("from-secenv"),
        "with --secenv the vault gives only what it names"
    );
    assert!(
        var(&env, "DB").unwrap().starts_with("postgres://app:"),
        "vault secret renamed by .secenv"
    );
    assert_eq!(var(&env, "SHARED"), Some("parent"), "parent over files");
}
