//! Fail closed at run time (issue 13, items 1, 2, 4 and `DSENV_*` of 5):
//! a wrong key or a missing secret runs nothing; no source sets a
//! variable that changes how the child loads or starts; a revoked
//! identity never reads an older value.

mod common;

use std::path::{Path, PathBuf};
use std::process::Output;

use common::*;

const ALICE: &str = "B9636EE87BBA28F466FC3F324F40E8111E73B573";
const BOB: &str = "83C640BDE8A5E5DD4A9ACBFCD03E265CFBE06527";

fn refused(out: &Output, code: i32, wanted: &[&str]) {
    let err = stderr(out);
    assert_eq!(out.status.code(), Some(code), "{err}");
    for w in wanted {
        assert!(err.contains(w), "expected {w:?} in {err}");
    }
}

/// A vault with alice (root) and bob as members and nothing shared.
fn alice_and_bob(dir: &Path) -> PathBuf {
    let vault = dir.join("v.vault");
    ok(dsenv_in(&vault, &key("alice"), &["init", "vault"], None));
    let bob = fixture("keys/bob.pub.asc");
    ok(dsenv_in(
        &vault,
        &key("alice"),
        &["identity", "add", bob.to_str().unwrap()],
        None,
    ));
    vault
}

/// Alice stores `pairs` (NAME=value lines of a .env) shared with bob.
fn store_shared_with_bob(vault: &Path, dir: &Path, env_text: &str) {
    let file = dir.join("hostile.env");
    std::fs::write(&file, env_text).unwrap();
    ok(dsenv_in(
        vault,
        &key("alice"),
        &["import", file.to_str().unwrap(), "--share", BOB],
        None,
    ));
}

fn env_of(out: &Output) -> Vec<(String, String)> {
    parse_env0(&out.stdout)
}

fn has(env: &[(String, String)], name: &str) -> bool {
    env.iter().any(|(k, _)| k == name)
}

// ---- item 1: a wrong key, or a missing secret, runs nothing ----

#[test]
fn a_key_that_is_not_a_member_runs_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let marker = dir.path().join("marker");
    let touch = format!("touch {}", marker.display());
    let vault = fixture("team/vault");
    let out = dsenv_in(
        &vault,
        &key("mallory"),
        &["run", "--", "sh", "-c", &touch],
        None,
    );
    refused(&out, 10, &["is not a member of", "team/vault"]);
    assert_eq!(stderr(&out).lines().count(), 2, "{}", stderr(&out));
    assert!(!marker.exists(), "the command ran");

    for args in [
        &["secret", "get", "SHARED_ALL"][..],
        &["secret", "get"],
        &["export"],
    ] {
        let out = dsenv_in(&vault, &key("mallory"), args, None);
        refused(&out, 10, &["is not a member of"]);
        assert!(out.stdout.is_empty(), "{args:?}");
    }

    // --allow-missing is the explicit way to run anyway, and says so.
    let out = ok(dsenv_in(
        &vault,
        &key("mallory"),
        &["run", "--allow-missing", "--", "sh", "-c", &touch],
        None,
    ));
    assert!(stderr(&out).contains("--allow-missing"), "{}", stderr(&out));
    assert!(marker.exists());
}

#[test]
fn a_member_who_reads_nothing_runs_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let vault = alice_and_bob(dir.path());
    ok(dsenv_in(
        &vault,
        &key("alice"),
        &["secret", "store", "DATABASE_URL"],
        Some(b"postgres://x"),
    ));
    let marker = dir.path().join("marker");
    let touch = format!("touch {}", marker.display());
    let out = dsenv_in(
        &vault,
        &key("bob"),
        &["run", "--", "sh", "-c", &touch],
        None,
    );
    refused(&out, 10, &[BOB, "can read none of the 1 secret"]);
    assert!(!marker.exists(), "the command ran");
    ok(dsenv_in(
        &vault,
        &key("alice"),
        &["run", "--", "sh", "-c", &touch],
        None,
    ));
    assert!(marker.exists());
}

