//! `dsenv run`: verify, decrypt, exec.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::Args;
use secrecy::{ExposeSecret, SecretBox};

use super::context::Context;
use crate::env::{self, denylist, Candidate, ChildEnv, Injection, Origin, PlanOptions};
use crate::error::{Error, Result};
use crate::keys::identity::Identity;
use crate::launch;
use crate::readable::{self, Surveyed};
use crate::sources::compose::Precedence;
use crate::sources::secenv::{self, SecenvLine, SecenvValue};
use crate::sources::{self, dotenv_vault, Dialect, Variable};
use crate::trust::names;
use crate::vault::select::Current;
use crate::vault::Vault;

#[derive(Debug, Args)]
#[command(
    trailing_var_arg = true,
    after_help = "Which variables the command gets (lowest precedence first; later wins):\n  \
        1. --env-file files, in the order given, read as Docker Compose reads env_file\n     \
           (--dialect compose: `KEY=two words # comment`, 'literal', \"escapes \\n\",\n     \
           ${VAR}, ${VAR:-default}, ${VAR:?error}, $VAR from the environment, then earlier\n     \
           lines; `$(...)` and backticks are plain text, never run). --dialect dotenvy,\n     \
           node or literal read them as those tools do (README, \"Migrating\");\n  \
        2. --dotenv-vault FILE, decrypted with DOTENV_KEY;\n  \
        3. plain values of a --secenv file;\n  \
        4. the dsenv vault;\n  \
        5. the parent environment: a variable already set wins, unless --override,\n     \
           which puts the parent lowest.\n\n\
        From the vault: every secret this identity can read whose name is a portable\n\
        variable name (letters, digits, `_`; not starting with a digit). Only the newest\n\
        value of a secret counts: if it does not list this identity, the secret is skipped\n\
        with a warning (\"revoked from NAME at TIME by FPR\"), never an older value.\n\
        `ns::NAME` is set as NAME only with --namespace ns, and then wins over an\n\
        un-namespaced NAME (a warning names the signer when it is not a recipient of\n\
        NAME and so could not have written it). Other names (e.g. with dots) are skipped (see --verbose). With\n\
        --secenv, exactly the secrets that file names, under the names it gives. With only\n\
        file sources and no vault, no key is needed.\n\n\
        Fail closed (exit 10, nothing runs; --allow-missing runs anyway, with warnings):\n  \
        - the key is not a member of any vault in use;\n  \
        - without --only/--require/--secenv: the identity reads none of the vaults' secrets;\n  \
        - a name given to --require or --only, or a secret a --secenv file names, is not\n    \
          readable (not shared, revoked, deleted, absent); the error names each one.\n\n\
        Never set from any source (vault, --env-file, --dotenv-vault, --secenv): DSENV_*,\n\
        and variables that change how programs load or start: PATH, HOME, SHELL, IFS,\n\
        LD_*, BASH_ENV, ENV, BASH_FUNC_*, PS4, SHELLOPTS, GIT_CONFIG_*, GIT_SSH_COMMAND,\n\
        NODE_OPTIONS, PYTHONPATH, PYTHONSTARTUP, PERL5OPT, RUBYOPT, JAVA_TOOL_OPTIONS, ...\n\
        (the list: src/env/denylist.rs). Each one skipped is a warning naming it and where\n\
        it came from; --strict (or `dsenv: {strict: true}` in the configuration) makes it\n\
        an error (exit 11). --allow-var NAME (or `dsenv: {allow_vars: [NAME]}`) lets one\n\
        through; the parent's own PATH etc. are passed on unchanged.\n\n\
        Trust: the vault's root identity (its first identity) must be the pinned one:\n\
        --trust-root FPR, else DSENV_TRUST_ROOT, else the configuration's trust_root:,\n\
        else the root this machine recorded on first use ($XDG_DATA_HOME/dsenv/known_vaults,\n\
        said once on stderr). Another root: exit 6, nothing runs; re-pin a deliberate\n\
        change with `dsenv vault trust FPR`. DSENV_TRUST_STRICT=1 (or trust_strict: true)\n\
        refuses a vault with no pin instead of recording it; use it with\n\
        DSENV_TRUST_ROOT in CI. A pinned vault's run writes no file.\n\n\
        Verification: every entry's hash, signature, signer and order; an entry copied\n\
        and indexed again is a replay. Any failure: exit 6, nothing runs; the first 10\n\
        failing entries are listed (vault:line and the rule), `dsenv validate` lists all.\n\n\
        dsenv then execs COMMAND: same PID, signals go straight to it, its exit code is\n\
        dsenv's (126: not executable, 127: not found).\n\n\
        --dry-run: everything above (verification, refusals, decryption) but no exec:\n\
        one line per variable dsenv would set (`set NAME  from VAULT:LINE (secret KEY,\n\
        signed by FPR)` or `from FILE:LINE`) and per one skipped (`skip NAME  REASON:\n\
        ...`: parent wins, not readable, denied, not injected); --json prints one\n\
        document. Never a value; the exit code is the run's (6, 10, 11, ...), 0 if it\n\
        would run.\n\n\
        Examples:\n  \
        dsenv run -- npm start\n  \
        dsenv run --require DATABASE_URL -- ./server\n  \
        dsenv run --only DATABASE_URL,API_KEY -- ./migrate --up\n  \
        dsenv run --dry-run --json -- ./server   # CI: what would it get?\n  \
        dsenv run --env-file .env.defaults --namespace prod --override -- ./server\n  \
        DOTENV_KEY=... dsenv run --dotenv-vault .env.vault -- node app.js"
)]
pub struct RunArgs {
    /// Inject only these (comma-separated variable or secret names); each is required
    #[arg(long, value_delimiter = ',', value_name = "K1,K2")]
    pub only: Option<Vec<String>>,

