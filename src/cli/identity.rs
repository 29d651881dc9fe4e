//! `dsenv identity create|add|export|remove`.

use std::io::Write;
use std::path::{Path, PathBuf};

use openpgp::cert::{CertBuilder, CipherSuite};
use openpgp::parse::Parse;
use openpgp::serialize::SerializeInto;
use openpgp::types::{Features, KeyFlags};
use sequoia_openpgp as openpgp;

use super::context::Context;
use super::membership::author;
use crate::error::{Error, Result};
use crate::vault::author::KeyFacts;

/// `--algo`: dotsecenv's names (ED25519, RSA4096, P384, P521) in any case,
/// and RSA3072.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Algo {
    Ed25519,
    Rsa3072,
    Rsa4096,
    P384,
    P521,
}

/// `identity create`: a signing primary key and an encryption subkey,
/// advertising SEIPDv2 (AEAD) support. The armored secret key goes to a
/// new 0600 file, never to stdout.
pub fn create(
    ctx: &Context,
    name: &str,
    email: &str,
    algo: Algo,
    output: Option<PathBuf>,
    no_passphrase: bool,
) -> Result<()> {
    let password = crate::keys::passphrase::for_new_key(no_passphrase)?;
    let protected = password.is_some();
    let suite = match algo {
        Algo::Ed25519 => CipherSuite::Cv25519,
        Algo::Rsa3072 => CipherSuite::RSA3k,
        Algo::Rsa4096 => CipherSuite::RSA4k,
        Algo::P384 => CipherSuite::P384,
        Algo::P521 => CipherSuite::P521,
    };
    let to_keyring = output.is_none() && cfg!(feature = "gpg-agent");
    // A key for the GnuPG keyring must not ask for SEIPDv2: GnuPG 2.2/2.4
    // cannot read such values, and dotsecenv decrypts through gpg.
    let features = if to_keyring {
        Features::sequoia().clear_seipdv2()
    } else {
        Features::sequoia()
    };
    let (cert, _revocation) = CertBuilder::new()
        .set_features(features)
        .map_err(|e| Error::key(format!("key generation failed: {e}"), "retry"))?
        .set_cipher_suite(suite)
        .set_primary_key_flags(KeyFlags::empty().set_certification().set_signing())
        .add_userid(format!("{name} <{email}>"))
        .add_transport_encryption_subkey()
        .set_password(password)
        .generate()
        .map_err(|e| Error::key(format!("key generation failed: {e}"), "retry"))?;
    KeyFacts::of(&cert)?;
    let fingerprint = cert.fingerprint().to_hex();
    let armored = cert
        .as_tsk()
        .armored()
        .to_vec()
        .map_err(|e| Error::key(e.to_string(), "retry"))?;
    let place = match output {
        Some(path) => KeyPlace::File(path),
        None if to_keyring => KeyPlace::Keyring,
        None => KeyPlace::File(crate::keys::key_dir().join(format!("{fingerprint}.asc"))),
    };
    match &place {
        KeyPlace::File(path) => write_private(path, &armored)?,
        KeyPlace::Keyring => gpg_import(&armored)?,
    }
    if ctx.json {
        let mut doc = serde_json::json!({ "fingerprint": fingerprint, "protected": protected });
        match &place {
            KeyPlace::File(path) => doc["key_file"] = serde_json::json!(path),
            KeyPlace::Keyring => doc["keyring"] = serde_json::json!(true),
        }
        outln!("{doc}");
    } else {
        outln!("{fingerprint}");
        let lock = if protected {
            "protected by the passphrase"
        } else {
            "no passphrase"
        };
        ctx.say(&match &place {
            KeyPlace::File(path) => {
                format!(
                    "secret key written to {} (mode 0600, {lock})",
                    path.display()
                )
            }
            KeyPlace::Keyring => format!(
                "secret key imported into the GnuPG keyring ({lock}); use it with \
                 `dsenv login {fingerprint}`"
            ),
        });
    }
    Ok(())
}

