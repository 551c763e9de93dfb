//! End-to-end tests of `votes` and `agreement` with `--votes FILE --roll-calls FILE`: on the
//! made-up roll calls of `tests/fixtures/votes/` (always), and on the real roll calls in
//! `../shared/data/` when they are there (skipped, with a note, when they are not).
//!
//! The agreement index is compared with an independent pandas computation
//! (`tests/py/agreement_reference.py`) within 1e-12; that comparison is skipped when
//! `python3 -c "import pandas"` fails, and fails instead under `GGEGRAPH_REQUIRE_TOOLS=1`.

use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/votes")
        .join(name)
}

/// The made-up roll calls of `tests/fixtures/votes/`: (votes, roll calls).
fn fixture_roll_calls() -> (PathBuf, PathBuf) {
    (fixture("un_votes.csv"), fixture("un_roll_calls.csv"))
}

/// The real roll calls beside the repository, if present: (votes, roll calls, the joined
/// file of the data's distributor).
fn real_data() -> Option<[PathBuf; 3]> {
    common::shared_data([
        "un_votes-ict.csv",
        "un_roll_calls-ict.csv",
        "unvotes-ict.csv",
    ])
}

mod common;
use common::{field_strings, ggegraph, stdout_json, stdout_ok};

fn path(p: &Path) -> &str {
    p.to_str().expect("UTF-8 path")
}

/// `BEFORE --votes VOTES --roll-calls CALLS AFTER`: every command here reads its roll calls
/// from these two flags, and this keeps each test's arguments in the order it gives them.
fn with_roll_calls<'a>(
    before: &[&'a str],
    votes: &'a Path,
    calls: &'a Path,
    after: &[&'a str],
) -> Vec<&'a str> {
    let flags = ["--votes", path(votes), "--roll-calls", path(calls)];
    [before, &flags, after].concat()
}

/// Writes `text` to `dir/name` and returns its path: the made-up files (a bad votes file, a
/// press release, a document of the user's) the tests give next to the fixtures.
fn written(dir: &Path, name: &str, text: &str) -> PathBuf {
    let file = dir.join(name);
    std::fs::write(&file, text).expect("write");
    file
}

/// `votes RESOLUTION --format json` on the given files, without the bundled corpus.
fn vote(resolution: &str, votes: &Path, calls: &Path) -> Value {
    stdout_json(&with_roll_calls(
        &["votes", resolution, "--no-bundled"],
        votes,
        calls,
        &["--format", "json"],
    ))
}

/// `agreement --format FORMAT` on the given files, without the bundled corpus.
fn agreement(votes: &Path, calls: &Path, format: &str) -> Vec<u8> {
    stdout_ok(&with_roll_calls(
        &["agreement", "--no-bundled"],
        votes,
        calls,
        &["--format", format],
    ))
}

fn counts(v: &Value) -> (u64, u64, u64) {
    let c = &v["counts"];
    let n = |k: &str| c[k].as_u64().expect("count");
    (n("yes"), n("no"), n("abstain"))
}

#[test]
fn fixture_votes_with_the_quirks_of_the_dataset() {
    let (votes, calls) = fixture_roll_calls();
    let v = vote("R/73/27", &votes, &calls);
    assert_eq!(v["id"], "A/RES/73/27");
    assert_eq!(v["date"], "2018-12-05");
    assert_eq!(counts(&v), (6, 3, 1));
    let yes = common::strings(&v["yes"]);
    // Namibia's "NA" is a code and Yugoslavia's "YU" is Serbia.
    assert!(
        yes.contains(&"state:NAM") && yes.contains(&"state:SRB"),
        "{yes:?}"
    );
    // The paragraph vote (roll call 13) is not a vote on 74/29.
    assert_eq!(counts(&vote("74/29", &votes, &calls)), (6, 1, 2));
}

