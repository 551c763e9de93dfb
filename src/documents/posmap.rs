//! Text with a compact map from every byte offset back to a source line and column.
//!
//! For keeping positions while text is rewritten (front-ends, normalisation); not for
//! deciding what the text is. The map is a sorted list of segments: a segment starts
//! wherever the mapping jumps (a new source line, a removed or collapsed character), and
//! inside a segment the column grows by one per character. A lookup is a binary search
//! plus counting characters from the segment start, so memory is proportional to the number
//! of lines and edits (plus one per 4 KiB of a very long line), never to the number of
//! characters.

use super::Position;

/// Longest segment, in bytes (see [`MappedText::push`]).
const MAX_SEGMENT_BYTES: usize = 4096;

/// Start of a run of characters whose source columns are consecutive on one line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Segment {
    /// Byte offset in the text.
    offset: usize,
    /// Source position of the character at `offset`.
    pos: Position,
}

/// A string plus the source position of each of its characters (see module docs).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MappedText {
    text: String,
    segments: Vec<Segment>,
    /// Where the next character goes if the mapping does not jump.
    next: Option<Position>,
}

impl MappedText {
    /// An empty text.
    pub fn new() -> Self {
        Self::default()
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.text.len()
    }

    /// True when no character was pushed.
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// Number of segments in the map (for tests: large inputs must stay cheap).
    #[cfg(test)]
    pub(crate) fn segment_count(&self) -> usize {
        self.segments.len()
    }

    /// Appends `c`, which came from `pos` in the source.
    pub fn push(&mut self, c: char, pos: Position) {
        // A long run without jumps (one huge line) is cut every MAX_SEGMENT_BYTES, so a
        // lookup never counts more characters than that: positions of every mention in
        // a 100 MB line would otherwise cost time quadratic in the line length.
        let long = self
            .segments
            .last()
            .is_some_and(|s| self.text.len() - s.offset >= MAX_SEGMENT_BYTES);
        if self.next != Some(pos) || long {
            self.segments.push(Segment {
                offset: self.text.len(),
                pos,
            });
        }
        self.text.push(c);
        // A segment never spans a newline: columns restart on the next line.
        self.next = if c == '\n' {
            None
        } else {
            Some(Position {
                line: pos.line,
                column: pos.column.saturating_add(1),
            })
        };
    }

    /// Appends the characters of `s`, the first one at `pos`, each next one a column further
    /// (a newline in `s` moves to column 1 of the next line).
    pub fn push_str(&mut self, s: &str, mut pos: Position) {
        let mut rest = s;
        while let Some(c) = rest.chars().next() {
            // One character through `push`: it starts a segment where the mapping jumps
            // or the segment is full.
            self.push(c, pos);
            rest = &rest[c.len_utf8()..];
            if c == '\n' {
                pos = Position {
                    line: pos.line.saturating_add(1),
                    column: 1,
                };
                continue;
            }
            pos.column = pos.column.saturating_add(1);
            // The rest of its line continues that segment until the segment is full: the
            // characters that start before that point are appended at once, as `push`
            // would append them one by one without a new segment.
            let Some(seg) = self.segments.last() else {
                continue;
            };
            let room = MAX_SEGMENT_BYTES.saturating_sub(self.text.len() - seg.offset);
            // The line break is looked for only where the segment has room: a line of
            // 100 MB is then scanned once, not once per segment.
            let window = &rest.as_bytes()[..room.min(rest.len())];
            let mut take = memchr::memchr(b'\n', window).unwrap_or(window.len());
            while !rest.is_char_boundary(take) {
                take += 1;
            }
            if take == 0 {
                continue;
            }
            let (piece, after) = rest.split_at(take);
            self.text.push_str(piece);
            let n = u32::try_from(piece.chars().count()).unwrap_or(u32::MAX);
            pos.column = pos.column.saturating_add(n);
            self.next = Some(pos);
            rest = after;
        }
    }

    /// Source position of byte `offset` (clamped to the text, rounded down to a character
    /// boundary). Past the end: one column after the last character.
    pub fn position(&self, offset: usize) -> Position {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let idx = self.segments.partition_point(|s| s.offset <= offset);
        let Some(seg) = idx.checked_sub(1).and_then(|i| self.segments.get(i)) else {
            return Position { line: 1, column: 1 };
        };
        let n = self
            .text
            .get(seg.offset..offset)
            .map_or(0, |s| s.chars().count());
        Position {
            line: seg.pos.line,
            column: seg
                .pos
                .column
                .saturating_add(u32::try_from(n).unwrap_or(u32::MAX)),
        }
    }

    /// The text cut where the mapping jumps, each piece with the source position of its
    /// first character (the next ones are a column further each).
    pub fn pieces(&self) -> impl Iterator<Item = (&str, Position)> {
        let ends = self
            .segments
            .iter()
            .skip(1)
            .map(|s| s.offset)
            .chain(std::iter::once(self.text.len()));
        self.segments
            .iter()
            .zip(ends)
            .map(|(s, end)| (&self.text[s.offset..end], s.pos))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(line: u32, column: u32) -> Position {
        Position { line, column }
    }

    #[test]
    fn contiguous_chars_share_a_segment() {
        let mut m = MappedText::new();
        m.push_str("héllo", p(3, 5));
        assert_eq!(m.segment_count(), 1);
        assert_eq!(m.position(0), p(3, 5));
        assert_eq!(m.position(1), p(3, 6));
        assert_eq!(m.position(3), p(3, 7)); // after the two-byte é
        assert_eq!(m.position(2), p(3, 6)); // inside é: rounded down
        assert_eq!(m.position(100), p(3, 10));
    }

    #[test]
    fn jumps_and_newlines_start_segments() {
        let mut m = MappedText::new();
        m.push_str("ab\ncd", p(1, 1));
        m.push('x', p(7, 2));
        assert_eq!(m.segment_count(), 3);
        assert_eq!(m.position(3), p(2, 1));
        assert_eq!(m.position(4), p(2, 2));
        assert_eq!(m.position(5), p(7, 2));
        let pieces: Vec<_> = m.pieces().collect();
        assert_eq!(pieces, [("ab\n", p(1, 1)), ("cd", p(2, 1)), ("x", p(7, 2))]);
    }

    /// `push_str` appends runs at once; the map must be the one pushing each character
    /// gives, across jumps, newlines, multi-byte characters and full segments.
    #[test]
    fn push_str_gives_the_map_of_pushing_each_character() {
        let long = "é".repeat(3000) + &"a".repeat(5000) + "€";
        let pieces: [(&str, Position); 6] = [
            ("ab\ncd", p(1, 1)),
            ("ef", p(2, 3)),
            ("gh", p(9, 9)),
            (&long, p(9, 11)),
            ("\n\nxy\n", p(10, 1)),
            ("", p(12, 1)),
        ];
        let mut bulk = MappedText::new();
        let mut each = MappedText::new();
        for (text, mut pos) in pieces {
            bulk.push_str(text, pos);
            for c in text.chars() {
                each.push(c, pos);
                pos = if c == '\n' {
                    p(pos.line + 1, 1)
                } else {
                    p(pos.line, pos.column + 1)
                };
            }
        }
        assert_eq!(bulk, each);
        assert!(bulk.segment_count() > 4);
    }

    #[test]
    fn empty_text_maps_to_start() {
        assert_eq!(MappedText::new().position(0), p(1, 1));
    }
}
