//! The vote commands, `votes` and `agreement`, and `--votes FILE --roll-calls FILE`, which
//! adds the votes of a roll-call dataset to the graph of any command that takes it.

use super::CorpusArgs;
use super::analyses::MembershipSource;
use anyhow::Result;
use clap::Args;
use ggegraph::analysis::agreement;
use ggegraph::analysis::comembership::Weight;
use ggegraph::analysis::memberships::KindFilter;
use ggegraph::analysis::{RollCalls, Votes};
use ggegraph::console;
use ggegraph::console::{emit, refuse_overwriting_input};
use ggegraph::corpus::Corpus;
use ggegraph::printer::{self, Format};
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
    /// Keep pairs with at least this agreement (a finite number >= 0).
    #[arg(long, value_name = "X", value_parser = super::analyses::min_weight)]
    min_weight: Option<f64>,
    /// Keep the N most alike pairs (ties by source, then target).
    #[arg(long, value_name = "N")]
    top: Option<usize>,
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
    let corpus = load(args.source.corpus_args(), &args.votes, args.out.path())?;
    let m = args.source.memberships_of(&corpus)?;
    let m = match args.kind.group_kind() {
        Some(k) => m.filter_kind(k),
        None => m,
    };
    let v = Votes::from_graph(&corpus.graph);
    let weight = args.weight;
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
    emit(args.out.path(), |w| {
        printer::agreement::write_sat_and_voted(w, &c, weight, args.seed, args.out.format())
    })?;
    Ok(args.source.corpus_args().strict_code(&corpus))
}

/// The corpus with the roll-call votes added, refusing an output that is an input.
fn load(corpus: &CorpusArgs, votes: &VoteSource, output: Option<&Path>) -> Result<Corpus> {
    let mut c = corpus.load()?;
    votes.add_to(&mut c)?;
    refuse_overwriting_input(output, votes.paths().chain(c.input_paths()))?;
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
    Ok(corpus.strict_code(&c))
}

/// `votes`.
pub fn run_votes(args: VotesArgs) -> Result<ExitCode> {
    let corpus = load(args.source.corpus_args(), &args.votes, args.out.path())?;
    let m = args.source.memberships_of(&corpus)?;
    let v = Votes::from_graph(&corpus.graph);
    match &args.resolution {
        None => emit(args.out.path(), |w| {
            printer::votes::write_ballots(w, &v, args.out.format())
        })?,
        Some(name) => {
            let b = console::votes::ballot(&v, name)?;
            let compare = args
                .compare
                .as_deref()
                .map(|c| console::votes::ballot(&v, c))
                .transpose()?;
            emit(args.out.path(), |w| {
                printer::votes::write_vote(w, &v, b, &m, compare, args.out.format())
            })?;
        }
    }
    Ok(args.source.corpus_args().strict_code(&corpus))
}

/// `agreement`.
pub fn run_agreement(args: AgreementArgs) -> Result<ExitCode> {
    let corpus = load(&args.corpus, &args.votes, args.out.path())?;
    let v = Votes::from_graph(&corpus.graph);
    let ballots: Vec<u32> = if args.resolutions.is_empty() {
        (0..v.ballots.len() as u32).collect()
    } else {
        args.resolutions
            .iter()
            .map(|r| console::votes::ballot(&v, r))
            .collect::<Result<_>>()?
    };
    let pairs = agreement::strongest(
        agreement::agreement(&v, &ballots),
        args.min_weight,
        args.top,
    );
    emit(args.out.path(), |w| {
        printer::agreement::write(w, &v, &ballots, &pairs, args.format)
    })?;
    Ok(args.corpus.strict_code(&corpus))
}
