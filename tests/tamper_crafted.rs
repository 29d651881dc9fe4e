//! Forged entries that carry *valid* signatures: by a key that is not an
//! identity, by an outsider that added itself, an identity whose public key
//! is not its fingerprint's, and a rollback. Built with the library's own
//! signer, so only the trust rules can catch them.

mod common;

use std::path::Path;

use common::*;
use dsenv::crypto::{sign, standard_policy};
use dsenv::vault::author::Author;
use dsenv::vault::entry::Entry;
use dsenv::vault::header::Header;
use sequoia_openpgp::parse::Parse;

const ALICE: &str = "B9636EE87BBA28F466FC3F324F40E8111E73B573";
const MALLORY: &str = "9BE8B39E8EA4A196D8F7F558E67652DD1CE74C52";

fn tsk(who: &str) -> sequoia_openpgp::Cert {
    sequoia_openpgp::Cert::from_file(key(who)).unwrap()
}

fn author(who: &str, fpr: &str, bits: u32) -> Author {
    let pair = sign::signing_keypair(&tsk(who), &standard_policy()).unwrap();
    Author::new(fpr.to_string(), bits, Box::new(pair))
}

fn team_lines() -> Vec<String> {
    std::fs::read_to_string(fixture("team/vault"))
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect()
}

/// Appends `entry` and indexes it in the header the way a writer would.
fn append(lines: &mut Vec<String>, entry: Entry) -> usize {
    let mut header = Header::parse(&lines[1]).unwrap();
    lines.push(entry.to_line());
    let n = lines.len();
    match &entry {
        Entry::Identity(e) => header.identities.push((e.fingerprint.clone(), n)),
        Entry::Secret(e) => header.secrets.push((
            e.key.clone(),
            dsenv::vault::header::SecretIndex {
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

fn refused(dir: &Path, name: &str, lines: &[String], line: usize, why: &str) {
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
}

#[test]
fn validly_signed_forgeries_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let now = "2026-11-28T07:00:00Z";

    // A value signed (validly) by mallory, who is not an identity.
    let mut lines = team_lines();
    let mut mallory = author("mallory", MALLORY, 255);
    let value = mallory
        .value(
            "SHARED_ALL",
            vec![ALICE.into()],
            Some("-----BEGIN PGP MESSAGE-----\n\nAA==\n-----END PGP MESSAGE-----"),
            now,
        )
        .unwrap();
    let n = append(
        &mut lines,
        Entry::Value {
            secret: "SHARED_ALL".into(),
            data: value,
        },
    );
    refused(
        dir.path(),
        "foreign-signer",
        &lines,
        n,
        "not an identity of this vault",
    );

    // Mallory adds herself, self-signed: an outsider identity.
    let mut lines = team_lines();
    let entry = mallory
        .identity(&tsk("mallory").strip_secret_key_material(), now)
        .unwrap();
    let n = append(&mut lines, Entry::Identity(entry));
    refused(
        dir.path(),
        "self-added-outsider",
        &lines,
        n,
        "not an identity added before it",
    );

    // Alice (validly) signs an identity entry for a fingerprint that
    // carries mallory's public key.
    let mut lines = team_lines();
    let mut alice = author("alice", ALICE, 255);
    let mut entry = alice
        .identity(&tsk("mallory").strip_secret_key_material(), now)
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
    refused(
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
    refused(dir.path(), "rollback", &lines, 10, "(rollback?)");
}
