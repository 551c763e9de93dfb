//! The visual report: one self-contained `index.html` (inline CSS and SVG, no script, no
//! network), the diagrams of every view as DOT and SVG, the exports, and one page per
//! source document with numbered lines that every fact in the appendix links to.
//!
//! Not for computing anything: the numbers come from `graph` and `analysis`, the
//! diagrams from `render`, the data files from `export`. The whole directory is built
//! beside the previous one and renamed into its place, so an interrupted or failed run
//! leaves the previous report as it was, and a reader never sees two runs mixed.

mod charts;
mod facts;
mod html;
mod pages;
mod sections;
mod sources;
mod svg;
mod votes;

use crate::analysis::memberships::Memberships;
use crate::corpus::Corpus;
use crate::render::{self, Renderer, ViewOptions};
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use svg::{inline_svg, node_href};

pub use html::esc;

/// A step of the report, for progress display.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// The diagrams are being laid out (nothing is reported until all are back, so show
    /// a steady spinner).
    Started {
        /// Number of diagrams being laid out.
        diagrams: usize,
    },
    /// One diagram (name) was laid out, `n` of `total`.
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
    /// Wall time of each stage.
    pub timings: Timings,
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
    /// The output directory holds files this tool did not write: it is not replaced.
    #[error(
        "{}: holds files ggegraph did not write (no {} marker), not replaced; give a new or empty directory, or an earlier report's",
        path.display(),
        crate::documents::OUTPUT_MARKER
    )]
    NotAReport {
        /// The directory.
        path: PathBuf,
    },
    /// Two documents would get one source page (a crafted 128-bit hash collision).
    #[error("documents {first:?} and {second:?} map to one source page name; rename one")]
    PageNameCollision {
        /// The document met first.
        first: String,
        /// The other.
        second: String,
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

/// What the marker file of a report directory says to someone who opens it.
const MARKER_TEXT: &str = "This directory was written by ggegraph report. ggegraph does not read a \
directory holding this file as documents, so a report inside a corpus stays out of it.\n";

/// Writes one file atomically, creating its directory.
fn write_file(path: &Path, bytes: &[u8]) -> Result<(), ReportError> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|source| ReportError::Write {
            path: parent.to_path_buf(),
            source,
        })?;
    }
    crate::atomic::write_bytes(path, bytes).map_err(|source| ReportError::Write {
        path: path.to_path_buf(),
        source,
    })
}

/// A diagram drawn for the report: name and SVG ready to inline.
pub(crate) struct DrawnDiagram {
    pub name: String,
    pub svg: String,
}

/// Wall time of each stage of a report; the stages run one after the other, so they add
/// up to the report's time (less the marker file and the final rename).
#[derive(Debug, Clone, Copy, Default)]
pub struct Timings {
    /// Building every view's DOT and laying it out (in parallel), and writing the
    /// diagrams' files.
    pub diagrams: Duration,
    /// The exports, source pages, fact pages and state, group and list pages.
    pub files: Duration,
    /// Building and writing `index.html`.
    pub page: Duration,
}

/// Writes the report into `dir`: `index.html`, `diagrams/`, `data/`, `sources/`, and the
/// marker [`OUTPUT_MARKER`](crate::documents::OUTPUT_MARKER) that keeps `dir` out of any
/// corpus it lies in.
///
/// The report is built in a fresh directory beside `dir` and renamed into place when
/// complete ([`StagedDir`](crate::atomic::StagedDir)), so `dir` holds one whole run:
/// never files of two runs, never pages of documents no longer in the corpus. `dir` may be
/// missing, empty (a `.gitkeep` is kept) or an earlier report (it holds the marker); any
/// other directory is refused.
///
/// `memberships` feeds the analyses (the bundled graph's, or a user's CSV).
///
/// # Errors
/// [`ReportError::NotAReport`] when `dir` holds other files; [`ReportError::Write`] when
/// a file cannot be written; [`ReportError::Render`] when Graphviz fails on a diagram. In
/// each case `dir` is left as it was.
pub fn write_report(
    corpus: &Corpus,
    memberships: &Memberships,
    dir: &Path,
    progress: &mut dyn FnMut(Step),
) -> Result<ReportOutcome, ReportError> {
    let kept = replaceable(dir)?;
    let write_error = |source| ReportError::Write {
        path: dir.to_path_buf(),
        source,
    };
    let staged = crate::atomic::StagedDir::new(dir).map_err(write_error)?;
    let staging = staged.path().to_path_buf();
    let mut outcome = write_into(corpus, memberships, &staging, progress)?;
    for name in kept {
        write_file(&staging.join(name), b"")?;
    }
    staged.commit().map_err(write_error)?;
    let moved = |p: &Path| dir.join(p.strip_prefix(&staging).unwrap_or(p));
    outcome.index = moved(&outcome.index);
    outcome.files = outcome.files.iter().map(|p| moved(p)).collect();
    Ok(outcome)
}

