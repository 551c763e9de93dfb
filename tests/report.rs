//! End-to-end tests of `ggegraph report`: the files it writes, that the page is
//! self-contained (no remote URL, every local link resolves), and that headless Chromium
//! opens it without console errors and shows every section.
//!
//! Chromium tests skip when Chromium is not installed, unless `GGEGRAPH_REQUIRE_TOOLS=1`
//! (set by `.ci/run`), which turns a missing browser into a failure.

mod common;

use regex::Regex;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

const SECTIONS: [&str; 14] = [
    "overview",
    "browse",
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
        let out = common::command()
            .args(["report", "--quiet", "-o"])
            .arg(dir.path())
            .output()
            .expect("runs");
        common::success(out, "report");
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

/// Every HTML page of the report, relative to its top.
fn pages() -> Vec<PathBuf> {
    let mut pages: Vec<PathBuf> = walk(report_dir())
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    pages.sort();
    pages
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
    let script = Regex::new(r#"<script[^>]*>"#).expect("regex");
    let id_re = Regex::new(r#" id="([^"]+)""#).expect("regex");
    let pages = pages();
    assert!(pages.len() > 60, "only {} pages", pages.len());
    for page in &pages {
        let text = std::fs::read_to_string(page).expect("page");
        let name = page.display();
        assert!(
            remote.find(&text).is_none(),
            "{name}: remote reference {:?}",
            remote.find(&text).map(|m| m.as_str())
        );
        // Scripts: the local search data and the one small inline script, nothing else.
        let tags: Vec<&str> = script.find_iter(&text).map(|m| m.as_str()).collect();
        assert_eq!(
            tags.len(),
            2,
            "{name}: scripts {tags:?} (the search data and the inline script)"
        );
        assert!(tags[0].contains("search.js\" defer"), "{name}: {tags:?}");
        assert_eq!(tags[1], "<script>", "{name}: {tags:?}");
        assert!(
            text.contains(
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            ),
            "{name}: no viewport meta"
        );
        assert!(text.contains("<html lang=\"en\">"), "{name}: no lang");
        assert!(
            !text.contains("<!DOCTYPE svg"),
            "{name}: inlined SVG keeps no DTD"
        );
        // No duplicate ids (inlined diagrams prefix theirs).
        let mut ids = std::collections::HashSet::new();
        for id in id_re.captures_iter(&text) {
            assert!(
                ids.insert(id[1].to_string()),
                "{name}: duplicate id {}",
                &id[1]
            );
        }
    }
    // The page works without script: every state and group is linked from index.html.
    assert!(
        html.contains("href=\"states/MUS.html\""),
        "no link to Mauritius's page"
    );
    assert!(
        html.contains("href=\"groups/gge-2014-2015.html\""),
        "no group page link"
    );
}

#[test]
fn every_local_link_and_anchor_resolves() {
    let href = Regex::new(r#"href="([^"]+)""#).expect("regex");
    let id_re = Regex::new(r#" id="([^"]+)""#).expect("regex");
    let ids_of = |path: &Path| -> std::collections::HashSet<String> {
        let text = std::fs::read_to_string(path).unwrap_or_default();
        id_re
            .captures_iter(&text)
            .map(|c| c[1].to_string())
            .collect()
    };
    let mut cache: std::collections::HashMap<PathBuf, std::collections::HashSet<String>> =
        std::collections::HashMap::new();
    let mut checked = 0;
    for page in pages() {
        let html = std::fs::read_to_string(&page).expect("page");
        let here = page.parent().expect("in the report").to_path_buf();
        for cap in href.captures_iter(&html) {
            let target = cap[1].replace("&amp;", "&");
            let (file, anchor) = match target.split_once('#') {
                Some((f, a)) => (f.to_string(), Some(a.to_string())),
                None => (target.clone(), None),
            };
            let path = if file.is_empty() {
                page.clone()
            } else {
                here.join(&file)
            };
            assert!(path.exists(), "{}: dangling link {target}", page.display());
            if let Some(anchor) = anchor
                && path.extension().is_some_and(|e| e == "html")
            {
                let ids = cache.entry(path.clone()).or_insert_with(|| ids_of(&path));
                assert!(
                    ids.contains(&anchor),
                    "{}: {target}: no such anchor",
                    page.display()
                );
            }
            checked += 1;
        }
    }
    assert!(checked > 2000, "only {checked} links");
}

#[test]
fn facts_in_the_page_show_their_sources() {
    let html = index();
    // The 13-versus-11 conflict with both quotes.
    assert!(html.contains("13 voluntary GGE 2015 norms"));
    assert!(html.contains("sets out 11 voluntary norms"));
    // A chair fact links to its entry in the sources of every fact, which cites the line.
    assert!(html.contains("Carlos Luís Dantas Coutinho Perez"));
    let link =
        Regex::new(r##"<a href="(facts/[^"#]+)#([^"]+)">Carlos Luís Dantas Coutinho Perez"##)
            .expect("regex");
    let cap = link
        .captures(&html)
        .expect("the chair links to its sources");
    let facts = std::fs::read_to_string(report_dir().join(&cap[1])).expect("facts page");
    let entry = facts
        .split(&format!("<tr id=\"{}\">", &cap[2]))
        .nth(1)
        .and_then(|rest| rest.split("</tr>").next())
        .expect("the fact's entry");
    assert!(entry.contains("chairs"), "{entry}");
    assert!(
        entry.contains("sources/") && entry.contains("#L"),
        "the entry links to the source line: {entry}"
    );
    // The membership fact of the appendix of old: its line is cited on its document's page.
    let all: String = walk(&report_dir().join("facts"))
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("facts page"))
        .collect();
    let cited = format!(
        "seeds/000_ceb8cbe85482b812.txt:{}:",
        common::seed_line(
            "000_ceb8cbe85482b812.txt",
            "Experts from the following Member States participated"
        )
    );
    assert!(all.contains(&cited), "{cited}");
    // index.html lists one facts page per document instead of every fact.
    assert!(!html.contains(&cited));
    assert!(html.matches("href=\"facts/").count() >= 13);
}

/// The state page shows the profile of `ggegraph state`: its groups, with sources.
#[test]
fn state_pages_show_the_profile_with_sources() {
    let page = std::fs::read_to_string(report_dir().join("states/BRA.html")).expect("BRA page");
    for section in ["groups", "chairs", "sponsorships", "co-members"] {
        assert!(
            page.contains(&format!("<section id=\"{section}\">")),
            "{section}"
        );
    }
    common::assert_shows(
        &page,
        &[
            ("href=\"../groups/gge-2014-2015.html\"", "groups linked"),
            ("Carlos Luís Dantas Coutinho Perez", "chair shown"),
            ("../sources/", "sources cited"),
        ],
    );
    let search = std::fs::read_to_string(report_dir().join("search.js")).expect("search.js");
    for needle in [
        "\"Mauritius\"",
        "\"state\"",
        "\"resolution\"",
        "chair of gge-2014-2015",
    ] {
        assert!(search.contains(needle), "search.js lacks {needle}");
    }
}

fn chromium() -> Option<PathBuf> {
    let found = ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .map(|c| PathBuf::from("/usr/bin").join(c))
        .find(|p| p.exists());
    if found.is_none() {
        common::missing_tool("Chromium");
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
        ])
        .args(common::CHROMIUM_QUIET)
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(extra)
        .arg(url)
        .output()
        .expect("chromium runs")
}

#[test]
fn chromium_renders_every_section_without_console_errors() {
    let Some(browser) = chromium() else {
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
    common::success(out, "chromium --screenshot");
    let png = std::fs::read(&shot).expect("screenshot written");
    assert!(
        png.starts_with(b"\x89PNG") && png.len() > 50_000,
        "screenshot looks empty ({} bytes)",
        png.len()
    );
}

/// Without Graphviz the report still embeds every diagram (laid out by the fallback),
/// says so, and is byte-identical from one run to the next; `--timings` prints each
/// stage and a total that is at least their sum (the stages run one after the other).
#[test]
fn fallback_report_embeds_every_diagram_and_prints_timings() {
    let run = |dir: &Path| {
        common::command()
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
    assert_eq!(numbers.len(), 6, "{line}");
    let [corpus, diagrams, layouts, files, page, total] = numbers[..] else {
        unreachable!("six numbers")
    };
    assert!(line.contains("(built-in fallback: layouts "), "{line}");
    assert!(corpus > 0.0 && diagrams > 0.0 && layouts > 0.0, "{line}");
    assert!(files > 0.0 && page > 0.0, "{line}");
    // Each figure is rounded to 0.1 ms.
    assert!(total + 0.3 >= corpus + diagrams + files + page, "{line}");
}

/// A UTF-16 document's source page shows its characters (decoded by the one reader the
/// extraction used), and the line a fact cites is the line that holds the sentence.
#[test]
fn utf16_source_pages_show_the_decoded_text_at_the_cited_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).expect("mkdir");
    let text = "Notes on résolutions\r\n\r\nResolution 53/70 was introduced by the Russian Federation.\r\n";
    for (name, big_endian) in [("le.txt", false), ("be.txt", true)] {
        let mut bytes: Vec<u8> = if big_endian {
            vec![0xFE, 0xFF]
        } else {
            vec![0xFF, 0xFE]
        };
        for unit in text.encode_utf16() {
            bytes.extend(if big_endian {
                unit.to_be_bytes()
            } else {
                unit.to_le_bytes()
            });
        }
        std::fs::write(corpus.join(name), bytes).expect("write");
    }
    let out = dir.path().join("out");
    let run = common::command()
        .args(["report", "-q", "--no-bundled", "--corpus"])
        .arg(&corpus)
        .arg("-o")
        .arg(&out)
        .output()
        .expect("runs");
    common::success(run, "report of the UTF-16 corpus");
    let mut seen = 0;
    for page in walk(&out.join("sources")) {
        let html = std::fs::read_to_string(&page).expect("source page");
        assert!(
            !html.contains('\u{FFFD}'),
            "{}: replacement characters",
            page.display()
        );
        assert!(html.contains("Notes on résolutions"), "{}", page.display());
        assert!(
            html.contains("<div class=\"l\" id=\"L3\"><span class=\"n\">3</span><span>Resolution 53/70 was introduced by the Russian Federation.</span></div>"),
            "{}: line 3 is the sentence",
            page.display()
        );
        seen += 1;
    }
    assert_eq!(seen, 2);
    // The sponsorship cites line 3 of each document.
    let facts: String = walk(&out.join("facts"))
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("facts page"))
        .collect();
    assert!(
        facts.contains("le.txt:3:") && facts.contains("be.txt:3:"),
        "citations of line 3"
    );
}
