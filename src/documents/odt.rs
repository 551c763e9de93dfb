//! OpenDocument text front-end (`.odt`, as LibreOffice writes it): the paragraphs,
//! headings, list items, table cells and notes of `content.xml`, read into the same
//! paragraphs as the Word front-end and built into blocks the same way.
//!
//! For the text a reader sees; not for styles beyond what `text:h` and lists say.
//!
//! - `text:h` is a heading, a paragraph inside `text:list-item` a list item, each
//!   paragraph of a table cell a list item; short lines that do not end like a sentence are
//!   headings, as in plain text.
//! - All character data inside a paragraph is text (spans included); `text:s` is spaces,
//!   `text:tab` a tab, `text:line-break` a line break; tracked deletions and annotations are
//!   skipped.
//! - A note (`text:note`) is kept apart: its citation is dropped, its body follows the main
//!   text, placed at the paragraph that holds it.
//!
//! Positions: the line is the paragraph's number, as for Word; the page comes from the
//! `text:soft-page-break` marks LibreOffice records where pages broke.

use std::path::Path;

use quick_xml::events::{BytesEnd, BytesStart};

use super::docx::{Para, Parsed, PartEvents, attr, build, drive, part, push_text};
use super::{DocumentError, Extracted};

/// Reads an `.odt` file (see module docs); no part is unpacked beyond `max_bytes`.
///
/// # Errors
/// [`DocumentError::Malformed`] when the file is not a zip archive with a `content.xml`
/// of well-formed XML.
pub(crate) fn read(bytes: &[u8], path: &Path, max_bytes: u64) -> Result<Extracted, DocumentError> {
    let malformed = |reason: String| DocumentError::Malformed {
        path: path.to_path_buf(),
        format: "OpenDocument",
        reason,
    };
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| malformed(format!("not a zip archive ({e})")))?;
    let content = part(&mut zip, "content.xml", max_bytes)
        .map_err(&malformed)?
        .ok_or_else(|| {
            malformed("no content.xml part (an encrypted file has none to read)".into())
        })?;
    let parsed = parse(&content).map_err(|e| malformed(format!("content.xml: {e}")))?;
    // Notes are paragraphs of their own; the body is the rest.
    let (notes, paras): (Vec<Para>, Vec<Para>) =
        parsed.paras.into_iter().partition(|p| p.note.is_some());
    let body = Parsed {
        paras,
        rendered_breaks: parsed.rendered_breaks,
        explicit_breaks: false,
    };
    let notes = Parsed {
        paras: notes,
        ..Parsed::default()
    };
    Ok(build(&body, &notes, &std::collections::HashMap::new()))
}

/// Reads the paragraphs of `content.xml` (see module docs).
fn parse(xml: &str) -> Result<Parsed, String> {
    let mut r = ContentReader::default();
    drive(xml, &mut r)?;
    Ok(r.out)
}

/// What [`parse`] keeps between events: the paragraphs read and open, the page breaks and
/// paragraphs counted so far, the lists, tables and notes open, and the elements being
/// skipped.
#[derive(Default)]
struct ContentReader {
    out: Parsed,
    open: Vec<Para>,
    breaks: u32,
    count: u32,
    tables: u32,
    table_stack: Vec<u32>,
    lists: usize,
    notes: Vec<String>,
    /// Depth of the element skipped (note citations, tracked changes, annotations).
    skip: usize,
    note_count: u32,
}

impl PartEvents for ContentReader {
    fn skip(&mut self) -> &mut usize {
        &mut self.skip
    }

