//! A three-way merge of vaults, for git's merge driver (`dsenv vault merge
//! BASE OURS THEIRS`). Pure and without cryptography: the caller verifies
//! the three inputs, signs the checkpoint this plan asks for, and verifies
//! the result before writing it.
//!
//! The rules (see "Merging in git" in the README):
//! - each side must hold every entry and statement of BASE: a side that
//!   deleted or changed one (an edit, a rollback, a `vault compact` or
//!   `vault upgrade`) is refused, so nothing BASE had can go missing and
//!   nothing a side dropped can come back;
//! - the merged data lines are the lines both sides start with, unchanged
//!   (BASE's, when both only appended to it), then the other lines of both
//!   sides in `added_at` order (a stable merge: each side's lines keep
//!   their order). Entries are copied verbatim, so every signature stays
//!   valid (signatures cover entries, not line numbers); the header is
//!   rebuilt for the new line numbers. Rebases and repeated merges work
//!   too: after a first merge, OURS holds BASE's lines interleaved with
//!   its own, no longer as a prefix;
//! - the sides' own checkpoints after the common lines are dropped (their
//!   digests cover files that no longer exist); the merger signs one new
//!   checkpoint numbered one above the higher of the two sides' newest, so
//!   a reader that saw either branch sees a newer state, never a rollback;
//! - a line both sides have (a branch that merged the other before) is
//!   kept once; the same identity added, or the same member removed, on
//!   both sides is kept once, the earlier of the two;
//! - contradictions are refused, never resolved by a guess: both sides
//!   changed the same secret (a store, share, revoke or forget on each:
//!   "newest wins" could silently undo a revoke), or one side removed a
//!   member whom the other side's new lines involve (signed by it, shared
//!   with it, vouched for by it, its certificate updated).

use std::collections::{HashMap, HashSet};

use time::OffsetDateTime;

use super::entry::Entry;
use super::header::{Header, SecretIndex, DATA_MARKER, HEADER_MARKER};
use super::statement::Statement;
use super::{names, timestamp, Vault};

/// Which input a line comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Ours,
    Theirs,
}

impl Side {
    pub fn name(self) -> &'static str {
        match self {
            Side::Ours => "OURS",
            Side::Theirs => "THEIRS",
        }
    }
}

/// What the merge comes to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Plan {
    /// OURS already holds everything THEIRS added: leave it as it is.
    KeepOurs,
    /// THEIRS already holds everything OURS added: take it verbatim.
    TakeTheirs,
    /// A new vault: `lines` (markers, header, data) still to be sealed with
    /// a checkpoint numbered `seq`.
    Merged {
        lines: Vec<String>,
        seq: u64,
        from_ours: usize,
        from_theirs: usize,
    },
}

/// Why the sides cannot be merged: one line for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict(pub String);

impl std::fmt::Display for Conflict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A new data line of one side, parsed.
struct Item<'a> {
    side: Side,
    /// 1-based line in its side's file.
    line: usize,
    text: &'a str,
    time: OffsetDateTime,
    what: What,
}

enum What {
    Identity {
        fingerprint: String,
        signed_by: String,
    },
    Secret {
        key: String,
        signed_by: String,
    },
    Value {
        key: String,
        signed_by: String,
        recipients: Vec<String>,
    },
    Removal {
        fingerprint: String,
        signed_by: String,
    },
    Certificate {
        fingerprint: String,
        signed_by: String,
    },
    Vouch {
        fingerprint: String,
        signed_by: String,
    },
}

impl What {
    fn signed_by(&self) -> &str {
        match self {
            What::Identity { signed_by, .. }
            | What::Secret { signed_by, .. }
            | What::Value { signed_by, .. }
            | What::Removal { signed_by, .. }
            | What::Certificate { signed_by, .. }
            | What::Vouch { signed_by, .. } => signed_by,
        }
    }

