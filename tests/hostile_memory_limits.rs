//! Inputs whose answer would not fit in memory are refused up front with one line
//! (exit 2), not left to abort on a failed allocation or be killed: a memberships table
//! with one group of 20,000 states (`--allow-unknown` admits any name) pairs them 2·10⁸
//! ways, 5 GB of co-membership edges before anything is printed.
#![cfg(unix)]

mod common;
mod hostile_common;
use hostile_common::{assert_exit, run, run_within, s, stderr};
use std::time::Duration;

#[test]
fn a_projection_too_large_for_memory_is_refused_when_read() {
    let dir = tempfile::tempdir().expect("tempdir");
    let csv = dir.path().join("huge-group.csv");
    let mut text = String::from("state,group\n");
    for i in 0..20_000 {
        text.push_str(&format!("S{i:05},g1\n"));
    }
    std::fs::write(&csv, text).expect("write");
    for command in ["comembership", "centrality", "continuity"] {
        let args = [command, "--memberships", s(&csv), "--allow-unknown"];
        let out = run_within(&args, Duration::from_secs(30));
        assert_exit(&out, 2, &args);
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(
            err.contains("huge-group.csv") && err.contains("over the limit"),
            "{err}"
        );
    }
    // A table of ordinary size is read as before.
    std::fs::write(&csv, "state,group\nBRA,g1\nKEN,g1\n").expect("write");
    let args = ["comembership", "--memberships", s(&csv)];
    let (out, _) = run(&args);
    assert_exit(&out, 0, &args);
}
