//! `continuity`: the GGEs as columns in time order, one row per state that sat in any of
//! them, a dot where the state sat and a thick line where it stayed into the next GGE.
//!
//! Rows are sorted by the first GGE the state sat in, so joins read as a staircase; a
//! dotted line marks a state that came back after missing one or more GGEs. Positions
//! are pinned (a grid), so the view is drawn with `neato`.

use super::{group_node, name_of, region_of};
use crate::graph::{Graph, GroupSummary};
use crate::model::{EntityId, GroupKind};
use crate::render::Layout;
use crate::render::diagram::{Diagram, DiagramEdge, DiagramNode};
use crate::render::palette::{EdgeKind, NodeKind};
use std::collections::BTreeMap;

/// Horizontal distance between GGE columns, in points.
const COLUMN: f64 = 150.0;
/// Vertical distance between state rows, in points.
const ROW: f64 = 26.0;

/// The id of the dot of `state` in `group`.
fn seat_id(group: &EntityId, state: &EntityId) -> String {
    format!("seat:{}:{}", group, state.iso3().unwrap_or(state.as_str()))
}

/// The continuity diagram.
pub fn diagram(graph: &Graph, layout: Layout) -> Diagram {
    let gges: Vec<GroupSummary> = graph
        .groups()
        .into_iter()
        .filter(|g| super::group_kind(&g.id) == GroupKind::Gge)
        .collect();
    let mut d = Diagram::new("continuity", "Who stayed from one GGE to the next", layout);
    d.graph_attrs = vec![
        ("splines", "line".into()),
        ("overlap", "true".into()),
        ("outputorder", "edgesfirst".into()),
    ];
    // Columns each state sat in, by state.
    let mut seats: BTreeMap<&EntityId, Vec<usize>> = BTreeMap::new();
    for (col, g) in gges.iter().enumerate() {
        for m in &g.members {
            seats.entry(m).or_default().push(col);
        }
    }
    let mut rows: Vec<(&EntityId, Vec<usize>)> = seats.into_iter().collect();
    rows.sort_by_cached_key(|(id, cols)| {
        (cols.first().copied(), region_of(id), name_of(graph, id))
    });
    for (col, g) in gges.iter().enumerate() {
        let mut header = group_node(g);
        header.pos = Some((col as f64 * COLUMN, ROW * 1.5));
        d.nodes.push(header);
    }
    for (row, (state, cols)) in rows.iter().enumerate() {
        let y = -(row as f64) * ROW;
        let mut name = DiagramNode::new(
            format!("row:{state}"),
            name_of(graph, state),
            NodeKind::Caption,
        );
        name.tooltip = state.0.clone();
        name.pos = Some((-COLUMN * 0.9, y));
        d.nodes.push(name);
        for &col in cols {
            let group = &gges[col].id;
            let mut seat = DiagramNode::new(
                seat_id(group, state),
                state.iso3().unwrap_or(state.as_str()),
                NodeKind::State(region_of(state)),
            );
            seat.tooltip = format!("{} in {}", name_of(graph, state), gges[col].name);
            seat.pos = Some((col as f64 * COLUMN, y));
            d.nodes.push(seat);
        }
        for pair in cols.windows(2) {
            let kind = if pair[1] == pair[0] + 1 {
                EdgeKind::Stays
            } else {
                EdgeKind::Returns
            };
            let mut e = DiagramEdge::new(
                seat_id(&gges[pair[0]].id, state),
                seat_id(&gges[pair[1]].id, state),
                kind,
            );
            e.tooltip = Some(format!(
                "{}: {} to {}",
                name_of(graph, state),
                gges[pair[0]].name,
                gges[pair[1]].name
            ));
            d.edges.push(e);
        }
    }
    d
}
