//! Fuzzing the directory walker on stable Rust: random trees of directories, documents,
//! other files, output markers and symbolic links (to parents, to the root, to siblings,
//! out of the corpus, dangling, chains of links) are walked with and without
//! `--follow-links`. The walk must end (each tree within seconds), never panic, and find
//! exactly what it should: every result a regular document file, none twice, none
//! outside the corpus unless links are followed, every document reachable through plain
//! directories found, and each error one line.
//!
//! Budget and long runs: see `tests/fuzz_common`.
#![cfg(unix)]

mod fuzz_common;
use fuzz_common::{Budget, Rng, run};
use ggegraph::documents::{Format, OUTPUT_MARKER, find_documents_with};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// One entry of a tree, by path relative to its root.
#[derive(Debug, Clone)]
enum Entry {
    Dir(String),
    File(String),
    Marker(String),
    Link(String, String),
}

const NAMES: &[&str] = &[
    "a", "b", "c", "sub", "deep", "x.txt", "y.md", "z.html", "n.csv",
];
const EXTS: &[&str] = &[
    "txt", "md", "html", "htm", "markdown", "pdf", "csv", "", "TXT",
];

fn generate(rng: &mut Rng) -> Vec<Entry> {
    let mut dirs = vec![String::new()];
    let mut entries = Vec::new();
    for _ in 0..1 + rng.below(30) {
        let parent = rng.pick(&dirs).clone();
        let name = format!("{}{}", rng.pick(NAMES), rng.below(3));
        let path = if parent.is_empty() {
            name
        } else {
            format!("{parent}/{name}")
        };
        match rng.below(10) {
            0..=2 if path.matches('/').count() < 6 => {
                dirs.push(path.clone());
                entries.push(Entry::Dir(path));
            }
            0..=5 => {
                let ext = rng.pick(EXTS);
                let file = if ext.is_empty() {
                    path
                } else {
                    format!("{path}.{ext}")
                };
                entries.push(Entry::File(file));
            }
            6 => entries.push(Entry::Marker(parent)),
            _ => {
                // Links reach at most the temporary directory holding the corpus and
                // `outside/`: one more `..` is the system's `/tmp`, which other tests
                // change while this one walks it.
                let depth = path.matches('/').count();
                let to_root = "../".repeat(depth);
                let up = "../".repeat(rng.below(depth + 2));
                let target = match rng.below(7) {
                    0 => format!("{to_root}{}", rng.pick(&dirs)),
                    1 => up,
                    2 => format!("{to_root}../outside/o.txt"),
                    3 => format!("{}{}", rng.pick(NAMES), rng.below(3)),
                    4 => format!("{to_root}../outside"),
                    5 => format!("{to_root}{}{}", rng.pick(NAMES), rng.below(3)),
                    _ => format!("{up}missing"),
                };
                let ext = if rng.one_in(2) { ".txt" } else { "" };
                entries.push(Entry::Link(format!("{path}{ext}"), target));
            }
        }
    }
    entries
}

/// Lays `entries` out under `root` (beside it, `outside/` holds a document of its own).
fn build(root: &Path, entries: &[Entry]) {
    std::fs::create_dir_all(root).expect("root");
    let outside = root.parent().expect("parent").join("outside");
    std::fs::create_dir_all(&outside).expect("outside");
    std::fs::write(outside.join("o.txt"), "Brazil.\n").expect("outside doc");
    for entry in entries {
        let _ = match entry {
            Entry::Dir(p) => std::fs::create_dir_all(root.join(p)),
            Entry::File(p) => std::fs::write(root.join(p), "Kenya.\n"),
            Entry::Marker(p) => std::fs::write(root.join(p).join(OUTPUT_MARKER), ""),
            Entry::Link(p, target) => std::os::unix::fs::symlink(target, root.join(p)),
        };
    }
}

/// Documents reachable from `root` through directories alone (no link), not under a
/// directory holding the output marker: the walk must find each (by canonical path).
fn plain_documents(root: &Path) -> BTreeSet<PathBuf> {
    let mut found = BTreeSet::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        if dir.join(OUTPUT_MARKER).exists() {
            continue;
        }
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            let path = entry.path();
            if kind.is_dir() {
                stack.push(path);
            } else if kind.is_file() && Format::from_path(&path).is_some() {
                found.insert(std::fs::canonicalize(&path).expect("canonical"));
            }
        }
    }
    found
}

fn check(entries: &[Entry]) {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path().join("corpus");
    build(&root, entries);
    let canonical_root = std::fs::canonicalize(&root).expect("root");
    let expected = plain_documents(&root);
    for follow in [false, true] {
        let (tx, rx) = std::sync::mpsc::channel();
        let paths = vec![root.clone()];
        std::thread::spawn(move || {
            let _ = tx.send(find_documents_with(&paths, follow));
        });
        let results = rx
            .recv_timeout(Duration::from_secs(20))
            .unwrap_or_else(|_| panic!("follow={follow}: the walk did not end: {entries:?}"));
        let mut seen = BTreeSet::new();
        let mut canonical = BTreeSet::new();
        for result in &results {
            match result {
                Ok(file) => {
                    assert!(seen.insert(file.path.clone()), "twice: {file:?}");
                    let meta = std::fs::metadata(&file.path).expect("found file exists");
                    assert!(meta.is_file(), "not a regular file: {file:?}");
                    assert_eq!(Format::from_path(&file.path), Some(file.format));
                    let real = std::fs::canonicalize(&file.path).expect("canonical");
                    assert!(
                        follow || real.starts_with(&canonical_root),
                        "outside the corpus without --follow-links: {file:?} -> {real:?}"
                    );
                    canonical.insert(real);
                }
                Err(e) => {
                    let text = e.to_string();
                    assert!(!text.contains('\n'), "{text:?}");
                }
            }
        }
        let missing: Vec<_> = expected.difference(&canonical).collect();
        assert!(
            missing.is_empty(),
            "follow={follow}: not found {missing:?} in {entries:?}"
        );
    }
}

#[test]
fn the_walker_survives_random_trees() {
    let budget = Budget::from_env(600, 20);
    let execs = run(
        "walker",
        &budget,
        generate,
        |entries, path| {
            let _ = std::fs::write(path, format!("{entries:#?}\n"));
        },
        |entries| check(entries),
    );
    assert!(execs > 0);
}
