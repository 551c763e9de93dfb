//! `scan`: how often each state is named in a corpus, streamed (see `ggegraph::scan`).

use super::LimitArgs;
use anyhow::Result;
use clap::Args;
use ggegraph::console::emit;
use ggegraph::console::fail_on_document_errors;
use ggegraph::gazetteer::StateMatcher;
use ggegraph::printer::{self, ListFormat};
use ggegraph::scan::{scan_bundled, scan_paths};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

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
    let started = Instant::now();
    let matcher = StateMatcher::new();
    let (counts, errors) = if args.corpus.is_empty() {
        (scan_bundled(&matcher), Vec::new())
    } else {
        let out = scan_paths(&args.corpus, &args.limits.limits(), &matcher);
        (out.counts, out.errors)
    };
    let seconds = started.elapsed().as_secs_f64();
    emit(args.out.path(), |w| {
        printer::scan::write(w, &counts, args.format)
    })?;
    eprintln!(
        "scanned {} files, {} bytes in {seconds:.3} s ({:.0} MB/s)",
        counts.files,
        counts.bytes,
        counts.bytes as f64 / 1e6 / seconds.max(1e-9)
    );
    fail_on_document_errors(&errors)?;
    Ok(ExitCode::SUCCESS)
}
