//! The `dsenv` binary: parse arguments, run the command, map errors to
//! exit codes (see the README's table).

#![forbid(unsafe_code)]

use clap::{CommandFactory, FromArgMatches};
use dsenv::cli::{self, Cli};
use dsenv::errln;
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
            print_clap(&e);
            if let Some(hint) = vault_flag_hint(e.use_stderr()) {
                errln!("dsenv: hint: {hint}");
            }
            std::process::exit(code);
        }
    };
    let json = cli.json;
    if let Err(e) = cli::dispatch(cli) {
        report(&e, json);
        std::process::exit(e.exit_code() as i32);
    }
}

/// A usage error to stderr as clap prints it; `--help` and `--version`
/// through dsenv's stdout, so `dsenv --help | head -1` ends as cat does.
fn print_clap(e: &clap::Error) {
    if e.use_stderr() {
        let _ = e.print();
        return;
    }
    let styled = e.render();
    if std::io::IsTerminal::is_terminal(&std::io::stdout()) {
        dsenv::out!("{}", styled.ansi());
    } else {
        dsenv::out!("{styled}");
    }
}

/// One error, for people (escaped for the terminal) or, under `--json`,
/// as one JSON object on stderr (serde_json escapes control characters).
fn report(e: &dsenv::error::Error, json: bool) {
    if json {
        let error = serde_json::json!({
            "error": {
                "message": e.to_string(),
                "hint": e.hint(),
                "exit_code": e.exit_code() as i32,
            }
        });
        errln!("{error}");
        return;
    }
    // Errors name vault entries and input files: escaped for the terminal.
    errln!("dsenv: error: {}", for_terminal(&e.to_string()));
    if let Some(hint) = e.hint() {
        errln!("dsenv: hint: {}", for_terminal(&hint));
    }
}

/// `dsenv -v run ...`: `-v` is the vault flag (dotsecenv's), so `run` was
/// taken as a vault path. Says so when a usage error follows that shape.
fn vault_flag_hint(usage_error: bool) -> Option<String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let commands: Vec<String> = Cli::command()
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    let at = args.iter().position(|a| a == "-v" || a == "--vault")?;
    let value = args.get(at + 1)?;
    (usage_error && commands.contains(value)).then(|| {
        format!(
            "-v is the vault flag (-v PATH), so `{value}` was read as a vault path; \
             for more output use --verbose"
        )
    })
}
