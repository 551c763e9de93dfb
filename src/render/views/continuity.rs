//! `continuity`: the GGEs as columns in time order, one row per state that sat in any of
//! them, a dot where the state sat and a thick line where it stayed into the next GGE.
//!
//! Rows are sorted by the first GGE the state sat in, so joins read as a staircase and
//! departures as lines that stop; a dotted line marks a state that came back after
//! missing one or more GGEs. Positions are pinned (a grid), so the view is drawn with
//! `neato`.

use super::{name_of, region_of};
use crate::analysis::continuity::continuity;
use crate::analysis::memberships::Memberships;
use crate::graph::Graph;
use crate::model::{EntityId, GroupKind};
use crate::render::Layout;
use crate::render::diagram::{Diagram, DiagramEdge, DiagramNode};
use crate::render::palette::{EdgeKind, NodeKind};

/// Horizontal distance between GGE columns, in points.
const COLUMN: f64 = 175.0;
/// Vertical distance between state rows, in points.
const ROW: f64 = 36.0;

/// The id of the dot of `state` in `group`.
fn seat_id(group: &EntityId, state: &EntityId) -> String {
    format!("seat:{}:{}", group, state.iso3().unwrap_or(state.as_str()))
}

/// The continuity diagram.
pub fn diagram(graph: &Graph, layout: Layout) -> Diagram {
    let c = continuity(&Memberships::from_graph(graph).filter_kind(GroupKind::Gge));
    let mut d = Diagram::new("continuity", "Who stayed from one GGE to the next", layout);
    d.graph_attrs = vec![
        ("splines", "line".into()),
        ("inputscale", "72".into()),
        ("overlap", "true".into()),
        ("outputorder", "edgesfirst".into()),
    ];
    let column_of = |g: &EntityId| c.sequence.iter().position(|s| s == g);
    for (col, id) in c.sequence.iter().enumerate() {
        let mut header = match graph.group(id) {
            Some(summary) => super::group_node(&summary),
            None => DiagramNode::new(
                id.0.clone(),
                name_of(graph, id),
                NodeKind::Group(GroupKind::Gge),
            ),
        };
        header.pos = Some((col as f64 * COLUMN, ROW * 2.0));
        d.nodes.push(header);
    }
    let mut rows: Vec<(&EntityId, Vec<usize>)> = c
        .states
        .iter()
        .map(|run| (&run.id, run.groups.iter().filter_map(column_of).collect()))
        .collect();
    rows.sort_by_cached_key(|(id, cols)| {
        (cols.first().copied(), region_of(id), name_of(graph, id))
    });
    for (row, (state, cols)) in rows.iter().enumerate() {
        let y = -(row as f64) * ROW;
        let name = name_of(graph, state);
        let mut caption = DiagramNode::new(
            format!("row:{state}"),
            super::wrap(&name, 30),
            NodeKind::Caption,
        );
        caption.tooltip = state.0.clone();
        caption.pos = Some((-COLUMN * 0.95, y));
        d.nodes.push(caption);
        for &col in cols {
            let group = &c.sequence[col];
            let code = state.iso3().unwrap_or(state.as_str());
            let mut seat = DiagramNode::new(
                seat_id(group, state),
                code,
                NodeKind::State(region_of(state)),
            );
            seat.tooltip = format!("{name} in {}", name_of(graph, group));
            seat.pos = Some((col as f64 * COLUMN, y));
            d.nodes.push(seat);
        }
        for pair in cols.windows(2) {
            let (from, to) = (&c.sequence[pair[0]], &c.sequence[pair[1]]);
            let kind = if pair[1] == pair[0] + 1 {
                EdgeKind::Stays
            } else {
                EdgeKind::Returns
            };
            let mut e = DiagramEdge::new(seat_id(from, state), seat_id(to, state), kind);
            e.tooltip = Some(format!(
                "{name}: {} to {}",
                name_of(graph, from),
                name_of(graph, to)
            ));
            d.edges.push(e);
        }
    }
    d
}
