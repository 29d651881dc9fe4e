//! Which line of history a vault file shows: the git branch checked out
//! where it lives. Rollback is tracked per branch, because switching to a
//! branch that forked before the newest writes legitimately shows an older
//! checkpoint; the branch a user follows being cut back is still caught.

use std::path::{Path, PathBuf};

/// The history a vault's checkpoint sequence is tracked along.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum History {
    /// Not in a git work tree: one line of history, the file itself.
    Plain,
    /// In a git work tree, on this branch.
    Branch(String),
    /// In a git work tree with a detached HEAD (a tag, a commit, CI's
    /// checkout): any commit may be checked out on purpose, so nothing
    /// tells a rollback from a choice; not tracked.
    Detached,
}

/// A `.git` file or directory holds at most this much in HEAD.
const MAX_HEAD_BYTES: u64 = 4096;

/// The history of the vault at `vault` (a canonical path).
pub fn of(vault: &Path) -> History {
    let Some(git_dir) = vault.ancestors().skip(1).find_map(git_dir_at) else {
        return History::Plain;
    };
    let Some(head) = read_small(&git_dir.join("HEAD")) else {
        return History::Detached;
    };
    match head.trim_end().strip_prefix("ref: refs/heads/") {
        Some(branch) if !branch.is_empty() => History::Branch(branch.to_string()),
        _ => History::Detached,
    }
}

/// The git directory of a work tree rooted at `dir`: `.git` itself, or the
/// directory a `.git` file (a linked worktree, a submodule) points to.
fn git_dir_at(dir: &Path) -> Option<PathBuf> {
    let dot_git = dir.join(".git");
    let meta = std::fs::metadata(&dot_git).ok()?;
    if meta.is_dir() {
        return Some(dot_git);
    }
    let text = read_small(&dot_git)?;
    let target = Path::new(text.trim_end().strip_prefix("gitdir: ")?);
    Some(if target.is_absolute() {
        target.to_path_buf()
    } else {
        dir.join(target)
    })
}

fn read_small(path: &Path) -> Option<String> {
    use std::io::Read;
    let mut text = String::new();
    std::fs::File::open(path)
        .ok()?
        .take(MAX_HEAD_BYTES)
        .read_to_string(&mut text)
        .ok()?;
    Some(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn branch_detached_worktree_file_and_no_git() {
        let dir = tempfile::tempdir().unwrap();
        let vault = dir.path().join("repo/.dotsecenv/vault");
        std::fs::create_dir_all(vault.parent().unwrap()).unwrap();
        assert_eq!(of(&vault), History::Plain);

        let git = dir.path().join("repo/.git");
        std::fs::create_dir_all(&git).unwrap();
        std::fs::write(git.join("HEAD"), "ref: refs/heads/feature/x\n").unwrap();
        assert_eq!(of(&vault), History::Branch("feature/x".into()));
        std::fs::write(
            git.join("HEAD"),
            "0123456789abcdef0123456789abcdef01234567\n",
        )
        .unwrap();
        assert_eq!(of(&vault), History::Detached);

        let linked = dir.path().join("wt");
        std::fs::create_dir_all(linked.join("sub")).unwrap();
        std::fs::create_dir_all(git.join("worktrees/wt")).unwrap();
        std::fs::write(git.join("worktrees/wt/HEAD"), "ref: refs/heads/other\n").unwrap();
        std::fs::write(
            linked.join(".git"),
            format!("gitdir: {}\n", git.join("worktrees/wt").display()),
        )
        .unwrap();
        assert_eq!(
            of(&linked.join("sub/vault")),
            History::Branch("other".into())
        );
    }
}
