//! End-to-end tests of the analysis commands: comembership, continuity, recurrence,
//! centrality, regions, and the `state` standing, on the bundled corpus and on CSV files.
//!
//! NetworkX reference values live in `tests/fixtures/networkx/` (see its README); they are
//! always compared, and a live run of `tests/py/networkx_reference.py` is compared too
//! when `python3 -c "import networkx"` works (required when `GGEGRAPH_REQUIRE_TOOLS=1`).

use serde_json::Value;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

const WEIGHTS: [&str; 4] = ["count", "jaccard", "overlap", "newman"];
const MEASURES: [&str; 4] = ["degree", "betweenness", "eigenvector", "closeness"];
const TOLERANCE: f64 = 1e-9;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

mod common;
use common::{ggegraph, stdout_json, stdout_text};

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= TOLERANCE
}

/// Compares `comembership` and `centrality` on `csv` with NetworkX's values in `expected`.
fn compare_with_networkx(csv: &Path, expected: &Value) {
    let csv = csv.to_str().expect("UTF-8 path");
    for weight in WEIGHTS {
        let ours = stdout_json(&[
            "comembership",
            "--memberships",
            csv,
            "--weight",
            weight,
            "--format",
            "json",
        ]);
        let ours = ours["edges"].as_array().expect("edges");
        let theirs = expected["comembership"][weight]
            .as_array()
            .expect("expected edges");
        assert_eq!(ours.len(), theirs.len(), "{csv} {weight}: number of edges");
        for (a, b) in ours.iter().zip(theirs) {
            assert_eq!(
                (&a["source"], &a["target"]),
                (&b["source"], &b["target"]),
                "{csv} {weight}"
            );
            let (x, y) = (
                a["weight"].as_f64().expect("weight"),
                b["weight"].as_f64().expect("weight"),
            );
            assert!(
                close(x, y),
                "{csv} {weight} {}-{}: {x} vs NetworkX {y}",
                a["source"],
                a["target"]
            );
        }
        for measure in MEASURES {
            let ours = stdout_json(&[
                "centrality",
                "--memberships",
                csv,
                "--weight",
                weight,
                "--measure",
                measure,
                "--format",
                "json",
            ]);
            let ours: BTreeMap<String, f64> = ours["nodes"]
                .as_array()
                .expect("nodes")
                .iter()
                .map(|n| {
                    (
                        n["id"].as_str().expect("id").to_string(),
                        n["value"].as_f64().expect("value"),
                    )
                })
                .collect();
            let theirs: BTreeMap<String, f64> = expected["centrality"][weight][measure]
                .as_object()
                .expect("expected values")
                .iter()
                .map(|(k, v)| (k.clone(), v.as_f64().expect("value")))
                .collect();
            assert_eq!(
                ours.keys().collect::<Vec<_>>(),
                theirs.keys().collect::<Vec<_>>(),
                "{csv} {measure}"
            );
            for (id, x) in &ours {
                assert!(
                    close(*x, theirs[id]),
                    "{csv} {weight} {measure} {id}: {x} vs NetworkX {}",
                    theirs[id]
                );
            }
        }
    }
}

#[test]
fn matches_stored_networkx_values() {
    for name in ["bundled", "small"] {
        let expected: Value = serde_json::from_str(
            &std::fs::read_to_string(fixture(&format!("networkx/memberships_{name}.json")))
                .expect("fixture"),
        )
        .expect("fixture JSON");
        compare_with_networkx(&fixture(&format!("memberships_{name}.csv")), &expected);
    }
}

#[test]
fn matches_networkx_run_live() {
    if !common::python_with("networkx") {
        return;
    }
    for name in ["bundled", "small"] {
        let csv = fixture(&format!("memberships_{name}.csv"));
        let expected = common::run_script("python3", "py/networkx_reference.py", &[&csv], &[]);
        compare_with_networkx(&csv, &expected);
    }
}