    /// The secret it changes, in canonical form.
    fn secret(&self) -> Option<String> {
        match self {
            What::Secret { key, .. } | What::Value { key, .. } => Some(canonical_key(key)),
            _ => None,
        }
    }

    /// Whether it involves identity `fpr` (upper case) other than by
    /// removing it.
    fn involves(&self, fpr: &str) -> bool {
        let is = |f: &str| f.eq_ignore_ascii_case(fpr);
        match self {
            What::Value { recipients, .. } if recipients.iter().any(|r| is(r)) => true,
            What::Certificate { fingerprint, .. } | What::Vouch { fingerprint, .. }
                if is(fingerprint) =>
            {
                true
            }
            What::Removal { fingerprint, .. } if is(fingerprint) => false,
            other => is(other.signed_by()),
        }
    }
}

fn canonical_key(key: &str) -> String {
    names::normalize(key).unwrap_or_else(|_| key.trim().to_ascii_uppercase())
}

/// Plans the merge of three parsed vaults (each already verified).
pub fn plan<'a>(base: &'a Vault, ours: &'a Vault, theirs: &'a Vault) -> Result<Plan, Conflict> {
    let version = |v: &Vault| (!v.lines.is_empty()).then_some(v.header.version);
    let versions: Vec<u32> = [base, ours, theirs]
        .into_iter()
        .filter_map(version)
        .collect();
    if versions.windows(2).any(|w| w[0] != w[1]) {
        return Err(Conflict(
            "the vaults have different format versions (a `vault upgrade` on one branch); \
             upgrade the other branch's vault first"
                .into(),
        ));
    }
    let root = |v: &Vault| {
        v.identities
            .first()
            .map(|i| i.entry.fingerprint.to_ascii_uppercase())
    };
    if let (Some(a), Some(b)) = (root(ours), root(theirs)) {
        if a != b {
            return Err(Conflict(format!(
                "the branches' vaults have different roots (OURS {a}, THEIRS {b}): each was \
                 created on its own; keep one and store the other's secrets in it"
            )));
        }
    }
    holds_base(base, ours, Side::Ours)?;
    holds_base(base, theirs, Side::Theirs)?;
    let set = |v: &'a Vault| -> HashSet<&'a str> { data(v).iter().map(String::as_str).collect() };
    let (in_base, in_ours, in_theirs) = (set(base), set(ours), set(theirs));
    // What each side has that the other lacks, checkpoints aside (BASE's
    // lines are in both).
    let only = |side: &Vault, other: &HashSet<&str>| -> Vec<usize> {
        (4..=side.lines.len())
            .filter(|&n| {
                let text = side.lines[n - 1].as_str();
                !other.contains(text) && !is_checkpoint(text)
            })
            .collect()
    };
    let ours_only = only(ours, &in_theirs);
    let theirs_only = only(theirs, &in_ours);
    let seq_of = |v: &Vault| v.latest_checkpoint().map_or(0, |c| c.entry.seq);
    let (ours_seq, theirs_seq) = (seq_of(ours), seq_of(theirs));
    // One side verbatim only when its state is not older than the other's
    // (THEIRS may add nothing but a checkpoint, which readers remember).
    if theirs_only.is_empty() && ours_seq >= theirs_seq {
        return Ok(Plan::KeepOurs);
    }
    if ours_only.is_empty() && theirs_seq >= ours_seq {
        return Ok(Plan::TakeTheirs);
    }
    // Verbatim: the lines both sides start with (BASE's, when both only
    // appended to it), their checkpoints still valid. After them, OURS'
    // lines in OURS' order and THEIRS' that OURS lacks, in THEIRS' order.
    let common = data(ours)
        .iter()
        .zip(data(theirs))
        .take_while(|(a, b)| a == b)
        .count();
    let ours_tail: Vec<usize> = (common + 4..=ours.lines.len())
        .filter(|&n| !is_checkpoint(&ours.lines[n - 1]))
        .collect();
    let mut mine = items(ours, &ours_tail, Side::Ours)?;
    let mut other = items(theirs, &theirs_only, Side::Theirs)?;
    refuse_membership_changes(ours, theirs, &mine, &other)?;
    drop_duplicates(&mut mine, &mut other);
    // OURS' changes: its lines that neither BASE nor THEIRS has.
    let changes: Vec<&Item> = mine
        .iter()
        .filter(|i| !in_base.contains(i.text) && !in_theirs.contains(i.text))
        .collect();
    refuse_contradictions(&changes, &other.iter().collect::<Vec<_>>())?;
    let merged = by_time(mine, other);
    let from_ours = merged.iter().filter(|i| i.side == Side::Ours).count();
    let from_theirs = merged.len() - from_ours;
    let seq = ours_seq
        .max(theirs_seq)
        .checked_add(1)
        .ok_or_else(|| Conflict("the checkpoint sequence is exhausted".into()))?;
    let mut lines = skeleton(&[base, ours, theirs]);
    lines.extend(data(ours)[..common].iter().cloned());
    lines.extend(merged.iter().map(|i| i.text.to_string()));
    let version = versions.first().copied().unwrap_or(2);
    lines[1] = header_for(&lines, version)?.to_line();
    Ok(Plan::Merged {
        lines,
        seq,
        from_ours,
        from_theirs,
    })
}

