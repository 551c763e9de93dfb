//! `votes`: every recorded vote's counts, or one vote in full (counts, per UN regional
//! group, per group's members, each column's states, and the changes against another).

use super::{ListFormat, codes, json, state_code, table};
use crate::analysis::memberships::Memberships;
use crate::analysis::votes::{Change, GroupVotes, RegionVotes, by_group, by_region, changes};
use crate::analysis::{Vote, VoteCounts, Votes};
use crate::model::EntityId;
use crate::terminal::TerminalSafe;
use serde::Serialize;
use std::io::{self, Write};

#[derive(Serialize)]
struct BallotJson<'a> {
    id: &'a EntityId,
    date: Option<&'a str>,
    counts: VoteCounts,
}

/// Writes every recorded vote of `v` with its counts.
///
/// # Errors
/// Any I/O error from `w`.
pub fn write_ballots(w: &mut dyn Write, v: &Votes, format: ListFormat) -> io::Result<()> {
    let rows: Vec<BallotJson<'_>> = v
        .ballots
        .iter()
        .enumerate()
        .map(|(i, b)| BallotJson {
            id: &b.id,
            date: b.date.as_deref(),
            counts: v.counts(i as u32),
        })
        .collect();
    match format {
        ListFormat::Json => json(w, &rows),
        ListFormat::Table => {
            let w = &mut TerminalSafe::new(w);
            if rows.is_empty() {
                return writeln!(w, "No recorded votes (pass --votes FILE --roll-calls FILE)");
            }
            let cells: Vec<Vec<String>> = rows
                .iter()
                .map(|r| {
                    vec![
                        r.id.to_string(),
                        r.date.unwrap_or("-").to_string(),
                        r.counts.yes.to_string(),
                        r.counts.no.to_string(),
                        r.counts.abstain.to_string(),
                    ]
                })
                .collect();
            table(w, &["BALLOT", "DATE", "YES", "NO", "ABSTAIN"], &cells)
        }
    }
}

#[derive(Serialize)]
struct ChangesJson<'a> {
    from: &'a EntityId,
    to: &'a EntityId,
    states: Vec<Change>,
}

/// One vote in full, as every format shows it.
#[derive(Serialize)]
struct VoteJson<'a> {
    id: &'a EntityId,
    date: Option<&'a str>,
    counts: VoteCounts,
    yes: Vec<&'a EntityId>,
    no: Vec<&'a EntityId>,
    abstain: Vec<&'a EntityId>,
    disputed: Vec<&'a EntityId>,
    regions: Vec<RegionVotes>,
    groups: Vec<GroupVotes>,
    #[serde(skip_serializing_if = "Option::is_none")]
    changes: Option<ChangesJson<'a>>,
}

fn vote_json<'a>(v: &'a Votes, b: u32, m: &Memberships, compare: Option<u32>) -> VoteJson<'a> {
    let ballot = &v.ballots[b as usize];
    let with = |vote: Vote| -> Vec<&EntityId> {
        v.on(b)
            .iter()
            .filter(|c| c.vote == vote)
            .map(|c| &v.states[c.state as usize])
            .collect()
    };
    VoteJson {
        id: &ballot.id,
        date: ballot.date.as_deref(),
        counts: v.counts(b),
        yes: with(Vote::Yes),
        no: with(Vote::No),
        abstain: with(Vote::Abstain),
        disputed: v
            .disputed
            .iter()
            .filter(|(x, _)| *x == b)
            .map(|&(_, s)| &v.states[s as usize])
            .collect(),
        regions: by_region(v, b),
        groups: by_group(v, b, m),
        changes: compare.map(|to| ChangesJson {
            from: &ballot.id,
            to: &v.ballots[to as usize].id,
            states: changes(v, b, to),
        }),
    }
}

/// Writes the vote on ballot `b` of `v`, the members of the groups of `m`, and the
/// states that voted differently on `compare`.
///
/// # Errors
/// Any I/O error from `w`.
pub fn write_vote(
    w: &mut dyn Write,
    v: &Votes,
    b: u32,
    m: &Memberships,
    compare: Option<u32>,
    format: ListFormat,
) -> io::Result<()> {
    let out = vote_json(v, b, m, compare);
    match format {
        ListFormat::Json => json(w, &out),
        ListFormat::Table => write_vote_table(&mut TerminalSafe::new(w), &out),
    }
}

fn write_vote_table(w: &mut dyn Write, v: &VoteJson<'_>) -> io::Result<()> {
    let c = v.counts;
    writeln!(
        w,
        "{} ({}): {} yes, {} no, {} abstentions ({} recorded)\n",
        v.id,
        v.date.unwrap_or("undated"),
        c.yes,
        c.no,
        c.abstain,
        c.total()
    )?;
    let counts = |c: VoteCounts| [c.yes, c.no, c.abstain].map(|n| n.to_string());
    let rows: Vec<Vec<String>> = v
        .regions
        .iter()
        .map(|r| {
            let mut row = vec![r.region.to_string()];
            row.extend(counts(r.counts));
            row
        })
        .collect();
    table(w, &["REGION", "YES", "NO", "ABSTAIN"], &rows)?;
    writeln!(w)?;
    let rows: Vec<Vec<String>> = v
        .groups
        .iter()
        .map(|g| {
            let mut row = vec![g.group.to_string()];
            row.extend(counts(g.counts));
            row.push(codes(&g.not_recorded));
            row
        })
        .collect();
    table(w, &["GROUP", "YES", "NO", "ABSTAIN", "NOT RECORDED"], &rows)?;
    writeln!(w)?;
    writeln!(
        w,
        "In favour ({}): {}",
        v.yes.len(),
        codes(v.yes.iter().copied())
    )?;
    writeln!(
        w,
        "Against ({}): {}",
        v.no.len(),
        codes(v.no.iter().copied())
    )?;
    writeln!(
        w,
        "Abstaining ({}): {}",
        v.abstain.len(),
        codes(v.abstain.iter().copied())
    )?;
    if !v.disputed.is_empty() {
        writeln!(
            w,
            "Sources disagree ({}, see `ggegraph conflicts`): {}",
            v.disputed.len(),
            codes(v.disputed.iter().copied())
        )?;
    }
    match &v.changes {
        Some(ch) => write_changes(w, ch),
        None => Ok(()),
    }
}

fn write_changes(w: &mut dyn Write, ch: &ChangesJson<'_>) -> io::Result<()> {
    writeln!(
        w,
        "\n{} -> {}: {} states changed",
        ch.from,
        ch.to,
        ch.states.len()
    )?;
    let name = |x: Option<Vote>| x.map_or("-", Vote::as_str).to_string();
    let rows: Vec<Vec<String>> = ch
        .states
        .iter()
        .map(|c| {
            vec![
                state_code(&c.state).to_string(),
                name(c.before),
                name(c.after),
            ]
        })
        .collect();
    table(w, &["STATE", "BEFORE", "AFTER"], &rows)
}
