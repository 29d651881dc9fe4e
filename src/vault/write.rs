//! Changing a vault: lock, re-read, verify, append entries, rewrite the
//! whole file atomically (temp file in the same directory, fsync, rename,
//! fsync the directory). A failed command leaves the vault untouched.

use std::io::{Read, Seek, Write};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};

use sequoia_openpgp::policy::Policy;
use time::OffsetDateTime;

use super::author::Author;
use super::entry::{Entry, IdentityEntry, SecretEntry, ValueEntry};
use super::header::{Header, SecretIndex, DATA_MARKER, HEADER_MARKER};
use super::lock::{self, VaultLock};
use super::statement::{self, Certificate, Removal, Statement, Vouch};
use super::{timestamp, verify, Vault};
use crate::error::{Error, Result};

/// dotsecenv reads lines with Go's bufio.Scanner, which fails on a line of
/// 64 KiB or more and makes the whole vault unreadable; dsenv never writes one.
pub const MAX_WRITTEN_LINE: usize = 64 * 1024 - 1;

/// A vault locked for writing, with the entries appended so far.
pub struct Writer {
    path: PathBuf,
    lock: VaultLock,
    /// The vault as read under the lock (verified).
    pub vault: Vault,
    lines: Vec<String>,
    header: Header,
    newest: OffsetDateTime,
}

impl Writer {
    /// Locks the vault, reads it under the lock and verifies every entry:
    /// dsenv never appends to a vault it would refuse to run.
    pub fn open(path: &Path, policy: &(dyn Policy + Sync)) -> Result<Writer> {
        let target = resolve_link(path)?;
        let path = target.as_path();
        refuse_read_only(path)?;
        let lock = lock::lock(path, lock::timeout_from_env())?;
        let mut bytes = Vec::new();
        let mut file = lock.file();
        file.rewind()
            .and_then(|_| file.read_to_end(&mut bytes))
            .map_err(|e| io_error(path, e))?;
        let vault = Vault::parse(path, &bytes)?;
        let report = verify::verify(&vault, policy);
        if let Some(first) = report.failures.first() {
            // The first failure names the line and the rule; validate lists all.
            return Err(Error::Validation(format!(
                "{}:{}: {first}; refusing to write to it ({} fail{} verification)",
                path.display(),
                first.line,
                report.failing_entries(),
                if report.failing_lines() == 1 { "s" } else { "" },
            )));
        }
        let lines = if vault.lines.is_empty() {
            vec![
                HEADER_MARKER.to_string(),
                String::new(),
                DATA_MARKER.to_string(),
            ]
        } else {
            vault.lines.clone()
        };
        let newest = newest_entry(&vault);
        Ok(Writer {
            path: path.to_path_buf(),
            lock,
            header: vault.header.clone(),
            vault,
            lines,
            newest,
        })
    }

    /// The time stamp for new entries, in dotsecenv's format: now, or 1 µs
    /// after the vault's newest entry when that is later. Entries stay in
    /// order, and one entry dated in the future (a wrong clock, or a member
    /// doing it on purpose) cannot freeze the revocations and rotations a
    /// team needs (`validate` reports it, see [`super::ahead`]).
    pub fn timestamp(&mut self) -> Result<String> {
        let next = self.newest + time::Duration::microseconds(1);
        let stamp = timestamp::now().max(next);
        self.newest = stamp;
        Ok(timestamp::format_go(stamp))
    }

    pub fn append_identity(&mut self, entry: IdentityEntry) -> Result<()> {
        let fingerprint = entry.fingerprint.clone();
        if let Some(outsider) = self.vault.outsiders.identity(&fingerprint) {
            return Err(Error::Vault {
                message: format!(
                    "{}: {fingerprint} is already in the vault (line {}), added by {} and no \
                     member",
                    self.path.display(),
                    outsider.line,
                    outsider.entry.signed_by
                ),
                hint: Some("a member accepts it with `dsenv identity add` of its key".into()),
            });
        }
        let line = self.push(&Entry::Identity(entry))?;
        self.header.identities.push((fingerprint, line));
        Ok(())
    }

    pub fn append_secret(&mut self, entry: SecretEntry) -> Result<()> {
        let key = entry.key.clone();
        if let Some(theirs) = self.vault.outsiders.secret(&key) {
            // The header has one index per key: the name is taken.
            return Err(Error::Vault {
                message: format!(
                    "{}: secret {} is defined on line {} by {}, an identity no member added; \
                     dsenv ignores it, and the name is taken",
                    self.path.display(),
                    theirs.key,
                    theirs.definition.line,
                    theirs.definition.entry.signed_by
                ),
                hint: Some(
                    "store it under another name, or have a member accept that identity \
                     (`dsenv identity add` of its public key)"
                        .into(),
                ),
            });
        }
        let line = self.push(&Entry::Secret(entry))?;
        self.header.secrets.push((
            key,
            SecretIndex {
                secret: line,
                values: vec![],
            },
        ));
        Ok(())
    }

