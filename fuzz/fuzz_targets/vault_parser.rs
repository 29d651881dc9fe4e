//! The vault loader on arbitrary bytes (what `Vault::load` does after
//! reading the file), then full verification of whatever parses: hashes,
//! signatures, signer chain, order. Neither may panic, and every refusal
//! is an error value.
#![no_main]

use std::path::Path;

use dsenv::vault::{verify, Vault};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(vault) = Vault::parse(Path::new("fuzz/vault"), data) {
        let report = verify::verify(&vault, &dsenv::crypto::standard_policy());
        // Lookups that `run` and `secret get` make on a parsed vault.
        for secret in &vault.secrets {
            assert!(vault.secret(&secret.key).is_some());
        }
        for identity in &vault.identities {
            assert!(vault.identity(&identity.entry.fingerprint).is_some());
        }
        std::hint::black_box(report.is_valid());
    }
});