/// Where `identity create` puts the new key: a file, or (the gpg-agent
/// build, as dotsecenv does) the GnuPG keyring.
enum KeyPlace {
    File(PathBuf),
    Keyring,
}

/// `gpg --batch --import` of an armored secret key, from memory.
fn gpg_import(armored: &[u8]) -> Result<()> {
    use std::process::{Command, Stdio};
    let fail = |why: String| {
        Error::key(
            format!("cannot import the new key into the GnuPG keyring: {why}"),
            "write it to a file instead with --output PATH",
        )
    };
    let mut child = Command::new("gpg")
        .args(["--batch", "--quiet", "--import"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| fail(format!("cannot run gpg: {e}")))?;
    let written = child.stdin.take().map(|mut stdin| stdin.write_all(armored));
    let out = child.wait_with_output().map_err(|e| fail(e.to_string()))?;
    if !out.status.success() || !matches!(written, Some(Ok(()))) {
        let err = String::from_utf8_lossy(&out.stderr);
        return Err(fail(crate::escape::for_terminal(err.trim()).into_owned()));
    }
    Ok(())
}

fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    write_new(path, bytes, 0o600)
}

/// Writes a new file (never overwriting one) with `mode`, and its
/// directories (0700) if missing.
fn write_new(path: &Path, bytes: &[u8], mode: u32) -> Result<()> {
    use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
    let fail = |e: std::io::Error| Error::Vault {
        message: format!("{}: cannot write the key: {e}", path.display()),
        hint: Some(
            "pick another path with --output (an existing file is never overwritten)".into(),
        ),
    };
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .map_err(fail)?;
    }
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(mode)
        .open(path)
        .map_err(fail)?;
    file.write_all(bytes)
        .and_then(|_| file.sync_all())
        .map_err(fail)
}

/// `identity export [FPR]`: the armored public key of the current identity
/// (or of key FPR of the key sources) on stdout; never secret material.
pub fn export(ctx: &Context, fingerprint: Option<&str>) -> Result<()> {
    let identity = match fingerprint {
        Some(f) => ctx.identity_for(Some(f))?,
        None => ctx.identity()?,
    };
    let armored = identity
        .public_cert()
        .armored()
        .to_vec()
        .map_err(|e| Error::key(e.to_string(), "retry"))?;
    crate::output::write_stdout_bytes(&armored);
    ctx.say(&format!(
        "public key of {}: a member adds it with `dsenv identity add FILE`",
        identity.fingerprint
    ));
    Ok(())
}

/// `identity wrap`: the key sources' key, wrapped by OpenBao Transit
/// through the agent, as a wrapped key file (or on stdout).
pub fn wrap(ctx: &Context, transit_key: &str, mount: &str, output: Option<&Path>) -> Result<()> {
    use crate::keys::openbao;
    use secrecy::ExposeSecret;
    if !openbao::valid_name(transit_key) || !openbao::valid_mount(mount) {
        return Err(Error::Usage(format!(
            "--transit-key {transit_key:?} --mount {mount:?}: names of letters, digits, '-', '_' \
             and '.' (the mount may have '/')"
        )));
    }
    let agent = openbao::Agent::from_env()?.ok_or_else(|| {
        Error::Config("identity wrap needs DSENV_OPENBAO_AGENT, the bao agent's socket".into())
    })?;
    let lookup = crate::keys::KeyLookup::from_env(ctx.key_file.clone(), ctx.identity.as_deref())?;
    let material = lookup.find()?;
    let key = material.bytes.expose_secret();
    let cert = openpgp::Cert::from_bytes(key)
        .ok()
        .filter(openpgp::Cert::is_tsk)
        .ok_or_else(|| {
            Error::key(
                format!("{}: not an OpenPGP secret key", material.source),
                "wrap the armored secret key (gpg --export-secret-keys --armor FPR)",
            )
        })?;
    let wrapped = openbao::encrypt(&agent, mount, transit_key, key)?;
    let mut json = serde_json::to_string_pretty(&wrapped)
        .map_err(|e| Error::Usage(format!("cannot write the wrapped key: {e}")))?;
    json.push('\n');
    match output {
        Some(path) => write_new(path, json.as_bytes(), 0o644)?,
        None => out!("{json}"),
    }
    ctx.say(&format!(
        "key of {} wrapped by OpenBao {mount}/encrypt/{transit_key}{}",
        cert.fingerprint().to_hex(),
        output
            .map(|p| format!(" into {}", p.display()))
            .unwrap_or_default()
    ));
    Ok(())
}

