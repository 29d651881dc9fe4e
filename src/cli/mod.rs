//! The command line: clap definitions and one module per command. These
//! modules parse, call the library and print; the logic lives elsewhere.

pub mod context;
pub mod doctor;
pub mod gitattributes;
pub mod identity;
pub mod init;
pub mod man;
pub mod membership;
pub mod merge;
pub mod migrate;
pub mod policy_cmd;
pub mod run;
pub mod secret;
pub mod secret_write;
pub mod style;
pub mod trust_cmd;
pub mod validate;
pub mod vault_cmd;

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
        dsenv validate\n\n\
        Key sources, the first that is set: --key-file, DSENV_KEY, DSENV_KEY_FILE, \
        $XDG_CONFIG_HOME/dsenv/keys/*.asc, $CREDENTIALS_DIRECTORY/dsenv.key, /run/secrets/dsenv.key.\n\
        A passphrase-protected key: DSENV_PASSPHRASE_FILE, $CREDENTIALS_DIRECTORY/dsenv.passphrase, \
        else a prompt on the terminal."
)]
pub struct Cli {
    /// Vault file (repeatable; the first vault that has a secret wins).
    /// Default: $DSENV_VAULT, else .dotsecenv/vault
    #[arg(short = 'v', long = "vault", value_name = "PATH", global = true)]
    pub vaults: Vec<PathBuf>,

    /// Configuration file (default: dotsecenv's, $XDG_CONFIG_HOME/dotsecenv/config)
    #[arg(short = 'c', long = "config", value_name = "PATH", global = true)]
    pub config: Option<PathBuf>,

    /// Armored OpenPGP secret key file (see "key sources" in the README)
    #[arg(long, value_name = "PATH", global = true)]
    pub key_file: Option<PathBuf>,

    /// Fingerprint of the key to use when the key file (or the key directory) holds several
    #[arg(
        long,
        value_name = "FPR",
        env = "DSENV_IDENTITY",
        global = true,
        hide_env_values = true
    )]
    pub identity: Option<String>,

    /// Trust a vault only if its root identity is FPR (repeatable or
    /// comma-separated; overrides DSENV_TRUST_ROOT, the configuration and
    /// the first-use record for this invocation)
    #[arg(long, value_name = "FPR", value_delimiter = ',', global = true)]
    pub trust_root: Vec<String>,

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
    /// Read and change secrets
    #[command(subcommand)]
    Secret(SecretCommand),
    /// Create and export keys; add, update and remove the vault's identities
    #[command(subcommand)]
    Identity(IdentityCommand),
    /// Create a configuration or an empty vault
    #[command(subcommand)]
    Init(InitCommand),
    /// Record FPR as the identity to use in the configuration
    #[command(
        after_help = "Example:\n  dsenv --key-file me.asc login B9636EE87BBA28F466FC3F324F40E8111E73B573"
    )]
    Login { fingerprint: String },
    /// Describe, check, compact, upgrade, checkpoint or trust the vault file; merge it in git (vault merge)
    #[command(subcommand)]
    Vault(VaultCommand),
    /// Store every variable of a .env file, or of a .env.vault with DOTENV_KEY, as signed secrets
    #[command(
        after_help = "Examples:\n  dsenv import .env --dry-run\n  dsenv import .env --share 83C640BDE8A5E5DD4A9ACBFCD03E265CFBE06527\n  DOTENV_KEY='dotenv://:key_…@dotenvx.com/vault/.env.vault?environment=production' dsenv import .env.vault"
    )]
    Import {
        file: PathBuf,
        /// List what would change; write nothing
        #[arg(long)]
        dry_run: bool,
        /// Update secrets that already exist (default: skip them)
        #[arg(long)]
        overwrite: bool,
        /// Also encrypt every imported value to this identity (repeatable)
        #[arg(long, value_name = "FPR")]
        share: Vec<String>,
        /// The tool the app read the file with: compose (Docker Compose's env_file),
        /// node (node dotenv), literal (docker run --env-file: values as written),
        /// dotenvy. Without it, import refuses values these readings disagree on
        #[arg(long, value_enum, value_name = "DIALECT")]
        dialect: Option<crate::sources::Dialect>,
        /// Store names the vault would change (lower case, `.`, `-`) in upper case
        /// with `_`: the app then sees the new name, so change it there too
        #[arg(long)]
        map_names: bool,
        /// Store each variable as NS::NAME (`run --namespace NS` injects it as NAME)
        #[arg(long, value_name = "NS")]
        namespace: Option<String>,
    },
    /// Re-encrypt secrets under fresh session keys; --remove-identity drops a departed identity
    #[command(
        after_help = "Examples:\n  dsenv rotate                      # every secret you can read\n  dsenv rotate DATABASE_URL API_KEY\n  dsenv rotate --remove-identity 83C640BDE8A5E5DD4A9ACBFCD03E265CFBE06527"
    )]
    Rotate {
        /// Secrets to rotate (default: all you can read)
        names: Vec<String>,
        /// Rotate every secret this identity can read, without it
        #[arg(long, value_name = "FPR")]
        remove_identity: Option<String>,
    },
    /// Print the secrets you can read as a .env file, shell, docker env-file or JSON (stdout only)
    #[command(
        after_help = "Examples:\n  dsenv export > /dev/null   # check every value decrypts\n  dsenv export --format json --only DATABASE_URL\n  eval \"$(dsenv export --format shell)\"   # or in .envrc, for direnv\n  docker run --env-file <(dsenv export --format docker) IMAGE   # bash: nothing on disk"
    )]
    Export {
        #[arg(long, value_enum, default_value = "dotenv")]
        format: migrate::Format,
        /// Only these (comma-separated variable or secret names)
        #[arg(long, value_delimiter = ',', value_name = "K1,K2")]
        only: Option<Vec<String>>,
        /// Export NS::NAME secrets as NAME
        #[arg(long, value_name = "NS")]
        namespace: Option<String>,
    },
    /// Show the algorithm policy in force
    #[command(subcommand)]
    Policy(PolicyCommand),
    /// Print a shell completion script
    #[command(
        after_help = "Examples:\n  dsenv completion bash > /etc/bash_completion.d/dsenv\n  dsenv completion zsh > \"${fpath[1]}/_dsenv\"\n  dsenv completion fish > ~/.config/fish/completions/dsenv.fish"
    )]
    Completion { shell: clap_complete::Shell },
    /// Print the man page (roff)
    #[command(after_help = "Example:\n  dsenv man > /usr/local/share/man/man1/dsenv.1")]
    Man,
}

#[derive(Debug, Subcommand)]
pub enum SecretCommand {
    /// Print a secret's value (or, without NAME, the names you can read)
    #[command(
        after_help = "Examples:\n  dsenv secret get DATABASE_URL\n  dsenv secret get myapp::api_token --json\n  dsenv secret get"
    )]
    Get(GetArgs),
    /// Store a value read from stdin (never from the command line)
    #[command(
        after_help = "Examples:\n  printf %s \"$URL\" | dsenv secret store DATABASE_URL\n  dsenv secret store TLS_KEY < key.pem"
    )]
    Store { name: String },
    /// Re-encrypt the newest value so FPR can read it too
    #[command(
        after_help = "Examples:\n  dsenv secret share DATABASE_URL 83C640BDE8A5E5DD4A9ACBFCD03E265CFBE06527\n  dsenv secret share DATABASE_URL API_TOKEN 83C640BDE8A5E5DD4A9ACBFCD03E265CFBE06527\n  dsenv secret share --all 83C640BDE8A5E5DD4A9ACBFCD03E265CFBE06527   # a new teammate: everything you read, one write"
    )]
    Share {
        /// NAME... FPR: the secrets, then the identity (with --all: only FPR)
        #[arg(value_name = "NAME... FPR", required = true)]
        args: Vec<String>,
        /// Every secret you can read
        #[arg(long)]
        all: bool,
    },
    /// Re-encrypt the newest value without FPR (it cannot read new values)
    #[command(
        after_help = "Examples:\n  dsenv secret revoke DATABASE_URL 83C640BDE8A5E5DD4A9ACBFCD03E265CFBE06527\n  dsenv secret revoke --all 83C640BDE8A5E5DD4A9ACBFCD03E265CFBE06527"
    )]
    Revoke {
        /// NAME... FPR: the secrets, then the identity (with --all: only FPR)
        #[arg(value_name = "NAME... FPR", required = true)]
        args: Vec<String>,
        /// Every secret you and FPR can read
        #[arg(long)]
        all: bool,
    },
    /// Delete a secret (appends a signed deletion marker)
    #[command(
        after_help = "Examples:\n  dsenv secret forget OLD_TOKEN\n  dsenv secret forget --ignore-not-found OLD_TOKEN   # as credential helpers' erase does"
    )]
    Forget {
        name: String,
        /// Succeed (exit 0, nothing written) when the secret does not exist or is already deleted, as dotsecenv's flag does
        #[arg(long)]
        ignore_not_found: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum IdentityCommand {
    /// Generate a key (signing primary + encryption subkey) into a 0600 file
    #[command(
        after_help = "Example:\n  dsenv identity create --name 'Ada Lovelace' --email ada@example.com --output ada.key"
    )]
    Create {
        #[arg(long)]
        name: String,
        #[arg(long)]
        email: String,
        /// Key algorithm (any case, as dotsecenv spells them: ED25519, RSA4096, P384, P521)
        #[arg(long, value_enum, ignore_case = true, default_value = "ed25519")]
        algo: identity::Algo,
        /// Where to write the armored secret key (default: the key directory dsenv searches, $XDG_CONFIG_HOME/dsenv/keys/FPR.asc; in the gpg-agent build, the GnuPG keyring, as dotsecenv)
        #[arg(long, value_name = "PATH")]
        output: Option<PathBuf>,
        /// Leave the new key without a passphrase (a machine's key; keep the file in a secret store). Default: protect it with DSENV_PASSPHRASE_FILE's passphrase, or one typed twice on the terminal
        #[arg(long)]
        no_passphrase: bool,
    },
    /// Add a public key (file, or fingerprint in your GnuPG keyring) as a vault identity; for an identity that added itself (dotsecenv's non-member store), vouch for it so that its entries count
    #[command(
        after_help = "Examples:\n  dsenv identity add bob.pub.asc\n  dsenv identity add 83C640BDE8A5E5DD4A9ACBFCD03E265CFBE06527"
    )]
    Add {
        key: String,
        /// Accept a file that also holds secret key material: add only its public part
        #[arg(long)]
        allow_secret_key_file: bool,
    },
    /// Print an identity's armored public key, to hand to a member for `identity add`
    #[command(
        after_help = "Default: the identity dsenv uses (the key sources, --identity, the configuration's \
            login:); FPR picks another key of the key sources. Only the public key is printed.\n\n\
            Examples:\n  dsenv identity export > ada.pub.asc\n  \
            dsenv identity export B9636EE87BBA28F466FC3F324F40E8111E73B573"
    )]
    Export {
        /// The identity's fingerprint (default: the current identity)
        fingerprint: Option<String>,
    },
    /// Wrap this identity's secret key with OpenBao Transit (through the local bao agent, DSENV_OPENBAO_AGENT) for the OpenBao key source
    #[command(
        after_help = "The key is the one the key sources give (--key-file KEY, DSENV_KEY, ...), as it is \
            (a protected key stays protected). The wrapped key is a JSON file holding a Transit \
            ciphertext: useless without OpenBao, fit for the repository or an image. A machine whose \
            OpenBao policy allows MOUNT/decrypt/KEY runs with DSENV_OPENBAO_AGENT set and the wrapped \
            file as its key (--key-file, DSENV_KEY_FILE, ...). The agent must be allowed \
            MOUNT/encrypt/KEY: an operator's, not the machine's.\n\n\
            Example:\n  DSENV_OPENBAO_AGENT=/run/openbao/agent.sock dsenv --key-file prod.key \\\n    \
            identity wrap --transit-key dsenv-prod --output .dotsecenv/prod.wrapped"
    )]
    Wrap {
        /// The Transit key's name
        #[arg(long, value_name = "NAME")]
        transit_key: String,
        /// The Transit engine's mount path
        #[arg(long, value_name = "PATH", default_value = "transit")]
        mount: String,
        /// Write the wrapped key to a new file (default: standard output)
        #[arg(long, value_name = "PATH")]
        output: Option<PathBuf>,
    },
    /// End an identity's membership: nothing it signs afterwards counts, it can no longer write or add anyone
    #[command(
        after_help = "Who may remove whom: the root removes anyone but itself; any member removes itself \
            and the identities it vouched for (directly or through others it added). The removed \
            identity keeps what it could already read (the values in git history): run \
            `dsenv rotate --remove-identity FPR` to re-encrypt the newest values without it, which \
            also removes it.\n\n\
            Example:\n  dsenv identity remove 83C640BDE8A5E5DD4A9ACBFCD03E265CFBE06527"
    )]
    Remove {
        /// The identity's fingerprint
        fingerprint: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum InitCommand {
    /// Write dotsecenv's default configuration (FIPS algorithms, vault list)
    #[command(after_help = "Example:\n  dsenv init config")]
    Config,
    /// Create an empty vault at the vault path (-v PATH)
    #[command(after_help = "Example:\n  dsenv init vault -v .dotsecenv/vault")]
    Vault,
}

#[derive(Debug, Subcommand)]
pub enum PolicyCommand {
    /// The FIPS 186-5 rules dsenv enforces and the configuration's approved algorithms
    #[command(after_help = "Examples:\n  dsenv policy list\n  dsenv policy list --json")]
    List,
    /// Check the configuration and /etc/dotsecenv/policy.d: exit 0 valid, 2 invalid (file:line: field), 8 insecure permissions, 9 an approved algorithm below the FIPS 186-5 floor
    #[command(after_help = "Examples:\n  dsenv policy validate\n  dsenv --json policy validate")]
    Validate,
}

#[derive(Debug, Subcommand)]
pub enum VaultCommand {
    /// Identities, secrets, and whether every entry verifies
    #[command(after_help = "Examples:\n  dsenv vault describe\n  dsenv vault describe --json")]
    Describe,
    /// What dsenv would use (key source, identity, vaults, mlock, policy) and each problem with its fix
    #[command(after_help = "Examples:\n  dsenv vault doctor\n  dsenv vault doctor --json")]
    Doctor,
    /// Drop forgotten secrets and superseded values (atomic rewrite)
    #[command(after_help = "Example:\n  dsenv vault compact && git commit -am 'compact vault'")]
    Compact,
    /// Rewrite a version 1 vault as version 2 (atomic rewrite)
    #[command(after_help = "Example:\n  dsenv -v old.vault vault upgrade")]
    Upgrade,
    /// Sign the vault's current state (a checkpoint covering every line), e.g. after a dotsecenv write
    #[command(after_help = "Example:\n  dsenv validate && dsenv vault checkpoint")]
    Checkpoint,
    /// Merge two branches' vaults: git's merge driver (the result replaces OURS)
    #[command(
        after_help = "Verifies all three vaults, keeps the lines both branches start with, adds \
            the other lines of both in time order and signs the result with a new checkpoint; refuses (exit 12, \
            OURS unchanged, git keeps its conflict) when both branches changed the same secret, \
            one removed a member the other's changes involve, or a branch lacks an entry of \
            BASE; exit 6 when a vault fails verification. `dsenv init vault` writes \
            the .gitattributes line; set the driver once per clone:\n\n  \
            git config merge.dsenv.name \"dsenv vault merge\"\n  \
            git config merge.dsenv.driver \"dsenv vault merge %O %A %B %P\"\n\n\
            Example:\n  dsenv vault merge base.vault ours.vault theirs.vault .dotsecenv/vault"
    )]
    Merge {
        /// The common ancestor's vault (git's %O; an empty file when there is none)
        base: PathBuf,
        /// This branch's vault, replaced by the merge (git's %A)
        ours: PathBuf,
        /// The other branch's vault (git's %B)
        theirs: PathBuf,
        /// The vault's path in the repository (git's %P): the root is checked against its pin
        path: Option<PathBuf>,
    },
    /// Record the vault's current root identity as trusted (re-pin after a deliberate change)
    #[command(
        after_help = "Verifies the vault, then records its root in the first-use record \
            ($XDG_DATA_HOME/dsenv/known_vaults), replacing the one recorded before. \
            With FPR, refuses (exit 6) unless the vault's root is FPR.\n\n\
            Example:\n  dsenv -v .dotsecenv/vault vault trust B9636EE87BBA28F466FC3F324F40E8111E73B573"
    )]
    Trust {
        /// The root fingerprint you expect (checked with the vault's owner)
        fingerprint: Option<String>,
    },
}

#[derive(Debug, Args)]
pub struct GetArgs {
    /// Secret name; matched after normalisation (`MyApp::api_token` finds `myapp::API_TOKEN`)
    pub name: Option<String>,
}

impl Command {
    /// Whether the command opens a vault (and so is subject to the system
    /// policy's `approved_vault_paths`).
    pub fn uses_vaults(&self) -> bool {
        !matches!(
            self,
            Command::Policy(_)
                | Command::Init(InitCommand::Config)
                | Command::Completion { .. }
                | Command::Man
                // git's temporary copies, named on the command line
                | Command::Vault(VaultCommand::Merge { .. })
        )
    }

    /// Whether the command writes the configuration file, so must read it.
    pub fn writes_config(&self) -> bool {
        matches!(
            self,
            Command::Init(InitCommand::Config) | Command::Login { .. }
        )
    }

    /// Whether the command may load a secret key or hold plaintext.
    fn handles_secrets(&self) -> bool {
        !matches!(
            self,
            Command::Validate
                | Command::Init(_)
                | Command::Policy(_)
                | Command::Completion { .. }
                | Command::Man
                | Command::Vault(
                    // compact and upgrade sign the rewritten state: they load a key
                    VaultCommand::Describe | VaultCommand::Trust { .. }
                )
        )
    }
}

/// Runs the parsed command. `run` only returns on failure.
pub fn dispatch(cli: Cli) -> Result<()> {
    let ctx = context::Context::from_cli(&cli)?;
    if cli.command.handles_secrets() {
        // Non-dumpable, no core files, memory locked where allowed: before
        // any key or plaintext is in memory. `run` always says when memory
        // could not be locked; other commands only with --verbose.
        for warning in crate::launch::harden() {
            if matches!(cli.command, Command::Run(_)) {
                ctx.warn(&warning);
            } else {
                ctx.note(&warning);
            }
        }
    }
    match cli.command {
        Command::Run(args) => run::run(&ctx, args),
        Command::Validate => validate::validate(&ctx),
        Command::Secret(SecretCommand::Get(args)) => secret::get(&ctx, args),
        Command::Secret(SecretCommand::Store { name }) => secret_write::store(&ctx, &name),
        Command::Secret(SecretCommand::Share { args, all }) => {
            let (names, fingerprint) = names_then_fingerprint(args, all)?;
            secret_write::change_recipients(&ctx, names, &fingerprint, true)
        }
        Command::Secret(SecretCommand::Revoke { args, all }) => {
            let (names, fingerprint) = names_then_fingerprint(args, all)?;
            secret_write::change_recipients(&ctx, names, &fingerprint, false)
        }
        Command::Secret(SecretCommand::Forget {
            name,
            ignore_not_found,
        }) => secret_write::forget(&ctx, &name, ignore_not_found),
        Command::Identity(IdentityCommand::Create {
            name,
            email,
            algo,
            output,
            no_passphrase,
        }) => identity::create(&ctx, &name, &email, algo, output, no_passphrase),
        Command::Identity(IdentityCommand::Add {
            key,
            allow_secret_key_file,
        }) => identity::add(&ctx, &key, allow_secret_key_file),
        Command::Identity(IdentityCommand::Export { fingerprint }) => {
            identity::export(&ctx, fingerprint.as_deref())
        }
        Command::Identity(IdentityCommand::Wrap {
            transit_key,
            mount,
            output,
        }) => identity::wrap(&ctx, &transit_key, &mount, output.as_deref()),
        Command::Identity(IdentityCommand::Remove { fingerprint }) => {
            identity::remove(&ctx, &fingerprint)
        }
        Command::Init(InitCommand::Config) => init::config(&ctx),
        Command::Init(InitCommand::Vault) => init::vault(&ctx),
        Command::Login { fingerprint } => init::login(&ctx, &fingerprint),
        Command::Vault(VaultCommand::Describe) => vault_cmd::describe(&ctx),
        Command::Vault(VaultCommand::Doctor) => doctor::doctor(&ctx),
        Command::Import {
            file,
            dry_run,
            overwrite,
            share,
            dialect,
            map_names,
            namespace,
        } => migrate::import(
            &ctx,
            &migrate::ImportArgs {
                file: &file,
                dry_run,
                overwrite,
                share: &share,
                dialect,
                map_names,
                namespace: namespace.as_deref(),
            },
        ),
        Command::Export {
            format,
            only,
            namespace,
        } => migrate::export(&ctx, format, only, namespace),
        Command::Rotate {
            names,
            remove_identity,
        } => secret_write::rotate(&ctx, &names, remove_identity.as_deref()),
        Command::Policy(PolicyCommand::List) => policy_cmd::list(&ctx),
        Command::Policy(PolicyCommand::Validate) => policy_cmd::validate(&ctx),
        Command::Completion { shell } => {
            let mut cmd = <Cli as clap::CommandFactory>::command();
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut cmd, "dsenv", &mut script);
            crate::output::write_stdout_bytes(&script);
            Ok(())
        }
        Command::Man => {
            let cmd = <Cli as clap::CommandFactory>::command();
            let mut page = Vec::new();
            man::render(cmd, &mut page).map_err(|e| {
                crate::error::Error::Usage(format!("cannot render the man page: {e}"))
            })?;
            crate::output::write_stdout_bytes(&page);
            Ok(())
        }
        Command::Vault(VaultCommand::Compact) => vault_cmd::compact(&ctx),
        Command::Vault(VaultCommand::Upgrade) => vault_cmd::upgrade(&ctx),
        Command::Vault(VaultCommand::Checkpoint) => vault_cmd::checkpoint(&ctx),
        Command::Vault(VaultCommand::Merge {
            base,
            ours,
            theirs,
            path,
        }) => merge::merge(&ctx, &base, &ours, &theirs, path.as_deref()),
        Command::Vault(VaultCommand::Trust { fingerprint }) => {
            trust_cmd::trust(&ctx, fingerprint.as_deref())
        }
    }
}

/// `NAME... FPR` (or `--all FPR`) of `secret share|revoke`.
fn names_then_fingerprint(
    mut args: Vec<String>,
    all: bool,
) -> Result<(secret_write::Names, String)> {
    let fingerprint = args.pop().unwrap_or_default();
    match (all, args.is_empty()) {
        (true, true) => Ok((secret_write::Names::All, fingerprint)),
        (false, false) => Ok((secret_write::Names::Given(args), fingerprint)),
        (true, false) => Err(crate::error::Error::Usage(
            "--all takes only the fingerprint: `--all FPR`".into(),
        )),
        (false, true) => Err(crate::error::Error::Usage(format!(
            "which secret? `NAME... {fingerprint}`, or `--all {fingerprint}`"
        ))),
    }
}
