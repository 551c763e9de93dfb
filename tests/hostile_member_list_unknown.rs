//! A member list naming something the gazetteer does not know ("Brazil, China, Atlantis,
//! France"): the members after it are kept, the unknown name is reported as a warning
//! naming it and its place, and `--strict` counts that warning as a finding (exit 3).
//!
//! The extractor gives the warning (`WarningKind::UnknownName`).

mod common;
mod hostile_common;
use hostile_common::{assert_exit, run, s, stderr, stdout};

const PAGES: [(&str, &str); 3] = [
    (
        "sentence.txt",
        "Experts from the following States were members of the GGE 2014/2015: Brazil, China, Atlantis, France.\n",
    ),
    (
        "group.md",
        "# GGE 2014/2015\n\nThe members of the Group were Brazil, China, Atlantis, France and Kenya.\n",
    ),
    (
        "list.md",
        "The members of the GGE 2014/2015 were:\n\n- Brazil\n- China\n- Atlantis\n- France\n",
    ),
];

/// Writes each page into `dir` and gives its path and `extract --format json` of it.
fn extracted(dir: &std::path::Path) -> Vec<(std::path::PathBuf, serde_json::Value)> {
    PAGES
        .iter()
        .map(|(name, text)| {
            let file = dir.join(name);
            std::fs::write(&file, text).expect("write");
            let args = ["extract", s(&file), "--format", "json"];
            let (out, _) = run(&args);
            assert_exit(&out, 0, &args);
            let json = serde_json::from_str(&stdout(&out)).expect("json");
            (file, json)
        })
        .collect()
}

#[test]
fn the_members_after_an_unknown_name_are_kept() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (file, json) in extracted(dir.path()) {
        let name = file.display();
        let members: Vec<&str> = json["claims"]
            .as_array()
            .expect("claims")
            .iter()
            .filter(|c| c["relation"] == "member_of")
            .filter_map(|c| c["subject"].as_str())
            .collect();
        for state in ["state:BRA", "state:CHN", "state:FRA"] {
            assert!(
                members.contains(&state),
                "{name}: {state} missing from {members:?}"
            );
        }
    }
}

#[test]
fn an_unknown_name_in_a_member_list_warns_and_strict_notices() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (file, json) in extracted(dir.path()) {
        let name = file.display();
        let warnings = json["warnings"].to_string();
        assert!(
            warnings.contains("Atlantis"),
            "{name}: no warning names Atlantis: {warnings}"
        );
        let args = ["build", "--no-bundled", "--strict", "--corpus", s(&file)];
        let (out, _) = run(&args);
        assert_exit(&out, 3, &args);
        let err = stderr(&out);
        assert!(
            err.lines()
                .any(|l| l.starts_with("ggegraph: strict: ") && l.contains("Atlantis")),
            "{name}: {err}"
        );
    }
}
