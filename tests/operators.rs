//! Operators' experience: dsenv as a container's PID 1 (without a Docker
//! daemon: a new PID namespace; tests/docker.rs runs the real image),
//! systemd credentials and notify socket,
//! completions, man page, help examples, colour rules, doctor.

mod common;

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::*;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn is_root() -> bool {
    nix::unistd::geteuid().is_root()
}

/// The PID, seen from here, of the first child of `pid`.
fn child_of(pid: u32) -> u32 {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let children =
            std::fs::read_to_string(format!("/proc/{pid}/task/{pid}/children")).unwrap_or_default();
        if let Some(first) = children.split_whitespace().next() {
            return first.parse().unwrap();
        }
        assert!(Instant::now() < deadline, "no child of {pid}");
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// dsenv as PID 1 of a new PID namespace, as `ENTRYPOINT ["dsenv", "run", "--"]`
/// makes it in a container, with the key at /run/secrets/dsenv.key.
#[test]
fn as_pid_1_the_app_is_pid_1_gets_sigterm_and_its_code_is_the_exit_code() {
    if !is_root() {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI runs as root and must run this test"
        );
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join(".dotsecenv")).unwrap();
    std::fs::copy(
        root().join("examples/demo/vault"),
        dir.path().join(".dotsecenv/vault"),
    )
    .unwrap();
    // A private /run (tmpfs) holds the Docker-style secret file.
    let script = format!(
        "mount -t tmpfs tmpfs /run && mkdir /run/secrets && cp '{key}' /run/secrets/dsenv.key \
         && chmod 600 /run/secrets/dsenv.key && cd '{dir}' \
         && exec '{bin}' run -- '{app}'",
        key = root().join("examples/demo/demo.key").display(),
        dir = dir.path().display(),
        bin = env!("CARGO_BIN_EXE_dsenv"),
        app = root().join("examples/docker/app.sh").display(),
    );
    let mut container = dsenv_free_command("unshare")
        .args(["--pid", "--fork", "--mount-proc", "sh", "-c", &script])
        .env("XDG_DATA_HOME", data_home())
        .env("APP_STOP_CODE", "42")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(container.stdout.take().unwrap()).lines();
    let first = lines.next().unwrap().unwrap();
    assert_eq!(first, "app: pid 1, DATABASE_URL is set");
    let pid1 = child_of(container.id());
    assert_eq!(
        std::fs::read_to_string(format!("/proc/{pid1}/comm"))
            .unwrap()
            .trim(),
        "app.sh",
        "dsenv exec'd the app as PID 1"
    );
    // docker stop: SIGTERM to the container's PID 1.
    nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(pid1 as i32),
        nix::sys::signal::Signal::SIGTERM,
    )
    .unwrap();
    let status = container.wait().unwrap();
    assert_eq!(
        lines.next().unwrap().unwrap(),
        "app: SIGTERM received, stopping"
    );
    assert_eq!(
        status.code(),
        Some(42),
        "the app's exit code is the container's"
    );
}

fn dsenv_free_command(program: &str) -> Command {
    let mut cmd = Command::new(program);
    for (k, _) in std::env::vars_os() {
        if k.to_string_lossy().starts_with("DSENV_") || k == "CREDENTIALS_DIRECTORY" {
            cmd.env_remove(k);
        }
    }
    cmd
}

