//! Ctrl-C during `report`: the process exits 130, no temporary file is left, and every
//! file in the output directory is complete. Output is deterministic, so "complete" is
//! checked exactly: after an interrupted run over a finished report, every file is
//! byte-identical to the finished one.
#![cfg(unix)]

mod common;
mod hostile_common;
use hostile_common::{files_under, leftover_temp_files, s, signal_after, slow_report};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    files_under(dir)
        .into_iter()
        .map(|p| {
            let bytes = std::fs::read(&p).expect("read");
            (p, bytes)
        })
        .collect()
}

/// Ctrl-C (SIGINT) after `delay`; at once, the run must still be there to receive it.
fn interrupt_after(args: &[&str], delay: Duration) -> std::process::Output {
    let (out, killed) = signal_after("-INT", args, delay);
    assert!(killed || delay > Duration::ZERO);
    out
}

#[test]
fn ctrl_c_leaves_no_partial_files() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (corpus, out_dir) = slow_report(dir.path());
    let args = ["report", "-q", "--corpus", s(&corpus), "-o", s(&out_dir)];
    let started = std::time::Instant::now();
    let full = std::process::Command::new(env!("CARGO_BIN_EXE_ggegraph"))
        .args(args)
        .output()
        .expect("runs");
    assert!(
        full.status.success(),
        "{}",
        String::from_utf8_lossy(&full.stderr)
    );
    let took = started.elapsed();
    let finished = snapshot(&out_dir);

    let mut interrupted = 0;
    for fraction in [0.05, 0.2, 0.4, 0.6, 0.8] {
        let delay = took.mul_f64(fraction).max(Duration::from_millis(100));
        let out = interrupt_after(&args, delay);
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!err.contains("panicked"), "{err}");
        match out.status.code() {
            Some(130) => {
                interrupted += 1;
                assert!(err.contains("ggegraph: interrupted"), "{err}");
            }
            Some(0) => {}
            other => panic!("exit {other:?} after SIGINT at {delay:?}: {err}"),
        }
        assert!(
            leftover_temp_files(&out_dir).is_empty(),
            "temporary files left at {delay:?}: {:?}",
            leftover_temp_files(&out_dir)
        );
        let now = snapshot(&out_dir);
        assert_eq!(
            now.keys().collect::<Vec<_>>(),
            finished.keys().collect::<Vec<_>>(),
            "same files"
        );
        for (path, bytes) in &now {
            assert!(
                finished.get(path) == Some(bytes),
                "{} differs after SIGINT at {delay:?}",
                path.display()
            );
        }
    }
    assert!(
        interrupted > 0,
        "no run was interrupted (report took {took:?})"
    );

    // Into an empty directory: whatever was written is complete.
    let fresh = dir.path().join("fresh");
    let args = ["report", "-q", "--corpus", s(&corpus), "-o", s(&fresh)];
    let out = interrupt_after(&args, took.mul_f64(0.5));
    assert!(matches!(out.status.code(), Some(130) | Some(0)));
    assert!(!fresh.exists() || leftover_temp_files(&fresh).is_empty());
    if fresh.exists() {
        for (path, bytes) in snapshot(&fresh) {
            let twin = out_dir.join(path.strip_prefix(&fresh).expect("under fresh"));
            assert_eq!(finished.get(&twin), Some(&bytes), "{}", path.display());
        }
    }
}
