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

mod stale;
#[cfg(test)]
mod tests;

pub use stale::remove_stale;
use stale::{TEMP_PREFIX, TEMP_SUFFIX, remove_stale_once};
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
        if path.is_dir() {
            let _ = std::fs::remove_dir_all(path);
        } else {
            let _ = std::fs::remove_file(path);
        }
    }
    let n = guard.len();
    std::mem::forget(guard);
    n
}

/// Set by [`guard_standard_streams`] when the process started with its standard output
/// closed (`ggegraph ... >&-`).
static STDOUT_CLOSED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// For the start of `main`, before any file is opened: a standard stream that is closed
/// (`>&-`, `2>&-`, `<&-`) is opened on `/dev/null`, so that no file the run opens later
/// takes its descriptor (an error message written into a document, an answer into a
/// temporary file), and a closed standard output is remembered: writing the answer there
/// is then an error ([`stdout`]), where the bytes would be dropped and the run reported
/// as a success. Returns whether standard output was closed.
///
/// Rust's runtime already opens `/dev/null` (read-write) on a closed standard stream
/// before `main` on Linux; such a stream is told from a `>/dev/null` by its access mode
/// (a shell opens it write-only), read from `/proc/self/fdinfo`. Where descriptors cannot
/// be seen (no `/proc/self/fd` or `/dev/fd`), nothing is done.
pub fn guard_standard_streams() -> bool {
    let dir = ["/proc/self/fd", "/dev/fd"]
        .into_iter()
        .map(Path::new)
        .find(|d| d.is_dir());
    let Some(dir) = dir else {
        return false;
    };
    let open = |fd: u32| std::fs::symlink_metadata(dir.join(fd.to_string())).is_ok();
    let mut closed_stdout = !open(1) || opened_by_the_runtime(1);
    // The lowest free descriptor is the one an open takes: fill 0, 1 and 2 in order.
    for fd in 0..3 {
        if !open(fd) {
            match std::fs::OpenOptions::new()
                .read(fd == 0)
                .write(fd != 0)
                .open("/dev/null")
            {
                // Kept open for the life of the process.
                Ok(file) => std::mem::forget(file),
                Err(_) => {
                    closed_stdout = closed_stdout || fd <= 1;
                    break;
                }
            }
        }
    }
    STDOUT_CLOSED.store(closed_stdout, std::sync::atomic::Ordering::Relaxed);
    closed_stdout
}

/// Whether descriptor `fd` is the `/dev/null` Rust's runtime opened in place of a closed
/// standard stream: `/dev/null`, open for reading and writing (Linux).
fn opened_by_the_runtime(fd: u32) -> bool {
    let Ok(target) = std::fs::read_link(format!("/proc/self/fd/{fd}")) else {
        return false;
    };
    if target != Path::new("/dev/null") {
        return false;
    }
    let Ok(info) = std::fs::read_to_string(format!("/proc/self/fdinfo/{fd}")) else {
        return false;
    };
    info.lines()
        .find_map(|l| l.strip_prefix("flags:"))
        .and_then(|flags| u32::from_str_radix(flags.trim(), 8).ok())
        .is_some_and(|flags| flags & 0o3 == 0o2)
}

/// The process's standard output, locked.
///
/// # Errors
/// When it was closed at the start ([`guard_standard_streams`]): the answer would be lost.
pub fn stdout() -> io::Result<io::StdoutLock<'static>> {
    if STDOUT_CLOSED.load(std::sync::atomic::Ordering::Relaxed) {
        return Err(io::Error::other("standard output is closed"));
    }
    Ok(io::stdout().lock())
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
        Target::Stdout => write_through(&mut stdout()?, write),
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

/// A directory built beside its target and then renamed into its place as a whole, so a
/// reader sees the previous directory or the new one, never a mix (for the report).
///
/// [`StagedDir::new`] creates `.ggegraph-report-<pid>-<random>` next to the target;
/// everything is written there; [`StagedDir::commit`] renames the previous directory
/// aside (`.ggegraph-old-<pid>-<random>`), renames the new one into place and removes the
/// previous one. Between the two renames (microseconds) the target does not exist. A
/// staged directory dropped without `commit` (a failed run) is removed, and so is one in
/// flight on Ctrl-C ([`remove_pending`]). A target that is a symbolic link keeps the link:
/// the directory it points to is replaced.
///
/// What may be replaced is the caller's decision: this replaces whatever is there.
#[derive(Debug)]
pub struct StagedDir {
    target: PathBuf,
    staging: Option<tempfile::TempDir>,
}

