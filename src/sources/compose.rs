//! `.env` files as Docker Compose reads them (`env_file:`, `--env-file`):
//! the default dialect of `dsenv run --env-file` and `dsenv import`.
//!
//! The rules are compose-go's `dotenv` package (v2), read from its source
//! and checked against its own tests (tests/dotenv_conformance.rs):
//!
//! - A UTF-8 BOM is dropped; CRLF and lone CR end lines like LF.
//! - Blank lines and lines starting with `#` are skipped. `export ` before
//!   a name is ignored.
//! - A name is letters and digits (any script), `_`, `.`, `-`, `[`, `]`;
//!   spaces may surround it (`KEY = v`), not split it. `KEY=v` and
//!   `KEY: v` both set KEY. A bare `KEY` line sets nothing: Compose takes
//!   it from the parent environment, which dsenv passes on anyway.
//! - Unquoted values run to the end of the line; ` #` starts a comment
//!   (`a#b` keeps its `#`); surrounding whitespace is dropped; backslashes
//!   are literal (`a\nb` is four characters).
//! - `'single quotes'` are literal, across lines too; only `\'` is
//!   unescaped.
//! - `"double quotes"` may span lines and unescape `\"`, `\\`, `\n`, `\r`,
//!   `\t`, `\a`, `\b`, `\f`, `\v`, `\$` (a literal `$`) and `\0NNN` (octal);
//!   any other backslash is kept as written, as Compose does.
//! - After a closing quote only whitespace and a `#` comment may follow.
//! - Unquoted and double-quoted values interpolate `$NAME`, `${NAME}`,
//!   `${NAME:-default}`, `${NAME-default}`, `${NAME:+alt}`, `${NAME+alt}`,
//!   `${NAME:?message}` and `${NAME?message}` (an error naming NAME), and
//!   `$$` is a `$` (see [`interpolate`]). `$(…)` and backticks are text:
//!   nothing is ever executed.
//! - A reference resolves as Compose's lookup does: the parent environment
//!   first, then the lines above it in the same file (with `--override`
//!   the file comes first, so a reference sees what the app will see).
//!   Later lines win over earlier ones for the same name.
//!
//! Deliberate differences from compose-go, each an error where Compose
//! would silently keep something odd: an empty name (`=v`), text after a
//! closing quote (Compose parses it as another line), a name with a space
//! inside, `${` that is never closed, a file that is not UTF-8.

pub mod interpolate;

use secrecy::{ExposeSecret, SecretBox};
use zeroize::Zeroizing;

use self::interpolate::{InterpolateError, Problem};
use super::Variable;

/// The largest `.env` file dsenv reads; real ones are a few KiB.
pub const MAX_FILE_BYTES: usize = super::dotenv::MAX_FILE_BYTES;

/// Interpolation can double a value per line (`B=$A$A`, `C=$B$B`, ...):
/// all values together may not grow past this.
pub const MAX_EXPANDED_BYTES: usize = super::dotenv::MAX_EXPANDED_BYTES;

/// Which side a reference consults first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precedence {
    /// Compose's order: the parent environment, then earlier lines.
    ParentFirst,
    /// Earlier lines, then the parent (`run --override`).
    FileFirst,
}

/// Where a file could not be read, and why (never a value).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// 1-based line and column (in characters) on that line.
    pub line: usize,
    pub column: usize,
    pub problem: String,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.line, self.column, self.problem)
    }
}

/// The parent environment as a reference sees it.
pub type Env<'a> = dyn Fn(&str) -> Option<Zeroizing<String>> + 'a;

/// The process environment, for [`parse`].
pub fn process_env(name: &str) -> Option<Zeroizing<String>> {
    std::env::var(name).ok().map(Zeroizing::new)
}

