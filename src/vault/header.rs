//! Line 1-3 of a vault: the markers and the header index (spec §1, §1.1).

use std::collections::BTreeSet;
use std::fmt;

use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};

pub const HEADER_MARKER: &str = "# === VAULT HEADER ===";
pub const DATA_MARKER: &str = "# === VAULT DATA ===";

/// The versions dsenv reads and writes.
pub const SUPPORTED_VERSIONS: std::ops::RangeInclusive<u32> = 1..=2;

/// Whether `line` is a header marker: the current one or a legacy
/// `# === VAULT HEADER vN ===`.
pub fn is_header_marker(line: &str) -> bool {
    if line == HEADER_MARKER {
        return true;
    }
    line.strip_prefix("# === VAULT HEADER v")
        .and_then(|rest| rest.strip_suffix(" ==="))
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// Where a secret's entries live.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SecretIndex {
    pub secret: usize,
    pub values: Vec<usize>,
}

/// The header index (line 2), in the order of the file: identities as
/// `(fingerprint, line)`, secrets as `(key, index)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    pub version: u32,
    pub identities: Vec<(String, usize)>,
    pub secrets: Vec<(String, SecretIndex)>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHeader {
    version: u32,
    identities: Identities,
    secrets: UniqueMap<SecretIndex>,
}

/// v1 writes identities as `[[fpr, line], ...]`, v2 as `{fpr: line}`.
enum Identities {
    List(Vec<(String, usize)>),
    Map(Vec<(String, usize)>),
}

impl Header {
    /// Parses line 2. Errors name the JSON field that is wrong.
    pub fn parse(json: &str) -> Result<Header, (String, String)> {
        let de = &mut serde_json::Deserializer::from_str(json);
        let raw: RawHeader = serde_path_to_error::deserialize(de).map_err(|e| {
            let field = e.path().to_string();
            (field, e.into_inner().to_string())
        })?;
        if !SUPPORTED_VERSIONS.contains(&raw.version) {
            return Err((
                "version".into(),
                format!(
                    "unsupported vault version {} (dsenv reads versions 1 and 2)",
                    raw.version
                ),
            ));
        }
        let identities = match (raw.version, raw.identities) {
            (1, Identities::List(list)) | (2, Identities::Map(list)) => list,
            (version, _) => {
                return Err((
                    "identities".into(),
                    format!("wrong shape for a version {version} header"),
                ))
            }
        };
        Ok(Header {
            version: raw.version,
            identities,
            secrets: raw.secrets.0,
        })
    }

    /// Serialises byte-for-byte as dotsecenv (Go `encoding/json`) does:
    /// map keys sorted by raw bytes, v1 identities as pairs sorted by line.
    pub fn to_line(&self) -> String {
        let mut secrets: Vec<&(String, SecretIndex)> = self.secrets.iter().collect();
        secrets.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
        let secrets_json: Vec<String> = secrets
            .iter()
            .map(|(k, idx)| format!("{}:{}", json_string(k), compact(idx)))
            .collect();
        let identities_json = if self.version == 1 {
            let mut ids = self.identities.clone();
            ids.sort_by_key(|(_, line)| *line);
            let pairs: Vec<String> = ids
                .iter()
                .map(|(f, l)| format!("[{},{l}]", json_string(f)))
                .collect();
            format!("[{}]", pairs.join(","))
        } else {
            let mut ids = self.identities.clone();
            ids.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
            let pairs: Vec<String> = ids
                .iter()
                .map(|(f, l)| format!("{}:{l}", json_string(f)))
                .collect();
            format!("{{{}}}", pairs.join(","))
        };
        format!(
            "{{\"version\":{},\"identities\":{},\"secrets\":{{{}}}}}",
            self.version,
            identities_json,
            secrets_json.join(",")
        )
    }
}

fn compact<T: Serialize>(value: &T) -> String {
    crate::vault::json::to_go_json(value)
}

