//! The OpenBao key source: an identity key wrapped by OpenBao Transit,
//! unwrapped through the machine's local `bao agent`.
//!
//! A wrapped key is a small JSON file ([`WrappedKey`]) holding a Transit
//! ciphertext of the armored secret key; it is useless without OpenBao,
//! so it may be committed or baked into an image. It is read from any
//! key source (`--key-file`, `DSENV_KEY`, `$CREDENTIALS_DIRECTORY`, …):
//! the first byte `{` can never begin an OpenPGP key. dsenv unwraps it
//! only when `DSENV_OPENBAO_AGENT` names the agent's socket: one
//! `POST /v1/MOUNT/decrypt/KEY` over AF_UNIX, answered from memory that
//! is wiped when dropped. Without that variable dsenv opens no socket.
//!
//! The agent, not dsenv, authenticates (JWT/OIDC, Kubernetes, AppRole, …
//! with its `auto_auth` and `api_proxy { use_auto_auth_token = "force" }`),
//! renews the token and speaks TLS to the server: dsenv holds no long-lived
//! credential and carries no TLS stack. `DSENV_OPENBAO_TOKEN_FILE` adds a
//! token (`X-Vault-Token`) for an agent that does not force its own.
//!
//! Every failure ends the command with one line naming the key source, the
//! socket and OpenBao's own error text, and an exit code of its own
//! (13–16); dsenv never falls back to another key source.

use std::path::{Path, PathBuf};
use std::time::Duration;

use base64::Engine;
use secrecy::{ExposeSecret, SecretBox};
use zeroize::Zeroizing;

use super::unix_http::{self, HttpError};
use super::{KeyMaterial, KeySource};
use crate::error::{Error, ExitCode, Result};
use crate::escape::for_terminal;

/// The `format` of a wrapped key file.
pub const WRAPPED_FORMAT: &str = "dsenv-openbao-transit-v1";

/// How long one request may take, connect to last byte, by default.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);

/// A wrapped key file: which Transit key wrapped it, and the ciphertext.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WrappedKey {
    pub format: String,
    /// The Transit mount, e.g. `transit`.
    pub mount: String,
    /// The Transit key's name, e.g. `dsenv-prod`.
    pub key: String,
    /// `vault:vN:…`, as Transit returns it.
    pub ciphertext: String,
}

impl WrappedKey {
    /// The Transit path of an operation, e.g. `transit/decrypt/dsenv-prod`.
    fn path(&self, operation: &str) -> String {
        format!("{}/{operation}/{}", self.mount, self.key)
    }
}

/// The local agent dsenv asks, from `DSENV_OPENBAO_AGENT`.
#[derive(Debug, Clone)]
pub struct Agent {
    pub socket: PathBuf,
    pub token_file: Option<PathBuf>,
    pub timeout: Duration,
}

impl Agent {
    /// `DSENV_OPENBAO_AGENT` (a socket path, `unix://` optional), with
    /// `DSENV_OPENBAO_TOKEN_FILE` and `DSENV_OPENBAO_TIMEOUT` (seconds).
    pub fn from_env() -> Result<Option<Agent>> {
        let var = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
        let Some(address) = var("DSENV_OPENBAO_AGENT") else {
            return Ok(None);
        };
        let address = address.to_string_lossy().into_owned();
        let socket = match address.split_once("://") {
            None => PathBuf::from(&address),
            Some(("unix", path)) => PathBuf::from(path),
            Some(_) => {
                return Err(Error::Config(format!(
                    "DSENV_OPENBAO_AGENT={}: not a socket path; dsenv talks to the local \
                     bao agent's unix listener only (unix:///run/openbao/agent.sock)",
                    for_terminal(&address)
                )))
            }
        };
        let timeout = match var("DSENV_OPENBAO_TIMEOUT") {
            None => DEFAULT_TIMEOUT,
            Some(t) => t
                .to_str()
                .and_then(|t| t.parse::<f64>().ok())
                .filter(|s| s.is_finite() && *s > 0.0 && *s <= 3600.0)
                .map(Duration::from_secs_f64)
                .ok_or_else(|| {
                    Error::Config(format!(
                        "DSENV_OPENBAO_TIMEOUT={}: not a number of seconds (0 < s <= 3600)",
                        for_terminal(&t.to_string_lossy())
                    ))
                })?,
        };
        Ok(Some(Agent {
            socket,
            token_file: var("DSENV_OPENBAO_TOKEN_FILE").map(PathBuf::from),
            timeout,
        }))
    }
}