    pub fn append_value(&mut self, key: &str, entry: ValueEntry) -> Result<()> {
        let line = self.push(&Entry::Value {
            secret: key.to_string(),
            data: entry,
        })?;
        let index = self
            .header
            .secrets
            .iter_mut()
            .find(|(k, _)| k == key)
            .map(|(_, idx)| idx)
            .ok_or_else(|| Error::vault(format!("secret {key} has no definition in the header")))?;
        index.values.push(line);
        Ok(())
    }

    fn push(&mut self, entry: &Entry) -> Result<usize> {
        self.push_line(entry.to_line())?;
        Ok(self.lines.len())
    }

    fn push_line(&mut self, line: String) -> Result<()> {
        if line.len() > MAX_WRITTEN_LINE {
            return Err(Error::Usage(format!(
                "the entry would be a {}-byte line; dotsecenv cannot read lines of 64 KiB or more, \
                 so values are limited to about 35 KB",
                line.len()
            )));
        }
        self.lines.push(line);
        Ok(())
    }

    /// Appends a removal of a member (a line the header does not index).
    pub fn append_removal(&mut self, removal: Removal) -> Result<()> {
        self.push_line(Statement::Removal(removal).to_line())
    }

    /// Appends a member's vouch for an outsider (not indexed).
    pub fn append_vouch(&mut self, vouch: Vouch) -> Result<()> {
        self.push_line(Statement::Vouch(vouch).to_line())
    }

    /// The vault as it would be written now (before its checkpoint), and
    /// its verification: for a change whose effect on other entries must
    /// be seen before it is made.
    pub fn pending(&self, policy: &(dyn Policy + Sync)) -> Result<(Vault, verify::Report)> {
        let mut lines = self.lines.clone();
        lines[1] = self.header.to_line();
        let vault = Vault::parse(&self.path, (lines.join("\n") + "\n").as_bytes())?;
        let report = verify::verify(&vault, policy);
        Ok((vault, report))
    }

    /// Appends a newer copy of a member's certificate (not indexed).
    pub fn append_certificate(&mut self, certificate: Certificate) -> Result<()> {
        self.push_line(Statement::Certificate(certificate).to_line())
    }

    /// Signs the new state (a checkpoint covering every data line) and
    /// writes the header and every line to the vault, atomically.
    pub fn commit(mut self, author: &mut Author) -> Result<()> {
        self.lines[1] = self.header.to_line();
        self.seal(author)?;
        let text = self.lines.join("\n") + "\n";
        replace_file(&self.path, text.as_bytes(), self.lock.file())
    }

    /// Replaces the whole vault (compact, upgrade) with `lines`, atomically,
    /// signed with a checkpoint that continues the vault's sequence.
    pub fn rewrite(mut self, lines: Vec<String>, author: &mut Author) -> Result<()> {
        self.lines = lines;
        self.seal(author)?;
        let text = self.lines.join("\n") + "\n";
        replace_file(&self.path, text.as_bytes(), self.lock.file())
    }

    /// Replaces the vault with a merge of it and another branch (`lines`:
    /// markers, header and data lines, see [`super::merge`]), sealed with a
    /// checkpoint numbered `seq` (above both branches' newest). `accept`
    /// sees the sealed lines first: when it refuses, nothing is written.
    pub fn rewrite_merged(
        mut self,
        lines: Vec<String>,
        seq: u64,
        author: &mut Author,
        accept: impl FnOnce(&[String]) -> Result<()>,
    ) -> Result<()> {
        let merged = Vault::parse(&self.path, (lines.join("\n") + "\n").as_bytes())?;
        // Entries of the other branch may be newer than any of this one.
        self.newest = self.newest.max(newest_entry(&merged));
        self.lines = lines;
        self.seal_as(seq, author)?;
        accept(&self.lines)?;
        let text = self.lines.join("\n") + "\n";
        replace_file(&self.path, text.as_bytes(), self.lock.file())
    }

    /// Replaces the vault with `lines` as they are: another verified
    /// vault that already holds every line of this one (a merge whose other
    /// branch contains this branch's changes).
    pub fn replace_verbatim(self, lines: &[String]) -> Result<()> {
        let text = lines.join("\n") + "\n";
        replace_file(&self.path, text.as_bytes(), self.lock.file())
    }

    /// Appends the checkpoint of everything above it.
    fn seal(&mut self, author: &mut Author) -> Result<()> {
        let seq = self
            .vault
            .latest_checkpoint()
            .map_or(0, |c| c.entry.seq)
            .checked_add(1)
            .ok_or_else(|| {
                Error::Validation(format!(
                    "{}: the newest checkpoint's seq is the largest there is; no write can \
                     follow it",
                    self.path.display()
                ))
            })?;
        self.seal_as(seq, author)
    }

    fn seal_as(&mut self, seq: u64, author: &mut Author) -> Result<()> {
        let covered = &self.lines[3..];
        let (count, digest) = (covered.len(), statement::digest_of(covered));
        let added_at = self.timestamp()?;
        let checkpoint = author.checkpoint(seq, count, digest, &added_at)?;
        self.push_line(Statement::Checkpoint(checkpoint).to_line())
    }
}

