//! The pinned root of trust (issue 12, item 1), end to end: an outsider
//! replaces the vault wholesale with one built by dsenv's own commands
//! (their key as root, the member added and shared to), and every pin
//! source refuses it: the first-use record, DSENV_TRUST_ROOT,
//! --trust-root, the configuration; strict mode refuses an unpinned vault;
//! `vault trust` re-pins deliberately; `vault doctor` shows the pin.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::*;

const ALICE: &str = "B9636EE87BBA28F466FC3F324F40E8111E73B573";
const MALLORY: &str = "9BE8B39E8EA4A196D8F7F558E67652DD1CE74C52";
const EVIL: &str = "postgres://mallory.example/steal";

/// One machine: its own HOME, XDG_DATA_HOME (first-use record) and
/// XDG_CONFIG_HOME.
struct Machine {
    home: tempfile::TempDir,
}

impl Machine {
    fn new() -> Machine {
        Machine {
            home: tempfile::tempdir().unwrap(),
        }
    }

    fn record_file(&self) -> PathBuf {
        self.home.path().join("data/dsenv/known_vaults")
    }

    fn config_file(&self) -> PathBuf {
        self.home.path().join("config/dotsecenv/config")
    }

    fn record(&self) -> String {
        std::fs::read_to_string(self.record_file()).unwrap_or_default()
    }

    fn cmd(&self, vault: &Path, person: &str, args: &[&str]) -> Command {
        let mut cmd = dsenv();
        cmd.env("HOME", self.home.path())
            .env("XDG_DATA_HOME", self.home.path().join("data"))
            .env("XDG_CONFIG_HOME", self.home.path().join("config"))
            .arg("-v")
            .arg(vault)
            .arg("--key-file")
            .arg(key(person))
            .args(args);
        cmd
    }

    fn out(&self, vault: &Path, person: &str, args: &[&str]) -> Output {
        self.cmd(vault, person, args).output().unwrap()
    }

    fn ok(&self, vault: &Path, person: &str, args: &[&str], input: Option<&[u8]>) -> Output {
        let mut cmd = self.cmd(vault, person, args);
        let out = match input {
            Some(bytes) => output_with_stdin(&mut cmd, bytes),
            None => cmd.output().unwrap(),
        };
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        out
    }

    /// `run` as alice, the child writing DATABASE_URL to `marker`.
    fn run_marker(&self, vault: &Path, marker: &Path, extra: &[(&str, &str)]) -> Output {
        let script = format!("printf %s \"$DATABASE_URL\" > '{}'", marker.display());
        let mut cmd = self.cmd(vault, "alice", &["run", "--", "sh", "-c", &script]);
        for (k, v) in extra {
            cmd.env(k, v);
        }
        cmd.output().unwrap()
    }
}

/// The honest vault: a copy of the team fixture (root: alice).
fn honest_vault(dir: &Path) -> PathBuf {
    let vault = dir.join("repo/.dotsecenv/vault");
    std::fs::create_dir_all(vault.parent().unwrap()).unwrap();
    std::fs::copy(fixture("team/vault"), &vault).unwrap();
    vault
}

/// What an outsider builds on their own machine with dsenv's commands:
/// mallory's key becomes the root, alice is added and shared to.
fn outsiders_vault(dir: &Path) -> PathBuf {
    let mallory = Machine::new();
    let vault = dir.join("evil.vault");
    mallory.ok(&vault, "mallory", &["init", "vault"], None);
    mallory.ok(
        &vault,
        "mallory",
        &["secret", "store", "DATABASE_URL"],
        Some(EVIL.as_bytes()),
    );
    let alice_pub = fixture("keys/alice.pub.asc");
    mallory.ok(
        &vault,
        "mallory",
        &["identity", "add", alice_pub.to_str().unwrap()],
        None,
    );
    mallory.ok(
        &vault,
        "mallory",
        &["secret", "share", "DATABASE_URL", ALICE],
        None,
    );
    vault
}

