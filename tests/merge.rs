//! `dsenv vault merge` as git's merge driver: real `git merge` of two
//! branches (two clones, as two people work) that each stored, shared,
//! revoked, forgot, added and removed members; contradictions that are
//! refused with git's conflict kept and OURS unchanged; branches that
//! deleted or rolled back lines; the `.gitattributes` line `init vault`
//! writes.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::*;

const ALICE: &str = "B9636EE87BBA28F466FC3F324F40E8111E73B573";
const BOB: &str = "83C640BDE8A5E5DD4A9ACBFCD03E265CFBE06527";
const CAROL: &str = "E3EF0EF79503FD691033263EB08106B2A0E84B24";

const VAULT: &str = ".dotsecenv/vault";

/// One person's clone of the repository.
struct Clone {
    dir: PathBuf,
}

impl Clone {
    fn vault(&self) -> PathBuf {
        self.dir.join(VAULT)
    }

    fn config_home(&self) -> PathBuf {
        self.dir.with_extension("cfg")
    }

    fn dsenv(&self, who: &str, args: &[&str], input: Option<&[u8]>) -> Output {
        let mut cmd = dsenv();
        cmd.current_dir(&self.dir)
            .arg("--key-file")
            .arg(key(who))
            .args(args)
            .env("XDG_CONFIG_HOME", self.config_home());
        match input {
            Some(bytes) => output_with_stdin(&mut cmd, bytes),
            None => cmd.output().unwrap(),
        }
    }

    fn ok(&self, who: &str, args: &[&str]) -> Output {
        ok(self.dsenv(who, args, None))
    }

    fn store(&self, who: &str, name: &str, value: &str) {
        ok(self.dsenv(who, &["secret", "store", name], Some(value.as_bytes())));
    }

    fn add(&self, who: &str, whom: &str) {
        let public = fixture(&format!("keys/{whom}.pub.asc"));
        self.ok(who, &["identity", "add", public.to_str().unwrap()]);
    }

    fn get(&self, who: &str, name: &str) -> Output {
        self.dsenv(who, &["secret", "get", name], None)
    }

    fn value(&self, who: &str, name: &str) -> String {
        stdout(&ok(self.get(who, name)))
    }

    fn git(&self, args: &[&str]) -> Output {
        git_in(&self.dir, args)
    }

    fn git_ok(&self, args: &[&str]) -> Output {
        let out = self.git(args);
        assert!(
            out.status.success(),
            "git {args:?}: {}{}",
            stdout(&out),
            stderr(&out)
        );
        out
    }

    fn commit(&self, message: &str) {
        self.git_ok(&["add", "-A"]);
        self.git_ok(&["commit", "-q", "-m", message]);
    }

    /// The merge driver, run as `who` (the merging user's own key).
    fn configure_driver(&self, who: &str) {
        let driver = format!(
            "'{}' --key-file '{}' vault merge %O %A %B %P",
            env!("CARGO_BIN_EXE_dsenv"),
            key(who).display()
        );
        self.git_ok(&["config", "merge.dsenv.name", "dsenv vault merge"]);
        self.git_ok(&["config", "merge.dsenv.driver", &driver]);
    }

    /// `git merge` of `other`'s branch `branch` into this clone's HEAD.
    fn merge_from(&self, other: &Clone, branch: &str) -> Output {
        self.git_ok(&[
            "fetch",
            "-q",
            other.dir.to_str().unwrap(),
            &format!("{branch}:{branch}"),
        ]);
        self.git(&["merge", "--no-edit", branch])
    }

    fn lines(&self) -> Vec<String> {
        std::fs::read_to_string(self.vault())
            .unwrap()
            .lines()
            .map(str::to_string)
            .collect()
    }
}

