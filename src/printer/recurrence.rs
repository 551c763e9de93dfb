//! `recurrence`: states ranked by the number of groups they sat in, with the P5 and the
//! states in every group flagged.

use super::{ListFormat, codes, json, percent, state_code, state_name, table};
use crate::analysis::continuity::{Recurrence, Recurrent};
use crate::terminal::TerminalSafe;
use std::io::{self, Write};

/// The states in every group by name ("China, France, ..."), or "no state".
pub fn core_names(r: &Recurrence) -> String {
    if r.core.is_empty() {
        return "no state".into();
    }
    r.core.iter().map(state_name).collect::<Vec<_>>().join(", ")
}

/// One state's bar in a chart of `r`, a group called `group` ("GGE"): its label
/// ("Brazil (BRA)"), hover text ("Brazil: 4 of 6 GGEs") and note ("4 · P5 · every GGE").
pub fn bar_text(s: &Recurrent, r: &Recurrence, group: &str) -> [String; 3] {
    let name = state_name(&s.id);
    let mut note = s.count.to_string();
    if s.p5 {
        note.push_str(" \u{b7} P5");
    }
    if s.core {
        note.push_str(&format!(" \u{b7} every {group}"));
    }
    [
        format!("{name} ({})", state_code(&s.id)),
        format!("{name}: {} of {} {group}s", s.count, r.groups),
        note,
    ]
}

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
