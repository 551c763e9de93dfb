//! The benchmark commands on the command line: `scan`'s counts written in the format
//! asked for, then its speed line on standard error (what the benchmarks against `grep
//! -F` read), and `synth corpus`'s summary line.

use super::{emit, fail_on_document_errors};
use crate::documents::Limits;
use crate::gazetteer::StateMatcher;
use crate::printer::{self, ListFormat};
use crate::scan::{scan_bundled, scan_paths};
use anyhow::{Context, Result};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// `scan`: counts the mentions of each state in the documents at `paths` (the bundled
/// ones when there are none), writes the counts to `output`, says how fast on standard
/// error, and fails afterwards when a document could not be read.
pub fn answer(
    paths: &[PathBuf],
    limits: &Limits,
    output: Option<&Path>,
    format: ListFormat,
) -> Result<()> {
    let started = Instant::now();
    let matcher = StateMatcher::new();
    let (counts, errors) = if paths.is_empty() {
        (scan_bundled(&matcher), Vec::new())
    } else {
        let out = scan_paths(paths, limits, &matcher);
        (out.counts, out.errors)
    };
    let seconds = started.elapsed().as_secs_f64();
    emit(output, |w| printer::scan::write(w, &counts, format))?;
    eprintln!(
        "scanned {} files, {} bytes in {seconds:.3} s ({:.0} MB/s)",
        counts.files,
        counts.bytes,
        counts.bytes as f64 / 1e6 / seconds.max(1e-9)
    );
    fail_on_document_errors(&errors)
}

/// `synth corpus`: writes `megabytes` MB of synthetic documents into `dir` (see
/// [`crate::synth::write_corpus`]) and says how many files and bytes on standard error.
pub fn write_synthetic_corpus(dir: &Path, megabytes: u64, seed: u64) -> Result<()> {
    let s = crate::synth::write_corpus(dir, megabytes, seed)
        .with_context(|| format!("cannot write the corpus into {}", dir.display()))?;
    eprintln!(
        "{} files, {} bytes in {}",
        s.files,
        s.bytes,
        crate::terminal::escape_line(&dir.display().to_string())
    );
    Ok(())
}
