//! Who is writing: the loaded identity as an [`Author`] of the vault being
//! changed. The first identity of an empty vault becomes its root.

use crate::error::{Error, Result};
use crate::keys::identity::Identity;
use crate::vault::author::{Author, KeyFacts};
use crate::vault::write::Writer;

/// The author for `identity`, adding it as the self-signed root identity
/// when the vault has none yet. A key that is not a member of a vault with
/// members may not write: a member must add it first.
pub fn author(writer: &mut Writer, identity: &Identity) -> Result<Author> {
    let signer = identity.signer()?;
    if let Some(r) = writer.vault.removal_of(&identity.fingerprint) {
        return Err(Error::Denied {
            message: format!(
                "identity {} was removed from {} on line {} ({}, by {}); it can no longer write",
                identity.fingerprint,
                writer.vault.path.display(),
                r.line,
                r.entry.added_at,
                r.entry.signed_by
            ),
            hint: Some("a removed identity stays removed; use another key".into()),
        });
    }
    if let Some(me) = writer.vault.identity(&identity.fingerprint) {
        return Ok(Author::new(
            me.entry.fingerprint.clone(),
            me.entry.algorithm_bits,
            signer,
        ));
    }
    if !writer.vault.identities.is_empty() {
        let why = match writer.vault.outsiders.identity(&identity.fingerprint) {
            Some(me) => format!(
                " (its identity entry on line {} was added by {}, not by a member)",
                me.line, me.entry.signed_by
            ),
            None => String::new(),
        };
        return Err(Error::Denied {
            message: format!(
                "identity {} is not a member of {}{why}",
                identity.fingerprint,
                writer.vault.path.display()
            ),
            hint: Some(format!(
                "send a member your public key (`dsenv identity export {} > me.pub.asc`); \
                 they add it with `dsenv identity add me.pub.asc`",
                identity.fingerprint
            )),
        });
    }
    let facts = KeyFacts::of(&identity.public_cert())?;
    let mut author = Author::new(identity.fingerprint.clone(), facts.bits, signer);
    let added_at = writer.timestamp()?;
    let root = author.identity(&identity.public_cert(), &added_at)?;
    writer.append_identity(root)?;
    Ok(author)
}

/// The public certificates of `fingerprints`, from the vault's identity
/// entries (never from a local keyring); `me` may not be in the vault yet.
pub fn recipient_certs(
    vault: &crate::vault::Vault,
    fingerprints: &[String],
    me: &Identity,
) -> Result<Vec<sequoia_openpgp::Cert>> {
    fingerprints
        .iter()
        .map(|fpr| {
            if fpr.eq_ignore_ascii_case(&me.fingerprint) {
                return Ok(me.public_cert());
            }
            // With its certificate updates (a new subkey or expiry).
            crate::trust::certificates::current(vault, fpr).map_err(Error::vault)
        })
        .collect()
}

/// `recipients` without the identities removed from `vault`: no new value
/// is ever encrypted to a removed member.
pub fn live_recipients(vault: &crate::vault::Vault, mut recipients: Vec<String>) -> Vec<String> {
    recipients.retain(|f| vault.removal_of(f).is_none());
    recipients
}
