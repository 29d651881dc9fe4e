//! The write path on the real binary: life cycle, byte compatibility with
//! dotsecenv's entries, locking, crash safety, and bad input that must
//! leave the vault untouched.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Output, Stdio};

use common::*;

const ALICE: &str = "B9636EE87BBA28F466FC3F324F40E8111E73B573";
const BOB: &str = "83C640BDE8A5E5DD4A9ACBFCD03E265CFBE06527";
const CAROL: &str = "E3EF0EF79503FD691033263EB08106B2A0E84B24";

/// A vault with alice (root), bob and carol, and a few secrets.
fn team_vault(dir: &Path) -> PathBuf {
    let vault = dir.join("team.vault");
    ok(dsenv_in(&vault, &key("alice"), &["init", "vault"], None));
    for who in ["bob", "carol"] {
        ok(dsenv_in(
            &vault,
            &key("alice"),
            &[
                "identity",
                "add",
                fixture(&format!("keys/{who}.pub.asc")).to_str().unwrap(),
            ],
            None,
        ));
    }
    ok(dsenv_in(
        &vault,
        &key("alice"),
        &["secret", "store", "DATABASE_URL"],
        Some(b"postgres://a:b=c@h/db\n"),
    ));
    ok(dsenv_in(
        &vault,
        &key("alice"),
        &["secret", "store", "MyApp::api_token"],
        Some("tok <&> \"ü\"\nline2".as_bytes()),
    ));
    vault
}

fn get(vault: &Path, who: &str, name: &str) -> Output {
    dsenv_in(vault, &key(who), &["secret", "get", name], None)
}

