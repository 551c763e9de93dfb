//! Found by `tests/fuzz_readers.rs` (a long run, seed 1796173788543626355): a member list
//! before its cue, with a multi-byte character 60 bytes before a state, made `extract`
//! panic (exit 101, "byte index is not a char boundary") in
//! `src/extract/rules/members.rs` (`states_listed_before` slices `st.start - 60`). Any
//! UTF-8 page with accented text there crashes the run.
//!
//! Fixed by moving the start of that slice back to a character boundary.

mod common;
mod hostile_common;
use hostile_common::{assert_exit, run, s, stdout};

#[test]
fn accented_text_before_a_member_list_is_read() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("accents.txt");
    let text = format!(
        "{} Brazil and China were members of the GGE 2014/2015.\n",
        "é".repeat(40)
    );
    std::fs::write(&file, text).expect("write");
    let args = ["extract", s(&file), "--format", "json"];
    let (out, _) = run(&args);
    assert_exit(&out, 0, &args);
    let json = stdout(&out);
    assert!(
        json.contains("state:BRA") && json.contains("state:CHN"),
        "{json}"
    );
}
