//! The flows dotsecenv's own end-to-end suites (scripts/e2e.sh,
//! e2e-git-credential.sh, e2e-terraform.sh) drive, run with dsenv as a
//! dotsecenv user would (issue 17): `-v N`, several vaults and no
//! terminal, `--json` on store and get, forgotten names in the listing,
//! sharing with a GnuPG keyring key that is not an identity yet, the
//! non-terminal decrypt warning, dotsecenv's `--algo` spellings and the
//! configuration `init config` writes.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::*;

/// A scratch home: a configuration listing `vaults` (created empty by
/// Alice), XDG directories of its own.
struct Home {
    dir: tempfile::TempDir,
    vaults: Vec<PathBuf>,
}

impl Home {
    fn new(vault_names: &[&str]) -> Home {
        let dir = tempfile::tempdir().unwrap();
        let vaults: Vec<PathBuf> = vault_names.iter().map(|n| dir.path().join(n)).collect();
        let home = Home { dir, vaults };
        for v in &home.vaults {
            ok(home.alice_in(Some(v), &["init", "vault"], None));
        }
        let config = home.dir.path().join("cfg/dotsecenv/config");
        std::fs::create_dir_all(config.parent().unwrap()).unwrap();
        let list: String = home
            .vaults
            .iter()
            .map(|v| format!("  - {}\n", v.display()))
            .collect();
        std::fs::write(&config, format!("vault:\n{list}")).unwrap();
        home
    }

    fn cmd(&self) -> Command {
        let mut cmd = dsenv();
        cmd.env("XDG_CONFIG_HOME", self.dir.path().join("cfg"))
            .env("XDG_DATA_HOME", self.dir.path().join("data"))
            .env("HOME", self.dir.path());
        cmd
    }

    /// Alice's command, `-v` only when given.
    fn alice_in(&self, vault: Option<&Path>, args: &[&str], input: Option<&[u8]>) -> Output {
        let mut cmd = self.cmd();
        if let Some(v) = vault {
            cmd.arg("-v").arg(v);
        }
        cmd.arg("--key-file").arg(key("alice")).args(args);
        match input {
            Some(bytes) => output_with_stdin(&mut cmd, bytes),
            None => cmd.output().unwrap(),
        }
    }

    fn alice(&self, args: &[&str], input: Option<&[u8]>) -> Output {
        self.alice_in(None, args, input)
    }
}

#[test]
fn v_n_is_the_nth_configured_vault() {
    let home = Home::new(&["one.vault", "two.vault"]);
    ok(home.alice(&["-v", "2", "secret", "store", "SEC2"], Some(b"in-two\n")));
    let two = std::fs::read_to_string(&home.vaults[1]).unwrap();
    let one = std::fs::read_to_string(&home.vaults[0]).unwrap();
    assert!(two.contains("\"key\":\"SEC2\""), "{two}");
    assert!(!one.contains("SEC2"), "{one}");
    let out = home.alice(&["-v", "2", "secret", "get", "SEC2"], None);
    assert_eq!(stdout(&ok(out)), "in-two\n");
    // Out of range: the list, not a file named "3".
    let out = home.alice(&["-v", "3", "secret", "get", "SEC2"], None);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out)
            .contains("-v 3: a vault index (N >= 1), and the configuration lists 2 vault(s): 1. "),
        "{}",
        stderr(&out)
    );
}

#[test]
fn several_vaults_and_no_terminal_refuse_a_write_that_names_none() {
    let home = Home::new(&["one.vault", "two.vault"]);
    let before: Vec<String> = home
        .vaults
        .iter()
        .map(|v| std::fs::read_to_string(v).unwrap())
        .collect();
    let out = home.alice(&["secret", "store", "SEC"], Some(b"x\n"));
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("multiple vaults configured (2) and no terminal available"),
        "{}",
        stderr(&out)
    );
    for (v, was) in home.vaults.iter().zip(before) {
        assert_eq!(std::fs::read_to_string(v).unwrap(), was);
    }
    // Reads still see every vault.
    ok(home.alice(&["-v", "1", "secret", "store", "SEC"], Some(b"x\n")));
    assert_eq!(
        stdout(&ok(home.alice(&["secret", "get", "SEC"], None))),
        "x\n"
    );
}

#[test]
fn store_json_requires_json_and_get_json_embeds_it() {
    let home = Home::new(&["vault"]);
    let before = std::fs::read_to_string(&home.vaults[0]).unwrap();
    let out = home.alice(&["secret", "store", "TF", "--json"], Some(b"not json\n"));
    assert_eq!(out.status.code(), Some(6), "{}", stderr(&out));
    assert!(stderr(&out).contains("--json flag set but stdin is not valid JSON"));
    assert_eq!(std::fs::read_to_string(&home.vaults[0]).unwrap(), before);

    ok(home.alice(
        &["secret", "store", "TF", "--json"],
        Some(b"{\"token\":\"abc123\"}\n"),
    ));
    let out = ok(home.alice(&["secret", "get", "TF", "--json"], None));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["value"]["token"], "abc123", "{doc}");
    assert_eq!(doc["vault"], home.vaults[0].display().to_string());
    assert!(
        doc["added_at"].as_str().is_some_and(|t| t.len() >= 20),
        "{doc}"
    );
    // Plain text stays a JSON string.
    ok(home.alice(&["secret", "store", "PLAIN"], Some(b"{not json\n")));
    let out = ok(home.alice(&["secret", "get", "PLAIN", "--json"], None));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["value"], "{not json");
}