/// The one `dsenv: error:` line, and the hint after it.
fn refusal(out: &Output) -> (String, String) {
    let err = stderr(out);
    let errors: Vec<&str> = err
        .lines()
        .filter(|l| l.starts_with("dsenv: error:"))
        .collect();
    assert_eq!(errors.len(), 1, "one error line: {err}");
    let hint = err
        .lines()
        .find(|l| l.starts_with("dsenv: hint:"))
        .unwrap_or_default();
    (errors[0].to_string(), hint.to_string())
}

#[test]
fn the_outsiders_vault_verifies_on_its_own_so_only_a_pin_stops_it() {
    // The attack is real: on a machine with no pin and no record, alice's
    // `run` of the outsider's vault injects the outsider's value (with the
    // first-use notice naming mallory's root, the only warning).
    let dir = tempfile::tempdir().unwrap();
    let evil = outsiders_vault(dir.path());
    let fresh = Machine::new();
    let marker = dir.path().join("marker");
    let out = fresh.run_marker(&evil, &marker, &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(std::fs::read_to_string(&marker).unwrap(), EVIL);
    assert!(
        stderr(&out).contains(&format!("on first use: root {MALLORY}")),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_machine_that_used_the_vault_refuses_a_wholesale_replacement() {
    let dir = tempfile::tempdir().unwrap();
    let vault = honest_vault(dir.path());
    let alice = Machine::new();
    alice.ok(&vault, "alice", &["run", "--", "true"], None);
    assert!(alice.record().contains(ALICE));

    let evil = outsiders_vault(dir.path());
    std::fs::copy(&evil, &vault).unwrap();
    let replaced = std::fs::read(&vault).unwrap();

    let marker = dir.path().join("marker");
    let out = alice.run_marker(&vault, &marker, &[]);
    assert_eq!(out.status.code(), Some(6), "{}", stderr(&out));
    assert!(!marker.exists(), "the child ran");
    let (error, hint) = refusal(&out);
    for part in [
        vault.to_str().unwrap(),
        MALLORY,
        ALICE,
        alice.record_file().to_str().unwrap(),
    ] {
        assert!(error.contains(part), "{part:?} in {error}");
    }
    assert!(hint.contains(&format!("vault trust {MALLORY}")), "{hint}");
    assert!(!stderr(&out).contains(EVIL));

    // validate, secret get, export and a write refuse it too, and the
    // write changes nothing.
    let out = alice.out(&vault, "alice", &["validate"]);
    assert_eq!(out.status.code(), Some(6), "{}", stderr(&out));
    assert!(stdout(&out).contains("Root identity:"), "{}", stdout(&out));
    for args in [&["secret", "get", "DATABASE_URL"][..], &["export"]] {
        let out = alice.out(&vault, "alice", args);
        assert_eq!(out.status.code(), Some(6), "{args:?}: {}", stderr(&out));
        assert!(!stdout(&out).contains(EVIL), "{args:?}");
        refusal(&out);
    }
    let mut store = alice.cmd(&vault, "alice", &["secret", "store", "NEW"]);
    let out = output_with_stdin(&mut store, b"v");
    assert_eq!(out.status.code(), Some(6), "{}", stderr(&out));
    assert_eq!(std::fs::read(&vault).unwrap(), replaced);
    assert!(alice.record().contains(ALICE) && !alice.record().contains(MALLORY));
}

#[test]
fn dsenv_trust_root_refuses_the_replacement_on_a_fresh_machine() {
    let dir = tempfile::tempdir().unwrap();
    let evil = outsiders_vault(dir.path());
    let ci = Machine::new();
    let marker = dir.path().join("marker");
    let out = ci.run_marker(&evil, &marker, &[("DSENV_TRUST_ROOT", ALICE)]);
    assert_eq!(out.status.code(), Some(6), "{}", stderr(&out));
    assert!(!marker.exists(), "the child ran");
    let (error, _) = refusal(&out);
    assert!(
        error.contains(MALLORY) && error.contains(ALICE) && error.contains("DSENV_TRUST_ROOT"),
        "{error}"
    );

    // The honest vault runs, silently, and nothing is recorded.
    let vault = honest_vault(dir.path());
    let out = ci.run_marker(&vault, &marker, &[("DSENV_TRUST_ROOT", ALICE)]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(marker.exists());
    assert!(!stderr(&out).contains("first use"), "{}", stderr(&out));
    assert!(!ci.record_file().exists());
}

#[test]
fn first_use_records_the_root_and_names_it_once() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let vault = honest_vault(dir.path());
    let m = Machine::new();
    let first = m.ok(&vault, "alice", &["run", "--", "true"], None);
    let notice = format!(
        "dsenv: trusting vault {} on first use: root {ALICE} (recorded in {}; pin it in CI with DSENV_TRUST_ROOT={ALICE})",
        vault.display(),
        m.record_file().display()
    );
    assert_eq!(
        stderr(&first).matches("first use").count(),
        1,
        "{}",
        stderr(&first)
    );
    assert!(
        stderr(&first).lines().any(|l| l == notice),
        "{}",
        stderr(&first)
    );

    let canonical = std::fs::canonicalize(&vault).unwrap();
    let line = m
        .record()
        .lines()
        .find(|l| !l.starts_with('#'))
        .unwrap()
        .to_string();
    let fields: Vec<&str> = line.split(' ').collect();
    assert_eq!(fields[..2], [canonical.to_str().unwrap(), ALICE], "{line}");
    assert!(fields[2].ends_with('Z'), "{line}");
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&m.record_file()), 0o600);
    assert_eq!(mode(m.record_file().parent().unwrap()), 0o700);

    for args in [
        &["run", "--", "true"][..],
        &["validate"],
        &["secret", "get", "SHARED_ALL"],
    ] {
        let again = m.ok(&vault, "alice", args, None);
        assert!(
            !stderr(&again).contains("first use"),
            "{args:?}: {}",
            stderr(&again)
        );
    }
}

/// A read-only container (`docker run --read-only`, HOME not writable):
/// the record cannot be written. The run goes on as on a fresh machine,
/// with a warning that names the root and how to pin it; strict mode
/// still refuses.
#[test]
fn a_record_that_cannot_be_written_warns_and_the_run_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let vault = honest_vault(dir.path());
    let not_a_dir = dir.path().join("file");
    std::fs::write(&not_a_dir, "").unwrap();
    let data_home = not_a_dir.join("data");
    let marker = dir.path().join("marker");
    let m = Machine::new();
    let mut cmd = m.cmd(
        &vault,
        "alice",
        &[
            "run",
            "--",
            "sh",
            "-c",
            &format!("touch '{}'", marker.display()),
        ],
    );
    let out = cmd.env("XDG_DATA_HOME", &data_home).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(marker.exists());
    let warning = stderr(&out);
    assert!(
        warning.contains(&format!(
            "dsenv: warning: trusting vault {} on first use: root {ALICE}, not recorded (",
            vault.display()
        )) && warning.contains(&format!("pin it with DSENV_TRUST_ROOT={ALICE}")),
        "{warning}"
    );
    assert_eq!(warning.lines().count(), 1, "{warning}");

    let mut strict = m.cmd(&vault, "alice", &["run", "--", "true"]);
    let out = strict
        .env("XDG_DATA_HOME", &data_home)
        .env("DSENV_TRUST_STRICT", "1")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(6), "{}", stderr(&out));
}