/// git with an environment of its own (no system or user configuration,
/// the dsenv test HOME), so the driver it starts is the test's dsenv.
fn git_in(dir: &Path, args: &[&str]) -> Output {
    let mut cmd = Command::new("git");
    for (k, _) in std::env::vars_os() {
        let k = k.to_string_lossy().into_owned();
        if k.starts_with("DSENV_") || k.starts_with("GIT_") {
            cmd.env_remove(k);
        }
    }
    cmd.current_dir(dir)
        .env("HOME", data_home())
        .env("XDG_DATA_HOME", data_home())
        .env("XDG_CONFIG_HOME", dir.with_extension("cfg"))
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_NAME", "Test")
        .env("GIT_AUTHOR_EMAIL", "test@example.com")
        .env("GIT_COMMITTER_NAME", "Test")
        .env("GIT_COMMITTER_EMAIL", "test@example.com")
        .args([
            "-c",
            "commit.gpgsign=false",
            "-c",
            "init.defaultBranch=main",
        ])
        .args(args)
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap()
}

/// A team's repository: Alice's clone `a` (branch main) with a vault that
/// holds DB (shared with Bob), API, X (shared with Bob and Carol), OLD1
/// and OLD2 (shared with Bob); Bob's clone `b` of it, on a new branch `feature`.
fn team() -> (tempfile::TempDir, Clone, Clone) {
    let tmp = tempfile::tempdir().unwrap();
    let a = Clone {
        dir: tmp.path().join("a"),
    };
    std::fs::create_dir_all(&a.dir).unwrap();
    a.git_ok(&["init", "-q"]);
    a.ok("alice", &["init", "vault"]);
    assert_eq!(
        std::fs::read_to_string(a.dir.join(".gitattributes")).unwrap(),
        ".dotsecenv/vault merge=dsenv\n"
    );
    for (name, value) in [
        ("DB", "db-0"),
        ("API", "api-0"),
        ("X", "x-0"),
        ("OLD1", "old1"),
        ("OLD2", "old2"),
    ] {
        a.store("alice", name, value);
    }
    a.add("alice", "bob");
    a.add("alice", "carol");
    a.ok("alice", &["secret", "share", "DB", BOB]);
    a.ok("alice", &["secret", "share", "X", BOB]);
    a.ok("alice", &["secret", "share", "X", CAROL]);
    a.ok("alice", &["secret", "share", "OLD2", BOB]);
    a.commit("base vault");
    a.configure_driver("alice");
    let b = Clone {
        dir: tmp.path().join("b"),
    };
    git_in(
        tmp.path(),
        &[
            "clone",
            "-q",
            a.dir.to_str().unwrap(),
            b.dir.to_str().unwrap(),
        ],
    );
    b.git_ok(&["checkout", "-q", "-b", "feature"]);
    (tmp, a, b)
}

/// The newest checkpoint's `seq`.
fn seq(lines: &[String]) -> u64 {
    let line = lines
        .iter()
        .rev()
        .find(|l| l.starts_with("{\"type\":\"checkpoint\""))
        .expect("a checkpoint");
    let v: serde_json::Value = serde_json::from_str(line).unwrap();
    v["data"]["seq"].as_u64().unwrap()
}

