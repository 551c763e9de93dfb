//! `ggegraph report`: the visual report, diagrams and data files in one directory.

use super::CorpusArgs;
use anyhow::Result;
use clap::Args;
use ggegraph::console::inputs::{Inputs, MembershipFile};
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
    let memberships = args.memberships.map(|path| MembershipFile {
        path,
        allow_unknown: args.allow_unknown,
    });
    let inputs = Inputs {
        memberships,
        ..args.votes.add_to(args.corpus.inputs())
    };
    progress::report(&inputs, &args.output, args.quiet, args.timings)
}
