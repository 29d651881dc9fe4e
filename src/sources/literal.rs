//! `.env` files read the way `docker run --env-file` reads them: every
//! value exactly as written after the first `=`, to the end of the line.
//! No quotes are removed, nothing is interpolated, `#` inside a value is
//! text. Lines that are blank or start with `#` are skipped, as is a bare
//! `NAME` (docker copies it from the environment, which dsenv passes on).

use secrecy::SecretBox;

use super::compose::ParseError;
use super::Variable;

/// Parses `text` (UTF-8, BOM dropped, CRLF read as LF).
pub fn parse(text: &[u8]) -> Result<Vec<Variable>, ParseError> {
    let text = text.strip_prefix("\u{feff}".as_bytes()).unwrap_or(text);
    let text = std::str::from_utf8(text).map_err(|e| ParseError {
        line: text[..e.valid_up_to()]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1,
        column: 1,
        problem: "not UTF-8 text".into(),
    })?;
    let mut out = Vec::new();
    for (i, line) in text.split('\n').enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        let trimmed = line.trim_start();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let Some((name, value)) = trimmed.split_once('=') else {
            continue;
        };
        let indent = line.len() - trimmed.len();
        if let Some(bad) = name.find(char::is_whitespace) {
            return Err(ParseError {
                line: i + 1,
                column: line[..indent + bad].chars().count() + 1,
                problem: "a variable name cannot contain a space".into(),
            });
        }
        if name.is_empty() {
            return Err(ParseError {
                line: i + 1,
                column: indent + 1,
                problem: "no variable name before `=`".into(),
            });
        }
        out.push(Variable {
            name: name.to_string(),
            value: SecretBox::new(Box::new(value.as_bytes().to_vec())),
            line: Some(i + 1),
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use secrecy::ExposeSecret;

    #[test]
    fn values_are_kept_as_written() {
        let vars = parse(b"# c\n A=\"q\" # x\r\nB=$X\\n\nBARE\n").unwrap();
        let got: Vec<(&str, &[u8], Option<usize>)> = vars
            .iter()
            .map(|v| (v.name.as_str(), v.value.expose_secret().as_slice(), v.line))
            .collect();
        assert_eq!(
            got,
            [
                ("A", b"\"q\" # x".as_slice(), Some(2)),
                ("B", b"$X\\n".as_slice(), Some(3))
            ]
        );
        assert_eq!(
            parse(b"A B=1").err().unwrap().to_string(),
            "1:2: a variable name cannot contain a space"
        );
    }
}
