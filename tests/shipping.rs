//! Shipping: the static binary, `--version`, and what a container user
//! meets without Docker (no CAP_IPC_LOCK, a $HOME that is not theirs).

mod common;

use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::*;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn is_root() -> bool {
    nix::unistd::geteuid().is_root()
}

fn chmod(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

/// A directory uid 65534 can enter, holding a copy of `binary`, the demo
/// vault and the demo key (owned by 65534, mode 0400).
fn nobody_dir(binary: &Path) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    chmod(dir.path(), 0o755);
    let bin = dir.path().join("dsenv");
    copy_executable(binary, &bin);
    chmod(&bin, 0o755);
    std::fs::copy(root().join("examples/demo/vault"), dir.path().join("vault")).unwrap();
    let key = dir.path().join("demo.key");
    std::fs::copy(root().join("examples/demo/demo.key"), &key).unwrap();
    std::os::unix::fs::chown(&key, Some(65534), Some(65534)).unwrap();
    chmod(&key, 0o400);
    (dir, bin)
}

/// `BIN -v DIR/vault --key-file DIR/demo.key ARGS` as uid/gid 65534 with
/// an empty environment but PATH and HOME.
fn as_nobody(bin: &Path, dir: &Path, cwd: &Path, home: &Path, args: &[&str]) -> Command {
    let mut cmd = dsenv_binary(bin);
    cmd.env_clear()
        .env("PATH", "/usr/bin:/bin")
        .env("HOME", home)
        .current_dir(cwd)
        .uid(65534)
        .gid(65534)
        .arg("-v")
        .arg(dir.join("vault"))
        .arg("--key-file")
        .arg(dir.join("demo.key"))
        .args(args);
    cmd
}

#[test]
fn static_binary_is_static_and_runs_the_demo_as_nobody_from_an_empty_directory() {
    let Some(bin) = static_binary() else {
        return;
    };
    let file = Command::new("file").arg(&bin).output().unwrap();
    let file = stdout(&file);
    assert!(
        file.contains("statically linked") || file.contains("static-pie linked"),
        "{file}"
    );
    let ldd = Command::new("ldd").arg(&bin).output().unwrap();
    let ldd = stdout(&ldd) + &stderr(&ldd);
    assert!(
        ldd.contains("not a dynamic executable") || ldd.contains("statically linked"),
        "{ldd}"
    );
    if !is_root() {
        require("root, to run as uid 65534");
        return;
    }
    let (dir, bin) = nobody_dir(&bin);
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    chmod(&empty, 0o755);
    let out = as_nobody(
        &bin,
        dir.path(),
        &empty,
        Path::new("/nonexistent"),
        &[
            "run",
            "--",
            "sh",
            "-c",
            "echo \"$(id -u) DATABASE_URL=$DATABASE_URL\"",
        ],
    )
    .output()
    .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).starts_with("65534 DATABASE_URL=postgres://app:p=ss=w0rd@"),
        "{}",
        stdout(&out)
    );
    assert_eq!(
        std::fs::read_dir(&empty).unwrap().count(),
        0,
        "wrote nothing"
    );
}

#[test]
fn version_names_the_version_the_commit_and_the_crypto_backend() {
    let out = dsenv().arg("--version").output().unwrap();
    assert!(out.status.success());
    let line = stdout(&out);
    let re = regex::Regex::new(
        r"^dsenv (\d+\.\d+\.\d+) \(commit ([0-9a-f]{12}|unknown), sequoia-openpgp (\d+\.\d+\.\d+), RustCrypto backend\)\n$",
    )
    .unwrap();
    let caps = re.captures(&line).unwrap_or_else(|| panic!("{line:?}"));
    assert_eq!(&caps[1], env!("CARGO_PKG_VERSION"));
    let head = Command::new("git")
        .current_dir(root())
        .args(["rev-parse", "--short=12", "HEAD"])
        .output();
    if let Some(head) = head.ok().filter(|h| h.status.success()) {
        assert_eq!(&caps[2], stdout(&head).trim(), "built from this checkout");
    }
    let lock = std::fs::read_to_string(root().join("Cargo.lock")).unwrap();
    assert!(
        lock.contains(&format!(
            "name = \"sequoia-openpgp\"\nversion = \"{}\"",
            &caps[3]
        )),
        "the locked sequoia-openpgp"
    );
}

