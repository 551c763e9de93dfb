//! Recognisers for references that have grammar rather than a fixed name: groups (years,
//! ordinals), resolution and report symbols, norms of the 2015 report, dates and votes.
//!
//! Each recogniser returns spans in the sentence so that relation rules can reason about
//! order ("the group named after the verb"), and ids in their stable form.

use super::pattern::{AnyPattern, Caps, CasedText, Exact, Folded, Span};
use crate::model::literal::{Adoption, AdoptionMode, Body, Date, VoteCounts};
use crate::model::{EntityId, GroupKey, GroupKind};

mod catalogue;
mod dates;
mod groups;
mod symbols;
#[cfg(test)]
mod tests;

pub use catalogue::*;
pub use dates::*;
pub use groups::*;
pub use symbols::*;

/// A reference found in a sentence, with its byte span in the sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found<T> {
    /// Byte offset of the start in the sentence.
    pub start: usize,
    /// Byte offset one past the end.
    pub end: usize,
    /// What was found.
    pub value: T,
}

/// Every pattern of this module, for [`super::pattern::warm`].
pub(super) const PATTERNS: [AnyPattern; 33] = [
    AnyPattern::Exact(&ABSTENTIONS),
    AnyPattern::Folded(&ASSEMBLY_ACTS),
    AnyPattern::Folded(&GGE_ADVANCING),
    AnyPattern::Folded(&TITLE_DEVELOPMENTS),
    AnyPattern::Folded(&TITLE_ADVANCING),
    AnyPattern::Folded(&SESSION_NUMBER),
    AnyPattern::Exact(&ISO_DATE),
    AnyPattern::Exact(&BARE_DRAFT),
    AnyPattern::Folded(&OTHER_TOPIC),
    AnyPattern::Folded(&ICT_TOPIC),
    AnyPattern::Exact(&DRAFT_SYMBOL),
    AnyPattern::Folded(&MONTH_DAY_YEAR),
    AnyPattern::Folded(&KIND),
    AnyPattern::Exact(&YEARS),
    AnyPattern::Folded(&MECH_YEAR),
    AnyPattern::Folded(&ORDINAL),
    AnyPattern::Folded(&ESTABLISHED),
    AnyPattern::Folded(&GENERIC),
    AnyPattern::Exact(&RESOLUTION_SYMBOL),
    AnyPattern::Folded(&RESOLUTION_WORD),
    AnyPattern::Folded(&RESOLUTION_APPOSITION),
    AnyPattern::Exact(&RESOLUTION_NEXT),
    AnyPattern::Exact(&REPORT_SYMBOL),
    AnyPattern::Folded(&NORM_HEAD),
    AnyPattern::Exact(&NORM_ITEM),
    AnyPattern::Folded(&DAY_MONTH),
    AnyPattern::Folded(&MONTH_YEAR),
    AnyPattern::Folded(&VOTE),
    AnyPattern::Exact(&DASHED_VOTE),
    AnyPattern::Folded(&DASHED_PAIR),
    AnyPattern::Folded(&LISTED_VOTE),
    AnyPattern::Folded(&NEWS_VOTE),
    AnyPattern::Folded(&YES_VOTES),
];
