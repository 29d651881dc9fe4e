pub mod ascent;
mod base;
pub mod parse_table;
pub mod test_all;
