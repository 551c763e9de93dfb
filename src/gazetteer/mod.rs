//! Known names: the UN member and observer states (ISO3 id, names, aliases, UN regional
//! group) and a matcher that finds them in normalised text.
//!
//! Not for groups, resolutions or norms: their references have grammar (years, symbols,
//! ordinals) and are found by `extract`.
//!
//! Two ways in:
//! - [`lookup`] resolves one name or code a user typed (case-insensitive, accents,
//!   curly apostrophes, dots in abbreviations, a leading "the" and extra whitespace
//!   folded);
//! - [`StateMatcher`] finds every mention in running text, case-sensitively (names are
//!   written capitalised, or all in capitals in headings; abbreviations such as "US" only
//!   as written, so the English word "us" is never a state).
//!
//! The matcher expects normalised text: runs of whitespace, line breaks included, are a
//! single space, so a name split across a line break ("United Kingdom of Great\nBritain
//! and Northern Ireland") arrives as one line. It does not look across raw line breaks
//! itself.

mod iso2;
mod states;

pub use iso2::state_by_iso2;
pub use states::{Region, STATES, State, state_by_iso3};

use crate::model::fold_accent;
use aho_corasick::{AhoCorasick, AhoCorasickKind, Anchored, Input, MatchKind, StartKind};
use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::sync::OnceLock;

/// Names that fit several states: found in text and reported as ambiguous, never resolved
/// by [`lookup`]. ("Congo" is not here: the UN short name "Congo" is the Republic of the
/// Congo.)
const AMBIGUOUS: &[&str] = &["Korea"];

/// The states each name of [`AMBIGUOUS`] may mean, by ISO3 code.
const AMBIGUOUS_CANDIDATES: &[(&str, &[&str])] = &[("Korea", &["KOR", "PRK"])];

/// Phrases that contain a state name without naming the state (places, a currency,
/// Taiwan's formal name). The matcher consumes them so the name inside is not reported.
const BLOCKED: &[&str] = &[
    "Northern Ireland",
    "New Guinea",
    "Gulf of Guinea",
    "New Mexico",
    "Lake Chad",
    "Niger Delta",
    "South China Sea",
    "East China Sea",
    "Republic of China",
    "American Samoa",
    "South Georgia",
    "US$",
    "US dollar",
    "US dollars",
    "U.S. dollar",
    "U.S. dollars",
];

/// Personal titles: a name right after one of these (and at most one space) is a person
/// ("Ms. Georgia Holmes", "Ambassador Jordan"), not a state.
const TITLES: &[&str] = &[
    "Mr",
    "Mr.",
    "Ms",
    "Ms.",
    "Mrs",
    "Mrs.",
    "Dr",
    "Dr.",
    "Prof.",
    "Professor",
    "Ambassador",
    "Amb.",
    "H.E.",
    "Sir",
    "Dame",
    "Minister",
    "Judge",
    "President",
    "MR",
    "MR.",
    "MS",
    "MS.",
    "MRS",
    "MRS.",
    "DR.",
    "PROF.",
    "PROFESSOR",
    "AMBASSADOR",
    "AMB.",
    "SIR",
    "DAME",
    "MINISTER",
    "JUDGE",
    "PRESIDENT",
];

/// Folds a name or code to its lookup key: accents folded, lower case, curly apostrophes
/// straightened, dots dropped, hyphens and whitespace runs made one space, "&" read as
/// "and", one leading "the" dropped.
fn fold_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        let c = match c {
            '\u{2019}' | '\u{2018}' | '\u{02BC}' | '`' | '\u{00B4}' => '\'',
            '-' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' => ' ',
            '.' => continue,
            other => fold_accent(other),
        };
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        if c == '&' {
            if !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
            out.push_str("and");
            space = true;
            continue;
        }
        out.extend(c.to_lowercase());
    }
    match out.strip_prefix("the ") {
        Some(rest) => rest.to_string(),
        None => out,
    }
}

/// Builds the lookup index: folded key -> index into [`STATES`], plus the keys that two
/// states claimed (empty for a sound table; checked by a test).
fn build_index() -> (HashMap<String, usize>, Vec<String>) {
    let mut map = HashMap::new();
    let mut collisions = Vec::new();
    for (i, state) in STATES.iter().enumerate() {
        let names = [state.iso3, state.name, state.official];
        for name in names.into_iter().chain(state.aliases.iter().copied()) {
            match map.entry(fold_key(name)) {
                Entry::Vacant(v) => {
                    v.insert(i);
                }
                Entry::Occupied(o) => {
                    if *o.get() != i {
                        collisions.push(o.key().clone());
                    }
                }
            }
        }
    }
    (map, collisions)
}