#[test]
fn a_member_lacking_a_required_secret_runs_nothing_and_is_told_which() {
    let dir = tempfile::tempdir().unwrap();
    let marker = dir.path().join("marker");
    let touch = format!("touch {}", marker.display());
    let vault = fixture("team/vault");
    let secenv = dir.path().join(".secenv");
    std::fs::write(
        &secenv,
        "DB={dotsecenv/SHARED_ALL}\nPRIVATE={dotsecenv/ALICE_ONLY}\n",
    )
    .unwrap();
    let cases: Vec<(Vec<&str>, Vec<&str>)> = vec![
        (
            vec!["--require", "SHARED_ALL,ALICE_ONLY"],
            vec!["ALICE_ONLY (secret ALICE_ONLY is not shared with", BOB],
        ),
        (
            vec!["--only", "ALICE_ONLY"],
            vec!["ALICE_ONLY (secret ALICE_ONLY is not shared"],
        ),
        (
            vec!["--require", "NO_SUCH"],
            vec!["NO_SUCH (no such secret or variable)"],
        ),
        (
            vec!["--secenv", secenv.to_str().unwrap()],
            vec!["PRIVATE (.secenv line 2: secret ALICE_ONLY is not shared"],
        ),
        // Revoked from NARROWED: only the newest value counts (item 4).
        (
            vec!["--require", "NARROWED"],
            vec!["NARROWED (revoked from NARROWED at 2026-11-28T06:26:25.017321179Z by B9636EE8"],
        ),
    ];
    for (flags, wanted) in cases {
        let mut args = vec!["run"];
        args.extend(&flags);
        args.extend(["--", "sh", "-c", &touch]);
        let out = dsenv_in(&vault, &key("bob"), &args, None);
        refused(&out, 10, &wanted);
        assert!(!marker.exists(), "{flags:?}: the command ran");
    }
    // Alice has it.
    ok(dsenv_in(
        &vault,
        &key("alice"),
        &[
            "run",
            "--require",
            "SHARED_ALL,ALICE_ONLY",
            "--",
            "sh",
            "-c",
            &touch,
        ],
        None,
    ));
    assert!(marker.exists());

    // --allow-missing: runs without it, with a warning naming it.
    let out = ok(dsenv_in(
        &vault,
        &key("bob"),
        &[
            "run",
            "--require",
            "ALICE_ONLY",
            "--allow-missing",
            "--",
            "env",
            "-0",
        ],
        None,
    ));
    assert!(stderr(&out).contains("ALICE_ONLY is needed but not set"));
    let env = env_of(&out);
    assert!(has(&env, "SHARED_ALL") && !has(&env, "ALICE_ONLY"));
}

// ---- item 4: only the newest value counts ----

#[test]
fn a_revoked_identity_does_not_get_the_older_value() {
    let dir = tempfile::tempdir().unwrap();
    let vault = alice_and_bob(dir.path());
    ok(dsenv_in(
        &vault,
        &key("alice"),
        &["secret", "store", "X"],
        Some(b"old"),
    ));
    ok(dsenv_in(
        &vault,
        &key("alice"),
        &["secret", "store", "KEEP"],
        Some(b"k"),
    ));
    for name in ["X", "KEEP"] {
        ok(dsenv_in(
            &vault,
            &key("alice"),
            &["secret", "share", name, BOB],
            None,
        ));
    }
    assert_eq!(
        stdout(&ok(dsenv_in(
            &vault,
            &key("bob"),
            &["secret", "get", "X"],
            None
        ))),
        "old\n"
    );
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
        Some(b"new"),
    ));

    let out = dsenv_in(&vault, &key("bob"), &["secret", "get", "X"], None);
    refused(&out, 5, &["revoked from X at 20", &format!("by {ALICE}")]);
    assert!(out.stdout.is_empty());
    assert!(!stderr(&out).contains("old"));

    let out = ok(dsenv_in(
        &vault,
        &key("bob"),
        &["run", "--", "env", "-0"],
        None,
    ));
    let env = env_of(&out);
    assert!(!has(&env, "X"), "bob got X");
    assert!(has(&env, "KEEP"));
    assert!(
        stderr(&out).contains("warning: skipped X: revoked from X at "),
        "{}",
        stderr(&out)
    );
    let out = ok(dsenv_in(&vault, &key("bob"), &["export"], None));
    assert_eq!(stdout(&out), "KEEP='k'\n");
    assert!(stderr(&out).contains("revoked from X"));
    let out = dsenv_in(
        &vault,
        &key("bob"),
        &["run", "--require", "X", "--", "true"],
        None,
    );
    refused(&out, 10, &["X (revoked from X at "]);
    assert_eq!(
        stdout(&ok(dsenv_in(
            &vault,
            &key("alice"),
            &["secret", "get", "X"],
            None
        ))),
        "new\n"
    );

    // vault compact keeps working: bob is still refused, alice still reads.
    ok(dsenv_in(&vault, &key("alice"), &["vault", "compact"], None));
    ok(dsenv_in(&vault, &key("alice"), &["validate"], None));
    refused(
        &dsenv_in(&vault, &key("bob"), &["secret", "get", "X"], None),
        5,
        &["X"],
    );
    assert_eq!(
        stdout(&ok(dsenv_in(
            &vault,
            &key("alice"),
            &["secret", "get", "X"],
            None
        ))),
        "new\n"
    );
    assert_eq!(
        stdout(&ok(dsenv_in(
            &vault,
            &key("bob"),
            &["secret", "get", "KEEP"],
            None
        ))),
        "k\n"
    );
}

