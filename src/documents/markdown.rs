//! Markdown front-end: a small line-based reader that keeps every character's position.
//!
//! For block structure and inline markup removal; not a full CommonMark implementation
//! (no reference links or nested containers beyond `>` quotes and list items),
//! and not for character normalisation (`normalize`).
//!
//! - Blank lines separate paragraphs; list items of one list share a paragraph.
//! - ATX headings (`#`..`######`, the `#`s and closing `#`s excluded) and Setext headings
//!   (a paragraph underlined with `===` or `---`, the underline excluded) are headings.
//! - List items (`-`, `*`, `+`, `1.`, `1)`, and the plain-text markers) are bullets, marker
//!   excluded; thematic breaks (`---`, `***`, `___`) are dropped.
//! - Pipe-table rows (`| Brazil | Ana Ruiz |`) give one cell block per cell; the
//!   delimiter row is dropped.
//! - `>` quote markers are dropped. Fenced code (```` ``` ```` or `~~~`) is kept as plain text,
//!   fences dropped, no inline processing inside.
//! - Inline: backticks and emphasis markers (`*`, `**`, `_`, `__`; intra-word `_` kept) are
//!   removed, `[text](url)` keeps `text`, images `![alt](url)` and HTML comments (also over
//!   several lines) are dropped, `\` escapes give the escaped character.

use super::Position;
use super::normalize::{Block, BlockKind};
use super::posmap::MappedText;
use super::text::{bullet_marker, is_blank, lines, push_line, push_newline};

/// Reader state.
struct Reader {
    out: Vec<Block>,
    cur: Option<Block>,
    paragraph: u32,
    in_comment: bool,
    /// Open code fence: marker character and length.
    fence: Option<(char, usize)>,
    /// Tables begun so far, and whether the previous line was a table row.
    tables: u16,
    in_table: bool,
}

impl Reader {
    /// Ends the current block (staying in the paragraph).
    fn end_block(&mut self) {
        if let Some(b) = self.cur.take() {
            self.out.push(b);
        }
    }

    /// Ends the current block and paragraph.
    fn end_paragraph(&mut self) {
        self.end_block();
        self.paragraph = self.paragraph.saturating_add(1);
    }

    /// Appends `line[from..]` with inline markup removed to the current block (starting one
    /// of `kind` if there is none), and the line break when `newline`.
    fn add(&mut self, kind: BlockKind, line: &str, n: u32, from: usize, newline: bool) {
        let paragraph = self.paragraph;
        let b = self.cur.get_or_insert_with(|| Block {
            kind,
            paragraph,
            src: MappedText::new(),
        });
        inline(&mut b.src, line, n, from, &mut self.in_comment);
        if newline {
            push_newline(&mut b.src, line, n);
        }
    }

    /// Current block, starting one of `kind` if there is none.
    fn block(&mut self, kind: BlockKind) -> &mut Block {
        let paragraph = self.paragraph;
        self.cur.get_or_insert_with(|| Block {
            kind,
            paragraph,
            src: MappedText::new(),
        })
    }
}

