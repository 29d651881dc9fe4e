//! Variables dsenv never sets from a source (vault, `--env-file`,
//! `--dotenv-vault`, `--secenv`): the ones that change how a program is
//! found, loaded or started, so that whoever can write a source could run
//! code of their choosing in every other member's child (and read the
//! secrets that child gets).
//!
//! The one list is here. Each entry names where it comes from:
//! - sudo: `plugins/sudoers/env.c`, `initial_badenv_table` (what sudo's
//!   `env_delete` removes by default), and what `env_reset` resets;
//! - glibc: `sysdeps/generic/unsecvars.h`, `UNSECURE_ENVVARS` (what the
//!   loader drops in secure mode, for set-uid programs);
//! - systemd: systemd.exec(5), "Environment Variables in Spawned
//!   Processes" (what the service manager itself sets for a unit);
//! - the program's own manual, for git, node, python, perl, ruby, java.
//!
//! A denied name can be let through by name only from the user's side
//! (`run --allow-var NAME`, or the configuration's `dsenv.allow_vars`),
//! never from a source itself. `DSENV_*` cannot be let through at all.

/// Why a name may not be set from a source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Denied {
    /// On the list below: `what` says what it controls.
    Listed { what: &'static str },
    /// `DSENV_*`: dsenv's own settings (key material, vaults).
    Reserved,
}

impl Denied {
    pub fn describe(&self) -> String {
        match self {
            Denied::Listed { what } => format!("it controls {what}"),
            Denied::Reserved => "DSENV_* variables are dsenv's own and never passed on".into(),
        }
    }
}

