//! The vote commands, `votes` and `agreement`, and `--votes FILE --roll-calls FILE`, which
//! adds the votes of a roll-call dataset to the graph of any command that takes it.

use super::CorpusArgs;
use super::analyses::MembershipSource;
use anyhow::Result;
use clap::Args;
use ggegraph::analysis::comembership::Weight;
use ggegraph::analysis::memberships::KindFilter;
use ggegraph::console::inputs::{Inputs, VoteFiles};
use ggegraph::console::votes::{SatAndVoted, answer_agreement, answer_sat_and_voted, answer_votes};
use ggegraph::printer::Format;
use std::path::PathBuf;
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
    /// The dataset, when both files are given (clap requires each with the other).
    fn files(&self) -> Option<VoteFiles> {
        let (votes, roll_calls) = (self.votes.clone()?, self.roll_calls.clone()?);
        Some(VoteFiles { votes, roll_calls })
    }

    /// `inputs` with the roll-call votes these flags name.
    pub fn add_to(&self, inputs: Inputs) -> Inputs {
        let votes = self.files();
        Inputs { votes, ..inputs }
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
    #[command(flatten)]
    out: super::ListOutput,
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
    #[command(flatten)]
    keep: super::analyses::PairFilter,
    /// Output format (CSV and JSON sorted by source, target; the table most alike first).
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    #[command(flatten)]
    out: super::OutputFile,
}

/// Arguments of `sat-and-voted`.
#[derive(Debug, Args)]
pub struct SatAndVotedArgs {
    #[command(flatten)]
    source: MembershipSource,
    #[command(flatten)]
    votes: VoteSource,
    /// Co-membership weight of a pair.
    #[arg(long, value_enum, default_value_t = Weight::Count)]
    weight: Weight,
    /// Which groups count.
    #[arg(long, value_enum, default_value_t = KindFilter::Gge)]
    kind: KindFilter,
    /// Shuffles of the permutation test.
    #[arg(long, value_name = "N", default_value_t = 9999)]
    permutations: usize,
    /// Seed of the shuffles (the same seed gives the same p-value).
    #[arg(long, value_name = "N", default_value_t = 1)]
    seed: u64,
    /// How many of the pairs farthest from the fitted line to list.
    #[arg(long, value_name = "N", default_value_t = 10)]
    defiers: usize,
    #[command(flatten)]
    out: super::ListOutput,
}

/// `sat-and-voted`.
pub fn run_sat_and_voted(args: SatAndVotedArgs) -> Result<ExitCode> {
    let question = SatAndVoted {
        kind: args.kind,
        weight: args.weight,
        permutations: args.permutations,
        seed: args.seed,
        defiers: args.defiers,
    };
    let inputs = args.votes.add_to(args.source.inputs());
    answer_sat_and_voted(&inputs, &question, args.out.path(), args.out.format)
}

/// `votes`.
pub fn run_votes(args: VotesArgs) -> Result<ExitCode> {
    let inputs = args.votes.add_to(args.source.inputs());
    let (resolution, compare) = (args.resolution.as_deref(), args.compare.as_deref());
    answer_votes(
        &inputs,
        resolution,
        compare,
        args.out.path(),
        args.out.format,
    )
}

/// `agreement`.
pub fn run_agreement(args: AgreementArgs) -> Result<ExitCode> {
    let inputs = args.votes.add_to(args.corpus.inputs());
    let (min_weight, top) = (args.keep.min_weight, args.keep.top);
    answer_agreement(
        &inputs,
        &args.resolutions,
        min_weight,
        top,
        args.out.path(),
        args.format,
    )
}
