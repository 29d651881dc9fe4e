//! One HTTP/1.1 request over a local AF_UNIX socket, for the OpenBao agent
//! key source ([`super::openbao`]).
//!
//! The agent listens on a socket of its own host, so there is no TLS and
//! no name lookup: dsenv never opens an AF_INET socket. The response can
//! hold the unwrapped secret key, so it is read into memory that is wiped
//! when dropped (and when it grows), and everything is bounded: the total
//! time by a deadline, the size by [`MAX_RESPONSE`].

use std::io::{Read, Write};
use std::os::unix::net::UnixStream;
use std::path::Path;
use std::time::{Duration, Instant};

use zeroize::Zeroizing;

/// The largest answer read: a Transit decrypt of a key file at
/// [`super::MAX_KEY_BYTES`] is that much base64 in a small JSON object.
pub const MAX_RESPONSE: usize = 2 * super::MAX_KEY_BYTES;

/// What went wrong, in the terms the caller reports.
#[derive(Debug)]
pub enum HttpError {
    /// No socket, or nobody listening on it.
    Connect(std::io::Error),
    /// The deadline passed before the answer was complete.
    Timeout,
    /// The connection broke while sending or reading.
    Io(std::io::Error),
    /// The bytes that came back are not an HTTP response.
    Malformed(String),
}

impl std::fmt::Display for HttpError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            HttpError::Connect(e) => write!(f, "cannot connect: {e}"),
            HttpError::Timeout => f.write_str("no complete answer in time"),
            HttpError::Io(e) => write!(f, "connection failed: {e}"),
            HttpError::Malformed(why) => write!(f, "not an HTTP answer: {why}"),
        }
    }
}

/// A response: its status and body (wiped when dropped).
pub struct Response {
    pub status: u16,
    pub body: Zeroizing<Vec<u8>>,
}

/// A POST of a JSON body to `path` on the server at `socket`. `header`
/// is an extra header line (e.g. the token; it is wiped after sending).
pub fn post_json(
    socket: &Path,
    path: &str,
    header: Option<&str>,
    body: &[u8],
    timeout: Duration,
) -> Result<Response, HttpError> {
    let deadline = Instant::now() + timeout;
    let mut stream = connect(socket, deadline)?;
    let head = format!(
        "POST {path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n\
         Content-Length: {}\r\nConnection: close\r\n",
        body.len()
    );
    // Sized up front: growing would leave an unwiped copy of the token.
    let mut request = Zeroizing::new(String::with_capacity(
        head.len() + header.map_or(0, str::len) + 4,
    ));
    request.push_str(&head);
    if let Some(line) = header {
        request.push_str(line);
        request.push_str("\r\n");
    }
    request.push_str("\r\n");
    write_all(&mut stream, request.as_bytes(), deadline)?;
    write_all(&mut stream, body, deadline)?;
    read_response(&mut stream, deadline)
}

/// Connects before `deadline`. A unix connect blocks while the listener's
/// backlog is full and std offers no timeout for it, so it runs on a
/// thread of its own; on timeout that thread is left behind (dsenv then
/// exits with the error).
fn connect(socket: &Path, deadline: Instant) -> Result<UnixStream, HttpError> {
    let (tx, rx) = std::sync::mpsc::channel();
    let path = socket.to_path_buf();
    std::thread::spawn(move || {
        let _ = tx.send(UnixStream::connect(path));
    });
    let left = deadline.saturating_duration_since(Instant::now());
    match rx.recv_timeout(left) {
        Ok(connected) => connected.map_err(HttpError::Connect),
        Err(_) => Err(HttpError::Timeout),
    }
}

/// `write_all` with the deadline renewed before every write, so a reader
/// that drains slowly cannot stretch it.
fn write_all(
    stream: &mut UnixStream,
    mut bytes: &[u8],
    deadline: Instant,
) -> Result<(), HttpError> {
    while !bytes.is_empty() {
        set_timeouts(stream, deadline)?;
        match stream.write(&bytes[..bytes.len().min(16 * 1024)]) {
            Ok(0) => return Err(HttpError::Io(std::io::ErrorKind::WriteZero.into())),
            Ok(n) => bytes = &bytes[n..],
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(io_error(e, deadline)),
        }
    }
    Ok(())
}

/// Reads until the response is complete (or the server closes).
fn read_response(stream: &mut UnixStream, deadline: Instant) -> Result<Response, HttpError> {
    let mut buf = Zeroizing::new(Vec::with_capacity(16 * 1024));
    let mut closed = false;
    loop {
        if let Some(response) = complete(&buf, closed)? {
            return Ok(response);
        }
        if closed {
            return Err(HttpError::Malformed("the server closed mid-answer".into()));
        }
        set_timeouts(stream, deadline)?;
        closed = read_more(stream, &mut buf, deadline)?;
    }
}

