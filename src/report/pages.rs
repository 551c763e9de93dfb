//! The pages around `index.html`: one per state (its profile, from
//! [`analysis::profile`](crate::analysis::profile)), one per group, the list of states,
//! the list of resolutions, the conflicts in pages of [`CONFLICTS_PER_PAGE`], and the
//! search data `search.js` that the search box of every page reads.
//!
//! Every page is plain HTML that reads and links without script; the inline script only
//! adds the search box and sortable, filterable tables. Nothing refers off the machine.

use super::ReportError;
use super::facts::{FactPlaces, cite, fact_anchor};
use super::html::{anchor, esc, page_foot, page_head, table};
use super::sections::state_label;
use crate::analysis::memberships::Memberships;
use crate::analysis::profile::{ProfileFact, Standing, standings, state_profile_with};
use crate::analysis::votes::Votes;
use crate::gazetteer::{State, state_by_iso3};
use crate::graph::{Graph, GroupSummary};
use crate::model::{EntityId, EntityKind, Provenance, Relation};
use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// Conflicts on one page of `conflicts/`.
pub(super) const CONFLICTS_PER_PAGE: usize = 200;

/// Link to a state's page (gazetteer states have one).
pub(super) fn state_href(root: &str, iso3: &str) -> String {
    format!("{root}states/{iso3}.html")
}

/// File name of a group's page: the id when it is plain (`gge-2014-2015`), else the
/// collision-free name source pages use.
fn group_file(id: &str) -> String {
    let plain = !id.is_empty()
        && id.len() <= 80
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.')
        && !id.starts_with('.');
    if plain {
        format!("{id}.html")
    } else {
        super::sources::page_name(id)
    }
}

/// Link to a group's page.
pub(super) fn group_href(root: &str, id: &str) -> String {
    format!("{root}groups/{}", group_file(id))
}

/// Link to a resolution's (or report's) row on the page of its General Assembly
/// session (`resolutions/58.html` for A/RES/58/32 and A/58/201).
pub(super) fn resolution_href(root: &str, id: &str) -> String {
    format!(
        "{root}resolutions/{}.html#{}",
        session_of(id),
        anchor(&["r", id])
    )
}

/// The General Assembly session of a document symbol (its first all-digit part:
/// `A/RES/58/32` and `A/58/201` are of session 58), or `other`; it decides the page of
/// the resolutions list a document is on, so no page holds more than a session's.
fn session_of(id: &str) -> String {
    id.split('/')
        .find(|part| {
            !part.is_empty() && part.len() <= 6 && part.bytes().all(|b| b.is_ascii_digit())
        })
        .map_or_else(
            || "other".to_string(),
            |s| s.trim_start_matches('0').to_string(),
        )
        .replace(|c: char| !c.is_ascii_alphanumeric(), "")
}

/// A state as a link to its page (plain text for an id the gazetteer does not know).
pub(super) fn state_link(root: &str, id: &EntityId) -> String {
    let (iso, name) = state_label(id);
    match id.iso3().and_then(state_by_iso3) {
        Some(s) => format!(
            "<a href=\"{}\">{}</a>",
            esc(&state_href(root, s.iso3)),
            esc(&name)
        ),
        None => esc(&format!("{name} ({iso})")),
    }
}

/// The gazetteer states the report has pages for: every state the graph or the
/// memberships name, in ISO3 order.
pub(super) fn states_with_pages(g: &Graph, m: &Memberships) -> Vec<&'static State> {
    let mut out: Vec<&'static State> = g
        .nodes_of_kind(EntityKind::State)
        .map(|n| &n.id)
        .chain(m.states.iter())
        .filter_map(|id| id.iso3().and_then(state_by_iso3))
        .collect();
    out.sort_by_key(|s| s.iso3);
    out.dedup_by_key(|s| s.iso3);
    out
}

