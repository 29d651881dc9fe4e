//! A team's second day (issue 14), each journey on the real binary:
//! keys found where `identity create` puts them, public keys handed out
//! with `identity export`, and a run previewed with `run --dry-run`.

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::PathBuf;
use std::process::{Command, Output};

use common::*;

/// A workstation of its own: a configuration home (where the key
/// directory is) and a vault path, no key source set.
struct Desk {
    dir: tempfile::TempDir,
}

impl Desk {
    fn new() -> Desk {
        let desk = Desk {
            dir: tempfile::tempdir().unwrap(),
        };
        std::fs::create_dir_all(desk.vault().parent().unwrap()).unwrap();
        desk
    }

    fn config_home(&self) -> PathBuf {
        self.dir.path().join("config")
    }

    fn key_dir(&self) -> PathBuf {
        self.config_home().join("dsenv/keys")
    }

    fn key_file(&self, fpr: &str) -> PathBuf {
        self.key_dir().join(format!("{fpr}.asc"))
    }

    fn vault(&self) -> PathBuf {
        self.dir.path().join("repo/.dotsecenv/vault")
    }

    /// `dsenv -v VAULT ARGS`, with only this desk's key directory.
    fn cmd(&self, args: &[&str]) -> Command {
        let mut cmd = dsenv();
        cmd.env("XDG_CONFIG_HOME", self.config_home())
            .arg("-v")
            .arg(self.vault())
            .args(args);
        cmd
    }

    fn run(&self, args: &[&str]) -> Output {
        self.cmd(args).output().unwrap()
    }

    fn store(&self, name: &str, value: &str) {
        ok(output_with_stdin(
            &mut self.cmd(&["secret", "store", name]),
            value.as_bytes(),
        ));
    }

    /// `identity create` with the default path; returns the fingerprint.
    fn create_identity(&self, name: &str) -> String {
        let email = format!("{}@example.test", name.to_lowercase());
        let out = ok(self.run(&[
            "identity",
            "create",
            "--no-passphrase",
            "--name",
            name,
            "--email",
            &email,
            "--algo",
            "p384",
        ]));
        let fpr = stdout(&out).trim().to_string();
        assert_eq!(fpr.len(), 40, "{fpr}");
        fpr
    }
}

// ---- item 2: keys where dsenv looks -------------------------------------

#[test]
fn a_key_made_by_identity_create_is_found_without_naming_it() {
    let desk = Desk::new();
    let fpr = desk.create_identity("Ada");
    let key = desk.key_file(&fpr);
    assert!(key.is_file(), "{} not written", key.display());
    ok(desk.run(&["init", "vault"]));
    desk.store("DATABASE_URL", "postgres://day-two");
    let got = ok(desk.run(&["secret", "get", "DATABASE_URL"]));
    assert_eq!(stdout(&got), "postgres://day-two\n");
    let verbose = desk.run(&["--verbose", "secret", "get", "DATABASE_URL"]);
    assert!(
        stderr(&verbose).contains(&format!("key from key directory file {}", key.display())),
        "{}",
        stderr(&verbose)
    );
}

#[test]
fn several_keys_in_the_key_directory_are_picked_by_login() {
    let desk = Desk::new();
    let ada = desk.create_identity("Ada");
    let bob = desk.create_identity("Bob");

    // Two keys and nothing to pick one: a key error naming both, and the fix.
    ok(desk.run(&["init", "vault"]));
    let before = std::fs::read(desk.vault()).unwrap();
    let out = output_with_stdin(&mut desk.cmd(&["secret", "store", "API_KEY"]), b"v");
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains(&format!("{ada}.asc")) && err.contains(&format!("{bob}.asc")),
        "{err}"
    );
    assert!(err.contains("dsenv login FPR"), "{err}");
    assert_eq!(std::fs::read(desk.vault()).unwrap(), before);

    // `login FPR` finds FPR.asc there, and later commands use it.
    ok(desk.run(&["login", &bob]));
    desk.store("API_KEY", "bob-stored-this");
    let described = stdout(&ok(desk.run(&["--json", "vault", "describe"])));
    assert!(
        described.contains(&bob) && !described.contains(&ada),
        "{described}"
    );
    assert_eq!(
        stdout(&ok(desk.run(&["secret", "get", "API_KEY"]))),
        "bob-stored-this\n"
    );
    // An explicit source still comes first: Ada's key is not a member.
    let out = desk
        .cmd(&["secret", "get", "API_KEY"])
        .env("DSENV_KEY_FILE", desk.key_file(&ada))
        .env("DSENV_IDENTITY", &ada)
        .output()
        .unwrap();
    assert_ne!(out.status.code(), Some(0), "Ada's key read Bob's secret");
}