/// Files of an output directory that a report may replace without losing anything.
const KEPT: &str = ".gitkeep";

/// Checks that `dir` may be replaced by a report (see [`write_report`]); returns the
/// names of the files to carry over.
fn replaceable(dir: &Path) -> Result<Vec<&'static str>, ReportError> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(source) => {
            return Err(ReportError::Write {
                path: dir.to_path_buf(),
                source,
            });
        }
    };
    if dir.join(crate::documents::OUTPUT_MARKER).exists() {
        return Ok(Vec::new());
    }
    let mut kept = Vec::new();
    for entry in entries.flatten() {
        if entry.file_name() == KEPT {
            kept.push(KEPT);
        } else {
            return Err(ReportError::NotAReport {
                path: dir.to_path_buf(),
            });
        }
    }
    Ok(kept)
}

/// [`write_report`] into the staging directory `dir`: the diagrams, then the other
/// files, then `index.html` with the diagrams inlined.
fn write_into(
    corpus: &Corpus,
    memberships: &Memberships,
    dir: &Path,
    progress: &mut dyn FnMut(Step),
) -> Result<ReportOutcome, ReportError> {
    let started = Instant::now();
    write_file(
        &dir.join(crate::documents::OUTPUT_MARKER),
        MARKER_TEXT.as_bytes(),
    )?;
    let views = render::all_views(&corpus.graph);
    progress(Step::Started {
        diagrams: views.len(),
    });
    let stage = Instant::now();
    // Each layout mostly waits on its Graphviz process; rayon's workers keep one
    // running per core.
    let laid_out: Vec<LaidOut> = views
        .into_par_iter()
        .map(|(name, view)| lay_out(corpus, name, &view, dir))
        .collect();
    let Collected {
        drawn,
        renderer,
        mut files,
        layout_time,
    } = collect(laid_out, progress)?;
    let diagrams_time = stage.elapsed();
    let stage = Instant::now();
    progress(Step::Data);
    let all_facts = facts::facts(&corpus.graph);
    let plan = facts::plan(&corpus.documents, &all_facts);
    files.extend(write_side_files(
        corpus,
        memberships,
        &all_facts,
        &plan,
        dir,
    )?);
    progress(Step::Sources);
    let files_time = stage.elapsed();
    let stage = Instant::now();
    progress(Step::Page);
    let index = dir.join("index.html");
    let page = sections::index_page(
        corpus,
        memberships,
        &drawn,
        renderer,
        &plan.documents,
        &plan.places,
    );
    write_file(&index, page.as_bytes())?;
    files.push(index.clone());
    Ok(ReportOutcome {
        index,
        files,
        renderer,
        layout_time,
        total_time: started.elapsed(),
        timings: Timings {
            diagrams: diagrams_time,
            files: files_time,
            page: stage.elapsed(),
        },
    })
}

/// The laid-out diagrams gathered for the page, in view order.
struct Collected {
    drawn: Vec<DrawnDiagram>,
    /// The renderer of the last diagram (all use the same one).
    renderer: Option<Renderer>,
    /// The `.dot` and `.svg` files written.
    files: Vec<PathBuf>,
    /// The layout times added up.
    layout_time: Duration,
}

