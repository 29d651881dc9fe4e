//! Error kinds and the exit codes they map to.
//!
//! Every error is one readable line (file, line and field where they apply)
//! plus an optional recovery hint. Secret values never appear in an error:
//! the types here only ever hold names, paths, line numbers and reasons.

use std::path::PathBuf;

/// Exit codes, as documented in the README's table (matching dotsecenv's
/// where the meaning is the same).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitCode {
    General = 1,
    Config = 2,
    Vault = 3,
    Crypto = 4,
    Auth = 5,
    Validation = 6,
    IdentityRequired = 7,
    AccessDenied = 8,
    Policy = 9,
    /// `run`/`secret get`/`export` refuse: the key is not a member of any
    /// vault in use, or a secret the command needs is not readable.
    Refused = 10,
    /// `run --strict`: a source sets a variable on the denylist.
    UnsafeVariable = 11,
    /// `vault merge`: the branches made changes no order reconciles.
    Conflict = 12,
    /// OpenBao key source: the agent's socket is missing, refuses, does
    /// not answer in time, or answers that OpenBao is unavailable (5xx).
    OpenBaoUnavailable = 13,
    /// OpenBao key source: permission denied (401/403): the machine's
    /// policy or token no longer allows the decrypt.
    OpenBaoDenied = 14,
    /// OpenBao key source: OpenBao refused the ciphertext or the request
    /// (400, 404: a key version below `min_decryption_version`, an
    /// unknown Transit key).
    OpenBaoRejected = 15,
    /// OpenBao key source: the answer is not what OpenBao sends.
    OpenBaoAnswer = 16,
    NotExecutable = 126,
    NotFound = 127,
}

/// A place in a vault file: path, 1-based line and (optionally) the JSON
/// field that is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub path: PathBuf,
    pub line: usize,
    pub field: Option<String>,
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.path.display(), self.line)?;
        if let Some(field) = &self.field {
            write!(f, ": field `{field}`")?;
        }
        Ok(())
    }
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The vault file is not there, cannot be read, or a secret is missing.
    #[error("{message}")]
    Vault {
        message: String,
        hint: Option<String>,
    },

    /// The vault's text does not follow the format.
    #[error("{at}: {problem}")]
    Format { at: Location, problem: String },

    /// One or more entries failed verification; details come from `validate`.
    #[error("{0}")]
    Validation(String),

    /// The vault's root identity is not the pinned one, or strict mode
    /// found no pin (exit 6, like any other validation failure).
    #[error("{message}")]
    Trust {
        message: String,
        hint: Option<String>,
    },

    /// A failure whose details were already printed (e.g. by `validate`).
    #[error("{message}")]
    Reported { message: String, code: ExitCode },

    /// Key material could not be found, parsed or used.
    #[error("{message}")]
    Key {
        message: String,
        hint: Option<String>,
    },

    /// This identity may not read the value.
    #[error("{message}")]
    Auth {
        message: String,
        hint: Option<String>,
    },

    /// An algorithm is below the FIPS 186-5 minimums.
    #[error("{0}")]
    Policy(String),

    /// No secret key could be found.
    #[error("{0}")]
    IdentityRequired(String),

    /// The configuration file is missing, unreadable or invalid.
    #[error("{0}")]
    Config(String),

    /// This identity may not do that (not a member, not a recipient).
    #[error("{message}")]
    Denied {
        message: String,
        hint: Option<String>,
    },

    /// Bad command-line usage.
    #[error("{0}")]
    Usage(String),

    /// Fail closed: not a member, or a needed secret is not readable.
    #[error("{message}")]
    Refused {
        message: String,
        hint: Option<String>,
    },

    /// `--strict`: a source would set a denylisted variable.
    #[error("{message}")]
    UnsafeVariable {
        message: String,
        hint: Option<String>,
    },

    /// `vault merge`: the two branches' changes contradict each other
    /// (git keeps its conflict).
    #[error("{message}")]
    Conflict {
        message: String,
        hint: Option<String>,
    },

    /// The OpenBao key source could not unwrap the key; `code` is one of
    /// the `OpenBao*` exit codes.
    #[error("{message}")]
    OpenBao {
        message: String,
        code: ExitCode,
        hint: Option<String>,
    },

    /// exec(2) of the child failed.
    #[error("{command}: {reason}")]
    Exec {
        command: String,
        reason: String,
        not_found: bool,
    },
}

impl Error {
    pub fn exit_code(&self) -> ExitCode {
        match self {
            Error::Vault { .. } => ExitCode::Vault,
            Error::Format { .. } | Error::Validation(_) | Error::Trust { .. } => {
                ExitCode::Validation
            }
            Error::Reported { code, .. } | Error::OpenBao { code, .. } => *code,
            Error::Key { .. } => ExitCode::Crypto,
            Error::Auth { .. } => ExitCode::Auth,
            Error::Policy(_) => ExitCode::Policy,
            Error::Usage(_) => ExitCode::General,
            Error::Config(_) => ExitCode::Config,
            Error::Denied { .. } => ExitCode::AccessDenied,
            Error::Refused { .. } => ExitCode::Refused,
            Error::UnsafeVariable { .. } => ExitCode::UnsafeVariable,
            Error::Conflict { .. } => ExitCode::Conflict,
            Error::IdentityRequired(_) => ExitCode::IdentityRequired,
            Error::Exec {
                not_found: true, ..
            } => ExitCode::NotFound,
            Error::Exec { .. } => ExitCode::NotExecutable,
        }
    }

    /// What the user can do next, if we know.
    pub fn hint(&self) -> Option<String> {
        match self {
            Error::Vault { hint, .. }
            | Error::Key { hint, .. }
            | Error::Auth { hint, .. }
            | Error::Trust { hint, .. }
            | Error::Denied { hint, .. }
            | Error::Refused { hint, .. }
            | Error::UnsafeVariable { hint, .. }
            | Error::Conflict { hint, .. }
            | Error::OpenBao { hint, .. } => hint.clone(),
            Error::Format { .. } | Error::Validation(_) => Some(
                "the vault was changed outside dsenv or dotsecenv, or is damaged; \
                 run `dsenv validate` to see every failing entry, and restore it from git"
                    .into(),
            ),
            Error::Policy(_) => Some(
                "use a key that meets FIPS 186-5: RSA >= 2048 bits, ECDSA P-384/P-521, \
                 or Ed25519/Ed448"
                    .into(),
            ),
            Error::IdentityRequired(_) => Some(
                "pass --key-file PATH, or set DSENV_KEY to an armored secret key \
                 (gpg --export-secret-keys --armor FPR)"
                    .into(),
            ),
            _ => None,
        }
    }

    pub fn vault(message: impl Into<String>) -> Self {
        Error::Vault {
            message: message.into(),
            hint: None,
        }
    }

    pub fn key(message: impl Into<String>, hint: impl Into<String>) -> Self {
        Error::Key {
            message: message.into(),
            hint: Some(hint.into()),
        }
    }

    pub fn format(at: Location, problem: impl Into<String>) -> Self {
        Error::Format {
            at,
            problem: problem.into(),
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
