//! `ggegraph export`: the graph in a format another tool reads. The writing is the
//! library's (`ggegraph::export`); this file maps the flags to it.

use super::BadInput;
use anyhow::{Context, Result};
use clap::ValueEnum;
use ggegraph::export::{self, Format};
use ggegraph::graph::Graph;
use std::io::{self, Write};
use std::path::Path;

/// Output of `export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// GraphML with typed attribute keys (NetworkX, yEd, Cytoscape).
    Graphml,
    /// GEXF (1.3, or 1.2 with --gexf-version 1.2) with the groups' years as time
    /// intervals (Gephi's timeline) and as start_year/end_year attributes.
    Gexf,
    /// Node-link JSON for NetworkX `json_graph.node_link_graph` (2.8 and later) and D3.
    Json,
    /// nodes.csv, edges.csv, edge_provenance.csv and node_provenance.csv in the directory
    /// given by -o.
    Csv,
    /// The same four files with neo4j-admin import headers, in the directory -o.
    Neo4j,
}

/// The GEXF version `--gexf-version` asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum GexfVersion {
    /// GEXF 1.2 (`1.2draft`), for NetworkX before 3.6 and other older readers.
    #[value(name = "1.2")]
    V1_2,
    /// GEXF 1.3 (Gephi 0.9 and later, NetworkX 3.6 and later).
    #[default]
    #[value(name = "1.3")]
    V1_3,
}

/// The library's format for a `--format` and a `--gexf-version`.
fn library_format(format: ExportFormat, gexf: GexfVersion) -> Format {
    match (format, gexf) {
        (ExportFormat::Graphml, _) => Format::GraphMl,
        (ExportFormat::Gexf, GexfVersion::V1_3) => Format::Gexf,
        (ExportFormat::Gexf, GexfVersion::V1_2) => Format::Gexf12,
        (ExportFormat::Json, _) => Format::Json,
        (ExportFormat::Csv, _) => Format::Csv,
        (ExportFormat::Neo4j, _) => Format::Neo4j,
    }
}

/// `export`: loads the corpus (with the roll-call votes) and writes it in `format`.
pub fn run_command(
    corpus: &super::CorpusArgs,
    votes: &super::votes::VoteSource,
    format: ExportFormat,
    gexf: GexfVersion,
    output: Option<&Path>,
) -> Result<std::process::ExitCode> {
    let mut c = corpus.load()?;
    votes.add_to(&mut c)?;
    super::output::refuse_overwriting_input(output, c.input_paths().chain(votes.paths()))?;
    run(&c.graph, format, gexf, output)?;
    Ok(super::strict_code(corpus, &c))
}

/// Writes one format: a single-file format to `output` (atomically) or stdout; a
/// directory format into the directory `output`, which is created if needed.
pub fn run(
    graph: &Graph,
    format: ExportFormat,
    gexf: GexfVersion,
    output: Option<&Path>,
) -> Result<()> {
    use export::gexf::{Version, write_version};
    let write: fn(&Graph, &mut dyn Write) -> io::Result<()> = match library_format(format, gexf) {
        Format::GraphMl => |g, w| export::graphml::write(g, w),
        Format::Gexf => |g, w| write_version(g, Version::V1_3, w),
        Format::Gexf12 => |g, w| write_version(g, Version::V1_2, w),
        Format::Json => |g, w| export::json::write(g, w),
        dir_format @ (Format::Csv | Format::Neo4j) => {
            return write_directory(graph, dir_format, output);
        }
    };
    if let Some(parent) = output
        .and_then(Path::parent)
        .filter(|p| !p.as_os_str().is_empty())
    {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("cannot create {}", parent.display()))?;
    }
    super::output::emit(output, |w| write(graph, w))
}

/// Renders both CSV files before writing either, so a failure leaves no half set.
fn write_directory(graph: &Graph, format: Format, output: Option<&Path>) -> Result<()> {
    let dir = output.ok_or_else(|| {
        BadInput(
            "--format csv and --format neo4j write four files: give a directory with -o DIR".into(),
        )
    })?;
    if dir.is_file() {
        return Err(BadInput(format!(
            "{} is a file; -o needs a directory for CSV",
            dir.display()
        ))
        .into());
    }
    let files = export::render(graph, format).context("rendering the export")?;
    export::write_rendered(dir, &files)
        .with_context(|| format!("cannot write into {}", dir.display()))?;
    Ok(())
}