#[test]
fn forgotten_names_are_listed_as_deleted() {
    let home = Home::new(&["vault"]);
    ok(home.alice(&["secret", "store", "KEEP"], Some(b"1\n")));
    ok(home.alice(&["secret", "store", "GONE"], Some(b"2\n")));
    ok(home.alice(&["secret", "forget", "GONE"], None));
    let out = ok(home.alice(&["secret", "get"], None));
    assert_eq!(stdout(&out), "GONE (deleted)\nKEEP\n");
    let out = ok(home.alice(&["--json", "secret", "get"], None));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let vault = home.vaults[0].display().to_string();
    assert_eq!(
        doc,
        serde_json::json!([
            {"key": "GONE", "vault": vault, "deleted": true},
            {"key": "KEEP", "vault": vault},
        ])
    );
}

#[test]
fn secret_get_without_a_terminal_warns_as_dotsecenv_does() {
    let home = Home::new(&["vault"]);
    ok(home.alice(&["secret", "store", "SEC1"], Some(b"abc\n")));
    let out = ok(home.alice(&["secret", "get", "SEC1"], None));
    assert_eq!(stdout(&out), "abc\n");
    let err = stderr(&out);
    assert!(
        err.contains("decrypting in non-interactive terminal"),
        "{err}"
    );
    assert!(err.contains("https://dotsecenv.com/"), "{err}");
    let out = ok(home.alice(&["-s", "secret", "get", "SEC1"], None));
    assert_eq!(stderr(&out), "");
}

