//! The rule patterns: compiled once per process, either on first use or all at once on
//! every core ([`warm`]), and matched in a way that keeps compiling them cheap.
//!
//! Compiling is most of the time a small run spends (the bundled corpus is 50 KB of
//! text), and case-insensitive patterns are the costly ones: every literal is expanded
//! into its case variants before the prefilter and the automata are built. Here `(?i)` is
//! ASCII-only, so matching `(?i)pattern` on a sentence finds exactly what the lower-cased
//! pattern finds on the ASCII-lower-cased sentence, at the same byte offsets (ASCII
//! lower-casing keeps every byte in place). [`Folded`] patterns are therefore compiled
//! without `(?i)`, matched on [`CasedText::lower`], and read back from the original text,
//! which cuts their compile time by more than half.

use regex::{Regex, RegexBuilder};
use std::borrow::Cow;
use std::sync::OnceLock;

/// A sentence together with its ASCII-lower-cased twin (same length, same offsets).
#[derive(Debug, Clone)]
pub struct CasedText<'a> {
    original: &'a str,
    lower: Cow<'a, str>,
}

impl<'a> CasedText<'a> {
    /// Wraps a sentence; the lower-cased copy is made only when it has upper-case ASCII.
    pub fn new(original: &'a str) -> Self {
        let lower = if original.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(original.to_ascii_lowercase())
        } else {
            Cow::Borrowed(original)
        };
        CasedText { original, lower }
    }

    /// The text as written.
    pub fn original(&self) -> &'a str {
        self.original
    }

    /// The text with ASCII letters lower-cased.
    pub fn lower(&self) -> &str {
        &self.lower
    }
}

/// A match: byte offsets and the matched text as written (not lower-cased).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Span<'t> {
    start: usize,
    end: usize,
    text: &'t str,
}

impl<'t> Span<'t> {
    fn of(m: regex::Match<'_>, original: &'t str) -> Span<'t> {
        Span {
            start: m.start(),
            end: m.end(),
            text: original.get(m.range()).unwrap_or_default(),
        }
    }
    /// Byte offset of the start.
    pub(crate) fn start(&self) -> usize {
        self.start
    }
    /// Byte offset one past the end.
    pub(crate) fn end(&self) -> usize {
        self.end
    }
    /// The matched text as written.
    pub(crate) fn as_str(&self) -> &'t str {
        self.text
    }
}

/// The groups of one match, read from the original text.
pub(crate) struct Caps<'t> {
    caps: regex::Captures<'t>,
    original: &'t str,
}

impl<'t> Caps<'t> {
    /// Group `i` (0 is the whole match), when it took part in the match.
    pub(crate) fn get(&self, i: usize) -> Option<Span<'t>> {
        self.caps.get(i).map(|m| Span::of(m, self.original))
    }
}

/// A `(?i)` pattern, compiled folded (see the module docs) and matched on a [`CasedText`].
pub(crate) struct Folded {
    source: &'static str,
    /// Lower-case words of which every match contains at least one: a sentence without
    /// any of them is skipped before the regex runs. Worth it for patterns whose own
    /// prefilter fires on common words ("of", "the", digits) and would run the automaton
    /// on almost every sentence.
    required: &'static [&'static str],
    cell: OnceLock<Regex>,
}

impl Folded {
    /// A pattern that starts with `(?i)` and has no `\p{..}` classes.
    pub(crate) const fn new(source: &'static str) -> Folded {
        Folded::gated(source, &[])
    }