/// Appends what the socket has; `true` at end of stream. The buffer only
/// grows into a new zeroizing allocation, so no copy is left behind.
fn read_more(
    stream: &mut UnixStream,
    buf: &mut Zeroizing<Vec<u8>>,
    deadline: Instant,
) -> Result<bool, HttpError> {
    let mut chunk = Zeroizing::new([0u8; 8192]);
    let n = stream
        .read(&mut chunk[..])
        .map_err(|e| io_error(e, deadline))?;
    if buf.len() + n > MAX_RESPONSE {
        return Err(HttpError::Malformed(format!(
            "the answer is larger than {MAX_RESPONSE} bytes"
        )));
    }
    if buf.len() + n > buf.capacity() {
        let mut bigger =
            Zeroizing::new(Vec::with_capacity((buf.capacity() * 2).max(buf.len() + n)));
        bigger.extend_from_slice(buf);
        *buf = bigger;
    }
    buf.extend_from_slice(&chunk[..n]);
    Ok(n == 0)
}

/// The response in `buf` once it is whole: its head parsed, and a body
/// of `Content-Length` bytes, chunked, or up to the end of the stream.
fn complete(buf: &[u8], closed: bool) -> Result<Option<Response>, HttpError> {
    let mut headers = [httparse::EMPTY_HEADER; 64];
    let mut head = httparse::Response::new(&mut headers);
    let head_len = match head.parse(buf) {
        Ok(httparse::Status::Complete(n)) => n,
        Ok(httparse::Status::Partial) => return Ok(None),
        Err(e) => return Err(HttpError::Malformed(e.to_string())),
    };
    let status = head.code.unwrap_or_default();
    let header = |name: &str| {
        head.headers
            .iter()
            .find(|h| h.name.eq_ignore_ascii_case(name))
            .map(|h| String::from_utf8_lossy(h.value).trim().to_ascii_lowercase())
    };
    let rest = &buf[head_len..];
    let body = if header("transfer-encoding").is_some_and(|v| v.contains("chunked")) {
        dechunk(rest)?
    } else if let Some(length) = header("content-length") {
        let length: usize = length
            .parse()
            .map_err(|_| HttpError::Malformed(format!("Content-Length {length:?}")))?;
        (rest.len() >= length).then(|| Zeroizing::new(rest[..length].to_vec()))
    } else {
        closed.then(|| Zeroizing::new(rest.to_vec()))
    };
    Ok(body.map(|body| Response { status, body }))
}

/// A chunked body, once its last chunk has arrived.
fn dechunk(mut rest: &[u8]) -> Result<Option<Zeroizing<Vec<u8>>>, HttpError> {
    let mut body = Zeroizing::new(Vec::with_capacity(rest.len()));
    loop {
        let (skip, size) = match httparse::parse_chunk_size(rest) {
            Ok(httparse::Status::Complete(found)) => found,
            Ok(httparse::Status::Partial) => return Ok(None),
            Err(_) => return Err(HttpError::Malformed("a bad chunk size".into())),
        };
        let size = usize::try_from(size)
            .ok()
            .filter(|s| *s <= MAX_RESPONSE)
            .ok_or_else(|| HttpError::Malformed("a chunk too large".into()))?;
        rest = &rest[skip..];
        if size == 0 {
            return Ok(Some(body));
        }
        if rest.len() < size + 2 {
            return Ok(None);
        }
        body.extend_from_slice(&rest[..size]);
        rest = &rest[size + 2..];
    }
}

/// Read and write timeouts for what is left before `deadline`.
fn set_timeouts(stream: &UnixStream, deadline: Instant) -> Result<(), HttpError> {
    let left = deadline
        .checked_duration_since(Instant::now())
        .filter(|d| !d.is_zero())
        .ok_or(HttpError::Timeout)?;
    stream
        .set_read_timeout(Some(left))
        .and_then(|()| stream.set_write_timeout(Some(left)))
        .map_err(HttpError::Io)
}

fn io_error(e: std::io::Error, deadline: Instant) -> HttpError {
    let timed_out = matches!(
        e.kind(),
        std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
    );
    if timed_out || Instant::now() >= deadline {
        HttpError::Timeout
    } else {
        HttpError::Io(e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(raw: &[u8], closed: bool) -> Option<(u16, Vec<u8>)> {
        complete(raw, closed)
            .unwrap()
            .map(|r| (r.status, r.body.to_vec()))
    }

    #[test]
    fn content_length_bodies_wait_for_every_byte() {
        let raw = b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello";
        assert_eq!(parsed(raw, false), Some((200, b"hello".to_vec())));
        assert_eq!(parsed(&raw[..raw.len() - 1], false), None);
        assert_eq!(parsed(b"HTTP/1.1 200 OK\r\nContent-Le", false), None);
    }

    #[test]
    fn chunked_bodies_are_joined() {
        let raw = b"HTTP/1.1 403 Forbidden\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n";
        assert_eq!(parsed(raw, false), Some((403, b"abcde".to_vec())));
        assert_eq!(parsed(&raw[..raw.len() - 7], false), None);
    }

    #[test]
    fn a_body_without_length_ends_with_the_stream() {
        let raw = b"HTTP/1.0 502 Bad Gateway\r\n\r\ngone";
        assert_eq!(parsed(raw, false), None);
        assert_eq!(parsed(raw, true), Some((502, b"gone".to_vec())));
    }

    #[test]
    fn garbage_is_malformed() {
        assert!(matches!(
            complete(b"SSH-2.0-OpenSSH\r\n\r\n", true),
            Err(HttpError::Malformed(_))
        ));
        assert!(matches!(
            complete(b"HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\n", true),
            Err(HttpError::Malformed(_))
        ));
    }
}
