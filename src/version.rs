//! What `dsenv --version` prints: the version, the git commit it was built
//! from (build.rs) and the crypto backend, as dotsecenv's `version` does.

/// `0.1.0 (commit 6b43414c1a2b, sequoia-openpgp 2.4.0, RustCrypto backend)`.
pub fn long() -> String {
    format!(
        "{} (commit {}, sequoia-openpgp {}, {} backend)",
        env!("CARGO_PKG_VERSION"),
        env!("DSENV_GIT_COMMIT"),
        env!("DSENV_SEQUOIA_VERSION"),
        sequoia_openpgp::crypto::backend()
    )
}
