//! SVG and PNG from DOT: Graphviz's `dot` when it is installed, otherwise (SVG only) the
//! pure-Rust fallback in [`super::fallback`], which draws the diagram the DOT was printed
//! from.

use super::diagram::Diagram;
use super::{Layout, RenderError, fallback};
use std::io::{self, Write};
use std::process::{Command, Stdio};

/// Set this environment variable to `1` to act as if Graphviz were not installed (the
/// SVG fallback is then used; tests force it this way).
pub const NO_GRAPHVIZ_ENV: &str = "GGEGRAPH_NO_GRAPHVIZ";

/// Which engine drew an SVG.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Renderer {
    /// Graphviz's `dot` executable.
    Graphviz,
    /// The pure-Rust `layout-rs` fallback (layered layout, or the pinned positions of a
    /// grid view; simpler shapes, no clusters or tables).
    Fallback,
}

/// Whether Graphviz's `dot` runs here (and is not disabled by `GGEGRAPH_NO_GRAPHVIZ=1`).
pub fn graphviz_available() -> bool {
    !graphviz_disabled()
        && Command::new("dot")
            .arg("-V")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
}

fn graphviz_disabled() -> bool {
    std::env::var_os(NO_GRAPHVIZ_ENV).is_some_and(|v| !v.is_empty() && v != "0")
}

/// Renders `diagram` to SVG: its DOT `dot` (the [`Diagram::to_dot`] the caller keeps,
/// printed once) with Graphviz (`dot -K<layout> -Tsvg`), or the diagram itself with the
/// pure-Rust fallback when Graphviz is not installed. `layout` `None` keeps the engine
/// the DOT's `layout` attribute names.
///
/// # Errors
/// [`RenderError::Graphviz`] (with `dot`'s stderr) when Graphviz fails,
/// [`RenderError::Spawn`] when it cannot be run for another reason than being absent,
/// [`RenderError::Fallback`] when the fallback cannot lay the graph out.
pub fn to_svg(
    diagram: &Diagram,
    dot: &str,
    layout: Option<Layout>,
) -> Result<(Vec<u8>, Renderer), RenderError> {
    match run_graphviz(dot, layout, "svg")? {
        Some(svg) => Ok((svg, Renderer::Graphviz)),
        None => Ok((fallback::svg(diagram)?.into_bytes(), Renderer::Fallback)),
    }
}

/// Renders DOT to PNG with Graphviz.
///
/// # Errors
/// [`RenderError::GraphvizMissing`] when Graphviz is not installed (there is no PNG
/// fallback), otherwise as [`to_svg`].
pub fn to_png(dot: &str, layout: Option<Layout>) -> Result<Vec<u8>, RenderError> {
    run_graphviz(dot, layout, "png")?.ok_or(RenderError::GraphvizMissing)
}

/// Runs `dot`; `Ok(None)` when it is not installed (or disabled).
fn run_graphviz(
    dot: &str,
    layout: Option<Layout>,
    format: &'static str,
) -> Result<Option<Vec<u8>>, RenderError> {
    if graphviz_disabled() {
        return Ok(None);
    }
    let mut cmd = Command::new("dot");
    if let Some(layout) = layout {
        cmd.arg(format!("-K{layout}"));
    }
    cmd.arg(format!("-T{format}"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    // Input from a thread feeding a pipe, so a large output cannot dead-lock against a
    // full pipe; where no thread can be started, from an unnamed temporary file.
    let from_file = crate::threads::sequential();
    if from_file {
        cmd.stdin(input_file(dot)?);
    } else {
        cmd.stdin(Stdio::piped());
    }
    let mut child = match cmd.spawn() {
        Ok(child) => child,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(RenderError::Spawn(e)),
    };
    let mut written = Ok(());
    if let Some(mut stdin) = child.stdin.take() {
        let input = dot.as_bytes().to_vec();
        match std::thread::Builder::new().spawn(move || stdin.write_all(&input)) {
            Ok(writer) => {
                let output = child.wait_with_output().map_err(RenderError::Spawn)?;
                written = writer
                    .join()
                    .map_err(|_| RenderError::Spawn(io::Error::other("stdin writer panicked")))?;
                return finish(output, written, layout, format);
            }
            Err(_) => {
                // The pipe went with the thread that was not started: dot reads an
                // empty graph. Start it again on the input as a file.
                let _ = child.kill();
                let _ = child.wait();
                cmd.stdin(input_file(dot)?);
                child = cmd.spawn().map_err(RenderError::Spawn)?;
            }
        }
    }
    let output = child.wait_with_output().map_err(RenderError::Spawn)?;
    finish(output, written, layout, format)
}

/// `dot` as an unnamed temporary file, read from its start: Graphviz's input where no
/// thread can feed a pipe.
fn input_file(dot: &str) -> Result<std::fs::File, RenderError> {
    use std::io::Seek;
    let mut file = tempfile::tempfile().map_err(RenderError::Spawn)?;
    file.write_all(dot.as_bytes())
        .and_then(|()| file.rewind())
        .map_err(RenderError::Spawn)?;
    Ok(file)
}

/// Graphviz's result from its output and the outcome of writing its input.
fn finish(
    output: std::process::Output,
    written: io::Result<()>,
    layout: Option<Layout>,
    format: &'static str,
) -> Result<Option<Vec<u8>>, RenderError> {
    if output.status.success() {
        // A write error with a successful exit is dot closing stdin early: not a failure.
        return Ok(Some(output.stdout));
    }
    let mut stderr = String::from_utf8_lossy(&output.stderr).trim().to_string();
    if let Err(e) = written {
        stderr.push_str(&format!(" (writing its input failed: {e})"));
    }
    Err(RenderError::Graphviz {
        layout: layout.map_or_else(|| "(from DOT)".to_string(), |l| l.to_string()),
        format,
        status: output.status.to_string(),
        stderr,
    })
}
