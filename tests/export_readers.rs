//! The exports read by the tools their users have: xmllint validates GraphML and GEXF 1.3
//! against their XSDs (from `../shared/schemas/`, never copied into the project); the
//! current NetworkX and NetworkX 2.8.8 read GraphML, GEXF (1.3 and 1.2) and node-link JSON
//! and find every node, edge and provenance record (with its page) that `ggegraph build`
//! has; the CSV and Neo4j side tables hold the same records; igraph and pandas read
//! GraphML, CSV and JSON; graphology (Gephi Lite's parser) reads the GEXF and finds the
//! groups' years in `start_year`/`end_year`; d3-force lays out the JSON's `links`.
//!
//! Each check is skipped, with a note, when its tool is missing (xmllint, the schemas,
//! `python3` with networkx, `$GGEGRAPH_NX28_PYTHON` or `/opt/nx28/bin/python` with
//! networkx 2.8.8, igraph and pandas, node with graphology-gexf and d3-force
//! under `$GGEGRAPH_JS_MODULES` or `/opt/ggegraph-js`), unless `GGEGRAPH_REQUIRE_TOOLS=1`, which turns every
//! skip into a failure (CI sets it, and `.ci/run` installs them all).

mod common;
mod export_common;
#[path = "paged_common/mod.rs"]
mod paged_common;

use common::{run_script, stdout_ok};
use export_common::{Built, built};
use serde_json::Value;
use std::path::{Path, PathBuf};

/// `true` when the tool is there; otherwise a note (or a failure under
/// `GGEGRAPH_REQUIRE_TOOLS=1`) and `false`.
fn available(ok: bool, what: &str) -> bool {
    if !ok {
        common::missing_tool(what);
    }
    ok
}

fn python_has(python: &str, check: &str) -> bool {
    std::process::Command::new(python)
        .args(["-c", check])
        .output()
        .is_ok_and(|o| o.status.success())
}

fn nx28_python() -> String {
    std::env::var("GGEGRAPH_NX28_PYTHON").unwrap_or_else(|_| "/opt/nx28/bin/python".into())
}

fn schemas() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/schemas")
}

fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 temp path")
}

/// A corpus beside the bundled one: a two-page PDF whose second page states a membership
/// (so records carry pages), and a Markdown file whose name an NMTOKEN cannot hold.
fn extra_corpus(dir: &Path) -> PathBuf {
    use paged_common::{pdf, text};
    let corpus = dir.join("corpus");
    std::fs::create_dir_all(&corpus).expect("mkdir");
    let page_one = vec![text(72.0, 90.0, 11.0, "Meeting notes, first page.")];
    let page_two = vec![
        text(
            72.0,
            90.0,
            11.0,
            "The Group of Governmental Experts 2019-2021 included Brazil and Kenya.",
        ),
        text(
            72.0,
            110.0,
            11.0,
            "The report A/76/135 was adopted on 28 May 2021.",
        ),
    ];
    std::fs::write(corpus.join("notes_2021.pdf"), pdf(&[page_one, page_two])).expect("pdf");
    std::fs::write(
        corpus.join("é & ü <x> 2014_15.md"),
        "The Group of Governmental Experts 2014-2015 included Brazil and Germany.\n",
    )
    .expect("md");
    corpus
}

/// The bundled corpus and [`extra_corpus`] exported in every format under a temporary
/// directory (kept while the first value lives), and the graph `build` makes of them.
fn exported() -> (tempfile::TempDir, Exports, Built) {
    let dir = tempfile::tempdir().expect("tempdir");
    let corpus = extra_corpus(dir.path());
    let corpus_args = ["--corpus", s(&corpus)];
    let e = export_all(&dir.path().join("out"), &corpus_args);
    let graph = built(&corpus_args);
    (dir, e, graph)
}

/// Every export of the graph of `corpus_args` under `dir`.
struct Exports {
    graphml: PathBuf,
    gexf13: PathBuf,
    gexf12: PathBuf,
    json: PathBuf,
    csv: PathBuf,
    neo4j: PathBuf,
}