#[test]
fn changes_between_two_votes() {
    let (votes, calls) = fixture_roll_calls();
    let out = ggegraph(&with_roll_calls(
        &["votes", "73/27", "--compare", "74/29", "--no-bundled"],
        &votes,
        &calls,
        &[],
    ));
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(
        text.contains("A/RES/73/27 (2018-12-05): 6 yes, 3 no, 1 abstentions"),
        "{text}"
    );
    assert!(
        text.contains("A/RES/73/27 -> A/RES/74/29: 4 states changed"),
        "{text}"
    );
    for line in [
        "BRA    abstain  yes",
        "FRA    no       abstain",
        "GBR    no       abstain",
        "ZAF    yes      -",
    ] {
        assert!(text.contains(line), "{line:?} in\n{text}");
    }
}

#[test]
fn every_vote_lists_its_counts() {
    let (votes, calls) = fixture_roll_calls();
    let v = stdout_json(&with_roll_calls(
        &["votes", "--no-bundled"],
        &votes,
        &calls,
        &["--format", "json"],
    ));
    assert_eq!(
        field_strings(&v, "id"),
        ["A/RES/73/27", "A/RES/73/266", "A/RES/74/29"]
    );
}

#[test]
fn bad_roll_call_files_exit_2_naming_file_and_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bad = written(
        dir.path(),
        "votes.csv",
        "rcid,country,country_code,vote\n10,Brazil,BR,yes\n10,Atlantis,QQ,no\n",
    );
    let (votes, calls) = fixture_roll_calls();
    let out = ggegraph(&with_roll_calls(
        &["votes", "--no-bundled"],
        &bad,
        &calls,
        &[],
    ));
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!("{}:3: unknown state", bad.display())),
        "{err}"
    );
    // --votes without --roll-calls is refused by the parser.
    let out = ggegraph(&["votes", "--votes", path(&bad)]);
    assert_eq!(out.status.code(), Some(2));
    // An unknown resolution names what there is.
    let out = ggegraph(&with_roll_calls(
        &["votes", "99/1", "--no-bundled"],
        &votes,
        &calls,
        &[],
    ));
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no recorded vote on \"99/1\""));
}

#[test]
fn agreement_in_csv_and_json_agree() {
    let (votes, calls) = fixture_roll_calls();
    let json: Value =
        serde_json::from_slice(&agreement(&votes, &calls, "json")).expect("JSON output");
    let csv = String::from_utf8(agreement(&votes, &calls, "csv")).expect("UTF-8");
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("source,target,weight,shared"));
    let edges = json["edges"].as_array().expect("edges");
    assert_eq!(lines.count(), edges.len());
    // BRA and USA: 73/27 abstain/no 0.5, 73/266 yes/yes 1, 74/29 yes/no 0.
    let bra_usa = edges
        .iter()
        .find(|e| e["source"] == "state:BRA" && e["target"] == "state:USA")
        .expect("pair");
    assert_eq!(bra_usa["weight"].as_f64(), Some(0.5));
    assert_eq!(bra_usa["shared"].as_u64(), Some(3));
}

/// What `tests/py/agreement_reference.py` prints for `args`, or `None` when pandas is
/// missing and not required.
fn pandas(args: &[&Path]) -> Option<Value> {
    if !common::python_with("pandas") {
        return None;
    }
    Some(common::run_script(
        "python3",
        "py/agreement_reference.py",
        args,
        &[],
    ))
}

/// `agreement` equals pandas on the joined votes `joined`, within 1e-12.
fn compare_with_pandas(votes: &Path, calls: &Path, joined: &Path) {
    let Some(expected) = pandas(&[joined]) else {
        return;
    };
    let ours: Value =
        serde_json::from_slice(&agreement(votes, calls, "json")).expect("JSON output");
    let pairs = |v: &Value| -> BTreeMap<(String, String), (f64, u64)> {
        v["edges"]
            .as_array()
            .expect("edges")
            .iter()
            .map(|e| {
                (
                    (e["source"].to_string(), e["target"].to_string()),
                    (
                        e["weight"].as_f64().expect("weight"),
                        e["shared"].as_u64().expect("shared"),
                    ),
                )
            })
            .collect()
    };
    let (ours, theirs) = (pairs(&ours), pairs(&expected));
    assert_eq!(
        ours.keys().collect::<Vec<_>>(),
        theirs.keys().collect::<Vec<_>>()
    );
    for (pair, (w, n)) in &ours {
        let (tw, tn) = theirs[pair];
        assert!((w - tw).abs() <= 1e-12, "{pair:?}: {w} vs pandas {tw}");
        assert_eq!(*n, tn, "{pair:?}");
    }
}

