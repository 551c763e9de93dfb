//! Where a claim was read (document, page, line, column, quoted sentence, rule) and how
//! the quote of a long sentence is cut to a window around the mention.

use serde::{Deserialize, Serialize};

/// How well the document that states a claim says it is sourced.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Stated plainly by the document.
    #[default]
    Stated,
    /// The document flags the statement as not verified (`[unverified ...]` in the sentence).
    Unverified,
}

/// Where a claim was read: document, 1-based line and column (in characters) of the
/// sentence start in the source file, and the sentence as normalised text.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Provenance {
    /// Corpus-relative document id (`seeds/gge-2014-2015.md`), shared by the claims of a
    /// document.
    pub document: std::sync::Arc<str>,
    /// 1-based page, for documents with pages (PDF; Word files that record their page
    /// breaks): `line` is then the line on that page. Absent from JSON when `None`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    /// 1-based line in the source file (on the page, for paged documents).
    pub line: u32,
    /// 1-based column (Unicode scalar values) in the source line.
    pub column: u32,
    /// The quoted sentence, shared by every claim read from it (a membership sentence
    /// gives one claim per state; one copy of the sentence serves them all). A sentence
    /// longer than [`MAX_QUOTE_CHARS`] is quoted by a window around the mention instead
    /// (see [`quote_window`]), so output stays linear in the input; the whole sentence is
    /// at `line` in the document's source page.
    pub text: std::sync::Arc<str>,
    /// Whether the document flags the statement as unverified.
    #[serde(default)]
    pub status: Status,
    /// The name of the extraction rule that read the claim (see `ggegraph rules`), so a
    /// wrong fact can be traced to the rule that made it; empty for claims not read by a
    /// rule (a membership table given by the user).
    #[serde(default, skip_deserializing, skip_serializing_if = "str::is_empty")]
    pub rule: &'static str,
}

/// Longest quote a [`Provenance`] carries, in characters (without the ellipses).
pub const MAX_QUOTE_CHARS: usize = 300;

/// The part of `sentence` to quote for a mention at bytes `mention_start..mention_end`:
/// the whole sentence when it is at most `max_chars` long, otherwise `max_chars`
/// characters around the mention (the mention first, then as much context on either
/// side as fits, split evenly), with `…` where the sentence was cut.
///
/// Offsets past the end or inside a character are moved back to a character boundary;
/// an empty or reversed range quotes around `mention_start`. The cost is in `max_chars`,
/// not in the length of the sentence, so quoting every mention of a long sentence stays
/// linear.
///
/// ```
/// use ggegraph::model::quote_window;
/// let s = "Members: Brazil, China, France, Germany, India.";
/// assert_eq!(quote_window(s, 24, 30, 14), "…na, France, Ge…");
/// assert_eq!(quote_window(s, 24, 30, 100), s);
/// ```
pub fn quote_window(
    sentence: &str,
    mention_start: usize,
    mention_end: usize,
    max_chars: usize,
) -> String {
    if sentence.len() <= max_chars {
        return sentence.to_string();
    }
    let floor = |mut i: usize| {
        i = i.min(sentence.len());
        while !sentence.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let start = floor(mention_start);
    let end = floor(mention_end).max(start);
    // Byte end of the mention cut to `max_chars` characters, and how many it has.
    let (mention_end, mention_chars) = advance(sentence, start, end, max_chars);
    let rest = max_chars - mention_chars;
    // Up to `rest` characters are available on each side; each side gets half, or more
    // when the other side has fewer.
    let before: Vec<usize> = sentence[..start]
        .char_indices()
        .rev()
        .take(rest)
        .map(|(i, _)| i)
        .collect();
    let (_, after_chars) = advance(sentence, mention_end, sentence.len(), rest);
    let take_before = before.len().min(rest - rest.div_ceil(2).min(after_chars));
    let take_after = after_chars.min(rest - take_before);
    let lo = match take_before {
        0 => start,
        n => before[n - 1],
    };
    let (hi, _) = advance(sentence, mention_end, sentence.len(), take_after);
    let mut quote = String::with_capacity(hi - lo + 6);
    if lo > 0 {
        quote.push('…');
    }
    quote.push_str(&sentence[lo..hi]);
    if hi < sentence.len() {
        quote.push('…');
    }
    quote
}

/// From byte `from`, at most `n` characters of `text` but not past byte `limit`: the byte
/// reached and the characters passed.
fn advance(text: &str, from: usize, limit: usize, n: usize) -> (usize, usize) {
    let mut at = from;
    let mut count = 0;
    for c in text[from..limit].chars().take(n) {
        at += c.len_utf8();
        count += 1;
    }
    (at, count)
}

impl Provenance {
    /// Where the claim was read, as a citation: `doc.txt:12:5`, or for a paged document
    /// `report.pdf p. 7, line 12` (the column of a line extracted from a page is not
    /// something a reader of the page can count).
    pub fn location(&self) -> String {
        match self.page {
            Some(page) => format!("{} p. {page}, line {}", self.document, self.line),
            None => format!("{}:{}:{}", self.document, self.line, self.column),
        }
    }
}
