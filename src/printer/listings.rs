//! The listing answers: `extract` (entities and claims), `rules`, `build` (counts),
//! `groups`, `norms` and `conflicts`, as tables or JSON.

use super::{ListFormat, json, table};
use crate::corpus::Corpus;
use crate::extract::{Extraction, RuleInfo, Warning};
use crate::graph::Graph;
use crate::model::{Provenance, Status};
use crate::terminal::TerminalSafe;
use std::io::{self, Write};

/// A source as the tables cite it: its location, flagged when the statement is
/// unverified.
pub fn cite(p: &Provenance) -> String {
    let flag = if p.status == Status::Unverified {
        " [unverified]"
    } else {
        ""
    };
    format!("{}{flag}", p.location())
}

/// `extract`: entities and claims.
///
/// # Errors
/// Any I/O error from `w`.
pub fn write_extraction(w: &mut dyn Write, ex: &Extraction, format: ListFormat) -> io::Result<()> {
    match format {
        ListFormat::Json => json(w, ex),
        ListFormat::Table => {
            let w = &mut TerminalSafe::new(w);
            writeln!(
                w,
                "{} documents, {} entities, {} claims\n",
                ex.documents.len(),
                ex.entities.len(),
                ex.claims.claim_count()
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
                .filter(|c| c.relation != crate::model::Relation::Mentions)
                .map(|c| {
                    vec![
                        c.subject.0.clone(),
                        c.relation.to_string(),
                        c.object.to_string(),
                        cite(c.provenance),
                        c.provenance.rule.to_string(),
                    ]
                })
                .collect();
            table(
                w,
                &["SUBJECT", "RELATION", "OBJECT", "SOURCE", "RULE"],
                &rows,
            )?;
            write_warnings(w, &ex.warnings)
        }
    }
}

/// The rule table of `ggegraph rules`.
///
/// # Errors
/// Any I/O error from `w`.
pub fn write_rules(w: &mut dyn Write, rules: &[RuleInfo], format: ListFormat) -> io::Result<()> {
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

fn write_warnings(w: &mut dyn Write, warnings: &[Warning]) -> io::Result<()> {
    for warning in warnings {
        writeln!(w, "warning: {}: {}", warning.location(), warning.message)?;
    }
    Ok(())
}

/// Output of `build` (its `--format` values).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum BuildFormat {
    /// Counts of nodes per kind and edges per relation.
    Summary,
    /// Same as summary.
    Table,
    /// The whole graph: documents, entities, claims, merged edges, attributes, conflicts.
    Json,
}

/// `summary` and `table` are the same table.
impl From<BuildFormat> for ListFormat {
    fn from(f: BuildFormat) -> ListFormat {
        match f {
            BuildFormat::Summary | BuildFormat::Table => ListFormat::Table,
            BuildFormat::Json => ListFormat::Json,
        }
    }
}

/// `build`: counts, or the whole graph as JSON.
///
/// # Errors
/// Any I/O error from `w`.
pub fn write_build(w: &mut dyn Write, c: &Corpus, format: ListFormat) -> io::Result<()> {
    let g = &c.graph;
    match format {
        ListFormat::Json => c.write_json(w),
        ListFormat::Table => {
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
                c.extraction_warnings.len()
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
            write_warnings(w, &c.extraction_warnings)
        }
    }
}

/// `groups`: every group in time order.
///
/// # Errors
/// Any I/O error from `w`.
pub fn write_groups(w: &mut dyn Write, g: &Graph, format: ListFormat) -> io::Result<()> {
    let groups = g.groups();
    match format {
        ListFormat::Json => json(w, &groups),
        ListFormat::Table => {
            let w = &mut TerminalSafe::new(w);
            let rows: Vec<Vec<String>> = groups
                .iter()
                .map(|s| {
                    let years = s.key.years();
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
                        s.key.kind.as_str().to_string(),
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
///
/// # Errors
/// Any I/O error from `w`.
pub fn write_norms(w: &mut dyn Write, g: &Graph, format: ListFormat) -> io::Result<()> {
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
///
/// # Errors
/// Any I/O error from `w`.
pub fn write_conflicts(w: &mut dyn Write, g: &Graph, format: ListFormat) -> io::Result<()> {
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
