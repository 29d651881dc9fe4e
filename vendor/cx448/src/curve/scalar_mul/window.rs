pub mod wnaf;
