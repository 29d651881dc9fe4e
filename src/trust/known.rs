//! The first-use record, like ssh's `known_hosts`: which root each vault
//! path had when this user first used it.
//!
//! File: `$XDG_DATA_HOME/dsenv/known_vaults` (default
//! `~/.local/share/dsenv/known_vaults`), directory 0700, file 0600. One line
//! per vault, fields separated by one space:
//!
//! ```text
//! /abs/path/to/.dotsecenv/vault B9636EE87BBA28F466FC3F324F40E8111E73B573 2026-12-02T08:10:00Z [seq=N] [key=value ...]
//! ```
//!
//! The path is the vault's canonical absolute path with `%`, spaces and
//! control bytes percent-encoded; the fingerprint is upper case; the date is
//! when the root was recorded (UTC). Optional `key=value` fields follow:
//! `seq=N` is the highest checkpoint sequence seen outside git,
//! `seq@BRANCH=N` the highest seen on that git branch (percent-encoded, `=`
//! too; see [`super::history`]), other keys are kept as they are so that
//! newer versions can add fields. Lines starting with `#`
//! are comments. Readers never lock (every write is a rename); writers take
//! `flock` on `known_vaults.lock` so that concurrent first uses do not lose
//! each other's lines. The record holds fingerprints and paths, never a secret.

use std::io::Write;
use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
use std::path::{Path, PathBuf};

use time::OffsetDateTime;

use super::history::History;
use crate::error::{Error, Result};

pub const FILE_NAME: &str = "known_vaults";

/// The record file is read whole; a user's list of vaults is far smaller.
const MAX_BYTES: usize = 16 * 1024 * 1024;

/// One vault's line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Known {
    /// Canonical absolute path of the vault.
    pub vault: PathBuf,
    /// The root fingerprint, upper case.
    pub root: String,
    /// When the root was recorded (RFC 3339, UTC).
    pub recorded_at: String,
    /// Highest checkpoint sequence number seen outside git, if any.
    pub seq: Option<u64>,
    /// Highest checkpoint sequence number seen on each git branch.
    pub branch_seq: std::collections::BTreeMap<String, u64>,
    /// Other `key=value` fields, kept verbatim.
    pub extra: Vec<String>,
}

/// The whole record file.
#[derive(Debug, Default)]
pub struct Record {
    pub path: PathBuf,
    pub entries: Vec<Known>,
}

/// `$XDG_DATA_HOME/dsenv/known_vaults`, else `~/.local/share/dsenv/known_vaults`.
pub fn path() -> PathBuf {
    crate::config::data_home().join("dsenv").join(FILE_NAME)
}

/// The canonical absolute path a vault is recorded under.
pub fn canonical(vault: &Path) -> Result<PathBuf> {
    std::fs::canonicalize(vault).map_err(|e| Error::vault(format!("{}: {e}", vault.display())))
}

impl Record {
    /// Reads the record at `path`; an absent file is an empty record.
    pub fn load(path: &Path) -> Result<Record> {
        Record::read(path, true)
    }

