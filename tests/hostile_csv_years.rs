//! Years in a memberships CSV are calendar years and a group does not end before it
//! starts: year 0, year 65535 (the graph's "no year" marker) and start > end are row
//! errors naming the line.

mod common;
mod hostile_common;
use hostile_common::{assert_exit, run, s, stderr};

#[test]
fn impossible_years_are_row_errors() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (name, row, expect) in [
        ("zero", "BRA,my-group,0,2015", "not a year"),
        ("marker", "BRA,my-group,2014,65535", "not a year"),
        (
            "reversed",
            "BRA,my-group,2016,2014",
            "start 2016 is after end 2014",
        ),
    ] {
        let csv = dir.path().join(format!("{name}.csv"));
        std::fs::write(
            &csv,
            format!("state,group,start,end\nDEU,other,2014,2015\n{row}\n"),
        )
        .expect("write");
        let args = ["continuity", "--memberships", s(&csv)];
        let (out, _) = run(&args);
        assert_exit(&out, 2, &args);
        let err = stderr(&out);
        assert!(err.contains(&format!("{name}.csv:3:")), "{name}: {err}");
        assert!(err.contains(expect), "{name}: {err}");
    }
}
