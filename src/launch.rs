//! Process hardening and the final `execve`.
//!
//! dsenv never forks: it replaces itself with the child, which therefore
//! keeps dsenv's PID (PID 1 in a container), receives signals directly,
//! and whose exit status is the exit status.

use std::ffi::{CString, OsStr, OsString};
use std::os::unix::ffi::OsStrExt;

use nix::errno::Errno;
use nix::sys::mman::{mlockall, MlockAllFlags};
use nix::sys::resource::{getrlimit, setrlimit, Resource, RLIM_INFINITY};

use crate::env::ChildEnv;
use crate::error::Error;

/// Below this memlock limit dsenv does not try `mlockall(MCL_FUTURE)`:
/// with a small limit later allocations would fail and abort the process.
const MIN_MEMLOCK_BYTES: u64 = 64 * 1024 * 1024;

/// Makes the process non-dumpable, disables core files and locks memory
/// where the memlock limit allows. Returns warnings (never fails: a
/// launcher that refuses to run without mlock would be unusable in most
/// containers).
pub fn harden() -> Vec<String> {
    let mut warnings = Vec::new();
    if let Err(e) = nix::sys::prctl::set_dumpable(false) {
        warnings.push(format!("could not make the process non-dumpable: {e}"));
    }
    // Soft limit only: the child inherits "no core files" but may raise it again.
    let hard_core = getrlimit(Resource::RLIMIT_CORE)
        .map(|(_, h)| h)
        .unwrap_or(0);
    if let Err(e) = setrlimit(Resource::RLIMIT_CORE, 0, hard_core) {
        warnings.push(format!("could not disable core dumps: {e}"));
    }
    if let Err(why) = lock_memory() {
        warnings.push(why);
    }
    warnings
}

/// How to let dsenv lock its memory, in every message that says it could not.
pub const MEMLOCK_FIX: &str = "docker `--cap-add IPC_LOCK` or `--ulimit memlock=-1`; \
     `ulimit -l unlimited`; systemd `LimitMEMLOCK=infinity`";

/// `CAP_IPC_LOCK` from linux/capability.h.
const CAP_IPC_LOCK: u32 = 14;

/// Whether this process may lock memory beyond its memlock limit. The
/// kernel asks for `CAP_IPC_LOCK`, not uid 0: a container's root lacks it
/// (Docker drops it by default), so uid 0 alone says nothing. Read from
/// `/proc/self/status`; without /proc the limit alone decides.
fn has_ipc_lock() -> bool {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| effective_caps(&status))
        .is_some_and(|caps| caps & (1 << CAP_IPC_LOCK) != 0)
}

/// The `CapEff:` bit mask of a /proc/PID/status text.
fn effective_caps(status: &str) -> Option<u64> {
    let hex = status.lines().find_map(|l| l.strip_prefix("CapEff:"))?;
    u64::from_str_radix(hex.trim(), 16).ok()
}

fn enough(limit: u64) -> bool {
    limit == RLIM_INFINITY || limit >= MIN_MEMLOCK_BYTES
}

/// Whether `run` will be able to lock its memory, for `vault doctor`: the
/// same decision [`harden`] makes.
pub fn memlock_status() -> Result<String, String> {
    let (soft, hard) = getrlimit(Resource::RLIMIT_MEMLOCK).map_err(|e| e.to_string())?;
    let show = |l: u64| {
        if l == RLIM_INFINITY {
            "unlimited".to_string()
        } else {
            format!("{} KiB", l / 1024)
        }
    };
    let limits = format!("memlock limit {} (hard {})", show(soft), show(hard));
    if has_ipc_lock() {
        Ok(format!("permitted (CAP_IPC_LOCK); {limits}"))
    } else if enough(hard) {
        Ok(format!("permitted; {limits}"))
    } else {
        Err(format!(
            "not permitted: no CAP_IPC_LOCK and {limits} is below {} MiB; secrets could reach swap",
            MIN_MEMLOCK_BYTES / 1024 / 1024
        ))
    }
}

