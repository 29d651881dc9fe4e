//! The identity loader on arbitrary bytes, as given in `DSENV_KEY` or a
//! key file: armored or binary OpenPGP, one or several certificates,
//! secret or public, protected or not. A key that loads must also yield
//! its signer and public certificate without panicking.
#![no_main]

use dsenv::keys::identity;
use dsenv::keys::{KeyMaterial, KeySource};
use libfuzzer_sys::fuzz_target;
use secrecy::SecretBox;

fuzz_target!(|data: &[u8]| {
    let material = KeyMaterial {
        source: KeySource::EnvKey,
        bytes: SecretBox::new(Box::new(data.to_vec())),
        file_mode: None,
    };
    if let Ok(identity) = identity::load(&material, None) {
        let _ = identity.signer();
        std::hint::black_box(identity.public_cert());
    }
});
