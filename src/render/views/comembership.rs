//! `comembership`: states linked by the groups they sat in together, line width by
//! weight (any weighting of [`crate::analysis::comembership`]).
//!
//! States sit on an ellipse, one arc per UN regional group, so ties inside and across
//! regional groups read at a glance and the drawing is the same on every machine
//! (positions are pinned; the view is drawn with `neato`). Only the strongest ties are
//! drawn by default: with six GGEs of 15 to 25 states almost every pair that sat in the
//! same GGE twice would otherwise make one grey disc.

use super::{name_of, region_of, state_node};
use crate::analysis::comembership::{CoMembership, Weight, comembership, shared_groups, strongest};
use crate::analysis::memberships::Memberships;
use crate::graph::Graph;
use crate::model::{EntityId, GroupKind};
use crate::render::diagram::{Diagram, DiagramEdge};
use crate::render::palette::EdgeKind;
use crate::render::{Layout, RenderError};
use std::collections::BTreeSet;

/// Which pairs the comembership view draws, and how they are weighted.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ComembershipOptions {
    /// How a pair is weighted.
    pub weight: Weight,
    /// Only groups of this kind count (`None`: every group).
    pub kind: Option<GroupKind>,
    /// Pairs below this weight are left out.
    pub min_weight: Option<f64>,
    /// Only the heaviest pairs are kept.
    pub top: Option<usize>,
}

impl Default for ComembershipOptions {
    fn default() -> Self {
        ComembershipOptions {
            weight: Weight::Count,
            kind: None,
            min_weight: None,
            top: None,
        }
    }
}

impl ComembershipOptions {
    /// The cut applied when neither `min_weight` nor `top` is given: pairs that shared at
    /// least [`DEFAULT_MIN_SHARED`] groups for the count weighting, the
    /// [`DEFAULT_TOP`] heaviest pairs for the others (whose scales differ).
    pub fn cut(&self) -> (Option<f64>, Option<usize>) {
        match (self.min_weight, self.top, self.weight) {
            (None, None, Weight::Count) => (Some(DEFAULT_MIN_SHARED), None),
            (None, None, _) => (None, Some(DEFAULT_TOP)),
            (min, top, _) => (min, top),
        }
    }
}

/// Default minimum number of shared groups for the count weighting.
pub const DEFAULT_MIN_SHARED: f64 = 4.0;
/// Default number of pairs kept for the other weightings.
pub const DEFAULT_TOP: usize = 100;

/// Horizontal radius of the ellipse per state drawn, in points (at least [`MIN_RADIUS`]).
const RADIUS_PER_STATE: f64 = 24.0;
const MIN_RADIUS: f64 = 520.0;

/// The comembership diagram.
///
/// # Errors
/// [`RenderError::InvalidOption`] for a negative or non-finite minimum weight or a top
/// of zero.
pub fn diagram(
    graph: &Graph,
    layout: Layout,
    options: &ComembershipOptions,
) -> Result<Diagram, RenderError> {
    let (min_weight, top) = options.cut();
    if min_weight.is_some_and(|w| !w.is_finite() || w < 0.0) {
        return Err(RenderError::InvalidOption(
            "--min-weight must be a finite number >= 0".into(),
        ));
    }
    if top == Some(0) {
        return Err(RenderError::InvalidOption(
            "--top must be at least 1".into(),
        ));
    }
    let all = Memberships::from_graph(graph);
    let m = match options.kind {
        Some(kind) => all.filter_kind(kind),
        None => all,
    };
    let edges = strongest(comembership(&m, options.weight), min_weight, top);
    let title = title(options, min_weight, top);
    let mut d = Diagram::new("comembership", title, layout);
    d.graph_attrs = vec![
        ("splines", "false".into()),
        ("inputscale", "72".into()),
        ("overlap", "true".into()),
        ("outputorder", "edgesfirst".into()),
    ];
    place_states(&mut d, graph, &m, &edges);
    draw_edges(&mut d, graph, &m, &edges);
    Ok(d)
}

