//! The vote commands (`votes`, `agreement`, `sat-and-voted`) around the analyses: the
//! ballots a user names on the command line (`votes 73/27`, `--compare`, `agreement
//! --resolution`), found among the recorded votes or refused with the list of those there
//! are, and the order each command loads, computes and writes in.

use super::{BadInput, Inputs, emit};
use crate::analysis::comembership::Weight;
use crate::analysis::memberships::KindFilter;
use crate::analysis::sat_and_voted::sat_and_voted;
use crate::analysis::{Votes, agreement};
use crate::printer::{self, Format, ListFormat};
use anyhow::Result;
use std::path::Path;
use std::process::ExitCode;

/// The ballot a user names, or bad input listing what there is.
pub fn ballot(votes: &Votes, name: &str) -> Result<u32> {
    votes.find(name).ok_or_else(|| {
        let known: Vec<&str> = votes.ballots.iter().map(|b| b.id.as_str()).collect();
        BadInput(format!(
            "no recorded vote on {name:?} (known: {})",
            if known.is_empty() {
                "none; pass --votes and --roll-calls".to_string()
            } else {
                known.join(", ")
            }
        ))
        .into()
    })
}

/// The ballots named, in the order given; every recorded ballot when none is named.
pub fn ballots(votes: &Votes, names: &[String]) -> Result<Vec<u32>> {
    if names.is_empty() {
        return Ok((0..votes.ballots.len() as u32).collect());
    }
    names.iter().map(|name| ballot(votes, name)).collect()
}

/// `votes`: every recorded vote's counts, or how states voted on `resolution` (and, with
/// `compare`, who voted differently on that one), written to `output`; returns
/// `--strict`'s exit code.
pub fn answer_votes(
    inputs: &Inputs,
    resolution: Option<&str>,
    compare: Option<&str>,
    output: Option<&Path>,
    format: ListFormat,
) -> Result<ExitCode> {
    let corpus = inputs.load_refusing(output)?;
    let m = inputs.memberships_of(&corpus)?;
    let v = Votes::from_graph(&corpus.graph);
    match resolution {
        None => emit(output, |w| printer::votes::write_ballots(w, &v, format))?,
        Some(name) => {
            let b = ballot(&v, name)?;
            let compare = compare.map(|c| ballot(&v, c)).transpose()?;
            emit(output, |w| {
                printer::votes::write_vote(w, &v, b, &m, compare, format)
            })?;
        }
    }
    Ok(inputs.strict_code(&corpus))
}

/// `agreement`: how alike each pair of states voted on the ballots named (every recorded
/// one when none is), the pairs kept by `min_weight` and `top`
/// ([`agreement::strongest`]), written to `output`; returns `--strict`'s exit code.
pub fn answer_agreement(
    inputs: &Inputs,
    resolutions: &[String],
    min_weight: Option<f64>,
    top: Option<usize>,
    output: Option<&Path>,
    format: Format,
) -> Result<ExitCode> {
    let corpus = inputs.load_refusing(output)?;
    let v = Votes::from_graph(&corpus.graph);
    let ballots = ballots(&v, resolutions)?;
    let pairs = agreement::strongest(agreement::agreement(&v, &ballots), min_weight, top);
    emit(output, |w| {
        printer::agreement::write(w, &v, &ballots, &pairs, format)
    })?;
    Ok(inputs.strict_code(&corpus))
}

/// What `sat-and-voted` asks (see [`sat_and_voted`]).
#[derive(Debug, Clone, Copy)]
pub struct SatAndVoted {
    /// Which groups count.
    pub kind: KindFilter,
    /// Co-membership weight of a pair.
    pub weight: Weight,
    /// Shuffles of the permutation test.
    pub permutations: usize,
    /// Seed of the shuffles.
    pub seed: u64,
    /// How many of the pairs farthest from the fitted line to list.
    pub defiers: usize,
}

/// `sat-and-voted`: the correlation between co-membership and voting agreement, written
/// to `output`; bad input when there is none to compute. Returns `--strict`'s exit code.
pub fn answer_sat_and_voted(
    inputs: &Inputs,
    question: &SatAndVoted,
    output: Option<&Path>,
    format: ListFormat,
) -> Result<ExitCode> {
    let corpus = inputs.load_refusing(output)?;
    let m = inputs.memberships_of(&corpus)?;
    let m = match question.kind.group_kind() {
        Some(k) => m.filter_kind(k),
        None => m,
    };
    let v = Votes::from_graph(&corpus.graph);
    let SatAndVoted {
        weight,
        permutations,
        seed,
        defiers,
        ..
    } = *question;
    let c = sat_and_voted(&m, &v, weight, permutations, seed, defiers).ok_or_else(|| {
        BadInput(
            "no correlation: fewer than 3 pairs of members with recorded votes, or no variation (pass --votes and --roll-calls)".into(),
        )
    })?;
    emit(output, |w| {
        printer::agreement::write_sat_and_voted(w, &c, weight, seed, format)
    })?;
    Ok(inputs.strict_code(&corpus))
}
