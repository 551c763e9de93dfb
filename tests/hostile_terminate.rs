//! SIGTERM and SIGHUP are handled like Ctrl-C: exit 130, no temporary file left; and
//! stale temporary files of runs killed outright are removed by the next run.
#![cfg(unix)]

mod common;
mod hostile_common;
use hostile_common::{assert_exit, leftover_temp_files, run, s, signal_after, slow_report};
use std::path::Path;
use std::time::{Duration, SystemTime};

#[test]
fn sigterm_and_sighup_remove_temporary_files() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (corpus, out_dir) = slow_report(dir.path());
    let args = ["report", "-q", "--corpus", s(&corpus), "-o", s(&out_dir)];
    for signal in ["-TERM", "-HUP"] {
        let mut interrupted = 0;
        for delay_ms in [300, 800, 1500] {
            let (out, _) = signal_after(signal, &args, Duration::from_millis(delay_ms));
            let err = String::from_utf8_lossy(&out.stderr);
            assert!(!err.contains("panicked"), "{err}");
            match out.status.code() {
                Some(130) => interrupted += 1,
                Some(0) => {}
                other => panic!("{signal} after {delay_ms} ms: exit {other:?}\n{err}"),
            }
            let left = leftover_temp_files(dir.path());
            assert!(left.is_empty(), "{signal}: temporary files left: {left:?}");
        }
        assert!(interrupted > 0, "{signal} never arrived during a run");
    }
}

fn touch(path: &Path, idle: Duration) {
    let file = std::fs::File::create(path).expect("create");
    file.set_modified(SystemTime::now() - idle)
        .expect("set mtime");
}

#[test]
fn stale_temporary_files_of_killed_runs_are_removed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let minutes = |m: u64| Duration::from_secs(60 * m);
    // No process has this id (pid_max is at most 2^22).
    let dead = 999_999_999u32;
    let own = std::process::id();
    let dead_idle = dir.path().join(format!(".ggegraph-{dead}-a1b2c3.tmp"));
    let dead_busy = dir.path().join(format!(".ggegraph-{dead}-d4e5f6.tmp"));
    let live_idle = dir.path().join(format!(".ggegraph-{own}-g7h8i9.tmp"));
    let ancient = dir.path().join(".ggegraph-Xy12Zq.tmp");
    touch(&dead_idle, minutes(5));
    touch(&dead_busy, Duration::ZERO);
    touch(&live_idle, minutes(5));
    touch(&ancient, minutes(120));
    let target = dir.path().join("groups.json");
    let args = ["groups", "--format", "json", "-o", s(&target)];
    let (out, _) = run(&args);
    assert_exit(&out, 0, &args);
    assert!(target.exists());
    assert!(!dead_idle.exists(), "idle file of a dead run kept");
    assert!(!ancient.exists(), "file idle for two hours kept");
    assert!(dead_busy.exists(), "a file modified just now was removed");
    assert!(live_idle.exists(), "a file of a live process was removed");
}