impl Reader {
    /// Reads line `n` into the blocks: a fenced or commented line as text, a blank line
    /// or a thematic break ending the paragraph, a heading, a bullet, a table row's cells
    /// (of a new table unless `row_follows_row`), or a line of the paragraph.
    fn read_line(&mut self, line: &str, n: u32, row_follows_row: bool) {
        let from = quote_prefix(line);
        let content = line.get(from..).unwrap_or("");
        let trimmed = content.trim();
        if let Some((fc, flen)) = self.fence {
            if trimmed.starts_with(&fc.to_string().repeat(flen)) && trimmed.chars().all(|c| c == fc)
            {
                self.fence = None;
                self.end_paragraph();
            } else {
                let b = self.block(BlockKind::Para);
                push_line(&mut b.src, line, n, from);
                push_newline(&mut b.src, line, n);
            }
            return;
        }
        if self.in_comment {
            self.add(BlockKind::Para, line, n, from, true);
            return;
        }
        if is_blank(content) {
            self.end_paragraph();
            return;
        }
        if let Some(fc) = ['`', '~']
            .into_iter()
            .find(|&c| trimmed.starts_with(&c.to_string().repeat(3)))
        {
            self.end_paragraph();
            self.fence = Some((fc, trimmed.chars().take_while(|&c| c == fc).count()));
            return;
        }
        if let Some((start, end)) = atx_heading(content) {
            self.end_paragraph();
            let upto = line.get(..from + end).unwrap_or("");
            self.add(BlockKind::Heading, upto, n, from + start, false);
            self.end_paragraph();
            return;
        }
        let setext = !trimmed.is_empty()
            && (trimmed.chars().all(|c| c == '=') || trimmed.chars().all(|c| c == '-'));
        if setext && self.cur.as_ref().is_some_and(|b| b.kind == BlockKind::Para) {
            if let Some(b) = self.cur.as_mut() {
                b.kind = BlockKind::Heading;
            }
            self.end_paragraph();
            return;
        }
        if is_thematic_break(trimmed) {
            self.end_paragraph();
            return;
        }
        if let Some(at) = bullet_marker(content) {
            self.end_block();
            self.add(BlockKind::Bullet, line, n, from + at, true);
            return;
        }
        if let Some(cells) = table_row(content) {
            if !row_follows_row {
                self.tables = self.tables.saturating_add(1);
            }
            self.in_table = true;
            self.table_row(line, n, from, &cells);
            return;
        }
        self.add(BlockKind::Para, line, n, from, true);
    }

    /// A pipe-table row of line `n` (its content starting at `from`): one block per cell.
    fn table_row(&mut self, line: &str, n: u32, from: usize, cells: &[(usize, usize)]) {
        self.end_block();
        let content = line.get(from..).unwrap_or("");
        // The delimiter row (`|---|:--:|`) is layout, not text.
        if !cells
            .iter()
            .filter(|&&(s, e)| s < e)
            .all(|&(s, e)| is_delimiter_cell(&content[s..e]))
        {
            let table = self.tables;
            for (column, &(s, e)) in (0u16..).zip(cells) {
                if s == e {
                    continue;
                }
                let upto = line.get(..from + e).unwrap_or("");
                self.add(BlockKind::Cell { table, column }, upto, n, from + s, false);
                self.end_block();
            }
        }
    }
}

/// Cuts Markdown into blocks (see module docs).
pub(crate) fn blocks(raw: &str) -> Vec<Block> {
    let mut r = Reader {
        out: Vec::new(),
        cur: None,
        paragraph: 0,
        in_comment: false,
        fence: None,
        tables: 0,
        in_table: false,
    };
    for (n, line) in lines(raw) {
        let row_follows_row = std::mem::take(&mut r.in_table);
        r.read_line(line, n, row_follows_row);
    }
    r.end_block();
    r.out
}

/// The cells of a pipe-table row (`| a | b |`, outer pipes optional when the row has an
/// inner one): byte ranges of each cell's text in `line`, trimmed. An empty cell is an
/// empty range, kept so that the cells after it keep their columns (`| Brazil | | ✓ |`
/// marks the third column, not the second).
fn table_row(line: &str) -> Option<Vec<(usize, usize)>> {
    let trimmed = line.trim();
    let piped =
        trimmed.starts_with('|') || (trimmed.contains(" | ") && trimmed.matches('|').count() >= 2);
    if !piped {
        return None;
    }
    let mut cells = Vec::new();
    let mut start = 0;
    let bytes = line.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'|' && (i == 0 || bytes[i - 1] != b'\\') {
            cells.push((start, i));
            start = i + 1;
        }
    }
    cells.push((start, line.len()));
    // What lies outside the outer pipes is no cell.
    if trimmed.starts_with('|') {
        cells.remove(0);
    }
    if trimmed.ends_with('|') && trimmed.len() > 1 {
        cells.pop();
    }
    let cells: Vec<(usize, usize)> = cells
        .into_iter()
        .map(|(s, e)| {
            let cell = &line[s..e];
            let lead = cell.len() - cell.trim_start().len();
            let text = cell.trim();
            (s + lead, s + lead + text.len())
        })
        .collect();
    Some(cells)
}

