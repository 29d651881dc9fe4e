//! Verifying a vault's many detached signatures together.
//!
//! A vault of 1000 secrets carries over 2000 signatures, nearly all
//! Ed25519 by one or a few keys. Verified one at a time (sequoia, one
//! double-base scalar multiplication and two point decompressions each)
//! they were a third of `dsenv run`'s CPU time (issue 5's profile).
//! ed25519-dalek's batch verification checks a whole set with one
//! multiscalar multiplication, and each signer's key is decompressed once.
//!
//! Sequoia stays the authority. It computes every digest (message plus the
//! signature's hashed trailer), a signature that is not a plain v4 Ed25519
//! one made by a single candidate key is verified by sequoia alone, and
//! when a batch fails every signature in it is verified again by sequoia,
//! so a failure names exactly the entries sequoia rejects.

use ed25519_dalek::{Signature as Ed25519Signature, VerifyingKey};
use openpgp::crypto::hash::Hash;
use openpgp::crypto::mpi;
use openpgp::packet::key::{PublicParts, UnspecifiedRole};
use openpgp::packet::{Key, Signature};
use openpgp::policy::Policy;
use openpgp::types::{Curve, SignatureType};
use rayon::prelude::*;
use sequoia_openpgp as openpgp;

use super::cert::SignerCert;
use super::signature::{self, SignatureProblem};

/// A set is split into one batch per core (every core busy, also for the
/// 21 signatures of a 10-secret vault), but not below this many
/// signatures a batch.
const MIN_BATCH: usize = 8;

/// One signature to check: over `message`, by one of `signer`'s keys.
pub struct Job<'a> {
    pub signature: &'a Signature,
    pub message: &'a [u8],
    pub signer: &'a SignerCert,
}

/// The decompressed key of an Ed25519 signing key (legacy EdDSA or
/// RFC 9580 Ed25519), decoded once per certificate.
pub fn verifying_key(key: &Key<PublicParts, UnspecifiedRole>) -> Option<VerifyingKey> {
    let public: [u8; 32] = match key.mpis() {
        mpi::PublicKey::EdDSA {
            curve: Curve::Ed25519,
            q,
        } => q.decode_point(&Curve::Ed25519).ok()?.0.try_into().ok()?,
        mpi::PublicKey::Ed25519 { a } => *a,
        _ => return None,
    };
    VerifyingKey::from_bytes(&public).ok()
}

/// Checks every job; the result at `i` is job `i`'s.
pub fn verify_all(jobs: &[Job], policy: &(dyn Policy + Sync)) -> Vec<Result<(), SignatureProblem>> {
    let routes: Vec<Route> = jobs.par_iter().map(|job| route(job, policy)).collect();
    let mut results: Vec<Result<(), SignatureProblem>> = Vec::with_capacity(jobs.len());
    let mut batch = Vec::new();
    for (i, route) in routes.into_iter().enumerate() {
        match route {
            Route::Done(result) => results.push(result),
            Route::Batch(item) => {
                results.push(Ok(()));
                batch.push((i, item));
            }
        }
    }
    let chunk = batch
        .len()
        .div_ceil(rayon::current_num_threads())
        .max(MIN_BATCH);
    let rejected: Vec<(usize, SignatureProblem)> = batch
        .par_chunks(chunk)
        .flat_map_iter(|items| recheck_if_rejected(items, jobs, policy))
        .collect();
    for (i, problem) in rejected {
        results[i] = Err(problem);
    }
    results
}

/// How one job is checked.
enum Route<'a> {
    /// Already decided (by the policy, or by sequoia alone).
    Done(Result<(), SignatureProblem>),
    /// Goes into an Ed25519 batch.
    Batch(BatchItem<'a>),
}

/// What ed25519-dalek checks: the digest is the signed message.
struct BatchItem<'a> {
    digest: Vec<u8>,
    signature: Ed25519Signature,
    key: &'a VerifyingKey,
}

fn route<'a>(job: &Job<'a>, policy: &dyn Policy) -> Route<'a> {
    if let Err(problem) = signature::check_policy(job.signature, policy) {
        return Route::Done(Err(problem));
    }
    let mut candidates = signature::candidate_keys(job.signature, job.signer);
    let only = match (candidates.next(), candidates.next()) {
        (Some(only), None) => Some(only),
        _ => None,
    };
    match only.and_then(|(key, verifying)| batch_item(job, key, verifying.as_ref()?)) {
        Some(item) => Route::Batch(item),
        None => Route::Done(signature::verify(
            job.signature,
            job.message,
            job.signer,
            policy,
        )),
    }
}

