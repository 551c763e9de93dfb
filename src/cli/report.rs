//! `ggegraph report`: the visual report, diagrams and data files in one directory.

use super::CorpusArgs;
use anyhow::{Context, Result};
use clap::Args;
use ggegraph::analysis::memberships::Memberships;
use ggegraph::render::Renderer;
use ggegraph::report::{Step, write_report};
use indicatif::{ProgressBar, ProgressStyle};
use std::io::IsTerminal;
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
    /// instead of those the documents state.
    #[arg(long, value_name = "FILE.csv")]
    memberships: Option<PathBuf>,
    /// Keep CSV states the gazetteer does not know instead of refusing the file.
    #[arg(long, requires = "memberships")]
    allow_unknown: bool,
    /// No progress bar and no summary line.
    #[arg(short, long)]
    quiet: bool,
}

/// Runs `report`.
pub fn run(args: ReportArgs) -> Result<ExitCode> {
    let corpus = args.corpus.load()?;
    let memberships = match &args.memberships {
        Some(path) => Memberships::from_csv(path, args.allow_unknown)?,
        None => Memberships::from_graph(&corpus.graph),
    };
    std::fs::create_dir_all(&args.output)
        .with_context(|| format!("cannot create {}", args.output.display()))?;
    let bar = (!args.quiet && std::io::stderr().is_terminal()).then(|| {
        let bar = ProgressBar::new(1);
        bar.set_style(
            ProgressStyle::with_template("{spinner} [{bar:30}] {pos}/{len} {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> "),
        );
        bar
    });
    let mut progress = |step: Step| {
        let Some(bar) = &bar else { return };
        match step {
            Step::Diagram { name, n, total } => {
                bar.set_length(total as u64 + 3);
                bar.set_position(n as u64 - 1);
                bar.set_message(format!("diagram {name}"));
            }
            Step::Data => {
                bar.inc(1);
                bar.set_message("data files");
            }
            Step::Sources => {
                bar.inc(1);
                bar.set_message("source pages");
            }
            Step::Page => {
                bar.inc(1);
                bar.set_message("index.html");
            }
        }
    };
    let outcome = write_report(&corpus, &memberships, &args.output, &mut progress)?;
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    if outcome.renderer == Some(Renderer::Fallback) {
        eprintln!(
            "ggegraph: Graphviz not found; diagrams laid out by the built-in fallback (install graphviz for better layouts)"
        );
    }
    if !args.quiet {
        eprintln!(
            "ggegraph: wrote {} ({} files) in {:.0} ms (diagram layout: {:.0} ms of work, run in parallel)",
            outcome.index.display(),
            outcome.files.len(),
            outcome.total_time.as_secs_f64() * 1000.0,
            outcome.layout_time.as_secs_f64() * 1000.0
        );
    }
    Ok(super::strict_code(&args.corpus, &corpus))
}
