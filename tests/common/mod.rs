//! Shared helpers for the end-to-end tests: the real binary, the real
//! fixtures in ../shared/fixtures, scratch directories.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use dsenv::vault::entry::Entry;
use dsenv::vault::header::{Header, SecretIndex};

pub fn fixtures() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/fixtures/dotsecenv");
    assert!(dir.is_dir(), "fixtures not found at {}", dir.display());
    dir
}

pub fn fixture(rel: &str) -> PathBuf {
    fixtures().join(rel)
}

/// The secret key of a fixture identity, as a private (0600) copy: dsenv
/// refuses a key file others can read that the user owns on a writable
/// filesystem, and the fixtures are 0444 (root owns them when CI runs as
/// root).
pub fn key(person: &str) -> PathBuf {
    private_copy(&fixture(&format!("keys/{person}.sec.asc")))
}

/// A 0600 copy of the key file `path` in this process's [`data_home`],
/// made once (tests of one binary run in parallel threads).
pub fn private_copy(path: &Path) -> PathBuf {
    use std::os::unix::fs::OpenOptionsExt;
    static LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _guard = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let dir = data_home().join("keys");
    let copy = dir.join(path.file_name().unwrap());
    if !copy.exists() {
        std::fs::create_dir_all(&dir).unwrap();
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&copy)
            .unwrap();
        std::io::Write::write_all(&mut file, &std::fs::read(path).unwrap()).unwrap();
    }
    copy
}

/// The dsenv binary with a clean environment: no DSENV_* and no key
/// sources inherited from whoever runs the tests.
pub fn dsenv() -> Command {
    dsenv_binary(Path::new(env!("CARGO_BIN_EXE_dsenv")))
}

/// Copies an executable the test will run (for `nobody`, or a scratch
/// directory) with cp(1), in another process: a copy written by this
/// process would leave a write descriptor that a sibling test thread's
/// fork can inherit until its exec, and running the copy then fails with
/// ETXTBSY ("Text file busy"), most often under strace, which widens the
/// fork-to-exec window.
pub fn copy_executable(from: &Path, to: &Path) {
    let status = Command::new("cp")
        .arg("--")
        .arg(from)
        .arg(to)
        .status()
        .expect("cp");
    assert!(status.success(), "cp {} {}", from.display(), to.display());
}

/// Like [`dsenv`], running the dsenv binary at `path` (a copy).
///
/// HOME and XDG_DATA_HOME point at [`data_home`], so the first-use record
/// never lands in the real home (a test may set them again to differ).
pub fn dsenv_binary(path: &Path) -> Command {
    let mut cmd = Command::new(path);
    isolated(&mut cmd).stdin(Stdio::null());
    cmd
}

/// `cmd` (dsenv, or a program that starts it) without this process's key
/// sources (`DSENV_*`, `CREDENTIALS_DIRECTORY`), with [`data_home`] as
/// HOME and XDG_DATA_HOME.
pub fn isolated(cmd: &mut Command) -> &mut Command {
    for (k, _) in std::env::vars_os() {
        if k.to_string_lossy().starts_with("DSENV_") || k == "CREDENTIALS_DIRECTORY" {
            cmd.env_remove(k);
        }
    }
    cmd.env("HOME", data_home())
        .env("XDG_DATA_HOME", data_home())
}

/// This test process's HOME and XDG_DATA_HOME for dsenv: a directory
/// under target/tmp whose first-use record already holds the root of
/// every fixture vault (as on a machine that has used them), so that tests
/// running in parallel on the same fixture see no first-use notice. A
/// vault a test makes in its own temporary directory is new here: its
/// first command records it.
pub fn data_home() -> &'static Path {
    static DIR: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    DIR.get_or_init(|| {
        let dir =
            Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("home-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let record = dir.join("dsenv/known_vaults");
        let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
        for vault in vault_files(&fixtures())
            .into_iter()
            .chain(vault_files(&examples))
        {
            let root = match dsenv::vault::Vault::load(&vault) {
                Ok(v) => v.identities.first().map(|i| i.entry.fingerprint.clone()),
                Err(_) => None,
            };
            if let Some(root) = root {
                let canonical = std::fs::canonicalize(&vault).unwrap();
                dsenv::trust::known::record_root(&record, &canonical, &root).unwrap();
            }
        }
        dir
    })
}

