//! Passphrase-protected keys (issue 14 item 1): `identity create` protects
//! the key (a passphrase typed twice on a terminal, or DSENV_PASSPHRASE_FILE),
//! every command unlocks it with a passphrase asked once on the terminal
//! (no echo) or read from DSENV_PASSPHRASE_FILE or the systemd credential
//! dsenv.passphrase; without any, a clear error naming the ways, exit 4,
//! and nothing runs.

mod common;

use std::io::{Read, Write};
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::*;
use sequoia_openpgp as openpgp;

const PASSPHRASE: &str = "correct horse battery";
const SECRET: &str = "s3cr3t-value";

fn write_0600(path: &Path, text: &str) {
    std::fs::write(path, text).unwrap();
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)).unwrap();
}

/// No controlling terminal: /dev/tty cannot be opened, as under CI,
/// systemd or `docker run` without -t.
fn detached(cmd: &mut Command) -> &mut Command {
    unsafe {
        cmd.pre_exec(|| {
            nix::unistd::setsid().map_err(std::io::Error::from)?;
            Ok(())
        })
    }
}

/// A team of one with a protected key: the key file, a vault holding
/// SECRET as `API_TOKEN`, and the passphrase file (0600).
struct Desk {
    dir: tempfile::TempDir,
}

impl Desk {
    fn new() -> Desk {
        let desk = Desk {
            dir: tempfile::tempdir().unwrap(),
        };
        write_0600(&desk.passphrase_file(), &format!("{PASSPHRASE}\n"));
        let out = ok(detached(
            dsenv()
                .env("DSENV_PASSPHRASE_FILE", desk.passphrase_file())
                .args([
                    "identity",
                    "create",
                    "--name",
                    "Ada",
                    "--email",
                    "ada@example.test",
                ])
                .arg("--output")
                .arg(desk.key()),
        )
        .output()
        .unwrap());
        assert!(stdout(&out).trim().len() == 40, "{}", stdout(&out));
        ok(desk.with_file(&["init", "vault"]).output().unwrap());
        ok(output_with_stdin(
            &mut desk.with_file(&["secret", "store", "API_TOKEN"]),
            SECRET.as_bytes(),
        ));
        desk
    }

    fn key(&self) -> PathBuf {
        self.dir.path().join("ada.key")
    }

    fn vault(&self) -> PathBuf {
        self.dir.path().join("vault")
    }

    fn passphrase_file(&self) -> PathBuf {
        self.dir.path().join("passphrase")
    }

    /// `dsenv -v VAULT --key-file KEY ARGS`, detached, nothing else set.
    fn cmd(&self, args: &[&str]) -> Command {
        let mut cmd = dsenv();
        cmd.arg("-v")
            .arg(self.vault())
            .arg("--key-file")
            .arg(self.key())
            .args(args)
            .env("XDG_CONFIG_HOME", self.dir.path().join("cfg"));
        detached(&mut cmd);
        cmd
    }

    /// [`Desk::cmd`] with the passphrase file.
    fn with_file(&self, args: &[&str]) -> Command {
        let mut cmd = self.cmd(args);
        cmd.env("DSENV_PASSPHRASE_FILE", self.passphrase_file());
        cmd
    }

    /// A marker the child creates if it ever starts.
    fn marker(&self) -> PathBuf {
        self.dir.path().join("child-ran")
    }

    fn run_args(&self) -> Vec<String> {
        vec![
            "run".into(),
            "--".into(),
            "sh".into(),
            "-c".into(),
            format!("touch {}; echo \"got=$API_TOKEN\"", self.marker().display()),
        ]
    }
}

fn key_is_protected(path: &Path) -> bool {
    use openpgp::parse::Parse;
    let cert = openpgp::Cert::from_file(path).unwrap();
    cert.keys().secret().count() > 0
        && cert
            .keys()
            .secret()
            .all(|k| k.key().secret().is_encrypted())
}

#[test]
fn a_key_created_with_a_passphrase_file_is_protected_and_the_file_unlocks_it() {
    let desk = Desk::new();
    assert!(
        key_is_protected(&desk.key()),
        "every secret key is encrypted"
    );
    let args = desk.run_args();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = ok(desk.with_file(&args).output().unwrap());
    assert_eq!(stdout(&out), format!("got={SECRET}\n"));
}