/// Where a fact comes from, for a cell: the number of sentences (linked to the fact's
/// entry in the sources of every fact) and the first place and quote.
fn sources_cell(
    places: &FactPlaces,
    root: &str,
    with_source: &HashSet<&str>,
    anchor: &str,
    p: &[Provenance],
) -> String {
    match p.first() {
        None => "<small>from the memberships file</small>".to_string(),
        Some(first) => {
            let n = p.len();
            let count = places.link(
                root,
                &format!("{n} sentence{}", if n == 1 { "" } else { "s" }),
                anchor,
                p,
            );
            format!("{count}: {}", cite(root, with_source, first))
        }
    }
}

/// Writes the state pages, group pages, `states.html`, `resolutions.html`, the conflict
/// pages and `search.js`; returns the files in that order.
pub(super) fn write_pages(
    g: &Graph,
    m: &Memberships,
    places: &FactPlaces,
    dir: &Path,
) -> Result<Vec<PathBuf>, ReportError> {
    use rayon::prelude::*;
    let with_source: HashSet<&str> = g.documents.iter().map(|d| d.id.as_str()).collect();
    let states = states_with_pages(g, m);
    let all_standings = standings(m);
    let votes = Votes::from_graph(g);
    let mut cast: BTreeMap<&str, Vec<(usize, &'static str)>> = BTreeMap::new();
    for c in &votes.cast {
        cast.entry(votes.states[c.state as usize].as_str())
            .or_default()
            .push((c.ballot as usize, c.vote.as_str()));
    }
    let groups = g.groups();
    let mut files: Vec<PathBuf> = states
        .par_iter()
        .map(|s| {
            let id = EntityId::state(s.iso3);
            let standing = m
                .state_index(id.as_str())
                .and_then(|u| all_standings.get(u as usize).cloned())
                .unwrap_or(Standing {
                    co_members: Vec::new(),
                    longest_streak: 0,
                    degree_centrality: None,
                    degree_rank: None,
                });
            let html = state_page(
                g,
                places,
                s,
                standing,
                &with_source,
                &votes,
                cast.get(id.as_str()),
            );
            let path = dir.join("states").join(format!("{}.html", s.iso3));
            super::write_file(&path, html.as_bytes())?;
            Ok(path)
        })
        .collect::<Result<_, ReportError>>()?;
    let group_files: Vec<PathBuf> = groups
        .par_iter()
        .map(|gr| {
            let html = group_page(g, m, places, gr, &with_source);
            let path = dir.join("groups").join(group_file(gr.id.as_str()));
            super::write_file(&path, html.as_bytes())?;
            Ok(path)
        })
        .collect::<Result<_, ReportError>>()?;
    files.extend(group_files);
    let list = dir.join("states.html");
    super::write_file(&list, states_list(g, m, &states).as_bytes())?;
    files.push(list);
    files.extend(resolution_pages(g, places, &votes, dir)?);
    files.extend(conflict_pages(g, &with_source, dir)?);
    let search = dir.join("search.js");
    super::write_file(&search, search_data(g, &states, &groups).as_bytes())?;
    files.push(search);
    Ok(files)
}

/// A list of profile facts as table rows: the entity (linked), the sources.
fn fact_rows(
    places: &FactPlaces,
    facts: &[ProfileFact],
    link: impl Fn(&ProfileFact) -> String,
    anchor_of: impl Fn(&ProfileFact) -> String,
    with_source: &HashSet<&str>,
) -> Vec<Vec<String>> {
    facts
        .iter()
        .map(|f| {
            vec![
                link(f),
                sources_cell(places, "../", with_source, &anchor_of(f), &f.provenance),
            ]
        })
        .collect()
}

fn state_page(
    g: &Graph,
    places: &FactPlaces,
    state: &'static State,
    standing: Standing,
    with_source: &HashSet<&str>,
    votes: &Votes,
    cast: Option<&Vec<(usize, &'static str)>>,
) -> String {
    let p = state_profile_with(g, state, standing);
    let title = format!("{} ({})", p.name, state.iso3);
    let mut html = page_head(&title, "../", &title);
    let _ = write!(
        html,
        "<dl class=\"facts\"><dt>Regional group</dt><dd>{}</dd><dt>Groups sat in</dt><dd>{}</dd><dt>Chairs held</dt><dd>{}</dd><dt>Resolutions sponsored</dt><dd>{}</dd><dt>Longest run of GGEs</dt><dd>{}</dd><dt>Degree centrality</dt><dd>{}</dd></dl>",
        esc(p.region.unwrap_or("none")),
        p.groups.len(),
        p.chairs.len(),
        p.sponsorships.len(),
        p.longest_streak,
        match (p.degree_centrality, p.degree_rank) {
            (Some(c), Some(r)) => format!("{c:.3} (rank {r})"),
            _ => "not in the co-membership graph".to_string(),
        }
    );
    let id = p.id.as_str().to_string();
    let facts_section = |html: &mut String,
                         section: &str,
                         title: &str,
                         none: &str,
                         facts: &[ProfileFact],
                         relation: Relation| {
        let _ = write!(html, "<section id=\"{section}\"><h2>{title}</h2>");
        if facts.is_empty() {
            let _ = write!(html, "<p>{none}</p>");
        } else {
            let href = |f: &ProfileFact| match relation {
                Relation::Sponsors => resolution_href("../", f.id.as_str()),
                _ => group_href("../", f.id.as_str()),
            };
            let rows = fact_rows(
                places,
                facts,
                |f| format!("<a href=\"{}\">{}</a>", esc(&href(f)), esc(&f.name)),
                |f| fact_anchor(&id, relation, f.id.as_str()),
                with_source,
            );
            let what = if relation == Relation::Sponsors {
                "Resolution"
            } else {
                "Group"
            };
            html.push_str(&table(section, &[what, "Sources"], &rows));
        }
        html.push_str("</section>");
    };
    facts_section(
        &mut html,
        "groups",
        "Groups",
        "No document states that this state sat in a group.",
        &p.groups,
        Relation::MemberOf,
    );
    html.push_str("<section id=\"chairs\"><h2>Chairs</h2>");
    if p.chairs.is_empty() {
        html.push_str("<p>No chair of a group acted for this state.</p>");
    } else {
        html.push_str("<ul>");
        for f in &p.chairs {
            let _ = write!(
                html,
                "<li><a href=\"{}\">{}</a>: {}</li>",
                esc(&group_href("../", f.id.as_str())),
                esc(&f.name),
                f.provenance
                    .first()
                    .map(|first| cite("../", with_source, first))
                    .unwrap_or_default()
            );
        }
        html.push_str("</ul>");
    }
    html.push_str("</section>");
    facts_section(
        &mut html,
        "sponsorships",
        "Sponsorships",
        "No document states that this state sponsored a resolution.",
        &p.sponsorships,
        Relation::Sponsors,
    );
    if let Some(cast) = cast {
        html.push_str("<section id=\"votes\"><h2>Votes</h2>");
        let rows: Vec<Vec<String>> = cast
            .iter()
            .filter_map(|&(b, vote)| {
                let ballot = votes.ballots.get(b)?;
                Some(vec![
                    format!(
                        "<a href=\"{}\">{}</a>",
                        esc(&resolution_href("../", ballot.id.as_str())),
                        esc(ballot.id.as_str())
                    ),
                    esc(ballot.date.as_deref().unwrap_or("undated")),
                    esc(vote),
                ])
            })
            .collect();
        html.push_str(&table("votes", &["Resolution", "Date", "Vote"], &rows));
        html.push_str("</section>");
    }
    html.push_str("<section id=\"co-members\"><h2>Co-members</h2><p class=\"intro\">States that sat in a group with it, by shared groups, then Jaccard similarity (shared groups over the groups either sat in).</p>");
    if p.co_members.is_empty() {
        html.push_str("<p>None.</p>");
    } else {
        let rows: Vec<Vec<String>> = p
            .co_members
            .iter()
            .map(|c| {
                vec![
                    state_link("../", &c.id),
                    c.count.to_string(),
                    format!("{:.2}", c.jaccard),
                ]
            })
            .collect();
        html.push_str(&table(
            "comembers",
            &["State", "Shared groups", "Jaccard"],
            &rows,
        ));
    }
    html.push_str("</section>");
    html.push_str(&page_foot("../"));
    html
}

fn years(s: &GroupSummary) -> String {
    match s.end {
        Some(e) if e != s.start => format!("{}-{e}", s.start),
        Some(_) => s.start.to_string(),
        None => format!("{}-", s.start),
    }
}

fn group_page(
    g: &Graph,
    m: &Memberships,
    places: &FactPlaces,
    s: &GroupSummary,
    with_source: &HashSet<&str>,
) -> String {
    let gid = s.id.as_str();
    let title = if s.name == gid {
        gid.to_string()
    } else {
        format!("{} ({gid})", s.name)
    };
    let mut html = page_head(&title, "../", &title);
    let outcome = match g.node(gid).map(|n| n.attribute(Relation::Outcome)) {
        Some([v, ..]) => {
            let value = v.value.to_string();
            places.link(
                "../",
                &value,
                &fact_anchor(gid, Relation::Outcome, &value),
                &v.provenance,
            )
        }
        _ => "not stated".into(),
    };
    let linked = |ids: &[EntityId], href: &dyn Fn(&str) -> String| -> String {
        if ids.is_empty() {
            return "none stated".into();
        }
        ids.iter()
            .map(|r| {
                format!(
                    "<a href=\"{}\">{}</a>",
                    esc(&href(r.as_str())),
                    esc(r.as_str())
                )
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let _ = write!(
        html,
        "<dl class=\"facts\"><dt>Body</dt><dd>{}</dd><dt>Years</dt><dd>{}</dd><dt>Members</dt><dd>{}</dd><dt>Established by</dt><dd>{}</dd><dt>Reports</dt><dd>{}</dd><dt>Follows</dt><dd>{}</dd><dt>Outcome</dt><dd>{outcome}</dd></dl>",
        esc(&s.kind.to_uppercase()),
        esc(&years(s)),
        if s.size == 0 {
            s.stated_size
                .first()
                .map(|n| format!("{n} (stated)"))
                .unwrap_or_else(|| "open-ended".into())
        } else {
            s.size.to_string()
        },
        linked(&s.established_by, &|r| resolution_href("../", r)),
        linked(&s.reports, &|r| resolution_href("../", r)),
        linked(&s.succeeds, &|r| group_href("../", r)),
    );
    html.push_str("<section id=\"chairs\"><h2>Chairs</h2>");
    if s.chairs.is_empty() {
        html.push_str("<p>No chair stated.</p>");
    } else {
        html.push_str("<ul>");
        for c in &s.chairs {
            let prov = g
                .out_edges(c.id.as_str(), Relation::Chairs)
                .into_iter()
                .find(|e| e.target.id.as_str() == gid)
                .map(|e| e.edge.provenance.clone())
                .unwrap_or_default();
            let state = c
                .state
                .as_ref()
                .map(|st| format!(" ({})", state_link("../", st)))
                .unwrap_or_default();
            let _ = write!(
                html,
                "<li id=\"{}\">{}{state}</li>",
                esc(&anchor(&["p", c.id.as_str()])),
                places.link(
                    "../",
                    &c.name,
                    &fact_anchor(c.id.as_str(), Relation::Chairs, gid),
                    &prov
                )
            );
        }
        html.push_str("</ul>");
    }
    html.push_str("</section><section id=\"members\"><h2>Members</h2>");
    // Members as the analyses see them (the documents' or a memberships file's), each
    // with the sentences that state it when the documents do.
    let mut members: Vec<EntityId> = Vec::new();
    if let Some(gi) = m.groups.iter().position(|x| x.id.as_str() == gid) {
        let by_group = m.states_by_group();
        members.extend(
            by_group
                .row(gi)
                .iter()
                .map(|&u| m.states[u as usize].clone()),
        );
    }
    let stated: BTreeMap<&str, &[Provenance]> = g
        .in_edges(gid, Relation::MemberOf)
        .into_iter()
        .map(|e| (e.source.id.as_str(), &e.edge.provenance[..]))
        .collect();
    for id in stated.keys() {
        if !members.iter().any(|m| m.as_str() == *id) {
            members.push(EntityId((*id).into()));
        }
    }
    members.sort();
    if members.is_empty() {
        html.push_str("<p>No member list.</p>");
    } else {
        let rows: Vec<Vec<String>> = members
            .iter()
            .map(|st| {
                let region = st
                    .iso3()
                    .and_then(state_by_iso3)
                    .and_then(|s| s.region)
                    .map(|r| r.short())
                    .unwrap_or("-");
                let prov = stated.get(st.as_str()).copied().unwrap_or_default();
                vec![
                    state_link("../", st),
                    esc(region),
                    sources_cell(
                        places,
                        "../",
                        with_source,
                        &fact_anchor(st.as_str(), Relation::MemberOf, gid),
                        prov,
                    ),
                ]
            })
            .collect();
        html.push_str(&table("members", &["State", "Region", "Sources"], &rows));
    }
    html.push_str("</section>");
    html.push_str(&page_foot("../"));
    html
}

fn states_list(g: &Graph, m: &Memberships, states: &[&'static State]) -> String {
    let mut html = page_head("States", "", "States");
    html.push_str("<p class=\"intro\">Every state the documents or the memberships name, with its regional group and record. Each opens the state's page.</p>");
    let by_state = m.groups_by_state();
    let rows: Vec<Vec<String>> = states
        .iter()
        .map(|s| {
            let id = EntityId::state(s.iso3);
            let groups = m
                .state_index(id.as_str())
                .map_or(0, |u| by_state.row(u as usize).len());
            let sponsored = g.out_edges(id.as_str(), Relation::Sponsors).len();
            let chairs: usize = g
                .in_edges(id.as_str(), Relation::Represents)
                .iter()
                .map(|p| g.out_edges(p.source.id.as_str(), Relation::Chairs).len())
                .sum();
            vec![
                format!(
                    "<a href=\"{}\">{}</a>",
                    esc(&state_href("", s.iso3)),
                    esc(s.name)
                ),
                esc(s.iso3),
                esc(s.region.map(|r| r.short()).unwrap_or("-")),
                groups.to_string(),
                chairs.to_string(),
                sponsored.to_string(),
            ]
        })
        .collect();
    html.push_str(&table(
        "states",
        &["State", "ISO3", "Region", "Groups", "Chairs", "Sponsored"],
        &rows,
    ));
    html.push_str(&page_foot(""));
    html
}

/// `resolutions.html` (the sessions, with counts) and `resolutions/SESSION.html` (every
/// resolution and report of a session: adoption, sponsors, what it established or which
/// group's report it is, norms reaffirmed, vote).
fn resolution_pages(
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
    super::write_file(&path, index.as_bytes())?;
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
            super::write_file(&path, html.as_bytes())?;
            Ok(path)
        })
        .collect::<Result<_, ReportError>>()?;
    files.extend(pages);
    Ok(files)
}

/// The table of some resolutions and reports, for a page in `resolutions/`.
fn resolutions_table(
    g: &Graph,
    places: &FactPlaces,
    votes: &Votes,
    nodes: &[&crate::graph::Node],
) -> String {
    let rows: Vec<Vec<String>> = nodes
        .iter()
        .map(|n| {
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
                attr(Relation::Adoption),
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
        })
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

/// The HTML of one conflict (sources linked from a page `root` below the top).
pub(super) fn conflict_html(
    root: &str,
    with_source: &HashSet<&str>,
    c: &crate::graph::Conflict,
) -> String {
    let mut html = format!(
        "<div class=\"conflict\"><h3>{} of {}</h3><ul>",
        esc(&c.topic.replace('_', " ")),
        esc(&c.subject_name)
    );
    for side in &c.sides {
        let _ = write!(html, "<li><b>{}</b><ul>", esc(&side.value));
        for p in side.provenance.iter().take(20) {
            let _ = write!(html, "<li>{}</li>", cite(root, with_source, p));
        }
        if side.provenance.len() > 20 {
            let _ = write!(
                html,
                "<li>and {} more sentences</li>",
                side.provenance.len() - 20
            );
        }
        html.push_str("</ul></li>");
    }
    html.push_str("</ul></div>");
    html
}

/// `conflicts/N.html`, [`CONFLICTS_PER_PAGE`] conflicts each (none when there are none).
fn conflict_pages(
    g: &Graph,
    with_source: &HashSet<&str>,
    dir: &Path,
) -> Result<Vec<PathBuf>, ReportError> {
    let conflicts = g.conflicts();
    let pages = conflicts.len().div_ceil(CONFLICTS_PER_PAGE);
    let mut files = Vec::new();
    for (i, chunk) in conflicts.chunks(CONFLICTS_PER_PAGE).enumerate() {
        let title = format!("Where sources disagree, page {} of {pages}", i + 1);
        let mut html = page_head(&title, "../", &title);
        html.push_str(&pager(i + 1, pages));
        for c in chunk {
            html.push_str(&conflict_html("../", with_source, c));
        }
        html.push_str(&pager(i + 1, pages));
        html.push_str(&page_foot("../"));
        let path = dir.join("conflicts").join(format!("{}.html", i + 1));
        super::write_file(&path, html.as_bytes())?;
        files.push(path);
    }
    Ok(files)
}

/// Links to the pages of a list split in `pages`, from inside `conflicts/`.
fn pager(current: usize, pages: usize) -> String {
    let mut html = String::from("<nav class=\"pager\" aria-label=\"pages\"><p>Pages: ");
    for p in 1..=pages {
        if p == current {
            let _ = write!(html, "<b aria-current=\"page\">{p}</b> ");
        } else {
            let _ = write!(html, "<a href=\"{p}.html\">{p}</a> ");
        }
    }
    html.push_str("</p></nav>");
    html
}

/// `search.js`: `[label, kind, href from the top, other words]` for every state, group,
/// resolution and chair.
fn search_data(g: &Graph, states: &[&'static State], groups: &[GroupSummary]) -> String {
    let mut entries: Vec<[String; 4]> = Vec::new();
    for s in states {
        entries.push([
            s.name.to_string(),
            "state".into(),
            state_href("", s.iso3),
            format!("{} {}", s.iso3, s.region.map(|r| r.short()).unwrap_or("")),
        ]);
    }
    for gr in groups {
        entries.push([
            gr.name.clone(),
            format!("group, {}", years(gr)),
            group_href("", gr.id.as_str()),
            format!("{} {}", gr.id.as_str(), gr.kind),
        ]);
        for c in &gr.chairs {
            entries.push([
                c.name.clone(),
                format!("chair of {}", gr.id.as_str()),
                format!(
                    "{}#{}",
                    group_href("", gr.id.as_str()),
                    anchor(&["p", c.id.as_str()])
                ),
                String::new(),
            ]);
        }
    }
    for n in g
        .nodes_of_kind(EntityKind::Resolution)
        .chain(g.nodes_of_kind(EntityKind::Report))
    {
        entries.push([
            n.name.clone(),
            if n.kind == EntityKind::Report {
                "report".into()
            } else {
                "resolution".into()
            },
            resolution_href("", n.id.as_str()),
            n.id.as_str().to_string(),
        ]);
    }
    let json = serde_json::to_string(&entries).unwrap_or_else(|_| "[]".into());
    format!("window.GGEGRAPH_SEARCH={json};\n")
}
