//! The extraction rules as data: each rule is a name, the relation it reads, the cue that
//! triggers it, how its slots are filled ([`Read`]), the scope it looks in, and the
//! sentences it must read ([`Example`]) and must not ([`Rule::negatives`]).
//!
//! In the spirit of Duckling's `Rule { name, pattern, prod }` with its corpus and negative
//! corpus, and of spaCy's `Matcher`, whose match ids come back with every match: the rule's
//! name goes into each claim's provenance, and one test (`rule_examples_hold`) runs every
//! example and negative of every rule. A new phrasing is one cue and one example here.
//!
//! Not for the slot-filling code itself (that is the reader in `rules`), nor for entity
//! recognition (`refs`, the gazetteer).

use super::pattern::{AnyPattern, Folded, FoldedSet};
use crate::model::Relation;

/// Where a rule looks for its slots once its cue is found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Scope {
    /// The clause of the cue (split at `;`, "but", "while", ", which" ...).
    Clause,
    /// The whole sentence.
    Sentence,
    /// The list or table items that follow a cue sentence ending in `:` or a cue heading.
    List,
    /// The cue's sentence and the sentences right before and after it in its paragraph.
    Paragraph,
}

/// How a rule fills its slots: one reader per shape of statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Read {
    /// States in the cue's clause -> `member_of` the sentence's (or the focus) group.
    Members,
    /// Items of the list the cue introduces -> `member_of`.
    MemberList,
    /// "with 25 members" -> `member_count`.
    MemberCount,
    /// A person next to a state ("Name (State)", "Name of State", "State's Name") near a
    /// chair cue -> `chairs` and `represents`.
    Chair,
    /// "Name[, title of State,] was elected chair" -> `chairs` (and `represents`).
    ElectedChair,
    /// "Name, Chair of the OEWG"; "A and B, chairs of G1 and G2" -> `chairs`.
    ChairApposition,
    /// Resolution before an establishing verb, group after it.
    EstablishActive,
    /// Group before "was established by", resolution anywhere.
    EstablishPassive,
    /// "the new GGE" beside the adoption of the resolution that set one up -> `establishes`.
    NewGroupAdopted,
    /// Adoption date and mode of a resolution.
    Adoption,
    /// "introduced by A and B": the states after the cue, each cue with its own resolution.
    SponsorPassive,
    /// "A and B introduced a draft resolution": the states before the cue.
    SponsorActive,
    /// "Introducing draft L.27, the representative of A said": the one speaker.
    SponsorIntroducing,
    /// "the Russian-sponsored draft", "the US resolution (A/C.1/73/L.37)".
    SponsorAdjective,
    /// Reports a group produced and its outcome.
    Produces,
    /// "X succeeded Y".
    Succeeds,
    /// Norm counts, labels, and norms a text articulates or reaffirms.
    Norms,
    /// "3 against (Cuba and Iran)": states in parentheses after a vote word.
    VotesInParentheses,
    /// "In favour: A, B. Against: C.": the columns of a recorded vote.
    VoteColumns,
    /// "Cuba and Iran voted against ..." -> per-state votes.
    NamedVoters,
    /// "Voting against were Cuba and Iran" -> per-state votes.
    VotersAfter,
    /// "The draft A/C.1/73/L.27/Rev.1 became resolution 73/27" -> `becomes`.
    DraftBecomes,
    /// "Co-sponsors of resolution 73/266 included A and B."
    SponsorsOf,
    /// "retained operative paragraph 1 by 92 votes to 52" -> `part_vote`.
    PartVote,
    /// Vote counts the adoption read leaves: several in a sentence, or one without an
    /// adopting verb, each with its own act.
    VoteTally,
}

/// A sentence a rule must read, with the claims (`subject relation object`) it gives.
#[derive(Debug, Clone, Copy)]
pub(super) struct Example {
    /// Markdown text (a heading may give the group in focus).
    pub text: &'static str,
    /// Claims the text must give, each as `subject relation object`.
    pub claims: &'static [&'static str],
}

/// One extraction rule.
pub(super) struct Rule {
    /// Stable name, recorded in the provenance of every claim the rule makes.
    pub name: &'static str,
    /// The relation the rule reads.
    pub relation: Relation,
    /// Where the slots are looked for.
    pub scope: Scope,
    /// The cue: a sentence without a match is not looked at.
    pub trigger: &'static Folded,
    /// How the slots are filled.
    pub read: Read,
    /// Texts the rule must read.
    pub examples: &'static [Example],
    /// Texts that must give no claim of the rule's relation.
    pub negatives: &'static [&'static str],
}

mod acts;
mod chairs;
mod cues;
mod members;
mod outcomes;

pub(super) use cues::{ADOPT_VERB, CHAIR_TRIGGER, LIST_WORDS, MEMBER_CELL, MEMBER_COUNT};

/// Every rule, in the order they are tried on a sentence. Rules of one relation marked
/// by [`Read::Members`] stop at the first that reads a claim, so a sentence that matches
/// several membership cues is read once.
pub(super) static RULES: &[Rule] = &[
    members::MEMBERS_OF_GROUP_RULE,
    members::FOLLOWING_STATES_RULE,
    members::EXPERTS_FROM_RULE,
    members::PARTICIPATED_IN_RULE,
    members::COMPOSED_OF_RULE,
    members::OTHERS_IN_GROUP_RULE,
    members::MEMBER_LIST_RULE,
    members::MEMBER_TABLE_RULE,
    members::MEMBER_COUNT_RULE,
    chairs::CHAIR_NAME_STATE_RULE,
    chairs::ELECTED_CHAIR_RULE,
    chairs::CHAIR_APPOSITION_RULE,
    acts::ESTABLISH_ACTIVE_RULE,
    acts::ESTABLISH_PASSIVE_RULE,
    acts::NEW_GROUP_ADOPTED_RULE,
    acts::ADOPTION_RULE,
    acts::SPONSOR_PASSIVE_RULE,
    acts::SPONSORS_OF_RULE,
    acts::SPONSOR_ACTIVE_RULE,
    acts::SPONSOR_INTRODUCING_RULE,
    acts::SPONSOR_ADJECTIVE_RULE,
    acts::VOTE_TALLY_RULE,
    acts::PART_VOTE_RULE,
    outcomes::PRODUCES_OUTCOME_RULE,
    outcomes::SUCCEEDS_RULE,
    outcomes::NORMS_RULE,
    outcomes::VOTE_PARENTHESISED_RULE,
    outcomes::VOTE_COLUMNS_RULE,
    outcomes::VOTE_NAMED_RULE,
    outcomes::VOTERS_AFTER_RULE,
    outcomes::DRAFT_BECOMES_RULE,
];

/// Every rule's cue in one set, in [`RULES`] order: one scan of a sentence says which
/// rules can fire.
pub(super) static CUES: FoldedSet = FoldedSet::new(|| RULES.iter().map(|r| r.trigger).collect());

/// Every trigger pattern, for [`super::pattern::warm`].
pub(super) fn patterns() -> Vec<AnyPattern> {
    RULES
        .iter()
        .map(|r| AnyPattern::Folded(r.trigger))
        .collect()
}
