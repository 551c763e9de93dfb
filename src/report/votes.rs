//! The report's "Votes" section: every recorded vote with its counts, how each group's
//! members voted, and the voting agreement of the states that sat in the groups, ordered
//! by clustering. Empty (with a note on how to add votes) when the graph has none.

use super::DrawnDiagram;
use super::charts::{self, Heatmap, Stack};
use super::html::{Page, esc};
use super::sections::state_label;
use crate::analysis::agreement::{MAX_MATRIX, clustered, most_recorded};
use crate::analysis::memberships::Memberships;
use crate::analysis::votes::{Votes, by_group};
use crate::graph::Graph;
use crate::render::views::default_pair;

const YES: &str = "#1b9e77";
const NO: &str = "#d95f02";
const ABSTAIN: &str = "#bdbdbd";

/// The section, after "Regional balance".
pub(super) fn votes_section(page: &mut Page, g: &Graph, m: &Memberships, drawn: &[DrawnDiagram]) {
    page.section(
        "votes",
        "Votes",
        "Recorded votes of the General Assembly on the resolutions, from roll-call data (--votes, --roll-calls) and from documents: the counts, how each group's members voted, and how alike the group members voted (agreement index: 1 same vote, 0.5 one abstains, 0 opposite, averaged over the votes both cast).",
    );
    let v = Votes::from_graph(g);
    if v.ballots.is_empty() {
        page.raw("<p>No recorded votes. Add roll-call data with <code>--votes un_votes.csv --roll-calls un_roll_calls.csv</code>.</p>")
            .end_section();
        return;
    }
    let legend = [(YES, "yes"), (NO, "no"), (ABSTAIN, "abstain")];
    let items: Vec<Stack> = (0..v.ballots.len() as u32)
        .map(|b| {
            let c = v.counts(b);
            let total = c.total().max(1) as f64;
            let ballot = &v.ballots[b as usize];
            let title = |n: usize, what: &str| format!("{}: {n} {what}", ballot.id);
            Stack {
                label: ballot.id.to_string(),
                segments: vec![
                    (c.yes as f64 / total, YES, title(c.yes, "yes")),
                    (c.no as f64 / total, NO, title(c.no, "no")),
                    (
                        c.abstain as f64 / total,
                        ABSTAIN,
                        title(c.abstain, "abstentions"),
                    ),
                ],
                note: format!("{} · {}", c, ballot.date.as_deref().unwrap_or("undated")),
            }
        })
        .collect();
    page.raw(&charts::stacked(&items, &legend));
    votes_diagram(page, &v, drawn);
    group_table(page, &v, m);
    agreement_heatmap(page, &v, m);
    page.end_section();
}

/// The `votes` diagram (drawn with the other diagrams): states placed by their votes on
/// the two ballots [`default_pair`] picks.
fn votes_diagram(page: &mut Page, v: &Votes, drawn: &[DrawnDiagram]) {
    let Some((x, y)) = default_pair(v) else {
        return;
    };
    let (x, y) = (&v.ballots[x as usize].id, &v.ballots[y as usize].id);
    page.raw(&format!(
        "<h3>States by their votes on {} and {}</h3><p>A column per vote on {}, a row per vote on {}; states in ISO3 order in each cell, coloured by regional group; a box marks a state that sat in a GGE or OEWG. Each state opens its page.</p>",
        esc(x.as_str()),
        esc(y.as_str()),
        esc(x.as_str()),
        esc(y.as_str())
    ));
    super::sections::embed(page, drawn, "votes");
}

/// Group x ballot: the members' yes-no-abstain counts.
fn group_table(page: &mut Page, v: &Votes, m: &Memberships) {
    if m.groups.is_empty() {
        return;
    }
    let mut header = vec!["group"];
    header.extend(v.ballots.iter().map(|b| b.id.as_str()));
    let per_ballot: Vec<_> = (0..v.ballots.len() as u32)
        .map(|b| by_group(v, b, m))
        .collect();
    let rows: Vec<Vec<String>> = m
        .groups
        .iter()
        .enumerate()
        .map(|(gi, group)| {
            let mut row = vec![esc(group.id.as_str())];
            row.extend(per_ballot.iter().map(|groups| {
                let g = &groups[gi];
                format!(
                    "{} <small>({} not recorded)</small>",
                    g.counts,
                    g.not_recorded.len()
                )
            }));
            row
        })
        .collect();
    page.raw("<h3>How each group's members voted (yes-no-abstain)</h3>");
    page.table("votes", &header, &rows);
}

/// Agreement among the group members who voted most often, ordered by clustering.
fn agreement_heatmap(page: &mut Page, v: &Votes, m: &Memberships) {
    let members: std::collections::HashSet<&crate::model::EntityId> = m.states.iter().collect();
    let top = most_recorded(v, |s| members.contains(s), MAX_MATRIX);
    if top.len() < 2 {
        return;
    }
    let ballots: Vec<u32> = (0..v.ballots.len() as u32).collect();
    let matrix = clustered(v, &top, &ballots);
    let (labels, names): (Vec<String>, Vec<String>) = matrix
        .states
        .iter()
        .map(|&s| state_label(&v.states[s as usize]))
        .unzip();
    let ordered: Vec<Vec<f64>> = matrix
        .values
        .iter()
        .map(|row| row.iter().map(|a| a.unwrap_or(0.0)).collect())
        .collect();
    page.raw("<h3>Voting agreement of group members</h3>");
    page.raw(&charts::heatmap(&Heatmap {
        labels: &labels,
        names: &names,
        values: &ordered,
        unit: "voting agreement",
        diagonal_unit: "(itself)",
    }));
}
