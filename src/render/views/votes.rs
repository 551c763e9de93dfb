//! `votes`: states placed by their votes on two ballots, a column per vote on the first
//! (yes, abstain, no, not recorded) and a row per vote on the second, so the 73/27
//! against 73/266 picture (who backed one text, the other, or both) reads at a glance.
//!
//! Inside a cell states sit on a small grid in ISO3 order (no jitter: the same votes give
//! the same picture), coloured by UN regional group; a state that sat in a GGE or an OEWG
//! is a box instead of an ellipse. Every position is pinned (`pos="x,y!"`, points), so
//! `neato` (or `neato -n`) draws the grid as laid out. Not an analysis: the counts come
//! from [`Votes`].

use super::region_of;
use crate::analysis::Votes;
use crate::analysis::memberships::Memberships;
use crate::analysis::rollcalls::Vote;
use crate::graph::Graph;
use crate::model::{EntityId, GroupKind};
use crate::render::diagram::{Diagram, DiagramEdge, DiagramNode};
use crate::render::palette::{EdgeKind, NodeKind};
use crate::render::{Layout, RenderError};
use std::collections::BTreeMap;

/// Horizontal distance between two states of a cell, in points (a node is at least
/// 54 points wide).
const SLOT_W: f64 = 62.0;
/// Vertical distance between two states of a cell, in points (a node is 36 high).
const SLOT_H: f64 = 42.0;
/// Space between two cells, in points.
const GAP: f64 = 50.0;
/// Room for the row headers left of the grid, in points.
const ROW_HEADER: f64 = 190.0;

/// One axis value: a vote, or no vote recorded (absent, not a member yet, or sources
/// that disagree).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Choice {
    /// In favour.
    Yes,
    /// Abstained.
    Abstain,
    /// Against.
    No,
    /// No vote recorded.
    NotRecorded,
}

impl Choice {
    /// The axis order: yes, abstain, no, then not recorded (from the one side to the
    /// other, the gap last).
    pub const ALL: [Choice; 4] = [
        Choice::Yes,
        Choice::Abstain,
        Choice::No,
        Choice::NotRecorded,
    ];

    fn of(vote: Option<Vote>) -> Choice {
        match vote {
            Some(Vote::Yes) => Choice::Yes,
            Some(Vote::Abstain) => Choice::Abstain,
            Some(Vote::No) => Choice::No,
            None => Choice::NotRecorded,
        }
    }

    fn index(self) -> usize {
        self as usize
    }

    /// Short name, used in node ids (`cell:yes:no`).
    pub fn as_str(self) -> &'static str {
        match self {
            Choice::Yes => "yes",
            Choice::Abstain => "abstain",
            Choice::No => "no",
            Choice::NotRecorded => "not-recorded",
        }
    }

    fn phrase(self) -> &'static str {
        match self {
            Choice::Yes => "in favour",
            Choice::Abstain => "abstained",
            Choice::No => "against",
            Choice::NotRecorded => "no vote recorded",
        }
    }
}

/// The two ballots the `votes` view shows when none are named: A/RES/73/27 (columns)
/// against A/RES/73/266 (rows) when both are recorded, the rival texts of 2018; else the
/// two latest ballots, the earlier as columns. `None` with fewer than two ballots.
pub fn default_pair(votes: &Votes) -> Option<(u32, u32)> {
    if let (Some(x), Some(y)) = (votes.find("73/27"), votes.find("73/266")) {
        return Some((x, y));
    }
    let n = votes.ballots.len() as u32;
    (n >= 2).then(|| (n - 2, n - 1))
}

/// States in each cell of the grid, `cells[column][row]`, each list in ISO3 order: a
/// state is in the cell of its vote on `x` (column) and on `y` (row). States with a vote
/// on neither are left out.
pub fn cells(votes: &Votes, x: u32, y: u32) -> [[Vec<u32>; 4]; 4] {
    let on_x = votes.vote_of_each_state(x);
    let on_y = votes.vote_of_each_state(y);
    let mut out: [[Vec<u32>; 4]; 4] = Default::default();
    let mut order: Vec<u32> = (0..votes.states.len() as u32).collect();
    order.sort_by_key(|&s| code(&votes.states[s as usize]));
    for s in order {
        let (vx, vy) = (on_x[s as usize], on_y[s as usize]);
        if vx.is_none() && vy.is_none() {
            continue;
        }
        out[Choice::of(vx).index()][Choice::of(vy).index()].push(s);
    }
    out
}

