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
    // `run` of a vault whose root is pinned writes nothing. Pinned by the
    // first-use record (data_home() has it for the fixtures: read, never
    // written) or by DSENV_TRUST_ROOT (the record is not even read). The
    // first run of an unpinned vault writes the record: trust_root.rs.
    let team = dsenv::vault::Vault::load(&fixture("team/vault")).unwrap();
    let root = team.identities[0].entry.fingerprint.clone();
    let fresh = tempfile::tempdir().unwrap();
    for (pin, data_home, trust_root) in [
        ("record", data_home(), None),
        ("DSENV_TRUST_ROOT", fresh.path(), Some(root.as_str())),
    ] {
        let trace = traced_run(data_home, trust_root);
        let reads_record = trace.lines().any(|l| l.contains("known_vaults"));
        assert_eq!(reads_record, trust_root.is_none(), "{pin}: {trace}");
        assert_no_writes(pin, &trace);
    }
}

fn traced_run(data_home: &std::path::Path, trust_root: Option<&str>) -> String {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("trace.log");
    let mut cmd = Command::new("strace");
    cmd.args(["-f", "-qq", "-e", "trace=%network,open,openat,openat2,creat,truncate,rename,renameat,renameat2,unlink,unlinkat,mkdir,mkdirat", "-o"])
        .arg(&log)
        .arg(env!("CARGO_BIN_EXE_dsenv"))
        .arg("-v").arg(fixture("team/vault"))
        .arg("--key-file").arg(key("bob"))
        .args(["run", "--", "sh", "-c", "test -n \"$SHARED_ALL\""])
        .env_remove("DSENV_KEY")
        .env_remove("DSENV_TRUST_ROOT")
        .env("HOME", data_home)
        .env("XDG_DATA_HOME", data_home);
    if let Some(root) = trust_root {
        cmd.env("DSENV_TRUST_ROOT", root);
    }
    let out = cmd.output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    std::fs::read_to_string(&log).unwrap()
}

fn assert_no_writes(pin: &str, trace: &str) {
    let calls: Vec<&str> = trace.lines().collect();
    assert!(
        calls.iter().any(|l| l.contains("team/vault")),
        "{pin}: the trace should show the vault being read:\n{trace}"
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
    assert!(network.is_empty(), "{pin}: network calls: {network:?}");
    let writes: Vec<&&str> = calls
        .iter()
        .filter(|l| {
            l.contains("open")
                && ["O_WRONLY", "O_RDWR", "O_CREAT", "O_TRUNC"]
                    .iter()
                    .any(|f| l.contains(f))
        })
        .collect();
    assert!(writes.is_empty(), "{pin}: opens for writing: {writes:?}");
    let changes: Vec<&&str> = calls
        .iter()
        .filter(|l| {
            ["creat(", "truncate(", "rename", "unlink", "mkdir"]
                .iter()
                .any(|c| l.contains(c))
        })
        .collect();
    assert!(
        changes.is_empty(),
        "{pin}: file system changes: {changes:?}"
    );
}