/// `identity add FILE|FPR`: a public key file, or a fingerprint exported
/// from the local GnuPG keyring. A file with secret key material is
/// refused unless `allow_secret_key_file` (then only its public part is
/// used): a secret key sent around is a key to rotate away from.
pub fn add(ctx: &Context, source: &str, allow_secret_key_file: bool) -> Result<()> {
    let cert = load_public(source)?;
    let cert = refuse_secret_material(ctx, source, cert, allow_secret_key_file)?;
    let facts = KeyFacts::of(&cert)?;
    check_approved(ctx, &cert, &facts)?;
    let identity = ctx.identity()?;
    let mut writer = ctx.open_writer()?;
    let fingerprint = cert.fingerprint().to_hex();
    if writer.vault.outsiders.identity(&fingerprint).is_some() {
        return vouch(ctx, writer, &identity, &fingerprint);
    }
    if writer.vault.identity(&fingerprint).is_some() {
        return update(ctx, writer, &identity, cert);
    }
    let mut me = author(&mut writer, &identity)?;
    if fingerprint != identity.fingerprint {
        let added_at = writer.timestamp()?;
        let entry = me.identity(&cert.strip_secret_key_material(), &added_at)?;
        writer.append_identity(entry)?;
    }
    writer.commit(&mut me)?;
    ctx.say(&format!("added identity {fingerprint}"));
    Ok(())
}

/// `identity add` of an identity that added itself (an outsider,
/// `crate::trust::outsiders`): a vouch, after which it and the entries it
/// signed count. Refused, with nothing written, when one of those entries
/// would then break a rule (a value for a secret it was never given, a
/// second spelling of a name, ...).
fn vouch(
    ctx: &Context,
    mut writer: crate::vault::write::Writer,
    identity: &crate::keys::identity::Identity,
    fingerprint: &str,
) -> Result<()> {
    let outsider = writer
        .vault
        .outsiders
        .identity(fingerprint)
        .expect("the caller found it")
        .clone();
    let ignored = writer.vault.outsiders.entries();
    let mut me = author(&mut writer, identity)?;
    let added_at = writer.timestamp()?;
    let vouch = me.vouch(&outsider.entry.fingerprint, &added_at)?;
    writer.append_vouch(vouch)?;
    let (pending, report) = writer.pending(&crate::crypto::standard_policy())?;
    if let Some(first) = report.failures.first() {
        return Err(Error::Validation(format!(
            "{}:{}: {first}; accepting {fingerprint} would make that entry count, and it fails \
             verification ({} would fail); nothing was written",
            pending.path.display(),
            first.line,
            report.failing_entries(),
        )));
    }
    let still: std::collections::HashSet<usize> = report.ignored.iter().map(|i| i.line).collect();
    let ahead: Vec<String> =
        crate::vault::ahead::entries_ahead(&pending, crate::vault::timestamp::now())
            .into_iter()
            .filter(|a| ignored.iter().any(|i| i.line == a.line))
            .map(|a| a.describe())
            .collect();
    for a in &ahead {
        ctx.warn(&format!("an entry this accepts is dated ahead: {a}"));
    }
    let accepted: Vec<String> = ignored
        .iter()
        .filter(|i| !still.contains(&i.line))
        .map(|i| format!("{} {} (line {})", i.kind.title(), i.name, i.line))
        .collect();
    writer.commit(&mut me)?;
    ctx.say(&format!(
        "vouched for {fingerprint}, which had added itself on line {}; now counted: {}",
        outsider.line,
        accepted.join(", ")
    ));
    Ok(())
}

