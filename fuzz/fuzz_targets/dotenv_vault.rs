//! A Dotenv Vault: the input's first line is `DOTENV_KEY` (one or more
//! comma-separated `dotenv://` URIs), the rest the `.env.vault` file, so
//! that both parsers are fuzzed together as `run --dotenv-vault` and
//! `import` call them. The decrypted payload goes through the same
//! dotenv-library parser as the file, but AES-GCM makes a mutated payload
//! unreachable through decryption, so the rest is also parsed directly.
#![no_main]

use dsenv::sources::{dotenv_node, dotenv_vault};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (key, vault) = match data.iter().position(|&b| b == b'\n') {
        Some(n) => (&data[..n], &data[n + 1..]),
        None => (data, &[][..]),
    };
    // `DOTENV_KEY` comes from `std::env::var`, which only yields UTF-8.
    let Ok(key) = std::str::from_utf8(key) else {
        return;
    };
    let _ = dotenv_vault::decrypt(vault, key, "fuzz.env.vault");
    if let Ok(payload) = std::str::from_utf8(vault) {
        let _ = dotenv_node::parse(payload);
    }
});
