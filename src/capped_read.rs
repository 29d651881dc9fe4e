//! Reading an input file (vault, key, `.env`, `.env.vault`, `.secenv`)
//! with a size cap, so that a hostile or mistaken path (`/dev/zero`, a
//! multi-gigabyte log) fails with a clear error instead of exhausting
//! memory. The buffer is sized once from the file's length, so no partial
//! copy of a secret is left behind by reallocation, and wiped on drop.

use std::fmt;
use std::io::Read;
use std::path::Path;

use zeroize::Zeroizing;

/// Why a capped read failed.
#[derive(Debug)]
pub enum CappedReadError {
    Io(std::io::Error),
    /// The file holds more than `limit` bytes.
    TooLarge {
        limit: usize,
    },
}

impl fmt::Display for CappedReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CappedReadError::Io(e) => e.fmt(f),
            CappedReadError::TooLarge { limit } => too_large(f, *limit),
        }
    }
}

/// "larger than N bytes" with N in the unit a reader of the limit expects.
fn too_large(f: &mut fmt::Formatter<'_>, limit: usize) -> fmt::Result {
    const MIB: usize = 1024 * 1024;
    if limit % MIB == 0 {
        write!(f, "larger than the {} MiB limit", limit / MIB)
    } else {
        write!(f, "larger than the {limit}-byte limit")
    }
}

/// Reads all of `path` if it holds at most `limit` bytes.
pub fn read(path: &Path, limit: usize) -> Result<Zeroizing<Vec<u8>>, CappedReadError> {
    let file = std::fs::File::open(path).map_err(CappedReadError::Io)?;
    // Regular files announce their size; devices and pipes say 0 and are
    // bounded by `take` below.
    let announced = file.metadata().map_err(CappedReadError::Io)?.len();
    if announced > limit as u64 {
        return Err(CappedReadError::TooLarge { limit });
    }
    let mut bytes = Zeroizing::new(Vec::with_capacity(announced as usize + 1));
    file.take(limit as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(CappedReadError::Io)?;
    check(bytes.len(), limit)?;
    Ok(bytes)
}

/// Refuses input longer than `limit` bytes (for text that did not come
/// from [`read`]: an environment variable, a fuzzer).
pub fn check(len: usize, limit: usize) -> Result<(), CappedReadError> {
    if len > limit {
        return Err(CappedReadError::TooLarge { limit });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_up_to_the_limit_and_refuses_more() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f");
        std::fs::write(&path, b"12345").unwrap();
        assert_eq!(read(&path, 5).unwrap().as_slice(), b"12345");
        let err = read(&path, 4).unwrap_err();
        assert_eq!(err.to_string(), "larger than the 4-byte limit");
    }

    #[test]
    fn an_endless_device_is_refused_not_read_forever() {
        let err = read(Path::new("/dev/zero"), 2 * 1024 * 1024).unwrap_err();
        assert_eq!(err.to_string(), "larger than the 2 MiB limit");
    }

    #[test]
    fn io_errors_pass_through() {
        let err = read(Path::new("/nonexistent/dsenv"), 1).unwrap_err();
        assert!(
            matches!(err, CappedReadError::Io(ref e) if e.kind() == std::io::ErrorKind::NotFound)
        );
    }
}