/// The configuration's `approved_algorithms`, as the system policy
/// narrowed them, must list the key (dotsecenv checks the same at
/// `identity add`); refused with exit 9.
/// `identity add` of a member's newer certificate (a revocation, a new
/// expiry or subkey): appends it as a certificate update, signed by the
/// member itself, the root or one who vouched for it.
fn update(
    ctx: &Context,
    mut writer: crate::vault::write::Writer,
    identity: &crate::keys::identity::Identity,
    cert: openpgp::Cert,
) -> Result<()> {
    let fingerprint = cert.fingerprint().to_hex();
    if let Some(r) = writer.vault.removal_of(&fingerprint) {
        return Err(Error::Vault {
            message: format!(
                "{fingerprint} was removed from {} (line {}); its certificate is not updated",
                writer.vault.path.display(),
                r.line
            ),
            hint: None,
        });
    }
    let current =
        crate::trust::certificates::current(&writer.vault, &fingerprint).map_err(Error::vault)?;
    let merged = current
        .clone()
        .merge_public(cert.strip_secret_key_material())
        .map_err(|e| {
            Error::key(
                format!("cannot merge the certificate: {e}"),
                "check the key file",
            )
        })?;
    if merged == current {
        return ctx.say_ok(&format!(
            "{fingerprint} is already an identity of the vault with this certificate; nothing changed"
        ));
    }
    let mut me = author(&mut writer, identity)?;
    if !crate::trust::certificates::may_be_updated_by(&writer.vault, &me.fingerprint, &fingerprint)
    {
        return Err(Error::Denied {
            message: format!(
                "{} may not update the certificate of {fingerprint}: only the root, the identity itself, or an identity that vouched for it may",
                me.fingerprint
            ),
            hint: Some("ask the member who added it, or the root".into()),
        });
    }
    let added_at = writer.timestamp()?;
    let entry = me.certificate(&merged, &added_at)?;
    writer.append_certificate(entry)?;
    writer.commit(&mut me)?;
    ctx.say(&format!(
        "updated the certificate of {fingerprint}{}",
        if crate::crypto::revocation::has_revocation(&merged) {
            " (it carries a revocation: entries it signs after it are refused)"
        } else {
            ""
        }
    ));
    Ok(())
}

/// `identity remove FPR`: appends a signed removal (who may remove whom:
/// `crate::trust::state::may_remove`).
pub fn remove(ctx: &Context, fingerprint: &str) -> Result<()> {
    let identity = ctx.identity()?;
    let mut writer = ctx.open_writer()?;
    let mut me = author(&mut writer, &identity)?;
    let target = removable(&writer.vault, fingerprint, &me.fingerprint)?;
    let added_at = writer.timestamp()?;
    let removal = me.removal(&target, &added_at)?;
    writer.append_removal(removal)?;
    writer.commit(&mut me)?;
    ctx.say(&format!(
        "removed identity {target}: nothing it signs from now on counts and dsenv gives it \
         nothing; its key still decrypts the values it was given (here and in git history) \
         with other tools: re-encrypt them with `dsenv rotate --remove-identity {target}`"
    ));
    Ok(())
}

/// The vault's spelling of `fingerprint`, if `by` may remove it now.
pub fn removable(vault: &crate::vault::Vault, fingerprint: &str, by: &str) -> Result<String> {
    let target = vault
        .identity(fingerprint)
        .map(|i| i.entry.fingerprint.clone())
        .ok_or_else(|| Error::Vault {
            message: format!(
                "{fingerprint} is not an identity of {}",
                vault.path.display()
            ),
            hint: Some("`dsenv vault describe` lists the identities".into()),
        })?;
    if let Some(r) = vault.removal_of(&target) {
        return Err(Error::Vault {
            message: format!(
                "{target} was already removed from {} (line {}, {})",
                vault.path.display(),
                r.line,
                r.entry.added_at
            ),
            hint: None,
        });
    }
    let is_root =
        crate::trust::root::root_of(vault).is_some_and(|r| r.eq_ignore_ascii_case(&target));
    match crate::trust::state::may_remove(vault, by, &target) {
        None => Ok(target),
        Some(why) => Err(Error::Denied {
            message: why,
            hint: Some(if is_root {
                "a vault keeps its root; to hand it over, build a new vault and have readers re-pin \
                 it with `dsenv vault trust`"
                    .into()
            } else {
                "ask the root, or the member who added it, to remove it".into()
            }),
        }),
    }
}

