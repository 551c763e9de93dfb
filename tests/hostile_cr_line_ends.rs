//! Old Mac files, whose lines end with a lone `\r`: Markdown gives its claims (the file
//! was one heading line), every format cites the line and column an editor shows, and the
//! report's source page shows the cited sentence on the cited line.

mod common;
mod hostile_common;
use hostile_common::{assert_exit, run, s, stdout};
use std::path::Path;

/// (file name, contents with `\r` line ends, states named on line 3, where "Brazil" is).
const PAGES: [(&str, &str, (u64, u64)); 3] = [
    (
        "old-mac.md",
        "# The GGE\r\rThe members of the Group of Governmental Experts 2014-2015 were Brazil, China and Kenya.\r\r- Resolution 53/70 was introduced by the Russian Federation.\r",
        (3, 65),
    ),
    (
        "old-mac.txt",
        "THE GGE\r\rThe members of the Group of Governmental Experts 2014-2015 were Brazil, China and Kenya.\r\rResolution 53/70 was introduced by the Russian Federation.\r",
        (3, 65),
    ),
    (
        "old-mac.html",
        "<h1>The GGE</h1>\r\r<p>The members of the Group of Governmental Experts 2014-2015 were Brazil, China and Kenya.</p>\r\r<p>Resolution 53/70 was introduced by the Russian Federation.</p>\r",
        (3, 68),
    ),
];

fn claims(file: &Path) -> Vec<serde_json::Value> {
    let args = ["extract", s(file), "--format", "json"];
    let (out, _) = run(&args);
    assert_exit(&out, 0, &args);
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("json");
    json["claims"].as_array().expect("claims").clone()
}

fn position(claims: &[serde_json::Value], subject: &str, relation: &str) -> Option<(u64, u64)> {
    claims
        .iter()
        .find(|c| c["subject"] == subject && c["relation"] == relation)
        .map(|c| {
            let p = &c["provenance"];
            (
                p["line"].as_u64().unwrap_or(0),
                p["column"].as_u64().unwrap_or(0),
            )
        })
}

#[test]
fn lone_carriage_returns_end_lines_in_every_format() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (name, text, brazil) in PAGES {
        let file = dir.path().join(name);
        std::fs::write(&file, text).expect("write");
        let claims = claims(&file);
        assert_eq!(
            position(&claims, "state:BRA", "member_of"),
            Some(brazil),
            "{name}: {claims:#?}"
        );
        for state in ["state:CHN", "state:KEN"] {
            assert_eq!(
                position(&claims, state, "member_of").map(|p| p.0),
                Some(3),
                "{name}: {state}"
            );
        }
        assert_eq!(
            position(&claims, "state:RUS", "sponsors").map(|p| p.0),
            Some(5),
            "{name}: the sponsor on line 5"
        );
    }
}

#[test]
fn the_source_page_shows_the_cited_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).expect("mkdir");
    for (name, text, _) in PAGES {
        std::fs::write(corpus.join(name), text).expect("write");
    }
    let out_dir = dir.path().join("report");
    // The citations are on the documents' facts pages (`facts/*.html`).
    let index = hostile_common::report_facts(&corpus, &out_dir);
    // Every link into a source page names a line whose row shows that line of the file
    // (lines split at each `\r`), and each page is cited on the members' line 3.
    let links: std::collections::BTreeSet<&str> = index
        .match_indices("sources/")
        .map(|(i, _)| &index[i..])
        .filter_map(|rest| rest.split('"').next())
        .filter(|link| link.contains("#L"))
        .collect();
    let mut cited_members = std::collections::BTreeSet::new();
    for link in &links {
        let (page, line) = link.split_once('#').expect("anchor");
        let n: usize = line.trim_start_matches('L').parse().expect("line number");
        let html = std::fs::read_to_string(out_dir.join(page)).expect("source page");
        let row = html
            .split(&format!("id=\"{line}\""))
            .nth(1)
            .and_then(|rest| rest.split("</div>").next())
            .unwrap_or_else(|| panic!("{page} has no row {line}"));
        let (name, text, _) = PAGES
            .iter()
            .find(|(name, _, _)| html.contains(&format!("{name}</title>")))
            .unwrap_or_else(|| panic!("{page}: which document?"));
        let expected = text.split('\r').nth(n - 1).expect("line in the file");
        let expected = expected.replace('<', "&lt;").replace('>', "&gt;");
        assert!(
            row.contains(&expected),
            "{name} {line}: the row shows {row:?}"
        );
        if n == 3 {
            cited_members.insert(*name);
        }
    }
    assert_eq!(cited_members.len(), PAGES.len(), "{links:?}");
}
