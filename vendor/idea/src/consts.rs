pub const ROUNDS: usize = 8;
pub const LENGTH_SUB_KEYS: usize = ROUNDS * 6 + 4;
pub const ONE: u32 = 0xffff;
pub const FUYI: u32 = 0x10000;
pub const MAXIM: u32 = 0x10001;
