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
mod state;
mod table;

mod lookup;
mod matcher;
#[cfg(test)]
mod tests;

pub use iso2::state_by_iso2;
pub use lookup::{DEMONYMS, LookupError, ambiguous, demonym, lookup, resolve};
pub use matcher::{MentionResolution, Mentions, StateMatcher, StateMention};
pub use state::{Region, State, state_by_iso3};
pub use table::STATES;

/// Names that fit several states: found in text and reported as ambiguous, never resolved
/// by [`lookup`]. ("Congo" is not here: the UN short name "Congo" is the Republic of the
/// Congo.)
const AMBIGUOUS: &[&str] = &["Korea"];
