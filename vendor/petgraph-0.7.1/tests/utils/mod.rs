mod qc;

pub use self::qc::*;