/// The lookup index, built on first use.
fn index() -> &'static HashMap<String, usize> {
    static INDEX: OnceLock<HashMap<String, usize>> = OnceLock::new();
    INDEX.get_or_init(|| build_index().0)
}

/// Finds a state by ISO3 code (any case) or by any name or alias the gazetteer knows
/// (case-insensitive, accents and punctuation variants folded).
///
/// Ambiguous names (bare "Korea") and names that are no state ("America") give `None`.
pub fn lookup(name_or_code: &str) -> Option<&'static State> {
    index().get(&fold_key(name_or_code)).map(|&i| &STATES[i])
}

/// When `name` (folded as [`lookup`] folds it) is a name that fits several states (bare
/// "Korea"): the states it may mean. [`lookup`] gives `None` for such a name; a caller
/// that reads a name a user typed says it is ambiguous, not unknown.
pub fn ambiguous(name: &str) -> Option<&'static [&'static str]> {
    let key = fold_key(name);
    AMBIGUOUS_CANDIDATES
        .iter()
        .find(|(n, _)| fold_key(n) == key)
        .map(|&(_, codes)| codes)
}

/// Why a name a user typed gives no state.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LookupError {
    /// A name that fits several states (bare "Korea").
    #[error("ambiguous state name {name:?}: it may name {}; give the ISO3 code or the full name", .candidates.join(" or "))]
    Ambiguous {
        /// The name as typed.
        name: String,
        /// The states it may name, by ISO3 code.
        candidates: &'static [&'static str],
    },
    /// Neither an ISO3 code nor a name the gazetteer knows.
    #[error("unknown state {name:?}: not an ISO3 code or a name the gazetteer knows")]
    Unknown {
        /// The name as typed.
        name: String,
    },
}

/// [`lookup`] for a name a user typed (a command-line argument, a CSV cell): an ambiguous
/// name is told apart from an unknown one, and the same way everywhere.
///
/// # Errors
/// [`LookupError::Ambiguous`] for bare "Korea" and the like, [`LookupError::Unknown`] for
/// anything else that is no state.
pub fn resolve(name_or_code: &str) -> Result<&'static State, LookupError> {
    if let Some(state) = state_by_iso3(name_or_code.trim()).or_else(|| lookup(name_or_code)) {
        return Ok(state);
    }
    match ambiguous(name_or_code) {
        Some(candidates) => Err(LookupError::Ambiguous {
            name: name_or_code.to_string(),
            candidates,
        }),
        None => Err(LookupError::Unknown {
            name: name_or_code.to_string(),
        }),
    }
}

/// Nationality adjectives that name a state in a role ("the Russian draft", "a US-led
/// resolution", "Germany's" is a name and needs none). They are read only where a rule
/// gives them a role (a sponsor, a chair's nationality) and never count as a mention of
/// the state elsewhere: "Swiss cheese" names no state.
pub const DEMONYMS: &[(&str, &str)] = &[
    ("American", "USA"),
    ("Argentine", "ARG"),
    ("Australian", "AUS"),
    ("Belarusian", "BLR"),
    ("Brazilian", "BRA"),
    ("British", "GBR"),
    ("Canadian", "CAN"),
    ("Chinese", "CHN"),
    ("Cuban", "CUB"),
    ("Dutch", "NLD"),
    ("Egyptian", "EGY"),
    ("Estonian", "EST"),
    ("French", "FRA"),
    ("German", "DEU"),
    ("Indian", "IND"),
    ("Indonesian", "IDN"),
    ("Iranian", "IRN"),
    ("Israeli", "ISR"),
    ("Italian", "ITA"),
    ("Japanese", "JPN"),
    ("Kenyan", "KEN"),
    ("Mexican", "MEX"),
    ("Russian", "RUS"),
    ("Singaporean", "SGP"),
    ("Swiss", "CHE"),
    ("U.S.", "USA"),
    ("US", "USA"),
    ("Ukrainian", "UKR"),
];

