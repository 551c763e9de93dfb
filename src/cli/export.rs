//! `ggegraph export`: the graph in a format another tool reads. The writing is the
//! library's (`ggegraph::export`); this file maps the flags to it.

use anyhow::Result;
use clap::ValueEnum;
use ggegraph::export::Format;
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
    ggegraph::console::refuse_overwriting_input(output, c.input_paths().chain(votes.paths()))?;
    ggegraph::console::export::write(&c.graph, library_format(format, gexf), output)?;
    Ok(corpus.strict_code(&c))
}