/// Gathers the laid-out diagrams in view order, reporting each as done; the first
/// diagram that failed is the error.
fn collect(
    laid_out: Vec<LaidOut>,
    progress: &mut dyn FnMut(Step),
) -> Result<Collected, ReportError> {
    let mut collected = Collected {
        drawn: Vec::new(),
        renderer: None,
        files: Vec::new(),
        layout_time: Duration::ZERO,
    };
    let total = laid_out.len();
    for (n, laid_out) in laid_out.into_iter().enumerate() {
        let (diagram, used, written) = laid_out.result?;
        progress(Step::Diagram {
            name: laid_out.name,
            n: n + 1,
            total,
        });
        collected.layout_time += laid_out.took;
        collected.renderer = Some(used);
        collected.files.extend(written);
        collected.drawn.push(diagram);
    }
    Ok(collected)
}

/// One diagram once laid out: its `.dot` and `.svg` written and the SVG ready to inline
/// (or why not), with the renderer and the time the layout took.
struct LaidOut {
    name: String,
    result: Result<(DrawnDiagram, Renderer, [PathBuf; 2]), ReportError>,
    took: Duration,
}

/// Builds the DOT of `view`, lays it out and writes the diagram's files.
fn lay_out(corpus: &Corpus, name: String, view: &render::View, dir: &Path) -> LaidOut {
    let graph = &corpus.graph;
    let render_error = |source| ReportError::Render {
        name: name.clone(),
        source,
    };
    let diagram = match render::views::diagram(graph, view, &ViewOptions::default()) {
        Ok(diagram) => diagram,
        Err(source) => {
            return LaidOut {
                result: Err(render_error(source)),
                name,
                took: Duration::ZERO,
            };
        }
    };
    let dot = diagram.to_dot();
    let t = Instant::now();
    let svg = render::to_svg(&diagram, &dot, None);
    let took = t.elapsed();
    let result = svg.map_err(render_error).and_then(|(svg, renderer)| {
        let paths = write_diagram(dir, &name, &dot, &svg)?;
        let drawn = DrawnDiagram {
            name: name.clone(),
            svg: inline_svg(&String::from_utf8_lossy(&svg), &name, &|id| {
                node_href(graph, id)
            }),
        };
        Ok((drawn, renderer, paths))
    });
    LaidOut { name, result, took }
}

/// Writes `diagrams/NAME.dot` and `diagrams/NAME.svg`.
fn write_diagram(
    dir: &Path,
    name: &str,
    dot: &str,
    svg: &[u8],
) -> Result<[PathBuf; 2], ReportError> {
    let dot_path = dir.join("diagrams").join(format!("{name}.dot"));
    let svg_path = dir.join("diagrams").join(format!("{name}.svg"));
    write_file(&dot_path, dot.as_bytes())?;
    write_file(&svg_path, svg)?;
    Ok([dot_path, svg_path])
}

/// The exports under `data/`, the source pages, the facts pages and the state, group
/// and list pages, at the same time; returns the files.
fn write_side_files(
    corpus: &Corpus,
    memberships: &Memberships,
    all_facts: &[facts::Fact<'_>],
    plan: &facts::FactPlan<'_>,
    dir: &Path,
) -> Result<Vec<PathBuf>, ReportError> {
    let data = dir.join("data");
    let ((exports, sources), (fact_pages, pages)) = rayon::join(
        || write_data_and_sources(corpus, dir, &data),
        || {
            rayon::join(
                || facts::write_pages(&corpus.documents, all_facts, plan, dir),
                || {
                    pages::write_pages(
                        &corpus.graph,
                        &corpus.documents,
                        memberships,
                        &plan.places,
                        dir,
                    )
                },
            )
        },
    );
    let mut files = exports?;
    files.extend(sources?);
    files.extend(fact_pages?);
    files.extend(pages?);
    Ok(files)
}

type Written = Result<Vec<PathBuf>, ReportError>;

/// The exports and the source pages.
fn write_data_and_sources(corpus: &Corpus, dir: &Path, data: &Path) -> (Written, Written) {
    rayon::join(
        || {
            std::fs::create_dir_all(data)
                .and_then(|()| crate::export::write_all(&corpus.graph, data))
                .map_err(|source| ReportError::Write {
                    path: data.to_path_buf(),
                    source,
                })
        },
        || sources::write_pages(corpus, dir),
    )
}