/// A cell of the delimiter row: dashes with optional alignment colons.
fn is_delimiter_cell(cell: &str) -> bool {
    let t = cell.trim();
    !t.is_empty() && t.contains('-') && t.chars().all(|c| matches!(c, '-' | ':' | ' '))
}

/// Byte length of `>` quote markers (and one following space each) at the line start.
fn quote_prefix(line: &str) -> usize {
    let mut at = 0;
    loop {
        let rest = line.get(at..).unwrap_or("");
        let indent = rest.len() - rest.trim_start_matches(' ').len();
        let after = rest.get(indent..).unwrap_or("");
        if indent > 3 || !after.starts_with('>') {
            return at;
        }
        at += indent + 1;
        if line.get(at..).is_some_and(|s| s.starts_with(' ')) {
            at += 1;
        }
    }
}

/// For an ATX heading: byte range of its text in `content`.
fn atx_heading(content: &str) -> Option<(usize, usize)> {
    let indent = content.len() - content.trim_start_matches(' ').len();
    if indent > 3 {
        return None;
    }
    let rest = content.get(indent..)?;
    let hashes = rest.bytes().take_while(|&b| b == b'#').count();
    if !(1..=6).contains(&hashes) {
        return None;
    }
    let after = rest.get(hashes..)?;
    if !(after.is_empty() || after.starts_with([' ', '\t'])) {
        return None;
    }
    let start = indent + hashes + (after.len() - after.trim_start().len());
    let mut end = content.trim_end().len().max(start);
    // Optional closing sequence: spaces then `#`s.
    let body = content.get(start..end)?;
    let without = body.trim_end_matches('#');
    if without.len() < body.len() && (without.is_empty() || without.ends_with([' ', '\t'])) {
        end = start + without.trim_end().len();
    }
    Some((start, end))
}

/// True for `---`, `***`, `___` (three or more, spaces allowed).
fn is_thematic_break(trimmed: &str) -> bool {
    ['-', '*', '_'].into_iter().any(|m| {
        trimmed.chars().filter(|&c| c == m).count() >= 3
            && trimmed.chars().all(|c| c == m || c == ' ' || c == '\t')
    })
}

/// Appends `line[from..]` with inline markup removed (see module docs).
fn inline(src: &mut MappedText, line: &str, line_no: u32, from: usize, in_comment: &mut bool) {
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let col_of = |i: usize| Position {
        line: line_no,
        column: u32::try_from(i).unwrap_or(u32::MAX - 1).saturating_add(1),
    };
    let at = |i: usize| chars.get(i).map(|&(_, c)| c);
    let starts = |i: usize, pat: &str| {
        chars
            .get(i)
            .is_some_and(|&(o, _)| line.get(o..).is_some_and(|s| s.starts_with(pat)))
    };
    let mut i = chars
        .iter()
        .position(|&(o, _)| o >= from)
        .unwrap_or(chars.len());
    // Ranges (in char indices) to drop later: the `](url)` tails of links, by start.
    let mut skips: std::collections::BTreeMap<usize, usize> = std::collections::BTreeMap::new();
    let mut links = LinkFinder::default();
    while let Some(c) = at(i) {
        if *in_comment {
            if starts(i, "-->") {
                *in_comment = false;
                i += 3;
            } else {
                i += 1;
            }
            continue;
        }
        if let Some(e) = skips.remove(&i) {
            i = e;
            continue;
        }
        match c {
            '<' if starts(i, "<!--") => {
                *in_comment = true;
                i += 4;
            }
            '\\' if at(i + 1).is_some_and(|n| n.is_ascii_punctuation()) => {
                if let Some(n) = at(i + 1) {
                    src.push(n, col_of(i + 1));
                }
                i += 2;
            }
            '`' => i += 1,
            '!' if at(i + 1) == Some('[') => match links.end(&chars, i + 1) {
                Some((_, end)) => i = end,
                None => {
                    src.push(c, col_of(i));
                    i += 1;
                }
            },
            '[' => {
                if let Some((close, end)) = links.end(&chars, i) {
                    skips.insert(close, end);
                } else {
                    src.push(c, col_of(i));
                }
                i += 1;
            }
            '*' | '_' => {
                let (run, keep) = emphasis_run(&chars, i, c);
                if keep {
                    for k in i..i + run {
                        src.push(c, col_of(k));
                    }
                }
                i += run.max(1);
            }
            _ => {
                src.push(c, col_of(i));
                i += 1;
            }
        }
    }
}