fn export_all(dir: &Path, corpus_args: &[&str]) -> Exports {
    let e = Exports {
        graphml: dir.join("graph.graphml"),
        gexf13: dir.join("graph.gexf"),
        gexf12: dir.join("graph-1.2.gexf"),
        json: dir.join("graph.json"),
        csv: dir.join("csv"),
        neo4j: dir.join("neo4j"),
    };
    for (format, extra, path) in [
        ("graphml", None, &e.graphml),
        ("gexf", None, &e.gexf13),
        ("gexf", Some("1.2"), &e.gexf12),
        ("json", None, &e.json),
        ("csv", None, &e.csv),
        ("neo4j", None, &e.neo4j),
    ] {
        let mut args = vec!["export", "--format", format, "-o", s(path)];
        if let Some(version) = extra {
            args.extend(["--gexf-version", version]);
        }
        args.extend_from_slice(corpus_args);
        stdout_ok(&args);
    }
    e
}

/// The records a reader found on the edges and on the nodes, added up (`None` when it
/// reported either count as other than a number): the igraph and pandas checks compare
/// this with every record `build` made.
fn records_read(reader: &Value) -> Option<u64> {
    reader["edge_records"]
        .as_u64()
        .zip(reader["node_records"].as_u64())
        .map(|(a, b)| a + b)
}

fn xmllint_validates(schema: &Path, file: &Path) {
    let out = std::process::Command::new("xmllint")
        .args(["--nonet", "--noout", "--schema"])
        .arg(schema)
        .arg(file)
        .output()
        .expect("xmllint runs");
    let what = format!("{} against {}", file.display(), schema.display());
    common::success(out, &what);
}