    /// Like [`Folded::new`], for a pattern every match of which contains one of the
    /// lower-case words `required` (checked against the bundled corpus by the tests).
    pub(crate) const fn gated(source: &'static str, required: &'static [&'static str]) -> Folded {
        Folded {
            source,
            required,
            cell: OnceLock::new(),
        }
    }

    fn regex(&self) -> &Regex {
        self.cell.get_or_init(|| compile(&fold(self.source), false))
    }

    /// The pattern as compiled (lower-cased, without `(?i)`), for a [`FoldedSet`].
    fn folded_source(&self) -> String {
        fold(self.source)
    }

    /// The lower-cased text, or `None` when it lacks every required word and so cannot
    /// match.
    fn haystack<'t>(&self, text: &'t CasedText<'_>) -> Option<&'t str> {
        let lower = text.lower();
        (self.required.is_empty()
            || self
                .required
                .iter()
                .any(|w| memchr::memmem::find(lower.as_bytes(), w.as_bytes()).is_some()))
        .then_some(lower)
    }

    /// The first match.
    pub(crate) fn find<'t>(&self, text: &'t CasedText<'_>) -> Option<Span<'t>> {
        let original: &'t str = text.original;
        self.regex()
            .find(self.haystack(text)?)
            .map(|m| Span::of(m, original))
    }

    /// True when the pattern matches anywhere.
    pub(crate) fn is_match(&self, text: &CasedText<'_>) -> bool {
        self.haystack(text)
            .is_some_and(|h| self.regex().is_match(h))
    }

    /// Every non-overlapping match, in order.
    pub(crate) fn find_iter<'t>(&self, text: &'t CasedText<'_>) -> impl Iterator<Item = Span<'t>> {
        let original: &'t str = text.original;
        self.regex()
            .find_iter(self.haystack(text).unwrap_or_default())
            .map(move |m| Span::of(m, original))
    }

    /// The groups of the first match.
    pub(crate) fn captures<'t>(&self, text: &'t CasedText<'_>) -> Option<Caps<'t>> {
        let original: &'t str = text.original;
        self.regex()
            .captures(self.haystack(text)?)
            .map(|caps| Caps { caps, original })
    }

    /// The groups of every non-overlapping match, in order.
    pub(crate) fn captures_iter<'t>(
        &self,
        text: &'t CasedText<'_>,
    ) -> impl Iterator<Item = Caps<'t>> {
        let original: &'t str = text.original;
        self.regex()
            .captures_iter(self.haystack(text).unwrap_or_default())
            .map(move |caps| Caps { caps, original })
    }
}

/// Several [`Folded`] patterns matched in one pass: which of them match a text, so each
/// sentence is scanned once for all rule cues instead of once per rule.
pub(crate) struct FoldedSet {
    patterns: fn() -> Vec<&'static Folded>,
    cell: OnceLock<regex::RegexSet>,
}

impl FoldedSet {
    /// A set over the patterns `patterns` returns (called once, on first use).
    pub(crate) const fn new(patterns: fn() -> Vec<&'static Folded>) -> FoldedSet {
        FoldedSet {
            patterns,
            cell: OnceLock::new(),
        }
    }

    fn set(&self) -> &regex::RegexSet {
        self.cell.get_or_init(|| {
            let sources: Vec<String> = (self.patterns)()
                .iter()
                .map(|p| p.folded_source())
                .collect();
            regex::RegexSetBuilder::new(&sources)
                .unicode(false)
                .build()
                .unwrap_or_else(|e| panic!("rule cue set compiles: {e}"))
        })
    }

    /// Indices (in the order of `patterns`) of the patterns that match `text`.
    pub(crate) fn matches(&self, text: &CasedText<'_>) -> regex::SetMatches {
        self.set().matches(text.lower())
    }

    /// Compiles the set now.
    pub(crate) fn warm(&self) {
        self.set();
    }
}

/// A case-sensitive pattern, matched on the text as written.
pub(crate) struct Exact {
    source: &'static str,
    unicode: bool,
    cell: OnceLock<Regex>,
}

impl Exact {
    /// ASCII mode: `\b`, `\w` and `\s` are ASCII, which is all English trigger words and
    /// symbols need and makes the automata several times smaller. A pattern that must see
    /// non-ASCII text says so with `(?u:...)`.
    pub(crate) const fn ascii(source: &'static str) -> Exact {
        Exact {
            source,
            unicode: false,
            cell: OnceLock::new(),
        }
    }

