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

use std::cell::RefCell;

use html5ever::buffer_queue::BufferQueue;
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    CharacterTokens, TagKind, TagToken, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};

use super::Position;
use super::normalize::{Block, Kind};
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
}

/// Attributes of one tag the tokenizer is given; later ones are blanked by
/// [`cap_attributes`].
const MAX_ATTRIBUTES: usize = 256;

/// `raw` with the attributes of a tag after its first [`MAX_ATTRIBUTES`] replaced by
/// spaces (line breaks kept, so the tokenizer's lines stay those of `raw`). The tokenizer
/// compares each attribute's name with every earlier one of its tag, so a tag of 200,000
/// attributes would cost 2·10¹⁰ comparisons; no attribute is read here, and no page has
/// that many. Comments and the content of raw-text elements (`script`, `style`, ...) are
/// passed over as the tokenizer would. Borrowed when no tag has that many attributes.
fn cap_attributes(raw: &str) -> std::borrow::Cow<'_, str> {
    let b = raw.as_bytes();
    let len = b.len();
    let space = |c: u8| matches!(c, b'\t' | b'\n' | b'\r' | 0x0c | b' ');
    let find = |from: usize, pat: &[u8]| {
        memchr::memmem::find(b.get(from..).unwrap_or_default(), pat).map(|k| from + k)
    };
    let mut blanked: Option<Vec<u8>> = None;
    let mut i = 0;
    while let Some(at) = memchr::memchr(b'<', b.get(i..).unwrap_or_default()).map(|k| i + k) {
        if b[at..].starts_with(b"<!--") {
            i = find(at + 4, b"-->").map_or(len, |k| k + 3);
            continue;
        }
        if matches!(b.get(at + 1), Some(b'!' | b'?')) {
            i = memchr::memchr(b'>', &b[at..]).map_or(len, |k| at + k + 1);
            continue;
        }
        let end_tag = b.get(at + 1) == Some(&b'/');
        let name_from = at + 1 + usize::from(end_tag);
        if !b.get(name_from).is_some_and(u8::is_ascii_alphabetic) {
            i = at + 1;
            continue;
        }
        let mut j = name_from;
        while j < len && !space(b[j]) && !matches!(b[j], b'/' | b'>') {
            j += 1;
        }
        let name = raw.get(name_from..j).unwrap_or("").to_ascii_lowercase();
        let mut count = 0usize;
        loop {
            while j < len && (space(b[j]) || b[j] == b'/') {
                j += 1;
            }
            if j >= len {
                break;
            }
            if b[j] == b'>' {
                j += 1;
                break;
            }
            let attr = j;
            j += 1; // the first character of a name may be `=`
            while j < len && !space(b[j]) && !matches!(b[j], b'/' | b'>' | b'=') {
                j += 1;
            }
            let mut k = j;
            while k < len && space(b[k]) {
                k += 1;
            }
            if b.get(k) == Some(&b'=') {
                j = k + 1;
                while j < len && space(b[j]) {
                    j += 1;
                }
                match b.get(j) {
                    Some(&q @ (b'"' | b'\'')) => {
                        j = memchr::memchr(q, &b[j + 1..]).map_or(len, |k| j + 1 + k + 1);
                    }
                    _ => {
                        while j < len && !space(b[j]) && b[j] != b'>' {
                            j += 1;
                        }
                    }
                }
            }
            count += 1;
            if count > MAX_ATTRIBUTES {
                let out = blanked.get_or_insert_with(|| b.to_vec());
                for c in &mut out[attr..j] {
                    if !matches!(*c, b'\n' | b'\r') {
                        *c = b' ';
                    }
                }
            }
        }
        i = j;
        if !end_tag {
            match name.as_str() {
                "plaintext" => break,
                "script" | "style" | "xmp" | "iframe" | "noembed" | "noframes" | "noscript"
                | "title" | "textarea" => {
                    let close = format!("</{name}");
                    let mut from = i;
                    i = loop {
                        match memchr::memchr(b'<', b.get(from..).unwrap_or_default()) {
                            None => break len,
                            Some(k) => {
                                let lt = from + k;
                                if b.get(lt..lt + close.len())
                                    .is_some_and(|t| t.eq_ignore_ascii_case(close.as_bytes()))
                                {
                                    break lt;
                                }
                                from = lt + 1;
                            }
                        }
                    };
                }
                _ => {}
            }
        }
    }
    match blanked {
        // Only ASCII bytes were replaced, by spaces, at character boundaries.
        Some(out) => String::from_utf8(out).map_or(std::borrow::Cow::Borrowed(raw), Into::into),
        None => std::borrow::Cow::Borrowed(raw),
    }
}

