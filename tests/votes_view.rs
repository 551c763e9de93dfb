//! End-to-end tests of `ggegraph render votes` and `render agreement`: the cells of the
//! made-up roll calls of `tests/fixtures/votes/` (always; their DOT snapshot is in
//! `tests/render.rs`), and on the real roll calls in
//! `../shared/data/` (skipped, with a note, when they are not there): the states in each
//! cell of 73/27 x 73/266 counted from the positions in the DOT equal the counts this
//! test computes from the CSV files itself, and Graphviz (`dot`, `neato -n2`) draws the
//! DOT. `GGEGRAPH_REQUIRE_TOOLS=1` makes the Graphviz checks fail instead of skipping.

mod common;

use assert_cmd::Command;
use graphviz_rust::dot_structures::{Graph, Stmt};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Output, Stdio};

fn manifest() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The real roll calls beside the repository, if present: (votes, roll calls).
fn real_data() -> Option<[PathBuf; 2]> {
    common::shared_data(["un_votes-ict.csv", "un_roll_calls-ict.csv"])
}

/// Runs `command --votes VOTES --roll-calls CALLS`: every run here reads these two files,
/// and `command` carries what the test sets before them (Graphviz or the fallback, the
/// subcommand and its arguments).
fn with_roll_calls(command: &mut Command, votes: &Path, calls: &Path) -> Output {
    command
        .arg("--votes")
        .arg(votes)
        .arg("--roll-calls")
        .arg(calls)
        .output()
        .expect("runs")
}

fn render(args: &[&str], votes: &Path, calls: &Path) -> String {
    let out = with_roll_calls(
        common::command()
            .env_remove("GGEGRAPH_NO_GRAPHVIZ")
            .arg("render")
            .args(args),
        votes,
        calls,
    );
    String::from_utf8(common::success(out, &format!("render {args:?}"))).expect("UTF-8")
}

/// Every node statement with attributes: id -> (attribute -> value), subgraphs included.
fn nodes(dot: &str) -> BTreeMap<String, BTreeMap<String, String>> {
    fn walk(stmts: &[Stmt], out: &mut BTreeMap<String, BTreeMap<String, String>>) {
        for s in stmts {
            match s {
                Stmt::Node(n) if !n.attributes.is_empty() => {
                    let attrs = n
                        .attributes
                        .iter()
                        .map(|a| (common::dot_text(&a.0), common::dot_text(&a.1)))
                        .collect();
                    out.insert(common::dot_text(&n.id.0), attrs);
                }
                Stmt::Subgraph(sub) => walk(&sub.stmts, out),
                _ => {}
            }
        }
    }
    let graph = graphviz_rust::parse(dot).expect("DOT parses");
    let stmts = match &graph {
        Graph::Graph { stmts, .. } | Graph::DiGraph { stmts, .. } => stmts,
    };
    let mut out = BTreeMap::new();
    walk(stmts, &mut out);
    out
}

/// A pinned position `x,y!`.
fn pos(attrs: &BTreeMap<String, String>) -> (f64, f64) {
    let p = attrs.get("pos").expect("pinned").trim_end_matches('!');
    let (x, y) = p.split_once(',').expect("x,y");
    (x.parse().expect("x"), y.parse().expect("y"))
}

const CHOICES: [&str; 4] = ["yes", "abstain", "no", "not-recorded"];

/// The number of states in each cell (column vote, row vote), read from where the DOT
/// places them: a state's column is the number of vertical grid lines left of it, its
/// row the number of horizontal lines above it.
fn cells_by_position(dot: &str) -> BTreeMap<(String, String), usize> {
    let nodes = nodes(dot);
    let guides = |prefix: &str, axis: fn((f64, f64)) -> f64| -> Vec<f64> {
        let mut v: Vec<f64> = nodes
            .iter()
            .filter(|(id, _)| id.starts_with(prefix) && id.ends_with(":a"))
            .map(|(_, a)| axis(pos(a)))
            .collect();
        v.sort_by(f64::total_cmp);
        v
    };
    let columns = guides("guide:column", |p| p.0);
    let rows = guides("guide:row", |p| p.1);
    assert_eq!((columns.len(), rows.len()), (3, 3), "a 4 x 4 grid");
    let mut out = BTreeMap::new();
    for (id, attrs) in &nodes {
        if !id.starts_with("state:") {
            continue;
        }
        let (x, y) = pos(attrs);
        let c = columns.iter().filter(|&&g| g < x).count();
        let r = rows.iter().filter(|&&g| g > y).count();
        *out.entry((CHOICES[c].to_string(), CHOICES[r].to_string()))
            .or_insert(0) += 1;
    }
    out
}

