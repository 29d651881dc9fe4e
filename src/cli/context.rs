//! What every command needs: the vault paths, the key lookup, the output
//! switches, and loading + verifying vaults (fail closed).

use std::path::PathBuf;

use super::{Cli, Command, InitCommand};
use crate::config::{self, Config};
use crate::crypto;
use crate::error::{Error, Result};
use crate::escape::for_terminal;
use crate::keys::{self, identity::Identity, KeyLookup};
use crate::policy_dir::{self, Policy};
use crate::trust::root::{self, Verdict};
use crate::vault::verify::{self, Report};
use crate::vault::write::Writer;
use crate::vault::Vault;

/// At most this many failing entries are listed when a command refuses a
/// vault; `dsenv validate` lists every one.
pub const LISTED_FAILURES: usize = 10;

pub const DEFAULT_VAULT: &str = ".dotsecenv/vault";

pub struct Context {
    pub vaults: Vec<PathBuf>,
    /// Whether a vault was named (`-v` or `DSENV_VAULT`).
    vault_given: bool,
    config_path: PathBuf,
    /// The configuration, already constrained by the system policy.
    config: Option<Config>,
    /// The system policy directory's fragments, when it exists.
    policy: Option<Policy>,
    /// The pinned root(s), strict mode and the first-use record.
    pub trust: root::Settings,
    pub key_file: Option<PathBuf>,
    pub identity: Option<String>,
    pub json: bool,
    pub silent: bool,
    pub verbose: bool,
}

impl Context {
    pub fn from_cli(cli: &Cli) -> Result<Self> {
        let config_path = config::path(cli.config.as_deref());
        let policy = policy_dir::load()?;
        let mut config = if config::named(cli.config.as_deref()) || cli.command.writes_config() {
            config::load(&config_path)?
        } else {
            let (config, warning) = config::load_default(&config_path)?;
            if let Some(w) = warning.filter(|_| !cli.silent) {
                errln!("dsenv: warning: {}", for_terminal(&w));
            }
            config
        };
        let mut policy_notes = Vec::new();
        if let (Some(p), Some(c)) = (&policy, config.as_mut()) {
            policy_notes = p.apply(c);
        }
        let login = config
            .as_ref()
            .and_then(|c| c.login.as_ref())
            .map(|l| l.fingerprint.clone());
        let vault_given = !cli.vaults.is_empty()
            || std::env::var_os("DSENV_VAULT").is_some_and(|v| !v.is_empty());
        let creates_here = matches!(cli.command, Command::Init(InitCommand::Vault));
        let flags = vault_indexes(&cli.vaults, config.as_ref())?;
        let (mut vaults, found_in) = vault_paths(&flags, config.as_ref(), creates_here);
        if let Some(p) = policy.as_ref().filter(|_| cli.command.uses_vaults()) {
            vaults = allowed_vaults(p, vaults, vault_given)?;
        }
        if cli.verbose {
            for note in &policy_notes {
                errln!("dsenv: {}", for_terminal(note));
            }
            if let (Some(dir), Some(vault)) = (
                found_in.filter(|_| cli.command.uses_vaults()),
                vaults.first(),
            ) {
                let line = format!(
                    "vault {} (found in parent directory {})",
                    vault.display(),
                    dir.display()
                );
                errln!("dsenv: {}", for_terminal(&line));
            }
        }
        let trust = root::Settings::new(&cli.trust_root, config.as_ref(), &config_path)?;
        Ok(Context {
            vaults,
            vault_given,
            config_path,
            config,
            policy,
            trust,
            key_file: cli.key_file.clone(),
            identity: cli.identity.clone().or(login),
            json: cli.json,
            silent: cli.silent,
            verbose: cli.verbose,
        })
    }

    pub fn config_path(&self) -> PathBuf {
        self.config_path.clone()
    }

    /// Whether `-v` or `DSENV_VAULT` named a vault.
    pub fn vault_given(&self) -> bool {
        self.vault_given
    }

    /// The configuration as the system policy constrains it.
    pub fn config(&self) -> Option<&Config> {
        self.config.as_ref()
    }

    /// The system policy (`/etc/dotsecenv/policy.d`), when it exists.
    pub fn policy(&self) -> Option<&Policy> {
        self.policy.as_ref()
    }

    /// Whether a configuration file was found.
    pub fn has_config(&self) -> bool {
        self.config.is_some()
    }

