//! `ggegraph report`: the visual report, diagrams and data files in one directory.

use super::CorpusArgs;
use anyhow::Result;
use clap::Args;
use ggegraph::render::Renderer;
use ggegraph::report::{ReportOutcome, Step, write_report};
use indicatif::{ProgressBar, ProgressStyle};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

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
    let bar = (!args.quiet && std::io::stderr().is_terminal()).then(|| {
        let bar = ProgressBar::new(1);
        bar.set_style(
            ProgressStyle::with_template("{spinner} [{bar:30}] {pos}/{len} {msg} ({elapsed})")
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> "),
        );
        bar.enable_steady_tick(Duration::from_millis(120));
        bar
    });
    let mut progress = |step: Step| {
        let Some(bar) = &bar else { return };
        match step {
            Step::Started { diagrams } => {
                bar.set_length(diagrams as u64 + 3);
                bar.set_message(format!(
                    "laying out {diagrams} diagrams; writing data files, source, fact, state and group pages"
                ));
            }
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
            ggegraph::terminal::escape_line(&outcome.index.display().to_string()),
            outcome.files.len(),
            outcome.total_time.as_secs_f64() * 1000.0,
            outcome.layout_time.as_secs_f64() * 1000.0
        );
    }
    if args.timings {
        print_timings(load_time, &outcome, started.elapsed());
    }
    Ok(super::strict_code(&args.corpus, &corpus))
}

/// The parts of a run, in milliseconds, on stderr. Layout runs alongside the data files
/// and the page; only the time the run then still waited for it is time spent waiting on
/// Graphviz, and that is what "without waiting on the layout" leaves out.
fn print_timings(load: Duration, outcome: &ReportOutcome, total: Duration) {
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let t = &outcome.timings;
    eprintln!(
        "timings (ms): corpus {:.1}, DOT {:.1}, layout {:.1} ({}, wall) alongside data files, source pages and page {:.1}, then waited {:.1} for the layout, diagrams and index.html {:.1}; total {:.1}, without waiting on the layout {:.1}",
        ms(load),
        ms(t.dot),
        ms(t.layout_wall),
        match outcome.renderer {
            Some(Renderer::Graphviz) => "Graphviz",
            Some(Renderer::Fallback) => "built-in fallback",
            None => "no diagrams",
        },
        ms(t.data_and_page),
        ms(t.waiting_on_layout),
        ms(t.finish),
        ms(total),
        ms(total.saturating_sub(t.waiting_on_layout)),
    );
}