/// The state a nationality adjective of [`DEMONYMS`] names (exact spelling).
pub fn demonym(word: &str) -> Option<&'static State> {
    DEMONYMS
        .iter()
        .find(|(w, _)| *w == word)
        .and_then(|(_, iso3)| state_by_iso3(iso3))
}

/// A place in text where a state name was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StateMention {
    /// Byte offset of the match start.
    pub start: usize,
    /// Byte offset one past the match end.
    pub end: usize,
    /// What the name resolved to.
    pub resolution: MentionResolution,
}

/// What a found name means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionResolution {
    /// Exactly one state.
    State(&'static State),
    /// A name that fits several states (bare "Korea"); reported, never guessed.
    Ambiguous(&'static str),
}

/// What one automaton pattern stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    /// Index into [`STATES`].
    State(usize),
    /// An ambiguous name.
    Ambiguous(&'static str),
    /// A blocked phrase: consumed, not reported.
    Blocked,
}

/// Per-pattern data, parallel to the automaton's patterns.
#[derive(Debug, Clone, Copy)]
struct PatternInfo {
    target: Target,
    /// "US": rejected right after an all-capitals word ("LET US"), where it is the
    /// English word in a heading.
    caps_guard: bool,
}

/// The spellings the matcher looks for, for one name: as written without a leading
/// "the", with "&" for "and", with Unicode hyphens, without dots, accent-folded, with a curly apostrophe, and
/// each of these in capitals.
fn variants(name: &str) -> Vec<String> {
    let base = name
        .strip_prefix("the ")
        .or_else(|| name.strip_prefix("The "))
        .unwrap_or(name);
    let mut out = vec![base.to_string()];
    fn push(out: &mut Vec<String>, s: String) {
        if !out.contains(&s) {
            out.push(s);
        }
    }
    if base.contains(" and ") {
        push(&mut out, base.replace(" and ", " & "));
    }
    if base.contains('-') {
        push(&mut out, base.replace('-', "\u{2010}"));
        push(&mut out, base.replace('-', "\u{2011}"));
    }
    if base.contains('.') {
        for v in out.clone() {
            push(&mut out, v.replace('.', ""));
        }
    }
    for v in out.clone() {
        push(&mut out, v.chars().map(fold_accent).collect());
    }
    if base.contains('\'') {
        for v in out.clone() {
            push(&mut out, v.replace('\'', "\u{2019}"));
        }
    }
    for v in out.clone() {
        push(&mut out, v.to_uppercase());
    }
    out
}

/// All patterns with their targets, plus patterns two targets claimed (empty for a sound
/// table; checked by a test).
fn pattern_table() -> (Vec<String>, Vec<PatternInfo>, Vec<String>) {
    let mut patterns: Vec<String> = Vec::new();
    let mut info: Vec<PatternInfo> = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut collisions = Vec::new();
    let mut add = |name: &str, target: Target| {
        for v in variants(name) {
            match seen.entry(v) {
                Entry::Occupied(o) => {
                    if info[*o.get()].target != target {
                        collisions.push(o.key().clone());
                    }
                }
                Entry::Vacant(e) => {
                    let caps_guard = e.key() == "US";
                    patterns.push(e.key().clone());
                    info.push(PatternInfo { target, caps_guard });
                    e.insert(patterns.len() - 1);
                }
            }
        }
    };
    for (i, state) in STATES.iter().enumerate() {
        let names = [state.name, state.official];
        for name in names.into_iter().chain(state.aliases.iter().copied()) {
            add(name, Target::State(i));
        }
    }
    for &name in AMBIGUOUS {
        add(name, Target::Ambiguous(name));
    }
    for &phrase in BLOCKED {
        add(phrase, Target::Blocked);
    }
    (patterns, info, collisions)
}

/// True when the char before `at` is not alphanumeric (or there is none).
fn boundary_before(text: &str, at: usize) -> bool {
    text[..at]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric())
}

/// True when the char at `at` is not alphanumeric (or there is none).
fn boundary_after(text: &str, at: usize) -> bool {
    text[at..]
        .chars()
        .next()
        .is_none_or(|c| !c.is_alphanumeric())
}

/// Length in bytes of the longest of [`TITLES`].
const MAX_TITLE: usize = 10;

