//! `ggegraph report`: the visual report, diagrams and data files in one directory.

use super::CorpusArgs;
use anyhow::Result;
use clap::Args;
use ggegraph::console::progress;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `report`.
#[derive(Debug, Args)]
pub struct ReportArgs {
    #[command(flatten)]
    corpus: CorpusArgs,
    /// Directory to write `index.html`, `diagrams/`, `data/` and `sources/` into.
    #[arg(short, long, value_name = "DIR", default_value = "output")]
    output: PathBuf,
    /// Use the memberships in this CSV (`state,group[,start,end]`) for the analyses
    /// instead of those the bundled documents state. With --corpus, the memberships
    /// those documents state are added.
    #[arg(long, value_name = "FILE.csv")]
    memberships: Option<PathBuf>,
    /// Keep CSV states the gazetteer does not know instead of refusing the file.
    #[arg(long, requires = "memberships")]
    allow_unknown: bool,
    #[command(flatten)]
    votes: super::votes::VoteSource,
    /// No progress bar and no summary line.
    #[arg(short, long)]
    quiet: bool,
    /// Print how long each part took (reading the corpus, DOT, layout, data files,
    /// page) and the total without the time spent waiting on Graphviz.
    #[arg(long)]
    timings: bool,
}

/// Runs `report`.
pub fn run(args: ReportArgs) -> Result<ExitCode> {
    let started = std::time::Instant::now();
    let mut corpus = args.corpus.load()?;
    args.votes.add_to(&mut corpus)?;
    let load_time = started.elapsed();
    let table = super::analyses::membership_table(
        args.memberships.as_deref(),
        args.allow_unknown,
        &args.corpus,
    )?;
    let memberships = corpus.memberships(table);
    let outcome =
        progress::write_report_showing_progress(&corpus, &memberships, &args.output, args.quiet)?;
    if args.timings {
        progress::print_timings(load_time, &outcome, started.elapsed());
    }
    Ok(args.corpus.strict_code(&corpus))
}