/// The run of `c` (`*` or `_`) starting at char `i`: its length, and whether it is kept
/// as text (spaces on both sides, or `_` inside a word) rather than dropped as emphasis.
fn emphasis_run(chars: &[(usize, char)], i: usize, c: char) -> (usize, bool) {
    let at = |i: usize| chars.get(i).map(|&(_, c)| c);
    let run = chars
        .get(i..)
        .map_or(0, |r| r.iter().take_while(|&&(_, x)| x == c).count());
    let prev = i.checked_sub(1).and_then(at);
    let next = at(i + run);
    let space = |x: Option<char>| x.is_none_or(char::is_whitespace);
    let word = |x: Option<char>| x.is_some_and(char::is_alphanumeric);
    let keep = (space(prev) && space(next)) || (c == '_' && word(prev) && word(next));
    (run, keep)
}

/// Finds the ends of `[text](url)` links in one line. Each search remembers what it
/// found, and the searches of a line go forward, so a line is scanned once however many
/// `[` it holds (a run of 200,000 `[` would otherwise scan the rest of the line each).
#[derive(Default)]
struct LinkFinder {
    close: NextOf<']'>,
    paren: NextOf<')'>,
}

impl LinkFinder {
    /// For `[` at char index `open`: `(index of "]", index after ")")` of a `[text](url)`
    /// link.
    fn end(&mut self, chars: &[(usize, char)], open: usize) -> Option<(usize, usize)> {
        let close = self.close.find(chars, open + 1)?;
        if chars.get(close + 1).map(|&(_, c)| c) != Some('(') {
            return None;
        }
        let paren = self.paren.find(chars, close + 2)?;
        Some((close, paren + 1))
    }
}

/// The first index at or after a given one holding `C`, remembered for the next query.
#[derive(Default)]
struct NextOf<const C: char> {
    /// The last search: from this index, found this one (`None`: none to the end).
    last: Option<(usize, Option<usize>)>,
}

