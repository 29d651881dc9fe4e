//! One spelling per secret: a trust rule, not a format one.
//!
//! Lookups (`secret get`, `--secenv`, `secret store`) treat every spelling
//! that normalises to the same key as one name (spec §5). A stored key in
//! another spelling (`alice_only` beside `ALICE_ONLY`) would then let any
//! member shadow a secret they are not a recipient of, and catch its
//! owner's next `secret store`. So every stored key must be in canonical
//! form, and no two keys of a vault may name the same secret.
//!
//! `--namespace ns` is the one deliberate override (`ns::NAME` is set as
//! `NAME`): [`namespace_override`] says when its writer could not have
//! written `NAME` itself, so that it is never silent.

use std::collections::HashMap;

use crate::vault::names;
use crate::vault::verify::{EntryKind, Failure};
use crate::vault::{SecretRecord, Vault};

/// Failures for stored keys that are not canonical, and for each key that
/// names the same secret as one defined before it (both lines named).
pub fn check(vault: &Vault) -> Vec<Failure> {
    let mut out = Vec::new();
    let mut by_name: HashMap<String, (usize, &str)> = HashMap::new();
    let mut secrets: Vec<&SecretRecord> = vault.secrets.iter().collect();
    secrets.sort_by_key(|s| s.definition.line);
    for s in secrets {
        let line = s.definition.line;
        let name = match names::normalize(&s.key) {
            Ok(canonical) if canonical == s.key => canonical,
            Ok(canonical) => {
                out.push(failure(
                    line,
                    &s.key,
                    format!(
                        "key {:?} is not in canonical form ({canonical}): every spelling names \
                         one secret, so it could shadow {canonical}",
                        s.key
                    ),
                ));
                canonical
            }
            Err(e) => {
                out.push(failure(line, &s.key, format!("{e}")));
                // Lookups of a key that does not normalise fold ASCII case.
                s.key.trim().to_ascii_uppercase()
            }
        };
        if let Some((first_line, first_key)) = by_name.get(&name) {
            out.push(failure(
                line,
                &s.key,
                format!(
                    "key {:?} (line {line}) and key {first_key:?} (line {first_line}) name the \
                     same secret {name}",
                    s.key
                ),
            ));
        } else {
            by_name.insert(name, (line, &s.key));
        }
    }
    out
}

fn failure(line: usize, key: &str, problem: String) -> Failure {
    Failure {
        line,
        kind: EntryKind::Secret,
        name: key.to_string(),
        problem,
        policy: false,
    }
}

/// When `ns::NAME` (newest value signed by `signer`) replaces `NAME` under
/// `--namespace`: a warning if `signer` is not a recipient of `NAME`'s
/// newest value, i.e. could not have written `NAME` itself. `None` when
/// `NAME` has no live value or the signer could write it.
pub fn namespace_override(
    shadowed: &SecretRecord,
    winner_key: &str,
    signer: &str,
) -> Option<String> {
    let newest = &shadowed.values.last()?.entry.data;
    if newest.deleted
        || newest
            .available_to
            .iter()
            .any(|f| f.eq_ignore_ascii_case(signer))
    {
        return None;
    }
    Some(format!(
        "{name} is set from {winner_key}, signed by {signer}, who is not a recipient of \
         {name} and could not have written it (--namespace lets ns::NAME replace NAME)",
        name = shadowed.key
    ))
}
