//! A process that may start no thread, or only a few (`ulimit -u`, a container's
//! `pids.max`): rayon's pool and the threads feeding Graphviz fall back to fewer threads,
//! down to running everything on the main thread, and the answers are the same as with
//! every thread (it was a panic, exit 101).
//!
//! The limit is `RLIMIT_NPROC`, which counts the threads of a user and which root is
//! exempt from: the binary runs as `nobody` under `prlimit --nproc=N` (skipped where that
//! is impossible: not root, or no `setpriv`/`prlimit`).
#![cfg(target_os = "linux")]

mod common;
mod hostile_common;
use hostile_common::s;
use std::path::Path;
use std::process::{Command, Output};

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// Runs `ggegraph args` as `nobody` allowed `nproc` threads in all; `None` when that
/// cannot be arranged here.
fn run_limited(nproc: u32, args: &[&str]) -> Option<Output> {
    if !is_root() {
        eprintln!("skipped: needs root to run as nobody under a thread limit");
        return None;
    }
    let out = Command::new("prlimit")
        .arg(format!("--nproc={nproc}"))
        .args([
            "setpriv",
            "--reuid=65534",
            "--regid=65534",
            "--clear-groups",
        ])
        .arg(env!("CARGO_BIN_EXE_ggegraph"))
        .args(args)
        .env("GGEGRAPH_NO_GRAPHVIZ", "1")
        .output();
    match out {
        Ok(out)
            if !String::from_utf8_lossy(&out.stderr).starts_with("prlimit:")
                && !String::from_utf8_lossy(&out.stderr).starts_with("setpriv:") =>
        {
            Some(out)
        }
        _ => {
            eprintln!("skipped: prlimit/setpriv not usable here");
            None
        }
    }
}

fn unlimited(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ggegraph"))
        .args(args)
        .env("GGEGRAPH_NO_GRAPHVIZ", "1")
        .output()
        .expect("runs")
}

/// A directory `nobody` may read and write.
fn open_dir() -> tempfile::TempDir {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o777)).expect("chmod");
    dir
}

fn assert_same(limited: &Output, full: &Output, what: &str) {
    let err = String::from_utf8_lossy(&limited.stderr);
    assert!(!err.contains("panicked"), "{what}: {err}");
    assert_eq!(limited.status.code(), full.status.code(), "{what}: {err}");
    assert_eq!(limited.stdout, full.stdout, "{what}: same answer");
}

#[test]
fn no_thread_at_all_runs_everything_on_the_main_thread() {
    // nproc=1: no thread at all; 3: the Ctrl-C handler's and one helper.
    for args in [
        vec!["build", "--format", "json"],
        vec!["centrality", "--measure", "betweenness"],
        vec!["scan", "--corpus", "seeds"],
    ] {
        let full = unlimited(&args);
        for nproc in [1, 3] {
            let Some(limited) = run_limited(nproc, &args) else {
                return;
            };
            assert_same(&limited, &full, &format!("nproc={nproc} {args:?}"));
        }
    }
}

#[test]
fn a_report_without_threads_is_the_same_report() {
    let dir = open_dir();
    let corpus = dir.path().join("doc.txt");
    std::fs::write(
        &corpus,
        "The members of the Group of Governmental Experts 2014-2015 were Brazil, China and Kenya.\n",
    )
    .expect("write");
    let limited_dir = dir.path().join("limited");
    let full_dir = dir.path().join("full");
    let args = |out: &Path| {
        vec![
            "report".to_string(),
            "--corpus".to_string(),
            s(&corpus).to_string(),
            "-o".to_string(),
            s(out).to_string(),
        ]
    };
    let limited_args = args(&limited_dir);
    let limited_args: Vec<&str> = limited_args.iter().map(String::as_str).collect();
    let Some(limited) = run_limited(1, &limited_args) else {
        return;
    };
    let err = String::from_utf8_lossy(&limited.stderr);
    assert_eq!(limited.status.code(), Some(0), "{err}");
    let full_args = args(&full_dir);
    let full_args: Vec<&str> = full_args.iter().map(String::as_str).collect();
    assert_eq!(unlimited(&full_args).status.code(), Some(0));
    let a = hostile_common::files_under(&limited_dir);
    let b = hostile_common::files_under(&full_dir);
    assert_eq!(a.len(), b.len());
    for (x, y) in a.iter().zip(&b) {
        let (rx, ry) = (
            x.strip_prefix(&limited_dir).expect("under"),
            y.strip_prefix(&full_dir).expect("under"),
        );
        assert_eq!(rx, ry);
        let same = std::fs::read(x).expect("read") == std::fs::read(y).expect("read");
        // The page shows timings and paths; every data file must be byte-identical.
        if !rx.to_string_lossy().ends_with(".html") {
            assert!(same, "{} differs", rx.display());
        }
    }
}