#[test]
fn the_systemd_credential_dsenv_passphrase_unlocks_the_key() {
    let desk = Desk::new();
    let creds = desk.dir.path().join("creds");
    std::fs::create_dir(&creds).unwrap();
    write_0600(&creds.join("dsenv.passphrase"), PASSPHRASE);
    let out = ok(desk
        .cmd(&["secret", "get", "API_TOKEN"])
        .env("CREDENTIALS_DIRECTORY", &creds)
        .output()
        .unwrap());
    assert_eq!(stdout(&out), format!("{SECRET}\n"));
}

#[test]
fn a_wrong_passphrase_exits_4_and_nothing_runs() {
    let desk = Desk::new();
    let wrong = desk.dir.path().join("wrong");
    write_0600(&wrong, "not it\n");
    let args = desk.run_args();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = desk
        .cmd(&args)
        .env("DSENV_PASSPHRASE_FILE", &wrong)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("wrong passphrase"),
        "{}",
        stderr(&out)
    );
    assert!(
        !stderr(&out).contains("not it"),
        "the passphrase is never printed"
    );
    assert!(stdout(&out).is_empty());
    assert!(!desk.marker().exists(), "the child never started");
}

#[test]
fn without_a_terminal_or_a_passphrase_source_the_error_names_the_ways() {
    let desk = Desk::new();
    let args = desk.run_args();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = desk.cmd(&args).output().unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("passphrase-protected and no terminal can be asked"),
        "{err}"
    );
    for way in [
        "DSENV_PASSPHRASE_FILE",
        "$CREDENTIALS_DIRECTORY",
        "gpg-agent",
    ] {
        assert!(err.contains(way), "{way}: {err}");
    }
    assert!(!desk.marker().exists(), "the child never started");
}

#[test]
fn a_passphrase_file_others_can_read_is_refused_with_the_fix() {
    let desk = Desk::new();
    std::fs::set_permissions(
        desk.passphrase_file(),
        std::fs::Permissions::from_mode(0o644),
    )
    .unwrap();
    let out = desk
        .with_file(&["secret", "get", "API_TOKEN"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("the passphrase file is readable by others")
            && stderr(&out).contains(&format!("chmod 600 {}", desk.passphrase_file().display())),
        "{}",
        stderr(&out)
    );
}

#[test]
fn identity_create_without_a_terminal_needs_a_passphrase_or_no_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("k.asc");
    let create = || {
        let mut cmd = dsenv();
        cmd.args([
            "identity",
            "create",
            "--name",
            "M",
            "--email",
            "m@example.test",
        ])
        .arg("--output")
        .arg(&key);
        detached(&mut cmd);
        cmd
    };
    let out = create().output().unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("no terminal can be asked")
            && stderr(&out).contains("--no-passphrase")
            && stderr(&out).contains("DSENV_PASSPHRASE_FILE"),
        "{}",
        stderr(&out)
    );
    assert!(!key.exists(), "no key written");

    ok(create().arg("--no-passphrase").output().unwrap());
    assert!(!key_is_protected(&key), "--no-passphrase: a bare key");
}

// ---- On a terminal: script(1) gives dsenv a pseudo-terminal ----

/// A program running on a pseudo-terminal (`script -q -e -c CMD`), its
/// output collected as it comes.
struct Terminal {
    child: std::process::Child,
    output: Arc<Mutex<Vec<u8>>>,
    reader: Option<std::thread::JoinHandle<()>>,
}

