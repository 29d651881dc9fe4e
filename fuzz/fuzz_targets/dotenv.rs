//! The `.env` parsers (`run --env-file`, `import FILE`) on arbitrary bytes:
//! Compose's dialect (the default), dotenvy's, docker's literal one, and
//! import's comparison of the readings, behind dsenv's size and expansion
//! caps.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let none = |_: &str| None;
    let order = dsenv::sources::compose::Precedence::ParentFirst;
    let _ = dsenv::sources::compose::parse(data, &none, order);
    let _ = dsenv::sources::dotenv::parse(data, "fuzz.env");
    let _ = dsenv::sources::literal::parse(data);
    let _ = dsenv::sources::readings::disagreements(data);
});
