//! `eval` on the command line: the scores written in the format asked for, and the
//! targets they miss, one line each on standard error.

use super::emit;
use crate::eval::{EvalOptions, evaluate, read_targets, write_json, write_table};
use crate::printer::ListFormat;
use anyhow::Result;
use std::path::Path;
use std::process::ExitCode;

/// `eval`: scores the extractor on the annotated pages in `dir`, writes the scores to
/// `output`, and exits 1 when a figure misses one of the `targets` (0 when every target
/// is met, or none is given).
pub fn answer(
    dir: &Path,
    targets: Option<&Path>,
    options: &EvalOptions,
    output: Option<&Path>,
    format: ListFormat,
) -> Result<ExitCode> {
    // Read the targets first: a bad targets file should not cost a whole evaluation.
    let targets = targets.map(read_targets).transpose()?;
    let evaluation = evaluate(dir, options)?;
    emit(output, |w| match format {
        ListFormat::Table => write_table(w, &evaluation),
        ListFormat::Json => write_json(w, &evaluation),
    })?;
    let missed = targets.map(|t| t.check(&evaluation)).unwrap_or_default();
    for miss in &missed {
        eprintln!("ggegraph: eval: {miss}");
    }
    Ok(if missed.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
