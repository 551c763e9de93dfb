//! Tests of the atomic writers and of the stale-file cleanup.

use super::stale::*;
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
fn a_staged_directory_replaces_the_previous_one_whole() {
    let dir = tempfile::tempdir().expect("tempdir");
    let target = dir.path().join("report");
    std::fs::create_dir(&target).expect("mkdir");
    std::fs::write(target.join("dropped.html"), "old").expect("write");
    let staged = StagedDir::new(&target).expect("stage");
    write_bytes(&staged.path().join("index.html"), b"new").expect("write");
    assert!(
        target.join("dropped.html").exists(),
        "replaced before commit"
    );
    staged.commit().expect("commit");
    assert_eq!(
        std::fs::read(target.join("index.html")).expect("read"),
        b"new"
    );
    assert!(!target.join("dropped.html").exists());
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .expect("ls")
        .flatten()
        .collect();
    assert_eq!(left.len(), 1, "{left:?}");
    // Dropped without commit: removed, the target untouched.
    let staged = StagedDir::new(&target).expect("stage");
    write_bytes(&staged.path().join("index.html"), b"newer").expect("write");
    drop(staged);
    assert_eq!(
        std::fs::read(target.join("index.html")).expect("read"),
        b"new"
    );
    assert_eq!(std::fs::read_dir(dir.path()).expect("ls").count(), 1);
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
