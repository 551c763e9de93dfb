//! End-to-end tests of `ggegraph render`: DOT snapshots of every view, Graphviz accepting
//! the DOT, the SVG fallback without Graphviz, exit codes.
//!
//! The snapshots (`tests/snapshots/render__<view>.snap`, made with `insta`) are of the tiny
//! corpus in `tests/fixtures/views/` (and the made-up roll calls of `tests/fixtures/votes/`
//! for the votes and agreement views), so an edit of the bundled seeds leaves them alone.
//! A snapshot that differs fails the test with a line diff, and the new DOT is written
//! beside it as `.snap.new` (not under `CI`, where nothing is written). After a deliberate
//! change, `INSTA_UPDATE=always cargo test --test render` rewrites them; review them with
//! `git diff tests/snapshots` before committing.
//!
//! `GGEGRAPH_REQUIRE_TOOLS=1` makes the tests that need Graphviz fail instead of skipping
//! when `dot` is missing.

mod common;

use assert_cmd::Command;
use ggegraph::corpus::{Corpus, CorpusOptions};
use ggegraph::model::EntityKind;
use graphviz_rust::dot_structures::{Graph, Stmt};
use std::collections::BTreeSet;
use std::io::Write;
use std::process::Stdio;

use common::CORPUS_VIEWS as VIEWS;

/// Every view with its snapshot's name and the options that give it something to draw on
/// the fixture (comembership's default minimum weight of 4 would leave it empty).
const SNAPSHOTS: [(&str, &str, &[&str]); 8] = [
    ("membership", "membership", &[]),
    ("comembership", "comembership", &["--min-weight", "1"]),
    ("timeline", "timeline", &[]),
    ("continuity", "continuity", &[]),
    ("norms", "norms", &[]),
    ("ego:BRA", "ego-BRA", &[]),
    ("votes", "votes", &[]),
    ("agreement", "agreement", &[]),
];

fn ggegraph() -> Command {
    let mut cmd = common::command();
    cmd.env_remove("GGEGRAPH_NO_GRAPHVIZ");
    cmd
}

/// The DOT of `ggegraph render ARGS --format dot`, run in the repository (the fixtures'
/// paths are relative to it).
fn dot_of(args: &[&str]) -> String {
    let out = ggegraph()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .arg("render")
        .args(args)
        .args(["--format", "dot"])
        .output()
        .expect("runs");
    let stdout = common::success(out, &format!("render {args:?}"));
    String::from_utf8(stdout).expect("DOT is UTF-8")
}

/// The DOT of `view` on the bundled corpus.
fn render_dot(view: &str) -> String {
    dot_of(&[view])
}

/// Node ids declared by node statements, in order, subgraphs included.
fn node_ids(dot: &str) -> Vec<String> {
    fn walk(stmts: &[Stmt], out: &mut Vec<String>) {
        for s in stmts {
            match s {
                Stmt::Node(n) if !n.attributes.is_empty() => out.push(common::dot_text(&n.id.0)),
                Stmt::Subgraph(sub) => walk(&sub.stmts, out),
                _ => {}
            }
        }
    }
    let graph = graphviz_rust::parse(dot).expect("DOT parses");
    let stmts = match &graph {
        Graph::Graph { stmts, .. } | Graph::DiGraph { stmts, .. } => stmts,
    };
    let mut out = Vec::new();
    walk(stmts, &mut out);
    out
}

fn bundled() -> Corpus {
    Corpus::load(&CorpusOptions::default())
}

#[test]
fn every_view_of_the_fixture_matches_its_snapshot() {
    for (view, name, options) in SNAPSHOTS {
        let mut args = vec![view, "--no-bundled", "--corpus", "tests/fixtures/views"];
        args.extend_from_slice(options);
        if matches!(view, "votes" | "agreement") {
            args.extend_from_slice(&[
                "--votes",
                "tests/fixtures/votes/un_votes.csv",
                "--roll-calls",
                "tests/fixtures/votes/un_roll_calls.csv",
            ]);
        }
        let dot = dot_of(&args);
        // The snapshot's header names the command, so a reviewer can run it.
        let command = format!("ggegraph render {}", args.join(" "));
        insta::with_settings!({ description => command, omit_expression => true }, {
            insta::assert_snapshot!(name, dot);
        });
    }
}

#[test]
fn dot_is_deterministic() {
    for view in VIEWS {
        assert_eq!(render_dot(view), render_dot(view), "{view}");
    }
}

#[test]
fn graphviz_accepts_every_view() {
    if !common::graphviz() {
        return;
    }
    for view in VIEWS {
        let dot = render_dot(view);
        let mut child = std::process::Command::new("dot")
            .arg("-Tsvg")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("dot starts");
        let mut stdin = child.stdin.take().expect("stdin");
        let writer = std::thread::spawn(move || stdin.write_all(dot.as_bytes()));
        let out = child.wait_with_output().expect("dot runs");
        writer.join().expect("writer").expect("DOT written");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "dot -Tsvg failed on {view}: {stderr}");
        assert!(!stderr.contains("Error"), "{view}: {stderr}");
        assert!(
            String::from_utf8_lossy(&out.stdout).contains("<svg"),
            "{view}: no SVG"
        );
    }
}

