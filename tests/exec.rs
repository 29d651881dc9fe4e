//! Exec semantics: dsenv becomes the child (same PID, signals, exit code,
//! stdin), and the child sees exactly the environment it should.

mod common;

use std::os::unix::process::ExitStatusExt;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::*;

fn run_basic(args: &[&str]) -> std::process::Output {
    let mut full = vec!["run"];
    full.extend_from_slice(args);
    dsenv_as(&fixture("basic/vault"), "alice", &full)
}

#[test]
fn exit_code_of_the_child_is_the_exit_code() {
    for code in [0, 1, 42, 255] {
        let out = run_basic(&["--", "sh", "-c", &format!("exit {code}")]);
        assert_eq!(out.status.code(), Some(code));
    }
}

#[test]
fn child_killed_by_a_signal_reports_128_plus_n_to_a_shell() {
    let script = format!(
        "'{}' -v '{}' --key-file '{}' run -- sh -c 'kill -KILL $$'; echo $?",
        env!("CARGO_BIN_EXE_dsenv"),
        fixture("basic/vault").display(),
        key("alice").display()
    );
    let out = Command::new("sh")
        .arg("-c")
        .arg(script)
        .env("XDG_DATA_HOME", data_home())
        .output()
        .unwrap();
    assert_eq!(stdout(&out).trim(), "137");
}

#[test]
fn sigterm_to_dsenv_pid_reaches_the_child_directly() {
    let mut child = dsenv()
        .arg("-v")
        .arg(fixture("basic/vault"))
        .arg("--key-file")
        .arg(key("alice"))
        .args(["run", "--", "sleep", "30"])
        .spawn()
        .unwrap();
    let pid = child.id();
    let comm = format!("/proc/{pid}/comm");
    let deadline = Instant::now() + Duration::from_secs(20);
    while std::fs::read_to_string(&comm).unwrap_or_default().trim() != "sleep" {
        assert!(Instant::now() < deadline, "dsenv never became sleep");
        std::thread::sleep(Duration::from_millis(10));
    }
    let started = Instant::now();
    nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(pid as i32),
        nix::sys::signal::Signal::SIGTERM,
    )
    .unwrap();
    let status = child.wait().unwrap();
    assert_eq!(status.signal(), Some(15), "{status:?}");
    assert!(started.elapsed() < Duration::from_secs(10));
}

#[test]
fn pid_is_unchanged_across_exec() {
    let child = dsenv()
        .arg("-v")
        .arg(fixture("basic/vault"))
        .arg("--key-file")
        .arg(key("alice"))
        .args(["run", "--", "sh", "-c", "echo $$"])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id();
    let out = child.wait_with_output().unwrap();
    assert_eq!(stdout(&out).trim(), pid.to_string());
}

#[test]
fn stdin_is_passed_through() {
    let out = output_with_stdin(
        dsenv()
            .arg("-v")
            .arg(fixture("basic/vault"))
            .arg("--key-file")
            .arg(key("alice"))
            .args(["run", "--", "cat"]),
        b"line 1\nline 2 \xff\n",
    );
    assert_eq!(out.stdout, b"line 1\nline 2 \xff\n");
}

