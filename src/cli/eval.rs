//! `eval`: argument wiring only; scoring and printing are in [`ggegraph::eval`].

use super::LimitArgs;
use anyhow::Result;
use clap::Args;
use ggegraph::console::emit;
use ggegraph::eval::{EvalOptions, evaluate, read_targets, write_json, write_table};
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
    // Read the targets first: a bad targets file should not cost a whole evaluation.
    let targets = args.targets.as_deref().map(read_targets).transpose()?;
    let options = EvalOptions {
        all_languages: args.all_languages,
        limits: args.limits.limits(),
    };
    let evaluation = evaluate(&args.dir, &options)?;
    emit(args.out.path(), |w| match args.format {
        ListFormat::Table => write_table(w, &evaluation),
        ListFormat::Json => write_json(w, &evaluation),
    })?;
    let missed = targets.map(|t| t.check(&evaluation)).unwrap_or_default();
    for miss in &missed {
        eprintln!("ggegraph: eval: {miss}");
    }
    Ok(if missed.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