#[test]
fn svg_and_png_through_graphviz() {
    if !common::graphviz() {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let png = dir.path().join("timeline.png");
    ggegraph()
        .args(["render", "timeline", "--format", "png", "-o"])
        .arg(&png)
        .assert()
        .success();
    let bytes = std::fs::read(&png).expect("png written");
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "a PNG file");
    let out = ggegraph()
        .args(["render", "norms", "--format", "svg", "--layout", "dot"])
        .output()
        .expect("runs");
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("<svg"));
    assert!(
        out.stderr.is_empty(),
        "no fallback notice with Graphviz: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn membership_has_one_node_per_seated_state_and_per_group() {
    let corpus = bundled();
    let groups = corpus.graph.groups();
    let expected_states: BTreeSet<String> = groups
        .iter()
        .flat_map(|g| g.members.iter().map(|m| m.0.clone()))
        .collect();
    let expected_groups: BTreeSet<String> = groups.iter().map(|g| g.id.0.clone()).collect();
    let ids = node_ids(&render_dot("membership"));
    let states: Vec<&String> = ids.iter().filter(|id| id.starts_with("state:")).collect();
    let unique: BTreeSet<String> = states.iter().map(|s| s.to_string()).collect();
    assert_eq!(states.len(), unique.len(), "one node per state");
    assert_eq!(unique, expected_states);
    let group_nodes: BTreeSet<String> = ids
        .iter()
        .filter(|id| {
            ggegraph::model::EntityId::from(id.as_str()).kind() == EntityKind::Group
                && !id.contains(':')
        })
        .cloned()
        .collect();
    assert_eq!(group_nodes, expected_groups);
}

#[test]
fn continuity_shows_the_six_gges_in_order() {
    let ids = node_ids(&render_dot("continuity"));
    let headers: Vec<&String> = ids.iter().filter(|id| id.starts_with("gge-")).collect();
    assert_eq!(headers, common::BUNDLED_GGES);
    // Columns left to right in the same order.
    let dot = render_dot("continuity");
    let xs: Vec<f64> = headers
        .iter()
        .map(|id| {
            let at = dot.find(&format!("\"{id}\"[")).expect("header node");
            let pos = &dot[at..];
            let start = pos.find("pos=\"").expect("pinned") + 5;
            pos[start..]
                .split(',')
                .next()
                .and_then(|x| x.parse().ok())
                .expect("x")
        })
        .collect();
    assert!(
        xs.windows(2).all(|w| w[0] < w[1]),
        "columns in time order: {xs:?}"
    );
}

#[test]
fn svg_fallback_without_graphviz_is_valid_xml_with_one_element_per_node() {
    for view in VIEWS {
        let nodes = node_ids(&render_dot(view));
        let out = ggegraph()
            .env("GGEGRAPH_NO_GRAPHVIZ", "1")
            .args(["render", view, "--format", "svg"])
            .output()
            .expect("runs");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{view}: {stderr}");
        assert!(
            stderr.contains("fallback"),
            "{view}: says it used the fallback: {stderr}"
        );
        let mut reader = quick_xml::Reader::from_reader(out.stdout.as_slice());
        let mut buf = Vec::new();
        let mut node_elements = 0;
        loop {
            match reader.read_event_into(&mut buf) {
                Ok(quick_xml::events::Event::Eof) => break,
                Ok(quick_xml::events::Event::Start(e)) if e.name().into_inner() == "g" => {
                    let is_node = e
                        .attributes()
                        .filter_map(Result::ok)
                        .any(|a| a.key.into_inner() == "class" && &a.value[..] == "node");
                    node_elements += usize::from(is_node);
                }
                Ok(_) => {}
                Err(e) => panic!("{view}: invalid XML at {}: {e}", reader.buffer_position()),
            }
            buf.clear();
        }
        assert_eq!(
            node_elements,
            nodes.len(),
            "{view}: one <g class=\"node\"> per node"
        );
    }
}

#[test]
fn png_without_graphviz_is_a_clear_error() {
    let out = ggegraph()
        .env("GGEGRAPH_NO_GRAPHVIZ", "1")
        .args(["render", "timeline", "--format", "png"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("PNG output needs Graphviz"));
}

#[test]
fn bad_views_and_options_exit_2() {
    for args in [
        vec!["render", "nonsense"],
        vec!["render", "ego:Atlantis"],
        vec!["render", "comembership", "--min-weight", "-1"],
        vec!["render", "comembership", "--top", "0"],
    ] {
        let out = ggegraph().args(&args).output().expect("runs");
        assert_eq!(
            out.status.code(),
            Some(2),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn options_reach_the_dot() {
    let out = ggegraph()
        .args(["render", "timeline", "--layout", "circo"])
        .output()
        .expect("runs");
    assert!(String::from_utf8_lossy(&out.stdout).contains("layout=\"circo\""));
    let out = ggegraph()
        .args([
            "render",
            "comembership",
            "--weight",
            "jaccard",
            "--kind",
            "gge",
            "--top",
            "10",
        ])
        .output()
        .expect("runs");
    let dot = String::from_utf8_lossy(&out.stdout);
    assert!(dot.contains("jaccard weight, 10 heaviest pairs"), "{dot}");
    let edges = dot
        .lines()
        .filter(|l| l.contains("\"state:") && l.contains("->"))
        .count();
    assert_eq!(edges, 10);
    // An alias names the same state as its code.
    assert_eq!(render_dot("ego:Brazil"), render_dot("ego:BRA"));
}

#[test]
fn output_file_is_written() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("norms.dot");
    ggegraph()
        .args(["render", "norms", "-o"])
        .arg(&path)
        .assert()
        .success();
    assert_eq!(
        std::fs::read_to_string(&path).expect("written"),
        render_dot("norms")
    );
}
