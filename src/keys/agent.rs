//! Workstation keys: the secret key stays in GnuPG and gpg-agent signs and
//! decrypts for dsenv (cargo feature `gpg-agent`), so dotsecenv users need
//! not export their keys. The public certificate comes from `gpg --export`.

use openpgp::parse::Parse;
use sequoia_gpg_agent::gnupg::Context;
use sequoia_gpg_agent::KeyPair;
use sequoia_openpgp as openpgp;

use super::identity::{Identity, KeyHolder};
use crate::crypto::decrypt::{Decryptors, SharedDecryptor};
use crate::crypto::sign::BoxedSigner;
use crate::crypto::standard_policy;
use crate::error::{Error, Result};

/// The identity `fingerprint` whose secret key gpg-agent holds.
pub fn load(fingerprint: &str) -> Result<Identity> {
    let cert = export(fingerprint)?;
    let ctx = context()?;
    let policy = standard_policy();
    let valid = cert
        .with_policy(&policy, None)
        .map_err(|e| agent_error(fingerprint, &e.to_string()))?;
    let mut decryptors: Vec<SharedDecryptor> = Vec::new();
    for key in valid
        .keys()
        .for_transport_encryption()
        .for_storage_encryption()
    {
        let pair = KeyPair::new_for_gnupg_context(&ctx, key.key())
            .map_err(|e| agent_error(fingerprint, &e.to_string()))?;
        decryptors.push(Box::new(pair));
    }
    Ok(Identity {
        fingerprint: cert.fingerprint().to_hex(),
        cert,
        decryptors: Decryptors::shared(decryptors),
        holder: KeyHolder::Agent,
    })
}

/// A signer that asks gpg-agent.
pub fn signer(cert: &openpgp::Cert) -> openpgp::Result<BoxedSigner> {
    let policy = standard_policy();
    let valid = cert.with_policy(&policy, None)?;
    let key = valid
        .keys()
        .for_signing()
        .next()
        .ok_or_else(|| anyhow::anyhow!("{} has no signing key", cert.fingerprint()))?;
    Ok(Box::new(KeyPair::new_for_gnupg_context(
        &context().map_err(|e| anyhow::anyhow!("{e}"))?,
        key.key(),
    )?))
}

/// The GnuPG context, with gpg-agent started if none runs (as gpg starts
/// it: `gpgconf --launch gpg-agent`; a no-op when it runs).
fn context() -> Result<Context> {
    let ctx = Context::new().map_err(|e| agent_error("GnuPG", &e.to_string()))?;
    ctx.start("gpg-agent")
        .map_err(|e| agent_error("GnuPG", &format!("cannot start gpg-agent: {e}")))?;
    Ok(ctx)
}

fn export(fingerprint: &str) -> Result<openpgp::Cert> {
    let out = std::process::Command::new("gpg")
        .args(["--batch", "--export", fingerprint])
        .output()
        .map_err(|e| agent_error(fingerprint, &format!("cannot run gpg: {e}")))?;
    if !out.status.success() || out.stdout.is_empty() {
        return Err(agent_error(fingerprint, "no such key in the GnuPG keyring"));
    }
    openpgp::Cert::from_bytes(&out.stdout).map_err(|e| agent_error(fingerprint, &e.to_string()))
}

fn agent_error(what: &str, why: &str) -> Error {
    Error::key(
        format!("gpg-agent: {what}: {why}"),
        "check `gpg --list-secret-keys FPR`, or pass --key-file / DSENV_KEY instead",
    )
}
