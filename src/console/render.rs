//! `render`'s drawing: a view of the graph as DOT, or laid out by Graphviz (or the
//! built-in fallback, said on standard error) as SVG or PNG.

use super::{BadInput, Inputs, emit, refuse_overwriting_input};
use crate::graph::Graph;
use crate::render::{self, Renderer, View, ViewOptions};
use anyhow::{Context, Result};
use std::path::Path;
use std::process::ExitCode;

/// What `render` writes (also its `--format` values).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Image {
    /// Graphviz DOT source.
    Dot,
    /// SVG (Graphviz, or the built-in fallback when Graphviz is missing).
    Svg,
    /// PNG (needs Graphviz).
    Png,
}

/// The view a user names, a bad name being bad input (exit 2).
pub fn parse_view(name: &str) -> Result<View> {
    Ok(name
        .parse()
        .map_err(|e: render::RenderError| BadInput(e.to_string()))?)
}

/// Draws `view` of `graph`; an option the view cannot use is bad input (exit 2).
pub fn draw(graph: &Graph, view: &View, options: &ViewOptions, image: Image) -> Result<Vec<u8>> {
    let diagram = render::views::diagram(graph, view, options).map_err(|e| match e {
        render::RenderError::InvalidOption(_) => anyhow::Error::new(BadInput(e.to_string())),
        other => anyhow::Error::new(other),
    })?;
    let dot = diagram.to_dot();
    Ok(match image {
        Image::Dot => dot.into_bytes(),
        Image::Svg => {
            let (svg, renderer) =
                render::to_svg(&diagram, &dot, options.layout).context("rendering SVG")?;
            if renderer == Renderer::Fallback {
                eprintln!(
                    "ggegraph: Graphviz `dot` not found: SVG drawn by the built-in layout-rs fallback \
                     (no clusters or tables, layered layout unless the view pins its nodes); install graphviz for the full diagram"
                );
            }
            svg
        }
        Image::Png => render::to_png(&dot, options.layout).context("rendering PNG")?,
    })
}

/// `render`: draws the view named `view` of the graph `inputs` give as `image`, writes it
/// to `output` and returns `--strict`'s exit code. A bad view name is refused before any
/// document is read.
pub fn answer(
    inputs: &Inputs,
    view: &str,
    options: &ViewOptions,
    image: Image,
    output: Option<&Path>,
) -> Result<ExitCode> {
    let view = parse_view(view)?;
    let corpus = inputs.load()?;
    refuse_overwriting_input(output, corpus.input_paths().chain(inputs.vote_paths()))?;
    let bytes = draw(&corpus.graph, &view, options, image)?;
    emit(output, |w| w.write_all(&bytes))?;
    Ok(inputs.strict_code(&corpus))
}
