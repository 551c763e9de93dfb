//! The analysis commands: `comembership`, `continuity`, `recurrence`, `centrality`,
//! `regions`. Each reads memberships (the bundled corpus, or a CSV with
//! `--memberships`), asks one library function, and prints a table, CSV or JSON.

use super::output::{emit, table};
use super::{CorpusArgs, ListFormat, strict_code};
use anyhow::Result;
use clap::{Args, ValueEnum};
use ggegraph::analysis::centrality::{self, Measure, WeightedGraph, ranks};
use ggegraph::analysis::comembership::{self, CoMembership, Weight, shared_groups};
use ggegraph::analysis::continuity::{Continuity, continuity, recurrence};
use ggegraph::analysis::memberships::{Adjacency, Memberships};
use ggegraph::analysis::regions::{regions, un_shares};
use ggegraph::corpus::Corpus;
use ggegraph::gazetteer::{Region, state_by_iso3};
use ggegraph::model::{EntityId, GroupKind};
use ggegraph::terminal::TerminalSafe;
use serde::Serialize;
use serde::ser::{SerializeStruct, Serializer};
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

/// Which groups an analysis looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KindFilter {
    /// Groups of Governmental Experts.
    Gge,
    /// Open-Ended Working Groups.
    Oewg,
    /// Every group (CSV groups whose id has no kind included).
    All,
}

impl KindFilter {
    /// The kind of group kept, `None` for every group.
    pub fn group_kind(self) -> Option<GroupKind> {
        match self {
            KindFilter::Gge => Some(GroupKind::Gge),
            KindFilter::Oewg => Some(GroupKind::Oewg),
            KindFilter::All => None,
        }
    }
}

/// Output of edge and node lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TableFormat {
    /// Aligned text for people, heaviest first.
    Table,
    /// CSV with a header row.
    Csv,
    /// JSON for programs (stable field names).
    Json,
}

/// `--weight` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum WeightArg {
    /// Number of shared groups.
    Count,
    /// Shared groups / groups either sat in.
    Jaccard,
    /// Shared groups / groups of the state with fewer.
    Overlap,
    /// Σ 1/(size - 1) over shared groups.
    Newman,
}

impl From<WeightArg> for Weight {
    fn from(w: WeightArg) -> Weight {
        match w {
            WeightArg::Count => Weight::Count,
            WeightArg::Jaccard => Weight::Jaccard,
            WeightArg::Overlap => Weight::Overlap,
            WeightArg::Newman => Weight::Newman,
        }
    }
}

/// `--measure` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MeasureArg {
    /// nx.degree_centrality(G).
    Degree,
    /// nx.betweenness_centrality(G, weight=None, normalized=True).
    Betweenness,
    /// nx.eigenvector_centrality(G, weight="weight", max_iter=1000, tol=1e-12).
    Eigenvector,
    /// nx.closeness_centrality(G).
    Closeness,
}

impl From<MeasureArg> for Measure {
    fn from(m: MeasureArg) -> Measure {
        match m {
            MeasureArg::Degree => Measure::Degree,
            MeasureArg::Betweenness => Measure::Betweenness,
            MeasureArg::Eigenvector => Measure::Eigenvector,
            MeasureArg::Closeness => Measure::Closeness,
        }
    }
}

