//! Trust that holds against a hostile repository: the pinned root
//! ([`root`]), the first-use record ([`known`]), the signed vault state —
//! checkpoints and member removals ([`state`]), certificate updates
//! ([`certificates`]), rollback ([`rollback`]) — one spelling per secret
//! name ([`names`]), exact replays ([`replay`]) and the entries of
//! identities no member added ([`outsiders`]).

pub mod certificates;
pub mod history;
pub mod known;
pub mod names;
pub mod outsiders;
pub mod replay;
pub mod rollback;
pub mod root;
pub mod state;
