//! The `.gitattributes` line that hands a vault to `dsenv vault merge`:
//! `PATH merge=dsenv`, in the top-level `.gitattributes` of the git work
//! tree that holds the vault (none outside a work tree: a server's
//! `/etc/app/vault` gets no stray file). An existing file is appended to,
//! never rewritten.

use std::io::Write;
use std::path::{Path, PathBuf};

pub enum Installed {
    /// `line` was appended to (or started) `file`.
    Added { file: PathBuf, line: String },
    /// The `.gitattributes` already sends the vault to the dsenv driver.
    Present,
    /// The vault is in no git work tree.
    NotInGit,
}

/// Adds the line for `vault` unless its `.gitattributes` has it already;
/// `Err` says why it cannot (the caller warns, the vault stays created).
pub fn install(vault: &Path) -> Result<Installed, String> {
    let vault = std::path::absolute(vault).map_err(|e| format!("{}: {e}", vault.display()))?;
    let dir = vault.parent().unwrap_or(Path::new("/"));
    let Some(top) = work_tree(dir) else {
        return Ok(Installed::NotInGit);
    };
    let relative = vault
        .strip_prefix(&top)
        .map_err(|_| format!("{} is outside {}", vault.display(), top.display()))?;
    let relative = relative
        .to_str()
        .filter(|r| !r.is_empty() && r.bytes().all(plain))
        .ok_or_else(|| {
            format!(
                "{}: the path has characters a .gitattributes pattern would need quoted",
                vault.display()
            )
        })?;
    // Without a `/` a pattern matches at any depth; with one, from here.
    let pattern = if relative.contains('/') {
        relative.to_string()
    } else {
        format!("/{relative}")
    };
    let file = top.join(".gitattributes");
    let existing = match std::fs::read_to_string(&file) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(format!("{}: {e}", file.display())),
    };
    let has_it = existing.lines().any(|l| {
        let mut words = l.split_whitespace();
        words
            .next()
            .is_some_and(|p| p == pattern || p == format!("/{relative}") || p == relative)
            && words.any(|w| w == "merge=dsenv")
    });
    if has_it {
        return Ok(Installed::Present);
    }
    let line = format!("{pattern} merge=dsenv");
    let separator = if existing.is_empty() || existing.ends_with('\n') {
        ""
    } else {
        "\n"
    };
    std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&file)
        .and_then(|mut f| f.write_all(format!("{separator}{line}\n").as_bytes()))
        .map_err(|e| format!("{}: {e}", file.display()))?;
    Ok(Installed::Added { file, line })
}

/// The top of the git work tree holding `dir`: the nearest ancestor with
/// a `.git` (a directory, or a file in a linked work tree or submodule).
fn work_tree(dir: &Path) -> Option<PathBuf> {
    dir.ancestors()
        .find(|d| d.join(".git").exists())
        .map(Path::to_path_buf)
}

/// Bytes a pattern may hold without quoting or escaping.
fn plain(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-' | b'/' | b'+' | b'@' | b',' | b'=')
}