/// Parses `text` in Compose's dialect. Every definition is returned in
/// file order (a name set twice appears twice; the later one wins when
/// applied).
pub fn parse(text: &[u8], env: &Env<'_>, order: Precedence) -> Result<Vec<Variable>, ParseError> {
    let text = text.strip_prefix("\u{feff}".as_bytes()).unwrap_or(text);
    let text = std::str::from_utf8(text).map_err(|e| {
        let (line, column) = position(&String::from_utf8_lossy(text), e.valid_up_to());
        ParseError {
            line,
            column,
            problem: "not UTF-8 text".into(),
        }
    })?;
    let text = Zeroizing::new(text.replace("\r\n", "\n").replace('\r', "\n"));
    Parser {
        src: &text,
        pos: 0,
        env,
        order,
        vars: Vec::new(),
        expanded: 0,
        counted: (0, 1),
    }
    .run()
}

/// 1-based line and character column of byte offset `at`.
fn position(src: &str, at: usize) -> (usize, usize) {
    let before = &src[..at];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line = before.matches('\n').count() + 1;
    (line, before[line_start..].chars().count() + 1)
}

/// Spaces that may surround names and values: Go's set without newlines.
fn is_blank(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{b}' | '\u{c}' | '\u{85}' | '\u{a0}')
}

fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '_' | '.' | '-' | '[' | ']')
}

struct Parser<'s, 'e> {
    src: &'s str,
    pos: usize,
    env: &'e Env<'e>,
    order: Precedence,
    vars: Vec<Variable>,
    expanded: usize,
    /// (offset, line at that offset): statements only move forward, so
    /// line numbers are counted once over the whole text.
    counted: (usize, usize),
}

impl Parser<'_, '_> {
    fn run(mut self) -> Result<Vec<Variable>, ParseError> {
        while self.next_statement() {
            let start = self.pos;
            let Some(name) = self.name()? else { continue };
            let value = self.value()?;
            self.expanded += value.len();
            let line = Some(self.line_at(start));
            self.vars.push(Variable {
                name,
                value: SecretBox::new(Box::new(value.as_bytes().to_vec())),
                line,
            });
        }
        Ok(self.vars)
    }

    fn line_at(&mut self, at: usize) -> usize {
        let (from, line) = self.counted;
        let line = line + self.src[from..at].matches('\n').count();
        self.counted = (at, line);
        line
    }

    fn rest(&self) -> &str {
        &self.src[self.pos..]
    }

    fn error(&self, at: usize, problem: impl Into<String>) -> ParseError {
        let (line, column) = position(self.src, at);
        ParseError {
            line,
            column,
            problem: problem.into(),
        }
    }

    /// Skips blank lines and comments; false at the end of the text.
    fn next_statement(&mut self) -> bool {
        loop {
            let skipped = self.rest().len() - self.rest().trim_start().len();
            self.pos += skipped;
            if !self.rest().starts_with('#') {
                return !self.rest().is_empty();
            }
            self.skip_line();
        }
    }

    fn skip_line(&mut self) {
        self.pos += self.rest().find('\n').map_or(self.rest().len(), |i| i + 1);
    }

    fn skip_blanks(&mut self) {
        let rest = self.rest();
        self.pos += rest.len() - rest.trim_start_matches(is_blank).len();
    }

    /// `[export ]NAME` up to `=` or `:`; `None` for a bare `NAME` line.
    fn name(&mut self) -> Result<Option<String>, ParseError> {
        if let Some(after) = self.rest().strip_prefix("export") {
            if after.starts_with(is_blank) {
                self.pos += "export".len();
                self.skip_blanks();
            }
        }
        let start = self.pos;
        let mut name_end = None;
        for (i, c) in self.rest().char_indices() {
            let at = start + i;
            match c {
                '=' | ':' => {
                    let name = self.src[start..name_end.unwrap_or(at)].to_string();
                    if name.is_empty() {
                        return Err(self.error(at, format!("no variable name before `{c}`")));
                    }
                    self.pos = at + 1;
                    return Ok(Some(name));
                }
                '\n' => break,
                c if is_blank(c) => {
                    name_end.get_or_insert(at);
                }
                c if is_name_char(c) => {
                    if name_end.is_some() {
                        return Err(self.error(at, "a variable name cannot contain a space"));
                    }
                }
                c => {
                    return Err(self.error(
                        at,
                        format!("{} cannot be in a variable name", describe_char(c)),
                    ))
                }
            }
        }
        // A bare name: Compose copies it from the parent environment,
        // which dsenv passes on unchanged anyway.
        self.skip_line();
        Ok(None)
    }

