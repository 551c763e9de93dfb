//! `ego:XXX`: one state, the groups it sat in, the states it sat with there (one box per
//! regional group), the groups its nationals chaired and the resolutions it sponsored.
//!
//! Left to right: sponsored resolutions and the state, its groups, its co-members.

use super::{group_node, region_clusters, resolution_node, state_node};
use crate::analysis::profile::state_profile;
use crate::gazetteer::State;
use crate::graph::Graph;
use crate::model::EntityId;
use crate::render::Layout;
use crate::render::diagram::{Diagram, DiagramEdge};
use crate::render::palette::EdgeKind;
use std::collections::BTreeSet;

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
        ("ranksep", "2.5".into()),
        ("nodesep", "0.08".into()),
        ("overlap", "false".into()),
    ];
    let mut centre = state_node(graph, &me);
    centre.label = format!(
        "{}\n{} groups, {} chairs",
        profile.name,
        profile.groups.len(),
        profile.chairs.len()
    );
    d.nodes.push(centre);
    let chaired: BTreeSet<&EntityId> = profile.chairs.iter().map(|f| &f.id).collect();
    let mut co_members: BTreeSet<EntityId> = BTreeSet::new();
    let mut group_ids = Vec::new();
    for fact in &profile.groups {
        let Some(group) = graph.group(&fact.id) else {
            continue;
        };
        d.nodes.push(group_node(&group));
        group_ids.push(group.id.0.clone());
        let kind = if graph_member_stated(fact) {
            EdgeKind::Member
        } else {
            EdgeKind::MemberUnverified
        };
        d.edges
            .push(DiagramEdge::new(me.0.clone(), group.id.0.clone(), kind));
        for member in group.members.iter().filter(|m| **m != me) {
            let kind = if group.unverified_members.contains(member) {
                EdgeKind::MemberUnverified
            } else {
                EdgeKind::Member
            };
            d.edges
                .push(DiagramEdge::new(group.id.0.clone(), member.0.clone(), kind));
            co_members.insert(member.clone());
        }
    }
    for fact in &profile.chairs {
        if !group_ids.contains(&fact.id.0) {
            if let Some(group) = graph.group(&fact.id) {
                d.nodes.push(group_node(&group));
                group_ids.push(group.id.0.clone());
            }
        }
    }
    for id in chaired {
        let mut e = DiagramEdge::new(me.0.clone(), id.0.clone(), EdgeKind::Chaired);
        e.tooltip = profile
            .chairs
            .iter()
            .find(|f| &f.id == id)
            .map(|f| f.name.clone());
        d.edges.push(e);
    }
    for fact in &profile.sponsorships {
        d.nodes.push(resolution_node(graph, &fact.id));
        d.edges.push(DiagramEdge::new(
            me.0.clone(),
            fact.id.0.clone(),
            EdgeKind::Sponsors,
        ));
    }
    d.same_rank.push(group_ids.clone());
    d.keep_order(&group_ids);
    d.clusters = region_clusters(co_members.iter().map(|s| state_node(graph, s)).collect());
    d
}

/// Whether a membership fact of the profile is stated plainly.
fn graph_member_stated(fact: &crate::analysis::profile::ProfileFact) -> bool {
    Graph::is_stated(&fact.provenance)
}