    /// Refuse to run (exit 10) unless these variables or secrets are readable
    #[arg(long, value_delimiter = ',', value_name = "K1,K2")]
    pub require: Vec<String>,

    /// Run even when the key is not a member or a needed secret is not readable
    #[arg(long)]
    pub allow_missing: bool,

    /// Let a source set this denylisted variable (repeatable; never DSENV_*)
    #[arg(long = "allow-var", value_delimiter = ',', value_name = "NAME")]
    pub allow_var: Vec<String>,

    /// A denylisted variable in a source is an error (exit 11), not a warning
    #[arg(long)]
    pub strict: bool,

    /// Inject NS::NAME secrets as NAME
    #[arg(long, value_name = "NS")]
    pub namespace: Option<String>,

    /// Let dsenv's sources replace variables already set in the environment
    #[arg(long = "override")]
    pub override_parent: bool,

    /// A .env file (repeatable; later files win)
    #[arg(long = "env-file", value_name = "FILE")]
    pub env_files: Vec<PathBuf>,

    /// How --env-file files are read: compose (Docker Compose's env_file rules),
    /// dotenvy (strict, shell-like), node (the node dotenv library), literal
    /// (docker run --env-file: values as written)
    #[arg(long, value_enum, default_value = "compose", value_name = "DIALECT")]
    pub dialect: Dialect,

    /// A Dotenv Vault file, decrypted with DOTENV_KEY
    #[arg(long = "dotenv-vault", value_name = "FILE")]
    pub dotenv_vault: Option<PathBuf>,

    /// dotsecenv's .secenv file: selects and renames the vault's secrets
    #[arg(long, value_name = "FILE")]
    pub secenv: Option<PathBuf>,

    /// List what COMMAND would get (each variable and its source, each one
    /// skipped and why; never a value) and exit as the run would, without running it
    #[arg(long)]
    pub dry_run: bool,

    /// The command and its arguments
    #[arg(required = true, value_name = "COMMAND")]
    pub command: Vec<OsString>,
}

/// The sources other than the vault, lowest precedence first.
struct FileSources {
    layers: Vec<Vec<Variable>>,
    /// Each layer's file, for messages.
    labels: Vec<String>,
    secenv: Vec<SecenvLine>,
}