    /// The vault that write commands change: the first vault path. With
    /// several vaults and none named, as dotsecenv: refused when no
    /// terminal could be asked (a script must say which); on a terminal,
    /// the first.
    pub fn write_vault(&self) -> Result<&std::path::Path> {
        if self.vaults.len() > 1 && !self.vault_given && !has_terminal() {
            return Err(Error::Usage(format!(
                "multiple vaults configured ({}) and no terminal available; specify the \
                 target vault with -v PATH or -v N (1-based, in the configuration's order)",
                self.vaults.len()
            )));
        }
        self.vaults
            .first()
            .map(|p| p.as_path())
            .ok_or_else(|| Error::vault("no vault path configured"))
    }

    /// A success message on stderr (stdout stays for data), unless -s.
    pub fn say(&self, message: &str) {
        if !self.silent {
            errln!("dsenv: {}", for_terminal(message));
        }
    }

    /// `say`, for commands that end without changing anything.
    pub fn say_ok(&self, message: &str) -> Result<()> {
        self.say(message);
        Ok(())
    }

    pub fn warn(&self, message: &str) {
        if !self.silent {
            errln!("dsenv: warning: {}", for_terminal(message));
        }
    }

    pub fn note(&self, message: &str) {
        if self.verbose {
            errln!("dsenv: {}", for_terminal(message));
        }
    }

    /// Loads every vault and verifies every entry. Any failure stops here,
    /// before a single value is decrypted.
    pub fn verified_vaults(&self) -> Result<Vec<Vault>> {
        let policy = crypto::standard_policy();
        let mut out = Vec::new();
        for path in &self.vaults {
            let vault = Vault::load(path)?;
            let report = verify::verify(&vault, &policy);
            if !report.is_valid() {
                return Err(self.refuse(&vault, &report));
            }
            self.check_trust(&vault)?;
            self.warn_outsiders(&vault);
            out.push(vault);
        }
        Ok(out)
    }

    /// Says, once per vault, that entries of identities no member added
    /// are ignored, and how a member accepts them.
    pub fn warn_outsiders(&self, vault: &Vault) {
        if vault.outsiders.is_empty() {
            return;
        }
        self.warn(&format!(
            "{}: {}; nothing they signed is used (dotsecenv adds a non-member who runs `secret \
             store` this way): `dsenv validate` lists them, and a member accepts one with \
             `dsenv identity add` of its public key",
            vault.path.display(),
            vault.outsiders.summary()
        ));
    }

    /// Checks a verified vault's root against the pin (exit 6 if it is not
    /// the pinned one); on first use records it and says so, once.
    pub fn check_trust(&self, vault: &Vault) -> Result<()> {
        self.check_trust_to(vault, Purpose::Read)
    }

    /// Writers skip the strict coverage rule: every write ends with a
    /// checkpoint of every line it verified (`vault checkpoint` is the fix
    /// the rule's message names).
    fn check_trust_to(&self, vault: &Vault, purpose: Purpose) -> Result<()> {
        let verdict = self.trust.check(vault)?;
        // The first-use record also remembers the newest checkpoint seen;
        // a root pinned by flag, environment or configuration leaves the
        // record alone (not even read).
        let recorded = matches!(
            &verdict,
            Verdict::FirstUse(_)
                | Verdict::Pinned(root::Pin {
                    source: root::Source::Record { .. },
                    ..
                })
        );
        match verdict {
            Verdict::FirstUse(known) => self.say(&root::first_use_notice(
                &vault.path,
                &known,
                &self.trust.record_file,
            )),
            Verdict::Pinned(pin) => self.note(&format!(
                "{}: root {} pinned by {}",
                vault.path.display(),
                root::root_of(vault).unwrap_or_default(),
                pin.source
            )),
            Verdict::Unrecorded { root, why } => {
                self.warn(&root::unrecorded_warning(&vault.path, &root, &why))
            }
            Verdict::NoRoot => {}
        }
        let state = crate::trust::state::summary(vault);
        match &self.trust.strict {
            Some(why) if purpose == Purpose::Read => {
                crate::trust::rollback::require_covered(vault, &state, why)?
            }
            _ => {}
        }
        if recorded {
            crate::trust::rollback::check(&self.trust.record_file, vault, &state)?;
        }
        Ok(())
    }

    /// Locks the write vault, verifies it and checks its root: writers
    /// never append to a vault whose root is not trusted.
    pub fn open_writer(&self) -> Result<Writer> {
        let writer = Writer::open(self.write_vault()?, &crypto::standard_policy())?;
        self.check_trust_to(&writer.vault, Purpose::Write)?;
        self.warn_outsiders(&writer.vault);
        Ok(writer)
    }