#[test]
fn a_key_directory_file_others_can_read_is_refused() {
    let desk = Desk::new();
    let fpr = desk.create_identity("Ada");
    let key = desk.key_file(&fpr);
    std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o644)).unwrap();
    ok(desk.run(&["init", "vault"]));
    let before = std::fs::read(desk.vault()).unwrap();
    let out = output_with_stdin(&mut desk.cmd(&["secret", "store", "X"]), b"v");
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(&format!("chmod 600 {}", key.display())),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read(desk.vault()).unwrap(), before);
}

#[test]
fn vault_doctor_names_the_key_directory() {
    let desk = Desk::new();
    let empty = desk.run(&["vault", "doctor"]);
    let text = stdout(&empty) + &stderr(&empty);
    assert!(
        text.contains(&format!("{}/*.asc", desk.key_dir().display())),
        "{text}"
    );
    let fpr = desk.create_identity("Ada");
    let out = desk.run(&["vault", "doctor"]);
    let text = stdout(&out) + &stderr(&out);
    assert!(
        text.contains(&format!(
            "key directory file {}",
            desk.key_file(&fpr).display()
        )),
        "{text}"
    );
}

// ---- item 3: handing out a public key -----------------------------------

/// Ada's desk with a vault holding `DATABASE_URL`, and Bob's desk.
fn ada_and_bob() -> (Desk, String, Desk, String) {
    let ada_desk = Desk::new();
    let ada = ada_desk.create_identity("Ada");
    ok(ada_desk.run(&["init", "vault"]));
    ada_desk.store("DATABASE_URL", "postgres://shared-with-bob");
    let bob_desk = Desk::new();
    let bob = bob_desk.create_identity("Bob");
    (ada_desk, ada, bob_desk, bob)
}

fn parse_cert(bytes: &[u8]) -> sequoia_openpgp::Cert {
    use sequoia_openpgp::parse::Parse;
    sequoia_openpgp::Cert::from_bytes(bytes).unwrap()
}

#[test]
fn identity_export_hands_out_the_public_key_a_member_adds() {
    let (ada_desk, _, bob_desk, bob) = ada_and_bob();
    let out = ok(bob_desk.run(&["identity", "export"]));
    let text = stdout(&out);
    assert!(text.contains("BEGIN PGP PUBLIC KEY BLOCK"), "{text}");
    assert!(!text.contains("PRIVATE KEY"), "{text}");
    let cert = parse_cert(&out.stdout);
    assert!(!cert.is_tsk(), "the export holds secret key material");
    assert_eq!(cert.fingerprint().to_hex(), bob);

    // Bob sends the file; Ada adds him and shares; Bob reads.
    let public = ada_desk.dir.path().join("bob.pub.asc");
    std::fs::write(&public, &out.stdout).unwrap();
    ok(ada_desk.run(&["identity", "add", public.to_str().unwrap()]));
    ok(ada_desk.run(&["secret", "share", "DATABASE_URL", &bob]));
    let got = dsenv()
        .env("XDG_CONFIG_HOME", bob_desk.config_home())
        .arg("-v")
        .arg(ada_desk.vault())
        .args(["secret", "get", "DATABASE_URL"])
        .output()
        .unwrap();
    assert_eq!(stdout(&ok(got)), "postgres://shared-with-bob\n");
}

