//! FIFOs and devices where documents or a memberships CSV are expected: skipped with a
//! message naming them, never read (a FIFO would hang the run, `/dev/zero` would be read
//! until memory runs out).
#![cfg(unix)]

mod common;
mod hostile_common;
use hostile_common::s;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// Runs `sh -c script` and kills it if it takes longer than 30 s (a hang).
fn run_bounded(script: &str) -> Output {
    let mut child = Command::new("sh")
        .args(["-c", script])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let started = Instant::now();
    while child.try_wait().expect("try_wait").is_none() {
        if started.elapsed() > Duration::from_secs(30) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{script}: still running after 30 s");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    child.wait_with_output().expect("wait")
}

fn mkfifo(path: &Path) {
    let made = Command::new("mkfifo").arg(path).status().expect("mkfifo");
    assert!(made.success());
}

fn assert_skipped(args: &[&str], name: &str) {
    let bin = env!("CARGO_BIN_EXE_ggegraph");
    let quoted: Vec<String> = args.iter().map(|a| format!("'{a}'")).collect();
    // A memory cap, so that a build without the fix fails fast on /dev/zero instead of
    // filling the machine's memory.
    let out = run_bounded(&format!(
        "ulimit -v 4000000; exec '{bin}' {}",
        quoted.join(" ")
    ));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked"), "{args:?}: {err}");
    assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
    let line = err
        .lines()
        .find(|l| l.contains(name))
        .unwrap_or_else(|| panic!("{args:?}: no message naming {name}: {err}"));
    assert!(line.contains("not a regular file"), "{line}");
}

#[test]
fn fifos_and_devices_are_skipped_with_a_message() {
    let dir = tempfile::tempdir().expect("tempdir");
    let corpus = hostile_common::one_fact_corpus(dir.path());
    mkfifo(&corpus.join("pipe.txt"));
    assert_skipped(
        &["build", "--no-bundled", "--corpus", s(&corpus)],
        "pipe.txt",
    );
    assert_skipped(&["extract", s(&corpus.join("pipe.txt"))], "pipe.txt");
    let zero = dir.path().join("zero.txt");
    std::os::unix::fs::symlink("/dev/zero", &zero).expect("symlink");
    assert_skipped(&["extract", s(&zero)], "zero.txt");
    let csv = dir.path().join("members.csv");
    mkfifo(&csv);
    assert_skipped(&["continuity", "--memberships", s(&csv)], "members.csv");
}
