//! The node `dotenv` library's parser (v16), used for the payload of Dotenv
//! Vault files: those were written by dotenv tools and are read by that
//! library, whose rules differ from dotenvy's (`KEY=two words` is fine,
//! `#` starts a comment even without a space, backticks quote, and only
//! `\n`/`\r` are unescaped, inside double quotes).

use std::sync::OnceLock;

use regex::Regex;
use secrecy::SecretBox;

use super::Variable;

fn line_pattern() -> &'static Regex {
    static LINE: OnceLock<Regex> = OnceLock::new();
    LINE.get_or_init(|| {
        Regex::new(
            r#"(?m)^\s*(?:export\s+)?([\w.-]+)(?:\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(?:#.*)?$"#,
        )
        .expect("a valid pattern")
    })
}

/// Parses like `dotenv.parse()`: later definitions win.
pub fn parse(text: &str) -> Vec<Variable> {
    let text = text.replace("\r\n", "\n");
    let mut out: Vec<Variable> = Vec::new();
    for caps in line_pattern().captures_iter(&text) {
        let name = caps[1].to_string();
        let raw = caps.get(2).map(|m| m.as_str()).unwrap_or("").trim();
        let value = unquote(raw);
        let start = caps.get(0).map_or(0, |m| m.start());
        let line = text[..start].matches('\n').count() + 1;
        out.retain(|v| v.name != name);
        out.push(Variable {
            name,
            value: SecretBox::new(Box::new(value.into_bytes())),
            line: Some(line),
        });
    }
    out
}

fn unquote(raw: &str) -> String {
    let quote = raw.chars().next();
    let inner = match quote {
        Some(q @ ('\'' | '"' | '`')) if raw.len() >= 2 && raw.ends_with(q) => {
            &raw[1..raw.len() - 1]
        }
        _ => raw,
    };
    if quote == Some('"') {
        inner.replace("\\n", "\n").replace("\\r", "\r")
    } else {
        inner.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use secrecy::ExposeSecret;

    fn get(vars: &[Variable], name: &str) -> String {
        let v = vars
            .iter()
            .find(|v| v.name == name)
            .unwrap_or_else(|| panic!("{name} missing"));
        String::from_utf8(v.value.expose_secret().clone()).unwrap()
    }

    #[test]
    fn follows_the_dotenv_library() {
        let text = "# c\nGREETING=hello from dev\nMULTI=\"line one\nline two\"\nQ='single \"q\" $X'\nE=\nSP=\"  padded  \"\nHASH=value#comment\nESC=\"a\\nb\"\nexport EXP=1\nDUP=first\nDUP=second\nBT=`back tick`\n";
        let vars = parse(text);
        assert_eq!(get(&vars, "GREETING"), "hello from dev");
        assert_eq!(get(&vars, "MULTI"), "line one\nline two");
        assert_eq!(get(&vars, "Q"), "single \"q\" $X");
        assert_eq!(get(&vars, "E"), "");
        assert_eq!(get(&vars, "SP"), "  padded  ");
        assert_eq!(get(&vars, "HASH"), "value");
        assert_eq!(get(&vars, "ESC"), "a\nb");
        assert_eq!(get(&vars, "EXP"), "1");
        assert_eq!(get(&vars, "DUP"), "second");
        assert_eq!(get(&vars, "BT"), "back tick");
    }
}
