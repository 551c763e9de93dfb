//! HTML front-end: html5ever's tokenizer, block structure, and positions in the source.
//!
//! For turning HTML into blocks of text; not for building a DOM (no tree is built, so
//! nesting depth costs no stack) and not for character normalisation (`normalize`).
//!
//! - Entities are decoded by the tokenizer. Comments, doctype and the content of `script`,
//!   `style`, `noscript`, `template`, `iframe`, `noembed`, `noframes`, `xmp` and of `head`
//!   (except `title`) are dropped.
//! - Block elements (`p`, `div`, `li`, `ul`, `ol`, `h1`-`h6`, `br`, `tr`, `td`, `th`,
//!   `table`, `section`, `article`, `header`, `footer`, `blockquote`, `pre`, `dd`, `dt`,
//!   `title` and a few more) end the current block; each block is its own paragraph. Text
//!   inside `li` is a bullet, inside `td`, `th`, `dt` or `dd` a table cell, inside
//!   `h1`-`h6` or `title` a heading. Whitespace (including
//!   blank lines) inside one block collapses to a space, as in a browser.
//! - Positions: the line is the tokenizer's line (exact). The column comes from aligning
//!   the decoded text with the raw source: from the previous text chunk's end (or the start
//!   of the chunk's line), markup (`<...>`, comments) is skipped, then characters are
//!   matched one by one; a decoded entity maps to its `&`. Where alignment fails (the raw
//!   text is not found on the tokenizer's line) the column falls back to 1.

mod attributes;
#[cfg(test)]
mod tests;

use attributes::cap_attributes;
use std::cell::RefCell;

use html5ever::buffer_queue::BufferQueue;
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    CharacterTokens, TagKind, TagToken, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};

use super::Position;
use super::normalize::{Block, BlockKind};
use super::posmap::MappedText;

/// What the tokenizer reported.
enum Event {
    /// Text, and the line the tokenizer was on after reading it.
    Text(String, u64),
    /// A start (`true`) or end tag.
    Tag(String, bool),
}

/// Collects events and switches the tokenizer to raw text where HTML requires it.
#[derive(Default)]
struct Sink {
    events: RefCell<Vec<Event>>,
    /// The last event is text without a line break, so text without one joins it (kept
    /// here: asking the joined text would make a paragraph of 200,000 entities, each its
    /// own token, quadratic).
    joinable: std::cell::Cell<bool>,
}

impl TokenSink for Sink {
    type Handle = ();

    fn process_token(&self, token: Token, line: u64) -> TokenSinkResult<()> {
        let mut events = self.events.borrow_mut();
        match token {
            CharacterTokens(t) => {
                let single = !t.contains('\n');
                if let Some(Event::Text(prev, l)) = events.last_mut()
                    && self.joinable.get()
                    && single
                {
                    prev.push_str(&t);
                    *l = line;
                } else {
                    events.push(Event::Text(t.to_string(), line));
                }
                self.joinable.set(single);
            }
            TagToken(tag) => {
                let name = tag.name.to_string().to_ascii_lowercase();
                let start = tag.kind == TagKind::StartTag;
                let result = match (start, name.as_str()) {
                    (true, "script") => TokenSinkResult::RawData(RawKind::ScriptData),
                    (true, "style" | "xmp" | "iframe" | "noembed" | "noframes" | "noscript") => {
                        TokenSinkResult::RawData(RawKind::Rawtext)
                    }
                    (true, "title" | "textarea") => TokenSinkResult::RawData(RawKind::Rcdata),
                    (true, "plaintext") => TokenSinkResult::Plaintext,
                    _ => TokenSinkResult::Continue,
                };
                events.push(Event::Tag(name, start));
                self.joinable.set(false);
                return result;
            }
            _ => {}
        }
        TokenSinkResult::Continue
    }
}

/// Elements whose content is dropped.
fn is_dropped(name: &str) -> bool {
    matches!(
        name,
        "script" | "style" | "noscript" | "template" | "iframe" | "noembed" | "noframes" | "xmp"
    )
}

