//! `dsenv run` writes no file and opens no socket, proven with strace over
//! dsenv and the child it becomes.

mod common;

use std::process::Command;

use common::*;

/// Whether this process is already being traced (CI's outer strace pass):
/// a traced process cannot start its own tracer.
fn already_traced() -> bool {
    std::fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .any(|l| l.starts_with("TracerPid:") && l.split_whitespace().nth(1) != Some("0"))
}

fn strace_available() -> bool {
    Command::new("strace")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn run_opens_no_socket_and_no_file_for_writing() {
    if already_traced() {
        eprintln!("skipped: running under an outer strace (the untraced pass runs this test)");
        return;
    }
    if !strace_available() {
        assert!(std::env::var_os("CI").is_none(), "CI must install strace");
        eprintln!("skipped: strace is not installed");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("trace.log");
    let out = Command::new("strace")
        .args(["-f", "-qq", "-e", "trace=%network,open,openat,openat2,creat,truncate,rename,renameat,renameat2,unlink,unlinkat,mkdir,mkdirat", "-o"])
        .arg(&log)
        .arg(env!("CARGO_BIN_EXE_dsenv"))
        .arg("-v").arg(fixture("team/vault"))
        .arg("--key-file").arg(key("bob"))
        .args(["run", "--", "sh", "-c", "test -n \"$SHARED_ALL\""])
        .env_remove("DSENV_KEY")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let trace = std::fs::read_to_string(&log).unwrap();
    let calls: Vec<&str> = trace.lines().collect();
    assert!(
        calls.iter().any(|l| l.contains("team/vault")),
        "the trace should show the vault being read:\n{trace}"
    );
    let network: Vec<&&str> = calls
        .iter()
        .filter(|l| {
            [
                "socket(",
                "connect(",
                "bind(",
                "sendto(",
                "sendmsg(",
                "socketpair(",
            ]
            .iter()
            .any(|c| l.contains(c))
        })
        .collect();
    assert!(network.is_empty(), "network calls: {network:?}");
    let writes: Vec<&&str> = calls
        .iter()
        .filter(|l| {
            l.contains("open")
                && ["O_WRONLY", "O_RDWR", "O_CREAT", "O_TRUNC"]
                    .iter()
                    .any(|f| l.contains(f))
        })
        .collect();
    assert!(writes.is_empty(), "opens for writing: {writes:?}");
    let changes: Vec<&&str> = calls
        .iter()
        .filter(|l| {
            ["creat(", "truncate(", "rename", "unlink", "mkdir"]
                .iter()
                .any(|c| l.contains(c))
        })
        .collect();
    assert!(changes.is_empty(), "file system changes: {changes:?}");
}