/// The data lines (after the markers and the header).
fn data(v: &Vault) -> &[String] {
    v.lines.get(3..).unwrap_or_default()
}

fn is_checkpoint(text: &str) -> bool {
    matches!(Statement::parse(text), Some(Ok(Statement::Checkpoint(_))))
}

/// Refuses a side that lacks an entry or statement of `base` (checkpoints
/// aside: a merge's own drops the ones it cannot keep): nothing the common
/// vault had may go missing.
fn holds_base(base: &Vault, side: &Vault, which: Side) -> Result<(), Conflict> {
    if !base.lines.is_empty() && side.lines.first() != base.lines.first() {
        return Err(Conflict(format!(
            "{}'s first line is not BASE's: the vault was rewritten on that branch; refusing to \
             merge it",
            which.name()
        )));
    }
    let has: HashSet<&str> = data(side).iter().map(String::as_str).collect();
    let missing = data(base)
        .iter()
        .position(|l| !has.contains(l.as_str()) && !is_checkpoint(l));
    match missing {
        None => Ok(()),
        Some(i) => Err(Conflict(format!(
            "{} lacks line {} of BASE: an entry of the common vault was deleted or changed on \
             that branch (an edit, a rollback, `vault compact` or `vault upgrade`); refusing to \
             merge it",
            which.name(),
            i + 4
        ))),
    }
}

fn items<'a>(vault: &'a Vault, lines: &[usize], side: Side) -> Result<Vec<Item<'a>>, Conflict> {
    lines
        .iter()
        .map(|&line| {
            let text = vault.lines[line - 1].as_str();
            let bad = || {
                Conflict(format!(
                    "{} line {line}: not an entry dsenv can merge",
                    side.name()
                ))
            };
            let (added_at, what) = match Statement::parse(text) {
                Some(Ok(Statement::Removal(r))) => (
                    r.added_at.clone(),
                    What::Removal {
                        fingerprint: r.fingerprint,
                        signed_by: r.signed_by,
                    },
                ),
                Some(Ok(Statement::Certificate(c))) => (
                    c.added_at.clone(),
                    What::Certificate {
                        fingerprint: c.fingerprint,
                        signed_by: c.signed_by,
                    },
                ),
                Some(Ok(Statement::Vouch(v))) => (
                    v.added_at.clone(),
                    What::Vouch {
                        fingerprint: v.fingerprint,
                        signed_by: v.signed_by,
                    },
                ),
                Some(_) => return Err(bad()),
                None => match Entry::parse(text).map_err(|_| bad())? {
                    Entry::Identity(e) => (
                        e.added_at,
                        What::Identity {
                            fingerprint: e.fingerprint,
                            signed_by: e.signed_by,
                        },
                    ),
                    Entry::Secret(e) => (
                        e.added_at,
                        What::Secret {
                            key: e.key,
                            signed_by: e.signed_by,
                        },
                    ),
                    Entry::Value { secret, data } => (
                        data.added_at,
                        What::Value {
                            key: secret,
                            signed_by: data.signed_by,
                            recipients: data.available_to,
                        },
                    ),
                },
            };
            let time = timestamp::parse(&added_at).ok_or_else(bad)?;
            Ok(Item {
                side,
                line,
                text,
                time,
                what,
            })
        })
        .collect()
}