/// The batch form of a signature, when it is one sequoia would verify
/// with nothing but an Ed25519 check over its digest: a binary or text
/// v4 signature by a v4 key, made no earlier than the key (the checks
/// sequoia's `verify_message` makes before the arithmetic).
fn batch_item<'a>(
    job: &Job<'a>,
    key: &Key<PublicParts, UnspecifiedRole>,
    verifying: &'a VerifyingKey,
) -> Option<BatchItem<'a>> {
    let sig = job.signature;
    if sig.version() != 4 || key.version() != 4 {
        return None;
    }
    if !matches!(sig.typ(), SignatureType::Binary | SignatureType::Text) {
        return None;
    }
    if sig.signature_creation_time()? < key.creation_time() {
        return None;
    }
    let bytes = signature_bytes(sig.mpis())?;
    let mut hash = sig.hash_algo().context().ok()?.for_signature(4);
    hash.update(job.message);
    sig.hash(&mut hash).ok()?;
    Some(BatchItem {
        digest: hash.into_digest().ok()?,
        signature: Ed25519Signature::from_bytes(&bytes),
        key: verifying,
    })
}

/// R ‖ S, each zero-padded to 32 bytes (OpenPGP MPIs drop leading zeros).
fn signature_bytes(mpis: &mpi::Signature) -> Option<[u8; 64]> {
    let mut bytes = [0u8; 64];
    match mpis {
        mpi::Signature::EdDSA { r, s } => {
            bytes[..32].copy_from_slice(&r.value_padded(32).ok()?);
            bytes[32..].copy_from_slice(&s.value_padded(32).ok()?);
        }
        mpi::Signature::Ed25519 { s } => bytes.copy_from_slice(&s[..]),
        _ => return None,
    }
    Some(bytes)
}

