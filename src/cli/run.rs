//! `dsenv run`: verify, decrypt, exec.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::Args;
use secrecy::{ExposeSecret, SecretBox};

use super::context::Context;
use crate::env::{self, Candidate, ChildEnv, Injection, Origin, PlanOptions};
use crate::error::{Error, Result};
use crate::keys::identity::Identity;
use crate::launch;
use crate::readable::{self, Surveyed};
use crate::sources::secenv::{self, SecenvLine, SecenvValue};
use crate::sources::{dotenv, dotenv_vault, Variable};
use crate::vault::names;
use crate::vault::select::Current;

#[derive(Debug, Args)]
#[command(
    trailing_var_arg = true,
    after_help = "Which variables the command gets (lowest precedence first; later wins):\n  \
        1. --env-file files, in the order given (dotenvy syntax: quotes, multi-line values,\n     \
           `export`, comments, ${VAR} from earlier values and the environment);\n  \
        2. --dotenv-vault FILE, decrypted with DOTENV_KEY;\n  \
        3. plain values of a --secenv file;\n  \
        4. the dsenv vault;\n  \
        5. the parent environment: a variable already set wins, unless --override,\n     \
           which puts the parent lowest.\n\n\
        From the vault: every secret this identity can read whose name is a portable\n\
        variable name (letters, digits, `_`; not starting with a digit). `ns::NAME` is set\n\
        as NAME only with --namespace ns, and then wins over an un-namespaced NAME. Other\n\
        names (e.g. with dots) are skipped (see --verbose). With --secenv, exactly the\n\
        secrets that file names, under the names it gives. DSENV_* variables are never\n\
        passed on. With only file sources and no vault, no key is needed.\n\n\
        Trust: the vault's root identity (its first identity) must be the pinned one:\n\
        --trust-root FPR, else DSENV_TRUST_ROOT, else the configuration's trust_root:,\n\
        else the root this machine recorded on first use ($XDG_DATA_HOME/dsenv/known_vaults,\n\
        said once on stderr). Another root: exit 6, nothing runs; re-pin a deliberate\n\
        change with `dsenv vault trust FPR`. DSENV_TRUST_STRICT=1 (or trust_strict: true)\n\
        refuses a vault with no pin instead of recording it; use it with\n\
        DSENV_TRUST_ROOT in CI. A pinned vault's run writes no file.\n\n\
        dsenv then execs COMMAND: same PID, signals go straight to it, its exit code is\n\
        dsenv's (126: not executable, 127: not found).\n\n\
        Examples:\n  \
        dsenv run -- npm start\n  \
        dsenv run --only DATABASE_URL,API_KEY -- ./migrate --up\n  \
        dsenv run --env-file .env.defaults --namespace prod --override -- ./server\n  \
        DOTENV_KEY=... dsenv run --dotenv-vault .env.vault -- node app.js"
)]
pub struct RunArgs {
    /// Inject only these (comma-separated variable or secret names)
    #[arg(long, value_delimiter = ',', value_name = "K1,K2")]
    pub only: Option<Vec<String>>,

    /// Inject NS::NAME secrets as NAME
    #[arg(long, value_name = "NS")]
    pub namespace: Option<String>,

    /// Let dsenv's sources replace variables already set in the environment
    #[arg(long = "override")]
    pub override_parent: bool,

    /// A .env file (repeatable; later files win)
    #[arg(long = "env-file", value_name = "FILE")]
    pub env_files: Vec<PathBuf>,

    /// A Dotenv Vault file, decrypted with DOTENV_KEY
    #[arg(long = "dotenv-vault", value_name = "FILE")]
    pub dotenv_vault: Option<PathBuf>,

    /// dotsecenv's .secenv file: selects and renames the vault's secrets
    #[arg(long, value_name = "FILE")]
    pub secenv: Option<PathBuf>,

    /// The command and its arguments
    #[arg(required = true, value_name = "COMMAND")]
    pub command: Vec<OsString>,
}

/// The sources other than the vault, lowest precedence first.
struct FileSources {
    layers: Vec<Vec<Variable>>,
    secenv: Vec<SecenvLine>,
}

fn file_sources(args: &RunArgs) -> Result<FileSources> {
    let mut layers = Vec::new();
    for f in &args.env_files {
        layers.push(dotenv::read(f)?);
    }
    if let Some(f) = &args.dotenv_vault {
        let key = zeroize::Zeroizing::new(std::env::var("DOTENV_KEY").map_err(|_| {
            Error::key(
                format!("{}: --dotenv-vault needs DOTENV_KEY", f.display()),
                "set DOTENV_KEY to the environment's key",
            )
        })?);
        layers.push(dotenv_vault::read(f, &key)?);
    }
    let secenv = match &args.secenv {
        Some(f) => secenv::read(f)?,
        None => Vec::new(),
    };
    let plain: Vec<Variable> = secenv
        .iter()
        .filter_map(|l| match &l.value {
            SecenvValue::Plain(v) => Some(Variable {
                name: l.var.clone(),
                value: SecretBox::new(Box::new(v.clone().into_bytes())),
            }),
            SecenvValue::Secret(_) => None,
        })
        .collect();
    layers.push(plain);
    Ok(FileSources { layers, secenv })
}

