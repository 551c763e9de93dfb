//! Files in a legacy encoding: an HTML page that declares windows-1252 is read in it, a
//! text file that declares nothing is refused with a hint and read with `--encoding`, and
//! the report's source page shows the same characters the facts were read from.

mod common;
mod hostile_common;
use hostile_common::{assert_exit, run, s, stderr, stdout};

/// "Côte d'Ivoire" and "Türkiye" in windows-1252 (ô is 0xF4, ü is 0xFC).
const MEMBERS_1252: &[u8] =
    b"The 2014-2015 GGE included Brazil, C\xf4te d'Ivoire and T\xfcrkiye as members.";

fn members(args: &[&str]) -> Vec<String> {
    let (out, _) = run(args);
    assert_exit(&out, 0, args);
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("json");
    let mut states: Vec<String> = json["claims"]
        .as_array()
        .expect("claims")
        .iter()
        .filter(|c| c["relation"] == "member_of")
        .filter_map(|c| c["subject"].as_str().map(str::to_string))
        .collect();
    states.sort();
    states
}

#[test]
fn legacy_encodings_are_read_where_declared_or_named() {
    let dir = tempfile::tempdir().expect("tempdir");
    let page = dir.path().join("page.html");
    let mut html = b"<html><head><meta charset=\"windows-1252\"></head><body><p>".to_vec();
    html.extend_from_slice(MEMBERS_1252);
    std::fs::write(&page, &html).expect("write");
    let text = dir.path().join("notes.txt");
    std::fs::write(&text, MEMBERS_1252).expect("write");
    let expected = ["state:BRA", "state:CIV", "state:TUR"];

    assert_eq!(
        members(&["extract", s(&page), "--format", "json"]),
        expected
    );

    let args = ["extract", s(&text), "--format", "json"];
    let (out, _) = run(&args);
    assert_exit(&out, 2, &args);
    let message = stderr(&out);
    assert!(
        message.contains("notes.txt:1: invalid UTF-8") && message.contains("--encoding"),
        "{message}"
    );
    let named = [
        "extract",
        s(&text),
        "--encoding",
        "windows-1252",
        "--format",
        "json",
    ];
    assert_eq!(members(&named), expected);

    // The report reads each source again as the documents were read.
    let out_dir = dir.path().join("report");
    let args = [
        "report",
        "--no-bundled",
        "--corpus",
        s(&text),
        "--encoding",
        "latin1",
        "-o",
        s(&out_dir),
    ];
    let (out, _) = run(&args);
    assert_exit(&out, 0, &args);
    let pages: Vec<String> = std::fs::read_dir(out_dir.join("sources"))
        .expect("sources")
        .map(|e| std::fs::read_to_string(e.expect("entry").path()).expect("page"))
        .collect();
    assert_eq!(pages.len(), 1);
    assert!(
        pages[0].contains("C\u{f4}te d") && pages[0].contains("T\u{fc}rkiye"),
        "{}",
        pages[0]
    );
    assert!(!pages[0].contains('\u{FFFD}'));
}
