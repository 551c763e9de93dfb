//! PDF front-end: the text layer of a PDF cut into paragraphs, headings, list items and
//! footnotes, with the page and line of every character.
//!
//! For what a reader of the printed page takes as the document's text; not for character
//! rules (`normalize`) or sentences (`sentences`), which run after it as for every format.
//!
//! `pdf-extract` interprets the content streams (fonts, encodings, `ToUnicode` maps) and
//! hands over every glyph with its position and size; from there:
//! - glyphs on one baseline, in content order, make a line; smaller glyphs raised above the
//!   baseline are superscripts, and a superscript of digits or `* † ‡ §` is a footnote
//!   marker, dropped so that "66/24¹" reads "66/24" and never "66/241"; a wide gap on a
//!   line (a table cell) becomes a tab;
//! - running headers and footers are dropped: among the three top and three bottom lines
//!   of each page, a line that recurs at the same height (digits aside) on a fifth of the
//!   pages (at least two, three from three pages on), a page number (`7`, `Page 7`,
//!   `- 7 -`, `7/12`) and the UN job number and barcode line (`15-12345 (E) 150715`);
//! - footnotes (the block of lines in a smaller font at the foot of a page, from the line
//!   that starts with a marker) are kept apart: they follow the body, one paragraph each;
//! - body lines make paragraphs where the vertical gap exceeds the usual line pitch; a
//!   paragraph goes on across a page or column break unless the line before ends a
//!   sentence; a word hyphenated at a line end before a lower-case letter is joined
//!   without the hyphen; bullets, numbered items and headings follow the plain-text rules.
//!
//! Pages are interpreted in parallel: most of the time goes to `pdf-extract` parsing each
//! page's fonts (Type 1 encodings, `ToUnicode` maps) again, which no cache of ours can
//! avoid; the layout is a few per cent.
//!
//! Reading order is the content stream's, which is column by column in the PDFs that
//! word processors and LaTeX write. Each character maps to a line that
//! [`SourceLine`](super::SourceLine) places on its page: line numbers count the lines of the
//! page in reading order, running headers included.

use std::cell::Cell;
use std::path::Path;

use pdf_extract::{MediaBox, OutputDev, OutputError, Transform};

use super::normalize::{Block, Kind};
use super::posmap::MappedText;
use super::text::{bullet_marker, looks_like_heading, push_line, push_newline};
use super::{DocumentError, Extracted, SourceLine};

/// Reads the text layer of a PDF (see module docs).
///
/// # Errors
/// [`DocumentError::Encrypted`] when the file needs a password,
/// [`DocumentError::NoTextLayer`] when no page has text (a scan), and
/// [`DocumentError::Malformed`] when the file cannot be parsed at all. A page that cannot
/// be read is skipped with a warning.
pub(crate) fn read(bytes: &[u8], path: &Path) -> Result<Extracted, DocumentError> {
    let malformed = |reason: String| DocumentError::Malformed {
        path: path.to_path_buf(),
        format: "PDF",
        reason,
    };
    if !bytes.starts_with(b"%PDF-") && !bytes.get(..1024).is_some_and(has_pdf_header) {
        return Err(malformed("no %PDF- header".into()));
    }
    let doc = match quietly(|| pdf_extract::Document::load_mem(bytes)) {
        Ok(Ok(doc)) => doc,
        Ok(Err(e)) => return Err(malformed(e.to_string())),
        Err(()) => return Err(malformed("the PDF reader failed on its structure".into())),
    };
    // lopdf opens files whose user password is empty by itself; the others stay encrypted.
    if doc.is_encrypted() && !doc.was_encrypted() {
        return Err(DocumentError::Encrypted {
            path: path.to_path_buf(),
        });
    }
    let page_numbers: Vec<u32> = doc.get_pages().into_keys().collect();
    if page_numbers.is_empty() {
        return Err(malformed("no pages".into()));
    }
    let (pages, warnings) = interpret(&doc, &page_numbers, path);
    if pages.is_empty() {
        return Err(malformed("no page could be read".into()));
    }
    if pages.iter().all(|p| p.glyphs.is_empty()) {
        return Err(DocumentError::NoTextLayer {
            path: path.to_path_buf(),
        });
    }
    use rayon::prelude::*;
    let pages: Vec<PageLines> = pages.par_iter().map(page_lines).collect();
    let mut extracted = layout(pages);
    extracted.warnings = warnings;
    Ok(extracted)
}

