//! A vault file: parsed, indexed by its header, every entry in place.
//!
//! Loading checks the *format* (markers, header, that every index points
//! at a line of the right type, encodings); [`verify`] checks the
//! *integrity* (hashes, signatures, signers, order).

pub mod ahead;
pub mod author;
pub mod canonical;
pub mod entry;
pub mod fingerprints;
pub mod header;
pub mod json;
pub mod lock;
pub mod merge;
pub mod names;
pub mod near_miss;
pub mod select;
pub mod statement;
pub mod timestamp;
pub mod verify;
pub mod write;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use base64::Engine;

use crate::capped_read::{self, CappedReadError};
use crate::error::{Error, Location, Result};
use entry::{Entry, IdentityEntry, SecretEntry, ValueEntry};
use header::{Header, DATA_MARKER};
use statement::Statement;

/// Lines longer than this are refused before any JSON parsing. dotsecenv
/// itself cannot read lines over 64 KiB; dsenv reads them (spec §1) but
/// bounds memory on hostile input.
pub const MAX_LINE_BYTES: usize = 16 * 1024 * 1024;

/// At most this many data lines: bounds work on hostile input.
pub const MAX_DATA_LINES: usize = 1_000_000;

/// Vault files larger than this are refused before they are read whole
/// (the 1000-secret benchmark vault is 1.4 MiB).
pub const MAX_VAULT_BYTES: usize = 256 * 1024 * 1024;

/// An entry and the 1-based line it was read from.
#[derive(Debug, Clone)]
pub struct Located<T> {
    pub line: usize,
    pub entry: T,
}

/// A value entry with the key its envelope files it under.
#[derive(Debug, Clone)]
pub struct ValueRecord {
    pub filed_under: String,
    pub data: ValueEntry,
}

/// A secret: the header's key, its definition and its values, oldest first.
#[derive(Debug, Clone)]
pub struct SecretRecord {
    pub key: String,
    pub definition: Located<SecretEntry>,
    pub values: Vec<Located<ValueRecord>>,
}

#[derive(Debug, Clone)]
pub struct Vault {
    pub path: PathBuf,
    pub header: Header,
    /// Every line of the file, verbatim, without line terminators.
    pub lines: Vec<String>,
    /// In header line order (the order they were added).
    pub identities: Vec<Located<IdentityEntry>>,
    /// In the header's order (keys sorted byte-wise).
    pub secrets: Vec<SecretRecord>,
    /// dsenv's signed checkpoints and removals, in line order (data lines
    /// the header does not index; see [`statement`]).
    pub statements: Vec<Located<Statement>>,
    /// Other data lines no header index points at.
    pub orphans: Vec<usize>,
    /// Entries of identities no member added, kept out of `identities`
    /// and `secrets` ([`crate::trust::outsiders`]).
    pub outsiders: crate::trust::outsiders::Outsiders,
    /// `identities` by fingerprint (built with them; they do not change).
    fingerprints: fingerprints::FingerprintIndex,
    /// The first removal of each upper-case fingerprint: its index in
    /// `statements` (looked up per recipient and per statement).
    removal_index: std::collections::HashMap<String, usize>,
}

impl Vault {
    /// Reads and parses the vault at `path`.
    pub fn load(path: &Path) -> Result<Vault> {
        let bytes = capped_read::read(path, MAX_VAULT_BYTES).map_err(|e| read_error(path, e))?;
        Vault::parse(path, &bytes)
    }

    /// Parses vault text; `path` is only used in messages.
    pub fn parse(path: &Path, bytes: &[u8]) -> Result<Vault> {
        capped_read::check(bytes.len(), MAX_VAULT_BYTES).map_err(|e| read_error(path, e))?;
        let lines = split_lines(path, bytes)?;
        if lines.is_empty() {
            return Ok(Vault::empty(path));
        }
        let at = |line: usize, field: Option<&str>| Location {
            path: path.to_path_buf(),
            line,
            field: field.map(str::to_string),
        };
        if lines.len() < 3 {
            return Err(Error::format(
                at(lines.len(), None),
                "truncated vault: fewer than 3 lines",
            ));
        }
        if !header::is_header_marker(&lines[0]) {
            return Err(Error::format(
                at(1, None),
                format!("expected `{}`", header::HEADER_MARKER),
            ));
        }
        if lines[2] != DATA_MARKER {
            return Err(Error::format(
                at(3, None),
                format!("expected `{DATA_MARKER}`"),
            ));
        }
        let header = Header::parse(&lines[1])
            .map_err(|(field, why)| Error::format(at(2, Some(&field)), why))?;
        if let Some(n) = lines
            .iter()
            .skip(3)
            .position(|l| header::is_header_marker(l) || l == DATA_MARKER)
        {
            return Err(Error::format(
                at(n + 4, None),
                "a second vault header marker",
            ));
        }
        if lines.len() - 3 > MAX_DATA_LINES {
            return Err(Error::format(
                at(MAX_DATA_LINES + 4, None),
                "too many lines for a vault",
            ));
        }
        Indexer::new(path, lines).build(header)
    }

