//! Bad input: one clear line naming file, line and field, exit 6, never a
//! panic. And the v1 format and `validate --json`.

mod common;

use common::*;

fn basic_lines() -> Vec<String> {
    std::fs::read_to_string(fixture("basic/vault"))
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect()
}

fn write(dir: &std::path::Path, name: &str, lines: &[String]) -> std::path::PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, lines.join("\n") + "\n").unwrap();
    p
}

#[test]
fn malformed_vaults_get_one_line_naming_file_line_and_field() {
    let dir = tempfile::tempdir().unwrap();
    let base = basic_lines();
    let edit = |line: usize, f: &dyn Fn(&str) -> String| {
        let mut l = base.clone();
        l[line - 1] = f(&l[line - 1]);
        l
    };
    let cases: Vec<(&str, Vec<String>, &str)> = vec![
        (
            "unknown-version",
            edit(2, &|s| s.replace("\"version\":2", "\"version\":7")),
            ":2: field `version`: unsupported vault version 7",
        ),
        (
            "unknown-type",
            edit(5, &|s| {
                s.replace("\"type\":\"secret\"", "\"type\":\"secrets\"")
            }),
            ":5: field `type`: unknown entry type",
        ),
        (
            "malformed-json",
            edit(6, &|s| s[..s.len() - 3].to_string()),
            ":6:",
        ),
        (
            "bad-base64",
            edit(6, &|s| s.replace("\"value\":\"LS0t", "\"value\":\"!!0t")),
            ":6: field `data.value`: not valid base64",
        ),
        (
            "bad-hex",
            edit(5, &|s| {
                s.replace("\"signature\":\"88", "\"signature\":\"zz")
            }),
            ":5: field `data.signature`: not valid hexadecimal",
        ),
        (
            "duplicate-header-key",
            edit(2, &|s| {
                s.replace("{\"version\":2,", "{\"version\":2,\"version\":2,")
            }),
            ":2:",
        ),
        (
            "duplicate-secret-key",
            edit(2, &|s| {
                s.replace(
                    "\"secrets\":{",
                    "\"secrets\":{\"BIG_4K\":{\"secret\":9,\"values\":[10]},",
                )
            }),
            ":2: field `secrets`: duplicate key",
        ),
        (
            "index-wrong-line",
            edit(2, &|s| {
                s.replace(
                    "\"DATABASE_URL\":{\"secret\":5,",
                    "\"DATABASE_URL\":{\"secret\":6,",
                )
            }),
            ":6: field `type`: the header indexes it as a secret entry",
        ),
        (
            "index-out-of-range",
            edit(2, &|s| s.replace("\"values\":[6]", "\"values\":[99]")),
            ":2: field `secrets.DATABASE_URL.values[0]`: points at line 99",
        ),
        (
            "second-header",
            {
                let mut l = base.clone();
                l.push("# === VAULT HEADER ===".into());
                l
            },
            "a second vault header marker",
        ),
        (
            "bad-marker",
            edit(1, &|_| "# === VAULT ===".into()),
            ":1: expected `# === VAULT HEADER ===`",
        ),
        ("truncated", base[..2].to_vec(), "fewer than 3 lines"),
    ];
    for (name, lines, expected) in cases {
        let path = write(dir.path(), name, &lines);
        let out = dsenv_as(&path, "alice", &["secret", "get", "DATABASE_URL"]);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(6), "{name}: {err}");
        let first = err.lines().next().unwrap_or_default();
        assert!(
            first.starts_with("dsenv: error: ") && first.contains(path.to_str().unwrap()),
            "{name}: {err}"
        );
        assert!(
            first.contains(expected),
            "{name}: expected {expected:?} in {first:?}"
        );
        assert!(!err.contains("panicked"), "{name}: {err}");
        assert!(
            !err.contains("postgres://"),
            "{name}: the error must not show a secret"
        );
    }
}

#[test]
fn version_1_vaults_read_like_version_2() {
    let dir = tempfile::tempdir().unwrap();
    let mut lines = basic_lines();
    lines[0] = "# === VAULT HEADER v1 ===".into();
    lines[1] = lines[1].replace(
        "\"version\":2,\"identities\":{\"B9636EE87BBA28F466FC3F324F40E8111E73B573\":4}",
        "\"version\":1,\"identities\":[[\"B9636EE87BBA28F466FC3F324F40E8111E73B573\",4]]",
    );
    let path = write(dir.path(), "v1.vault", &lines);
    let out = dsenv_as(&path, "alice", &["validate"]);
    assert!(out.status.success(), "{}{}", stdout(&out), stderr(&out));
    assert!(stdout(&out).contains("valid (version 1)"));
    let out = dsenv_as(&path, "alice", &["secret", "get", "MULTILINE_VALUE"]);
    assert_eq!(stdout(&out), "line one\nline two\n\tindented line three\n");
}

#[test]
fn validate_json_reports_the_same_facts() {
    let out = dsenv_as(
        &fixture("tampered/foreign-signer.vault"),
        "alice",
        &["--json", "validate"],
    );
    assert_eq!(out.status.code(), Some(6));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["valid"], false);
    let vault = &doc["vaults"][0];
    assert_eq!(vault["secrets"]["total"], 6);
    assert_eq!(vault["secrets"]["failures"], 1);
    assert_eq!(vault["failures"][0]["line"], 5);
    assert_eq!(vault["failures"][0]["kind"], "secret");
    assert_eq!(vault["failures"][0]["name"], "DATABASE_URL");

    let out = dsenv_as(&fixture("team/vault"), "alice", &["--json", "validate"]);
    assert!(out.status.success());
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["valid"], true);
    assert_eq!(doc["vaults"][0]["values"]["total"], 19);
}
