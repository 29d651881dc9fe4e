//! The `dsenv` binary: parse arguments, run the command, map errors to
//! exit codes (see the README's table).

#![forbid(unsafe_code)]

use clap::{CommandFactory, FromArgMatches};
use dsenv::cli::{self, Cli};
use dsenv::escape::for_terminal;

fn main() {
    dsenv::crypto::size_read_buffers();
    dsenv::crypto::quiet_library_backtraces();
    // The version line names the commit and the crypto backend, known at
    // run time; clap wants it 'static, and it is built once per process.
    let version: &'static str = Box::leak(dsenv::version::long().into_boxed_str());
    let parsed = Cli::command()
        .version(version)
        .try_get_matches()
        .and_then(|m| Cli::from_arg_matches(&m));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 1 } else { 0 };
            let _ = e.print();
            std::process::exit(code);
        }
    };
    if let Err(e) = cli::dispatch(cli) {
        // Errors name vault entries and input files: escaped for the terminal.
        eprintln!("dsenv: error: {}", for_terminal(&e.to_string()));
        if let Some(hint) = e.hint() {
            eprintln!("dsenv: hint: {}", for_terminal(&hint));
        }
        std::process::exit(e.exit_code() as i32);
    }
}
