//! The three kinds of data entry (spec §2), each parsed from and written to
//! one line. Field order in the structs is the order dotsecenv writes.

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use super::json::to_go_json;

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct IdentityEntry {
    pub added_at: String,
    pub algorithm: String,
    pub algorithm_bits: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub curve: Option<String>,
    pub created_at: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<String>,
    pub fingerprint: String,
    pub hash: String,
    pub public_key: String,
    pub signed_by: String,
    pub signature: String,
    pub uid: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SecretEntry {
    pub added_at: String,
    pub hash: String,
    pub key: String,
    pub signature: String,
    pub signed_by: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ValueEntry {
    pub added_at: String,
    pub available_to: Vec<String>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub deleted: bool,
    pub hash: String,
    pub signature: String,
    pub signed_by: String,
    /// base64 of the ASCII-armored OpenPGP message; "" on a tombstone.
    pub value: String,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// One data line, as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    Identity(IdentityEntry),
    Secret(SecretEntry),
    /// `secret` is the envelope's key (the header's key for this value).
    Value {
        secret: String,
        data: ValueEntry,
    },
}

impl Entry {
    pub fn kind(&self) -> &'static str {
        match self {
            Entry::Identity(_) => "identity",
            Entry::Secret(_) => "secret",
            Entry::Value { .. } => "value",
        }
    }

    /// Parses one data line. On error returns `(field path, reason)`.
    pub fn parse(line: &str) -> Result<Entry, (String, String)> {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Envelope<'a> {
            #[serde(rename = "type")]
            kind: String,
            #[serde(default)]
            secret: Option<String>,
            #[serde(borrow)]
            data: &'a RawValue,
        }
        let env: Envelope = deserialize(line, "")?;
        let data = env.data.get();
        match (env.kind.as_str(), env.secret) {
            ("identity", None) => Ok(Entry::Identity(deserialize(data, "data.")?)),
            ("secret", None) => Ok(Entry::Secret(deserialize(data, "data.")?)),
            ("value", Some(secret)) => Ok(Entry::Value {
                secret,
                data: deserialize(data, "data.")?,
            }),
            ("value", None) => Err(("secret".into(), "a value entry needs its secret key".into())),
            ("identity" | "secret", Some(_)) => Err((
                "secret".into(),
                format!("not allowed on a {} entry", env.kind),
            )),
            (other, _) => Err(("type".into(), format!("unknown entry type {other:?}"))),
        }
    }

    /// The line dotsecenv would write for this entry (without `\n`).
    pub fn to_line(&self) -> String {
        #[derive(Serialize)]
        struct Out<'a, T: Serialize> {
            #[serde(rename = "type")]
            kind: &'static str,
            #[serde(skip_serializing_if = "Option::is_none")]
            secret: Option<&'a str>,
            data: &'a T,
        }
        match self {
            Entry::Identity(d) => to_go_json(&Out {
                kind: "identity",
                secret: None,
                data: d,
            }),
            Entry::Secret(d) => to_go_json(&Out {
                kind: "secret",
                secret: None,
                data: d,
            }),
            Entry::Value { secret, data } => to_go_json(&Out {
                kind: "value",
                secret: Some(secret),
                data,
            }),
        }
    }
}

fn deserialize<'a, T: Deserialize<'a>>(json: &'a str, prefix: &str) -> Result<T, (String, String)> {
    let de = &mut serde_json::Deserializer::from_str(json);
    serde_path_to_error::deserialize(de).map_err(|e| {
        let path = e.path().to_string();
        let field = if path == "." || path == "?" {
            prefix.trim_end_matches('.').to_string()
        } else {
            format!("{prefix}{path}")
        };
        (field, strip_position(&e.into_inner().to_string()))
    })
}

/// serde_json appends "at line 1 column N"; our lines are single lines, so
/// the column is all that helps. Keep the message short.
fn strip_position(msg: &str) -> String {
    msg.replace(" at line 1 column", " at column")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tombstone_round_trip() {
        let line = r#"{"type":"value","secret":"FORGOTTEN","data":{"added_at":"2026-11-28T06:26:25.506013642Z","available_to":[],"deleted":true,"hash":"dc1c","signature":"8875","signed_by":"B963","value":""}}"#;
        let e = Entry::parse(line).unwrap();
        assert_eq!(e.to_line(), line);
    }

    #[test]
    fn parse_errors_name_fields() {
        let cases = [
            (r#"{"type":"nope","data":{}}"#, "type"),
            (
                r#"{"type":"secret","data":{"added_at":"x","hash":"h","key":"K","signature":"s"}}"#,
                "data",
            ),
            (
                r#"{"type":"secret","data":{"added_at":1,"hash":"h","key":"K","signature":"s","signed_by":"F"}}"#,
                "data.added_at",
            ),
            (
                r#"{"type":"secret","data":{"added_at":"x","hash":"h","key":"K","signature":"s","signed_by":"F","extra":1}}"#,
                "data.extra",
            ),
            (r#"{"type":"value","data":{}}"#, "secret"),
            (r#"{"type":"secret","data":{}"#, ""),
            ("not json", ""),
        ];
        for (line, field) in cases {
            let (got, _) = Entry::parse(line).unwrap_err();
            assert_eq!(got, field, "{line}");
        }
    }
}
