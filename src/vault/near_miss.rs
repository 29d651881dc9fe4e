//! "did you mean …?" for a secret name that does not exist: the existing
//! name it is closest to. Names are in the vault's header, readable by
//! anyone with the file, so any name may be suggested.

use super::names;

/// The hint for `wanted` among `existing`: `did you mean NAME?`, when one
/// name is close (see [`closest`]).
pub fn hint<'a>(wanted: &str, existing: impl IntoIterator<Item = &'a str>) -> Option<String> {
    closest(wanted, existing).map(|name| format!("did you mean {name}?"))
}

/// [`hint`] among the secrets of `vault` that are not forgotten.
pub fn in_vault(vault: &super::Vault, wanted: &str) -> Option<String> {
    let live = vault
        .secrets
        .iter()
        .filter(|s| s.values.last().is_some_and(|v| !v.entry.data.deleted));
    hint(wanted, live.map(|s| s.key.as_str()))
}

/// The hint for a secret name that was not found: why it is missing when
/// that is known (an outsider defined it), else the near miss, and where
/// to see the names.
pub fn not_found_hint(why: Option<String>, guess: Option<String>) -> String {
    match (why, guess) {
        (Some(why), _) => why,
        (None, Some(guess)) => format!("{guess} (`dsenv secret get` lists the names you can read)"),
        (None, None) => "`dsenv secret get` lists the names you can read".into(),
    }
}

/// The existing name `wanted` most likely meant: one equal to it ignoring
/// case, else, for a `wanted` of at least 4 characters, the first one at
/// the smallest edit distance, when that is at most 2. Both sides are
/// compared in canonical form when they have one.
pub fn closest<'a>(wanted: &str, existing: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let folded = |s: &str| {
        names::normalize(s)
            .unwrap_or_else(|_| s.trim().to_string())
            .to_uppercase()
    };
    let want: Vec<char> = folded(wanted).chars().collect();
    let mut best: Option<(usize, &'a str)> = None;
    for name in existing {
        let have: Vec<char> = folded(name).chars().collect();
        let distance = if have == want {
            0
        } else if want.len() >= 4 {
            levenshtein(&want, &have)
        } else {
            continue;
        };
        if distance <= 2 && best.is_none_or(|(d, _)| distance < d) {
            best = Some((distance, name));
        }
    }
    best.map(|(_, name)| name)
}

/// Edit distance: insertions, deletions and substitutions, one row at a
/// time.
fn levenshtein(a: &[char], b: &[char]) -> usize {
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substituted = diagonal + usize::from(ca != cb);
            diagonal = row[j + 1];
            row[j + 1] = substituted.min(row[j] + 1).min(diagonal + 1);
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn levenshtein_counts_edits() {
        for (a, b, d) in [
            ("", "", 0),
            ("", "ABC", 3),
            ("KITTEN", "SITTING", 3),
            ("DATABASE_URL", "DATABSE_URL", 1),
            ("API_KEY", "APIKEY", 1),
            ("ABCD", "BACD", 2),
        ] {
            assert_eq!(levenshtein(&chars(a), &chars(b)), d, "{a} {b}");
            assert_eq!(levenshtein(&chars(b), &chars(a)), d, "{b} {a}");
        }
    }

    #[test]
    fn the_closest_name_is_suggested() {
        let names = ["API_KEY", "DATABASE_URL", "DATABASE_USER"];
        let pick = |w: &str| closest(w, names.iter().copied());
        assert_eq!(pick("DATABSE_URL"), Some("DATABASE_URL"));
        assert_eq!(pick("database_ur"), Some("DATABASE_URL"));
        assert_eq!(pick("DATABASE_USR"), Some("DATABASE_USER"));
        assert_eq!(pick("api_key"), Some("API_KEY"));
        assert_eq!(pick("APIKEY"), Some("API_KEY"));
        assert_eq!(pick("SOMETHING_ELSE"), None);
        // Short names only match ignoring case.
        assert_eq!(closest("ab", ["AB"]), Some("AB"));
        assert_eq!(closest("abc", ["ABD"]), None);
        assert_eq!(
            hint("DATABSE_URL", names),
            Some("did you mean DATABASE_URL?".into())
        );
    }
}
