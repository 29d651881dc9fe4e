//! The FIPS 186-5 floor, on read and on write: identities with RSA-1024,
//! DSA, ElGamal or P-256 keys and an entry signed with SHA-1 are refused
//! with exit 9 and the rule named. The weak keys are in tests/data/weak-keys
//! (see its README for how they were made).

mod common;

use std::path::{Path, PathBuf};

use base64::Engine;
use common::*;
use dsenv::crypto::{sign, standard_policy};
use dsenv::vault::author::Author;
use dsenv::vault::canonical;
use dsenv::vault::entry::{Entry, IdentityEntry};
use sequoia_openpgp::parse::Parse;
use sequoia_openpgp::serialize::MarshalInto;
use sequoia_openpgp::Cert;

const ALICE: &str = "B9636EE87BBA28F466FC3F324F40E8111E73B573";
const NOW: &str = "2026-11-28T07:00:00Z";

/// Each weak key, what dotsecenv would call it, and the rule dsenv names.
const WEAK: &[(&str, &str, u32, &str)] = &[
    ("rsa1024", "RSA", 1024, "RSA-1024 (minimum 2048 bits)"),
    ("dsa", "DSA", 2048, "DSA is below the FIPS 186-5 minimums"),
    (
        "elgamal",
        "EdDSA",
        255,
        "ElGamal is below the FIPS 186-5 minimums",
    ),
    ("p256", "ECC", 256, "P-384 or P-521 required"),
];

fn weak_key(name: &str, part: &str) -> PathBuf {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(format!("tests/data/weak-keys/{name}.{part}.asc"));
    match part {
        "sec" => private_copy(&path),
        _ => path,
    }
}

fn alice_keypair() -> sequoia_openpgp::crypto::KeyPair {
    let tsk = Cert::from_file(key("alice")).unwrap();
    sign::signing_keypair(&tsk, &standard_policy()).unwrap()
}

fn alice() -> Author {
    Author::new(ALICE.into(), 255, Box::new(alice_keypair()))
}

/// An identity entry for `cert`, validly signed by alice: what a writer
/// without the FIPS floor (or an attacker with alice's key) would add.
fn identity_signed_by_alice(cert: &Cert, algorithm: &str, bits: u32) -> IdentityEntry {
    let mut e = IdentityEntry {
        added_at: NOW.into(),
        algorithm: algorithm.into(),
        algorithm_bits: bits,
        curve: None,
        created_at: "2026-11-28T06:00:00Z".into(),
        expires_at: None,
        fingerprint: cert.fingerprint().to_hex(),
        hash: String::new(),
        public_key: base64::engine::general_purpose::STANDARD
            .encode(cert.clone().strip_secret_key_material().to_vec().unwrap()),
        signed_by: ALICE.into(),
        signature: String::new(),
        uid: "weak".into(),
    };
    e.hash = canonical::digest_hex(&canonical::identity(&e), e.algorithm_bits);
    e.signature = sign::sign_hash(&mut alice_keypair(), &e.hash).unwrap();
    e
}

/// Asserts validate and run both refuse `lines` with exit 9, naming the
/// line and `rule`, and that the child never starts.
fn refused_on_read(dir: &Path, name: &str, lines: &[String], line: usize, rule: &str) {
    let path = dir.join(format!("{name}.vault"));
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    let out = dsenv_as(&path, "alice", &["validate"]);
    let text = format!("{}{}", stdout(&out), stderr(&out));
    assert_eq!(out.status.code(), Some(9), "{name}: {text}");
    assert!(
        text.contains(&format!("entry {line} ")) && text.contains(rule),
        "{name}: expected line {line} and {rule:?}\n{text}"
    );
    let marker = dir.join(format!("{name}.ran"));
    let out = dsenv_as(
        &path,
        "alice",
        &["run", "--", "touch", marker.to_str().unwrap()],
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(9), "{name}: {err}");
    assert!(
        err.contains(&format!(":{line}:")) && err.contains(rule),
        "{name}: {err}"
    );
    assert!(!marker.exists(), "{name}: the child ran");
}

