//! Stale temporary files: what a run killed before it could rename or remove its
//! temporary files left behind, recognised by name, owner and age, and removed the first
//! time this process writes into a directory.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// How temporary files and directories of this tool begin.
pub(super) const TEMP_PREFIX: &str = ".ggegraph-";
/// How temporary files end.
pub(super) const TEMP_SUFFIX: &str = ".tmp";
/// A temporary file of a process that is gone is stale once it has not been modified
/// for this long (a live process in another pid namespace may still be writing it).
pub(super) const STALE_DEAD_OWNER: std::time::Duration = std::time::Duration::from_secs(60);
/// Any temporary file is stale once it has not been modified for this long.
pub(super) const STALE_ANY: std::time::Duration = std::time::Duration::from_secs(3600);

/// Directories this process has already cleaned of stale temporary files.
pub(super) static CLEANED: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// Removes the stale temporary files and directories (see the module docs) in `dir`, the
/// first time this process writes there. Failures are ignored: cleaning is a courtesy.
pub(super) fn remove_stale_once(dir: &Path) {
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
pub(super) fn temp_owner(name: &str) -> Option<Option<u32>> {
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
pub(super) fn process_alive(pid: u32) -> bool {
    if cfg!(target_os = "linux") {
        Path::new("/proc").join(pid.to_string()).exists()
    } else {
        true
    }
}
