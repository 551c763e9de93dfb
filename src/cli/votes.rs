//! The vote commands, `votes` and `agreement`, and `--votes FILE --roll-calls FILE`, which
//! adds the votes of a roll-call dataset to the graph of any command that takes it.

use super::analyses::MembershipSource;
use super::output::{emit, refuse_overwriting_input, table};
use super::{CorpusArgs, ListFormat, strict_code};
use anyhow::Result;
use clap::Args;
use ggegraph::analysis::agreement::{self, Agreement};
use ggegraph::analysis::memberships::Memberships;
use ggegraph::analysis::votes::{Change, GroupVotes, RegionVotes, by_group, by_region, changes};
use ggegraph::analysis::{RollCalls, Vote, VoteCounts, Votes};
use ggegraph::corpus::Corpus;
use ggegraph::model::EntityId;
use ggegraph::terminal::TerminalSafe;
use serde::Serialize;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// `--votes FILE --roll-calls FILE`: a roll-call dataset in the Voeten / `unvotes` shape.
#[derive(Debug, Clone, Args)]
pub struct VoteSource {
    /// Votes of a roll-call dataset (`un_votes.csv` of the `unvotes` package, columns
    /// `rcid,country,country_code,vote`; ISO2 codes). Needs --roll-calls.
    #[arg(long, value_name = "FILE.csv", requires = "roll_calls")]
    votes: Option<PathBuf>,
    /// The roll calls the votes belong to (`un_roll_calls.csv`, columns
    /// `rcid,session,date,unres,amend,para,...`). Needs --votes.
    #[arg(long, value_name = "FILE.csv", requires = "votes")]
    roll_calls: Option<PathBuf>,
}

impl VoteSource {
    /// Adds the dataset's votes on whole resolutions (and their dates) to the corpus's
    /// graph; nothing without the flags.
    pub fn add_to(&self, corpus: &mut Corpus) -> Result<()> {
        let (Some(votes), Some(calls)) = (&self.votes, &self.roll_calls) else {
            return Ok(());
        };
        let rc = RollCalls::from_csv(votes, calls)?;
        corpus.add_roll_calls(&rc);
        Ok(())
    }

    /// The files given.
    pub fn paths(&self) -> impl Iterator<Item = &Path> {
        self.votes
            .iter()
            .chain(&self.roll_calls)
            .map(PathBuf::as_path)
    }
}

