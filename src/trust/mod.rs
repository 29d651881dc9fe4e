//! Trust that holds against a hostile repository: the pinned root
//! ([`root`]), the first-use record ([`known`]), the signed vault
//! state: checkpoints and member removals ([`state`]), and exact replays
//! ([`replay`]).

pub mod certificates;
pub mod known;
pub mod replay;
pub mod rollback;
pub mod root;
pub mod state;
