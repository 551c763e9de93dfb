//! `export`'s writing: one file to `-o` or stdout, or the CSV formats' four files into
//! the directory `-o`.

use super::{BadInput, Inputs, refuse_overwriting_input};
use crate::export::{self, Format};
use crate::graph::Graph;
use anyhow::{Context, Result};
use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

/// `export`: loads the graph `inputs` give (with the roll-call votes), writes it in
/// `format` (see [`write()`]) and returns `--strict`'s exit code.
pub fn answer(inputs: &Inputs, format: Format, output: Option<&Path>) -> Result<ExitCode> {
    let corpus = inputs.load()?;
    refuse_overwriting_input(output, corpus.input_paths().chain(inputs.vote_paths()))?;
    write(&corpus.graph, format, output)?;
    Ok(inputs.strict_code(&corpus))
}

/// Writes one format: a single-file format to `output` (atomically) or stdout; a
/// directory format into the directory `output`, which is created if needed.
pub fn write(graph: &Graph, format: Format, output: Option<&Path>) -> Result<()> {
    use export::gexf::{Version, write_version};
    let write: fn(&Graph, &mut dyn Write) -> io::Result<()> = match format {
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
    super::emit(output, |w| write(graph, w))
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
