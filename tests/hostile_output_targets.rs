//! `-o` onto something that is not a regular file: devices, FIFOs, the standard streams
//! and symbolic links are written through, never replaced by a regular file, and a
//! device's write error is the run's error.
//!
//! The devices are reached through links inside a temporary directory, so that a build
//! without the fix (which renames a file over the target) only ever replaces the link,
//! never `/dev/null` itself, even when the tests run as root.
#![cfg(unix)]

mod common;
mod hostile_common;
use hostile_common::{assert_exit, run, s, stderr, stdout};
use std::os::unix::fs::FileTypeExt;
use std::path::Path;

const ARGS: [&str; 4] = ["groups", "--format", "json", "-o"];

fn is_link(p: &Path) -> bool {
    std::fs::symlink_metadata(p)
        .expect("lstat")
        .file_type()
        .is_symlink()
}

#[test]
fn a_link_to_dev_null_stays_a_link_and_the_run_succeeds() {
    let dir = tempfile::tempdir().expect("tempdir");
    let link = dir.path().join("null.json");
    std::os::unix::fs::symlink("/dev/null", &link).expect("symlink");
    let args = [&ARGS[..], &[s(&link)]].concat();
    let (out, _) = run(&args);
    assert_exit(&out, 0, &args);
    assert!(is_link(&link), "the link was replaced by a file");
    let null = std::fs::metadata("/dev/null").expect("stat /dev/null");
    assert!(null.file_type().is_char_device());
}

#[test]
fn a_full_device_is_an_error_naming_the_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let link = dir.path().join("full.json");
    std::os::unix::fs::symlink("/dev/full", &link).expect("symlink");
    let args = [&ARGS[..], &[s(&link)]].concat();
    let (out, _) = run(&args);
    assert_exit(&out, 1, &args);
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("full.json"), "{err}");
    assert!(err.contains("No space left on device"), "{err}");
    assert!(is_link(&link));
}

#[test]
fn a_fifo_receives_the_output() {
    let dir = tempfile::tempdir().expect("tempdir");
    let fifo = dir.path().join("out.fifo");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read(fifo).expect("read fifo"))
    };
    let args = [&ARGS[..], &[s(&fifo)]].concat();
    let (out, _) = run(&args);
    assert_exit(&out, 0, &args);
    // Checked before joining: a reader of a FIFO that was replaced would wait forever.
    let meta = std::fs::symlink_metadata(&fifo).expect("lstat");
    assert!(
        meta.file_type().is_fifo(),
        "the FIFO was replaced by a file"
    );
    let got = reader.join().expect("reader");
    assert!(got.starts_with(b"["), "{}", String::from_utf8_lossy(&got));
}

#[test]
fn dash_and_the_stdout_device_write_to_stdout() {
    let dir = tempfile::tempdir().expect("tempdir");
    for target in ["-", "/proc/self/fd/1"] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_ggegraph"))
            .args([&ARGS[..], &[target]].concat())
            .current_dir(dir.path())
            .output()
            .expect("runs");
        assert_exit(&out, 0, &[target]);
        assert!(
            stdout(&out).starts_with('['),
            "-o {target}: nothing on stdout"
        );
    }
    assert!(!dir.path().join("-").exists(), "-o - wrote a file named -");
}

#[test]
fn a_link_to_a_file_keeps_the_link_and_replaces_the_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let real = dir.path().join("real.json");
    let link = dir.path().join("link.json");
    std::fs::write(&real, "old").expect("write");
    std::os::unix::fs::symlink(&real, &link).expect("symlink");
    let args = [&ARGS[..], &[s(&link)]].concat();
    let (out, _) = run(&args);
    assert_exit(&out, 0, &args);
    assert!(is_link(&link));
    let text = std::fs::read_to_string(&real).expect("read");
    assert!(text.starts_with('['), "{text}");
}