#[test]
fn life_cycle_store_share_revoke_forget() {
    let dir = tempfile::tempdir().unwrap();
    let vault = team_vault(dir.path());
    assert_eq!(
        stdout(&ok(get(&vault, "alice", "database_url"))),
        "postgres://a:b=c@h/db\n"
    );
    assert_eq!(
        stdout(&ok(get(&vault, "alice", "myapp::API_TOKEN"))),
        "tok <&> \"ü\"\nline2\n"
    );
    assert_eq!(get(&vault, "bob", "DATABASE_URL").status.code(), Some(5));

    ok(dsenv_in(
        &vault,
        &key("alice"),
        &["secret", "share", "database_url", BOB],
        None,
    ));
    assert_eq!(
        stdout(&ok(get(&vault, "bob", "DATABASE_URL"))),
        "postgres://a:b=c@h/db\n"
    );
    // Bob stores a new version: the recipients carry forward.
    ok(dsenv_in(
        &vault,
        &key("bob"),
        &["secret", "store", "DATABASE_URL"],
        Some(b"v2"),
    ));
    assert_eq!(stdout(&ok(get(&vault, "alice", "DATABASE_URL"))), "v2\n");

    ok(dsenv_in(
        &vault,
        &key("alice"),
        &["secret", "revoke", "DATABASE_URL", BOB],
        None,
    ));
    ok(dsenv_in(
        &vault,
        &key("alice"),
        &["secret", "store", "DATABASE_URL"],
        Some(b"v3"),
    ));
    assert_eq!(stdout(&ok(get(&vault, "alice", "DATABASE_URL"))), "v3\n");
    // Revoked (issue 13): only the newest value counts; bob gets nothing.
    let out = get(&vault, "bob", "DATABASE_URL");
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    assert!(stderr(&out).contains("revoked from DATABASE_URL at "));
    let denied = dsenv_in(
        &vault,
        &key("bob"),
        &["secret", "store", "DATABASE_URL"],
        Some(b"x"),
    );
    assert_eq!(denied.status.code(), Some(8), "{}", stderr(&denied));

    ok(dsenv_in(
        &vault,
        &key("alice"),
        &["secret", "forget", "DATABASE_URL"],
        None,
    ));
    assert_eq!(get(&vault, "alice", "DATABASE_URL").status.code(), Some(3));
    let out = ok(dsenv_in(&vault, &key("carol"), &["validate"], None));
    assert!(
        stdout(&out).contains("✓ Value entries: 7 valid"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn every_fixture_line_round_trips_byte_for_byte() {
    use dsenv::vault::entry::Entry;
    use dsenv::vault::header::Header;
    let mut checked = 0;
    for rel in ["basic/vault", "team/vault", "edge/vault", "bench/vault-100"] {
        let text = std::fs::read_to_string(fixture(rel)).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            Header::parse(lines[1]).unwrap().to_line(),
            lines[1],
            "{rel} header"
        );
        for (i, line) in lines.iter().enumerate().skip(3) {
            assert_eq!(
                Entry::parse(line).unwrap().to_line(),
                *line,
                "{rel}:{}",
                i + 1
            );
            checked += 1;
        }
    }
    assert!(checked > 200);
}

#[test]
fn new_entries_have_dotsecenvs_shape() {
    let dir = tempfile::tempdir().unwrap();
    let vault = team_vault(dir.path());
    let text = std::fs::read_to_string(&vault).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "# === VAULT HEADER ===");
    assert_eq!(lines[2], "# === VAULT DATA ===");
    assert!(text.ends_with("}\n"));
    let fixture_text = std::fs::read_to_string(fixture("team/vault")).unwrap();
    let fixture_entries: Vec<serde_json::Value> = fixture_text
        .lines()
        .skip(3)
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    for line in lines.iter().skip(3).filter(|l| !is_statement(l)) {
        // Same field order as dotsecenv: a line re-serialised from the
        // parsed entry is identical, and the key order matches a fixture
        // entry of the same type.
        let parsed = dsenv::vault::entry::Entry::parse(line).unwrap();
        assert_eq!(parsed.to_line(), *line);
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let keys = |v: &serde_json::Value| {
            v["data"]
                .as_object()
                .unwrap()
                .keys()
                .cloned()
                .collect::<Vec<_>>()
        };
        let twin = fixture_entries
            .iter()
            .find(|f| f["type"] == v["type"] && keys(f) == keys(&v));
        assert!(twin.is_some(), "no fixture entry with the fields of {line}");
        assert!(
            !line.contains('<') && !line.contains('>') && !line.contains('&'),
            "Go's HTML-safe escaping: {line}"
        );
    }
    // Identity fields as dotsecenv derives them from gpg.
    let entries: Vec<serde_json::Value> = lines
        .iter()
        .skip(3)
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    for (fpr, algo, curve, bits, created) in [
        (ALICE, "EdDSA", Some("Ed25519"), 255, "2026-11-28T06:25:06Z"),
        (BOB, "RSA", None, 3072, ""),
        (CAROL, "ECC", Some("P-384"), 384, ""),
    ] {
        let e = entries
            .iter()
            .find(|e| e["data"]["fingerprint"] == fpr)
            .unwrap();
        assert_eq!(e["data"]["algorithm"], algo);
        assert_eq!(e["data"]["curve"].as_str(), curve);
        assert_eq!(e["data"]["algorithm_bits"], bits);
        assert_eq!(e["data"]["signed_by"], ALICE);
        if !created.is_empty() {
            assert_eq!(e["data"]["created_at"], created);
        }
    }
    // Values: base64 of an armored message without headers or trailing newline.
    use base64::Engine;
    let value = entries.iter().find(|e| e["type"] == "value").unwrap();
    let armored = base64::engine::general_purpose::STANDARD
        .decode(value["data"]["value"].as_str().unwrap())
        .unwrap();
    let armored = String::from_utf8(armored).unwrap();
    assert!(
        armored.starts_with("-----BEGIN PGP MESSAGE-----\n\n"),
        "{armored}"
    );
    assert!(armored.ends_with("-----END PGP MESSAGE-----"));
}

#[test]
fn identity_create_writes_a_0600_key_that_uses_aead() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    for algo in ["ed25519", "p384", "rsa3072"] {
        let key_file = dir.path().join(format!("{algo}.key"));
        let out = ok(dsenv()
            .env("XDG_CONFIG_HOME", dir.path())
            .args([
                "identity",
                "create",
                "--no-passphrase",
                "--name",
                "Test",
                "--email",
                "t@example.test",
                "--algo",
                algo,
                "--output",
            ])
            .arg(&key_file)
            .output()
            .unwrap());
        let fpr = stdout(&out).trim().to_string();
        assert_eq!(fpr.len(), 40, "{fpr}");
        assert_eq!(
            std::fs::metadata(&key_file).unwrap().permissions().mode() & 0o777,
            0o600
        );
        assert!(!stdout(&out).contains("PRIVATE KEY"));
        let vault = dir.path().join(format!("{algo}.vault"));
        ok(dsenv_in(&vault, &key_file, &["init", "vault"], None));
        ok(dsenv_in(
            &vault,
            &key_file,
            &["secret", "store", "X"],
            Some(b"value"),
        ));
        assert_eq!(stdout(&ok(get_with(&vault, &key_file, "X"))), "value\n");
        // SEIPDv2 (PKESK v6) when every recipient advertises it.
        let text = std::fs::read_to_string(&vault).unwrap();
        let line = last_value_line(&text);
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        use base64::Engine;
        let armored = base64::engine::general_purpose::STANDARD
            .decode(v["data"]["value"].as_str().unwrap())
            .unwrap();
        let pile = packets(&armored);
        assert!(
            pile.children()
                .any(|p| matches!(p, sequoia_openpgp::Packet::SEIP(s) if s.version() == 2)),
            "{algo}: not SEIPDv2"
        );
        // An existing file is never overwritten.
        let again = dsenv()
            .args([
                "identity",
                "create",
                "--no-passphrase",
                "--name",
                "T",
                "--email",
                "t@x",
                "--output",
            ])
            .arg(&key_file)
            .output()
            .unwrap();
        assert_ne!(again.status.code(), Some(0));
    }
}

