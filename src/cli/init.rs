//! `dsenv init config|vault` and `dsenv login FPR`.

use sha2::{Digest, Sha256};

use super::context::Context;
use super::gitattributes;
use crate::config::{self, Config, Login};
use crate::crypto::sign;
use crate::error::{Error, Result};
use crate::vault::{timestamp, write};

/// `init config`: dotsecenv's defaults (FIPS algorithms, vault list).
pub fn config(ctx: &Context) -> Result<()> {
    let path = ctx.config_path();
    if path.exists() {
        return Err(Error::Config(format!(
            "{}: a configuration already exists; not overwriting it",
            path.display()
        )));
    }
    config::save(&path, &Config::with_defaults())?;
    ctx.say(&format!("wrote {}", path.display()));
    Ok(())
}

/// `init vault`: an empty vault at the first vault path, and the line
/// that makes git merge it with `dsenv vault merge` in `.gitattributes`.
pub fn vault(ctx: &Context) -> Result<()> {
    let path = ctx.write_vault()?;
    write::create_empty(path)?;
    ctx.say(&format!("created empty vault {}", path.display()));
    match gitattributes::install(path) {
        Ok(gitattributes::Installed::Added { file, line }) => ctx.say(&format!(
            "added `{line}` to {}; set the driver once per clone: git config merge.dsenv.driver \
             \"dsenv vault merge %O %A %B %P\"",
            file.display()
        )),
        Ok(gitattributes::Installed::Present) => {}
        Ok(gitattributes::Installed::NotInGit) => ctx.note(&format!(
            "{} is in no git work tree: no .gitattributes line written",
            path.display()
        )),
        Err(why) => ctx.warn(&format!(
            "{why}; add `VAULT merge=dsenv` to .gitattributes yourself so that git merges the \
             vault with `dsenv vault merge`"
        )),
    }
    Ok(())
}

/// `login FPR`: records the identity in the configuration with dotsecenv's
/// proof (SHA-256 of `login:<time>:<fpr>`, signed as raw digest bytes).
pub fn login(ctx: &Context, fingerprint: &str) -> Result<()> {
    let identity = ctx.identity_for(Some(fingerprint))?;
    let now = timestamp::now()
        .replace_nanosecond(0)
        .unwrap_or_else(|_| timestamp::now());
    let added_at = timestamp::format_go(now);
    let digest = Sha256::digest(format!("login:{added_at}:{}", identity.fingerprint).as_bytes());
    let mut signer = identity.signer()?;
    let signature = sign::sign_bytes(signer.as_mut(), &digest).map_err(|e| {
        Error::key(
            format!("signing failed: {e}"),
            "check that the key can sign",
        )
    })?;
    let path = ctx.config_path();
    let mut config = config::load(&path)?.unwrap_or_else(Config::with_defaults);
    config.login = Some(Login {
        fingerprint: identity.fingerprint.clone(),
        added_at,
        hash: hex::encode(digest),
        signature,
    });
    config::save(&path, &config)?;
    ctx.say(&format!(
        "logged in as {} in {}",
        identity.fingerprint,
        path.display()
    ));
    Ok(())
}
