//! `dsenv export --format dotenv|shell|docker` round-trip (issue 18): the
//! shell format is inert under `eval` in sh and bash (backticks, `$(…)`,
//! quotes, newlines), docker's refuses what `docker run --env-file`
//! cannot carry, dotenv reads back the same under Compose and node rules.

mod common;

use std::path::Path;
use std::process::{Command, Output, Stdio};

use common::*;

/// Values as the app must get them back.
const VALUES: &[(&str, &str)] = &[
    ("BT", "`touch pwned` and $(touch pwned)"),
    ("SQ", "it's"),
    ("NL", "line1\nline2"),
    ("DOLLAR", "$HOME ${PATH}"),
    ("MIX", "a'b $(touch pwned) `touch pwned` \\ \"q\"\nz"),
];

/// The same values in a Compose-dialect file.
const FILE: &str = "BT='`touch pwned` and $(touch pwned)'\nSQ=\"it's\"\nNL=\"line1\\nline2\"\nDOLLAR='$HOME ${PATH}'\nMIX=\"a'b $(touch pwned) `touch pwned` \\\\ \\\"q\\\"\\nz\"\n";

fn vault_with_values(dir: &Path) -> std::path::PathBuf {
    let vault = dir.join("vault");
    assert!(dsenv_as(&vault, "alice", &["init", "vault"])
        .status
        .success());
    let f = dir.join("in.env");
    std::fs::write(&f, FILE).unwrap();
    let out = dsenv_as(
        &vault,
        "alice",
        &["import", f.to_str().unwrap(), "--dialect", "compose"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    vault
}

fn export(vault: &Path, args: &[&str]) -> Output {
    let mut cmd = dsenv();
    cmd.arg("-v")
        .arg(vault)
        .arg("--key-file")
        .arg(key("alice"))
        .arg("export")
        .args(args)
        .stdout(Stdio::piped());
    cmd.output().unwrap()
}

fn wanted(names: &[&str]) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = VALUES
        .iter()
        .filter(|(k, _)| names.contains(k))
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    v.sort();
    v
}

fn only(env: Vec<(String, String)>, names: &[&str]) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = env
        .into_iter()
        .filter(|(k, _)| names.contains(&k.as_str()))
        .collect();
    v.sort();
    v
}

#[test]
fn shell_format_is_inert_under_eval() {
    let dir = tempfile::tempdir().unwrap();
    let vault = vault_with_values(dir.path());
    let out = export(&vault, &["--format", "shell"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let script = dir.path().join("exported.sh");
    std::fs::write(&script, &out.stdout).unwrap();
    let all: Vec<&str> = VALUES.iter().map(|(k, _)| *k).collect();
    for shell in ["sh", "bash"] {
        if Command::new(shell).arg("-c").arg("true").output().is_err() {
            continue;
        }
        let run = Command::new(shell)
            .arg("-c")
            .arg("eval \"$(cat \"$1\")\" && env -0")
            .arg(shell)
            .arg(&script)
            .current_dir(dir.path())
            .output()
            .unwrap();
        assert!(run.status.success(), "{shell}: {}", stderr(&run));
        assert_eq!(only(parse_env0(&run.stdout), &all), wanted(&all), "{shell}");
        assert!(!dir.path().join("pwned").exists());
    }
}

#[test]
fn docker_format_refuses_line_breaks_and_is_literal_otherwise() {
    let dir = tempfile::tempdir().unwrap();
    let vault = vault_with_values(dir.path());
    let out = export(&vault, &["--format", "docker"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let err = stderr(&out);
    assert!(
        err.contains("MIX: docker run --env-file cannot carry a line break in a value")
            || err.contains("NL: docker run --env-file cannot carry a line break in a value"),
        "{err}"
    );
    assert!(!err.contains("line1") && !err.contains("pwned"), "{err}");
    let names = ["BT", "SQ", "DOLLAR"];
    let out = export(&vault, &["--format", "docker", "--only", "BT,SQ,DOLLAR"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        read_back(dir.path(), &out.stdout, "literal", &names),
        wanted(&names)
    );
}

#[test]
fn dotenv_format_reads_back_the_same_under_compose_and_node() {
    let dir = tempfile::tempdir().unwrap();
    let vault = vault_with_values(dir.path());
    let out = export(&vault, &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out)
            .contains("MIX: no quoting reads back the same in Compose, dotenvx and node dotenv"),
        "{}",
        stderr(&out)
    );
    let names = ["BT", "SQ", "NL", "DOLLAR"];
    let out = export(&vault, &["--only", "BT,SQ,NL,DOLLAR"]);
    assert!(out.status.success(), "{}", stderr(&out));
    for dialect in ["compose", "node"] {
        assert_eq!(
            read_back(dir.path(), &out.stdout, dialect, &names),
            wanted(&names),
            "{dialect}"
        );
    }
    // Every value survives the dotenvy format too.
    let all: Vec<&str> = VALUES.iter().map(|(k, _)| *k).collect();
    let out = export(&vault, &["--format", "dotenvy"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        read_back(dir.path(), &out.stdout, "dotenvy", &all),
        wanted(&all)
    );
}

/// What `run --dialect D --env-file` gives the child for `text`.
fn read_back(dir: &Path, text: &[u8], dialect: &str, names: &[&str]) -> Vec<(String, String)> {
    let f = dir.join("exported.env");
    std::fs::write(&f, text).unwrap();
    let out = dsenv()
        .env_clear()
        .env("PATH", "/usr/bin:/bin")
        .args(["run", "--dialect", dialect, "--env-file"])
        .arg(&f)
        .args(["--", "env", "-0"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{dialect}: {}", stderr(&out));
    only(parse_env0(&out.stdout), names)
}