/// Verifies one batch; if it fails, sequoia verifies each of its
/// signatures and the ones it rejects are returned.
fn recheck_if_rejected(
    items: &[(usize, BatchItem<'_>)],
    jobs: &[Job],
    policy: &dyn Policy,
) -> Vec<(usize, SignatureProblem)> {
    let digests: Vec<&[u8]> = items.iter().map(|(_, b)| b.digest.as_slice()).collect();
    let signatures: Vec<Ed25519Signature> = items.iter().map(|(_, b)| b.signature).collect();
    let keys: Vec<VerifyingKey> = items.iter().map(|(_, b)| *b.key).collect();
    if ed25519_dalek::verify_batch(&digests, &signatures, &keys).is_ok() {
        return Vec::new();
    }
    items
        .iter()
        .filter_map(|&(i, _)| {
            let job = &jobs[i];
            signature::verify(job.signature, job.message, job.signer, policy)
                .err()
                .map(|problem| (i, problem))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::crypto::{cert, fixture_key, sign, standard_policy};
    use openpgp::cert::prelude::*;
    use openpgp::crypto::KeyPair;
    use openpgp::packet::signature::SignatureBuilder;
    use std::time::{Duration, SystemTime};

    fn keypair(tsk: &Cert) -> KeyPair {
        sign::signing_keypair(tsk, &standard_policy()).expect("signing key")
    }

    fn signer(tsk: &Cert) -> SignerCert {
        cert::signer(tsk.clone().strip_secret_key_material(), &standard_policy()).expect("signer")
    }

    fn sign(pair: &mut KeyPair, message: &[u8]) -> Signature {
        let hex_sig = sign::sign_bytes(pair, message).expect("sign");
        signature::parse(&hex::decode(hex_sig).expect("hex")).expect("parse")
    }

    /// Messages `m0`..`m{n-1}` and their signatures by `tsk`.
    fn signed(tsk: &Cert, n: usize) -> (Vec<Vec<u8>>, Vec<Signature>) {
        let mut pair = keypair(tsk);
        let messages: Vec<Vec<u8>> = (0..n).map(|i| format!("m{i}").into_bytes()).collect();
        let sigs = messages.iter().map(|m| sign(&mut pair, m)).collect();
        (messages, sigs)
    }

    fn jobs<'a>(
        messages: &'a [Vec<u8>],
        sigs: &'a [Signature],
        signer: &'a SignerCert,
    ) -> Vec<Job<'a>> {
        messages
            .iter()
            .zip(sigs)
            .map(|(message, signature)| Job {
                signature,
                message,
                signer,
            })
            .collect()
    }

    fn failing(results: &[Result<(), SignatureProblem>]) -> Vec<usize> {
        (0..results.len())
            .filter(|&i| results[i].is_err())
            .collect()
    }

    #[test]
    fn the_fixture_ed25519_key_is_batched() {
        let alice = signer(&fixture_key("alice"));
        assert!(alice
            .signing_keys
            .iter()
            .any(|k| verifying_key(k).is_some()));
        let (messages, sigs) = signed(&fixture_key("alice"), 1);
        let job = &jobs(&messages, &sigs, &alice)[0];
        assert!(matches!(route(job, &standard_policy()), Route::Batch(_)));
    }

    #[test]
    fn a_valid_set_passes_across_several_batches() {
        let tsk = fixture_key("alice");
        let alice = signer(&tsk);
        let (messages, sigs) = signed(&tsk, 200);
        let results = verify_all(&jobs(&messages, &sigs, &alice), &standard_policy());
        assert_eq!(results.len(), messages.len());
        assert!(failing(&results).is_empty());
    }

    /// A batch that fails names exactly the signatures that do not verify.
    #[test]
    fn tampered_messages_are_named_one_by_one() {
        let tsk = fixture_key("alice");
        let alice = signer(&tsk);
        let (mut messages, mut sigs) = signed(&tsk, 128);
        messages[3] = b"changed".to_vec();
        messages[73].push(b'!');
        // A signature moved onto another entry's message.
        sigs[40] = sigs[41].clone();
        let results = verify_all(&jobs(&messages, &sigs, &alice), &standard_policy());
        assert_eq!(failing(&results), vec![3, 40, 73]);
        assert_eq!(results[3], Err(SignatureProblem::Mismatch));
    }

    /// Another identity's signature fails under the claimed signer.
    #[test]
    fn a_signature_by_another_key_fails() {
        let (alice_tsk, carol_tsk) = (fixture_key("alice"), fixture_key("carol"));
        let alice = signer(&alice_tsk);
        let (messages, mut sigs) = signed(&alice_tsk, 64);
        let (_, carols) = signed(&carol_tsk, 1);
        sigs[7] = carols[0].clone();
        sigs[8] = sign(&mut keypair(&carol_tsk), &messages[8]);
        let results = verify_all(&jobs(&messages, &sigs, &alice), &standard_policy());
        assert_eq!(failing(&results), vec![7, 8]);
    }

    /// Non-Ed25519 signatures (RSA here) are verified by sequoia, next to
    /// batched ones, with the same verdicts.
    #[test]
    fn rsa_signatures_are_verified_alongside() {
        let (alice_tsk, bob_tsk) = (fixture_key("alice"), fixture_key("bob"));
        let (alice, bob) = (signer(&alice_tsk), signer(&bob_tsk));
        assert!(bob.signing_keys.iter().all(|k| verifying_key(k).is_none()));
        let (a_msgs, a_sigs) = signed(&alice_tsk, 4);
        let (mut b_msgs, b_sigs) = signed(&bob_tsk, 3);
        b_msgs[1] = b"changed".to_vec();
        let mut all = jobs(&a_msgs, &a_sigs, &alice);
        all.extend(jobs(&b_msgs, &b_sigs, &bob));
        let results = verify_all(&all, &standard_policy());
        assert_eq!(failing(&results), vec![5]);
    }

    /// Signatures sequoia refuses before any arithmetic stay refused:
    /// a class other than binary/text, and one dated before its key
    /// (within the clock skew dsenv allows, so the key is a candidate).
    #[test]
    fn what_sequoia_refuses_is_refused() {
        let tsk = fixture_key("alice");
        let alice = signer(&tsk);
        let mut pair = keypair(&tsk);
        let key_created = pair.public().creation_time();
        let message = b"ab12".to_vec();
        let standalone = SignatureBuilder::new(SignatureType::Standalone)
            .sign_standalone(&mut pair)
            .expect("sign");
        let predated = SignatureBuilder::new(SignatureType::Binary)
            .set_signature_creation_time(key_created - Duration::from_secs(100))
            .expect("time")
            .sign_message(&mut pair, &message)
            .expect("sign");
        let good = SignatureBuilder::new(SignatureType::Binary)
            .set_signature_creation_time(SystemTime::now())
            .expect("time")
            .sign_message(&mut pair, &message)
            .expect("sign");
        let sigs = vec![standalone, predated, good];
        let messages = vec![message.clone(), message.clone(), message];
        let all = jobs(&messages, &sigs, &alice);
        for (job, want_batched) in all.iter().zip([false, false, true]) {
            let batched = matches!(route(job, &standard_policy()), Route::Batch(_));
            assert_eq!(batched, want_batched);
        }
        let results = verify_all(&all, &standard_policy());
        assert_eq!(failing(&results), vec![0, 1]);
    }
}