    fn value(&mut self) -> Result<Zeroizing<String>, ParseError> {
        self.skip_blanks();
        match self.rest().chars().next() {
            Some(q @ ('\'' | '"')) => self.quoted(q),
            _ => self.unquoted(),
        }
    }

    fn unquoted(&mut self) -> Result<Zeroizing<String>, ParseError> {
        let start = self.pos;
        let src = self.src;
        let rest = &src[start..];
        let line = &rest[..rest.find('\n').unwrap_or(rest.len())];
        self.pos += line.len();
        let value = line.split(" #").next().unwrap_or_default().trim_end();
        let offsets: Vec<usize> = (0..=value.len()).map(|i| start + i).collect();
        self.interpolate(value, &offsets)
    }

    fn quoted(&mut self, quote: char) -> Result<Zeroizing<String>, ParseError> {
        let open = self.pos;
        let body_start = open + 1;
        let mut raw = Zeroizing::new(String::new());
        let mut offsets = Vec::new();
        let mut escaped = false;
        for (i, c) in self.src[body_start..].char_indices() {
            let at = body_start + i;
            if c == quote && !escaped {
                self.pos = at + 1;
                self.after_closing_quote()?;
                if quote == '\'' {
                    return Ok(raw);
                }
                return self.double_quoted(&raw, &offsets);
            }
            if c == '\\' && !escaped {
                escaped = true;
                continue;
            }
            // `\` + the quote is the quote; any other `\x` stays for later.
            if escaped && c != quote {
                raw.push('\\');
                offsets.push(at - 1);
            }
            escaped = false;
            raw.push(c);
            offsets.extend(std::iter::repeat_n(at, c.len_utf8()));
        }
        let kind = if quote == '\'' { "single" } else { "double" };
        Err(self.error(
            open,
            format!("unterminated {kind}-quoted value (no closing {quote})"),
        ))
    }

    /// Only blanks and a comment may follow a closing quote.
    fn after_closing_quote(&mut self) -> Result<(), ParseError> {
        self.skip_blanks();
        match self.rest().chars().next() {
            None | Some('\n') => Ok(()),
            Some('#') => {
                self.skip_line();
                Ok(())
            }
            Some(_) => Err(self.error(
                self.pos,
                "unexpected text after the closing quote (quote the whole value, or start a comment with #)",
            )),
        }
    }

    /// Unescapes the text between double quotes, then interpolates it.
    fn double_quoted(
        &mut self,
        raw: &str,
        raw_offsets: &[usize],
    ) -> Result<Zeroizing<String>, ParseError> {
        let mut text = Zeroizing::new(String::new());
        let mut offsets = Vec::new();
        let mut i = 0;
        while i < raw.len() {
            let at = raw_offsets[i];
            let (produced, used) = unescape(&raw[i..]);
            text.push_str(&produced);
            offsets.extend(std::iter::repeat_n(at, produced.len()));
            i += used;
        }
        offsets.push(self.pos - 1);
        self.interpolate(&text, &offsets)
    }

    /// `offsets[i]`: the source offset of byte `i` of `text`, for errors.
    fn interpolate(&self, text: &str, offsets: &[usize]) -> Result<Zeroizing<String>, ParseError> {
        let lookup = |name: &str| self.lookup(name);
        let budget = MAX_EXPANDED_BYTES.saturating_sub(self.expanded);
        interpolate::interpolate(text, &lookup, budget)
            .map_err(|e| self.interpolate_error(e, offsets))
    }

