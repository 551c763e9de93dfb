//! Command definitions and dispatch. Each command loads the corpus through the library,
//! asks one question of it, and prints the answer in the requested format.

mod analyses;
mod eval;
mod render;
mod report;
mod scan;
mod synth;
mod votes;

use anyhow::Result;
use clap::{Args, CommandFactory, Parser, Subcommand};
use ggegraph::console::{self, Inputs, emit, load, packaging};
use ggegraph::corpus::CorpusOptions;
use ggegraph::documents::Limits;
use ggegraph::export;
use ggegraph::printer::listings::BuildFormat;
use ggegraph::printer::{self, ListFormat};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

pub use ggegraph::console::{exit_code, is_broken_pipe, one_line};

/// Turns documents about UN cyber diplomacy (GGEs, OEWGs, resolutions, reports, norms)
/// into a graph with provenance, and answers questions on it.
#[derive(Debug, Parser)]
#[command(name = "ggegraph", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// Options shared by every command that reads the corpus.
#[derive(Debug, Clone, Args)]
pub struct CorpusArgs {
    /// Add the documents in this file or directory (recursive; .txt, .md, .html, .pdf,
    /// .docx, .odt) to the bundled corpus. Repeatable.
    #[arg(long = "corpus", value_name = "PATH")]
    corpus: Vec<PathBuf>,
    /// Leave the bundled documents out (use only --corpus).
    #[arg(long)]
    no_bundled: bool,
    #[command(flatten)]
    limits: LimitArgs,
    /// Use only facts some document states plainly: statements flagged
    /// `[unverified ...]` (such as the 2004/05 and 2016/17 member lists of the bundled
    /// corpus) are left out of the graph and every analysis.
    #[arg(long)]
    verified_only: bool,
    /// Exit with code 3 when there are warnings: ambiguous names, unverified facts,
    /// conflicts between documents.
    #[arg(long)]
    strict: bool,
}

/// How documents are read: size limit and UTF-8 handling.
#[derive(Debug, Clone, Args)]
pub struct LimitArgs {
    /// Largest document read, in bytes (larger ones are refused, not truncated).
    #[arg(long, value_name = "BYTES", default_value_t = Limits::default().max_file_bytes)]
    max_file_size: u64,
    /// Decode invalid UTF-8 lossily (with a warning) instead of refusing the document.
    #[arg(long)]
    lossy: bool,
    /// Follow symbolic links in a directory that lead outside the paths given (by
    /// default they are reported and not read).
    #[arg(long)]
    follow_links: bool,
    /// Encoding of files that are not UTF-8 and declare none: windows-1252, iso-8859-2,
    /// shift_jis ... (an HTML page's `<meta charset>` comes first).
    #[arg(long, value_name = "LABEL", value_parser = ggegraph::documents::encoding_named)]
    encoding: Option<&'static encoding_rs::Encoding>,
}

impl LimitArgs {
    /// The library's limits.
    pub fn limits(&self) -> Limits {
        Limits {
            max_file_bytes: self.max_file_size,
            lossy: self.lossy,
            follow_links: self.follow_links,
            encoding: self.encoding,
        }
    }
}

/// Options of the commands that print a list: the corpus, the format, where to write.
#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    corpus: CorpusArgs,
    #[command(flatten)]
    out: ListOutput,
}

