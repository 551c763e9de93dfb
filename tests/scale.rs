//! End to end: the synthetic generators, co-membership of a generated table against a
//! naive count, and `scan` against the matcher run on fully loaded documents.

mod common;

use ggegraph::documents::{Limits, load_paths};
use ggegraph::gazetteer::{MentionResolution, StateMatcher};
use std::collections::{BTreeMap, BTreeSet};

use common::stdout_ok as run;

#[test]
fn synth_memberships_comembership_equals_naive_count() {
    let dir = tempfile::tempdir().expect("tmp");
    let csv = dir.path().join("m.csv");
    let csv_s = csv.to_str().expect("utf8 path");
    let synth = |seed: &str| run(&["synth", "memberships", "--groups", "200", "--seed", seed]);
    let first = synth("1");
    assert_eq!(first, synth("1"));
    assert_ne!(first, synth("2"));
    std::fs::write(&csv, &first).expect("write");

    // Naive: every pair of members of every group, counted.
    let text = String::from_utf8(first).expect("ascii");
    let mut groups: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    for line in text.lines().skip(1) {
        let f: Vec<&str> = line.split(',').collect();
        groups
            .entry(f[1])
            .or_default()
            .insert(format!("state:{}", f[0]));
    }
    let mut naive: BTreeMap<(String, String), u32> = BTreeMap::new();
    for members in groups.values() {
        let m: Vec<&String> = members.iter().collect();
        for i in 0..m.len() {
            for j in i + 1..m.len() {
                *naive.entry((m[i].clone(), m[j].clone())).or_default() += 1;
            }
        }
    }

    // Run twice: the same table gives the same bytes.
    let comembership = || {
        run(&[
            "comembership",
            "--memberships",
            csv_s,
            "--weight",
            "count",
            "--format",
            "csv",
        ])
    };
    let out = comembership();
    assert_eq!(out, comembership());
    let mut got: BTreeMap<(String, String), u32> = BTreeMap::new();
    for line in String::from_utf8(out).expect("utf8").lines().skip(1) {
        let f: Vec<&str> = line.split(',').collect();
        assert!(f[0] < f[1], "one direction only, source < target: {line}");
        let shared: u32 = f[3].parse().expect("shared");
        assert_eq!(f[2].parse::<f64>().expect("weight"), f64::from(shared));
        assert!(
            got.insert((f[0].to_string(), f[1].to_string()), shared)
                .is_none(),
            "{line}"
        );
    }
    assert_eq!(got, naive);
}

#[test]
fn scan_counts_equal_the_matcher_on_loaded_documents() {
    let dir = tempfile::tempdir().expect("tmp");
    let corpus = dir.path().join("c");
    let corpus_s = corpus.to_str().expect("utf8 path");
    run(&[
        "synth", "corpus", "--mb", "2", "--dir", corpus_s, "--seed", "3",
    ]);
    let json: serde_json::Value =
        serde_json::from_slice(&run(&["scan", "--corpus", corpus_s, "--format", "json"]))
            .expect("json");

    let matcher = StateMatcher::new();
    let mut want: BTreeMap<String, u64> = BTreeMap::new();
    let loaded = load_paths(std::slice::from_ref(&corpus), &Limits::default());
    assert!(loaded.errors.is_empty());
    for doc in &loaded.documents {
        for m in matcher.mentions(&doc.text) {
            if let MentionResolution::State(s) = m.resolution {
                *want.entry(s.iso3.to_string()).or_default() += 1;
            }
        }
    }
    let got: BTreeMap<String, u64> = json["states"]
        .as_array()
        .expect("states")
        .iter()
        .map(|r| {
            (
                r["state"].as_str().expect("iso3").to_string(),
                r["mentions"].as_u64().expect("n"),
            )
        })
        .collect();
    assert!(!got.is_empty());
    assert_eq!(got, want);
    assert_eq!(json["files"].as_u64(), Some(loaded.documents.len() as u64));
}
