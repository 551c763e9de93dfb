//! Directory walks cost what the tree holds: a tree 2,000 levels deep and a DAG of
//! symbolic links with 2^18 paths to one directory each finish in seconds (the walk was
//! cubic in depth and exponential in a link DAG).
#![cfg(unix)]

mod common;
mod hostile_common;
use hostile_common::{run_within, s};
use std::path::Path;
use std::time::Duration;

const DOC: &str = "Resolution 53/70 was introduced by the Russian Federation.\n";

/// How many documents `build --no-bundled --corpus ROOT --format json` finds, failing if
/// the walk takes longer than 20 s: the bound both trees here must be walked within.
fn documents_found_under(root: &Path) -> usize {
    let args = [
        "build",
        "--no-bundled",
        "--corpus",
        s(root),
        "--format",
        "json",
    ];
    let out = run_within(&args, Duration::from_secs(20));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    json["documents"].as_array().expect("documents").len()
}

#[test]
fn a_deep_tree_is_walked_in_bounded_time() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path().join("corpus");
    let mut deep = root.clone();
    for _ in 0..2_000 {
        deep.push("d");
    }
    std::fs::create_dir_all(&deep).expect("mkdir -p");
    std::fs::write(deep.join("bottom.txt"), DOC).expect("write");
    assert_eq!(documents_found_under(&root), 1);
}

#[test]
fn a_dag_of_links_is_walked_once_per_directory() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path().join("corpus");
    let levels = 18;
    for i in 0..=levels {
        std::fs::create_dir_all(root.join(format!("l{i}"))).expect("mkdir");
    }
    for i in 0..levels {
        let level = root.join(format!("l{i}"));
        for name in ["a", "b"] {
            std::os::unix::fs::symlink(format!("../l{}", i + 1), level.join(name))
                .expect("symlink");
        }
    }
    std::fs::write(root.join(format!("l{levels}/leaf.txt")), DOC).expect("write");
    assert_eq!(documents_found_under(&root), 1);
}