impl FileSources {
    /// `FILE:LINE` (or `FILE`) that set variable `index` of `layer`.
    fn place(&self, layer: usize, index: usize) -> String {
        let label = &self.labels[layer];
        match self.layers[layer][index].line {
            Some(line) => format!("{label}:{line}"),
            None => label.clone(),
        }
    }
}

fn file_sources(args: &RunArgs) -> Result<FileSources> {
    let mut layers = Vec::new();
    let mut labels = Vec::new();
    // A reference resolves to what the child will see: the parent's value
    // wins unless --override.
    let order = if args.override_parent {
        Precedence::FileFirst
    } else {
        Precedence::ParentFirst
    };
    for f in &args.env_files {
        layers.push(sources::read_env_file(f, args.dialect, order)?);
        labels.push(f.display().to_string());
    }
    if let Some(f) = &args.dotenv_vault {
        let key = zeroize::Zeroizing::new(std::env::var("DOTENV_KEY").map_err(|_| {
            Error::key(
                format!("{}: --dotenv-vault needs DOTENV_KEY", f.display()),
                "set DOTENV_KEY to the environment's key",
            )
        })?);
        layers.push(dotenv_vault::read(f, &key)?);
        labels.push(format!("{} (decrypted payload)", f.display()));
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
                line: Some(l.line),
            }),
            SecenvValue::Secret(_) => None,
        })
        .collect();
    layers.push(plain);
    labels.push(
        args.secenv
            .as_ref()
            .map(|f| f.display().to_string())
            .unwrap_or_default(),
    );
    Ok(FileSources {
        layers,
        labels,
        secenv,
    })
}

/// A variable or secret that does not reach the child, and why (for
/// `--dry-run`; the real run says the same in warnings and `--verbose`).
struct Skip {
    name: String,
    /// `parent wins`, `not readable`, `denied`, `not injected`, `not passable`.
    kind: &'static str,
    detail: String,
}

fn skip(name: &str, kind: &'static str, detail: impl Into<String>) -> Skip {
    Skip {
        name: name.to_string(),
        kind,
        detail: detail.into(),
    }
}

