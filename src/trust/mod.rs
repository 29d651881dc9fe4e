//! Trust that holds against a hostile repository: the pinned root
//! ([`root`]), the first-use record ([`known`]) and exact replays
//! ([`replay`]).

pub mod known;
pub mod replay;
pub mod root;
