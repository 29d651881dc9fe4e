// This will be the module for Ristretto over Ed448

pub mod constants;
pub mod points;

pub use points::{CompressedRistretto, RistrettoPoint};
