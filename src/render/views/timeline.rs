//! `timeline`: the processes in time order, each with the resolutions that established it
//! and the reports it produced, and arrows from each process to the one that followed.
//!
//! Time runs left to right: one column per year, headed by the year: each process in the
//! column of its first year with the resolutions that established it, each report in the
//! column of the year it was adopted.

use super::{document_node, group_node, resolution_node};
use crate::graph::Graph;
use crate::model::Relation;
use crate::render::Layout;
use crate::render::diagram::{Diagram, DiagramEdge, DiagramNode};
use crate::render::palette::{EdgeKind, NodeKind};
use std::collections::{BTreeMap, BTreeSet};

/// The timeline diagram.
pub fn diagram(graph: &Graph, layout: Layout) -> Diagram {
    let groups = graph.groups();
    let mut d = Diagram::new(
        "timeline",
        "Processes, their mandates, reports and successors",
        layout,
    );
    d.graph_attrs = vec![
        ("rankdir", "LR".into()),
        ("ranksep", "0.9".into()),
        ("nodesep", "0.3".into()),
        ("overlap", "false".into()),
    ];
    let mut columns: BTreeMap<u16, Vec<String>> = BTreeMap::new();
    let mut placed: BTreeSet<String> = BTreeSet::new();
    // Reports, by the year they go under (added to the columns after the groups).
    let mut later: BTreeMap<u16, Vec<String>> = BTreeMap::new();
    for g in &groups {
        let column = columns.entry(g.key.start).or_default();
        for res in &g.established_by {
            if placed.insert(res.0.clone()) {
                d.nodes.push(resolution_node(graph, res));
                column.push(res.0.clone());
            }
            d.edges.push(DiagramEdge::new(
                res.0.clone(),
                g.id.0.clone(),
                EdgeKind::Establishes,
            ));
        }
        d.nodes.push(group_node(g));
        column.push(g.id.0.clone());
        for report in &g.reports {
            if placed.insert(report.0.clone()) {
                d.nodes.push(document_node(graph, report));
                // In the column of the year it was adopted (else the group's last year),
                // so a report sits under its own year, not under the next group's.
                let year = graph
                    .node(report.as_str())
                    .and_then(|n| n.attribute(Relation::ReportAdoptedOn).first())
                    .and_then(|v| v.value.date()?.year)
                    .or(g.key.end);
                if let Some(year) = year {
                    later.entry(year).or_default().push(report.0.clone());
                }
            }
            d.edges.push(DiagramEdge::new(
                g.id.0.clone(),
                report.0.clone(),
                EdgeKind::Produces,
            ));
        }
        for earlier in &g.succeeds {
            let mut e = DiagramEdge::new(earlier.0.clone(), g.id.0.clone(), EdgeKind::FollowedBy);
            e.weight = Some(5);
            d.edges.push(e);
        }
    }
    for (year, ids) in later {
        columns.entry(year).or_default().extend(ids);
    }
    let years: Vec<String> = columns.keys().map(|y| format!("year:{y}")).collect();
    for (year, mut ids) in columns {
        let caption = DiagramNode::new(format!("year:{year}"), year.to_string(), NodeKind::Caption);
        ids.insert(0, caption.id.clone());
        d.nodes.push(caption);
        d.same_rank.push(ids);
    }
    d.keep_order(&years);
    d
}