/// The glyphs of each page that could be read, and a warning for each that could not.
///
/// Pages are read apart (pdf-extract parses a page's fonts again for each page anyway),
/// so a long document uses every core.
fn interpret(
    doc: &pdf_extract::Document,
    page_numbers: &[u32],
    path: &Path,
) -> (Vec<Page>, Vec<String>) {
    use rayon::prelude::*;
    let results: Vec<Result<Page, String>> = page_numbers
        .par_iter()
        .map(|&n| {
            let mut collector = Collector::default();
            match quietly(|| pdf_extract::output_doc_page(doc, &mut collector, n)) {
                Ok(Ok(())) => Ok(collector.pages.pop().unwrap_or_default()),
                Ok(Err(e)) => Err(format!("{} p. {n}: page skipped: {e}", path.display())),
                Err(()) => Err(format!(
                    "{} p. {n}: page skipped: the PDF reader failed on its content",
                    path.display()
                )),
            }
        })
        .collect();
    let mut pages = Vec::with_capacity(results.len());
    let mut warnings = Vec::new();
    for r in results {
        match r {
            Ok(page) => pages.push(page),
            Err(w) => warnings.push(w),
        }
    }
    (pages, warnings)
}

/// True when `%PDF-` occurs in the first bytes (some files have junk before the header,
/// which readers accept).
fn has_pdf_header(head: &[u8]) -> bool {
    head.windows(5).any(|w| w == b"%PDF-")
}

thread_local! {
    /// Set while the PDF reader runs on this thread: its panics are caught and reported
    /// as a malformed file, so the default hook's message would only be noise.
    static QUIET: Cell<bool> = const { Cell::new(false) };
}

/// Runs `f`, turning a panic into `Err(())` without printing it. `pdf-extract` panics
/// on some malformed files instead of returning an error; one bad file must not end the
/// run or print a backtrace.
fn quietly<T>(f: impl FnOnce() -> T) -> Result<T, ()> {
    static HOOK: std::sync::Once = std::sync::Once::new();
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !QUIET.with(Cell::get) {
                previous(info);
            }
        }));
    });
    let was = QUIET.with(|q| q.replace(true));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    QUIET.with(|q| q.set(was));
    result.map_err(|_| ())
}

/// One glyph as placed on the page (y grows downwards from the top of the page).
#[derive(Debug, Clone, Copy)]
struct Glyph {
    /// Left edge.
    x: f64,
    /// Baseline.
    y: f64,
    /// Right edge (left edge plus advance).
    end: f64,
    /// Font size on the page.
    size: f64,
    /// Byte range of its text in [`Page::chars`].
    start: u32,
    /// End of that range.
    stop: u32,
    /// A space glyph came just before it.
    space_before: bool,
}

/// The glyphs of one page.
#[derive(Debug, Default)]
struct Page {
    number: u32,
    /// Top of the media box, to turn PDF's upward y into a downward one.
    top: f64,
    chars: String,
    glyphs: Vec<Glyph>,
}

impl Page {
    fn text(&self, g: &Glyph) -> &str {
        self.chars
            .get(g.start as usize..g.stop as usize)
            .unwrap_or("")
    }
}

/// Receives the glyphs `pdf-extract` finds, page by page.
#[derive(Debug, Default)]
struct Collector {
    pages: Vec<Page>,
    current: Option<Page>,
    space: bool,
}