impl Terminal {
    fn start(argv: &[String], env: &[(&str, &Path)]) -> Terminal {
        let quoted: Vec<String> = argv
            .iter()
            .map(|a| format!("'{}'", a.replace('\'', "'\\''")))
            .collect();
        let mut cmd = Command::new("script");
        cmd.args(["-q", "-e", "-c", &quoted.join(" "), "/dev/null"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
        isolated(&mut cmd);
        for (k, v) in env {
            cmd.env(k, v);
        }
        detached(&mut cmd);
        let mut child = cmd.spawn().expect("script (bsdutils)");
        let mut stdout = child.stdout.take().unwrap();
        let output = Arc::new(Mutex::new(Vec::new()));
        let sink = output.clone();
        let reader = std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = stdout.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
        Terminal {
            child,
            output,
            reader: Some(reader),
        }
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.output.lock().unwrap()).into_owned()
    }

    /// Waits for the `n`th occurrence of `prompt`, then types `line`.
    /// The pause lets the prompt's reader turn echo off before it reads.
    fn answer(&mut self, prompt: &str, n: usize, line: &str) {
        let deadline = Instant::now() + Duration::from_secs(60);
        while self.text().matches(prompt).count() < n {
            assert!(
                Instant::now() < deadline,
                "no prompt {prompt:?}: {}",
                self.text()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        std::thread::sleep(Duration::from_millis(300));
        let stdin = self.child.stdin.as_mut().unwrap();
        stdin.write_all(format!("{line}\r").as_bytes()).unwrap();
        stdin.flush().unwrap();
    }

    fn finish(mut self) -> (Option<i32>, String) {
        let status = self.child.wait().unwrap();
        drop(self.child.stdin.take());
        self.reader.take().unwrap().join().unwrap();
        (status.code(), self.text())
    }
}

fn require_script() -> bool {
    let found = Command::new("script")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        require("script(1) from bsdutils");
    }
    found
}

fn terminal_run(desk: &Desk, typed: &str) -> (Option<i32>, String) {
    let mut argv = vec![
        env!("CARGO_BIN_EXE_dsenv").to_string(),
        "-v".into(),
        desk.vault().display().to_string(),
        "--key-file".into(),
        desk.key().display().to_string(),
    ];
    argv.extend(desk.run_args());
    let cfg = desk.dir.path().join("cfg");
    let mut term = Terminal::start(&argv, &[("XDG_CONFIG_HOME", &cfg)]);
    term.answer("Passphrase for ", 1, typed);
    term.finish()
}

#[test]
fn on_a_terminal_the_passphrase_is_asked_once_without_echo() {
    if !require_script() {
        return;
    }
    let desk = Desk::new();
    let (code, text) = terminal_run(&desk, PASSPHRASE);
    assert_eq!(code, Some(0), "{text}");
    assert!(text.contains(&format!("got={SECRET}")), "{text}");
    assert_eq!(
        text.matches("Passphrase for ").count(),
        1,
        "asked once: {text}"
    );
    assert!(!text.contains(PASSPHRASE), "no echo: {text}");
}

#[test]
fn a_wrong_passphrase_on_a_terminal_is_not_asked_again_and_nothing_runs() {
    if !require_script() {
        return;
    }
    let desk = Desk::new();
    let (code, text) = terminal_run(&desk, "guess");
    assert_eq!(code, Some(4), "{text}");
    assert!(text.contains("wrong passphrase"), "{text}");
    assert_eq!(
        text.matches("Passphrase for ").count(),
        1,
        "asked once: {text}"
    );
    assert!(!desk.marker().exists(), "the child never started");
}

#[test]
fn identity_create_on_a_terminal_asks_twice_and_refuses_two_different_answers() {
    if !require_script() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let create = |key: &Path, first: &str, second: &str| {
        let argv: Vec<String> = [
            env!("CARGO_BIN_EXE_dsenv"),
            "identity",
            "create",
            "--name",
            "Ada",
            "--email",
            "ada@example.test",
            "--output",
            key.to_str().unwrap(),
        ]
        .map(String::from)
        .to_vec();
        let mut term = Terminal::start(&argv, &[]);
        term.answer("Passphrase for the new key: ", 1, first);
        term.answer("The same passphrase again: ", 1, second);
        term.finish()
    };

    let key = dir.path().join("ada.asc");
    let (code, text) = create(&key, PASSPHRASE, PASSPHRASE);
    assert_eq!(code, Some(0), "{text}");
    assert!(!text.contains(PASSPHRASE), "no echo: {text}");
    assert!(key_is_protected(&key));

    let other = dir.path().join("other.asc");
    let (code, text) = create(&other, PASSPHRASE, "something else");
    assert_eq!(code, Some(4), "{text}");
    assert!(text.contains("the two passphrases differ"), "{text}");
    assert!(!other.exists(), "no key written");
}

#[test]
fn help_names_the_key_and_passphrase_sources() {
    let out = ok(dsenv().arg("--help").output().unwrap());
    for name in [
        "DSENV_KEY_FILE",
        "$CREDENTIALS_DIRECTORY/dsenv.key",
        "/run/secrets/dsenv.key",
        "DSENV_PASSPHRASE_FILE",
        "$CREDENTIALS_DIRECTORY/dsenv.passphrase",
    ] {
        assert!(stdout(&out).contains(name), "{name}: {}", stdout(&out));
    }
}
