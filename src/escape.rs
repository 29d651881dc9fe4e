//! Text from a vault or an input file, made safe for a terminal.
//!
//! A name, `signed_by`, uid or path in a hostile vault can hold ESC
//! sequences or a carriage return: printed raw, it could erase a line,
//! recolour it, or fake a `✓` line of `validate`. Everything dsenv prints
//! for people goes through [`for_terminal`]; JSON output is already
//! escaped by serde, and `secret get` prints the value itself, unchanged.

use std::borrow::Cow;

/// `text` with every control character (C0, DEL, C1) and every
/// bidirectional or zero-width formatting character shown as an escape:
/// `\x1b`, `\x0a`, `\u{202e}`. Plain text is borrowed unchanged.
pub fn for_terminal(text: &str) -> Cow<'_, str> {
    if !text.chars().any(needs_escape) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            c if !needs_escape(c) => out.push(c),
            c if (c as u32) < 0x80 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
        }
    }
    Cow::Owned(out)
}

fn needs_escape(c: char) -> bool {
    c.is_control()
        || matches!(c as u32, 0x200b..=0x200f | 0x202a..=0x202e | 0x2066..=0x2069 | 0xfeff)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_borrowed() {
        assert!(matches!(
            for_terminal("Secret entry 5 (DB_URL) ✓"),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn controls_are_shown_as_escapes() {
        assert_eq!(for_terminal("a\x1b[2K\r✓ b\n"), "a\\x1b[2K\\x0d✓ b\\x0a");
        assert_eq!(
            for_terminal("\u{9b}31m\u{202e}x\x7f"),
            "\\u{9b}31m\\u{202e}x\\x7f"
        );
    }
}
