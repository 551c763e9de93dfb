//! `report --corpus .`: the report written inside the corpus is not read back as
//! documents on the next run, so claims do not multiply and provenance never cites the
//! tool's own pages.
#![cfg(unix)]

mod common;
mod hostile_common;
use hostile_common::{assert_exit, run, s, stderr, stdout};
use std::path::Path;

const DOC: &str = "Resolution 68/243 was introduced by the Russian Federation.\n";

fn documents_read(corpus: &Path) -> Vec<String> {
    let args = [
        "build",
        "--no-bundled",
        "--corpus",
        s(corpus),
        "--format",
        "json",
    ];
    let (out, _) = run(&args);
    assert_exit(&out, 0, &args);
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("json");
    json["documents"]
        .as_array()
        .expect("documents")
        .iter()
        .map(|d| d["id"].as_str().expect("id").to_string())
        .collect()
}

#[test]
fn a_report_inside_the_corpus_is_not_read_as_documents() {
    let dir = tempfile::tempdir().expect("tempdir");
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).expect("mkdir");
    std::fs::write(corpus.join("a.txt"), DOC).expect("write");
    for _ in 0..2 {
        let out_dir = corpus.join("output");
        let args = ["report", "-q", "--corpus", s(&corpus), "-o", s(&out_dir)];
        let (out, _) = run(&args);
        assert_exit(&out, 0, &args);
        assert_eq!(documents_read(&corpus), ["a.txt"]);
    }
}

#[test]
fn an_output_directory_given_as_corpus_is_refused_by_name() {
    let dir = tempfile::tempdir().expect("tempdir");
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).expect("mkdir");
    std::fs::write(corpus.join("a.txt"), DOC).expect("write");
    let out_dir = dir.path().join("out");
    let args = ["report", "-q", "--corpus", s(&corpus), "-o", s(&out_dir)];
    let (out, _) = run(&args);
    assert_exit(&out, 0, &args);
    let args = ["build", "--no-bundled", "--corpus", s(&out_dir)];
    let (out, _) = run(&args);
    assert_exit(&out, 2, &args);
    let err = stderr(&out);
    assert!(err.contains("output directory of ggegraph"), "{err}");
    assert!(err.contains(s(&out_dir)), "{err}");
}
