//! `scan`: how often each state is named in a corpus, streamed (see `ggegraph::scan`).

use super::output::{emit, table};
use super::{LimitArgs, ListFormat, fail_on_document_errors};
use anyhow::Result;
use clap::Args;
use ggegraph::gazetteer::{STATES, StateMatcher};
use ggegraph::scan::{scan_bundled, scan_paths};
use ggegraph::terminal::TerminalSafe;
use serde::Serialize;
use std::io::Write as _;
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
    /// Write to this file (atomically) instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    #[command(flatten)]
    limits: LimitArgs,
}

#[derive(Serialize)]
struct Row {
    state: &'static str,
    name: &'static str,
    mentions: u64,
}

#[derive(Serialize)]
struct Out {
    files: u64,
    bytes: u64,
    mentions: u64,
    ambiguous: u64,
    states: Vec<Row>,
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
    let mut states: Vec<Row> = STATES
        .iter()
        .zip(&counts.states)
        .filter(|(_, n)| **n > 0)
        .map(|(s, &n)| Row {
            state: s.iso3,
            name: s.name,
            mentions: n,
        })
        .collect();
    states.sort_by(|a, b| b.mentions.cmp(&a.mentions).then(a.state.cmp(b.state)));
    let out = Out {
        files: counts.files,
        bytes: counts.bytes,
        mentions: counts.total(),
        ambiguous: counts.ambiguous,
        states,
    };
    emit(args.output.as_deref(), |w| match args.format {
        ListFormat::Json => {
            serde_json::to_writer_pretty(&mut *w, &out).map_err(std::io::Error::other)?;
            writeln!(w)
        }
        ListFormat::Table => {
            let w = &mut TerminalSafe::new(w);
            writeln!(
                w,
                "{} mentions of {} states ({} ambiguous names) in {} files, {} bytes\n",
                out.mentions,
                out.states.len(),
                out.ambiguous,
                out.files,
                out.bytes
            )?;
            let rows: Vec<Vec<String>> = out
                .states
                .iter()
                .map(|r| vec![r.state.to_string(), r.mentions.to_string(), r.name.into()])
                .collect();
            table(w, &["STATE", "MENTIONS", "NAME"], &rows)
        }
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