    /// [`Self::open_writer`] for a change to existing secrets: with several
    /// vaults and none named, the first vault that holds every one of
    /// `keys` (as dotsecenv's share finds the secret's vault).
    pub fn open_writer_holding(&self, keys: &[String]) -> Result<Writer> {
        if self.vaults.len() > 1 && !self.vault_given && !keys.is_empty() {
            let holder = self.vaults.iter().find(|path| {
                Vault::load(path).is_ok_and(|v| keys.iter().all(|k| v.secret(k).is_some()))
            });
            if let Some(path) = holder {
                let writer = Writer::open(path, &crypto::standard_policy())?;
                self.check_trust_to(&writer.vault, Purpose::Write)?;
                self.warn_outsiders(&writer.vault);
                return Ok(writer);
            }
        }
        self.open_writer()
    }

    /// One line per failure, the first [`LISTED_FAILURES`] of them (a
    /// pushed vault can fail on a million lines; `validate` lists them
    /// all), then the refusal.
    fn refuse(&self, vault: &Vault, report: &Report) -> Error {
        for f in report.failures.iter().take(LISTED_FAILURES) {
            let line = format!(
                "{}:{}: {}",
                vault.path.display(),
                f.line,
                super::validate::failure_line(f)
            );
            errln!("dsenv: {}", for_terminal(&line));
        }
        let more = report.failures.len().saturating_sub(LISTED_FAILURES);
        if more > 0 {
            errln!(
                "dsenv: {}: {more} more failure(s) not listed; `dsenv validate` lists every one",
                vault.path.display()
            );
        }
        let message = format!(
            "{}: {} failed verification; nothing was run",
            vault.path.display(),
            report.failing_entries()
        );
        if report.only_policy_failures() {
            Error::Policy(message)
        } else {
            Error::Validation(message)
        }
    }

    /// Finds and loads this machine's identity.
    pub fn identity(&self) -> Result<Identity> {
        self.identity_for(self.identity.as_deref())
    }

    /// Loads the identity `wanted` (a fingerprint) from the key sources.
    ///
    /// With the `gpg-agent` feature, when no key source is set and a
    /// fingerprint is known (`--identity`, `DSENV_IDENTITY` or the
    /// configuration's login), the key kept in GnuPG is used through
    /// gpg-agent.
    pub fn identity_for(&self, wanted: Option<&str>) -> Result<Identity> {
        let lookup = KeyLookup::from_env(self.key_file.clone(), wanted)?;
        let material = match lookup.find() {
            Ok(material) => material,
            #[cfg(feature = "gpg-agent")]
            Err(Error::IdentityRequired(_)) if wanted.is_some() => {
                let fingerprint = wanted.unwrap_or_default();
                self.note(&format!("key {fingerprint} from gpg-agent"));
                return keys::agent::load(fingerprint);
            }
            Err(e) => return Err(e),
        };
        self.note(&format!("key from {}", material.source));
        if let Some(warning) = material.file_mode.as_ref().and_then(|m| m.warning.as_ref()) {
            self.warn(warning);
        }
        keys::identity::load(&material, wanted)
    }
}

/// The vaults the system policy's `approved_vault_paths` allow: a named
/// vault it does not match is refused (exit 8), configured ones are
/// dropped, and none left is refused too.
fn allowed_vaults(policy: &Policy, vaults: Vec<PathBuf>, given: bool) -> Result<Vec<PathBuf>> {
    let (allowed, refused): (Vec<PathBuf>, Vec<PathBuf>) =
        vaults.into_iter().partition(|v| policy.allows_vault(v));
    match refused.first() {
        Some(v) if given || allowed.is_empty() => Err(Error::Denied {
            message: format!(
                "{}: vault path not allowed by the system policy ({})",
                v.display(),
                policy.dir.display()
            ),
            hint: Some(format!(
                "allowed: {}; see `dsenv policy list`",
                policy.merged_vault_paths().join(", ")
            )),
        }),
        _ => Ok(allowed),
    }
}

/// Whether a controlling terminal can be opened (as dotsecenv asks it).
pub fn has_terminal() -> bool {
    use std::io::IsTerminal;
    std::fs::File::open("/dev/tty").is_ok_and(|tty| tty.is_terminal())
}

