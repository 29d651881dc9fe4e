//! In-process costs of `dsenv run`'s stages, on the real fixture vaults:
//! parse, verify every entry, decrypt the readable values, and the
//! floors under them (one session-key unwrap, one Ed25519 signature, and
//! Ed25519 signatures verified in batches as `run` does).
//!
//! `cargo bench --offline --frozen --bench crypto` (or `just bench-crypto`).
//! A benchmark, not a test: nothing here fails on time. Compare the
//! stages with each other (ratios), not with another machine.

use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use secrecy::SecretBox;
use sequoia_openpgp::packet::signature::SignatureBuilder;
use sequoia_openpgp::types::SignatureType;

use dsenv::crypto::{self, batch, cert, signature};
use dsenv::keys::identity::{self, Identity};
use dsenv::keys::{KeyMaterial, KeySource};
use dsenv::readable::{self, ValueRef};
use dsenv::vault::select::Current;
use dsenv::vault::{verify, Vault};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/fixtures/dotsecenv")
}

fn alice() -> Identity {
    let path = fixtures().join("keys/alice.sec.asc");
    let bytes = std::fs::read(&path).expect("alice's key");
    let material = KeyMaterial {
        source: KeySource::Flag(path),
        bytes: SecretBox::new(Box::new(bytes)),
        file_mode: None,
    };
    identity::load(&material, None).expect("alice loads")
}

fn vault(name: &str) -> (PathBuf, Vec<u8>) {
    let path = fixtures().join(name);
    let bytes = std::fs::read(&path).expect("fixture vault");
    (path, bytes)
}

fn stages(c: &mut Criterion) {
    crypto::size_read_buffers();
    let policy = crypto::standard_policy();
    let alice = alice();
    let mut group = c.benchmark_group("vault-100");
    let (path, bytes) = vault("bench/vault-100");
    let parsed = Vault::parse(&path, &bytes).expect("parses");
    let entries = parsed.identities.len()
        + parsed
            .secrets
            .iter()
            .map(|s| 1 + s.values.len())
            .sum::<usize>();

    group.throughput(Throughput::Bytes(bytes.len() as u64));
    group.bench_function("parse", |b| {
        b.iter(|| Vault::parse(&path, black_box(&bytes)).expect("parses"))
    });

    // Whole-vault verification is timed by the whole-process harness
    // (`dsenv validate`): sequoia caches each verified signature for the
    // life of the process, so a second in-process pass measures the cache.
    assert!(verify::verify(&parsed, &policy).is_valid());
    let _ = entries;

    let vaults = [parsed];
    let surveyed = readable::survey(&vaults, &alice.fingerprint);
    let readable = surveyed
        .iter()
        .filter(|s| matches!(s.current, Current::Readable(_)))
        .map(|s| s.secret.key.as_str());
    let values: Vec<ValueRef> = readable::readable_values(&surveyed, readable);
    group.throughput(Throughput::Elements(values.len() as u64));
    group.bench_function("decrypt readable values", |b| {
        b.iter(|| readable::decrypt_all(black_box(&values), &alice).expect("decrypts"))
    });
    group.finish();
}

/// The per-value floors: one X25519 session-key unwrap through dsenv's
/// decryptor, and one Ed25519 signature check through sequoia.
fn floors(c: &mut Criterion) {
    use sequoia_openpgp::crypto::SessionKey;
    let policy = crypto::standard_policy();
    let alice = alice();
    let mut group = c.benchmark_group("floor");

    let pair = alice
        .cert
        .keys()
        .with_policy(&policy, None)
        .for_transport_encryption()
        .secret()
        .next()
        .expect("encryption subkey")
        .key()
        .clone()
        .into_keypair()
        .expect("unencrypted");
    let session = SessionKey::new(32).expect("random");
    let ciphertext = pair.public().encrypt(&session).expect("encrypt");
    let unsealed = crypto::unsealed::LocalKey::new(pair.clone());
    group.bench_function("Cv25519 unwrap (dsenv, unsealed)", |b| {
        b.iter(|| {
            unsealed
                .decryptor()
                .as_mut()
                .decrypt(black_box(&ciphertext), None)
                .expect("unwraps")
        })
    });
    group.bench_function("Cv25519 unwrap (sequoia KeyPair, sealed)", |b| {
        b.iter_batched(
            || pair.clone(),
            |mut p| {
                use sequoia_openpgp::crypto::Decryptor;
                p.decrypt(black_box(&ciphertext), None).expect("unwraps")
            },
            BatchSize::SmallInput,
        )
    });

    let shared = x25519_dalek::PublicKey::from([9u8; 32]);
    let secret = x25519_dalek::StaticSecret::from([7u8; 32]);
    group.bench_function("X25519 alone (x25519-dalek)", |b| {
        b.iter(|| secret.diffie_hellman(black_box(&shared)))
    });

    // Fresh signatures each batch: sequoia caches verified signatures.
    let (signer_cert, signing_key) = ed25519_signer();
    let signer = cert::signer(signer_cert, &policy).expect("signer");
    let mut counter = 0u64;
    group.bench_function("Ed25519 entry signature (uncached)", |b| {
        b.iter_batched(
            || {
                counter += 1;
                let hash = format!("{counter:064x}");
                let sig = SignatureBuilder::new(SignatureType::Binary)
                    .sign_message(&mut signing_key.clone(), hash.as_bytes())
                    .expect("signs");
                (sig, hash)
            },
            |(sig, hash)| {
                signature::verify(&sig, hash.as_bytes(), &signer, &policy).expect("verifies")
            },
            BatchSize::SmallInput,
        )
    });

    // What `run` does with a vault's signatures: 2000 by one key (1000
    // secrets: a definition and a value each), one batch per core.
    // Throughput is per signature.
    let messages: Vec<String> = (0..2000).map(|i| format!("{i:064x}")).collect();
    let sigs: Vec<_> = messages
        .iter()
        .map(|m| {
            SignatureBuilder::new(SignatureType::Binary)
                .sign_message(&mut signing_key.clone(), m.as_bytes())
                .expect("signs")
        })
        .collect();
    let jobs: Vec<batch::Job> = messages
        .iter()
        .zip(&sigs)
        .map(|(m, signature)| batch::Job {
            signature,
            message: m.as_bytes(),
            signer: &signer,
        })
        .collect();
    group.throughput(Throughput::Elements(jobs.len() as u64));
    group.sample_size(20);
    group.bench_function("Ed25519 entry signatures, batched (2000)", |b| {
        b.iter(|| {
            let verdicts = batch::verify_all(black_box(&jobs), &policy);
            assert!(verdicts.iter().all(Result::is_ok));
        })
    });
    group.finish();
}

/// A new Ed25519 certificate and its primary signing key pair.
fn ed25519_signer() -> (sequoia_openpgp::Cert, sequoia_openpgp::crypto::KeyPair) {
    use sequoia_openpgp::cert::prelude::*;
    let (cert, _) = CertBuilder::new()
        .set_cipher_suite(CipherSuite::Cv25519)
        .set_primary_key_flags(sequoia_openpgp::types::KeyFlags::empty().set_signing())
        .generate()
        .expect("generate");
    let pair = cert
        .primary_key()
        .key()
        .clone()
        .parts_into_secret()
        .expect("secret")
        .into_keypair()
        .expect("unencrypted");
    (cert.strip_secret_key_material(), pair)
}

criterion_group!(benches, stages, floors);
criterion_main!(benches);
