//! Types for the crypto module.

pub mod aead_algorithm;
pub use aead_algorithm::AEADAlgorithm;
pub mod curve;
pub use curve::Curve;
pub mod hash_algorithm;
pub use hash_algorithm::HashAlgorithm;
pub mod public_key_algorithm;
pub use public_key_algorithm::PublicKeyAlgorithm;
pub mod symmetric_algorithm;
pub use symmetric_algorithm::SymmetricAlgorithm;