/// Elements that end a block.
fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "li"
            | "ul"
            | "ol"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "br"
            | "tr"
            | "td"
            | "th"
            | "table"
            | "section"
            | "article"
            | "header"
            | "footer"
            | "blockquote"
            | "pre"
            | "dd"
            | "dt"
            | "dl"
            | "title"
            | "hr"
            | "nav"
            | "aside"
            | "main"
            | "figure"
            | "figcaption"
            | "caption"
            | "address"
            | "body"
            | "html"
            | "form"
            | "fieldset"
            | "details"
            | "summary"
            | "thead"
            | "tbody"
            | "tfoot"
            | "textarea"
            | "head"
    )
}

/// A position in the raw source, moved forward one character at a time.
struct Cursor<'a> {
    raw: &'a str,
    off: usize,
    line: u64,
    col: u32,
}

impl Cursor<'_> {
    /// The character at the cursor.
    fn peek(&self) -> Option<char> {
        self.raw.get(self.off..).and_then(|s| s.chars().next())
    }

    /// True when the raw text at the cursor starts with `pat`.
    fn at(&self, pat: &str) -> bool {
        self.raw.get(self.off..).is_some_and(|s| s.starts_with(pat))
    }

    /// Moves over one character.
    fn bump(&mut self) {
        if let Some(c) = self.peek() {
            self.off += c.len_utf8();
            // A line ends with `\n`, `\r\n` or a lone `\r`, as the tokenizer counts lines.
            if c == '\n' || (c == '\r' && self.peek() != Some('\n')) {
                self.line += 1;
                self.col = 1;
            } else if c != '\r' {
                self.col = self.col.saturating_add(1);
            }
        }
    }

    /// Moves to just after the first `pat` (or to the end).
    fn skip_past(&mut self, pat: &str) {
        let rest = self.raw.get(self.off..).unwrap_or("");
        let target = rest
            .find(pat)
            .map_or(self.raw.len(), |i| self.off + i + pat.len());
        while self.off < target && self.peek().is_some() {
            self.bump();
        }
    }

    /// Skips tags, comments and doctypes at the cursor.
    fn skip_markup(&mut self) {
        loop {
            let next = self.raw.get(self.off + 1..).and_then(|s| s.chars().next());
            if !(self.at("<")
                && next.is_some_and(|c| c.is_ascii_alphabetic() || matches!(c, '/' | '!' | '?')))
            {
                return;
            }
            if self.at("<!--") {
                self.skip_past("-->");
                continue;
            }
            let mut quote: Option<char> = None;
            self.bump();
            while let Some(c) = self.peek() {
                self.bump();
                match (quote, c) {
                    (None, '"' | '\'') => quote = Some(c),
                    (Some(q), c) if c == q => quote = None,
                    (None, '>') => break,
                    _ => {}
                }
            }
        }
    }

    /// Moves to the start of 1-based `line`.
    fn goto_line(&mut self, line: u64, line_starts: &[usize]) {
        let idx = usize::try_from(line.saturating_sub(1)).unwrap_or(usize::MAX);
        if let Some(&off) = line_starts.get(idx) {
            self.off = off;
            self.line = line;
            self.col = 1;
        }
    }

    /// Moves past an entity reference starting at `&`.
    fn skip_entity(&mut self) {
        self.bump();
        let rest = self.raw.get(self.off..).unwrap_or("");
        let name_len = rest
            .char_indices()
            .take(40)
            .find(|&(_, c)| !(c.is_ascii_alphanumeric() || c == '#'))
            .map_or(rest.len().min(40), |(i, _)| i);
        let semi = rest.get(name_len..).is_some_and(|s| s.starts_with(';'));
        let end = self.off + name_len + usize::from(semi);
        while self.off < end && self.peek().is_some() {
            self.bump();
        }
    }

    /// Moves past the raw text that the tokenizer decoded to `c`.
    fn follow(&mut self, c: char) {
        match self.peek() {
            // A decoded entity, or a literal `&` (then only the `&` is skipped).
            Some('&') => self.skip_entity(),
            Some(r) if r == c => self.bump(),
            Some('\r') if c == '\n' => {
                self.bump();
                if self.peek() == Some('\n') {
                    self.bump();
                }
            }
            _ if c == '\n' => {
                self.skip_past("\n");
            }
            _ => {}
        }
    }
}

/// The elements the tokenizer is inside of, as far as the blocks care: how deep in
/// dropped elements, and whether in the head, the title, a list item, a heading, a cell.
#[derive(Debug, Default)]
struct OpenElements {
    dropped: u32,
    head: bool,
    title: bool,
    list_item: bool,
    heading: bool,
    cell: bool,
    /// The column of the cell text here is in: the `td`/`th` closed since the row began.
    column: u16,
    /// Tables (and definition lists) begun so far.
    tables: u16,
}

