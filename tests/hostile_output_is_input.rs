//! `-o` naming a file the run reads (directly, inside a `--corpus` directory, through a
//! link, or the memberships CSV) is refused with one line: the input is never replaced
//! by the answer.
#![cfg(unix)]

mod common;
mod hostile_common;
use hostile_common::{assert_exit, run, s, stderr};
use std::path::Path;

const DOC: &str = "Resolution 53/70 was introduced by the Russian Federation.\n";
const CSV: &str = "state,group\nBRA,gge-2014-2015\nDEU,gge-2014-2015\n";

fn assert_refused(args: &[&str], input: &Path, content: &str) {
    let (out, _) = run(args);
    assert_exit(&out, 2, args);
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("will not overwrite"), "{err}");
    assert_eq!(
        std::fs::read_to_string(input).expect("read"),
        content,
        "{args:?} replaced its input"
    );
}

#[test]
fn an_input_named_as_output_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).expect("mkdir");
    let doc = corpus.join("a.txt");
    std::fs::write(&doc, DOC).expect("write");
    let link = dir.path().join("link.txt");
    std::os::unix::fs::symlink(&doc, &link).expect("symlink");
    let csv = dir.path().join("m.csv");
    std::fs::write(&csv, CSV).expect("write");

    let direct = [
        "build",
        "--no-bundled",
        "--corpus",
        s(&doc),
        "--format",
        "json",
        "-o",
        s(&doc),
    ];
    assert_refused(&direct, &doc, DOC);
    let in_dir = ["extract", s(&corpus), "-o", s(&doc)];
    assert_refused(&in_dir, &doc, DOC);
    let through_link = [
        "groups",
        "--no-bundled",
        "--corpus",
        s(&corpus),
        "-o",
        s(&link),
    ];
    assert_refused(&through_link, &doc, DOC);
    let memberships = ["continuity", "--memberships", s(&csv), "-o", s(&csv)];
    assert_refused(&memberships, &csv, CSV);
}
