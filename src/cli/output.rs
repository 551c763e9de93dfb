//! Where answers go: stdout, or a file written atomically (temp file in the same
//! directory, renamed into place) so a failed run never leaves a partial file.

use anyhow::{Context, Result};
use std::io::{self, BufWriter, Write};

pub use ggegraph::printer::table;
use std::path::Path;

/// Writes through `write` to `path` atomically, or to stdout when `path` is `None`.
pub fn emit(
    path: Option<&Path>,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<()> {
    match path {
        None => {
            let stdout = io::stdout();
            let mut w = BufWriter::new(stdout.lock());
            write(&mut w).context("writing to stdout")?;
            w.flush().context("writing to stdout")?;
            Ok(())
        }
        Some(path) => ggegraph::atomic::write_file(path, |w| write(w))
            .with_context(|| format!("cannot write {}", path.display())),
    }
}

/// True when the error is a closed pipe (`ggegraph ... | head`), which is not a failure.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
    })
}