// ---- item 2 and DSENV_* of 5: the denylist ----

const HOSTILE: &str = "BASH_ENV={evil}\nLD_PRELOAD=/nonexistent/evil.so\nGIT_CONFIG_COUNT=1\n\
GIT_CONFIG_KEY_0=core.fsmonitor\nGIT_CONFIG_VALUE_0={evil}\nNODE_OPTIONS=--require=/tmp/evil.js\n\
PATH=/tmp/evil-bin\nDSENV_FOO=x\nGOOD=fine\n";

const DENIED: &[&str] = &[
    "BASH_ENV",
    "LD_PRELOAD",
    "GIT_CONFIG_COUNT",
    "GIT_CONFIG_KEY_0",
    "GIT_CONFIG_VALUE_0",
    "NODE_OPTIONS",
    "PATH",
    "DSENV_FOO",
];

/// A script that leaves a mark when something runs it.
fn evil_script(dir: &Path) -> (PathBuf, PathBuf) {
    let pwned = dir.join("pwned");
    let evil = dir.join("evil.sh");
    std::fs::write(&evil, format!("touch {}\n", pwned.display())).unwrap();
    (evil, pwned)
}

#[test]
fn a_member_cannot_hijack_another_members_child_through_the_vault() {
    let dir = tempfile::tempdir().unwrap();
    let vault = alice_and_bob(dir.path());
    let (evil, pwned) = evil_script(dir.path());
    store_shared_with_bob(
        &vault,
        dir.path(),
        &HOSTILE.replace("{evil}", evil.to_str().unwrap()),
    );
    let parent_path = std::env::var("PATH").unwrap();
    for extra in [&[][..], &["--override"]] {
        let mut args = vec!["run"];
        args.extend(extra);
        args.extend(["--", "bash", "-c", "env -0"]);
        let out = ok(dsenv_in(&vault, &key("bob"), &args, None));
        assert!(!pwned.exists(), "BASH_ENV ran");
        let env = env_of(&out);
        for name in DENIED {
            if *name != "PATH" {
                assert!(!has(&env, name), "{name} reached the child");
            }
        }
        let path = env
            .iter()
            .find(|(k, _)| k == "PATH")
            .map(|(_, v)| v.as_str());
        assert_eq!(path, Some(parent_path.as_str()), "{extra:?}");
        assert!(env.contains(&("GOOD".into(), "fine".into())));
        let err = stderr(&out);
        for name in DENIED {
            let line = err
                .lines()
                .find(|l| l.contains(&format!("not setting {name} from ")))
                .unwrap_or_else(|| panic!("no warning for {name}: {err}"));
            assert!(line.contains("v.vault:"), "{line}");
            assert!(line.contains(&format!("signed by {ALICE}")), "{line}");
        }
    }
    // git: the vault's core.fsmonitor does not run.
    let repo = dir.path().join("repo");
    std::fs::create_dir(&repo).unwrap();
    let git = |args: &[&str]| {
        std::process::Command::new("git")
            .arg("-C")
            .arg(&repo)
            .args(args)
            .output()
            .unwrap()
    };
    if git(&["init", "-q"]).status.success() {
        ok(dsenv_in(
            &vault,
            &key("bob"),
            &["run", "--", "git", "-C", repo.to_str().unwrap(), "status"],
            None,
        ));
        assert!(!pwned.exists(), "core.fsmonitor ran");
    }

    // --strict: an error, and nothing runs.
    let marker = dir.path().join("marker");
    let touch = format!("touch {}", marker.display());
    let out = dsenv_in(
        &vault,
        &key("bob"),
        &["run", "--strict", "--", "sh", "-c", &touch],
        None,
    );
    refused(&out, 11, &["--strict", "BASH_ENV from", "LD_PRELOAD from"]);
    assert!(!marker.exists());

    // --allow-var lets one through by name; never DSENV_*.
    let out = ok(dsenv_in(
        &vault,
        &key("bob"),
        &[
            "run",
            "--allow-var",
            "NODE_OPTIONS,DSENV_FOO",
            "--",
            "env",
            "-0",
        ],
        None,
    ));
    let env = env_of(&out);
    assert!(env.contains(&("NODE_OPTIONS".into(), "--require=/tmp/evil.js".into())));
    assert!(!has(&env, "DSENV_FOO") && !has(&env, "LD_PRELOAD"));
}

