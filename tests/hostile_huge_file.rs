//! Huge input: a 2 GB file is refused before it is read (the limit in the message, in
//! well under a second, no memory spent); one very long line under a raised limit is read
//! in bounded time and memory.
//!
//! The single line is 8 MB here so the debug-build suite stays fast; set
//! `GGEGRAPH_HUGE_LINE_MB=100` for the full-size case (measured by hand with
//! `/usr/bin/time -v`, see fuzz/README.md).

mod common;
mod hostile_common;
use hostile_common::{assert_exit, run, s, stderr};
use std::time::Duration;

#[test]
fn sparse_2gb_file_is_refused_quickly_with_the_limit() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("dump.html");
    let f = std::fs::File::create(&file).expect("create");
    f.set_len(2 * 1024 * 1024 * 1024).expect("sparse file");
    drop(f);
    for args in [
        vec!["extract", s(&file)],
        vec!["build", "--no-bundled", "--corpus", s(dir.path())],
    ] {
        let (out, took) = run(&args);
        assert_exit(&out, 2, &args);
        let err = stderr(&out);
        assert!(
            err.contains(
                "dump.html: file is 2147483648 bytes, over the limit of 67108864 bytes; raise it with --max-file-size"
            ),
            "{err}"
        );
        assert!(took < Duration::from_secs(10), "took {took:?}");
    }
}

#[test]
fn limit_is_configurable_both_ways() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("small.txt");
    std::fs::write(
        &file,
        "The Group of Governmental Experts 2014-2015 included Brazil.\n",
    )
    .expect("write");
    let args = ["extract", s(&file), "--max-file-size", "10"];
    let (out, _) = run(&args);
    assert_exit(&out, 2, &args);
    assert!(
        stderr(&out).contains("small.txt: file is 61 bytes, over the limit of 10 bytes"),
        "{}",
        stderr(&out)
    );
    let args = ["extract", s(&file), "--max-file-size", "not-a-number"];
    let (out, _) = run(&args);
    assert_exit(&out, 2, &args);
    assert!(stderr(&out).contains("--max-file-size"), "{}", stderr(&out));
}

#[test]
fn one_very_long_line_finishes_in_bounded_time() {
    let mb: usize = std::env::var("GGEGRAPH_HUGE_LINE_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(8);
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("one-line.txt");
    let unit = "The Group of Governmental Experts 2014-2015 included Brazil and Germany; ";
    let line: String = unit.repeat(mb * 1024 * 1024 / unit.len());
    std::fs::write(&file, format!("{line}\n")).expect("write");
    let limit = (mb * 2 * 1024 * 1024).to_string();
    let args = [
        "build",
        "--no-bundled",
        "--corpus",
        s(&file),
        "--max-file-size",
        &limit,
    ];
    let (out, took) = run(&args);
    assert_exit(&out, 0, &args);
    assert!(
        took < Duration::from_secs(20 * mb as u64),
        "{mb} MB line took {took:?}"
    );
}
