//! A reader that goes away (`ggegraph ... | head -c1`) is not an error: exit 0 and
//! nothing on stderr, for JSON and CSV output too, whose writers wrap the I/O error.
#![cfg(unix)]

use std::io::Read;
use std::process::{Command, Stdio};

fn read_one_byte_then_close(args: &[&str]) -> std::process::Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_ggegraph"))
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut stdout = child.stdout.take().expect("stdout");
    let mut byte = [0u8; 1];
    stdout.read_exact(&mut byte).expect("one byte");
    drop(stdout);
    child.wait_with_output().expect("wait")
}

#[test]
fn a_closed_pipe_is_success_for_every_format() {
    for args in [
        &["build", "--format", "json"][..],
        &["export", "--format", "json"],
        &["comembership", "--format", "csv"],
        &["comembership", "--format", "json"],
    ] {
        let out = read_one_byte_then_close(args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.is_empty(), "{args:?}: {err}");
        assert_eq!(out.status.code(), Some(0), "{args:?}: {err}");
    }
}
