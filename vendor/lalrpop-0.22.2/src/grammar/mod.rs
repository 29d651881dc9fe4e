//! The grammar definition.

pub mod consts;
pub mod free_variables;
pub mod parse_tree;
pub mod pattern;
pub mod repr;
// pub mod token;