/// The same identity added, or the same member removed, on both sides:
/// the later of the two copies is dropped (everything that refers to it
/// comes after the earlier one too).
fn drop_duplicates(mine: &mut Vec<Item>, other: &mut Vec<Item>) {
    let key = |w: &What| match w {
        What::Identity { fingerprint, .. } => Some(("identity", fingerprint.to_ascii_uppercase())),
        What::Removal { fingerprint, .. } => Some(("removal", fingerprint.to_ascii_uppercase())),
        _ => None,
    };
    let times = |items: &[Item]| -> HashMap<(&'static str, String), OffsetDateTime> {
        items
            .iter()
            .filter_map(|i| key(&i.what).map(|k| (k, i.time)))
            .collect()
    };
    let (mine_times, other_times) = (times(mine), times(other));
    mine.retain(|i| match key(&i.what).and_then(|k| other_times.get(&k)) {
        Some(&t) => i.time <= t,
        None => true,
    });
    other.retain(|i| match key(&i.what).and_then(|k| mine_times.get(&k)) {
        Some(&t) => i.time < t,
        None => true,
    });
}

/// The same identity added on both sides, a member on one and an outsider
/// on the other (say a member's `identity add` on one, the identity adding
/// itself on the other, `crate::trust::outsiders`): keeping either copy
/// decides whether it is a member, which is not for a merge to decide.
fn refuse_membership_changes(
    ours: &Vault,
    theirs: &Vault,
    mine: &[Item],
    other: &[Item],
) -> Result<(), Conflict> {
    let added = |items: &[Item]| -> HashMap<String, usize> {
        items
            .iter()
            .filter_map(|i| match &i.what {
                What::Identity { fingerprint, .. } => {
                    Some((fingerprint.to_ascii_uppercase(), i.line))
                }
                _ => None,
            })
            .collect()
    };
    let their_lines = added(other);
    let mut clashes: Vec<(String, usize, usize)> = added(mine)
        .into_iter()
        .filter_map(|(fpr, line)| Some((fpr.clone(), line, *their_lines.get(&fpr)?)))
        .filter(|(fpr, _, _)| ours.identity(fpr).is_some() != theirs.identity(fpr).is_some())
        .collect();
    clashes.sort();
    match clashes.first() {
        None => Ok(()),
        Some((fpr, line, their_line)) => {
            let side = |v: &Vault| {
                if v.identity(fpr).is_some() {
                    "a member"
                } else {
                    "no member"
                }
            };
            Err(Conflict(format!(
                "both branches added identity {fpr}: {} on OURS (line {line}), {} on THEIRS \
                 (line {their_line}); which copy counts decides whether it is a member: merge \
                 with one side's vault (`git checkout --ours/--theirs`), then redo the other \
                 side's change",
                side(ours),
                side(theirs)
            )))
        }
    }
}