impl OpenElements {
    /// Notes a start (`start`) or end tag.
    fn tag(&mut self, name: &str, start: bool) {
        if is_dropped(name) {
            self.dropped = if start {
                self.dropped.saturating_add(1)
            } else {
                self.dropped.saturating_sub(1)
            };
        }
        match (name, start) {
            ("head", s) => self.head = s,
            ("body", true) => self.head = false,
            ("title", s) => self.title = s,
            ("li", s) => self.list_item = s,
            ("ul" | "ol", false) => self.list_item = false,
            ("h1" | "h2" | "h3" | "h4" | "h5" | "h6", s) => self.heading = s,
            ("td" | "th", true) => self.cell = true,
            ("td" | "th", false) => {
                self.cell = false;
                self.column = self.column.saturating_add(1);
            }
            // A definition list is one column: its terms head the items under them.
            ("dt" | "dd", s) => {
                self.cell = s;
                self.column = 0;
            }
            ("table" | "dl", true) => {
                self.cell = false;
                self.column = 0;
                self.tables = self.tables.saturating_add(1);
            }
            ("tr" | "table" | "dl", _) => {
                self.cell = false;
                self.column = 0;
            }
            _ => {}
        }
    }

    /// Whether text here is the document's: outside dropped elements, and in the head
    /// only the title.
    fn keeps_text(&self) -> bool {
        self.dropped == 0 && (!self.head || self.title)
    }

    /// The kind of block text here starts.
    fn kind(&self) -> BlockKind {
        if self.title || self.heading {
            BlockKind::Heading
        } else if self.list_item {
            BlockKind::Bullet
        } else if self.cell {
            BlockKind::Cell {
                table: self.tables,
                column: self.column,
            }
        } else {
            BlockKind::Para
        }
    }
}

/// Where each line of `raw` starts; `\r\n` ends one line, so does a lone `\r`.
fn line_starts(raw: &str) -> Vec<usize> {
    let bytes = raw.as_bytes();
    std::iter::once(0)
        .chain(
            memchr::memchr2_iter(b'\n', b'\r', bytes)
                .filter(|&i| !(bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n')))
                .map(|i| i + 1),
        )
        .collect()
}

/// Converts HTML into blocks (see module docs).
pub(crate) fn blocks(raw: &str) -> Vec<Block> {
    let tokenizer = Tokenizer::new(Sink::default(), TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(&cap_attributes(raw)));
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    let events = tokenizer.sink.events.take();

    let line_starts = line_starts(raw);
    let mut cur = Cursor {
        raw,
        off: 0,
        line: 1,
        col: 1,
    };
    let mut out: Vec<Block> = Vec::new();
    let mut block: Option<Block> = None;
    let mut paragraph = 0u32;
    let mut open = OpenElements::default();

    for event in events {
        match event {
            Event::Tag(name, start) => {
                open.tag(&name, start);
                if is_block(&name)
                    && let Some(b) = block.take()
                {
                    out.push(b);
                    paragraph = paragraph.saturating_add(1);
                }
            }
            Event::Text(text, end_line) => {
                let keep = open.keeps_text();
                let newlines = text.bytes().filter(|&b| b == b'\n').count() as u64;
                let mut line = end_line.saturating_sub(newlines).max(1);
                if cur.line != line {
                    cur.goto_line(line, &line_starts);
                }
                cur.skip_markup();
                let kind = open.kind();
                let b = block.get_or_insert_with(|| Block {
                    kind,
                    paragraph,
                    src: MappedText::new(),
                });
                for c in text.chars() {
                    let col = if cur.line == line { cur.col } else { 1 };
                    if keep {
                        b.src.push(
                            c,
                            Position {
                                line: u32::try_from(line).unwrap_or(u32::MAX),
                                column: col,
                            },
                        );
                    }
                    cur.follow(c);
                    if c == '\n' {
                        line += 1;
                        if cur.line != line {
                            cur.goto_line(line, &line_starts);
                        }
                    }
                }
                if !keep && block.as_ref().is_some_and(|b| b.src.is_empty()) {
                    block = None;
                }
            }
        }
    }
    if let Some(b) = block {
        out.push(b);
    }
    out
}
