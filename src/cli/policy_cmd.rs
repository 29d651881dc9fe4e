//! `dsenv policy list [--json]`: the algorithm rules in force.

use serde_json::json;

use super::context::Context;
use crate::config;
use crate::error::Result;

/// dsenv's own floor (FIPS 186-5), enforced whatever the configuration says.
const FLOOR: &[(&str, &[&str], u32)] = &[
    ("RSA", &[], 2048),
    ("ECC", &["P-384", "P-521"], 384),
    ("EdDSA", &["Ed25519", "Ed448"], 255),
];

pub fn list(ctx: &Context) -> Result<()> {
    let path = ctx.config_path();
    let configured = config::load(&path)?
        .map(|c| c.approved_algorithms)
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
        });
        println!(
            "{}",
            serde_json::to_string_pretty(&doc).expect("plain JSON")
        );
        return Ok(());
    }
    println!("Enforced by dsenv (FIPS 186-5), for every identity and signature:");
    for (algo, curves, bits) in FLOOR {
        let curves = if curves.is_empty() {
            String::new()
        } else {
            format!(" ({})", curves.join(", "))
        };
        println!("  {algo}{curves}: at least {bits} bits");
    }
    println!("  refused: DSA, ElGamal, P-256/brainpool/secp256k1, RSA < 2048, SHA-1 signatures");
    if configured.is_empty() {
        println!("Configuration {}: no approved_algorithms", path.display());
    } else {
        println!(
            "Configuration {} (approved_algorithms, dotsecenv's list):",
            path.display()
        );
        for a in configured {
            let curves = if a.curves.is_empty() {
                String::new()
            } else {
                format!(" ({})", a.curves.join(", "))
            };
            println!("  {}{curves}: at least {} bits", a.algo, a.min_bits);
        }
    }
    Ok(())
}
