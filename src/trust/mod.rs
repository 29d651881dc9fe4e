//! Trust that holds against a hostile repository: the pinned root
//! ([`root`]), the first-use record ([`known`]) and the signed vault
//! state: checkpoints and member removals ([`state`]).

pub mod certificates;
pub mod known;
pub mod rollback;
pub mod root;
pub mod state;
