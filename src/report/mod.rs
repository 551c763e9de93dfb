//! The visual report: one self-contained `index.html` (inline CSS and SVG, no script, no
//! network), the diagrams of every view as DOT and SVG, the exports, and one page per
//! source document with numbered lines that every fact in the appendix links to.
//!
//! Not for computing anything: the numbers come from `graph` and `analysis`, the
//! diagrams from `render`, the data files from `export`. Every file is written
//! atomically, so an interrupted run leaves previous files intact and none half-written.

mod charts;
mod html;
mod sections;
mod sources;

use crate::analysis::memberships::Memberships;
use crate::corpus::Corpus;
use crate::render::{self, Renderer, ViewOptions};
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

pub use html::esc;

/// A step of the report, for progress display.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// About to draw one diagram (name), `n` of `total`.
    Diagram {
        /// View name.
        name: String,
        /// 1-based index.
        n: usize,
        /// Number of diagrams.
        total: usize,
    },
    /// Writing the exports.
    Data,
    /// Writing the source pages.
    Sources,
    /// Writing `index.html`.
    Page,
}

/// What a report run produced.
#[derive(Debug, Clone)]
pub struct ReportOutcome {
    /// Path of `index.html`.
    pub index: PathBuf,
    /// Every file written, in order.
    pub files: Vec<PathBuf>,
    /// Which renderer drew the diagrams (the fallback when Graphviz is missing).
    pub renderer: Option<Renderer>,
    /// Time spent in Graphviz (or the fallback layout), summed over diagrams laid out
    /// in parallel.
    pub layout_time: Duration,
    /// Total time.
    pub total_time: Duration,
}

/// Why the report could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// Writing a file failed.
    #[error("cannot write {}: {source}", path.display())]
    Write {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// A diagram could not be drawn.
    #[error("diagram {name}: {source}")]
    Render {
        /// View name.
        name: String,
        /// Why.
        source: render::RenderError,
    },
}

fn write(path: &Path, bytes: &[u8], files: &mut Vec<PathBuf>) -> Result<(), ReportError> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|source| ReportError::Write {
            path: parent.to_path_buf(),
            source,
        })?;
    }
    crate::atomic::write_bytes(path, bytes).map_err(|source| ReportError::Write {
        path: path.to_path_buf(),
        source,
    })?;
    files.push(path.to_path_buf());
    Ok(())
}

/// One diagram as Graphviz (or the fallback) returned it.
struct LaidOut {
    name: String,
    dot: String,
    svg: Vec<u8>,
    renderer: Renderer,
    took: Duration,
}

/// Diagrams drawn for the report: name, DOT, and SVG ready to inline.
pub(crate) struct Drawn {
    pub name: String,
    pub svg: String,
}

/// Writes the report into `dir`: `index.html`, `diagrams/`, `data/`, `sources/`.
///
/// `memberships` feeds the analyses (the bundled graph's, or a user's CSV).
///
/// # Errors
/// [`ReportError::Write`] when a file cannot be written (earlier files stay complete);
/// [`ReportError::Render`] when Graphviz fails on a diagram.
pub fn write_report(
    corpus: &Corpus,
    memberships: &Memberships,
    dir: &Path,
    progress: &mut dyn FnMut(Step),
) -> Result<ReportOutcome, ReportError> {
    let started = Instant::now();
    // Diagrams (one Graphviz process each) and the data files and source pages do not
    // depend on each other: do both at once, on every core. Progress is reported from
    // this thread, in a fixed order, once the work is done.
    let (laid_out, side_files) = rayon::join(
        || lay_out(corpus),
        || -> Result<Vec<PathBuf>, ReportError> {
            let data = dir.join("data");
            let data_err = |source| ReportError::Write {
                path: data.clone(),
                source,
            };
            std::fs::create_dir_all(&data).map_err(data_err)?;
            let mut files = crate::export::write_all(&corpus.graph, &data).map_err(data_err)?;
            for (path, page) in sources::pages(corpus) {
                write(&dir.join(path), page.as_bytes(), &mut files)?;
            }
            Ok(files)
        },
    );
    let mut files = Vec::new();
    let mut layout_time = Duration::ZERO;
    let mut renderer = None;
    let mut drawn = Vec::new();
    let total = laid_out.len();
    for (n, diagram) in laid_out.into_iter().enumerate() {
        let LaidOut {
            name,
            dot,
            svg,
            renderer: used,
            took,
        } = diagram?;
        progress(Step::Diagram {
            name: name.clone(),
            n: n + 1,
            total,
        });
        layout_time += took;
        renderer = Some(used);
        write(
            &dir.join("diagrams").join(format!("{name}.dot")),
            dot.as_bytes(),
            &mut files,
        )?;
        write(
            &dir.join("diagrams").join(format!("{name}.svg")),
            &svg,
            &mut files,
        )?;
        drawn.push(Drawn {
            name,
            svg: inline_svg(&String::from_utf8_lossy(&svg)),
        });
    }
    progress(Step::Data);
    progress(Step::Sources);
    files.extend(side_files?);
    progress(Step::Page);
    let index = dir.join("index.html");
    let page = sections::index_page(corpus, memberships, &drawn, renderer);
    write(&index, page.as_bytes(), &mut files)?;
    Ok(ReportOutcome {
        index,
        files,
        renderer,
        layout_time,
        total_time: started.elapsed(),
    })
}

/// Every view as DOT and SVG, laid out in parallel, in view order.
fn lay_out(corpus: &Corpus) -> Vec<Result<LaidOut, ReportError>> {
    render::all_views(&corpus.graph)
        .into_par_iter()
        .map(|(name, view)| {
            let err = |source| ReportError::Render {
                name: name.clone(),
                source,
            };
            let dot =
                render::view_dot(&corpus.graph, &view, &ViewOptions::default()).map_err(err)?;
            let t = Instant::now();
            let (svg, renderer) = render::to_svg(&dot, None).map_err(err)?;
            Ok(LaidOut {
                name,
                dot,
                svg,
                renderer,
                took: t.elapsed(),
            })
        })
        .collect()
}

/// Makes an SVG file fit for inlining in HTML: drops the XML prolog, DOCTYPE and comments
/// (Graphviz writes a DOCTYPE with a remote DTD URL) and the namespace declarations, which
/// HTML's parser supplies itself.
fn inline_svg(svg: &str) -> String {
    let start = svg.find("<svg").unwrap_or(0);
    let mut out = String::with_capacity(svg.len());
    let mut rest = &svg[start..];
    while let Some(i) = rest.find("<!--") {
        out.push_str(&rest[..i]);
        match rest[i..].find("-->") {
            Some(j) => rest = &rest[i + j + 3..],
            None => {
                rest = "";
            }
        }
    }
    out.push_str(rest);
    for ns in [
        " xmlns=\"http://www.w3.org/2000/svg\"",
        " xmlns:xlink=\"http://www.w3.org/1999/xlink\"",
    ] {
        out = out.replace(ns, "");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inlined_svg_has_no_prolog_or_remote_urls() {
        let svg = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n<!-- Generated by graphviz -->\n<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"><g><!-- a --><text>x</text></g></svg>";
        let out = inline_svg(svg);
        assert!(out.starts_with("<svg>"), "{out}");
        assert!(!out.contains("http"), "{out}");
        assert!(out.contains("<text>x</text>"));
    }
}