/// `-o FILE`, shared by every command that writes one file.
#[derive(Debug, Clone, Args)]
pub struct OutputFile {
    /// Write to this file (atomically) instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

impl OutputFile {
    /// The file named, `None` for stdout.
    fn path(&self) -> Option<&Path> {
        self.output.as_deref()
    }
}

/// `--format table|json` and `-o FILE`, shared by the commands that print a list.
#[derive(Debug, Clone, Args)]
pub struct ListOutput {
    /// Output format.
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    format: ListFormat,
    #[command(flatten)]
    file: OutputFile,
}

impl ListOutput {
    /// The file named, `None` for stdout.
    fn path(&self) -> Option<&Path> {
        self.file.path()
    }
}

impl CorpusArgs {
    /// What the library reads for these flags (documents and `--strict` only).
    fn inputs(&self) -> Inputs {
        let corpus = CorpusOptions {
            paths: self.corpus.clone(),
            no_bundled: self.no_bundled,
            verified_only: self.verified_only,
            limits: self.limits.limits(),
        };
        Inputs {
            corpus,
            strict: self.strict,
            ..Inputs::default()
        }
    }
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Print the entities and claims found in documents.
    ///
    /// Example: ggegraph extract seeds/000_ceb8cbe85482b812.txt --format json
    Extract {
        /// Files or directories to read (.txt, .md, .html, .pdf, .docx, .odt); `-` reads
        /// standard input, its format told by its first bytes.
        #[arg(required = true, value_name = "FILE|DIR|-")]
        paths: Vec<PathBuf>,
        #[command(flatten)]
        out: ListOutput,
        #[command(flatten)]
        limits: LimitArgs,
    },
    /// List the extraction rules: the name each claim's provenance carries, the relation
    /// read, the scope, and the example and negative sentences every rule is tested on.
    ///
    /// Example: ggegraph rules --format json
    Rules {
        #[command(flatten)]
        out: ListOutput,
    },
    /// Measure the extractor on pages you annotated: precision and recall per relation
    /// against DIR/expected.json, with every miss and false hit.
    ///
    /// Example: ggegraph eval my-pages/ --targets my-pages/targets.json
    Eval(eval::EvalArgs),
    /// Build the graph from the bundled corpus (plus --corpus) and print a summary or JSON.
    ///
    /// Example: ggegraph build --corpus my-docs/ --format json -o graph.json
    Build {
        #[command(flatten)]
        corpus: CorpusArgs,
        #[command(flatten)]
        votes: votes::VoteSource,
        /// Output format.
        #[arg(long, value_enum, default_value_t = BuildFormat::Summary)]
        format: BuildFormat,
        #[command(flatten)]
        out: OutputFile,
    },
    /// List every group in time order: kind, years, size, members, chair, resolutions,
    /// reports, outcome.
    ///
    /// Example: ggegraph groups --format json
    Groups(ListArgs),
    /// List the norms of the 2015 report with where they come from and were reaffirmed.
    ///
    /// Example: ggegraph norms
    Norms(ListArgs),
    /// List disagreements between documents, with both sources.
    ///
    /// Example: ggegraph conflicts --format json
    Conflicts {
        #[command(flatten)]
        list: ListArgs,
        #[command(flatten)]
        votes: votes::VoteSource,
    },
    /// Export the graph for other tools: GraphML, GEXF (Gephi timeline), node-link JSON
    /// (NetworkX), CSV, or CSV for neo4j-admin import.
    ///
    /// Example: ggegraph export --format gexf -o graph.gexf   (csv/neo4j: -o DIR)
    Export {
        #[command(flatten)]
        corpus: CorpusArgs,
        #[command(flatten)]
        votes: votes::VoteSource,
        /// Output format.
        #[arg(long, value_enum)]
        format: export::Format,
        /// GEXF version for --format gexf: 1.3, or 1.2 for NetworkX before 3.6.
        #[arg(long, value_enum, default_value = "1.3", value_name = "VERSION")]
        gexf_version: export::gexf::Version,
        /// Write to this file (atomically) instead of stdout; for csv and neo4j, the
        /// directory to write the four CSV files into.
        #[arg(short, long, value_name = "PATH")]
        output: Option<PathBuf>,
    },
    /// Who sat with whom: the state x state co-membership graph, weighted by count,
    /// jaccard, overlap or newman (NetworkX's bipartite projection formulas).
    ///
    /// Example: ggegraph comembership --weight jaccard --top 10 --format json
    Comembership(analyses::ComembershipArgs),
    /// The GGEs in time order: states retained, joined and left at each step; each
    /// state's count, longest streak, first and last group.
    ///
    /// Example: ggegraph continuity --memberships my.csv --format json
    Continuity(analyses::ContinuityArgs),
    /// States ranked by the number of GGEs they sat in, flagging the P5 and the states in
    /// every GGE.
    ///
    /// Example: ggegraph recurrence --min 3
    Recurrence(analyses::RecurrenceArgs),
    /// Centrality of each state in the co-membership graph (degree, betweenness,
    /// eigenvector, closeness; each equal to the NetworkX call named in --help).
    ///
    /// Example: ggegraph centrality --measure eigenvector --weight jaccard
    Centrality(analyses::CentralityArgs),
    /// Members of each group per UN regional group, with a balance index against the UN
    /// membership and the regions under-represented.
    ///
    /// Example: ggegraph regions --format json
    Regions(analyses::RegionsArgs),
    /// How states voted on a resolution (counts, per regional group, per group's
    /// members, and who changed against another vote), or every recorded vote's counts.
    ///
    /// Example: ggegraph votes 73/27 --compare 74/29 --votes un_votes.csv --roll-calls un_roll_calls.csv
    Votes(votes::VotesArgs),
    /// How alike each pair of states voted: 1 for the same vote, 0.5 when one abstains,
    /// 0 for opposite votes, averaged over the recorded votes both cast.
    ///
    /// Example: ggegraph agreement --votes un_votes.csv --roll-calls un_roll_calls.csv --format csv
    Agreement(votes::AgreementArgs),
    /// Do states that sat together vote together? Pearson's r between co-membership and
    /// voting agreement over pairs of members, a permutation (Mantel) p-value, and the
    /// pairs that defy the trend.
    ///
    /// Example: ggegraph sat-and-voted --votes un_votes.csv --roll-calls un_roll_calls.csv
    SatAndVoted(votes::SatAndVotedArgs),
    /// Write the visual report: output/index.html (self-contained, offline), every
    /// diagram as DOT and SVG, the data exports and the source pages.
    ///
    /// Example: ggegraph report -o output && xdg-open output/index.html
    Report(report::ReportArgs),
    /// Show one state's participation, chairs and sponsorships with provenance.
    ///
    /// Example: ggegraph state BRA   (or: ggegraph state "United Kingdom")
    State {
        /// ISO3 code or any name the gazetteer knows.
        #[arg(value_name = "STATE")]
        state: String,
        #[command(flatten)]
        list: ListArgs,
    },
    /// Draw a view of the graph as DOT, SVG or PNG: membership, comembership, timeline,
    /// continuity, norms, ego:STATE, votes[:X,Y] (states by their votes on two ballots),
    /// agreement (voting agreement heatmap).
    ///
    /// Example: ggegraph render continuity --format png -o continuity.png
    Render(render::RenderArgs),
    /// Count the mentions of each state in a corpus (streamed, files in parallel, one
    /// automaton over every name): the gazetteer's answer to `grep -o -F -f names.txt`.
    ///
    /// Example: ggegraph scan --corpus records/ --format json
    Scan(scan::ScanArgs),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    ///
    /// Example: ggegraph completions bash > /etc/bash_completion.d/ggegraph
    Completions {
        /// The shell to complete for.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
        #[command(flatten)]
        out: OutputFile,
    },
    /// Print the man page (roff).
    ///
    /// Example: ggegraph man > /usr/local/share/man/man1/ggegraph.1
    Man {
        #[command(flatten)]
        out: OutputFile,
    },
    /// Write synthetic inputs for benchmarks: a membership CSV or a corpus directory.
    ///
    /// Example: ggegraph synth memberships --groups 20000 --seed 1 -o m.csv
    Synth(synth::SynthArgs),
}

/// The exit code of a command that printed its answer.
fn done((): ()) -> ExitCode {
    ExitCode::SUCCESS
}

/// Runs one command. `Ok` carries the exit code (3 for strict-mode findings).
pub fn run(cli: Cli) -> Result<ExitCode> {
    use printer::listings as answers;
    match cli.command {
        Command::Extract { paths, out, limits } => {
            load::write_extraction(&paths, &limits.limits(), out.path(), out.format).map(done)
        }
        Command::Rules { out } => emit(out.path(), |w| {
            answers::write_rules(w, &ggegraph::extract::rule_table(), out.format)
        })
        .map(done),
        Command::Eval(args) => eval::run(args),
        Command::Build {
            corpus,
            votes,
            format,
            out,
        } => votes
            .add_to(corpus.inputs())
            .answer(out.path(), |w, c| answers::write_build(w, c, format.into())),
        Command::Groups(ListArgs { corpus, out }) => corpus.inputs().answer(out.path(), |w, c| {
            answers::write_groups(w, &c.graph, out.format)
        }),
        Command::Norms(ListArgs { corpus, out }) => corpus.inputs().answer(out.path(), |w, c| {
            answers::write_norms(w, &c.graph, out.format)
        }),
        Command::Conflicts {
            list: ListArgs { corpus, out },
            votes,
        } => votes.add_to(corpus.inputs()).answer(out.path(), |w, c| {
            answers::write_conflicts(w, &c.graph, out.format)
        }),
        Command::Render(args) => render::run(&args),
        Command::Export {
            corpus,
            votes,
            format,
            gexf_version,
            output,
        } => {
            let format = format.in_gexf_version(gexf_version);
            console::export::answer(&votes.add_to(corpus.inputs()), format, output.as_deref())
        }
        Command::Comembership(args) => analyses::run_comembership(args),
        Command::Continuity(args) => analyses::run_continuity(args),
        Command::Recurrence(args) => analyses::run_recurrence(args),
        Command::Centrality(args) => analyses::run_centrality(args),
        Command::Regions(args) => analyses::run_regions(args),
        Command::Votes(args) => votes::run_votes(args),
        Command::Agreement(args) => votes::run_agreement(args),
        Command::SatAndVoted(args) => votes::run_sat_and_voted(args),
        Command::Report(args) => report::run(args),
        Command::Scan(args) => scan::run(args),
        Command::Synth(args) => synth::run(args),
        Command::Completions { shell, out } => {
            packaging::completions(Cli::command(), shell, out.path()).map(done)
        }
        Command::Man { out } => packaging::man(Cli::command(), out.path()).map(done),
        Command::State { state, list } => {
            // The name first: a state the gazetteer does not know costs no corpus.
            let found = ggegraph::gazetteer::resolve(&state)?;
            list.corpus.inputs().answer(list.out.path(), |w, c| {
                ggegraph::printer::profile::write(w, &c.graph, found, list.out.format)
            })
        }
    }
}