/// Converts HTML into blocks (see module docs).
pub(crate) fn blocks(raw: &str) -> Vec<Block> {
    let tokenizer = Tokenizer::new(Sink::default(), TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(&cap_attributes(raw)));
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    let events = tokenizer.sink.events.take();

    // Where each line starts; `\r\n` ends one line, so does a lone `\r`.
    let bytes = raw.as_bytes();
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(
            memchr::memchr2_iter(b'\n', b'\r', bytes)
                .filter(|&i| !(bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n')))
                .map(|i| i + 1),
        )
        .collect();
    let mut cur = Cursor {
        raw,
        off: 0,
        line: 1,
        col: 1,
    };
    let mut out: Vec<Block> = Vec::new();
    let mut block: Option<Block> = None;
    let mut paragraph = 0u32;
    let (mut dropped, mut in_head, mut in_title, mut in_li, mut in_h, mut in_cell) =
        (0u32, false, false, false, false, false);

    for event in events {
        match event {
            Event::Tag(name, start) => {
                if is_dropped(&name) {
                    dropped = if start {
                        dropped.saturating_add(1)
                    } else {
                        dropped.saturating_sub(1)
                    };
                }
                match (name.as_str(), start) {
                    ("head", s) => in_head = s,
                    ("body", true) => in_head = false,
                    ("title", s) => in_title = s,
                    ("li", s) => in_li = s,
                    ("ul" | "ol", false) => in_li = false,
                    ("h1" | "h2" | "h3" | "h4" | "h5" | "h6", s) => in_h = s,
                    ("td" | "th" | "dd" | "dt", s) => in_cell = s,
                    ("tr" | "table" | "dl", _) => in_cell = false,
                    _ => {}
                }
                if is_block(&name)
                    && let Some(b) = block.take()
                {
                    out.push(b);
                    paragraph = paragraph.saturating_add(1);
                }
            }
            Event::Text(text, end_line) => {
                let keep = dropped == 0 && (!in_head || in_title);
                let newlines = text.bytes().filter(|&b| b == b'\n').count() as u64;
                let mut line = end_line.saturating_sub(newlines).max(1);
                if cur.line != line {
                    cur.goto_line(line, &line_starts);
                }
                cur.skip_markup();
                let kind = if in_title || in_h {
                    Kind::Heading
                } else if in_li {
                    Kind::Bullet
                } else if in_cell {
                    Kind::Cell
                } else {
                    Kind::Para
                };
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
                    match cur.peek() {
                        // A decoded entity, or a literal `&` (then only the `&` is skipped).
                        Some('&') => cur.skip_entity(),
                        Some(r) if r == c => cur.bump(),
                        Some('\r') if c == '\n' => {
                            cur.bump();
                            if cur.peek() == Some('\n') {
                                cur.bump();
                            }
                        }
                        _ if c == '\n' => {
                            cur.skip_past("\n");
                        }
                        _ => {}
                    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::documents::normalize::normalize;

    fn norm(raw: &str) -> (String, Vec<(Kind, String)>) {
        let n = normalize(&blocks(raw));
        let t = n.text.as_str().to_string();
        let b = n
            .blocks
            .iter()
            .map(|b| (b.kind, t[b.start..b.end].to_string()))
            .collect();
        (t, b)
    }

    #[test]
    fn entities_decoded_and_scripts_dropped() {
        let (t, _) = norm(
            "<html><head><title>T &amp; U</title><style>p{}</style><meta x='1'></head><body>\
             <p>A&nbsp;&amp;&#x41;&lt;b</p><script>var x = '<p>no</p>';</script>\
             <noscript>no</noscript><template><p>no</p></template><!-- gone --><p>end</p></body></html>",
        );
        assert_eq!(t, "T & U\n\nA &A<b\n\nend");
    }

    #[test]
    fn blocks_headings_bullets() {
        let (_, b) = norm(
            "<h1>Head</h1><p>Para one.<br>Two</p><ul><li>first</li><li>second <b>bold</b></li></ul><div>x</div>",
        );
        assert_eq!(b[0], (Kind::Heading, "Head".into()));
        assert_eq!(b[1], (Kind::Para, "Para one.".into()));
        assert_eq!(b[2], (Kind::Para, "Two".into()));
        assert_eq!(b[3], (Kind::Bullet, "first".into()));
        assert_eq!(b[4], (Kind::Bullet, "second bold".into()));
        assert_eq!(b[5], (Kind::Para, "x".into()));
    }

    #[test]
    fn positions_are_lines_and_columns_in_source() {
        let raw = "<html>\r\n<body>\r\n  <p class=\"a>b\">Hello &amp; <i>wor</i>ld\r\n  next line</p>\r\n<!-- c\r\n-->\r\n<p>Ünï <b>x</b></p>\r\n</body>";
        let n = normalize(&blocks(raw));
        let t = n.text.as_str();
        assert_eq!(t, "Hello & world next line\n\nÜnï x");
        let at = |s: &str| n.text.position(t.find(s).unwrap_or(0));
        assert_eq!(
            at("Hello"),
            Position {
                line: 3,
                column: 18
            }
        );
        assert_eq!(
            at("&"),
            Position {
                line: 3,
                column: 24
            }
        );
        assert_eq!(
            at("wor"),
            Position {
                line: 3,
                column: 33
            }
        );
        assert_eq!(
            at("ld"),
            Position {
                line: 3,
                column: 40
            }
        );
        assert_eq!(at("next"), Position { line: 4, column: 3 });
        assert_eq!(at("Ünï"), Position { line: 7, column: 4 });
        assert_eq!(
            n.text.position(t.rfind('x').unwrap_or(0)),
            Position {
                line: 7,
                column: 11
            }
        );
    }

    #[test]
    fn attributes_past_the_cap_are_blanked_keeping_lines() {
        let attrs: String = (0..MAX_ATTRIBUTES + 3)
            .map(|i| format!(" a{i}=\"v\nw\""))
            .collect();
        let raw = format!("<p{attrs}>Brazil</p><!-- <p{attrs}> --><script>x<y{attrs}</script>");
        let capped = cap_attributes(&raw);
        assert_eq!(capped.len(), raw.len());
        assert_eq!(capped.matches('\n').count(), raw.matches('\n').count());
        // The first tag loses three attributes; the comment and the script are untouched.
        assert_eq!(raw.matches("a2").count() - capped.matches("a2").count(), 3);
        assert!(capped.contains(&format!("a{}=", MAX_ATTRIBUTES - 1)));
        assert!(
            !capped[..capped.find("<!--").unwrap_or(0)].contains(&format!("a{}=", MAX_ATTRIBUTES))
        );
        assert!(matches!(
            cap_attributes("<p a=1>x</p>"),
            std::borrow::Cow::Borrowed(_)
        ));
        let (t, _) = norm(&raw);
        assert_eq!(t, "Brazil");
    }

    #[test]
    fn a_paragraph_of_a_million_tokens_is_joined_in_linear_time() {
        // An entity-dense paragraph reaches the sink as one token per entity; asking the
        // joined text for a line break each time cost time quadratic in the paragraph
        // (here some 5·10¹¹ bytes searched).
        let sink = Sink::default();
        let started = std::time::Instant::now();
        for _ in 0..1_000_000 {
            let _ = sink.process_token(CharacterTokens(StrTendril::from_slice("&")), 1);
        }
        let _ = sink.process_token(CharacterTokens(StrTendril::from_slice("a\nb")), 2);
        let _ = sink.process_token(CharacterTokens(StrTendril::from_slice("c")), 2);
        assert!(
            started.elapsed() < std::time::Duration::from_secs(10),
            "took {:?}",
            started.elapsed()
        );
        let events = sink.events.take();
        assert_eq!(events.len(), 3);
        assert!(matches!(&events[0], Event::Text(t, 1) if t.len() == 1_000_000));
    }

    #[test]
    fn lone_carriage_returns_end_lines() {
        let raw = "<p>one</p>\r<p>two\rthree</p>\r\n<p>four</p>";
        let n = normalize(&blocks(raw));
        let t = n.text.as_str();
        let at = |s: &str| n.text.position(t.find(s).unwrap_or(0));
        assert_eq!(at("two"), Position { line: 2, column: 4 });
        assert_eq!(at("three"), Position { line: 3, column: 1 });
        assert_eq!(at("four"), Position { line: 4, column: 4 });
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let depth = 100_000;
        let raw = format!(
            "{}deep text{}",
            "<div>".repeat(depth),
            "</div>".repeat(depth)
        );
        let (t, _) = norm(&raw);
        assert_eq!(t, "deep text");
    }
}
