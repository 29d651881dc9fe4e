//! Workstation keys through gpg-agent (cargo feature `gpg-agent`): the
//! secret key stays in a GnuPG keyring; dsenv decrypts and signs through
//! the agent. Run with `cargo test --features gpg-agent --test gpg_agent`.
#![cfg(feature = "gpg-agent")]

mod common;

use std::path::Path;
use std::process::Command;

use common::*;

const ALICE: &str = "B9636EE87BBA28F466FC3F324F40E8111E73B573";

/// A scratch GnuPG home holding alice's secret key; its agent is stopped
/// when dropped.
struct GnupgHome(tempfile::TempDir);

impl GnupgHome {
    fn with_alice() -> GnupgHome {
        let dir = tempfile::Builder::new()
            .prefix("gh")
            .tempdir_in("/tmp")
            .unwrap();
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o700)).unwrap();
        let out = Command::new("gpg")
            .env("GNUPGHOME", dir.path())
            .args(["--batch", "--import"])
            .arg(key("alice"))
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        GnupgHome(dir)
    }

    fn path(&self) -> &Path {
        self.0.path()
    }
}

impl Drop for GnupgHome {
    fn drop(&mut self) {
        let _ = Command::new("gpgconf")
            .env("GNUPGHOME", self.path())
            .args(["--kill", "gpg-agent"])
            .output();
    }
}

fn agent_dsenv(home: &GnupgHome, cfg: &Path) -> Command {
    let mut cmd = dsenv();
    cmd.env("GNUPGHOME", home.path())
        .env("XDG_CONFIG_HOME", cfg);
    cmd
}

#[test]
fn reads_and_writes_with_the_key_in_gnupg() {
    let home = GnupgHome::with_alice();
    let dir = tempfile::tempdir().unwrap();
    let vault = dir.path().join("vault");
    std::fs::write(&vault, std::fs::read(fixture("basic/vault")).unwrap()).unwrap();
    let expected = json(&fixture("basic/expected.json"));

    // No key file, no DSENV_KEY: --identity names the key gpg-agent holds.
    let out = agent_dsenv(&home, dir.path())
        .arg("-v")
        .arg(&vault)
        .args(["--identity", ALICE, "secret", "get", "DATABASE_URL"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stdout(&out).trim_end_matches('\n'),
        expected["readable"]["alice"]["DATABASE_URL"]
            .as_str()
            .unwrap()
    );

    // Signing through the agent: a new value verifies and reads back with the key file.
    let out = output_with_stdin(
        agent_dsenv(&home, dir.path()).arg("-v").arg(&vault).args([
            "--identity",
            ALICE,
            "secret",
            "store",
            "FROM_AGENT",
        ]),
        b"signed by gpg-agent",
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let out = dsenv_as(&vault, "alice", &["secret", "get", "FROM_AGENT"]);
    assert_eq!(stdout(&out), "signed by gpg-agent\n", "{}", stderr(&out));
}

#[test]
fn the_configured_login_selects_the_agent_key() {
    let home = GnupgHome::with_alice();
    let dir = tempfile::tempdir().unwrap();
    let vault = dir.path().join("vault");
    std::fs::copy(fixture("basic/vault"), &vault).unwrap();
    let out = agent_dsenv(&home, dir.path())
        .args(["--identity", ALICE, "login", ALICE])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let config = std::fs::read_to_string(dir.path().join("dotsecenv/config")).unwrap();
    assert!(config.contains(ALICE), "{config}");
    let out = agent_dsenv(&home, dir.path())
        .arg("-v")
        .arg(&vault)
        .args(["run", "--", "printenv", "MULTILINE_VALUE"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "line one\nline two\n\tindented line three\n");
}

/// gpg starts gpg-agent when none runs; so does dsenv (issue 17 item 7):
/// before, it reported "this key is not a recipient" or a signing failure.
#[test]
fn an_agent_that_is_not_running_is_started() {
    let home = GnupgHome::with_alice();
    let killed = Command::new("gpgconf")
        .env("GNUPGHOME", home.path())
        .args(["--kill", "gpg-agent"])
        .output()
        .unwrap();
    assert!(killed.status.success());
    let dir = tempfile::tempdir().unwrap();
    let vault = dir.path().join("vault");
    std::fs::copy(fixture("basic/vault"), &vault).unwrap();
    let out = agent_dsenv(&home, dir.path())
        .arg("-v")
        .arg(&vault)
        .args(["-s", "--identity", ALICE, "secret", "get", "EMPTY_VALUE"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
}

/// dotsecenv's first step: `identity create --algo RSA4096 --no-passphrase`
/// puts the key into the GnuPG keyring, where `gpg --list-keys EMAIL`
/// finds it and `login FPR` then uses it through the agent.
#[test]
fn identity_create_puts_the_key_into_the_gnupg_keyring() {
    let home = tempfile::Builder::new()
        .prefix("gh")
        .tempdir_in("/tmp")
        .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(home.path(), std::fs::Permissions::from_mode(0o700)).unwrap();
    let home = GnupgHome(home);
    let dir = tempfile::tempdir().unwrap();
    let out = agent_dsenv(&home, dir.path())
        .args(["identity", "create", "--name", "Test User One", "--email"])
        .arg("test1@dotsecenv.com")
        .args(["--algo", "RSA4096", "--no-passphrase"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let fpr = stdout(&out).trim().to_string();
    assert!(
        !dir.path().join("dsenv/keys").exists(),
        "a key file was written"
    );
    let listing = Command::new("gpg")
        .env("GNUPGHOME", home.path())
        .args(["--list-secret-keys", "--with-colons", "test1@dotsecenv.com"])
        .output()
        .unwrap();
    let listed = stdout(&listing)
        .lines()
        .find_map(|l| l.strip_prefix("fpr:"))
        .and_then(|l| l.split(':').nth(8))
        .map(str::to_string);
    assert_eq!(
        listed.as_deref(),
        Some(fpr.as_str()),
        "{}",
        stdout(&listing)
    );
    let vault = dir.path().join("vault");
    ok(agent_dsenv(&home, dir.path())
        .args(["login", &fpr])
        .output()
        .unwrap());
    ok(agent_dsenv(&home, dir.path())
        .arg("-v")
        .arg(&vault)
        .args(["init", "vault"])
        .output()
        .unwrap());
    ok(output_with_stdin(
        agent_dsenv(&home, dir.path())
            .arg("-v")
            .arg(&vault)
            .args(["secret", "store", "SEC1"]),
        b"abc\n",
    ));
    let out = ok(agent_dsenv(&home, dir.path())
        .arg("-v")
        .arg(&vault)
        .args(["-s", "secret", "get", "SEC1"])
        .output()
        .unwrap());
    assert_eq!(stdout(&out), "abc\n");
    // gpg itself reads the value (SEIPD v1: the keyring key asks for no
    // SEIPDv2, which GnuPG 2.2/2.4 cannot read), as dotsecenv decrypts it.
    let text = std::fs::read_to_string(&vault).unwrap();
    let line = last_value_line(&text);
    let value: serde_json::Value = serde_json::from_str(line).unwrap();
    use base64::Engine;
    let armored = base64::engine::general_purpose::STANDARD
        .decode(value["data"]["value"].as_str().unwrap())
        .unwrap();
    let mut gpg = Command::new("gpg");
    gpg.env("GNUPGHOME", home.path())
        .args(["--batch", "--quiet", "--decrypt"]);
    let out = output_with_stdin(&mut gpg, &armored);
    assert!(out.status.success(), "gpg: {}", stderr(&out));
    assert_eq!(out.stdout, b"abc");
}