/// Exact names, each with what it controls and its source.
const NAMES: &[(&str, &str)] = &[
    // Where programs are found and whose files they read.
    ("PATH", "where commands are found"), // sudo env_reset (secure_path); systemd.exec(5)
    ("HOME", "where programs read their startup files"), // sudo env_reset; systemd.exec(5)
    ("SHELL", "the shell programs start"), // sudo env_reset; systemd.exec(5)
    ("IFS", "how shells split words"),    // sudo initial_badenv_table
    ("CDPATH", "where the shell's cd looks"), // sudo initial_badenv_table
    // Shells' startup files, options and functions.
    ("ENV", "a file sh/ksh source at startup"), // sudo initial_badenv_table
    ("BASH_ENV", "a file bash sources at startup"), // sudo initial_badenv_table
    ("PS4", "bash's xtrace prefix (command substitution)"), // sudo initial_badenv_table
    ("SHELLOPTS", "bash's startup options"),    // sudo initial_badenv_table
    ("BASHOPTS", "bash's startup shopt options"), // sudo initial_badenv_table
    ("GLOBIGNORE", "bash's globbing"),          // sudo initial_badenv_table
    ("PROMPT_COMMAND", "a command bash runs before each prompt"), // bash(1)
    ("FPATH", "where ksh/zsh load functions"),  // sudo initial_badenv_table
    ("ZDOTDIR", "where zsh reads its startup files"), // sudo initial_badenv_table
    ("NULLCMD", "the command zsh runs on a bare redirection"), // sudo initial_badenv_table
    (
        "READNULLCMD",
        "the command zsh runs on a bare input redirection",
    ), // sudo initial_badenv_table
    ("TMPPREFIX", "where zsh writes temporary files"), // sudo initial_badenv_table
    // The C library and the dynamic loader (LD_* below covers the loader).
    ("GCONV_PATH", "which iconv modules glibc loads"), // glibc UNSECURE_ENVVARS
    ("GETCONF_DIR", "where getconf finds its programs"), // glibc UNSECURE_ENVVARS
    ("GLIBC_TUNABLES", "glibc's run-time tunables"),   // glibc UNSECURE_ENVVARS
    ("HOSTALIASES", "host name resolution"),           // glibc UNSECURE_ENVVARS; sudo
    ("LOCALDOMAIN", "the resolver's search domains"),  // glibc UNSECURE_ENVVARS; sudo
    ("RES_OPTIONS", "the resolver's options"),         // glibc UNSECURE_ENVVARS; sudo
    ("RESOLV_HOST_CONF", "the resolver's host configuration"), // glibc UNSECURE_ENVVARS
    ("LOCPATH", "where locale files are loaded from"), // glibc UNSECURE_ENVVARS
    ("NLSPATH", "where message catalogs are loaded from"), // glibc UNSECURE_ENVVARS; sudo
    ("PATH_LOCALE", "where locale files are loaded from (BSD)"), // sudo initial_badenv_table
    ("NIS_PATH", "NIS+ name lookup"),                  // glibc UNSECURE_ENVVARS
    ("MALLOC_TRACE", "a file glibc's malloc writes to"), // glibc UNSECURE_ENVVARS
    ("TMPDIR", "where temporary files are created"),   // glibc UNSECURE_ENVVARS
    ("TZDIR", "where time zone files are loaded from"), // glibc UNSECURE_ENVVARS
    ("TERMINFO", "where terminfo files are loaded from"), // sudo initial_badenv_table
    ("TERMINFO_DIRS", "where terminfo files are loaded from"), // sudo initial_badenv_table
    ("TERMPATH", "where termcap files are loaded from"), // sudo initial_badenv_table
    ("TERMCAP", "termcap entries or their file"),      // sudo initial_badenv_table
    // git: configuration and the programs it runs (git(1), git-config(1)).
    ("GIT_CONFIG", "git's configuration file"),
    (
        "GIT_CONFIG_COUNT",
        "git configuration (core.fsmonitor, core.pager ...)",
    ),
    ("GIT_CONFIG_PARAMETERS", "git configuration"),
    ("GIT_CONFIG_GLOBAL", "git's global configuration file"),
    ("GIT_CONFIG_SYSTEM", "git's system configuration file"),
    (
        "GIT_CONFIG_NOSYSTEM",
        "whether git reads its system configuration",
    ),
    ("GIT_EXEC_PATH", "where git finds its sub-commands"),
    ("GIT_SSH", "the ssh program git runs"),
    ("GIT_SSH_COMMAND", "the ssh command git runs"),
    ("GIT_PROXY_COMMAND", "a command git runs to connect"),
    ("GIT_ASKPASS", "a program git runs for credentials"),
    ("SSH_ASKPASS", "a program ssh and git run for credentials"), // ssh(1)
    ("GIT_EDITOR", "the editor git runs"),
    ("GIT_SEQUENCE_EDITOR", "the editor git rebase runs"),
    ("GIT_PAGER", "the pager git runs"),
    ("GIT_EXTERNAL_DIFF", "a program git diff runs"),
    ("GIT_TEMPLATE_DIR", "hooks copied into new repositories"),
    (
        "GIT_DIR",
        "which repository git uses (its hooks and config)",
    ),
    ("GIT_WORK_TREE", "which work tree git uses"),
    ("GIT_COMMON_DIR", "where git finds hooks and config"),
    ("EDITOR", "the editor programs run"), // git-var(1): git falls back to it
    ("VISUAL", "the editor programs run"), // git-var(1)
    ("PAGER", "the pager programs run"),   // git-var(1)
    // node (node(1), "Environment").
    ("NODE_OPTIONS", "node's command-line options (--require)"),
    ("NODE_PATH", "where node resolves modules"),
    (
        "NODE_REPL_EXTERNAL_MODULE",
        "a module node loads instead of its REPL",
    ),
    // python (python(1), "Environment variables"; sudo for some).
    ("PYTHONSTARTUP", "a file interactive python runs"),
    ("PYTHONPATH", "where python imports from"), // sudo initial_badenv_table
    ("PYTHONHOME", "python's standard library location"), // sudo initial_badenv_table
    ("PYTHONINSPECT", "python's interactive mode"), // sudo initial_badenv_table
    ("PYTHONUSERBASE", "python's per-user site-packages"), // sudo initial_badenv_table
    (
        "PYTHONBREAKPOINT",
        "a callable python's breakpoint() imports",
    ),
    (
        "PYTHONWARNINGS",
        "python's warning filters (imports categories)",
    ),
    ("PYTHONEXECUTABLE", "python's sys.executable (macOS)"),
    // perl (perlrun(1); sudo).
    ("PERL5OPT", "perl's command-line options (-M)"), // sudo initial_badenv_table
    ("PERL5LIB", "where perl loads modules"),         // sudo initial_badenv_table
    ("PERLLIB", "where perl loads modules"),          // sudo initial_badenv_table
    ("PERL5DB", "the debugger perl loads"),           // sudo initial_badenv_table
    ("PERLIO_DEBUG", "a file perl writes debug output to"), // sudo initial_badenv_table
    // ruby (ruby(1); sudo).
    ("RUBYOPT", "ruby's command-line options (-r)"), // sudo initial_badenv_table
    ("RUBYLIB", "where ruby loads libraries"),       // sudo initial_badenv_table
    // Java (the java launcher's and the JVM's documentation; sudo).
    ("JAVA_TOOL_OPTIONS", "JVM options (-javaagent)"), // sudo initial_badenv_table
    ("_JAVA_OPTIONS", "JVM options (-javaagent)"),     // HotSpot
    ("JDK_JAVA_OPTIONS", "java launcher options"),     // java(1), JDK 9+
    ("CLASSPATH", "where the JVM loads classes"),      // java(1)
];

