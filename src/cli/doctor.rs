//! `dsenv vault doctor [--json]`: what dsenv would use and what is wrong,
//! each problem with its fix. Never prints key material or secret values.

use std::os::unix::fs::MetadataExt;

use serde::Serialize;

use super::context::Context;
use crate::crypto;
use crate::error::{Error, ExitCode, Result};
use crate::escape::for_terminal;
use crate::keys::identity::Identity;
use crate::keys::KeyLookup;
use crate::vault::author::KeyFacts;
use crate::vault::{verify, Vault};

#[derive(Debug, Serialize)]
struct Check {
    name: String,
    ok: bool,
    detail: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    fix: Option<String>,
}

fn ok(name: &str, detail: String) -> Check {
    Check {
        name: name.into(),
        ok: true,
        detail,
        fix: None,
    }
}

fn problem(name: &str, detail: String, fix: impl Into<String>) -> Check {
    Check {
        name: name.into(),
        ok: false,
        detail,
        fix: Some(fix.into()),
    }
}

pub fn doctor(ctx: &Context) -> Result<()> {
    let mut checks = vec![config_check(ctx)];
    let identity = key_checks(ctx, &mut checks);
    for path in &ctx.vaults {
        checks.extend(vault_checks(path, identity.as_ref()));
        if let Ok(vault) = Vault::load(path) {
            checks.push(trust_check(ctx, &vault));
        }
    }
    checks.push(mlock_check());
    checks.push(ok(
        "policy",
        "FIPS 186-5 minimums: RSA >= 2048 bits, ECDSA/ECDH P-384/P-521, EdDSA Ed25519/Ed448, X25519/X448; no SHA-1 signatures".into(),
    ));
    let healthy = checks.iter().all(|c| c.ok);
    if ctx.json {
        let doc = serde_json::json!({ "ok": healthy, "checks": checks });
        outln!(
            "{}",
            serde_json::to_string_pretty(&doc).expect("plain JSON")
        );
    } else {
        let style = super::style::Style::for_stdout();
        for c in &checks {
            let detail = for_terminal(&c.detail);
            outln!("{} {}: {detail}", style.mark(c.ok), c.name);
            if let Some(fix) = &c.fix {
                outln!("    fix: {}", for_terminal(fix));
            }
        }
    }
    if healthy {
        Ok(())
    } else {
        let n = checks.iter().filter(|c| !c.ok).count();
        Err(Error::Reported {
            message: format!("{n} problem(s) found"),
            code: ExitCode::General,
        })
    }
}

fn config_check(ctx: &Context) -> Check {
    let path = ctx.config_path();
    if ctx.has_config() {
        ok("config", format!("{} (dotsecenv's format)", path.display()))
    } else {
        ok(
            "config",
            format!(
                "none at {}; using defaults (create one with `dsenv init config`)",
                path.display()
            ),
        )
    }
}

fn key_checks(ctx: &Context, checks: &mut Vec<Check>) -> Option<Identity> {
    let found = KeyLookup::from_env(ctx.key_file.clone(), ctx.identity.as_deref())
        .and_then(KeyLookup::find);
    let (source, material) = match found {
        Ok(material) => (describe_source(&material, checks), material),
        Err(e) => {
            let fix = e
                .hint()
                .unwrap_or_else(|| "set DSENV_KEY or pass --key-file".into());
            #[cfg(feature = "gpg-agent")]
            if ctx.identity.is_some() {
                return agent_identity(ctx, checks);
            }
            checks.push(problem("key", e.to_string(), fix));
            return None;
        }
    };
    // The key already found (a wrapped key unwrapped once: one OpenBao
    // request, one audit record).
    match crate::keys::identity::load(&material, ctx.identity.as_deref()) {
        Ok(identity) => {
            let algorithm = KeyFacts::of(&identity.public_cert())
                .map(|f| {
                    format!("{} {}", f.algorithm, f.curve.unwrap_or_default())
                        .trim()
                        .to_string()
                })
                .unwrap_or_else(|e| format!("refused by policy: {e}"));
            checks.push(ok(
                "key",
                format!(
                    "from {source}: identity {} ({algorithm})",
                    identity.fingerprint
                ),
            ));
            Some(identity)
        }
        Err(e) => {
            checks.push(problem(
                "key",
                format!("from {source}: {e}"),
                e.hint().unwrap_or_default(),
            ));
            None
        }
    }
}

