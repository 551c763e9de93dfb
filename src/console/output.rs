//! Where answers go: stdout (no `-o`, or `-o -`), or a file written atomically (temp file
//! in the same directory, renamed into place) so a failed run never leaves a partial file.
//! Devices, FIFOs and `/dev/stdout` are written through (see [`crate::atomic`]).

use anyhow::{Context, Result};
use std::io::{self, BufWriter, Write};

use std::path::Path;

/// Writes through `write` to `path` atomically, or to stdout when `path` is `None` or
/// `-` (the usual name of standard output; a file named `-` is `./-`).
pub fn emit(
    path: Option<&Path>,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<()> {
    match path.filter(|p| *p != Path::new("-")) {
        None => {
            let stdout = crate::atomic::stdout().context("writing to stdout")?;
            let mut w = BufWriter::new(stdout);
            write(&mut w).context("writing to stdout")?;
            w.flush().context("writing to stdout")?;
            Ok(())
        }
        Some(path) => crate::atomic::write_file(path, |w| write(w))
            .with_context(|| format!("cannot write {}", path.display())),
    }
}

/// Refuses an `output` that is one of the files the run read (`build --corpus a.txt -o
/// a.txt`, or `-o` onto a document inside a `--corpus` directory, a hard link or a
/// symbolic link to it): writing would replace the input with the answer.
pub fn refuse_overwriting_input<'a>(
    output: Option<&Path>,
    inputs: impl IntoIterator<Item = &'a Path>,
) -> Result<()> {
    let Some(out) = output.filter(|p| *p != Path::new("-")) else {
        return Ok(());
    };
    let Ok(out_meta) = std::fs::metadata(out) else {
        return Ok(());
    };
    if !out_meta.is_file() {
        return Ok(());
    }
    for input in inputs {
        if same_file(input, out, &out_meta) {
            return Err(super::BadInput(format!(
                "{}: is {}, an input of this run; -o will not overwrite it",
                out.display(),
                input.display()
            ))
            .into());
        }
    }
    Ok(())
}

#[cfg(unix)]
fn same_file(input: &Path, _out: &Path, out_meta: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(input).is_ok_and(|m| m.dev() == out_meta.dev() && m.ino() == out_meta.ino())
}

#[cfg(not(unix))]
fn same_file(input: &Path, out: &Path, _out_meta: &std::fs::Metadata) -> bool {
    match (std::fs::canonicalize(input), std::fs::canonicalize(out)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// True when the error is a closed pipe (`ggegraph ... | head`), which is not a failure.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(is_broken_pipe_cause)
}

/// Whether `e` is, or wraps, an I/O error of kind `BrokenPipe`. JSON and CSV writers
/// wrap the I/O error in their own, and `io::Error::other` wraps those again; neither
/// shows the inner error as a `source`, so each wrapper is opened here.
fn is_broken_pipe_cause(e: &(dyn std::error::Error + 'static)) -> bool {
    if let Some(io) = e.downcast_ref::<io::Error>() {
        if io.kind() == io::ErrorKind::BrokenPipe {
            return true;
        }
        if let Some(inner) = io.get_ref() {
            return is_broken_pipe_cause(inner);
        }
    }
    if let Some(json) = e.downcast_ref::<serde_json::Error>() {
        return json.io_error_kind() == Some(io::ErrorKind::BrokenPipe);
    }
    if let Some(csv) = e.downcast_ref::<csv::Error>()
        && let csv::ErrorKind::Io(io) = csv.kind()
    {
        return io.kind() == io::ErrorKind::BrokenPipe;
    }
    false
}
