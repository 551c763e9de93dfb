//! Invalid UTF-8: refused with the line, column and byte offset (exit 2), or, with
//! `--lossy`, decoded with U+FFFD and a warning on stderr (exit 0).

mod common;
mod hostile_common;
use hostile_common::{assert_exit, run, s, stderr, stdout};

/// Latin-1 text as spreadsheets and old web pages write it: `é` is the single byte 0xE9.
const LATIN1: &[u8] = b"Members of the Group of Governmental Experts 2014-2015:\nBrazil, Germany, C\xf4te d'Ivoire and France.\n";

#[test]
fn invalid_utf8_is_refused_with_line_column_and_offset() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("latin1.txt");
    std::fs::write(&file, LATIN1).expect("write");
    let args = ["extract", s(&file)];
    let (out, _) = run(&args);
    assert_exit(&out, 2, &args);
    let err = stderr(&out);
    assert!(
        err.contains("latin1.txt:2: invalid UTF-8 at byte offset 74 (line 2, column 19)"),
        "{err}"
    );
    assert!(
        err.contains("--lossy"),
        "the message says how to go on: {err}"
    );
}

#[test]
fn offset_counts_the_byte_order_mark() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("bom.md");
    std::fs::write(&file, b"\xef\xbb\xbfabc \xff\n").expect("write");
    let args = ["extract", s(&file)];
    let (out, _) = run(&args);
    assert_exit(&out, 2, &args);
    assert!(
        stderr(&out).contains("bom.md:1: invalid UTF-8 at byte offset 7 (line 1, column 5)"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn lossy_decodes_with_a_warning() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("latin1.txt");
    std::fs::write(&file, LATIN1).expect("write");
    let args = ["extract", s(&file), "--lossy", "--format", "json"];
    let (out, _) = run(&args);
    assert_exit(&out, 0, &args);
    let err = stderr(&out);
    assert!(
        err.contains("latin1.txt:2: invalid UTF-8 at byte offset 74 (column 19) decoded lossily"),
        "warning on stderr: {err}"
    );
    let json = stdout(&out);
    assert!(
        json.contains("state:BRA") && json.contains("state:DEU"),
        "{json}"
    );

    let corpus = dir.path().to_str().expect("utf-8");
    let args = ["build", "--no-bundled", "--corpus", corpus, "--lossy"];
    let (out, _) = run(&args);
    assert_exit(&out, 0, &args);
    assert!(stderr(&out).contains("decoded lossily"), "{}", stderr(&out));
}

#[test]
fn invalid_utf8_in_a_corpus_directory_fails_the_run_after_the_rest() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("latin1.txt"), LATIN1).expect("write");
    std::fs::write(
        dir.path().join("ok.txt"),
        "The Group of Governmental Experts 2014-2015 included Brazil.\n",
    )
    .expect("write");
    let args = ["groups", "--no-bundled", "--corpus", s(dir.path())];
    let (out, _) = run(&args);
    assert_exit(&out, 2, &args);
    assert!(
        stderr(&out).contains("latin1.txt:2: invalid UTF-8"),
        "{}",
        stderr(&out)
    );
}