/// A needed name that is not there, and why.
struct Missing {
    name: String,
    why: String,
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
    if let Some(identity) = &identity {
        membership(ctx, &args, &vaults, &identity.fingerprint)?;
    }
    let surveyed = identity
        .as_ref()
        .map(|i| readable::survey(&vaults, &i.fingerprint))
        .unwrap_or_default();
    let mut missing = Vec::new();
    let mut skips: Vec<Skip> = Vec::new();
    let injections = match &identity {
        None => Vec::new(),
        Some(identity) if args.secenv.is_some() => {
            secenv_injections(&files.secenv, &surveyed, identity, &mut missing)
        }
        Some(identity) => {
            let opts = PlanOptions {
                only: None,
                namespace: args.namespace.clone(),
            };
            let keys = readable_keys(ctx, &surveyed, &identity.fingerprint, &mut skips);
            if keys.is_empty() && args.only.is_none() && args.require.is_empty() {
                reads_nothing(&args, &surveyed, &identity.fingerprint)?;
            }
            let (injections, skipped) = env::plan(&keys, &opts).expect("no --only here");
            for s in &skipped {
                ctx.note(&format!("skipped {}: {}", s.key, s.reason));
                skips.push(skip(&s.key, "not injected", s.reason.clone()));
            }
            warn_namespace_overrides(ctx, &surveyed, &injections);
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
    let place = |c: &Candidate| match c.origin {
        Origin::File { layer, index } => files.place(layer, index),
        Origin::Vault(i) => vault_place(&surveyed, &injections[i].key),
    };
    let denials = screen(ctx, &args, &mut candidates, &place)?;
    let denied: Vec<String> = denials.iter().map(|(var, _)| var.clone()).collect();
    for (var, detail) in &denials {
        skips.push(skip(var, "denied", detail.clone()));
    }

    // What the run needs: --require and --only names, and the .secenv's
    // secrets (collected above); each must be among the candidates.
    let fingerprint = identity.as_ref().map(|i| i.fingerprint.as_str());
    for wanted in args.require.iter().chain(args.only.iter().flatten()) {
        if !candidates.iter().any(|c| env::matches(c, wanted)) {
            missing.push(Missing {
                name: wanted.clone(),
                why: why_missing(wanted, &surveyed, &denied, fingerprint),
            });
        }
    }
    refuse_missing(ctx, &args, &missing, fingerprint)?;
    let only: Option<Vec<String>> = args.only.as_ref().map(|only| {
        only.iter()
            .filter(|w| !missing.iter().any(|m| &m.name == *w))
            .cloned()
            .collect()
    });

    let (winners, skipped) =
        env::resolve(candidates, only.as_deref(), &parent, args.override_parent)
            .expect("--only names were checked above");
    for s in &skipped {
        ctx.note(&format!("skipped {}: {}", s.key, s.reason));
        skips.push(skip(&s.key, "parent wins", s.reason.clone()));
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
    for name in &with_nul {
        ctx.warn(&format!(
            "{name} contains a NUL byte and cannot be passed in the environment; skipped"
        ));
        skips.push(skip(name, "not passable", "contains a NUL byte"));
    }
    let (command, rest) = args.command.split_first().expect("clap requires a command");
    if args.dry_run {
        drop(child_env);
        let set: Vec<&Candidate> = winners
            .iter()
            .filter(|c| !with_nul.contains(&c.var) && !denylist::is_reserved(&c.var))
            .collect();
        let source = |c: &Candidate| match c.origin {
            Origin::File { layer, index } => file_source(&files, layer, index),
            Origin::Vault(i) => vault_source(&surveyed, &injections[i].key),
        };
        return preview(ctx, command, &set, &place, &source, &skips);
    }
    Err(launch::exec(command, rest, &child_env))
}

/// Item 1 of fail-closed: the key must be a member of a vault in use.
fn membership(ctx: &Context, args: &RunArgs, vaults: &[Vault], fingerprint: &str) -> Result<()> {
    match readable::require_member(vaults, fingerprint) {
        Err(e) if args.allow_missing => {
            ctx.warn(&format!(
                "{e}; running without the vault's secrets (--allow-missing)"
            ));
            Ok(())
        }
        other => other,
    }
}

/// A run that names no needs and would get nothing from the vaults: the
/// wrong key of a member, or a vault nobody shared anything from.
fn reads_nothing(args: &RunArgs, surveyed: &[Surveyed], fingerprint: &str) -> Result<()> {
    let live = surveyed
        .iter()
        .filter(|s| !matches!(s.current, Current::Deleted))
        .count();
    if live == 0 || args.allow_missing {
        return Ok(());
    }
    Err(Error::Refused {
        message: format!(
            "identity {fingerprint} can read none of the {live} secret{} in the vaults; nothing was run",
            if live == 1 { "" } else { "s" }
        ),
        hint: Some(format!(
            "ask a recipient to `dsenv secret share NAME {fingerprint}`, or pass --allow-missing \
             to run without them"
        )),
    })
}

/// Refuses (exit 10) when a needed name is missing, unless --allow-missing.
fn refuse_missing(
    ctx: &Context,
    args: &RunArgs,
    missing: &[Missing],
    fingerprint: Option<&str>,
) -> Result<()> {
    if missing.is_empty() {
        return Ok(());
    }
    if args.allow_missing {
        for m in missing {
            ctx.warn(&format!(
                "{} is needed but not set: {} (--allow-missing)",
                m.name, m.why
            ));
        }
        return Ok(());
    }
    let list: Vec<String> = missing
        .iter()
        .map(|m| format!("{} ({})", m.name, m.why))
        .collect();
    Err(Error::Refused {
        message: format!(
            "{} needed but not readable: {}; nothing was run",
            if missing.len() == 1 {
                "a variable"
            } else {
                "variables"
            },
            list.join(", ")
        ),
        hint: Some(match fingerprint {
            Some(f) => format!(
                "ask a recipient to `dsenv secret share NAME {f}` (`dsenv secret get` lists what \
                 you can read), or pass --allow-missing to run without them"
            ),
            None => "pass --allow-missing to run without them".into(),
        }),
    })
}

/// Why `wanted` is not among the candidates.
fn why_missing(
    wanted: &str,
    surveyed: &[Surveyed],
    denied: &[String],
    fingerprint: Option<&str>,
) -> String {
    if denied.iter().any(|d| d.eq_ignore_ascii_case(wanted)) {
        return "on the denylist; see the warning above".into();
    }
    let found = readable::find(surveyed, wanted);
    match (found, fingerprint) {
        (Some(s), Some(f)) => s
            .current
            .refusal(&s.secret.key, f)
            .unwrap_or_else(|| format!("secret {} is not injected (see --verbose)", s.secret.key)),
        _ => match readable::did_you_mean(surveyed, wanted) {
            Some(guess) => format!("no such secret or variable; {guess}"),
            None => "no such secret or variable".into(),
        },
    }
}

/// Drops the candidates the denylist refuses, each with a warning naming it
/// and where it came from; with --strict, the first refusal is an error.
/// Returns the names dropped, each with where it came from and why.
fn screen(
    ctx: &Context,
    args: &RunArgs,
    candidates: &mut Vec<Candidate>,
    place: &dyn Fn(&Candidate) -> String,
) -> Result<Vec<(String, String)>> {
    let settings = ctx.config().map(|c| c.dsenv.clone()).unwrap_or_default();
    let allowed: Vec<String> = args
        .allow_var
        .iter()
        .chain(&settings.allow_vars)
        .cloned()
        .collect();
    let strict = args.strict || settings.strict;
    let mut refused = Vec::new();
    let mut dropped = Vec::new();
    candidates.retain(|c| match denylist::check(&c.var, &allowed) {
        None => true,
        Some(why) => {
            refused.push(format!("{} from {}: {}", c.var, place(c), why.describe()));
            dropped.push((
                c.var.clone(),
                format!("from {}: {}", place(c), why.describe()),
            ));
            false
        }
    });
    if strict && !refused.is_empty() {
        return Err(Error::UnsafeVariable {
            message: format!(
                "--strict: refusing to set {}; nothing was run",
                refused.join("; ")
            ),
            hint: Some(
                "remove it from the source, or pass --allow-var NAME if you trust every writer \
                 of that source"
                    .into(),
            ),
        });
    }
    for r in &refused {
        ctx.warn(&format!("not setting {r}"));
    }
    Ok(dropped)
}

/// `VAULT:LINE (secret KEY, signed by FPR)` of the value `key` injects.
fn vault_place(surveyed: &[Surveyed], key: &str) -> String {
    let Some(s) = surveyed.iter().find(|s| s.secret.key == key) else {
        return format!("secret {key}");
    };
    match s.current {
        Current::Readable(v) => format!(
            "{}:{} (secret {key}, signed by {})",
            s.vault.path.display(),
            v.line,
            v.entry.data.signed_by
        ),
        _ => format!("{} (secret {key})", s.vault.path.display()),
    }
}

/// `--namespace`: each `ns::NAME` that replaces a `NAME` its signer could
/// not have written is a warning naming the signer (the recipient rule
/// is not bypassed silently).
pub(super) fn warn_namespace_overrides(
    ctx: &Context,
    surveyed: &[Surveyed],
    injections: &[Injection],
) {
    for inj in injections.iter().filter(|i| i.key != i.var) {
        let shadowed = surveyed.iter().find(|s| s.secret.key == inj.var);
        let winner = surveyed.iter().find(|s| s.secret.key == inj.key);
        if let (Some(shadowed), Some(winner)) = (shadowed, winner) {
            if let Current::Readable(v) = winner.current {
                let signer = &v.entry.data.signed_by;
                if let Some(w) = names::namespace_override(shadowed.secret, &inj.key, signer) {
                    ctx.warn(&w);
                }
            }
        }
    }
}

/// The secrets a `.secenv` file names, under its names; each one that does
/// not exist or is not readable goes to `missing`.
fn secenv_injections(
    lines: &[SecenvLine],
    surveyed: &[Surveyed],
    identity: &Identity,
    missing: &mut Vec<Missing>,
) -> Vec<Injection> {
    let mut out = Vec::new();
    for l in lines {
        let SecenvValue::Secret(name) = &l.value else {
            continue;
        };
        let found = readable::find(surveyed, name);
        let why = match found {
            Some(s) => match s.current.refusal(&s.secret.key, &identity.fingerprint) {
                None => {
                    out.push(Injection {
                        var: l.var.clone(),
                        key: s.secret.key.clone(),
                    });
                    continue;
                }
                Some(why) => why,
            },
            None => format!("no secret named {name}"),
        };
        missing.push(Missing {
            name: l.var.clone(),
            why: format!(".secenv line {}: {why}", l.line),
        });
    }
    out
}

/// The keys this identity reads; a revoked one is a warning (the team
/// rotated it away from this identity), the others `--verbose` notes.
fn readable_keys(
    ctx: &Context,
    surveyed: &[Surveyed],
    fingerprint: &str,
    skips: &mut Vec<Skip>,
) -> Vec<String> {
    let mut keys = Vec::new();
    for s in surveyed {
        let key = &s.secret.key;
        let why = match s.current {
            Current::Readable(_) => {
                keys.push(key.clone());
                continue;
            }
            Current::Revoked { .. } => {
                let why = s.current.refusal(key, fingerprint).unwrap_or_default();
                ctx.warn(&format!("skipped {key}: {why}"));
                why
            }
            Current::Deleted => "deleted".to_string(),
            Current::NoAccess { .. } => "not shared with this identity".to_string(),
        };
        if !matches!(s.current, Current::Revoked { .. }) {
            ctx.note(&format!("skipped {key}: {why}"));
        }
        skips.push(skip(key, "not readable", why));
    }
    keys
}

/// `--dry-run`: one line per variable set and per one skipped (stdout), or
/// one JSON document with `--json`; never a value. Nothing is executed.
fn preview(
    ctx: &Context,
    command: &OsString,
    set: &[&Candidate],
    place: &dyn Fn(&Candidate) -> String,
    source: &dyn Fn(&Candidate) -> serde_json::Value,
    skips: &[Skip],
) -> Result<()> {
    if ctx.json {
        let set: Vec<serde_json::Value> = set
            .iter()
            .map(|c| serde_json::json!({ "name": c.var, "source": source(c) }))
            .collect();
        let skipped: Vec<serde_json::Value> = skips
            .iter()
            .map(|s| serde_json::json!({ "name": s.name, "reason": s.kind, "detail": s.detail }))
            .collect();
        outln!(
            "{}",
            serde_json::json!({ "dry_run": true, "set": set, "skipped": skipped })
        );
    } else {
        for c in set {
            outln!(
                "set  {}  from {}",
                c.var,
                crate::escape::for_terminal(&place(c))
            );
        }
        for s in skips {
            outln!(
                "skip {}  {}: {}",
                s.name,
                s.kind,
                crate::escape::for_terminal(&s.detail)
            );
        }
    }
    ctx.say(&format!(
        "dry run: {} not executed",
        crate::escape::for_terminal(&command.to_string_lossy())
    ));
    Ok(())
}

/// The JSON source of file variable `index` of `layer`.
fn file_source(files: &FileSources, layer: usize, index: usize) -> serde_json::Value {
    serde_json::json!({
        "type": "file",
        "file": files.labels[layer],
        "line": files.layers[layer][index].line,
    })
}

/// The JSON source of the value `key` injects: vault, line, secret, signer.
fn vault_source(surveyed: &[Surveyed], key: &str) -> serde_json::Value {
    let Some(s) = surveyed.iter().find(|s| s.secret.key == key) else {
        return serde_json::json!({ "type": "vault", "secret": key });
    };
    match s.current {
        Current::Readable(v) => serde_json::json!({
            "type": "vault",
            "vault": s.vault.path,
            "line": v.line,
            "secret": key,
            "signer": v.entry.data.signed_by,
        }),
        _ => serde_json::json!({ "type": "vault", "vault": s.vault.path, "secret": key }),
    }
}