fn packets(bytes: &[u8]) -> sequoia_openpgp::PacketPile {
    use sequoia_openpgp::parse::Parse;
    sequoia_openpgp::PacketPile::from_bytes(bytes).unwrap()
}

fn get_with(vault: &Path, key_file: &Path, name: &str) -> Output {
    dsenv_in(vault, key_file, &["secret", "get", name], None)
}

#[test]
fn values_to_gnupg_keys_fall_back_to_seipd_v1() {
    let dir = tempfile::tempdir().unwrap();
    let vault = team_vault(dir.path());
    let text = std::fs::read_to_string(&vault).unwrap();
    let v: serde_json::Value = serde_json::from_str(last_value_line(&text)).unwrap();
    use base64::Engine;
    let armored = base64::engine::general_purpose::STANDARD
        .decode(v["data"]["value"].as_str().unwrap())
        .unwrap();
    let pile = packets(&armored);
    assert!(pile
        .children()
        .any(|p| matches!(p, sequoia_openpgp::Packet::SEIP(s) if s.version() == 1)));
}

/// What, as whom, the arguments, stdin, the exit code, the message.
type BadInput<'a> = (
    &'a str,
    PathBuf,
    Vec<&'a str>,
    Option<&'a [u8]>,
    i32,
    &'a str,
);