/// A container user whose $HOME is someone else's (root's, mode 0700):
/// `run` needs no configuration, so the unreadable one is only a warning;
/// named with -c it stays an error (exit 2).
#[test]
fn an_unreadable_default_config_is_not_fatal_when_none_is_needed() {
    if !is_root() {
        require("root, to run as uid 65534");
        return;
    }
    let (dir, bin) = nobody_dir(Path::new(env!("CARGO_BIN_EXE_dsenv")));
    let home = dir.path().join("home");
    std::fs::create_dir_all(home.join(".config/dotsecenv")).unwrap();
    let config = home.join(".config/dotsecenv/config");
    std::fs::write(&config, "vault:\n  - .dotsecenv/vault\n").unwrap();
    chmod(&home, 0o700);

    let out = as_nobody(
        &bin,
        dir.path(),
        dir.path(),
        &home,
        &["run", "--", "sh", "-c", "echo \"${DATABASE_URL%%@*}\""],
    )
    .output()
    .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "postgres://app:p=ss=w0rd\n");
    assert!(
        stderr(&out).contains(&format!("warning: {}: Permission denied", config.display()))
            && stderr(&out).contains("continuing without a configuration"),
        "{}",
        stderr(&out)
    );

    let named = ["-c", config.to_str().unwrap(), "run", "--", "true"];
    let out = as_nobody(&bin, dir.path(), dir.path(), &home, &named)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
}

/// Without CAP_IPC_LOCK and with a small memlock limit, uid 0 cannot lock
/// memory (a container's root): `run` says so with the fix and `vault
/// doctor` agrees. With the capability, the small limit does not matter.
#[test]
fn memory_locking_is_decided_by_cap_ipc_lock_and_the_limit_not_uid_0() {
    if !is_root() {
        require("root, to drop CAP_IPC_LOCK");
        return;
    }
    let vault = root().join("examples/demo/vault");
    let key = private_copy(&root().join("examples/demo/demo.key"));
    let dsenv_with = |drop_cap: bool, args: &[&str]| {
        let mut cmd = Command::new("prlimit");
        cmd.args(["--memlock=65536:65536", "--"]);
        if drop_cap {
            cmd.args([
                "setpriv",
                "--inh-caps=-ipc_lock",
                "--bounding-set=-ipc_lock",
                "--",
            ]);
        }
        cmd.arg(env!("CARGO_BIN_EXE_dsenv"))
            .env("HOME", data_home())
            .env("XDG_DATA_HOME", data_home())
            .arg("-v")
            .arg(&vault)
            .arg("--key-file")
            .arg(&key)
            .args(args)
            .env_remove("DSENV_KEY")
            .output()
            .unwrap()
    };

    let out = dsenv_with(true, &["run", "--", "true"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("memory not locked: no CAP_IPC_LOCK")
            && stderr(&out).contains("--cap-add IPC_LOCK")
            && stderr(&out).contains("--ulimit memlock=-1"),
        "{}",
        stderr(&out)
    );
    let doctor = dsenv_with(true, &["vault", "doctor"]);
    assert!(
        stdout(&doctor)
            .contains("✗ mlock: not permitted: no CAP_IPC_LOCK and memlock limit 64 KiB")
            && stdout(&doctor).contains("fix: docker `--cap-add IPC_LOCK`"),
        "{}",
        stdout(&doctor)
    );

    let out = dsenv_with(false, &["run", "--", "true"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        !stderr(&out).contains("memory not locked"),
        "{}",
        stderr(&out)
    );
    let doctor = dsenv_with(false, &["vault", "doctor"]);
    assert!(
        stdout(&doctor).contains("✓ mlock: permitted (CAP_IPC_LOCK)"),
        "{}",
        stdout(&doctor)
    );
}