    /// Unicode mode, for patterns over names with accented letters.
    pub(crate) const fn unicode(source: &'static str) -> Exact {
        Exact {
            source,
            unicode: true,
            cell: OnceLock::new(),
        }
    }

    /// The compiled pattern.
    pub(crate) fn regex(&self) -> &Regex {
        self.cell.get_or_init(|| compile(self.source, self.unicode))
    }
}

/// Either kind of pattern, for [`warm`].
#[derive(Clone, Copy)]
pub(crate) enum AnyPattern {
    /// A folded pattern.
    Folded(&'static Folded),
    /// A case-sensitive pattern.
    Exact(&'static Exact),
}

impl AnyPattern {
    fn compile(self) {
        match self {
            AnyPattern::Folded(p) => {
                p.regex();
            }
            AnyPattern::Exact(p) => {
                p.regex();
            }
        }
    }

    #[cfg(test)]
    pub(crate) fn source(self) -> &'static str {
        match self {
            AnyPattern::Folded(p) => p.source,
            AnyPattern::Exact(p) => p.source,
        }
    }
}

/// Compiles every pattern now, on every core, instead of one at a time on first use
/// (where a thread that needs a pattern another thread is compiling waits for it).
pub(crate) fn warm(patterns: &[AnyPattern]) {
    use rayon::prelude::*;
    patterns.par_iter().for_each(|p| p.compile());
}

fn compile(pattern: &str, unicode: bool) -> Regex {
    RegexBuilder::new(pattern)
        .unicode(unicode)
        .build()
        .unwrap_or_else(|e| panic!("rule pattern {pattern:?} compiles: {e}"))
}

/// `(?i)pattern` -> the pattern with its literal ASCII letters lower-cased and no `(?i)`.
/// Escapes (`\S`, `\W`, `\B`, `\D`) keep their letter: lower-casing them would change
/// their meaning.
fn fold(source: &str) -> String {
    let body = source
        .strip_prefix("(?i)")
        .unwrap_or_else(|| panic!("folded pattern {source:?} starts with (?i)"));
    assert!(
        !body.contains("\\p") && !body.contains("\\P") && !body.contains("(?-i"),
        "folded pattern {source:?} has no Unicode classes and no case-sensitive part"
    );
    let mut out = String::with_capacity(body.len());
    let mut escaped = false;
    for c in body.chars() {
        if escaped {
            out.push(c);
            escaped = false;
        } else {
            escaped = c == '\\';
            out.push(c.to_ascii_lowercase());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_keeps_escapes() {
        assert_eq!(fold(r"(?i)\bGGE\S+\W(?u:\S)"), r"\bgge\S+\W(?u:\S)");
        assert_eq!(fold(r"(?i)[A-K]\d{1,2}"), r"[a-k]\d{1,2}");
        assert_eq!(fold(r"(?i)a\\B"), r"a\\b");
    }

    #[test]
    fn folded_spans_read_the_original_text() {
        static P: Folded = Folded::new(r"(?i)\b(GGE|group of governmental experts)\b");
        let t = CasedText::new("The Group of Governmental Experts and the GGE.");
        let found: Vec<&str> = P.find_iter(&t).map(|m| m.as_str()).collect();
        assert_eq!(found, ["Group of Governmental Experts", "GGE"]);
        let caps = P.captures(&t).expect("matches");
        assert_eq!(caps.get(1).map(|m| (m.start(), m.end())), Some((4, 33)));
        assert!(!P.is_match(&CasedText::new("GGEs")));
    }

    #[test]
    fn text_borrows_when_already_lower_case() {
        assert!(matches!(
            CasedText::new("all lower é").lower,
            Cow::Borrowed(_)
        ));
        let t = CasedText::new("Évian GGE");
        assert_eq!(t.lower(), "Évian gge");
        assert_eq!(t.lower().len(), t.original().len());
    }
}
