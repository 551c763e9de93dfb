//! `agreement`: the voting agreement of the states that sat in the groups, as a heatmap
//! (one table of coloured cells), rows and columns in the order of average-linkage
//! clustering so that blocs show as squares along the diagonal.
//!
//! The states and their order are those of the report's agreement chart (the group
//! members with the most recorded votes, [`most_recorded`]); the index is
//! [`agreement`](crate::analysis::agreement::agreement) over every recorded ballot.

use crate::analysis::Votes;
use crate::analysis::agreement::{MAX_MATRIX, clustered, most_recorded};
use crate::analysis::memberships::Memberships;
use crate::graph::Graph;
use crate::model::EntityId;
use crate::render::diagram::{Diagram, DiagramNode, Table, TableCell};
use crate::render::palette::{NodeKind, sequential};
use crate::render::{Layout, RenderError};
use std::collections::HashSet;

/// Values shown in the colour scale under the table.
const SCALE: [f64; 5] = [0.0, 0.25, 0.5, 0.75, 1.0];

/// Whether a fill of the ramp at `t` needs light text (the same threshold as the report's
/// charts).
fn dark(t: f64) -> bool {
    t > 0.45
}

fn cell(text: String, value: Option<f64>) -> TableCell {
    match value {
        Some(t) => TableCell {
            text,
            fill: Some(sequential(t)),
            light_text: dark(t),
            bold: false,
        },
        None => TableCell::text(text),
    }
}

fn code(id: &EntityId) -> String {
    id.iso3().unwrap_or(id.as_str()).to_string()
}

/// The agreement diagram.
///
/// # Errors
/// [`RenderError::InvalidOption`] when fewer than two group members have recorded votes.
pub fn diagram(graph: &Graph, layout: Layout) -> Result<Diagram, RenderError> {
    let votes = Votes::from_graph(graph);
    let m = Memberships::from_graph(graph);
    let members: HashSet<&EntityId> = m.states.iter().collect();
    let states = most_recorded(&votes, |s| members.contains(s), MAX_MATRIX);
    if states.len() < 2 {
        return Err(RenderError::InvalidOption(
            "agreement view: needs two group members with recorded votes (pass --votes and --roll-calls)".into(),
        ));
    }
    let ballots: Vec<u32> = (0..votes.ballots.len() as u32).collect();
    let matrix = clustered(&votes, &states, &ballots);
    let ids: Vec<&EntityId> = matrix
        .states
        .iter()
        .map(|&s| &votes.states[s as usize])
        .collect();
    let mut header = vec![TableCell::text(String::new())];
    header.extend(ids.iter().map(|id| TableCell::heading(code(id))));
    let mut rows = vec![header];
    for (i, id) in ids.iter().enumerate() {
        let mut row = vec![TableCell::heading(code(id))];
        row.extend(matrix.values[i].iter().map(|v| match v {
            Some(v) => cell(format!("{v:.2}"), Some(*v)),
            None => cell("-".into(), None),
        }));
        rows.push(row);
    }
    let title = format!(
        "Voting agreement of {} group members over {} recorded votes (1 same vote, 0.5 one abstains, 0 opposite; - no vote in common)",
        ids.len(),
        ballots.len()
    );
    let mut d = Diagram::new("agreement", title, layout);
    let mut table = DiagramNode::new("agreement:matrix", "", NodeKind::Table);
    table.tooltip = format!(
        "states in clustering order: {}",
        ids.iter().map(|id| code(id)).collect::<Vec<_>>().join(" ")
    );
    table.table = Some(Table { rows });
    let mut scale = DiagramNode::new("agreement:scale", "", NodeKind::Table);
    scale.tooltip = "colour scale of the agreement index".into();
    let mut steps = vec![TableCell::heading("agreement".into())];
    steps.extend(SCALE.iter().map(|&t| cell(format!("{t:.2}"), Some(t))));
    scale.table = Some(Table { rows: vec![steps] });
    d.nodes = vec![table, scale];
    d.graph_attrs = vec![("rankdir", "TB".into())];
    d.keep_order(&["agreement:matrix".into(), "agreement:scale".into()]);
    Ok(d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::Graph;
    use crate::model::ClaimSet;
    use crate::model::{Claim, Relation};

    fn claim(subject: &str, relation: Relation, object: &str) -> Claim {
        Claim::for_test(EntityId::state(subject), relation, object, "v.csv")
    }

    #[test]
    fn alike_voters_sit_together_and_cells_carry_the_index() {
        let (x, y) = ("A/RES/73/27", "A/RES/73/266");
        let mut claims = Vec::new();
        for s in ["BRA", "CHN", "RUS", "USA"] {
            claims.push(claim(s, Relation::MemberOf, "gge-2019-2021"));
        }
        // CHN and RUS vote alike, BRA and USA vote alike.
        for (s, a, b) in [
            ("BRA", Relation::VotedNo, Relation::VotedYes),
            ("CHN", Relation::VotedYes, Relation::VotedNo),
            ("RUS", Relation::VotedYes, Relation::VotedNo),
            ("USA", Relation::VotedNo, Relation::Abstained),
        ] {
            claims.push(claim(s, a, x));
            claims.push(claim(s, b, y));
        }
        let d = diagram(
            &Graph::new(vec![], ClaimSet::from_claims(claims)),
            Layout::Dot,
        )
        .expect("diagram");
        let table = d.nodes[0].table.as_ref().expect("a table");
        let heads: Vec<&str> = table.rows[0][1..].iter().map(|c| c.text.as_str()).collect();
        let at = |s: &str| heads.iter().position(|h| *h == s).expect("listed") as i32;
        assert_eq!((at("CHN") - at("RUS")).abs(), 1, "{heads:?}");
        assert_eq!((at("BRA") - at("USA")).abs(), 1, "{heads:?}");
        // BRA and USA: same on 73/27, one abstains on 73/266: (1 + 0.5) / 2.
        let row = &table.rows[1 + at("BRA") as usize];
        assert_eq!(row[1 + at("USA") as usize].text, "0.75");
        assert_eq!(row[1 + at("BRA") as usize].text, "1.00");
        assert_eq!(row[1 + at("CHN") as usize].text, "0.00");
        let dot = d.to_dot();
        assert!(dot.contains("label=<<TABLE"), "{dot}");
        graphviz_rust::parse(&dot).expect("DOT parses");
    }

    #[test]
    fn needs_two_members_with_votes() {
        let g = Graph::new(
            vec![],
            ClaimSet::from_claims(vec![claim("BRA", Relation::VotedYes, "A/RES/73/27")]),
        );
        assert!(matches!(
            diagram(&g, Layout::Dot),
            Err(RenderError::InvalidOption(_))
        ));
    }
}