#[test]
fn two_branches_that_stored_shared_revoked_forgot_and_changed_members_merge() {
    let (_tmp, a, b) = team();
    // OURS (Alice, main): a new secret, API shared with Bob, DB revoked
    // from Bob, OLD1 forgotten, Carol removed. THEIRS (Bob, feature): a
    // new secret shared with Alice, X revoked from Carol, OLD2 forgotten,
    // Mallory added (vouched for by Bob), and one write more, so THEIRS'
    // sequence is the higher one. The writes alternate in time, so the
    // merge must interleave the branches' lines (identities, definitions
    // and values each stay in time order).
    a.store("alice", "S_OURS", "ours");
    b.store("bob", "S_THEIRS", "theirs\nline 2 = x");
    a.ok("alice", &["secret", "share", "API", BOB]);
    b.ok("bob", &["secret", "share", "S_THEIRS", ALICE]);
    a.ok("alice", &["secret", "revoke", "DB", BOB]);
    b.ok("bob", &["secret", "revoke", "X", CAROL]);
    a.ok("alice", &["secret", "forget", "OLD1"]);
    b.ok("bob", &["secret", "forget", "OLD2"]);
    b.add("bob", "mallory");
    a.ok("alice", &["identity", "remove", CAROL]);
    b.store("bob", "S_THEIRS2", "theirs-2");
    a.commit("ours");
    b.commit("theirs");
    let (ours_seq, theirs_seq) = (seq(&a.lines()), seq(&b.lines()));
    assert!(theirs_seq > ours_seq, "{theirs_seq} > {ours_seq}");

    let out = a.merge_from(&b, "feature");
    assert!(
        out.status.success(),
        "git merge: {}{}",
        stdout(&out),
        stderr(&out)
    );
    assert!(
        stderr(&out).contains(&format!("signed as checkpoint {}", theirs_seq + 1)),
        "{}",
        stderr(&out)
    );
    assert!(a.git_ok(&["status", "--porcelain"]).stdout.is_empty());
    let lines = a.lines();
    assert_eq!(seq(&lines), theirs_seq + 1);
    // Interleaved by time: THEIRS' first secret sits between OURS' first
    // secret and OURS' last write (the removal).
    let at = |needle: &str| lines.iter().position(|l| l.contains(needle)).unwrap();
    let (s_ours, s_theirs) = (at("\"key\":\"S_OURS\""), at("\"key\":\"S_THEIRS\""));
    assert!(
        s_ours < s_theirs && s_theirs < at("{\"type\":\"removal\""),
        "{lines:#?}"
    );
    let out = a.ok("alice", &["validate"]);
    assert!(
        stdout(&out).contains(&format!("Signed state: checkpoint {} ", theirs_seq + 1))
            && stdout(&out).contains("covers every line")
            && stdout(&out).contains("1 member(s) removed"),
        "{}",
        stdout(&out)
    );
    // Every value reads back, for whom it should.
    for (name, value) in [
        ("DB", "db-0"),
        ("API", "api-0"),
        ("X", "x-0"),
        ("S_OURS", "ours"),
        ("S_THEIRS", "theirs\nline 2 = x"),
    ] {
        assert_eq!(a.value("alice", name), format!("{value}\n"), "{name}");
    }
    assert_eq!(a.value("bob", "API"), "api-0\n");
    assert_eq!(a.value("bob", "X"), "x-0\n");
    assert_eq!(a.value("bob", "S_THEIRS2"), "theirs-2\n");
    assert_eq!(a.get("bob", "DB").status.code(), Some(5), "revoked on main");
    for forgotten in ["OLD1", "OLD2"] {
        assert_eq!(
            a.get("alice", forgotten).status.code(),
            Some(3),
            "{forgotten}"
        );
    }
    assert_eq!(
        a.get("carol", "X").status.code(),
        Some(10),
        "removed on main"
    );
    let described = stdout(&a.ok("alice", &["vault", "describe"])).to_lowercase();
    assert!(described.contains("mallory"), "{described}");

    // Bob's clone saw THEIRS' newest checkpoint; the merge is newer, so
    // the record-pinned reader there accepts it (no "rolled back").
    b.git_ok(&["checkout", "-q", "main"]);
    b.git_ok(&["pull", "-q", "--no-edit", a.dir.to_str().unwrap(), "main"]);
    assert_eq!(b.lines(), lines);
    assert_eq!(b.value("bob", "API"), "api-0\n");
    b.ok("bob", &["validate"]);
    // Alice writes on top of the merge: the sequence goes on by one.
    a.store("alice", "AFTER", "after");
    assert_eq!(seq(&a.lines()), theirs_seq + 2);

    if let Some(bin) = std::env::var_os("DOTSECENV_BIN").map(PathBuf::from) {
        dotsecenv_reads(
            &bin,
            &b.vault(),
            &[("S_THEIRS", "theirs\nline 2 = x"), ("S_OURS", "ours")],
        );
    } else {
        eprintln!("dotsecenv part skipped: set DOTSECENV_BIN to a dotsecenv binary");
    }
}

