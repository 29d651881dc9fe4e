//! The `dsenv` binary: parse arguments, run the command, map errors to
//! exit codes (see the README's table).

#![forbid(unsafe_code)]

use clap::Parser;
use dsenv::cli::{self, Cli};

fn main() {
    dsenv::crypto::size_read_buffers();
    dsenv::crypto::quiet_library_backtraces();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 1 } else { 0 };
            let _ = e.print();
            std::process::exit(code);
        }
    };
    if let Err(e) = cli::dispatch(cli) {
        eprintln!("dsenv: error: {e}");
        if let Some(hint) = e.hint() {
            eprintln!("dsenv: hint: {hint}");
        }
        std::process::exit(e.exit_code() as i32);
    }
}
