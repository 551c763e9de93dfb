//! Binary files and NUL bytes: refused with the file, line and byte offset (exit 2); in a
//! directory the other documents are still read.

mod common;
mod hostile_common;
use hostile_common::{assert_exit, run, s, stderr, stdout};

const GOOD: &str = "The Group of Governmental Experts 2014-2015 included Brazil and Germany.\n";

#[test]
fn nul_byte_in_a_text_file_is_refused_with_its_offset() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("scraped.txt");
    std::fs::write(&file, b"First line\nBrazil\0Germany\n").expect("write");
    let args = ["extract", s(&file)];
    let (out, _) = run(&args);
    assert_exit(&out, 2, &args);
    let err = stderr(&out);
    assert!(
        err.contains("scraped.txt:2: binary file (NUL byte at byte offset 17), skipped"),
        "{err}"
    );
    assert!(err.contains("1 document could not be read"), "{err}");
}

#[test]
fn real_binary_content_is_refused_in_every_format() {
    let dir = tempfile::tempdir().expect("tempdir");
    // A PNG header, a gzip header and an ELF header renamed to document extensions.
    let blobs: [(&str, &[u8]); 3] = [
        ("image.html", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01"),
        ("archive.md", b"\x1f\x8b\x08\0\0\0\0\0\0\x03"),
        ("program.txt", b"\x7fELF\x02\x01\x01\0\0\0\0\0"),
    ];
    for (name, bytes) in blobs {
        let file = dir.path().join(name);
        std::fs::write(&file, bytes).expect("write");
        let args = ["extract", s(&file)];
        let (out, _) = run(&args);
        assert_exit(&out, 2, &args);
        let err = stderr(&out);
        assert!(
            err.contains(name) && err.contains("binary file (NUL byte"),
            "{err}"
        );
    }
}

#[test]
fn a_binary_file_in_a_directory_does_not_stop_the_others() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("good.txt"), GOOD).expect("write");
    std::fs::write(dir.path().join("bad.txt"), b"\0\0\0\0binary").expect("write");
    let args = ["extract", s(dir.path()), "--format", "json"];
    let (out, _) = run(&args);
    assert_exit(&out, 2, &args);
    let err = stderr(&out);
    assert!(
        err.contains("bad.txt:1: binary file (NUL byte at byte offset 0)"),
        "{err}"
    );

    let args = ["build", "--no-bundled", "--corpus", s(dir.path())];
    let (out, _) = run(&args);
    assert_exit(&out, 2, &args);
    assert!(stderr(&out).contains("bad.txt"), "{}", stderr(&out));
    // The good document was read: its claims are in a run without the bad one.
    std::fs::remove_file(dir.path().join("bad.txt")).expect("rm");
    let (out, _) = run(&args);
    assert_exit(&out, 0, &args);
    assert!(stdout(&out).contains("1 documents"), "{}", stdout(&out));
}