/// Votes on whole resolutions read straight from the CSV files: resolution (as the file
/// writes it, `R/73/27`) -> country code -> vote.
fn votes_from_csv(votes: &Path, calls: &Path) -> BTreeMap<String, BTreeMap<String, String>> {
    let mut rcid_of = BTreeMap::new();
    let mut r = csv::Reader::from_path(calls).expect("roll calls");
    let headers = r.headers().expect("header").clone();
    let col = |name: &str| headers.iter().position(|h| h == name).expect(name);
    let (rcid, unres, amend, para) = (col("rcid"), col("unres"), col("amend"), col("para"));
    for row in r.records() {
        let row = row.expect("row");
        let whole = row[amend].trim().is_empty() && row[para].trim().is_empty();
        if whole {
            rcid_of.insert(row[rcid].to_string(), row[unres].to_string());
        }
    }
    let mut out: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    let mut r = csv::Reader::from_path(votes).expect("votes");
    for row in r.records() {
        let row = row.expect("row");
        if let Some(res) = rcid_of.get(&row[0]) {
            out.entry(res.clone())
                .or_default()
                .insert(row[2].to_string(), row[3].to_string());
        }
    }
    out
}

/// Cell counts of `x` against `y` from the CSV: every country with a vote on either.
fn cells_from_csv(
    all: &BTreeMap<String, BTreeMap<String, String>>,
    x: &str,
    y: &str,
) -> BTreeMap<(String, String), usize> {
    let (on_x, on_y) = (&all[x], &all[y]);
    let mut out = BTreeMap::new();
    for code in on_x.keys().chain(on_y.keys()) {
        let of = |m: &BTreeMap<String, String>| {
            m.get(code)
                .cloned()
                .unwrap_or_else(|| "not-recorded".into())
        };
        out.insert(code.clone(), (of(on_x), of(on_y)));
    }
    let mut counts = BTreeMap::new();
    for cell in out.into_values() {
        *counts.entry(cell).or_insert(0) += 1;
    }
    counts
}

/// Runs a Graphviz program on `dot`; returns the SVG.
fn graphviz(program: &str, args: &[&str], dot: &str) -> String {
    let mut child = std::process::Command::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("graphviz starts");
    let mut stdin = child.stdin.take().expect("stdin");
    let input = dot.to_string();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().expect("graphviz runs");
    writer.join().expect("writer").expect("DOT written");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{program} {args:?} failed: {stderr}");
    assert!(!stderr.contains("Error"), "{program} {args:?}: {stderr}");
    String::from_utf8(out.stdout).expect("SVG is UTF-8")
}

#[test]
fn fixture_votes_view_places_brazil_by_its_two_votes() {
    let dir = manifest().join("tests/fixtures/votes");
    let dot = render(
        &["votes", "--no-bundled"],
        &dir.join("un_votes.csv"),
        &dir.join("un_roll_calls.csv"),
    );
    // The fixture: Brazil abstained on 73/27 and voted yes on 73/266.
    let cells = cells_by_position(&dot);
    assert_eq!(cells[&("abstain".to_string(), "yes".to_string())], 1);
    let brazil = &nodes(&dot)["state:BRA"];
    assert!(brazil["tooltip"].contains("abstained on A/RES/73/27, in favour on A/RES/73/266"));
}

