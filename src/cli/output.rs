//! Where answers go: stdout, or a file written atomically (temp file in the same
//! directory, renamed into place) so a failed run never leaves a partial file.

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

/// Pads cells into aligned columns; the last column is not padded.
pub fn table(w: &mut dyn Write, header: &[&str], rows: &[Vec<String>]) -> io::Result<()> {
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            if let Some(wd) = widths.get_mut(i) {
                *wd = (*wd).max(cell.chars().count());
            }
        }
    }
    let line = |w: &mut dyn Write, cells: &[String]| -> io::Result<()> {
        let mut out = String::new();
        for (i, cell) in cells.iter().enumerate() {
            if i + 1 < cells.len() {
                let pad = widths
                    .get(i)
                    .copied()
                    .unwrap_or(0)
                    .saturating_sub(cell.chars().count());
                out.push_str(cell);
                out.extend(std::iter::repeat_n(' ', pad + 2));
            } else {
                out.push_str(cell);
            }
        }
        writeln!(w, "{}", out.trim_end())
    };
    line(w, &header.iter().map(|h| h.to_string()).collect::<Vec<_>>())?;
    line(
        w,
        &widths.iter().map(|&n| "-".repeat(n)).collect::<Vec<_>>(),
    )?;
    for row in rows {
        line(w, row)?;
    }
    Ok(())
}