/// systemd's `LoadCredential=dsenv.key:...` sets CREDENTIALS_DIRECTORY;
/// Type=notify services get NOTIFY_SOCKET, which must reach the app.
#[test]
fn systemd_credentials_directory_and_notify_socket() {
    let creds = tempfile::tempdir().unwrap();
    std::fs::copy(key("alice"), creds.path().join("dsenv.key")).unwrap();
    let out = dsenv()
        .arg("-v")
        .arg(fixture("basic/vault"))
        .env("CREDENTIALS_DIRECTORY", creds.path())
        .env("NOTIFY_SOCKET", "/run/systemd/notify")
        .args(["--verbose", "run", "--", "env", "-0"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("key from systemd credential"),
        "{}",
        stderr(&out)
    );
    let env = parse_env0(&out.stdout);
    assert!(env
        .iter()
        .any(|(k, v)| k == "NOTIFY_SOCKET" && v == "/run/systemd/notify"));
    assert!(env
        .iter()
        .any(|(k, v)| k == "CREDENTIALS_DIRECTORY" && Path::new(v) == creds.path()));
    assert!(env.iter().any(|(k, _)| k == "DATABASE_URL"));
    let unit = std::fs::read_to_string(root().join("examples/systemd/app.service")).unwrap();
    assert!(unit.contains("LoadCredential=dsenv.key:/etc/dsenv/app.key"));
    assert!(unit.contains("LoadCredentialEncrypted=dsenv.key:"));
    assert!(unit.contains("ExecStart=/usr/bin/dsenv run -- /usr/bin/app"));
}

#[test]
fn completions_for_every_shell_and_a_man_page() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let out = dsenv().args(["completion", shell]).output().unwrap();
        assert!(out.status.success(), "{shell}");
        let text = stdout(&out);
        assert!(
            text.contains("dsenv") && text.contains("validate") && text.len() > 1000,
            "{shell}"
        );
    }
    let out = dsenv().arg("man").output().unwrap();
    let man = stdout(&out);
    assert!(
        man.contains(".TH dsenv 1") && man.contains(".SH NAME") && man.contains("run"),
        "{man}"
    );
}

#[test]
fn every_help_page_has_an_example() {
    let commands: &[&[&str]] = &[
        &[],
        &["run"],
        &["validate"],
        &["secret", "get"],
        &["secret", "store"],
        &["secret", "share"],
        &["secret", "revoke"],
        &["secret", "forget"],
        &["identity", "create"],
        &["identity", "add"],
        &["identity", "export"],
        &["init", "config"],
        &["init", "vault"],
        &["login"],
        &["vault", "describe"],
        &["vault", "doctor"],
        &["vault", "compact"],
        &["vault", "upgrade"],
        &["completion"],
        &["man"],
    ];
    for path in commands {
        let out = dsenv().args(*path).arg("--help").output().unwrap();
        assert!(out.status.success(), "{path:?}");
        assert!(
            stdout(&out).contains("Example"),
            "`dsenv {} --help` has no example",
            path.join(" ")
        );
    }
}

/// Runs `dsenv validate` on a pseudo-terminal (`script`) and returns what it printed.
fn validate_on_a_tty(no_color: bool) -> Option<String> {
    Command::new("script").arg("--version").output().ok()?;
    let inner = format!(
        "'{}' -v '{}' validate",
        env!("CARGO_BIN_EXE_dsenv"),
        fixture("basic/vault").display()
    );
    let mut cmd = Command::new("script");
    cmd.args(["-qec", &inner, "/dev/null"])
        .env("XDG_DATA_HOME", data_home())
        .stdin(Stdio::null());
    if no_color {
        cmd.env("NO_COLOR", "1");
    } else {
        cmd.env_remove("NO_COLOR");
    }
    Some(stdout(&cmd.output().unwrap()))
}

#[test]
fn colour_only_on_a_terminal_and_never_with_no_color() {
    let piped = dsenv()
        .arg("-v")
        .arg(fixture("basic/vault"))
        .arg("validate")
        .env_remove("NO_COLOR")
        .output()
        .unwrap();
    assert!(!stdout(&piped).contains('\x1b'), "no colour into a pipe");
    let Some(tty) = validate_on_a_tty(false) else {
        assert!(std::env::var_os("CI").is_none(), "CI must have script(1)");
        return;
    };
    assert!(
        tty.contains("\x1b[32m✓\x1b[0m"),
        "colour on a terminal: {tty:?}"
    );
    let plain = validate_on_a_tty(true).unwrap();
    assert!(
        plain.contains('✓') && !plain.contains('\x1b'),
        "NO_COLOR: {plain:?}"
    );
}

