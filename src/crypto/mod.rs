//! OpenPGP operations on vault entries, all through sequoia-openpgp:
//! certificates, FIPS 186-5 policy, detached signatures and decryption.

pub mod batch;
pub mod cert;
pub mod decrypt;
pub mod encrypt;
pub mod policy;
pub mod revocation;
pub mod sign;
pub mod signature;
pub mod unsealed;

use sequoia_openpgp::policy::StandardPolicy;

/// Sequoia's standard policy (no SHA-1 signatures, no weak ciphers). Our
/// FIPS minimums on key sizes are checked on top of it in [`policy`].
pub fn standard_policy() -> StandardPolicy<'static> {
    StandardPolicy::new()
}

/// sequoia's buffered readers size their buffers from
/// `SEQUOIA_BUFFERED_READER_BUFFER` (default 32 KiB), read once. Every
/// decryption layer of every value allocates and zeroes two such buffers:
/// at 1000 values that was a quarter of all instructions, for messages of
/// a few hundred bytes. dsenv asks for 4 KiB unless the user chose a size,
/// and takes the variable out again so the child never sees it. Call it
/// first thing in `main`, while the process has one thread.
pub fn size_read_buffers() {
    // The size is read on first use: use a reader once.
    set_for_first_read("SEQUOIA_BUFFERED_READER_BUFFER", "4096", || {
        use buffered_reader::BufferedReader;
        let _ = buffered_reader::Generic::new(&b"x"[..], None).data(1);
    });
}

/// sequoia reports many expected conditions (end of input, a packet that
/// is not the one sought) as `anyhow` errors and drops them; with
/// `RUST_BACKTRACE=1` in the environment, as many developers have, each
/// one captures a backtrace: 53,000 at 1000 values, 3 ms at 10. Library
/// backtraces are turned off unless `RUST_LIB_BACKTRACE` asks for them;
/// panics keep theirs. Like [`size_read_buffers`], the setting is read once
/// and the variable is taken out again. Call it first thing in `main`.
pub fn quiet_library_backtraces() {
    // std reads the setting on the first capture and keeps it.
    set_for_first_read("RUST_LIB_BACKTRACE", "0", || {
        let _ = std::backtrace::Backtrace::capture();
    });
}

/// Sets `var` to `value` while `first_read` makes a library read and cache
/// it, then takes the variable out again so the child never inherits it.
/// A value the user set is left alone. Single-threaded start-up only.
fn set_for_first_read(var: &str, value: &str, first_read: impl FnOnce()) {
    if std::env::var_os(var).is_some() {
        return;
    }
    std::env::set_var(var, value);
    first_read();
    std::env::remove_var(var);
}

/// A test-only secret key from the shared dotsecenv fixtures
/// (`alice`, `bob`, `carol`, ...), for the crypto modules' unit tests.
#[cfg(test)]
pub(crate) fn fixture_key(name: &str) -> sequoia_openpgp::Cert {
    use sequoia_openpgp::parse::Parse;
    let path = format!(
        "{}/../shared/fixtures/dotsecenv/keys/{name}.sec.asc",
        env!("CARGO_MANIFEST_DIR")
    );
    sequoia_openpgp::Cert::from_file(path).expect("fixture key")
}