/// The process is already hardened (see `cli::dispatch`).
pub fn run(ctx: &Context, args: RunArgs) -> Result<()> {
    let parent: Vec<(OsString, OsString)> = std::env::vars_os().collect();
    let files = file_sources(&args)?;
    let only_files = !args.env_files.is_empty() || args.dotenv_vault.is_some();
    let use_vault = !only_files
        || args.secenv.is_some()
        || ctx.vault_given()
        || ctx.vaults.iter().any(|p| p.exists());

    let mut candidates: Vec<Candidate> = Vec::new();
    for (layer, vars) in files.layers.iter().enumerate() {
        for (index, v) in vars.iter().enumerate() {
            candidates.push(Candidate {
                var: v.name.clone(),
                origin: Origin::File { layer, index },
                key: None,
            });
        }
    }
    // The key is read while the vaults are verified (nothing is
    // decrypted before every entry verified); a vault error comes first.
    let (vaults, identity) = if use_vault {
        let (vaults, identity) = rayon::join(|| ctx.verified_vaults(), || ctx.identity());
        (vaults?, Some(identity?))
    } else {
        (Vec::new(), None)
    };
    let surveyed = identity
        .as_ref()
        .map(|i| readable::survey(&vaults, &i.fingerprint))
        .unwrap_or_default();
    let injections = match &identity {
        None => Vec::new(),
        Some(identity) if args.secenv.is_some() => {
            secenv_injections(&files.secenv, &surveyed, identity)?
        }
        Some(_) => {
            let opts = PlanOptions {
                only: None,
                namespace: args.namespace.clone(),
            };
            let (injections, skipped) =
                env::plan(&readable_keys(ctx, &surveyed), &opts).expect("no --only here");
            for s in &skipped {
                ctx.note(&format!("skipped {}: {}", s.key, s.reason));
            }
            injections
        }
    };
    for (index, inj) in injections.iter().enumerate() {
        candidates.push(Candidate {
            var: inj.var.clone(),
            origin: Origin::Vault(index),
            key: Some(inj.key.clone()),
        });
    }
    let (winners, skipped) = env::resolve(
        candidates,
        args.only.as_deref(),
        &parent,
        args.override_parent,
    )
    .map_err(|missing| Error::Vault {
        message: format!("--only: no variable or readable secret named {missing}"),
        hint: Some("`dsenv secret get` lists the secrets you can read".into()),
    })?;
    for s in &skipped {
        ctx.note(&format!("skipped {}: {}", s.key, s.reason));
    }

    // Decrypt only the vault values that made it through.
    let from_vault: Vec<usize> = winners
        .iter()
        .filter_map(|c| match c.origin {
            Origin::Vault(i) => Some(i),
            _ => None,
        })
        .collect();
    let values = readable::readable_values(
        &surveyed,
        from_vault.iter().map(|&i| injections[i].key.as_str()),
    );
    let mut plaintexts = match &identity {
        Some(identity) => readable::decrypt_all(&values, identity)?,
        None => Vec::new(),
    }
    .into_iter();
    drop(identity);

    let mut secrets = Vec::new();
    for c in &winners {
        let value = match c.origin {
            Origin::Vault(_) => plaintexts.next().expect("one plaintext per vault winner"),
            Origin::File { layer, index } => SecretBox::new(Box::new(
                files.layers[layer][index].value.expose_secret().clone(),
            )),
        };
        secrets.push((c.var.clone(), value));
    }
    let (child_env, with_nul) = ChildEnv::build(&parent, secrets);
    for name in with_nul {
        ctx.warn(&format!(
            "{name} contains a NUL byte and cannot be passed in the environment; skipped"
        ));
    }
    let (command, rest) = args.command.split_first().expect("clap requires a command");
    Err(launch::exec(command, rest, &child_env))
}

/// The secrets a `.secenv` file names, under its names; each must exist
/// and be readable.
fn secenv_injections(
    lines: &[SecenvLine],
    surveyed: &[Surveyed],
    identity: &Identity,
) -> Result<Vec<Injection>> {
    let mut out = Vec::new();
    for l in lines {
        let SecenvValue::Secret(name) = &l.value else {
            continue;
        };
        let found = surveyed
            .iter()
            .find(|s| names::same_key(&s.secret.key, name));
        match found.map(|s| &s.current) {
            Some(Current::Readable(_)) => {
                let key = found.expect("matched").secret.key.clone();
                out.push(Injection {
                    var: l.var.clone(),
                    key,
                });
            }
            Some(_) => {
                return Err(Error::Auth {
                    message: format!(
                        ".secenv line {}: secret {name} is deleted or not readable by {}",
                        l.line, identity.fingerprint
                    ),
                    hint: Some("`dsenv secret get` lists the secrets you can read".into()),
                })
            }
            None => {
                return Err(Error::vault(format!(
                    ".secenv line {}: no secret named {name}",
                    l.line
                )))
            }
        }
    }
    Ok(out)
}
fn readable_keys(ctx: &Context, surveyed: &[Surveyed]) -> Vec<String> {
    let mut keys = Vec::new();
    for s in surveyed {
        match s.current {
            Current::Readable(_) => keys.push(s.secret.key.clone()),
            Current::Deleted => ctx.note(&format!("skipped {}: deleted", s.secret.key)),
            Current::NoAccess { .. } => ctx.note(&format!(
                "skipped {}: not shared with this identity",
                s.secret.key
            )),
        }
    }
    keys
}
