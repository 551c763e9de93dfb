//! Finding the supported files under a directory with `walkdir`, skipping the tool's own
//! output, refusing links that lead outside the given paths, reporting symlink loops and
//! walking each directory once however many links lead to it.

use super::load::io_error;
use super::{DocumentError, Format, OUTPUT_MARKER};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use walkdir::WalkDir;

/// Supported files under `root`, sorted by path, and the errors met on the way.
///
/// Symbolic links are followed; `walkdir` reports one that leads back to a directory on
/// the current path (a loop), which becomes [`DocumentError::SymlinkLoop`], and keeps at
/// most a few directories open, so a deep tree holds few file descriptors. Directories
/// holding [`OUTPUT_MARKER`] are skipped. With `roots`, a symbolic link whose target is
/// under none of them is reported as [`DocumentError::LinkOutside`] and not followed. A
/// directory already walked through another path is not walked again, so a DAG of links
/// costs what it holds, not the number of its paths; entries are visited in name order, so
/// which path lists such a directory does not depend on the order the system lists them.
pub(super) fn walk(
    root: &Path,
    roots: Option<&[PathBuf]>,
) -> (Vec<(PathBuf, Format)>, Vec<DocumentError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    let mut walked: HashSet<DirId> = HashSet::new();
    let mut entries = WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter();
    while let Some(entry) = entries.next() {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                errors.push(walk_error(root, roots, e));
                continue;
            }
        };
        let path = entry.path();
        if let Some(roots) = roots.filter(|_| entry.path_is_symlink()) {
            let target = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
            if !roots.iter().any(|r| target.starts_with(r)) && target.exists() {
                if entry.file_type().is_dir() {
                    entries.skip_current_dir();
                }
                let path = entry.into_path();
                errors.push(DocumentError::LinkOutside { path, target });
                continue;
            }
        }
        if entry.file_type().is_dir() {
            let seen = match entry.metadata() {
                Ok(meta) => !walked.insert(dir_id(path, &meta)),
                Err(e) => {
                    errors.push(walk_error(root, roots, e));
                    true
                }
            };
            if seen || (entry.depth() > 0 && path.join(OUTPUT_MARKER).exists()) {
                entries.skip_current_dir();
            }
        } else if let Some(format) = Format::from_path(path) {
            if entry.file_type().is_file() {
                files.push((entry.into_path(), format));
            } else {
                // A FIFO would block the read forever, a device never end.
                errors.push(DocumentError::NotRegular {
                    path: entry.into_path(),
                });
            }
        }
    }
    files.sort_by(|a, b| a.0.cmp(&b.0));
    (files, errors)
}

/// A walk error as the documents' error: a loop names the link and the directory it
/// leads back to (or, with `roots`, that it leads outside them, as a link to a parent of
/// the corpus does), anything else is the I/O error of the path it happened on.
fn walk_error(root: &Path, roots: Option<&[PathBuf]>, e: walkdir::Error) -> DocumentError {
    let path = e.path().unwrap_or(root).to_path_buf();
    if e.loop_ancestor().is_some() {
        let target = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
        if roots.is_some_and(|roots| !roots.iter().any(|r| target.starts_with(r))) {
            return DocumentError::LinkOutside { path, target };
        }
        return DocumentError::SymlinkLoop { path, target };
    }
    match e.into_io_error() {
        Some(io) => io_error(&path, io),
        None => DocumentError::NotFound { path },
    }
}

/// What identifies a directory however it is reached: device and inode (on Unix), else
/// the canonical path.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct DirId(#[cfg(unix)] (u64, u64), #[cfg(not(unix))] PathBuf);

#[cfg(unix)]
fn dir_id(_path: &Path, meta: &std::fs::Metadata) -> DirId {
    use std::os::unix::fs::MetadataExt;
    DirId((meta.dev(), meta.ino()))
}

#[cfg(not(unix))]
fn dir_id(path: &Path, _meta: &std::fs::Metadata) -> DirId {
    DirId(std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()))
}