/// Bad input: a clear error, a distinct exit code, and the vault unchanged.
#[test]
fn bad_input_leaves_the_vault_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let vault = team_vault(dir.path());
    let before = std::fs::read(&vault).unwrap();
    let mallory = key("mallory");
    let big = vec![b'a'; 1024 * 1024];
    let cases: Vec<BadInput> = vec![
        (
            "empty value",
            key("alice"),
            vec!["secret", "store", "X"],
            Some(b"\n\n"),
            1,
            "empty value",
        ),
        (
            "no stdin",
            key("alice"),
            vec!["secret", "store", "X"],
            None,
            1,
            "no value on stdin",
        ),
        (
            "1 MiB value",
            key("alice"),
            vec!["secret", "store", "X"],
            Some(&big),
            1,
            "64 KiB",
        ),
        (
            "invalid name",
            key("alice"),
            vec!["secret", "store", "bad:name"],
            Some(b"v"),
            1,
            "invalid secret name",
        ),
        (
            "invalid name 2",
            key("alice"),
            vec!["secret", "store", "1ABC"],
            Some(b"v"),
            1,
            "must not start with a digit",
        ),
        (
            "unknown fingerprint",
            key("alice"),
            vec![
                "secret",
                "share",
                "DATABASE_URL",
                "9BE8B39E8EA4A196D8F7F558E67652DD1CE74C52",
            ],
            None,
            3,
            "not an identity",
        ),
        (
            "outsider writes",
            mallory.clone(),
            vec!["secret", "store", "X"],
            Some(b"v"),
            8,
            "not a member",
        ),
        (
            "outsider adds itself",
            mallory,
            vec![
                "identity",
                "add",
                fixture("keys/mallory.pub.asc")
                    .to_str()
                    .unwrap()
                    .to_string()
                    .leak(),
            ],
            None,
            8,
            "not a member",
        ),
        (
            "revoke the last reader",
            key("alice"),
            vec!["secret", "revoke", "DATABASE_URL", ALICE],
            None,
            1,
            "nobody",
        ),
        (
            "unknown secret",
            key("alice"),
            vec!["secret", "forget", "NOPE"],
            None,
            3,
            "no secret named NOPE",
        ),
    ];
    for (what, key_file, args, input, code, message) in cases {
        let out = dsenv_in(&vault, &key_file, &args, input);
        assert_eq!(out.status.code(), Some(code), "{what}: {}", stderr(&out));
        assert!(stderr(&out).contains(message), "{what}: {}", stderr(&out));
        assert_eq!(
            std::fs::read(&vault).unwrap(),
            before,
            "{what}: vault changed"
        );
    }
    // A read-only vault file is not written, even by root.
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&vault, std::fs::Permissions::from_mode(0o400)).unwrap();
    let out = dsenv_in(&vault, &key("alice"), &["secret", "store", "X"], Some(b"v"));
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(stderr(&out).contains("read-only"));
    assert_eq!(std::fs::read(&vault).unwrap(), before);
    assert!(std::fs::read_dir(dir.path()).unwrap().all(|e| !e
        .unwrap()
        .file_name()
        .to_string_lossy()
        .ends_with(".tmp")));
}

#[test]
fn weak_keys_are_refused_with_exit_9() {
    use sequoia_openpgp::cert::{CertBuilder, CipherSuite};
    use sequoia_openpgp::serialize::SerializeInto;
    let dir = tempfile::tempdir().unwrap();
    let vault = team_vault(dir.path());
    let before = std::fs::read(&vault).unwrap();
    for (suite, rule) in [
        (CipherSuite::P256, "P-384 or P-521 required"),
        (CipherSuite::RSA2k, ""),
    ] {
        let (cert, _) = CertBuilder::general_purpose(Some("weak <w@x>"))
            .set_cipher_suite(suite)
            .generate()
            .unwrap();
        let path = dir.path().join("weak.asc");
        std::fs::write(&path, cert.armored().to_vec().unwrap()).unwrap();
        let out = dsenv_in(
            &vault,
            &key("alice"),
            &["identity", "add", path.to_str().unwrap()],
            None,
        );
        if rule.is_empty() {
            // RSA-2048 meets the minimum.
            assert!(out.status.success(), "{}", stderr(&out));
            continue;
        }
        assert_eq!(out.status.code(), Some(9), "{}", stderr(&out));
        assert!(stderr(&out).contains(rule), "{}", stderr(&out));
        assert_eq!(std::fs::read(&vault).unwrap(), before);
    }
}