#[test]
fn identity_export_fpr_picks_a_key_of_the_key_directory() {
    let desk = Desk::new();
    let ada = desk.create_identity("Ada");
    let bob = desk.create_identity("Bob");
    for fpr in [&ada, &bob] {
        let out = ok(desk.run(&["identity", "export", fpr]));
        let cert = parse_cert(&out.stdout);
        assert_eq!(&cert.fingerprint().to_hex(), fpr);
        assert!(!cert.is_tsk());
    }
}

#[test]
fn identity_add_refuses_a_secret_key_file_unless_told() {
    let (ada_desk, _, bob_desk, bob) = ada_and_bob();
    // Bob sends his secret key file by mistake.
    let sent = ada_desk.dir.path().join("bob.asc");
    std::fs::copy(bob_desk.key_file(&bob), &sent).unwrap();
    let before = std::fs::read(ada_desk.vault()).unwrap();
    let out = ada_desk.run(&["identity", "add", sent.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains(&format!("holds the secret key of {bob}")),
        "{err}"
    );
    assert!(
        err.contains("dsenv identity export") && err.contains("--allow-secret-key-file"),
        "{err}"
    );
    assert_eq!(std::fs::read(ada_desk.vault()).unwrap(), before);

    // Told: only the public part goes into the vault.
    let out = ok(ada_desk.run(&[
        "identity",
        "add",
        "--allow-secret-key-file",
        sent.to_str().unwrap(),
    ]));
    assert!(
        stderr(&out).contains("adding only its public part"),
        "{}",
        stderr(&out)
    );
    let vault = dsenv::vault::Vault::load(&ada_desk.vault()).unwrap();
    let added = vault.identity(&bob).expect("Bob was added");
    use base64::Engine;
    let key = base64::engine::general_purpose::STANDARD
        .decode(&added.entry.public_key)
        .unwrap_or_else(|_| added.entry.public_key.clone().into_bytes());
    assert!(
        !parse_cert(&key).is_tsk(),
        "secret key material in the vault"
    );
}

// ---- item 5: a run previewed -------------------------------------------

const VALUES: &[&str] = &[
    "postgres://preview-secret",
    "parent-wins-secret",
    "bob-only-secret",
    "from-the-env-file",
    "/tmp/evil-home",
];

/// Ada's vault: DATABASE_URL and API_KEY she reads, BOB_ONLY she does not;
/// an .env file with a plain variable (line 2) and a denylisted HOME (line 3).
fn preview_setup() -> (Desk, String, PathBuf) {
    let (ada_desk, _ada, bob_desk, bob) = ada_and_bob();
    let public = ada_desk.dir.path().join("bob.pub.asc");
    std::fs::write(&public, ok(bob_desk.run(&["identity", "export"])).stdout).unwrap();
    ok(ada_desk.run(&["identity", "add", public.to_str().unwrap()]));
    ada_desk.store("API_KEY", "parent-wins-secret");
    ok(output_with_stdin(
        dsenv()
            .env("XDG_CONFIG_HOME", bob_desk.config_home())
            .arg("-v")
            .arg(ada_desk.vault())
            .args(["secret", "store", "BOB_ONLY"]),
        b"bob-only-secret",
    ));
    // Ada's own DATABASE_URL replaces the one ada_and_bob stored.
    ada_desk.store("DATABASE_URL", "postgres://preview-secret");
    let env_file = ada_desk.dir.path().join(".env");
    std::fs::write(
        &env_file,
        "# defaults\nFROM_FILE=from-the-env-file\nHOME=/tmp/evil-home\n",
    )
    .unwrap();
    (ada_desk, bob, env_file)
}

/// `dsenv run [--dry-run] ARGS -- sh -c 'touch MARKER'`, with API_KEY set
/// in the parent; returns the output and whether the command ran.
fn run_marked(desk: &Desk, dry: bool, args: &[&str]) -> (Output, bool) {
    let marker = desk.dir.path().join("ran");
    let _ = std::fs::remove_file(&marker);
    let mut cmd = desk.cmd(&["run"]);
    if dry {
        cmd.arg("--dry-run");
    }
    let out = cmd
        .args(args)
        .args(["--", "sh", "-c", "touch \"$0\""])
        .arg(&marker)
        .env("API_KEY", "parent-value")
        .output()
        .unwrap();
    (out, marker.exists())
}

fn assert_no_values(out: &Output) {
    let text = stdout(out) + &stderr(out);
    for v in VALUES {
        assert!(!text.contains(v), "value {v} in the output:\n{text}");
    }
}

#[test]
fn dry_run_lists_each_variable_its_source_and_each_skip() {
    let (desk, bob, env_file) = preview_setup();
    let env = env_file.to_str().unwrap();
    let (out, ran) = run_marked(&desk, true, &["--env-file", env]);
    let out = ok(out);
    assert!(!ran, "--dry-run executed the command");
    assert_no_values(&out);
    let text = stdout(&out);
    let vault = desk.vault().display().to_string();
    let line = |prefix: &str| {
        text.lines()
            .find(|l| l.starts_with(prefix))
            .unwrap_or_else(|| panic!("no `{prefix}` line in:\n{text}"))
            .to_string()
    };
    let db = line("set  DATABASE_URL  from ");
    assert!(
        db.contains(&format!("{vault}:")) && db.contains("secret DATABASE_URL, signed by "),
        "{db}"
    );
    assert_eq!(
        line("set  FROM_FILE  "),
        format!("set  FROM_FILE  from {env}:2")
    );
    assert!(line("skip API_KEY  parent wins: ").contains("--override"));
    assert!(line("skip BOB_ONLY  not readable: ").contains("not shared"));
    assert!(line("skip HOME  denied: ").contains(&format!("from {env}:3")));

    // --json: the same, as one document; signer and line of the vault value.
    let (out, ran) = run_marked(&desk, true, &["--json", "--env-file", env]);
    let out = ok(out);
    assert!(!ran);
    assert_no_values(&out);
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let set = doc["set"].as_array().unwrap();
    let names: Vec<&str> = set.iter().map(|v| v["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["DATABASE_URL", "FROM_FILE"]);
    let db = &set[0]["source"];
    assert_eq!(db["type"], "vault");
    assert_eq!(db["secret"], "DATABASE_URL");
    assert_eq!(db["vault"], vault.as_str());
    let ada = desk.run(&["--json", "vault", "describe"]);
    assert!(stdout(&ada).contains(db["signer"].as_str().unwrap()));
    assert_ne!(db["signer"].as_str().unwrap(), bob);
    assert!(db["line"].as_u64().unwrap() > 1, "{db}");
    assert_eq!(set[1]["source"]["file"], env);
    assert_eq!(set[1]["source"]["line"], 2);
    let reasons: Vec<(String, String)> = doc["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["name"].as_str().unwrap().into(),
                s["reason"].as_str().unwrap().into(),
            )
        })
        .collect();
    for want in [
        ("API_KEY", "parent wins"),
        ("BOB_ONLY", "not readable"),
        ("HOME", "denied"),
    ] {
        assert!(
            reasons.contains(&(want.0.into(), want.1.into())),
            "{want:?} not in {reasons:?}"
        );
    }

    // The real run: executes, and agrees.
    let (out, ran) = run_marked(&desk, false, &["--env-file", env]);
    ok(out);
    assert!(ran);
}

#[test]
fn dry_run_exits_as_the_real_run_would_and_runs_nothing() {
    let (desk, _, env_file) = preview_setup();
    let env = env_file.to_str().unwrap();
    let cases: &[(&[&str], i32)] = &[
        (&["--require", "BOB_ONLY"], 10),
        (&["--only", "NO_SUCH_SECRET"], 10),
        (&["--strict", "--env-file", env], 11),
    ];
    for (args, code) in cases {
        let (real, ran) = run_marked(&desk, false, args);
        assert_eq!(
            real.status.code(),
            Some(*code),
            "{args:?}: {}",
            stderr(&real)
        );
        assert!(!ran);
        let (dry, ran) = run_marked(&desk, true, args);
        assert_eq!(dry.status.code(), Some(*code), "{args:?}: {}", stderr(&dry));
        assert!(!ran);
        assert_no_values(&dry);
    }
    // A vault edited by hand fails verification: exit 6 for both.
    let text = std::fs::read_to_string(desk.vault()).unwrap();
    let tampered = text.replacen("\"DATABASE_URL\"", "\"DATABASE_URX\"", 1);
    assert_ne!(tampered, text);
    std::fs::write(desk.vault(), tampered).unwrap();
    for dry in [false, true] {
        let (out, ran) = run_marked(&desk, dry, &[]);
        assert_eq!(out.status.code(), Some(6), "dry={dry}: {}", stderr(&out));
        assert!(!ran);
    }
}

/// The non-member's hint is the real fix, followed word for word: export
/// the public key, a member adds it, shares, and the newcomer reads.
#[test]
fn the_non_member_hint_followed_as_written_makes_a_member() {
    let (ada_desk, _ada, bob_desk, bob) = ada_and_bob();
    let as_bob = |args: &[&str]| {
        let mut cmd = dsenv();
        cmd.env("XDG_CONFIG_HOME", bob_desk.config_home())
            .arg("-v")
            .arg(ada_desk.vault())
            .args(args);
        cmd.output().unwrap()
    };
    let out = as_bob(&["secret", "get", "DATABASE_URL"]);
    assert_eq!(out.status.code(), Some(10), "{}", stderr(&out));
    let hint = format!("`dsenv identity export {bob} > me.pub.asc`");
    assert!(stderr(&out).contains(&hint), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("`dsenv identity add me.pub.asc`"),
        "{}",
        stderr(&out)
    );

    let public = ok(bob_desk.run(&["identity", "export", &bob]));
    let file = ada_desk.dir.path().join("me.pub.asc");
    std::fs::write(&file, &public.stdout).unwrap();
    ok(ada_desk.run(&["identity", "add", file.to_str().unwrap()]));
    ok(ada_desk.run(&["secret", "share", "DATABASE_URL", &bob]));
    let out = ok(as_bob(&["secret", "get", "DATABASE_URL"]));
    assert_eq!(stdout(&out), "postgres://shared-with-bob\n");
}

/// A forgotten name: storing it again says how (`vault compact`), and
/// after the compaction it stores and reads.
#[test]
fn a_forgotten_name_is_stored_again_after_the_compaction_the_message_names() {
    let (desk, _ada, _, _) = ada_and_bob();
    ok(desk.run(&["secret", "forget", "DATABASE_URL"]));
    let out = output_with_stdin(
        &mut desk.cmd(&["secret", "store", "DATABASE_URL"]),
        b"postgres://new",
    );
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("was deleted (forgotten)")
            && stderr(&out).contains("run `dsenv vault compact`"),
        "{}",
        stderr(&out)
    );
    ok(desk.run(&["vault", "compact"]));
    desk.store("DATABASE_URL", "postgres://new");
    let out = ok(desk.run(&["secret", "get", "DATABASE_URL"]));
    assert_eq!(stdout(&out), "postgres://new\n");
}

