//! The command line: clap definitions and one module per command. These
//! modules parse, call the library and print; the logic lives elsewhere.

pub mod context;
pub mod run;
pub mod secret;
pub mod validate;

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::error::Result;

#[derive(Debug, Parser)]
#[command(
    name = "dsenv",
    version,
    about = "Run a command with secrets from a signed, encrypted vault kept in git",
    long_about = "Run a command with secrets from a signed, encrypted vault kept in git.\n\n\
        dsenv reads dotsecenv vaults, verifies the signature of every entry (one bad entry \
        and nothing runs), decrypts what this machine's key may read, and execs the command \
        with the secrets in its environment. Nothing is written to disk.",
    after_help = "Examples:\n  \
        dsenv --key-file ~/.config/dsenv/keys/me.asc run -- npm start\n  \
        DSENV_KEY=\"$(cat key.asc)\" dsenv -v prod.vault run --only DATABASE_URL -- ./migrate\n  \
        dsenv validate"
)]
pub struct Cli {
    /// Vault file (repeatable; the first vault that has a secret wins).
    /// Default: $DSENV_VAULT, else .dotsecenv/vault
    #[arg(short = 'v', long = "vault", value_name = "PATH", global = true)]
    pub vaults: Vec<PathBuf>,

    /// Armored OpenPGP secret key file (see "key sources" in the README)
    #[arg(long, value_name = "PATH", global = true)]
    pub key_file: Option<PathBuf>,

    /// Fingerprint of the key to use when the key file holds several
    #[arg(
        long,
        value_name = "FPR",
        env = "DSENV_IDENTITY",
        global = true,
        hide_env_values = true
    )]
    pub identity: Option<String>,

    /// Print machine-readable JSON
    #[arg(long, global = true)]
    pub json: bool,

    /// Print no warnings
    #[arg(short = 's', long, global = true)]
    pub silent: bool,

    /// Explain what is skipped and why
    #[arg(long, global = true)]
    pub verbose: bool,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run a command with the vault's secrets in its environment
    Run(run::RunArgs),
    /// Verify every entry of the vault; report each failure
    #[command(after_help = "Examples:\n  dsenv validate\n  dsenv -v prod.vault validate --json")]
    Validate,
    /// Read secrets
    #[command(subcommand)]
    Secret(SecretCommand),
}

#[derive(Debug, Subcommand)]
pub enum SecretCommand {
    /// Print a secret's value (or, without NAME, the names you can read)
    #[command(
        after_help = "Examples:\n  dsenv secret get DATABASE_URL\n  dsenv secret get myapp::api_token --json\n  dsenv secret get"
    )]
    Get(GetArgs),
}

#[derive(Debug, Args)]
pub struct GetArgs {
    /// Secret name; matched after normalisation (`MyApp::api_token` finds `myapp::API_TOKEN`)
    pub name: Option<String>,
}

/// Runs the parsed command. `run` only returns on failure.
pub fn dispatch(cli: Cli) -> Result<()> {
    let ctx = context::Context::from_cli(&cli);
    match cli.command {
        Command::Run(args) => run::run(&ctx, args),
        Command::Validate => validate::validate(&ctx),
        Command::Secret(SecretCommand::Get(args)) => secret::get(&ctx, args),
    }
}
