//! dsenv's signed statements about a vault, each an extra data line the
//! header does not index (dotsecenv validates such lines and keeps them
//! byte for byte when it appends; its `vault compact` drops them):
//!
//! ```text
//! {"type":"checkpoint","data":{"added_at":T,"digest":HEX,"hash":HEX,"lines":N,"seq":S,"signature":HEX,"signed_by":FPR}}
//! {"type":"removal","data":{"added_at":T,"fingerprint":FPR,"hash":HEX,"signature":HEX,"signed_by":FPR}}
//! {"type":"certificate","data":{"added_at":T,"fingerprint":FPR,"hash":HEX,"public_key":B64,"signature":HEX,"signed_by":FPR}}
//! {"type":"vouch","data":{"added_at":T,"fingerprint":FPR,"hash":HEX,"signature":HEX,"signed_by":FPR}}
//! ```
//!
//! A checkpoint covers the `lines` data lines before it (all of them: it
//! sits right after them), `digest` being the SHA-256 of each covered line
//! followed by `\n`; `seq` counts checkpoints from 1 (a compacted vault's one
//! checkpoint continues the old count). A removal ends a
//! member's membership. A certificate update carries a newer copy of a
//! member's certificate (a revocation, a new expiry or subkey), merged into
//! the one its identity entry holds. A vouch makes a member of an identity
//! that added itself (`crate::trust::outsiders`). All are hashed and signed like every entry
//! (spec §3, §4): the hash of a `:`-joined canonical string, signed
//! detached. The rules are in `crate::trust::state`.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::canonical::digest_hex;
use super::json::to_go_json;

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Checkpoint {
    pub added_at: String,
    pub digest: String,
    pub hash: String,
    pub lines: usize,
    pub seq: u64,
    pub signature: String,
    pub signed_by: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Removal {
    pub added_at: String,
    pub fingerprint: String,
    pub hash: String,
    pub signature: String,
    pub signed_by: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Certificate {
    pub added_at: String,
    pub fingerprint: String,
    pub hash: String,
    /// base64 of the binary certificate, as in an identity entry.
    pub public_key: String,
    pub signature: String,
    pub signed_by: String,
}

/// A member vouches for an identity that is in the vault but that no
/// member added (dotsecenv's non-member `secret store` adds itself).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Vouch {
    pub added_at: String,
    pub fingerprint: String,
    pub hash: String,
    pub signature: String,
    pub signed_by: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Statement {
    Checkpoint(Checkpoint),
    Removal(Removal),
    Certificate(Certificate),
    Vouch(Vouch),
}

impl Statement {
    /// `None` when the line is not a statement at all (then it is an
    /// orphan line); `Some(Err((field, why)))` when it is a malformed one.
    pub fn parse(line: &str) -> Option<Result<Statement, (String, String)>> {
        #[derive(Deserialize)]
        struct Kind<'a> {
            #[serde(rename = "type", borrow)]
            kind: &'a str,
        }
        let kind: Kind = serde_json::from_str(line).ok()?;
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Envelope<T> {
            #[serde(rename = "type")]
            _kind: String,
            data: T,
        }
        let parsed = match kind.kind {
            "checkpoint" => serde_json::from_str::<Envelope<Checkpoint>>(line)
                .map(|e| Statement::Checkpoint(e.data)),
            "removal" => {
                serde_json::from_str::<Envelope<Removal>>(line).map(|e| Statement::Removal(e.data))
            }
            "certificate" => serde_json::from_str::<Envelope<Certificate>>(line)
                .map(|e| Statement::Certificate(e.data)),
            "vouch" => {
                serde_json::from_str::<Envelope<Vouch>>(line).map(|e| Statement::Vouch(e.data))
            }
            _ => return None,
        };
        Some(parsed.map_err(|e| ("data".to_string(), e.to_string())))
    }

    pub fn kind(&self) -> &'static str {
        match self {
            Statement::Checkpoint(_) => "checkpoint",
            Statement::Removal(_) => "removal",
            Statement::Certificate(_) => "certificate",
            Statement::Vouch(_) => "vouch",
        }
    }

    pub fn signed_by(&self) -> &str {
        match self {
            Statement::Checkpoint(c) => &c.signed_by,
            Statement::Removal(r) => &r.signed_by,
            Statement::Certificate(c) => &c.signed_by,
            Statement::Vouch(v) => &v.signed_by,
        }
    }

    pub fn added_at(&self) -> &str {
        match self {
            Statement::Checkpoint(c) => &c.added_at,
            Statement::Removal(r) => &r.added_at,
            Statement::Certificate(c) => &c.added_at,
            Statement::Vouch(v) => &v.added_at,
        }
    }

    pub fn hash(&self) -> &str {
        match self {
            Statement::Checkpoint(c) => &c.hash,
            Statement::Removal(r) => &r.hash,
            Statement::Certificate(c) => &c.hash,
            Statement::Vouch(v) => &v.hash,
        }
    }

    pub fn signature(&self) -> &str {
        match self {
            Statement::Checkpoint(c) => &c.signature,
            Statement::Removal(r) => &r.signature,
            Statement::Certificate(c) => &c.signature,
            Statement::Vouch(v) => &v.signature,
        }
    }

    /// The string the `hash` field is the digest of.
    pub fn canonical(&self) -> String {
        match self {
            Statement::Checkpoint(c) => format!(
                "checkpoint:{}:{}:{}:{}:{}",
                c.added_at, c.seq, c.lines, c.digest, c.signed_by
            ),
            Statement::Removal(r) => {
                format!("removal:{}:{}:{}", r.added_at, r.fingerprint, r.signed_by)
            }
            Statement::Certificate(c) => format!(
                "certificate:{}:{}:{}:{}",
                c.added_at, c.fingerprint, c.public_key, c.signed_by
            ),
            Statement::Vouch(v) => {
                format!("vouch:{}:{}:{}", v.added_at, v.fingerprint, v.signed_by)
            }
        }
    }

    /// The digest the hash should be for a signer of `bits`.
    pub fn expected_hash(&self, bits: u32) -> String {
        digest_hex(&self.canonical(), bits)
    }

    pub fn to_line(&self) -> String {
        #[derive(Serialize)]
        struct Out<'a, T: Serialize> {
            #[serde(rename = "type")]
            kind: &'static str,
            data: &'a T,
        }
        match self {
            Statement::Checkpoint(c) => to_go_json(&Out {
                kind: "checkpoint",
                data: c,
            }),
            Statement::Removal(r) => to_go_json(&Out {
                kind: "removal",
                data: r,
            }),
            Statement::Certificate(c) => to_go_json(&Out {
                kind: "certificate",
                data: c,
            }),
            Statement::Vouch(v) => to_go_json(&Out {
                kind: "vouch",
                data: v,
            }),
        }
    }
}

/// The checkpoint digest of `covered` data lines.
pub fn digest_of<'a>(covered: impl IntoIterator<Item = &'a String>) -> String {
    let mut sha = Sha256::new();
    for line in covered {
        sha.update(line.as_bytes());
        sha.update(b"\n");
    }
    hex::encode(sha.finalize())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_tells_statements_from_other_lines() {
        let line = r#"{"type":"removal","data":{"added_at":"2026-12-03T10:00:00Z","fingerprint":"AB","hash":"00","signature":"11","signed_by":"CD"}}"#;
        let s = Statement::parse(line).unwrap().unwrap();
        assert_eq!(s.to_line(), line);
        assert!(Statement::parse(r#"{"type":"value","data":{}}"#).is_none());
        assert!(Statement::parse("not json").is_none());
        let bad = r#"{"type":"checkpoint","data":{"added_at":"x","seq":1}}"#;
        assert!(Statement::parse(bad).unwrap().is_err());
    }
}
