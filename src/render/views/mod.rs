//! Each view as data: which nodes, edges, clusters and ordering hints a diagram shows.
//! Styling, legend and DOT syntax are the renderer's ([`super::diagram`]).

mod agreement;
mod comembership;
mod continuity;
mod ego;
mod membership;
mod norms;
mod timeline;
mod votes;

pub use comembership::{ComembershipOptions, DEFAULT_MIN_SHARED, DEFAULT_TOP};
pub use votes::{Choice, cells, default_pair};

use super::diagram::{Cluster, Diagram, DiagramNode};
use super::palette::{NodeKind, region_colour};
use super::{Layout, RenderError, View, ViewOptions};
use crate::gazetteer::{self, Region};
use crate::graph::{Graph, GroupSummary};
use crate::model::{EntityId, GroupKey, GroupKind, Relation};

/// The engine each view is drawn with unless the user picks another.
pub fn default_layout(view: &View) -> Layout {
    match view {
        View::Comembership | View::Continuity | View::Votes(_) => Layout::Neato,
        View::Membership | View::Timeline | View::Norms | View::Ego(_) | View::Agreement => {
            Layout::Dot
        }
    }
}

/// The diagram of `view` on `graph`.
///
/// # Errors
/// [`RenderError::InvalidOption`] when an option is out of range.
pub fn diagram(graph: &Graph, view: &View, options: &ViewOptions) -> Result<Diagram, RenderError> {
    let layout = options.layout.unwrap_or_else(|| default_layout(view));
    Ok(match view {
        View::Membership => membership::diagram(graph, layout),
        View::Comembership => comembership::diagram(graph, layout, &options.comembership)?,
        View::Timeline => timeline::diagram(graph, layout),
        View::Continuity => continuity::diagram(graph, layout),
        View::Norms => norms::diagram(graph, layout),
        View::Ego(state) => ego::diagram(graph, layout, state),
        View::Votes(pair) => votes::diagram(graph, layout, pair.as_ref())?,
        View::Agreement => agreement::diagram(graph, layout)?,
    })
}

/// The two ballots of `votes:X,Y`, as resolution ids (`73/27` is `A/RES/73/27`).
///
/// # Errors
/// [`RenderError::InvalidOption`] unless there are exactly two non-empty names.
pub fn parse_pair(pair: &str) -> Result<(EntityId, EntityId), RenderError> {
    let names: Vec<Option<EntityId>> = pair
        .split(',')
        .map(crate::analysis::rollcalls::resolution_id)
        .collect();
    match names.as_slice() {
        [Some(x), Some(y)] => Ok((x.clone(), y.clone())),
        _ => Err(RenderError::InvalidOption(format!(
            "votes view: expected votes:RESOLUTION,RESOLUTION (e.g. votes:73/27,73/266), got votes:{pair}"
        ))),
    }
}

/// The `votes` and `agreement` views, when `graph` has what each needs (two recorded
/// ballots; two group members with votes), for [`super::all_views`].
pub fn vote_views(graph: &Graph) -> Vec<(String, View)> {
    let v = crate::analysis::Votes::from_graph(graph);
    let mut out = Vec::new();
    if default_pair(&v).is_some() {
        out.push(("votes".to_string(), View::Votes(None)));
    }
    let m = crate::analysis::Memberships::from_graph(graph);
    let members: std::collections::HashSet<&EntityId> = m.states.iter().collect();
    let enough = crate::analysis::agreement::most_recorded(&v, |s| members.contains(s), 2);
    if enough.len() >= 2 {
        out.push(("agreement".to_string(), View::Agreement));
    }
    out
}

/// The UN regional group of a state id (`None` for non-states and the Holy See).
fn region_of(id: &EntityId) -> Option<Region> {
    id.iso3()
        .and_then(gazetteer::state_by_iso3)
        .and_then(|s| s.region)
}

/// The display name of an entity: the graph's name, or the id when the graph lacks it.
fn name_of(graph: &Graph, id: &EntityId) -> String {
    graph
        .node(id.as_str())
        .map(|n| n.name.clone())
        .unwrap_or_else(|| id.0.clone())
}

