//! Trust that holds against a hostile repository: the pinned root
//! ([`root`]) and the first-use record ([`known`]).

pub mod known;
pub mod root;