impl StagedDir {
    /// Creates the staging directory beside `target` (creating `target`'s parent), mode
    /// 0755 or that of the directory it replaces.
    ///
    /// # Errors
    /// Any I/O error creating the parent or the staging directory.
    pub fn new(target: &Path) -> io::Result<StagedDir> {
        let target = match std::fs::symlink_metadata(target) {
            Ok(m) if m.file_type().is_symlink() => std::fs::canonicalize(target)?,
            _ => target.to_path_buf(),
        };
        let parent = match target.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        std::fs::create_dir_all(&parent)?;
        remove_stale_once(&parent);
        let staging = {
            let mut registry = pending();
            let dir = tempfile::Builder::new()
                .prefix(&format!("{TEMP_PREFIX}report-{}-", std::process::id()))
                .tempdir_in(&parent)?;
            registry.push(dir.path().to_path_buf());
            dir
        };
        set_dir_mode(staging.path(), &target)?;
        Ok(StagedDir {
            target,
            staging: Some(staging),
        })
    }

    /// The directory to write into.
    pub fn path(&self) -> &Path {
        self.staging.as_ref().map_or(&self.target, |d| d.path())
    }

    /// Puts the staged directory in the target's place and removes the previous one.
    ///
    /// # Errors
    /// Any I/O error of the renames; the previous directory is then still in place (or,
    /// if the second rename failed, back in place) and the staged one is removed.
    pub fn commit(mut self) -> io::Result<()> {
        let Some(staging) = self.staging.take() else {
            return Ok(());
        };
        let parent = staging
            .path()
            .parent()
            .unwrap_or(Path::new("."))
            .to_path_buf();
        let old = {
            let mut registry = pending();
            let swapped = swap_into_place(staging.path(), &self.target, &parent);
            registry.retain(|p| p != staging.path());
            match swapped {
                Ok(old) => {
                    // Renamed into place: nothing left to delete at `staging`'s path.
                    let _ = staging.keep();
                    old
                }
                Err(e) => return Err(e),
            }
        };
        if let Some(old) = old {
            let _ = std::fs::remove_dir_all(old);
        }
        Ok(())
    }
}

impl Drop for StagedDir {
    fn drop(&mut self) {
        if let Some(staging) = self.staging.take() {
            let mut registry = pending();
            registry.retain(|p| p != staging.path());
            // Dropping the TempDir removes it with its contents.
            drop(staging);
        }
    }
}

/// Renames `staging` to `target`, first moving a directory at `target` aside into a new
/// sibling of `parent`, whose path it returns. Tries again when another run put its
/// directory in place in between.
fn swap_into_place(staging: &Path, target: &Path, parent: &Path) -> io::Result<Option<PathBuf>> {
    let mut attempts = 0;
    loop {
        attempts += 1;
        let aside = tempfile::Builder::new()
            .prefix(&format!("{TEMP_PREFIX}old-{}-", std::process::id()))
            .tempdir_in(parent)?
            .keep();
        // Renaming a directory over the empty `aside` replaces it.
        let moved = match std::fs::rename(target, &aside) {
            Ok(()) => Some(aside),
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                let _ = std::fs::remove_dir(&aside);
                None
            }
            Err(e) => {
                let _ = std::fs::remove_dir(&aside);
                return Err(e);
            }
        };
        match std::fs::rename(staging, target) {
            Ok(()) => return Ok(moved),
            Err(e) => {
                if let Some(previous) = &moved {
                    let _ = std::fs::rename(previous, target);
                }
                let raced = target.exists() && moved.is_none();
                if !raced || attempts >= 5 {
                    return Err(e);
                }
            }
        }
    }
}

/// A staged directory gets the mode of the directory it replaces, or 0755.
#[cfg(unix)]
fn set_dir_mode(dir: &Path, target: &Path) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let mode = match std::fs::metadata(target) {
        Ok(m) if m.is_dir() => m.permissions(),
        _ => std::fs::Permissions::from_mode(0o755),
    };
    std::fs::set_permissions(dir, mode)
}

#[cfg(not(unix))]
fn set_dir_mode(_dir: &Path, _target: &Path) -> io::Result<()> {
    Ok(())
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
