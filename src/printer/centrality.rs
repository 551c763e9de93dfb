//! `centrality`: each state's value and rank under one measure, best first.

use super::{Format, json, number, state_code, state_name, table};
use crate::analysis::centrality::{Measure, ranks};
use crate::analysis::comembership::Weight;
use crate::analysis::memberships::Memberships;
use crate::model::EntityId;
use crate::terminal::TerminalSafe;
use serde::Serialize;
use std::io::{self, Write};

/// One state's centrality: what every format lists.
#[derive(Debug, Serialize)]
pub struct Ranked<'a> {
    /// The state.
    pub id: &'a EntityId,
    /// The measure's value.
    pub value: f64,
    /// 1 for the highest value; ties share a rank.
    pub rank: usize,
}

#[derive(Serialize)]
struct CentralityJson<'a> {
    measure: &'static str,
    weight: &'static str,
    nodes: &'a [Ranked<'a>],
}

/// The states of `m` with their `values` (indexed like `m.states`), by rank, then id.
pub fn ranked<'a>(m: &'a Memberships, values: &[f64]) -> Vec<Ranked<'a>> {
    let rank = ranks(values);
    let mut nodes: Vec<Ranked<'a>> = m
        .states
        .iter()
        .zip(values.iter().zip(rank))
        .map(|(id, (&value, rank))| Ranked { id, value, rank })
        .collect();
    nodes.sort_by(|a, b| a.rank.cmp(&b.rank).then_with(|| a.id.cmp(b.id)));
    nodes
}

/// Writes the ranked `nodes` of `measure` on the co-membership graph weighted by
/// `weight`.
///
/// # Errors
/// Any I/O error from `w`.
pub fn write(
    w: &mut dyn Write,
    measure: Measure,
    weight: Weight,
    nodes: &[Ranked<'_>],
    format: Format,
) -> io::Result<()> {
    match format {
        Format::Json => json(
            w,
            &CentralityJson {
                measure: measure.as_str(),
                weight: weight.as_str(),
                nodes,
            },
        ),
        Format::Csv => {
            let mut out = csv::Writer::from_writer(w);
            out.write_record(["id", "value", "rank"])?;
            for n in nodes {
                out.write_record([n.id.as_str(), &number(n.value), &n.rank.to_string()])?;
            }
            out.flush()
        }
        Format::Table => {
            let w = &mut TerminalSafe::new(w);
            writeln!(
                w,
                "{} centrality, co-membership weight {}\n",
                measure.as_str(),
                weight.as_str()
            )?;
            let rows: Vec<Vec<String>> = nodes
                .iter()
                .map(|n| {
                    vec![
                        n.rank.to_string(),
                        state_code(n.id).to_string(),
                        state_name(n.id),
                        format!("{:.6}", n.value),
                    ]
                })
                .collect();
            table(w, &["RANK", "STATE", "NAME", "VALUE"], &rows)
        }
    }
}
