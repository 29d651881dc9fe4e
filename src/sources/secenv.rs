//! dotsecenv's `.secenv` shell-plugin file (spec §13): `KEY={dotsecenv}`,
//! `KEY={dotsecenv/NAME}` or `KEY={dotsecenv/ns::NAME}` select and rename
//! secrets; any other value is a plain variable.

use std::path::Path;

use crate::capped_read::{self, CappedReadError};
use crate::error::{Error, Result};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SecenvValue {
    /// Set `KEY` to this text.
    Plain(String),
    /// Set `KEY` to the value of this secret.
    Secret(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SecenvLine {
    pub line: usize,
    pub var: String,
    pub value: SecenvValue,
}

fn is_var_name(s: &str) -> bool {
    crate::vault::names::is_portable_env_name(s)
}

fn is_secret_ref(s: &str) -> bool {
    match s.split_once("::") {
        Some((ns, name)) => is_var_name(ns) && is_var_name(name),
        None => is_var_name(s),
    }
}

/// Parses `.secenv` text with the plugin's rules.
pub fn parse(text: &str, origin: &str) -> Result<Vec<SecenvLine>> {
    let mut out = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let n = i + 1;
        let line = raw.trim_start().trim_end_matches('\r').trim_end();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let bad = |why: &str| Error::Usage(format!("{origin}:{n}: {why}"));
        let (var, value) = line
            .split_once('=')
            .ok_or_else(|| bad("expected KEY=VALUE"))?;
        if !is_var_name(var) {
            return Err(bad(&format!("{var:?} is not a variable name")));
        }
        let value = strip_quotes(value);
        let value = match value
            .strip_prefix("{dotsecenv")
            .and_then(|r| r.strip_suffix('}'))
        {
            Some("") | Some("/") => SecenvValue::Secret(var.to_string()),
            Some(reference) => {
                let name = reference
                    .strip_prefix('/')
                    .ok_or_else(|| bad("expected {dotsecenv/NAME}"))?;
                if name.contains('/') || !is_secret_ref(name) {
                    return Err(bad(&format!(
                        "{name:?} is not a secret name the plugin accepts"
                    )));
                }
                SecenvValue::Secret(name.to_string())
            }
            None => SecenvValue::Plain(value.to_string()),
        };
        out.push(SecenvLine {
            line: n,
            var: var.to_string(),
            value,
        });
    }
    Ok(out)
}

/// The largest `.secenv` file dsenv reads; real ones are a few lines.
pub const MAX_FILE_BYTES: usize = 1024 * 1024;

pub fn read(path: &Path) -> Result<Vec<SecenvLine>> {
    let origin = path.display().to_string();
    let bytes = capped_read::read(path, MAX_FILE_BYTES).map_err(|e| match e {
        CappedReadError::Io(e) => Error::vault(format!("{origin}: {e}")),
        too_large => Error::Usage(format!("{origin}: {too_large} for a .secenv file")),
    })?;
    let text = std::str::from_utf8(&bytes)
        .map_err(|_| Error::Usage(format!("{origin}: not UTF-8 text")))?;
    parse(text, &origin)
}

fn strip_quotes(v: &str) -> &str {
    for q in ['"', '\''] {
        if v.len() >= 2 && v.starts_with(q) && v.ends_with(q) {
            return &v[1..v.len() - 1];
        }
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plugin_rules() {
        let text = "# comment\n\n  DB={dotsecenv}\nTOKEN=\"{dotsecenv/prod::API_TOKEN}\"\nSAME={dotsecenv/}\nPLAIN='hello world'\r\nURL=http://x/{dotsecenv\n";
        let got = parse(text, "f").unwrap();
        let values: Vec<(&str, &SecenvValue)> =
            got.iter().map(|l| (l.var.as_str(), &l.value)).collect();
        assert_eq!(
            values,
            vec![
                ("DB", &SecenvValue::Secret("DB".into())),
                ("TOKEN", &SecenvValue::Secret("prod::API_TOKEN".into())),
                ("SAME", &SecenvValue::Secret("SAME".into())),
                ("PLAIN", &SecenvValue::Plain("hello world".into())),
                ("URL", &SecenvValue::Plain("http://x/{dotsecenv".into())),
            ]
        );
        for bad in [
            "1X=v",
            "NOEQUALS",
            "X={dotsecenv/a/b}",
            "X={dotsecenv/APP.DOMAIN}",
            "X={dotsecenvNAME}",
        ] {
            assert!(parse(bad, "f").is_err(), "{bad}");
        }
    }
}
