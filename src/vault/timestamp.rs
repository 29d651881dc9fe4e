//! Timestamps as dotsecenv writes and hashes them: Go's `time.RFC3339Nano`.
//!
//! The hash covers Go's *re-formatting* of the parsed time, not the raw
//! JSON text (spec §2.1): trailing fraction zeros dropped, a zero offset
//! printed as `Z`. For files dotsecenv wrote, the two are identical.

use time::format_description::well_known::Rfc3339;
use time::{OffsetDateTime, UtcOffset};

/// Parses an RFC 3339 timestamp; `None` if it is not one.
pub fn parse(text: &str) -> Option<OffsetDateTime> {
    OffsetDateTime::parse(text, &Rfc3339).ok()
}

/// Formats like Go's `t.Format(time.RFC3339Nano)`.
pub fn format_go(t: OffsetDateTime) -> String {
    let mut out = format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    );
    let nanos = t.nanosecond();
    if nanos != 0 {
        let fraction = format!("{nanos:09}");
        out.push('.');
        out.push_str(fraction.trim_end_matches('0'));
    }
    out.push_str(&format_offset(t.offset()));
    out
}

/// Re-formats a stored timestamp the way the hash recipe expects.
pub fn canonical(text: &str) -> Option<String> {
    parse(text).map(format_go)
}

/// The current time in UTC, as a writer stamps new entries.
pub fn now() -> OffsetDateTime {
    OffsetDateTime::now_utc()
}

fn format_offset(offset: UtcOffset) -> String {
    if offset.is_utc() {
        return "Z".into();
    }
    let (h, m, _) = offset.as_hms();
    let sign = if offset.is_negative() { '-' } else { '+' };
    format!("{sign}{:02}:{:02}", h.unsigned_abs(), m.unsigned_abs())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_what_dotsecenv_writes() {
        for s in [
            "2026-11-28T06:25:46.369442273Z",
            "2026-11-28T06:26:25.00383921Z",
            "2026-11-28T06:25:06Z",
        ] {
            assert_eq!(canonical(s).unwrap(), s);
        }
    }

    #[test]
    fn normalises_like_go() {
        assert_eq!(
            canonical("2026-11-28T06:25:46.500Z").unwrap(),
            "2026-11-28T06:25:46.5Z"
        );
        assert_eq!(
            canonical("2026-11-28T06:25:46+00:00").unwrap(),
            "2026-11-28T06:25:46Z"
        );
        assert_eq!(
            canonical("2026-11-28T06:25:46.000+05:30").unwrap(),
            "2026-11-28T06:25:46+05:30"
        );
        assert!(canonical("yesterday").is_none());
    }
}