fn check_approved(ctx: &Context, cert: &openpgp::Cert, facts: &KeyFacts) -> Result<()> {
    let Some(config) = ctx.config() else {
        return Ok(());
    };
    if config.approves(&facts.algorithm, facts.curve.as_deref(), facts.bits) {
        return Ok(());
    }
    Err(Error::Policy(format!(
        "{}: {}{} ({} bits) is not in approved_algorithms of {}{}",
        cert.fingerprint().to_hex(),
        facts.algorithm,
        facts
            .curve
            .as_deref()
            .map(|c| format!(" {c}"))
            .unwrap_or_default(),
        facts.bits,
        ctx.config_path().display(),
        if ctx.policy().is_some() {
            " (as narrowed by the system policy)"
        } else {
            ""
        }
    )))
}

fn load_public(source: &str) -> Result<openpgp::Cert> {
    let path = Path::new(source);
    let bytes = if path.exists() {
        std::fs::read(path).map_err(|e| Error::vault(format!("{source}: {e}")))?
    } else if source.len() >= 16 && source.chars().all(|c| c.is_ascii_hexdigit()) {
        gpg_export(source)?
    } else {
        return Err(Error::Usage(format!(
            "{source}: neither a key file nor a fingerprint"
        )));
    };
    openpgp::Cert::from_bytes(&bytes).map_err(|e| {
        Error::key(
            format!("{source}: not an OpenPGP public key: {e}"),
            "export it with `gpg --export --armor FPR`",
        )
    })
}

fn refuse_secret_material(
    ctx: &Context,
    source: &str,
    cert: openpgp::Cert,
    allowed: bool,
) -> Result<openpgp::Cert> {
    if !cert.is_tsk() {
        return Ok(cert);
    }
    let fingerprint = cert.fingerprint().to_hex();
    if !allowed {
        return Err(Error::key(
            format!(
                "{source}: holds the secret key of {fingerprint}, not only its public key; \
                 refusing to add it (a secret key handed around is no longer secret)"
            ),
            "ask its owner for `dsenv identity export > me.pub.asc`, or pass \
             --allow-secret-key-file to add only its public part",
        ));
    }
    ctx.warn(&format!(
        "{source}: holds the secret key of {fingerprint}; adding only its public part \
         (--allow-secret-key-file)"
    ));
    Ok(cert.strip_secret_key_material())
}

/// The public key of `fingerprint` (a full fingerprint) from the GnuPG
/// keyring, if gpg has it and it meets the algorithm rules: the identity
/// `secret share` adds, as dotsecenv does.
pub(super) fn keyring_identity(ctx: &Context, fingerprint: &str) -> Option<openpgp::Cert> {
    if fingerprint.len() != 40 || !fingerprint.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let bytes = gpg_export(fingerprint).ok()?;
    let cert = openpgp::Cert::from_bytes(&bytes).ok()?;
    // gpg matched the fingerprint; dsenv checks it too.
    if !cert
        .fingerprint()
        .to_hex()
        .eq_ignore_ascii_case(fingerprint)
    {
        return None;
    }
    let facts = KeyFacts::of(&cert).ok()?;
    check_approved(ctx, &cert, &facts).ok()?;
    Some(cert.strip_secret_key_material())
}

fn gpg_export(fingerprint: &str) -> Result<Vec<u8>> {
    let out = std::process::Command::new("gpg")
        .args(["--batch", "--export", fingerprint])
        .output()
        .map_err(|e| {
            Error::key(
                format!("cannot run gpg to export {fingerprint}: {e}"),
                "pass a public key file instead",
            )
        })?;
    if !out.status.success() || out.stdout.is_empty() {
        return Err(Error::key(
            format!("gpg has no public key {fingerprint}"),
            "pass a public key file instead",
        ));
    }
    Ok(out.stdout)
}
