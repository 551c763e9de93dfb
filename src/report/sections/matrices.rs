//! The matrices of `index.html`: who sat with whom (the co-membership heatmap), who sat
//! where (states x groups) and which document set out or reaffirmed each norm.

use super::super::charts::{self, Heatmap};
use super::super::facts::FactPlaces;
use super::super::html::{Page, esc};
use super::super::pages::{group_href, state_href};
use super::{edge_provenance, fact_link, state_label};
use crate::analysis::comembership::clustered;
use crate::analysis::memberships::Memberships;
use crate::gazetteer::{Region, state_by_iso3};
use crate::graph::Graph;
use crate::model::{EntityId, Relation, Status};
use crate::render::palette::region_colour;
use std::collections::BTreeMap;

pub(super) fn heatmap(page: &mut Page, m: &Memberships) {
    page.section(
        "comembership",
        "Who sat together",
        "Shared groups between the states that sat most often, ordered by clustering (average linkage on Jaccard similarity) so that states with similar records form blocks. The diagonal is a state's own number of groups.",
    );
    let matrix = clustered(m, 40);
    if matrix.states.len() < 2 {
        page.raw("<p>Fewer than two states sat in two or more groups.</p>")
            .end_section();
        return;
    }
    let (labels, names): (Vec<String>, Vec<String>) = matrix
        .states
        .iter()
        .map(|&s| state_label(&m.states[s as usize]))
        .unzip();
    let values = matrix.shared;
    page.raw(&charts::heatmap(&Heatmap {
        labels: &labels,
        names: &names,
        values: &values,
        unit: "shared groups",
        diagonal_unit: "groups",
    }));
    page.end_section();
}

/// The key of the membership matrix: the two kinds of seat and the regions' colours.
fn membership_legend() -> String {
    let mut legend = String::from(
        "<p class=\"legend\"><span><i style=\"background:#1f4e8c\"></i>member</span><span><i style=\"background:#9ab8d8\"></i>member, stated only as unverified</span>",
    );
    for r in Region::ALL {
        legend.push_str(&format!(
            "<span><i style=\"background:{}\"></i>{}</span>",
            region_colour(Some(r)),
            esc(r.abbreviation())
        ));
    }
    legend.push_str("</p>");
    legend
}

/// The groups of `m` (indices) in the graph's time order, then by start year and id.
fn groups_in_time_order(g: &Graph, m: &Memberships) -> Vec<usize> {
    let order = g.group_ids_in_time_order();
    let mut cols: Vec<usize> = (0..m.groups.len()).collect();
    cols.sort_by_key(|&i| {
        let id = &m.groups[i].id;
        (
            order.iter().position(|o| o == id).unwrap_or(usize::MAX),
            m.groups[i].start,
            id.clone(),
        )
    });
    cols
}

