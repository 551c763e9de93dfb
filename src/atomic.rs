//! Atomic file output: write into a temporary file beside the target, flush, then rename
//! over the target. A run that fails (or is interrupted) leaves the previous file intact
//! and no half-written one.
//!
//! Only regular files are replaced. A target that is not one (a device such as
//! `/dev/null` or `/dev/full`, a FIFO, a socket) is opened and written through, so its
//! errors (`/dev/full`: no space left) are the write's errors; `/dev/stdout` and
//! `/dev/stderr` (and `/dev/fd/1`, `/dev/fd/2`) are the process's own streams. A symbolic
//! link is never replaced: the file it points to is (written through when that is a
//! device); a link to a missing file is refused.
//!
//! A failed write drops its temporary file as it unwinds; a signal does not unwind, so the
//! temporary files in flight are also listed in a registry that a signal handler empties
//! with [`remove_pending`] before the process exits.
//!
//! A run killed outright (SIGKILL, power loss) cannot clean up; its temporary files are
//! named after its process id (`.ggegraph-<pid>-<random>.tmp`), and the next run that
//! writes into the same directory removes those that are stale: not modified for a minute
//! when no process with that id is running (Linux), or not modified for an hour whatever
//! the id (a pid reused, another system, temporary files of older versions).
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
    match target(path)? {
        Target::Stdout => write_through(&mut io::stdout().lock(), write),
        Target::Stderr => write_through(&mut io::stderr().lock(), write),
        Target::Special => {
            let mut file = std::fs::OpenOptions::new().write(true).open(path)?;
            write_through(&mut file, write)
        }
        Target::Regular(file) => replace(&file, write),
    }
}

/// Where a write to a path goes.
#[derive(Debug, PartialEq, Eq)]
enum Target {
    /// The process's standard output.
    Stdout,
    /// The process's standard error.
    Stderr,
    /// Not a regular file (device, FIFO, socket): opened and written through.
    Special,
    /// A regular file (or none yet) at this path, replaced atomically.
    Regular(PathBuf),
}

/// Classifies `path` (see the module docs): the standard streams by name, then what the
/// path resolves to, following symbolic links.
fn target(path: &Path) -> io::Result<Target> {
    match path.to_str() {
        Some("/dev/stdout" | "/dev/fd/1" | "/proc/self/fd/1") => return Ok(Target::Stdout),
        Some("/dev/stderr" | "/dev/fd/2" | "/proc/self/fd/2") => return Ok(Target::Stderr),
        _ => {}
    }
    let link = match std::fs::symlink_metadata(path) {
        Ok(meta) => meta.file_type().is_symlink(),
        // Nothing there yet (or not reachable): create it, and let that report the error.
        Err(_) => return Ok(Target::Regular(path.to_path_buf())),
    };
    let meta = match std::fs::metadata(path) {
        Ok(meta) => meta,
        Err(e) if link && e.kind() == io::ErrorKind::NotFound => {
            return Err(io::Error::new(
                io::ErrorKind::NotFound,
                "symbolic link to a file that does not exist; not replaced",
            ));
        }
        Err(e) => return Err(e),
    };
    if !meta.is_file() && !meta.is_dir() {
        return Ok(Target::Special);
    }
    if link {
        return Ok(Target::Regular(std::fs::canonicalize(path)?));
    }
    Ok(Target::Regular(path.to_path_buf()))
}

/// Writes straight into `out` (a stream or a device), flushing so that a device's error
/// (`/dev/full`) is reported.
fn write_through(
    out: &mut dyn Write,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    let mut w = BufWriter::new(out);
    write(&mut w)?;
    w.flush()
}