/// Arguments of `comembership`.
#[derive(Debug, Args)]
pub struct ComembershipArgs {
    #[command(flatten)]
    source: MembershipSource,
    /// How a pair of states is weighted (formulas of NetworkX's bipartite projections).
    #[arg(long, value_enum, default_value_t = WeightArg::Count)]
    weight: WeightArg,
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
    #[arg(long, value_enum, default_value_t = TableFormat::Table)]
    format: TableFormat,
    /// Write to this file (atomically) instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

/// Arguments of `continuity`.
#[derive(Debug, Args)]
pub struct ContinuityArgs {
    #[command(flatten)]
    source: MembershipSource,
    /// Which groups form the sequence.
    #[arg(long, value_enum, default_value_t = KindFilter::Gge)]
    kind: KindFilter,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    format: ListFormat,
    /// Write to this file (atomically) instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
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
    /// Output format.
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    format: ListFormat,
    /// Write to this file (atomically) instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

/// Arguments of `centrality`.
#[derive(Debug, Args)]
pub struct CentralityArgs {
    #[command(flatten)]
    source: MembershipSource,
    /// Which centrality (each matches one NetworkX call; see --help of the values).
    #[arg(long, value_enum, default_value_t = MeasureArg::Degree)]
    measure: MeasureArg,
    /// Edge weight of the co-membership graph (used by eigenvector centrality; the others
    /// count edges or hops).
    #[arg(long, value_enum, default_value_t = WeightArg::Count)]
    weight: WeightArg,
    /// Which groups count.
    #[arg(long, value_enum, default_value_t = KindFilter::All)]
    kind: KindFilter,
    /// Output format.
    #[arg(long, value_enum, default_value_t = TableFormat::Table)]
    format: TableFormat,
    /// Write to this file (atomically) instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

/// Arguments of `regions`.
#[derive(Debug, Args)]
pub struct RegionsArgs {
    #[command(flatten)]
    source: MembershipSource,
    /// Which groups to show.
    #[arg(long, value_enum, default_value_t = KindFilter::All)]
    kind: KindFilter,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    format: ListFormat,
    /// Write to this file (atomically) instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

/// Memberships and, when documents were read, the corpus (for `--strict`).
struct Loaded {
    memberships: Memberships,
    corpus: Option<Corpus>,
}

impl Loaded {
    /// The files read: the memberships CSV and the documents.
    fn inputs<'a>(&'a self, source: &'a MembershipSource) -> impl Iterator<Item = &'a Path> {
        let documents = self
            .corpus
            .iter()
            .flat_map(|c| c.documents.iter().map(|d| Path::new(&d.path)));
        source.memberships.as_deref().into_iter().chain(documents)
    }
}

impl MembershipSource {
    /// The options of the documents read.
    pub(super) fn corpus_args(&self) -> &CorpusArgs {
        &self.corpus
    }

    /// The memberships of `--memberships FILE` when given, else those of `graph`.
    pub(super) fn memberships_or(&self, graph: &ggegraph::graph::Graph) -> Result<Memberships> {
        Ok(match &self.memberships {
            Some(path) => Memberships::from_csv(path, self.allow_unknown)?,
            None => Memberships::from_graph(graph),
        })
    }

    fn load(&self, kind: KindFilter) -> Result<Loaded> {
        let (memberships, corpus) = match &self.memberships {
            None => {
                let corpus = self.corpus.load()?;
                (Memberships::from_graph(&corpus.graph), Some(corpus))
            }
            Some(path) => {
                let from_csv = Memberships::from_csv_limited(
                    path,
                    self.allow_unknown,
                    self.corpus.limits().max_file_bytes,
                )?;
                if self.corpus.corpus.is_empty() {
                    (from_csv, None)
                } else {
                    let documents = CorpusArgs {
                        no_bundled: true,
                        ..self.corpus.clone()
                    };
                    let corpus = documents.load()?;
                    (
                        from_csv.union(&Memberships::from_graph(&corpus.graph)),
                        Some(corpus),
                    )
                }
            }
        };
        let memberships = match kind.group_kind() {
            Some(k) => memberships.filter_kind(k),
            None => memberships,
        };
        Ok(Loaded {
            memberships,
            corpus,
        })
    }

