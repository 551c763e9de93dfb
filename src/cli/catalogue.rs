//! Printing of extraction, graph and catalogue answers as tables or JSON.

use super::ListFormat;
use super::output::table;
use crate::cli::BuildFormat;
use ggegraph::analysis::profile::{ProfileFact, state_profile};
use ggegraph::corpus::Corpus;
use ggegraph::extract::{Extraction, Warning};
use ggegraph::gazetteer::State;
use ggegraph::graph::Graph;
use ggegraph::model::{Provenance, Status};
use ggegraph::terminal::TerminalSafe;
use serde::Serialize;
use std::io::{self, Write};

fn json<T: Serialize + ?Sized>(w: &mut dyn Write, value: &T) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *w, value).map_err(io::Error::other)?;
    writeln!(w)
}

fn cite(p: &Provenance) -> String {
    let flag = if p.status == Status::Unverified {
        " [unverified]"
    } else {
        ""
    };
    format!("{}{flag}", p.location())
}

/// `extract`: entities and claims.
pub fn print_extraction(w: &mut dyn Write, ex: &Extraction, format: ListFormat) -> io::Result<()> {
    match format {
        ListFormat::Json => json(w, ex),
        ListFormat::Table => {
            let w = &mut TerminalSafe::new(w);
            writeln!(
                w,
                "{} documents, {} entities, {} claims\n",
                ex.documents.len(),
                ex.entities.len(),
                ex.claims.len()
            )?;
            let rows: Vec<Vec<String>> = ex
                .entities
                .iter()
                .map(|e| vec![e.id.0.clone(), e.kind.to_string(), e.name.clone()])
                .collect();
            table(w, &["ENTITY", "KIND", "NAME"], &rows)?;
            writeln!(w)?;
            let rows: Vec<Vec<String>> = ex
                .claims
                .iter()
                .filter(|c| c.relation != ggegraph::model::Relation::Mentions)
                .map(|c| {
                    vec![
                        c.subject.0.clone(),
                        c.relation.to_string(),
                        c.object.to_string(),
                        cite(&c.provenance),
                        c.provenance.rule.to_string(),
                    ]
                })
                .collect();
            table(
                w,
                &["SUBJECT", "RELATION", "OBJECT", "SOURCE", "RULE"],
                &rows,
            )?;
            print_warnings(w, &ex.warnings)
        }
    }
}

/// The rule table of `ggegraph rules`.
pub fn print_rules(
    w: &mut dyn Write,
    rules: &[ggegraph::extract::RuleInfo],
    format: ListFormat,
) -> io::Result<()> {
    match format {
        ListFormat::Json => json(w, &rules),
        ListFormat::Table => {
            for rule in rules {
                writeln!(w, "{}  ({}, {})", rule.name, rule.relation, rule.scope)?;
                for example in &rule.examples {
                    writeln!(w, "  reads:     {}", example.text.replace('\n', " / "))?;
                    for claim in &example.claims {
                        writeln!(w, "             -> {claim}")?;
                    }
                }
                for negative in &rule.negatives {
                    writeln!(w, "  not:       {}", negative.replace('\n', " / "))?;
                }
            }
            Ok(())
        }
    }
}

fn print_warnings(w: &mut dyn Write, warnings: &[Warning]) -> io::Result<()> {
    for warning in warnings {
        writeln!(w, "warning: {}: {}", warning.location(), warning.message)?;
    }
    Ok(())
}

/// `build`: counts, or the whole graph as JSON.
pub fn print_build(w: &mut dyn Write, c: &Corpus, format: BuildFormat) -> io::Result<()> {
    let g = &c.graph;
    match format {
        BuildFormat::Json => c.write_json(w),
        BuildFormat::Summary | BuildFormat::Table => {
            let w = &mut TerminalSafe::new(w);
            let (nodes, edges) = g.counts();
            writeln!(
                w,
                "{} documents, {} claims, {} nodes, {} edges, {} conflicts, {} warnings\n",
                c.documents.len(),
                g.claim_count(),
                g.petgraph().node_count(),
                g.petgraph().edge_count(),
                g.conflicts().len(),
                g.warnings.len()
            )?;
            let rows: Vec<Vec<String>> = nodes
                .iter()
                .map(|(k, n)| vec![k.to_string(), n.to_string()])
                .collect();
            table(w, &["NODE KIND", "COUNT"], &rows)?;
            writeln!(w)?;
            let rows: Vec<Vec<String>> = edges
                .iter()
                .map(|(r, n)| vec![r.to_string(), n.to_string()])
                .collect();
            table(w, &["EDGE RELATION", "COUNT"], &rows)?;
            print_warnings(w, &c.graph.warnings)
        }
    }
}

