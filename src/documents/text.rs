//! Plain-text front-end: cuts a `.txt` source into paragraphs, headings and list items.
//!
//! For block structure only; not for character normalisation (`normalize`) or sentences.
//!
//! - Blank lines (only whitespace) separate paragraphs.
//! - A line starting (after indentation) with `•`, `◦`, `▪`, `-`, `*` or `+` and a space,
//!   or with `1.`, `12)`, `a)` or `(iv)` and a space, starts a list item; the marker is not
//!   part of the text. Following lines of the paragraph continue the item.
//! - A paragraph of exactly one line that is not a list item, has fewer than 100
//!   characters, contains a letter and does not end in `. : ; , ! ?` (closing quotes
//!   ignored) is a heading.

use super::Position;
use super::normalize::{Block, BlockKind};
use super::posmap::MappedText;

/// Lines of `raw` as `(1-based number, line without its end)`. A line ends with `\n`,
/// `\r\n` or a lone `\r` (old Mac files), the same ends [`super::split_lines`] gives the
/// source pages, so a citation's line is the line shown.
pub(crate) fn lines(raw: &str) -> impl Iterator<Item = (u32, &str)> {
    super::split_lines(raw).enumerate().map(|(i, l)| {
        let n = u32::try_from(i).unwrap_or(u32::MAX - 1).saturating_add(1);
        (n, l)
    })
}

/// True when the line has only whitespace.
pub(crate) fn is_blank(line: &str) -> bool {
    line.chars().all(char::is_whitespace)
}

/// Appends `line[from..]` (line number `line_no`) with its source columns.
pub(crate) fn push_line(src: &mut MappedText, line: &str, line_no: u32, from: usize) {
    let col = line.get(..from).map_or(0, |s| s.chars().count());
    let column = u32::try_from(col).unwrap_or(u32::MAX).saturating_add(1);
    src.push_str(
        line.get(from..).unwrap_or(""),
        Position {
            line: line_no,
            column,
        },
    );
}

/// Appends the line break at the end of `line`.
pub(crate) fn push_newline(src: &mut MappedText, line: &str, line_no: u32) {
    let column = u32::try_from(line.chars().count())
        .unwrap_or(u32::MAX)
        .saturating_add(1);
    src.push(
        '\n',
        Position {
            line: line_no,
            column,
        },
    );
}

/// When `line` starts a list item: byte offset of the item text (after marker and spaces).
pub(crate) fn bullet_marker(line: &str) -> Option<usize> {
    let indent = line.len() - line.trim_start().len();
    let rest = line.get(indent..)?;
    let mut cs = rest.char_indices();
    let (_, first) = cs.next()?;
    let marker_end = if matches!(
        first,
        '•' | '◦' | '▪' | '-' | '*' | '+' | '‣' | '●' | '○' | '■' | '–'
    ) {
        first.len_utf8()
    } else if first.is_ascii_digit() {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 3 || !matches!(rest.as_bytes().get(digits), Some(b'.' | b')')) {
            return None;
        }
        digits + 1
    } else if first.is_ascii_alphabetic() && rest.as_bytes().get(1) == Some(&b')') {
        2
    } else if first == '(' {
        let close = rest.find(')')?;
        let inner = rest.get(1..close)?;
        let ok = (1..=4).contains(&inner.len())
            && (inner.bytes().all(|b| b.is_ascii_digit())
                || inner.len() == 1 && inner.bytes().all(|b| b.is_ascii_lowercase())
                || inner.bytes().all(|b| matches!(b, b'i' | b'v' | b'x')));
        if !ok {
            return None;
        }
        close + 1
    } else {
        return None;
    };
    let after = rest.get(marker_end..)?;
    if !after.starts_with([' ', '\t', '\u{00A0}']) {
        return None;
    }
    let spaces = after.len() - after.trim_start().len();
    if spaces == after.len() {
        return None; // a marker alone is not an item
    }
    Some(indent + marker_end + spaces)
}

/// True when a one-line paragraph reads as a heading.
pub(crate) fn looks_like_heading(line: &str) -> bool {
    let t = line.trim();
    let t = t.trim_end_matches(['"', '\'', '”', '’']);
    t.chars().count() < 100
        && t.chars().any(char::is_alphabetic)
        && !t.ends_with(['.', ':', ';', ',', '!', '?'])
}