#[test]
fn real_cells_of_73_27_against_73_266_equal_the_csv() {
    let Some([votes, calls]) = real_data() else {
        return;
    };
    let dot = render(&["votes"], &votes, &calls);
    assert_eq!(
        dot,
        render(&["votes:73/27,73/266"], &votes, &calls).replacen(
            "digraph \"votes:A/RES/73/27,A/RES/73/266\"",
            "digraph \"votes\"",
            1
        )
    );
    let expected = cells_from_csv(&votes_from_csv(&votes, &calls), "R/73/27", "R/73/266");
    let drawn = cells_by_position(&dot);
    assert_eq!(drawn, expected);
    let total: usize = expected
        .iter()
        .filter(|((x, _), _)| x == "yes")
        .map(|(_, n)| n)
        .sum();
    assert_eq!(total, 119, "73/27: 119 in favour");
    // Each cell's caption says how many states it holds.
    let nodes = nodes(&dot);
    for x in CHOICES {
        for y in CHOICES {
            let n = expected
                .get(&(x.to_string(), y.to_string()))
                .copied()
                .unwrap_or(0);
            assert_eq!(
                nodes[&format!("cell:{x}:{y}")]["label"],
                n.to_string(),
                "{x} x {y}"
            );
        }
    }
    // Members of a GGE or OEWG (from the bundled corpus) are boxes, the others ellipses.
    assert_eq!(nodes["state:USA"]["shape"], "box");
    assert_eq!(nodes["state:RUS"]["shape"], "box");
    assert_eq!(nodes["state:AFG"]["shape"], "ellipse");
    assert!(nodes.keys().any(|id| id.starts_with("legend:Member")));
}

#[test]
fn real_agreement_view_cells_equal_the_csv() {
    let Some([votes, calls]) = real_data() else {
        return;
    };
    let dot = render(&["agreement"], &votes, &calls);
    let nodes = nodes(&dot);
    let label = &nodes["agreement:matrix"]["label"];
    let rows: Vec<Vec<String>> = label
        .split("<TR>")
        .skip(1)
        .map(|row| {
            row.split("<TD")
                .skip(1)
                .map(|cell| {
                    let inner = &cell[cell.find('>').map_or(0, |i| i + 1)..];
                    let mut plain = String::new();
                    let mut in_tag = false;
                    for c in inner.chars() {
                        match c {
                            '<' => in_tag = true,
                            '>' => in_tag = false,
                            c if !in_tag => plain.push(c),
                            _ => {}
                        }
                    }
                    plain
                })
                .collect()
        })
        .collect();
    assert_eq!(rows.len(), 41, "40 states and a header");
    let header = &rows[0];
    let at = |iso3: &str| header.iter().position(|h| h == iso3).expect(iso3);
    for (i, row) in rows.iter().enumerate().skip(1) {
        assert_eq!(row[i], "1.00", "diagonal of {}", row[0]);
    }
    // The index of a pair, computed here from the CSV over every whole-resolution vote.
    let all = votes_from_csv(&votes, &calls);
    let score = |a: &str, b: &str| match (a, b) {
        _ if a == b => 1.0,
        ("abstain", _) | (_, "abstain") => 0.5,
        _ => 0.0,
    };
    for (a3, a2, b3, b2) in [("RUS", "RU", "USA", "US"), ("CHN", "CN", "RUS", "RU")] {
        let (mut sum, mut n) = (0.0, 0);
        for by_state in all.values() {
            if let (Some(x), Some(y)) = (by_state.get(a2), by_state.get(b2)) {
                sum += score(x, y);
                n += 1;
            }
        }
        let expected = format!("{:.2}", sum / f64::from(n));
        assert_eq!(rows[at(a3)][at(b3)], expected, "{a3} x {b3}");
    }
}