/// Files under `dir` that start like a vault.
fn vault_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for entry in entries.flatten() {
        let p = entry.path();
        if p.is_dir() {
            out.extend(vault_files(&p));
        } else if std::fs::read(&p).is_ok_and(|b| b.starts_with(b"# === VAULT HEADER")) {
            out.push(p);
        }
    }
    out
}

/// `dsenv -v VAULT --key-file KEY ARGS...`
pub fn dsenv_as(vault: &Path, person: &str, args: &[&str]) -> Output {
    dsenv()
        .arg("-v")
        .arg(vault)
        .arg("--key-file")
        .arg(key(person))
        .args(args)
        .output()
        .unwrap()
}

/// `dsenv -v VAULT --key-file KEY ARGS` with `input` on stdin, and a
/// configuration directory of its own (beside the vault).
pub fn dsenv_in(vault: &Path, key_file: &Path, args: &[&str], input: Option<&[u8]>) -> Output {
    let mut cmd = dsenv();
    cmd.arg("-v")
        .arg(vault)
        .arg("--key-file")
        .arg(key_file)
        .args(args)
        .env("XDG_CONFIG_HOME", vault.with_extension("cfg"));
    match input {
        Some(bytes) => output_with_stdin(&mut cmd, bytes),
        None => cmd.output().unwrap(),
    }
}

/// `out`, after asserting it succeeded (exit code and stderr otherwise).
pub fn ok(out: Output) -> Output {
    assert!(
        out.status.success(),
        "exit {:?}: {}",
        out.status.code(),
        stderr(&out)
    );
    out
}

/// Runs `cmd` with `input` on its stdin, stdout and stderr captured.
pub fn output_with_stdin(cmd: &mut Command, input: &[u8]) -> Output {
    use std::io::Write;
    cmd.stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    // A command that refuses before reading stdin closes it: the write
    // then fails with EPIPE, which is the command's business, not the test's.
    match child.stdin.take().unwrap().write_all(input) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
        other => other.unwrap(),
    }
    child.wait_with_output().unwrap()
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

pub fn json(path: &Path) -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
}

/// Parses `env -0` output into (name, value) pairs.
pub fn parse_env0(bytes: &[u8]) -> Vec<(String, String)> {
    bytes
        .split(|&b| b == 0)
        .filter(|e| !e.is_empty())
        .map(|e| {
            let s = String::from_utf8_lossy(e).into_owned();
            let (k, v) = s.split_once('=').unwrap();
            (k.to_string(), v.to_string())
        })
        .collect()
}

/// The fixture vaults that have an expected.json, with the path of it.
pub fn vaults_with_expectations() -> Vec<(PathBuf, PathBuf)> {
    vec![
        (fixture("basic/vault"), fixture("basic/expected.json")),
        (fixture("team/vault"), fixture("team/expected.json")),
        (
            fixture("bench/vault-100"),
            fixture("bench/expected-100.json"),
        ),
        (
            fixture("bench/vault-1000"),
            fixture("bench/expected-1000.json"),
        ),
    ]
}

/// The lines of the team fixture vault, to be changed by a test.
pub fn team_lines() -> Vec<String> {
    std::fs::read_to_string(fixture("team/vault"))
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect()
}

/// Appends `entry` and indexes it in the header the way a writer would.
pub fn append(lines: &mut Vec<String>, entry: Entry) -> usize {
    let mut header = Header::parse(&lines[1]).unwrap();
    lines.push(entry.to_line());
    let n = lines.len();
    match &entry {
        Entry::Identity(e) => header.identities.push((e.fingerprint.clone(), n)),
        Entry::Secret(e) => header.secrets.push((
            e.key.clone(),
            SecretIndex {
                secret: n,
                values: vec![],
            },
        )),
        Entry::Value { secret, .. } => header
            .secrets
            .iter_mut()
            .find(|(k, _)| k == secret)
            .unwrap()
            .1
            .values
            .push(n),
    }
    lines[1] = header.to_line();
    n
}

