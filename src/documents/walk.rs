//! Finding the supported files under a directory: a depth-first walk with its own stack,
//! skipping the tool's own output, refusing links that lead outside the given paths and
//! detecting symlink loops.

use super::load::io_error;
use super::{DocumentError, Format, OUTPUT_MARKER};
use std::path::{Path, PathBuf};

/// Supported files under `root`, sorted by path, and the errors met on the way.
///
/// A depth-first walk with its own stack, so deep trees cost no stack. Directories
/// holding [`OUTPUT_MARKER`] are skipped. With `roots`, a symbolic link whose target is
/// under none of them is reported as [`DocumentError::LinkOutside`] and not followed.
/// A symbolic link to a directory is followed unless that directory is on the current
/// path from the root (a loop), which is reported as [`DocumentError::SymlinkLoop`]; a
/// directory already walked through another path is not walked again, so each directory
/// is read once and a DAG of links costs what it holds, not the number of its paths.
pub(super) fn walk(
    root: &Path,
    roots: Option<&[PathBuf]>,
) -> (Vec<(PathBuf, Format)>, Vec<DocumentError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    // Directories on the current path from the root, and those walked to the end.
    let mut on_path = std::collections::HashSet::new();
    let mut done = std::collections::HashSet::new();
    let mut stack: Vec<Frame> = Vec::new();
    match std::fs::metadata(root) {
        Ok(meta) => {
            let id = dir_id(root, &meta);
            on_path.insert(id.clone());
            stack.push(Frame::open(root, id, &mut errors));
        }
        Err(e) => errors.push(io_error(root, e)),
    }
    while let Some(frame) = stack.last_mut() {
        let Some((path, link)) = frame.entries.pop() else {
            if let Some(frame) = stack.pop() {
                on_path.remove(&frame.id);
                done.insert(frame.id);
            }
            continue;
        };
        if let Some(roots) = roots.filter(|_| link) {
            let target = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
            if !roots.iter().any(|r| target.starts_with(r)) && target.exists() {
                errors.push(DocumentError::LinkOutside { path, target });
                continue;
            }
        }
        // `metadata` follows symbolic links; a dangling link is reported as not found.
        let meta = match std::fs::metadata(&path) {
            Ok(m) => m,
            Err(e) => {
                errors.push(io_error(&path, e));
                continue;
            }
        };
        if meta.is_dir() {
            let id = dir_id(&path, &meta);
            if on_path.contains(&id) {
                let target = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
                errors.push(DocumentError::SymlinkLoop { path, target });
            } else if !done.contains(&id) && !path.join(OUTPUT_MARKER).exists() {
                on_path.insert(id.clone());
                let frame = Frame::open(&path, id, &mut errors);
                stack.push(frame);
            }
        } else if let Some(format) = Format::from_path(&path) {
            if meta.is_file() {
                files.push((path, format));
            } else {
                // A FIFO would block the read forever, a device never end.
                errors.push(DocumentError::NotRegular { path });
            }
        }
    }
    files.sort_by(|a, b| a.0.cmp(&b.0));
    (files, errors)
}

/// A directory being walked: its identity and the entries not yet looked at (with
/// whether each is a symbolic link).
pub(super) struct Frame {
    pub(super) id: DirId,
    pub(super) entries: Vec<(PathBuf, bool)>,
}

impl Frame {
    /// Lists `dir` (reporting what cannot be listed); the directory is not kept open, so
    /// a deep walk holds no file descriptors.
    pub(super) fn open(dir: &Path, id: DirId, errors: &mut Vec<DocumentError>) -> Frame {
        let mut entries = Vec::new();
        match std::fs::read_dir(dir) {
            Ok(list) => {
                for entry in list {
                    match entry {
                        Ok(e) => {
                            let link = e.file_type().is_ok_and(|t| t.is_symlink());
                            entries.push((e.path(), link));
                        }
                        Err(e) => errors.push(io_error(dir, e)),
                    }
                }
            }
            Err(e) => errors.push(io_error(dir, e)),
        }
        Frame { id, entries }
    }
}

/// What identifies a directory however it is reached: device and inode (on Unix), else
/// the canonical path.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(super) struct DirId(#[cfg(unix)] (u64, u64), #[cfg(not(unix))] PathBuf);

#[cfg(unix)]
pub(super) fn dir_id(_path: &Path, meta: &std::fs::Metadata) -> DirId {
    use std::os::unix::fs::MetadataExt;
    DirId((meta.dev(), meta.ino()))
}

#[cfg(not(unix))]
pub(super) fn dir_id(path: &Path, _meta: &std::fs::Metadata) -> DirId {
    DirId(std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()))
}
