//! Every answer the tool prints, formatted in one place: the command line writes these
//! to stdout or a file, and the report takes its figures and rows from the same
//! functions, so a number is computed and formatted once.
//!
//! One module per result (co-membership, continuity, recurrence, centrality, regions,
//! votes, agreement, a state's profile) and the listings (extract, rules, build, groups,
//! norms, conflicts). Each writes a table for people, CSV and JSON for programs to any
//! [`Write`]. Not for computing results (that is [`crate::analysis`] and [`crate::graph`])
//! nor for choosing where the output goes (the command line chooses, and
//! [`crate::console`] writes there).

pub mod agreement;
pub mod centrality;
pub mod comembership;
pub mod continuity;
pub mod listings;
pub mod profile;
pub mod recurrence;
pub mod regions;
pub mod scan;
mod table;
pub mod votes;

pub use table::table;

use crate::gazetteer::state_by_iso3;
use crate::model::EntityId;
use serde::Serialize;
use std::io::{self, Write};

/// How an edge or node list is written (also the command line's `--format` values: the
/// first paragraph of each variant's doc is its `--help` text).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Aligned text for people, heaviest first.
    Table,
    /// CSV with a header row.
    Csv,
    /// JSON for programs (stable field names).
    Json,
}

/// How an answer without a CSV form is written (also the command line's `--format`
/// values).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ListFormat {
    /// Aligned text for people.
    Table,
    /// JSON for programs (stable field names).
    Json,
}

/// Pretty JSON with one trailing newline, the form of every JSON answer.
///
/// # Errors
/// Any I/O error from `w`.
pub fn json<T: Serialize + ?Sized>(w: &mut dyn Write, value: &T) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *w, value).map_err(io::Error::other)?;
    writeln!(w)
}

/// Shortest display of a number, as JSON writes it (`3.0`, `0.5`), so a table, a CSV
/// and the JSON of one answer show the same digits.
pub fn number(x: f64) -> String {
    serde_json::to_string(&x).unwrap_or_else(|_| x.to_string())
}

/// A similarity or centrality read beside a state or a step ("jaccard 0.455"): three
/// decimals, on the command line's text and in the report alike (CSV and JSON keep every
/// digit, through [`number`]).
pub fn index(x: f64) -> String {
    format!("{x:.3}")
}

/// A state's degree centrality with its rank: "0.412 (rank 3)".
pub fn centrality_rank(value: f64, rank: usize) -> String {
    format!("{} (rank {rank})", index(value))
}

/// A state id as people read it: the ISO3 code, or the id for unknown states.
pub fn state_code(id: &EntityId) -> &str {
    id.iso3().unwrap_or(id.as_str())
}

/// The gazetteer's name of a state, or its id for states it does not know.
pub fn state_name(id: &EntityId) -> String {
    id.iso3()
        .and_then(state_by_iso3)
        .map_or_else(|| id.as_str().to_string(), |s| s.name.to_string())
}

/// State codes separated by spaces, `-` for none.
pub fn codes<'a>(ids: impl IntoIterator<Item = &'a EntityId>) -> String {
    let codes: Vec<&str> = ids.into_iter().map(state_code).collect();
    if codes.is_empty() {
        "-".into()
    } else {
        codes.join(" ")
    }
}

/// A share as a whole percentage (`0.254` is `25%`).
pub fn percent(x: f64) -> String {
    format!("{:.0}%", x * 100.0)
}
