//! The ballots a user names on the command line (`votes 73/27`, `--compare`,
//! `agreement --resolution`), found among the recorded votes or refused with the list of
//! those there are.

use super::BadInput;
use crate::analysis::Votes;
use anyhow::Result;

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
