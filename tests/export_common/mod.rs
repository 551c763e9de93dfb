//! What the export tests compare the exports with: the graph as `ggegraph build --format
//! json` describes it.
#![allow(dead_code)]

use crate::common::stdout_json;
use std::collections::BTreeSet;

/// The literal relations: their objects are values on the subject node, not nodes.
const LITERAL: [&str; 6] = [
    "adopted_on",
    "adoption",
    "report_adopted_on",
    "member_count",
    "norm_count",
    "outcome",
];

/// The graph of a corpus by `build --format json`.
pub struct Built {
    /// Nodes: the entities and every id a claim names (subjects, objects of entity
    /// relations).
    pub nodes: u64,
    /// Merged edges.
    pub edges: u64,
    /// Every claim as `subject|relation|object|document|page|line|column` (page empty
    /// outside paged documents), sorted: what the exports' provenance records must be.
    pub records: Vec<String>,
}

/// `ggegraph build --format json` with `corpus_args`, summarised.
pub fn built(corpus_args: &[&str]) -> Built {
    let mut args = vec!["build", "--format", "json"];
    args.extend_from_slice(corpus_args);
    let build = stdout_json(&args);
    let claims = build["claims"].as_array().expect("claims");
    let mut records: Vec<String> = claims
        .iter()
        .map(|c| {
            let p = &c["provenance"];
            let page = p["page"]
                .as_u64()
                .map(|n| n.to_string())
                .unwrap_or_default();
            format!(
                "{}|{}|{}|{}|{page}|{}|{}",
                c["subject"].as_str().expect("subject"),
                c["relation"].as_str().expect("relation"),
                c["object"].as_str().expect("object"),
                p["document"].as_str().expect("document"),
                p["line"],
                p["column"],
            )
        })
        .collect();
    records.sort();
    let mut ids: BTreeSet<&str> = BTreeSet::new();
    for e in build["entities"].as_array().expect("entities") {
        ids.insert(e["id"].as_str().expect("id"));
    }
    for c in claims {
        ids.insert(c["subject"].as_str().expect("subject"));
        if !LITERAL.contains(&c["relation"].as_str().expect("relation")) {
            ids.insert(c["object"].as_str().expect("object"));
        }
    }
    Built {
        nodes: ids.len() as u64,
        edges: build["edges"].as_array().expect("edges").len() as u64,
        records,
    }
}