/// Whether key bytes are a wrapped key rather than an OpenPGP key.
pub fn is_wrapped(bytes: &[u8]) -> bool {
    bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{')
}

/// Reads a wrapped key file's JSON (`source` names where it came from).
pub fn parse(bytes: &[u8], source: &KeySource) -> Result<WrappedKey> {
    let wrapped: WrappedKey = serde_json::from_slice(bytes).map_err(|e| {
        Error::key(
            format!("{source}: not a dsenv wrapped key: {e}"),
            "make it with `dsenv identity wrap`, or use the armored secret key",
        )
    })?;
    let bad = |field: &str, why: &str| {
        Error::key(
            format!("{source}: wrapped key field `{field}`: {why}"),
            "make it again with `dsenv identity wrap`",
        )
    };
    if wrapped.format != WRAPPED_FORMAT {
        return Err(bad("format", &format!("expected {WRAPPED_FORMAT}")));
    }
    if !valid_mount(&wrapped.mount) {
        return Err(bad("mount", "not a Transit mount path"));
    }
    if !valid_name(&wrapped.key) {
        return Err(bad("key", "not a Transit key name"));
    }
    if !wrapped.ciphertext.starts_with("vault:v") {
        return Err(bad("ciphertext", "not a Transit ciphertext (vault:vN:…)"));
    }
    Ok(wrapped)
}

/// A Transit key name: one path segment of safe characters.
pub fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && name != "."
        && name != ".."
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
}

/// A mount path: segments as [`valid_name`], joined by `/`.
pub fn valid_mount(mount: &str) -> bool {
    mount.split('/').all(valid_name)
}

/// The key material itself, or, for a wrapped key, the key OpenBao
/// unwraps for it. A wrapped key and no agent configured is an error.
pub fn unwrap_if_wrapped(material: KeyMaterial, agent: Option<&Agent>) -> Result<KeyMaterial> {
    if !is_wrapped(material.bytes.expose_secret()) {
        return Ok(material);
    }
    let wrapped = parse(material.bytes.expose_secret(), &material.source)?;
    let Some(agent) = agent else {
        return Err(Error::Config(format!(
            "{}: a key wrapped by OpenBao Transit ({}), and DSENV_OPENBAO_AGENT is not set",
            material.source,
            wrapped.path("decrypt")
        )));
    };
    let bytes = decrypt(agent, &wrapped, &material.source)?;
    Ok(KeyMaterial {
        source: KeySource::OpenBao {
            wrapped: Box::new(material.source),
            transit: wrapped.path("decrypt"),
            socket: agent.socket.clone(),
        },
        bytes,
        file_mode: material.file_mode,
    })
}

/// `MOUNT/decrypt/KEY` through the agent: the armored secret key.
fn decrypt(agent: &Agent, wrapped: &WrappedKey, source: &KeySource) -> Result<SecretBox<Vec<u8>>> {
    let request = Request {
        agent,
        path: wrapped.path("decrypt"),
        what: source.to_string(),
    };
    let body = serde_json::json!({ "ciphertext": wrapped.ciphertext }).to_string();
    let answer = request.send(body.as_bytes())?;
    let plaintext: Plaintext<'_> = request.field(&answer)?;
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(plaintext.data.plaintext)
        .map_err(|e| {
            request.failed(
                ExitCode::OpenBaoAnswer,
                format!("plaintext is not base64: {e}"),
            )
        })?;
    Ok(SecretBox::new(Box::new(decoded)))
}

/// `MOUNT/encrypt/KEY` through the agent: wraps `key` (armored secret key).
pub fn encrypt(agent: &Agent, mount: &str, name: &str, key: &[u8]) -> Result<WrappedKey> {
    let request = Request {
        agent,
        path: format!("{mount}/encrypt/{name}"),
        what: "identity wrap".into(),
    };
    let encoded = Zeroizing::new(base64::engine::general_purpose::STANDARD.encode(key));
    // By hand, into one wiped buffer (base64 needs no JSON escaping).
    let mut body = Zeroizing::new(String::with_capacity(encoded.len() + 16));
    body.push_str("{\"plaintext\":\"");
    body.push_str(&encoded);
    body.push_str("\"}");
    let answer = request.send(body.as_bytes())?;
    let ciphertext: Ciphertext = request.field(&answer)?;
    Ok(WrappedKey {
        format: WRAPPED_FORMAT.into(),
        mount: mount.into(),
        key: name.into(),
        ciphertext: ciphertext.data.ciphertext,
    })
}

