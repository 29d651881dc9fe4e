//! Identities by fingerprint, built once per vault.
//!
//! Every entry names its signer and every value its recipients by
//! fingerprint, so verification looks fingerprints up once per entry and
//! once per recipient. A scan of the identities per lookup made a pushed
//! vault of 40,000 junk identities cost minutes of CPU (issue 12); this
//! index makes each lookup O(1).
//!
//! Fingerprints are hex and compared without regard to case, but
//! dotsecenv does not normalise them: one vault can hold the same key
//! under an upper- and a lower-case fingerprint (fixture `edge/vault`).
//! The exact spelling is preferred, then the first identity (in line
//! order) whose fingerprint matches ignoring case, as a scan would find.

use std::collections::HashMap;

#[derive(Debug, Clone, Default)]
pub struct FingerprintIndex {
    exact: HashMap<String, usize>,
    upper: HashMap<String, usize>,
}

impl FingerprintIndex {
    /// Indexes `fingerprints` (the identities' in line order) by position.
    pub fn new<'a>(fingerprints: impl ExactSizeIterator<Item = &'a str>) -> Self {
        let mut index = FingerprintIndex {
            exact: HashMap::with_capacity(fingerprints.len()),
            upper: HashMap::with_capacity(fingerprints.len()),
        };
        for (i, fpr) in fingerprints.enumerate() {
            index.exact.entry(fpr.to_string()).or_insert(i);
            index.upper.entry(fpr.to_ascii_uppercase()).or_insert(i);
        }
        index
    }

    /// The position of the identity `fingerprint` names: its exact
    /// spelling, else the first that matches ignoring case.
    pub fn find(&self, fingerprint: &str) -> Option<usize> {
        self.exact
            .get(fingerprint)
            .or_else(|| self.upper.get(&fingerprint.to_ascii_uppercase()))
            .copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_spelling_first_then_the_first_ignoring_case() {
        let index = FingerprintIndex::new(["AB12", "ab12", "CD34"].into_iter());
        assert_eq!(index.find("AB12"), Some(0));
        assert_eq!(index.find("ab12"), Some(1));
        assert_eq!(index.find("Ab12"), Some(0));
        assert_eq!(index.find("cd34"), Some(2));
        assert_eq!(index.find("EF56"), None);
    }
}