/// Writes the regular file `path` through a temporary file renamed over it.
fn replace(path: &Path, write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> io::Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut tmp = {
        let mut registry = pending();
        remove_stale_once(dir);
        let tmp = tempfile::Builder::new()
            .prefix(&format!("{TEMP_PREFIX}{}-", std::process::id()))
            .suffix(TEMP_SUFFIX)
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

/// How temporary files and directories of this tool begin.
const TEMP_PREFIX: &str = ".ggegraph-";
/// How temporary files end.
const TEMP_SUFFIX: &str = ".tmp";
/// A temporary file of a process that is gone is stale once it has not been modified
/// for this long (a live process in another pid namespace may still be writing it).
const STALE_DEAD_OWNER: std::time::Duration = std::time::Duration::from_secs(60);
/// Any temporary file is stale once it has not been modified for this long.
const STALE_ANY: std::time::Duration = std::time::Duration::from_secs(3600);

/// Directories this process has already cleaned of stale temporary files.
static CLEANED: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// Removes the stale temporary files and directories (see the module docs) in `dir`, the
/// first time this process writes there. Failures are ignored: cleaning is a courtesy.
fn remove_stale_once(dir: &Path) {
    {
        let mut cleaned = CLEANED
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if cleaned.iter().any(|d| d == dir) {
            return;
        }
        cleaned.push(dir.to_path_buf());
    }
    remove_stale(dir);
}

/// Removes the stale temporary files and directories in `dir`; returns how many.
pub fn remove_stale(dir: &Path) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    let now = std::time::SystemTime::now();
    let mut removed = 0;
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(owner) = name.to_str().and_then(temp_owner) else {
            continue;
        };
        let Ok(meta) = entry.path().symlink_metadata() else {
            continue;
        };
        let idle = meta
            .modified()
            .ok()
            .and_then(|m| now.duration_since(m).ok())
            .unwrap_or_default();
        let stale = idle >= STALE_ANY
            || (idle >= STALE_DEAD_OWNER && owner.is_some_and(|pid| !process_alive(pid)));
        if !stale {
            continue;
        }
        let gone = if meta.is_dir() {
            std::fs::remove_dir_all(entry.path())
        } else {
            std::fs::remove_file(entry.path())
        };
        removed += usize::from(gone.is_ok());
    }
    removed
}

/// For a name this tool gives its temporary files and directories, the owning process id
/// when the name holds one: `Some(Some(pid))` for `.ggegraph-<pid>-<random>.tmp` and the
/// report's `.ggegraph-report-<pid>-<random>` and `.ggegraph-old-<pid>-<random>`,
/// `Some(None)` for the `.ggegraph-<random>.tmp` of older versions, `None` for any other
/// name (the report marker `.ggegraph.output` among them).
fn temp_owner(name: &str) -> Option<Option<u32>> {
    let rest = name.strip_prefix(TEMP_PREFIX)?;
    let pid_of = |s: &str| {
        s.split_once('-')
            .and_then(|(pid, _)| pid.parse::<u32>().ok())
    };
    if let Some(file) = rest.strip_suffix(TEMP_SUFFIX) {
        return Some(pid_of(file));
    }
    let dir = rest
        .strip_prefix("report-")
        .or_else(|| rest.strip_prefix("old-"))?;
    pid_of(dir).map(Some)
}

/// Whether a process with this id runs (on Linux; elsewhere assumed, so only the age
/// rule applies).
fn process_alive(pid: u32) -> bool {
    if cfg!(target_os = "linux") {
        Path::new("/proc").join(pid.to_string()).exists()
    } else {
        true
    }
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
    fn standard_streams_and_devices_are_written_through() {
        assert_eq!(target(Path::new("/dev/stdout")).ok(), Some(Target::Stdout));
        assert_eq!(target(Path::new("/dev/fd/2")).ok(), Some(Target::Stderr));
        #[cfg(unix)]
        assert_eq!(target(Path::new("/dev/null")).ok(), Some(Target::Special));
        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join("out.txt");
        assert_eq!(target(&file).ok(), Some(Target::Regular(file)));
    }

    #[test]
    fn temporary_names_give_their_owner() {
        assert_eq!(temp_owner(".ggegraph-123-aB9xYz.tmp"), Some(Some(123)));
        assert_eq!(temp_owner(".ggegraph-aB9xYz.tmp"), Some(None));
        assert_eq!(temp_owner(".ggegraph-report-77-aB9xYz"), Some(Some(77)));
        assert_eq!(temp_owner(".ggegraph-old-77-aB9xYz"), Some(Some(77)));
        assert_eq!(temp_owner(".ggegraph.output"), None);
        assert_eq!(temp_owner(".ggegraph-report-x"), None);
        assert_eq!(temp_owner("notes.tmp"), None);
    }

    #[cfg(unix)]
    #[test]
    fn a_symbolic_link_is_kept_and_its_target_replaced() {
        let dir = tempfile::tempdir().expect("tempdir");
        let real = dir.path().join("real.txt");
        let link = dir.path().join("link.txt");
        write_bytes(&real, b"old").expect("write");
        std::os::unix::fs::symlink(&real, &link).expect("symlink");
        write_bytes(&link, b"new").expect("write through the link");
        assert!(
            std::fs::symlink_metadata(&link)
                .expect("meta")
                .file_type()
                .is_symlink()
        );
        assert_eq!(std::fs::read(&real).expect("read"), b"new");
        let dangling = dir.path().join("dangling.txt");
        std::os::unix::fs::symlink(dir.path().join("missing"), &dangling).expect("symlink");
        assert!(write_bytes(&dangling, b"x").is_err());
        assert!(!dir.path().join("missing").exists());
    }

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