    fn interpolate_error(&self, e: InterpolateError, offsets: &[usize]) -> ParseError {
        let at = offsets.get(e.at).copied().unwrap_or(self.pos);
        let problem = match e.problem {
            Problem::BadSubstitution => {
                "bad substitution: `${` must be followed by a name ([A-Za-z_][A-Za-z0-9_.]*) and `}` or :- - :? ? :+ +".to_string()
            }
            Problem::Unclosed => "`${` has no closing `}`".to_string(),
            Problem::Required { name, message } if message.is_empty() => {
                format!("required variable {name} is not set")
            }
            Problem::Required { name, message } => {
                format!("required variable {name} is not set: {message}")
            }
            Problem::TooLarge => format!(
                "`$` references could expand past {} MiB; dsenv refuses it",
                MAX_EXPANDED_BYTES / (1024 * 1024)
            ),
        };
        ParseError {
            problem,
            ..self.error(at, "")
        }
    }

    fn lookup(&self, name: &str) -> Option<Zeroizing<String>> {
        let file = || {
            self.vars.iter().rev().find(|v| v.name == name).map(|v| {
                Zeroizing::new(String::from_utf8_lossy(v.value.expose_secret()).into_owned())
            })
        };
        match self.order {
            Precedence::ParentFirst => (self.env)(name).or_else(file),
            Precedence::FileFirst => file().or_else(|| (self.env)(name)),
        }
    }
}

/// One unit of double-quoted text: the characters it stands for and the
/// bytes it used. `\$` becomes `$$`, which interpolation reads as `$`.
fn unescape(s: &str) -> (Zeroizing<String>, usize) {
    let mut chars = s.chars();
    let first = chars.next().unwrap_or_default();
    if first != '\\' {
        return (Zeroizing::new(first.to_string()), first.len_utf8());
    }
    let simple = match chars.next() {
        Some('a') => Some("\u{7}"),
        Some('b') => Some("\u{8}"),
        Some('f') => Some("\u{c}"),
        Some('n') => Some("\n"),
        Some('r') => Some("\r"),
        Some('t') => Some("\t"),
        Some('v') => Some("\u{b}"),
        Some('\\') => Some("\\"),
        Some('"') => Some("\""),
        Some('$') => Some("$$"),
        Some('0') => return octal(s),
        _ => None,
    };
    match simple {
        Some(text) => (Zeroizing::new(text.to_string()), 2),
        None => (Zeroizing::new("\\".to_string()), 1),
    }
}

/// `\0` and up to three digits: `\0NNN` (three octal digits, at most 377)
/// is that character; otherwise Compose drops the `0` and keeps the rest.
fn octal(s: &str) -> (Zeroizing<String>, usize) {
    let digits = s[2..]
        .bytes()
        .take(3)
        .take_while(u8::is_ascii_digit)
        .count();
    let num = &s[2..2 + digits];
    let used = 2 + digits;
    let value = (digits == 3)
        .then(|| u32::from_str_radix(num, 8).ok())
        .flatten()
        .filter(|&v| v <= 0o377)
        .and_then(char::from_u32);
    match value {
        Some(c) => (Zeroizing::new(c.to_string()), used),
        None => (Zeroizing::new(format!("\\{num}")), used),
    }
}

