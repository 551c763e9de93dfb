//! `--strict` for pipelines: findings (ambiguous names, unverified facts, conflicts) are
//! listed on stderr and make the exit code 3; without `--strict` the same run exits 0; a
//! clean corpus exits 0 either way.

mod common;
mod hostile_common;
use hostile_common::{assert_exit, run, s, stderr};

#[test]
fn bundled_corpus_has_findings() {
    for command in ["build", "groups", "norms", "conflicts"] {
        let args = [command];
        let (out, _) = run(&args);
        assert_exit(&out, 0, &args);
        assert!(!stderr(&out).contains("strict:"), "{}", stderr(&out));

        let args = [command, "--strict"];
        let (out, _) = run(&args);
        assert_exit(&out, 3, &args);
        let err = stderr(&out);
        assert!(
            err.contains("ggegraph: strict: ") && err.contains("flagged unverified"),
            "{err}"
        );
        assert!(err.contains("ggegraph: strict: conflict: "), "{err}");
    }
}

#[test]
fn unverified_fact_alone_is_a_finding() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("note.txt"),
        "The Group of Governmental Experts 2014-2015 included Brazil [unverified: from a press release].\n",
    )
    .expect("write");
    let args = [
        "build",
        "--no-bundled",
        "--strict",
        "--corpus",
        s(dir.path()),
    ];
    let (out, _) = run(&args);
    assert_exit(&out, 3, &args);
    assert!(
        stderr(&out).contains("edges rest only on statements flagged unverified"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn clean_corpus_passes_strict() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("clean.txt"),
        "The Group of Governmental Experts 2014-2015 included Brazil and Germany.\n",
    )
    .expect("write");
    for command in ["build", "groups", "conflicts"] {
        let args = [
            command,
            "--no-bundled",
            "--strict",
            "--corpus",
            s(dir.path()),
        ];
        let (out, _) = run(&args);
        assert_exit(&out, 0, &args);
        assert!(!stderr(&out).contains("strict:"), "{}", stderr(&out));
    }
}

#[test]
fn bad_input_wins_over_strict() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("bin.txt"), b"\0").expect("write");
    let args = ["build", "--strict", "--corpus", s(dir.path())];
    let (out, _) = run(&args);
    assert_exit(&out, 2, &args);
}

#[test]
fn report_and_export_honour_strict() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out_dir = dir.path().join("out");
    let args = ["report", "--strict", "-q", "-o", s(&out_dir)];
    let (out, _) = run(&args);
    assert_exit(&out, 3, &args);
    assert!(out_dir.join("index.html").exists(), "report still written");
    let file = dir.path().join("g.json");
    let args = ["export", "--format", "json", "--strict", "-o", s(&file)];
    let (out, _) = run(&args);
    assert_exit(&out, 3, &args);
    assert!(file.exists());
}
