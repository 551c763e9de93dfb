//! Sentence splitting of normalised blocks.
//!
//! For cutting each block into sentences; not for finding blocks, headings or bullets (the
//! front-ends do that) and not for changing the text.
//!
//! A heading block is one sentence. Elsewhere a sentence ends at `.`, `!` or `?` (optionally
//! followed by closing quotes or brackets) when whitespace and then an uppercase letter, a
//! digit, a quote, `(`, `[` or a bullet character follow, unless the `.` ends an
//! abbreviation ([`ABBREVIATIONS`]) or a single capital initial (`J.`). `;` never splits.
//! Blocks never share a sentence, so paragraph breaks and list items always split.
//! Sentence spans are trimmed and never empty.

use super::Sentence;
use super::normalize::{BlockKind, BlockSpan};

/// Words after which a `.` does not end a sentence (compared case-sensitively, without the
/// final `.`).
pub const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "No", "Nos", "no", "nos", "para", "paras", "Para",
    "Paras", "res", "Res", "e.g", "i.e", "etc", "cf", "vs", "Amb", "H.E", "U.S", "U.K", "U.N",
    "Rev", "Corr", "Add", "Vol", "p", "pp", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
    "Sept", "Oct", "Nov", "Dec", "art", "Art", "Sr", "Jr", "Gen", "Hon", "Ambs",
];

/// Splits every block of `text` into sentences.
pub(crate) fn split(text: &str, blocks: &[BlockSpan]) -> Vec<Sentence> {
    let mut out = Vec::new();
    for b in blocks {
        let heading = b.kind == BlockKind::Heading;
        let mut push = |start: usize, end: usize| {
            if let Some((s, e)) = trim_span(text, start, end) {
                out.push(Sentence {
                    start: s,
                    end: e,
                    paragraph: b.paragraph,
                    kind: b.kind,
                });
            }
        };
        let Some(block) = text.get(b.start..b.end) else {
            continue;
        };
        if heading {
            push(b.start, b.end);
            continue;
        }
        let mut start = 0;
        for end in boundaries(block) {
            push(b.start + start, b.start + end);
            start = end;
        }
        push(b.start + start, b.end);
    }
    out
}

/// Byte offsets in `block` just after each sentence end (before the whitespace).
fn boundaries(block: &str) -> Vec<usize> {
    let chars: Vec<(usize, char)> = block.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(&(idx, c)) = chars.get(i) {
        if !matches!(c, '.' | '!' | '?') {
            i += 1;
            continue;
        }
        // Closing quotes and brackets stay with the sentence.
        let mut j = i + 1;
        while chars
            .get(j)
            .is_some_and(|&(_, c)| matches!(c, '"' | '\'' | ')' | ']'))
        {
            j += 1;
        }
        let ws_start = j;
        while chars.get(j).is_some_and(|&(_, c)| c.is_whitespace()) {
            j += 1;
        }
        let opens = chars.get(j).is_some_and(|&(_, c)| {
            c.is_uppercase()
                || c.is_ascii_digit()
                || matches!(c, '"' | '\'' | '(' | '[' | '•' | '◦' | '▪' | '-')
        });
        if j > ws_start && opens && !(c == '.' && is_abbreviation(block, idx)) {
            let end = chars.get(ws_start).map_or(block.len(), |&(o, _)| o);
            out.push(end);
        }
        i = j.max(i + 1);
    }
    out
}

/// True when the `.` at byte `dot` ends an abbreviation or an initial.
fn is_abbreviation(block: &str, dot: usize) -> bool {
    let before = block.get(..dot).unwrap_or("");
    let word_start = before
        .rfind(|c: char| c.is_whitespace() || matches!(c, '(' | '[' | '"' | '\'' | '/'))
        .map_or(0, |i| i + 1);
    let word = before.get(word_start..).unwrap_or("");
    if word.is_empty() {
        return false;
    }
    let mut cs = word.chars();
    if let (Some(first), None) = (cs.next(), cs.next())
        && first.is_uppercase()
    {
        return true;
    }
    ABBREVIATIONS.contains(&word)
}

/// Trims whitespace off `[start, end)`; `None` when nothing is left.
fn trim_span(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let s = text.get(start..end)?;
    let lead = s.len() - s.trim_start().len();
    let trimmed = s.trim();
    if trimmed.is_empty() {
        return None;
    }
    Some((start + lead, start + lead + trimmed.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(block: &str) -> Vec<String> {
        let span = BlockSpan {
            start: 0,
            end: block.len(),
            kind: BlockKind::Para,
            paragraph: 0,
        };
        split(block, &[span])
            .iter()
            .map(|s| block[s.start..s.end].to_string())
            .collect()
    }

    #[test]
    fn splits_at_terminators_before_capitals_digits_quotes() {
        assert_eq!(
            sentences("One. Two! Three? 4 is a number. \"Five.\" (Six.)"),
            vec![
                "One.",
                "Two!",
                "Three?",
                "4 is a number.",
                "\"Five.\"",
                "(Six.)"
            ]
        );
    }

    #[test]
    fn no_split_before_lowercase_or_without_space_or_at_semicolon() {
        assert_eq!(
            sentences("See p. 5 and 1.5 million. then more; Next"),
            vec!["See p. 5 and 1.5 million. then more; Next"]
        );
    }

    #[test]
    fn abbreviations_do_not_split() {
        let s = "Mr. Carlos Luís Dantas Coutinho Perez (Brazil) chaired the Group.";
        assert_eq!(sentences(s), vec![s]);
        for abbr in [
            "Dr.", "e.g.", "i.e.", "U.S.", "U.N.", "Amb.", "H.E.", "No.", "Dec.", "J.",
        ] {
            let t = format!("Said {abbr} Smith left.");
            assert_eq!(sentences(&t), vec![t.clone()], "{abbr}");
        }
    }

    #[test]
    fn unterminated_last_sentence() {
        assert_eq!(
            sentences(
                "It was adopted in the First Committee. It was adopted without a vote (A/RES/53/70)"
            ),
            vec![
                "It was adopted in the First Committee.",
                "It was adopted without a vote (A/RES/53/70)"
            ]
        );
    }

    #[test]
    fn headings_are_one_sentence_and_spans_trimmed() {
        let text = "GGE IN 2014/2015. Next \n  ";
        let span = BlockSpan {
            start: 0,
            end: text.len(),
            kind: BlockKind::Heading,
            paragraph: 3,
        };
        let s = split(text, &[span]);
        assert_eq!(s.len(), 1);
        assert_eq!(&text[s[0].start..s[0].end], "GGE IN 2014/2015. Next");
        assert!(s[0].is_heading() && s[0].paragraph == 3);
        assert!(
            split(
                "   ",
                &[BlockSpan {
                    start: 0,
                    end: 3,
                    kind: BlockKind::Para,
                    paragraph: 0
                }]
            )
            .is_empty()
        );
    }
}
