//! OpenPGP operations on vault entries, all through sequoia-openpgp:
//! certificates, FIPS 186-5 policy, detached signatures and decryption.

pub mod cert;
pub mod decrypt;
pub mod encrypt;
pub mod policy;
pub mod revocation;
pub mod sign;
pub mod signature;

use sequoia_openpgp::policy::StandardPolicy;

/// Sequoia's standard policy (no SHA-1 signatures, no weak ciphers). Our
/// FIPS minimums on key sizes are checked on top of it in [`policy`].
pub fn standard_policy() -> StandardPolicy<'static> {
    StandardPolicy::new()
}