/// True when a personal title (then at most one space) ends right at `at`.
///
/// A title is letters and dots starting with a capital, preceded by a char that is not
/// alphanumeric (or nothing): so only the capitals in the trailing run of letters and
/// dots that start it or follow a dot can begin one, and most words ("the", "and")
/// need no comparison at all.
fn after_title(text: &str, at: usize) -> bool {
    let before = &text[..at];
    let before = before.strip_suffix(' ').unwrap_or(before);
    let bytes = before.as_bytes();
    // Looking back no further than the longest title keeps long runs of letters linear.
    let lo = bytes.len().saturating_sub(MAX_TITLE);
    let run_start = bytes[lo..]
        .iter()
        .rposition(|b| !(b.is_ascii_alphabetic() || *b == b'.'))
        .map_or(lo, |i| lo + i + 1);
    (run_start..bytes.len()).any(|p| {
        bytes[p].is_ascii_uppercase()
            && if p == run_start {
                before[..p]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric())
            } else {
                bytes[p - 1] == b'.'
            }
            && TITLES.contains(&&before[p..])
    })
}

/// True when an all-capitals word of two letters or more, then one space, ends at `at`.
fn caps_word_before(text: &str, at: usize) -> bool {
    let Some(before) = text[..at].strip_suffix(' ') else {
        return false;
    };
    let mut letters = 0;
    for c in before.chars().rev() {
        if !c.is_alphabetic() {
            break;
        }
        if !c.is_uppercase() {
            return false;
        }
        letters += 1;
    }
    letters >= 2
}

/// Next char boundary after `at` (which is a char boundary inside `text`).
fn next_char(text: &str, at: usize) -> usize {
    at + text[at..].chars().next().map_or(1, char::len_utf8)
}

/// One automaton over every name and alias (leftmost-longest, so "Guinea-Bissau" wins
/// over "Guinea"), with the rules that keep names of people and parts of longer words out.
///
/// Rules, applied to each candidate:
/// - word boundaries: no alphanumeric char right before or right after ("Niger" is not
///   found in "Nigeria" or "Nigerian"; "Brazil's" is Brazil). When the longest candidate
///   fails its end boundary, shorter names at the same start are tried;
/// - a name right after a personal title ("Mr.", "Ms", "Ambassador", "President", ...) is
///   a person and skipped;
/// - bare "Korea" is reported as [`MentionResolution::Ambiguous`];
/// - a few phrases that contain a name without naming the state ("Northern Ireland",
///   "Gulf of Guinea", "US$") are consumed and not reported;
/// - "US" right after an all-capitals word ("LET US") is the English word in a heading.
///
/// Build it once per run: construction compiles some thousands of patterns.
pub struct StateMatcher {
    ac: AhoCorasick,
    info: Vec<PatternInfo>,
    /// `starts[b]`: some pattern begins with byte `b`. The automaton has no prefilter
    /// for thousands of patterns, so the search skips to such bytes itself and runs
    /// the automaton anchored from there: the first position with an anchored match is
    /// the leftmost match, so the result is the unanchored leftmost-longest one, and the
    /// skip loop (a table lookup per byte, no dependency between bytes) is several times
    /// faster than walking the large automaton over every byte.
    starts: [bool; 256],
    /// Bit `b0 * 256 + b1`: some pattern begins with the bytes `b0 b1` (both bits of
    /// `b0` set when a pattern is the single byte `b0`). Most capitalised words ("The",
    /// "Experts") fail this test, so the automaton is not started for them.
    pairs: Vec<u64>,
}