/// `groups`: every group in time order.
pub fn print_groups(w: &mut dyn Write, g: &Graph, format: ListFormat) -> io::Result<()> {
    let groups = g.groups();
    match format {
        ListFormat::Json => json(w, &groups),
        ListFormat::Table => {
            let w = &mut TerminalSafe::new(w);
            let rows: Vec<Vec<String>> = groups
                .iter()
                .map(|s| {
                    let years = match s.end {
                        Some(e) => format!("{}-{e}", s.start),
                        None => format!("{}-", s.start),
                    };
                    let chairs: Vec<String> = s
                        .chairs
                        .iter()
                        .map(|c| match &c.state {
                            Some(st) => format!("{} ({})", c.name, st.iso3().unwrap_or("?")),
                            None => c.name.clone(),
                        })
                        .collect();
                    vec![
                        s.id.0.clone(),
                        s.kind.to_string(),
                        years,
                        if s.size == 0 {
                            "-".into()
                        } else {
                            s.size.to_string()
                        },
                        chairs.join("; "),
                        s.established_by
                            .iter()
                            .map(|r| r.0.as_str())
                            .collect::<Vec<_>>()
                            .join(", "),
                        s.reports
                            .iter()
                            .map(|r| r.0.as_str())
                            .collect::<Vec<_>>()
                            .join(", "),
                        s.outcome.clone().unwrap_or_else(|| "-".into()),
                    ]
                })
                .collect();
            table(
                w,
                &[
                    "GROUP",
                    "KIND",
                    "YEARS",
                    "SIZE",
                    "CHAIR",
                    "ESTABLISHED BY",
                    "REPORTS",
                    "OUTCOME",
                ],
                &rows,
            )?;
            for s in &groups {
                if !s.members.is_empty() {
                    let codes: Vec<&str> = s
                        .members
                        .iter()
                        .map(|m| m.iso3().unwrap_or(m.as_str()))
                        .collect();
                    writeln!(w, "\n{} members: {}", s.id, codes.join(" "))?;
                    if !s.unverified_members.is_empty() {
                        writeln!(
                            w,
                            "  (member list flagged unverified by its source document)"
                        )?;
                    }
                }
            }
            Ok(())
        }
    }
}

/// `norms`: the norms with their lineage.
pub fn print_norms(w: &mut dyn Write, g: &Graph, format: ListFormat) -> io::Result<()> {
    let norms = g.norms();
    match format {
        ListFormat::Json => json(w, &norms),
        ListFormat::Table => {
            let w = &mut TerminalSafe::new(w);
            let rows: Vec<Vec<String>> = norms
                .iter()
                .map(|n| {
                    vec![
                        n.id.0.clone(),
                        n.paragraph.clone(),
                        n.articulated_by
                            .iter()
                            .map(|r| r.0.as_str())
                            .collect::<Vec<_>>()
                            .join(", "),
                        n.reaffirmed_by
                            .iter()
                            .map(|r| r.0.as_str())
                            .collect::<Vec<_>>()
                            .join(", "),
                        n.sources.first().map(cite).unwrap_or_default(),
                        n.name.clone(),
                    ]
                })
                .collect();
            table(
                w,
                &[
                    "NORM",
                    "PARAGRAPH",
                    "SET OUT IN",
                    "REAFFIRMED BY",
                    "SOURCE",
                    "LABEL",
                ],
                &rows,
            )
        }
    }
}

