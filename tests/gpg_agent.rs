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
