//! JSON exactly as Go's `encoding/json` writes it, so the lines dsenv
//! appends are byte-identical to dotsecenv's: compact, and HTML-safe
//! escaping of `<`, `>`, `&`, U+2028 and U+2029.

use serde::Serialize;

/// Compact JSON with Go's HTML-safe escaping.
pub fn to_go_json<T: Serialize + ?Sized>(value: &T) -> String {
    let plain = serde_json::to_string(value).expect("serialising plain data cannot fail");
    go_escape(&plain)
}

/// In compact JSON these characters can only occur inside strings, so a
/// textual replacement is exact.
fn go_escape(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_like_go() {
        assert_eq!(
            super::to_go_json("Alice <a&b@x> \u{2028}é"),
            r#""Alice \u003ca\u0026b@x\u003e \u2028é""#
        );
    }
}
