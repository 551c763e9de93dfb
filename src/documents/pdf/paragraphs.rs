//! Body lines and footnotes to paragraphs: where a paragraph ends (a gap over the line
//! pitch, a sentence ending before a page or column break), hyphenated words joined,
//! bullets and headings by the plain-text rules.

use super::lines::*;
use super::running::*;
use super::*;

/// True when the text ends a sentence (closing quotes and brackets aside).
pub(super) fn ends_sentence(text: &str) -> bool {
    text.trim_end_matches(['"', '\'', '”', '’', ')'])
        .ends_with(['.', ':', ';', '!', '?'])
}

/// The body lines cut into paragraphs (see module docs).
pub(super) fn body_paragraphs(pages: &[PageLines]) -> Vec<Vec<Placed<'_>>> {
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
pub(super) fn footnotes(pages: &[PageLines]) -> Vec<Vec<Placed<'_>>> {
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
pub(super) struct Builder {
    pub(super) blocks: Vec<Block>,
    pub(super) origins: Vec<SourceLine>,
}

impl Builder {
    /// The index the next line gets in the position map (1-based).
    pub(super) fn place(&mut self, page: u32, line: &Line) -> u32 {
        self.origins.push(SourceLine {
            page: Some(page),
            line: line.number,
            text: line.text.as_str().into(),
        });
        u32::try_from(self.origins.len()).unwrap_or(u32::MAX)
    }

    /// Adds a one-line paragraph that reads as a heading.
    fn heading(&mut self, page: u32, line: &Line, paragraph: u32) {
        let mut src = MappedText::new();
        let n = self.place(page, line);
        push_line(&mut src, &line.text, n, 0);
        self.blocks.push(Block {
            kind: BlockKind::Heading,
            paragraph,
            src,
        });
    }

    /// Adds one paragraph; `footnote` strips a leading plain note number.
    pub(super) fn paragraph(&mut self, lines: &[Placed<'_>], footnote: bool) {
        let paragraph = u32::try_from(self.blocks.len()).unwrap_or(u32::MAX);
        if let [(page, line)] = lines
            && !line.table
            && bullet_marker(&line.text).is_none()
            && looks_like_heading(&line.text)
            && !footnote
        {
            self.heading(*page, line, paragraph);
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
                        BlockKind::Bullet
                    } else {
                        BlockKind::Para
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
                    let prev = lines.get(i - 1).map_or("", |(_, l)| l.text.as_str());
                    keep_hyphen(&mut b.src, prev, prev_n, prev_len);
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

/// Puts back the hyphen held at the end of line `prev_n` (`prev`, whose first `prev_len`
/// bytes were pushed) and its line break: the next line did not go on in lower case, so
/// the hyphen was not a word broken across the line.
fn keep_hyphen(src: &mut MappedText, prev: &str, prev_n: u32, prev_len: usize) {
    let hyphen = prev.get(prev_len..).unwrap_or("-");
    let column = u32::try_from(prev.chars().count()).unwrap_or(u32::MAX);
    src.push_str(
        hyphen,
        crate::documents::Position {
            line: prev_n,
            column,
        },
    );
    src.push(
        '\n',
        crate::documents::Position {
            line: prev_n,
            column: column.saturating_add(1),
        },
    );
}

/// True when the line ends in a hyphen (or soft hyphen) right after a letter.
pub(super) fn ends_broken_word(text: &str) -> bool {
    let mut rev = text.chars().rev();
    matches!(rev.next(), Some('-' | '\u{00AD}' | '\u{2010}'))
        && rev.next().is_some_and(char::is_alphabetic)
}
