//! Forged entries that carry *valid* signatures: by a key that is not an
//! identity, an identity added by a key that is none, an identity whose public key
//! is not its fingerprint's, a rollback, a value re-signed by an identity
//! revoked from the secret, a write after a deletion, and entries signed
//! with a revoked certificate. Built with the library's own signer, so only
//! the trust rules can catch them.

mod common;

use std::path::Path;
use std::time::{Duration, SystemTime};

use common::*;
use dsenv::crypto::{sign, standard_policy};
use dsenv::vault::author::Author;
use dsenv::vault::entry::Entry;
use sequoia_openpgp::parse::Parse;

const ALICE: &str = "B9636EE87BBA28F466FC3F324F40E8111E73B573";
const BOB: &str = "83C640BDE8A5E5DD4A9ACBFCD03E265CFBE06527";
const CAROL: &str = "E3EF0EF79503FD691033263EB08106B2A0E84B24";
const MALLORY: &str = "9BE8B39E8EA4A196D8F7F558E67652DD1CE74C52";
const NOW: &str = "2026-11-28T07:00:00Z";
const LATER: &str = "2026-11-28T07:00:01Z";
const ARMORED: &str = "-----BEGIN PGP MESSAGE-----\n\nAA==\n-----END PGP MESSAGE-----";

/// How many forgeries `validly_signed_forgeries_are_refused` builds.
const VECTORS: usize = 8;

fn tsk(who: &str) -> sequoia_openpgp::Cert {
    sequoia_openpgp::Cert::from_file(key(who)).unwrap()
}

fn author(who: &str, fpr: &str, bits: u32) -> Author {
    let pair = sign::signing_keypair(&tsk(who), &standard_policy()).unwrap();
    Author::new(fpr.to_string(), bits, Box::new(pair))
}

fn refused(dir: &Path, name: &str, lines: &[String], line: usize, why: &str) -> usize {
    let path = dir.join(name);
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    let out = dsenv_as(&path, "alice", &["validate"]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(6), "{name}: {text}");
    assert!(
        text.contains(&format!("entry {line} ")) && text.contains(why),
        "{name}: expected line {line}: {why}\n{text}"
    );
    let marker = dir.join(format!("{name}.ran"));
    let out = dsenv_as(
        &path,
        "alice",
        &["run", "--", "touch", marker.to_str().unwrap()],
    );
    assert!(
        !out.status.success() && !marker.exists(),
        "{name}: the child ran"
    );
    1
}

fn value_entry(secret: &str, data: dsenv::vault::entry::ValueEntry) -> Entry {
    Entry::Value {
        secret: secret.into(),
        data,
    }
}

/// A fresh Ed25519 certificate (signing primary, X25519 subkey) made two
/// hours ago, with a self-revocation made at `revoked_at` for `reason`.
fn revoked_cert(
    reason: sequoia_openpgp::types::ReasonForRevocation,
    revoked_at: SystemTime,
) -> sequoia_openpgp::Cert {
    use sequoia_openpgp::cert::prelude::*;
    use sequoia_openpgp::types::KeyFlags;
    let (cert, _) = CertBuilder::new()
        .add_userid("Dave Revoked <dave@example.test>")
        .set_creation_time(SystemTime::now() - Duration::from_secs(7200))
        .set_primary_key_flags(KeyFlags::empty().set_certification().set_signing())
        .add_transport_encryption_subkey()
        .generate()
        .unwrap();
    let mut primary = cert
        .primary_key()
        .key()
        .clone()
        .parts_into_secret()
        .unwrap()
        .into_keypair()
        .unwrap();
    let revocation = CertRevocationBuilder::new()
        .set_reason_for_revocation(reason, b"test")
        .unwrap()
        .set_signature_creation_time(revoked_at)
        .unwrap()
        .build(&mut primary, &cert, None)
        .unwrap();
    cert.insert_packets(revocation).unwrap().0
}

/// The team vault where alice added `dave` and shared SHARED_ALL with him,
/// plus a new SHARED_ALL value signed by dave. Returns the lines and the
/// line of dave's value.
fn team_with_value_by(dave: &sequoia_openpgp::Cert) -> (Vec<String>, usize) {
    let fpr = dave.fingerprint().to_hex();
    let mut lines = team_lines();
    let mut alice = author("alice", ALICE, 255);
    let id = alice
        .identity(&dave.clone().strip_secret_key_material(), NOW)
        .unwrap();
    append(&mut lines, Entry::Identity(id));
    let everyone = vec![ALICE.into(), BOB.into(), CAROL.into(), fpr.clone()];
    let shared = alice
        .value("SHARED_ALL", everyone.clone(), Some(ARMORED), NOW)
        .unwrap();
    append(&mut lines, value_entry("SHARED_ALL", shared));
    let pair = sign::signing_keypair(dave, &standard_policy()).unwrap();
    let mut by_dave = Author::new(fpr, 255, Box::new(pair));
    let value = by_dave
        .value("SHARED_ALL", everyone, Some(ARMORED), LATER)
        .unwrap();
    let n = append(&mut lines, value_entry("SHARED_ALL", value));
    (lines, n)
}

