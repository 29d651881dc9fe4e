//! Writing `NAME=value` lines that a given reader reads back byte for
//! byte, or refusing the value (naming the variable, never showing it)
//! when that reader cannot carry it.

/// `NAME='value'` or `NAME="value"` as Docker Compose, dotenvx and node
/// dotenv all read it identically: single quotes are literal in all
/// three (no `$`, no escapes) unless the value holds a `'` or ends with a
/// backslash (Compose reads `\'` as a quote); then double quotes, when the
/// value needs no escape in any of them (no `"`, `\`, `$` or newline).
pub fn portable_dotenv(name: &str, value: &str) -> Result<String, String> {
    if value.contains('\r') {
        return Err(format!(
            "{name}: a carriage return cannot be carried by a .env file; use --format json or shell"
        ));
    }
    if !value.contains('\'') && !value.ends_with('\\') {
        return Ok(format!("{name}='{value}'"));
    }
    if !value.contains(['"', '\\', '$', '\n']) {
        return Ok(format!("{name}=\"{value}\""));
    }
    Err(format!(
        "{name}: no quoting reads back the same in Compose, dotenvx and node dotenv (it holds a `'` \
         and one of `\"`, `\\`, `$` or a newline, or ends with `\\`); use --format json, shell or dotenvy"
    ))
}

/// `export NAME='value'` for `eval` in sh, bash or zsh: inside single
/// quotes nothing is special (no `$`, backticks or `\`), and a `'` is
/// written `'\''`.
pub fn shell(name: &str, value: &str) -> String {
    format!("export {name}='{}'", value.replace('\'', r"'\''"))
}

/// `NAME=value` for `docker run --env-file`, which takes each value as
/// written up to the end of its line: no quoting exists, so a value with a
/// line break is refused.
pub fn docker(name: &str, value: &str) -> Result<String, String> {
    if value.contains(['\n', '\r']) {
        return Err(format!(
            "{name}: docker run --env-file cannot carry a line break in a value; use --format json or dotenv"
        ));
    }
    Ok(format!("{name}={value}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sources::{literal, readings, Dialect};
    use secrecy::ExposeSecret;

    fn read_back(line: &str, dialect: Dialect) -> String {
        let vars = match dialect {
            Dialect::Literal => literal::parse(line.as_bytes()).unwrap(),
            d => readings::read(line.as_bytes(), d).unwrap(),
        };
        assert_eq!(vars.len(), 1, "{line:?}");
        String::from_utf8(vars[0].value.expose_secret().clone()).unwrap()
    }

    #[test]
    fn portable_lines_read_back_in_compose_and_node() {
        let values = [
            "plain",
            "",
            "  padded  ",
            "multi\nline",
            "$HOME ${X} $(id) `id`",
            "back\\slash \\n",
            "#not # comment",
            "it's",
            "ünï ✓",
            "a=b",
        ];
        for v in values {
            let line = portable_dotenv("K", v).unwrap();
            for d in [Dialect::Compose, Dialect::Node] {
                assert_eq!(read_back(&line, d), v, "{d:?} {line:?}");
            }
        }
        for v in ["it's \"both\"", "it's $HOME", "ends\\", "cr\r"] {
            assert!(portable_dotenv("K", v).is_err(), "{v:?}");
        }
    }

    #[test]
    fn docker_lines_are_literal() {
        for v in ["plain", "\"quoted\" # x", "$X `y` 'z'", " lead"] {
            let line = docker("K", v).unwrap();
            assert_eq!(read_back(&line, Dialect::Literal), v);
        }
        assert!(docker("K", "a\nb").is_err());
    }
}
