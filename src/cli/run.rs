//! `dsenv run`: verify, decrypt, exec.

use std::ffi::OsString;

use clap::Args;

use super::context::Context;
use crate::env::{self, ChildEnv, PlanOptions};
use crate::error::{Error, Result};
use crate::launch;
use crate::readable::{self, Surveyed};
use crate::vault::select::Current;

#[derive(Debug, Args)]
#[command(
    trailing_var_arg = true,
    after_help = "Which secrets go in, under which names:\n  \
        - every secret this identity can read whose name is a portable variable name\n    \
          (letters, digits, `_`; not starting with a digit) is set under that name;\n  \
        - a namespaced secret `ns::NAME` is set as NAME only with --namespace ns, and then\n    \
          wins over an un-namespaced NAME;\n  \
        - names that are not portable (e.g. with dots) are skipped (see --verbose);\n  \
        - a variable already set in dsenv's environment wins, unless --override;\n  \
        - DSENV_* variables are never passed on.\n\n\
        dsenv then execs COMMAND: same PID, signals go straight to it, its exit code is\n\
        dsenv's (126: not executable, 127: not found).\n\n\
        Examples:\n  \
        dsenv run -- npm start\n  \
        dsenv run --only DATABASE_URL,API_KEY -- ./migrate --up\n  \
        dsenv run --namespace prod --override -- ./server"
)]
pub struct RunArgs {
    /// Inject only these secrets (comma-separated variable or secret names)
    #[arg(long, value_delimiter = ',', value_name = "K1,K2")]
    pub only: Option<Vec<String>>,

    /// Inject NS::NAME secrets as NAME
    #[arg(long, value_name = "NS")]
    pub namespace: Option<String>,

    /// Let secrets replace variables already set in the environment
    #[arg(long = "override")]
    pub override_parent: bool,

    /// The command and its arguments
    #[arg(required = true, value_name = "COMMAND")]
    pub command: Vec<OsString>,
}

pub fn run(ctx: &Context, args: RunArgs) -> Result<()> {
    for warning in launch::harden() {
        ctx.warn(&warning);
    }
    let vaults = ctx.verified_vaults()?;
    let identity = ctx.identity()?;
    let parent: Vec<(OsString, OsString)> = std::env::vars_os().collect();

    let surveyed = readable::survey(&vaults, &identity.fingerprint);
    let readable_keys = readable_keys(ctx, &surveyed);
    let opts = PlanOptions {
        only: args.only,
        namespace: args.namespace,
        override_parent: args.override_parent,
    };
    let (injections, skipped) =
        env::plan(&readable_keys, &parent, &opts).map_err(|missing| Error::Vault {
            message: format!(
                "--only: no secret readable by {} named {missing}",
                identity.fingerprint
            ),
            hint: Some("`dsenv secret get` lists the names you can read".into()),
        })?;
    for s in &skipped {
        ctx.note(&format!("skipped {}: {}", s.key, s.reason));
    }

    let values: Vec<_> = injections
        .iter()
        .map(|inj| {
            let s = surveyed
                .iter()
                .find(|s| s.secret.key == inj.key)
                .expect("planned from the survey");
            let Current::Readable(value) = s.current else {
                unreachable!("only readable keys are planned")
            };
            (s.vault, s.secret.key.as_str(), value)
        })
        .collect();
    let plaintexts = readable::decrypt_all(&values, &identity)?;
    drop(identity);

    let secrets = injections
        .iter()
        .map(|i| i.var.clone())
        .zip(plaintexts)
        .collect();
    let (child_env, with_nul) = ChildEnv::build(&parent, secrets);
    for name in with_nul {
        ctx.warn(&format!(
            "{name} contains a NUL byte and cannot be passed in the environment; skipped"
        ));
    }
    let (command, rest) = args.command.split_first().expect("clap requires a command");
    Err(launch::exec(command, rest, &child_env))
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
