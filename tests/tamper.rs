//! Changed vaults never run: the fixtures' tampered copies and a generated
//! matrix of single-field mutations of every entry of the team vault.

mod common;

use std::path::Path;

use common::*;
use serde_json::Value;

/// Runs validate and a `run` whose child would create a marker file.
/// Returns validate's output; panics if anything let the vault through.
fn assert_refused(vault: &Path, what: &str, line: Option<usize>) -> String {
    let out = dsenv_as(vault, "alice", &["validate"]);
    let text = format!("{}{}", stdout(&out), stderr(&out));
    assert_eq!(
        out.status.code(),
        Some(6),
        "{what}: validate should fail\n{text}"
    );
    if let Some(line) = line {
        let named = text.contains(&format!("entry {line} "))
            || text.contains(&format!(":{line}:"))
            || text.contains(&format!("Line {line}:"));
        assert!(named, "{what}: output should name line {line}\n{text}");
    }
    let dir = tempfile::tempdir().unwrap();
    let marker = dir.path().join("child-ran");
    let out = dsenv_as(
        vault,
        "alice",
        &["run", "--", "touch", marker.to_str().unwrap()],
    );
    assert!(!out.status.success(), "{what}: run should fail");
    assert!(!marker.exists(), "{what}: the child ran");
    let err = stderr(&out);
    assert!(
        err.contains("nothing was run") || err.contains("error:"),
        "{what}: {err}"
    );
    text
}

#[test]
fn every_tampered_fixture_is_refused_naming_the_entry() {
    // file → the line the change is on (None when only the header knows).
    let cases = [
        ("changed-available-to.vault", Some(6)),
        ("changed-key-name.vault", Some(5)),
        ("changed-timestamp.vault", Some(8)),
        ("flipped-value-byte.vault", Some(6)),
        ("foreign-signature.vault", Some(5)),
        ("foreign-signer.vault", Some(5)),
        ("removed-line.vault", None),
        ("reordered-consistent.vault", Some(9)),
        ("swapped-lines.vault", Some(7)),
        ("swapped-value-lines.vault", Some(8)),
    ];
    let dir = fixture("tampered");
    let count = std::fs::read_dir(&dir)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "vault")
        })
        .count();
    assert_eq!(count, cases.len(), "a tampered fixture has no case here");
    for (file, line) in cases {
        assert_refused(&dir.join(file), file, line);
    }
}

/// One changed copy of the team vault.
struct Mutation {
    what: String,
    line: Option<usize>,
    text: String,
}

fn mutate_string(s: &str) -> String {
    let mut chars: Vec<char> = s.chars().collect();
    if chars.is_empty() {
        return "x".into();
    }
    let i = chars.len() / 2;
    chars[i] = match chars[i] {
        '0'..='8' => (chars[i] as u8 + 1) as char,
        '9' => '0',
        'a'..='e' | 'A'..='E' => (chars[i] as u8 + 1) as char,
        'f' => 'a',
        'F' => 'A',
        'g'..='y' | 'G'..='Y' => (chars[i] as u8 + 1) as char,
        _ => 'A',
    };
    chars.into_iter().collect()
}

