//! A sentence naming thousands of states: every claim quotes a bounded window around its
//! mention, not the whole sentence, so the JSON grows with the input, not its square.

mod common;
mod hostile_common;
use hostile_common::{assert_exit, run, s, stdout};

const NAMES: [&str; 10] = [
    "Brazil",
    "China",
    "France",
    "Germany",
    "India",
    "Japan",
    "Kenya",
    "Mexico",
    "Norway",
    "Russian Federation",
];

/// Bytes of `extract --format json` on one member list of `n` names, and the longest quote.
fn json_for(n: usize) -> (usize, usize) {
    let dir = tempfile::tempdir().expect("tempdir");
    let list: Vec<&str> = NAMES.iter().copied().cycle().take(n).collect();
    let text = format!(
        "Experts from the following States were members of the GGE 2014/2015: {} and the United States of America.\n",
        list.join(", ")
    );
    let path = dir.path().join("long.txt");
    std::fs::write(&path, &text).expect("write");
    let args = ["extract", s(&path), "--format", "json"];
    let (out, _) = run(&args);
    assert_exit(&out, 0, &args);
    let json = stdout(&out);
    let value: serde_json::Value = serde_json::from_str(&json).expect("json");
    let claims = value["claims"].as_array().expect("claims");
    assert!(claims.len() >= n, "{} claims", claims.len());
    let longest = claims
        .iter()
        .filter_map(|c| c["provenance"]["text"].as_str())
        .map(|t| t.chars().count())
        .max()
        .expect("a quote");
    (json.len(), longest)
}

#[test]
fn output_is_linear_in_a_long_member_list() {
    let (small, _) = json_for(1_000);
    let (large, longest) = json_for(2_000);
    assert!(longest <= 302, "a quote of {longest} characters");
    // Twice the names, twice the output (quadratic output would be four times).
    assert!(
        large < small * 5 / 2,
        "1,000 names: {small} bytes of JSON; 2,000 names: {large} bytes"
    );
    assert!(large < 3_000_000, "{large} bytes of JSON for 2,000 names");
}
