//! Known names: the UN member and observer states (ISO3 id, names, aliases, UN regional
//! group) and a matcher that finds them in normalised text.
//!
//! Not for groups, resolutions or norms: their references have grammar (years, symbols,
//! ordinals) and are found by `extract`.

mod states;

pub use states::{Region, State, STATES};

/// Finds a state by ISO3 code (any case) or by any name or alias the gazetteer knows
/// (case-insensitive, accents and punctuation variants folded).
pub fn lookup(name_or_code: &str) -> Option<&'static State> {
    let _ = name_or_code;
    None
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

/// One automaton over every name and alias (leftmost-longest, so "Guinea-Bissau" wins
/// over "Guinea"), with the rules that keep names of people and parts of longer words out.
pub struct StateMatcher {}

impl StateMatcher {
    /// Builds the matcher over all states.
    pub fn new() -> Self {
        StateMatcher {}
    }
    /// Every mention in `text`, in order, non-overlapping.
    pub fn find_all(&self, text: &str) -> Vec<StateMention> {
        let _ = text;
        Vec::new()
    }
}

impl Default for StateMatcher {
    fn default() -> Self {
        Self::new()
    }
}