    /// `unreadable_is_empty`: whether a record this user may not read
    /// counts as none (when only looking); never when rewriting it, which
    /// would drop its lines.
    fn read(path: &Path, unreadable_is_empty: bool) -> Result<Record> {
        let bytes = match crate::capped_read::read(path, MAX_BYTES) {
            Ok(b) => b,
            // No record yet, no directory there at all (a HOME that is a
            // file or missing), or one this user may not read (a HOME that
            // is not theirs): nothing recorded for this user. Recording
            // then fails too, and the command warns that it is a first use.
            Err(crate::capped_read::CappedReadError::Io(e))
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory
                ) || (unreadable_is_empty
                    && e.kind() == std::io::ErrorKind::PermissionDenied) =>
            {
                return Ok(Record {
                    path: path.to_path_buf(),
                    entries: vec![],
                })
            }
            Err(e) => return Err(record_error(path, 0, &e.to_string())),
        };
        let text = std::str::from_utf8(&bytes)
            .map_err(|_| record_error(path, 0, "not UTF-8 (paths are percent-encoded)"))?;
        let mut entries = Vec::new();
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            entries.push(Known::parse(line).map_err(|why| record_error(path, i + 1, &why))?);
        }
        Ok(Record {
            path: path.to_path_buf(),
            entries,
        })
    }

    /// The line for the vault at canonical path `vault`.
    pub fn get(&self, vault: &Path) -> Option<&Known> {
        self.entries.iter().find(|k| k.vault == vault)
    }

    fn get_mut(&mut self, vault: &Path) -> Option<&mut Known> {
        self.entries.iter_mut().find(|k| k.vault == vault)
    }

    fn to_text(&self) -> String {
        let mut out = String::from(
            "# dsenv: the root identity of each vault, recorded on first use.\n\
             # Re-pin deliberately with `dsenv -v VAULT vault trust [FPR]`.\n",
        );
        for k in &self.entries {
            out.push_str(&k.to_line());
            out.push('\n');
        }
        out
    }
}

impl Known {
    /// The highest sequence seen along `history` (none for a detached HEAD).
    pub fn seen(&self, history: &History) -> Option<u64> {
        match history {
            History::Plain => self.seq,
            History::Branch(b) => self.branch_seq.get(b).copied(),
            History::Detached => None,
        }
    }

    /// Sets what was seen along `history`; `None` forgets it.
    fn set_seen(&mut self, history: &History, seq: Option<u64>) {
        match (history, seq) {
            (History::Plain, _) => self.seq = seq,
            (History::Branch(b), Some(n)) => {
                self.branch_seq.insert(b.clone(), n);
            }
            (History::Branch(b), None) => {
                self.branch_seq.remove(b);
            }
            (History::Detached, _) => {}
        }
    }

    fn parse(line: &str) -> std::result::Result<Known, String> {
        let mut fields = line.split(' ');
        let (Some(vault), Some(root), Some(recorded_at)) =
            (fields.next(), fields.next(), fields.next())
        else {
            return Err("expected `PATH FINGERPRINT DATE [seq=N]`".into());
        };
        let vault = decode_path(vault).ok_or("path: bad percent-encoding")?;
        if !vault.is_absolute() {
            return Err("path: not absolute".into());
        }
        if root.is_empty() || !root.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(format!("fingerprint: `{root}` is not hexadecimal"));
        }
        if crate::vault::timestamp::parse(recorded_at).is_none() {
            return Err(format!("date: `{recorded_at}` is not an RFC 3339 time"));
        }
        let mut known = Known {
            vault,
            root: root.to_ascii_uppercase(),
            recorded_at: recorded_at.to_string(),
            seq: None,
            branch_seq: Default::default(),
            extra: vec![],
        };
        for field in fields {
            let number = |n: &str| {
                n.parse::<u64>()
                    .map_err(|_| format!("seq: `{n}` is not a number"))
            };
            match field.split_once('=') {
                Some(("seq", n)) => known.seq = Some(number(n)?),
                Some((k, n)) if k.starts_with("seq@") => {
                    let branch = decode_text(&k["seq@".len()..])
                        .ok_or("seq@: bad percent-encoding in the branch")?;
                    known.branch_seq.insert(branch, number(n)?);
                }
                Some((k, _)) if !k.is_empty() => known.extra.push(field.to_string()),
                _ => return Err(format!("`{field}`: expected key=value")),
            }
        }
        Ok(known)
    }

    fn to_line(&self) -> String {
        let mut line = format!(
            "{} {} {}",
            encode_path(&self.vault),
            self.root,
            self.recorded_at
        );
        if let Some(seq) = self.seq {
            line.push_str(&format!(" seq={seq}"));
        }
        for (branch, seq) in &self.branch_seq {
            line.push_str(&format!(" seq@{}={seq}", encode(branch.as_bytes(), b"=")));
        }
        for field in &self.extra {
            line.push(' ');
            line.push_str(field);
        }
        line
    }
}