/// Name prefixes: every name that starts with one is denied.
const PREFIXES: &[(&str, &str)] = &[
    (
        "LD_",
        "the dynamic loader (LD_PRELOAD, LD_LIBRARY_PATH, LD_AUDIT ...)",
    ), // sudo "LD_*"; glibc UNSECURE_ENVVARS
    ("_RLD", "the IRIX/Tru64 loader"),     // sudo "_RLD*"
    ("DYLD_", "the macOS dynamic loader"), // sudo "DYLD_*" (__APPLE__)
    ("BASH_FUNC_", "functions bash imports at startup"), // sudo "*=()*" (bash functions)
    (
        "GIT_CONFIG_KEY_",
        "git configuration (core.fsmonitor runs a command)",
    ), // git-config(1)
    (
        "GIT_CONFIG_VALUE_",
        "git configuration (core.fsmonitor runs a command)",
    ), // git-config(1)
];

/// `DSENV_*` in any case: dsenv's own settings, never set from a source.
pub fn is_reserved(name: &str) -> bool {
    name.as_bytes()
        .get(..6)
        .is_some_and(|p| p.eq_ignore_ascii_case(b"DSENV_"))
}

/// Whether `name` may be set from a source, given the user's allow list
/// (names compared without regard to case, like dsenv's other lookups:
/// a vault key `ld_preload` is not a way around `LD_PRELOAD`).
pub fn check(name: &str, allowed: &[String]) -> Option<Denied> {
    if is_reserved(name) {
        return Some(Denied::Reserved);
    }
    let upper = name.to_ascii_uppercase();
    if allowed.iter().any(|a| a.eq_ignore_ascii_case(name)) {
        return None;
    }
    if let Some((_, what)) = NAMES.iter().find(|(n, _)| *n == upper) {
        return Some(Denied::Listed { what });
    }
    PREFIXES
        .iter()
        .find(|(p, _)| upper.starts_with(p))
        .map(|(_, what)| Denied::Listed { what })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_prefixes_case_and_allow_list() {
        for name in [
            "PATH",
            "LD_PRELOAD",
            "ld_audit",
            "BASH_ENV",
            "BASH_FUNC_ls%%",
            "GIT_CONFIG_COUNT",
            "GIT_CONFIG_KEY_0",
            "GIT_CONFIG_VALUE_0",
            "NODE_OPTIONS",
            "_JAVA_OPTIONS",
        ] {
            assert!(check(name, &[]).is_some(), "{name}");
        }
        for name in [
            "DATABASE_URL",
            "PATHS",
            "HOMEPAGE",
            "GIT_AUTHOR_NAME",
            "LANG",
        ] {
            assert_eq!(check(name, &[]), None, "{name}");
        }
        let allow = vec!["ld_preload".to_string(), "DSENV_KEY".to_string()];
        assert_eq!(check("LD_PRELOAD", &allow), None);
        assert_eq!(check("DSENV_KEY", &allow), Some(Denied::Reserved));
    }
}
