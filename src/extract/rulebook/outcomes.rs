//! The rules about outcomes, succession, norms and recorded votes.

use super::cues::*;
use super::{Example, Read, Rule, Scope};
use crate::model::Relation;

pub(super) const PRODUCES_OUTCOME_RULE: Rule = Rule {
    name: "produces-outcome",
    relation: Relation::Produces,
    scope: Scope::Sentence,
    trigger: &REPORT_WORD,
    read: Read::Produces,
    examples: &[Example {
        text: "The GGE 2014/2015 adopted a consensus report, A/70/174.",
        claims: &[
            "gge-2014-2015 produces A/70/174",
            "gge-2014-2015 outcome consensus report",
        ],
    }],
    negatives: &["The Secretary-General issued a report, A/70/172, on the GGE 2014/2015."],
};

pub(super) const SUCCEEDS_RULE: Rule = Rule {
    name: "succeeds",
    relation: Relation::Succeeds,
    scope: Scope::Sentence,
    trigger: &SUCCEED_VERB,
    read: Read::Succeeds,
    examples: &[Example {
        text: "The GGE 2016/2017 succeeded the GGE 2014/2015.",
        claims: &["gge-2016-2017 succeeds gge-2014-2015"],
    }],
    negatives: &["The GGE 2016/2017 succeeded in meeting four times."],
};

pub(super) const NORMS_RULE: Rule = Rule {
    name: "norms",
    relation: Relation::Reaffirms,
    scope: Scope::Sentence,
    trigger: &NORM_CUE,
    read: Read::Norms,
    examples: &[Example {
        text: "Resolution 70/237 called on States to be guided by norms 13 (a) to (c).",
        claims: &[
            "A/RES/70/237 reaffirms norm:2015-a",
            "A/RES/70/237 reaffirms norm:2015-b",
            "A/RES/70/237 reaffirms norm:2015-c",
        ],
    }],
    negatives: &["States spoke about norms in general."],
};

pub(super) const VOTE_PARENTHESISED_RULE: Rule = Rule {
    name: "vote-parenthesised",
    relation: Relation::VotedNo,
    scope: Scope::Sentence,
    trigger: &crate::extract::votes::PARENTHESISED,
    read: Read::VotesInParentheses,
    examples: &[
        Example {
            text: "Draft A/C.1/74/L.49/Rev.1 was approved by 150 votes to 3 against (Cuba, Iran and Syria), with 2 abstentions (Chile and Togo).",
            claims: &[
                "state:CUB voted_no A/C.1/74/L.49/Rev.1",
                "state:IRN voted_no A/C.1/74/L.49/Rev.1",
                "state:SYR voted_no A/C.1/74/L.49/Rev.1",
                "state:CHL abstained A/C.1/74/L.49/Rev.1",
                "state:TGO abstained A/C.1/74/L.49/Rev.1",
            ],
        },
        Example {
            text: "Resolution 73/266 passed with 12 against (China and Cuba among them).",
            claims: &[
                "state:CHN voted_no A/RES/73/266",
                "state:CUB voted_no A/RES/73/266",
            ],
        },
    ],
    negatives: &[
        "Cuba argued against (in its words) resolution 73/27.",
        "Cuba and Iran voted against (as expected).",
    ],
};

pub(super) const VOTE_COLUMNS_RULE: Rule = Rule {
    name: "vote-columns",
    relation: Relation::VotedYes,
    scope: Scope::Sentence,
    trigger: &crate::extract::votes::COLUMN,
    read: Read::VoteColumns,
    examples: &[
        Example {
            text: "Recorded vote on resolution 73/27:\n\nIn favour: Algeria, Brazil, China.\n\nAgainst: Canada, France.\n\nAbstaining: Chile.\n\nAbsent: Peru.",
            claims: &[
                "state:DZA voted_yes A/RES/73/27",
                "state:BRA voted_yes A/RES/73/27",
                "state:CHN voted_yes A/RES/73/27",
                "state:CAN voted_no A/RES/73/27",
                "state:FRA voted_no A/RES/73/27",
                "state:CHL abstained A/RES/73/27",
            ],
        },
        Example {
            text: "The vote on draft A/C.1/73/L.37 was: in favour: Ghana, Kenya; against: Cuba.",
            claims: &[
                "state:GHA voted_yes A/C.1/73/L.37",
                "state:CUB voted_no A/C.1/73/L.37",
            ],
        },
    ],
    negatives: &[
        "Absent: Peru and Chile, at the vote on resolution 73/27.",
        "In favour: Ghana and Kenya, said the note on the meeting.",
    ],
};

pub(super) const VOTE_NAMED_RULE: Rule = Rule {
    name: "vote-named",
    relation: Relation::VotedNo,
    scope: Scope::Clause,
    trigger: &crate::extract::votes::VOTED,
    read: Read::NamedVoters,
    examples: &[Example {
        text: "The United States, the United Kingdom and Georgia voted against resolution 73/27.",
        claims: &[
            "state:USA voted_no A/RES/73/27",
            "state:GBR voted_no A/RES/73/27",
            "state:GEO voted_no A/RES/73/27",
        ],
    }],
    negatives: &["Observers said that the vote was close, and nobody voted against the agenda."],
};

pub(super) const VOTERS_AFTER_RULE: Rule = Rule {
    name: "vote-voters-after",
    relation: Relation::VotedNo,
    scope: Scope::Clause,
    trigger: &crate::extract::votes::VOTERS_AFTER,
    read: Read::VotersAfter,
    examples: &[
        Example {
            text: "Draft A/C.1/73/L.37 was approved by 139 votes to 11. Voting against were China, Cuba and Iran, while Belarus abstained.",
            claims: &[
                "state:CHN voted_no A/C.1/73/L.37",
                "state:CUB voted_no A/C.1/73/L.37",
                "state:IRN voted_no A/C.1/73/L.37",
            ],
        },
        Example {
            text: "On resolution 73/27, those voting in favour included Algeria and Angola; abstaining were Brazil and Chile; voting against was Albania.",
            claims: &[
                "state:DZA voted_yes A/RES/73/27",
                "state:AGO voted_yes A/RES/73/27",
                "state:BRA abstained A/RES/73/27",
                "state:CHL abstained A/RES/73/27",
                "state:ALB voted_no A/RES/73/27",
            ],
        },
        // The act named between the vote word and the verb.
        Example {
            text: "Among those voting no on resolution 73/27 were Albania, Canada and Japan.",
            claims: &[
                "state:ALB voted_no A/RES/73/27",
                "state:CAN voted_no A/RES/73/27",
                "state:JPN voted_no A/RES/73/27",
            ],
        },
    ],
    negatives: &[
        "On resolution 73/27, voting against was not an option for Cuba.",
        "Voting against were few, said Chile of resolution 73/27.",
    ],
};

pub(super) const DRAFT_BECOMES_RULE: Rule = Rule {
    name: "draft-becomes",
    relation: Relation::Becomes,
    scope: Scope::Sentence,
    trigger: &crate::extract::votes::BECAME,
    read: Read::DraftBecomes,
    examples: &[Example {
        text: "The draft A/C.1/73/L.27/Rev.1 became resolution 73/27 a month later.",
        claims: &["A/C.1/73/L.27/Rev.1 becomes A/RES/73/27"],
    }],
    negatives: &[
        "Resolution 73/27 became the basis of draft A/C.1/74/L.49.",
        "The draft A/C.1/73/L.37 was approved, while resolution 73/27 was adopted.",
    ],
};