fn field_mutations(lines: &[String]) -> Vec<Mutation> {
    let mut out = Vec::new();
    for (idx, line) in lines.iter().enumerate().skip(3) {
        let n = idx + 1;
        let entry: Value = serde_json::from_str(line).unwrap();
        let data = entry["data"].as_object().unwrap();
        let mut mutated_values: Vec<(String, Value)> = Vec::new();
        for (field, value) in data {
            let changed = match value {
                Value::String(s) => Value::String(mutate_string(s)),
                Value::Number(x) => Value::from(x.as_u64().unwrap() + 1),
                Value::Bool(b) => Value::Bool(!b),
                Value::Array(a) if a.is_empty() => {
                    Value::from(vec!["B9636EE87BBA28F466FC3F324F40E8111E73B573"])
                }
                Value::Array(a) => Value::from(a[..a.len() - 1].to_vec()),
                _ => continue,
            };
            mutated_values.push((format!("data.{field}"), changed));
        }
        if data.contains_key("available_to") && !data["available_to"].as_array().unwrap().is_empty()
        {
            let mut with_outsider = data["available_to"].as_array().unwrap().clone();
            with_outsider.insert(0, Value::from("9BE8B39E8EA4A196D8F7F558E67652DD1CE74C52"));
            mutated_values.push((
                "data.available_to+mallory".into(),
                Value::from(with_outsider),
            ));
        }
        if !data.contains_key("deleted") && data.contains_key("available_to") {
            mutated_values.push(("data.deleted".into(), Value::Bool(true)));
        }
        mutated_values.push(("data.unknown_field".into(), Value::from("x")));
        for (field, changed) in mutated_values {
            let mut e = entry.clone();
            let key = field
                .trim_start_matches("data.")
                .trim_end_matches("+mallory");
            e["data"][key] = changed;
            out.push(Mutation {
                what: format!("line {n} {field}"),
                line: Some(n),
                text: replace_line(lines, idx, &e.to_string()),
            });
        }
        if let Some(secret) = entry.get("secret") {
            let mut e = entry.clone();
            e["secret"] = Value::String(mutate_string(secret.as_str().unwrap()));
            out.push(Mutation {
                what: format!("line {n} envelope secret"),
                line: Some(n),
                text: replace_line(lines, idx, &e.to_string()),
            });
        }
    }
    out
}

fn replace_line(lines: &[String], idx: usize, new: &str) -> String {
    let mut l = lines.to_vec();
    l[idx] = new.to_string();
    l.join("\n") + "\n"
}

fn structural_mutations(lines: &[String]) -> Vec<Mutation> {
    let mut out = Vec::new();
    let join = |l: &[String]| l.join("\n") + "\n";
    for idx in 3..lines.len() {
        let mut l = lines.to_vec();
        l.remove(idx);
        out.push(Mutation {
            what: format!("delete line {}", idx + 1),
            line: None,
            text: join(&l),
        });
        let mut l = lines.to_vec();
        l.insert(idx, lines[idx].clone());
        out.push(Mutation {
            what: format!("duplicate line {}", idx + 1),
            line: None,
            text: join(&l),
        });
        let mut l = lines.to_vec();
        l[idx].truncate(lines[idx].len() / 2);
        out.push(Mutation {
            what: format!("truncate line {}", idx + 1),
            line: Some(idx + 1),
            text: join(&l),
        });
    }
    for idx in 3..lines.len() - 1 {
        let mut l = lines.to_vec();
        l.swap(idx, idx + 1);
        out.push(Mutation {
            what: format!("swap lines {} and {}", idx + 1, idx + 2),
            line: None,
            text: join(&l),
        });
    }
    let text = join(lines);
    out.push(Mutation {
        what: "truncate file mid-line".into(),
        line: None,
        text: text[..text.len() - 200].to_string(),
    });
    let v1 = lines[1].replacen("\"version\":2", "\"version\":1", 1);
    out.push(Mutation {
        what: "downgrade header to v1".into(),
        line: None,
        text: replace_line(lines, 1, &v1),
    });
    let v3 = lines[1].replacen("\"version\":2", "\"version\":3", 1);
    out.push(Mutation {
        what: "unknown version 3".into(),
        line: None,
        text: replace_line(lines, 1, &v3),
    });
    out
}

#[test]
fn every_single_field_and_line_mutation_of_the_team_vault_is_refused() {
    let original = std::fs::read_to_string(fixture("team/vault")).unwrap();
    let lines: Vec<String> = original.lines().map(str::to_string).collect();
    let mutations: Vec<Mutation> = field_mutations(&lines)
        .into_iter()
        .chain(structural_mutations(&lines))
        .collect();
    let dir = tempfile::tempdir().unwrap();
    let mut caught = 0;
    for (i, m) in mutations.iter().enumerate() {
        assert_ne!(m.text, original, "{}: not a change", m.what);
        let path = dir.path().join(format!("m{i}.vault"));
        std::fs::write(&path, &m.text).unwrap();
        assert_refused(&path, &m.what, m.line);
        caught += 1;
    }
    println!("tamper vectors caught: {caught} of {}", mutations.len());
    assert!(caught > 300, "expected a large matrix, got {caught}");
}
