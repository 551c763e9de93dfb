//! The resolutions: one page per General Assembly session, a table of each resolution
//! with its adoption, sponsors, votes and the groups it established.

use super::*;

/// `resolutions.html` (the sessions, with counts) and `resolutions/SESSION.html` (every
/// resolution and report of a session: adoption, sponsors, what it established or which
/// group's report it is, norms reaffirmed, vote).
pub(super) fn resolution_pages(
    g: &Graph,
    places: &FactPlaces,
    votes: &Votes,
    dir: &Path,
) -> Result<Vec<PathBuf>, ReportError> {
    use rayon::prelude::*;
    let mut sessions: BTreeMap<String, Vec<&crate::graph::Node>> = BTreeMap::new();
    for n in g
        .nodes_of_kind(EntityKind::Resolution)
        .chain(g.nodes_of_kind(EntityKind::Report))
    {
        sessions
            .entry(session_of(n.id.as_str()))
            .or_default()
            .push(n);
    }
    let mut order: Vec<(&String, &Vec<&crate::graph::Node>)> = sessions.iter().collect();
    order.sort_by_key(|(k, _)| (k.parse::<u32>().unwrap_or(u32::MAX), k.to_string()));
    let mut index = page_head("Resolutions and reports", "", "Resolutions and reports");
    index.push_str("<p class=\"intro\">Every resolution and report the documents name, by session of the General Assembly: when it was adopted, who sponsored it, what it established and reaffirmed, and the recorded vote.</p>");
    let rows: Vec<Vec<String>> = order
        .iter()
        .map(|(key, nodes)| {
            let reports = nodes
                .iter()
                .filter(|n| n.kind == EntityKind::Report)
                .count();
            vec![
                format!(
                    "<a href=\"resolutions/{key}.html\">{}</a>",
                    if key.as_str() == "other" {
                        "other symbols".to_string()
                    } else {
                        format!("session {key}")
                    }
                ),
                (nodes.len() - reports).to_string(),
                reports.to_string(),
            ]
        })
        .collect();
    index.push_str(&table(
        "sessions",
        &["Session", "Resolutions", "Reports"],
        &rows,
    ));
    index.push_str(&page_foot(""));
    let path = dir.join("resolutions.html");
    crate::report::write_file(&path, index.as_bytes())?;
    let mut files = vec![path];
    let pages: Vec<PathBuf> = order
        .par_iter()
        .map(|(key, nodes)| {
            let title = if key.as_str() == "other" {
                "Resolutions and reports with other symbols".to_string()
            } else {
                format!("Resolutions and reports of session {key}")
            };
            let mut html = page_head(&title, "../", &title);
            html.push_str(&resolutions_table(g, places, votes, nodes));
            html.push_str(&page_foot("../"));
            let path = dir.join("resolutions").join(format!("{key}.html"));
            crate::report::write_file(&path, html.as_bytes())?;
            Ok(path)
        })
        .collect::<Result<_, ReportError>>()?;
    files.extend(pages);
    Ok(files)
}

/// The table of some resolutions and reports, for a page in `resolutions/`.
pub(super) fn resolutions_table(
    g: &Graph,
    places: &FactPlaces,
    votes: &Votes,
    nodes: &[&crate::graph::Node],
) -> String {
    let rows: Vec<Vec<String>> = nodes
        .iter()
        .map(|n| resolution_row(g, places, votes, n))
        .collect();
    table(
        "resolutions",
        &[
            "Document",
            "Kind",
            "Adopted on",
            "Adoption",
            "Sponsors",
            "Established (or group of a report)",
            "Reaffirms",
            "Vote (yes-no-abstain)",
        ],
        &rows,
    )
}

/// One row of [`resolutions_table`].
fn resolution_row(
    g: &Graph,
    places: &FactPlaces,
    votes: &Votes,
    n: &crate::graph::Node,
) -> Vec<String> {
    let rid = n.id.as_str();
    let attr = |rel: Relation| -> String {
        n.attribute(rel)
            .iter()
            .map(|v| {
                let value = v.value.to_string();
                places.link("../", &value, &fact_anchor(rid, rel, &value), &v.provenance)
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let sponsors: Vec<String> = g
        .in_edges(rid, Relation::Sponsors)
        .iter()
        .map(|e| state_link("../", &e.source.id))
        .collect();
    let established: Vec<String> = g
        .out_edges(rid, Relation::Establishes)
        .iter()
        .map(|e| {
            format!(
                "<a href=\"{}\">{}</a>",
                esc(&group_href("../", e.target.id.as_str())),
                esc(e.target.id.as_str())
            )
        })
        .collect();
    let reaffirms = g.out_edges(rid, Relation::Reaffirms).len();
    let vote = votes
        .find(rid)
        .map(|b| votes.counts(b).to_string())
        .unwrap_or_default();
    let produced_by: Vec<String> = g
        .in_edges(rid, Relation::Produces)
        .iter()
        .map(|e| {
            format!(
                "<a href=\"{}\">{}</a>",
                esc(&group_href("../", e.source.id.as_str())),
                esc(e.source.id.as_str())
            )
        })
        .collect();
    let (kind, adopted) = if n.kind == EntityKind::Report {
        ("report", attr(Relation::ReportAdoptedOn))
    } else {
        ("resolution", attr(Relation::AdoptedOn))
    };
    vec![
        format!(
            "<b id=\"{}\">{}</b>",
            esc(&anchor(&["r", rid])),
            esc(&n.name)
        ),
        kind.to_string(),
        adopted,
        match attr(Relation::PartVote) {
            parts if parts.is_empty() => attr(Relation::AdoptedHow),
            parts => format!("{}; separate votes: {parts}", attr(Relation::AdoptedHow)),
        },
        sponsors.join(", "),
        if produced_by.is_empty() {
            established.join(", ")
        } else {
            format!("report of {}", produced_by.join(", "))
        },
        if reaffirms == 0 {
            String::new()
        } else {
            format!("{reaffirms} norms")
        },
        esc(&vote),
    ]
}