impl OutputDev for Collector {
    fn begin_page(
        &mut self,
        page_num: u32,
        media_box: &MediaBox,
        _art_box: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.current = Some(Page {
            number: page_num,
            top: media_box.ury,
            ..Page::default()
        });
        self.space = false;
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        if let Some(page) = self.current.take() {
            self.pages.push(page);
        }
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        char: &str,
    ) -> Result<(), OutputError> {
        let Some(page) = self.current.as_mut() else {
            return Ok(());
        };
        if char.chars().all(|c| c.is_whitespace() || c.is_control()) {
            self.space = true;
            return Ok(());
        }
        // The text rendering matrix scales the font size; its area scale is the size on
        // the page whatever the rotation.
        let scale = ((trm.m11 + trm.m21) * (trm.m12 + trm.m22)).abs().sqrt();
        let mut size = font_size.abs() * scale;
        if !size.is_finite() || size <= 0.0 {
            size = 1.0;
        }
        let x = if trm.m31.is_finite() { trm.m31 } else { 0.0 };
        let y = if trm.m32.is_finite() {
            page.top - trm.m32
        } else {
            0.0
        };
        let advance = if width.is_finite() { width * size } else { 0.0 };
        let start = u32::try_from(page.chars.len()).unwrap_or(u32::MAX);
        page.chars.extend(char.chars().filter(|c| !c.is_control()));
        let stop = u32::try_from(page.chars.len()).unwrap_or(u32::MAX);
        page.glyphs.push(Glyph {
            x,
            y,
            end: x + advance.max(0.0),
            size,
            start,
            stop,
            space_before: std::mem::take(&mut self.space),
        });
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}

/// A line of a page as read.
#[derive(Debug, Clone, PartialEq)]
struct Line {
    text: String,
    /// Baseline of its main (largest) glyphs.
    y: f64,
    /// Size of its main glyphs.
    size: f64,
    /// Holds a wide gap (table cells).
    table: bool,
    /// Starts with a superscript footnote marker (dropped from `text`).
    marker: bool,
    /// 1-based number on the page, in reading order.
    number: u32,
    role: Role,
}

/// What a line is for the layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Body,
    Running,
    Footnote,
}

/// The lines of one page.
#[derive(Debug)]
struct PageLines {
    number: u32,
    lines: Vec<Line>,
}

/// Smaller than this share of the line's main size, a glyph may be a superscript.
const SUPERSCRIPT_SIZE: f64 = 0.85;

/// Glyph `g` raised and smaller than a line of baseline `y` and size `size`.
fn raised(g: &Glyph, y: f64, size: f64) -> bool {
    g.size < SUPERSCRIPT_SIZE * size && y - g.y > 0.12 * size && y - g.y < 0.8 * size
}

