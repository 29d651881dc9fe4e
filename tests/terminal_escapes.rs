//! Issue 13, item 6: text from a vault or an input file reaches the
//! terminal escaped (`\x1b`), so a hostile member cannot erase lines or
//! fake a `✓` line of `validate`.

mod common;

use std::path::{Path, PathBuf};
use std::process::Output;

use common::*;

const ALICE: &str = "B9636EE87BBA28F466FC3F324F40E8111E73B573";

/// Erases the line, returns to its start and prints a fake verdict.
const FAKE: &str = r"\u001b[2K\r✓ Value entries: 19 valid\u001b[8m";
const SHOWN: &str = r"\x1b[2K\x0d✓ Value entries: 19 valid\x1b[8m";

/// The team vault with the last entry's `signed_by` (and, as text the
/// verifier reports by name, a uid) edited to hold terminal escapes.
fn hostile_team_vault(dir: &Path) -> PathBuf {
    let mut lines = team_lines();
    let last = lines.len() - 1;
    let from = format!("\"signed_by\":\"{ALICE}\"");
    assert!(lines[last].contains(&from));
    lines[last] = lines[last].replacen(&from, &format!("\"signed_by\":\"{FAKE}\""), 1);
    let uid = lines[3].find("\"uid\":\"").unwrap() + 7;
    lines[3].insert_str(uid, r"\u001b]0;pwned\u0007");
    let path = dir.join("vault");
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    path
}

fn assert_no_raw_controls(what: &str, out: &Output) {
    for (stream, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
        let raw = bytes.iter().any(|&b| b == 0x1b || b == b'\r' || b == 0x07);
        assert!(
            !raw,
            "{what}: raw control bytes on {stream}: {:?}",
            String::from_utf8_lossy(bytes)
        );
    }
}

#[test]
fn escapes_from_a_vault_are_shown_not_obeyed() {
    let dir = tempfile::tempdir().unwrap();
    let vault = hostile_team_vault(dir.path());

    let out = dsenv_as(&vault, "alice", &["validate"]);
    assert_eq!(out.status.code(), Some(6));
    assert_no_raw_controls("validate", &out);
    let text = stdout(&out);
    assert!(
        text.contains(&format!(
            "Value entry 33 (FORGOTTEN): signed by {SHOWN}, which is not"
        )),
        "{text}"
    );

    let marker = dir.path().join("ran");
    let out = dsenv_as(
        &vault,
        "alice",
        &["run", "--", "touch", marker.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(6));
    assert!(!marker.exists());
    assert_no_raw_controls("run", &out);
    assert!(stderr(&out).contains(SHOWN), "{}", stderr(&out));

    let out = dsenv_as(&vault, "alice", &["vault", "describe"]);
    assert_no_raw_controls("vault describe", &out);
    assert!(
        stdout(&out).contains(r"\x1b]0;pwned\x07"),
        "{}",
        stdout(&out)
    );
}

/// A file a hostile commit names with escapes (git allows any byte but NUL
/// and `/` in a path), holding a denylisted variable: the warning names
/// the file.
#[test]
fn escapes_from_an_input_file_name_are_shown_not_obeyed() {
    let dir = tempfile::tempdir().unwrap();
    let sub = dir.path().join("conf\x1b[2K\r\u{2713} ok");
    std::fs::create_dir(&sub).unwrap();
    let env = sub.join(".env");
    std::fs::write(&env, "LD_PRELOAD=/nonexistent/evil.so\nGOOD=1\n").unwrap();
    let out = dsenv()
        .arg("run")
        .arg("--env-file")
        .arg(&env)
        .args(["--", "true"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_no_raw_controls("run --env-file", &out);
    assert!(
        stderr(&out).contains("not setting LD_PRELOAD from ")
            && stderr(&out).contains(r"conf\x1b[2K\x0d"),
        "{}",
        stderr(&out)
    );
}