/// `git pull --rebase` of two local commits that each changed the vault
/// onto an upstream that changed it too: the driver runs once per commit,
/// the second time with a BASE that the first merge interleaved.
#[test]
fn a_rebase_of_two_vault_commits_onto_a_changed_upstream() {
    let (_tmp, a, b) = team();
    a.store("alice", "UPSTREAM", "up");
    a.commit("upstream");
    b.configure_driver("bob");
    b.git_ok(&["checkout", "-q", "main"]);
    b.store("bob", "LOCAL1", "l1");
    b.commit("local 1");
    b.ok("bob", &["secret", "share", "LOCAL1", ALICE]);
    b.store("bob", "LOCAL2", "l2");
    b.commit("local 2");
    let out = b.git(&["pull", "-q", "--rebase", a.dir.to_str().unwrap(), "main"]);
    assert!(
        out.status.success(),
        "git pull --rebase: {}{}",
        stdout(&out),
        stderr(&out)
    );
    assert_eq!(
        stdout(&b.git_ok(&["log", "--format=%s"])),
        "local 2\nlocal 1\nupstream\nbase vault\n"
    );
    b.ok("bob", &["validate"]);
    assert_eq!(b.value("bob", "LOCAL2"), "l2\n");
    assert_eq!(b.value("alice", "LOCAL1"), "l1\n");
    assert_eq!(b.value("alice", "UPSTREAM"), "up\n");
    // Alice's clone takes the rebased branch as a fast-forward.
    a.git_ok(&["pull", "-q", "--ff-only", b.dir.to_str().unwrap(), "main"]);
    assert_eq!(a.value("alice", "LOCAL1"), "l1\n");
}

/// The real dotsecenv validates `vault` and, as Alice, reads `values`.
fn dotsecenv_reads(bin: &Path, vault: &Path, values: &[(&str, &str)]) {
    let home = vault
        .parent()
        .unwrap()
        .parent()
        .unwrap()
        .with_extension("dotsecenv-home");
    let dotsecenv = Dotsecenv::as_alice(bin, &home, vault);
    let dotsecenv = |args: &[&str]| dotsecenv.run(args, None);
    let out = dotsecenv(&["validate"]);
    assert!(
        out.status.success() && stdout(&out).contains("All checks passed"),
        "dotsecenv validate:\n{}{}",
        stdout(&out),
        stderr(&out)
    );
    ok(dotsecenv(&["login", ALICE]));
    for (name, value) in values {
        let out = ok(dotsecenv(&["secret", "get", name]));
        assert_eq!(stdout(&out).trim_end_matches('\n'), *value, "{name}");
    }
}

/// `git merge` of `b`'s feature branch into `a` fails with git's
/// conflict, the driver's one-line reason on stderr, and OURS unchanged.
fn refused(a: &Clone, b: &Clone, reason: &str) {
    let before = std::fs::read(a.vault()).unwrap();
    let out = a.merge_from(b, "feature");
    assert!(!out.status.success(), "git merge succeeded");
    let all = stdout(&out) + &stderr(&out);
    assert!(all.contains("CONFLICT") && all.contains(VAULT), "{all}");
    assert!(all.contains(reason), "wanted {reason:?} in:\n{all}");
    assert_eq!(std::fs::read(a.vault()).unwrap(), before, "OURS changed");
    let status = stdout(&a.git_ok(&["status", "--porcelain"]));
    assert!(status.contains(&format!("UU {VAULT}")), "{status}");
    // The vault left in the work tree is OURS, valid as it was.
    a.ok("alice", &["validate"]);
}

