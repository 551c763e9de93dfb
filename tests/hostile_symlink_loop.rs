//! A `--corpus` directory with a symbolic link loop: the loop is reported (exit 2) and not
//! followed; the documents around it are read once each; the run ends.
#![cfg(unix)]

mod common;
mod hostile_common;
use hostile_common::{assert_exit, run, s, stderr, stdout};
use std::os::unix::fs::symlink;
use std::time::Duration;

const DOC: &str = "The Group of Governmental Experts 2014-2015 included Brazil and Germany.\n";

#[test]
fn loop_is_reported_and_not_followed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path().join("corpus");
    let sub = root.join("sub");
    std::fs::create_dir_all(&sub).expect("mkdir");
    std::fs::write(root.join("a.txt"), DOC).expect("write");
    std::fs::write(sub.join("b.txt"), DOC).expect("write");
    symlink("..", sub.join("up")).expect("symlink up");
    symlink(".", root.join("self")).expect("symlink self");
    let args = ["extract", s(&root), "--format", "json"];
    let (out, took) = run(&args);
    assert_exit(&out, 2, &args);
    assert!(took < Duration::from_secs(10), "took {took:?}");
    let err = stderr(&out);
    assert!(
        err.contains("self: symbolic link loop (points back to"),
        "{err}"
    );
    assert!(err.contains("up: symbolic link loop"), "{err}");
    let json = stdout(&out);
    assert_eq!(json, "", "nothing printed when documents failed");

    let args = ["build", "--no-bundled", "--corpus", s(&root)];
    let (out, _) = run(&args);
    assert_exit(&out, 2, &args);
    assert!(
        stderr(&out).contains("2 documents could not be read"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn mutual_links_and_dangling_links_end() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path().join("corpus");
    std::fs::create_dir_all(root.join("x")).expect("mkdir");
    std::fs::create_dir_all(root.join("y")).expect("mkdir");
    std::fs::write(root.join("x/a.md"), DOC).expect("write");
    symlink("../y", root.join("x/to-y")).expect("symlink");
    symlink("../x", root.join("y/to-x")).expect("symlink");
    symlink("missing.txt", root.join("dangling.txt")).expect("symlink");
    symlink("loop.txt", root.join("loop.txt")).expect("symlink to itself");
    let args = ["extract", s(&root)];
    let (out, took) = run(&args);
    assert_exit(&out, 2, &args);
    assert!(took < Duration::from_secs(10), "took {took:?}");
    let err = stderr(&out);
    assert!(err.contains("symbolic link loop"), "{err}");
    assert!(err.contains("dangling.txt"), "{err}");
    assert!(err.contains("loop.txt"), "{err}");
}
