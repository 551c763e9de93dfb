//! `agreement` (how alike each pair of states voted) and `sat-and-voted` (whether the
//! pairs that sat together vote together).

use super::{Format, ListFormat, json, number, state_code, table};
use crate::analysis::Votes;
use crate::analysis::agreement::Agreement;
use crate::analysis::comembership::Weight;
use crate::analysis::sat_and_voted::Correlation;
use crate::model::EntityId;
use crate::terminal::TerminalSafe;
use serde::Serialize;
use std::io::{self, Write};

#[derive(Serialize)]
struct PairJson<'a> {
    source: &'a EntityId,
    target: &'a EntityId,
    weight: f64,
    shared: u32,
}

#[derive(Serialize)]
struct AgreementJson<'a> {
    ballots: Vec<&'a EntityId>,
    edges: Vec<PairJson<'a>>,
}

/// Writes the agreement `pairs` of `v` over `ballots`.
///
/// # Errors
/// Any I/O error from `w`.
pub fn write(
    w: &mut dyn Write,
    v: &Votes,
    ballots: &[u32],
    pairs: &[Agreement],
    format: Format,
) -> io::Result<()> {
    let pair = |p: &Agreement| PairJson {
        source: &v.states[p.source as usize],
        target: &v.states[p.target as usize],
        weight: p.weight,
        shared: p.shared,
    };
    match format {
        Format::Json => json(
            w,
            &AgreementJson {
                ballots: ballots.iter().map(|&b| &v.ballots[b as usize].id).collect(),
                edges: pairs.iter().map(pair).collect(),
            },
        ),
        Format::Csv => {
            let mut out = csv::Writer::from_writer(w);
            out.write_record(["source", "target", "weight", "shared"])?;
            for p in pairs {
                let p = pair(p);
                out.write_record([
                    p.source.as_str(),
                    p.target.as_str(),
                    &number(p.weight),
                    &p.shared.to_string(),
                ])?;
            }
            out.flush()
        }
        Format::Table => write_table(&mut TerminalSafe::new(w), v, ballots.len(), pairs),
    }
}

fn write_table(
    w: &mut dyn Write,
    v: &Votes,
    ballots: usize,
    pairs: &[Agreement],
) -> io::Result<()> {
    let mut ranked: Vec<&Agreement> = pairs.iter().collect();
    ranked.sort_by(|a, b| {
        b.weight
            .total_cmp(&a.weight)
            .then((a.source, a.target).cmp(&(b.source, b.target)))
    });
    writeln!(
        w,
        "{} states, {} recorded votes, {} pairs (1 same vote, 0.5 one abstains, 0 opposite; mean over the votes both cast)\n",
        v.states.len(),
        ballots,
        pairs.len()
    )?;
    let rows: Vec<Vec<String>> = ranked
        .iter()
        .map(|p| {
            vec![
                state_code(&v.states[p.source as usize]).to_string(),
                state_code(&v.states[p.target as usize]).to_string(),
                format!("{:.3}", p.weight),
                p.shared.to_string(),
            ]
        })
        .collect();
    table(w, &["STATE", "STATE", "AGREEMENT", "VOTES"], &rows)
}

/// Writes the correlation `c` between co-membership (weighted by `weight`) and voting
/// agreement; `seed` is the seed its shuffles used.
///
/// # Errors
/// Any I/O error from `w`.
pub fn write_sat_and_voted(
    w: &mut dyn Write,
    c: &Correlation,
    weight: Weight,
    seed: u64,
    format: ListFormat,
) -> io::Result<()> {
    match format {
        ListFormat::Json => json(w, c),
        ListFormat::Table => {
            let w = &mut TerminalSafe::new(w);
            writeln!(
                w,
                "{} pairs of {} states: Pearson r = {:.4} between co-membership ({}) and voting agreement; permutation p = {:.4} ({} shuffles of the membership records, seed {})\n",
                c.pairs,
                c.states,
                c.r,
                weight.as_str(),
                c.p_value,
                c.permutations,
                seed
            )?;
            let rows: Vec<Vec<String>> = c
                .defiers
                .iter()
                .map(|d| {
                    vec![
                        state_code(&d.source).to_string(),
                        state_code(&d.target).to_string(),
                        format!("{}", d.comembership),
                        format!("{:.3}", d.agreement),
                        format!("{:+.3}", d.residual),
                    ]
                })
                .collect();
            table(
                w,
                &["STATE", "STATE", "CO-MEMBERSHIP", "AGREEMENT", "RESIDUAL"],
                &rows,
            )
        }
    }
}