/// Cuts a page's glyphs into lines (see module docs).
fn page_lines(page: &Page) -> PageLines {
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
fn render_line(page: &Page, glyphs: &[Glyph]) -> Option<Line> {
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

/// The line with digit runs as `#`, lower case, spaces collapsed: what a running header
/// keeps from page to page.
fn running_key(text: &str) -> String {
    let mut key = String::with_capacity(text.len());
    let mut digits = false;
    for c in text.chars() {
        if c.is_ascii_digit() {
            if !digits {
                key.push('#');
            }
            digits = true;
            continue;
        }
        digits = false;
        if c.is_whitespace() {
            if !key.ends_with(' ') {
                key.push(' ');
            }
        } else {
            key.extend(c.to_lowercase());
        }
    }
    key.trim().to_string()
}

/// What a running header keeps from page to page: its text (digits aside) and height.
/// Headings that open the body of two pages differ in height, or in more than digits.
fn zone_key(line: &Line) -> String {
    format!("{}@{}", running_key(&line.text), (line.y / 2.0).round())
}

/// A page number as printed in a header or footer: `7`, `Page 7`, `- 7 -`, `7/12`,
/// `7 of 12`, `iv`.
fn is_page_number(text: &str) -> bool {
    let key = running_key(text);
    if is_roman(&key) || key.strip_prefix("page ").is_some_and(is_roman) {
        return true;
    }
    matches!(
        key.as_str(),
        "#" | "page #" | "- # -" | "-#-" | "#/#" | "# / #" | "# of #" | "page # of #" | "p. #"
    )
}

/// A lower-case roman numeral below 400 (`iv`, `xii`), as front matter is numbered.
fn is_roman(t: &str) -> bool {
    // Each group: hundreds, tens, units, as (one, five, ten) letters.
    let mut rest = t;
    for (one, five, ten) in [('c', 'd', 'm'), ('x', 'l', 'c'), ('i', 'v', 'x')] {
        let forms = [
            format!("{one}{ten}"),
            format!("{one}{five}"),
            format!("{five}{one}{one}{one}"),
            format!("{five}{one}{one}"),
            format!("{five}{one}"),
            format!("{five}"),
            format!("{one}{one}{one}"),
            format!("{one}{one}"),
            format!("{one}"),
        ];
        if let Some(f) = forms.iter().find(|f| rest.starts_with(f.as_str())) {
            rest = rest.get(f.len()..).unwrap_or("");
        }
    }
    !t.is_empty() && rest.is_empty()
}

/// The UN job number and barcode line: `15-12345 (E)`, often followed by dates and the
/// barcode's digits, or the barcode's text alone (`*1512345*`).
fn is_job_number(text: &str) -> bool {
    let t = text.trim();
    let b = t.as_bytes();
    let job = b.len() >= 8
        && b.get(..2).is_some_and(|d| d.iter().all(u8::is_ascii_digit))
        && b.get(2) == Some(&b'-')
        && b.get(3..8)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
        && b.get(8).is_none_or(|c| !c.is_ascii_alphanumeric());
    let barcode = t.len() > 2
        && t.starts_with('*')
        && t.ends_with('*')
        && t.trim_matches('*').bytes().all(|c| c.is_ascii_digit());
    job || barcode
}

/// Marks running headers and footers (see module docs).
fn mark_running(pages: &mut [PageLines]) {
    const ZONE: usize = 3;
    let zone = |page: &PageLines| -> Vec<usize> {
        let mut by_y: Vec<usize> = (0..page.lines.len()).collect();
        by_y.sort_by(|&a, &b| {
            let ya = page.lines.get(a).map_or(0.0, |l| l.y);
            let yb = page.lines.get(b).map_or(0.0, |l| l.y);
            ya.total_cmp(&yb)
        });
        if by_y.len() > 2 * ZONE {
            by_y.drain(ZONE..by_y.len() - ZONE);
        }
        by_y
    };
    let mut counts = std::collections::HashMap::<String, usize>::new();
    for page in pages.iter() {
        let mut keys: Vec<String> = zone(page)
            .into_iter()
            .filter_map(|i| page.lines.get(i))
            .map(zone_key)
            .collect();
        keys.sort();
        keys.dedup();
        for key in keys {
            *counts.entry(key).or_default() += 1;
        }
    }
    let needed = (pages.len() / 5).max(pages.len().clamp(2, 3));
    for page in pages.iter_mut() {
        for i in zone(page) {
            if let Some(line) = page.lines.get_mut(i) {
                let repeated = counts.get(&zone_key(line)).is_some_and(|&n| n >= needed);
                if repeated || is_page_number(&line.text) || is_job_number(&line.text) {
                    line.role = Role::Running;
                }
            }
        }
    }
}

/// The most common size of body text, weighted by characters.
fn body_size(pages: &[PageLines]) -> f64 {
    let mut weights = std::collections::BTreeMap::<i64, usize>::new();
    for line in pages.iter().flat_map(|p| &p.lines) {
        if line.role == Role::Body {
            *weights.entry((line.size * 4.0).round() as i64).or_default() += line.text.len();
        }
    }
    weights
        .into_iter()
        .max_by_key(|&(_, w)| w)
        .map_or(10.0, |(k, _)| k as f64 / 4.0)
}

/// True when the line starts like a footnote: a superscript marker, or digits (or `*`)
/// and a space.
fn starts_footnote(line: &Line) -> bool {
    line.marker || footnote_number_len(&line.text) > 0
}

/// Bytes of a leading plain footnote number and the spaces after it (0 if none).
fn footnote_number_len(text: &str) -> usize {
    let digits = text
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b'*')
        .count();
    if digits == 0 || digits > 3 {
        return 0;
    }
    let rest = text.get(digits..).unwrap_or("");
    let spaces = rest.len() - rest.trim_start().len();
    if spaces == 0 || spaces == rest.len() {
        return 0;
    }
    digits + spaces
}

/// Marks the footnotes at the foot of each page (see module docs).
fn mark_footnotes(pages: &mut [PageLines], body: f64) {
    for page in pages.iter_mut() {
        let mut by_y: Vec<usize> = (0..page.lines.len())
            .filter(|&i| page.lines.get(i).is_some_and(|l| l.role == Role::Body))
            .collect();
        by_y.sort_by(|&a, &b| {
            let ya = page.lines.get(a).map_or(0.0, |l| l.y);
            let yb = page.lines.get(b).map_or(0.0, |l| l.y);
            ya.total_cmp(&yb)
        });
        let small = by_y
            .iter()
            .rev()
            .take_while(|&&i| page.lines.get(i).is_some_and(|l| l.size < 0.95 * body))
            .count();
        let foot = by_y.get(by_y.len() - small..).unwrap_or_default();
        // The note block starts at its top-most line that opens a note.
        let Some(first) = foot
            .iter()
            .position(|&i| page.lines.get(i).is_some_and(starts_footnote))
        else {
            continue;
        };
        for &i in foot.get(first..).unwrap_or_default() {
            if let Some(line) = page.lines.get_mut(i) {
                line.role = Role::Footnote;
            }
        }
    }
}

/// A line placed in the document: page number and the line.
type Placed<'a> = (u32, &'a Line);