    /// An opening tag.
    fn start(&mut self, e: &BytesStart<'_>) {
        match e.local_name().as_ref() {
            "note-citation" | "tracked-changes" | "annotation" => self.skip = 1,
            "note" => {
                self.note_count = self.note_count.saturating_add(1);
                let id = attr(e, "id").unwrap_or_else(|| format!("note-{}", self.note_count));
                if let Some(p) = self.open.last_mut() {
                    p.refs.push(id.clone());
                }
                self.notes.push(id);
            }
            "list-item" => self.lists += 1,
            "table" => {
                self.tables = self.tables.saturating_add(1);
                self.table_stack.push(self.tables);
            }
            name @ ("p" | "h") => {
                // Notes are placed at the paragraph that holds them: only the body's
                // paragraphs are numbered.
                if self.notes.is_empty() {
                    self.count = self.count.saturating_add(1);
                }
                self.open.push(Para {
                    number: self.count,
                    outline: name == "h",
                    numbered: self.lists > 0 && self.notes.is_empty(),
                    table: self.table_stack.last().copied().unwrap_or(0),
                    note: self.notes.last().cloned(),
                    ..Para::default()
                });
            }
            _ => {}
        }
    }

    /// An empty element (`<text:s/>`, `<text:tab/>`, ...).
    fn empty(&mut self, e: &BytesStart<'_>) {
        match e.local_name().as_ref() {
            "p" | "h" if self.notes.is_empty() => self.count = self.count.saturating_add(1),
            "soft-page-break" => {
                self.breaks = self.breaks.saturating_add(1);
                self.out.rendered_breaks = true;
            }
            "s" => {
                let n = attr(e, "c").and_then(|c| c.parse().ok()).unwrap_or(1usize);
                self.push(&" ".repeat(n.min(64)));
            }
            "tab" => self.push("\t"),
            "line-break" => self.push("\n"),
            _ => {}
        }
    }

    /// A closing tag.
    fn end(&mut self, e: &BytesEnd<'_>) {
        match e.local_name().as_ref() {
            "note" => {
                self.notes.pop();
            }
            "list-item" => self.lists = self.lists.saturating_sub(1),
            "table" => {
                self.table_stack.pop();
            }
            "p" | "h" => {
                if let Some(mut p) = self.open.pop() {
                    p.breaks.get_or_insert((self.breaks, 0));
                    self.out.paras.push(p);
                }
            }
            _ => {}
        }
    }

    /// Text of the open paragraph.
    fn push(&mut self, text: &str) {
        push_text(self.open.last_mut(), text, (self.breaks, 0));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::documents::normalize::BlockKind;

    #[test]
    fn headings_lists_cells_notes_and_pages() {
        let xml = r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"><office:body><office:text>
<text:h text:outline-level="1">GGE 2016/2017</text:h>
<text:p>Resolution 66/24<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>A note.</text:p></text:note-body></text:note> was introduced by the<text:s/>Russian Federation.</text:p>
<text:list><text:list-item><text:p>Botswana</text:p></text:list-item></text:list>
<text:soft-page-break/>
<table:table><table:table-row><table:table-cell><text:p>Cuba</text:p></table:table-cell></table:table-row></table:table>
</office:text></office:body></office:document-content>"#;
        let parsed = parse(xml).unwrap_or_default();
        let (notes, paras): (Vec<Para>, Vec<Para>) =
            parsed.paras.into_iter().partition(|p| p.note.is_some());
        let body = Parsed {
            paras,
            rendered_breaks: true,
            explicit_breaks: false,
        };
        let notes = Parsed {
            paras: notes,
            ..Parsed::default()
        };
        let out = build(&body, &notes, &std::collections::HashMap::new());
        let blocks: Vec<(BlockKind, &str)> = out
            .blocks
            .iter()
            .map(|b| (b.kind, b.src.as_str()))
            .collect();
        assert_eq!(
            blocks,
            [
                (BlockKind::Heading, "GGE 2016/2017"),
                (
                    BlockKind::Para,
                    "Resolution 66/24 was introduced by the Russian Federation."
                ),
                (BlockKind::Bullet, "Botswana"),
                (BlockKind::Bullet, "Cuba"),
                (BlockKind::Para, "A note."),
            ]
        );
        let pages: Vec<Option<u32>> = out.origins.iter().map(|o| o.page).collect();
        assert_eq!(pages, [Some(1), Some(1), Some(1), Some(2), Some(1)]);
    }
}
