//! Readers cost what the page holds: a tag with 200,000 attributes and a run of 200,000
//! `[` in Markdown each read in bounded time (they were quadratic: the tokenizer compares
//! each attribute with every earlier one of its tag, and each `[` searched the rest of the
//! line for its `]`). The entity-dense paragraph (the HTML sink searched the growing
//! paragraph for a line break once per entity) has its test beside the sink, in
//! `src/documents/html.rs`, where a million tokens fit in a test's time.

mod common;
mod hostile_common;
use hostile_common::{assert_exit, run, s, stdout};
use std::time::Duration;

/// A debug build reads each page in about a second (they took minutes); the bound leaves
/// room for a slow machine.
const BOUND: Duration = Duration::from_secs(30);

const SENTENCE: &str =
    "The members of the Group of Governmental Experts 2014-2015 were Brazil and Kenya.";

fn assert_read_quickly(name: &str, text: &str) {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join(name);
    std::fs::write(&file, text).expect("write");
    let args = ["extract", s(&file), "--format", "json"];
    let (out, took) = run(&args);
    assert_exit(&out, 0, &args);
    assert!(took < BOUND, "{name} took {took:?}");
    let json = stdout(&out);
    assert!(
        json.contains("state:BRA") && json.contains("state:KEN"),
        "{name}: the sentence after the hostile part was not read"
    );
}

#[test]
fn a_tag_with_many_attributes_is_linear() {
    let attrs: String = (0..200_000).map(|i| format!(" a{i}=x")).collect();
    let text = format!("<p{attrs}>{SENTENCE}</p>");
    assert_read_quickly("attributes.html", &text);
}

#[test]
fn a_run_of_brackets_in_markdown_is_linear() {
    for run_of in ["[", "![", "[x]("] {
        let text = format!("{}\n\n{SENTENCE}\n", run_of.repeat(200_000 / run_of.len()));
        assert_read_quickly("brackets.md", &text);
    }
}