#[test]
fn continuity_of_the_bundled_gges() {
    // From tests/fixtures/facts.json, the member lists of the six GGEs (2004/05, 2009/10,
    // 2012/13, 2014/15, 2016/17, 2019/21): the states in all six are China, France,
    // Germany, the Russian Federation, the United Kingdom and the United States (Brazil is
    // missing from 2012/13, India from 2014/15, Estonia from 2004/05, Belarus from 2016/17).
    let core = "CHN DEU FRA GBR RUS USA";
    let table = stdout_text(&["continuity"]);
    assert!(
        table.contains(&format!("In all 6 groups (6): {core}")),
        "{table}"
    );
    assert!(
        table.contains("gge-2014-2015 -> gge-2016-2017: 20 -> 25 members"),
        "{table}"
    );

    let json = stdout_json(&["continuity", "--format", "json"]);
    assert_eq!(common::strings(&json["sequence"]), common::BUNDLED_GGES);
    let in_all: Vec<&str> = json["states"]
        .as_array()
        .expect("states")
        .iter()
        .filter(|s| s["count"] == 6)
        .map(|s| s["id"].as_str().expect("id").trim_start_matches("state:"))
        .collect();
    assert_eq!(in_all.join(" "), core);
    let step = &json["transitions"][3];
    assert_eq!(
        (step["from"].as_str(), step["to"].as_str()),
        (Some("gge-2014-2015"), Some("gge-2016-2017"))
    );
    let len = |k: &str| step[k].as_array().map_or(0, Vec::len);
    assert_eq!(
        (
            len("retained") + len("left"),
            len("retained") + len("joined")
        ),
        (20, 25)
    );
    assert!(close(
        step["jaccard"].as_f64().expect("jaccard"),
        13.0 / 32.0
    ));

    // The CSV made from the fact table gives the same answer as the bundled documents.
    let csv = fixture("memberships_bundled.csv");
    assert_eq!(
        stdout_json(&[
            "continuity",
            "--format",
            "json",
            "--memberships",
            csv.to_str().expect("path")
        ]),
        json
    );
}

#[test]
fn recurrence_flags_p5_and_core() {
    let json = stdout_json(&["recurrence", "--min", "5", "--format", "json"]);
    let states = json["states"].as_array().expect("states");
    let ids: Vec<&str> = states
        .iter()
        .map(|s| s["id"].as_str().expect("id"))
        .collect();
    assert_eq!(
        ids,
        [
            "state:CHN",
            "state:DEU",
            "state:FRA",
            "state:GBR",
            "state:RUS",
            "state:USA",
            "state:BRA",
            "state:EST",
            "state:IND"
        ]
    );
    assert_eq!(states[1]["p5"], false);
    assert_eq!(states[1]["core"], true);
    assert_eq!(states[2]["p5"], true);
    assert_eq!(states[6]["core"], false);
    let table = stdout_text(&["recurrence"]);
    assert!(table.contains("P5, every group"), "{table}");
}

#[test]
fn comembership_shared_groups_in_time_order_and_filters() {
    let json = stdout_json(&["comembership", "--format", "json"]);
    let edges = json["edges"].as_array().expect("edges");
    let pairs: Vec<(&str, &str)> = edges
        .iter()
        .map(|e| {
            (
                e["source"].as_str().expect("s"),
                e["target"].as_str().expect("t"),
            )
        })
        .collect();
    assert!(
        pairs.windows(2).all(|w| w[0] < w[1]),
        "sorted by (source, target)"
    );
    assert!(pairs.iter().all(|(s, t)| s < t));
    let bra_chn = edges
        .iter()
        .find(|e| e["source"] == "state:BRA" && e["target"] == "state:CHN")
        .expect("BRA-CHN");
    assert_eq!(bra_chn["weight"], 5.0);
    assert_eq!(
        bra_chn["shared"],
        serde_json::json!([
            "gge-2004-2005",
            "gge-2009-2010",
            "gge-2014-2015",
            "gge-2016-2017",
            "gge-2019-2021"
        ])
    );

    // The six states in every GGE: 15 pairs of weight 6, the only ones.
    let top = stdout_json(&["comembership", "--min-weight", "6", "--format", "json"]);
    assert_eq!(top["edges"].as_array().map(Vec::len), Some(15));
    let top3 = stdout_json(&["comembership", "--top", "3", "--format", "json"]);
    let ids: Vec<String> = top3["edges"]
        .as_array()
        .expect("edges")
        .iter()
        .map(|e| format!("{}-{}", e["source"], e["target"]))
        .collect();
    assert_eq!(
        ids,
        [
            "\"state:CHN\"-\"state:DEU\"",
            "\"state:CHN\"-\"state:FRA\"",
            "\"state:CHN\"-\"state:GBR\""
        ]
    );

    let csv = stdout_text(&["comembership", "--format", "csv", "--top", "1"]);
    assert_eq!(
        csv,
        "source,target,weight,shared\nstate:CHN,state:DEU,6.0,6\n"
    );
}

/// The sum of the number `field` over the objects of the JSON array `list`, each read by
/// `number` (and a panic naming `field` where one is missing or of another kind): the
/// regions' shares and members both have to add up.
#[track_caller]
fn sum_of<T: std::iter::Sum>(list: &Value, field: &str, number: fn(&Value) -> Option<T>) -> T {
    list.as_array()
        .expect("a JSON array")
        .iter()
        .map(|item| number(&item[field]).expect(field))
        .sum()
}

