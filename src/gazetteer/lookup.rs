//! [`lookup`] and [`resolve`]: one name or code a user typed, folded (case, accents, curly
//! apostrophes, dots, a leading "the", whitespace) and found in an index over every name;
//! and the nationality adjectives of [`DEMONYMS`].

use super::{STATES, State, state_by_iso3};
use crate::model::fold_accent;
use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::sync::OnceLock;

/// The states each name of [`AMBIGUOUS`] may mean, by ISO3 code.
const AMBIGUOUS_CANDIDATES: &[(&str, &[&str])] = &[("Korea", &["KOR", "PRK"])];

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
pub(super) fn build_index() -> (HashMap<String, usize>, Vec<String>) {
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
