//! `dsenv policy list|validate [--json]`: the algorithm rules in force,
//! the configuration's and the system policy directory's (policy_dir).

use std::path::Path;

use serde_json::json;

use super::context::Context;
use crate::config::{self, ApprovedAlgorithm};
use crate::error::{Error, ExitCode, Result};
use crate::escape::for_terminal;
use crate::policy_dir::{self, Policy};

/// dsenv's own floor (FIPS 186-5), enforced whatever the configuration says.
const FLOOR: &[(&str, &[&str], u32)] = &[
    ("RSA", &[], 2048),
    ("ECC", &["P-384", "P-521"], 384),
    ("EdDSA", &["Ed25519", "Ed448"], 255),
];

pub fn list(ctx: &Context) -> Result<()> {
    let path = ctx.config_path();
    let configured = ctx
        .config()
        .map(|c| c.approved_algorithms.clone())
        .unwrap_or_default();
    if ctx.json {
        let floor: Vec<_> = FLOOR
            .iter()
            .map(|(algo, curves, bits)| json!({ "algo": algo, "curves": curves, "min_bits": bits }))
            .collect();
        let doc = json!({
            "enforced": floor,
            "refused": ["DSA", "ElGamal", "ECC P-256, brainpool, secp256k1", "RSA < 2048", "SHA-1 signatures"],
            "config": { "path": path, "approved_algorithms": configured },
            "policy_dir": policy_json(ctx.policy()),
        });
        outln!(
            "{}",
            serde_json::to_string_pretty(&doc).expect("plain JSON")
        );
        return Ok(());
    }
    outln!("Enforced by dsenv (FIPS 186-5), for every identity and signature:");
    for (algo, curves, bits) in FLOOR {
        let curves = if curves.is_empty() {
            String::new()
        } else {
            format!(" ({})", curves.join(", "))
        };
        outln!("  {algo}{curves}: at least {bits} bits");
    }
    outln!("  refused: DSA, ElGamal, P-256/brainpool/secp256k1, RSA < 2048, SHA-1 signatures");
    if configured.is_empty() {
        outln!("Configuration {}: no approved_algorithms", path.display());
    } else {
        outln!(
            "Configuration {} (approved_algorithms, dotsecenv's list{}):",
            path.display(),
            if ctx.policy().is_some() {
                ", narrowed by the system policy"
            } else {
                ""
            }
        );
        print_algorithms(&configured);
    }
    print_policy(ctx.policy());
    Ok(())
}

fn print_algorithms(algos: &[ApprovedAlgorithm]) {
    for a in algos {
        let curves = if a.curves.is_empty() {
            String::new()
        } else {
            format!(" ({})", a.curves.join(", "))
        };
        outln!("  {}{curves}: at least {} bits", a.algo, a.min_bits);
    }
}

fn print_policy(policy: Option<&Policy>) {
    let Some(p) = policy else {
        outln!(
            "System policy {}: none (the directory does not exist)",
            policy_dir::dir().display()
        );
        return;
    };
    outln!(
        "System policy {} ({} fragment(s)):",
        p.dir.display(),
        p.fragments.len()
    );
    let algos = p.merged_algorithms();
    if !algos.is_empty() {
        outln!(" approved_algorithms (union of the fragments):");
        print_algorithms(&algos);
    }
    for pattern in p.merged_vault_paths() {
        outln!(
            " approved_vault_paths: {}",
            for_terminal(&pattern.to_string())
        );
    }
}

fn policy_json(policy: Option<&Policy>) -> serde_json::Value {
    match policy {
        None => json!({ "path": policy_dir::dir(), "exists": false }),
        Some(p) => json!({
            "path": p.dir,
            "exists": true,
            "fragments": p.fragments.iter().map(|f| &f.path).collect::<Vec<_>>(),
            "approved_algorithms": p.merged_algorithms(),
            "approved_vault_paths": p.merged_vault_paths(),
        }),
    }
}

/// Checks the configuration and every policy fragment. Unreadable or
/// malformed files already stopped the command when the context was
/// loaded (exit 2, 1 or 8, file and line named); what is left is an
/// approved algorithm that would allow keys under dsenv's floor: exit 9,
/// one line per entry. (dsenv refuses such keys anyway; the allowance is
/// reported because it says the file means something dsenv will not do.)
pub fn validate(ctx: &Context) -> Result<()> {
    let mut breaches = Vec::new();
    let config_path = ctx.config_path();
    if let Some(text) = read_if_exists(&config_path)? {
        if let Some(raw) = config::load(&config_path)? {
            breaches.extend(
                policy_dir::floor_breaches(&config_path, &text, &raw.approved_algorithms)
                    .map_err(Error::Config)?,
            );
        }
    }
    let fragments = ctx.policy().map(|p| p.fragments.as_slice()).unwrap_or(&[]);
    for f in fragments {
        if let Some(algos) = &f.approved_algorithms {
            breaches.extend(
                policy_dir::floor_breaches(&f.path, &f.text, algos).map_err(Error::Config)?,
            );
        }
    }
    if ctx.json {
        let doc = json!({
            "valid": breaches.is_empty(),
            "config": config_path,
            "policy_dir": policy_json(ctx.policy()),
            "below_floor": breaches,
        });
        outln!(
            "{}",
            serde_json::to_string_pretty(&doc).expect("plain JSON")
        );
    } else {
        for b in &breaches {
            errln!("dsenv: {}", for_terminal(&b.to_string()));
        }
    }
    if !breaches.is_empty() {
        return Err(Error::Reported {
            message: format!(
                "{} approved algorithm(s) would allow keys below the FIPS 186-5 floor; \
                 dsenv refuses those keys whatever the files say",
                breaches.len()
            ),
            code: ExitCode::Policy,
        });
    }
    ctx.say_ok(&format!(
        "policy valid: configuration {}, {}",
        config_path.display(),
        match ctx.policy() {
            Some(p) => format!("{} fragment(s) in {}", p.fragments.len(), p.dir.display()),
            None => format!("no {}", policy_dir::dir().display()),
        }
    ))
}

fn read_if_exists(path: &Path) -> Result<Option<String>> {
    match std::fs::read_to_string(path) {
        Ok(t) => Ok(Some(t)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::Config(format!("{}: {e}", path.display()))),
    }
}
