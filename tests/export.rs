//! End-to-end tests of `ggegraph export`: every format written by the binary, read back
//! by NetworkX and Python's csv module (`tests/py/read_exports.py`), and compared with
//! what `ggegraph build` and `ggegraph groups` say about the same graph.
//!
//! The NetworkX checks are skipped when `python3 -c "import networkx"` fails, unless
//! `GGEGRAPH_REQUIRE_TOOLS=1`, which turns the skip into a failure (CI sets it).

mod common;
mod export_common;

use common::{ggegraph, stdout_ok as run_ok};
use export_common::{Built, built};
use serde_json::{Value, json};
use std::path::{Path, PathBuf};

/// The five exports under `dir`, in the order `read_exports.py` takes them.
fn export_all(dir: &Path, corpus: &[&str]) -> [PathBuf; 5] {
    let paths = [
        ("graphml", dir.join("graph.graphml")),
        ("gexf", dir.join("graph.gexf")),
        ("json", dir.join("graph.json")),
        ("csv", dir.join("csv")),
        ("neo4j", dir.join("neo4j")),
    ];
    for (format, path) in &paths {
        let path = path.to_str().expect("utf-8 temp path");
        let mut args = vec!["export", "--format", format, "-o", path];
        args.extend_from_slice(corpus);
        run_ok(&args);
    }
    paths.map(|(_, p)| p)
}

/// Runs the Python reader, or returns `None` when NetworkX is missing and not required.
fn read_back(paths: &[PathBuf; 5], node_ids: &[&str]) -> Option<Value> {
    if !common::python_with("networkx") {
        return None;
    }
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/py/read_exports.py");
    let out = std::process::Command::new("python3")
        .arg(script)
        .args(paths)
        .args(node_ids)
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "read_exports.py: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(serde_json::from_slice(&out.stdout).expect("read_exports.py prints JSON"))
}

#[test]
fn exports_read_back_by_networkx_match_the_graph() {
    let dir = tempfile::tempdir().expect("tempdir");
    let paths = export_all(&dir.path().join("out"), &[]);
    for p in &paths {
        assert!(p.exists(), "{} written", p.display());
    }
    let Some(read) = read_back(
        &paths,
        &["state:BRA", "gge-2014-2015", "A/70/174", "gge-2019-2021"],
    ) else {
        return;
    };
    // Documents that disagree keep both values, typed: never "11 | 13".
    for reader in ["graphml", "gexf"] {
        let report = &read[reader]["node"]["A/70/174"];
        assert_eq!(
            (&report["norm_count"], &report["norm_count_2"]),
            (&json!(11), &json!(13)),
            "{reader}"
        );
        let group = &read[reader]["node"]["gge-2019-2021"];
        assert_eq!(
            [
                &group["report_adopted_on"],
                &group["report_adopted_on_precision"],
                &group["report_adopted_on_2"],
                &group["report_adopted_on_2_precision"]
            ],
            [
                &json!("--05-28"),
                &json!("month-day"),
                &json!("2021-05-28"),
                &json!("day")
            ],
            "{reader}"
        );
    }
    let node_link = &read["node_link"]["node"];
    assert_eq!(node_link["A/70/174"]["norm_count"], json!([11, 13]));
    assert_eq!(
        node_link["gge-2019-2021"]["report_adopted_on"],
        json!(["--05-28", "2021-05-28"])
    );
    assert_eq!(
        node_link["gge-2019-2021"]["report_adopted_on_precision"],
        json!(["month-day", "day"])
    );
    assert_eq!(
        read["csv"]["node"]["gge-2019-2021"]["report_adopted_on"], "--05-28",
        "a date is not a formula"
    );

    let Built { nodes, edges, .. } = built(&[]);
    let groups: Value =
        serde_json::from_slice(&run_ok(&["groups", "--format", "json"])).expect("groups JSON");
    let gge = groups
        .as_array()
        .expect("groups")
        .iter()
        .find(|g| g["id"] == "gge-2014-2015")
        .expect("gge-2014-2015");
    let (start, end) = (gge["start"].clone(), gge["end"].clone());
    assert_eq!((start.clone(), end.clone()), (json!(2014), json!(2015)));
    let region = ggegraph::gazetteer::state_by_iso3("BRA")
        .and_then(|s| s.region)
        .expect("Brazil has a region")
        .as_str();

    for reader in ["graphml", "gexf", "node_link"] {
        let r = &read[reader];
        assert_eq!(r["directed"], true, "{reader}");
        assert_eq!(
            (r["nodes"].as_u64(), r["edges"].as_u64()),
            (Some(nodes), Some(edges)),
            "{reader}"
        );
        let bra = &r["node"]["state:BRA"];
        assert_eq!(
            (&bra["kind"], bra["region"].as_str()),
            (&json!("state"), Some(region)),
            "{reader}"
        );
        let group = &r["node"]["gge-2014-2015"];
        assert_eq!(
            (&group["start"], &group["end"]),
            (&start, &end),
            "{reader}: years typed as integers"
        );
        assert_eq!(r["member_edge"]["relation"], "member_of", "{reader}");
    }
    // GEXF's timeline: the membership lasts as long as the group.
    let member = &read["gexf"]["member_edge"];
    assert_eq!((&member["start"], &member["end"]), (&start, &end));

    for (dialect, id, start_col) in [("csv", "id", "start"), ("neo4j", "id:ID", "start")] {
        let r = &read[dialect];
        assert_eq!(
            (r["nodes"].as_u64(), r["edges"].as_u64()),
            (Some(nodes), Some(edges)),
            "{dialect}"
        );
        assert_eq!(
            r["distinct_ids"].as_u64(),
            Some(nodes),
            "{dialect}: ids unique"
        );
        assert_eq!(r["node"]["state:BRA"][id], "state:BRA");
        assert_eq!(
            r["node"]["state:BRA"]["region"].as_str(),
            Some(region),
            "{dialect}"
        );
        assert_eq!(
            r["node"]["gge-2014-2015"][start_col],
            json!(start.to_string()),
            "{dialect}"
        );
    }
    assert_eq!(read["neo4j"]["node"]["state:BRA"][":LABEL"], "State");
    assert_eq!(read["neo4j"]["member_edge"][":TYPE"], "MEMBER_OF");
}

