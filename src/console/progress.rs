//! `report` on the command line: a progress bar on a terminal while the report is
//! written, the summary line, and `--timings`.

use super::Inputs;
use crate::analysis::memberships::Memberships;
use crate::corpus::Corpus;
use crate::render::Renderer;
use crate::report::{ReportError, ReportOutcome, Step, write_report};
use indicatif::{ProgressBar, ProgressStyle};
use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;
use std::time::{Duration, Instant};

/// `report`: loads `inputs` (the membership table, when given, read after the documents),
/// writes the report into `dir` (see [`write_report_showing_progress`]), prints
/// `--timings` when `timings`, and returns `--strict`'s exit code.
pub fn report(inputs: &Inputs, dir: &Path, quiet: bool, timings: bool) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let corpus = inputs.load()?;
    let load_time = started.elapsed();
    let memberships = inputs.memberships_of(&corpus)?;
    let outcome = write_report_showing_progress(&corpus, &memberships, dir, quiet)?;
    if timings {
        print_timings(load_time, &outcome, started.elapsed());
    }
    Ok(inputs.strict_code(&corpus))
}

/// Writes the report into `dir` with a progress bar on a terminal (none when `quiet`),
/// then says where it went (not when `quiet`) and whether Graphviz was missing.
pub fn write_report_showing_progress(
    corpus: &Corpus,
    memberships: &Memberships,
    dir: &Path,
    quiet: bool,
) -> Result<ReportOutcome, ReportError> {
    let bar = (!quiet && std::io::stderr().is_terminal()).then(|| {
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
        if let Some(bar) = &bar {
            show(bar, step);
        }
    };
    let outcome = write_report(corpus, memberships, dir, &mut progress)?;
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    if outcome.renderer == Some(Renderer::Fallback) {
        eprintln!(
            "ggegraph: Graphviz not found; diagrams laid out by the built-in fallback (install graphviz for better layouts)"
        );
    }
    if !quiet {
        eprintln!(
            "ggegraph: wrote {} ({} files) in {:.0} ms (diagram layout: {:.0} ms of work, run in parallel)",
            crate::terminal::escape_line(&outcome.index.display().to_string()),
            outcome.files.len(),
            outcome.total_time.as_secs_f64() * 1000.0,
            outcome.layout_time.as_secs_f64() * 1000.0
        );
    }
    Ok(outcome)
}

/// Moves the progress bar on by one step of the report.
fn show(bar: &ProgressBar, step: Step) {
    match step {
        Step::Started { diagrams } => {
            bar.set_length(diagrams as u64 + 3);
            bar.set_message(format!("laying out {diagrams} diagrams"));
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
}

/// The stages of a run, in milliseconds, on stderr: loading the corpus, the diagrams
/// (with the layouts' own time added up, since they run in parallel), the other files
/// and `index.html`, one after the other, and the total.
pub fn print_timings(load: Duration, outcome: &ReportOutcome, total: Duration) {
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let t = &outcome.timings;
    eprintln!(
        "timings (ms): corpus {:.1}, diagrams {:.1} ({}: layouts {:.1} of work, in parallel), data files and pages {:.1}, index.html {:.1}; total {:.1}",
        ms(load),
        ms(t.diagrams),
        match outcome.renderer {
            Some(Renderer::Graphviz) => "Graphviz",
            Some(Renderer::Fallback) => "built-in fallback",
            None => "no diagrams",
        },
        ms(outcome.layout_time),
        ms(t.files),
        ms(t.page),
        ms(total),
    );
}
