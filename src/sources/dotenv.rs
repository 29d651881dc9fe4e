//! `.env` files as `dotenvy` parses them (quotes, multi-line values,
//! `export ` prefix, comments, `${VAR}` from earlier values and the
//! environment), and writing values so that dotenvy reads them back
//! byte for byte.

use std::path::Path;

use secrecy::{ExposeSecret, SecretBox};

use super::Variable;
use crate::capped_read;
use crate::error::{Error, Result};

/// The largest `.env` file dsenv reads; real ones are a few KiB.
pub const MAX_FILE_BYTES: usize = 1024 * 1024;

/// `$VAR` expansion can make values far larger than the file: with
/// `B=$A$A`, `C=$B$B`, ... each line doubles. Parsing stops before the
/// values could grow past this.
pub const MAX_EXPANDED_BYTES: usize = 256 * 1024 * 1024;

/// Parses dotenv text; `origin` names the file in errors.
pub fn parse(text: &[u8], origin: &str) -> Result<Vec<Variable>> {
    capped_read::check(text.len(), MAX_FILE_BYTES)
        .map_err(|e| Error::Usage(format!("{origin}: {e} for a .env file")))?;
    let mut growth = ExpansionBound::new(text);
    let mut out = Vec::new();
    let mut items = dotenvy::from_read_iter(text);
    let mut lines = LineFinder::new(text);
    loop {
        growth.check(origin, out.last())?;
        let Some(item) = items.next() else { break };
        let (name, value) =
            item.map_err(|e| Error::Usage(format!("{origin}: {}", describe(&e, text))))?;
        let line = lines.find(&name);
        out.push(Variable {
            name,
            value: SecretBox::new(Box::new(value.into_bytes())),
            line,
        });
    }
    Ok(out)
}

/// The line each variable was set on, for messages: dotenvy does not say,
/// so the next line (after the previous variable's) that starts with
/// `NAME=` or `export NAME=`.
struct LineFinder<'t> {
    lines: Vec<&'t [u8]>,
    next: usize,
}

impl<'t> LineFinder<'t> {
    fn new(text: &'t [u8]) -> Self {
        LineFinder {
            lines: text.split(|&b| b == b'\n').collect(),
            next: 0,
        }
    }

    fn find(&mut self, name: &str) -> Option<usize> {
        let sets = |l: &[u8]| {
            let l = l.trim_ascii_start();
            let l = l.strip_prefix(b"export ").unwrap_or(l).trim_ascii_start();
            l.strip_prefix(name.as_bytes())
                .is_some_and(|rest| rest.trim_ascii_start().starts_with(b"="))
        };
        let found = (self.next..self.lines.len()).find(|&i| sets(self.lines[i]))?;
        self.next = found + 1;
        Some(found + 1)
    }
}

/// An upper bound on the next value dotenvy can build: its own text plus,
/// for each `$` in the file, the largest value a reference can paste in
/// (an earlier value or an environment variable). dotenvy expands inside
/// one call, so the bound is checked before each.
struct ExpansionBound {
    text_bytes: usize,
    references: usize,
    largest: usize,
}

impl ExpansionBound {
    fn new(text: &[u8]) -> Self {
        let largest_env = std::env::vars_os().map(|(_, v)| v.len()).max().unwrap_or(0);
        ExpansionBound {
            text_bytes: text.len(),
            references: text.iter().filter(|&&b| b == b'$').count(),
            largest: largest_env,
        }
    }

    /// Takes the value just parsed into account, then refuses to go on if
    /// the next one could outgrow [`MAX_EXPANDED_BYTES`].
    fn check(&mut self, origin: &str, parsed: Option<&Variable>) -> Result<()> {
        if let Some(v) = parsed {
            self.largest = self.largest.max(v.value.expose_secret().len());
        }
        let bound = self
            .references
            .saturating_mul(self.largest)
            .saturating_add(self.text_bytes);
        if bound <= MAX_EXPANDED_BYTES {
            return Ok(());
        }
        let after = parsed.map_or(String::new(), |v| format!(" after {}", v.name));
        Err(Error::Usage(format!(
            "{origin}: {} `$` references to values of up to {} bytes could expand past {} MiB{after}; \
             dsenv refuses it",
            self.references,
            self.largest,
            MAX_EXPANDED_BYTES / (1024 * 1024)
        )))
    }
}

