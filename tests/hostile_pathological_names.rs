//! Text built to be slow: 10,000 state names in one sentence, HTML nested 100,000 deep,
//! regex-hostile runs of brackets and symbol prefixes. Each must finish in seconds
//! without a stack overflow.

mod common;
mod hostile_common;
use hostile_common::{assert_exit, run, s, stdout};
use std::time::Duration;

const NAMES: [&str; 10] = [
    "Brazil",
    "Germany",
    "Côte d'Ivoire",
    "Guinea-Bissau",
    "Guinea",
    "United Kingdom of Great Britain and Northern Ireland",
    "Democratic People's Republic of Korea",
    "Republic of Korea",
    "Niger",
    "Nigeria",
];

#[test]
fn ten_thousand_states_in_one_sentence() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("list.txt");
    let names: Vec<&str> = NAMES.iter().copied().cycle().take(10_000).collect();
    let text = format!(
        "The Group of Governmental Experts 2014-2015, chaired by Carlos Perez of Brazil, included {}.\n",
        names.join(", ")
    );
    std::fs::write(&file, text).expect("write");
    let args = ["extract", s(&file), "--format", "json"];
    let (out, took) = run(&args);
    assert_exit(&out, 0, &args);
    assert!(took < Duration::from_secs(30), "took {took:?}");
    let json = stdout(&out);
    for id in [
        "state:CIV",
        "state:GNB",
        "state:GIN",
        "state:PRK",
        "state:KOR",
        "state:NER",
    ] {
        assert!(json.contains(id), "{id} missing");
    }
}

#[test]
fn deeply_nested_html() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("nested.html");
    let depth = 100_000;
    let text = format!(
        "<html><body>{}<p>The Group of Governmental Experts 2014-2015 included Brazil.</p>{}</body></html>",
        "<div><span>".repeat(depth / 2),
        "</span></div>".repeat(depth / 2)
    );
    std::fs::write(&file, text).expect("write");
    let args = ["extract", s(&file), "--format", "json"];
    let (out, took) = run(&args);
    assert_exit(&out, 0, &args);
    assert!(took < Duration::from_secs(60), "took {took:?}");
    assert!(stdout(&out).contains("state:BRA"), "{}", stdout(&out));

    // Unclosed tags and a table nested in itself: the parser's own recovery rules.
    let text = format!(
        "{}The Group of Governmental Experts 2014-2015 included Germany.",
        "<table><tr><td><b><i><a href=x>".repeat(10_000)
    );
    std::fs::write(&file, text).expect("write");
    let (out, took) = run(&args);
    assert_exit(&out, 0, &args);
    assert!(took < Duration::from_secs(60), "took {took:?}");
}

#[test]
fn deeply_nested_markdown() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("nested.md");
    let text = format!(
        "{} The Group of Governmental Experts 2014-2015 included Brazil.\n\n{}x\n",
        ">".repeat(50_000),
        "- ".repeat(50_000)
    );
    std::fs::write(&file, text).expect("write");
    let args = ["extract", s(&file)];
    let (out, took) = run(&args);
    assert_exit(&out, 0, &args);
    assert!(took < Duration::from_secs(30), "took {took:?}");
}

#[test]
fn regex_hostile_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cases = [
        ("brackets.txt", "((((((((((".repeat(100_000)),
        ("symbols.txt", "A/RES/".repeat(1024 * 1024 / 6)),
        ("reports.txt", "A/70/".repeat(200_000)),
        (
            "mixed.txt",
            "[unverified: [unverified: (A/RES/68/243 of 27 December 2013 ".repeat(20_000),
        ),
        ("dots.txt", "e.g. i.e. U.S. A. B. C. ".repeat(40_000)),
        (
            "capitals.txt",
            format!("chaired by {} of", "Aaaa ".repeat(100_000)),
        ),
    ];
    for (name, text) in cases {
        let file = dir.path().join(name);
        std::fs::write(&file, &text).expect("write");
        let args = ["extract", s(&file)];
        let (out, took) = run(&args);
        assert_exit(&out, 0, &args);
        assert!(took < Duration::from_secs(30), "{name} took {took:?}");
    }
}