fn describe_char(c: char) -> String {
    if c.is_control() {
        format!("the control character U+{:04X}", c as u32)
    } else {
        format!("`{c}`")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_env(_: &str) -> Option<Zeroizing<String>> {
        None
    }

    fn values(text: &str) -> Vec<(String, String)> {
        parse(text.as_bytes(), &no_env, Precedence::ParentFirst)
            .unwrap_or_else(|e| panic!("{text:?}: {e}"))
            .into_iter()
            .map(|v| {
                let value = String::from_utf8(v.value.expose_secret().clone()).unwrap();
                (v.name, value)
            })
            .collect()
    }

    fn one(text: &str) -> String {
        let mut v = values(text);
        assert_eq!(v.len(), 1, "{text:?}");
        v.remove(0).1
    }

    fn error(text: &str) -> String {
        parse(text.as_bytes(), &no_env, Precedence::ParentFirst)
            .err()
            .unwrap_or_else(|| panic!("{text:?} parsed"))
            .to_string()
    }

    #[test]
    fn unquoted() {
        assert_eq!(one("APP_NAME=My Cool App\n"), "My Cool App");
        assert_eq!(one("A=b # comment"), "b");
        assert_eq!(one("A=b#not"), "b#not");
        assert_eq!(one("A=a\\nb"), "a\\nb");
        assert_eq!(one("A=  x  \t"), "x");
        assert_eq!(one("A: value"), "value");
        assert_eq!(one("export A=1"), "1");
        assert_eq!(one("\u{feff}A=1\r\n"), "1");
        assert_eq!(one("A=`id` $(id)"), "`id` $(id)");
        assert_eq!(one("A-B.c[0]=1"), "1");
        assert_eq!(one("A="), "");
    }

    #[test]
    fn quoted() {
        assert_eq!(one("A='$X \\n \\' x'"), "$X \\n ' x");
        assert_eq!(
            one("A=\"a\\tb\\n\\\"c\\\\ \\x \\$X $$\""),
            "a\tb\n\"c\\ \\x $X $"
        );
        assert_eq!(one("A=\"x\"#comment"), "x");
        assert_eq!(one("A=\"line1\nline2\""), "line1\nline2");
        assert_eq!(one("A=\"\\0123\\0\""), "S\\");
        assert_eq!(one("A=\"x$B\""), "x");
    }

    #[test]
    fn references() {
        let v = values("A=1\nB=${A}2$A\nC=${U:-d}\nD=$B_C\nE=$\n");
        let got: Vec<&str> = v.iter().map(|(_, v)| v.as_str()).collect();
        assert_eq!(got, ["1", "121", "d", "", "$"]);
    }

    #[test]
    fn bare_names_and_lines() {
        let text = "# c\n\nBARE\nA=1\r\nB='x\ny'\rC=3";
        let vars = parse(text.as_bytes(), &no_env, Precedence::ParentFirst).unwrap();
        let lines: Vec<(&str, Option<usize>)> =
            vars.iter().map(|v| (v.name.as_str(), v.line)).collect();
        assert_eq!(lines, [("A", Some(4)), ("B", Some(5)), ("C", Some(7))]);
    }

    #[test]
    fn errors_say_where_and_what() {
        assert_eq!(
            error("A=1\nB=\"open\nC=2\n"),
            "2:3: unterminated double-quoted value (no closing \")"
        );
        assert_eq!(error("A%B=1"), "1:2: `%` cannot be in a variable name");
        assert_eq!(
            error("A B=1"),
            "1:3: a variable name cannot contain a space"
        );
        assert_eq!(error("=1"), "1:1: no variable name before `=`");
        assert_eq!(
            error("X=ok\nA=pre ${DB:?set DB first}"),
            "2:7: required variable DB is not set: set DB first"
        );
        assert!(error("A=${1}").starts_with("1:3: bad substitution"));
        assert!(error("A=\"v\" tail").starts_with("1:7: unexpected text after the closing quote"));
    }

    #[test]
    fn parent_first_unless_override() {
        let env = |n: &str| (n == "A").then(|| Zeroizing::new("parent".to_string()));
        let get = |order| {
            let vars = parse(b"A=file\nB=$A", &env, order).unwrap();
            String::from_utf8(vars[1].value.expose_secret().clone()).unwrap()
        };
        assert_eq!(get(Precedence::ParentFirst), "parent");
        assert_eq!(get(Precedence::FileFirst), "file");
    }
}