#[test]
fn an_empty_vault_is_recorded_when_its_first_identity_appears() {
    let dir = tempfile::tempdir().unwrap();
    let vault = dir.path().join("new.vault");
    let m = Machine::new();
    m.ok(&vault, "alice", &["init", "vault"], None);
    m.ok(&vault, "alice", &["validate"], None);
    assert!(!m.record().contains(ALICE), "no root yet, nothing recorded");
    let out = m.ok(&vault, "alice", &["secret", "store", "K"], Some(b"v"));
    assert!(!stderr(&out).contains("first use"), "{}", stderr(&out));
    let out = m.ok(&vault, "alice", &["run", "--", "true"], None);
    assert!(
        stderr(&out).contains(&format!("on first use: root {ALICE}")),
        "{}",
        stderr(&out)
    );
    assert!(m.record().contains(ALICE));
}

#[test]
fn trust_root_flag_and_configuration_pin_and_override_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let vault = honest_vault(dir.path());
    let evil = outsiders_vault(dir.path());
    let m = Machine::new();
    let lower = ALICE.to_ascii_lowercase();
    let both = format!("{MALLORY},{ALICE}");
    for (flags, ok) in [
        (vec!["--trust-root", lower.as_str()], true),
        (vec!["--trust-root", both.as_str()], true),
        (vec!["--trust-root", MALLORY, "--trust-root", ALICE], true),
        (vec!["--trust-root", MALLORY], false),
    ] {
        let mut args = flags.clone();
        args.extend(["run", "--", "true"]);
        let out = m.out(&vault, "alice", &args);
        assert_eq!(out.status.success(), ok, "{flags:?}: {}", stderr(&out));
        if !ok {
            assert_eq!(out.status.code(), Some(6));
            assert!(refusal(&out).0.contains("--trust-root"), "{}", stderr(&out));
        }
    }
    assert!(!m.record_file().exists(), "an explicit pin records nothing");

    // The configuration's trust_root (dotsecenv ignores the key).
    std::fs::create_dir_all(m.config_file().parent().unwrap()).unwrap();
    std::fs::write(m.config_file(), format!("trust_root: {MALLORY}\n")).unwrap();
    let out = m.out(&vault, "alice", &["run", "--", "true"]);
    assert_eq!(out.status.code(), Some(6), "{}", stderr(&out));
    let (error, _) = refusal(&out);
    assert!(
        error.contains(&format!("trust_root in {}", m.config_file().display())),
        "{error}"
    );
    // The flag and DSENV_TRUST_ROOT come before the configuration.
    m.ok(
        &vault,
        "alice",
        &["--trust-root", ALICE, "run", "--", "true"],
        None,
    );
    let out = m
        .cmd(&vault, "alice", &["run", "--", "true"])
        .env("DSENV_TRUST_ROOT", ALICE)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    std::fs::write(m.config_file(), format!("trust_root:\n  - {ALICE}\n")).unwrap();
    m.ok(&vault, "alice", &["run", "--", "true"], None);
    std::fs::remove_file(m.config_file()).unwrap();

    // --trust-root overrides the first-use record for one invocation and
    // does not rewrite it.
    m.ok(&vault, "alice", &["run", "--", "true"], None);
    std::fs::copy(&evil, &vault).unwrap();
    let marker = dir.path().join("marker");
    let out = m
        .cmd(
            &vault,
            "alice",
            &["--trust-root", MALLORY, "run", "--", "sh", "-c"],
        )
        .arg(format!(
            "printf %s \"$DATABASE_URL\" > '{}'",
            marker.display()
        ))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(std::fs::read_to_string(&marker).unwrap(), EVIL);
    assert!(m.record().contains(ALICE) && !m.record().contains(MALLORY));
    assert_eq!(
        m.out(&vault, "alice", &["run", "--", "true"]).status.code(),
        Some(6)
    );
}

