//! The Docker image on a real daemon: examples/docker/Dockerfile built
//! from its `prebuilt` stage (the static dsenv and a static busybox, FROM
//! scratch, nothing pulled), run the ways operators run it.
//!
//! Needs a daemon (`docker info` must work; `DOCKER` names the CLI, which
//! must build with BuildKit: Docker 20.10's own, or buildx) and the static
//! binary. Skipped without them, except in CI, where .ci/run starts its own
//! dockerd and these tests must run.

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use common::*;

const IMAGE: &str = "dsenv-test-demo";
/// The demo vault's DATABASE_URL up to its `@`, as `${DATABASE_URL%%@*}` prints it.
const SECRET_PREFIX: &str = "postgres://app:p=ss=w0rd";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn docker() -> Command {
    let cli = std::env::var_os("DOCKER").unwrap_or_else(|| "docker".into());
    let mut cmd = Command::new(cli);
    cmd.env("DOCKER_BUILDKIT", "1").stdin(Stdio::null());
    cmd
}

/// Builds the image once per test run; `false` when the test must skip.
fn image() -> bool {
    static BUILT: OnceLock<bool> = OnceLock::new();
    *BUILT.get_or_init(|| {
        let daemon = docker().arg("info").output();
        if !daemon.is_ok_and(|o| o.status.success()) {
            require("no Docker daemon (`docker info` fails)");
            return false;
        }
        let Some(bin) = static_binary() else {
            return false;
        };
        let context = Command::new("bash")
            .arg(root().join("scripts/docker-context.sh"))
            .arg(&bin)
            .output()
            .unwrap();
        assert!(context.status.success(), "{}", stderr(&context));
        let build = docker()
            .current_dir(root())
            .args(["build", "-q", "--build-arg", "DSENV_FROM=prebuilt"])
            .args(["-f", "examples/docker/Dockerfile", "-t", IMAGE, "."])
            .output()
            .unwrap();
        assert!(build.status.success(), "docker build: {}", stderr(&build));
        true
    })
}

/// `docker run --rm --network none ARGS...` (the daemon has no bridge).
fn run(args: &[&str]) -> Output {
    docker()
        .args(["run", "--rm", "--network", "none"])
        .args(args)
        .output()
        .unwrap()
}

fn demo_key() -> PathBuf {
    root().join("examples/demo/demo.key")
}

/// `-v HOST:/run/secrets/dsenv.key:ro`, the Docker/Kubernetes secret file.
fn key_mount(key: &Path) -> String {
    format!("{}:/run/secrets/dsenv.key:ro", key.display())
}

/// Removes the named container even when the test fails.
struct Container(String);

impl Drop for Container {
    fn drop(&mut self) {
        let _ = docker().args(["rm", "-f", &self.0]).output();
    }
}

fn logs(name: &str) -> String {
    let out = docker().args(["logs", name]).output().unwrap();
    stdout(&out) + &stderr(&out)
}

