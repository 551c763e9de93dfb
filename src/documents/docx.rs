//! Word front-end: the paragraphs, list items, table cells and footnotes of a `.docx` file
//! (Office Open XML: a zip archive of XML parts), with the paragraph of every character.
//!
//! For the text a reader of the document sees; not for character rules (`normalize`) or
//! sentences (`sentences`), which run after it as for every format.
//!
//! - Each `w:p` of `word/document.xml` is a block. It is a list item when it has
//!   numbering (`w:numPr`) or a list style, a heading when its style is a heading or the
//!   title (style names from `word/styles.xml`) or it has an outline level, or, as in
//!   plain text, when it is one short line that does not end like a sentence.
//! - Each paragraph of a table cell is a list item, so a table of members reads like a
//!   list of them; the cells of one table, like consecutive list items, share a paragraph.
//! - Only `w:t` is text (so deleted text and field codes are not); `w:tab` is a tab,
//!   `w:br` and `w:cr` a line break, `w:noBreakHyphen` a hyphen; `mc:Fallback` copies of
//!   text boxes are skipped.
//! - Footnotes (`word/footnotes.xml`) follow the body, one paragraph each, in the order
//!   they are referenced, placed at the paragraph that references them.
//!
//! Positions: the line is the paragraph's number in the body (1-based, every `w:p`
//! counted), the column the character in it. A page is known when Word recorded where
//! its pages broke (`w:lastRenderedPageBreak`, else explicit page breaks); otherwise it
//! is `None`.

use std::collections::HashMap;
use std::io::Read;
use std::path::Path;

use quick_xml::events::{BytesEnd, BytesStart, Event};

use super::normalize::{Block, BlockKind};
use super::posmap::MappedText;
use super::text::looks_like_heading;
use super::{DocumentError, Extracted, Position, SourceLine};

/// Reads a `.docx` file (see module docs). No XML part is unpacked beyond `max_bytes`
/// (the limit on file size, as a guard against zip bombs).
///
/// # Errors
/// [`DocumentError::Malformed`] when the file is not a zip archive with a
/// `word/document.xml` part of well-formed XML (an encrypted Word file is not a zip; it
/// says so).
pub(crate) fn read(bytes: &[u8], path: &Path, max_bytes: u64) -> Result<Extracted, DocumentError> {
    let malformed = |reason: String| DocumentError::Malformed {
        path: path.to_path_buf(),
        format: "Word",
        reason,
    };
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err(malformed(
            "an OLE container, not a zip archive: the file is password-protected or an old .doc; save it as .docx without a password".into(),
        ));
    }
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| malformed(format!("not a zip archive ({e})")))?;
    let document = part(&mut zip, "word/document.xml", max_bytes)
        .map_err(&malformed)?
        .ok_or_else(|| malformed("no word/document.xml part".into()))?;
    let styles = part(&mut zip, "word/styles.xml", max_bytes)
        .map_err(&malformed)?
        .map(|xml| style_kinds(&xml))
        .unwrap_or_default();
    let notes = match part(&mut zip, "word/footnotes.xml", max_bytes).map_err(&malformed)? {
        Some(xml) => parse(&xml).map_err(|e| malformed(format!("word/footnotes.xml: {e}")))?,
        None => Parsed::default(),
    };
    let body = parse(&document).map_err(|e| malformed(format!("word/document.xml: {e}")))?;
    Ok(build(&body, &notes, &styles))
}

/// The text of one part of the archive, `None` when it is absent.
pub(super) fn part(
    zip: &mut zip::ZipArchive<std::io::Cursor<&[u8]>>,
    name: &str,
    max_bytes: u64,
) -> Result<Option<String>, String> {
    let file = match zip.by_name(name) {
        Ok(f) => f,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(format!("{name}: {e}")),
    };
    let mut text = String::new();
    file.take(max_bytes.saturating_add(1))
        .read_to_string(&mut text)
        .map_err(|e| format!("{name}: {e}"))?;
    if text.len() as u64 > max_bytes {
        return Err(format!(
            "{name} is over the limit of {max_bytes} bytes unpacked; raise it with --max-file-size"
        ));
    }
    Ok(Some(text))
}

/// What a paragraph style makes of a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum StyleKind {
    Heading,
    List,
}

