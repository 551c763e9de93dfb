//! End-to-end tests of `ggegraph report`: the files it writes, that the page is
//! self-contained (no remote URL, every local link resolves), and that headless Chromium
//! opens it without console errors and shows every section.
//!
//! Chromium tests skip when Chromium is not installed, unless `GGEGRAPH_REQUIRE_TOOLS=1`
//! (set by `.ci/run`), which turns a missing browser into a failure.

use assert_cmd::Command;
use regex::Regex;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

const SECTIONS: [&str; 13] = [
    "overview",
    "timeline",
    "groups",
    "comembership",
    "continuity",
    "recurrence",
    "regions",
    "votes",
    "norms",
    "conflicts",
    "diagrams",
    "appendix",
    "documents",
];

/// One report for all tests (writing it takes a second with Graphviz).
fn report_dir() -> &'static Path {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = tempfile::tempdir().expect("tempdir");
        let out = Command::cargo_bin("ggegraph")
            .expect("binary")
            .args(["report", "--quiet", "-o"])
            .arg(dir.path())
            .output()
            .expect("runs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        dir
    })
    .path()
}

fn index() -> String {
    std::fs::read_to_string(report_dir().join("index.html")).expect("index.html written")
}

#[test]
fn report_writes_page_diagrams_data_and_sources() {
    let dir = report_dir();
    for view in [
        "membership",
        "comembership",
        "timeline",
        "continuity",
        "norms",
    ] {
        for ext in ["dot", "svg"] {
            let f = dir.join("diagrams").join(format!("{view}.{ext}"));
            assert!(
                f.metadata().map(|m| m.len() > 100).unwrap_or(false),
                "{} missing or empty",
                f.display()
            );
        }
    }
    for data in [
        "graph.graphml",
        "graph.gexf",
        "graph.json",
        "nodes.csv",
        "edges.csv",
    ] {
        assert!(dir.join("data").join(data).exists(), "data/{data}");
    }
    assert!(
        dir.join("sources")
            .read_dir()
            .map(|d| d.count() >= 13)
            .unwrap_or(false)
    );
    let leftovers: Vec<PathBuf> = walk(dir)
        .into_iter()
        .filter(|p| p.to_string_lossy().contains(".ggegraph-"))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = entry.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

#[test]
fn page_has_every_section_and_no_remote_reference() {
    let html = index();
    for id in SECTIONS {
        assert!(
            html.contains(&format!("<section id=\"{id}\">")),
            "section {id} missing"
        );
    }
    let remote = Regex::new(r#"(?i)(?:src|href|xlink:href|action)\s*=\s*["']?\s*(?:https?:|//)|url\(\s*["']?(?:https?:|//)|@import"#)
        .expect("regex");
    assert!(
        remote.find(&html).is_none(),
        "remote reference: {:?}",
        remote.find(&html).map(|m| m.as_str())
    );
    assert!(!html.contains("<script"), "the page needs no script");
    assert!(!html.contains("<!DOCTYPE svg"), "inlined SVG keeps no DTD");
}

#[test]
fn every_local_link_and_anchor_resolves() {
    let html = index();
    let href = Regex::new(r#"href="([^"]+)""#).expect("regex");
    let ids: std::collections::HashSet<String> = Regex::new(r#"id="([^"]+)""#)
        .expect("regex")
        .captures_iter(&html)
        .map(|c| c[1].to_string())
        .collect();
    let mut checked = 0;
    for cap in href.captures_iter(&html) {
        let target = &cap[1];
        if let Some(anchor) = target.strip_prefix('#') {
            assert!(ids.contains(anchor), "dangling anchor #{anchor}");
        } else {
            let file = target.split('#').next().unwrap_or(target);
            assert!(report_dir().join(file).exists(), "dangling link {target}");
            if let Some(line) = target.split("#L").nth(1) {
                let page = std::fs::read_to_string(report_dir().join(file)).expect("source page");
                assert!(
                    page.contains(&format!("id=\"L{line}\"")),
                    "{target}: no such line"
                );
            }
        }
        checked += 1;
    }
    assert!(checked > 500, "only {checked} links");
}

#[test]
fn facts_in_the_page_show_their_sources() {
    let html = index();
    // The 13-versus-11 conflict with both quotes.
    assert!(html.contains("13 voluntary GGE 2015 norms"));
    assert!(html.contains("sets out 11 voluntary norms"));
    // A membership fact links to its appendix entry, which cites the line.
    assert!(html.contains("Carlos Luís Dantas Coutinho Perez"));
    assert!(html.contains("seeds/000_ceb8cbe85482b812.txt:13:"));
}

fn chromium() -> Option<PathBuf> {
    let found = ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .map(|c| PathBuf::from("/usr/bin").join(c))
        .find(|p| p.exists());
    if found.is_none() && std::env::var("GGEGRAPH_REQUIRE_TOOLS").as_deref() == Ok("1") {
        panic!("Chromium is required (GGEGRAPH_REQUIRE_TOOLS=1) but not installed");
    }
    found
}

fn headless(browser: &Path, extra: &[&str]) -> std::process::Output {
    let profile = tempfile::tempdir().expect("profile dir");
    let url = format!("file://{}", report_dir().join("index.html").display());
    std::process::Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--enable-logging=stderr",
            "--v=0",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(extra)
        .arg(url)
        .output()
        .expect("chromium runs")
}

#[test]
fn chromium_renders_every_section_without_console_errors() {
    let Some(browser) = chromium() else {
        eprintln!("skipped: Chromium not installed");
        return;
    };
    let out = headless(&browser, &["--dump-dom"]);
    let dom = String::from_utf8_lossy(&out.stdout);
    for id in SECTIONS {
        assert!(
            dom.contains(&format!("id=\"{id}\"")),
            "rendered DOM lacks section {id}"
        );
    }
    let log = String::from_utf8_lossy(&out.stderr);
    let console: Vec<&str> = log.lines().filter(|l| l.contains("CONSOLE")).collect();
    assert!(console.is_empty(), "console messages: {console:?}");
    let shot = report_dir().join("screenshot.png");
    let out = headless(
        &browser,
        &[
            "--window-size=1280,2400",
            &format!("--screenshot={}", shot.display()),
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let png = std::fs::read(&shot).expect("screenshot written");
    assert!(
        png.starts_with(b"\x89PNG") && png.len() > 50_000,
        "screenshot looks empty ({} bytes)",
        png.len()
    );
}

/// Without Graphviz the report still embeds every diagram (laid out by the fallback,
/// filled into the page after the rest was written), says so, and is byte-identical from
/// one run to the next; `--timings` prints
/// each part and a total that is at least the sum of the parts that cannot overlap.
#[test]
fn fallback_report_embeds_every_diagram_and_prints_timings() {
    let run = |dir: &Path| {
        Command::cargo_bin("ggegraph")
            .expect("binary")
            .env("GGEGRAPH_NO_GRAPHVIZ", "1")
            .args(["report", "--timings", "-o"])
            .arg(dir)
            .output()
            .expect("runs")
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let out = run(dir.path());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    // Deterministic: a second run writes the same bytes into every file.
    let again = tempfile::tempdir().expect("tempdir");
    assert!(run(again.path()).status.success());
    let files = walk(dir.path());
    assert_eq!(files.len(), walk(again.path()).len());
    for file in files {
        let rel = file.strip_prefix(dir.path()).expect("inside");
        assert!(
            std::fs::read(&file).expect("read")
                == std::fs::read(again.path().join(rel)).expect("read"),
            "{} differs between two runs",
            rel.display()
        );
    }
    let page = std::fs::read_to_string(dir.path().join("index.html")).expect("index.html");
    assert!(
        page.contains("diagrams were laid out by the built-in fallback"),
        "fallback note missing"
    );
    let figures = page.matches("<figure class=\"diagram\"><svg").count();
    assert_eq!(figures, 4, "timeline, continuity, norms, membership");
    let view_box_re = Regex::new(r#"viewBox="[^"]*""#).expect("regex");
    for name in ["timeline", "continuity", "norms", "membership"] {
        let svg = std::fs::read_to_string(dir.path().join(format!("diagrams/{name}.svg")))
            .expect("svg written");
        let view_box = view_box_re.find(&svg).expect("viewBox").as_str();
        assert!(
            page.contains(&format!("{view_box}>")) || page.contains(&format!("{view_box} ")),
            "{name}: the page embeds the SVG written to diagrams/ ({view_box})"
        );
    }
    let line = stderr
        .lines()
        .find(|l| l.starts_with("timings (ms): corpus "))
        .unwrap_or_else(|| panic!("no timings line: {stderr}"));
    let numbers: Vec<f64> = Regex::new(r"\d+\.\d")
        .expect("regex")
        .find_iter(line)
        .map(|m| m.as_str().parse().expect("number"))
        .collect();
    assert_eq!(numbers.len(), 8, "{line}");
    let (corpus, dot, total, without) = (numbers[0], numbers[1], numbers[6], numbers[7]);
    assert!(line.contains("(built-in fallback, wall)"), "{line}");
    assert!(corpus > 0.0 && dot > 0.0, "{line}");
    assert!(total >= corpus + dot && without <= total, "{line}");
}
