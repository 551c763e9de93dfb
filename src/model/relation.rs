//! The relations a claim can state: entity relations (graph edges) and literal relations
//! (node attributes).

use serde::{Deserialize, Serialize};
use std::fmt;

/// What a claim says about its subject.
///
/// Entity relations link two entities and become graph edges; literal relations give a
/// subject a value (a date, a vote, a count) and become node attributes, which is where
/// disagreements between documents are looked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    /// state -> group: the state had an expert (or was a participant) in the group.
    MemberOf,
    /// person -> group: the person chaired the group.
    Chairs,
    /// person -> state: the person acted for this state (a chair's nationality).
    Represents,
    /// resolution -> group: the resolution established or convened the group.
    Establishes,
    /// group -> report: the group produced the report.
    Produces,
    /// state -> resolution: the state introduced or sponsored the resolution.
    Sponsors,
    /// group -> earlier group: the group followed on from the earlier one.
    Succeeds,
    /// report -> norm: the report sets out the norm.
    Articulates,
    /// resolution or report -> norm: the text reaffirms or calls for the norm.
    Reaffirms,
    /// document -> entity: the document names the entity.
    Mentions,
    /// resolution -> date: when the General Assembly adopted it.
    AdoptedOn,
    /// resolution -> how: "without a vote", "unanimously", "recorded vote 119-46-14".
    #[serde(rename = "adoption")]
    AdoptedHow,
    /// group or report -> date: when the group adopted its report.
    ReportAdoptedOn,
    /// group -> number: how many members the document says the group had.
    MemberCount,
    /// report -> number: how many norms the document says the report set out.
    NormCount,
    /// group -> "consensus report" | "no consensus".
    Outcome,
    /// state -> resolution or draft: the state voted in favour in a recorded vote.
    VotedYes,
    /// state -> resolution or draft: the state voted against in a recorded vote.
    VotedNo,
    /// state -> resolution or draft: the state abstained in a recorded vote.
    Abstained,
    /// draft -> resolution: the draft was adopted as the resolution.
    Becomes,
    /// resolution or draft -> a separate vote on one of its paragraphs, with its counts.
    PartVote,
}

impl Relation {
    /// Every relation, in display order.
    pub const ALL: [Relation; 21] = [
        Relation::MemberOf,
        Relation::Chairs,
        Relation::Represents,
        Relation::Establishes,
        Relation::Produces,
        Relation::Sponsors,
        Relation::Succeeds,
        Relation::Articulates,
        Relation::Reaffirms,
        Relation::Mentions,
        Relation::AdoptedOn,
        Relation::AdoptedHow,
        Relation::ReportAdoptedOn,
        Relation::MemberCount,
        Relation::NormCount,
        Relation::Outcome,
        Relation::VotedYes,
        Relation::VotedNo,
        Relation::Abstained,
        Relation::Becomes,
        Relation::PartVote,
    ];
    /// The snake_case name used in JSON, tables and exports.
    pub fn as_str(self) -> &'static str {
        match self {
            Relation::MemberOf => "member_of",
            Relation::Chairs => "chairs",
            Relation::Represents => "represents",
            Relation::Establishes => "establishes",
            Relation::Produces => "produces",
            Relation::Sponsors => "sponsors",
            Relation::Succeeds => "succeeds",
            Relation::Articulates => "articulates",
            Relation::Reaffirms => "reaffirms",
            Relation::Mentions => "mentions",
            Relation::AdoptedOn => "adopted_on",
            Relation::AdoptedHow => "adoption",
            Relation::ReportAdoptedOn => "report_adopted_on",
            Relation::MemberCount => "member_count",
            Relation::NormCount => "norm_count",
            Relation::Outcome => "outcome",
            Relation::VotedYes => "voted_yes",
            Relation::VotedNo => "voted_no",
            Relation::Abstained => "abstained",
            Relation::Becomes => "becomes",
            Relation::PartVote => "part_vote",
        }
    }
    /// True when the object is a value (date, vote, count) rather than an entity.
    pub fn is_literal(self) -> bool {
        matches!(
            self,
            Relation::AdoptedOn
                | Relation::AdoptedHow
                | Relation::ReportAdoptedOn
                | Relation::MemberCount
                | Relation::NormCount
                | Relation::Outcome
                | Relation::PartVote
        )
    }
}

impl fmt::Display for Relation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