/// `conflicts`: each disagreement with every side's sources.
pub fn print_conflicts(w: &mut dyn Write, g: &Graph, format: ListFormat) -> io::Result<()> {
    let conflicts = g.conflicts();
    match format {
        ListFormat::Json => json(w, &conflicts),
        ListFormat::Table => {
            let w = &mut TerminalSafe::new(w);
            if conflicts.is_empty() {
                return writeln!(w, "no conflicts between documents");
            }
            for c in &conflicts {
                writeln!(
                    w,
                    "{} of {} ({}): documents disagree",
                    c.topic, c.subject_name, c.subject
                )?;
                for side in &c.sides {
                    writeln!(w, "  value {:?}", side.value)?;
                    for p in &side.provenance {
                        writeln!(w, "    {}  \"{}\"", cite(p), p.text)?;
                    }
                }
                writeln!(w)?;
            }
            Ok(())
        }
    }
}

/// `state XXX`: one state's profile.
pub fn print_state(
    w: &mut dyn Write,
    g: &Graph,
    state: &'static State,
    format: ListFormat,
) -> io::Result<()> {
    let profile = state_profile(g, state);
    match format {
        ListFormat::Json => json(w, &profile),
        ListFormat::Table => {
            let w = &mut TerminalSafe::new(w);
            writeln!(
                w,
                "{} ({}) - {}",
                profile.name,
                state.iso3,
                profile.region.unwrap_or("no regional group")
            )?;
            section(w, "Groups", &profile.groups)?;
            section(w, "Chairs", &profile.chairs)?;
            section(w, "Sponsorships", &profile.sponsorships)?;
            standing(w, &profile)
        }
    }
}

/// Co-members, GGE streak and degree rank, from the co-membership graph.
fn standing(
    w: &mut dyn Write,
    profile: &ggegraph::analysis::profile::StateProfile,
) -> io::Result<()> {
    writeln!(
        w,
        "\nLongest run of consecutive GGEs: {}",
        profile.longest_streak
    )?;
    if let (Some(value), Some(rank)) = (profile.degree_centrality, profile.degree_rank) {
        writeln!(w, "Degree centrality: {value:.3} (rank {rank})")?;
    }
    writeln!(
        w,
        "\nCo-members ({}), by shared groups, then Jaccard",
        profile.co_members.len()
    )?;
    let rows: Vec<Vec<String>> = profile
        .co_members
        .iter()
        .map(|c| {
            let name =
                c.id.iso3()
                    .and_then(ggegraph::gazetteer::state_by_iso3)
                    .map_or_else(|| c.id.0.clone(), |s| s.name.to_string());
            vec![
                c.id.iso3().unwrap_or(c.id.as_str()).to_string(),
                c.count.to_string(),
                format!("{:.3}", c.jaccard),
                name,
            ]
        })
        .collect();
    table(w, &["STATE", "SHARED", "JACCARD", "NAME"], &rows)
}

fn section(w: &mut dyn Write, title: &str, facts: &[ProfileFact]) -> io::Result<()> {
    writeln!(w, "\n{title} ({})", facts.len())?;
    for f in facts {
        let flag = if f.status == Status::Unverified {
            " [unverified]"
        } else {
            ""
        };
        writeln!(w, "  {}  {}{flag}", f.id, f.name)?;
        for p in &f.provenance {
            writeln!(w, "      {}", cite(p))?;
        }
    }
    Ok(())
}

/// What `--strict` counts as a finding: warnings, unverified facts, conflicts.
pub fn strict_findings(c: &Corpus) -> Vec<String> {
    let mut out: Vec<String> = c
        .graph
        .warnings
        .iter()
        .map(|w| format!("{}: {}", w.location(), w.message))
        .collect();
    let unverified = c
        .graph
        .edges()
        .filter(|e| e.edge.status() == Status::Unverified)
        .count();
    if unverified > 0 {
        out.push(format!(
            "{unverified} edges rest only on statements flagged unverified"
        ));
    }
    for conflict in c.graph.conflicts() {
        out.push(format!(
            "conflict: {} of {}",
            conflict.topic, conflict.subject
        ));
    }
    out
}