/// A state's ISO3 code (its id when it has none).
fn code(id: &EntityId) -> &str {
    id.iso3().unwrap_or(id.as_str())
}

/// The ballot a user named, or an error listing those recorded.
fn find(votes: &Votes, id: &EntityId) -> Result<u32, RenderError> {
    votes.find(id.as_str()).ok_or_else(|| {
        RenderError::InvalidOption(format!(
            "votes view: no recorded vote on {id} (recorded: {})",
            known(votes)
        ))
    })
}

fn known(votes: &Votes) -> String {
    if votes.ballots.is_empty() {
        return "none; pass --votes and --roll-calls".into();
    }
    let ids: Vec<&str> = votes.ballots.iter().map(|b| b.id.as_str()).collect();
    ids.join(", ")
}

/// The groups (GGEs and OEWGs) each state sat in, by state id.
fn seats(graph: &Graph) -> BTreeMap<EntityId, Vec<EntityId>> {
    let m = Memberships::from_graph(graph)
        .filter_groups(|g| matches!(g.kind, Some(GroupKind::Gge | GroupKind::Oewg)));
    let mut out: BTreeMap<EntityId, Vec<EntityId>> = BTreeMap::new();
    for &(s, g) in &m.pairs {
        out.entry(m.states[s as usize].clone())
            .or_default()
            .push(m.groups[g as usize].id.clone());
    }
    out
}

/// Sizes of the grid: per column the states a cell row holds, per row the state rows its
/// tallest cell needs (plus one for the cell's count).
struct Grid {
    per_row: [usize; 4],
    rows: [usize; 4],
    x0: [f64; 4],
    y0: [f64; 4],
}

impl Grid {
    /// A column holds `ceil(sqrt(n))` states side by side for its largest cell of `n`,
    /// so the biggest cells are about square; each row is as tall as its tallest cell.
    fn new(cells: &[[Vec<u32>; 4]; 4]) -> Grid {
        let mut per_row = [1usize; 4];
        for (c, column) in cells.iter().enumerate() {
            let largest = column.iter().map(Vec::len).max().unwrap_or(0);
            per_row[c] = (largest as f64).sqrt().ceil().max(1.0) as usize;
        }
        let mut rows = [1usize; 4];
        for (r, slot) in rows.iter_mut().enumerate() {
            *slot = (0..4)
                .map(|c| cells[c][r].len().div_ceil(per_row[c]))
                .max()
                .unwrap_or(0)
                .max(1)
                + 1;
        }
        let mut x0 = [0.0; 4];
        let mut y0 = [0.0; 4];
        for i in 1..4 {
            x0[i] = x0[i - 1] + per_row[i - 1] as f64 * SLOT_W + GAP;
            y0[i] = y0[i - 1] - rows[i - 1] as f64 * SLOT_H - GAP;
        }
        Grid {
            per_row,
            rows,
            x0,
            y0,
        }
    }

    fn width(&self) -> f64 {
        self.x0[3] + self.per_row[3] as f64 * SLOT_W
    }

    fn bottom(&self) -> f64 {
        self.y0[3] - self.rows[3] as f64 * SLOT_H
    }

    /// Where the `i`-th state of cell (column, row) sits: the cell's first line holds
    /// its count, states fill the lines below, left to right.
    fn place(&self, column: usize, row: usize, i: usize) -> (f64, f64) {
        let k = self.per_row[column];
        (
            self.x0[column] + (i % k) as f64 * SLOT_W,
            self.y0[row] - (1 + i / k) as f64 * SLOT_H,
        )
    }
}

