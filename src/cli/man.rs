//! `dsenv man`: one page, dsenv(1). clap_mangen's sections, except its
//! SUBCOMMANDS list (which points at dsenv-run(1) and other pages that are
//! not shipped): a COMMANDS section with every command and its synopsis
//! instead, then ENVIRONMENT and EXIT STATUS.

use std::io::Write;

use roff::{bold, roman, Roff};

use crate::error::ExitCode;

/// Environment variables dsenv reads, with what they do.
pub const ENVIRONMENT: &[(&str, &str)] = &[
    ("DSENV_KEY", "the armored secret key itself (key source 2)"),
    ("DSENV_KEY_FILE", "a file holding the secret key (key source 3)"),
    ("DSENV_IDENTITY", "the fingerprint that picks one key of several (as --identity)"),
    ("DSENV_PASSPHRASE_FILE", "a file holding the passphrase of a protected key"),
    (
        "CREDENTIALS_DIRECTORY",
        "systemd credentials: dsenv.key (key source 5) and dsenv.passphrase",
    ),
    (
        "DSENV_OPENBAO_AGENT",
        "the local bao agent's unix socket, which unwraps a key wrapped by OpenBao Transit (the only way dsenv opens a socket)",
    ),
    ("DSENV_OPENBAO_TOKEN_FILE", "a token sent to the agent (X-Vault-Token), for an agent that does not add its own"),
    ("DSENV_OPENBAO_TIMEOUT", "seconds one request to the agent may take (default 10)"),
    ("DSENV_VAULT", "the vault file(s), colon-separated (as -v)"),
    ("DSENV_CONFIG, DOTSECENV_CONFIG", "the configuration file (as -c)"),
    ("DSENV_TRUST_ROOT", "the root fingerprint(s) to pin, comma-separated (as --trust-root)"),
    (
        "DSENV_TRUST_STRICT",
        "1: strict mode, no first use (a vault with no pinned root is refused) and reads refuse lines no checkpoint covers",
    ),
    ("DSENV_LOCK_TIMEOUT", "seconds to wait for the vault lock (default 30)"),
    ("DOTENV_KEY", "the key(s) of a Dotenv Vault file (--dotenv-vault, import)"),
    (
        "XDG_CONFIG_HOME",
        "the configuration and the key directory, dsenv/keys/*.asc (default ~/.config)",
    ),
    ("XDG_DATA_HOME", "the first-use record, dsenv/known_vaults (default ~/.local/share)"),
    ("NO_COLOR", "no colour in the output"),
];

/// Every exit code, as the README's table gives them.
pub const EXIT_STATUS: &[(ExitCode, &str)] = &[
    (ExitCode::General, "usage error, invalid secret name, empty or too large value"),
    (ExitCode::Config, "configuration or first-use record unreadable or malformed"),
    (ExitCode::Vault, "vault not found, unreadable, read-only or locked too long; secret not found or deleted"),
    (ExitCode::Crypto, "key: not found, not a secret key, wrong passphrase or none to be had, decryption failed, a key file others can read"),
    (ExitCode::Auth, "this identity cannot read the secret (not shared, or revoked from its newest value)"),
    (ExitCode::Validation, "validation: an entry's format, hash, signature, signer or order; a replay; a root that is not the pinned one; a rollback"),
    (ExitCode::IdentityRequired, "no key source is set"),
    (ExitCode::AccessDenied, "access denied: not a member, not a recipient; the system policy refuses"),
    (ExitCode::Policy, "a key or signature below the FIPS 186-5 minimums"),
    (ExitCode::Refused, "run, secret get, export fail closed: not a member of any vault in use, or a needed secret is not readable"),
    (ExitCode::UnsafeVariable, "run --strict: a source would set a denylisted variable"),
    (ExitCode::Conflict, "vault merge: contradictory changes, or a branch that lacks entries of the base"),
    (ExitCode::OpenBaoUnavailable, "OpenBao key source: no agent socket, no answer in time, or OpenBao unavailable (5xx)"),
    (ExitCode::OpenBaoDenied, "OpenBao key source: permission denied (401/403)"),
    (ExitCode::OpenBaoRejected, "OpenBao key source: the ciphertext or request refused (400/404: a key version below min_decryption_version, an unknown Transit key)"),
    (ExitCode::OpenBaoAnswer, "OpenBao key source: an answer that is not OpenBao's"),
    (ExitCode::NotExecutable, "run: the command is not executable"),
    (ExitCode::NotFound, "run: the command is not found"),
];

/// Writes dsenv(1).
pub fn render(cmd: clap::Command, out: &mut dyn Write) -> std::io::Result<()> {
    let man = clap_mangen::Man::new(cmd.clone());
    man.render_title(out)?;
    man.render_name_section(out)?;
    man.render_synopsis_section(out)?;
    man.render_description_section(out)?;
    man.render_options_section(out)?;
    let mut roff = Roff::default();
    commands(&mut roff, &cmd);
    environment(&mut roff);
    exit_status(&mut roff);
    roff.to_writer(out)?;
    man.render_extra_section(out)?;
    man.render_version_section(out)
}

/// Every command, nested ones by their full name (`dsenv secret get`).
fn commands(roff: &mut Roff, cmd: &clap::Command) {
    roff.control("SH", ["COMMANDS"]);
    // Depth first, in the order --help lists them: a stack of the rest.
    let children = |name: &str, of: &clap::Command| -> Vec<(String, clap::Command)> {
        let mut subs: Vec<(String, clap::Command)> = of
            .get_subcommands()
            .map(|s| (format!("{name} {}", s.get_name()), s.clone()))
            .collect();
        subs.reverse();
        subs
    };
    let mut stack = children("dsenv", cmd);
    while let Some((name, sub)) = stack.pop() {
        if sub.is_hide_set() || sub.get_name() == "help" {
            continue;
        }
        if sub.has_subcommands() {
            stack.extend(children(&name, &sub));
            continue;
        }
        roff.control("TP", []);
        roff.text([bold(name)]);
        if let Some(about) = sub.get_about() {
            roff.text([roman(about.to_string())]);
        }
    }
    roff.control("PP", []);
    roff.text([roman("dsenv COMMAND --help shows a command's options.")]);
}

fn environment(roff: &mut Roff) {
    roff.control("SH", ["ENVIRONMENT"]);
    for (name, what) in ENVIRONMENT {
        roff.control("TP", []);
        roff.text([bold(*name)]);
        roff.text([roman(*what)]);
    }
    roff.control("PP", []);
    roff.text([roman("No DSENV_* variable reaches the command dsenv runs.")]);
}

fn exit_status(roff: &mut Roff) {
    roff.control("SH", ["EXIT STATUS"]);
    roff.control("TP", []);
    roff.text([bold("0")]);
    roff.text([roman("success; for run, the command's own exit status")]);
    for (code, what) in EXIT_STATUS {
        roff.control("TP", []);
        roff.text([bold((*code as i32).to_string())]);
        roff.text([roman(*what)]);
    }
    // Not an ExitCode: the signal's, as a shell shows it (crate::output).
    roff.control("TP", []);
    roff.text([bold("141")]);
    roff.text([roman(
        "killed by SIGPIPE: the reader of standard output went away, as with cat(1)",
    )]);
}