impl<const C: char> NextOf<C> {
    fn find(&mut self, chars: &[(usize, char)], from: usize) -> Option<usize> {
        if let Some((start, found)) = self.last
            && from >= start
            && found.is_none_or(|f| from <= f)
        {
            return found;
        }
        let found = chars
            .get(from..)
            .and_then(|rest| rest.iter().position(|&(_, c)| c == C))
            .map(|k| from + k);
        self.last = Some((from, found));
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::documents::normalize::normalize;

    fn blocks_of(raw: &str) -> Vec<(BlockKind, u32, String)> {
        let n = normalize(&blocks(raw));
        n.blocks
            .iter()
            .map(|b| {
                (
                    b.kind,
                    b.paragraph,
                    n.text.as_str()[b.start..b.end].to_string(),
                )
            })
            .collect()
    }

    #[test]
    fn atx_and_setext_headings() {
        let b = blocks_of(
            "# Title #\n\ntext\n\n###### Deep\n\nSetext one\n===\n\nTwo\n---\n\n#not heading",
        );
        assert_eq!(b[0], (BlockKind::Heading, 0, "Title".into()));
        assert_eq!(b[1].0, BlockKind::Para);
        assert_eq!(b[2], (BlockKind::Heading, 2, "Deep".into()));
        assert_eq!(b[3], (BlockKind::Heading, 3, "Setext one".into()));
        assert_eq!(b[4], (BlockKind::Heading, 4, "Two".into()));
        assert_eq!(b[5], (BlockKind::Para, 5, "#not heading".into()));
    }

    #[test]
    fn list_items_are_bullets() {
        let b = blocks_of("Intro:\n- one\n* two\n  more\n1. three\n\n---\n\nafter");
        assert_eq!(b[0], (BlockKind::Para, 0, "Intro:".into()));
        assert_eq!(b[1], (BlockKind::Bullet, 0, "one".into()));
        assert_eq!(b[2], (BlockKind::Bullet, 0, "two more".into()));
        assert_eq!(b[3], (BlockKind::Bullet, 0, "three".into()));
        assert_eq!(b[4], (BlockKind::Para, 1, "after".into()));
    }

    #[test]
    fn inline_markup_removed() {
        let b = blocks_of(
            "**Bold** and *it* and __u__ _e_ snake_case `code` [UNODA](https://x.org/a_b) ![img](i.png) \\*lit\\* a * b <!-- hidden --> end",
        );
        assert_eq!(
            b[0].2,
            "Bold and it and u e snake_case code UNODA *lit* a * b end"
        );
    }

    #[test]
    fn links_nested_and_unclosed() {
        // As before the finder remembered its searches: a `[` whose next `]` starts a
        // `](url)` tail is dropped, the tail with it; an unclosed one stays.
        let b = blocks_of("[a [b](c) d](e) [[x](y) [no] (z) [open ![img](i) [k](v)");
        assert_eq!(b[0].2, "a b d](e) x [no] (z) open k");
        let b = blocks_of(&format!(
            "{}](u) end [{}",
            "[".repeat(1000),
            "[x](".repeat(1000)
        ));
        assert_eq!(b[0].2, format!("end [{}", "[x](".repeat(1000)));
    }

    #[test]
    fn lone_carriage_returns_end_lines() {
        let n = normalize(&blocks("# Head\r\rBrazil was a member.\r- item\r"));
        let t = n.text.as_str();
        assert_eq!(t, "Head\n\nBrazil was a member.\nitem");
        let at = |s: &str| n.text.position(t.find(s).unwrap_or(0));
        assert_eq!(at("Brazil"), Position { line: 3, column: 1 });
        assert_eq!(at("item"), Position { line: 4, column: 3 });
    }

    #[test]
    fn multiline_comments_and_code_fences() {
        let b = blocks_of("a <!-- x\n\ny --> b\n\n```\n*raw* [k](v)\n```\nz");
        // The blank line inside the comment is hidden with it.
        assert_eq!(b[0].2, "a b");
        assert_eq!(b[1].2, "*raw* [k](v)");
        assert_eq!(b[2].2, "z");
    }

    #[test]
    fn quotes_dropped_and_positions_kept() {
        let raw = "> quoted **word** here\n\n## Head";
        let n = normalize(&blocks(raw));
        let t = n.text.as_str();
        assert_eq!(t, "quoted word here\n\nHead");
        let w = t.find("word").unwrap_or(0);
        assert_eq!(
            n.text.position(w),
            Position {
                line: 1,
                column: 12
            }
        );
        let h = t.find("Head").unwrap_or(0);
        assert_eq!(n.text.position(h), Position { line: 3, column: 4 });
        let here = t.find("here").unwrap_or(0);
        assert_eq!(
            n.text.position(here),
            Position {
                line: 1,
                column: 19
            }
        );
    }
}