impl StateMatcher {
    /// Builds the matcher over all states.
    pub fn new() -> Self {
        let (patterns, info, _collisions) = pattern_table();
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Both)
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(&patterns)
            .expect("the static state name patterns build an automaton");
        let mut starts = [false; 256];
        let mut pairs = vec![0u64; 256 * 256 / 64];
        let mut set = |bit: usize| pairs[bit / 64] |= 1 << (bit % 64);
        for p in &patterns {
            match p.as_bytes() {
                [] => {}
                [b0] => {
                    starts[usize::from(*b0)] = true;
                    (0..256).for_each(|b1| set(usize::from(*b0) * 256 + b1));
                }
                [b0, b1, ..] => {
                    starts[usize::from(*b0)] = true;
                    set(usize::from(*b0) * 256 + usize::from(*b1));
                }
            }
        }
        StateMatcher {
            ac,
            info,
            starts,
            pairs,
        }
    }

    /// Every mention in `text`, in order, non-overlapping.
    pub fn find_all(&self, text: &str) -> Vec<StateMention> {
        self.mentions(text).collect()
    }

    /// The mentions of [`StateMatcher::find_all`] one at a time, without collecting
    /// them (for counting over large texts).
    pub fn mentions<'a>(&'a self, text: &'a str) -> Mentions<'a> {
        Mentions {
            matcher: self,
            text,
            pos: 0,
        }
    }

    /// The next mention at or after `pos`, and where to go on from.
    fn next_mention(&self, text: &str, mut pos: usize) -> Option<(StateMention, usize)> {
        let bytes = text.as_bytes();
        while pos < text.len() {
            // A pattern's first byte is ASCII or a UTF-8 lead byte, so `at` is a char
            // boundary.
            let at = pos
                + bytes[pos..]
                    .iter()
                    .position(|&b| self.starts[usize::from(b)])?;
            let next = bytes.get(at + 1).map_or(0, |&b| usize::from(b));
            let bit = usize::from(bytes[at]) * 256 + next;
            if self.pairs[bit / 64] & (1 << (bit % 64)) == 0 {
                pos = next_char(text, at);
                continue;
            }
            let anchored = Input::new(text)
                .span(at..text.len())
                .anchored(Anchored::Yes);
            let Ok(Some(m)) = self.ac.try_find(anchored) else {
                pos = next_char(text, at);
                continue;
            };
            let start = m.start();
            if !boundary_before(text, start) || after_title(text, start) {
                pos = next_char(text, start);
                continue;
            }
            match self.longest_accepted(text, start, m.end(), m.pattern().as_usize()) {
                Some((end, target)) => {
                    let resolution = match target {
                        Target::State(i) => MentionResolution::State(&STATES[i]),
                        Target::Ambiguous(name) => MentionResolution::Ambiguous(name),
                        Target::Blocked => {
                            pos = end;
                            continue;
                        }
                    };
                    let mention = StateMention {
                        start,
                        end,
                        resolution,
                    };
                    return Some((mention, end));
                }
                None => pos = next_char(text, start),
            }
        }
        None
    }

    /// The longest candidate at `start` (beginning with pattern `pid` ending at `end`)
    /// that the rules accept: when one fails, shorter names at the same start are tried.
    fn longest_accepted(
        &self,
        text: &str,
        start: usize,
        mut end: usize,
        mut pid: usize,
    ) -> Option<(usize, Target)> {
        loop {
            let info = self.info[pid];
            if self.accept(text, start, end, info) {
                return Some((end, info.target));
            }
            if end <= start + 1 {
                return None;
            }
            let shorter = Input::new(text)
                .span(start..end - 1)
                .anchored(Anchored::Yes);
            match self.ac.try_find(shorter) {
                Ok(Some(m)) => {
                    end = m.end();
                    pid = m.pattern().as_usize();
                }
                _ => return None,
            }
        }
    }

    /// Whether the candidate `start..end` (start already checked) is kept.
    fn accept(&self, text: &str, start: usize, end: usize, info: PatternInfo) -> bool {
        if info.target == Target::Blocked {
            return true;
        }
        if !boundary_after(text, end) {
            return false;
        }
        !(info.caps_guard && caps_word_before(text, start))
    }
}

/// Iterator over the mentions in a text, from [`StateMatcher::mentions`].
pub struct Mentions<'a> {
    matcher: &'a StateMatcher,
    text: &'a str,
    pos: usize,
}

impl Iterator for Mentions<'_> {
    type Item = StateMention;

    fn next(&mut self) -> Option<StateMention> {
        let (mention, next) = self.matcher.next_mention(self.text, self.pos)?;
        self.pos = next;
        Some(mention)
    }
}

