//! Hardening proofs: dsenv is non-dumpable with a core limit of 0 right
//! before it becomes the child and while it waits on the vault lock, and
//! the child never sees the key or where it came from.

mod common;

use std::os::unix::fs::MetadataExt;
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::*;

#[test]
fn non_dumpable_and_no_core_files_right_before_execve() {
    // The shell raises the soft core limit, prints it, then becomes dsenv:
    // dsenv must lower it (and clear "dumpable") itself. The probe exists
    // in debug builds only and prints the state just before execve.
    let script = "ulimit -c unlimited 2>/dev/null || ulimit -c \"$(ulimit -H -c)\"; \
                  ulimit -c >&2; exec \"$0\" \"$@\"";
    let out = Command::new("sh")
        .args(["-c", script])
        .arg(env!("CARGO_BIN_EXE_dsenv"))
        .arg("-v")
        .arg(fixture("basic/vault"))
        .arg("--key-file")
        .arg(key("alice"))
        .args(["run", "--", "true"])
        .env("XDG_DATA_HOME", data_home())
        .env("DSENV_TEST_PROBE", "1")
        .env_remove("DSENV_KEY")
        .env_remove("DSENV_KEY_FILE")
        .output()
        .unwrap();
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    let started_with = err.lines().next().unwrap_or_default();
    assert_ne!(
        started_with, "0",
        "the test could not raise the core limit: {err}"
    );
    assert!(
        err.lines().any(|l| l == "dsenv-probe: dumpable=0 core=0"),
        "{err}"
    );
}

#[test]
fn the_probe_is_silent_unless_asked() {
    let out = dsenv_as(&fixture("basic/vault"), "alice", &["run", "--", "true"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!stderr(&out).contains("dsenv-probe"), "{}", stderr(&out));
}

/// Waits until `pid` has exec'd dsenv (its `comm`), so that checks below
/// do not see the short non-dumpable window of a uid change before exec.
fn wait_for_comm(pid: u32, comm: &str) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while std::fs::read_to_string(format!("/proc/{pid}/comm"))
        .unwrap_or_default()
        .trim()
        != comm
    {
        assert!(Instant::now() < deadline, "{pid} never became {comm}");
        std::thread::sleep(Duration::from_millis(10));
    }
}

#[test]
fn non_dumpable_while_waiting_on_the_vault_lock() {
    // The kernel makes /proc/<pid> of a non-dumpable process owned by
    // root. So the waiting dsenv must run as a user other than root: the
    // test user, or `nobody` when the tests run as root.
    use nix::fcntl::{Flock, FlockArg};
    let dir = tempfile::tempdir().unwrap();
    let vault = dir.path().join("vault");
    let key_copy = dir.path().join("alice.sec.asc");
    std::fs::write(&vault, std::fs::read(fixture("team/vault")).unwrap()).unwrap();
    std::fs::write(&key_copy, std::fs::read(key("alice")).unwrap()).unwrap();
    std::fs::set_permissions(
        &key_copy,
        std::os::unix::fs::PermissionsExt::from_mode(0o600),
    )
    .unwrap();
    let as_root = nix::unistd::geteuid().is_root();
    // As `nobody`, the binary under target/ may be out of reach (a
    // checkout in a 0700 directory): run a copy from the test's directory.
    let binary = dir.path().join("dsenv");
    copy_executable(Path::new(env!("CARGO_BIN_EXE_dsenv")), &binary);
    if as_root {
        for p in [dir.path(), vault.as_path(), key_copy.as_path()] {
            std::os::unix::fs::chown(p, Some(65534), Some(65534)).unwrap();
        }
    }
    let before = std::fs::read(&vault).unwrap();
    let held = Flock::lock(
        std::fs::File::open(&vault).unwrap(),
        FlockArg::LockExclusive,
    )
    .unwrap();
    let mut cmd = dsenv_binary(&binary);
    cmd.current_dir(dir.path())
        .arg("-v")
        .arg(&vault)
        .arg("--key-file")
        .arg(&key_copy)
        .env("DSENV_LOCK_TIMEOUT", "30")
        .env("HOME", dir.path())
        .env("XDG_CONFIG_HOME", dir.path())
        .env("XDG_DATA_HOME", dir.path())
        // Pinned, so `nobody` needs no first-use record (dir/dsenv is the binary).
        .env(
            "DSENV_TRUST_ROOT",
            "B9636EE87BBA28F466FC3F324F40E8111E73B573",
        )
        .args(["secret", "forget", "SHARED_ALL"])
        .stderr(Stdio::piped());
    if as_root {
        cmd.uid(65534).gid(65534);
    }
    let mut waiting = cmd.spawn().unwrap();
    let pid = waiting.id();
    wait_for_comm(pid, "dsenv");
    let uid = std::fs::read_to_string(format!("/proc/{pid}/status"))
        .unwrap()
        .lines()
        .find(|l| l.starts_with("Uid:"))
        .and_then(|l| l.split_whitespace().nth(1).map(str::to_string))
        .unwrap();
    assert_ne!(uid, "0", "the waiting dsenv must not run as root");
    let owner = |pid: u32| {
        std::fs::metadata(format!("/proc/{pid}/status"))
            .unwrap()
            .uid()
    };
    let deadline = Instant::now() + Duration::from_secs(20);
    while owner(pid) != 0 {
        assert!(
            Instant::now() < deadline,
            "dsenv (uid {uid}) stayed dumpable: /proc/{pid} owned by {}",
            owner(pid)
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    let limits = std::fs::read_to_string(format!("/proc/{pid}/limits")).unwrap();
    let core = limits
        .lines()
        .find(|l| l.starts_with("Max core file size"))
        .unwrap();
    assert_eq!(core.split_whitespace().nth(4), Some("0"), "{core}");
    // Still waiting: nothing was written, so the checks above ran during the wait.
    assert!(waiting.try_wait().unwrap().is_none(), "dsenv did not wait");
    assert_eq!(std::fs::read(&vault).unwrap(), before);
    drop(held);
    let status = waiting.wait().unwrap();
    let mut err = String::new();
    std::io::Read::read_to_string(&mut waiting.stderr.take().unwrap(), &mut err).unwrap();
    assert!(status.success(), "{err}");
}

#[test]
fn the_child_sees_neither_the_key_nor_where_it_came_from() {
    let armored = std::fs::read_to_string(key("alice")).unwrap();
    let path = key("alice");
    let sources: [(&str, &str); 2] = [
        ("DSENV_KEY", &armored),
        ("DSENV_KEY_FILE", path.to_str().unwrap()),
    ];
    for (var, value) in sources {
        let out = dsenv()
            .env(var, value)
            .arg("-v")
            .arg(fixture("basic/vault"))
            .args(["run", "--", "env", "-0"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{var}: {}", stderr(&out));
        let env = parse_env0(&out.stdout);
        assert!(
            env.iter().any(|(k, _)| k == "DATABASE_URL"),
            "{var}: no secret injected"
        );
        let names: Vec<&str> = env.iter().map(|(k, _)| k.as_str()).collect();
        assert!(
            names
                .iter()
                .all(|k| *k != "DSENV_KEY" && *k != "DSENV_KEY_FILE"),
            "{var}: {names:?}"
        );
        let all = String::from_utf8_lossy(&out.stdout);
        assert!(
            !all.contains("PGP PRIVATE KEY"),
            "{var}: key material reached the child"
        );
        assert!(
            !all.contains(Path::new(value).to_str().unwrap()),
            "{var}: the source reached the child"
        );
    }
}
