//! `dsenv import` never changes a value or a name silently (issue 18):
//! values the dialects read differently are listed and refused unless
//! `--dialect` says which tool the app used; names the vault would change
//! are refused unless `--map-names`; duplicates are errors; `--dry-run`
//! says added / updated / unchanged / skipped, with or without a vault.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Output, Stdio};

use common::*;

fn new_vault(dir: &Path) -> PathBuf {
    let v = dir.join("vault");
    let out = dsenv_as(&v, "alice", &["init", "vault"]);
    assert!(out.status.success(), "{}", stderr(&out));
    v
}

fn import(vault: &Path, file: &Path, extra: &[&str]) -> Output {
    let mut cmd = dsenv();
    cmd.arg("-v")
        .arg(vault)
        .arg("--key-file")
        .arg(key("alice"))
        .arg("import")
        .arg(file)
        .args(extra)
        .env_remove("DOTENV_KEY")
        .env("APP_HOST", "from-the-importing-shell")
        .stdout(Stdio::piped());
    cmd.output().unwrap()
}

fn exported(vault: &Path) -> serde_json::Value {
    let out = dsenv()
        .arg("-v")
        .arg(vault)
        .arg("--key-file")
        .arg(key("alice"))
        .args(["export", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    serde_json::from_slice(&out.stdout).unwrap()
}

/// The examples: each would have been stored changed.
const TRICKY: &str = "PLAIN=two words\nPW=abc$def\nREDIS=\"redis://:pa$$w0rd@cache:6379\"\nJSON=\"{\\\"a\\\":1}\"\nURL=https://${APP_HOST:-localhost}:${PORT}\nHASH=v#c\n";

#[test]
fn values_the_dialects_disagree_on_are_listed_and_refused() {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let before = std::fs::read(&vault).unwrap();
    let f = dir.path().join(".env");
    std::fs::write(&f, TRICKY).unwrap();
    let out = import(&vault, &f, &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let p = f.display();
    assert_eq!(
        stderr(&out),
        format!(
            "dsenv: {p}:2: PW (`$`): compose 3 characters, node 7 characters, literal 7 characters\n\
             dsenv: {p}:3: REDIS (surrounding quotes, `$`): compose 27 characters, node 28 characters, literal 30 characters\n\
             dsenv: {p}:4: JSON (surrounding quotes, a backslash escape): compose 7 characters, node 9 characters, literal 11 characters\n\
             dsenv: {p}:5: URL (`$`): compose 18 characters, node 38 characters, literal 38 characters\n\
             dsenv: {p}:6: HASH (`#`): compose 3 characters, node 1 character, literal 3 characters\n\
             dsenv: error: {p}: 5 variable(s) read differently by Docker Compose, node dotenv and docker run \
             --env-file (literal); nothing was imported: say which tool the app used with --dialect compose|node|literal\n"
        )
    );
    assert!(out.stdout.is_empty());
    assert_eq!(std::fs::read(&vault).unwrap(), before, "nothing written");
}

#[test]
fn each_dialect_stores_exactly_what_that_tool_gives_the_app() {
    let cases = [
        (
            "compose",
            serde_json::json!({
                "PLAIN": "two words", "PW": "abc", "REDIS": "redis://:pa$w0rd@cache:6379",
                "JSON": "{\"a\":1}", "URL": "https://localhost:", "HASH": "v#c"
            }),
        ),
        (
            "node",
            serde_json::json!({
                "PLAIN": "two words", "PW": "abc$def", "REDIS": "redis://:pa$$w0rd@cache:6379",
                "JSON": "{\\\"a\\\":1}", "URL": "https://${APP_HOST:-localhost}:${PORT}", "HASH": "v"
            }),
        ),
        (
            "literal",
            serde_json::json!({
                "PLAIN": "two words", "PW": "abc$def", "REDIS": "\"redis://:pa$$w0rd@cache:6379\"",
                "JSON": "\"{\\\"a\\\":1}\"", "URL": "https://${APP_HOST:-localhost}:${PORT}", "HASH": "v#c"
            }),
        ),
    ];
    for (dialect, want) in cases {
        let dir = tempfile::tempdir().unwrap();
        let vault = new_vault(dir.path());
        let f = dir.path().join(".env");
        std::fs::write(&f, TRICKY).unwrap();
        let out = import(&vault, &f, &["--dialect", dialect]);
        assert!(out.status.success(), "{dialect}: {}", stderr(&out));
        assert_eq!(exported(&vault), want, "{dialect}");
    }
}

#[test]
fn dry_run_says_added_updated_unchanged_skipped_never_values() {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let f = dir.path().join(".env");
    std::fs::write(&f, "SAME=s3cret-same\nCHANGED=old-s3cret\n").unwrap();
    assert!(import(&vault, &f, &[]).status.success());
    std::fs::write(&f, "SAME=s3cret-same\nCHANGED=new-s3cret\nNEW=n3w-s3cret\n").unwrap();
    let before = std::fs::read(&vault).unwrap();
    let out = import(&vault, &f, &["--dry-run"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "unchanged SAME\nwould skip CHANGED (exists with another value; --overwrite replaces it)\nwould add NEW\n"
    );
    let out = import(&vault, &f, &["--dry-run", "--overwrite"]);
    assert_eq!(
        stdout(&out),
        "unchanged SAME\nwould update CHANGED (value changes)\nwould add NEW\n"
    );
    assert!(!stdout(&out).contains("s3cret") && !stderr(&out).contains("s3cret"));
    assert_eq!(
        std::fs::read(&vault).unwrap(),
        before,
        "dry run writes nothing"
    );
    let out = import(&vault, &f, &["--overwrite"]);
    assert_eq!(
        stdout(&out),
        "unchanged SAME\nupdate CHANGED (value changes)\nadd NEW\n"
    );
    assert_eq!(exported(&vault)["CHANGED"], "new-s3cret");
}

#[test]
fn dry_run_needs_no_vault_and_no_key() {
    let dir = tempfile::tempdir().unwrap();
    let vault = dir.path().join("not-yet.vault");
    let f = dir.path().join(".env");
    std::fs::write(&f, "A=1\nB=two words\n").unwrap();
    let out = dsenv()
        .arg("-v")
        .arg(&vault)
        .args(["import", "--dry-run"])
        .arg(&f)
        .env_remove("DSENV_KEY")
        .env_remove("DSENV_KEY_FILE")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "would add A\nwould add B\n");
    assert!(
        stderr(&out).contains("does not exist yet"),
        "{}",
        stderr(&out)
    );
    assert!(!vault.exists());
}

#[test]
fn names_the_vault_would_change_are_refused_or_mapped_on_request() {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let before = std::fs::read(&vault).unwrap();
    let f = dir.path().join(".env");
    std::fs::write(&f, "OK=1\nlowercase_var=2\nAPP.DOMAIN=3\nA-B=4\n").unwrap();
    let out = import(&vault, &f, &[]);
    assert_eq!(out.status.code(), Some(1));
    let p = f.display();
    assert_eq!(
        stderr(&out),
        format!(
            "dsenv: {p}:2: lowercase_var: the vault stores it as LOWERCASE_VAR, so an app reading lowercase_var would find nothing\n\
             dsenv: {p}:3: APP.DOMAIN: a name with `.` is stored but never set as a variable (it would be APP.DOMAIN)\n\
             dsenv: {p}:4: A-B: the vault cannot store `-` in a name\n\
             dsenv: error: {p}: 3 name(s) the vault cannot store as written; nothing was imported: rename them in \
             the file, or pass --map-names to store them in upper case with `_` for `.` and `-`\n"
        )
    );
    assert_eq!(std::fs::read(&vault).unwrap(), before);
    let out = import(&vault, &f, &["--map-names"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(
            "APP.DOMAIN is stored as APP_DOMAIN: the app will see APP_DOMAIN, not APP.DOMAIN"
        ),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        exported(&vault),
        serde_json::json!({"OK": "1", "LOWERCASE_VAR": "2", "APP_DOMAIN": "3", "A_B": "4"})
    );
}

#[test]
fn duplicate_names_are_errors_naming_both_lines() {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let f = dir.path().join(".env");
    let p = f.display().to_string();
    let cases: &[(&str, &[&str], String)] = &[
        (
            "A=1\nB=2\nA=3\n",
            &[],
            format!(
                "{p}:3: A is set again (first on line 1); one of the two would be lost: remove one"
            ),
        ),
        (
            "A=1\nA=3\n",
            &["--dialect", "node"],
            format!(
                "{p}:2: A is set again (first on line 1); one of the two would be lost: remove one"
            ),
        ),
        (
            "APP_HOST=1\napp.host=2\n",
            &["--map-names"],
            format!(
                "{p}:2: stored as APP_HOST, as is line 1; one of the two would be lost: rename one"
            ),
        ),
    ];
    for (text, extra, want) in cases {
        std::fs::write(&f, text).unwrap();
        let out = import(&vault, &f, extra);
        assert_eq!(out.status.code(), Some(1), "{text:?}");
        assert!(
            stderr(&out).ends_with(&format!("dsenv: error: {want}\n")),
            "{text:?}: {}",
            stderr(&out)
        );
    }
}

#[test]
fn namespace_stores_ns_name_and_run_injects_it() {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let f = dir.path().join(".env");
    std::fs::write(&f, "DB_URL=postgres://prod\n").unwrap();
    let out = import(&vault, &f, &["--namespace", "prod"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "add prod::DB_URL\n");
    let out = dsenv()
        .arg("-v")
        .arg(&vault)
        .arg("--key-file")
        .arg(key("alice"))
        .args(["run", "--namespace", "prod", "--", "env"])
        .env_remove("DB_URL")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("DB_URL=postgres://prod\n"));
}
