//! Issue 13, item 5: a key file others can read is refused where its
//! owner can fix it (exit 4, `chmod 600 PATH`), the way ssh refuses such
//! private keys; where the mode cannot be changed (a read-only mount, a
//! file another user owns) it is a warning and the key is used.
//! `vault doctor` reports the mode.

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::*;

/// The demo key as a user's own file,
/// with `mode` in a writable directory.
fn users_key(dir: &Path, mode: u32) -> PathBuf {
    let key = dir.join("me.asc");
    std::fs::write(&key, std::fs::read(demo_key()).unwrap()).unwrap();
    std::fs::set_permissions(&key, std::fs::Permissions::from_mode(mode)).unwrap();
    key
}

fn demo_key() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/demo/demo.key")
}

fn demo_vault() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/demo/vault")
}

fn with_key(key: &Path, args: &[&str]) -> std::process::Output {
    dsenv()
        .arg("-v")
        .arg(demo_vault())
        .arg("--key-file")
        .arg(key)
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn a_key_file_others_can_read_is_refused_with_the_chmod_fix() {
    let dir = tempfile::tempdir().unwrap();
    for mode in [0o644, 0o666, 0o640, 0o604] {
        let key = users_key(dir.path(), mode);
        let marker = dir.path().join("ran");
        let out = with_key(&key, &["run", "--", "touch", marker.to_str().unwrap()]);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(4), "{mode:o}: {err}");
        assert!(!marker.exists(), "{mode:o}: the command ran");
        assert!(
            err.contains(&format!(
                "{}: the key file is readable by others (mode {mode:04o}); refusing to use it",
                key.display()
            )) && err.contains(&format!("hint: chmod 600 {}", key.display())),
            "{mode:o}: {err}"
        );
        let out = with_key(&key, &["secret", "get", "DATABASE_URL"]);
        assert_eq!(out.status.code(), Some(4), "{mode:o}: {}", stderr(&out));
        assert!(out.stdout.is_empty());

        let doctor = with_key(&key, &["vault", "doctor"]);
        let text = stdout(&doctor);
        assert_ne!(doctor.status.code(), Some(0), "{text}");
        assert!(
            text.contains(&format!(
                "✗ key: {}: the key file is readable",
                key.display()
            )) && text.contains(&format!("(mode {mode:04o})"))
                && text.contains(&format!("fix: chmod 600 {}", key.display())),
            "{mode:o}: {text}"
        );
    }

    // The fix the message gives works, and doctor shows the mode.
    let key = users_key(dir.path(), 0o644);
    std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o600)).unwrap();
    let out = ok(with_key(&key, &["run", "--", "true"]));
    assert!(
        !stderr(&out).contains("readable by others"),
        "{}",
        stderr(&out)
    );
    let text = stdout(&with_key(&key, &["vault", "doctor"]));
    assert!(
        text.contains(&format!(
            "✓ key: from --key-file {} (mode 0600)",
            key.display()
        )),
        "{text}"
    );
}

/// A file another user owns (a Kubernetes secret volume's file read
/// through the pod's group, a key root handed out): the user cannot
/// change its mode, so it is a warning.
#[test]
fn a_readable_key_file_owned_by_another_user_is_a_warning() {
    if !nix::unistd::geteuid().is_root() {
        require("root, to give the key file another owner");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let key = users_key(dir.path(), 0o644);
    std::os::unix::fs::chown(&key, Some(65534), Some(65534)).unwrap();
    let out = ok(with_key(&key, &["run", "--", "true"]));
    assert!(
        stderr(&out).contains(&format!(
            "warning: {}: the key file is readable by others (mode 0644), owned by another user",
            key.display()
        )),
        "{}",
        stderr(&out)
    );
    let doctor = stdout(&with_key(&key, &["vault", "doctor"]));
    assert!(
        doctor.contains("✗ key file mode:") && doctor.contains("(mode 0644)"),
        "{doctor}"
    );
}

/// A read-only mount of a file the user owns (Docker bind-mounts a
/// secret `:ro` with the host file's 0444/0644): a warning, and it runs.
#[test]
fn a_readable_key_file_on_a_read_only_mount_is_a_warning() {
    if !nix::unistd::geteuid().is_root() {
        require("root, for a read-only bind mount in a mount namespace");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let keys = dir.path().join("secrets");
    std::fs::create_dir(&keys).unwrap();
    let key = users_key(&keys, 0o444);
    let script = format!(
        "mount --bind '{d}' '{d}' && mount -o remount,bind,ro '{d}' && exec \"$@\"",
        d = keys.display()
    );
    let out = Command::new("unshare")
        .args(["--mount", "sh", "-c", &script, "sh"])
        .arg(env!("CARGO_BIN_EXE_dsenv"))
        .arg("-v")
        .arg(demo_vault())
        .arg("--key-file")
        .arg(&key)
        .args(["run", "--", "sh", "-c", "echo ${DATABASE_URL%%@*}"])
        .env("HOME", data_home())
        .env("XDG_DATA_HOME", data_home())
        .env_remove("DSENV_KEY")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "postgres://app:p=ss=w0rd\n");
    assert!(
        stderr(&out).contains(&format!(
            "warning: {}: the key file is readable by others (mode 0444), on a read-only filesystem",
            key.display()
        )),
        "{}",
        stderr(&out)
    );
}