#[test]
fn app_is_pid_1_gets_the_secret_and_docker_stop_gives_it_sigterm_and_its_exit_code() {
    if !image() {
        return;
    }
    let shown = run(&[
        "-v",
        &key_mount(&demo_key()),
        IMAGE,
        "sh",
        "-c",
        "echo $$ ${DATABASE_URL%%@*}",
    ]);
    assert_eq!(
        stdout(&shown).trim(),
        format!("1 {SECRET_PREFIX}"),
        "{}",
        stderr(&shown)
    );

    let name = format!("dsenv-test-stop-{}", std::process::id());
    let _guard = Container(name.clone());
    let started = docker()
        .args(["run", "-d", "--network", "none", "--name", &name])
        .args([
            "-e",
            "APP_STOP_CODE=42",
            "-v",
            &key_mount(&demo_key()),
            IMAGE,
        ])
        .output()
        .unwrap();
    assert!(started.status.success(), "{}", stderr(&started));
    let deadline = Instant::now() + Duration::from_secs(20);
    while !logs(&name).contains("app: pid 1, DATABASE_URL is set") {
        assert!(
            Instant::now() < deadline,
            "app never started: {}",
            logs(&name)
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    // A SIGTERM the app ignored would be a SIGKILL after 20 s: exit 137.
    let stop = docker().args(["stop", "-t", "20", &name]).output().unwrap();
    assert!(stop.status.success(), "{}", stderr(&stop));
    let code = docker()
        .args(["inspect", "-f", "{{.State.ExitCode}}", &name])
        .output()
        .unwrap();
    assert_eq!(stdout(&code).trim(), "42", "the app's exit code");
    assert!(
        logs(&name).contains("app: SIGTERM received, stopping"),
        "{}",
        logs(&name)
    );
}

/// A copy of the demo key owned by root, group 65534, with `mode`: what a
/// Kubernetes secret volume with `fsGroup: 65534` and `defaultMode` gives.
fn key_for_group_65534(dir: &Path, mode: u32) -> PathBuf {
    let key = dir.join("dsenv.key");
    std::fs::copy(demo_key(), &key).unwrap();
    std::os::unix::fs::chown(&key, Some(0), Some(65534)).unwrap();
    std::fs::set_permissions(&key, std::fs::Permissions::from_mode(mode)).unwrap();
    key
}

#[test]
fn read_only_non_root_no_capabilities_no_new_privileges_still_works() {
    if !image() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let key = key_for_group_65534(dir.path(), 0o440);
    let locked_down = [
        "--read-only",
        "--user",
        "65534:65534",
        "--cap-drop",
        "ALL",
        "--security-opt",
        "no-new-privileges",
    ];
    let mut args = locked_down.to_vec();
    let mount = key_mount(&key);
    args.extend(["-v", &mount, IMAGE, "sh", "-c"]);
    args.push("echo $$ $(id -u) ${DATABASE_URL%%@*}");
    let out = run(&args);
    assert_eq!(
        stdout(&out).trim(),
        format!("1 65534 {SECRET_PREFIX}"),
        "{}",
        stderr(&out)
    );

    // defaultMode 0400 (root only): a non-root app cannot read its key.
    let unreadable = key_for_group_65534(dir.path(), 0o400);
    let mut args = locked_down.to_vec();
    let mount = key_mount(&unreadable);
    args.extend(["-v", &mount, IMAGE]);
    let out = run(&args);
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("/run/secrets/dsenv.key") && !stdout(&out).contains("app:"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn tampered_vault_exits_6_and_the_app_never_starts() {
    if !image() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let vault = dir.path().join("vault");
    let text = std::fs::read_to_string(root().join("examples/demo/vault")).unwrap();
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    // Line 6: DATABASE_URL's value; a later timestamp breaks its hash.
    let original = lines[5].clone();
    lines[5] = original.replacen(
        "\"added_at\":\"2026-11-28T06:",
        "\"added_at\":\"2026-11-28T07:",
        1,
    );
    assert_ne!(lines[5], original);
    std::fs::write(&vault, lines.join("\n") + "\n").unwrap();
    std::fs::set_permissions(&vault, std::fs::Permissions::from_mode(0o644)).unwrap();
    let out = run(&[
        "-v",
        &key_mount(&demo_key()),
        "-v",
        &format!("{}:/app/.dotsecenv/vault:ro", vault.display()),
        IMAGE,
    ]);
    assert_eq!(out.status.code(), Some(6), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(".dotsecenv/vault:6: Value entry 6 (DATABASE_URL): hash mismatch"),
        "{}",
        stderr(&out)
    );
    assert!(
        !stdout(&out).contains("app:"),
        "the app ran: {}",
        stdout(&out)
    );
}

#[test]
fn no_key_exits_7_and_the_app_never_starts() {
    if !image() {
        return;
    }
    let out = run(&[IMAGE]);
    assert_eq!(out.status.code(), Some(7), "{}", stderr(&out));
    assert!(
        !stdout(&out).contains("app:"),
        "the app ran: {}",
        stdout(&out)
    );
}

/// A container's root has no CAP_IPC_LOCK: dsenv must say memory is not
/// locked and how to fix it, and `vault doctor` must agree; with
/// `--cap-add IPC_LOCK` it locks. (The limit is pinned small: a daemon's
/// default may be unlimited.)
#[test]
fn memory_locking_follows_cap_ipc_lock_not_uid_0() {
    if !image() {
        return;
    }
    let key = key_mount(&demo_key());
    let small = ["--ulimit", "memlock=65536:65536", "-v", &key];
    let with_cap = ["--cap-add", "IPC_LOCK"];

    let mut args = small.to_vec();
    args.extend([IMAGE, "sh", "-c", "exit 0"]);
    let out = run(&args);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("memory not locked") && stderr(&out).contains("--cap-add IPC_LOCK"),
        "{}",
        stderr(&out)
    );
    let mut args = small.to_vec();
    args.extend(["--entrypoint", "dsenv", IMAGE, "vault", "doctor"]);
    let doctor = run(&args);
    assert_eq!(doctor.status.code(), Some(1), "{}", stdout(&doctor));
    assert!(
        stdout(&doctor).contains("✗ mlock: not permitted: no CAP_IPC_LOCK")
            && stdout(&doctor).contains("--cap-add IPC_LOCK"),
        "{}",
        stdout(&doctor)
    );

    let mut args = small.to_vec();
    args.extend(with_cap);
    args.extend([IMAGE, "sh", "-c", "exit 0"]);
    let out = run(&args);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        !stderr(&out).contains("memory not locked"),
        "{}",
        stderr(&out)
    );
    let mut args = small.to_vec();
    args.extend(with_cap);
    args.extend(["--entrypoint", "dsenv", IMAGE, "vault", "doctor"]);
    let doctor = run(&args);
    assert!(
        stdout(&doctor).contains("✓ mlock: permitted (CAP_IPC_LOCK)"),
        "{}",
        stdout(&doctor)
    );
}