/// True when the text ends a sentence (closing quotes and brackets aside).
fn ends_sentence(text: &str) -> bool {
    text.trim_end_matches(['"', '\'', '”', '’', ')'])
        .ends_with(['.', ':', ';', '!', '?'])
}

/// The body lines cut into paragraphs (see module docs).
fn body_paragraphs(pages: &[PageLines]) -> Vec<Vec<Placed<'_>>> {
    let body: Vec<Placed<'_>> = pages
        .iter()
        .flat_map(|p| p.lines.iter().map(move |l| (p.number, l)))
        .filter(|(_, l)| l.role == Role::Body)
        .collect();
    let mut pitches: Vec<f64> = body
        .windows(2)
        .filter_map(|w| match w {
            [(pa, a), (pb, b)] if pa == pb => {
                let d = b.y - a.y;
                (d > 0.0 && d < 3.0 * a.size).then_some(d)
            }
            _ => None,
        })
        .collect();
    // The line pitch is the common gap; gaps between paragraphs are the larger ones, so a
    // low quantile, not the median, still finds it on a page of short paragraphs.
    pitches.sort_by(f64::total_cmp);
    let pitch = pitches
        .get(pitches.len() / 4)
        .copied()
        .unwrap_or_else(|| body.first().map_or(12.0, |(_, l)| 1.2 * l.size));
    let mut paragraphs: Vec<Vec<Placed<'_>>> = Vec::new();
    let mut prev: Option<Placed<'_>> = None;
    for (page, line) in body {
        let new = match prev {
            None => true,
            Some((prev_page, p)) => {
                let resized = (line.size - p.size).abs() > 0.15 * line.size.max(p.size);
                let broke = prev_page != page || line.y < p.y;
                resized
                    || line.table != p.table
                    || if broke {
                        ends_sentence(&p.text)
                    } else {
                        line.y - p.y > 1.45 * pitch
                    }
            }
        };
        match paragraphs.last_mut() {
            Some(para) if !new => para.push((page, line)),
            _ => paragraphs.push(vec![(page, line)]),
        }
        prev = Some((page, line));
    }
    paragraphs
}

/// The footnotes, one paragraph each, in page order.
fn footnotes(pages: &[PageLines]) -> Vec<Vec<Placed<'_>>> {
    let mut notes: Vec<Vec<Placed<'_>>> = Vec::new();
    for page in pages {
        let mut first = true;
        for line in page.lines.iter().filter(|l| l.role == Role::Footnote) {
            match notes.last_mut() {
                Some(note) if !first && !starts_footnote(line) => note.push((page.number, line)),
                _ => notes.push(vec![(page.number, line)]),
            }
            first = false;
        }
    }
    notes
}

/// Builds the blocks and the line table from paragraphs of placed lines.
struct Builder {
    blocks: Vec<Block>,
    origins: Vec<SourceLine>,
}

impl Builder {
    /// The index the next line gets in the position map (1-based).
    fn place(&mut self, page: u32, line: &Line) -> u32 {
        self.origins.push(SourceLine {
            page: Some(page),
            line: line.number,
            text: line.text.as_str().into(),
        });
        u32::try_from(self.origins.len()).unwrap_or(u32::MAX)
    }