/// Changes of the two sides that no order reconciles.
fn refuse_contradictions(mine: &[&Item], other: &[&Item]) -> Result<(), Conflict> {
    let secrets = |items: &[&Item]| -> HashMap<String, usize> {
        let mut out = HashMap::new();
        for i in items {
            if let Some(key) = i.what.secret() {
                out.entry(key).or_insert(i.line);
            }
        }
        out
    };
    let (mine_secrets, other_secrets) = (secrets(mine), secrets(other));
    let mut both: Vec<(&String, &usize)> = mine_secrets
        .iter()
        .filter(|(k, _)| other_secrets.contains_key(*k))
        .collect();
    both.sort();
    if let Some((key, line)) = both.first() {
        return Err(Conflict(format!(
            "both branches changed secret {key} (OURS line {line}, THEIRS line {}): a store, \
             share, revoke or forget on each side, and which one should win is not for dsenv to \
             guess; merge with one side's vault (`git checkout --ours/--theirs`), then redo the \
             other side's change",
            other_secrets[*key]
        )));
    }
    for (removing, involved) in [(mine, other), (other, mine)] {
        for r in removing.iter() {
            let What::Removal { fingerprint, .. } = &r.what else {
                continue;
            };
            if let Some(i) = involved.iter().find(|i| i.what.involves(fingerprint)) {
                return Err(Conflict(format!(
                    "{} removed member {fingerprint} (line {}), but {} line {} involves it \
                     (signed by it, shared with it or vouched for by it); merge the removal \
                     alone, then redo the other branch's change without that member",
                    r.side.name(),
                    r.line,
                    i.side.name(),
                    i.line
                )));
            }
        }
    }
    Ok(())
}

/// A stable merge of two sequences by `added_at`: each keeps its order,
/// and OURS goes first on a tie.
fn by_time<'a>(mine: Vec<Item<'a>>, other: Vec<Item<'a>>) -> Vec<Item<'a>> {
    let mut out = Vec::with_capacity(mine.len() + other.len());
    let (mut a, mut b) = (mine.into_iter().peekable(), other.into_iter().peekable());
    loop {
        let take_a = match (a.peek(), b.peek()) {
            (Some(x), Some(y)) => x.time <= y.time,
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => break,
        };
        out.extend(if take_a { a.next() } else { b.next() });
    }
    out
}

/// Line 1 as the vaults have it, an empty header, the data marker.
fn skeleton(vaults: &[&Vault]) -> Vec<String> {
    let marker = vaults
        .iter()
        .find_map(|v| v.lines.first().cloned())
        .unwrap_or_else(|| HEADER_MARKER.to_string());
    vec![marker, String::new(), DATA_MARKER.to_string()]
}

/// The header index of `lines`' data lines.
fn header_for(lines: &[String], version: u32) -> Result<Header, Conflict> {
    let mut header = Header {
        version,
        identities: vec![],
        secrets: vec![],
    };
    let mut secrets: HashMap<String, usize> = HashMap::new();
    for (i, text) in lines.iter().enumerate().skip(3) {
        let line = i + 1;
        if Statement::parse(text).is_some() {
            continue;
        }
        match Entry::parse(text) {
            Ok(Entry::Identity(e)) => header.identities.push((e.fingerprint, line)),
            Ok(Entry::Secret(e)) => {
                secrets.insert(e.key.clone(), header.secrets.len());
                header.secrets.push((
                    e.key,
                    SecretIndex {
                        secret: line,
                        values: vec![],
                    },
                ));
            }
            Ok(Entry::Value { secret, .. }) => match secrets.get(&secret) {
                Some(&at) => header.secrets[at].1.values.push(line),
                None => {
                    return Err(Conflict(format!(
                        "merged line {line}: a value of {secret}, whose definition is not above it"
                    )))
                }
            },
            Err(_) => {
                return Err(Conflict(format!(
                    "merged line {line}: not an entry dsenv can merge"
                )))
            }
        }
    }
    Ok(header)
}

#[cfg(test)]
mod tests {
    //! The plan alone, on unsigned vaults (the CLI verifies; tests/merge.rs
    //! runs the whole driver under real `git merge`s).
    use super::*;
    use crate::vault::entry::{IdentityEntry, SecretEntry, ValueEntry};
    use crate::vault::statement::Removal;

    const A: &str = "AAAA";
    const B: &str = "BBBB";

    fn at(minute: u32) -> String {
        format!("2026-12-03T10:{minute:02}:00Z")
    }