#[test]
fn the_configuration_can_allow_a_variable_or_make_the_denylist_strict() {
    let dir = tempfile::tempdir().unwrap();
    let vault = alice_and_bob(dir.path());
    store_shared_with_bob(&vault, dir.path(), "NODE_OPTIONS=--inspect\nGOOD=1\n");
    let config = dir.path().join("config");
    let run = |config_text: &str| {
        std::fs::write(&config, config_text).unwrap();
        dsenv()
            .arg("-c")
            .arg(&config)
            .arg("-v")
            .arg(&vault)
            .arg("--key-file")
            .arg(key("bob"))
            .args(["run", "--", "env", "-0"])
            .output()
            .unwrap()
    };
    let out = ok(run("dsenv:\n  allow_vars: [NODE_OPTIONS]\n"));
    assert!(has(&env_of(&out), "NODE_OPTIONS"));
    refused(&run("dsenv:\n  strict: true\n"), 11, &["NODE_OPTIONS from"]);
}

#[test]
fn file_sources_cannot_set_denylisted_or_dsenv_variables() {
    let dir = tempfile::tempdir().unwrap();
    let (evil, pwned) = evil_script(dir.path());
    let env_file = dir.path().join(".env");
    std::fs::write(&env_file, HOSTILE.replace("{evil}", evil.to_str().unwrap())).unwrap();
    let out = dsenv()
        .current_dir(dir.path())
        .args(["run", "--override", "--env-file"])
        .arg(&env_file)
        .args(["--", "bash", "-c", "env -0"])
        .output()
        .unwrap();
    let out = ok(out);
    assert!(!pwned.exists(), "BASH_ENV ran");
    let env = env_of(&out);
    for name in DENIED {
        if *name != "PATH" {
            assert!(!has(&env, name), "{name} reached the child");
        }
    }
    assert_eq!(
        env.iter()
            .find(|(k, _)| k == "PATH")
            .map(|(_, v)| v.clone()),
        std::env::var("PATH").ok()
    );
    assert!(has(&env, "GOOD"));
    let err = stderr(&out);
    for (name, line) in [
        ("BASH_ENV", 1),
        ("LD_PRELOAD", 2),
        ("PATH", 7),
        ("DSENV_FOO", 8),
    ] {
        let wanted = format!("not setting {name} from {}:{line}: ", env_file.display());
        assert!(err.contains(&wanted), "expected {wanted:?} in {err}");
    }

    // A .secenv's plain values and its renamed secrets go through the same list.
    let vault = fixture("team/vault");
    let secenv = dir.path().join(".secenv");
    std::fs::write(
        &secenv,
        "PS4='$(touch x)'\nNODE_OPTIONS={dotsecenv/SHARED_ALL}\nOK={dotsecenv/SHARED_ALL}\n",
    )
    .unwrap();
    let out = ok(dsenv_in(
        &vault,
        &key("bob"),
        &[
            "run",
            "--secenv",
            secenv.to_str().unwrap(),
            "--",
            "env",
            "-0",
        ],
        None,
    ));
    let env = env_of(&out);
    assert!(!has(&env, "PS4") && !has(&env, "NODE_OPTIONS") && has(&env, "OK"));
    let err = stderr(&out);
    assert!(
        err.contains(&format!("not setting PS4 from {}:1", secenv.display())),
        "{err}"
    );
    assert!(err.contains("not setting NODE_OPTIONS from "), "{err}");
}
