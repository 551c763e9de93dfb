//! Two `--corpus` directories holding files of the same name get distinct document ids
//! (the directory name is prefixed), and a directory given twice is read once.

mod common;
mod hostile_common;
use hostile_common::{assert_exit, run, s, stdout};

fn corpus(root: &std::path::Path, name: &str, state: &str) -> std::path::PathBuf {
    let dir = root.join(name);
    std::fs::create_dir_all(&dir).expect("mkdir");
    std::fs::write(
        dir.join("report.txt"),
        format!("The Group of Governmental Experts 2014-2015 included {state}.\n"),
    )
    .expect("write");
    dir
}

/// `export --format json --no-bundled --corpus A --corpus B`, which must exit 0; its stdout.
fn export_json(a: &std::path::Path, b: &std::path::Path) -> String {
    let args = [
        "export",
        "--format",
        "json",
        "--no-bundled",
        "--corpus",
        s(a),
        "--corpus",
        s(b),
    ];
    let (out, _) = run(&args);
    assert_exit(&out, 0, &args);
    stdout(&out)
}

fn document_ids(json: &str) -> Vec<String> {
    let v: serde_json::Value = serde_json::from_str(json).expect("JSON");
    let mut ids: Vec<String> = v["nodes"]
        .as_array()
        .expect("nodes")
        .iter()
        .filter_map(|n| n["id"].as_str())
        .filter(|id| id.starts_with("doc:"))
        .map(str::to_string)
        .collect();
    ids.sort();
    ids
}

#[test]
fn same_file_name_in_two_directories() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let a = corpus(tmp.path(), "alpha", "Brazil");
    let b = corpus(tmp.path(), "beta", "Germany");
    let json = export_json(&a, &b);
    assert_eq!(
        document_ids(&json),
        ["doc:alpha/report.txt", "doc:beta/report.txt"]
    );
    assert!(json.contains("state:BRA") && json.contains("state:DEU"));
}

#[test]
fn same_directory_name_twice_uses_the_path() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let a = corpus(&tmp.path().join("x"), "docs", "Brazil");
    let b = corpus(&tmp.path().join("y"), "docs", "Germany");
    let ids = document_ids(&export_json(&a, &b));
    assert_eq!(ids.len(), 2, "{ids:?}");
    assert!(ids[0].ends_with("/x/docs/report.txt"), "{ids:?}");
    assert!(ids[1].ends_with("/y/docs/report.txt"), "{ids:?}");
}

#[test]
fn a_directory_given_twice_is_read_once() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let a = corpus(tmp.path(), "alpha", "Brazil");
    assert_eq!(document_ids(&export_json(&a, &a)), ["doc:report.txt"]);
}
