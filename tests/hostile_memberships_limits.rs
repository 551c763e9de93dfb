//! `--memberships` obeys `--max-file-size`, and its header error quotes a bounded part
//! of the header, not the whole line.

mod common;
mod hostile_common;
use hostile_common::{assert_exit, run, s, stderr};

#[test]
fn an_oversized_csv_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().expect("tempdir");
    let csv = dir.path().join("big.csv");
    let mut text = String::from("state,group\n");
    while text.len() < 200_000 {
        text.push_str("BRA,gge-2014-2015\n");
    }
    std::fs::write(&csv, &text).expect("write");
    let args = [
        "continuity",
        "--memberships",
        s(&csv),
        "--max-file-size",
        "100000",
    ];
    let (out, _) = run(&args);
    assert_exit(&out, 2, &args);
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("big.csv") && err.contains("over the limit"),
        "{err}"
    );
}

#[test]
fn a_bad_header_is_quoted_in_a_bounded_message() {
    let dir = tempfile::tempdir().expect("tempdir");
    let csv = dir.path().join("wide.csv");
    let header: Vec<String> = (0..100_000).map(|i| format!("column{i}")).collect();
    std::fs::write(&csv, format!("{}\nx\n", header.join(","))).expect("write");
    let args = ["continuity", "--memberships", s(&csv)];
    let (out, _) = run(&args);
    assert_exit(&out, 2, &args);
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("wide.csv") && err.contains("state"), "{err}");
    assert!(err.len() < 1_000, "a message of {} bytes", err.len());
}