/// Arguments of `votes`.
#[derive(Debug, Args)]
pub struct VotesArgs {
    /// The resolution or draft (`73/27`, `A/RES/73/27`, `A/C.1/73/L.27/Rev.1`); without
    /// it, every recorded vote with its counts.
    #[arg(value_name = "RESOLUTION")]
    resolution: Option<String>,
    /// Also list the states that voted differently on this one (`74/29`).
    #[arg(long, value_name = "RESOLUTION", requires = "resolution")]
    compare: Option<String>,
    #[command(flatten)]
    source: MembershipSource,
    #[command(flatten)]
    votes: VoteSource,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    format: ListFormat,
    /// Write to this file (atomically) instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

/// Arguments of `agreement`.
#[derive(Debug, Args)]
pub struct AgreementArgs {
    #[command(flatten)]
    corpus: CorpusArgs,
    #[command(flatten)]
    votes: VoteSource,
    /// Only these resolutions or drafts (repeatable; default: every recorded vote).
    #[arg(long = "resolution", value_name = "RESOLUTION")]
    resolutions: Vec<String>,
    /// Keep pairs with at least this agreement (a finite number >= 0).
    #[arg(long, value_name = "X", value_parser = super::analyses::min_weight)]
    min_weight: Option<f64>,
    /// Keep the N most alike pairs (ties by source, then target).
    #[arg(long, value_name = "N")]
    top: Option<usize>,
    /// Output format (CSV and JSON sorted by source, target; the table most alike first).
    #[arg(long, value_enum, default_value_t = super::analyses::TableFormat::Table)]
    format: super::analyses::TableFormat,
    /// Write to this file (atomically) instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

/// Arguments of `sat-and-voted`.
#[derive(Debug, Args)]
pub struct SatAndVotedArgs {
    #[command(flatten)]
    source: MembershipSource,
    #[command(flatten)]
    votes: VoteSource,
    /// Co-membership weight of a pair.
    #[arg(long, value_enum, default_value_t = super::analyses::WeightArg::Count)]
    weight: super::analyses::WeightArg,
    /// Which groups count.
    #[arg(long, value_enum, default_value_t = super::analyses::KindFilter::Gge)]
    kind: super::analyses::KindFilter,
    /// Shuffles of the permutation test.
    #[arg(long, value_name = "N", default_value_t = 9999)]
    permutations: usize,
    /// Seed of the shuffles (the same seed gives the same p-value).
    #[arg(long, value_name = "N", default_value_t = 1)]
    seed: u64,
    /// How many of the pairs farthest from the fitted line to list.
    #[arg(long, value_name = "N", default_value_t = 10)]
    defiers: usize,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    format: ListFormat,
    /// Write to this file (atomically) instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

/// `sat-and-voted`.
pub fn run_sat_and_voted(args: SatAndVotedArgs) -> Result<ExitCode> {
    use ggegraph::analysis::comembership::Weight;
    let corpus = load(
        args.source.corpus_args(),
        &args.votes,
        args.output.as_deref(),
    )?;
    let m = args.source.memberships_or(&corpus.graph)?;
    let m = match args.kind.group_kind() {
        Some(k) => m.filter_kind(k),
        None => m,
    };
    let v = Votes::from_graph(&corpus.graph);
    let weight = Weight::from(args.weight);
    let c = ggegraph::analysis::sat_and_voted::sat_and_voted(
        &m,
        &v,
        weight,
        args.permutations,
        args.seed,
        args.defiers,
    )
    .ok_or_else(|| {
        super::BadInput(
            "no correlation: fewer than 3 pairs of members with recorded votes, or no variation (pass --votes and --roll-calls)".into(),
        )
    })?;
    emit(args.output.as_deref(), |w| match args.format {
        ListFormat::Json => json(w, &c),
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
                args.seed
            )?;
            let rows: Vec<Vec<String>> = c
                .defiers
                .iter()
                .map(|d| {
                    vec![
                        short(&d.source).to_string(),
                        short(&d.target).to_string(),
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
    })?;
    Ok(strict_code(args.source.corpus_args(), &corpus))
}

/// The corpus with the roll-call votes added, refusing an output that is an input.
fn load(corpus: &CorpusArgs, votes: &VoteSource, output: Option<&Path>) -> Result<Corpus> {
    let mut c = corpus.load()?;
    votes.add_to(&mut c)?;
    refuse_overwriting_input(
        output,
        votes
            .paths()
            .chain(c.documents.iter().map(|d| Path::new(&d.path))),
    )?;
    Ok(c)
}

/// [`CorpusArgs::answer`] with the roll-call votes added to the graph first.
pub fn answer(
    corpus: &CorpusArgs,
    votes: &VoteSource,
    output: Option<&Path>,
    print: impl FnOnce(&mut dyn Write, &Corpus) -> io::Result<()>,
) -> Result<ExitCode> {
    let c = load(corpus, votes, output)?;
    emit(output, |w| print(w, &c))?;
    Ok(strict_code(corpus, &c))
}

/// The ballot a user names, or an error listing what there is.
fn ballot(votes: &Votes, name: &str) -> Result<u32> {
    votes.find(name).ok_or_else(|| {
        let known: Vec<&str> = votes.ballots.iter().map(|b| b.id.as_str()).collect();
        super::BadInput(format!(
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

fn short(id: &EntityId) -> &str {
    id.iso3().unwrap_or(id.as_str())
}

fn json<T: Serialize + ?Sized>(w: &mut dyn Write, value: &T) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *w, value).map_err(io::Error::other)?;
    writeln!(w)
}

#[derive(Serialize)]
struct BallotJson<'a> {
    id: &'a EntityId,
    date: Option<&'a str>,
    counts: VoteCounts,
}

#[derive(Serialize)]
struct ChangesJson<'a> {
    from: &'a EntityId,
    to: &'a EntityId,
    states: Vec<Change>,
}

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

/// `votes`.
pub fn run_votes(args: VotesArgs) -> Result<ExitCode> {
    let corpus = load(
        args.source.corpus_args(),
        &args.votes,
        args.output.as_deref(),
    )?;
    let m = args.source.memberships_or(&corpus.graph)?;
    let v = Votes::from_graph(&corpus.graph);
    match &args.resolution {
        None => {
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
            emit(args.output.as_deref(), |w| match args.format {
                ListFormat::Json => json(w, &rows),
                ListFormat::Table => {
                    let w = &mut TerminalSafe::new(w);
                    if rows.is_empty() {
                        return writeln!(
                            w,
                            "No recorded votes (pass --votes FILE --roll-calls FILE)"
                        );
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
            })?;
        }
        Some(name) => {
            let b = ballot(&v, name)?;
            let compare = args.compare.as_deref().map(|c| ballot(&v, c)).transpose()?;
            let out = vote_json(&v, b, &m, compare);
            emit(args.output.as_deref(), |w| match args.format {
                ListFormat::Json => json(w, &out),
                ListFormat::Table => print_vote(&mut TerminalSafe::new(w), &out),
            })?;
        }
    }
    Ok(strict_code(args.source.corpus_args(), &corpus))
}

fn codes(ids: &[&EntityId]) -> String {
    if ids.is_empty() {
        "-".into()
    } else {
        ids.iter().map(|id| short(id)).collect::<Vec<_>>().join(" ")
    }
}

fn print_vote(w: &mut dyn Write, v: &VoteJson<'_>) -> io::Result<()> {
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
            row.push(codes(&g.not_recorded.iter().collect::<Vec<_>>()));
            row
        })
        .collect();
    table(w, &["GROUP", "YES", "NO", "ABSTAIN", "NOT RECORDED"], &rows)?;
    writeln!(w)?;
    writeln!(w, "In favour ({}): {}", v.yes.len(), codes(&v.yes))?;
    writeln!(w, "Against ({}): {}", v.no.len(), codes(&v.no))?;
    writeln!(w, "Abstaining ({}): {}", v.abstain.len(), codes(&v.abstain))?;
    if !v.disputed.is_empty() {
        writeln!(
            w,
            "Sources disagree ({}, see `ggegraph conflicts`): {}",
            v.disputed.len(),
            codes(&v.disputed)
        )?;
    }
    if let Some(ch) = &v.changes {
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
            .map(|c| vec![short(&c.state).to_string(), name(c.before), name(c.after)])
            .collect();
        table(w, &["STATE", "BEFORE", "AFTER"], &rows)?;
    }
    Ok(())
}

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

/// `agreement`.
pub fn run_agreement(args: AgreementArgs) -> Result<ExitCode> {
    use super::analyses::TableFormat;
    let corpus = load(&args.corpus, &args.votes, args.output.as_deref())?;
    let v = Votes::from_graph(&corpus.graph);
    let ballots: Vec<u32> = if args.resolutions.is_empty() {
        (0..v.ballots.len() as u32).collect()
    } else {
        args.resolutions
            .iter()
            .map(|r| ballot(&v, r))
            .collect::<Result<_>>()?
    };
    let pairs = agreement::strongest(
        agreement::agreement(&v, &ballots),
        args.min_weight,
        args.top,
    );
    let num = |x: f64| serde_json::to_string(&x).unwrap_or_else(|_| x.to_string());
    let pair = |p: &Agreement| PairJson {
        source: &v.states[p.source as usize],
        target: &v.states[p.target as usize],
        weight: p.weight,
        shared: p.shared,
    };
    emit(args.output.as_deref(), |w| match args.format {
        TableFormat::Json => json(
            w,
            &AgreementJson {
                ballots: ballots.iter().map(|&b| &v.ballots[b as usize].id).collect(),
                edges: pairs.iter().map(pair).collect(),
            },
        ),
        TableFormat::Csv => {
            let mut out = csv::Writer::from_writer(w);
            out.write_record(["source", "target", "weight", "shared"])?;
            for p in &pairs {
                let p = pair(p);
                out.write_record([
                    p.source.as_str(),
                    p.target.as_str(),
                    &num(p.weight),
                    &p.shared.to_string(),
                ])?;
            }
            out.flush()
        }
        TableFormat::Table => {
            let w = &mut TerminalSafe::new(w);
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
                ballots.len(),
                pairs.len()
            )?;
            let rows: Vec<Vec<String>> = ranked
                .iter()
                .map(|p| {
                    vec![
                        short(&v.states[p.source as usize]).to_string(),
                        short(&v.states[p.target as usize]).to_string(),
                        format!("{:.3}", p.weight),
                        p.shared.to_string(),
                    ]
                })
                .collect();
            table(w, &["STATE", "STATE", "AGREEMENT", "VOTES"], &rows)
        }
    })?;
    Ok(strict_code(&args.corpus, &corpus))
}
