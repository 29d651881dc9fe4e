// In code generation we may output format strings that will be used by the generated code
#![allow(clippy::literal_string_with_formatting_args)]
pub mod ascent;
mod base;
pub mod parse_table;
pub mod test_all;