/// Style ids of `styles.xml` whose names mark headings (`heading 1`, `Title`) or lists
/// (`List Bullet`, `List Paragraph`).
fn style_kinds(xml: &str) -> HashMap<String, StyleKind> {
    let mut out = HashMap::new();
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut id: Option<String> = None;
    while let Ok(event) = reader.read_event() {
        match event {
            Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                "style" => id = attr(&e, "styleId"),
                "name" => {
                    let (Some(style), Some(name)) = (id.as_ref(), attr(&e, "val")) else {
                        continue;
                    };
                    let name = name.to_lowercase();
                    let kind = if name.starts_with("heading") || name == "title" {
                        Some(StyleKind::Heading)
                    } else if name.starts_with("list") {
                        Some(StyleKind::List)
                    } else {
                        None
                    };
                    if let Some(kind) = kind {
                        out.insert(style.clone(), kind);
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    out
}

/// The value of attribute `name` (any prefix).
pub(super) fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes()
        .with_checks(false)
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)
        .and_then(|a| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .ok()
                .map(|v| v.into_owned())
        })
}

/// One `w:p` as read.
#[derive(Debug, Default, Clone)]
pub(super) struct Para {
    pub(super) text: String,
    pub(super) style: Option<String>,
    pub(super) numbered: bool,
    pub(super) outline: bool,
    /// Number of the table it is in (0: none).
    pub(super) table: u32,
    /// 1-based number among the part's paragraphs.
    pub(super) number: u32,
    /// Page breaks (rendered, explicit) before its text.
    pub(super) breaks: Option<(u32, u32)>,
    /// Footnote ids it references.
    pub(super) refs: Vec<String>,
    /// The footnote it belongs to (in `footnotes.xml`).
    pub(super) note: Option<String>,
}

/// The paragraphs of a part, in the order they end.
#[derive(Debug, Default)]
pub(super) struct Parsed {
    pub(super) paras: Vec<Para>,
    pub(super) rendered_breaks: bool,
    pub(super) explicit_breaks: bool,
}

/// Reads the paragraphs of `document.xml` or `footnotes.xml` (see module docs).
fn parse(xml: &str) -> Result<Parsed, String> {
    let mut r = PartReader::default();
    drive(xml, &mut r)?;
    Ok(r.out)
}

/// A reader of one XML part that [`drive`] feeds: Word's and OpenDocument's readers keep
/// their own state, but walk the events, skip elements and resolve entities the same way.
pub(super) trait PartEvents {
    /// An opening tag.
    fn start(&mut self, e: &BytesStart<'_>);
    /// A self-closing tag.
    fn empty(&mut self, e: &BytesStart<'_>);
    /// A closing tag.
    fn end(&mut self, e: &BytesEnd<'_>);
    /// Character data (entities already resolved).
    fn push(&mut self, text: &str);
    /// Whether character data here is text a reader sees (Word keeps only `w:t`).
    fn in_text(&self) -> bool {
        true
    }
    /// The depth of the element being skipped, 0 when none.
    fn skip(&mut self) -> &mut usize;
}

/// Walks the events of `xml` into `r`: inside a skipped element only the depth is kept;
/// character references and the predefined entities become their characters.
pub(super) fn drive(xml: &str, r: &mut impl PartEvents) -> Result<(), String> {
    let mut reader = quick_xml::Reader::from_str(xml);
    loop {
        let event = reader
            .read_event()
            .map_err(|e| format!("{e} at byte {}", reader.buffer_position()))?;
        if *r.skip() > 0 {
            match event {
                Event::Start(_) => *r.skip() += 1,
                Event::End(_) => *r.skip() -= 1,
                Event::Eof => break,
                _ => {}
            }
            continue;
        }
        match event {
            Event::Start(e) => r.start(&e),
            Event::Empty(e) => r.empty(&e),
            Event::End(e) => r.end(&e),
            Event::Text(t) if r.in_text() => r.push(&t),
            Event::CData(t) if r.in_text() => r.push(&t),
            Event::GeneralRef(g) if r.in_text() => {
                let c = match g.resolve_char_ref() {
                    Ok(Some(c)) => Some(c.to_string()),
                    _ => quick_xml::escape::resolve_predefined_entity(&g).map(str::to_string),
                };
                if let Some(c) = c {
                    r.push(&c);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(())
}

/// What [`parse`] keeps between events: the paragraphs read and open, the page breaks and
/// paragraphs counted so far, the tables open, and the elements being skipped.
#[derive(Default)]
struct PartReader {
    out: Parsed,
    open: Vec<Para>,
    rendered: u32,
    explicit: u32,
    count: u32,
    tables: u32,
    table_stack: Vec<u32>,
    in_text: bool,
    /// Depth of the element skipped (a `Fallback`, a separator footnote), 0 when none.
    skip: usize,
    note: Option<String>,
}

impl PartEvents for PartReader {
    fn in_text(&self) -> bool {
        self.in_text
    }

    fn skip(&mut self) -> &mut usize {
        &mut self.skip
    }

    /// An opening tag.
    fn start(&mut self, e: &BytesStart<'_>) {
        match e.local_name().as_ref() {
            "Fallback" => self.skip = 1,
            "footnote" => {
                let kind = attr(e, "type");
                if kind.is_some_and(|k| k != "normal") {
                    self.skip = 1;
                } else {
                    self.note = attr(e, "id");
                }
            }
            "p" => {
                self.count = self.count.saturating_add(1);
                self.open.push(Para {
                    number: self.count,
                    table: self.table_stack.last().copied().unwrap_or(0),
                    note: self.note.clone(),
                    ..Para::default()
                });
            }
            "tbl" => {
                self.tables = self.tables.saturating_add(1);
                self.table_stack.push(self.tables);
            }
            "t" => self.in_text = true,
            name => para_mark(self.open.last_mut(), name, e),
        }
    }

    /// An empty element (`<w:br/>`, `<w:tab/>`, ...).
    fn empty(&mut self, e: &BytesStart<'_>) {
        match e.local_name().as_ref() {
            "p" => self.count = self.count.saturating_add(1),
            "lastRenderedPageBreak" => {
                self.rendered = self.rendered.saturating_add(1);
                self.out.rendered_breaks = true;
            }
            "br" if attr(e, "type").as_deref() == Some("page") => {
                self.explicit = self.explicit.saturating_add(1);
                self.out.explicit_breaks = true;
            }
            "br" | "cr" => self.push("\n"),
            "tab" => self.push("\t"),
            "noBreakHyphen" => self.push("-"),
            "footnoteReference" => {
                if let (Some(p), Some(id)) = (self.open.last_mut(), attr(e, "id")) {
                    p.refs.push(id);
                }
            }
            name => para_mark(self.open.last_mut(), name, e),
        }
    }

    /// A closing tag.
    fn end(&mut self, e: &BytesEnd<'_>) {
        match e.local_name().as_ref() {
            "t" => self.in_text = false,
            "tbl" => {
                self.table_stack.pop();
            }
            "footnote" => self.note = None,
            "p" => {
                if let Some(mut p) = self.open.pop() {
                    p.breaks.get_or_insert((self.rendered, self.explicit));
                    self.out.paras.push(p);
                }
            }
            _ => {}
        }
    }

    /// Text of the open paragraph.
    fn push(&mut self, text: &str) {
        push_text(self.open.last_mut(), text, (self.rendered, self.explicit));
    }
}

/// Paragraph properties: style, numbering, outline level.
fn para_mark(p: Option<&mut Para>, name: &str, e: &BytesStart<'_>) {
    let Some(p) = p else { return };
    match name {
        "pStyle" => p.style = attr(e, "val"),
        "numPr" => p.numbered = true,
        "outlineLvl" => p.outline = attr(e, "val").is_some_and(|v| v != "9"),
        _ => {}
    }
}

/// Appends text to the open paragraph, noting the page breaks seen before its first text.
pub(super) fn push_text(p: Option<&mut Para>, s: &str, breaks: (u32, u32)) {
    let Some(p) = p else { return };
    if !s.trim().is_empty() {
        p.breaks.get_or_insert(breaks);
    }
    p.text.push_str(s);
}

/// Builds blocks and the line table from the parsed parts.
pub(super) fn build(
    body: &Parsed,
    notes: &Parsed,
    styles: &HashMap<String, StyleKind>,
) -> Extracted {
    let page = |p: &Para| -> Option<u32> {
        let (rendered, explicit) = p.breaks.unwrap_or_default();
        if body.rendered_breaks {
            Some(rendered.saturating_add(1))
        } else if body.explicit_breaks {
            Some(explicit.saturating_add(1))
        } else {
            None
        }
    };
    let mut out = Extracted::default();
    let mut paragraph = 0u32;
    // The list (or table) the previous block belonged to, to keep its items together.
    let mut previous_group: Option<u32> = None;
    let mut referenced: Vec<(&str, (Option<u32>, u32))> = Vec::new();
    for p in &body.paras {
        let origin = (page(p), p.number);
        referenced.extend(p.refs.iter().map(|r| (r.as_str(), origin)));
        if p.text.trim().is_empty() {
            continue;
        }
        let style = p.style.as_ref().and_then(|s| styles.get(s)).copied();
        let kind = if p.numbered || p.table > 0 || style == Some(StyleKind::List) {
            BlockKind::Bullet
        } else if p.outline
            || style == Some(StyleKind::Heading)
            || (!p.text.contains('\n') && looks_like_heading(&p.text))
        {
            BlockKind::Heading
        } else {
            BlockKind::Para
        };
        let group = match kind {
            BlockKind::Bullet if p.table > 0 => Some(p.table.saturating_add(1 << 16)),
            BlockKind::Bullet => Some(0),
            _ => None,
        };
        if !out.blocks.is_empty() && (group.is_none() || group != previous_group) {
            paragraph = paragraph.saturating_add(1);
        }
        previous_group = group;
        push_block(&mut out, kind, paragraph, &p.text, origin);
    }
    let mut seen = std::collections::HashSet::new();
    for (id, origin) in referenced {
        if !seen.insert(id) {
            continue;
        }
        let mut first = true;
        for p in notes.paras.iter().filter(|p| p.note.as_deref() == Some(id)) {
            if p.text.trim().is_empty() {
                continue;
            }
            if first && !out.blocks.is_empty() {
                paragraph = paragraph.saturating_add(1);
            }
            first = false;
            push_block(&mut out, BlockKind::Para, paragraph, &p.text, origin);
        }
    }
    out
}

/// Adds one block whose characters map to a new line of the table, placed at `(page,
/// paragraph)`.
fn push_block(
    out: &mut Extracted,
    kind: BlockKind,
    paragraph: u32,
    text: &str,
    (page, line): (Option<u32>, u32),
) {
    out.origins.push(SourceLine {
        page,
        line,
        text: text.into(),
    });
    let line = u32::try_from(out.origins.len()).unwrap_or(u32::MAX);
    let mut src = MappedText::new();
    for (i, c) in text.chars().enumerate() {
        let column = u32::try_from(i + 1).unwrap_or(u32::MAX);
        src.push(c, Position { line, column });
    }
    out.blocks.push(Block {
        kind,
        paragraph,
        src,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(body: &str) -> String {
        format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
        )
    }

    fn texts(xml: &str) -> Vec<(BlockKind, String)> {
        let body = parse(&doc(xml)).unwrap_or_default();
        build(&body, &Parsed::default(), &HashMap::new())
            .blocks
            .iter()
            .map(|b| (b.kind, b.src.as_str().to_string()))
            .collect()
    }

    #[test]
    fn paragraphs_lists_tables_and_entities() {
        let k = texts(
            "<w:p><w:r><w:t>The members &amp; friends were:</w:t></w:r></w:p>\
             <w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/></w:numPr></w:pPr><w:r><w:t>Brazil</w:t></w:r></w:p>\
             <w:tbl><w:tr><w:tc><w:p><w:r><w:t>China</w:t></w:r></w:p></w:tc></w:tr></w:tbl>\
             <w:p><w:r><w:t xml:space=\"preserve\">Split </w:t></w:r><w:r><w:delText>gone</w:delText><w:t>word.</w:t></w:r></w:p>\
             <w:p><w:r><w:t>Guinea</w:t><w:noBreakHyphen/><w:t>Bissau</w:t><w:softHyphen/></w:r></w:p>",
        );
        assert_eq!(
            k[0],
            (BlockKind::Para, "The members & friends were:".into())
        );
        assert_eq!(k[1], (BlockKind::Bullet, "Brazil".into()));
        assert_eq!(k[2], (BlockKind::Bullet, "China".into()));
        assert_eq!(k[3], (BlockKind::Para, "Split word.".into()));
        assert_eq!(k[4], (BlockKind::Heading, "Guinea-Bissau".into()));
    }

    #[test]
    fn pages_from_rendered_breaks() {
        let xml = doc("<w:p><w:r><w:t>One.</w:t></w:r></w:p>\
             <w:p><w:r><w:lastRenderedPageBreak/><w:t>Two.</w:t></w:r></w:p>");
        let body = parse(&xml).unwrap_or_default();
        let out = build(&body, &Parsed::default(), &HashMap::new());
        let pages: Vec<_> = out.origins.iter().map(|o| (o.page, o.line)).collect();
        assert_eq!(pages, vec![(Some(1), 1), (Some(2), 2)]);
    }
}
