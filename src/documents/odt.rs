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

use quick_xml::events::Event;

use super::docx::{Para, Parsed, attr, build, part, push_text};
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
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut out = Parsed::default();
    let mut open: Vec<Para> = Vec::new();
    let mut breaks = 0u32;
    let mut count = 0u32;
    let (mut tables, mut table_stack) = (0u32, Vec::<u32>::new());
    let mut lists = 0usize;
    let mut notes: Vec<String> = Vec::new();
    let mut skip = 0usize;
    let mut note_count = 0u32;
    loop {
        let event = reader
            .read_event()
            .map_err(|e| format!("{e} at byte {}", reader.buffer_position()))?;
        if skip > 0 {
            match event {
                Event::Start(_) => skip += 1,
                Event::End(_) => skip -= 1,
                Event::Eof => break,
                _ => {}
            }
            continue;
        }
        let at = (breaks, 0);
        match event {
            Event::Start(e) => match e.local_name().as_ref() {
                "note-citation" | "tracked-changes" | "annotation" => skip = 1,
                "note" => {
                    note_count = note_count.saturating_add(1);
                    let id = attr(&e, "id").unwrap_or_else(|| format!("note-{note_count}"));
                    if let Some(p) = open.last_mut() {
                        p.refs.push(id.clone());
                    }
                    notes.push(id);
                }
                "list-item" => lists += 1,
                "table" => {
                    tables = tables.saturating_add(1);
                    table_stack.push(tables);
                }
                name @ ("p" | "h") => {
                    // Notes are placed at the paragraph that holds them: only the body's
                    // paragraphs are numbered.
                    if notes.is_empty() {
                        count = count.saturating_add(1);
                    }
                    open.push(Para {
                        number: count,
                        outline: name == "h",
                        numbered: lists > 0 && notes.is_empty(),
                        table: table_stack.last().copied().unwrap_or(0),
                        note: notes.last().cloned(),
                        ..Para::default()
                    });
                }
                _ => {}
            },
            Event::Empty(e) => match e.local_name().as_ref() {
                "p" | "h" if notes.is_empty() => count = count.saturating_add(1),
                "soft-page-break" => {
                    breaks = breaks.saturating_add(1);
                    out.rendered_breaks = true;
                }
                "s" => {
                    let n = attr(&e, "c").and_then(|c| c.parse().ok()).unwrap_or(1usize);
                    push_text(open.last_mut(), &" ".repeat(n.min(64)), at);
                }
                "tab" => push_text(open.last_mut(), "\t", at),
                "line-break" => push_text(open.last_mut(), "\n", at),
                _ => {}
            },
            Event::End(e) => match e.local_name().as_ref() {
                "note" => {
                    notes.pop();
                }
                "list-item" => lists = lists.saturating_sub(1),
                "table" => {
                    table_stack.pop();
                }
                "p" | "h" => {
                    if let Some(mut p) = open.pop() {
                        p.breaks.get_or_insert(at);
                        out.paras.push(p);
                    }
                }
                _ => {}
            },
            Event::Text(t) => push_text(open.last_mut(), &t, at),
            Event::CData(t) => push_text(open.last_mut(), &t, at),
            Event::GeneralRef(r) => {
                let c = match r.resolve_char_ref() {
                    Ok(Some(c)) => Some(c.to_string()),
                    _ => quick_xml::escape::resolve_predefined_entity(&r).map(str::to_string),
                };
                if let Some(c) = c {
                    push_text(open.last_mut(), &c, at);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
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
