//! Compose's variable interpolation inside `.env` values (compose-go's
//! `template` package): `$$`, `$NAME`, `${NAME}`, `${NAME:-d}`,
//! `${NAME-d}`, `${NAME:?msg}`, `${NAME?msg}`, `${NAME:+r}`, `${NAME+r}`,
//! nested in defaults. Anything else after `$` (`$(`, `$1`, a lone `$`)
//! is literal text: nothing here ever runs a command.

use zeroize::Zeroizing;

/// Why a value could not be interpolated; `at` is the byte offset of the
/// `$` in the text given to [`interpolate`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InterpolateError {
    pub at: usize,
    pub problem: Problem,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// `${` not followed by a name and `}` or an operator.
    BadSubstitution,
    /// `${NAME:-...` with no closing `}`.
    Unclosed,
    /// `${NAME:?msg}` / `${NAME?msg}` and NAME unset (or empty for `:?`);
    /// `message` is the text as written in the file, never expanded.
    Required { name: String, message: String },
    /// The value would grow past the expansion cap.
    TooLarge,
}

/// Looks a name up: `None` is unset, `Some("")` set and empty.
pub type Lookup<'a> = dyn Fn(&str) -> Option<Zeroizing<String>> + 'a;

/// Expands `text`; the result may not exceed `budget` bytes.
pub fn interpolate(
    text: &str,
    lookup: &Lookup<'_>,
    budget: usize,
) -> Result<Zeroizing<String>, InterpolateError> {
    let mut out = Zeroizing::new(String::new());
    let mut rest = text;
    let mut base = 0;
    while let Some(dollar) = rest.find('$') {
        out.push_str(&rest[..dollar]);
        let at = base + dollar;
        let after = &rest[dollar + 1..];
        let consumed = match after.chars().next() {
            Some('$') => {
                out.push('$');
                1
            }
            Some('{') => braced(after, at, lookup, budget, &mut out)?,
            Some(c) if c == '_' || c.is_ascii_alphabetic() => {
                let len = name_len(after);
                if let Some(v) = lookup(&after[..len]) {
                    out.push_str(&v);
                }
                len
            }
            // `$(`, `$1`, `$ `, a trailing `$`: Compose keeps them as written.
            _ => {
                out.push('$');
                0
            }
        };
        if out.len() > budget {
            return Err(InterpolateError {
                at,
                problem: Problem::TooLarge,
            });
        }
        rest = &after[consumed..];
        base = at + 1 + consumed;
    }
    out.push_str(rest);
    if out.len() > budget {
        return Err(InterpolateError {
            at: text.len(),
            problem: Problem::TooLarge,
        });
    }
    Ok(out)
}

/// Compose's names in references: `[_A-Za-z][_A-Za-z0-9]*`.
fn name_len(s: &str) -> usize {
    s.find(|c: char| c != '_' && !c.is_ascii_alphanumeric())
        .unwrap_or(s.len())
}

/// Inside braces dots are allowed too (`${APP.HOST}`, as dotenvx reads
/// it): Compose refuses such a file, so no Compose value changes.
fn braced_name_len(s: &str) -> usize {
    s.find(|c: char| c != '_' && c != '.' && !c.is_ascii_alphanumeric())
        .unwrap_or(s.len())
}

/// `{...}` after a `$` at offset `at`; returns the bytes consumed after the `$`.
fn braced(
    after: &str,
    at: usize,
    lookup: &Lookup<'_>,
    budget: usize,
    out: &mut String,
) -> Result<usize, InterpolateError> {
    let err = |problem| InterpolateError { at, problem };
    let inner = &after[1..];
    let starts_name = inner
        .chars()
        .next()
        .is_some_and(|c| c == '_' || c.is_ascii_alphabetic());
    if !starts_name {
        return Err(err(Problem::BadSubstitution));
    }
    let name = &inner[..braced_name_len(inner)];
    let tail = &inner[name.len()..];
    if tail.starts_with('}') {
        if let Some(v) = lookup(name) {
            out.push_str(&v);
        }
        return Ok(1 + name.len() + 1);
    }
    let Some((op, op_len)) = operator(tail) else {
        return Err(err(Problem::BadSubstitution));
    };
    let body_start = name.len() + op_len;
    let close = closing_brace(&inner[body_start..]).ok_or_else(|| err(Problem::Unclosed))?;
    let body = &inner[body_start..body_start + close];
    let value = lookup(name);
    let set = value.is_some();
    let non_empty = value.as_ref().is_some_and(|v| !v.is_empty());
    let nested = |text: &str| {
        interpolate(text, lookup, budget).map_err(|e| InterpolateError {
            at: at + 2 + body_start + e.at,
            ..e
        })
    };
    match op {
        Op::DefaultIfUnsetOrEmpty | Op::DefaultIfUnset => {
            let use_default = match op {
                Op::DefaultIfUnsetOrEmpty => !non_empty,
                _ => !set,
            };
            if use_default {
                out.push_str(&nested(body)?);
            } else if let Some(v) = &value {
                out.push_str(v);
            }
        }
        Op::ErrorIfUnsetOrEmpty | Op::ErrorIfUnset => {
            let missing = match op {
                Op::ErrorIfUnsetOrEmpty => !non_empty,
                _ => !set,
            };
            if missing {
                return Err(err(Problem::Required {
                    name: name.to_string(),
                    message: body.to_string(),
                }));
            }
            if let Some(v) = &value {
                out.push_str(v);
            }
        }
        Op::ReplaceIfNonEmpty | Op::ReplaceIfSet => {
            let replace = match op {
                Op::ReplaceIfNonEmpty => non_empty,
                _ => set,
            };
            if replace {
                out.push_str(&nested(body)?);
            } else if let Some(v) = &value {
                out.push_str(v);
            }
        }
    }
    Ok(1 + body_start + close + 1)
}