    fn exit_code(&self, loaded: &Loaded) -> ExitCode {
        match &loaded.corpus {
            Some(c) => strict_code(&self.corpus, c),
            None => ExitCode::SUCCESS,
        }
    }
}

/// Shortest display of a number: serde_json's float formatting (`3.0`, `0.5`).
fn num(x: f64) -> String {
    serde_json::to_string(&x).unwrap_or_else(|_| x.to_string())
}

fn json<T: Serialize + ?Sized>(w: &mut dyn Write, value: &T) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *w, value).map_err(io::Error::other)?;
    writeln!(w)
}

/// A state id as people read it: the ISO3 code, or the id for unknown states.
fn short(id: &EntityId) -> &str {
    id.iso3().unwrap_or(id.as_str())
}

/// `comembership`.
pub fn run_comembership(args: ComembershipArgs) -> Result<ExitCode> {
    let loaded = args.source.load(args.kind)?;
    super::output::refuse_overwriting_input(args.output.as_deref(), loaded.inputs(&args.source))?;
    let m = &loaded.memberships;
    let edges = comembership::strongest(
        comembership::comembership(m, args.weight.into()),
        args.min_weight,
        args.top,
    );
    let by_state = m.groups_by_state();
    emit(args.output.as_deref(), |w| match args.format {
        TableFormat::Json => json(
            w,
            &EdgesJson {
                m,
                by_state: &by_state,
                weight: args.weight.into(),
                edges: &edges,
            },
        ),
        TableFormat::Csv => {
            let mut out = csv::Writer::from_writer(w);
            out.write_record(["source", "target", "weight", "shared"])?;
            for e in &edges {
                let (s, t) = (&m.states[e.source as usize], &m.states[e.target as usize]);
                out.write_record([
                    s.as_str(),
                    t.as_str(),
                    &num(e.weight),
                    &e.shared.to_string(),
                ])?;
            }
            out.flush()
        }
        TableFormat::Table => {
            let w = &mut TerminalSafe::new(w);
            let mut ranked: Vec<&CoMembership> = edges.iter().collect();
            ranked.sort_by(|a, b| {
                b.weight
                    .total_cmp(&a.weight)
                    .then((a.source, a.target).cmp(&(b.source, b.target)))
            });
            let rows: Vec<Vec<String>> = ranked
                .iter()
                .map(|e| {
                    let shared = shared_groups(&by_state, e.source, e.target);
                    vec![
                        short(&m.states[e.source as usize]).to_string(),
                        short(&m.states[e.target as usize]).to_string(),
                        num(e.weight),
                        e.shared.to_string(),
                        shared
                            .iter()
                            .map(|&g| m.groups[g as usize].id.as_str())
                            .collect::<Vec<_>>()
                            .join(" "),
                    ]
                })
                .collect();
            writeln!(
                w,
                "{} states, {} groups, {} edges (weight: {})\n",
                m.states.len(),
                m.groups.len(),
                edges.len(),
                Weight::from(args.weight).as_str()
            )?;
            table(w, &["STATE", "STATE", "WEIGHT", "SHARED", "GROUPS"], &rows)
        }
    })?;
    Ok(args.source.exit_code(&loaded))
}

/// The JSON of `comembership`, written edge by edge (shared groups are computed as each
/// edge is written, never all held at once).
struct EdgesJson<'a> {
    m: &'a Memberships,
    by_state: &'a Adjacency,
    weight: Weight,
    edges: &'a [CoMembership],
}

#[derive(Serialize)]
struct EdgeJson<'a> {
    source: &'a EntityId,
    target: &'a EntityId,
    weight: f64,
    shared: Vec<&'a EntityId>,
}

impl Serialize for EdgesJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let m = self.m;
        let edges = self.edges.iter().map(|e| EdgeJson {
            source: &m.states[e.source as usize],
            target: &m.states[e.target as usize],
            weight: e.weight,
            shared: shared_groups(self.by_state, e.source, e.target)
                .iter()
                .map(|&g| &m.groups[g as usize].id)
                .collect(),
        });
        let mut s = serializer.serialize_struct("Comembership", 2)?;
        s.serialize_field("weight", self.weight.as_str())?;
        s.serialize_field("edges", &Lazy(std::cell::RefCell::new(Some(edges))))?;
        s.end()
    }
}

/// Serialises an iterator as a sequence without collecting it.
struct Lazy<I>(std::cell::RefCell<Option<I>>);

impl<I: Iterator<Item = T>, T: Serialize> Serialize for Lazy<I> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let items = self.0.borrow_mut().take();
        serializer.collect_seq(items.into_iter().flatten())
    }
}

/// `continuity`.
pub fn run_continuity(args: ContinuityArgs) -> Result<ExitCode> {
    let loaded = args.source.load(args.kind)?;
    super::output::refuse_overwriting_input(args.output.as_deref(), loaded.inputs(&args.source))?;
    let c = continuity(&loaded.memberships);
    emit(args.output.as_deref(), |w| match args.format {
        ListFormat::Json => json(w, &c),
        ListFormat::Table => print_continuity(&mut TerminalSafe::new(w), &c),
    })?;
    Ok(args.source.exit_code(&loaded))
}

fn codes(ids: &[EntityId]) -> String {
    if ids.is_empty() {
        "-".into()
    } else {
        ids.iter().map(short).collect::<Vec<_>>().join(" ")
    }
}

