//! A memberships CSV error names the same line whatever the line endings: LF, CRLF or
//! CR only, and a quoted field spanning lines counts its lines.

mod common;
mod hostile_common;
use hostile_common::{assert_exit, run, s, stderr};

#[test]
fn errors_name_the_line_for_every_line_ending() {
    let dir = tempfile::tempdir().expect("tempdir");
    let rows = ["state,group", "BRA,gge-2014-2015", "ZZZ,gge-2014-2015"];
    for (name, end) in [("lf", "\n"), ("crlf", "\r\n"), ("cr", "\r")] {
        let csv = dir.path().join(format!("{name}.csv"));
        std::fs::write(&csv, format!("{}{end}", rows.join(end))).expect("write");
        let args = ["continuity", "--memberships", s(&csv)];
        let (out, _) = run(&args);
        assert_exit(&out, 2, &args);
        let err = stderr(&out);
        assert!(
            err.contains(&format!("{name}.csv:3: unknown state")),
            "{name}: {err}"
        );
    }
    let csv = dir.path().join("quoted.csv");
    std::fs::write(
        &csv,
        "state,group,note\r\nBRA,gge-2014-2015,\"two\r\nlines\"\r\nZZZ,gge-2014-2015,x\r\n",
    )
    .expect("write");
    let args = ["continuity", "--memberships", s(&csv)];
    let (out, _) = run(&args);
    assert_exit(&out, 2, &args);
    let err = stderr(&out);
    assert!(err.contains("quoted.csv:4: unknown state"), "{err}");
}
