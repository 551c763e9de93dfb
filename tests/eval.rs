//! End-to-end tests of `ggegraph eval`: a small folder of pages written for these tests
//! with their gold facts, and the development set in `../shared/realdocs` checked against
//! the committed floors in `tests/eval-targets.json` (skipped where that folder is absent).

mod common;

use serde_json::Value;
use std::path::{Path, PathBuf};

/// A member list with one state too many and one missing, a chair, a sponsor, an
/// establishing resolution and votes named per state; a page about fisheries whose "Papua New Guinea" must not
/// give Guinea; a French page.
const MEMBERS: &str = "\
Notes on the GGE 2014/2015

Experts from the following States were members of the GGE 2014/2015: Brazil, Kenya and Norway.

The Group was chaired by Ana Ribeiro of Brazil.

Resolution 68/243 was introduced by the Russian Federation.

The GGE 2014/2015 was established by resolution 68/243.

Chile sent a letter to the Group.

Cuba and Iran voted in favour of resolution 73/27.

Canada voted against resolution 73/27.
";
const FISHERIES: &str = "Papua New Guinea hosted a regional meeting on tuna fisheries.\n";
const FRENCH: &str = "La France a présenté un rapport.\n";

/// Gold that disagrees with the members page on purpose: it has Chile as a member (the
/// page names Chile only as writing a letter) and not Norway, and a second establishing
/// resolution the page never gives. Symbols are written in other spellings than the
/// tool's to check they are normalised.
const GOLD: &str = r#"{
  "members.txt": {
    "kind": "membership", "language": "en",
    "states_min": ["BRA", "CAN", "CHL", "CUB", "IRN", "KEN", "NOR", "RUS"],
    "gge_member_of": {"gge-2014-2015": ["BRA", "CHL", "KEN"]},
    "chairs": {"gge-2014-2015": {"person": "Ribeiro", "state": "BRA"}},
    "establishes": [["A/RES/68/243", "gge-2014-2015"], ["RES/70/237", "gge-2016-2017"]],
    "sponsors": {"68/243": ["RUS"]},
    "votes": [
      {"on": "A/RES/73/27", "yes": ["CUB", "IRN"], "no": ["CAN", "FRA"], "abstain": []},
      {"on": "A/RES/73/27", "part": "operative paragraph 1", "yes": ["NOR"]},
      {"on": null, "yes": ["KEN"]}
    ],
    "notes": "written for the tests; the paragraph vote and the vote on no symbol are not scored"
  },
  "fisheries.txt": {
    "kind": "distractor", "language": "en",
    "states_min": ["PNG"], "absent_states": ["GIN"]
  },
  "notes-fr.txt": {"kind": "process", "language": "fr", "states_min": ["FRA"]}
}"#;

fn annotated_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, text) in [
        ("members.txt", MEMBERS),
        ("fisheries.txt", FISHERIES),
        ("notes-fr.txt", FRENCH),
        ("expected.json", GOLD),
    ] {
        std::fs::write(dir.path().join(name), text).expect("written");
    }
    dir
}

fn eval_json(dir: &Path, extra: &[&str]) -> Value {
    let out = common::command()
        .arg("eval")
        .arg(dir)
        .args(["--format", "json"])
        .args(extra)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("valid JSON")
}

fn counts(v: &Value, relation: &str) -> (u64, u64, u64) {
    let s = &v["scores"][relation];
    let n = |k: &str| s[k].as_u64().expect("count");
    (n("tp"), n("fp"), n("fn"))
}

#[test]
fn figures_misses_and_false_hits_of_a_small_folder() {
    let dir = annotated_folder();
    let v = eval_json(dir.path(), &[]);
    assert_eq!(
        v["scored"],
        serde_json::json!(["fisheries.txt", "members.txt"])
    );
    assert_eq!(v["out_of_scope"][0]["document"], "notes-fr.txt");
    assert_eq!(counts(&v, "states"), (9, 0, 0));
    assert_eq!(counts(&v, "gge_member_of"), (2, 1, 1));
    assert_eq!(counts(&v, "oewg_member_of"), (0, 0, 0));
    assert_eq!(counts(&v, "chairs"), (1, 0, 0));
    assert_eq!(counts(&v, "establishes"), (1, 0, 1));
    assert_eq!(counts(&v, "sponsors"), (1, 0, 0));
    assert_eq!(v["scores"]["establishes"]["recall"], 0.5);
    assert_eq!(v["traps"], serde_json::json!([]));
    assert_eq!(v["distractor_memberships"], 0);
    // France is named voting in the gold only: a miss; Norway's paragraph vote and
    // Kenya's vote on no known text are not votes a claim can state.
    assert_eq!(counts(&v, "votes"), (3, 0, 1));
    assert_eq!(v["not_scored"], serde_json::json!([]));

    let misses = v["misses"].as_array().expect("misses");
    let chile = misses
        .iter()
        .find(|m| m["fact"] == "state:CHL member_of gge-2014-2015")
        .expect("Chile's membership is a miss");
    // The miss points at the line where Chile is named.
    assert_eq!(
        (chile["line"].as_u64(), chile["document"].as_str()),
        (Some(11), Some("members.txt"))
    );
    assert!(
        misses
            .iter()
            .any(|m| m["fact"] == "A/RES/70/237 establishes gge-2016-2017" && m["line"].is_null())
    );

    let hits = v["false_hits"].as_array().expect("false hits");
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0]["fact"], "state:NOR member_of gge-2014-2015");
    assert_eq!(hits[0]["line"], 3);
    assert!(
        hits[0]["quote"]
            .as_str()
            .unwrap_or_default()
            .contains("Norway")
    );
}

