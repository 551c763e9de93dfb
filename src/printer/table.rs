//! Plain-text layout shared by every table the tool prints (the command line's answers
//! and `eval`'s report), so columns line up the same way everywhere.
//!
//! Not for choosing what goes in a table: each answer builds its rows, this only pads.

use std::io::{self, Write};

/// Pads cells into aligned columns; the last column is not padded.
pub fn table(w: &mut dyn Write, header: &[&str], rows: &[Vec<String>]) -> io::Result<()> {
    // Cells are escaped for the terminal before they are measured, so a newline or an ESC
    // sequence in a name can neither break the alignment nor reach the screen.
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|row| {
            row.iter()
                .map(|c| crate::terminal::escape_line(c).into_owned())
                .collect()
        })
        .collect();
    let rows = rows.as_slice();
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
