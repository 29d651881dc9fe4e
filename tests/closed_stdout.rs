//! A reader that goes away (`dsenv secret get | head -c1`, `… | true`)
//! ends dsenv as it ends cat(1): by SIGPIPE, never a panic, and a command
//! that writes the vault has written it whole. The command `run` starts
//! gets SIGPIPE at its default action, as from a shell (issue 17 item 11).

mod common;

use std::os::unix::process::ExitStatusExt;
use std::process::{Command, Output, Stdio};

use common::*;

/// One test at a time: a process another test thread forks holds a copy
/// of every descriptor until it execs (close-on-exec acts only then), so a
/// closed pipe's reading end could live on in it, most often under strace,
/// which widens that window, and the write would succeed.
fn serial() -> std::sync::MutexGuard<'static, ()> {
    static LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());
    LOCK.lock().unwrap_or_else(|e| e.into_inner())
}

/// A pipe whose reading end is already closed: the first write fails.
/// Close-on-exec, or a child another test spawns meanwhile would inherit
/// the reading end and keep the pipe open.
fn closed_pipe() -> Stdio {
    let (reader, writer) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).unwrap();
    drop(reader);
    Stdio::from(writer)
}

/// Silent (`-s`): `secret get` with no terminal warns, as dotsecenv does.
fn alice(vault: &std::path::Path) -> Command {
    let mut cmd = dsenv();
    cmd.arg("-s")
        .arg("-v")
        .arg(vault)
        .arg("--key-file")
        .arg(key("alice"))
        .env("XDG_CONFIG_HOME", vault.with_extension("cfg"));
    cmd
}

/// A vault of the test's own, already trusted here (its first-use notice
/// would be on stderr).
fn writable_copy(from: &std::path::Path, to: &std::path::Path) {
    std::fs::write(to, std::fs::read(from).unwrap()).unwrap();
    ok(alice(to).arg("validate").output().unwrap());
}

fn with_closed_stdout(mut cmd: Command) -> Output {
    cmd.stdout(closed_pipe()).output().unwrap()
}

fn assert_ended_by_sigpipe(args: &[&str], out: &Output) {
    let err = stderr(out);
    assert!(!err.contains("panicked"), "{args:?} panicked: {err}");
    assert_eq!(
        out.status.signal(),
        Some(13),
        "{args:?}: {:?}, stderr: {err}",
        out.status
    );
    assert!(err.is_empty(), "{args:?} printed: {err}");
}

#[test]
fn every_printing_command_ends_by_sigpipe_when_the_reader_is_gone() {
    let _serial = serial();
    let dir = tempfile::tempdir().unwrap();
    let vault = dir.path().join("vault");
    writable_copy(&fixture("basic/vault"), &vault);
    let commands: &[&[&str]] = &[
        &["--help"],
        &["--version"],
        &["help", "run"],
        &["run", "--help"],
        &["secret", "get"],
        &["secret", "get", "DATABASE_URL"],
        &["--json", "secret", "get", "DATABASE_URL"],
        &["--json", "secret", "get"],
        &["validate"],
        &["--json", "validate"],
        &["vault", "describe"],
        &["--json", "vault", "describe"],
        &["vault", "doctor"],
        &["identity", "export"],
        &["export"],
        &["export", "--format", "json"],
        &["export", "--format", "shell"],
        &["policy", "list"],
        &["completion", "bash"],
        &["man"],
    ];
    for args in commands {
        let mut cmd = alice(&vault);
        cmd.args(*args);
        assert_ended_by_sigpipe(args, &with_closed_stdout(cmd));
    }
}

#[test]
fn a_write_whose_report_is_unread_has_written_the_vault_whole() {
    let _serial = serial();
    let dir = tempfile::tempdir().unwrap();
    let vault = dir.path().join("vault");
    writable_copy(&fixture("basic/vault"), &vault);
    let before = std::fs::read(&vault).unwrap();
    let mut cmd = alice(&vault);
    cmd.args(["rotate"]);
    assert_ended_by_sigpipe(&["rotate"], &with_closed_stdout(cmd));
    assert_ne!(
        std::fs::read(&vault).unwrap(),
        before,
        "rotate wrote nothing"
    );
    ok(alice(&vault).arg("validate").output().unwrap());
    let value = ok(alice(&vault)
        .args(["secret", "get", "DATABASE_URL"])
        .output()
        .unwrap());
    let expected = dsenv_as(
        &fixture("basic/vault"),
        "alice",
        &["secret", "get", "DATABASE_URL"],
    );
    assert_eq!(value.stdout, ok(expected).stdout);
}

#[test]
fn an_unwritable_stdout_is_one_line_and_exit_1() {
    let _serial = serial();
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let out = alice(&fixture("basic/vault"))
        .args(["secret", "get", "DATABASE_URL"])
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(
        stderr(&out),
        "dsenv: error: cannot write to standard output: No space left on device (os error 28)\n"
    );
}

#[test]
fn a_gone_stderr_reader_does_not_turn_an_error_into_a_panic() {
    let _serial = serial();
    let out = alice(&fixture("basic/vault"))
        .args(["secret", "get", "NO_SUCH_SECRET"])
        .stderr(closed_pipe())
        .output()
        .unwrap();
    assert_ne!(out.status.code(), Some(101), "{:?}", out.status);
    assert!(
        out.status.code().is_some_and(|c| c != 0),
        "{:?}",
        out.status
    );
}

/// Bit 13 of SigIgn in /proc/PID/status: whether SIGPIPE is ignored.
fn sigpipe_ignored(status: &str) -> bool {
    let line = status
        .lines()
        .find_map(|l| l.strip_prefix("SigIgn:"))
        .expect("SigIgn line");
    let mask = u64::from_str_radix(line.trim(), 16).unwrap();
    mask & (1 << (13 - 1)) != 0
}

#[test]
fn the_child_gets_sigpipe_at_its_default_action() {
    let _serial = serial();
    let out = ok(alice(&fixture("basic/vault"))
        .args(["run", "--", "cat", "/proc/self/status"])
        .output()
        .unwrap());
    assert!(!sigpipe_ignored(&stdout(&out)), "{}", stdout(&out));
    // What a user sees: a pipeline in the child ends quietly.
    let out = alice(&fixture("basic/vault"))
        .args(["run", "--", "sh", "-c", "yes | head -n1"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stdout(&out), "y\n");
    assert_eq!(stderr(&out), "", "the child's `yes` saw EPIPE");
}