#[test]
fn exports_are_byte_identical_on_rerun() {
    let dir = tempfile::tempdir().expect("tempdir");
    let first = export_all(&dir.path().join("a"), &[]);
    let second = export_all(&dir.path().join("b"), &[]);
    let files = |paths: &[PathBuf; 5]| -> Vec<Vec<u8>> {
        paths
            .iter()
            .flat_map(|p| {
                if p.is_dir() {
                    vec![p.join("nodes.csv"), p.join("edges.csv")]
                } else {
                    vec![p.clone()]
                }
            })
            .map(|p| std::fs::read(&p).expect("read export"))
            .collect()
    };
    assert_eq!(files(&first), files(&second));
    let stdout = run_ok(&["export", "--format", "graphml"]);
    assert_eq!(
        stdout,
        std::fs::read(&first[0]).expect("read"),
        "stdout and -o share one writer"
    );
}

#[test]
fn hostile_document_names_are_escaped_in_every_format() {
    let corpus = tempfile::tempdir().expect("tempdir");
    let name = "=evil \"q\" <a>&]]>--> \u{1}.md";
    std::fs::write(
        corpus.path().join(name),
        "The Group of Governmental Experts 2014-2015 included Brazil and Germany.\n",
    )
    .expect("write hostile document");
    let corpus_arg = corpus.path().to_str().expect("utf-8 temp path");
    let dir = tempfile::tempdir().expect("tempdir");
    let paths = export_all(dir.path(), &["--no-bundled", "--corpus", corpus_arg]);

    let json: Value =
        serde_json::from_slice(&std::fs::read(&paths[2]).expect("read json")).expect("JSON");
    let doc_id = format!("doc:{name}");
    assert!(
        json["nodes"]
            .as_array()
            .expect("nodes")
            .iter()
            .any(|n| n["id"] == doc_id.as_str()),
        "{json}"
    );
    let graphml = std::fs::read_to_string(&paths[0]).expect("read graphml");
    assert!(
        !graphml.contains('\u{1}') && graphml.contains("&lt;a&gt;&amp;]]&gt;--&gt; \u{FFFD}"),
        "{graphml}"
    );

    let Some(read) = read_back(&paths, &[]) else {
        return;
    };
    let nodes = json["nodes"].as_array().expect("nodes").len() as u64;
    let edges = json["edges"].as_array().expect("edges").len() as u64;
    for reader in ["graphml", "gexf", "node_link", "csv", "neo4j"] {
        assert_eq!(
            (
                read[reader]["nodes"].as_u64(),
                read[reader]["edges"].as_u64()
            ),
            (Some(nodes), Some(edges)),
            "{reader}"
        );
    }
    assert_eq!(
        read["csv"]["documents"],
        json!([format!("'{name}")]),
        "formula neutralised in plain CSV"
    );
    assert_eq!(
        read["neo4j"]["documents"],
        json!([name]),
        "neo4j cells verbatim"
    );
}

#[test]
fn csv_formats_need_a_directory() {
    let out = ggegraph(&["export", "--format", "csv"]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("-o DIR"));
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("taken");
    std::fs::write(&file, "keep").expect("write");
    let out = ggegraph(&[
        "export",
        "--format",
        "neo4j",
        "-o",
        file.to_str().expect("utf-8"),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        std::fs::read_to_string(&file).expect("read"),
        "keep",
        "nothing overwritten"
    );
}