/// States x groups: who sat where, states by regional group then name, groups in time
/// order; every label opens its page.
pub(super) fn membership_matrix(page: &mut Page, g: &Graph, m: &Memberships) {
    if m.pairs.is_empty() {
        return;
    }
    let cols = groups_in_time_order(g, m);
    let by_state = m.groups_by_state();
    let mut rows: Vec<usize> = (0..m.states.len())
        .filter(|&s| !by_state.row(s).is_empty())
        .collect();
    let region_of = |s: usize| {
        m.states[s]
            .iso3()
            .and_then(state_by_iso3)
            .and_then(|st| st.region)
    };
    rows.sort_by_key(|&s| {
        (
            region_of(s).map_or(usize::MAX, |r| {
                Region::ALL.iter().position(|x| *x == r).unwrap_or(0)
            }),
            state_label(&m.states[s]).1,
        )
    });
    let row_at: BTreeMap<usize, usize> = rows.iter().enumerate().map(|(i, &s)| (s, i)).collect();
    let col_at: BTreeMap<usize, usize> = cols.iter().enumerate().map(|(j, &c)| (c, j)).collect();
    let weak: std::collections::HashSet<(&str, &str)> = g
        .edges()
        .filter(|e| e.edge.relation == Relation::MemberOf && e.edge.status() == Status::Unverified)
        .map(|e| (e.source.id.as_str(), e.target.id.as_str()))
        .collect();
    let cells: Vec<(usize, usize, bool)> = m
        .pairs
        .iter()
        .filter_map(|&(s, gr)| {
            let i = *row_at.get(&(s as usize))?;
            let j = *col_at.get(&(gr as usize))?;
            let unverified = weak.contains(&(
                m.states[s as usize].as_str(),
                m.groups[gr as usize].id.as_str(),
            ));
            Some((i, j, unverified))
        })
        .collect();
    let row_axis: Vec<charts::Axis> = rows
        .iter()
        .map(|&s| {
            let (iso, name) = state_label(&m.states[s]);
            charts::Axis {
                label: name.clone(),
                name: format!("{name} ({iso})"),
                href: state_href("", &iso),
                colour: Some(region_colour(region_of(s))),
            }
        })
        .collect();
    let col_axis: Vec<charts::Axis> = cols
        .iter()
        .map(|&c| {
            let id = m.groups[c].id.as_str();
            charts::Axis {
                label: id.to_string(),
                name: g.node(id).map_or(id.to_string(), |n| n.name.clone()),
                href: group_href("", id),
                colour: None,
            }
        })
        .collect();
    page.raw("<h3 id=\"who-sat-where\">Who sat where</h3><p class=\"intro\">Each row a state (by regional group, the colour band), each column a group in time order; a filled cell is a seat. Names open their pages.</p>");
    page.raw(&membership_legend());
    page.raw(
        "<div class=\"chartbox\" tabindex=\"0\" role=\"region\" aria-label=\"membership matrix\">",
    );
    page.raw(&charts::matrix(&charts::Matrix {
        label: "states by groups membership matrix",
        rows: &row_axis,
        columns: &col_axis,
        cells: &cells,
    }));
    page.raw("</div>");
}

/// Norms x documents: which report or resolution set out (S) or reaffirmed (R) each
/// norm, every mark a link to its sources.
pub(super) fn norms_matrix(page: &mut Page, g: &Graph, places: &FactPlaces) {
    let norms = g.norms();
    let mut docs: Vec<&EntityId> = norms
        .iter()
        .flat_map(|n| n.articulated_by.iter().chain(n.reaffirmed_by.iter()))
        .collect();
    docs.sort();
    docs.dedup();
    if norms.is_empty() || docs.is_empty() {
        return;
    }
    docs.truncate(40);
    page.raw("<h3>Norms by document</h3><p class=\"legend\"><span><b>S</b> set out in</span><span><b>R</b> reaffirmed by</span><span>each mark links to its sources</span></p>");
    let mut header = vec!["Norm"];
    header.extend(docs.iter().map(|d| d.as_str()));
    let rows: Vec<Vec<String>> = norms
        .iter()
        .map(|n| {
            let nid = n.id.as_str();
            let mut row = vec![format!("<b>{}</b> {}", esc(&n.paragraph), esc(&n.name))];
            for d in &docs {
                let cell = if n.articulated_by.contains(d) {
                    fact_link(
                        places,
                        "S",
                        d.as_str(),
                        Relation::Articulates,
                        nid,
                        edge_provenance(g, d.as_str(), Relation::Articulates, nid),
                    )
                } else if n.reaffirmed_by.contains(d) {
                    fact_link(
                        places,
                        "R",
                        d.as_str(),
                        Relation::Reaffirms,
                        nid,
                        edge_provenance(g, d.as_str(), Relation::Reaffirms, nid),
                    )
                } else {
                    String::new()
                };
                row.push(cell);
            }
            row
        })
        .collect();
    page.table("norm-matrix", &header, &rows);
}