#[derive(serde::Deserialize)]
struct Plaintext<'a> {
    #[serde(borrow)]
    data: PlaintextData<'a>,
}

#[derive(serde::Deserialize)]
struct PlaintextData<'a> {
    plaintext: &'a str,
}

#[derive(serde::Deserialize)]
struct Ciphertext {
    data: CiphertextData,
}

#[derive(serde::Deserialize)]
struct CiphertextData {
    ciphertext: String,
}

/// OpenBao's error answer.
#[derive(serde::Deserialize)]
struct Errors {
    errors: Vec<String>,
}

/// One request to the agent, and the words its failures are told in.
struct Request<'a> {
    agent: &'a Agent,
    /// The Transit path, e.g. `transit/decrypt/dsenv-prod`.
    path: String,
    /// What asked (the key source).
    what: String,
}

impl Request<'_> {
    /// Sends the request: the 200 answer's body, or the failure.
    fn send(&self, body: &[u8]) -> Result<Zeroizing<Vec<u8>>> {
        self.check_socket_owner()?;
        let token = self.token()?;
        let header = token
            .as_ref()
            .map(|t| Zeroizing::new(format!("X-Vault-Token: {}", t.as_str())));
        let url = format!("/v1/{}", self.path);
        let response = unix_http::post_json(
            &self.agent.socket,
            &url,
            header.as_ref().map(|h| h.as_str()),
            body,
            self.agent.timeout,
        )
        .map_err(|e| self.unreachable(e))?;
        match response.status {
            200 => Ok(response.body),
            status => Err(self.refused(status, &response.body)),
        }
    }

    /// The socket must belong to root or to this user: the request can
    /// carry the token (and, for `identity wrap`, the key), and another
    /// user could have bound a socket at the path.
    fn check_socket_owner(&self) -> Result<()> {
        use std::os::unix::fs::MetadataExt;
        let Ok(meta) = std::fs::metadata(&self.agent.socket) else {
            return Ok(()); // connect reports it
        };
        let me = nix::unistd::geteuid().as_raw();
        if meta.uid() == 0 || meta.uid() == me {
            return Ok(());
        }
        Err(self.failed(
            ExitCode::OpenBaoUnavailable,
            format!(
                "the socket belongs to uid {}, neither root nor this user (uid {me}); refusing to \
                 send it anything",
                meta.uid()
            ),
        ))
    }

    /// The token file's token, if one is configured (one trailing
    /// newline dropped; it obeys the key file mode rule).
    fn token(&self) -> Result<Option<Zeroizing<String>>> {
        let Some(path) = &self.agent.token_file else {
            return Ok(None);
        };
        super::file_mode::check_file(path, "OpenBao token file")?;
        let bytes = crate::capped_read::read(path, 64 * 1024).map_err(|e| {
            Error::Config(format!(
                "DSENV_OPENBAO_TOKEN_FILE={}: cannot read it: {e}",
                path.display()
            ))
        })?;
        let text = std::str::from_utf8(&bytes).unwrap_or_default().trim();
        if text.is_empty() || !text.bytes().all(|b| b.is_ascii_graphic()) {
            return Err(Error::Config(format!(
                "DSENV_OPENBAO_TOKEN_FILE={}: not a token (one line of printable ASCII)",
                path.display()
            )));
        }
        Ok(Some(Zeroizing::new(text.to_string())))
    }

    /// Deserializes a 200 answer.
    fn field<'b, T: serde::Deserialize<'b>>(&self, body: &'b [u8]) -> Result<T> {
        serde_json::from_slice(body).map_err(|e| {
            self.failed(
                ExitCode::OpenBaoAnswer,
                format!("unexpected answer: {}", error_class(&e)),
            )
        })
    }

    fn unreachable(&self, e: HttpError) -> Error {
        let code = match e {
            HttpError::Malformed(_) => ExitCode::OpenBaoAnswer,
            _ => ExitCode::OpenBaoUnavailable,
        };
        let e = match e {
            HttpError::Timeout => format!("{} (after {:?})", e, self.agent.timeout),
            e => e.to_string(),
        };
        self.failed(code, e)
    }

    fn refused(&self, status: u16, body: &[u8]) -> Error {
        let text = serde_json::from_slice::<Errors>(body)
            .map(|e| one_line(&e.errors.join("; ")))
            .unwrap_or_else(|_| "no error text".into());
        let code = match status {
            401 | 403 => ExitCode::OpenBaoDenied,
            429 | 500..=599 => ExitCode::OpenBaoUnavailable,
            400..=499 => ExitCode::OpenBaoRejected,
            _ => ExitCode::OpenBaoAnswer,
        };
        self.failed(code, format!("{status}: {text}"))
    }

    fn failed(&self, code: ExitCode, why: String) -> Error {
        Error::OpenBao {
            message: format!(
                "{}: OpenBao agent {}: {}: {}",
                self.what,
                self.agent.socket.display(),
                self.path,
                for_terminal(&why)
            ),
            code,
            hint: Some(hint(code, &self.path, &self.agent.socket)),
        }
    }
}