#[test]
fn graphml_and_gexf_validate_against_their_schemas() {
    let has_xmllint = std::process::Command::new("xmllint")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !available(has_xmllint, "xmllint (apt libxml2-utils)")
        || !available(
            schemas().join("graphml10/graphml.xsd").is_file(),
            "../shared/schemas",
        )
    {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let corpus = extra_corpus(dir.path());
    let e = export_all(&dir.path().join("out"), &["--corpus", s(&corpus)]);
    xmllint_validates(&schemas().join("graphml10/graphml.xsd"), &e.graphml);
    xmllint_validates(&schemas().join("gexf13/gexf.xsd"), &e.gexf13);
    // No 1.2 schema is at hand: the 1.2 file must be the 1.3 one with only the namespace
    // and the version changed.
    let v13 = std::fs::read_to_string(&e.gexf13).expect("gexf");
    let v12 = std::fs::read_to_string(&e.gexf12).expect("gexf 1.2");
    let as_13 = v12
        .replace("http://www.gexf.net/1.2draft", "http://gexf.net/1.3")
        .replace("version=\"1.2\"", "version=\"1.3\"");
    assert_eq!(as_13, v13);
    let graphml = std::fs::read_to_string(&e.graphml).expect("graphml");
    assert!(
        graphml.contains(r#"<node id="A_2F_76_2F_135">"#)
            && graphml.contains(r#"<data key="n_original_id">A/76/135</data>"#),
        "ids escaped, original kept"
    );
}

#[test]
fn networkx_current_and_2_8_read_every_node_edge_and_record() {
    let current = available(
        python_has("python3", "import networkx"),
        "python3 with networkx",
    );
    let nx28 = nx28_python();
    let old = available(
        python_has(
            &nx28,
            "import networkx; assert networkx.__version__ == '2.8.8'",
        ),
        "NetworkX 2.8.8 (python3 -m venv /opt/nx28 && /opt/nx28/bin/pip install networkx==2.8.8)",
    );
    if !current && !old {
        return;
    }
    let (_dir, e, graph) = exported();
    let records = &graph.records;
    assert!(
        records
            .iter()
            .any(|r| r.starts_with("gge-2019-2021|produces|A/76/135|notes_2021.pdf|2|")),
        "the PDF's claims carry page 2"
    );
    let mut runs = Vec::new();
    if current {
        runs.push(("python3".to_string(), &e.gexf13));
    }
    if old {
        runs.push((nx28.clone(), &e.gexf12));
    }
    for (python, gexf) in runs {
        let paths = [&e.graphml, gexf, &e.json, &e.csv, &e.neo4j].map(PathBuf::as_path);
        let read = run_script(&python, "py/read_exports.py", &paths, &[]);
        let version = read["networkx"].as_str().unwrap_or("?").to_string();
        for reader in ["graphml", "gexf", "node_link", "csv", "neo4j"] {
            let r = &read[reader];
            let context = format!("NetworkX {version}, {reader}");
            assert_eq!(
                (r["nodes"].as_u64(), r["edges"].as_u64()),
                (Some(graph.nodes), Some(graph.edges)),
                "{context}"
            );
            let got: Vec<&str> = r["records"]
                .as_array()
                .expect("records")
                .iter()
                .map(|v| v.as_str().expect("string"))
                .collect();
            let missing: Vec<&String> = records
                .iter()
                .filter(|r| !got.contains(&r.as_str()))
                .collect();
            assert!(
                missing.is_empty(),
                "{context}: records missing: {missing:?}"
            );
            assert_eq!(
                &got, records,
                "{context}: every provenance record, with its page"
            );
        }
        let group = &read["graphml"]["node"]["gge-2014-2015"];
        assert_eq!(group["member_count"], 20, "NetworkX {version}: typed count");
        let gexf_edge = &read["gexf"]["member_edge"];
        assert_eq!(
            (&gexf_edge["start_year"], &gexf_edge["end_year"]),
            (&Value::from(2014), &Value::from(2015)),
            "NetworkX {version}: plain years beside the spells"
        );
    }
}

#[test]
fn igraph_and_pandas_read_graphml_csv_and_json() {
    if !available(
        python_has("python3", "import igraph, pandas"),
        "python3 with igraph and pandas",
    ) {
        return;
    }
    let (_dir, e, graph) = exported();
    let Built {
        nodes,
        edges,
        records,
    } = graph;
    let read = run_script(
        "python3",
        "py/read_exports_frames.py",
        &[&e.graphml, &e.json, &e.csv],
        &[],
    );
    let total = records.len() as u64;
    let paged = records.iter().filter(|r| r.contains(".pdf|")).count() as u64;
    let ig = &read["igraph"];
    assert_eq!(ig["directed"], true);
    assert_eq!(
        (ig["nodes"].as_u64(), ig["edges"].as_u64()),
        (Some(nodes), Some(edges))
    );
    assert_eq!(ig["distinct_original_ids"].as_u64(), Some(nodes));
    assert_eq!(records_read(ig), Some(total));
    assert_eq!(
        (
            read["igraph_frames"]["nodes"].as_u64(),
            read["igraph_frames"]["edges"].as_u64()
        ),
        (Some(nodes), Some(edges))
    );
    let pd = &read["pandas"];
    assert_eq!(
        (pd["nodes"].as_u64(), pd["edges"].as_u64()),
        (Some(nodes), Some(edges))
    );
    assert_eq!(
        pd["edge_records"], pd["joined_records"],
        "every record joins its edge"
    );
    assert_eq!(records_read(pd), Some(total));
    assert_eq!(pd["json_links"].as_u64(), Some(edges));
    assert_eq!(pd["json_link_records"], pd["edge_records"]);
    assert!(paged > 0 && pd["pages_present"].as_u64() > Some(0), "{pd}");
    assert_eq!(pd["member_count_dtype"], "Int64", "counts read as integers");
}

#[test]
fn graphology_reads_the_gexf_with_the_groups_years_and_d3_lays_out_the_json() {
    let modules = PathBuf::from(
        std::env::var("GGEGRAPH_JS_MODULES").unwrap_or_else(|_| "/opt/ggegraph-js".into()),
    )
    .join("node_modules");
    let has_node = std::process::Command::new("node")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !available(
        has_node && modules.join("graphology-gexf").is_dir() && modules.join("d3-force").is_dir(),
        "node with graphology-gexf and d3-force (npm install --prefix /opt/ggegraph-js graphology graphology-gexf @xmldom/xmldom d3-force)",
    ) {
        return;
    }
    let (_dir, e, graph) = exported();
    let read = run_script(
        "node",
        "js/read_gexf.js",
        &[&e.gexf13, Path::new("gge-2014-2015")],
        &[("NODE_PATH", &modules)],
    );
    assert_eq!(
        (read["nodes"].as_u64(), read["edges"].as_u64()),
        (Some(graph.nodes), Some(graph.edges))
    );
    assert_eq!(read["records"].as_u64(), Some(graph.records.len() as u64));
    let group = &read["node"];
    assert_eq!(
        (
            &group["start_year"],
            &group["end_year"],
            &group["member_count"]
        ),
        (&Value::from(2014), &Value::from(2015), &Value::from(20)),
        "{group}"
    );

    let d3 = run_script("node", "js/read_json_d3.mjs", &[&e.json, &modules], &[]);
    assert_eq!(
        (d3["nodes"].as_u64(), d3["links"].as_u64()),
        (Some(graph.nodes), Some(graph.edges))
    );
    assert_eq!(
        (&d3["unresolved"], &d3["placed"]),
        (&Value::from(0), &Value::from(true))
    );
}
