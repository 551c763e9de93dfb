//! File names and document text are escaped before they reach the terminal: a newline in
//! a name cannot forge a second `ggegraph:` line, and ESC sequences and U+202E reach
//! neither the error messages nor the tables.
#![cfg(unix)]

mod common;
mod hostile_common;
use hostile_common::{assert_exit, run, s, stderr, stdout};

const HOSTILE: &str = "evil\nggegraph: all documents read\u{1b}[2J\u{202e}";

fn assert_clean(text: &str) {
    assert!(!text.contains('\u{1b}'), "raw ESC: {text:?}");
    assert!(!text.contains('\u{202e}'), "raw U+202E: {text:?}");
}

#[test]
fn a_newline_in_a_file_name_cannot_forge_an_error_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).expect("mkdir");
    std::fs::write(corpus.join(format!("{HOSTILE}.txt")), b"binary\0file").expect("write");
    let args = ["build", "--no-bundled", "--corpus", s(&corpus)];
    let (out, _) = run(&args);
    assert_exit(&out, 2, &args);
    let err = stderr(&out);
    assert_clean(&err);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 2, "{err}");
    assert!(lines[0].contains("binary file"), "{err}");
    assert!(
        lines
            .iter()
            .all(|l| !l.starts_with("ggegraph: all documents read")),
        "forged line: {err}"
    );
}

#[test]
fn names_in_tables_are_escaped() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join(format!("{HOSTILE}.txt"));
    std::fs::write(
        &file,
        "Resolution 53/70 was introduced by the Russian Federation.\n",
    )
    .expect("write");
    let args = ["extract", s(&file)];
    let (out, _) = run(&args);
    assert_exit(&out, 0, &args);
    let table = stdout(&out);
    assert_clean(&table);
    assert!(table.contains("\\u{1b}[2J\\u{202e}"), "{table}");
    assert!(
        !table.lines().any(|l| l.starts_with("ggegraph: all")),
        "{table}"
    );
}