#[test]
fn both_branches_storing_the_same_secret_is_a_conflict() {
    let (_tmp, a, b) = team();
    a.store("alice", "NEW", "from main");
    a.commit("ours");
    b.store("bob", "NEW", "from feature");
    b.commit("theirs");
    refused(&a, &b, "both branches changed secret NEW");
}

#[test]
fn a_forget_on_one_branch_and_a_store_on_the_other_is_a_conflict() {
    let (_tmp, a, b) = team();
    a.ok("alice", &["secret", "forget", "DB"]);
    a.commit("ours");
    b.store("bob", "DB", "db-1");
    b.commit("theirs");
    refused(&a, &b, "both branches changed secret DB");
}

#[test]
fn removing_a_member_while_the_other_branch_has_its_new_entries_is_a_conflict() {
    let (_tmp, a, b) = team();
    a.ok("alice", &["identity", "remove", BOB]);
    a.commit("ours");
    b.store("bob", "BOBS", "bob's");
    b.commit("theirs");
    refused(&a, &b, &format!("OURS removed member {BOB}"));
}

#[test]
fn a_branch_that_deleted_a_covered_line_is_refused() {
    let (_tmp, a, b) = team();
    a.store("alice", "S_OURS", "ours");
    a.commit("ours");
    b.store("bob", "S_THEIRS", "theirs");
    // Bob's branch deletes X's share with Carol (a covered value line) with
    // a text edit that keeps the header consistent.
    let mut lines = b.lines();
    let mut header = dsenv::vault::header::Header::parse(&lines[1]).unwrap();
    let (_, x) = header
        .secrets
        .iter()
        .find(|(k, _)| k == "X")
        .unwrap()
        .clone();
    let gone = *x.values.last().unwrap();
    lines.remove(gone - 1);
    for (_, index) in header.secrets.iter_mut() {
        index.values.retain(|&l| l != gone);
        for l in index.values.iter_mut().chain([&mut index.secret]) {
            if *l > gone {
                *l -= 1;
            }
        }
    }
    for (_, l) in header.identities.iter_mut() {
        if *l > gone {
            *l -= 1;
        }
    }
    lines[1] = header.to_line();
    std::fs::write(b.vault(), lines.join("\n") + "\n").unwrap();
    b.commit("theirs, edited");
    refused(&a, &b, "THEIRS");
}

#[test]
fn a_branch_rolled_back_to_an_older_vault_is_refused() {
    let (_tmp, a, b) = team();
    a.store("alice", "S_OURS", "ours");
    a.commit("ours");
    // Bob's branch puts back the vault as it was before X was shared with
    // Carol (valid, but BASE with lines taken off the end).
    let lines = b.lines();
    let checkpoints: Vec<usize> = (4..=lines.len())
        .filter(|&n| lines[n - 1].starts_with("{\"type\":\"checkpoint\""))
        .collect();
    let cut = checkpoints[checkpoints.len() - 2];
    let mut old: Vec<String> = lines[..cut].to_vec();
    let mut header = dsenv::vault::header::Header::parse(&old[1]).unwrap();
    for (_, index) in header.secrets.iter_mut() {
        index.values.retain(|&l| l <= cut);
    }
    old[1] = header.to_line();
    std::fs::write(b.vault(), old.join("\n") + "\n").unwrap();
    b.commit("theirs, rolled back");
    refused(&a, &b, "THEIRS lacks line");
}