    /// Adds one paragraph; `footnote` strips a leading plain note number.
    fn paragraph(&mut self, lines: &[Placed<'_>], footnote: bool) {
        let paragraph = u32::try_from(self.blocks.len()).unwrap_or(u32::MAX);
        if let [(page, line)] = lines
            && !line.table
            && bullet_marker(&line.text).is_none()
            && looks_like_heading(&line.text)
            && !footnote
        {
            let mut src = MappedText::new();
            let n = self.place(*page, line);
            push_line(&mut src, &line.text, n, 0);
            self.blocks.push(Block {
                kind: Kind::Heading,
                paragraph,
                src,
            });
            return;
        }
        let mut cur: Option<Block> = None;
        // A hyphen held back from the previous line: joined if this line goes on in lower
        // case.
        let mut held: Option<(u32, usize)> = None;
        for (i, &(page, line)) in lines.iter().enumerate() {
            let from = if footnote && i == 0 {
                footnote_number_len(&line.text)
            } else {
                0
            };
            let marker = if line.table {
                Some(0)
            } else {
                bullet_marker(&line.text)
            };
            if marker.is_some() || cur.is_none() {
                if let Some(b) = cur.take() {
                    self.blocks.push(b);
                }
                held = None;
                cur = Some(Block {
                    kind: if marker.is_some() {
                        Kind::Bullet
                    } else {
                        Kind::Para
                    },
                    paragraph,
                    src: MappedText::new(),
                });
            }
            let n = self.place(page, line);
            let Some(b) = cur.as_mut() else { continue };
            let text = line.text.as_str();
            let start = marker.unwrap_or(from);
            if let Some((prev_n, prev_len)) = held.take() {
                let lower = text
                    .get(start..)
                    .and_then(|t| t.chars().next())
                    .is_some_and(char::is_lowercase);
                if !lower {
                    // Not a broken word: keep the hyphen and the line break.
                    let prev = lines.get(i - 1).map_or("", |(_, l)| l.text.as_str());
                    let hyphen = prev.get(prev_len..).unwrap_or("-");
                    let column = u32::try_from(prev.chars().count()).unwrap_or(u32::MAX);
                    b.src.push_str(
                        hyphen,
                        super::Position {
                            line: prev_n,
                            column,
                        },
                    );
                    b.src.push(
                        '\n',
                        super::Position {
                            line: prev_n,
                            column: column.saturating_add(1),
                        },
                    );
                }
            }
            let next_in_block = lines
                .get(i + 1)
                .is_some_and(|(_, l)| !l.table && bullet_marker(&l.text).is_none());
            let broken = next_in_block && ends_broken_word(text);
            if broken {
                let keep = text.len() - text.chars().next_back().map_or(0, char::len_utf8);
                push_line(&mut b.src, text.get(..keep).unwrap_or(text), n, start);
                held = Some((n, keep));
            } else {
                push_line(&mut b.src, text, n, start);
                push_newline(&mut b.src, text, n);
            }
        }
        if let Some(b) = cur {
            self.blocks.push(b);
        }
    }
}

/// True when the line ends in a hyphen (or soft hyphen) right after a letter.
fn ends_broken_word(text: &str) -> bool {
    let mut rev = text.chars().rev();
    matches!(rev.next(), Some('-' | '\u{00AD}' | '\u{2010}'))
        && rev.next().is_some_and(char::is_alphabetic)
}

/// Lines of every page to blocks (see module docs).
fn layout(mut pages: Vec<PageLines>) -> Extracted {
    mark_running(&mut pages);
    let body = body_size(&pages);
    mark_footnotes(&mut pages, body);
    let mut builder = Builder {
        blocks: Vec::new(),
        origins: Vec::new(),
    };
    for para in body_paragraphs(&pages) {
        builder.paragraph(&para, false);
    }
    for note in footnotes(&pages) {
        builder.paragraph(&note, true);
    }
    Extracted {
        blocks: builder.blocks,
        origins: builder.origins,
        warnings: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn running_keys_ignore_digits_and_case() {
        assert_eq!(running_key("A/70/174  Page 7"), "a/#/# page #");
        assert_eq!(running_key("A/70/174"), running_key("A/71/175"));
    }

    #[test]
    fn page_numbers_and_job_numbers() {
        for t in ["7", "Page 7", "- 7 -", "7/12", "7 of 12", "iv", "Page xii"] {
            assert!(is_page_number(t), "{t}");
        }
        for t in ["15-12345 (E)", "15-12345 (E) 150715", "*1512345*"] {
            assert!(is_job_number(t), "{t}");
        }
        for t in ["Resolution 70/237", "Annex", "1. The Group", "Civil"] {
            assert!(!is_page_number(t) && !is_job_number(t), "{t}");
        }
    }

    #[test]
    fn roman_numerals() {
        for t in ["i", "iv", "ix", "xii", "xl", "cxc"] {
            assert!(is_roman(t), "{t}");
        }
        for t in ["", "civil", "vix", "iiii", "ic", "liv x"] {
            assert!(!is_roman(t), "{t}");
        }
    }

    #[test]
    fn broken_words() {
        assert!(ends_broken_word("organi-"));
        assert!(ends_broken_word("organi\u{00AD}"));
        assert!(!ends_broken_word("2014-"));
        assert!(!ends_broken_word("word"));
        assert!(!ends_broken_word(" -"));
    }

    #[test]
    fn footnote_numbers() {
        assert_eq!(footnote_number_len("1 See A/70/174."), 2);
        assert_eq!(footnote_number_len("12  Text"), 4);
        assert_eq!(footnote_number_len("2015 was"), 0);
        assert_eq!(footnote_number_len("Text"), 0);
    }

    fn glyphs(page: &mut Page, text: &str, x: f64, y: f64, size: f64) -> f64 {
        let mut x = x;
        let mut space = false;
        for c in text.chars() {
            if c == ' ' {
                space = true;
                x += 0.28 * size;
                continue;
            }
            let start = page.chars.len() as u32;
            page.chars.push(c);
            page.glyphs.push(Glyph {
                x,
                y,
                end: x + 0.5 * size,
                size,
                start,
                stop: page.chars.len() as u32,
                space_before: std::mem::take(&mut space),
            });
            x += 0.5 * size;
        }
        x
    }

    #[test]
    fn superscript_markers_are_dropped_not_merged() {
        let mut page = Page::default();
        let x = glyphs(&mut page, "resolution 66/24", 72.0, 100.0, 10.0);
        let x = glyphs(&mut page, "1", x, 96.0, 6.0);
        glyphs(&mut page, " and more", x, 100.0, 10.0);
        // A note at the foot starting with a raised marker.
        let x = glyphs(&mut page, "1", 72.0, 696.0, 5.0);
        glyphs(&mut page, "See the report.", x, 700.0, 8.0);
        let lines = page_lines(&page).lines;
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0].text, "resolution 66/24 and more");
        assert!(!lines[0].marker);
        assert_eq!(lines[1].text, "See the report.");
        assert!(lines[1].marker);
    }

