//! The same `.env` file read by the tools teams write them for: where
//! Compose, node dotenv and `docker run --env-file` (literal) give a
//! variable different values, `dsenv import` must not guess which one the
//! app saw. Only lengths and reasons are reported, never a value.

use std::collections::BTreeMap;

use secrecy::ExposeSecret;

use super::{compose, dotenv_node, literal, Dialect, Variable};

/// How one dialect reads a variable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reading {
    /// Set, to a value of this many characters.
    Chars(usize),
    /// Not set by that reading.
    Unset,
    /// That dialect refuses the file.
    Refused,
}

impl std::fmt::Display for Reading {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Reading::Chars(1) => write!(f, "1 character"),
            Reading::Chars(n) => write!(f, "{n} characters"),
            Reading::Unset => write!(f, "not set"),
            Reading::Refused => write!(f, "file refused"),
        }
    }
}

/// A variable the dialects disagree on.
#[derive(Debug)]
pub struct Disagreement {
    pub name: String,
    pub line: Option<usize>,
    pub readings: Vec<(Dialect, Reading)>,
    /// What in the line makes them differ (`$`, a backslash, ...).
    pub because: Vec<&'static str>,
}

/// The dialects `import` compares, in the order they are listed.
pub const COMPARED: [Dialect; 3] = [Dialect::Compose, Dialect::Node, Dialect::Literal];

/// Every variable whose final value differs between [`COMPARED`]
/// dialects. References see only the file (`import` never copies the
/// importing shell's environment into the vault).
pub fn disagreements(text: &[u8]) -> Vec<Disagreement> {
    let readings: Vec<Option<Final>> = COMPARED
        .iter()
        .map(|&d| read(text, d).map(last_wins))
        .collect();
    let literal = readings[2].as_ref();
    let mut names: Vec<(Option<usize>, &String)> = readings
        .iter()
        .flatten()
        .flat_map(|m| m.iter().map(|(k, (_, line))| (*line, k)))
        .collect();
    names.sort();
    names.dedup_by(|a, b| a.1 == b.1);
    let mut out = Vec::new();
    for (line, name) in names {
        let values: Vec<Option<Option<&Value>>> = readings
            .iter()
            .map(|r| r.as_ref().map(|m| m.get(name).map(|(v, _)| v)))
            .collect();
        let first = &values[0];
        if values.iter().all(|v| v == first) {
            continue;
        }
        let raw = literal.and_then(|m| m.get(name)).map(|(v, _)| v.as_slice());
        out.push(Disagreement {
            name: name.clone(),
            line,
            readings: COMPARED
                .iter()
                .zip(&values)
                .map(|(&d, v)| (d, describe(v)))
                .collect(),
            because: reasons(raw),
        });
    }
    out
}

type Value = Vec<u8>;

/// A reading's final variables: name -> (value, line).
type Final = BTreeMap<String, (Value, Option<usize>)>;

/// Reads `text` in `dialect` with no environment; `None` if refused.
pub fn read(text: &[u8], dialect: Dialect) -> Option<Vec<Variable>> {
    let none = |_: &str| None;
    match dialect {
        Dialect::Compose => compose::parse(text, &none, compose::Precedence::FileFirst).ok(),
        Dialect::Literal => literal::parse(text).ok(),
        Dialect::Node => std::str::from_utf8(text).ok().map(dotenv_node::parse),
        Dialect::Dotenvy => super::dotenv::parse(text, "").ok(),
    }
}

fn last_wins(vars: Vec<Variable>) -> Final {
    vars.into_iter()
        .map(|v| (v.name, (v.value.expose_secret().clone(), v.line)))
        .collect()
}

fn describe(v: &Option<Option<&Value>>) -> Reading {
    match v {
        None => Reading::Refused,
        Some(None) => Reading::Unset,
        Some(Some(v)) => Reading::Chars(String::from_utf8_lossy(v).chars().count()),
    }
}

/// What in the value as written (the literal reading) the dialects treat
/// differently.
fn reasons(raw: Option<&[u8]>) -> Vec<&'static str> {
    let Some(raw) = raw else {
        return vec!["the line's syntax"];
    };
    let raw = String::from_utf8_lossy(raw);
    let trimmed = raw.trim();
    let mut out = Vec::new();
    let quoted = ["\"", "'", "`"]
        .iter()
        .any(|q| trimmed.starts_with(q) && trimmed.len() > 1);
    if quoted {
        out.push("surrounding quotes");
    }
    for (needle, why) in [
        ("$", "`$`"),
        ("\\", "a backslash escape"),
        ("#", "`#`"),
        ("`", "backticks"),
    ] {
        if raw.contains(needle) {
            out.push(why);
        }
    }
    if out.is_empty() {
        out.push("surrounding whitespace or the line's syntax");
    }
    out
}

/// Sets of definitions that set the same name twice: (name, first line,
/// later line) for each repeat, in file order.
pub fn duplicates(vars: &[Variable]) -> Vec<(String, Option<usize>, Option<usize>)> {
    let mut seen: BTreeMap<&str, Option<usize>> = BTreeMap::new();
    let mut out = Vec::new();
    for v in vars {
        if let Some(first) = seen.get(v.name.as_str()) {
            out.push((v.name.clone(), *first, v.line));
        } else {
            seen.insert(&v.name, v.line);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_what_each_reading_gives() {
        let d = disagreements(b"PLAIN=abc\nPW=abc$def\nJSON=\"{}\"\nH=v#c\n");
        let got: Vec<(&str, Vec<String>, &[&str])> = d
            .iter()
            .map(|d| {
                let r = d.readings.iter().map(|(_, r)| r.to_string()).collect();
                (d.name.as_str(), r, d.because.as_slice())
            })
            .collect();
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(got[0].0, "PW");
        assert_eq!(got[0].1, ["3 characters", "7 characters", "7 characters"]);
        assert_eq!(got[0].2, ["`$`"]);
        assert_eq!(got[1].0, "JSON");
        assert_eq!(got[1].2, ["surrounding quotes"]);
        assert_eq!(got[2].1, ["3 characters", "1 character", "3 characters"]);
        assert!(disagreements(b"A=1\nB=two words\n").is_empty());
    }
}
