//! Issue 13, item 7: a vault reached through a symbolic link is written
//! where the link points (lock, temporary file and rename beside the
//! target); the link stays a link, and writers through the link and
//! directly serialise on the one file.

mod common;

use std::path::Path;
use std::process::Child;

use common::*;

/// `dsenv -v VAULT --key-file alice secret store NAME` with `value` on
/// stdin, started and not waited for.
fn start_store(vault: &Path, name: &str, value: &str) -> Child {
    use std::io::Write;
    use std::process::Stdio;
    let mut cmd = dsenv();
    cmd.arg("-v")
        .arg(vault)
        .arg("--key-file")
        .arg(key("alice"))
        .args(["secret", "store", name])
        .env("XDG_CONFIG_HOME", vault.with_extension("cfg"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(value.as_bytes())
        .unwrap();
    child
}

fn get(vault: &Path, name: &str) -> String {
    stdout(&ok(dsenv_in(
        vault,
        &key("alice"),
        &["secret", "get", name],
        None,
    )))
}

#[test]
fn writers_through_a_link_and_directly_write_the_same_file() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("real")).unwrap();
    let real = dir.path().join("real/vault");
    let link = dir.path().join("vault-link");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    // Made through the link: the link stays, the file appears at the target.
    ok(dsenv_in(&link, &key("alice"), &["init", "vault"], None));
    assert!(real.is_file());

    // Eight writers at once, alternating the link and the file itself.
    let writers: Vec<(String, Child)> = (0..8)
        .map(|i| {
            let name = format!("W{i}");
            let path = if i % 2 == 0 { &link } else { &real };
            let child = start_store(path, &name, &format!("value-{i}"));
            (name, child)
        })
        .collect();
    for (name, child) in writers {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{name}: {}", stderr(&out));
    }

    let meta = std::fs::symlink_metadata(&link).unwrap();
    assert!(
        meta.file_type().is_symlink(),
        "the link was replaced by a file"
    );
    assert_eq!(std::fs::read_link(&link).unwrap(), real);
    for i in 0..8 {
        let name = format!("W{i}");
        assert_eq!(
            get(&link, &name),
            format!("value-{i}\n"),
            "{name} via the link"
        );
        assert_eq!(get(&real, &name), format!("value-{i}\n"), "{name} directly");
    }
    ok(dsenv_in(&real, &key("alice"), &["validate"], None));
    // No temporary file left beside the link or the target.
    for d in [dir.path().to_path_buf(), dir.path().join("real")] {
        for e in std::fs::read_dir(&d).unwrap() {
            let name = e.unwrap().file_name().to_string_lossy().into_owned();
            assert!(!name.ends_with(".tmp"), "{name} left in {}", d.display());
        }
    }
}

#[test]
fn a_link_loop_is_a_clear_error_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    std::os::unix::fs::symlink(&b, &a).unwrap();
    std::os::unix::fs::symlink(&a, &b).unwrap();
    let out = dsenv_in(&a, &key("alice"), &["init", "vault"], None);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("the vault is a symbolic link that cannot be followed"),
        "{}",
        stderr(&out)
    );
    for l in [&a, &b] {
        assert!(std::fs::symlink_metadata(l)
            .unwrap()
            .file_type()
            .is_symlink());
    }
}