    /// An empty vault (a missing or 0-byte file reads as one, like dotsecenv).
    pub fn empty(path: &Path) -> Vault {
        Vault {
            path: path.to_path_buf(),
            header: Header {
                version: 2,
                identities: vec![],
                secrets: vec![],
            },
            lines: vec![],
            identities: vec![],
            secrets: vec![],
            statements: vec![],
            orphans: vec![],
            outsiders: Default::default(),
            fingerprints: Default::default(),
            removal_index: Default::default(),
        }
    }

    /// Finds a secret by any spelling that normalises to the same key.
    pub fn secret(&self, name: &str) -> Option<&SecretRecord> {
        self.secrets.iter().find(|s| names::same_key(&s.key, name))
    }

    /// The checkpoints, in line order.
    pub fn checkpoints(&self) -> impl Iterator<Item = Located<&statement::Checkpoint>> {
        self.statements.iter().filter_map(|s| match &s.entry {
            Statement::Checkpoint(c) => Some(Located {
                line: s.line,
                entry: c,
            }),
            _ => None,
        })
    }

    pub fn latest_checkpoint(&self) -> Option<Located<&statement::Checkpoint>> {
        self.checkpoints().last()
    }

    /// The removals, in line order.
    pub fn removals(&self) -> impl Iterator<Item = Located<&statement::Removal>> {
        self.statements.iter().filter_map(|s| match &s.entry {
            Statement::Removal(r) => Some(Located {
                line: s.line,
                entry: r,
            }),
            _ => None,
        })
    }

    /// The certificate updates, in line order.
    pub fn certificates(&self) -> impl Iterator<Item = Located<&statement::Certificate>> {
        self.statements.iter().filter_map(|s| match &s.entry {
            Statement::Certificate(c) => Some(Located {
                line: s.line,
                entry: c,
            }),
            _ => None,
        })
    }

    /// The vouches for identities that added themselves, in line order.
    pub fn vouches(&self) -> impl Iterator<Item = Located<&statement::Vouch>> {
        self.statements.iter().filter_map(|s| match &s.entry {
            Statement::Vouch(v) => Some(Located {
                line: s.line,
                entry: v,
            }),
            _ => None,
        })
    }

    /// The removal of `fingerprint`, if it was removed (in a verified
    /// vault every removal is in force).
    pub fn removal_of(&self, fingerprint: &str) -> Option<Located<&statement::Removal>> {
        let s = &self.statements[*self.removal_index.get(&fingerprint.to_ascii_uppercase())?];
        match &s.entry {
            Statement::Removal(r) => Some(Located {
                line: s.line,
                entry: r,
            }),
            _ => None,
        }
    }

    /// Whether `fingerprint` is an identity that was not removed.
    pub fn is_member(&self, fingerprint: &str) -> bool {
        self.identity(fingerprint).is_some() && self.removal_of(fingerprint).is_none()
    }

    /// Finds an identity by fingerprint (case-insensitive hex).
    /// The exact spelling wins over another case (see [`fingerprints`]).
    pub fn identity(&self, fingerprint: &str) -> Option<&Located<IdentityEntry>> {
        self.fingerprints
            .find(fingerprint)
            .map(|i| &self.identities[i])
    }
}

/// The first removal of each fingerprint, by its index in `statements`.
fn removal_index(statements: &[Located<Statement>]) -> std::collections::HashMap<String, usize> {
    let mut index = std::collections::HashMap::new();
    for (i, s) in statements.iter().enumerate() {
        if let Statement::Removal(r) = &s.entry {
            index.entry(r.fingerprint.to_ascii_uppercase()).or_insert(i);
        }
    }
    index
}