#[test]
fn regions_table_and_json() {
    let json = stdout_json(&["regions", "--format", "json"]);
    let un: f64 = sum_of(&json["un_membership"], "share", Value::as_f64);
    assert!(close(un, 1.0));
    let groups = json["groups"].as_array().expect("groups");
    assert_eq!(groups.len(), 6);
    for g in groups {
        let members: u64 = sum_of(&g["regions"], "members", Value::as_u64);
        assert_eq!(Some(members), g["size"].as_u64());
        let balance = g["balance"].as_f64().expect("balance");
        assert!((0.0..=1.0).contains(&balance));
    }
    // GGE 2004/2005: 2 African members of 15 against 54 of 193 in the UN.
    assert!(
        groups[0]["under_represented"]
            .as_array()
            .expect("list")
            .contains(&Value::from("AFR"))
    );
    let table = stdout_text(&["regions"]);
    assert!(
        table.contains("UN membership") && table.contains("BALANCE"),
        "{table}"
    );
}

#[test]
fn state_shows_standing() {
    let json = stdout_json(&["state", "BRA", "--format", "json"]);
    assert_eq!(json["longest_streak"], 3);
    let co = json["co_members"].as_array().expect("co-members");
    assert_eq!(co[0]["count"], 5);
    assert!(json["degree_rank"].as_u64().is_some());
    let table = stdout_text(&["state", "Brazil"]);
    assert!(
        table.contains("Longest run of consecutive GGEs: 3"),
        "{table}"
    );
}

fn temp_csv(text: &[u8]) -> tempfile::NamedTempFile {
    let mut f = tempfile::Builder::new()
        .suffix(".csv")
        .tempfile()
        .expect("temp file");
    f.write_all(text).expect("write");
    f
}

fn fails_with(args: &[&str], needle: &str) {
    let out = ggegraph(args);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
    assert!(
        stderr.contains(needle),
        "{args:?}: expected {needle:?} in {stderr}"
    );
}

#[test]
fn bad_input_exits_2_with_file_and_row() {
    fails_with(&["comembership", "--weight", "heaviest"], "heaviest");
    fails_with(&["centrality", "--measure", "pagerank"], "pagerank");

    let no_state = temp_csv(b"country,group\nFRA,g\n");
    let path = no_state.path().to_str().expect("path");
    fails_with(
        &["continuity", "--memberships", path],
        &format!("{path}:1: the header has no `state` column"),
    );

    let empty = temp_csv(b"");
    let path = empty.path().to_str().expect("path");
    fails_with(
        &["comembership", "--memberships", path],
        &format!("{path}: the file is empty"),
    );

    let unknown = temp_csv(b"state,group\nFrance,g\nGermany,g\nNarnia,g\n");
    let path = unknown.path().to_str().expect("path");
    fails_with(
        &["recurrence", "--memberships", path, "--kind", "all"],
        &format!("{path}:4: unknown state \"Narnia\""),
    );
    let json = stdout_json(&[
        "recurrence",
        "--memberships",
        path,
        "--kind",
        "all",
        "--allow-unknown",
        "--format",
        "json",
    ]);
    assert_eq!(
        common::field_strings(&json["states"], "id"),
        ["state:DEU", "state:FRA", "state:Narnia"]
    );

    let bad_utf8 = temp_csv(b"state,group\nFRA,g\n\xffRA,g\n");
    let path = bad_utf8.path().to_str().expect("path");
    fails_with(
        &["regions", "--memberships", path],
        &format!("{path}:3: the `state` field is not valid UTF-8"),
    );
}

#[test]
fn user_csv_replaces_bundled_memberships() {
    let small = fixture("memberships_small.csv");
    let on_small = |command: &str| {
        stdout_json(&[
            command,
            "--memberships",
            small.to_str().expect("path"),
            "--format",
            "json",
        ])
    };
    let json = on_small("comembership");
    let edges = json["edges"].as_array().expect("edges");
    assert_eq!(edges.len(), 12);
    // MLI sat only in a group of one: no edge, but still a node for centrality.
    assert!(
        edges
            .iter()
            .all(|e| e["source"] != "state:MLI" && e["target"] != "state:MLI")
    );
    let degree = on_small("centrality");
    let mli = degree["nodes"]
        .as_array()
        .expect("nodes")
        .iter()
        .find(|n| n["id"] == "state:MLI")
        .expect("MLI");
    assert_eq!(mli["value"], 0.0);
}

#[test]
fn corpus_documents_add_to_a_user_csv() {
    let small = fixture("memberships_small.csv");
    let doc = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds/gge-2014-2015.md");
    let json = stdout_json(&[
        "continuity",
        "--kind",
        "all",
        "--format",
        "json",
        "--memberships",
        small.to_str().expect("path"),
        "--corpus",
        doc.to_str().expect("path"),
    ]);
    // The dated GGE first, then the CSV's undated groups by id.
    assert_eq!(
        common::strings(&json["sequence"]),
        [
            "gge-2014-2015",
            "alpha",
            "beta",
            "delta",
            "epsilon",
            "gamma",
            "solo"
        ]
    );
    assert_eq!(
        json["transitions"][0]["retained"],
        serde_json::json!(["state:BRA", "state:DEU", "state:FRA"])
    );
}
