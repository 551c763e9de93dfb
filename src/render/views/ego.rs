//! `ego:XXX`: one state in the middle; the groups it sat in, the groups its nationals
//! chaired and the resolutions it sponsored on the right; on the left, the states it sat
//! with (one box per regional group), line width by the number of groups shared.
//!
//! Co-members link to the state, not to each group, so the drawing stays one line per
//! neighbour; the tooltip of each line names the groups shared.

use super::{group_node, name_of, region_clusters, resolution_node, state_node};
use crate::analysis::profile::{StateProfile, state_profile};
use crate::gazetteer::State;
use crate::graph::Graph;
use crate::model::EntityId;
use crate::render::Layout;
use crate::render::diagram::{Diagram, DiagramEdge};
use crate::render::palette::EdgeKind;
use std::collections::BTreeMap;

/// The ego diagram of `state`.
pub fn diagram(graph: &Graph, layout: Layout, state: &State) -> Diagram {
    let profile = state_profile(graph, state);
    let me = profile.id.clone();
    let title = format!(
        "{} ({}): groups, co-members, chairs, sponsorships",
        state.name, state.iso3
    );
    let mut d = Diagram::new(&format!("ego:{}", state.iso3), title, layout);
    d.graph_attrs = vec![
        ("rankdir", "LR".into()),
        ("ranksep", "1.6".into()),
        ("nodesep", "0.1".into()),
        ("overlap", "false".into()),
    ];
    let mut centre = state_node(graph, &me);
    centre.label = format!(
        "{}\n{} groups, {} chaired, {} sponsored",
        profile.name,
        profile.groups.len(),
        profile.chairs.len(),
        profile.sponsorships.len()
    );
    d.nodes.push(centre);
    let mut right = Vec::new();
    let shared = member_groups(&mut d, graph, &profile, &mut right);
    for fact in &profile.chairs {
        if !right.contains(&fact.id.0)
            && let Some(group) = graph.group(&fact.id)
        {
            d.nodes.push(group_node(&group));
            right.push(group.id.0.clone());
        }
        let mut e = DiagramEdge::new(me.0.clone(), fact.id.0.clone(), EdgeKind::Chaired);
        e.tooltip = Some(fact.name.clone());
        d.edges.push(e);
    }
    for fact in &profile.sponsorships {
        d.nodes.push(resolution_node(graph, &fact.id));
        right.push(fact.id.0.clone());
        d.edges.push(DiagramEdge::new(
            me.0.clone(),
            fact.id.0.clone(),
            EdgeKind::Sponsors,
        ));
    }
    d.same_rank.push(right.clone());
    d.keep_order(&right);
    d.clusters = region_clusters(shared.keys().map(|s| state_node(graph, s)).collect());
    comember_edges(&mut d, graph, &profile, &shared);
    d
}

/// The groups the state of `profile` sat in, as nodes on the right (their ids pushed to
/// `right`) with its membership lines; returns the co-members with the names of the
/// groups each shared with it.
fn member_groups(
    d: &mut Diagram,
    graph: &Graph,
    profile: &StateProfile,
    right: &mut Vec<String>,
) -> BTreeMap<EntityId, Vec<String>> {
    let me = &profile.id;
    let mut shared: BTreeMap<EntityId, Vec<String>> = BTreeMap::new();
    for fact in &profile.groups {
        let Some(group) = graph.group(&fact.id) else {
            continue;
        };
        d.nodes.push(group_node(&group));
        right.push(group.id.0.clone());
        let kind = if Graph::is_stated(&fact.provenance) {
            EdgeKind::Member
        } else {
            EdgeKind::MemberUnverified
        };
        d.edges
            .push(DiagramEdge::new(me.0.clone(), group.id.0.clone(), kind));
        for member in group.members.iter().filter(|m| *m != me) {
            shared
                .entry(member.clone())
                .or_default()
                .push(group.name.clone());
        }
    }
    shared
}

/// One line from each co-member in `shared` to the state, as wide as the groups shared.
fn comember_edges(
    d: &mut Diagram,
    graph: &Graph,
    profile: &StateProfile,
    shared: &BTreeMap<EntityId, Vec<String>>,
) {
    let me = &profile.id;
    let most = shared.values().map(Vec::len).max().unwrap_or(1) as f64;
    for (member, groups) in shared {
        // Pointing at the centre puts co-members on the left under rankdir=LR.
        let mut e = DiagramEdge::new(member.0.clone(), me.0.clone(), EdgeKind::Comember);
        e.penwidth = Some(0.5 + 4.5 * groups.len() as f64 / most);
        e.tooltip = Some(format!(
            "{} sat with {} in {}",
            name_of(graph, member),
            profile.name,
            groups.join(", ")
        ));
        d.edges.push(e);
    }
}