    fn block_texts(pages: Vec<PageLines>) -> Vec<String> {
        layout(pages)
            .blocks
            .iter()
            .map(|b| b.src.as_str().replace('\n', " ").trim().to_string())
            .collect()
    }

    #[test]
    fn footnotes_one_point_smaller_follow_the_body() {
        let mut page = Page {
            number: 1,
            ..Page::default()
        };
        glyphs(&mut page, "The first paragraph goes on", 72.0, 100.0, 10.0);
        glyphs(&mut page, "to a second line.", 72.0, 112.0, 10.0);
        let x = glyphs(&mut page, "2", 72.0, 696.0, 5.5);
        glyphs(&mut page, "A note in nine points.", x, 700.0, 9.0);
        glyphs(&mut page, "The next paragraph.", 72.0, 140.0, 10.0);
        let texts = block_texts(vec![page_lines(&page)]);
        assert_eq!(
            texts,
            [
                "The first paragraph goes on to a second line.",
                "The next paragraph.",
                "A note in nine points."
            ]
        );
    }

    #[test]
    fn headers_repeat_at_one_height_headings_do_not() {
        let pages: Vec<PageLines> = (1..=3)
            .map(|n| {
                let mut page = Page {
                    number: n,
                    ..Page::default()
                };
                glyphs(&mut page, "A/99/123", 72.0, 40.0, 9.0);
                glyphs(
                    &mut page,
                    &format!("GGE 201{n}/201{}", n + 1),
                    72.0,
                    80.0 + 20.0 * f64::from(n),
                    10.0,
                );
                glyphs(
                    &mut page,
                    "Body text of the page.",
                    72.0,
                    120.0 + 20.0 * f64::from(n),
                    10.0,
                );
                glyphs(&mut page, &format!("{n}/3"), 290.0, 800.0, 9.0);
                glyphs(&mut page, "15-12345", 72.0, 815.0, 8.0);
                page_lines(&page)
            })
            .collect();
        let texts = block_texts(pages);
        assert_eq!(texts.len(), 6, "{texts:?}");
        assert_eq!(texts[0], "GGE 2011/2012");
        assert!(
            texts
                .iter()
                .all(|t| !t.contains("A/99/123") && !t.contains("/3"))
        );
    }

    #[test]
    fn wide_gaps_are_cells() {
        let mut page = Page::default();
        glyphs(&mut page, "Brazil", 72.0, 100.0, 10.0);
        glyphs(&mut page, "Ms. A", 300.0, 100.0, 10.0);
        let lines = page_lines(&page).lines;
        assert_eq!(lines[0].text, "Brazil\tMs. A");
        assert!(lines[0].table);
    }
}
