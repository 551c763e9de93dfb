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
use crate::extract::DocumentInfo;
use crate::gazetteer::{State, state_by_iso3};
use crate::graph::{Graph, GroupSummary};
use crate::model::{EntityId, EntityKind, Provenance, Relation};
use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

mod conflicts;
mod resolutions;
mod search;

pub(super) use conflicts::conflict_html;
use conflicts::conflict_pages;
use resolutions::resolution_pages;
use search::search_data;

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
    documents: &[DocumentInfo],
    m: &Memberships,
    places: &FactPlaces,
    dir: &Path,
) -> Result<Vec<PathBuf>, ReportError> {
    use rayon::prelude::*;
    let with_source: HashSet<&str> = documents.iter().map(|d| d.id.as_str()).collect();
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
            (Some(c), Some(r)) => crate::printer::centrality_rank(c, r),
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
    state_chairs(&mut html, &p.chairs, with_source);
    facts_section(
        &mut html,
        "sponsorships",
        "Sponsorships",
        "No document states that this state sponsored a resolution.",
        &p.sponsorships,
        Relation::Sponsors,
    );
    if let Some(cast) = cast {
        state_votes(&mut html, votes, cast);
    }
    state_co_members(&mut html, &p.co_members);
    html.push_str(&page_foot("../"));
    html
}

/// A group's years, one year written once.
fn years(s: &GroupSummary) -> String {
    match s.key.end {
        Some(e) if e == s.key.start => e.to_string(),
        _ => s.key.years(),
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
        esc(&s.key.kind.as_str().to_uppercase()),
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
    group_chairs(&mut html, g, places, s);
    html.push_str("</section><section id=\"members\"><h2>Members</h2>");
    group_members(&mut html, g, m, places, gid, with_source);
    html.push_str("</section>");
    html.push_str(&page_foot("../"));
    html
}

/// The state page's chairs: each group one of its nationals chaired, with the first source.
fn state_chairs(html: &mut String, chairs: &[ProfileFact], with_source: &HashSet<&str>) {
    html.push_str("<section id=\"chairs\"><h2>Chairs</h2>");
    if chairs.is_empty() {
        html.push_str("<p>No chair of a group acted for this state.</p>");
    } else {
        html.push_str("<ul>");
        for f in chairs {
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
}

/// The state page's votes: how it voted on each resolution of the roll calls.
fn state_votes(html: &mut String, votes: &Votes, cast: &[(usize, &'static str)]) {
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

/// The state page's co-members, by shared groups then Jaccard similarity.
fn state_co_members(html: &mut String, co_members: &[crate::analysis::profile::CoMember]) {
    html.push_str("<section id=\"co-members\"><h2>Co-members</h2><p class=\"intro\">States that sat in a group with it, by shared groups, then Jaccard similarity (shared groups over the groups either sat in).</p>");
    if co_members.is_empty() {
        html.push_str("<p>None.</p>");
    } else {
        let rows: Vec<Vec<String>> = co_members
            .iter()
            .map(|c| {
                vec![
                    state_link("../", &c.id),
                    c.count.to_string(),
                    crate::printer::index(c.jaccard),
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
}

/// The group page's chairs, each with the sentences that state it and the state they acted for.
fn group_chairs(html: &mut String, g: &Graph, places: &FactPlaces, s: &GroupSummary) {
    let gid = s.id.as_str();
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
}

/// The group page's members, as the analyses see them, with their sources.
fn group_members(
    html: &mut String,
    g: &Graph,
    m: &Memberships,
    places: &FactPlaces,
    gid: &str,
    with_source: &HashSet<&str>,
) {
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
                    .map(|r| r.abbreviation())
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
                esc(s.region.map(|r| r.abbreviation()).unwrap_or("-")),
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
