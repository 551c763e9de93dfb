//! `scan`: the mentions of each state a scan counted, most mentioned first.

use super::{ListFormat, json, table};
use crate::gazetteer::STATES;
use crate::scan::ScanCounts;
use crate::terminal::TerminalSafe;
use serde::Serialize;
use std::io::{self, Write};

/// One state named at least once.
#[derive(Serialize)]
struct Row {
    state: &'static str,
    name: &'static str,
    mentions: u64,
}

/// The whole answer, in the JSON's field order.
#[derive(Serialize)]
struct Out {
    files: u64,
    bytes: u64,
    mentions: u64,
    ambiguous: u64,
    states: Vec<Row>,
}

/// Writes the states named in `counts` by count, then ISO3, with the totals.
pub fn write(w: &mut dyn Write, counts: &ScanCounts, format: ListFormat) -> io::Result<()> {
    let mut states: Vec<Row> = STATES
        .iter()
        .zip(&counts.states)
        .filter(|(_, n)| **n > 0)
        .map(|(s, &n)| Row {
            state: s.iso3,
            name: s.name,
            mentions: n,
        })
        .collect();
    states.sort_by(|a, b| b.mentions.cmp(&a.mentions).then(a.state.cmp(b.state)));
    let out = Out {
        files: counts.files,
        bytes: counts.bytes,
        mentions: counts.total(),
        ambiguous: counts.ambiguous,
        states,
    };
    match format {
        ListFormat::Json => json(w, &out),
        ListFormat::Table => {
            let w = &mut TerminalSafe::new(w);
            writeln!(
                w,
                "{} mentions of {} states ({} ambiguous names) in {} files, {} bytes\n",
                out.mentions,
                out.states.len(),
                out.ambiguous,
                out.files,
                out.bytes
            )?;
            let rows: Vec<Vec<String>> = out
                .states
                .iter()
                .map(|r| vec![r.state.to_string(), r.mentions.to_string(), r.name.into()])
                .collect();
            table(w, &["STATE", "MENTIONS", "NAME"], &rows)
        }
    }
}
