//! `continuity`: the groups in time order, who stayed, joined and left at each step, and
//! each state's count and longest streak.

use super::{ListFormat, codes, index, json, state_code, table};
use crate::analysis::continuity::Continuity;
use crate::model::EntityId;
use crate::terminal::TerminalSafe;
use std::io::{self, Write};

/// Writes `c` as text or JSON.
///
/// # Errors
/// Any I/O error from `w`.
pub fn write(w: &mut dyn Write, c: &Continuity, format: ListFormat) -> io::Result<()> {
    match format {
        ListFormat::Json => json(w, c),
        ListFormat::Table => write_table(&mut TerminalSafe::new(w), c),
    }
}

fn write_table(w: &mut dyn Write, c: &Continuity) -> io::Result<()> {
    let n = c.sequence.len();
    writeln!(
        w,
        "{n} groups in time order: {}",
        c.sequence
            .iter()
            .map(EntityId::as_str)
            .collect::<Vec<_>>()
            .join(" -> ")
    )?;
    let core: Vec<&EntityId> = c
        .states
        .iter()
        .filter(|s| s.count == n && n > 0)
        .map(|s| &s.id)
        .collect();
    writeln!(w, "In all {n} groups ({}): {}\n", core.len(), codes(core))?;
    for t in &c.transitions {
        let before = t.retained.len() + t.left.len();
        let after = t.retained.len() + t.joined.len();
        writeln!(
            w,
            "{} -> {}: {before} -> {after} members, jaccard {}",
            t.from,
            t.to,
            index(t.jaccard)
        )?;
        writeln!(
            w,
            "  retained ({}): {}",
            t.retained.len(),
            codes(&t.retained)
        )?;
        writeln!(w, "  joined   ({}): {}", t.joined.len(), codes(&t.joined))?;
        writeln!(w, "  left     ({}): {}", t.left.len(), codes(&t.left))?;
    }
    writeln!(w)?;
    let rows: Vec<Vec<String>> = c
        .states
        .iter()
        .map(|s| {
            vec![
                state_code(&s.id).to_string(),
                s.count.to_string(),
                s.longest_streak.to_string(),
                s.first.0.clone(),
                s.last.0.clone(),
            ]
        })
        .collect();
    table(
        w,
        &["STATE", "GROUPS", "LONGEST STREAK", "FIRST", "LAST"],
        &rows,
    )
}
