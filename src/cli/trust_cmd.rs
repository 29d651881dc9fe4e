//! `dsenv vault trust [FPR]`: re-pin deliberately. Verifies each vault and
//! records its current root in the first-use record, replacing the old one.

use super::context::Context;
use crate::crypto;
use crate::error::{Error, Result};
use crate::trust::{known, root};
use crate::vault::{verify, Vault};

pub fn trust(ctx: &Context, expected: Option<&str>) -> Result<()> {
    let policy = crypto::standard_policy();
    for path in &ctx.vaults {
        let vault = Vault::load(path)?;
        let report = verify::verify(&vault, &policy);
        if !report.is_valid() {
            return Err(Error::Validation(format!(
                "{}: {} entries fail verification; not trusting it",
                path.display(),
                report.failures.len()
            )));
        }
        let Some(now) = root::root_of(&vault) else {
            return Err(Error::Vault {
                message: format!(
                    "{}: the vault has no identity yet, so no root to trust",
                    path.display()
                ),
                hint: Some("its root is recorded when its first identity is added".into()),
            });
        };
        if let Some(fpr) = expected.filter(|f| !f.eq_ignore_ascii_case(now)) {
            return Err(Error::Trust {
                message: format!(
                    "{}: root identity {now} is not {fpr}, the root you asked to trust; nothing recorded",
                    path.display()
                ),
                hint: Some("restore the vault from git, or check the fingerprint with the vault's owner".into()),
            });
        }
        let canonical = known::canonical(path)?;
        let before = known::Record::load(&ctx.trust.record_file)?
            .get(&canonical)
            .map(|k| format!(" (was {}, recorded {})", k.root, k.recorded_at))
            .unwrap_or_default();
        let line = known::record_root(&ctx.trust.record_file, &canonical, now)?;
        let history = crate::trust::history::of(&canonical);
        known::reset_seq(
            &ctx.trust.record_file,
            &canonical,
            &history,
            report.state.seq,
        )?;
        ctx.say(&format!(
            "{}: trusting root {} (recorded in {}){before}",
            path.display(),
            line.root,
            ctx.trust.record_file.display()
        ));
    }
    Ok(())
}