/// What to do next for each kind of failure.
fn hint(code: ExitCode, path: &str, socket: &Path) -> String {
    match code {
        ExitCode::OpenBaoUnavailable => format!(
            "is the bao agent running, listening on {} and able to reach OpenBao? \
             dsenv tries no other key source",
            socket.display()
        ),
        ExitCode::OpenBaoDenied => format!(
            "this machine's OpenBao policy must allow \"update\" on {path}; \
             see the README's OpenBao guide"
        ),
        ExitCode::OpenBaoRejected => "after a key rotation that raised min_decryption_version, \
             wrap the key again (`dsenv identity wrap`, or `bao write MOUNT/rewrap/KEY`)"
            .into(),
        _ => "DSENV_OPENBAO_AGENT must name a bao agent's api_proxy unix listener".into(),
    }
}

/// serde_json's error without the input it quotes (it could be a key).
fn error_class(e: &serde_json::Error) -> String {
    format!(
        "{:?} at line {} column {}",
        e.classify(),
        e.line(),
        e.column()
    )
}

/// OpenBao's multi-line error text ("1 error occurred:\n\t* …") on one line.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source() -> KeySource {
        KeySource::Flag(PathBuf::from("prod.wrapped"))
    }

    #[test]
    fn only_a_leading_brace_marks_a_wrapped_key() {
        assert!(is_wrapped(b" \n{\"format\":1}"));
        assert!(!is_wrapped(b"-----BEGIN PGP PRIVATE KEY BLOCK-----"));
        assert!(!is_wrapped(&[0xc5, 0x58]));
        assert!(!is_wrapped(b""));
    }

    #[test]
    fn a_wrapped_key_names_a_safe_transit_path() {
        let with = |mount: &str, key: &str, ct: &str| {
            let json = serde_json::json!({
                "format": WRAPPED_FORMAT, "mount": mount, "key": key, "ciphertext": ct
            });
            parse(json.to_string().as_bytes(), &source())
        };
        let ok = with("teams/transit", "dsenv-prod", "vault:v1:abc").unwrap();
        assert_eq!(ok.path("decrypt"), "teams/transit/decrypt/dsenv-prod");
        for (mount, key, ct, field) in [
            ("transit", "../sys/raw", "vault:v1:abc", "key"),
            ("transit", "a/b", "vault:v1:abc", "key"),
            ("../sys", "k", "vault:v1:abc", "mount"),
            ("transit/", "k", "vault:v1:abc", "mount"),
            ("transit", "k?x=1", "vault:v1:abc", "key"),
            ("transit", "k", "abc", "ciphertext"),
        ] {
            let err = with(mount, key, ct).unwrap_err().to_string();
            assert!(err.contains(&format!("field `{field}`")), "{err}");
            assert!(err.starts_with("--key-file prod.wrapped: "), "{err}");
        }
        let err = parse(b"{\"format\":\"x\"}", &source()).unwrap_err();
        assert_eq!(err.exit_code(), ExitCode::Crypto);
    }

    #[test]
    fn openbao_error_text_is_one_line() {
        assert_eq!(
            one_line("1 error occurred:\n\t* permission denied\n\n"),
            "1 error occurred: * permission denied"
        );
    }
}
