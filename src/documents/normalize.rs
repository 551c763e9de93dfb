//! Character-level normalisation of the blocks a front-end produced, keeping positions.
//!
//! For the rules that make the text uniform for extraction (quotes, dashes, spaces,
//! invisible characters, hyphenated line ends, whitespace runs); not for finding blocks
//! (the front-ends `text`, `markdown` and `html` do that) or sentences (`sentences`).
//!
//! Rules, applied to each block in order:
//! - `‘ ’ ‚ ‛ ′` -> `'`, `“ ” „ ″` -> `"`;
//! - U+00A0, U+2000-U+200A, U+202F, U+205F, U+3000 and tab -> space;
//! - `– — − ‒ ―` -> `-`;
//! - soft hyphen U+00AD and zero-width U+200B-U+200D, U+FEFF removed;
//! - a `-` after a non-space, followed by whitespace containing a line break and then a
//!   letter, is joined without a space (`Guinea-\nBissau` -> `Guinea-Bissau`);
//! - any other whitespace run -> one space; leading and trailing whitespace dropped.
//!
//! Blank lines never reach this module: front-ends split paragraphs on them. Blocks are
//! joined with `\n` (same paragraph, e.g. consecutive list items) or `\n\n` (new paragraph).

use super::Position;
use super::posmap::MappedText;

/// What a block is, and so what each of its sentences is: one kind each, so a sentence
/// cannot be a heading and a list item at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// Running text.
    Para,
    /// A heading (Markdown `#`, HTML `h1`-`h6` and `title`, or a short stand-alone line in
    /// text).
    Heading,
    /// An item of a bulleted or numbered list (Markdown `-`/`1.`, HTML `li`).
    Bullet,
    /// A cell of a table (HTML `td`/`th`/`dt`/`dd`, a Markdown `|` row), with its column
    /// (from 0; a definition list, `dt` and `dd`, is one column): a table of members lists them
    /// in the column its header names.
    Cell {
        /// The table, numbered from 1 in the document: cells of two tables, one after
        /// the other, are not one table.
        table: u16,
        /// The column, from 0.
        column: u16,
    },
}

/// A block of source text as cut by a front-end, not yet normalised.
#[derive(Debug, Clone)]
pub(crate) struct Block {
    /// What the block is.
    pub kind: BlockKind,
    /// Paragraph index (blocks of one paragraph are joined with a single newline).
    pub paragraph: u32,
    /// The raw characters with their source positions.
    pub src: MappedText,
}

/// Where a normalised block lies in the output text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct BlockSpan {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// What the block is.
    pub kind: BlockKind,
    /// Paragraph index, renumbered from 0 over non-empty blocks.
    pub paragraph: u32,
}

/// Normalised text and its blocks.
#[derive(Debug, Clone, Default)]
pub(crate) struct Normalized {
    /// The text with its position map.
    pub text: MappedText,
    /// Non-empty blocks in order.
    pub blocks: Vec<BlockSpan>,
}

/// Maps one character: `None` when it is removed.
pub(crate) fn map_char(c: char) -> Option<char> {
    Some(match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{2033}' => '"',
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' | '\t' => ' ',
        '\u{2013}' | '\u{2014}' | '\u{2212}' | '\u{2012}' | '\u{2015}' => '-',
        '\u{00AD}' | '\u{200B}'..='\u{200D}' | '\u{FEFF}' => return None,
        other => other,
    })
}

/// Normalises `blocks` (see module docs). Blocks that end up empty are dropped.
///
/// Runs of printable ASCII are copied whole (no rule changes them): most text is such
/// runs, and a character at a time costs a position step and a map lookup each.
pub(crate) fn normalize(blocks: &[Block]) -> Normalized {
    let mut out = Normalized::default();
    let mut paragraphs = Paragraphs::default();
    for block in blocks {
        let mut state = BlockState {
            started: false,
            start: out.text.len(),
            pending: None,
        };
        for (piece, mut pos) in block.src.pieces() {
            let mut rest = piece;
            while let Some(c) = rest.chars().next() {
                let plain = rest.bytes().take_while(u8::is_ascii_graphic).count();
                let step = if plain > 0 { plain } else { c.len_utf8() };
                let (now, after) = rest.split_at(step);
                rest = after;
                let here = pos;
                pos.column = pos.column.saturating_add(if plain > 0 {
                    u32::try_from(plain).unwrap_or(u32::MAX)
                } else {
                    1
                });
                let Some(c) = map_char(c) else { continue };
                if c.is_whitespace() {
                    let newline = u32::from(c == '\n');
                    state.pending = Some(match state.pending {
                        Some((p, n)) => (p, n.saturating_add(newline)),
                        None => (here, newline),
                    });
                    continue;
                }
                state.before(&mut out, &mut paragraphs, block.paragraph, c, here);
                if plain > 0 {
                    out.text.push_str(now, here);
                } else {
                    out.text.push(c, here);
                }
            }
        }
        if state.started {
            paragraphs.last = Some(block.paragraph);
            out.blocks.push(BlockSpan {
                start: state.start,
                end: out.text.len(),
                kind: block.kind,
                paragraph: paragraphs.index,
            });
        }
    }
    out
}

/// The paragraph of the last block written and the output's paragraph count so far.
#[derive(Default)]
struct Paragraphs {
    /// Source paragraph of the last non-empty block.
    last: Option<u32>,
    /// Output paragraph index (renumbered over non-empty blocks).
    index: u32,
}

