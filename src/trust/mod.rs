//! Trust that holds against a hostile repository: the pinned root
//! ([`root`]), the first-use record ([`known`]) and one spelling per
//! secret name ([`names`]).

pub mod known;
pub mod names;
pub mod root;