/// Skips a test that needs something this machine lacks, except in CI
/// (`CI` set), where a missing prerequisite is a failure: `.ci/run`
/// installs and starts everything these tests need.
pub fn require(what: &str) {
    assert!(
        std::env::var_os("CI").is_none(),
        "CI must run this test but {what} (.ci/run provides it)"
    );
    eprintln!("skipped: {what}");
}

/// The static release binary (`just static`, scripts/build-static.sh), or
/// `DSENV_STATIC_BIN`; `None` (after [`require`]) when it was not built.
pub fn static_binary() -> Option<PathBuf> {
    let path = std::env::var_os("DSENV_STATIC_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("target/x86_64-unknown-linux-gnu/release/dsenv")
        });
    if path.is_file() {
        Some(path)
    } else {
        require(&format!(
            "no static binary at {} (just static)",
            path.display()
        ));
        None
    }
}

/// A checkpoint or removal line: dsenv's signed statements, which the
/// header does not index (signed_state.rs).
pub fn is_statement(line: &str) -> bool {
    line.starts_with("{\"type\":\"checkpoint\"") || line.starts_with("{\"type\":\"removal\"")
}

/// The last value entry line of a vault's text.
pub fn last_value_line(text: &str) -> &str {
    text.lines()
        .rev()
        .find(|l| l.starts_with("{\"type\":\"value\""))
        .expect("a value line")
}

/// The real dotsecenv (`DOTSECENV_BIN`) as Alice: a home of its own under
/// `home` with a GnuPG keyring holding Alice's key and a configuration
/// naming `vault` (FIPS algorithms, the `gpg` on PATH).
pub struct Dotsecenv {
    bin: PathBuf,
    home: PathBuf,
    config: PathBuf,
}

impl Dotsecenv {
    pub fn as_alice(bin: &Path, home: &Path, vault: &Path) -> Dotsecenv {
        let gnupg = home.join("gnupg");
        std::fs::create_dir_all(&gnupg).unwrap();
        std::fs::set_permissions(&gnupg, std::os::unix::fs::PermissionsExt::from_mode(0o700))
            .unwrap();
        let config = home.join("config.yaml");
        std::fs::write(
            &config,
            format!(
                "approved_algorithms:\n  - algo: ECC\n    curves: [P-384, P-521]\n    min_bits: 384\n  \
                 - algo: EdDSA\n    curves: [Ed25519, Ed448]\n    min_bits: 255\n  - algo: RSA\n    \
                 min_bits: 2048\nvault:\n  - {}\ngpg:\n  program: PATH\n",
                vault.display()
            ),
        )
        .unwrap();
        let gpg = Command::new("gpg")
            .env("GNUPGHOME", &gnupg)
            .args(["--batch", "--quiet", "--import"])
            .arg(key("alice"))
            .output()
            .unwrap();
        assert!(gpg.status.success(), "{}", stderr(&gpg));
        Dotsecenv {
            bin: bin.to_path_buf(),
            home: home.to_path_buf(),
            config,
        }
    }

    /// `dotsecenv -c CONFIG ARGS`, with `input` on stdin (else none).
    pub fn run(&self, args: &[&str], input: Option<&[u8]>) -> Output {
        let mut cmd = Command::new(&self.bin);
        cmd.env("HOME", &self.home)
            .env("GNUPGHOME", self.home.join("gnupg"))
            .env("XDG_CONFIG_HOME", self.home.join("xdg"))
            .arg("-c")
            .arg(&self.config)
            .args(args);
        match input {
            Some(bytes) => output_with_stdin(&mut cmd, bytes),
            None => cmd.stdin(Stdio::null()).output().unwrap(),
        }
    }
}
