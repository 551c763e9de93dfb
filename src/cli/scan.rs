//! `scan`: how often each state is named in a corpus, streamed (see `ggegraph::scan`).

use super::LimitArgs;
use anyhow::Result;
use clap::Args;
use ggegraph::printer::ListFormat;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `scan`.
#[derive(Debug, Args)]
pub struct ScanArgs {
    /// Files or directories to scan (recursive; .txt, .md, .html, .pdf, .docx, .odt).
    /// Repeatable. Without it, the bundled documents are scanned.
    #[arg(long = "corpus", value_name = "PATH")]
    corpus: Vec<PathBuf>,
    /// Output format (states by count, then ISO3).
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    format: ListFormat,
    #[command(flatten)]
    out: super::OutputFile,
    #[command(flatten)]
    limits: LimitArgs,
}

/// `scan`.
pub fn run(args: ScanArgs) -> Result<ExitCode> {
    let limits = args.limits.limits();
    ggegraph::console::scan::answer(&args.corpus, &limits, args.out.path(), args.format)?;
    Ok(ExitCode::SUCCESS)
}
