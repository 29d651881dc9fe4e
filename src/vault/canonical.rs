//! The `hash` field of each entry (spec §3): a digest of a `:`-joined
//! canonical string. SHA-512 when the relevant key has >= 256 bits, else
//! SHA-256; lower-case hex. The signature is over that hex text.

use sha2::{Digest, Sha256, Sha512};

use super::entry::{IdentityEntry, SecretEntry, ValueEntry};
use super::timestamp;

/// Digest of `canonical` chosen by the bit count of the relevant key.
pub fn digest_hex(canonical: &str, bits: u32) -> String {
    if bits >= 256 {
        hex::encode(Sha512::digest(canonical.as_bytes()))
    } else {
        hex::encode(Sha256::digest(canonical.as_bytes()))
    }
}

/// `identity:<added_at>:<algorithm>:<bits>:<curve>:<created_at>:<expires_at>:<fpr>:<public_key>:<signed_by>:<uid>`
pub fn identity(e: &IdentityEntry) -> String {
    format!(
        "identity:{}:{}:{}:{}:{}:{}:{}:{}:{}:{}",
        ts(&e.added_at),
        e.algorithm,
        e.algorithm_bits,
        e.curve.as_deref().unwrap_or(""),
        ts(&e.created_at),
        e.expires_at.as_deref().map(ts).unwrap_or_default(),
        e.fingerprint,
        e.public_key,
        e.signed_by,
        e.uid
    )
}

/// `secret:<added_at>:<key>:<signed_by>`
pub fn secret(e: &SecretEntry) -> String {
    format!("secret:{}:{}:{}", ts(&e.added_at), e.key, e.signed_by)
}

/// `value:<added_at>:<key>:<available_to,...>:<signed_by>:<value>:<deleted>`,
/// with `key` taken from the secret's definition entry.
pub fn value(e: &ValueEntry, key: &str) -> String {
    format!(
        "value:{}:{}:{}:{}:{}:{}",
        ts(&e.added_at),
        key,
        e.available_to.join(","),
        e.signed_by,
        e.value,
        e.deleted
    )
}

/// Timestamps are hashed in Go's re-formatted form; an unparsable one is
/// hashed as written (and reported by the parser anyway).
fn ts(raw: &str) -> String {
    timestamp::canonical(raw).unwrap_or_else(|| raw.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_hash_matches_dotsecenv() {
        let e = SecretEntry {
            added_at: "2026-11-28T06:25:46.408471823Z".into(),
            hash: String::new(),
            key: "DATABASE_URL".into(),
            signature: String::new(),
            signed_by: "B9636EE87BBA28F466FC3F324F40E8111E73B573".into(),
        };
        assert_eq!(
            digest_hex(&secret(&e), 255),
            "53acc5838b43006e97074bf8f14b5200ef2a8e157462a774bc52d065360e687c"
        );
    }

    #[test]
    fn tombstone_hash_matches_dotsecenv() {
        let e = ValueEntry {
            added_at: "2026-11-28T06:26:25.506013642Z".into(),
            available_to: vec![],
            deleted: true,
            hash: String::new(),
            signature: String::new(),
            signed_by: "B9636EE87BBA28F466FC3F324F40E8111E73B573".into(),
            value: String::new(),
        };
        assert_eq!(
            digest_hex(&value(&e, "FORGOTTEN"), 255),
            "dc1c18508afcf50c0ea4881e9c43cdf311030ed524de70020bdcb5978f0225e4"
        );
    }
}
