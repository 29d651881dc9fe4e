//! `.env` files as `dotenvy` parses them (quotes, multi-line values,
//! `export ` prefix, comments, `${VAR}` from earlier values and the
//! environment), and writing values so that dotenvy reads them back
//! byte for byte.

use std::path::Path;

use secrecy::SecretBox;

use super::Variable;
use crate::error::{Error, Result};

/// Parses dotenv text; `origin` names the file in errors.
pub fn parse(text: &[u8], origin: &str) -> Result<Vec<Variable>> {
    let mut out = Vec::new();
    for item in dotenvy::from_read_iter(text) {
        let (name, value) =
            item.map_err(|e| Error::Usage(format!("{origin}: {}", describe(&e, text))))?;
        out.push(Variable {
            name,
            value: SecretBox::new(Box::new(value.into_bytes())),
        });
    }
    Ok(out)
}

/// Reads and parses a `.env` file.
pub fn read(path: &Path) -> Result<Vec<Variable>> {
    let text = zeroize::Zeroizing::new(
        std::fs::read(path).map_err(|e| Error::vault(format!("{}: {e}", path.display())))?,
    );
    parse(&text, &path.display().to_string())
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
    use secrecy::ExposeSecret;

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
}