impl Default for StateMatcher {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(name: &str) -> Option<&'static str> {
        lookup(name).map(|s| s.iso3)
    }

    /// (matched text, ISO3 or "?name" for an ambiguous mention) for every mention.
    fn found(text: &str) -> Vec<(String, String)> {
        static MATCHER: OnceLock<StateMatcher> = OnceLock::new();
        MATCHER
            .get_or_init(StateMatcher::new)
            .find_all(text)
            .into_iter()
            .map(|m| {
                let what = match m.resolution {
                    MentionResolution::State(s) => s.iso3.to_string(),
                    MentionResolution::Ambiguous(n) => format!("?{n}"),
                };
                (text[m.start..m.end].to_string(), what)
            })
            .collect()
    }

    fn codes(text: &str) -> Vec<String> {
        found(text).into_iter().map(|(_, c)| c).collect()
    }

    #[test]
    fn no_name_claimed_by_two_states() {
        let (_, index_collisions) = build_index();
        assert!(index_collisions.is_empty(), "{index_collisions:?}");
        let (patterns, info, collisions) = pattern_table();
        assert!(collisions.is_empty(), "{collisions:?}");
        assert_eq!(patterns.len(), info.len());
    }

    #[test]
    fn titles_are_short_capitalised_letters_and_dots() {
        for t in TITLES {
            assert!(t.len() <= MAX_TITLE, "{t}");
            assert!(t.as_bytes()[0].is_ascii_uppercase(), "{t}");
            assert!(
                t.bytes().all(|b| b.is_ascii_alphabetic() || b == b'.'),
                "{t}"
            );
        }
        assert_eq!(
            codes("etc.Mr Jordan, 5Mr Jordan, xMr Jordan"),
            ["JOR", "JOR"]
        );
    }

    #[test]
    fn every_name_looks_up_its_own_state() {
        for s in STATES {
            for name in [s.iso3, s.name, s.official].iter().chain(s.aliases) {
                assert_eq!(iso(name), Some(s.iso3), "{name}");
                assert_eq!(iso(&name.to_uppercase()), Some(s.iso3), "{name}");
                assert_eq!(iso(&name.to_lowercase()), Some(s.iso3), "{name}");
            }
        }
    }

    #[test]
    fn every_name_is_found_in_text() {
        for s in STATES {
            for name in [s.name, s.official].iter().chain(s.aliases) {
                let text = format!("Statement by {name}, on behalf of others.");
                assert_eq!(codes(&text), [s.iso3], "{text}");
            }
        }
    }

    #[test]
    fn lookup_codes_and_aliases() {
        assert_eq!(iso("bra"), Some("BRA"));
        assert_eq!(iso("USA"), Some("USA"));
        for us in [
            "United States",
            "US",
            "U.S.",
            "USA",
            "U.S.A.",
            "United States of America",
            "the United States",
        ] {
            assert_eq!(iso(us), Some("USA"), "{us}");
        }
        assert_eq!(iso("America"), None);
        for uk in ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain"] {
            assert_eq!(iso(uk), Some("GBR"), "{uk}");
        }
        let cases = [
            ("Russia", "RUS"),
            ("PRC", "CHN"),
            ("People's Republic of China", "CHN"),
            ("South Korea", "KOR"),
            ("ROK", "KOR"),
            ("North Korea", "PRK"),
            ("DPRK", "PRK"),
            ("Iran", "IRN"),
            ("Islamic Republic of Iran", "IRN"),
            ("Vietnam", "VNM"),
            ("Viet Nam", "VNM"),
            ("Turkey", "TUR"),
            ("Turkiye", "TUR"),
            ("Türkiye", "TUR"),
            ("Ivory Coast", "CIV"),
            ("Cote d'Ivoire", "CIV"),
            ("Côte d’Ivoire", "CIV"),
            ("Czech Republic", "CZE"),
            ("Swaziland", "SWZ"),
            ("Macedonia", "MKD"),
            ("the former Yugoslav Republic of Macedonia", "MKD"),
            ("Burma", "MMR"),
            ("Laos", "LAO"),
            ("Lao PDR", "LAO"),
            ("Syria", "SYR"),
            ("Bolivia", "BOL"),
            ("Venezuela", "VEN"),
            ("Tanzania", "TZA"),
            ("Moldova", "MDA"),
            ("Palestine", "PSE"),
            ("Vatican", "VAT"),
            ("Holy See", "VAT"),
            ("Cape Verde", "CPV"),
            ("East Timor", "TLS"),
            ("Timor Leste", "TLS"),
            ("Brunei", "BRN"),
            ("Micronesia", "FSM"),
            ("Congo", "COG"),
            ("Republic of the Congo", "COG"),
            ("Congo-Brazzaville", "COG"),
            ("DR Congo", "COD"),
            ("DRC", "COD"),
            ("Democratic Republic of the Congo", "COD"),
            ("Congo-Kinshasa", "COD"),
            ("The Gambia", "GMB"),
            ("Gambia", "GMB"),
            ("The Bahamas", "BHS"),
            ("UAE", "ARE"),
            ("St Kitts and Nevis", "KNA"),
            ("St. Kitts & Nevis", "KNA"),
            ("Saint Kitts and Nevis", "KNA"),
            ("Netherlands", "NLD"),
            ("the Netherlands", "NLD"),
            ("Netherlands (Kingdom of the)", "NLD"),
            ("Guinea", "GIN"),
            ("Guinea Bissau", "GNB"),
            ("Sao Tome and Principe", "STP"),
            ("São Tomé and Príncipe", "STP"),
        ];
        for (name, code) in cases {
            assert_eq!(iso(name), Some(code), "{name}");
        }
    }

    #[test]
    fn lookup_folds_case_accents_dots_the_and_whitespace() {
        assert_eq!(iso("  the   russian\tfederation "), Some("RUS"));
        assert_eq!(iso("THE GAMBIA"), Some("GMB"));
        assert_eq!(iso("u.s."), Some("USA"));
        assert_eq!(iso("TURKİYE"), Some("TUR"));
        assert_eq!(iso("Democratic People’s Republic of Korea"), Some("PRK"));
        assert_eq!(iso("lao people's democratic republic"), Some("LAO"));
        assert_eq!(iso("Korea"), None);
        assert_eq!(iso("Northern Ireland"), None);
        assert_eq!(iso(""), None);
        assert_eq!(iso("the"), None);
    }

    /// Names split across a line break: normalisation (whitespace runs, a newline
    /// included, become one space) is what joins them; `lookup` folds whitespace itself.
    #[test]
    fn names_split_across_lines() {
        let raw = "the United Kingdom of Great\nBritain and Northern Ireland and the Lao\nPeople's Democratic Republic";
        assert_eq!(
            iso("United Kingdom of Great\nBritain and Northern Ireland"),
            Some("GBR")
        );
        let normalised = raw.replace('\n', " ");
        assert_eq!(codes(&normalised), ["GBR", "LAO"]);
        assert_eq!(
            found(&normalised)[0].0,
            "United Kingdom of Great Britain and Northern Ireland"
        );
    }

    #[test]
    fn word_boundaries() {
        assert_eq!(codes("Nigerian experts"), Vec::<String>::new());
        assert_eq!(codes("the Dominican delegation"), Vec::<String>::new());
        assert_eq!(codes("Romania and a woman"), ["ROU"]);
        assert_eq!(codes("Somalia"), ["SOM"]);
        assert_eq!(codes("Chadian officials"), Vec::<String>::new());
        assert_eq!(codes("Indian and Israeli experts"), Vec::<String>::new());
        assert_eq!(codes("THE WOMAN FROM OMAN"), ["OMN"]);
        assert_eq!(codes("Nigeria and Niger"), ["NGA", "NER"]);
        assert_eq!(codes("Niger, Nigeria, Nigerien"), ["NER", "NGA"]);
        assert_eq!(codes("Brazil2 x2Brazil"), Vec::<String>::new());
    }

    #[test]
    fn longest_name_wins() {
        let text = "Guinea-Bissau, Papua New Guinea, Equatorial Guinea and Guinea; the \
            Democratic Republic of the Congo, the Republic of the Congo and Congo; South \
            Sudan and Sudan; the Dominican Republic and Dominica.";
        assert_eq!(
            found(text),
            [
                ("Guinea-Bissau", "GNB"),
                ("Papua New Guinea", "PNG"),
                ("Equatorial Guinea", "GNQ"),
                ("Guinea", "GIN"),
                ("Democratic Republic of the Congo", "COD"),
                ("Republic of the Congo", "COG"),
                ("Congo", "COG"),
                ("South Sudan", "SSD"),
                ("Sudan", "SDN"),
                ("Dominican Republic", "DOM"),
                ("Dominica", "DMA"),
            ]
            .map(|(a, b)| (a.to_string(), b.to_string()))
        );
        assert_eq!(
            codes("the Republic of Korea and the Democratic People's Republic of Korea"),
            ["KOR", "PRK"]
        );
        assert_eq!(codes("Democratic People’s Republic of Korea"), ["PRK"]);
        assert_eq!(
            codes("Guinea\u{2011}Bissau and Timor\u{2010}Leste"),
            ["GNB", "TLS"]
        );
        assert_eq!(
            codes("Bosnia & Herzegovina, St. Lucia, St Lucia"),
            ["BIH", "LCA", "LCA"]
        );
    }

    #[test]
    fn us_is_not_the_word_us() {
        assert_eq!(
            codes("Let us thank the US and the U.S.A. delegations"),
            ["USA", "USA"]
        );
        assert_eq!(codes("This was proposed by the U.S."), ["USA"]);
        assert_eq!(found("by the U.S.")[0].0, "U.S.");
        assert_eq!(codes("The U.S. delegation and the UK."), ["USA", "GBR"]);
        assert_eq!(
            codes("US$ 5 million and US$5 and 3 US dollars"),
            Vec::<String>::new()
        );
        assert_eq!(codes("LET US AGREE. US POSITION"), ["USA"]);
        assert_eq!(codes("the USSR and USD"), Vec::<String>::new());
    }

    #[test]
    fn typed_korea_is_ambiguous_not_unknown() {
        for name in ["Korea", "korea", " KOREA ", "the Korea"] {
            assert_eq!(ambiguous(name), Some(&["KOR", "PRK"][..]), "{name}");
            let err = resolve(name).expect_err(name);
            assert!(matches!(err, LookupError::Ambiguous { .. }), "{name}");
            assert!(err.to_string().contains("KOR or PRK"), "{err}");
        }
        assert!(matches!(
            resolve("Atlantis"),
            Err(LookupError::Unknown { .. })
        ));
        assert_eq!(resolve("South Korea").map(|s| s.iso3), Ok("KOR"));
        assert_eq!(resolve("prk").map(|s| s.iso3), Ok("PRK"));
    }

    #[test]
    fn bare_korea_is_ambiguous() {
        assert_eq!(
            codes("Korea, South Korea, North Korea, DPRK, Korea's and Korean"),
            ["?Korea", "KOR", "PRK", "PRK", "?Korea"]
        );
        assert_eq!(codes("Congo"), ["COG"]);
        assert_eq!(codes("Guinea"), ["GIN"]);
    }

    #[test]
    fn personal_titles_are_people() {
        assert_eq!(
            codes("Ms. Georgia Holmes and Mr. Jordan Smith"),
            Vec::<String>::new()
        );
        assert_eq!(codes("Ambassador Georgia Lee"), Vec::<String>::new());
        assert_eq!(
            codes("Mr Chad Brown, Dr. Jordan, H.E. Georgia, President Jordan"),
            Vec::<String>::new()
        );
        assert_eq!(codes("MR. JORDAN and Mr.Jordan"), Vec::<String>::new());
        assert_eq!(codes("experts from Georgia and Jordan"), ["GEO", "JOR"]);
        assert_eq!(codes("the President of Georgia"), ["GEO"]);
        assert_eq!(codes("the Mrs Jordan; Georgia"), ["GEO"]);
    }

    #[test]
    fn possessives_and_capitals() {
        assert_eq!(codes("Brazil's and Brazil’s position"), ["BRA", "BRA"]);
        assert_eq!(
            codes("BRAZIL; TÜRKIYE; COTE D'IVOIRE"),
            ["BRA", "TUR", "CIV"]
        );
        assert_eq!(codes("brazil"), Vec::<String>::new());
        assert_eq!(
            codes("the Netherlands and Netherlands (Kingdom of the)"),
            ["NLD", "NLD"]
        );
        assert_eq!(codes("Turkey, Türkiye, Turkiye"), ["TUR", "TUR", "TUR"]);
    }

    #[test]
    fn blocked_phrases_are_not_states() {
        assert_eq!(codes("Northern Ireland and Ireland"), ["IRL"]);
        assert_eq!(codes("the Gulf of Guinea"), Vec::<String>::new());
        assert_eq!(codes("the South China Sea; China"), ["CHN"]);
        assert_eq!(codes("America and Latin America"), Vec::<String>::new());
    }

    #[test]
    fn offsets_are_byte_offsets_in_order() {
        let text = "Côte d’Ivoire then Türkiye";
        let m = StateMatcher::new().find_all(text);
        assert_eq!(m.len(), 2);
        assert_eq!(&text[m[0].start..m[0].end], "Côte d’Ivoire");
        assert_eq!(&text[m[1].start..m[1].end], "Türkiye");
        assert!(m[0].end <= m[1].start);
        assert!(StateMatcher::default().find_all("").is_empty());
    }
}