/// The driver called directly, as git would: exit 12 for a contradiction
/// and 6 for a vault that fails verification, OURS byte for byte as it
/// was; exit 0 and THEIRS verbatim when OURS added nothing.
#[test]
fn the_driver_s_exit_codes_and_trivial_merges() {
    let (_tmp, a, b) = team();
    let dir = a.dir.parent().unwrap().join("driver");
    std::fs::create_dir_all(&dir).unwrap();
    let base = dir.join("base");
    std::fs::copy(a.vault(), &base).unwrap();
    a.store("alice", "NEW", "a");
    b.store("bob", "NEW", "b");
    let (ours, theirs) = (dir.join("ours"), dir.join("theirs"));
    std::fs::copy(a.vault(), &ours).unwrap();
    std::fs::copy(b.vault(), &theirs).unwrap();
    let driver = |files: [&Path; 3]| {
        let mut cmd = dsenv();
        cmd.arg("--key-file")
            .arg(key("alice"))
            .args(["vault", "merge"])
            .args(files)
            .env("XDG_CONFIG_HOME", dir.join("cfg"));
        cmd.output().unwrap()
    };
    let before = std::fs::read(&ours).unwrap();
    let out = driver([&base, &ours, &theirs]);
    assert_eq!(out.status.code(), Some(12), "{}", stderr(&out));
    assert!(
        stderr(&out)
            .starts_with("dsenv: error: cannot merge the vaults: both branches changed secret NEW"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read(&ours).unwrap(), before);
    // A flipped byte in a signature of THEIRS: exit 6.
    let text = std::fs::read_to_string(&theirs).unwrap();
    let at = text.find("\"signature\":\"").unwrap() + 20;
    let mut bytes = text.into_bytes();
    bytes[at] = if bytes[at] == b'0' { b'1' } else { b'0' };
    let tampered = dir.join("tampered");
    std::fs::write(&tampered, &bytes).unwrap();
    let out = driver([&base, &ours, &tampered]);
    assert_eq!(out.status.code(), Some(6), "{}", stderr(&out));
    assert!(stderr(&out).contains("THEIRS"), "{}", stderr(&out));
    assert_eq!(std::fs::read(&ours).unwrap(), before);
    // A root that is not the pinned one: exit 6, whatever the branches did.
    let mut cmd = dsenv();
    cmd.arg("--key-file")
        .arg(key("alice"))
        .args(["vault", "merge"])
        .args([&base, &ours, &base])
        .env("XDG_CONFIG_HOME", dir.join("cfg"))
        .env("DSENV_TRUST_ROOT", BOB);
    let out = cmd.output().unwrap();
    assert_eq!(out.status.code(), Some(6), "{}", stderr(&out));
    assert!(stderr(&out).contains(BOB), "{}", stderr(&out));
    assert_eq!(std::fs::read(&ours).unwrap(), before);
    // OURS unchanged since BASE: THEIRS is the merge, verbatim.
    let copy = dir.join("ours-is-base");
    std::fs::copy(&base, &copy).unwrap();
    ok(driver([&base, &copy, &theirs]));
    assert_eq!(
        std::fs::read(&copy).unwrap(),
        std::fs::read(&theirs).unwrap()
    );
    // THEIRS unchanged since BASE: OURS stays as it is.
    ok(driver([&base, &ours, &base]));
    assert_eq!(std::fs::read(&ours).unwrap(), before);
}

#[test]
fn the_same_member_added_on_both_branches_is_kept_once() {
    let (_tmp, a, b) = team();
    a.add("alice", "mallory");
    a.store("alice", "S_OURS", "ours");
    a.commit("ours");
    b.add("bob", "mallory");
    b.store("bob", "S_THEIRS", "theirs");
    b.commit("theirs");
    let out = a.merge_from(&b, "feature");
    assert!(out.status.success(), "{}{}", stdout(&out), stderr(&out));
    a.ok("alice", &["validate"]);
    let identities = a
        .lines()
        .iter()
        .filter(|l| l.starts_with("{\"type\":\"identity\""))
        .count();
    assert_eq!(identities, 4, "alice, bob, carol and mallory once");
    assert_eq!(a.value("alice", "S_OURS"), "ours\n");
    assert_eq!(a.value("bob", "S_THEIRS"), "theirs\n");
}

#[test]
fn init_vault_adds_the_merge_line_to_an_existing_gitattributes_without_clobbering_it() {
    let tmp = tempfile::tempdir().unwrap();
    let repo = Clone {
        dir: tmp.path().join("repo"),
    };
    std::fs::create_dir_all(repo.dir.join("sub")).unwrap();
    repo.git_ok(&["init", "-q"]);
    std::fs::write(repo.dir.join(".gitattributes"), "*.png binary").unwrap();
    let out = repo.ok("alice", &["init", "vault"]);
    assert!(
        stderr(&out).contains("git config merge.dsenv.driver \"dsenv vault merge %O %A %B %P\""),
        "{}",
        stderr(&out)
    );
    let attributes = || std::fs::read_to_string(repo.dir.join(".gitattributes")).unwrap();
    assert_eq!(attributes(), "*.png binary\n.dotsecenv/vault merge=dsenv\n");
    // git sees it.
    let out = repo.git_ok(&["check-attr", "merge", "--", VAULT]);
    assert_eq!(stdout(&out), ".dotsecenv/vault: merge: dsenv\n");
    // A second vault, named from a subdirectory: its path from the top.
    let mut cmd = dsenv();
    cmd.current_dir(repo.dir.join("sub"))
        .args(["-v", "prod.vault", "init", "vault"])
        .env("XDG_CONFIG_HOME", repo.config_home());
    ok(cmd.output().unwrap());
    assert_eq!(
        attributes(),
        "*.png binary\n.dotsecenv/vault merge=dsenv\nsub/prod.vault merge=dsenv\n"
    );
    // Outside a git work tree: no stray file.
    let elsewhere = tmp.path().join("elsewhere");
    let mut cmd = dsenv();
    cmd.current_dir(tmp.path())
        .args([
            "-v",
            elsewhere.join("vault").to_str().unwrap(),
            "init",
            "vault",
        ])
        .env("XDG_CONFIG_HOME", repo.config_home());
    ok(cmd.output().unwrap());
    assert!(elsewhere.join("vault").exists());
    assert!(!elsewhere.join(".gitattributes").exists());
    assert!(!tmp.path().join(".gitattributes").exists());
    // Already there: unchanged.
    std::fs::remove_file(repo.vault()).unwrap();
    repo.ok("alice", &["init", "vault"]);
    assert_eq!(
        attributes(),
        "*.png binary\n.dotsecenv/vault merge=dsenv\nsub/prod.vault merge=dsenv\n"
    );
}

/// Rollback is tracked per git branch: switching to a branch that forked
/// before the newest writes (an older checkpoint, on purpose) reads; the
/// branch a user follows being cut back to an older vault is refused; a
/// detached HEAD (a tag, CI's checkout) is not tracked.
#[test]
fn switching_to_an_older_branch_reads_but_cutting_back_a_branch_is_a_rollback() {
    let (_tmp, a, _b) = team();
    a.git_ok(&["branch", "older"]);
    a.store("alice", "NEWER", "n-1");
    a.store("alice", "NEWER2", "n-2");
    a.commit("newer writes on main");
    assert_eq!(a.value("alice", "NEWER"), "n-1\n");

    a.git_ok(&["checkout", "-q", "older"]);
    assert_eq!(a.value("alice", "DB"), "db-0\n", "an older branch reads");
    a.store("alice", "ON_OLDER", "o");
    a.commit("a write on the older branch");

    a.git_ok(&["checkout", "-q", "main"]);
    assert_eq!(a.value("alice", "NEWER2"), "n-2\n", "back on main");

    a.git_ok(&["checkout", "-q", "--detach", "HEAD~1"]);
    assert_eq!(a.value("alice", "DB"), "db-0\n", "a detached HEAD reads");

    // Someone cuts main back to the vault of one commit before.
    a.git_ok(&["checkout", "-q", "main"]);
    a.git_ok(&["checkout", "-q", "HEAD~1", "--", VAULT]);
    a.commit("vault cut back");
    let out = a.get("alice", "DB");
    assert_eq!(out.status.code(), Some(6), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("rolled back") && stderr(&out).contains("on branch main"),
        "{}",
        stderr(&out)
    );
}
