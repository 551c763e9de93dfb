//! The legend of a [`Diagram`]: one sample per kind of node and edge it shows, as data
//! (the SVG fallback draws it) and as the DOT cluster Graphviz draws.

use super::{Diagram, DiagramEdge, DiagramNode, edge, id, node, plain};
use crate::render::palette::{EdgeKind, NodeKind};
use graphviz_rust::dot_structures::{Attribute, Node, NodeId, Stmt, Subgraph};
use std::collections::BTreeSet;

impl Diagram {
    /// One sample node per node kind used and one sample edge per edge kind used;
    /// `None` for an empty diagram.
    pub(in crate::render) fn legend(&self) -> Option<Legend> {
        let node_kinds: BTreeSet<NodeKind> = self
            .all_nodes()
            .flat_map(|n| n.kind.legend_kinds())
            .filter(|k| k.in_legend())
            .collect();
        let edge_kinds: BTreeSet<EdgeKind> = self
            .edges
            .iter()
            .map(|e| e.kind)
            .filter(|k| k.in_legend())
            .collect();
        if node_kinds.is_empty() && edge_kinds.is_empty() {
            return None;
        }
        let mut legend = Legend::default();
        let (origin_x, origin_y) = self.legend_origin();
        let mut row = 0.0;
        let place = |n: &mut DiagramNode, dx: f64, row: f64| {
            if let Some((x, y)) = origin_x.zip(origin_y) {
                n.pos = Some((x + dx, y - row));
            }
        };
        for kind in &node_kinds {
            let mut sample = DiagramNode::new(format!("legend:{kind:?}"), kind.legend(), *kind);
            sample.tooltip = kind.legend();
            place(&mut sample, 90.0, row);
            row += 40.0;
            legend.nodes.push(sample);
        }
        for kind in &edge_kinds {
            let mut from = DiagramNode::new(format!("legend:{kind:?}:from"), "", NodeKind::Anchor);
            let mut to = DiagramNode::new(
                format!("legend:{kind:?}:to"),
                kind.legend(),
                NodeKind::Caption,
            );
            place(&mut from, 0.0, row);
            place(&mut to, 150.0, row);
            row += 30.0;
            let mut sample = DiagramEdge::new(from.id.clone(), to.id.clone(), *kind);
            sample.tooltip = Some(kind.legend().to_string());
            legend.edges.push((from, to, sample));
        }
        Some(legend)
    }

    /// Where a pinned legend goes: left of the drawing, below its lowest node. `None`
    /// when the diagram does not pin positions.
    fn legend_origin(&self) -> (Option<f64>, Option<f64>) {
        let pinned: Vec<(f64, f64)> = self.all_nodes().filter_map(|n| n.pos).collect();
        if pinned.is_empty() {
            return (None, None);
        }
        let min_x = pinned.iter().map(|p| p.0).fold(f64::INFINITY, f64::min);
        let min_y = pinned.iter().map(|p| p.1).fold(f64::INFINITY, f64::min);
        (Some(min_x), Some(min_y - 60.0))
    }
}

/// The legend of a [`Diagram`]: sample nodes, then sample edges, each drawn between an
/// anchor and a caption node.
#[derive(Default)]
pub(in crate::render) struct Legend {
    /// One per node kind used.
    pub nodes: Vec<DiagramNode>,
    /// One per edge kind used: its tail, its head (the caption) and the edge.
    pub edges: Vec<(DiagramNode, DiagramNode, DiagramEdge)>,
}

impl Legend {
    /// The node samples and edge tails, in order: one rank (a column under rankdir=LR, a
    /// row otherwise), kept in order by invisible edges, the edge captions taking the
    /// next. Inside a cluster dot lays such a chain out last-first, hence reversed.
    pub fn chain(&self) -> Vec<&str> {
        let samples = self.nodes.iter().map(|n| n.id.as_str());
        let tails = self.edges.iter().map(|(from, _, _)| from.id.as_str());
        let mut chain: Vec<&str> = samples.chain(tails).collect();
        chain.reverse();
        chain
    }

    /// The invisible edges along [`Legend::chain`].
    pub fn order_edges(&self) -> Vec<DiagramEdge> {
        self.chain()
            .windows(2)
            .map(|pair| DiagramEdge::new(pair[0], pair[1], EdgeKind::Order))
            .collect()
    }

    /// The legend as a DOT cluster.
    pub(super) fn subgraph(&self) -> Subgraph {
        let mut stmts = vec![
            Stmt::Attribute(Attribute(plain("label"), id("Legend"))),
            Stmt::Attribute(Attribute(plain("fontsize"), id("14"))),
            Stmt::Attribute(Attribute(plain("style"), id("rounded"))),
            Stmt::Attribute(Attribute(plain("color"), id("#999999"))),
        ];
        stmts.extend(self.nodes.iter().map(|n| Stmt::Node(node(n))));
        for (from, to, sample) in &self.edges {
            stmts.push(Stmt::Node(node(from)));
            stmts.push(Stmt::Node(node(to)));
            let mut e = edge(sample);
            e.attributes.push(Attribute(plain("minlen"), id("1")));
            stmts.push(Stmt::Edge(e));
        }
        let mut rank = vec![Stmt::Attribute(Attribute(plain("rank"), id("same")))];
        rank.extend(
            self.chain()
                .into_iter()
                .map(|n| Stmt::Node(Node::new(NodeId(id(n), None), Vec::new()))),
        );
        stmts.push(
            Subgraph {
                id: id("rank_legend"),
                stmts: rank,
            }
            .into(),
        );
        stmts.extend(self.order_edges().iter().map(|e| Stmt::Edge(edge(e))));
        Subgraph {
            id: id("cluster_legend"),
            stmts,
        }
    }
}