    fn identity(fpr: &str, by: &str, minute: u32) -> String {
        Entry::Identity(IdentityEntry {
            added_at: at(minute),
            algorithm: "EdDSA".into(),
            algorithm_bits: 255,
            curve: Some("Ed25519".into()),
            created_at: at(0),
            expires_at: None,
            fingerprint: fpr.into(),
            hash: "00".into(),
            public_key: "AA==".into(),
            signed_by: by.into(),
            signature: "00".into(),
            uid: fpr.into(),
        })
        .to_line()
    }

    fn secret(key: &str, minute: u32) -> String {
        Entry::Secret(SecretEntry {
            added_at: at(minute),
            hash: "00".into(),
            key: key.into(),
            signature: "00".into(),
            signed_by: A.into(),
        })
        .to_line()
    }

    fn value(key: &str, by: &str, to: &[&str], minute: u32) -> String {
        Entry::Value {
            secret: key.into(),
            data: ValueEntry {
                added_at: at(minute),
                available_to: to.iter().map(|s| s.to_string()).collect(),
                deleted: false,
                hash: "00".into(),
                signature: "00".into(),
                signed_by: by.into(),
                value: "AA==".into(),
            },
        }
        .to_line()
    }

    fn removal(fpr: &str, minute: u32) -> String {
        Statement::Removal(Removal {
            added_at: at(minute),
            fingerprint: fpr.into(),
            hash: "00".into(),
            signature: "00".into(),
            signed_by: A.into(),
        })
        .to_line()
    }

    fn checkpoint(seq: u64, minute: u32) -> String {
        Statement::Checkpoint(crate::vault::statement::Checkpoint {
            added_at: at(minute),
            digest: "00".into(),
            hash: "00".into(),
            lines: 0,
            seq,
            signature: "00".into(),
            signed_by: A.into(),
        })
        .to_line()
    }

    fn vault(data: &[String]) -> Vault {
        let mut lines = vec![HEADER_MARKER.to_string(), String::new(), DATA_MARKER.into()];
        lines.extend(data.iter().cloned());
        lines[1] = header_for(&lines, 2).unwrap().to_line();
        let text = lines.join("\n") + "\n";
        Vault::parse(std::path::Path::new("v"), text.as_bytes()).unwrap()
    }

    fn base() -> Vec<String> {
        vec![
            identity(A, A, 1),
            identity(B, A, 2),
            secret("DB", 3),
            value("DB", A, &[A, B], 3),
        ]
    }

    fn with(extra: &[String]) -> Vault {
        vault(&[base(), extra.to_vec()].concat())
    }