#[test]
fn a_second_writer_waits_for_the_lock_and_times_out_clearly() {
    use nix::fcntl::{Flock, FlockArg};
    let dir = tempfile::tempdir().unwrap();
    let vault = team_vault(dir.path());
    let before = std::fs::read(&vault).unwrap();
    let held = Flock::lock(
        std::fs::File::open(&vault).unwrap(),
        FlockArg::LockExclusive,
    )
    .unwrap();
    let mut cmd = dsenv();
    let out = cmd
        .arg("-v")
        .arg(&vault)
        .arg("--key-file")
        .arg(key("alice"))
        .env("DSENV_LOCK_TIMEOUT", "0.3")
        .args(["secret", "forget", "DATABASE_URL"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("locked by another writer"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read(&vault).unwrap(), before);

    // Started with core files allowed (soft limit raised by the shell,
    // which then becomes dsenv), so the check below can only pass if dsenv
    // lowered it itself.
    let waiting = std::process::Command::new("sh")
        .args(["-c", "ulimit -c 1024 && exec \"$0\" \"$@\""])
        .arg(env!("CARGO_BIN_EXE_dsenv"))
        .arg("-v")
        .arg(&vault)
        .arg("--key-file")
        .arg(key("alice"))
        .env("DSENV_LOCK_TIMEOUT", "20")
        .env("XDG_DATA_HOME", data_home())
        .args(["secret", "forget", "DATABASE_URL"])
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(500));
    assert_eq!(
        std::fs::read(&vault).unwrap(),
        before,
        "wrote while the lock was held"
    );
    // Hardened before it touched the key: no core file while it waits.
    let limits = std::fs::read_to_string(format!("/proc/{}/limits", waiting.id())).unwrap();
    let core = limits
        .lines()
        .find(|l| l.starts_with("Max core file size"))
        .unwrap();
    assert_eq!(core.split_whitespace().nth(4), Some("0"), "{core}");
    drop(held);
    let out = waiting.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(get(&vault, "alice", "DATABASE_URL").status.code(), Some(3));
}

#[test]
fn eight_concurrent_writers_store_400_secrets() {
    let dir = tempfile::tempdir().unwrap();
    let vault = dir.path().join("busy.vault");
    ok(dsenv_in(&vault, &key("alice"), &["init", "vault"], None));
    ok(dsenv_in(
        &vault,
        &key("alice"),
        &[
            "identity",
            "add",
            fixture("keys/alice.pub.asc").to_str().unwrap(),
        ],
        None,
    ));
    let writers: Vec<_> = (0..8)
        .map(|w| {
            let vault = vault.clone();
            std::thread::spawn(move || {
                for i in 0..50 {
                    let name = format!("W{w}_SECRET_{i:02}");
                    let value = format!("value {w}/{i}");
                    let mut cmd = dsenv();
                    cmd.arg("-v")
                        .arg(&vault)
                        .arg("--key-file")
                        .arg(key("alice"))
                        .env("DSENV_LOCK_TIMEOUT", "300");
                    cmd.args(["secret", "store", &name]);
                    let out = output_with_stdin(&mut cmd, value.as_bytes());
                    assert!(out.status.success(), "{name}: {}", stderr(&out));
                }
            })
        })
        .collect();
    for w in writers {
        w.join().unwrap();
    }
    let out = ok(dsenv_in(&vault, &key("alice"), &["validate"], None));
    assert!(
        stdout(&out).contains("✓ Secret entries: 400 valid"),
        "{}",
        stdout(&out)
    );
    let env = ok(dsenv_in(
        &vault,
        &key("alice"),
        &["run", "--", "env", "-0"],
        None,
    ));
    let vars = parse_env0(&env.stdout);
    for w in 0..8 {
        for i in 0..50 {
            let name = format!("W{w}_SECRET_{i:02}");
            let want = format!("value {w}/{i}");
            assert!(
                vars.iter().any(|(k, v)| *k == name && *v == want),
                "{name} missing or wrong"
            );
        }
    }
}

#[test]
fn a_killed_compact_leaves_the_old_or_the_new_vault() {
    let dir = tempfile::tempdir().unwrap();
    let vault = team_vault(dir.path());
    for v in ["v2", "v3", "v4"] {
        ok(dsenv_in(
            &vault,
            &key("alice"),
            &["secret", "store", "DATABASE_URL"],
            Some(v.as_bytes()),
        ));
    }
    let old = std::fs::read(&vault).unwrap();
    for step in ["written", "synced", "renamed"] {
        std::fs::write(&vault, &old).unwrap();
        let out = dsenv()
            .arg("-v")
            .arg(&vault)
            .arg("--key-file")
            .arg(key("alice"))
            .env("DSENV_TEST_CRASH_AT", step)
            .args(["vault", "compact"])
            .output()
            .unwrap();
        use std::os::unix::process::ExitStatusExt;
        assert_eq!(
            out.status.signal(),
            Some(9),
            "{step}: the test hook should kill compact"
        );
        let now = std::fs::read(&vault).unwrap();
        let validate = dsenv_in(&vault, &key("alice"), &["validate"], None);
        assert!(validate.status.success(), "{step}: {}", stdout(&validate));
        if step == "renamed" {
            assert_ne!(now, old, "after the rename the vault is the new one");
            assert!(now.len() < old.len());
        } else {
            assert_eq!(
                now, old,
                "{step}: before the rename the vault is the old one"
            );
        }
        assert_eq!(stdout(&ok(get(&vault, "alice", "DATABASE_URL"))), "v4\n");
    }
    // Killing at random moments: always old or new, always valid.
    let new = std::fs::read(&vault).unwrap();
    for delay_ms in [0u64, 2, 5, 10, 20, 40, 80] {
        std::fs::write(&vault, &old).unwrap();
        let mut child = dsenv()
            .arg("-v")
            .arg(&vault)
            .arg("--key-file")
            .arg(key("alice"))
            .args(["vault", "compact"])
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        let _ = child.kill();
        let _ = child.wait();
        let now = std::fs::read(&vault).unwrap();
        assert!(
            now == old || now == new,
            "after {delay_ms} ms: neither old nor new"
        );
    }
}

#[test]
fn a_value_is_never_read_from_a_terminal() {
    if std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_err()
    {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must have util-linux's script"
        );
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let vault = team_vault(dir.path());
    let before = std::fs::read(&vault).unwrap();
    let inner = format!(
        "'{}' -v '{}' --key-file '{}' secret store FROM_TTY; echo \"exit=$?\"",
        env!("CARGO_BIN_EXE_dsenv"),
        vault.display(),
        key("alice").display()
    );
    // `script` gives the command a pseudo-terminal as stdin.
    let out = std::process::Command::new("script")
        .args(["-qec", &inner, "/dev/null"])
        .env("XDG_DATA_HOME", data_home())
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let text = stdout(&out);
    assert!(text.contains("exit=1"), "{text}");
    assert!(text.contains("not a terminal"), "{text}");
    assert_eq!(std::fs::read(&vault).unwrap(), before);
}

#[test]
fn init_config_and_login_write_dotsecenvs_config() {
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        dsenv()
            .env("XDG_CONFIG_HOME", dir.path())
            .arg("--key-file")
            .arg(key("alice"))
            .args(args)
            .output()
            .unwrap()
    };
    ok(run(&["init", "config"]));
    let path = dir.path().join("dotsecenv/config");
    let text = std::fs::read_to_string(&path).unwrap();
    for want in [
        "algo: ECC",
        "P-384",
        "algo: EdDSA",
        "Ed25519",
        "algo: RSA",
        "min_bits: 2048",
        ".dotsecenv/vault",
        "program: PATH",
    ] {
        assert!(text.contains(want), "{want} missing:\n{text}");
    }
    assert_eq!(
        run(&["init", "config"]).status.code(),
        Some(2),
        "never overwrites"
    );
    ok(run(&["login", ALICE]));
    let config: serde_yaml_ng::Value =
        serde_yaml_ng::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let login = &config["login"];
    assert_eq!(login["fingerprint"].as_str(), Some(ALICE));
    let added_at = login["added_at"].as_str().unwrap();
    assert!(
        added_at.ends_with('Z') && !added_at.contains('.'),
        "{added_at}"
    );
    use sha2::Digest;
    let digest = sha2::Sha256::digest(format!("login:{added_at}:{ALICE}").as_bytes());
    assert_eq!(login["hash"].as_str(), Some(hex::encode(digest).as_str()));
    assert!(login["signature"].as_str().unwrap().starts_with("88"));
    // A key that is not the one named is refused.
    assert_ne!(run(&["login", BOB]).status.code(), Some(0));
    // The configured vault list is where dsenv looks when -v is not given.
    std::fs::create_dir_all(dir.path().join("work/.dotsecenv")).unwrap();
    std::fs::copy(
        fixture("basic/vault"),
        dir.path().join("work/.dotsecenv/vault"),
    )
    .unwrap();
    let out = dsenv()
        .current_dir(dir.path().join("work"))
        .env("XDG_CONFIG_HOME", dir.path())
        .env("HOME", dir.path())
        .env("DSENV_KEY_FILE", key("alice"))
        .args(["secret", "get", "MULTILINE_VALUE"])
        .output()
        .unwrap();
    assert_eq!(
        stdout(&out),
        "line one\nline two\n\tindented line three\n",
        "{}",
        stderr(&out)
    );
}