/// The diagram's title: the groups counted, the weight and the cut.
fn title(options: &ComembershipOptions, min_weight: Option<f64>, top: Option<usize>) -> String {
    let cut = match (min_weight, top) {
        (Some(w), _) => format!("weight >= {w}"),
        (None, Some(n)) => format!("{n} heaviest pairs"),
        (None, None) => "every pair".to_string(),
    };
    let groups = options.kind.map_or("groups", |k| match k {
        GroupKind::Gge => "GGEs",
        GroupKind::Oewg => "OEWGs",
        GroupKind::Mechanism => "mechanisms",
    });
    format!(
        "States that sat together in {groups} ({} weight, {cut})",
        options.weight.as_str()
    )
}

/// The states of `edges` as nodes on an ellipse, by regional group then name, clockwise
/// from the top.
fn place_states(d: &mut Diagram, graph: &Graph, m: &Memberships, edges: &[CoMembership]) {
    let used: BTreeSet<u32> = edges.iter().flat_map(|e| [e.source, e.target]).collect();
    let mut states: Vec<&EntityId> = used
        .iter()
        .filter_map(|&i| m.states.get(i as usize))
        .collect();
    states.sort_by_cached_key(|id| (region_of(id).is_none(), region_of(id), name_of(graph, id)));
    let rx = (states.len() as f64 * RADIUS_PER_STATE).max(MIN_RADIUS);
    let ry = rx * 0.62;
    for (i, id) in states.iter().enumerate() {
        // Start at the top and go clockwise, so the first regional group reads first.
        let angle =
            std::f64::consts::FRAC_PI_2 - std::f64::consts::TAU * i as f64 / states.len() as f64;
        let mut node = state_node(graph, id);
        node.label = super::wrap(&node.label, 24);
        node.pos = Some((rx * angle.cos(), ry * angle.sin()));
        d.nodes.push(node);
    }
}

/// The pairs of `edges` as lines as wide as their weight, light ones first.
fn draw_edges(d: &mut Diagram, graph: &Graph, m: &Memberships, edges: &[CoMembership]) {
    let lightest = edges.iter().map(|e| e.weight).fold(f64::INFINITY, f64::min);
    let heaviest = edges.iter().map(|e| e.weight).fold(0.0_f64, f64::max);
    let by_state = m.groups_by_state();
    let mut sorted = edges.to_vec();
    // Light pairs first, so heavy lines are drawn on top.
    sorted.sort_by(|a, b| {
        a.weight
            .total_cmp(&b.weight)
            .then((a.source, a.target).cmp(&(b.source, b.target)))
    });
    for e in sorted {
        let (Some(a), Some(b)) = (
            m.states.get(e.source as usize),
            m.states.get(e.target as usize),
        ) else {
            continue;
        };
        let mut edge = DiagramEdge::new(a.0.clone(), b.0.clone(), EdgeKind::Comember);
        edge.penwidth = Some(line_width(e.weight, lightest, heaviest));
        let shared: Vec<String> = shared_groups(&by_state, e.source, e.target)
            .iter()
            .filter_map(|&g| m.groups.get(g as usize))
            .map(|g| name_of(graph, &g.id))
            .collect();
        edge.tooltip = Some(format!(
            "{} and {}: weight {:.3}, {}",
            name_of(graph, a),
            name_of(graph, b),
            e.weight,
            shared.join(", ")
        ));
        d.edges.push(edge);
    }
}

/// Line width from 0.5 (lightest pair drawn) to 7 (heaviest), linear in the weight, so
/// the cut's range uses the whole scale.
fn line_width(weight: f64, lightest: f64, heaviest: f64) -> f64 {
    if heaviest > lightest {
        0.5 + 6.5 * (weight - lightest) / (heaviest - lightest)
    } else {
        2.0
    }
}