/// Where [`normalize`] is in one block.
struct BlockState {
    /// Whether a character of the block was written.
    started: bool,
    /// Where the block starts in the output.
    start: usize,
    /// Pending whitespace run: position of its first char and number of line breaks.
    pending: Option<(Position, u32)>,
}

impl BlockState {
    /// What goes before the non-space `c` at `pos`: the separator from the previous block
    /// (mapped to this block's first char) or the space a whitespace run folds to.
    fn before(
        &mut self,
        out: &mut Normalized,
        paragraphs: &mut Paragraphs,
        paragraph: u32,
        c: char,
        pos: Position,
    ) {
        if !self.started {
            if !out.text.is_empty() {
                out.text.push('\n', pos);
                if paragraphs.last != Some(paragraph) {
                    out.text.push('\n', pos);
                    paragraphs.index = paragraphs.index.saturating_add(1);
                }
            }
            self.start = out.text.len();
            self.started = true;
        } else if let Some((wpos, newlines)) = self.pending {
            let joins = newlines > 0 && joins_at_hyphen(before_final_hyphen(&out.text), Some(c));
            if !joins {
                out.text.push(' ', wpos);
            }
        }
        self.pending = None;
    }
}

/// The character before the `-` the text ends in; `None` when it does not end in one.
fn before_final_hyphen(text: &MappedText) -> Option<char> {
    let mut rev = text.as_str().chars().rev();
    (rev.next() == Some('-')).then(|| rev.next()).flatten()
}

/// The one rule of a hyphen at a line break (`Guinea-\nBissau` -> `Guinea-Bissau`), for
/// this module and the streamed fold of `scan`: the text before the break ends in `-`
/// after `before`, and the break is followed by `after`. A `-` after whitespace or after
/// another `-` ("--") is a dash, not a word broken in two.
pub(crate) fn joins_at_hyphen(before: Option<char>, after: Option<char>) -> bool {
    before.is_some_and(|c| !c.is_whitespace() && c != '-') && after.is_some_and(char::is_alphabetic)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block(s: &str) -> Block {
        let mut src = MappedText::new();
        src.push_str(s, Position { line: 1, column: 1 });
        Block {
            kind: BlockKind::Para,
            paragraph: 0,
            src,
        }
    }

    fn norm(s: &str) -> String {
        normalize(&[block(s)]).text.as_str().to_string()
    }

    #[test]
    fn quotes_and_apostrophes() {
        assert_eq!(norm("‘a’ ‚b‛ 5′"), "'a' 'b' 5'");
        assert_eq!(norm("“a” „b” 5″"), "\"a\" \"b\" 5\"");
    }

    #[test]
    fn unicode_spaces_and_tabs() {
        for sp in [
            '\u{00A0}', '\u{2000}', '\u{2005}', '\u{200A}', '\u{202F}', '\u{205F}', '\u{3000}',
            '\t',
        ] {
            assert_eq!(norm(&format!("a{sp}b")), "a b", "{:?}", sp);
        }
        assert_eq!(norm("a \u{00A0}\t b"), "a b");
    }

    #[test]
    fn dashes() {
        assert_eq!(norm("1998–2000 a — b −3 ‒ ―"), "1998-2000 a - b -3 - -");
    }

    #[test]
    fn invisible_chars_removed() {
        assert_eq!(
            norm("co\u{00AD}operation zero\u{200B}\u{200C}\u{200D}\u{FEFF}width"),
            "cooperation zerowidth"
        );
    }

    #[test]
    fn hyphenated_line_end_joins() {
        assert_eq!(norm("Guinea-\nBissau"), "Guinea-Bissau");
        assert_eq!(norm("capacity-  \n  building"), "capacity-building");
        assert_eq!(norm("1998 -\nthe"), "1998 - the");
        assert_eq!(norm("item -\n2"), "item - 2");
        assert_eq!(norm("a- b"), "a- b");
    }

    #[test]
    fn whitespace_runs_collapse() {
        assert_eq!(
            norm("United Kingdom of Great\nBritain"),
            "United Kingdom of Great Britain"
        );
        assert_eq!(norm("  a \r\n  b  "), "a b");
    }

    #[test]
    fn blocks_are_joined_by_paragraph() {
        let mut a = block("one");
        let mut b = block("two");
        let c = block("\u{200B} ");
        let mut d = block("three");
        a.paragraph = 0;
        b.paragraph = 0;
        d.paragraph = 5;
        b.kind = BlockKind::Bullet;
        let n = normalize(&[a, b, c, d]);
        assert_eq!(n.text.as_str(), "one\ntwo\n\nthree");
        let paras: Vec<u32> = n.blocks.iter().map(|b| b.paragraph).collect();
        assert_eq!(paras, vec![0, 0, 1]);
        assert_eq!(n.blocks[1].kind, BlockKind::Bullet);
        assert_eq!(
            &n.text.as_str()[n.blocks[2].start..n.blocks[2].end],
            "three"
        );
    }

    #[test]
    fn positions_survive_removals_and_joins() {
        let n = normalize(&[block("a\u{00AD}b\nGuinea-\n  Bissau  x")]);
        let t = n.text.as_str();
        assert_eq!(t, "ab Guinea-Bissau x");
        assert_eq!(n.text.position(1), Position { line: 1, column: 3 });
        let bissau = t.find("Bissau").unwrap_or(0);
        assert_eq!(n.text.position(bissau), Position { line: 3, column: 3 });
        let x = t.find('x').unwrap_or(0);
        assert_eq!(
            n.text.position(x),
            Position {
                line: 3,
                column: 11
            }
        );
        assert_eq!(n.text.position(x - 1), Position { line: 3, column: 9 });
    }
}
