//! `continuity`: the groups in time order, who stayed, joined and left at each step, and
//! each state's count and longest streak.

use super::{ListFormat, codes, index, json, state_code, table};
use crate::analysis::continuity::{Continuity, Transition};
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

/// The heads of the table of transitions the report shows, one row per
/// [`transition_cells`].
pub const TRANSITION_HEADS: [&str; 5] = ["Transition", "Stayed", "Joined", "Left", "Jaccard"];

/// One step of the sequence as plain-text cells: "gge-2014-2015 → gge-2016-2017", then
/// who stayed, joined and left as "12 (BRA CHN ...)", then the Jaccard index.
pub fn transition_cells(t: &Transition) -> [String; 5] {
    let listed = |ids: &[EntityId]| format!("{} ({})", ids.len(), codes(ids));
    [
        format!("{} \u{2192} {}", t.from, t.to),
        listed(&t.retained),
        listed(&t.joined),
        listed(&t.left),
        index(t.jaccard),
    ]
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::continuity::{Recurrence, Recurrent};
    use crate::printer::recurrence::{bar_text, core_names};

    /// The cells the report shows are the printer's: codes, counts, three decimals.
    #[test]
    fn a_transition_and_a_recurring_state_read_the_same_everywhere() {
        let t = Transition {
            from: EntityId::from("gge-2014-2015"),
            to: EntityId::from("gge-2016-2017"),
            retained: vec![EntityId::state("BRA"), EntityId::state("CHN")],
            joined: vec![],
            left: vec![EntityId::state("KEN")],
            jaccard: 2.0 / 3.0,
        };
        assert_eq!(
            transition_cells(&t),
            [
                "gge-2014-2015 \u{2192} gge-2016-2017",
                "2 (BRA CHN)",
                "0 (-)",
                "1 (KEN)",
                "0.667"
            ]
        );
        let china = Recurrent {
            id: EntityId::state("CHN"),
            count: 6,
            share: 1.0,
            p5: true,
            core: true,
        };
        let r = Recurrence {
            groups: 6,
            core: vec![EntityId::state("CHN")],
            states: vec![china.clone()],
        };
        assert_eq!(
            bar_text(&china, &r, "GGE"),
            [
                "China (CHN)",
                "China: 6 of 6 GGEs",
                "6 \u{b7} P5 \u{b7} every GGE"
            ]
        );
        assert_eq!(core_names(&r), "China");
    }
}
