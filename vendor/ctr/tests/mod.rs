//! Counter Mode Tests

mod ctr128;
mod ctr32;
mod gost;