/// Reads and parses a `.env` file.
pub fn read(path: &Path) -> Result<Vec<Variable>> {
    let origin = path.display().to_string();
    let text = capped_read::read(path, MAX_FILE_BYTES).map_err(|e| match e {
        capped_read::CappedReadError::Io(e) => Error::vault(format!("{origin}: {e}")),
        too_large => Error::Usage(format!("{origin}: {too_large} for a .env file")),
    })?;
    parse(&text, &origin)
}

/// dotenvy's errors quote the offending line, which may hold a secret:
/// report only where it is.
fn describe(e: &dotenvy::Error, text: &[u8]) -> String {
    match e {
        dotenvy::Error::LineParse(part, index) => {
            let text = String::from_utf8_lossy(text);
            let first = part.lines().next().unwrap_or_default();
            match text.lines().position(|l| !first.is_empty() && l.contains(first)) {
                Some(n) => format!(
                    "line {}: cannot parse (at character {index}; quote values that contain spaces)",
                    n + 1
                ),
                None => format!("cannot parse a line (at character {index})"),
            }
        }
        dotenvy::Error::Io(io) => io.to_string(),
        _ => "cannot parse".to_string(),
    }
}

/// `NAME=value` as dotenvy reads back exactly: single quotes (literal)
/// when the value has no quote or backslash (dotenvy unescapes `\` even
/// there), else double quotes with `\\`, `\"`, `\$`,
/// `\'` and `\n` escapes. Values dotenvy cannot represent (a carriage
/// return or another control character inside double quotes) are refused.
pub fn quote(name: &str, value: &str) -> std::result::Result<String, String> {
    if !value.contains(['\'', '\\', '\r']) {
        return Ok(format!("{name}='{value}'"));
    }
    let mut out = format!("{name}=\"");
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '$' => out.push_str("\\$"),
            '\'' => out.push_str("\\'"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() && c != '\t' => {
                return Err(format!(
                    "{name}: a control character dotenv files cannot hold"
                ))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_values_read_back_identically() {
        let values = [
            "plain",
            "",
            "  padded  ",
            "line one\nline two\n",
            "it's \"both\"",
            "#not a comment",
            "$HOME and ${X}",
            "back\\slash \\n",
            "ünï ✓ 日本語",
            "tab\there",
            "a=b=c",
            "'",
            "\"",
            "\\",
            "multi\nline with 'quote'",
        ];
        for v in values {
            let line = quote("K", v).unwrap();
            let parsed = parse(format!("{line}\n").as_bytes(), "test")
                .unwrap_or_else(|e| panic!("{line:?}: {e}"));
            assert_eq!(parsed.len(), 1, "{line}");
            assert_eq!(
                parsed[0].value.expose_secret().as_slice(),
                v.as_bytes(),
                "{line}"
            );
        }
        assert!(quote("K", "carriage\rreturn").is_err());
    }

    #[test]
    fn text_over_the_cap_is_refused() {
        let text = vec![b'#'; MAX_FILE_BYTES + 1];
        let err = parse(&text, "big.env").err().unwrap().to_string();
        assert_eq!(err, "big.env: larger than the 1 MiB limit for a .env file");
        assert!(parse(&text[1..], "big.env").is_ok());
    }

    #[test]
    fn references_expand_until_they_could_outgrow_the_cap() {
        // Doubling lines: refused once 40 references to the largest value
        // could exceed the cap, long before 2^20 copies are built.
        let mut text = format!("V0={}\n", "x".repeat(4096));
        for i in 1..20 {
            text.push_str(&format!("V{i}=$V{p}$V{p}\n", p = i - 1));
        }
        let err = parse(text.as_bytes(), "bomb.env")
            .err()
            .unwrap()
            .to_string();
        assert!(err.starts_with("bomb.env: 38 `$` references"), "{err}");
        assert!(err.contains("could expand past 256 MiB after V"), "{err}");
        // Ordinary use of references is untouched.
        let vars = parse(b"A=1\nB=${A}2$A\n", "ok.env").unwrap();
        assert_eq!(vars[1].value.expose_secret().as_slice(), b"121");
    }
}