/// Sharing many secrets with a new teammate is one command and one write:
/// `secret share A B FPR`, `--all FPR`; a name that cannot be shared makes
/// the whole command write nothing; `revoke --all` takes them back.
#[test]
fn share_several_names_or_all_in_one_write_and_revoke_all() {
    let (ada_desk, _ada, bob_desk, bob) = ada_and_bob();
    for (name, value) in [
        ("API_TOKEN", "t-1"),
        ("SMTP_PASSWORD", "m-1"),
        ("S3_KEY", "k-1"),
    ] {
        ada_desk.store(name, value);
    }
    let public = ok(bob_desk.run(&["identity", "export", &bob]));
    let file = ada_desk.dir.path().join("bob.pub.asc");
    std::fs::write(&file, &public.stdout).unwrap();
    ok(ada_desk.run(&["identity", "add", file.to_str().unwrap()]));
    let bob_reads = |name: &str| {
        let mut cmd = dsenv();
        cmd.env("XDG_CONFIG_HOME", bob_desk.config_home())
            .arg("-v")
            .arg(ada_desk.vault())
            .args(["secret", "get", name]);
        cmd.output().unwrap()
    };
    let lines = || {
        std::fs::read_to_string(ada_desk.vault())
            .unwrap()
            .lines()
            .count()
    };

    // One unknown name: nothing is written.
    let before = std::fs::read(ada_desk.vault()).unwrap();
    let out = ada_desk.run(&["secret", "share", "API_TOKEN", "NO_SUCH", &bob]);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert_eq!(
        std::fs::read(ada_desk.vault()).unwrap(),
        before,
        "nothing written"
    );

    let n = lines();
    let out = ok(ada_desk.run(&["secret", "share", "API_TOKEN", "SMTP_PASSWORD", &bob]));
    assert!(
        stderr(&out).contains("shared 2 secrets (API_TOKEN, SMTP_PASSWORD) with"),
        "{}",
        stderr(&out)
    );
    assert_eq!(lines(), n + 3, "two values and one checkpoint: one write");
    assert_eq!(stdout(&ok(bob_reads("SMTP_PASSWORD"))), "m-1\n");
    assert_eq!(bob_reads("S3_KEY").status.code(), Some(5));

    let out = ok(ada_desk.run(&["secret", "share", "--all", &bob]));
    assert!(
        stderr(&out).contains("shared 2 secrets (DATABASE_URL, S3_KEY) with"),
        "{}",
        stderr(&out)
    );
    assert_eq!(stdout(&ok(bob_reads("S3_KEY"))), "k-1\n");
    assert_eq!(
        stdout(&ok(bob_reads("DATABASE_URL"))),
        "postgres://shared-with-bob\n"
    );

    let out = ok(ada_desk.run(&["secret", "revoke", "--all", &bob]));
    assert!(
        stderr(&out).contains("revoked 4 secrets"),
        "{}",
        stderr(&out)
    );
    for name in ["API_TOKEN", "SMTP_PASSWORD", "S3_KEY", "DATABASE_URL"] {
        assert_eq!(bob_reads(name).status.code(), Some(5), "{name}");
    }

    let out = ada_desk.run(&["secret", "share", "--all", "API_TOKEN", &bob]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let out = ada_desk.run(&["secret", "share", &bob]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("which secret?"), "{}", stderr(&out));
}

/// `dsenv -v run`: -v is the vault flag; the usage error says so.
#[test]
fn dash_v_before_a_command_gets_a_hint_that_it_is_the_vault_flag() {
    let out = dsenv().args(["-v", "run", "--", "true"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("-v is the vault flag (-v PATH), so `run` was read as a vault path")
            && stderr(&out).contains("--verbose"),
        "{}",
        stderr(&out)
    );
}

/// Under --json an error is one JSON object on stderr, with the exit code.
#[test]
fn errors_under_json_are_one_json_object() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no-vault");
    let out = dsenv()
        .arg("--json")
        .arg("-v")
        .arg(&missing)
        .args(["secret", "get", "X"])
        .arg("--key-file")
        .arg(private_copy(&key("alice")))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let lines: Vec<&str> = std::str::from_utf8(&out.stderr).unwrap().lines().collect();
    assert_eq!(lines.len(), 1, "{lines:?}");
    let v: serde_json::Value = serde_json::from_str(lines[0]).unwrap();
    assert_eq!(v["error"]["exit_code"], 3);
    assert!(
        v["error"]["message"]
            .as_str()
            .unwrap()
            .contains("cannot read vault"),
        "{v}"
    );
    assert!(
        v["error"]["hint"]
            .as_str()
            .unwrap()
            .contains("dsenv init vault"),
        "{v}"
    );
}

// ---- item 6: the small ones ---------------------------------------------

/// `dsenv ARGS` run in `dir`, with no `-v`, no DSENV_VAULT and no
/// configured vault: only this desk's key directory.
fn run_in(desk: &Desk, dir: &std::path::Path, args: &[&str]) -> Output {
    dsenv()
        .env("XDG_CONFIG_HOME", desk.config_home())
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap()
}

fn stdin_in(desk: &Desk, dir: &std::path::Path, args: &[&str], input: &str) -> Output {
    output_with_stdin(
        dsenv()
            .env("XDG_CONFIG_HOME", desk.config_home())
            .current_dir(dir)
            .args(args),
        input.as_bytes(),
    )
}

#[test]
fn the_vault_is_found_in_a_parent_directory_up_to_the_repository_root() {
    let desk = Desk::new();
    desk.create_identity("Ada");
    ok(desk.run(&["init", "vault"]));
    desk.store("DATABASE_URL", "postgres://found-above");
    let repo = desk
        .vault()
        .parent()
        .unwrap()
        .parent()
        .unwrap()
        .to_path_buf();
    std::fs::create_dir_all(repo.join(".git")).unwrap();
    std::fs::write(repo.join(".git/HEAD"), "ref: refs/heads/main\n").unwrap();
    let deep = repo.join("services/api");
    std::fs::create_dir_all(&deep).unwrap();

    // Readers find the vault two directories up, and --verbose says so.
    let got = ok(run_in(
        &desk,
        &deep,
        &["--verbose", "secret", "get", "DATABASE_URL"],
    ));
    assert_eq!(stdout(&got), "postgres://found-above\n");
    let used = repo.join(".dotsecenv/vault");
    assert!(
        stderr(&got).contains(&format!(
            "dsenv: vault {} (found in parent directory {})",
            used.display(),
            repo.display()
        )),
        "{}",
        stderr(&got)
    );
    // The repository root's vault, not one in the current directory.
    let quiet = ok(run_in(
        &desk,
        &repo,
        &["--verbose", "secret", "get", "DATABASE_URL"],
    ));
    assert!(
        !stderr(&quiet).contains("found in parent"),
        "{}",
        stderr(&quiet)
    );
    // `run` too.
    let out = ok(run_in(
        &desk,
        &deep,
        &["run", "--", "sh", "-c", "printf %s \"$DATABASE_URL\""],
    ));
    assert_eq!(stdout(&out), "postgres://found-above");
    // Writers change the vault found: `secret store` from the subdirectory.
    ok(stdin_in(
        &desk,
        &deep,
        &["secret", "store", "API_KEY"],
        "stored-below",
    ));
    assert!(!deep.join(".dotsecenv").exists());
    assert_eq!(
        stdout(&ok(desk.run(&["secret", "get", "API_KEY"]))),
        "stored-below\n"
    );

    // A nested repository is a boundary: its vault is not the outer one.
    let nested = repo.join("vendor/lib");
    std::fs::create_dir_all(nested.join(".git")).unwrap();
    std::fs::create_dir_all(nested.join("src")).unwrap();
    let out = run_in(
        &desk,
        &nested.join("src"),
        &["secret", "get", "DATABASE_URL"],
    );
    assert!(!out.status.success(), "{}", stdout(&out));
    assert!(
        stderr(&out).contains(".dotsecenv/vault"),
        "{}",
        stderr(&out)
    );

    // `init vault` still creates the vault in the current directory.
    ok(run_in(&desk, &deep, &["init", "vault"]));
    assert!(deep.join(".dotsecenv/vault").is_file());
    let here = ok(run_in(&desk, &deep, &["--verbose", "vault", "describe"]));
    assert!(
        !stderr(&here).contains("found in parent"),
        "{}",
        stderr(&here)
    );
}

#[test]
fn vault_describe_names_each_recipient_by_fingerprint_and_user_id() {
    let (ada_desk, ada, bob_desk, bob) = ada_and_bob();
    let public = ada_desk.dir.path().join("bob.pub.asc");
    std::fs::write(&public, ok(bob_desk.run(&["identity", "export"])).stdout).unwrap();
    ok(ada_desk.run(&["identity", "add", public.to_str().unwrap()]));
    ok(ada_desk.run(&["secret", "share", "DATABASE_URL", &bob]));
    // Recipients are listed in the vault's order: by fingerprint.
    let mut people = [
        (ada.clone(), "Ada <ada@example.test>"),
        (bob.clone(), "Bob <bob@example.test>"),
    ];
    people.sort();
    let text = stdout(&ok(ada_desk.run(&["vault", "describe"])));
    let at = text.find("  DATABASE_URL — ").expect(&text);
    let listed: Vec<&str> = text[at..].lines().skip(1).take(2).collect();
    let expected: Vec<String> = people
        .iter()
        .map(|(f, uid)| format!("      {f} {uid}"))
        .collect();
    assert_eq!(listed, expected, "{text}");
    // --json: the old fields as they were, plus `recipients`.
    let doc: serde_json::Value =
        serde_json::from_slice(&ok(ada_desk.run(&["--json", "vault", "describe"])).stdout).unwrap();
    let secret = &doc["secrets"][0];
    assert_eq!(secret["key"], "DATABASE_URL");
    let fingerprints: Vec<&String> = people.iter().map(|(f, _)| f).collect();
    assert_eq!(secret["available_to"], serde_json::json!(fingerprints));
    let recipients: Vec<_> = people
        .iter()
        .map(|(f, uid)| serde_json::json!({ "fingerprint": f, "uid": uid }))
        .collect();
    assert_eq!(secret["recipients"], serde_json::json!(recipients));
}

#[test]
fn a_near_miss_name_gets_a_did_you_mean_hint() {
    let (desk, _ada, bob_desk, bob) = ada_and_bob();
    desk.store("API_KEY", "k");
    // Bob is a member: the share and revoke below fail on the name alone.
    let public = desk.dir.path().join("bob.pub.asc");
    std::fs::write(&public, ok(bob_desk.run(&["identity", "export"])).stdout).unwrap();
    ok(desk.run(&["identity", "add", public.to_str().unwrap()]));
    let hint = "did you mean DATABASE_URL?";
    for args in [
        &["secret", "get", "DATABSE_URL"][..],
        &["secret", "get", "database_ur"],
        &["secret", "share", "DATABASE_UR", &bob],
        &["secret", "revoke", "DATABASEURL", &bob],
        &["secret", "forget", "DATA_BASE_URL"],
        &["run", "--only", "API_KEY,DATABSE_URL", "--", "true"],
        &["run", "--require", "DATABASE_URLS", "--", "true"],
    ] {
        let out = desk.run(args);
        assert!(!out.status.success(), "{args:?}");
        assert!(stderr(&out).contains(hint), "{args:?}: {}", stderr(&out));
    }
    // Far from every name, or a short name that differs: no guess.
    for args in [
        &["secret", "get", "SOMETHING_ELSE"][..],
        &["secret", "get", "API"],
        &["run", "--only", "NOPE", "--", "true"],
    ] {
        let out = desk.run(args);
        assert!(!out.status.success(), "{args:?}");
        assert!(
            !stderr(&out).contains("did you mean"),
            "{args:?}: {}",
            stderr(&out)
        );
    }
    // The hint line itself, after the error.
    let out = desk.run(&["secret", "get", "DATABSE_URL"]);
    assert!(
        stderr(&out).contains(&format!("dsenv: hint: {hint} (`dsenv secret get`")),
        "{}",
        stderr(&out)
    );
}
