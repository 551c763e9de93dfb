//! `norms`: the eleven norms of the 2015 GGE report (A/70/174, para. 13 (a)-(k)), the
//! report that set them out, and every resolution or report that reaffirmed them.
//!
//! Left to right: the source report, the norms, the documents that reaffirmed them (in
//! symbol order, which for General Assembly documents is session order).

use super::document_node;
use crate::graph::Graph;
use crate::model::EntityId;
use crate::render::Layout;
use crate::render::diagram::{Diagram, DiagramEdge, DiagramNode};
use crate::render::palette::{EdgeKind, NodeKind};
use std::collections::BTreeSet;

/// `13 (a)` and the norm's name, wrapped.
fn norm_label(id: &EntityId, name: &str) -> String {
    let letter = id.as_str().strip_prefix("norm:2015-");
    let name = super::wrap(name, 44);
    match letter {
        Some(l) if !name.starts_with("Norm") => format!("13 ({l})  {name}"),
        _ => name,
    }
}

/// Orders document ids by General Assembly session, then symbol (`A/RES/70/237`
/// before `A/76/135`).
fn session_key(id: &EntityId) -> (u32, String) {
    let session = id
        .as_str()
        .trim_start_matches("A/RES/")
        .trim_start_matches("A/")
        .split('/')
        .next()
        .and_then(|s| s.parse().ok())
        .unwrap_or(u32::MAX);
    (session, id.0.clone())
}

/// The norms diagram.
pub fn diagram(graph: &Graph, layout: Layout) -> Diagram {
    let norms = graph.norms();
    let mut d = Diagram::new(
        "norms",
        "The eleven norms of 2015 and where they were reaffirmed",
        layout,
    );
    d.graph_attrs = vec![
        ("rankdir", "LR".into()),
        ("ranksep", "2.5".into()),
        ("nodesep", "0.15".into()),
        ("overlap", "false".into()),
    ];
    let sources: BTreeSet<&EntityId> = norms.iter().flat_map(|n| n.articulated_by.iter()).collect();
    let mut reaffirming: Vec<&EntityId> = norms
        .iter()
        .flat_map(|n| n.reaffirmed_by.iter())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    reaffirming.sort_by_key(|id| session_key(id));
    for id in &sources {
        d.nodes.push(document_node(graph, id));
    }
    let norm_ids: Vec<String> = norms.iter().map(|n| n.id.0.clone()).collect();
    for n in &norms {
        let mut node = DiagramNode::new(n.id.0.clone(), norm_label(&n.id, &n.name), NodeKind::Norm);
        node.tooltip = format!("{} ({})", n.id, n.name);
        d.nodes.push(node);
        for source in &n.articulated_by {
            d.edges.push(DiagramEdge::new(
                source.0.clone(),
                n.id.0.clone(),
                EdgeKind::Articulates,
            ));
        }
        for doc in &n.reaffirmed_by {
            let mut e = DiagramEdge::new(n.id.0.clone(), doc.0.clone(), EdgeKind::Reaffirms);
            e.ports = Some(("e", "w"));
            d.edges.push(e);
        }
    }
    let reaffirming_ids: Vec<String> = reaffirming.iter().map(|id| id.0.clone()).collect();
    for id in &reaffirming {
        if !sources.contains(id) {
            d.nodes.push(document_node(graph, id));
        }
    }
    d.same_rank.push(norm_ids.clone());
    d.same_rank.push(reaffirming_ids.clone());
    d.keep_order(&norm_ids);
    d.keep_order(&reaffirming_ids);
    d
}