#[test]
fn graphviz_draws_the_votes_views_as_laid_out() {
    let Some([votes, calls]) = real_data() else {
        return;
    };
    if !common::graphviz() {
        return;
    }
    let dot = render(&["votes"], &votes, &calls);
    for (program, args) in [("dot", vec!["-Tsvg"]), ("neato", vec!["-n2", "-Tsvg"])] {
        let svg = graphviz(program, &args, &dot);
        assert!(svg.contains("id=\"state:RUS\""), "{program}: no RUS node");
    }
    let agreement = render(&["agreement"], &votes, &calls);
    let svg = graphviz("dot", &["-Tsvg"], &agreement);
    assert!(
        svg.contains(">0.50<") || svg.contains(">1.00<"),
        "cells drawn"
    );
    let out = with_roll_calls(
        common::command()
            .env_remove("GGEGRAPH_NO_GRAPHVIZ")
            .args(["render", "votes", "--format", "png"]),
        &votes,
        &calls,
    );
    assert!(out.status.success());
    assert!(out.stdout.starts_with(b"\x89PNG\r\n\x1a\n"), "a PNG");
}

#[test]
fn without_votes_the_views_are_a_clear_error() {
    for view in ["votes", "agreement", "votes:73/27", "votes:73/27,99/1"] {
        let out = common::command()
            .args(["render", view])
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(2), "{view}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("votes"), "{view}: {stderr}");
    }
}

#[test]
fn report_shows_the_votes_view_in_its_votes_section() {
    let Some([votes, calls]) = real_data() else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let out = with_roll_calls(
        common::command()
            .args(["report", "--quiet", "-o"])
            .arg(dir.path()),
        &votes,
        &calls,
    );
    common::success(out, "report");
    for file in ["votes.dot", "votes.svg", "agreement.dot", "agreement.svg"] {
        let path = dir.path().join("diagrams").join(file);
        assert!(path.is_file(), "{} missing", path.display());
    }
    let index = std::fs::read_to_string(dir.path().join("index.html")).expect("index");
    let start = index.find("id=\"votes\"").expect("Votes section");
    let end = start + index[start..].find("</section>").expect("section end");
    let section = &index[start..end];
    common::assert_shows(
        section,
        &[
            (
                "States by their votes on A/RES/73/27 and A/RES/73/266",
                "heading",
            ),
            ("<figure class=\"diagram\"><svg", "inline SVG"),
            ("href=\"states/RUS.html\"", "nodes link"),
            ("id=\"d-votes-", "ids prefixed"),
        ],
    );
    assert!(index.contains("<li>agreement (<a href=\"diagrams/agreement.svg\">"));
}

#[test]
fn fallback_without_graphviz_keeps_the_grid() {
    let Some([votes, calls]) = real_data() else {
        return;
    };
    let dot = render(&["votes"], &votes, &calls);
    let out = with_roll_calls(
        common::command()
            .env("GGEGRAPH_NO_GRAPHVIZ", "1")
            .args(["render", "votes", "--format", "svg"]),
        &votes,
        &calls,
    );
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("fallback"));
    let svg = String::from_utf8(out.stdout).expect("UTF-8");
    let mut reader = quick_xml::Reader::from_reader(svg.as_bytes());
    let mut buf = Vec::new();
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(quick_xml::events::Event::Eof) => break,
            Ok(_) => {}
            Err(e) => panic!("invalid XML at {}: {e}", reader.buffer_position()),
        }
        buf.clear();
    }
    assert_eq!(
        svg.matches("class=\"node\"").count(),
        nodes(&dot).len(),
        "one element per node"
    );
    // A node's shape's x: a box's left side, an ellipse's centre.
    let x = |id: &str| -> f64 {
        let shape = regex::Regex::new(&format!(
            r#"id="{}">\s*<(?:rect x|ellipse cx)="(-?[0-9.]+)""#,
            regex::escape(id)
        ))
        .expect("regex");
        let found = shape.captures(&svg).expect(id);
        found[1].parse().expect("x")
    };
    // Russia voted yes on 73/27, the United States no: columns apart, in that order,
    // and the two shapes as far apart as the DOT pins them.
    let pinned = nodes(&dot);
    let dx = pos(&pinned["state:USA"]).0 - pos(&pinned["state:RUS"]).0;
    assert!((x("state:USA") - x("state:RUS") - dx).abs() < 1.0, "{dx}");
}