#[test]
fn weak_identities_in_a_vault_are_refused_on_read_with_exit_9() {
    let dir = tempfile::tempdir().unwrap();
    for (name, algorithm, bits, rule) in WEAK {
        let cert = Cert::from_file(weak_key(name, "pub")).unwrap();
        let mut lines = team_lines();
        let n = append(
            &mut lines,
            Entry::Identity(identity_signed_by_alice(&cert, algorithm, *bits)),
        );
        refused_on_read(dir.path(), name, &lines, n, rule);
    }
}

#[test]
fn an_entry_signed_with_sha1_is_refused_on_read_with_exit_9() {
    use sequoia_openpgp::packet::signature::SignatureBuilder;
    use sequoia_openpgp::types::{HashAlgorithm, SignatureType};
    let mut value = alice()
        .value(
            "SHARED_ALL",
            vec![ALICE.into()],
            Some("-----BEGIN PGP MESSAGE-----\n\nAA==\n-----END PGP MESSAGE-----"),
            NOW,
        )
        .unwrap();
    let mut pair = alice_keypair();
    let sig = SignatureBuilder::new(SignatureType::Binary)
        .set_hash_algo(HashAlgorithm::SHA1)
        .sign_message(&mut pair, value.hash.as_bytes())
        .unwrap();
    assert_eq!(sig.hash_algo(), HashAlgorithm::SHA1);
    value.signature = hex::encode(sequoia_openpgp::Packet::from(sig).to_vec().unwrap());
    let mut lines = team_lines();
    let n = append(
        &mut lines,
        Entry::Value {
            secret: "SHARED_ALL".into(),
            data: value,
        },
    );
    let dir = tempfile::tempdir().unwrap();
    refused_on_read(dir.path(), "sha1", &lines, n, "SHA1 digest");
}

fn dsenv_writes(
    vault: &Path,
    key_file: &Path,
    args: &[&str],
    input: &[u8],
) -> std::process::Output {
    output_with_stdin(
        dsenv()
            .arg("-v")
            .arg(vault)
            .arg("--key-file")
            .arg(key_file)
            .args(args)
            .env("XDG_CONFIG_HOME", vault.with_extension("cfg")),
        input,
    )
}

#[test]
fn weak_keys_are_refused_on_write_with_exit_9_and_nothing_written() {
    let dir = tempfile::tempdir().unwrap();
    let vault = dir.path().join("team.vault");
    std::fs::write(&vault, std::fs::read(fixture("team/vault")).unwrap()).unwrap();
    let before = std::fs::read(&vault).unwrap();
    for (name, _, _, rule) in WEAK {
        let public = weak_key(name, "pub");
        let out = dsenv_writes(
            &vault,
            &key("alice"),
            &["identity", "add", public.to_str().unwrap()],
            b"",
        );
        assert_eq!(out.status.code(), Some(9), "{name}: {}", stderr(&out));
        assert!(stderr(&out).contains(rule), "{name}: {}", stderr(&out));

        // The weak key itself storing a secret (it would add itself).
        let out = dsenv_writes(
            &vault,
            &weak_key(name, "sec"),
            &["secret", "store", "WEAK_WRITER"],
            b"plaintext-of-a-weak-writer",
        );
        assert_eq!(out.status.code(), Some(9), "{name}: {}", stderr(&out));
        assert!(stderr(&out).contains(rule), "{name}: {}", stderr(&out));
        assert_eq!(
            std::fs::read(&vault).unwrap(),
            before,
            "{name}: vault changed"
        );
    }
}

/// A policy directory holding `files` (name, YAML), mode 0755/0644.
fn policy_dir(files: &[(&str, &str)]) -> tempfile::TempDir {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    for (name, text) in files {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    }
    dir
}

