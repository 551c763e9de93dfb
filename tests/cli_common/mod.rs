//! Running the binary in end-to-end tests: one copy of the helpers the analysis and vote
//! tests share.

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

/// Runs `ggegraph` with `args`, asserts success, and parses stdout as JSON.
pub fn stdout_json(args: &[&str]) -> Value {
    let out = ggegraph(args);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON output")
}
