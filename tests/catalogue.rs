//! End-to-end tests of the catalogue commands: groups, norms, conflicts, state.

mod common;

use serde_json::Value;

use common::{stdout_json as run_json, stdout_ok as run_ok, stdout_text as run_text};

#[test]
fn groups_json_lists_every_process_in_time_order_with_the_contract_fields() {
    let groups = run_json(&["groups", "--format", "json"]);
    // The GGEs, then the OEWGs and the mechanism.
    let expected: Vec<&str> = common::BUNDLED_GGES
        .into_iter()
        .chain(["oewg-2019-2021", "oewg-2021-2025", "mechanism-2026"])
        .collect();
    assert_eq!(common::field_strings(&groups, "id"), expected);
    for g in groups.as_array().expect("list") {
        for field in [
            "id",
            "kind",
            "start",
            "end",
            "members",
            "chairs",
            "established_by",
            "reports",
            "outcome",
        ] {
            assert!(g.get(field).is_some(), "{} lacks {field}", g["id"]);
        }
    }
    let g2014 = &groups[3];
    assert_eq!(g2014["kind"], "gge");
    assert_eq!(g2014["members"].as_array().map(Vec::len), Some(20));
    assert_eq!(g2014["established_by"], serde_json::json!(["A/RES/68/243"]));
    assert_eq!(g2014["reports"], serde_json::json!(["A/70/174"]));
    assert_eq!(g2014["outcome"], "consensus report");
    assert_eq!(g2014["chairs"][0]["state"], "state:BRA");
    assert_eq!(groups[8]["kind"], "mechanism");
}

#[test]
fn conflicts_report_thirteen_versus_eleven_norms_with_both_sources() {
    let conflicts = run_json(&["conflicts", "--format", "json"]);
    let c = conflicts
        .as_array()
        .expect("list")
        .iter()
        .find(|c| c["topic"] == "norm_count")
        .expect("norm_count conflict");
    assert_eq!(c["subject"], "A/70/174");
    let sides = c["sides"].as_array().expect("sides");
    assert_eq!(sides.len(), 2);
    assert_eq!(sides[0]["value"], "11");
    assert_eq!(sides[1]["value"], "13");
    let p13 = &sides[1]["provenance"][0];
    assert_eq!(p13["document"], "seeds/004_543aac3eda663721.txt");
    let line = common::seed_line("004_543aac3eda663721.txt", "13 voluntary GGE 2015 norms");
    assert_eq!(p13["line"], line);
    assert!(
        p13["text"]
            .as_str()
            .unwrap_or("")
            .contains("13 voluntary GGE 2015 norms")
    );
    let table = run_text(&["conflicts"]);
    assert!(table.contains("norm_count of A/70/174"), "{table}");
    assert!(
        table.contains(&format!("seeds/004_543aac3eda663721.txt:{line}:")),
        "{table}"
    );
}

#[test]
fn norms_lists_a_to_k_with_their_source_paragraphs() {
    let norms = run_json(&["norms", "--format", "json"]);
    let list = norms.as_array().expect("list");
    assert_eq!(list.len(), 11);
    for (n, letter) in list.iter().zip('a'..='k') {
        assert_eq!(n["id"], format!("norm:2015-{letter}"));
        assert_eq!(n["paragraph"], format!("A/70/174, paragraph 13 ({letter})"));
        assert!(!n["sources"].as_array().expect("sources").is_empty());
    }
    let table = run_text(&["norms"]);
    assert!(
        table.contains("norm:2015-k") && table.contains("paragraph 13 (k)"),
        "{table}"
    );
}

#[test]
fn state_profile_by_alias_shows_participation_chairs_and_sponsorships() {
    let brazil = run_json(&["state", "Brazil", "--format", "json"]);
    assert_eq!(brazil["id"], "state:BRA");
    let groups: Vec<&str> = brazil["groups"]
        .as_array()
        .expect("groups")
        .iter()
        .filter_map(|g| g["id"].as_str())
        .collect();
    assert_eq!(
        groups,
        [
            "gge-2004-2005",
            "gge-2009-2010",
            "gge-2014-2015",
            "gge-2016-2017",
            "gge-2019-2021"
        ]
    );
    let chairs: Vec<&str> = brazil["chairs"]
        .as_array()
        .expect("chairs")
        .iter()
        .filter_map(|g| g["id"].as_str())
        .collect();
    assert_eq!(chairs, ["gge-2014-2015", "gge-2019-2021"]);
    let russia = run_json(&["state", "Russia", "--format", "json"]);
    let sponsored: Vec<&str> = russia["sponsorships"]
        .as_array()
        .expect("list")
        .iter()
        .filter_map(|g| g["id"].as_str())
        .collect();
    assert!(
        sponsored.contains(&"A/RES/53/70") && sponsored.contains(&"A/RES/75/240"),
        "{sponsored:?}"
    );
    assert!(
        russia["groups"][0]["provenance"][0]["line"]
            .as_u64()
            .is_some()
    );
}

