//! Messages are one line with each cause once, and exit codes follow the error's type as
//! the README's table says: bad input 2, a failure of the system 1.
#![cfg(unix)]

mod common;
mod hostile_common;
use hostile_common::{assert_exit, run, s, stderr};

fn one_line(args: &[&str], code: i32) -> String {
    let (out, _) = run(args);
    assert_exit(&out, code, args);
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{args:?}:\n{err}");
    assert!(err.starts_with("ggegraph: "), "{args:?}:\n{err}");
    err
}

#[test]
fn option_errors_are_one_line_with_exit_2() {
    let err = one_line(&["groups", "--bogus"], 2);
    assert!(err.contains("--bogus") && !err.contains("error:"), "{err}");
    one_line(&["centrality", "--measure", "nonsense"], 2);
    // A missing argument is named on the line.
    let err = one_line(&["state"], 2);
    assert!(err.contains("<STATE>"), "{err}");
}

#[test]
fn an_empty_selection_is_bad_input() {
    let err = one_line(
        &["centrality", "--measure", "eigenvector", "--kind", "oewg"],
        2,
    );
    assert!(err.contains("without nodes"), "{err}");
}

#[test]
fn a_cause_is_printed_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let err = one_line(&["continuity", "--memberships", s(dir.path())], 2);
    let cause = "not a regular file";
    assert_eq!(err.matches(cause).count(), 1, "{err}");
}

#[test]
fn permission_denied_on_an_input_is_a_system_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let doc = dir.path().join("secret.txt");
    std::fs::write(&doc, "Resolution 53/70 was introduced by Brazil.\n").expect("write");
    let locked = |p: &std::path::Path| {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    };
    locked(&doc);
    let bin = env!("CARGO_BIN_EXE_ggegraph");
    // Root reads any file: run as `nobody` then (skipped when that is impossible).
    let is_root = std::process::Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0");
    let args = ["build", "--no-bundled", "--corpus", s(&doc)];
    let mut cmd = if is_root {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755))
            .expect("chmod");
        let mut c = std::process::Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups", bin]);
        c
    } else {
        std::process::Command::new(bin)
    };
    let out = cmd.args(args).output().expect("runs");
    let err = stderr(&out);
    if err.starts_with("setpriv:") || out.status.code() == Some(126) {
        eprintln!("skipped: cannot run as an unprivileged user here");
        return;
    }
    assert_exit(&out, 1, &args);
    assert!(err.contains("Permission denied"), "{err}");
}

#[test]
fn min_weight_is_checked_the_same_way_everywhere() {
    for value in ["NaN", "inf", "-1"] {
        let flag = format!("--min-weight={value}");
        for args in [
            vec!["comembership", flag.as_str()],
            vec!["render", "comembership", flag.as_str()],
            vec!["agreement", flag.as_str()],
        ] {
            let err = one_line(&args, 2);
            assert!(err.contains("finite number"), "{args:?}: {err}");
        }
    }
}
