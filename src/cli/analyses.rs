//! The analysis commands: `comembership`, `continuity`, `recurrence`, `centrality`,
//! `regions`. Each reads memberships (the bundled corpus, or a CSV with
//! `--memberships`), asks one library function, and prints a table, CSV or JSON.

use super::{CorpusArgs, ListOutput, OutputFile};
use anyhow::Result;
use clap::Args;
use ggegraph::analysis::centrality::{self, Measure};
use ggegraph::analysis::comembership::{self, Weight};
use ggegraph::analysis::continuity::{continuity, recurrence};
use ggegraph::analysis::memberships::KindFilter;
use ggegraph::analysis::regions::regions;
use ggegraph::console::emit;
use ggegraph::console::inputs::{Inputs, MembershipFile};
use ggegraph::printer::{self, Format};
use std::path::PathBuf;
use std::process::ExitCode;

/// Parses `--min-weight`, the same way for every command that takes it: a finite number
/// of at least 0 (`NaN` would keep nothing, or everything, depending on the comparison).
pub(super) fn min_weight(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(x) if x.is_finite() && x >= 0.0 => Ok(x),
        _ => Err(format!("{text:?} is not a finite number >= 0")),
    }
}

/// Which pairs a pair analysis (`comembership`, `agreement`) keeps.
#[derive(Debug, Clone, Copy, Args)]
pub struct PairFilter {
    /// Keep pairs with at least this weight, or agreement (a finite number >= 0).
    #[arg(long, value_name = "X", value_parser = min_weight)]
    pub(super) min_weight: Option<f64>,
    /// Keep the N heaviest, or most alike, pairs (ties by source, then target).
    #[arg(long, value_name = "N")]
    pub(super) top: Option<usize>,
}

/// Where memberships come from.
#[derive(Debug, Clone, Args)]
pub struct MembershipSource {
    #[command(flatten)]
    corpus: CorpusArgs,
    /// Read memberships from this CSV (header required; columns `state,group[,start,end]`
    /// in any order; `state` an ISO3 code or a name) instead of the bundled corpus. With
    /// --corpus, the memberships those documents state are added.
    #[arg(long, value_name = "FILE.csv")]
    memberships: Option<PathBuf>,
    /// Keep states the gazetteer does not know (id `state:<name as written>`) instead of
    /// refusing the file.
    #[arg(long, requires = "memberships")]
    allow_unknown: bool,
}

/// `--format table|csv|json` and `-o FILE`.
#[derive(Debug, Clone, Args)]
pub struct TableOutput {
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    #[command(flatten)]
    file: OutputFile,
}

/// Arguments of `comembership`.
#[derive(Debug, Args)]
pub struct ComembershipArgs {
    #[command(flatten)]
    source: MembershipSource,
    /// How a pair of states is weighted (formulas of NetworkX's bipartite projections).
    #[arg(long, value_enum, default_value_t = Weight::Count)]
    weight: Weight,
    /// Which groups count.
    #[arg(long, value_enum, default_value_t = KindFilter::All)]
    kind: KindFilter,
    #[command(flatten)]
    keep: PairFilter,
    /// Output format (CSV and JSON sorted by source, target; the table heaviest first).
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    #[command(flatten)]
    out: OutputFile,
}

/// Arguments of `continuity`.
#[derive(Debug, Args)]
pub struct ContinuityArgs {
    #[command(flatten)]
    source: MembershipSource,
    /// Which groups form the sequence.
    #[arg(long, value_enum, default_value_t = KindFilter::Gge)]
    kind: KindFilter,
    #[command(flatten)]
    out: ListOutput,
}

/// Arguments of `recurrence`.
#[derive(Debug, Args)]
pub struct RecurrenceArgs {
    #[command(flatten)]
    source: MembershipSource,
    /// Which groups count.
    #[arg(long, value_enum, default_value_t = KindFilter::Gge)]
    kind: KindFilter,
    /// List states that sat in at least N groups.
    #[arg(long, value_name = "N", default_value_t = 1)]
    min: usize,
    #[command(flatten)]
    out: ListOutput,
}

/// Arguments of `centrality`.
#[derive(Debug, Args)]
pub struct CentralityArgs {
    #[command(flatten)]
    source: MembershipSource,
    /// Which centrality (each matches one NetworkX call; see --help of the values).
    #[arg(long, value_enum, default_value_t = Measure::Degree)]
    measure: Measure,
    /// Edge weight of the co-membership graph (used by eigenvector centrality; the others
    /// count edges or hops).
    #[arg(long, value_enum, default_value_t = Weight::Count)]
    weight: Weight,
    /// Which groups count.
    #[arg(long, value_enum, default_value_t = KindFilter::All)]
    kind: KindFilter,
    #[command(flatten)]
    out: TableOutput,
}

/// Arguments of `regions`.
#[derive(Debug, Args)]
pub struct RegionsArgs {
    #[command(flatten)]
    source: MembershipSource,
    /// Which groups to show.
    #[arg(long, value_enum, default_value_t = KindFilter::All)]
    kind: KindFilter,
    #[command(flatten)]
    out: ListOutput,
}

impl MembershipSource {
    /// What the library reads for these flags.
    pub(super) fn inputs(&self) -> Inputs {
        let memberships = self.memberships.clone().map(|path| MembershipFile {
            path,
            allow_unknown: self.allow_unknown,
        });
        Inputs {
            memberships,
            ..self.corpus.inputs()
        }
    }
}

/// `comembership`.
pub fn run_comembership(args: ComembershipArgs) -> Result<ExitCode> {
    let weight = args.weight;
    let inputs = args.source.inputs();
    inputs.answer_memberships(args.kind, args.out.path(), |w, m| {
        let edges = comembership::comembership(m, weight);
        let edges = comembership::strongest(edges, args.keep.min_weight, args.keep.top);
        printer::comembership::write(w, m, weight, &edges, args.format)
    })
}

/// `continuity`.
pub fn run_continuity(args: ContinuityArgs) -> Result<ExitCode> {
    let inputs = args.source.inputs();
    inputs.answer_memberships(args.kind, args.out.path(), |w, m| {
        printer::continuity::write(w, &continuity(m), args.out.format)
    })
}

/// `recurrence`.
pub fn run_recurrence(args: RecurrenceArgs) -> Result<ExitCode> {
    let inputs = args.source.inputs();
    inputs.answer_memberships(args.kind, args.out.path(), |w, m| {
        printer::recurrence::write(w, &recurrence(m, args.min), args.out.format)
    })
}

/// `centrality`: computed before anything is written, so a measure without a value
/// (eigenvector centrality that does not converge) leaves no output.
pub fn run_centrality(args: CentralityArgs) -> Result<ExitCode> {
    let inputs = args.source.inputs();
    let output = args.out.file.path();
    let loaded = inputs.load_memberships(args.kind, output)?;
    let m = &loaded.memberships;
    let values = centrality::of_comembership(m, args.weight, args.measure)?;
    let nodes = printer::centrality::ranked(m, &values);
    emit(output, |w| {
        printer::centrality::write(w, args.measure, args.weight, &nodes, args.out.format)
    })?;
    Ok(loaded.strict_code(inputs.strict))
}

/// `regions`.
pub fn run_regions(args: RegionsArgs) -> Result<ExitCode> {
    let inputs = args.source.inputs();
    inputs.answer_memberships(args.kind, args.out.path(), |w, m| {
        printer::regions::write(w, &regions(m), args.out.format)
    })
}
