//! `comembership`: states linked by the groups they sat in together, line width by
//! weight.

use super::state_node;
use crate::graph::Graph;
use crate::model::EntityId;
use crate::render::diagram::{Diagram, DiagramEdge};
use crate::render::palette::EdgeKind;
use crate::render::{Layout, RenderError};
use std::collections::{BTreeMap, BTreeSet};

/// Which pairs the comembership view draws.
#[derive(Debug, Clone, PartialEq)]
pub struct ComembershipOptions {
    /// Pairs below this weight are left out.
    pub min_weight: f64,
}

impl Default for ComembershipOptions {
    fn default() -> Self {
        ComembershipOptions { min_weight: 2.0 }
    }
}

/// The comembership diagram.
pub fn diagram(
    graph: &Graph,
    layout: Layout,
    options: &ComembershipOptions,
) -> Result<Diagram, RenderError> {
    let mut d = Diagram::new("comembership", "States that sat together", layout);
    d.graph_attrs = vec![
        ("overlap", "false".into()),
        ("splines", "true".into()),
        ("sep", "+6".into()),
    ];
    let mut pairs: BTreeMap<(&EntityId, &EntityId), f64> = BTreeMap::new();
    let groups = graph.groups();
    for g in &groups {
        for (i, a) in g.members.iter().enumerate() {
            for b in &g.members[i + 1..] {
                *pairs.entry((a, b)).or_default() += 1.0;
            }
        }
    }
    let kept: Vec<((&EntityId, &EntityId), f64)> = pairs
        .into_iter()
        .filter(|(_, w)| *w >= options.min_weight)
        .collect();
    let states: BTreeSet<&EntityId> = kept.iter().flat_map(|((a, b), _)| [*a, *b]).collect();
    d.nodes = states.into_iter().map(|s| state_node(graph, s)).collect();
    for ((a, b), w) in kept {
        let mut e = DiagramEdge::new(a.0.clone(), b.0.clone(), EdgeKind::Comember);
        e.penwidth = Some(w);
        d.edges.push(e);
    }
    Ok(d)
}
