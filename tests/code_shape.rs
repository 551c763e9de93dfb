//! The shape the codebase keeps: no file under `src/` over 600 lines but the state table,
//! `src/cli/` under 1,000 lines in all, and no function over 80 lines, as
//! `tests/py/long_functions.py` measures them (comments and strings blanked, from the
//! `fn` line to its closing brace).

mod common;

use std::path::{Path, PathBuf};

const MAX_FILE_LINES: usize = 600;
/// Tables of data, exempt from the file limit.
const DATA_TABLES: [&str; 1] = ["src/gazetteer/table.rs"];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Each Rust file under `dir` (relative to the crate, `/`-separated) with its line count;
/// at least `expected` files, so a moved tree cannot pass by being empty.
fn line_counts(dir: &str, expected: usize) -> Vec<(String, usize)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join(dir), &mut files);
    assert!(files.len() >= expected, "found only {} files", files.len());
    files
        .iter()
        .filter_map(|f| {
            let rel = f
                .strip_prefix(root)
                .ok()?
                .to_string_lossy()
                .replace('\\', "/");
            Some((rel, std::fs::read_to_string(f).ok()?.lines().count()))
        })
        .collect()
}

#[test]
fn no_source_file_is_over_600_lines_but_the_data_tables() {
    let mut long: Vec<String> = line_counts("src", 50)
        .into_iter()
        .filter(|(rel, lines)| *lines > MAX_FILE_LINES && !DATA_TABLES.contains(&rel.as_str()))
        .map(|(rel, lines)| format!("{rel}: {lines} lines"))
        .collect();
    long.sort();
    assert!(
        long.is_empty(),
        "files over {MAX_FILE_LINES} lines: {long:#?}"
    );
}

/// The command line stays the thin layer over the library that the README describes.
#[test]
fn the_command_line_layer_is_under_1000_lines() {
    let lines: usize = line_counts("src/cli", 4).iter().map(|(_, n)| n).sum();
    assert!(lines < 1000, "src/cli/ is {lines} lines");
}

#[test]
fn no_function_is_over_80_lines() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = std::process::Command::new("python3")
        .arg(root.join("tests/py/long_functions.py"))
        .arg(root.join("src"))
        .arg("80")
        .output();
    let Some(out) = out.ok().filter(|o| o.status.success()) else {
        common::missing_tool("python3 (to run tests/py/long_functions.py)");
        return;
    };
    let listed = String::from_utf8_lossy(&out.stdout);
    let summary = String::from_utf8_lossy(&out.stderr);
    assert!(
        listed.trim().is_empty() && summary.contains("0 functions over 80 lines"),
        "functions over 80 lines:\n{listed}{summary}"
    );
}

#[test]
fn the_function_measure_finds_a_long_function() {
    // The measure itself can fail: a function of 81 lines is found, braces in strings and
    // comments are not counted.
    let dir = std::env::temp_dir().join(format!("ggegraph-shape-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let body: String = (0..79)
        .map(|i| format!("    let _x{i} = \"}}\"; // {{\n"))
        .collect();
    let src = format!("fn long() {{\n{body}}}\n\nfn short() {{\n    let _ = 1;\n}}\n");
    let _ = std::fs::write(dir.join("a.rs"), src);
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let Ok(out) = std::process::Command::new("python3")
        .arg(root.join("tests/py/long_functions.py"))
        .arg(&dir)
        .arg("80")
        .output()
    else {
        common::missing_tool("python3");
        return;
    };
    let _ = std::fs::remove_dir_all(&dir);
    let listed = String::from_utf8_lossy(&out.stdout);
    assert!(listed.contains("a.rs:1  long"), "{listed}");
    assert!(!listed.contains("short"), "{listed}");
    assert!(listed.starts_with("  81"), "{listed}");
}