    fn merged(plan: Plan) -> Vec<String> {
        match plan {
            Plan::Merged { lines, .. } => lines[3..].to_vec(),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn new_lines_of_both_sides_go_after_base_in_time_order() {
        let ours = [secret("LATE", 20), value("LATE", A, &[A], 20)];
        let theirs = [secret("EARLY", 10), value("EARLY", B, &[B], 30)];
        let plan = plan(&vault(&base()), &with(&ours), &with(&theirs)).unwrap();
        let lines = merged(plan.clone());
        let expected = [
            base(),
            vec![
                theirs[0].clone(),
                ours[0].clone(),
                ours[1].clone(),
                theirs[1].clone(),
            ],
        ]
        .concat();
        assert_eq!(lines, expected);
        assert!(matches!(
            plan,
            Plan::Merged {
                seq: 1,
                from_ours: 2,
                from_theirs: 2,
                ..
            }
        ));
    }

    #[test]
    fn contradictions_are_refused() {
        let cases: [(&[String], &[String], &str); 4] = [
            (
                &[value("DB", A, &[A], 10)],
                &[value("DB", B, &[A, B], 11)],
                "both branches changed secret DB",
            ),
            (
                &[secret("new", 10)],
                &[secret("NEW", 11)],
                "both branches changed secret NEW",
            ),
            (
                &[removal(B, 10)],
                &[secret("NEW", 11), value("NEW", B, &[B], 11)],
                "OURS removed member BBBB",
            ),
            (
                &[secret("NEW", 9), value("NEW", A, &[A, B], 9)],
                &[removal(B, 10)],
                "THEIRS removed member BBBB",
            ),
        ];
        for (ours, theirs, why) in cases {
            let err = plan(&vault(&base()), &with(ours), &with(theirs)).unwrap_err();
            assert!(err.0.contains(why), "{why}: {err}");
        }
    }

    #[test]
    fn a_side_that_lacks_a_line_of_base_is_refused() {
        let cut = vault(&base()[..3]);
        let err = plan(&vault(&base()), &with(&[secret("X", 9)]), &cut).unwrap_err();
        assert!(err.0.starts_with("THEIRS lacks line 7 of BASE"), "{err}");
    }

    #[test]
    fn a_side_that_holds_base_interleaved_with_its_own_lines_merges() {
        // The second commit of a rebase: BASE is the commit before, OURS
        // the first commit merged onto upstream (U interleaved with C1).
        let (u, c1, c2) = (secret("U", 5), secret("C1", 10), secret("C2", 20));
        let base_v = with(std::slice::from_ref(&c1));
        let ours = with(&[u.clone(), c1.clone()]);
        let theirs = with(&[c1.clone(), c2.clone()]);
        let lines = merged(plan(&base_v, &ours, &theirs).unwrap());
        assert_eq!(lines, [base(), vec![u, c1, c2]].concat());
    }

    #[test]
    fn the_new_checkpoint_is_above_both_sides_and_a_newer_state_is_never_dropped() {
        let ours = with(&[secret("X", 10), checkpoint(2, 10)]);
        let theirs = with(&[
            secret("Y", 11),
            checkpoint(2, 11),
            checkpoint(3, 12),
            checkpoint(4, 13),
        ]);
        let p = super::plan(&vault(&base()), &ours, &theirs).unwrap();
        assert!(matches!(&p, Plan::Merged { seq: 5, .. }), "{p:?}");
        // No side checkpoint survives after the common lines.
        assert!(!merged(p).iter().any(|l| is_checkpoint(l)));
        // THEIRS added only checkpoints: OURS' lines under a checkpoint
        // above THEIRS', not OURS as it was (THEIRS' readers saw seq 4).
        let theirs = with(&[checkpoint(2, 11), checkpoint(3, 12), checkpoint(4, 13)]);
        let p = super::plan(&vault(&base()), &ours, &theirs).unwrap();
        assert!(
            matches!(
                &p,
                Plan::Merged {
                    seq: 5,
                    from_theirs: 0,
                    ..
                }
            ),
            "{p:?}"
        );
        let theirs = with(&[checkpoint(2, 11)]);
        assert_eq!(
            plan(&vault(&base()), &ours, &theirs).unwrap(),
            Plan::KeepOurs
        );
    }

    #[test]
    fn what_both_sides_have_is_kept_once() {
        let shared = [secret("X", 10), value("X", A, &[A], 10)];
        let ours = with(&[shared.to_vec(), vec![secret("Y", 12)]].concat());
        let theirs = with(&shared);
        assert_eq!(
            plan(&vault(&base()), &ours, &theirs).unwrap(),
            Plan::KeepOurs
        );
        assert_eq!(
            plan(&vault(&base()), &theirs, &ours).unwrap(),
            Plan::TakeTheirs
        );
        // The same member added on both: the earlier copy stays.
        let (early, late) = (identity("CCCC", A, 10), identity("CCCC", B, 11));
        let lines = merged(
            plan(
                &vault(&base()),
                &with(&[late, secret("Y", 12)]),
                &with(&[early.clone(), secret("Z", 13)]),
            )
            .unwrap(),
        );
        assert_eq!(lines[4..], [early, secret("Y", 12), secret("Z", 13)]);
    }
}