#[test]
fn not_found_is_127_and_not_executable_is_126() {
    let out = run_basic(&["--", "/nonexistent/dsenv-test-command"]);
    assert_eq!(out.status.code(), Some(127));
    assert!(
        stderr(&out).contains("command not found"),
        "{}",
        stderr(&out)
    );
    let out = run_basic(&["--", "no-such-command-dsenv-test"]);
    assert_eq!(out.status.code(), Some(127));

    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("script.sh");
    std::fs::write(&script, "#!/bin/sh\necho hi\n").unwrap();
    let out = run_basic(&["--", script.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(126), "{}", stderr(&out));
}

#[test]
fn key_material_and_dsenv_variables_do_not_reach_the_child() {
    let armored = std::fs::read_to_string(key("alice")).unwrap();
    let out = dsenv()
        .env("DSENV_KEY", &armored)
        .env("DSENV_VAULT", fixture("basic/vault"))
        .env("DSENV_KEY_FILE", key("alice"))
        .env("KEEP_ME", "yes")
        .args(["run", "--", "env", "-0"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let env = parse_env0(&out.stdout);
    assert!(env.iter().all(|(k, _)| !k.starts_with("DSENV_")), "{env:?}");
    assert!(env.iter().any(|(k, v)| k == "KEEP_ME" && v == "yes"));
    assert!(env.iter().any(|(k, _)| k == "DATABASE_URL"));
    assert!(!String::from_utf8_lossy(&out.stdout).contains("PGP PRIVATE KEY"));
}

/// The child's environment from `run -- env -0` on the basic vault as
/// alice, with dsenv's own environment adjusted by `adjust` first.
fn child_env_of_basic_run(adjust: impl FnOnce(&mut Command)) -> Vec<(String, String)> {
    let mut cmd = dsenv();
    adjust(&mut cmd);
    cmd.arg("-v")
        .arg(fixture("basic/vault"))
        .arg("--key-file")
        .arg(key("alice"))
        .args(["run", "--", "env", "-0"]);
    let out = cmd.output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    parse_env0(&out.stdout)
}

/// dsenv turns library backtraces off for itself; the child keeps the
/// user's RUST_BACKTRACE and never sees dsenv's RUST_LIB_BACKTRACE.
#[test]
fn backtrace_settings_stay_the_users() {
    let env = child_env_of_basic_run(|cmd| {
        cmd.env("RUST_BACKTRACE", "1")
            .env_remove("RUST_LIB_BACKTRACE");
    });
    assert!(env.iter().any(|(k, v)| k == "RUST_BACKTRACE" && v == "1"));
    assert!(
        env.iter().all(|(k, _)| k != "RUST_LIB_BACKTRACE"),
        "{env:?}"
    );
}

/// dsenv sizes sequoia's read buffers through its environment variable;
/// the child must not inherit that, but keeps a value the user set.
#[test]
fn read_buffer_tuning_stays_inside_dsenv() {
    let env_of = |user_value: Option<&str>| {
        child_env_of_basic_run(|cmd| {
            cmd.env_remove("SEQUOIA_BUFFERED_READER_BUFFER");
            if let Some(v) = user_value {
                cmd.env("SEQUOIA_BUFFERED_READER_BUFFER", v);
            }
        })
    };
    let tuned = |env: &[(String, String)]| {
        env.iter()
            .find(|(k, _)| k == "SEQUOIA_BUFFERED_READER_BUFFER")
            .map(|(_, v)| v.clone())
    };
    assert_eq!(tuned(&env_of(None)), None);
    assert_eq!(tuned(&env_of(Some("65536"))).as_deref(), Some("65536"));
}

#[test]
fn parent_variable_wins_unless_override() {
    let get = |extra: &[&str]| {
        let mut args = vec![
            "-v",
            fixture("basic/vault").to_str().unwrap().to_string().leak(),
        ];
        args.extend_from_slice(&[
            "--key-file",
            key("alice").to_str().unwrap().to_string().leak(),
            "run",
        ]);
        args.extend_from_slice(extra);
        args.extend_from_slice(&["--", "printenv", "DATABASE_URL"]);
        let out = dsenv()
            .env("DATABASE_URL", "from-parent")
            .args(&args)
            .output()
            .unwrap();
        stdout(&out).trim_end().to_string()
    };
    assert_eq!(get(&[]), "from-parent");
    assert!(get(&["--override"]).starts_with("postgres://app:p=ss=w0rd@"));
}

#[test]
fn only_limits_what_is_injected_and_unknown_names_fail() {
    let out = run_basic(&["--only", "DATABASE_URL,empty_value", "--", "env", "-0"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let mut names: Vec<String> = parse_env0(&out.stdout)
        .into_iter()
        .map(|(k, _)| k)
        .filter(|k| k != "PWD")
        .collect();
    names.retain(|k| {
        k == "DATABASE_URL" || k == "EMPTY_VALUE" || k == "MULTILINE_VALUE" || k == "BIG_4K"
    });
    names.sort();
    assert_eq!(names, vec!["DATABASE_URL", "EMPTY_VALUE"]);

    let dir = tempfile::tempdir().unwrap();
    let marker = dir.path().join("ran");
    let out = run_basic(&["--only", "NOPE", "--", "touch", marker.to_str().unwrap()]);
    // An --only name is a need: not there, nothing runs (exit 10, issue 13; was 3).
    assert_eq!(out.status.code(), Some(10));
    assert!(stderr(&out).contains("NOPE"));
    assert!(!marker.exists());
}

#[test]
fn child_cannot_dump_core_by_default() {
    // dsenv starts with core files allowed; the child must see 0.
    let script = format!(
        "ulimit -c 1024 && ulimit -c && exec '{}' -v '{}' --key-file '{}' run -- sh -c 'ulimit -c'",
        env!("CARGO_BIN_EXE_dsenv"),
        fixture("basic/vault").display(),
        key("alice").display()
    );
    let out = Command::new("sh")
        .arg("-c")
        .arg(script)
        .env("XDG_DATA_HOME", data_home())
        .output()
        .unwrap();
    assert_eq!(stdout(&out), "1024\n0\n", "{}", stderr(&out));
}

#[test]
fn missing_key_is_exit_7_and_missing_vault_is_exit_3() {
    let out = dsenv()
        .arg("-v")
        .arg(fixture("basic/vault"))
        .args(["run", "--", "true"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(7), "{}", stderr(&out));
    assert!(stderr(&out).contains("--key-file"));
    let out = dsenv_as(&fixture("nope/vault"), "alice", &["run", "--", "true"]);
    assert_eq!(out.status.code(), Some(3));
    assert!(stderr(&out).contains("nope/vault"));
}

#[test]
fn public_key_or_garbage_as_key_is_exit_4() {
    let out = dsenv()
        .arg("-v")
        .arg(fixture("basic/vault"))
        .arg("--key-file")
        .arg(private_copy(&fixture("keys/alice.pub.asc")))
        .args(["run", "--", "true"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    assert!(stderr(&out).contains("no secret key"), "{}", stderr(&out));
    let out = dsenv()
        .arg("-v")
        .arg(fixture("basic/vault"))
        .env("DSENV_KEY", "not a key")
        .args(["run", "--", "true"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
}