/// `-v N` (digits only) is the Nth vault of the configuration's list, as
/// in dotsecenv; a file of that name is used as a path only when no
/// configuration lists vaults.
fn vault_indexes(flags: &[PathBuf], config: Option<&Config>) -> Result<Vec<PathBuf>> {
    let configured = config.map(Config::vault_paths).unwrap_or_default();
    flags
        .iter()
        .map(|flag| {
            let Some(index) = flag
                .to_str()
                .filter(|s| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
                .map(|s| s.parse::<usize>().unwrap_or(usize::MAX))
            else {
                return Ok(flag.clone());
            };
            if configured.is_empty() && flag.exists() {
                return Ok(flag.clone());
            }
            index
                .checked_sub(1)
                .and_then(|i| configured.get(i))
                .cloned()
                .ok_or_else(|| {
                    Error::Usage(format!(
                        "-v {}: a vault index (N >= 1), and the configuration lists {} vault(s){}",
                        flag.display(),
                        configured.len(),
                        configured
                            .iter()
                            .enumerate()
                            .map(|(i, p)| format!(
                                "{}{}. {}",
                                if i == 0 { ": " } else { ", " },
                                i + 1,
                                p.display()
                            ))
                            .collect::<String>()
                    ))
                })
        })
        .collect()
}

/// `-v` flags, else `DSENV_VAULT`, else the configuration's vault list
/// (those that exist, or the first), else `.dotsecenv/vault` in the
/// nearest directory that has one (see [`discover`]), else in the current
/// directory. `here_only` (`init vault`) skips the search: a new vault is
/// made where the user is. Returns the paths and, for a vault found in a
/// parent directory, that directory.
fn vault_paths(
    flags: &[PathBuf],
    config: Option<&Config>,
    here_only: bool,
) -> (Vec<PathBuf>, Option<PathBuf>) {
    if !flags.is_empty() {
        return (flags.to_vec(), None);
    }
    if let Some(v) = std::env::var_os("DSENV_VAULT").filter(|v| !v.is_empty()) {
        return (std::env::split_paths(&v).collect(), None);
    }
    let configured = config.map(Config::vault_paths).unwrap_or_default();
    let existing: Vec<PathBuf> = configured.iter().filter(|p| p.exists()).cloned().collect();
    match (existing.is_empty(), configured.first()) {
        (false, _) => (existing, None),
        (true, Some(first)) => (vec![first.clone()], None),
        (true, None) => match std::env::current_dir().ok().filter(|_| !here_only) {
            Some(cwd) => match discover(&cwd) {
                Some(dir) if dir != cwd => (vec![dir.join(DEFAULT_VAULT)], Some(dir)),
                _ => (vec![PathBuf::from(DEFAULT_VAULT)], None),
            },
            None => (vec![PathBuf::from(DEFAULT_VAULT)], None),
        },
    }
}

/// The directory whose `.dotsecenv/vault` a command in `start` uses, the
/// way git finds `.git`: `start` or the nearest parent that has one, not
/// searching above the repository root (the first directory with a `.git`
/// entry, file or directory) or the filesystem root. Anything at that path
/// counts (a symlink too): loading it decides whether it is a usable vault.
pub fn discover(start: &std::path::Path) -> Option<PathBuf> {
    for dir in start.ancestors() {
        if dir.join(DEFAULT_VAULT).symlink_metadata().is_ok() {
            return Some(dir.to_path_buf());
        }
        if dir.join(".git").symlink_metadata().is_ok() {
            return None;
        }
    }
    None
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Purpose {
    Read,
    Write,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn discovery_stops_at_the_repository_root() {
        let tmp = tempfile::tempdir().unwrap();
        let top = tmp.path();
        let repo = top.join("repo");
        let deep = repo.join("a/b");
        std::fs::create_dir_all(&deep).unwrap();
        std::fs::create_dir_all(top.join(".dotsecenv")).unwrap();
        std::fs::write(top.join(DEFAULT_VAULT), "").unwrap();
        // No .git yet: the search goes on up to the vault above.
        assert_eq!(discover(&deep), Some(top.to_path_buf()));
        std::fs::create_dir(repo.join(".git")).unwrap();
        assert_eq!(discover(&deep), None);
        std::fs::create_dir_all(repo.join("a/.dotsecenv")).unwrap();
        std::fs::write(repo.join("a").join(DEFAULT_VAULT), "").unwrap();
        assert_eq!(discover(&deep), Some(repo.join("a")));
        assert_eq!(discover(&repo.join("a")), Some(repo.join("a")));
    }
}