#[test]
fn strict_mode_refuses_an_unpinned_vault_and_runs_a_pinned_one() {
    let dir = tempfile::tempdir().unwrap();
    let vault = honest_vault(dir.path());
    let m = Machine::new();
    let marker = dir.path().join("marker");
    let out = m.run_marker(&vault, &marker, &[("DSENV_TRUST_STRICT", "1")]);
    assert_eq!(out.status.code(), Some(6), "{}", stderr(&out));
    assert!(!marker.exists(), "the child ran");
    let (error, hint) = refusal(&out);
    assert!(
        error.contains(vault.to_str().unwrap()) && error.contains("strict"),
        "{error}"
    );
    assert!(
        hint.contains(&format!("DSENV_TRUST_ROOT={ALICE}")),
        "{hint}"
    );
    assert!(!m.record_file().exists(), "strict mode records nothing");

    let pinned = [("DSENV_TRUST_STRICT", "1"), ("DSENV_TRUST_ROOT", ALICE)];
    // Strict mode also wants every line under a checkpoint; this vault
    // was written by dotsecenv, which makes none (signed_state.rs).
    let out = m.run_marker(&vault, &marker, &pinned);
    assert_eq!(out.status.code(), Some(6), "{}", stderr(&out));
    assert!(refusal(&out).0.contains("not covered by a signed state"));
    let mut checkpoint = m.cmd(&vault, "alice", &["vault", "checkpoint"]);
    for (k, v) in pinned {
        checkpoint.env(k, v);
    }
    let out = checkpoint.output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let out = m.run_marker(&vault, &marker, &pinned);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(marker.exists());

    // The configuration's trust_strict, and a recorded pin satisfies it.
    std::fs::create_dir_all(m.config_file().parent().unwrap()).unwrap();
    std::fs::write(m.config_file(), "trust_strict: true\n").unwrap();
    let out = m.out(&vault, "alice", &["run", "--", "true"]);
    assert_eq!(out.status.code(), Some(6), "{}", stderr(&out));
    assert!(refusal(&out).0.contains("trust_strict"), "{}", stderr(&out));
    m.ok(&vault, "alice", &["vault", "trust", ALICE], None);
    m.ok(&vault, "alice", &["run", "--", "true"], None);

    let out = m.run_marker(&vault, &marker, &[("DSENV_TRUST_STRICT", "maybe")]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(refusal(&out).0.contains("DSENV_TRUST_STRICT"));
}

#[test]
fn vault_trust_re_pins_deliberately() {
    let dir = tempfile::tempdir().unwrap();
    let vault = honest_vault(dir.path());
    let m = Machine::new();
    m.ok(&vault, "alice", &["run", "--", "true"], None);
    std::fs::copy(outsiders_vault(dir.path()), &vault).unwrap();
    assert_eq!(
        m.out(&vault, "alice", &["run", "--", "true"]).status.code(),
        Some(6)
    );

    // Naming the old root refuses: the vault's root is not it.
    let out = m.out(&vault, "alice", &["vault", "trust", ALICE]);
    assert_eq!(out.status.code(), Some(6), "{}", stderr(&out));
    assert!(refusal(&out).0.contains(MALLORY));
    assert!(m.record().contains(ALICE));

    let out = m.ok(
        &vault,
        "alice",
        &["vault", "trust", &MALLORY.to_ascii_lowercase()],
        None,
    );
    assert!(
        stderr(&out).contains(&format!("trusting root {MALLORY}"))
            && stderr(&out).contains(&format!("was {ALICE}")),
        "{}",
        stderr(&out)
    );
    assert!(m.record().contains(MALLORY) && !m.record().contains(ALICE));
    let out = m.ok(&vault, "alice", &["secret", "get", "DATABASE_URL"], None);
    assert_eq!(stdout(&out).trim_end(), EVIL);

    // Without FPR it records whatever the root is now.
    std::fs::copy(fixture("team/vault"), &vault).unwrap();
    m.ok(&vault, "alice", &["vault", "trust"], None);
    m.ok(&vault, "alice", &["run", "--", "true"], None);
}

#[test]
fn doctor_shows_the_pin_and_where_it_came_from() {
    let dir = tempfile::tempdir().unwrap();
    let vault = honest_vault(dir.path());
    let m = Machine::new();
    let trust_line = |out: &Output| {
        stdout(out)
            .lines()
            .find(|l| l.contains(&format!("trust {}", vault.display())))
            .unwrap_or_else(|| panic!("{}", stdout(out)))
            .to_string()
    };
    let doctor = |extra: &[(&str, &str)], flags: &[&str]| {
        let mut args = flags.to_vec();
        args.extend(["vault", "doctor"]);
        let mut cmd = m.cmd(&vault, "alice", &args);
        for (k, v) in extra {
            cmd.env(k, v);
        }
        cmd.output().unwrap()
    };
    let none = trust_line(&doctor(&[], &[]));
    assert!(
        none.contains(&format!("root {ALICE}, not pinned yet")),
        "{none}"
    );
    assert!(!m.record_file().exists(), "doctor records nothing");

    let env = trust_line(&doctor(&[("DSENV_TRUST_ROOT", ALICE)], &[]));
    assert!(env.contains("pinned by DSENV_TRUST_ROOT"), "{env}");
    let flag = trust_line(&doctor(&[], &["--trust-root", ALICE]));
    assert!(flag.contains("pinned by --trust-root"), "{flag}");
    let wrong = trust_line(&doctor(&[], &["--trust-root", MALLORY]));
    assert!(
        wrong.contains(&format!("is not the pinned root {MALLORY}")),
        "{wrong}"
    );

    std::fs::create_dir_all(m.config_file().parent().unwrap()).unwrap();
    std::fs::write(m.config_file(), format!("trust_root: {ALICE}\n")).unwrap();
    let config = trust_line(&doctor(&[], &[]));
    assert!(
        config.contains(&format!(
            "pinned by trust_root in {}",
            m.config_file().display()
        )),
        "{config}"
    );
    std::fs::remove_file(m.config_file()).unwrap();

    m.ok(&vault, "alice", &["validate"], None);
    let record = trust_line(&doctor(&[], &[]));
    assert!(
        record.contains(&format!(
            "pinned by first-use record {} (",
            m.record_file().display()
        )),
        "{record}"
    );
    let strict = trust_line(&doctor(
        &[
            ("DSENV_TRUST_STRICT", "1"),
            ("XDG_DATA_HOME", "/nonexistent"),
        ],
        &[],
    ));
    assert!(strict.contains("strict mode is on"), "{strict}");
}

#[test]
fn bad_pins_and_a_bad_record_are_one_line_each() {
    let dir = tempfile::tempdir().unwrap();
    let vault = honest_vault(dir.path());
    let m = Machine::new();
    let out = m.out(
        &vault,
        "alice",
        &["--trust-root", "B9636EE8", "run", "--", "true"],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(refusal(&out)
        .0
        .contains("--trust-root: `B9636EE8` is not a fingerprint"));

    std::fs::create_dir_all(m.record_file().parent().unwrap()).unwrap();
    std::fs::write(
        m.record_file(),
        "# comment\n/some/vault NOTHEX 2026-12-02T08:00:00Z\n",
    )
    .unwrap();
    let out = m.out(&vault, "alice", &["run", "--", "true"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let (error, _) = refusal(&out);
    assert!(
        error.contains(&format!(
            "{}:2: fingerprint: `NOTHEX`",
            m.record_file().display()
        )),
        "{error}"
    );
}

#[test]
fn a_bad_configuration_pin_is_exit_2_and_run_help_documents_the_pin() {
    let dir = tempfile::tempdir().unwrap();
    let vault = honest_vault(dir.path());
    let m = Machine::new();
    std::fs::create_dir_all(m.config_file().parent().unwrap()).unwrap();
    std::fs::write(m.config_file(), "trust_root: [nothex]\n").unwrap();
    let out = m.out(&vault, "alice", &["run", "--", "true"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let (error, _) = refusal(&out);
    assert!(
        error.contains(m.config_file().to_str().unwrap()) && error.contains("`nothex`"),
        "{error}"
    );

    let help = dsenv().args(["run", "--help"]).output().unwrap();
    let text = stdout(&help);
    for part in [
        "--trust-root FPR",
        "DSENV_TRUST_ROOT",
        "DSENV_TRUST_STRICT=1",
        "dsenv vault trust FPR",
        "exit 6",
    ] {
        assert!(text.contains(part), "{part:?} in run --help:\n{text}");
    }
}
