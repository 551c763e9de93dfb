//! `membership`: the bipartite graph of states and the groups they sat in.
//!
//! Groups form one column in time order (top to bottom) in the middle; states sit in one
//! box per UN regional group, the African, Asia-Pacific and Eastern European groups on
//! the left and the others on the right, which halves the height of the drawing. A
//! dashed line is a membership only stated by sentences the source flags as unverified.

use super::{group_node, region_clusters, region_of, state_node};
use crate::gazetteer::Region;
use crate::graph::Graph;
use crate::model::EntityId;
use crate::render::Layout;
use crate::render::diagram::{Diagram, DiagramEdge};
use crate::render::palette::EdgeKind;
use std::collections::BTreeSet;

/// The membership diagram.
pub fn diagram(graph: &Graph, layout: Layout) -> Diagram {
    let groups = graph.groups();
    let mut d = Diagram::new("membership", "Who sat in which group", layout);
    d.graph_attrs = vec![
        ("rankdir", "LR".into()),
        ("ranksep", "3".into()),
        ("nodesep", "0.08".into()),
        ("splines", "true".into()),
        ("overlap", "false".into()),
    ];
    let group_ids: Vec<String> = groups.iter().map(|g| g.id.0.clone()).collect();
    d.nodes = groups.iter().map(group_node).collect();
    d.same_rank.push(group_ids.clone());
    d.keep_order(&group_ids);
    let states: BTreeSet<&EntityId> = groups.iter().flat_map(|g| g.members.iter()).collect();
    d.clusters = region_clusters(states.into_iter().map(|s| state_node(graph, s)).collect());
    for g in &groups {
        for member in &g.members {
            let kind = if g.unverified_members.contains(member) {
                EdgeKind::MemberUnverified
            } else {
                EdgeKind::Member
            };
            // An edge's direction decides its side: states on the left point to the group.
            let mut e = if left_side(member) {
                DiagramEdge::new(member.0.clone(), g.id.0.clone(), kind)
            } else {
                DiagramEdge::new(g.id.0.clone(), member.0.clone(), kind)
            };
            e.tooltip = Some(format!("{} sat in {}", member, g.id));
            d.edges.push(e);
        }
    }
    d
}

/// Whether a state is drawn left of the groups.
fn left_side(state: &EntityId) -> bool {
    matches!(
        region_of(state),
        Some(Region::African | Region::AsiaPacific | Region::EasternEuropean)
    )
}
