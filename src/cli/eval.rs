//! `eval`: argument wiring only; scoring and printing are in [`ggegraph::eval`].

use super::LimitArgs;
use anyhow::Result;
use clap::Args;
use ggegraph::eval::EvalOptions;
use ggegraph::printer::ListFormat;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `eval`.
#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Folder holding expected.json and the documents it annotates.
    #[arg(value_name = "DIR")]
    dir: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    format: ListFormat,
    /// Fail (exit 1, one line per missed target on stderr) when a figure misses a target
    /// this JSON file sets: minimum precision or recall per relation, maximum traps or
    /// distractor memberships (see tests/eval-targets.json).
    #[arg(long, value_name = "FILE")]
    targets: Option<PathBuf>,
    /// Score documents in every language, not only English.
    #[arg(long)]
    all_languages: bool,
    #[command(flatten)]
    out: super::OutputFile,
    #[command(flatten)]
    limits: LimitArgs,
}

/// Runs `eval`: 0 when every target is met (or none is given), 1 when one is missed.
pub fn run(args: EvalArgs) -> Result<ExitCode> {
    let options = EvalOptions {
        all_languages: args.all_languages,
        limits: args.limits.limits(),
    };
    let targets = args.targets.as_deref();
    ggegraph::console::eval::answer(&args.dir, targets, &options, args.out.path(), args.format)
}
