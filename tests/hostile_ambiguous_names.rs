//! Bare "Korea" names two states. It is reported as ambiguous wherever a name is read:
//! in a document (a warning, no claim), as `state Korea`, in `render ego:Korea` and in a
//! memberships CSV (errors saying so and naming both states, exit 2), never "unknown".

mod common;
mod hostile_common;
use hostile_common::{assert_exit, run, s, stderr, stdout};

fn assert_ambiguous(args: &[&str]) {
    let (out, _) = run(args);
    assert_exit(&out, 2, args);
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
    assert!(
        err.contains("ambiguous") && err.contains("KOR") && err.contains("PRK"),
        "{args:?}: {err}"
    );
    assert!(!err.contains("unknown state"), "{args:?}: {err}");
}

#[test]
fn korea_is_ambiguous_on_the_command_line() {
    assert_ambiguous(&["state", "Korea"]);
    assert_ambiguous(&["state", "korea"]);
    assert_ambiguous(&["render", "ego:Korea"]);
    // The states themselves, and an unknown name, are as before.
    let (out, _) = run(&["state", "Republic of Korea"]);
    assert_exit(&out, 0, &["state", "Republic of Korea"]);
    let (out, _) = run(&["state", "Atlantis"]);
    assert_exit(&out, 2, &["state", "Atlantis"]);
    assert!(stderr(&out).contains("unknown state"), "{}", stderr(&out));
}

#[test]
fn korea_is_ambiguous_in_a_memberships_csv() {
    let dir = tempfile::tempdir().expect("tempdir");
    let csv = dir.path().join("m.csv");
    std::fs::write(
        &csv,
        "state,group\nBRA,gge-2014-2015\nKorea,gge-2014-2015\n",
    )
    .expect("write");
    let args = ["continuity", "--memberships", s(&csv)];
    assert_ambiguous(&args);
    let (out, _) = run(&args);
    assert!(stderr(&out).contains("m.csv:3:"), "{}", stderr(&out));
}

#[test]
fn korea_is_ambiguous_in_a_document() {
    let dir = tempfile::tempdir().expect("tempdir");
    let doc = dir.path().join("k.txt");
    std::fs::write(
        &doc,
        "The members of the Group of Governmental Experts 2014-2015 were Brazil, Korea and Kenya.\n",
    )
    .expect("write");
    let args = ["extract", s(&doc), "--format", "json"];
    let (out, _) = run(&args);
    assert_exit(&out, 0, &args);
    let json = stdout(&out);
    assert!(json.contains("more than one state"), "{json}");
    assert!(
        !json.contains("state:KOR") && !json.contains("state:PRK"),
        "{json}"
    );
}
