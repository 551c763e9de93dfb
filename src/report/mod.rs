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
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use svg::{inline_svg, node_href};

pub use html::esc;

/// A step of the report, for progress display.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// The work has started: diagrams are laid out while the data files and pages are
    /// written (nothing is reported until both are done, so show a steady spinner).
    Started {
        /// Number of diagrams being laid out.
        diagrams: usize,
    },
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
    /// Time of each part.
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

/// How long each part of a report took (wall clock). Diagrams are built and laid out on
/// their own threads while the data files, source pages and the rest of `index.html` are
/// written, so the parts overlap.
#[derive(Debug, Clone, Copy, Default)]
pub struct Timings {
    /// Building the DOT of every view.
    pub dot: Duration,
    /// From the last DOT built until the last layout returned and its files were written.
    pub layout_wall: Duration,
    /// Exports, source pages and `index.html` without its diagrams, meanwhile.
    pub data_and_page: Duration,
    /// Time the report waited for layouts once everything else was done: the part of
    /// the layout no other work hid.
    pub waiting_on_layout: Duration,
    /// Filling the diagrams into `index.html` and writing it, once the layouts are back.
    pub finish: Duration,
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

/// [`write_report`] into the staging directory `dir`.
fn write_into(
    corpus: &Corpus,
    memberships: &Memberships,
    dir: &Path,
    progress: &mut dyn FnMut(Step),
) -> Result<ReportOutcome, ReportError> {
    let started = Instant::now();
    let mut timings = Timings::default();
    write_file(
        &dir.join(crate::documents::OUTPUT_MARKER),
        MARKER_TEXT.as_bytes(),
    )?;
    let views = render::all_views(&corpus.graph);
    let names: Vec<String> = views.iter().map(|(name, _)| name.clone()).collect();
    // Diagrams: DOT, then one thread per layout (each waits on a Graphviz process, so
    // all run at once). Meanwhile, on the cores: the exports, the source pages and
    // index.html with a slot for each diagram. Progress is reported from this thread,
    // in a fixed order, once the work is done.
    progress(Step::Started {
        diagrams: views.len(),
    });
    let (diagrams, side, page) = std::thread::scope(|scope| {
        let diagrams = crate::threads::spawn_scoped(scope, || lay_out(corpus, views, dir));
        let side_start = Instant::now();
        let all_facts = facts::facts(&corpus.graph);
        let plan = facts::plan(&corpus.graph, &all_facts);
        let side = write_side_files(corpus, memberships, &all_facts, &plan, dir);
        let page = side.as_ref().ok().map(|_| {
            sections::index_page(corpus, memberships, &names, &plan.documents, &plan.places)
        });
        timings.data_and_page = side_start.elapsed();
        let wait_start = Instant::now();
        let diagrams = diagrams.join();
        if let Ok(d) = &diagrams {
            timings.waiting_on_layout = wait_start.elapsed().min(
                d.layouts_done
                    .saturating_duration_since(d.dots_done.max(wait_start)),
            );
        }
        (diagrams, side, page)
    });
    let diagrams = diagrams?;
    timings.dot = diagrams.dot_time;
    timings.layout_wall = diagrams
        .layouts_done
        .saturating_duration_since(diagrams.dots_done);
    let finish_start = Instant::now();
    let Collected {
        drawn,
        renderer,
        mut files,
        layout_time,
    } = collect(diagrams.laid_out, progress)?;
    progress(Step::Data);
    progress(Step::Sources);
    files.extend(side?);
    progress(Step::Page);
    let index = dir.join("index.html");
    if let Some(page) = page {
        write_file(
            &index,
            sections::fill_page(page, &drawn, renderer).as_bytes(),
        )?;
    }
    files.push(index.clone());
    timings.finish = finish_start.elapsed();
    Ok(ReportOutcome {
        index,
        files,
        renderer,
        layout_time,
        total_time: started.elapsed(),
        timings,
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

/// The diagrams of a report and when their steps ended.
struct Diagrams {
    laid_out: Vec<LaidOut>,
    dot_time: Duration,
    dots_done: Instant,
    layouts_done: Instant,
}

/// Builds every view's DOT and lays each out on its own thread as soon as its DOT is
/// ready, so the first Graphviz process starts within a millisecond and layouts overlap
/// with building the next DOTs. Each thread then writes its diagram's files.
fn lay_out(
    corpus: &Corpus,
    views: Vec<(String, render::View)>,
    dir: &Path,
) -> Result<Diagrams, ReportError> {
    let start = Instant::now();
    let graph = &corpus.graph;
    std::thread::scope(|scope| {
        let mut running = Vec::new();
        for (name, view) in views {
            let dot =
                render::view_dot(graph, &view, &ViewOptions::default()).map_err(|source| {
                    ReportError::Render {
                        name: name.clone(),
                        source,
                    }
                })?;
            running.push(crate::threads::spawn_scoped(scope, move || {
                let t = Instant::now();
                let svg = render::to_svg(&dot, None);
                let took = t.elapsed();
                let result = match svg {
                    Ok((svg, renderer)) => write_diagram(dir, &name, &dot, &svg).map(|paths| {
                        let drawn = DrawnDiagram {
                            name: name.clone(),
                            svg: inline_svg(&String::from_utf8_lossy(&svg), &name, &|id| {
                                node_href(graph, id)
                            }),
                        };
                        (drawn, renderer, paths)
                    }),
                    Err(source) => Err(ReportError::Render {
                        name: name.clone(),
                        source,
                    }),
                };
                LaidOut { name, result, took }
            }));
        }
        let dots_done = Instant::now();
        let laid_out = running
            .into_iter()
            .map(crate::threads::Task::join)
            .collect();
        Ok(Diagrams {
            laid_out,
            dot_time: dots_done - start,
            dots_done,
            layouts_done: Instant::now(),
        })
    })
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
                || facts::write_pages(&corpus.graph, all_facts, plan, dir),
                || pages::write_pages(&corpus.graph, memberships, &plan.places, dir),
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