fn read_error(path: &Path, e: CappedReadError) -> Error {
    let hint = match &e {
        CappedReadError::Io(io) => match io.kind() {
            std::io::ErrorKind::NotFound => Some(
                "pass the vault with `-v PATH` or DSENV_VAULT, or create one with `dsenv init vault`"
                    .into(),
            ),
            std::io::ErrorKind::PermissionDenied => Some("check the file's permissions".into()),
            _ => None,
        },
        CappedReadError::TooLarge { .. } => {
            Some("check the path: that is no vault dsenv or dotsecenv wrote".into())
        }
    };
    Error::Vault {
        message: format!("{}: cannot read vault: {e}", path.display()),
        hint,
    }
}

/// Splits into lines like Go's bufio.Scanner (a `\r` before `\n` dropped),
/// with a bound on line length.
fn split_lines(path: &Path, bytes: &[u8]) -> Result<Vec<String>> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let line = bytes[..e.valid_up_to()]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1;
        Error::format(
            Location {
                path: path.into(),
                line,
                field: None,
            },
            "not valid UTF-8",
        )
    })?;
    let mut lines = Vec::new();
    for (i, raw) in text.split_inclusive('\n').enumerate() {
        if raw.len() > MAX_LINE_BYTES {
            let at = Location {
                path: path.into(),
                line: i + 1,
                field: None,
            };
            return Err(Error::format(
                at,
                format!("line longer than {MAX_LINE_BYTES} bytes"),
            ));
        }
        let line = raw.strip_suffix('\n').unwrap_or(raw);
        let line = line.strip_suffix('\r').unwrap_or(line);
        lines.push(line.to_string());
    }
    Ok(lines)
}

/// A data line parsed ahead of indexing: the entry (or why it is not
/// one) and whether its encoded fields decode.
type Prepared = Option<Result<(Entry, Result<()>)>>;

/// Resolves the header's line numbers into entries, checking each once.
struct Indexer<'a> {
    path: &'a Path,
    lines: Vec<String>,
    /// Index `n` holds line `n + 1`; header lines stay `None`.
    prepared: Vec<Prepared>,
    used: BTreeMap<usize, &'static str>,
}

impl<'a> Indexer<'a> {
    fn new(path: &'a Path, lines: Vec<String>) -> Self {
        let mut indexer = Indexer {
            path,
            lines,
            prepared: Vec::new(),
            used: BTreeMap::new(),
        };
        indexer.prepared = indexer.prepare_all();
        indexer
    }

    /// JSON parsing and decoding checks of every data line, on all cores
    /// (a third of `validate` on 10,000 secrets when done one by one).
    /// Errors are kept, not raised: the header walk below reports them
    /// in the same order as before.
    fn prepare_all(&self) -> Vec<Prepared> {
        use rayon::prelude::*;
        self.lines
            .par_iter()
            .enumerate()
            .map(|(i, text)| {
                let line = i + 1;
                if line < 4 {
                    return None;
                }
                let parsed = Entry::parse(text).map_err(|(f, why)| {
                    Error::format(self.at(line, (!f.is_empty()).then_some(f)), why)
                });
                Some(parsed.map(|entry| {
                    let encodings = self.check_encodings(line, &entry);
                    (entry, encodings)
                }))
            })
            .collect()
    }

    fn at(&self, line: usize, field: Option<String>) -> Location {
        Location {
            path: self.path.to_path_buf(),
            line,
            field,
        }
    }

    fn build(mut self, header: Header) -> Result<Vault> {
        let mut identities = Vec::new();
        for (fpr, line) in &header.identities {
            let field = || format!("identities.{fpr}");
            match self.entry_at(*line, field, "identity")? {
                Entry::Identity(e) => identities.push(Located {
                    line: *line,
                    entry: e,
                }),
                _ => unreachable!("entry_at checks the type"),
            }
        }
        identities.sort_by_key(|i| i.line);

        let mut secrets = Vec::new();
        for (key, index) in &header.secrets {
            let field = || format!("secrets.{key}.secret");
            let Entry::Secret(definition) = self.entry_at(index.secret, field, "secret")? else {
                unreachable!("entry_at checks the type")
            };
            let mut values = Vec::new();
            for (i, &line) in index.values.iter().enumerate() {
                let field = || format!("secrets.{key}.values[{i}]");
                if i > 0 && line <= index.values[i - 1] {
                    return Err(Error::format(
                        self.at(2, Some(field())),
                        "value lines must be strictly ascending",
                    ));
                }
                let Entry::Value { secret, data } = self.entry_at(line, field, "value")? else {
                    unreachable!("entry_at checks the type")
                };
                values.push(Located {
                    line,
                    entry: ValueRecord {
                        filed_under: secret,
                        data,
                    },
                });
            }
            secrets.push(SecretRecord {
                key: key.clone(),
                definition: Located {
                    line: index.secret,
                    entry: definition,
                },
                values,
            });
        }
        let (statements, orphans) = self.unindexed()?;
        let (identities, secrets, outsiders) =
            crate::trust::outsiders::split(identities, secrets, &statements);
        let fingerprints = fingerprints::FingerprintIndex::new(
            identities.iter().map(|i| i.entry.fingerprint.as_str()),
        );
        let removal_index = removal_index(&statements);
        Ok(Vault {
            path: self.path.to_path_buf(),
            header,
            lines: self.lines,
            identities,
            secrets,
            statements,
            orphans,
            outsiders,
            fingerprints,
            removal_index,
        })
    }