fn print_continuity(w: &mut dyn Write, c: &Continuity) -> io::Result<()> {
    let n = c.sequence.len();
    writeln!(
        w,
        "{n} groups in time order: {}",
        c.sequence
            .iter()
            .map(EntityId::as_str)
            .collect::<Vec<_>>()
            .join(" -> ")
    )?;
    let core: Vec<EntityId> = c
        .states
        .iter()
        .filter(|s| s.count == n && n > 0)
        .map(|s| s.id.clone())
        .collect();
    writeln!(w, "In all {n} groups ({}): {}\n", core.len(), codes(&core))?;
    for t in &c.transitions {
        let before = t.retained.len() + t.left.len();
        let after = t.retained.len() + t.joined.len();
        writeln!(
            w,
            "{} -> {}: {before} -> {after} members, jaccard {}",
            t.from,
            t.to,
            num(t.jaccard)
        )?;
        writeln!(
            w,
            "  retained ({}): {}",
            t.retained.len(),
            codes(&t.retained)
        )?;
        writeln!(w, "  joined   ({}): {}", t.joined.len(), codes(&t.joined))?;
        writeln!(w, "  left     ({}): {}", t.left.len(), codes(&t.left))?;
    }
    writeln!(w)?;
    let rows: Vec<Vec<String>> = c
        .states
        .iter()
        .map(|s| {
            vec![
                short(&s.id).to_string(),
                s.count.to_string(),
                s.longest_streak.to_string(),
                s.first.0.clone(),
                s.last.0.clone(),
            ]
        })
        .collect();
    table(
        w,
        &["STATE", "GROUPS", "LONGEST STREAK", "FIRST", "LAST"],
        &rows,
    )
}

/// `recurrence`.
pub fn run_recurrence(args: RecurrenceArgs) -> Result<ExitCode> {
    let loaded = args.source.load(args.kind)?;
    super::output::refuse_overwriting_input(args.output.as_deref(), loaded.inputs(&args.source))?;
    let r = recurrence(&loaded.memberships, args.min);
    emit(args.output.as_deref(), |w| match args.format {
        ListFormat::Json => json(w, &r),
        ListFormat::Table => {
            let w = &mut TerminalSafe::new(w);
            writeln!(
                w,
                "{} groups; in every one ({}): {}\n",
                r.groups,
                r.core.len(),
                codes(&r.core)
            )?;
            let rows: Vec<Vec<String>> = r
                .states
                .iter()
                .map(|s| {
                    let flags = [(s.p5, "P5"), (s.core, "every group")]
                        .iter()
                        .filter(|(on, _)| *on)
                        .map(|(_, f)| *f)
                        .collect::<Vec<_>>()
                        .join(", ");
                    vec![
                        short(&s.id).to_string(),
                        name_of(&s.id),
                        s.count.to_string(),
                        format!("{:.0}%", s.share * 100.0),
                        flags,
                    ]
                })
                .collect();
            table(w, &["STATE", "NAME", "GROUPS", "SHARE", "FLAGS"], &rows)
        }
    })?;
    Ok(args.source.exit_code(&loaded))
}

fn name_of(id: &EntityId) -> String {
    id.iso3()
        .and_then(state_by_iso3)
        .map_or_else(|| id.as_str().to_string(), |s| s.name.to_string())
}

#[derive(Serialize)]
struct CentralityJson<'a> {
    measure: &'static str,
    weight: &'static str,
    nodes: Vec<NodeJson<'a>>,
}

#[derive(Serialize)]
struct NodeJson<'a> {
    id: &'a EntityId,
    value: f64,
    rank: usize,
}