#[test]
fn doctor_reports_what_it_finds_and_each_problem_with_its_fix() {
    let out = dsenv_as(
        &fixture("basic/vault"),
        "alice",
        &["--json", "vault", "doctor"],
    );
    assert!(out.status.success(), "{}", stdout(&out));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["ok"], true);
    let names: Vec<&str> = doc["checks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    for want in ["config", "key", "mlock", "policy"] {
        assert!(names.contains(&want), "{names:?}");
    }
    let text = stdout(&out);
    assert!(
        text.contains("B9636EE87BBA28F466FC3F324F40E8111E73B573") && text.contains("EdDSA Ed25519")
    );
    assert!(
        !text.contains("PRIVATE KEY") && !text.contains("postgres://"),
        "doctor must not print key material or secrets"
    );

    let out = dsenv()
        .arg("-v")
        .arg("/nonexistent/vault")
        .args(["vault", "doctor"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(
        text.contains("✗ key:") && text.contains("fix: pass --key-file"),
        "{text}"
    );
    assert!(
        text.contains("✗ vault /nonexistent/vault")
            && text.contains("fix: create it with `dsenv init vault"),
        "{text}"
    );

    let dir = tempfile::tempdir().unwrap();
    let loose = dir.path().join("vault");
    std::fs::copy(fixture("basic/vault"), &loose).unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&loose, std::fs::Permissions::from_mode(0o666)).unwrap();
    let out = dsenv_as(&loose, "alice", &["vault", "doctor"]);
    assert!(
        stdout(&out).contains("writable by group or others")
            && stdout(&out).contains("fix: chmod go-w"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn policy_list_shows_the_rules_in_force() {
    let dir = tempfile::tempdir().unwrap();
    let out = dsenv()
        .env("XDG_CONFIG_HOME", dir.path())
        .args(["--json", "policy", "list"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["enforced"][0]["algo"], "RSA");
    assert_eq!(doc["enforced"][0]["min_bits"], 2048);
    assert!(doc["refused"]
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r == "SHA-1 signatures"));
    let init = dsenv()
        .env("XDG_CONFIG_HOME", dir.path())
        .args(["init", "config"])
        .output()
        .unwrap();
    assert!(init.status.success());
    let out = dsenv()
        .env("XDG_CONFIG_HOME", dir.path())
        .args(["policy", "list"])
        .output()
        .unwrap();
    assert!(
        stdout(&out).contains("approved_algorithms, dotsecenv's list")
            && stdout(&out).contains("ECC (P-384, P-521): at least 384 bits"),
        "{}",
        stdout(&out)
    );
}

/// The man page is one page: it names no dsenv-COMMAND(1) page that is not
/// shipped, lists every command, and has ENVIRONMENT and EXIT STATUS
/// sections; the exit codes are the README's table's, all of them.
#[test]
fn the_man_page_has_commands_environment_and_every_exit_status() {
    let man = stdout(&ok(dsenv().arg("man").output().unwrap()));
    assert!(
        !man.contains("dsenv\\-run(1)") && !man.contains("dsenv-run(1)"),
        "{man}"
    );
    for section in [".SH COMMANDS", ".SH ENVIRONMENT", ".SH \"EXIT STATUS\""] {
        assert!(man.contains(section), "{section}: {man}");
    }
    for command in [
        "dsenv secret get",
        "dsenv vault merge",
        "dsenv identity export",
    ] {
        assert!(man.contains(command), "{command}");
    }
    for var in [
        "DSENV_KEY_FILE",
        "CREDENTIALS_DIRECTORY",
        "DSENV_PASSPHRASE_FILE",
    ] {
        assert!(man.contains(var), "{var}");
    }
    let exit_status = &man[man.find(".SH \"EXIT STATUS\"").unwrap()..];
    let exit_status = &exit_status[..exit_status[1..]
        .find(".SH")
        .map_or(exit_status.len(), |i| i + 1)];
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let table = &readme[readme.find("## Exit codes").unwrap()..];
    let table = &table[..table.find("\n## ").unwrap()];
    let codes = regex::Regex::new(r"(?m)^\| (\d+)(?: / (\d+))? \|").unwrap();
    let mut seen = 0;
    for caps in codes.captures_iter(table) {
        for code in caps.iter().skip(1).flatten() {
            seen += 1;
            assert!(
                exit_status.contains(&format!("\\fB{}\\fR", code.as_str())),
                "exit code {} of the README is not in the man page: {exit_status}",
                code.as_str()
            );
        }
    }
    assert!(seen >= 14, "the README's table: {seen} codes");
}