#[derive(Clone, Copy)]
enum Op {
    DefaultIfUnsetOrEmpty,
    DefaultIfUnset,
    ErrorIfUnsetOrEmpty,
    ErrorIfUnset,
    ReplaceIfNonEmpty,
    ReplaceIfSet,
}

fn operator(tail: &str) -> Option<(Op, usize)> {
    const OPS: [(&str, Op); 6] = [
        (":-", Op::DefaultIfUnsetOrEmpty),
        (":?", Op::ErrorIfUnsetOrEmpty),
        (":+", Op::ReplaceIfNonEmpty),
        ("-", Op::DefaultIfUnset),
        ("?", Op::ErrorIfUnset),
        ("+", Op::ReplaceIfSet),
    ];
    OPS.iter()
        .find(|(s, _)| tail.starts_with(s))
        .map(|&(s, op)| (op, s.len()))
}

/// The offset of the `}` that closes the braces already open, counting
/// nested `{` as Compose does.
fn closing_brace(s: &str) -> Option<usize> {
    let mut depth = 1usize;
    for (i, b) in s.bytes().enumerate() {
        match b {
            b'{' => depth += 1,
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(name: &str) -> Option<Zeroizing<String>> {
        match name {
            "SET" => Some(Zeroizing::new("v".into())),
            "EMPTY" => Some(Zeroizing::new(String::new())),
            _ => None,
        }
    }

    fn run(text: &str) -> Result<String, Problem> {
        interpolate(text, &env, 1 << 20)
            .map(|s| s.to_string())
            .map_err(|e| e.problem)
    }

    #[test]
    fn follows_compose() {
        assert_eq!(run("a$SET-${SET}").unwrap(), "av-v");
        assert_eq!(run("$$SET \\$").unwrap(), "$SET \\$");
        assert_eq!(run("${UNSET:-d} ${EMPTY:-d} ${EMPTY-d}|").unwrap(), "d d |");
        assert_eq!(run("${UNSET:-${UNSET-${SET}}}x").unwrap(), "vx");
        assert_eq!(
            run("${SET:+r} ${EMPTY:+r} ${EMPTY+r} ${UNSET+r}.").unwrap(),
            "r  r ."
        );
        assert_eq!(run("$(id) `id` $1 $ $").unwrap(), "$(id) `id` $1 $ $");
        assert_eq!(run("$SET_X$SET").unwrap(), "v");
        assert_eq!(run("${SET:?m}").unwrap(), "v");
        assert_eq!(
            run("${EMPTY:?need it}"),
            Err(Problem::Required {
                name: "EMPTY".into(),
                message: "need it".into()
            })
        );
        assert_eq!(run("${EMPTY?x}").unwrap(), "");
        assert_eq!(run("${1}"), Err(Problem::BadSubstitution));
        assert_eq!(run("${A B}"), Err(Problem::BadSubstitution));
        assert_eq!(run("${SET.X:-d}$SET.X").unwrap(), "dv.X");
        assert_eq!(run("${A:-x"), Err(Problem::Unclosed));
    }

    #[test]
    fn error_offsets_point_at_the_dollar() {
        let e = interpolate("abc ${UNSET:-${X?}}", &env, 1 << 20).unwrap_err();
        assert_eq!(e.at, 13);
        assert!(matches!(e.problem, Problem::Required { .. }));
    }
}
