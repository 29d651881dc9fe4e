//! `run --env-file` reads `.env` files as Docker Compose does by default
//! (issue 18), and as dotenvy, node dotenv or `docker run` with
//! `--dialect`; errors say file:line:column and the problem, never a value.

mod common;

use std::path::Path;
use std::process::Output;

use common::*;

fn run_with(
    dir: &Path,
    text: &[u8],
    extra: &[&str],
    vars: &[(&str, &str)],
) -> (Output, Vec<(String, String)>) {
    let f = dir.join("app.env");
    std::fs::write(&f, text).unwrap();
    let mut cmd = dsenv();
    cmd.current_dir(dir)
        .env_clear()
        .env("PATH", "/usr/bin:/bin")
        .envs(vars.iter().copied())
        .arg("run")
        .args(extra)
        .arg("--env-file")
        .arg(&f)
        .args(["--", "env", "-0"]);
    let out = cmd.output().unwrap();
    let env = parse_env0(&out.stdout);
    (out, env)
}

fn value_of(env: &[(String, String)], name: &str) -> Option<String> {
    env.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())
}

/// (file text, variable, value the app gets) under the default dialect:
/// each line is one the old dotenvy reader refused or read differently.
const COMPOSE: &[(&str, &str, Option<&str>)] = &[
    ("APP_NAME=My Cool App\n", "APP_NAME", Some("My Cool App")),
    ("A=value # a comment\n", "A", Some("value")),
    ("A=123#not-a-comment\n", "A", Some("123#not-a-comment")),
    ("A=\"x\"#comment\n", "A", Some("x")),
    ("A=\"tab\\there\"\n", "A", Some("tab\there")),
    ("A=a\\nb\n", "A", Some("a\\nb")),
    ("A=`echo hi` $(id)\n", "A", Some("`echo hi` $(id)")),
    ("A='$(id) ${X}'\n", "A", Some("$(id) ${X}")),
    ("OPTION_A: 1\n", "OPTION_A", Some("1")),
    ("BARE\nA=1\n", "A", Some("1")),
    ("BARE\nA=1\n", "BARE", None),
    ("\u{feff}A=bom\n", "A", Some("bom")),
    ("A-B=1\n", "A-B", Some("1")),
    ("A=1   ", "A", Some("1")),
    ("A=1\r\nB=2\r\n", "B", Some("2")),
    ("A=1\rB=2\r", "B", Some("2")),
    ("B=2\nA=\"x$B\"\n", "A", Some("x2")),
    ("A=${UNSET:-default}\n", "A", Some("default")),
    ("A=${UNSET-default}\n", "A", Some("default")),
    ("E=\nA=${E-default}\n", "A", Some("")),
    ("B_C=bc\nB=b\nA=$B_C\n", "A", Some("bc")),
    ("A=cost $ 5\n", "A", Some("cost $ 5")),
    ("A=pa$$w0rd\n", "A", Some("pa$w0rd")),
    ("A=\"\\$HOME\"\n", "A", Some("$HOME")),
    (
        "PORT=3000\nA=https://${APP_HOST:-localhost}:${PORT}\n",
        "A",
        Some("https://localhost:3000"),
    ),
    ("A=\"multi\nline\"\n", "A", Some("multi\nline")),
    ("export A=exported\n", "A", Some("exported")),
];

#[test]
fn compose_is_the_default_dialect() {
    let dir = tempfile::tempdir().unwrap();
    for (text, name, want) in COMPOSE {
        let (out, env) = run_with(dir.path(), text.as_bytes(), &[], &[]);
        assert!(out.status.success(), "{text:?}: {}", stderr(&out));
        assert_eq!(value_of(&env, name).as_deref(), *want, "{text:?}");
    }
}

#[test]
fn references_see_the_parent_first_unless_override() {
    let dir = tempfile::tempdir().unwrap();
    let text = b"HOST=file\nURL=http://${HOST}/\n";
    let (out, env) = run_with(dir.path(), text, &[], &[("HOST", "parent")]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(value_of(&env, "URL").as_deref(), Some("http://parent/"));
    let (out, env) = run_with(dir.path(), text, &["--override"], &[("HOST", "parent")]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(value_of(&env, "URL").as_deref(), Some("http://file/"));
}

#[test]
fn other_dialects_on_request() {
    let dir = tempfile::tempdir().unwrap();
    let text = b"B=b\nA=\"x$B\" \nH=v#c\nL='q' # c\n";
    let cases: &[(&str, &[(&str, &str)])] = &[
        ("compose", &[("A", "xb"), ("H", "v#c"), ("L", "q")]),
        ("node", &[("A", "x$B"), ("H", "v"), ("L", "q")]),
        (
            "literal",
            &[("A", "\"x$B\" "), ("H", "v#c"), ("L", "'q' # c")],
        ),
    ];
    for (dialect, want) in cases {
        let (out, env) = run_with(dir.path(), text, &["--dialect", dialect], &[]);
        assert!(out.status.success(), "{dialect}: {}", stderr(&out));
        for (name, value) in *want {
            assert_eq!(
                value_of(&env, name).as_deref(),
                Some(*value),
                "{dialect} {name}"
            );
        }
    }
    let (out, env) = run_with(dir.path(), b"A=\"x\"\n", &["--dialect", "dotenvy"], &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(value_of(&env, "A").as_deref(), Some("x"));
}

/// (file text, the whole error line after `dsenv: error: app.env`).
const ERRORS: &[(&str, &str)] = &[
    (
        "OK=1\nPW=\"hunter2\n",
        ":2:4: unterminated double-quoted value (no closing \")",
    ),
    (
        "PW='hunter2\n",
        ":1:4: unterminated single-quoted value (no closing ')",
    ),
    ("OK=1\n  B@D=hunter2\n", ":2:4: `@` cannot be in a variable name"),
    ("MY KEY=hunter2\n", ":1:4: a variable name cannot contain a space"),
    (
        "URL=x${DB_HOST:?set DB_HOST first}hunter2\n",
        ":1:6: required variable DB_HOST is not set: set DB_HOST first",
    ),
    (
        "E=\nURL=\"hunter2 ${E:?}\"\n",
        ":2:14: required variable E is not set",
    ),
    (
        "PW=hunter2${1}\n",
        ":1:11: bad substitution: `${` must be followed by a name ([A-Za-z_][A-Za-z0-9_.]*) and `}` or :- - :? ? :+ +",
    ),
    ("PW=${X:-hunter2\n", ":1:4: `${` has no closing `}`"),
    (
        "PW=\"hunter2\" trailing\n",
        ":1:14: unexpected text after the closing quote (quote the whole value, or start a comment with #)",
    ),
    ("=hunter2\n", ":1:1: no variable name before `=`"),
];

#[test]
fn errors_name_file_line_column_and_problem_never_the_value() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("app.env");
    for (text, want) in ERRORS {
        let (out, _) = run_with(dir.path(), text.as_bytes(), &[], &[]);
        assert_eq!(out.status.code(), Some(1), "{text:?}: {}", stderr(&out));
        let err = stderr(&out);
        assert_eq!(
            err,
            format!("dsenv: error: {}{want}\n", file.display()),
            "{text:?}"
        );
        assert!(!err.contains("hunter2"), "{err}");
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn a_file_that_is_not_utf8_is_refused_with_its_place() {
    let dir = tempfile::tempdir().unwrap();
    let (out, _) = run_with(dir.path(), b"A=1\nB=caf\xe9\n", &[], &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).ends_with("app.env:2:6: not UTF-8 text\n"),
        "{}",
        stderr(&out)
    );
}