#[test]
fn validly_signed_forgeries_are_refused_8_vectors() {
    use sequoia_openpgp::types::ReasonForRevocation;
    let dir = tempfile::tempdir().unwrap();
    let mut caught = 0;

    // A value signed (validly) by mallory, who is not an identity.
    let mut lines = team_lines();
    let mut mallory = author("mallory", MALLORY, 255);
    let value = mallory
        .value("SHARED_ALL", vec![ALICE.into()], Some(ARMORED), NOW)
        .unwrap();
    let n = append(&mut lines, value_entry("SHARED_ALL", value));
    caught += refused(
        dir.path(),
        "foreign-signer",
        &lines,
        n,
        "not an identity of this vault",
    );

    // Mallory, who is no identity, adds one. (Mallory adding herself,
    // self-signed, makes an outsider: ignored, not refused; outsiders.rs.)
    let mut lines = team_lines();
    let (dave, _) = sequoia_openpgp::cert::CertBuilder::general_purpose(Some("Dave <d@x.test>"))
        .set_cipher_suite(sequoia_openpgp::cert::CipherSuite::Cv25519)
        .set_creation_time(SystemTime::now() - Duration::from_secs(7200))
        .generate()
        .unwrap();
    let entry = mallory
        .identity(&dave.strip_secret_key_material(), NOW)
        .unwrap();
    let n = append(&mut lines, Entry::Identity(entry));
    caught += refused(
        dir.path(),
        "added-by-a-stranger",
        &lines,
        n,
        &format!("signed by {MALLORY}, which is not an identity added before it"),
    );

    // Alice (validly) signs an identity entry for a fingerprint that
    // carries mallory's public key.
    let mut lines = team_lines();
    let mut alice = author("alice", ALICE, 255);
    let mut entry = alice
        .identity(&tsk("mallory").strip_secret_key_material(), NOW)
        .unwrap();
    entry.fingerprint = "0123456789ABCDEF0123456789ABCDEF01234567".into();
    entry.hash = dsenv::vault::canonical::digest_hex(
        &dsenv::vault::canonical::identity(&entry),
        entry.algorithm_bits,
    );
    entry.signature = sign::sign_hash(
        &mut sign::signing_keypair(&tsk("alice"), &standard_policy()).unwrap(),
        &entry.hash,
    )
    .unwrap();
    let n = append(&mut lines, Entry::Identity(entry));
    caught += refused(
        dir.path(),
        "public-key-mismatch",
        &lines,
        n,
        "public_key belongs to",
    );

    // Rollback: the oldest SHARED_ALL value (lines 8..10 hold its three
    // versions) swapped into the newest position; every signature intact.
    let mut lines = team_lines();
    lines.swap(7, 9);
    caught += refused(dir.path(), "rollback", &lines, 10, "(rollback?)");

    // Carol was revoked from REVOKED (line 24 is for alice only); she
    // re-signs a new value that gives her access again.
    let mut lines = team_lines();
    let mut carol = author("carol", CAROL, 384);
    let value = carol
        .value(
            "REVOKED",
            vec![ALICE.into(), CAROL.into()],
            Some(ARMORED),
            NOW,
        )
        .unwrap();
    let n = append(&mut lines, value_entry("REVOKED", value));
    caught += refused(
        dir.path(),
        "re-signed-by-identity-revoked-from-secret",
        &lines,
        n,
        "not a recipient of the value before it",
    );

    // FORGOTTEN ends with a deletion marker; alice resurrects it.
    let mut lines = team_lines();
    let value = alice
        .value("FORGOTTEN", vec![ALICE.into()], Some(ARMORED), NOW)
        .unwrap();
    let n = append(&mut lines, value_entry("FORGOTTEN", value));
    caught += refused(
        dir.path(),
        "written-after-deletion",
        &lines,
        n,
        "not a recipient of the value before it",
    );

    // Dave's key was retired an hour ago (a soft revocation); he signs now.
    let hour_ago = SystemTime::now() - Duration::from_secs(3600);
    let dave = revoked_cert(ReasonForRevocation::KeyRetired, hour_ago);
    let (lines, n) = team_with_value_by(&dave);
    caught += refused(
        dir.path(),
        "signed-after-soft-revocation",
        &lines,
        n,
        "with a revoked key (Key is retired",
    );

    // Dave's key is compromised (a hard revocation), dated after his
    // signature: every signature by the key is void.
    let in_an_hour = SystemTime::now() + Duration::from_secs(3600);
    let dave = revoked_cert(ReasonForRevocation::KeyCompromised, in_an_hour);
    let (lines, n) = team_with_value_by(&dave);
    caught += refused(
        dir.path(),
        "signed-by-hard-revoked-key",
        &lines,
        n,
        "with a revoked key (Key material has been compromised",
    );

    println!("crafted tamper vectors caught: {caught} of {VECTORS}");
    assert_eq!(caught, VECTORS);
}

#[test]
fn a_value_signed_before_a_soft_revocation_stays_valid() {
    // The control for the revocation rule: retiring a key later does not
    // invalidate what it signed while it was in use.
    let in_an_hour = SystemTime::now() + Duration::from_secs(3600);
    let dave = revoked_cert(
        sequoia_openpgp::types::ReasonForRevocation::KeyRetired,
        in_an_hour,
    );
    let (lines, _) = team_with_value_by(&dave);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("vault");
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    let out = dsenv_as(&path, "alice", &["validate"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
}