#[test]
fn agreement_equals_pandas_on_the_fixture() {
    let (votes, calls) = fixture_roll_calls();
    compare_with_pandas(&votes, &calls, &fixture("unvotes.csv"));
}

#[test]
fn real_roll_calls_give_the_published_counts() {
    let Some([votes, calls, _]) = real_data() else {
        return;
    };
    assert_eq!(counts(&vote("73/27", &votes, &calls)), (119, 46, 14));
    assert_eq!(counts(&vote("73/266", &votes, &calls)), (138, 12, 16));
}

#[test]
fn every_real_row_lands_on_the_state_of_the_joined_file() {
    let Some([votes, calls, joined]) = real_data() else {
        return;
    };
    // The joined file's (resolution, ISO3, vote) rows, made by the data's distributor.
    let text = std::fs::read_to_string(&joined).expect("joined file");
    let mut expected: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    for line in text.lines().skip(1) {
        let cells: Vec<&str> = line.split(',').collect();
        expected
            .entry(cells[1].to_string())
            .or_default()
            .push((format!("state:{}", cells[3]), cells[4].to_string()));
    }
    let mut rows = 0;
    for (resolution, mut want) in expected {
        let v = vote(&resolution, &votes, &calls);
        let mut got = Vec::new();
        for kind in ["yes", "no", "abstain"] {
            for s in v[kind].as_array().expect("list") {
                got.push((s.as_str().expect("id").to_string(), kind.to_string()));
            }
        }
        got.sort();
        want.sort();
        rows += got.len();
        assert_eq!(got, want, "{resolution}");
    }
    assert_eq!(rows, 1599);
}

#[test]
fn agreement_equals_pandas_on_the_real_roll_calls() {
    let Some([votes, calls, joined]) = real_data() else {
        return;
    };
    compare_with_pandas(&votes, &calls, &joined);
}

#[test]
fn report_shows_the_votes_section() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("report");
    let (votes, calls) = fixture_roll_calls();
    stdout_ok(&with_roll_calls(
        &["report", "--quiet", "-o", path(&out)],
        &votes,
        &calls,
        &[],
    ));
    let html = std::fs::read_to_string(out.join("index.html")).expect("index.html");
    let section = html
        .split("<section id=\"votes\">")
        .nth(1)
        .and_then(|s| s.split("</section>").next())
        .expect("votes section");
    assert!(section.contains("A/RES/73/27: 6 yes"), "{section}");
    assert!(section.contains("6-3-1 · 2018-12-05"), "{section}");
    assert!(section.contains("Voting agreement of group members"));
    // A roll-call row is cited (on the roll-call file's page of the sources of every
    // fact) by file and line, not linked to a source page the report does not have.
    let facts = common::facts_pages(&out);
    let cited = format!("{}:2:1", votes.display());
    assert!(facts.contains(&cited), "{cited}");
    assert!(!facts.contains(&format!("\">{cited}</a>")));
    // The state pages show how each state voted.
    let with_votes = std::fs::read_dir(out.join("states"))
        .expect("state pages")
        .flatten()
        .filter(|e| {
            std::fs::read_to_string(e.path()).is_ok_and(|t| t.contains("<section id=\"votes\">"))
        })
        .count();
    assert!(with_votes > 0, "no state page shows votes");
}