#[test]
fn upgrade_rewrites_v1_as_v2_and_appends_keep_v1() {
    let dir = tempfile::tempdir().unwrap();
    let vault = dir.path().join("v1.vault");
    let text = std::fs::read_to_string(fixture("basic/vault")).unwrap();
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    lines[0] = "# === VAULT HEADER v1 ===".into();
    lines[1] = lines[1].replace(
        &format!("\"version\":2,\"identities\":{{\"{ALICE}\":4}}"),
        &format!("\"version\":1,\"identities\":[[\"{ALICE}\",4]]"),
    );
    std::fs::write(&vault, lines.join("\n") + "\n").unwrap();
    ok(dsenv_in(
        &vault,
        &key("alice"),
        &["secret", "store", "ADDED"],
        Some(b"to v1"),
    ));
    let after = std::fs::read_to_string(&vault).unwrap();
    assert!(
        after.starts_with("# === VAULT HEADER v1 ===\n{\"version\":1,\"identities\":[["),
        "{}",
        &after[..120]
    );
    ok(dsenv_in(&vault, &key("alice"), &["vault", "upgrade"], None));
    let upgraded = std::fs::read_to_string(&vault).unwrap();
    assert!(
        upgraded.starts_with("# === VAULT HEADER ===\n{\"version\":2,\"identities\":{"),
        "{}",
        &upgraded[..120]
    );
    // Every entry line is carried over byte for byte.
    let entries = |t: &str| {
        let mut l: Vec<String> = t
            .lines()
            .skip(3)
            .filter(|l| !l.starts_with("{\"type\":\"checkpoint\""))
            .map(str::to_string)
            .collect();
        l.sort();
        l
    };
    assert_eq!(entries(&after), entries(&upgraded));
    assert_eq!(stdout(&ok(get(&vault, "alice", "ADDED"))), "to v1\n");
    let again = ok(dsenv_in(&vault, &key("alice"), &["vault", "upgrade"], None));
    assert!(stderr(&again).contains("already version 2"));
}