#[test]
fn unknown_state_is_bad_input() {
    let out = common::command()
        .args(["state", "Atlantis"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Atlantis"));
}

/// A user document that disagrees with the bundled corpus on a chair, a member count, a
/// resolution date and a vote: each disagreement is listed with both sources.
#[test]
fn conflicts_cover_chairs_counts_dates_and_votes() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("rival.md"),
        "# GGE 2012/2013\n\n\
         The Group was chaired by Jane Roe of Canada.\n\n\
         The Group had 17 members.\n\n\
         Resolution 68/243 was adopted on 28 December 2013 without a vote.\n\n\
         Resolution 73/27 was adopted on 5 December 2018 by a recorded vote of 120 to 46, with 14 abstentions.\n",
    )
    .expect("write");
    let corpus = dir.path().display().to_string();
    let conflicts = run_json(&["conflicts", "--format", "json", "--corpus", &corpus]);
    let find = |topic: &str, subject: &str| -> Value {
        conflicts
            .as_array()
            .expect("list")
            .iter()
            .find(|c| c["topic"] == topic && c["subject"] == subject)
            .cloned()
            .unwrap_or_else(|| panic!("no {topic} conflict on {subject}: {conflicts:#}"))
    };
    let chairs = find("chairs", "gge-2012-2013");
    let names: Vec<&str> = chairs["sides"]
        .as_array()
        .expect("sides")
        .iter()
        .filter_map(|s| s["value"].as_str())
        .collect();
    assert!(
        names.contains(&"Jane Roe") && names.contains(&"Deborah Stokes"),
        "{names:?}"
    );
    let count = find("member_count", "gge-2012-2013");
    assert_eq!(count["sides"].as_array().map(Vec::len), Some(2));
    let listed = find("member_list", "gge-2012-2013");
    assert!(
        listed["sides"][1]["value"]
            .as_str()
            .unwrap_or("")
            .starts_with("15 members listed")
    );
    let date = find("adopted_on", "A/RES/68/243");
    let values: Vec<&str> = date["sides"]
        .as_array()
        .expect("sides")
        .iter()
        .filter_map(|s| s["value"].as_str())
        .collect();
    assert_eq!(values, ["2013-12-27", "2013-12-28"]);
    let vote = find("adoption", "A/RES/73/27");
    let sides = vote["sides"].as_array().expect("sides");
    assert!(
        sides
            .iter()
            .any(|s| s["provenance"][0]["document"] == "rival.md"),
        "{vote:#}"
    );
    // "unanimously" (seed) and "without a vote" (bundled) agree: no conflict on 68/243's mode.
    assert!(
        !conflicts
            .as_array()
            .expect("list")
            .iter()
            .any(|c| c["topic"] == "adoption" && c["subject"] == "A/RES/68/243")
    );
}

#[test]
fn build_json_is_byte_identical_across_runs() {
    let run = || run_ok(&["build", "--format", "json"]);
    let first = run();
    assert!(first.len() > 10_000);
    assert_eq!(first, run());
}

#[test]
fn verified_only_leaves_out_statements_flagged_unverified() {
    let groups = run_json(&["groups", "--format", "json", "--verified-only"]);
    let by_id = |id: &str| {
        groups
            .as_array()
            .expect("list")
            .iter()
            .find(|g| g["id"] == id)
            .cloned()
            .expect("group")
    };
    assert_eq!(
        by_id("gge-2004-2005")["members"].as_array().map(Vec::len),
        Some(0)
    );
    assert_eq!(
        by_id("gge-2004-2005")["chairs"].as_array().map(Vec::len),
        Some(0)
    );
    assert_eq!(
        by_id("gge-2016-2017")["members"].as_array().map(Vec::len),
        Some(0)
    );
    assert_eq!(
        by_id("gge-2014-2015")["members"].as_array().map(Vec::len),
        Some(20)
    );
    assert_eq!(
        by_id("gge-2009-2010")["chairs"][0]["name"],
        "Andrey Krutskikh"
    );
}
