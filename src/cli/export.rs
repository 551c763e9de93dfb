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
    /// GEXF 1.3 with the groups' years as time intervals (Gephi's timeline).
    Gexf,
    /// Node-link JSON for NetworkX `json_graph.node_link_graph`.
    Json,
    /// nodes.csv and edges.csv in the directory given by -o.
    Csv,
    /// nodes.csv and edges.csv with neo4j-admin import headers, in the directory -o.
    Neo4j,
}

impl From<ExportFormat> for Format {
    fn from(f: ExportFormat) -> Format {
        match f {
            ExportFormat::Graphml => Format::GraphMl,
            ExportFormat::Gexf => Format::Gexf,
            ExportFormat::Json => Format::Json,
            ExportFormat::Csv => Format::Csv,
            ExportFormat::Neo4j => Format::Neo4j,
        }
    }
}

/// Writes one format: a single-file format to `output` (atomically) or stdout; a
/// directory format into the directory `output`, which is created if needed.
pub fn run(graph: &Graph, format: ExportFormat, output: Option<&Path>) -> Result<()> {
    let write: fn(&Graph, &mut dyn Write) -> io::Result<()> = match Format::from(format) {
        Format::GraphMl => |g, w| export::graphml::write(g, w),
        Format::Gexf => |g, w| export::gexf::write(g, w),
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
            "--format csv and --format neo4j write two files: give a directory with -o DIR".into(),
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