/// The votes diagram of ballots `pair` (`None`: [`default_pair`]).
///
/// # Errors
/// [`RenderError::InvalidOption`] when a named ballot has no recorded vote, or fewer
/// than two ballots are recorded.
pub fn diagram(
    graph: &Graph,
    layout: Layout,
    pair: Option<&(EntityId, EntityId)>,
) -> Result<Diagram, RenderError> {
    let votes = Votes::from_graph(graph);
    let (x, y) = match pair {
        Some((a, b)) => (find(&votes, a)?, find(&votes, b)?),
        None => default_pair(&votes).ok_or_else(|| {
            RenderError::InvalidOption(format!(
                "votes view: needs two recorded votes (recorded: {})",
                known(&votes)
            ))
        })?,
    };
    let (x_id, y_id) = (&votes.ballots[x as usize].id, &votes.ballots[y as usize].id);
    let name = match pair {
        Some(_) => format!("votes:{x_id},{y_id}"),
        None => "votes".to_string(),
    };
    let mut d = Diagram::new(
        &name,
        format!("How states voted on {x_id} (columns) and {y_id} (rows)"),
        layout,
    );
    d.graph_attrs = vec![
        ("splines", "line".into()),
        ("inputscale", "72".into()),
        ("overlap", "true".into()),
        ("outputorder", "edgesfirst".into()),
    ];
    let cells = cells(&votes, x, y);
    let grid = Grid::new(&cells);
    headers(&mut d, &grid, &cells, x_id, y_id);
    guides(&mut d, &grid);
    cell_nodes(&mut d, graph, &votes, &grid, &cells, (x, y));
    Ok(d)
}

/// Each cell's count above it and its states, one node each with how it voted on both
/// ballots (`x`, `y`) and the groups it sat in.
fn cell_nodes(
    d: &mut Diagram,
    graph: &Graph,
    votes: &Votes,
    grid: &Grid,
    cells: &[[Vec<u32>; 4]; 4],
    (x, y): (u32, u32),
) {
    let (x_id, y_id) = (&votes.ballots[x as usize].id, &votes.ballots[y as usize].id);
    let seats = seats(graph);
    let on_x = votes.vote_of_each_state(x);
    let on_y = votes.vote_of_each_state(y);
    for (c, column) in cells.iter().enumerate() {
        for (r, states) in column.iter().enumerate() {
            let (cx, cy) = grid.place(c, r, 0);
            let mut count = DiagramNode::new(
                format!(
                    "cell:{}:{}",
                    Choice::ALL[c].as_str(),
                    Choice::ALL[r].as_str()
                ),
                states.len().to_string(),
                NodeKind::Caption,
            );
            count.tooltip = format!(
                "{} states: {} on {x_id}, {} on {y_id}",
                states.len(),
                Choice::ALL[c].phrase(),
                Choice::ALL[r].phrase()
            );
            count.pos = Some((cx, cy + SLOT_H));
            d.nodes.push(count);
            for (i, &s) in states.iter().enumerate() {
                let id = &votes.states[s as usize];
                let sat = seats.get(id);
                let region = region_of(id);
                let kind = match sat {
                    Some(_) => NodeKind::Member(region),
                    None => NodeKind::State(region),
                };
                let mut node = DiagramNode::new(id.0.clone(), code(id), kind);
                let vote = |v: Option<Vote>| Choice::of(v).phrase();
                let mut tip = format!(
                    "{}: {} on {x_id}, {} on {y_id}",
                    super::name_of(graph, id),
                    vote(on_x[s as usize]),
                    vote(on_y[s as usize])
                );
                if let Some(groups) = sat {
                    let groups: Vec<&str> = groups.iter().map(EntityId::as_str).collect();
                    tip.push_str(&format!("; sat in {}", groups.join(", ")));
                }
                node.tooltip = tip;
                node.pos = Some(grid.place(c, r, i));
                d.nodes.push(node);
            }
        }
    }
}

/// Column headers above the grid and row headers at its left, each with its count.
fn headers(
    d: &mut Diagram,
    grid: &Grid,
    cells: &[[Vec<u32>; 4]; 4],
    x_id: &EntityId,
    y_id: &EntityId,
) {
    for (c, choice) in Choice::ALL.iter().enumerate() {
        let n: usize = cells[c].iter().map(Vec::len).sum();
        let mut h = DiagramNode::new(
            format!("column:{}", choice.as_str()),
            format!("{x_id}\n{} ({n})", choice.phrase()),
            NodeKind::Caption,
        );
        h.tooltip = format!("{n} states {} on {x_id}", choice.phrase());
        let middle = grid.x0[c] + (grid.per_row[c] - 1) as f64 * SLOT_W / 2.0;
        h.pos = Some((middle, grid.y0[0] + SLOT_H * 1.5));
        d.nodes.push(h);
    }
    for (r, choice) in Choice::ALL.iter().enumerate() {
        let n: usize = cells.iter().map(|column| column[r].len()).sum();
        let mut h = DiagramNode::new(
            format!("row:{}", choice.as_str()),
            format!("{y_id}\n{} ({n})", choice.phrase()),
            NodeKind::Caption,
        );
        h.tooltip = format!("{n} states {} on {y_id}", choice.phrase());
        let middle = grid.y0[r] - grid.rows[r] as f64 * SLOT_H / 2.0;
        h.pos = Some((-ROW_HEADER * 0.6, middle));
        d.nodes.push(h);
    }
}

