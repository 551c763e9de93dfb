//! `recurrence`: states ranked by the number of groups they sat in, with the P5 and the
//! states in every group flagged.

use super::{ListFormat, codes, json, percent, state_code, state_name, table};
use crate::analysis::continuity::Recurrence;
use crate::terminal::TerminalSafe;
use std::io::{self, Write};

/// Writes `r` as text or JSON.
///
/// # Errors
/// Any I/O error from `w`.
pub fn write(w: &mut dyn Write, r: &Recurrence, format: ListFormat) -> io::Result<()> {
    match format {
        ListFormat::Json => json(w, r),
        ListFormat::Table => {
            let w = &mut TerminalSafe::new(w);
            writeln!(
                w,
                "{} groups; in every one ({}): {}\n",
                r.groups,
                r.core.len(),
                codes(&r.core)
            )?;
            let rows: Vec<Vec<String>> = r
                .states
                .iter()
                .map(|s| {
                    let flags = [(s.p5, "P5"), (s.core, "every group")]
                        .iter()
                        .filter(|(on, _)| *on)
                        .map(|(_, f)| *f)
                        .collect::<Vec<_>>()
                        .join(", ");
                    vec![
                        state_code(&s.id).to_string(),
                        state_name(&s.id),
                        s.count.to_string(),
                        percent(s.share),
                        flags,
                    ]
                })
                .collect();
            table(w, &["STATE", "NAME", "GROUPS", "SHARE", "FLAGS"], &rows)
        }
    }
}
