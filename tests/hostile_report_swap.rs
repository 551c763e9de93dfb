//! The report directory holds one whole run: it is built beside the previous one and
//! renamed into place, so pages of documents dropped from the corpus do not stay behind,
//! two runs on one directory never mix, and a directory of other files is not replaced.
#![cfg(unix)]

mod common;
mod hostile_common;
use hostile_common::{assert_exit, files_under, run, s, stderr};
use std::path::{Path, PathBuf};

fn doc(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(
        &path,
        "Resolution 68/243 was introduced by the Russian Federation.\n",
    )
    .expect("write");
    path
}

/// Names of the source pages under `report/sources`.
fn pages(report: &Path) -> Vec<String> {
    files_under(&report.join("sources"))
        .iter()
        .filter_map(|p| p.file_name()?.to_str().map(str::to_string))
        .collect()
}

fn report(corpus: &Path, out: &Path) -> std::process::Output {
    let args = ["report", "-q", "--corpus", s(corpus), "-o", s(out)];
    let (output, _) = run(&args);
    output
}

#[test]
fn pages_of_dropped_documents_do_not_remain() {
    let dir = tempfile::tempdir().expect("tempdir");
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).expect("mkdir");
    doc(&corpus, "kept.txt");
    let dropped = doc(&corpus, "dropped.txt");
    let out = dir.path().join("out");
    assert_exit(&report(&corpus, &out), 0, &["report"]);
    let before = pages(&out);
    assert!(before.iter().any(|p| p.contains("dropped")), "{before:?}");
    std::fs::remove_file(dropped).expect("rm");
    assert_exit(&report(&corpus, &out), 0, &["report"]);
    let after = pages(&out);
    assert!(!after.iter().any(|p| p.contains("dropped")), "{after:?}");
    assert!(after.iter().any(|p| p.contains("kept")), "{after:?}");
    let siblings: Vec<_> = std::fs::read_dir(dir.path())
        .expect("ls")
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(siblings.len(), 2, "staging left behind: {siblings:?}");
}

#[test]
fn a_directory_of_other_files_is_not_replaced() {
    let dir = tempfile::tempdir().expect("tempdir");
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).expect("mkdir");
    doc(&corpus, "a.txt");
    let out = dir.path().join("mine");
    std::fs::create_dir(&out).expect("mkdir");
    std::fs::write(out.join("thesis.tex"), "years of work").expect("write");
    let output = report(&corpus, &out);
    assert_exit(&output, 2, &["report"]);
    let err = stderr(&output);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains(s(&out)) && err.contains("not replaced"),
        "{err}"
    );
    assert_eq!(
        std::fs::read_to_string(out.join("thesis.tex")).expect("read"),
        "years of work"
    );
    assert!(!out.join("index.html").exists());
}

#[test]
fn concurrent_runs_on_one_directory_do_not_mix() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("out");
    let corpora: Vec<PathBuf> = ["alpha", "beta"]
        .iter()
        .map(|name| {
            let corpus = dir.path().join(name);
            std::fs::create_dir(&corpus).expect("mkdir");
            doc(&corpus, &format!("{name}.txt"));
            corpus
        })
        .collect();
    let children: Vec<_> = corpora
        .iter()
        .map(|corpus| {
            std::process::Command::new(env!("CARGO_BIN_EXE_ggegraph"))
                .args(["report", "-q", "--corpus", s(corpus), "-o", s(&out)])
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .expect("spawn")
        })
        .collect();
    for child in children {
        let child = child.wait_with_output().expect("wait");
        assert_exit(&child, 0, &["report"]);
    }
    let names = pages(&out);
    let alpha = names.iter().any(|p| p.contains("alpha"));
    let beta = names.iter().any(|p| p.contains("beta"));
    assert!(alpha != beta, "pages of both runs: {names:?}");
    let graph = std::fs::read_to_string(out.join("data/graph.json")).expect("graph.json");
    let index = std::fs::read_to_string(out.join("index.html")).expect("index");
    let winner = if alpha { "alpha.txt" } else { "beta.txt" };
    assert!(graph.contains(winner) && index.contains(winner));
}