/// Records `root` for the vault at canonical path `vault` (replacing any
/// earlier root; a changed root drops the old `seq`). Returns the line
/// as written.
pub fn record_root(file: &Path, vault: &Path, root: &str) -> Result<Known> {
    update(file, |record| {
        let root = root.to_ascii_uppercase();
        let fresh = Known {
            vault: vault.to_path_buf(),
            root: root.clone(),
            recorded_at: now(),
            seq: None,
            branch_seq: Default::default(),
            extra: vec![],
        };
        match record.get_mut(vault) {
            Some(k) if k.root == root => {
                k.recorded_at = fresh.recorded_at;
                k.clone()
            }
            Some(k) => {
                *k = fresh;
                k.clone()
            }
            None => {
                record.entries.push(fresh.clone());
                fresh
            }
        }
    })
}

/// Records `seq` as the highest checkpoint sequence seen for the vault at
/// canonical path `vault` along `history` (never lowers it). The vault
/// must be recorded.
pub fn record_seq(file: &Path, vault: &Path, history: &History, seq: u64) -> Result<Known> {
    let known = update(file, |record| {
        let k = record.get_mut(vault)?;
        let highest = k.seen(history).map_or(seq, |old| old.max(seq));
        k.set_seen(history, Some(highest));
        Some(k.clone())
    })?;
    known.ok_or_else(|| {
        Error::vault(format!(
            "{}: no root is recorded for this vault in {}",
            vault.display(),
            file.display()
        ))
    })
}

/// Sets the recorded `seq` to exactly `seq` (`vault trust`: a state
/// accepted on purpose, even an older one).
pub fn reset_seq(file: &Path, vault: &Path, history: &History, seq: u64) -> Result<()> {
    update(file, |record| {
        if let Some(k) = record.get_mut(vault) {
            k.set_seen(history, (seq > 0).then_some(seq));
        }
    })
}

/// Read, change and rewrite the record under its lock, atomically.
fn update<T>(file: &Path, change: impl FnOnce(&mut Record) -> T) -> Result<T> {
    let dir = file
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .map_err(|e| record_error(dir, 0, &e.to_string()))?;
    let _lock = lock(dir)?;
    let mut record = Record::read(file, false)?;
    let out = change(&mut record);
    let write = || -> std::io::Result<()> {
        let mut tmp = tempfile::Builder::new()
            .prefix(&format!(".{FILE_NAME}."))
            .tempfile_in(dir)?;
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o600))?;
        tmp.write_all(record.to_text().as_bytes())?;
        tmp.as_file().sync_all()?;
        tmp.persist(file).map_err(|e| e.error)?;
        std::fs::File::open(dir)?.sync_all()
    };
    write().map_err(|e| record_error(file, 0, &format!("cannot write: {e}")))?;
    Ok(out)
}

/// Writers exclude each other with `flock` on a lock file beside the record.
fn lock(dir: &Path) -> Result<nix::fcntl::Flock<std::fs::File>> {
    use std::os::unix::fs::OpenOptionsExt;
    let path = dir.join(format!("{FILE_NAME}.lock"));
    let file = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(false)
        .mode(0o600)
        .open(&path)
        .map_err(|e| record_error(&path, 0, &e.to_string()))?;
    nix::fcntl::Flock::lock(file, nix::fcntl::FlockArg::LockExclusive)
        .map_err(|(_, e)| record_error(&path, 0, &format!("cannot lock: {e}")))
}

fn now() -> String {
    let t = OffsetDateTime::now_utc();
    crate::vault::timestamp::format_go(t.replace_nanosecond(0).unwrap_or(t))
}

