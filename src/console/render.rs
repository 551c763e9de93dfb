//! `render`'s drawing: a view of the graph as DOT, or laid out by Graphviz (or the
//! built-in fallback, said on standard error) as SVG or PNG.

use super::BadInput;
use crate::graph::Graph;
use crate::render::{self, Renderer, View, ViewOptions};
use anyhow::{Context, Result};

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
    let dot = render::view_dot(graph, view, options).map_err(|e| match e {
        render::RenderError::InvalidOption(_) => anyhow::Error::new(BadInput(e.to_string())),
        other => anyhow::Error::new(other),
    })?;
    Ok(match image {
        Image::Dot => dot.into_bytes(),
        Image::Svg => {
            let (svg, renderer) = render::to_svg(&dot, options.layout).context("rendering SVG")?;
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