#[test]
fn compact_drops_forgotten_and_superseded_values_only() {
    let dir = tempfile::tempdir().unwrap();
    let vault = team_vault(dir.path());
    ok(dsenv_in(
        &vault,
        &key("alice"),
        &["secret", "store", "DATABASE_URL"],
        Some(b"newest"),
    ));
    ok(dsenv_in(
        &vault,
        &key("alice"),
        &["secret", "store", "TEMP"],
        Some(b"t"),
    ));
    ok(dsenv_in(
        &vault,
        &key("alice"),
        &["secret", "forget", "TEMP"],
        None,
    ));
    let before = std::fs::read_to_string(&vault).unwrap();
    let out = ok(dsenv_in(&vault, &key("alice"), &["vault", "compact"], None));
    assert!(stderr(&out).contains("compacted"), "{}", stderr(&out));
    let after = std::fs::read_to_string(&vault).unwrap();
    assert!(after.len() < before.len());
    assert!(!after.contains("\"TEMP\""), "forgotten secret dropped");
    for line in after.lines().skip(3).filter(|l| !is_statement(l)) {
        assert!(
            before.lines().any(|l| l == line),
            "compact must copy entries verbatim"
        );
    }
    assert_eq!(
        stdout(&ok(get(&vault, "alice", "DATABASE_URL"))),
        "newest\n"
    );
    assert_eq!(
        stdout(&ok(get(&vault, "alice", "MyApp::api_token"))),
        "tok <&> \"ü\"\nline2\n"
    );
    let out = ok(dsenv_in(&vault, &key("bob"), &["validate"], None));
    assert!(stdout(&out).contains("✓ Identity entries: 3 valid"));
    // Nothing left to drop: the file is not rewritten.
    let again = ok(dsenv_in(&vault, &key("alice"), &["vault", "compact"], None));
    assert!(stderr(&again).contains("nothing to change"));
    assert_eq!(std::fs::read_to_string(&vault).unwrap(), after);
}

