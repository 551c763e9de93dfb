//! A closed standard output (`ggegraph ... >&-`): the answer cannot be written, so the
//! run fails with a message (exit 1) instead of exiting 0 with the output lost; with
//! `-o FILE` it does not need stdout and succeeds. A closed stdout or stderr is never
//! taken over by a file the run opens.
#![cfg(unix)]

mod common;
mod hostile_common;
use hostile_common::s;
use std::process::Command;

/// Runs `ggegraph args` through `sh` with `redirect` (such as `>&-`) applied.
fn run_sh(redirect: &str, args: &[&str]) -> std::process::Output {
    let mut script = String::from("exec \"$0\"");
    for i in 1..=args.len() {
        script.push_str(&format!(" \"${{{i}}}\""));
    }
    script.push(' ');
    script.push_str(redirect);
    Command::new("sh")
        .arg("-c")
        .arg(script)
        .arg(env!("CARGO_BIN_EXE_ggegraph"))
        .args(args)
        .output()
        .expect("sh runs")
}

#[test]
fn a_closed_stdout_is_an_error() {
    for args in [
        vec!["groups"],
        vec!["groups", "--format", "json"],
        vec!["export", "--format", "json"],
        vec!["rules"],
        vec!["build", "-o", "/dev/stdout"],
    ] {
        let out = run_sh(">&-", &args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.contains("standard output is closed"), "{args:?}: {err}");
    }
}

#[test]
fn with_an_output_file_a_closed_stdout_does_not_matter() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("groups.json");
    let out = run_sh(">&-", &["groups", "--format", "json", "-o", s(&file)]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&file).expect("written")).expect("JSON");
    assert!(json.is_array() || json.is_object());
}

#[test]
fn closed_streams_are_not_taken_over_by_files() {
    // With stdout and stderr closed, the temporary file of `-o` or a document opened
    // would get descriptor 1 or 2, and the table or an error message would go into it.
    let dir = tempfile::tempdir().expect("tempdir");
    let doc = dir.path().join("doc.txt");
    let text = "Resolution 53/70 was introduced by the Russian Federation.\n";
    std::fs::write(&doc, text).expect("write");
    let file = dir.path().join("out.json");
    let out = run_sh(
        ">&- 2>&-",
        &["extract", s(&doc), "--format", "json", "-o", s(&file)],
    );
    assert_eq!(out.status.code(), Some(0));
    let written = std::fs::read_to_string(&file).expect("written");
    let json: serde_json::Value = serde_json::from_str(&written).expect("only JSON in the file");
    assert!(json["claims"].is_array());
    assert_eq!(std::fs::read_to_string(&doc).expect("doc"), text);
    // An error with stderr closed still gives the documented exit code.
    let missing = dir.path().join("missing.txt");
    let out = run_sh("2>&-", &["extract", s(&missing)]);
    assert_eq!(out.status.code(), Some(2));
}
