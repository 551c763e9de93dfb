//! Recognisers for references that have grammar rather than a fixed name: groups (years,
//! ordinals), resolution and report symbols, norms of the 2015 report, dates and votes.
//!
//! Each recogniser returns spans in the sentence so that relation rules can reason about
//! order ("the group named after the verb"), and ids in their stable form.

use super::pattern::{Any, Caps, Exact, Folded, Span, Text};
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
pub(super) const PATTERNS: [Any; 30] = [
    Any::Exact(&ABSTENTIONS),
    Any::Folded(&ASSEMBLY_ACTS),
    Any::Folded(&GGE_ADVANCING),
    Any::Folded(&TITLE_DEVELOPMENTS),
    Any::Folded(&TITLE_ADVANCING),
    Any::Folded(&SESSION_NUMBER),
    Any::Exact(&ISO_DATE),
    Any::Exact(&BARE_DRAFT),
    Any::Folded(&OTHER_TOPIC),
    Any::Folded(&ICT_TOPIC),
    Any::Exact(&DRAFT_SYMBOL),
    Any::Folded(&MONTH_DAY_YEAR),
    Any::Folded(&KIND),
    Any::Exact(&YEARS),
    Any::Folded(&MECH_YEAR),
    Any::Folded(&ORDINAL),
    Any::Folded(&ESTABLISHED),
    Any::Folded(&GENERIC),
    Any::Exact(&RESOLUTION_SYMBOL),
    Any::Folded(&RESOLUTION_WORD),
    Any::Exact(&RESOLUTION_NEXT),
    Any::Exact(&REPORT_SYMBOL),
    Any::Folded(&NORM_HEAD),
    Any::Exact(&NORM_ITEM),
    Any::Folded(&DAY_MONTH),
    Any::Folded(&MONTH_YEAR),
    Any::Folded(&VOTE),
    Any::Exact(&DASHED_VOTE),
    Any::Folded(&LISTED_VOTE),
    Any::Folded(&YES_VOTES),
];