#[test]
fn describe_json_lists_identities_and_secrets() {
    let out = ok(dsenv_in(
        &fixture("team/vault"),
        &key("alice"),
        &["--json", "vault", "describe"],
        None,
    ));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["valid"], true);
    assert_eq!(doc["identities"].as_array().unwrap().len(), 3);
    let forgotten = doc["secrets"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["key"] == "FORGOTTEN")
        .unwrap();
    assert_eq!(forgotten["deleted"], true);
    let text = ok(dsenv_in(
        &fixture("team/vault"),
        &key("alice"),
        &["vault", "describe"],
        None,
    ));
    assert!(
        stdout(&text).contains("Bob Test <bob@example.test> (RSA, 3072 bits)"),
        "{}",
        stdout(&text)
    );
}

#[test]
fn a_full_disk_fails_cleanly_and_leaves_the_vault() {
    if !nix::unistd::geteuid().is_root() {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI runs as root and must run this test"
        );
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let vault = team_vault(dir.path());
    let small = dir.path().join("small");
    std::fs::create_dir(&small).unwrap();
    let size_kib = std::fs::metadata(&vault).unwrap().len() / 1024 + 8;
    // A private mount namespace with a tmpfs just big enough for the vault.
    let script = format!(
        "mount -t tmpfs -o size={size_kib}k tmpfs '{small}' && cp '{vault}' '{small}/vault' \
         && head -c 20000 /dev/zero | tr '\\0' x | '{bin}' -v '{small}/vault' --key-file '{key}' secret store BIG; \
         echo \"exit=$?\"; cmp '{vault}' '{small}/vault' && echo same; ls -A '{small}'",
        small = small.display(),
        vault = vault.display(),
        bin = env!("CARGO_BIN_EXE_dsenv"),
        key = key("alice").display(),
    );
    let out = std::process::Command::new("unshare")
        .args(["-m", "sh", "-c", &script])
        .env("XDG_DATA_HOME", data_home())
        .output()
        .unwrap();
    let text = format!("{}{}", stdout(&out), stderr(&out));
    assert!(text.contains("exit=3"), "{text}");
    assert!(text.contains("No space left on device"), "{text}");
    assert!(text.contains("it is unchanged"), "{text}");
    assert!(
        text.contains("same\nvault\n"),
        "the vault is unchanged and no temp file is left: {text}"
    );
}

/// dotsecenv's `secret forget --ignore-not-found` (its git and terraform
/// credential helpers' erase): exit 0 and nothing written for a secret that
/// does not exist or is already deleted; without the flag those are errors,
/// and with it a real secret is still forgotten.
#[test]
fn forget_ignore_not_found_succeeds_without_writing_for_a_missing_or_deleted_secret() {
    let dir = tempfile::tempdir().unwrap();
    let vault = dir.path().join("v");
    let alice = key("alice");
    ok(dsenv_in(&vault, &alice, &["init", "vault"], None));
    ok(dsenv_in(
        &vault,
        &alice,
        &["secret", "store", "TOKEN"],
        Some(b"t"),
    ));
    let before = std::fs::read(&vault).unwrap();
    let out = dsenv_in(&vault, &alice, &["secret", "forget", "NOPE"], None);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let out = ok(dsenv_in(
        &vault,
        &alice,
        &["secret", "forget", "--ignore-not-found", "NOPE"],
        None,
    ));
    assert!(stderr(&out).contains("does not exist"), "{}", stderr(&out));
    assert_eq!(std::fs::read(&vault).unwrap(), before, "nothing written");
    ok(dsenv_in(
        &vault,
        &alice,
        &["secret", "forget", "--ignore-not-found", "TOKEN"],
        None,
    ));
    let forgotten = std::fs::read(&vault).unwrap();
    assert_ne!(forgotten, before, "a real secret is still forgotten");
    let out = dsenv_in(&vault, &alice, &["secret", "forget", "TOKEN"], None);
    assert!(
        !out.status.success(),
        "already deleted is an error without the flag"
    );
    let out = ok(dsenv_in(
        &vault,
        &alice,
        &["secret", "forget", "--ignore-not-found", "TOKEN"],
        None,
    ));
    assert!(
        stderr(&out).contains("is already deleted"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read(&vault).unwrap(), forgotten, "nothing written");
}