/// `%`, space, `#` at the start and bytes outside printable ASCII are
/// percent-encoded, so a path is always one field.
fn encode_path(path: &Path) -> String {
    use std::os::unix::ffi::OsStrExt;
    encode(path.as_os_str().as_bytes(), b"")
}

/// Percent-encodes `%`, spaces, control and non-ASCII bytes, and `also`.
fn encode(bytes: &[u8], also: &[u8]) -> String {
    let mut out = String::new();
    for &b in bytes {
        if b > b' ' && b < 0x7f && b != b'%' && !also.contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn decode_text(text: &str) -> Option<String> {
    use std::os::unix::ffi::OsStringExt;
    decode_path(text)?
        .into_os_string()
        .into_vec()
        .try_into()
        .ok()
}

fn decode_path(text: &str) -> Option<PathBuf> {
    use std::os::unix::ffi::OsStringExt;
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = text.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    Some(PathBuf::from(std::ffi::OsString::from_vec(out)))
}

/// A bad or unreadable record file is a configuration error (exit 2),
/// naming the file and line: dsenv never guesses a root.
fn record_error(path: &Path, line: usize, why: &str) -> Error {
    match line {
        0 => Error::Config(format!("{}: {why}", path.display())),
        n => Error::Config(format!("{}:{n}: {why}", path.display())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_round_trip_with_odd_paths_seq_and_unknown_fields() {
        let line = "/tmp/a%20b/%25x/vault b9636ee87bba28f466fc3f324f40e8111e73b573 2026-12-02T08:10:00Z seq=7 later=1";
        let k = Known::parse(line).unwrap();
        let mut branches = k.clone();
        branches.set_seen(&History::Branch("feat/a=b c".into()), Some(4));
        branches.set_seen(&History::Branch("main".into()), Some(9));
        let again = Known::parse(&branches.to_line()).unwrap();
        assert!(branches
            .to_line()
            .contains(" seq@feat/a%3Db%20c=4 seq@main=9"));
        assert_eq!(again.seen(&History::Branch("feat/a=b c".into())), Some(4));
        assert_eq!(again.seen(&History::Plain), Some(7));
        assert_eq!(again.seen(&History::Detached), None);
        assert_eq!(k.vault, Path::new("/tmp/a b/%x/vault"));
        assert_eq!(k.root, "B9636EE87BBA28F466FC3F324F40E8111E73B573");
        assert_eq!(k.seq, Some(7));
        assert_eq!(k.extra, vec!["later=1".to_string()]);
        assert_eq!(Known::parse(&k.to_line()).unwrap(), k);
        for bad in [
            "relative/vault AB 2026-12-02T08:10:00Z",
            "/v XYZ 2026-12-02T08:10:00Z",
            "/v AB yesterday",
            "/v AB 2026-12-02T08:10:00Z seq=x",
            "/v AB",
        ] {
            assert!(Known::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn record_root_and_seq_update_one_line_and_keep_mode_0600() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("d/known_vaults");
        let (a, b) = (Path::new("/x/a"), Path::new("/x/b"));
        record_root(&file, a, "aa").unwrap();
        record_root(&file, b, "BB").unwrap();
        record_seq(&file, a, &History::Plain, 5).unwrap();
        record_seq(&file, a, &History::Plain, 3).unwrap();
        let r = Record::load(&file).unwrap();
        assert_eq!(r.get(a).unwrap().root, "AA");
        assert_eq!(r.get(a).unwrap().seq, Some(5), "seq never goes down");
        assert_eq!(r.get(b).unwrap().seq, None);
        record_root(&file, a, "CC").unwrap();
        let r = Record::load(&file).unwrap();
        assert_eq!(
            (r.get(a).unwrap().root.as_str(), r.get(a).unwrap().seq),
            ("CC", None)
        );
        assert_eq!(r.entries.len(), 2);
        assert!(record_seq(&file, Path::new("/x/none"), &History::Plain, 1).is_err());
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&file), 0o600);
        assert_eq!(mode(file.parent().unwrap()), 0o700);
    }
}