/// `centrality`.
pub fn run_centrality(args: CentralityArgs) -> Result<ExitCode> {
    let loaded = args.source.load(args.kind)?;
    super::output::refuse_overwriting_input(args.output.as_deref(), loaded.inputs(&args.source))?;
    let m = &loaded.memberships;
    let weight = Weight::from(args.weight);
    let graph = WeightedGraph::from_edges(m.states.len(), &comembership::comembership(m, weight));
    let measure = Measure::from(args.measure);
    let values = centrality::centrality(&graph, measure)?;
    let rank = ranks(&values);
    let mut nodes: Vec<NodeJson<'_>> = m
        .states
        .iter()
        .enumerate()
        .map(|(i, id)| NodeJson {
            id,
            value: values[i],
            rank: rank[i],
        })
        .collect();
    nodes.sort_by(|a, b| a.rank.cmp(&b.rank).then_with(|| a.id.cmp(b.id)));
    emit(args.output.as_deref(), |w| match args.format {
        TableFormat::Json => json(
            w,
            &CentralityJson {
                measure: measure.as_str(),
                weight: weight.as_str(),
                nodes,
            },
        ),
        TableFormat::Csv => {
            let mut out = csv::Writer::from_writer(w);
            out.write_record(["id", "value", "rank"])?;
            for n in &nodes {
                out.write_record([n.id.as_str(), &num(n.value), &n.rank.to_string()])?;
            }
            out.flush()
        }
        TableFormat::Table => {
            let w = &mut TerminalSafe::new(w);
            writeln!(
                w,
                "{} centrality, co-membership weight {}\n",
                measure.as_str(),
                weight.as_str()
            )?;
            let rows: Vec<Vec<String>> = nodes
                .iter()
                .map(|n| {
                    vec![
                        n.rank.to_string(),
                        short(n.id).to_string(),
                        name_of(n.id),
                        format!("{:.6}", n.value),
                    ]
                })
                .collect();
            table(w, &["RANK", "STATE", "NAME", "VALUE"], &rows)
        }
    })?;
    Ok(args.source.exit_code(&loaded))
}

#[derive(Serialize)]
struct UnShare {
    region: &'static str,
    name: &'static str,
    share: f64,
}

/// `regions`.
pub fn run_regions(args: RegionsArgs) -> Result<ExitCode> {
    let loaded = args.source.load(args.kind)?;
    super::output::refuse_overwriting_input(args.output.as_deref(), loaded.inputs(&args.source))?;
    let groups = regions(&loaded.memberships);
    let un: Vec<UnShare> = Region::ALL
        .iter()
        .zip(un_shares())
        .map(|(r, share)| UnShare {
            region: r.short(),
            name: r.as_str(),
            share,
        })
        .collect();
    let member_states = ggegraph::gazetteer::STATES
        .iter()
        .filter(|s| !s.observer)
        .count();
    emit(args.output.as_deref(), |w| match args.format {
        ListFormat::Json => {
            #[derive(Serialize)]
            struct Out<'a> {
                un_membership: &'a [UnShare],
                groups: &'a [ggegraph::analysis::regions::GroupRegions],
            }
            json(
                w,
                &Out {
                    un_membership: &un,
                    groups: &groups,
                },
            )
        }
        ListFormat::Table => {
            let w = &mut TerminalSafe::new(w);
            let pct = |x: f64| format!("{:.0}%", x * 100.0);
            let mut header = vec!["GROUP", "SIZE"];
            header.extend(Region::ALL.iter().map(|r| r.short()));
            header.extend(["BALANCE", "ENTROPY", "UNDER-REPRESENTED"]);
            let mut rows = vec![{
                let mut row = vec!["UN membership".to_string(), member_states.to_string()];
                row.extend(un.iter().map(|u| pct(u.share)));
                row.extend(["1".to_string(), "-".to_string(), "-".to_string()]);
                row
            }];
            for g in &groups {
                let mut row = vec![g.group.0.clone(), g.size.to_string()];
                row.extend(
                    g.regions
                        .iter()
                        .map(|r| format!("{} ({})", r.members, pct(r.share))),
                );
                let fixed =
                    |x: Option<f64>| x.map_or_else(|| "-".to_string(), |x| format!("{x:.3}"));
                row.extend([
                    fixed(g.balance),
                    fixed(g.entropy),
                    g.under_represented.join(" "),
                ]);
                rows.push(row);
            }
            table(w, &header, &rows)?;
            writeln!(
                w,
                "\nbalance = 1 - total variation distance to the UN membership's regional shares; \
                 entropy = normalised Shannon entropy of the group's shares"
            )?;
            for g in groups.iter().filter(|g| !g.unassigned.is_empty()) {
                writeln!(
                    w,
                    "{}: without a regional group: {}",
                    g.group,
                    codes(&g.unassigned)
                )?;
            }
            Ok(())
        }
    })?;
    Ok(args.source.exit_code(&loaded))
}