/// dsenv with the policy directory at `policy` and an empty config home.
fn dsenv_with_policy(policy: &Path, config_home: &Path, args: &[&str]) -> std::process::Output {
    dsenv()
        .env("DSENV_TEST_POLICY_DIR", policy)
        .env("XDG_CONFIG_HOME", config_home)
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn policy_validate_names_file_line_and_field_with_dotsecenv_exit_codes() {
    let home = tempfile::tempdir().unwrap();
    let cases: &[(&str, &str, i32, &str)] = &[
        (
            "approved_algorithms:\n  - algo: RSA\n    min_bits: 3072\napproved_vault_paths:\n  - /srv/*/vault\n",
            "",
            0,
            "policy valid",
        ),
        (
            "# corp\nlogin:\n  fingerprint: X\n",
            "20-bad.yaml:2: login: not allowed",
            2,
            "",
        ),
        (
            "approved_algorithms:\n  - algo: RSA\n    min_bits: lots\n",
            "20-bad.yaml:3: invalid policy fragment: approved_algorithms[0].min_bits",
            2,
            "",
        ),
        (
            "approved_algorithms:\n  - algo: RAS\n    min_bits: 2048\n",
            "20-bad.yaml:2: approved_algorithms[0]: unknown algorithm family",
            2,
            "",
        ),
        (
            "approved_vault_paths: []\n",
            "20-bad.yaml:1: approved_vault_paths: empty allow-list",
            1,
            "",
        ),
        (
            "approved_algorithms:\n  - algo: ECC\n    curves: [P-384]\n    min_bits: 384\n  - algo: RSA\n    min_bits: 1024\n  - algo: DSA\n    min_bits: 2048\n",
            "20-bad.yaml:5: approved_algorithms[1]: RSA min_bits 1024 is below the FIPS 186-5 floor",
            9,
            "20-bad.yaml:7: approved_algorithms[2]: DSA is refused",
        ),
    ];
    for (yaml, want, code, also) in cases {
        let dir = policy_dir(&[
            (
                "10-ok.yaml",
                "behavior:\n  restrict_to_configured_vaults: true\n",
            ),
            ("20-bad.yaml", yaml),
            ("30-ignored.yml", "login: not read: not a .yaml\n"),
        ]);
        let out = dsenv_with_policy(dir.path(), home.path(), &["policy", "validate"]);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(*code), "{yaml}\n{err}");
        assert!(err.contains(want) && err.contains(also), "{yaml}\n{err}");
    }
}

#[test]
fn insecure_policy_files_stop_every_command_with_exit_8() {
    use std::os::unix::fs::PermissionsExt;
    let home = tempfile::tempdir().unwrap();
    let dir = policy_dir(&[("10-corp.yaml", "approved_vault_paths:\n  - /srv/*/vault\n")]);
    let file = dir.path().join("10-corp.yaml");
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o666)).unwrap();
    for args in [&["policy", "validate"][..], &["validate"][..]] {
        let out = dsenv_with_policy(dir.path(), home.path(), args);
        assert_eq!(out.status.code(), Some(8), "{}", stderr(&out));
        assert!(stderr(&out)
            .contains("10-corp.yaml: insecure policy permissions: writable by group or other"));
    }
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
    if nix::unistd::geteuid().is_root() {
        // Owned by someone else than root (or the test user): refused.
        std::os::unix::fs::chown(&file, Some(65534), Some(65534)).unwrap();
        let out = dsenv_with_policy(dir.path(), home.path(), &["policy", "validate"]);
        assert_eq!(out.status.code(), Some(8), "{}", stderr(&out));
        assert!(
            stderr(&out).contains("owned by uid 65534, not root"),
            "{}",
            stderr(&out)
        );
    }
}

#[test]
fn approved_vault_paths_refuse_other_vaults_before_anything_runs() {
    let home = tempfile::tempdir().unwrap();
    let work = tempfile::tempdir().unwrap();
    let allowed = work.path().join("allowed");
    std::fs::create_dir(&allowed).unwrap();
    let vault = allowed.join("vault");
    std::fs::copy(fixture("basic/vault"), &vault).unwrap();
    let pattern = format!("{}/*/vault", work.path().display());
    let dir = policy_dir(&[(
        "10-corp.yaml",
        &format!("approved_vault_paths:\n  - {pattern}\n"),
    )]);
    let run = |v: &Path, marker: &Path| {
        dsenv()
            .env("DSENV_TEST_POLICY_DIR", dir.path())
            .env("XDG_CONFIG_HOME", home.path())
            .arg("-v")
            .arg(v)
            .arg("--key-file")
            .arg(key("alice"))
            .args(["run", "--", "touch", marker.to_str().unwrap()])
            .output()
            .unwrap()
    };
    let marker = work.path().join("ran");
    let out = run(&fixture("basic/vault"), &marker);
    assert_eq!(out.status.code(), Some(8), "{}", stderr(&out));
    assert!(stderr(&out).contains("vault path not allowed by the system policy"));
    assert!(!marker.exists());
    let out = run(&vault, &marker);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(marker.exists());
}

