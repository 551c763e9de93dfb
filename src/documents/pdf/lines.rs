//! Glyphs to lines: one baseline in content order, superscripts raised above it (footnote
//! markers dropped), wide gaps as tabs.

use super::glyphs::*;

/// A line of a page as read.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Line {
    pub(super) text: String,
    /// Baseline of its main (largest) glyphs.
    pub(super) y: f64,
    /// Size of its main glyphs.
    pub(super) size: f64,
    /// Holds a wide gap (table cells).
    pub(super) table: bool,
    /// Starts with a superscript footnote marker (dropped from `text`).
    pub(super) marker: bool,
    /// 1-based number on the page, in reading order.
    pub(super) number: u32,
    pub(super) role: Role,
}

/// What a line is for the layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Role {
    Body,
    Running,
    Footnote,
}

/// The lines of one page.
#[derive(Debug)]
pub(super) struct PageLines {
    pub(super) number: u32,
    pub(super) lines: Vec<Line>,
}

/// Smaller than this share of the line's main size, a glyph may be a superscript.
pub(super) const SUPERSCRIPT_SIZE: f64 = 0.85;

/// Glyph `g` raised and smaller than a line of baseline `y` and size `size`.
pub(super) fn raised(g: &Glyph, y: f64, size: f64) -> bool {
    g.size < SUPERSCRIPT_SIZE * size && y - g.y > 0.12 * size && y - g.y < 0.8 * size
}

/// Cuts a page's glyphs into lines (see module docs).
pub(super) fn page_lines(page: &Page) -> PageLines {
    let mut groups: Vec<Vec<Glyph>> = Vec::new();
    // Baseline and size of the main glyphs of the line being built.
    let mut main: Option<(f64, f64)> = None;
    for g in &page.glyphs {
        let joined = match (main, groups.last()) {
            (Some((y, size)), Some(line)) => {
                let last_end = line.last().map_or(g.x, |l| l.end);
                let forward = g.x >= last_end - 0.5 * size.max(g.size);
                if !forward {
                    None
                } else if (g.y - y).abs() <= 0.3 * size.max(g.size) {
                    Some((y, size.max(g.size)))
                } else if raised(g, y, size) {
                    Some((y, size))
                } else if line.iter().all(|s| raised(s, g.y, g.size)) {
                    // The line so far was a superscript (a footnote's marker): this glyph
                    // sets the baseline.
                    Some((g.y, g.size))
                } else {
                    None
                }
            }
            _ => None,
        };
        match (joined, groups.last_mut()) {
            (Some(m), Some(line)) => {
                line.push(*g);
                main = Some(m);
            }
            _ => {
                groups.push(vec![*g]);
                main = Some((g.y, g.size));
            }
        }
    }
    let mut lines = Vec::with_capacity(groups.len());
    for glyphs in &groups {
        if let Some(mut line) = render_line(page, glyphs) {
            line.number = u32::try_from(lines.len() + 1).unwrap_or(u32::MAX);
            lines.push(line);
        }
    }
    PageLines {
        number: page.number,
        lines,
    }
}

/// The text of one line: spaces from gaps, tabs for wide gaps, footnote markers dropped.
pub(super) fn render_line(page: &Page, glyphs: &[Glyph]) -> Option<Line> {
    let main = glyphs
        .iter()
        .max_by(|a, b| a.size.total_cmp(&b.size))
        .copied()?;
    let (y, size) = (main.y, main.size);
    let mut text = String::new();
    let mut table = false;
    let mut marker = false;
    let mut want_space = false;
    let mut prev_end: Option<f64> = None;
    let mut i = 0;
    while let Some(g) = glyphs.get(i) {
        let gap = prev_end.map_or(0.0, |end| g.x - end);
        if gap > 2.5 * size && !text.is_empty() {
            text.push('\t');
            table = true;
            want_space = false;
        } else if g.space_before || gap > 0.15 * size {
            want_space = true;
        }
        if raised(g, y, size) {
            // A run of raised glyphs: a footnote marker when it is only digits and signs.
            let run_end = glyphs
                .iter()
                .skip(i)
                .position(|s| !raised(s, y, size))
                .map_or(glyphs.len(), |n| i + n);
            let run = glyphs.get(i..run_end).unwrap_or_default();
            let run_text: String = run.iter().map(|s| page.text(s)).collect();
            let is_marker = run_text.chars().all(|c| {
                c.is_ascii_digit()
                    || matches!(c, '*' | '†' | '‡' | '§' | ',' | '¹' | '²' | '³')
                    || ('\u{2070}'..='\u{2079}').contains(&c)
            });
            if is_marker {
                marker |= text.is_empty();
            } else {
                if want_space && !text.is_empty() && !text.ends_with('\t') {
                    text.push(' ');
                }
                want_space = false;
                text.push_str(&run_text);
            }
            prev_end = run.last().map(|s| s.end);
            i = run_end;
            continue;
        }
        if want_space && !text.is_empty() && !text.ends_with('\t') {
            text.push(' ');
        }
        want_space = false;
        text.push_str(page.text(g));
        prev_end = Some(g.end);
        i += 1;
    }
    let text = text.trim().to_string();
    (!text.is_empty()).then_some(Line {
        text,
        y,
        size,
        table,
        marker,
        number: 0,
        role: Role::Body,
    })
}