#[test]
fn exports_carry_the_votes_as_typed_edges() {
    if !common::python_with("networkx") {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let (votes, calls) = fixture_roll_calls();
    let mut paths = Vec::new();
    for (format, name) in [
        ("graphml", "graph.graphml"),
        ("gexf", "graph.gexf"),
        ("json", "graph.json"),
        ("csv", "csv"),
        ("neo4j", "neo4j"),
    ] {
        let p = dir.path().join(name);
        stdout_ok(&with_roll_calls(
            &["export", "--format", format, "-o", path(&p)],
            &votes,
            &calls,
            &[],
        ));
        paths.push(p);
    }
    let build = stdout_json(&with_roll_calls(
        &["build", "--format", "json"],
        &votes,
        &calls,
        &[],
    ));
    let edges = build["edges"].as_array().expect("edges");
    let voted = edges
        .iter()
        .filter(|e| {
            ["voted_yes", "voted_no", "abstained"].contains(&e["relation"].as_str().unwrap_or(""))
        })
        .count();
    assert_eq!(voted, 28, "votes on whole resolutions");
    let mut args: Vec<&Path> = paths.iter().map(PathBuf::as_path).collect();
    args.extend([Path::new("state:NAM"), Path::new("A/RES/73/27")]);
    let read = common::run_script("python3", "py/read_exports.py", &args, &[]);
    for reader in ["graphml", "gexf", "node_link", "csv", "neo4j"] {
        assert_eq!(
            read[reader]["edges"].as_u64(),
            Some(edges.len() as u64),
            "{reader}"
        );
    }
}

#[test]
fn a_text_and_the_roll_call_disagreeing_on_a_vote_is_a_conflict() {
    let dir = tempfile::tempdir().expect("temp dir");
    let doc = written(
        dir.path(),
        "press-release.md",
        "Recorded vote on resolution 73/27:\n\nIn favour: China.\n\nAgainst: Brazil.\n",
    );
    let (votes, calls) = fixture_roll_calls();
    let on_both = |command: &'static str, resolution: Option<&'static str>| {
        let mut before = vec![command];
        before.extend(resolution);
        before.extend(["--no-bundled", "--corpus", path(&doc)]);
        stdout_json(&with_roll_calls(
            &before,
            &votes,
            &calls,
            &["--format", "json"],
        ))
    };
    let conflicts = on_both("conflicts", None);
    let votes_in_conflict: Vec<&Value> = conflicts
        .as_array()
        .expect("list")
        .iter()
        .filter(|c| c["topic"] == "vote")
        .collect();
    assert_eq!(votes_in_conflict.len(), 1, "{conflicts:#}");
    let c = votes_in_conflict[0];
    assert_eq!(c["subject"], "state:BRA");
    let sides: Vec<(&str, &str, &str)> = c["sides"]
        .as_array()
        .expect("sides")
        .iter()
        .map(|s| {
            let p = &s["provenance"][0];
            (
                s["value"].as_str().unwrap_or(""),
                p["document"].as_str().unwrap_or(""),
                p["rule"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(sides.len(), 2);
    assert!(
        sides.contains(&("voted_no A/RES/73/27", "press-release.md", "vote-columns")),
        "{sides:?}"
    );
    assert!(
        sides
            .iter()
            .any(|s| s.0 == "abstained A/RES/73/27" && s.1.ends_with("un_votes.csv"))
    );
    // China's vote agrees with the roll call: one edge, two sources; Brazil is left out
    // of the counts until the sources agree.
    let v = on_both("votes", Some("73/27"));
    assert_eq!(counts(&v), (6, 3, 0));
    assert_eq!(v["disputed"], serde_json::json!(["state:BRA"]));
}

#[test]
fn membership_vote_correlation_equals_pandas() {
    let (votes, calls) = fixture_roll_calls();
    let memberships = fixture("memberships.csv");
    let run = |seed: &str| {
        stdout_json(&with_roll_calls(
            &[
                "sat-and-voted",
                "--no-bundled",
                "--kind",
                "all",
                "--memberships",
                path(&memberships),
            ],
            &votes,
            &calls,
            &["--permutations", "499", "--seed", seed, "--format", "json"],
        ))
    };
    let ours = run("3");
    assert_eq!(ours, run("3"), "a seed gives the same answer");
    let p = ours["p_value"].as_f64().expect("p");
    assert!(p > 0.0 && p <= 1.0, "{p}");
    assert_eq!(ours["defiers"].as_array().map(Vec::len), Some(10));
    let Some(expected) = pandas(&[&fixture("unvotes.csv"), &memberships]) else {
        return;
    };
    let c = &expected["correlation"];
    assert_eq!(ours["pairs"], c["pairs"]);
    let (r, pr) = (
        ours["r"].as_f64().expect("r"),
        c["r"].as_f64().expect("pandas r"),
    );
    assert!((r - pr).abs() <= 1e-12, "{r} vs pandas {pr}");
}

/// Per-state votes read from the English pages of `../shared/realdocs` against what its
/// `expected.json` says each page states: precision and recall at least 0.95.
#[test]
fn votes_read_from_the_development_pages() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/realdocs");
    let Ok(expected) = std::fs::read_to_string(dir.join("expected.json")) else {
        eprintln!("note: {} not found; skipped", dir.display());
        return;
    };
    let expected: Value = serde_json::from_str(&expected).expect("expected.json");
    let pages: Vec<&String> = expected
        .as_object()
        .expect("pages")
        .iter()
        .filter(|(_, p)| p["language"] == "en")
        .map(|(name, _)| name)
        .collect();
    let relation = |column: &str| match column {
        "yes" => "voted_yes",
        "no" => "voted_no",
        _ => "abstained",
    };
    let mut want = std::collections::BTreeSet::new();
    for page in &pages {
        for vote in expected[page.as_str()]["votes"]
            .as_array()
            .into_iter()
            .flatten()
        {
            for column in ["yes", "no", "abstain"] {
                for s in vote[column].as_array().into_iter().flatten() {
                    want.insert((
                        page.to_string(),
                        format!("state:{}", s.as_str().unwrap_or("")),
                        relation(column).to_string(),
                        vote["on"].as_str().unwrap_or("").to_string(),
                    ));
                }
            }
        }
    }
    let mut got = std::collections::BTreeSet::new();
    for page in &pages {
        let out = stdout_json(&["extract", path(&dir.join(page)), "--format", "json"]);
        for c in out["claims"].as_array().expect("claims") {
            let r = c["relation"].as_str().unwrap_or("");
            if ["voted_yes", "voted_no", "abstained"].contains(&r) {
                got.insert((
                    page.to_string(),
                    c["subject"].as_str().unwrap_or("").to_string(),
                    r.to_string(),
                    c["object"].as_str().unwrap_or("").to_string(),
                ));
            }
        }
    }
    let tp = got.intersection(&want).count() as f64;
    let precision = if got.is_empty() {
        1.0
    } else {
        tp / got.len() as f64
    };
    let recall = if want.is_empty() {
        1.0
    } else {
        tp / want.len() as f64
    };
    assert!(
        precision >= 0.95 && recall >= 0.95,
        "P {precision:.3} R {recall:.3}\nfalse hits: {:?}\nmisses: {:?}",
        got.difference(&want).collect::<Vec<_>>(),
        want.difference(&got).collect::<Vec<_>>()
    );
}

/// `--memberships` with `--corpus` means what it means in the analysis commands: the
/// table's groups, plus the memberships the --corpus documents state (here a document
/// naming two members of the 2004/2005 GGE, which the table leaves out); the bundled
/// corpus's are replaced (its 2004/2005 list has 15 members).
#[test]
fn votes_per_group_take_the_table_and_the_users_documents() {
    let dir = tempfile::tempdir().expect("temp dir");
    let doc = written(
        dir.path(),
        "mine.txt",
        "Experts from the following Member States participated in the GGE 2004/2005: \
         Brazil and China.\n",
    );
    let (votes, calls) = fixture_roll_calls();
    let memberships = fixture("memberships.csv");
    let v = stdout_json(&with_roll_calls(
        &[
            "votes",
            "73/27",
            "--memberships",
            path(&memberships),
            "--corpus",
            path(&doc),
        ],
        &votes,
        &calls,
        &["--format", "json"],
    ));
    assert_eq!(
        field_strings(&v["groups"], "group"),
        [
            "gge-2004-2005",
            "gge-2014-2015",
            "gge-2016-2017",
            "gge-2019-2021"
        ]
    );
    let first = &v["groups"][0];
    assert_eq!(first["counts"]["yes"], 1, "{first}");
    assert_eq!(first["counts"]["abstain"], 1, "{first}");
    assert_eq!(first["counts"]["no"], 0, "{first}");
    assert_eq!(first["not_recorded"], serde_json::json!([]), "{first}");
}