#[test]
fn table_prints_the_figures_one_line_per_relation() {
    let dir = annotated_folder();
    let out = common::command()
        .arg("eval")
        .arg(dir.path())
        .output()
        .expect("runs");
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    for line in [
        "states          P 1.000  R 1.000  (tp 9, fp 0, fn 0)",
        "votes           P 1.000  R 0.750  (tp 3, fp 0, fn 1)",
        "gge_member_of   P 0.667  R 0.667  (tp 2, fp 1, fn 1)",
        "establishes     P 1.000  R 0.500  (tp 1, fp 0, fn 1)",
        "traps read as states: 0",
        "ICT memberships on distractor pages: 0",
    ] {
        assert!(
            text.lines().any(|l| l == line),
            "no line {line:?} in:\n{text}"
        );
    }
    assert!(text.contains("notes-fr.txt (fr)"), "{text}");
    assert!(text.contains("members.txt:11:1"), "{text}");
}

#[test]
fn all_languages_scores_the_french_page_too() {
    let dir = annotated_folder();
    let v = eval_json(dir.path(), &["--all-languages"]);
    assert_eq!(v["scored"].as_array().map(Vec::len), Some(3));
    assert_eq!(v["out_of_scope"], serde_json::json!([]));
    assert_eq!(counts(&v, "states"), (10, 0, 0));
}

#[test]
fn output_is_identical_on_rerun() {
    let dir = annotated_folder();
    let run = || {
        common::command()
            .arg("eval")
            .arg(dir.path())
            .args(["--format", "json"])
            .output()
            .expect("runs")
            .stdout
    };
    assert_eq!(run(), run());
}

#[test]
fn a_missed_target_exits_1_with_one_line_per_target() {
    let dir = annotated_folder();
    let targets = dir.path().join("targets.json");
    std::fs::write(
        &targets,
        r#"{"comment": "test", "gge_member_of": {"precision": 0.9, "recall": 0.6},
            "establishes": {"recall": 0.75, "goal": {"recall": 0.9}}, "traps_max": 0}"#,
    )
    .expect("written");
    let out = common::command()
        .arg("eval")
        .arg(dir.path())
        .arg("--targets")
        .arg(&targets)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        stderr.lines().collect::<Vec<_>>(),
        [
            "ggegraph: eval: target missed: gge_member_of precision is 0.667, target at least 0.9",
            "ggegraph: eval: target missed: establishes recall is 0.500, target at least 0.75 (goal 0.9)",
        ]
    );
}

#[test]
fn missing_or_bad_gold_exits_2_naming_the_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let refused = || {
        let out = common::command()
            .arg("eval")
            .arg(dir.path())
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(2));
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    let stderr = refused();
    assert!(stderr.contains("expected.json: cannot read"), "{stderr}");

    std::fs::write(
        dir.path().join("expected.json"),
        "{\n  \"a.txt\": {\"states_min\": [\"BRA\"]\n}",
    )
    .expect("written");
    let stderr = refused();
    assert!(stderr.contains("expected.json:3:"), "{stderr}");

    std::fs::write(dir.path().join("expected.json"), r#"{"a.txt": {}}"#).expect("written");
    let stderr = refused();
    assert!(stderr.contains("a.txt: no such file"), "{stderr}");
}

/// The development set kept beside the repository (never copied into it).
fn realdocs() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/realdocs");
    dir.join("expected.json").is_file().then_some(dir)
}

#[test]
fn realdocs_meet_the_committed_floors() {
    let Some(dir) = realdocs() else {
        eprintln!("note: ../shared/realdocs is absent; eval on the development set skipped");
        return;
    };
    let targets = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/eval-targets.json");
    let out = common::command()
        .arg("eval")
        .arg(&dir)
        .arg("--targets")
        .arg(&targets)
        .output()
        .expect("runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "eval on {} missed its floors:\n{stderr}\n{stdout}",
        dir.display()
    );
}
