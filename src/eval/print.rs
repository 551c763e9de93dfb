//! An [`Evaluation`] as a table for people or JSON for programs. Both write the same
//! facts in the same order, to any `io::Write`.

use super::{Evaluation, ScoredRelation};
use crate::printer::table;
use std::io::{self, Write};

/// Width of the relation column of the figures, the longest name plus two spaces.
const NAME_WIDTH: usize = "oewg_member_of".len() + 2;

/// The evaluation as JSON: fields in a fixed order, every list sorted, figures as
/// numbers.
///
/// ```json
/// { "directory": "...", "scored": ["a.txt"], "out_of_scope": [{"document": "b.txt", "language": "fr"}],
///   "scores": {"states": {"tp": 1, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0}, ...},
///   "not_scored": ["votes"], "traps": [...], "distractor_memberships": 0,
///   "misses": [{"document", "relation", "fact", "line", "column"}],
///   "false_hits": [{"document", "relation", "line", "column", "fact", "rule", "quote"}],
///   "warnings": [] }
/// ```
pub fn write_json(w: &mut dyn Write, evaluation: &Evaluation) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *w, evaluation).map_err(io::Error::other)?;
    writeln!(w)
}

/// The evaluation as text: the figures (`gge_member_of  P 0.000  R 0.000  (tp 0, fp 0,
/// fn 50)`), the trap and distractor counts, then the traps, misses and false hits as
/// tables.
pub fn write_table(w: &mut dyn Write, evaluation: &Evaluation) -> io::Result<()> {
    write_summary(w, evaluation)?;
    writeln!(w)?;
    write_figures(w, evaluation)?;
    write_findings(w, evaluation)?;
    for warning in &evaluation.warnings {
        writeln!(w, "warning: {warning}")?;
    }
    Ok(())
}

/// Precision and recall per relation, the relations not scored, and the trap and
/// distractor counts.
fn write_figures(w: &mut dyn Write, evaluation: &Evaluation) -> io::Result<()> {
    for relation in ScoredRelation::ALL {
        let s = evaluation.score(relation);
        writeln!(
            w,
            "{:<NAME_WIDTH$}P {:.3}  R {:.3}  (tp {}, fp {}, fn {})",
            relation.as_str(),
            s.precision,
            s.recall,
            s.true_positives,
            s.false_positives,
            s.false_negatives
        )?;
    }
    for relation in &evaluation.not_scored {
        writeln!(
            w,
            "{relation:<NAME_WIDTH$}not scored (the model has no relation for it yet)"
        )?;
    }
    writeln!(w)?;
    writeln!(w, "traps read as states: {}", evaluation.traps.len())?;
    writeln!(
        w,
        "ICT memberships on distractor pages: {}",
        evaluation.distractor_memberships
    )
}

/// The traps, misses and false hits, one table each (none when empty).
fn write_findings(w: &mut dyn Write, evaluation: &Evaluation) -> io::Result<()> {
    if !evaluation.traps.is_empty() {
        writeln!(w, "\nTraps ({})", evaluation.traps.len())?;
        let rows: Vec<Vec<String>> = evaluation
            .traps
            .iter()
            .map(|t| {
                vec![
                    format!("{}:{}:{}", t.document, t.line, t.column),
                    t.state.clone(),
                    t.quote.clone(),
                ]
            })
            .collect();
        table(w, &["SOURCE", "STATE", "QUOTE"], &rows)?;
    }
    if !evaluation.misses.is_empty() {
        writeln!(w, "\nMisses ({})", evaluation.misses.len())?;
        let rows: Vec<Vec<String>> = evaluation
            .misses
            .iter()
            .map(|m| {
                let place = match (m.line, m.column) {
                    (Some(line), Some(column)) => format!("{}:{line}:{column}", m.document),
                    _ => m.document.clone(),
                };
                vec![place, m.relation.as_str().to_string(), m.fact.clone()]
            })
            .collect();
        table(w, &["DOCUMENT (STATE NAMED AT)", "RELATION", "FACT"], &rows)?;
    }
    if !evaluation.false_hits.is_empty() {
        writeln!(w, "\nFalse hits ({})", evaluation.false_hits.len())?;
        let rows: Vec<Vec<String>> = evaluation
            .false_hits
            .iter()
            .map(|h| {
                vec![
                    format!("{}:{}:{}", h.document, h.line, h.column),
                    h.relation.as_str().to_string(),
                    h.fact.clone(),
                    h.rule.clone(),
                    h.quote.clone(),
                ]
            })
            .collect();
        table(w, &["SOURCE", "RELATION", "READ", "RULE", "QUOTE"], &rows)?;
    }
    Ok(())
}

/// First line: what was scored and what was left out.
fn write_summary(w: &mut dyn Write, evaluation: &Evaluation) -> io::Result<()> {
    let n = evaluation.scored.len();
    write!(
        w,
        "{n} document{} scored in {}",
        if n == 1 { "" } else { "s" },
        evaluation.directory
    )?;
    if !evaluation.out_of_scope.is_empty() {
        let left: Vec<String> = evaluation
            .out_of_scope
            .iter()
            .map(|o| format!("{} ({})", o.document, o.language))
            .collect();
        write!(
            w,
            "; out of scope (not English; --all-languages scores them): {}",
            left.join(", ")
        )?;
    }
    writeln!(w)
}