fn lock_memory() -> Result<(), String> {
    let privileged = has_ipc_lock();
    let (soft, hard) = getrlimit(Resource::RLIMIT_MEMLOCK).map_err(|e| e.to_string())?;
    if !privileged && !enough(soft) {
        if enough(hard) {
            setrlimit(Resource::RLIMIT_MEMLOCK, hard, hard).map_err(|e| e.to_string())?;
        } else {
            return Err(format!(
                "memory not locked: no CAP_IPC_LOCK and the memlock limit ({} KiB) is too \
                 small, so secrets could reach swap; fix: {MEMLOCK_FIX}",
                soft / 1024
            ));
        }
    }
    let flags = MlockAllFlags::MCL_CURRENT | MlockAllFlags::MCL_FUTURE;
    // MCL_ONFAULT locks each page when it is first touched instead of
    // faulting in every mapping (the whole binary, each thread's 2 MiB
    // stack) up front: the same "never swapped" for every page that holds
    // a secret, at a fraction of the start-up cost. Kernels before 4.4
    // refuse it with EINVAL; then lock everything now.
    match mlockall(flags | MlockAllFlags::from_bits_retain(MCL_ONFAULT)) {
        Err(Errno::EINVAL) => mlockall(flags),
        other => other,
    }
    .map_err(|e| {
        format!("memory not locked (mlockall: {e}); secrets could reach swap; fix: {MEMLOCK_FIX}")
    })
}

/// `MCL_ONFAULT` from the kernel's asm-generic/mman-common.h (the value on
/// x86_64 and aarch64; the libc crate does not export it for glibc).
const MCL_ONFAULT: nix::libc::c_int = 4;

/// Replaces this process with `command`, searched in `PATH` like a shell
/// does. Only returns on failure, with exit code 126 or 127 semantics.
pub fn exec(command: &OsStr, args: &[OsString], env: &ChildEnv) -> Error {
    let display = command.to_string_lossy().into_owned();
    let to_c = |s: &OsStr| CString::new(s.as_bytes());
    let Ok(program) = to_c(command) else {
        return exec_error(&display, "contains a NUL byte", false);
    };
    let mut argv = vec![program.clone()];
    for a in args {
        match to_c(a) {
            Ok(c) => argv.push(c),
            Err(_) => return exec_error(&display, "an argument contains a NUL byte", false),
        }
    }
    let envp = env.as_cstrs();
    #[cfg(debug_assertions)]
    test_probe();
    // The child gets SIGPIPE as a shell would give it (see crate::output).
    if let Err(errno) = crate::output::restore_default_sigpipe() {
        return exec_error(
            &display,
            &format!("cannot reset SIGPIPE: {}", errno.desc()),
            false,
        );
    }
    let errno = match nix::unistd::execvpe(&program, &argv, &envp) {
        Ok(never) => match never {},
        Err(errno) => errno,
    };
    match errno {
        Errno::ENOENT => exec_error(&display, "command not found", true),
        Errno::EACCES => exec_error(&display, "permission denied (not executable)", false),
        Errno::ENOEXEC => exec_error(&display, "not an executable format", false),
        other => exec_error(&display, other.desc(), false),
    }
}

/// Debug builds only (absent from release binaries): with
/// `DSENV_TEST_PROBE=1`, reports the hardening in force right before
/// `execve`, so tests can prove it: `dsenv-probe: dumpable=0 core=0`.
#[cfg(debug_assertions)]
fn test_probe() {
    if std::env::var_os("DSENV_TEST_PROBE").is_none_or(|v| v != "1") {
        return;
    }
    let dumpable = match nix::sys::prctl::get_dumpable() {
        Ok(d) => u8::from(d).to_string(),
        Err(e) => format!("error:{e}"),
    };
    let core = match getrlimit(Resource::RLIMIT_CORE) {
        Ok((soft, _)) if soft == RLIM_INFINITY => "unlimited".to_string(),
        Ok((soft, _)) => soft.to_string(),
        Err(e) => format!("error:{e}"),
    };
    errln!("dsenv-probe: dumpable={dumpable} core={core}");
}

fn exec_error(command: &str, reason: &str, not_found: bool) -> Error {
    Error::Exec {
        command: command.to_string(),
        reason: reason.to_string(),
        not_found,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_effective_capabilities() {
        let status = "Name:\tdsenv\nCapPrm:\t000001fffeffffff\nCapEff:\t00000000a80425fb\n";
        let caps = effective_caps(status).unwrap();
        assert_eq!(caps, 0xa80425fb, "Docker's default set");
        assert_eq!(caps & (1 << CAP_IPC_LOCK), 0, "has no CAP_IPC_LOCK");
        assert_eq!(effective_caps("CapEff:\tzz\n"), None);
    }
}