#[test]
fn no_file_can_lower_the_floor() {
    // Both the configuration and the policy approve RSA-1024 and P-256;
    // a vault with such identities is still refused with exit 9.
    let home = tempfile::tempdir().unwrap();
    let weak = "approved_algorithms:\n  - algo: RSA\n    min_bits: 1024\n  - algo: ECC\n    curves: [P-256]\n    min_bits: 256\n";
    std::fs::create_dir_all(home.path().join("dotsecenv")).unwrap();
    std::fs::write(home.path().join("dotsecenv/config"), weak).unwrap();
    let dir = policy_dir(&[("10-weak.yaml", weak)]);
    let out = dsenv_with_policy(dir.path(), home.path(), &["policy", "validate"]);
    assert_eq!(out.status.code(), Some(9), "{}", stderr(&out));
    assert!(stderr(&out).contains("dotsecenv/config:2: approved_algorithms[0]: RSA min_bits 1024"));
    let work = tempfile::tempdir().unwrap();
    for (name, algorithm, bits, rule) in WEAK.iter().filter(|w| w.0 == "rsa1024" || w.0 == "p256") {
        let cert = Cert::from_file(weak_key(name, "pub")).unwrap();
        let mut lines = team_lines();
        append(
            &mut lines,
            Entry::Identity(identity_signed_by_alice(&cert, algorithm, *bits)),
        );
        let vault = work.path().join(format!("{name}.vault"));
        std::fs::write(&vault, lines.join("\n") + "\n").unwrap();
        let out = dsenv()
            .env("DSENV_TEST_POLICY_DIR", dir.path())
            .env("XDG_CONFIG_HOME", home.path())
            .arg("-v")
            .arg(&vault)
            .arg("--key-file")
            .arg(key("alice"))
            .args(["run", "--", "true"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(9), "{name}: {}", stderr(&out));
        assert!(stderr(&out).contains(rule), "{name}: {}", stderr(&out));
    }
}

#[test]
fn the_policy_narrows_which_identities_can_be_added() {
    // Configuration: dotsecenv's defaults (ECC, EdDSA, RSA). Policy: RSA
    // >= 3072 only. Mallory's Ed25519 key meets dsenv's floor but not the
    // policy: refused with exit 9; without the policy it is added.
    let home = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(home.path().join("dotsecenv")).unwrap();
    std::fs::write(
        home.path().join("dotsecenv/config"),
        "approved_algorithms:\n  - algo: ECC\n    curves: [P-384, P-521]\n    min_bits: 384\n  - algo: EdDSA\n    curves: [Ed25519, Ed448]\n    min_bits: 255\n  - algo: RSA\n    min_bits: 2048\n",
    )
    .unwrap();
    let rsa_only = policy_dir(&[(
        "10-rsa-only.yaml",
        "approved_algorithms:\n  - algo: RSA\n    min_bits: 3072\n",
    )]);
    let no_policy = home.path().join("no-policy.d");
    let work = tempfile::tempdir().unwrap();
    let vault = work.path().join("team.vault");
    std::fs::write(&vault, std::fs::read(fixture("team/vault")).unwrap()).unwrap();
    let before = std::fs::read(&vault).unwrap();
    let add = |policy: &Path| {
        dsenv()
            .env("DSENV_TEST_POLICY_DIR", policy)
            .env("XDG_CONFIG_HOME", home.path())
            .arg("-v")
            .arg(&vault)
            .arg("--key-file")
            .arg(key("alice"))
            .args(["identity", "add"])
            .arg(fixture("keys/mallory.pub.asc"))
            .output()
            .unwrap()
    };
    let out = add(rsa_only.path());
    assert_eq!(out.status.code(), Some(9), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("EdDSA Ed25519 (255 bits) is not in approved_algorithms")
            && stderr(&out).contains("narrowed by the system policy"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read(&vault).unwrap(), before);
    let out = add(&no_policy);
    assert!(out.status.success(), "{}", stderr(&out));
}