/// Thin lines between the columns and between the rows of the grid.
fn guides(d: &mut Diagram, grid: &Grid) {
    let (left, right) = (-SLOT_W / 2.0 - GAP / 2.0, grid.width() - SLOT_W / 2.0);
    let (top, bottom) = (grid.y0[0] + SLOT_H / 2.0, grid.bottom() + SLOT_H / 2.0);
    let mut line = |key: String, from: (f64, f64), to: (f64, f64)| {
        let ends = [("a", from), ("b", to)].map(|(end, pos)| {
            let mut n = DiagramNode::new(format!("guide:{key}:{end}"), "", NodeKind::Anchor);
            n.tooltip = String::new();
            n.pos = Some(pos);
            n
        });
        d.edges.push(DiagramEdge::new(
            ends[0].id.clone(),
            ends[1].id.clone(),
            EdgeKind::Guide,
        ));
        d.nodes.extend(ends);
    };
    for c in 1..4 {
        let at = grid.x0[c] - SLOT_W / 2.0 - GAP / 2.0;
        line(format!("column{c}"), (at, top), (at, bottom));
    }
    for r in 1..4 {
        let at = grid.y0[r] + SLOT_H / 2.0 + GAP / 2.0;
        line(format!("row{r}"), (left, at), (right, at));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::Graph;
    use crate::model::ClaimSet;
    use crate::model::{Claim, Relation};

    fn claim(subject: EntityId, relation: Relation, object: &str) -> Claim {
        Claim::for_test(subject, relation, object, "v.csv")
    }

    const X: &str = "A/RES/73/27";
    const Y: &str = "A/RES/73/266";

    /// BRA yes on X and no on Y, FRA no/yes, RUS yes/yes, KEN yes on X only, and USA a
    /// GGE member voting no/yes.
    fn graph() -> Graph {
        let s = EntityId::state;
        Graph::new(
            vec![],
            ClaimSet::from_claims(vec![
                claim(s("BRA"), Relation::VotedYes, X),
                claim(s("BRA"), Relation::VotedNo, Y),
                claim(s("FRA"), Relation::VotedNo, X),
                claim(s("FRA"), Relation::VotedYes, Y),
                claim(s("RUS"), Relation::VotedYes, X),
                claim(s("RUS"), Relation::VotedYes, Y),
                claim(s("KEN"), Relation::VotedYes, X),
                claim(s("USA"), Relation::VotedNo, X),
                claim(s("USA"), Relation::VotedYes, Y),
                claim(s("USA"), Relation::MemberOf, "gge-2019-2021"),
            ]),
        )
    }

    fn node<'a>(d: &'a Diagram, id: &str) -> &'a DiagramNode {
        d.all_nodes()
            .find(|n| n.id == id)
            .unwrap_or_else(|| panic!("no node {id}"))
    }

    /// The cell (column, row) whose count caption is nearest above `pos`.
    fn cell_of(d: &Diagram, pos: (f64, f64)) -> (String, String) {
        let caption = d
            .all_nodes()
            .filter(|n| n.id.starts_with("cell:"))
            .filter_map(|n| n.pos.map(|p| (n, p)))
            .filter(|(_, p)| p.0 <= pos.0 + 0.1 && p.1 >= pos.1)
            .min_by(|a, b| {
                let dist = |p: (f64, f64)| (pos.0 - p.0) + (p.1 - pos.1);
                dist(a.1).total_cmp(&dist(b.1))
            })
            .expect("a cell above")
            .0;
        let mut parts = caption.id.split(':').skip(1);
        (
            parts.next().unwrap_or_default().to_string(),
            parts.next().unwrap_or_default().to_string(),
        )
    }

    #[test]
    fn a_state_sits_in_the_cell_of_its_two_votes() {
        let d = diagram(&graph(), Layout::Neato, None).expect("diagram");
        let at = |id: &str| node(&d, id).pos.expect("pinned");
        assert_eq!(cell_of(&d, at("state:BRA")), ("yes".into(), "no".into()));
        assert_eq!(cell_of(&d, at("state:FRA")), ("no".into(), "yes".into()));
        assert_eq!(cell_of(&d, at("state:RUS")), ("yes".into(), "yes".into()));
        assert_eq!(
            cell_of(&d, at("state:KEN")),
            ("yes".into(), "not-recorded".into())
        );
        // Yes columns left of no columns, yes rows above no rows.
        assert!(at("state:BRA").0 < at("state:FRA").0);
        assert!(at("state:FRA").1 > at("state:BRA").1);
        assert_eq!(node(&d, "cell:no:yes").label, "2");
        assert_eq!(node(&d, "cell:yes:yes").label, "1");
        assert_eq!(node(&d, "cell:abstain:abstain").label, "0");
        assert!(node(&d, "column:yes").label.contains("in favour (3)"));
    }

    #[test]
    fn states_in_a_cell_are_in_iso3_order_on_a_grid() {
        let d = diagram(&graph(), Layout::Neato, None).expect("diagram");
        let (fra, usa) = (
            node(&d, "state:FRA").pos.expect("pinned"),
            node(&d, "state:USA").pos.expect("pinned"),
        );
        // Two states in the cell: side by side on one line, FRA before USA.
        assert_eq!(fra.1, usa.1);
        assert_eq!(usa.0 - fra.0, SLOT_W);
        let all: Vec<(f64, f64)> = d.all_nodes().filter_map(|n| n.pos).collect();
        for (i, a) in all.iter().enumerate() {
            for b in &all[i + 1..] {
                assert!(a != b, "two nodes on one spot: {a:?}");
            }
        }
    }

    #[test]
    fn members_are_marked_and_in_the_legend() {
        let d = diagram(&graph(), Layout::Neato, None).expect("diagram");
        assert!(matches!(node(&d, "state:USA").kind, NodeKind::Member(_)));
        assert!(
            node(&d, "state:USA")
                .tooltip
                .contains("sat in gge-2019-2021")
        );
        assert!(matches!(node(&d, "state:FRA").kind, NodeKind::State(_)));
        let dot = d.to_dot();
        assert!(dot.contains(&NodeKind::Member(None).legend()), "{dot}");
        let usa = dot
            .lines()
            .find(|l| l.trim_start().starts_with("\"state:USA\""))
            .expect("USA node");
        assert!(
            usa.contains("shape=\"box\"") && usa.contains("pos=\""),
            "{usa}"
        );
    }

    #[test]
    fn named_ballots_and_errors() {
        let g = graph();
        let pair = (EntityId::from(Y), EntityId::from(X));
        let d = diagram(&g, Layout::Neato, Some(&pair)).expect("diagram");
        assert_eq!(d.name, "votes:A/RES/73/266,A/RES/73/27");
        let brazil = node(&d, "state:BRA").pos.expect("pinned");
        assert_eq!(cell_of(&d, brazil), ("no".into(), "yes".into()));
        let missing = (EntityId::from("A/RES/99/1"), EntityId::from(X));
        let err = diagram(&g, Layout::Neato, Some(&missing)).expect_err("unknown ballot");
        let err = err.to_string();
        assert!(
            err.contains("A/RES/99/1")
                && err.contains("A/RES/73/27")
                && err.contains("A/RES/73/266"),
            "{err}"
        );
        let empty = Graph::new(vec![], ClaimSet::from_claims(vec![]));
        assert!(matches!(
            diagram(&empty, Layout::Neato, None),
            Err(RenderError::InvalidOption(_))
        ));
    }

    #[test]
    fn hostile_ballot_names_stay_inside_their_strings() {
        let evil = "A/RES/73/\"] x [label=<b>";
        let g = Graph::new(
            vec![],
            ClaimSet::from_claims(vec![
                claim(EntityId::state("BRA"), Relation::VotedYes, evil),
                claim(EntityId::state("BRA"), Relation::VotedNo, X),
            ]),
        );
        let dot = diagram(&g, Layout::Neato, None).expect("diagram").to_dot();
        let parsed = graphviz_rust::parse(&dot).expect("DOT parses");
        let graphviz_rust::dot_structures::Graph::DiGraph { stmts, .. } = parsed else {
            panic!("digraph");
        };
        assert!(!stmts.is_empty());
        assert!(!dot.contains("<b>"), "{dot}");
        assert!(dot.contains("&lt;b&gt;"), "{dot}");
    }
}
