//! Every input dsenv reads has a size cap, and hostile input fails with one
//! clear line (which file, what limit) and the documented exit code: never
//! a panic, never memory without bound. Found while fuzzing (fuzz/).

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use common::*;

/// A file that claims `len` bytes without using the disk.
fn sparse(dir: &Path, name: &str, len: u64) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::File::create(&path).unwrap().set_len(len).unwrap();
    path
}

fn assert_refused(out: &std::process::Output, code: i32, expected: &[&str]) {
    let err = stderr(out);
    assert_eq!(out.status.code(), Some(code), "{err}");
    let first = err.lines().next().unwrap_or_default();
    assert!(first.starts_with("dsenv: error: "), "{err}");
    for e in expected {
        assert!(first.contains(e), "expected {e:?} in {first:?}");
    }
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn a_vault_over_the_size_cap_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let big = sparse(dir.path(), "big.vault", 256 * 1024 * 1024 + 1);
    let out = dsenv_as(&big, "alice", &["secret", "get", "DATABASE_URL"]);
    assert_refused(
        &out,
        3,
        &["big.vault: cannot read vault: larger than the 256 MiB limit"],
    );
}

#[test]
fn endless_input_files_are_refused_at_their_cap() {
    // /dev/zero announces no size: the cap stops the read itself.
    let cases = [
        ("--env-file", "for a .env file"),
        ("--secenv", "for a .secenv file"),
        ("--dotenv-vault", "for a .env.vault file"),
    ];
    for (flag, what) in cases {
        let out = dsenv()
            .env("DOTENV_KEY", "dotenv://:key_00@x/?environment=ci")
            .arg("-v")
            .arg(fixture("basic/vault"))
            .arg("--key-file")
            .arg(key("alice"))
            .args(["run", flag, "/dev/zero", "--", "true"])
            .output()
            .unwrap();
        assert_refused(&out, 1, &["/dev/zero: larger than the 1 MiB limit", what]);
    }
}

#[test]
fn an_endless_key_file_is_refused_at_its_cap() {
    let out = dsenv()
        .arg("-v")
        .arg(fixture("basic/vault"))
        .args(["--key-file", "/dev/zero", "run", "--", "true"])
        .output()
        .unwrap();
    assert_refused(
        &out,
        4,
        &["--key-file /dev/zero: larger than the 1 MiB limit for a key"],
    );
}

#[test]
fn an_oversized_dotenv_key_is_refused() {
    let fixture =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/fixtures/dotenv-vault/.env.vault");
    let out = dsenv()
        .env("DOTENV_KEY", "dotenv://,".repeat(2000))
        .arg("run")
        .arg("--dotenv-vault")
        .arg(&fixture)
        .args(["--", "true"])
        .output()
        .unwrap();
    assert_refused(&out, 4, &["DOTENV_KEY: larger than the 16384-byte limit"]);
}

#[test]
fn env_file_expansion_that_doubles_each_line_stops_early() {
    // 60 lines of B=$A$A would build a 2^60-byte value: the Compose
    // reader stops at the cap (and dsenv stops dotenvy before each line).
    let dir = tempfile::tempdir().unwrap();
    let mut text = format!("V0={}\n", "x".repeat(1000));
    for i in 1..60 {
        text.push_str(&format!("V{i}=${{V{p}}}${{V{p}}}\n", p = i - 1));
    }
    let bomb = dir.path().join("bomb.env");
    std::fs::write(&bomb, text).unwrap();
    let started = Instant::now();
    let out = dsenv()
        .env_clear()
        .arg("run")
        .arg("--env-file")
        .arg(&bomb)
        .args(["--", "true"])
        .output()
        .unwrap();
    assert_refused(
        &out,
        1,
        &["bomb.env:", "`$` references", "could expand past 256 MiB"],
    );
    assert!(started.elapsed() < Duration::from_secs(20));
}