fn json_string(s: &str) -> String {
    crate::vault::json::to_go_json(&s)
}

/// A JSON object read in file order that refuses duplicate keys (serde's
/// maps would silently keep the last one, hiding a tampered index).
struct UniqueMap<T>(Vec<(String, T)>);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for UniqueMap<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for V<T> {
            type Value = UniqueMap<T>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut seen = BTreeSet::new();
                let mut out = Vec::new();
                while let Some(key) = map.next_key::<String>()? {
                    if !seen.insert(key.clone()) {
                        return Err(de::Error::custom(format!("duplicate key {key:?}")));
                    }
                    out.push((key, map.next_value()?));
                }
                Ok(UniqueMap(out))
            }
        }
        d.deserialize_map(V(std::marker::PhantomData))
    }
}

impl<'de> Deserialize<'de> for Identities {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Identities;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object (v2) or a list of [fingerprint, line] pairs (v1)")
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
                let m =
                    UniqueMap::<usize>::deserialize(de::value::MapAccessDeserializer::new(map))?;
                Ok(Identities::Map(m.0))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let mut seen = BTreeSet::new();
                let mut out: Vec<(String, usize)> = Vec::new();
                while let Some(pair) = seq.next_element::<(String, usize)>()? {
                    if !seen.insert(pair.0.clone()) {
                        return Err(de::Error::custom(format!(
                            "duplicate identity {:?}",
                            pair.0
                        )));
                    }
                    out.push(pair);
                }
                Ok(Identities::List(out))
            }
        }
        d.deserialize_any(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEAM: &str = r#"{"version":2,"identities":{"83C6":5,"B963":4},"secrets":{"A":{"secret":11,"values":[12]},"B":{"secret":25,"values":[26,27]}}}"#;

    #[test]
    fn v2_round_trip() {
        let h = Header::parse(TEAM).unwrap();
        assert_eq!(h.version, 2);
        assert_eq!(h.identities, vec![("83C6".into(), 5), ("B963".into(), 4)]);
        assert_eq!(h.to_line(), TEAM);
    }

    #[test]
    fn v1_round_trip() {
        let v1 = r#"{"version":1,"identities":[["B963",4],["83C6",5]],"secrets":{}}"#;
        let h = Header::parse(v1).unwrap();
        assert_eq!(h.to_line(), v1);
    }

    #[test]
    fn errors_name_the_field() {
        let cases = [
            (r#"{"version":3,"identities":{},"secrets":{}}"#, "version"),
            (
                r#"{"version":2,"identities":{"A":4,"A":5},"secrets":{}}"#,
                "identities",
            ),
            (
                r#"{"version":2,"identities":{},"secrets":{"K":{"secret":4,"values":[]},"K":{"secret":5,"values":[]}}}"#,
                "secrets",
            ),
            (
                r#"{"version":2,"identities":[["A",4]],"secrets":{}}"#,
                "identities",
            ),
            (
                r#"{"version":1,"identities":[["A",4],["B",5],["A",6]],"secrets":{}}"#,
                "identities",
            ),
            (
                r#"{"version":2,"identities":{},"secrets":{"K":{"secret":"x","values":[]}}}"#,
                "secrets.K.secret",
            ),
            (
                r#"{"version":2,"identities":{},"secrets":{},"extra":1}"#,
                ".",
            ),
        ];
        for (json, field) in cases {
            let (got, why) = Header::parse(json).unwrap_err();
            assert!(
                got.starts_with(field) || field == ".",
                "{json}: field {got} ({why})"
            );
        }
    }

    #[test]
    fn markers() {
        assert!(is_header_marker("# === VAULT HEADER ==="));
        assert!(is_header_marker("# === VAULT HEADER v1 ==="));
        assert!(!is_header_marker("# === VAULT HEADER v ==="));
        assert!(!is_header_marker("# === VAULT HEADER vX ==="));
    }
}
