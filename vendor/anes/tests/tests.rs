#[cfg(feature = "parser")]
mod parser;