/// Where the key came from, with its file mode; a mode tolerated with a
/// warning is a problem of its own.
fn describe_source(material: &crate::keys::KeyMaterial, checks: &mut Vec<Check>) -> String {
    match &material.file_mode {
        Some(m) if m.warning.is_some() => {
            let warning = m.warning.clone().unwrap_or_default();
            checks.push(problem(
                "key file mode",
                warning,
                "give the file mode 0400 (or 0440 for the app's group) where it is mounted",
            ));
            format!("{} (mode {:04o})", material.source, m.mode)
        }
        Some(m) => format!("{} (mode {:04o})", material.source, m.mode),
        None => material.source.to_string(),
    }
}

#[cfg(feature = "gpg-agent")]
fn agent_identity(ctx: &Context, checks: &mut Vec<Check>) -> Option<Identity> {
    match ctx.identity() {
        Ok(identity) => {
            checks.push(ok(
                "key",
                format!("gpg-agent: identity {}", identity.fingerprint),
            ));
            Some(identity)
        }
        Err(e) => {
            checks.push(problem("key", e.to_string(), e.hint().unwrap_or_default()));
            None
        }
    }
}

fn vault_checks(path: &std::path::Path, identity: Option<&Identity>) -> Vec<Check> {
    let name = format!("vault {}", path.display());
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => {
            return vec![problem(
                &name,
                e.to_string(),
                format!("create it with `dsenv init vault -v {}`", path.display()),
            )]
        }
    };
    let mode = meta.mode() & 0o777;
    let mut out = Vec::new();
    let perms = format!("mode {mode:o}, owner uid {}", meta.uid());
    if mode & 0o022 != 0 {
        out.push(problem(
            &name,
            format!("{perms}: writable by group or others"),
            format!("chmod go-w {}", path.display()),
        ));
    } else {
        out.push(ok(&name, perms));
    }
    match Vault::load(path) {
        Err(e) => out.push(problem(
            &name,
            e.to_string(),
            "run `dsenv validate`; restore the vault from git",
        )),
        Ok(vault) => {
            let report = verify::verify(&vault, &crypto::standard_policy());
            if report.is_valid() {
                out.push(ok(
                    &name,
                    format!(
                        "version {}, {} identities, {} secrets, every entry verifies",
                        vault.header.version, report.identities, report.secrets
                    ),
                ));
            } else {
                out.push(problem(
                    &name,
                    format!("{} entries fail verification", report.failures.len()),
                    "run `dsenv validate` to see them; restore the vault from git",
                ));
            }
            if let Some(me) = identity {
                if vault.identity(&me.fingerprint).is_none() && !vault.identities.is_empty() {
                    out.push(problem(
                        &name,
                        format!("{} is not a member", me.fingerprint),
                        "ask a member to run `dsenv identity add` with your public key",
                    ));
                }
            }
        }
    }
    out
}

/// The vault's root and the pin it is checked against, with where the pin
/// came from (flag, environment, configuration, first-use record, none).
/// Changes nothing: doctor never records a root.
fn trust_check(ctx: &Context, vault: &Vault) -> Check {
    let name = format!("trust {}", vault.path.display());
    let Some(root) = crate::trust::root::root_of(vault) else {
        return ok(
            &name,
            "no identity yet, so no root; it is recorded when the first identity is added".into(),
        );
    };
    match ctx.trust.pin_for(&vault.path) {
        Err(e) => problem(&name, e.to_string(), e.hint().unwrap_or_default()),
        Ok(Some(pin)) if pin.allows(root) => {
            ok(&name, format!("root {root}, pinned by {}", pin.source))
        }
        Ok(Some(pin)) => problem(
            &name,
            format!("root {root} is not the pinned root {} ({})", pin.roots.join(","), pin.source),
            "restore the vault from git; if the root changed deliberately, re-pin with `dsenv vault trust FPR`",
        ),
        Ok(None) => match &ctx.trust.strict {
            Some(why) => problem(
                &name,
                format!("root {root}, not pinned, and strict mode is on ({why})"),
                format!("pin it after checking it with the vault's owner: DSENV_TRUST_ROOT={root}"),
            ),
            None => ok(
                &name,
                format!(
                    "root {root}, not pinned yet: the first run records it in {}",
                    ctx.trust.record_file.display()
                ),
            ),
        },
    }
}

fn mlock_check() -> Check {
    match crate::launch::memlock_status() {
        Ok(detail) => ok("mlock", detail),
        Err(detail) => problem("mlock", detail, crate::launch::MEMLOCK_FIX),
    }
}
