//! Output that cannot be written: the run fails with a message naming the file and
//! leaves the previous output as it was, with no temporary file behind.
//!
//! Root ignores directory permissions, so the read-only case runs the binary as `nobody`
//! through `setpriv` when the tests run as root (and is skipped when that is impossible);
//! the other cases need no privilege: a path through a regular file (not a directory),
//! and a full disk simulated with a file size limit (`ulimit -f`, with SIGXFSZ ignored so
//! the write fails with EFBIG as it does with ENOSPC on a full disk).
#![cfg(unix)]

mod common;
mod hostile_common;
use hostile_common::{assert_exit, leftover_temp_files, run, s, stderr};
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

/// Writes a previous output: `g.json` and a report directory.
fn previous_output(dir: &Path) -> (Vec<u8>, Vec<u8>) {
    let json = dir.join("g.json");
    let args = ["export", "--format", "json", "-o", s(&json)];
    let (out, _) = run(&args);
    assert_exit(&out, 0, &args);
    let report = dir.join("report");
    let args = ["report", "-q", "-o", s(&report)];
    let (out, _) = run(&args);
    assert_exit(&out, 0, &args);
    (
        std::fs::read(&json).expect("json"),
        std::fs::read(report.join("index.html")).expect("index"),
    )
}

/// Asserts that the previous output under `dir` (from [`previous_output`]) is as it was,
/// `g.json` too where `json` is given, and that no temporary file of a write is left: what
/// every failed (or replacing) run here must leave behind.
#[track_caller]
fn assert_previous_output_kept(dir: &Path, json: Option<&[u8]>, index: &[u8]) {
    if let Some(json) = json {
        assert_eq!(std::fs::read(dir.join("g.json")).expect("json"), json);
    }
    assert_eq!(
        std::fs::read(dir.join("report/index.html")).expect("index"),
        index
    );
    let left = leftover_temp_files(dir);
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn path_through_a_regular_file_fails_with_a_message() {
    let dir = tempfile::tempdir().expect("tempdir");
    let blocker = dir.path().join("not-a-dir");
    std::fs::write(&blocker, "keep me").expect("write");
    let target = blocker.join("g.json");
    let args = ["export", "--format", "json", "-o", s(&target)];
    let (out, _) = run(&args);
    assert_exit(&out, 1, &args);
    let err = stderr(&out);
    assert!(
        err.starts_with("ggegraph: cannot ") && err.contains("not-a-dir"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&blocker).expect("read"), "keep me");

    let args = ["report", "-q", "-o", s(&blocker)];
    let (out, _) = run(&args);
    assert_exit(&out, 1, &args);
    assert!(stderr(&out).contains("not-a-dir"), "{}", stderr(&out));
    assert_eq!(std::fs::read_to_string(&blocker).expect("read"), "keep me");
}

#[test]
fn report_over_a_damaged_report_replaces_it_whole() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (_, index) = previous_output(dir.path());
    let report = dir.path().join("report");
    // `data` becomes a file: the report is built beside it and replaces it whole.
    std::fs::remove_dir_all(report.join("data")).expect("rm data");
    std::fs::write(report.join("data"), "in the way").expect("write");
    let args = ["report", "-q", "-o", s(&report)];
    let (out, _) = run(&args);
    assert_exit(&out, 0, &args);
    assert!(report.join("data").is_dir());
    assert_previous_output_kept(dir.path(), None, &index);
}

#[test]
fn full_disk_leaves_previous_output_intact() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (json, index) = previous_output(dir.path());
    let bin = env!("CARGO_BIN_EXE_ggegraph");
    let report = dir.path().join("report");
    let json_path = dir.path().join("g.json");
    for args in [
        format!("'{bin}' export --format json -o '{}'", json_path.display()),
        format!("'{bin}' report -q -o '{}'", report.display()),
    ] {
        // 16 blocks: the small files fit, the graph JSON and the SVGs do not.
        let out = std::process::Command::new("sh")
            .arg("-c")
            .arg(format!("trap '' XFSZ; ulimit -f 16; exec {args}"))
            .output()
            .expect("sh runs");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!err.contains("panicked"), "{err}");
        assert_eq!(out.status.code(), Some(1), "{args}: {err}");
        assert!(err.starts_with("ggegraph: cannot write"), "{err}");
        assert!(err.contains("File too large"), "{err}");
    }
    assert_previous_output_kept(dir.path(), Some(&json), &index);
}

#[test]
fn read_only_directory_fails_and_keeps_previous_output() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (json, index) = previous_output(dir.path());
    let report = dir.path().join("report");
    let json_path = dir.path().join("g.json");
    let is_root = std::process::Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0");
    let read_only = |p: &Path| {
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(0o555)).expect("chmod");
    };
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).expect("chmod");
    for d in hostile_common::files_under(&report)
        .iter()
        .filter_map(|f| f.parent())
        .chain([report.as_path(), dir.path()])
    {
        read_only(d);
    }
    let bin = env!("CARGO_BIN_EXE_ggegraph");
    let as_user = |args: &[&str]| -> Option<std::process::Output> {
        let mut cmd = if is_root {
            let mut c = std::process::Command::new("setpriv");
            c.args(["--reuid=65534", "--regid=65534", "--clear-groups", bin]);
            c
        } else {
            std::process::Command::new(bin)
        };
        let out = cmd.args(args).output().ok()?;
        // setpriv missing or not permitted, or `nobody` cannot run the binary.
        let err = String::from_utf8_lossy(&out.stderr);
        if err.starts_with("setpriv:") || out.status.code() == Some(126) {
            return None;
        }
        Some(out)
    };
    for args in [
        vec!["export", "--format", "json", "-o", s(&json_path)],
        vec!["report", "-q", "-o", s(&report)],
    ] {
        let Some(out) = as_user(&args) else {
            eprintln!("skipped: cannot run as an unprivileged user here");
            return;
        };
        assert_exit(&out, 1, &args);
        let err = stderr(&out);
        assert!(err.starts_with("ggegraph: cannot"), "{err}");
        assert!(err.contains("Permission denied"), "{err}");
    }
    assert_previous_output_kept(dir.path(), Some(&json), &index);
    // Let the temporary directory be removed.
    for d in hostile_common::files_under(&report)
        .iter()
        .filter_map(|f| f.parent())
        .chain([report.as_path(), dir.path()])
    {
        std::fs::set_permissions(d, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    }
}
