//! Atomic file output: write into a temporary file beside the target, flush, then rename
//! over the target. A run that fails (or is interrupted) leaves the previous file intact
//! and no half-written one.
//!
//! A failed write drops its temporary file as it unwinds; a signal does not unwind, so the
//! temporary files in flight are also listed in a registry that a signal handler empties
//! with [`remove_pending`] before the process exits.
//!
//! Files are not fsynced: the guarantee is against interrupted and failed runs (the rename
//! is atomic), not against power loss, and a report of some forty files would otherwise
//! spend most of its time waiting for the disk.

use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// Temporary files created and not yet renamed or removed. The lock is held while a
/// temporary file is created and registered, and while it is renamed and unregistered, so
/// [`remove_pending`] never sees a file half-way through either step.
static PENDING: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

fn pending() -> std::sync::MutexGuard<'static, Vec<PathBuf>> {
    PENDING
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Removes every temporary file of a write in progress and returns how many there were.
/// For a Ctrl-C handler: call it, then exit; the writes in progress stay unfinished, so
/// their targets keep their previous content.
///
/// The registry stays locked afterwards, so a write that goes on while the process exits
/// cannot create or rename another file.
pub fn remove_pending() -> usize {
    let guard = pending();
    for path in guard.iter() {
        let _ = std::fs::remove_file(path);
    }
    let n = guard.len();
    std::mem::forget(guard);
    n
}

/// Writes `path` through `write`, atomically.
///
/// # Errors
/// Any I/O error creating, writing or renaming the file; the target is then untouched.
pub fn write_file(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut tmp = {
        let mut registry = pending();
        let tmp = tempfile::Builder::new()
            .prefix(".ggegraph-")
            .suffix(".tmp")
            .tempfile_in(dir)?;
        registry.push(tmp.path().to_path_buf());
        tmp
    };
    let tmp_path = tmp.path().to_path_buf();
    let written = (|| {
        set_mode(tmp.as_file(), path)?;
        let mut w = BufWriter::new(tmp.as_file_mut());
        write(&mut w)?;
        w.flush()?;
        drop(w);
        Ok::<(), io::Error>(())
    })();
    let mut registry = pending();
    let result = match written {
        Err(e) => {
            // Dropping the temporary file removes it.
            drop(tmp);
            Err(e)
        }
        Ok(()) => tmp.persist(path).map(|_| ()).map_err(|e| e.error),
    };
    registry.retain(|p| *p != tmp_path);
    result
}

/// Temporary files are created private (0600); the result should be readable like any
/// file the user creates (0644), or keep the mode of the file it replaces.
#[cfg(unix)]
fn set_mode(file: &std::fs::File, target: &Path) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let mode = match std::fs::metadata(target) {
        Ok(m) => m.permissions(),
        Err(_) => std::fs::Permissions::from_mode(0o644),
    };
    file.set_permissions(mode)
}

#[cfg(not(unix))]
fn set_mode(_file: &std::fs::File, _target: &Path) -> io::Result<()> {
    Ok(())
}

/// Writes bytes to `path` atomically.
///
/// # Errors
/// As [`write_file`].
pub fn write_bytes(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_file(path, |w| w.write_all(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failed_write_leaves_previous_content() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("out.txt");
        write_bytes(&path, b"old").expect("first write");
        let err = write_file(&path, |w| {
            w.write_all(b"partial")?;
            Err(io::Error::other("boom"))
        });
        assert!(err.is_err());
        assert_eq!(std::fs::read(&path).expect("read"), b"old");
        let leftovers = std::fs::read_dir(dir.path()).expect("ls").count();
        assert_eq!(leftovers, 1, "temporary file removed");
    }

    #[cfg(unix)]
    #[test]
    fn written_files_are_readable_by_others() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("out.txt");
        write_bytes(&path, b"x").expect("write");
        let mode = std::fs::metadata(&path).expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode, 0o644);
    }
}
