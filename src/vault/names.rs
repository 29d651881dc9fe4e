//! Secret key names: normalisation and comparison exactly as the dotsecenv
//! format defines them (spec §5). `MyApp::api_token` → `myapp::API_TOKEN`.

use std::fmt;

/// Why a name is not a valid secret key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidName {
    pub name: String,
    pub reason: &'static str,
}

impl fmt::Display for InvalidName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid secret name {:?}: {}", self.name, self.reason)
    }
}

impl std::error::Error for InvalidName {}

/// Returns the canonical form of a secret key: `NAME` or `namespace::NAME`.
pub fn normalize(input: &str) -> Result<String, InvalidName> {
    let trimmed = input.trim();
    let invalid = |reason| InvalidName {
        name: input.to_string(),
        reason,
    };
    if trimmed.contains(":::") {
        return Err(invalid("contains `:::`"));
    }
    match trimmed.split_once("::") {
        Some((namespace, name)) => {
            if name.contains("::") {
                return Err(invalid("more than one `::`"));
            }
            let namespace = normalize_namespace(namespace).map_err(invalid)?;
            let name = normalize_bare(name).map_err(invalid)?;
            Ok(format!("{namespace}::{name}"))
        }
        None if trimmed.contains(':') => Err(invalid("a single `:` (namespaces use `::`)")),
        None => normalize_bare(trimmed).map_err(invalid),
    }
}

/// Whether two keys name the same secret: canonical forms equal, or, when
/// either does not normalise (legacy keys), ASCII case-insensitive equality.
pub fn same_key(a: &str, b: &str) -> bool {
    match (normalize(a), normalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => a.trim().eq_ignore_ascii_case(b.trim()),
    }
}

/// Splits a canonical key into `(namespace, name)`.
pub fn split_namespace(key: &str) -> (Option<&str>, &str) {
    match key.split_once("::") {
        Some((ns, name)) => (Some(ns), name),
        None => (None, key),
    }
}

/// A name a POSIX shell can export: `[A-Za-z_][A-Za-z0-9_]*`.
pub fn is_portable_env_name(name: &str) -> bool {
    let mut chars = name.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

fn normalize_namespace(raw: &str) -> Result<String, &'static str> {
    let ns = raw.trim().to_lowercase();
    if ns.is_empty() {
        return Err("empty namespace");
    }
    if !ns
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
    {
        return Err("namespace may only contain a-z, 0-9 and `_`");
    }
    check_shape(
        &ns,
        "namespace",
        |b| b.is_ascii_digit() || b == b'_',
        |b| b == b'_',
    )?;
    Ok(ns)
}

fn normalize_bare(raw: &str) -> Result<String, &'static str> {
    let name = raw.trim().to_uppercase();
    if name.is_empty() {
        return Err("empty name");
    }
    if !name
        .bytes()
        .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_' || b == b'.')
    {
        return Err("name may only contain A-Z, 0-9, `_` and `.`");
    }
    if name.contains("..") {
        return Err("name contains `..`");
    }
    check_shape(
        &name,
        "name",
        |b| b.is_ascii_digit() || b == b'.',
        |b| b == b'_' || b == b'.',
    )?;
    Ok(name)
}

/// Rules shared by namespaces and names.
fn check_shape(
    s: &str,
    what: &'static str,
    bad_first: impl Fn(u8) -> bool,
    bad_last: impl Fn(u8) -> bool,
) -> Result<(), &'static str> {
    let bytes = s.as_bytes();
    if !bytes.iter().any(|b| b.is_ascii_alphabetic()) {
        return Err(if what == "namespace" {
            "namespace must contain a letter"
        } else {
            "name must contain a letter"
        });
    }
    if bad_first(bytes[0]) {
        return Err(if what == "namespace" {
            "namespace must not start with a digit or `_`"
        } else {
            "name must not start with a digit or `.`"
        });
    }
    if bad_last(bytes[bytes.len() - 1]) {
        return Err(if what == "namespace" {
            "namespace must not end with `_`"
        } else {
            "name must not end with `_` or `.`"
        });
    }
    if s.contains("___") {
        return Err("three or more `_` in a row");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_forms() {
        assert_eq!(normalize("MyApp::api_token").unwrap(), "myapp::API_TOKEN");
        assert_eq!(normalize("  database_url ").unwrap(), "DATABASE_URL");
        assert_eq!(normalize("app.domain.org").unwrap(), "APP.DOMAIN.ORG");
        assert_eq!(normalize("_private").unwrap(), "_PRIVATE");
    }

    #[test]
    fn rejected_names() {
        for bad in [
            "", "a:b", "a:::b", "a::b::c", "1ABC", ".ABC", "ABC_", "ABC.", "A..B", "A___B", "123",
            "___", "_ns::A", "ns_::A", "1ns::A", "n-s::A", "A-B", "ÄBC",
        ] {
            assert!(normalize(bad).is_err(), "{bad:?} should be rejected");
        }
    }

    #[test]
    fn comparison_falls_back_to_case_folding() {
        assert!(same_key("myapp::api_token", "MyApp::API_TOKEN"));
        assert!(same_key("legacy-key", "LEGACY-KEY"));
        assert!(!same_key("A", "B"));
    }

    #[test]
    fn portable_env_names() {
        assert!(is_portable_env_name("DATABASE_URL"));
        assert!(is_portable_env_name("_X1"));
        assert!(!is_portable_env_name("APP.DOMAIN.ORG"));
        assert!(!is_portable_env_name("1A"));
        assert!(!is_portable_env_name(""));
    }
}