    /// The lines no header index points at: dsenv's statements, and the
    /// rest (orphans, refused by the verifier). A line that claims to be a
    /// statement but is malformed is a format error.
    fn unindexed(&self) -> Result<(Vec<Located<Statement>>, Vec<usize>)> {
        let mut statements = Vec::new();
        let mut orphans = Vec::new();
        for line in (4..=self.lines.len()).filter(|n| !self.used.contains_key(n)) {
            match Statement::parse(&self.lines[line - 1]) {
                Some(Ok(entry)) => statements.push(Located { line, entry }),
                Some(Err((field, why))) => {
                    return Err(Error::format(self.at(line, Some(field)), why))
                }
                None => orphans.push(line),
            }
        }
        Ok((statements, orphans))
    }

    /// Takes the entry at `line`, which the header field `field()` (only
    /// spelt out for an error) points at.
    fn entry_at(
        &mut self,
        line: usize,
        field: impl Fn() -> String,
        expected: &'static str,
    ) -> Result<Entry> {
        let header_at = |s: &Self| s.at(2, Some(field()));
        if line < 4 || line > self.lines.len() {
            let why = format!(
                "points at line {line}, outside the data lines 4..={}",
                self.lines.len()
            );
            return Err(Error::format(header_at(self), why));
        }
        if let Some(other) = self.used.insert(line, expected) {
            let why = format!("line {line} is already indexed as a {other} entry");
            return Err(Error::format(header_at(self), why));
        }
        let (entry, encodings) = self.prepared[line - 1]
            .take()
            .expect("data lines are prepared and each is taken once")?;
        if entry.kind() != expected {
            let why = format!(
                "the header indexes it as a {expected} entry but it is a {} entry",
                entry.kind()
            );
            return Err(Error::format(self.at(line, Some("type".into())), why));
        }
        encodings?;
        Ok(entry)
    }

    /// Timestamps, hex and base64 fields must decode; the parser rejects
    /// them here so that later stages can rely on them.
    fn check_encodings(&self, line: usize, entry: &Entry) -> Result<()> {
        let err = |field: &str, why: &str| {
            Error::format(self.at(line, Some(format!("data.{field}"))), why)
        };
        // Only the exact text dotsecenv writes: the hash covers the
        // re-formatted time, so any other spelling would be unsigned.
        let check_ts = |field: &str, value: &str| match timestamp::canonical(value) {
            Some(canonical) if canonical == value => Ok(()),
            Some(canonical) => Err(err(
                field,
                &format!("not in canonical form (expected {canonical})"),
            )),
            None => Err(err(field, "not an RFC 3339 timestamp")),
        };
        let check_hex = |field: &str, value: &str| {
            hex::decode(value)
                .map(|_| ())
                .map_err(|_| err(field, "not valid hexadecimal"))
        };
        let check_b64 = |field: &str, value: &str| {
            base64::engine::general_purpose::STANDARD
                .decode(value)
                .map(|_| ())
                .map_err(|_| err(field, "not valid base64"))
        };
        match entry {
            Entry::Identity(e) => {
                check_ts("added_at", &e.added_at)?;
                check_ts("created_at", &e.created_at)?;
                if let Some(x) = &e.expires_at {
                    check_ts("expires_at", x)?;
                }
                check_hex("hash", &e.hash)?;
                check_hex("signature", &e.signature)?;
                check_b64("public_key", &e.public_key)
            }
            Entry::Secret(e) => {
                check_ts("added_at", &e.added_at)?;
                check_hex("hash", &e.hash)?;
                check_hex("signature", &e.signature)
            }
            Entry::Value { data: e, .. } => {
                check_ts("added_at", &e.added_at)?;
                check_hex("hash", &e.hash)?;
                check_hex("signature", &e.signature)?;
                check_b64("value", &e.value)
            }
        }
    }
}
