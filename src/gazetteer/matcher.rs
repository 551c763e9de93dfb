//! [`StateMatcher`]: every mention of a state in normalised running text, found by one
//! leftmost-longest automaton over every spelling, with the word-boundary, title,
//! all-capitals and blocked-phrase rules that keep "us", "Ms. Georgia" and "New Guinea"
//! from being states.

use super::{AMBIGUOUS, STATES, State};
use crate::model::fold_accent;
use aho_corasick::{AhoCorasick, AhoCorasickKind, Anchored, Input, MatchKind, StartKind};
use std::collections::HashMap;
use std::collections::hash_map::Entry;

/// Phrases that contain a state name without naming the state (places: rivers, lakes,
/// seas and gulfs named after a country; a currency; Taiwan's formal name). The matcher
/// consumes them so the name inside is not reported.
const BLOCKED: &[&str] = &[
    "Northern Ireland",
    "New Guinea",
    "Gulf of Guinea",
    "New Mexico",
    "Lake Chad",
    "Niger Delta",
    "Niger River",
    "River Niger",
    "Congo River",
    "River Congo",
    "Congo Basin",
    "Jordan River",
    "River Jordan",
    "Jordan Valley",
    "Lake Malawi",
    "Gulf of Mexico",
    "Gulf of Oman",
    "Gulf of Thailand",
    "Gulf of Panama",
    "Panama Canal",
    "Sea of Japan",
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
pub(super) const TITLES: &[&str] = &[
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
pub(super) struct PatternInfo {
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
pub(super) fn pattern_table() -> (Vec<String>, Vec<PatternInfo>, Vec<String>) {
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
pub(super) const MAX_TITLE: usize = 10;

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
