//! dsenv's own standard output and error, and SIGPIPE.
//!
//! Rust starts every program with SIGPIPE ignored, so a write to a pipe
//! whose reader has gone (`dsenv secret get | head -c1`, `… | true`)
//! returns EPIPE, and `println!` panics on it. Every command prints
//! through [`outln!`](crate::outln)/[`out!`](crate::out) instead: a gone
//! reader ends dsenv as it ends cat(1), by SIGPIPE (a shell shows 141),
//! and any other write error is one line and exit 1. Everything a command
//! prints comes after its vault write (an atomic rename), so ending there
//! loses nothing. Warnings and errors go through [`errln!`](crate::errln),
//! which never fails: with stderr gone there is nobody to tell.
//!
//! The ignored SIGPIPE must not reach the command `run` executes: an
//! ignored signal stays ignored across `execve`, and `yes | head -1` in
//! the child would print "Broken pipe" errors instead of ending quietly.
//! [`restore_default_sigpipe`] runs right before the exec.

use std::io::Write;

use nix::sys::signal::{raise, signal, SigHandler, Signal};

/// Writes to standard output, ending the process as described above on
/// failure. Used by [`out!`](crate::out) and [`outln!`](crate::outln).
pub fn write_stdout(args: std::fmt::Arguments<'_>) {
    let mut out = std::io::stdout().lock();
    if let Err(e) = out.write_fmt(args).and_then(|()| out.flush()) {
        stdout_failed(e);
    }
}

/// Writes bytes (a secret's value, a public key) to standard output.
pub fn write_stdout_bytes(bytes: &[u8]) {
    let mut out = std::io::stdout().lock();
    if let Err(e) = out.write_all(bytes).and_then(|()| out.flush()) {
        stdout_failed(e);
    }
}

/// Standard output could not be written: a gone reader ends dsenv by
/// SIGPIPE; anything else (a full disk, say) is one line and exit 1.
pub fn stdout_failed(e: std::io::Error) -> ! {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        die_of_sigpipe();
    }
    write_stderr(format_args!(
        "dsenv: error: cannot write to standard output: {e}\n"
    ));
    std::process::exit(crate::error::ExitCode::General as i32);
}

/// Writes to standard error, ignoring failure.
pub fn write_stderr(args: std::fmt::Arguments<'_>) {
    let _ = std::io::stderr().lock().write_fmt(args);
}

/// Ends the process the way a write to a closed pipe ends a C program.
fn die_of_sigpipe() -> ! {
    if restore_default_sigpipe().is_ok() {
        let _ = raise(Signal::SIGPIPE);
    }
    // Not reached unless SIGPIPE is blocked: the shell's code for it.
    std::process::exit(128 + Signal::SIGPIPE as i32);
}

/// SIGPIPE back to its default action (terminate), as a program started
/// by a shell expects it.
#[allow(unsafe_code)]
pub fn restore_default_sigpipe() -> nix::Result<()> {
    // SAFETY: SIG_DFL installs no handler, so no code of ours runs in a
    // signal context; the previous disposition (SIG_IGN) is not a handler
    // either, so nothing refers to the returned value.
    unsafe { signal(Signal::SIGPIPE, SigHandler::SigDfl) }.map(drop)
}

/// `println!` for commands: see the module documentation.
#[macro_export]
macro_rules! outln {
    () => { $crate::output::write_stdout(format_args!("\n")) };
    ($($arg:tt)*) => {
        $crate::output::write_stdout(format_args!("{}\n", format_args!($($arg)*)))
    };
}

/// `print!` for commands: see the module documentation.
#[macro_export]
macro_rules! out {
    ($($arg:tt)*) => { $crate::output::write_stdout(format_args!($($arg)*)) };
}

/// `eprintln!` that never panics: see the module documentation.
#[macro_export]
macro_rules! errln {
    ($($arg:tt)*) => {
        $crate::output::write_stderr(format_args!("{}\n", format_args!($($arg)*)))
    };
}
