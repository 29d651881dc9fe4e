pub mod edwards;
pub mod montgomery;
pub(crate) mod scalar_mul;
pub(crate) mod twedwards;

pub use edwards::{AffinePoint, CompressedEdwardsY, EdwardsPoint};
pub use montgomery::{MontgomeryPoint, ProjectiveMontgomeryPoint};
