//! Running the binary in end-to-end tests: one copy of the helpers the analysis, vote,
//! export and packaging tests share (each uses some of them).
#![allow(dead_code)]

use assert_cmd::Command;
use serde_json::Value;

/// Runs `ggegraph` with `args`.
pub fn ggegraph(args: &[&str]) -> std::process::Output {
    Command::cargo_bin("ggegraph")
        .expect("binary")
        .args(args)
        .output()
        .expect("runs")
}

/// Runs `ggegraph` with `args`, asserts success, and returns stdout.
pub fn stdout_ok(args: &[&str]) -> Vec<u8> {
    let out = ggegraph(args);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// Runs `ggegraph` with `args`, asserts success, and parses stdout as JSON.
pub fn stdout_json(args: &[&str]) -> Value {
    serde_json::from_slice(&stdout_ok(args)).expect("JSON output")
}
