//! `state XXX`: one state's groups, chairs and sponsorships with their sources, its
//! co-members, longest GGE streak and degree rank.

use super::listings::cite;
use super::{ListFormat, centrality_rank, index, json, state_code, state_name, table};
use crate::analysis::profile::{ProfileFact, StateProfile, state_profile};
use crate::gazetteer::State;
use crate::graph::Graph;
use crate::model::Status;
use crate::terminal::TerminalSafe;
use std::io::{self, Write};

/// `state XXX`: one state's profile.
///
/// # Errors
/// Any I/O error from `w`.
pub fn write(
    w: &mut dyn Write,
    g: &Graph,
    state: &'static State,
    format: ListFormat,
) -> io::Result<()> {
    let profile = state_profile(g, state);
    match format {
        ListFormat::Json => json(w, &profile),
        ListFormat::Table => {
            let w = &mut TerminalSafe::new(w);
            writeln!(
                w,
                "{} ({}) - {}",
                profile.name,
                state.iso3,
                profile.region.unwrap_or("no regional group")
            )?;
            section(w, "Groups", &profile.groups)?;
            section(w, "Chairs", &profile.chairs)?;
            section(w, "Sponsorships", &profile.sponsorships)?;
            standing(w, &profile)
        }
    }
}

/// Co-members, GGE streak and degree rank, from the co-membership graph.
fn standing(w: &mut dyn Write, profile: &StateProfile) -> io::Result<()> {
    writeln!(
        w,
        "\nLongest run of consecutive GGEs: {}",
        profile.longest_streak
    )?;
    if let (Some(value), Some(rank)) = (profile.degree_centrality, profile.degree_rank) {
        writeln!(w, "Degree centrality: {}", centrality_rank(value, rank))?;
    }
    writeln!(
        w,
        "\nCo-members ({}), by shared groups, then Jaccard",
        profile.co_members.len()
    )?;
    let rows: Vec<Vec<String>> = profile
        .co_members
        .iter()
        .map(|c| {
            vec![
                state_code(&c.id).to_string(),
                c.count.to_string(),
                index(c.jaccard),
                state_name(&c.id),
            ]
        })
        .collect();
    table(w, &["STATE", "SHARED", "JACCARD", "NAME"], &rows)
}

fn section(w: &mut dyn Write, title: &str, facts: &[ProfileFact]) -> io::Result<()> {
    writeln!(w, "\n{title} ({})", facts.len())?;
    for f in facts {
        let flag = if f.status == Status::Unverified {
            " [unverified]"
        } else {
            ""
        };
        writeln!(w, "  {}  {}{flag}", f.id, f.name)?;
        for p in &f.provenance {
            writeln!(w, "      {}", cite(p))?;
        }
    }
    Ok(())
}