/// The file a writer changes: `path`, or the file its chain of symbolic
/// links ends at (which need not exist yet, for `init vault`). The lock,
/// the temporary file and the rename are all beside that file, so a
/// symlinked vault stays a link and every writer, through the link or
/// not, serialises on the one file (renaming onto the link would replace
/// it with a regular file, and two writers would diverge silently).
fn resolve_link(path: &Path) -> Result<PathBuf> {
    let mut current = path.to_path_buf();
    for _ in 0..40 {
        match std::fs::symlink_metadata(&current) {
            Ok(m) if m.file_type().is_symlink() => {
                let next = std::fs::read_link(&current).map_err(|e| io_error(&current, e))?;
                current = match current.parent() {
                    Some(dir) if next.is_relative() => dir.join(next),
                    _ => next,
                };
            }
            _ => return Ok(current),
        }
    }
    Err(Error::Vault {
        message: format!(
            "{}: the vault is a symbolic link that cannot be followed (a loop, or more than 40 links)",
            path.display()
        ),
        hint: Some("point the link at the vault file, or pass the file itself with -v".into()),
    })
}

/// Creates a new empty vault (3-line skeleton); refuses to touch an
/// existing non-empty file.
pub fn create_empty(path: &Path) -> Result<()> {
    use std::os::unix::fs::OpenOptionsExt;
    let target = resolve_link(path)?;
    let path = target.as_path();
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| io_error(dir, e))?;
    }
    let file = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .mode(0o600)
        .open(path);
    let file = file.map_err(|e| io_error(path, e))?;
    if file.metadata().map_err(|e| io_error(path, e))?.len() > 0 {
        return Err(Error::Vault {
            message: format!("{}: a vault already exists there", path.display()),
            hint: Some("`dsenv vault describe` shows what it holds".into()),
        });
    }
    let empty = Header {
        version: 2,
        identities: vec![],
        secrets: vec![],
    };
    let text = format!("{HEADER_MARKER}\n{}\n{DATA_MARKER}\n", empty.to_line());
    replace_file(path, text.as_bytes(), &file)
}

fn newest_entry(vault: &Vault) -> OffsetDateTime {
    let times = vault
        .identities
        .iter()
        .map(|i| i.entry.added_at.as_str())
        .chain(vault.secrets.iter().flat_map(|s| {
            std::iter::once(s.definition.entry.added_at.as_str())
                .chain(s.values.iter().map(|v| v.entry.data.added_at.as_str()))
        }))
        // Checkpoints must not go back in time either.
        .chain(vault.statements.iter().map(|s| s.entry.added_at()));
    times
        .filter_map(timestamp::parse)
        .max()
        .unwrap_or(OffsetDateTime::UNIX_EPOCH)
}

/// Even root must not write a vault its owner made read-only.
fn refuse_read_only(path: &Path) -> Result<()> {
    match std::fs::metadata(path) {
        Ok(m) if m.permissions().mode() & 0o200 == 0 => Err(Error::Vault {
            message: format!(
                "{}: the vault file is read-only (mode {:o})",
                path.display(),
                m.permissions().mode() & 0o777
            ),
            hint: Some("make it writable (chmod u+w) if you mean to change it".into()),
        }),
        _ => Ok(()),
    }
}

/// Temp file in the same directory with the old file's mode (and owner,
/// when root), fsync, rename over the vault, fsync the directory.
fn replace_file(path: &Path, content: &[u8], old: &std::fs::File) -> Result<()> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let meta = old.metadata().map_err(|e| io_error(path, e))?;
    let write = || -> std::io::Result<()> {
        let mut tmp = tempfile::Builder::new()
            .prefix(&format!(".{name}."))
            .suffix(".tmp")
            .tempfile_in(dir)?;
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(meta.mode() & 0o7777))?;
        if nix::unistd::geteuid().is_root() {
            std::os::unix::fs::fchown(tmp.as_file(), Some(meta.uid()), Some(meta.gid()))?;
        }
        tmp.write_all(content)?;
        test_crash_point("written");
        tmp.as_file().sync_all()?;
        test_crash_point("synced");
        tmp.persist(path).map_err(|e| e.error)?;
        test_crash_point("renamed");
        std::fs::File::open(dir)?.sync_all()
    };
    write().map_err(|e| Error::Vault {
        message: format!(
            "{}: cannot write the vault: {e}; it is unchanged",
            path.display()
        ),
        hint: None,
    })
}

/// Debug builds only: `DSENV_TEST_CRASH_AT=written|synced|renamed` kills
/// the process at that step, for the crash-safety tests.
fn test_crash_point(step: &str) {
    #[cfg(debug_assertions)]
    if std::env::var("DSENV_TEST_CRASH_AT").is_ok_and(|v| v == step) {
        let _ = nix::sys::signal::raise(nix::sys::signal::Signal::SIGKILL);
    }
    #[cfg(not(debug_assertions))]
    let _ = step;
}

fn io_error(path: &Path, e: std::io::Error) -> Error {
    Error::vault(format!("{}: {e}", path.display()))
}