#[test]
fn share_adds_a_gnupg_keyring_key_as_an_identity_vouched_for_by_the_sharer() {
    let home = Home::new(&["vault"]);
    ok(home.alice(&["secret", "store", "SEC1"], Some(b"for-bob\n")));
    let gnupg = home.dir.path().join("gnupg");
    std::fs::create_dir(&gnupg).unwrap();
    std::fs::set_permissions(&gnupg, std::os::unix::fs::PermissionsExt::from_mode(0o700)).unwrap();
    let import = Command::new("gpg")
        .args(["--batch", "--quiet", "--import"])
        .arg(fixture("keys/bob.pub.asc"))
        .env("GNUPGHOME", &gnupg)
        .output()
        .unwrap();
    assert!(import.status.success(), "{}", stderr(&import));
    // As the suites find it: the first fpr line of gpg's listing.
    let listing = Command::new("gpg")
        .args(["--batch", "--with-colons", "--list-keys"])
        .env("GNUPGHOME", &gnupg)
        .output()
        .unwrap();
    let bob = stdout(&listing)
        .lines()
        .find_map(|l| l.strip_prefix("fpr:"))
        .and_then(|l| l.split(':').nth(8))
        .unwrap()
        .to_string();
    let mut cmd = home.cmd();
    cmd.env("GNUPGHOME", &gnupg)
        .arg("--key-file")
        .arg(key("alice"))
        .args(["secret", "share", "SEC1", &bob]);
    let out = ok(cmd.output().unwrap());
    assert!(
        stderr(&out).contains(&format!("identity {bob} did not previously exist in")),
        "{}",
        stderr(&out)
    );
    ok(home.alice(&["validate"], None));
    let mut cmd = home.cmd();
    cmd.arg("-s")
        .arg("--key-file")
        .arg(key("bob"))
        .args(["secret", "get", "SEC1"]);
    assert_eq!(stdout(&ok(cmd.output().unwrap())), "for-bob\n");
    // A fingerprint gpg does not have is still "not an identity".
    let mut cmd = home.cmd();
    cmd.env("GNUPGHOME", &gnupg)
        .arg("--key-file")
        .arg(key("alice"))
        .args([
            "secret",
            "share",
            "SEC1",
            "0123456789ABCDEF0123456789ABCDEF01234567",
        ]);
    let out = cmd.output().unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("is not an identity of"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn identity_create_takes_dotsecenvs_algorithm_names_in_any_case() {
    let home = Home::new(&["vault"]);
    for algo in ["ED25519", "p521", "P384"] {
        let key_file = home.dir.path().join(format!("{algo}.asc"));
        let out = home
            .cmd()
            .args(["identity", "create", "--name", "Test User One", "--email"])
            .arg("test1@dotsecenv.com")
            .args(["--algo", algo, "--no-passphrase", "--output"])
            .arg(&key_file)
            .output()
            .unwrap();
        assert!(out.status.success(), "{algo}: {}", stderr(&out));
        let text = std::fs::read_to_string(&key_file).unwrap();
        assert!(
            text.starts_with("-----BEGIN PGP PRIVATE KEY BLOCK-----"),
            "{algo}"
        );
    }
    let out = home
        .cmd()
        .args([
            "identity", "create", "--name", "N", "--email", "n@x", "--algo", "DSA1024",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("rsa4096"), "{}", stderr(&out));
}

#[test]
fn init_config_writes_dotsecenvs_layout() {
    let dir = tempfile::tempdir().unwrap();
    let out = dsenv()
        .env("XDG_CONFIG_HOME", dir.path().join("cfg"))
        .env("XDG_DATA_HOME", dir.path().join("data"))
        .args(["init", "config"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let text = std::fs::read_to_string(dir.path().join("cfg/dotsecenv/config")).unwrap();
    assert!(text.contains("\nvault:\n  - .dotsecenv/vault\n"), "{text}");
    assert!(
        text.contains(&format!(
            "  - {}\n",
            dir.path().join("data/dotsecenv/vault").display()
        )),
        "{text}"
    );
    assert!(!text.contains('~'), "{text}");
}

#[test]
fn share_without_v_goes_to_the_vault_that_holds_the_secret() {
    let home = Home::new(&["one.vault", "two.vault"]);
    let bob_pub = fixture("keys/bob.pub.asc");
    ok(home.alice(
        &["-v", "2", "identity", "add", bob_pub.to_str().unwrap()],
        None,
    ));
    ok(home.alice(&["-v", "2", "secret", "store", "SEC"], Some(b"two\n")));
    let listing = Command::new("gpg")
        .args([
            "--batch",
            "--with-colons",
            "--import-options",
            "show-only",
            "--import",
        ])
        .arg(&bob_pub)
        .env("GNUPGHOME", home.dir.path())
        .output()
        .unwrap();
    let bob = stdout(&listing)
        .lines()
        .find_map(|l| l.strip_prefix("fpr:"))
        .and_then(|l| l.split(':').nth(8))
        .unwrap()
        .to_string();
    ok(home.alice(&["secret", "share", "SEC", &bob], None));
    let mut cmd = home.cmd();
    cmd.arg("-s")
        .arg("--key-file")
        .arg(key("bob"))
        .args(["-v", "2", "secret", "get", "SEC"]);
    assert_eq!(stdout(&ok(cmd.output().unwrap())), "two\n");
}

/// The calls dotsecenv's git and Terraform credential helpers make:
/// store a JSON credential from stdin, get it back verbatim, forget it
/// with --ignore-not-found (twice: the second finds nothing and succeeds),
/// and a get of a forgotten name fails so the helper answers nothing.
#[test]
fn the_credential_helpers_calls() {
    let home = Home::new(&["vault"]);
    for (key, store_args) in [
        (
            "git::HTTPS.GITHUB_DOT_COM_END",
            vec!["secret", "store", "git::HTTPS.GITHUB_DOT_COM_END"],
        ),
        (
            "app.terraform.io",
            vec!["secret", "store", "app.terraform.io", "--json"],
        ),
    ] {
        let credential = br#"{"username":"ada","password":"s3cr=t"}"#;
        ok(home.alice(&store_args, Some(credential)));
        let out = ok(home.alice(&["-s", "secret", "get", key], None));
        assert_eq!(out.stdout, [&credential[..], b"\n"].concat(), "{key}");
        ok(home.alice(&["secret", "forget", key, "--ignore-not-found"], None));
        ok(home.alice(&["secret", "forget", key, "--ignore-not-found"], None));
        let out = home.alice(&["-s", "secret", "get", key], None);
        assert!(!out.status.success(), "{key}: {}", stdout(&out));
        assert!(out.stdout.is_empty(), "{key}");
    }
}

/// A vault the real dotsecenv (2691007) made: Alice stored S1, then Bob,
/// not a member, stored S2, and dotsecenv added Bob signed by himself
/// (tests/data/dotsecenv-self-added.vault). Members run it; Bob's entries
/// are ignored and reported, and nothing blames tampering (tests/outsiders.rs
/// has the rest, attacks included).
#[test]
fn a_self_added_identity_is_ignored_and_reported_not_fatal() {
    let vault = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/dotsecenv-self-added.vault");
    let out = dsenv()
        .arg("-v")
        .arg(&vault)
        .arg("--key-file")
        .arg(key("alice"))
        .args([
            "--trust-root",
            "B9636EE87BBA28F466FC3F324F40E8111E73B573",
            "run",
            "--",
            "printenv",
            "S1",
        ])
        .output()
        .unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert_eq!(stdout(&out), "one\n");
    assert!(
        err.contains("3 entries ignored, of identity no member added"),
        "{err}"
    );
    assert!(
        !err.contains("changed outside") && !err.contains("tamper"),
        "{err}"
    );
}
