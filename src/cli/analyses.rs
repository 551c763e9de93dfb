//! The analysis commands: `comembership`, `continuity`, `recurrence`, `centrality`,
//! `regions`. Each reads memberships (the bundled corpus, or a CSV with
//! `--memberships`), asks one library function, and prints a table, CSV or JSON.

use super::{CorpusArgs, ListOutput, OutputFile};
use anyhow::Result;
use clap::Args;
use ggegraph::analysis::centrality::{self, Measure, WeightedGraph};
use ggegraph::analysis::comembership::{self, Weight};
use ggegraph::analysis::continuity::{continuity, recurrence};
use ggegraph::analysis::memberships::{KindFilter, Memberships};
use ggegraph::analysis::regions::regions;
use ggegraph::console::emit;
use ggegraph::console::load::{LoadedMemberships, load_memberships};
use ggegraph::corpus::Corpus;
use ggegraph::printer::{self, Format};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Parses `--min-weight`, the same way for every command that takes it: a finite number
/// of at least 0 (`NaN` would keep nothing, or everything, depending on the comparison).
pub(super) fn min_weight(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(x) if x.is_finite() && x >= 0.0 => Ok(x),
        _ => Err(format!("{text:?} is not a finite number >= 0")),
    }
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
    /// Keep edges with at least this weight (a finite number >= 0).
    #[arg(long, value_name = "X", value_parser = min_weight)]
    min_weight: Option<f64>,
    /// Keep the N heaviest edges (ties by source, then target).
    #[arg(long, value_name = "N")]
    top: Option<usize>,
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

/// The table of `--memberships FILE` when given, no larger than `--max-file-size`.
pub(super) fn membership_table(
    path: Option<&Path>,
    allow_unknown: bool,
    corpus: &CorpusArgs,
) -> Result<Option<Memberships>> {
    let Some(path) = path else {
        return Ok(None);
    };
    let max_bytes = corpus.limits().max_file_bytes;
    Ok(Some(Memberships::from_csv_limited(
        path,
        allow_unknown,
        max_bytes,
    )?))
}

impl MembershipSource {
    /// The options of the documents read.
    pub(super) fn corpus_args(&self) -> &CorpusArgs {
        &self.corpus
    }

    /// The table of `--memberships FILE` when given.
    fn table(&self) -> Result<Option<Memberships>> {
        membership_table(
            self.memberships.as_deref(),
            self.allow_unknown,
            &self.corpus,
        )
    }

    /// The memberships of `corpus` under the library's one rule
    /// ([`Corpus::memberships`]).
    pub(super) fn memberships_of(&self, corpus: &Corpus) -> Result<Memberships> {
        Ok(corpus.memberships(self.table()?))
    }

    /// The memberships, and the documents when any are read (see
    /// [`ggegraph::console::load::load_memberships`]).
    fn load(&self, kind: KindFilter) -> Result<LoadedMemberships> {
        let options = self.corpus.options();
        load_memberships(&options, self.table()?, kind.group_kind())
    }

    /// Loads the memberships of `kind`, writes what `print` makes of them to `output`
    /// (refusing an input) and returns `--strict`'s exit code.
    fn answer(
        &self,
        kind: KindFilter,
        output: Option<&Path>,
        print: impl FnOnce(&mut dyn Write, &Memberships) -> io::Result<()>,
    ) -> Result<ExitCode> {
        let loaded = self.load(kind)?;
        let inputs = loaded.inputs(self.memberships.as_deref());
        ggegraph::console::refuse_overwriting_input(output, inputs)?;
        emit(output, |w| print(w, &loaded.memberships))?;
        Ok(loaded.strict_code(self.corpus.strict))
    }
}

/// `comembership`.
pub fn run_comembership(args: ComembershipArgs) -> Result<ExitCode> {
    let weight = args.weight;
    args.source.answer(args.kind, args.out.path(), |w, m| {
        let edges = comembership::comembership(m, weight);
        let edges = comembership::strongest(edges, args.min_weight, args.top);
        printer::comembership::write(w, m, weight, &edges, args.format)
    })
}

/// `continuity`.
pub fn run_continuity(args: ContinuityArgs) -> Result<ExitCode> {
    args.source.answer(args.kind, args.out.path(), |w, m| {
        printer::continuity::write(w, &continuity(m), args.out.format())
    })
}

/// `recurrence`.
pub fn run_recurrence(args: RecurrenceArgs) -> Result<ExitCode> {
    args.source.answer(args.kind, args.out.path(), |w, m| {
        printer::recurrence::write(w, &recurrence(m, args.min), args.out.format())
    })
}

/// `centrality`.
pub fn run_centrality(args: CentralityArgs) -> Result<ExitCode> {
    let loaded = args.source.load(args.kind)?;
    let output = args.out.file.path();
    let inputs = loaded.inputs(args.source.memberships.as_deref());
    ggegraph::console::refuse_overwriting_input(output, inputs)?;
    let m = &loaded.memberships;
    let weight = args.weight;
    let graph = WeightedGraph::from_edges(m.states.len(), &comembership::comembership(m, weight));
    let measure = args.measure;
    let values = centrality::centrality(&graph, measure)?;
    let nodes = printer::centrality::ranked(m, &values);
    emit(output, |w| {
        printer::centrality::write(w, measure, weight, &nodes, args.out.format)
    })?;
    Ok(loaded.strict_code(args.source.corpus.strict))
}

/// `regions`.
pub fn run_regions(args: RegionsArgs) -> Result<ExitCode> {
    args.source.answer(args.kind, args.out.path(), |w, m| {
        printer::regions::write(w, &regions(m), args.out.format())
    })
}