/// Cuts plain text into blocks (see module docs).
pub(crate) fn blocks(raw: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut para: Vec<(u32, &str)> = Vec::new();
    let mut paragraph = 0u32;
    for (n, line) in lines(raw) {
        if is_blank(line) {
            if !para.is_empty() {
                flush(&mut out, &para, paragraph);
                paragraph = paragraph.saturating_add(1);
                para.clear();
            }
        } else {
            para.push((n, line));
        }
    }
    if !para.is_empty() {
        flush(&mut out, &para, paragraph);
    }
    out
}

/// Turns the lines of one paragraph into blocks.
fn flush(out: &mut Vec<Block>, para: &[(u32, &str)], paragraph: u32) {
    if let [(n, line)] = para
        && bullet_marker(line).is_none()
        && looks_like_heading(line)
    {
        let mut src = MappedText::new();
        push_line(&mut src, line, *n, 0);
        out.push(Block {
            kind: BlockKind::Heading,
            paragraph,
            src,
        });
        return;
    }
    let mut cur: Option<Block> = None;
    for &(n, line) in para {
        let marker = bullet_marker(line);
        if marker.is_some() || cur.is_none() {
            if let Some(b) = cur.take() {
                out.push(b);
            }
            let kind = if marker.is_some() {
                BlockKind::Bullet
            } else {
                BlockKind::Para
            };
            cur = Some(Block {
                kind,
                paragraph,
                src: MappedText::new(),
            });
        }
        if let Some(b) = cur.as_mut() {
            push_line(&mut b.src, line, n, marker.unwrap_or(0));
            push_newline(&mut b.src, line, n);
        }
    }
    if let Some(b) = cur {
        out.push(b);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(raw: &str) -> Vec<(BlockKind, u32, String)> {
        blocks(raw)
            .into_iter()
            .map(|b| (b.kind, b.paragraph, b.src.as_str().trim().to_string()))
            .collect()
    }

    #[test]
    fn bullet_markers() {
        for (line, text) in [
            ("• item", "item"),
            ("  ◦ item", "item"),
            ("▪ item", "item"),
            ("- item", "item"),
            ("* item", "item"),
            ("+ item", "item"),
            ("1. item", "item"),
            ("12) item", "item"),
            ("a) item", "item"),
            ("(iv) item", "item"),
            ("(b) item", "item"),
        ] {
            let at = bullet_marker(line);
            assert_eq!(at.and_then(|i| line.get(i..)), Some(text), "{line}");
        }
        for line in [
            "-item",
            "2015. The",
            "a. b",
            "•",
            "- ",
            "Mr. X",
            "(Brazil) chaired",
        ] {
            assert_eq!(bullet_marker(line), None, "{line}");
        }
    }

    #[test]
    fn paragraphs_headings_bullets() {
        let raw = "GGE IN 2014/2015\n\nIts findings include:\n\n  • First item\n    continued.\n  • Second\n\nLast line.\n";
        let k = kinds(raw);
        assert_eq!(k[0], (BlockKind::Heading, 0, "GGE IN 2014/2015".into()));
        assert_eq!(k[1], (BlockKind::Para, 1, "Its findings include:".into()));
        assert_eq!(k[2].0, BlockKind::Bullet);
        assert!(k[2].2.starts_with("First item"));
        assert!(k[2].2.ends_with("continued."));
        assert_eq!(k[3], (BlockKind::Bullet, 2, "Second".into()));
        assert_eq!(k[4], (BlockKind::Para, 3, "Last line.".into()));
    }

    #[test]
    fn heading_rule() {
        assert!(looks_like_heading("NEW GGE IN 2016/2017"));
        assert!(looks_like_heading("Existing and emerging threats"));
        assert!(!looks_like_heading("Its findings include:"));
        assert!(!looks_like_heading("A sentence."));
        assert!(!looks_like_heading("A quoted sentence.”"));
        assert!(!looks_like_heading("2015"));
        assert!(!looks_like_heading(&"long ".repeat(25)));
        // two lines are a paragraph, not a heading
        assert_eq!(kinds("Short\nlines")[0].0, BlockKind::Para);
    }
}
