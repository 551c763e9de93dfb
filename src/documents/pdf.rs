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

mod glyphs;
mod lines;
mod paragraphs;
mod running;
#[cfg(test)]
mod tests;

use glyphs::{Collector, Page};
use lines::{PageLines, page_lines};
use paragraphs::{Builder, body_paragraphs, footnotes};
use running::{body_size, mark_footnotes, mark_running};
use std::cell::Cell;
use std::path::Path;

use pdf_extract::{MediaBox, OutputDev, OutputError, Transform};

use super::normalize::{Block, BlockKind};
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
