mod map;
mod multimap;
mod set;

pub use self::map::{Entry, Map, map};
pub use self::multimap::{Collection, Multimap};
pub use self::set::{Set, set};