/// A state's node: its name shown, id and regional group in the tooltip.
fn state_node(graph: &Graph, id: &EntityId) -> DiagramNode {
    let region = region_of(id);
    let mut node = DiagramNode::new(id.0.clone(), name_of(graph, id), NodeKind::State(region));
    node.tooltip = match region {
        Some(r) => format!("{} ({} Group)", id, r.as_str()),
        None => id.0.clone(),
    };
    node
}

/// The node kind of a group id (GGE when the id does not say).
fn group_kind(id: &EntityId) -> GroupKind {
    GroupKey::parse(id.as_str())
        .map(|k| k.kind)
        .unwrap_or(GroupKind::Gge)
}

/// A group's node: name, then size and outcome when known.
fn group_node(group: &GroupSummary) -> DiagramNode {
    let mut lines = vec![group.name.clone()];
    if group.size > 0 {
        lines.push(format!("{} members", group.size));
    }
    if let Some(outcome) = &group.outcome {
        lines.push(outcome.clone());
    }
    let mut node = DiagramNode::new(
        group.id.0.clone(),
        lines.join("\n"),
        NodeKind::Group(group_kind(&group.id)),
    );
    let chairs: Vec<&str> = group.chairs.iter().map(|c| c.name.as_str()).collect();
    node.tooltip = if chairs.is_empty() {
        group.id.0.clone()
    } else {
        format!("{} (chair: {})", group.id, chairs.join(", "))
    };
    node
}

/// A resolution's node: its symbol, with the adoption date when a document gives one.
fn resolution_node(graph: &Graph, id: &EntityId) -> DiagramNode {
    let adopted = graph
        .node(id.as_str())
        .and_then(|n| n.attribute(Relation::AdoptedOn).first())
        .map(|v| v.value.clone());
    let label = match adopted {
        Some(date) => format!("{}\nadopted {}", name_of(graph, id), date),
        None => name_of(graph, id),
    };
    DiagramNode::new(id.0.clone(), label, NodeKind::Resolution)
}

/// A report's node: its symbol.
fn report_node(graph: &Graph, id: &EntityId) -> DiagramNode {
    DiagramNode::new(id.0.clone(), name_of(graph, id), NodeKind::Report)
}

/// A document that is a resolution or a report, by its id's shape.
fn document_node(graph: &Graph, id: &EntityId) -> DiagramNode {
    match id.kind() {
        crate::model::EntityKind::Resolution => resolution_node(graph, id),
        _ => report_node(graph, id),
    }
}

/// States in one cluster per UN regional group (in [`Region::ALL`] order, states in no
/// group last), each cluster sorted by name.
fn region_clusters(mut states: Vec<DiagramNode>) -> Vec<Cluster> {
    states.sort_by(|a, b| (&a.label, &a.id).cmp(&(&b.label, &b.id)));
    let regions = Region::ALL.into_iter().map(Some).chain([None]);
    regions
        .filter_map(|region| {
            let nodes: Vec<DiagramNode> = states
                .iter()
                .filter(|n| n.kind == NodeKind::State(region))
                .cloned()
                .collect();
            if nodes.is_empty() {
                return None;
            }
            let (key, label) = match region {
                Some(r) => (
                    r.abbreviation().to_string(),
                    format!("{} Group ({})", r.as_str(), r.abbreviation()),
                ),
                None => ("none".to_string(), "No regional group".to_string()),
            };
            Some(Cluster {
                key,
                label,
                colour: region_colour(region),
                nodes,
            })
        })
        .collect()
}

/// Breaks `text` into lines of at most `width` characters at spaces (a longer word
/// keeps its own line), so long names do not stretch nodes across their neighbours.
fn wrap(text: &str, width: usize) -> String {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split(' ') {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn wrap_breaks_at_spaces() {
        assert_eq!(
            wrap("United Kingdom of Great Britain and Northern Ireland", 24),
            "United Kingdom of Great\nBritain and Northern\nIreland"
        );
        assert_eq!(wrap("Brazil", 24), "Brazil");
        assert_eq!(wrap("", 24), "");
    }
}
