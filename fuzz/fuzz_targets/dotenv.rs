//! The `.env` parser (`run --env-file`, `import FILE`) on arbitrary bytes:
//! dotenvy's quoting, multi-line values and `${VAR}` expansion, behind
//! dsenv's size and expansion caps.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = dsenv::sources::dotenv::parse(data, "fuzz.env");
});
