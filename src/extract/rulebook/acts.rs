//! The rules about resolutions and drafts: establishing, adoption, sponsors.

use super::cues::*;
use super::{Example, Read, Rule, Scope};
use crate::model::Relation;

/// The text speaks of a new group and of the adoption of a resolution beside it; the
/// catalogue's word that the resolution set up a group of that kind makes the link, never
/// alone (no "new group", or no adoption, no claim).
pub(super) const NEW_GROUP_ADOPTED_RULE: Rule = Rule {
    name: "new-group-adopted",
    relation: Relation::Establishes,
    scope: Scope::Paragraph,
    trigger: &NEW_GROUP,
    read: Read::NewGroupAdopted,
    examples: &[
        Example {
            text: "The Assembly looked at what the new group of governmental experts would cost. It then adopted resolution 73/266 by a recorded vote.",
            claims: &["A/RES/73/266 establishes gge-2019-2021"],
        },
        Example {
            text: "Resolution 75/240 was adopted on 31 December 2020. The new OEWG is to meet in 2021.",
            claims: &["A/RES/75/240 establishes oewg-2021-2025"],
        },
    ],
    negatives: &[
        // 73/27 set up an OEWG, not the new GGE the sentence before speaks of.
        "The new GGE was to meet in 2019. Resolution 73/27 was adopted in 2018.",
        // No adoption in the paragraph.
        "The new GGE met in 2019 to discuss resolution 73/266.",
        // The adoption is in another paragraph.
        "The new GGE met in 2019.\n\nResolution 73/266 was adopted in 2018.",
        // What was adopted is the report.
        "The new GGE adopted its report; resolution 73/266 had asked for it.",
    ],
};

pub(super) const ESTABLISH_ACTIVE_RULE: Rule = Rule {
    name: "establish-active",
    relation: Relation::Establishes,
    scope: Scope::Sentence,
    trigger: &ESTABLISH_VERB,
    read: Read::EstablishActive,
    examples: &[
        Example {
            text: "In 2018 the Assembly set up an open-ended working group (resolution 73/27) and a new GGE (resolution 73/266).",
            claims: &[
                "A/RES/73/27 establishes oewg-2019-2021",
                "A/RES/73/266 establishes gge-2019-2021",
            ],
        },
        Example {
            text: "Resolution 60/45 (2005) provided for a second GGE. Resolution 68/243 paved the way for the 2014-2015 GGE.",
            claims: &[
                "A/RES/60/45 establishes gge-2009-2010",
                "A/RES/68/243 establishes gge-2014-2015",
            ],
        },
        Example {
            text: "Resolution 73/266 asked the Secretary-General to set up the sixth group.",
            claims: &["A/RES/73/266 establishes gge-2019-2021"],
        },
        Example {
            text: "Resolution 75/240 established the OEWG 2021-2025.",
            claims: &["A/RES/75/240 establishes oewg-2021-2025"],
        },
        Example {
            text: "Via A/RES/80/16, the Assembly endorsed the elements for the Global Mechanism on ICT security.",
            claims: &["A/RES/80/16 establishes mechanism-2026"],
        },
        Example {
            text: "The 2019-2021 GGE adopted its report. The GGE mandated by resolution 70/237 met in 2016.",
            claims: &["A/RES/70/237 establishes gge-2016-2017"],
        },
        Example {
            text: "By its resolution 73/266, the General Assembly requested the Secretary-General to establish a new Group of Governmental Experts.",
            claims: &["A/RES/73/266 establishes gge-2019-2021"],
        },
        Example {
            text: "The draft A/C.1/73/L.27/Rev.1 would convene an open-ended working group in 2019.",
            claims: &["A/C.1/73/L.27/Rev.1 establishes oewg-2019-2021"],
        },
        Example {
            text: "In resolution 68/243, the General Assembly asked for a new group to start work in 2014.",
            claims: &["A/RES/68/243 establishes gge-2014-2015"],
        },
        Example {
            text: "Through resolution 73/266 the Assembly mandated a further GGE.",
            claims: &["A/RES/73/266 establishes gge-2019-2021"],
        },
    ],
    negatives: &[
        "Resolution 75/240 provided for a discussion of the report of the 2019-2021 GGE.",
        "Resolution 70/237 called for the implementation of the norms of the 2014-2015 GGE.",
        "Resolution 73/27 asked for the views of States on the report of the 2014-2015 GGE.",
        "Resolution 76/19 paved the way for a merger of the OEWG 2021-2025 and the GGE tracks.",
        "Resolution 73/266 was backed by the third group of States to speak.",
        "By its resolution 77/250, the Assembly decided to convene a new Group of Governmental Experts on the prevention of an arms race in outer space.",
    ],
};

pub(super) const ESTABLISH_PASSIVE_RULE: Rule = Rule {
    name: "establish-passive",
    relation: Relation::Establishes,
    scope: Scope::Sentence,
    trigger: &ESTABLISHED_BY,
    read: Read::EstablishPassive,
    examples: &[
        Example {
            text: "Under resolution 68/243, a new group was formed in 2014.",
            claims: &["A/RES/68/243 establishes gge-2014-2015"],
        },
        // The group known only through the act the sentence says set it up.
        Example {
            text: "The OEWG was created by resolution 73/27.",
            claims: &["A/RES/73/27 establishes oewg-2019-2021"],
        },
        Example {
            text: "The GGE 2014/2015 was established by resolution 68/243.",
            claims: &["A/RES/68/243 establishes gge-2014-2015"],
        },
        Example {
            text: "The OEWG 2021-2025 met in New York. The group requested in A/RES/66/24 began work in 2012.",
            claims: &["A/RES/66/24 establishes gge-2012-2013"],
        },
        Example {
            text: "Pursuant to resolution 60/45 a Group of Governmental Experts was established in 2009.",
            claims: &["A/RES/60/45 establishes gge-2009-2010"],
        },
        Example {
            text: "A second group, set up under resolution 60/45, convened in 2009 and 2010.",
            claims: &["A/RES/60/45 establishes gge-2009-2010"],
        },
        Example {
            text: "By resolution 66/24 the Assembly asked for a further study, with the help of a group of governmental experts to be established in 2012.",
            claims: &["A/RES/66/24 establishes gge-2012-2013"],
        },
    ],
    negatives: &[
        // A body asked for, not one formed.
        "Resolution 56/19 asked for such a body to be formed in 2004.",
        "The group on fissile material was established by resolution 71/259.",
    ],
};

pub(super) const ADOPTION_RULE: Rule = Rule {
    name: "adoption",
    relation: Relation::AdoptedHow,
    scope: Scope::Sentence,
    trigger: &ADOPT_VERB,
    read: Read::Adoption,
    examples: &[
        // Acts adopted together each get the date and the mode.
        Example {
            text: "The US-drafted resolution 74/28 and the Russian-drafted resolution 74/29 were both adopted by recorded vote in December 2019.",
            claims: &[
                "A/RES/74/28 adopted_on 2019-12",
                "A/RES/74/29 adopted_on 2019-12",
                "A/RES/74/28 adoption recorded vote",
                "A/RES/74/29 adoption recorded vote",
            ],
        },
        Example {
            text: "The Committee approved, by a vote of 109 in favour to 45 against (Ghana, Peru), with 16 abstentions, the draft (document A/C.1/73/L.27/Rev.1).",
            claims: &["A/C.1/73/L.27/Rev.1 adoption First Committee: recorded vote 109-45-16"],
        },
        Example {
            text: "Resolution 68/243 was adopted on 27 December 2013 without a vote.",
            claims: &[
                "A/RES/68/243 adopted_on 2013-12-27",
                "A/RES/68/243 adoption without a vote",
            ],
        },
        Example {
            text: "5 December 2018\n\nActing on the advice of its First Committee, the General Assembly adopted the text on \"Developments in the field of information and telecommunications in the context of international security\" by a recorded vote of 119 in favour to 46 against, with 14 abstentions.",
            claims: &["A/RES/73/27 adoption recorded vote 119-46-14"],
        },
        Example {
            text: "It then approved draft A/C.1/75/L.8/Rev.1 as a whole by a recorded vote of 104 in favour to 50 against, with 20 abstentions.",
            claims: &["A/C.1/75/L.8/Rev.1 adoption First Committee: recorded vote 104-50-20"],
        },
    ],
    negatives: &[
        // One count is one vote, not the vote of two acts adopted together.
        "Resolutions 74/28 and 74/29 were both adopted in December 2019, one of them by 129 votes.",
        "The first OEWG, set up by resolution 73/27, adopted its final report by consensus in March 2021.",
        "Resolution 68/243 was discussed on 27 December 2013.",
        "3 November 2021\n\nThe First Committee approved the text on \"Developments in the field of information and telecommunications in the context of international security\" without a vote.",
    ],
};

pub(super) const VOTE_TALLY_RULE: Rule = Rule {
    name: "vote-tally",
    relation: Relation::AdoptedHow,
    scope: Scope::Sentence,
    trigger: &VOTE_COUNT,
    read: Read::VoteTally,
    examples: &[
        Example {
            text: "In the First Committee in 2018 the Russian draft on ICT security gathered 109 votes in favour to 45 against, and the US one 139 in favour to 11 against.",
            claims: &[
                "A/C.1/73/L.27/Rev.1 adoption First Committee: recorded vote 109-45",
                "A/C.1/73/L.37 adoption First Committee: recorded vote 139-11",
            ],
        },
        Example {
            text: "Resolution 73/27 passed 119-46, with 14 countries abstaining; resolution 73/266 got 138 yes votes, 12 no votes and 16 abstentions.",
            claims: &[
                "A/RES/73/27 adoption recorded vote 119-46-14",
                "A/RES/73/266 adoption recorded vote 138-12-16",
            ],
        },
        Example {
            text: "The vote on resolution 73/266 was 138 for, 12 against and 16 abstaining.",
            claims: &["A/RES/73/266 adoption recorded vote 138-12-16"],
        },
        Example {
            text: "In December 2019, 129 countries voted in favor of resolution 74/29.",
            claims: &["A/RES/74/29 adoption recorded vote 129 in favour"],
        },
        Example {
            text: "The US text, resolution 73/266, passed 139-11-18.",
            claims: &["A/RES/73/266 adoption recorded vote 139-11-18"],
        },
        Example {
            text: "Resolution 74/29 passed by 129 to 6, 46 abstaining.",
            claims: &["A/RES/74/29 adoption recorded vote 129-6-46"],
        },
        // The counts as news write them, naming the text inside them.
        Example {
            text: "5 December 2018\n\nIn all, 119 countries voted in favour of the Russian resolution on ICT security, 46 against and 14 abstained.",
            claims: &["A/RES/73/27 adoption recorded vote 119-46-14"],
        },
        Example {
            text: "Draft A/C.1/75/L.4 was tabled by the United States; draft A/C.1/75/L.8 was put forward by Russia. The US-backed text won 153 votes in favour; the Russian-sponsored one was approved with 104 votes.",
            claims: &[
                "A/C.1/75/L.4 adoption First Committee: recorded vote 153 in favour",
                "A/C.1/75/L.8 adoption First Committee: recorded vote 104 in favour",
            ],
        },
        Example {
            text: "The Russian-led resolution on ICT security was adopted in December 2019. There were 129 votes in favour of the resolution this time.",
            claims: &["A/RES/74/29 adoption recorded vote 129 in favour"],
        },
    ],
    negatives: &[
        "The group grew from 15 to 25 members in 2016.",
        "Resolution 74/29 was adopted. In the vote on the outer space resolution, 129 countries voted in favour.",
        "Fiji said 25 States voted for the idea of a new group.",
        "The Committee retained operative paragraph 1 of draft A/C.1/75/L.8/Rev.1 by a recorded vote of 92 in favour to 52 against, with 24 abstentions.",
    ],
};

/// Separate votes on single paragraphs, kept apart from the vote on the whole text.
pub(super) const PART_VOTE_RULE: Rule = Rule {
    name: "part-vote",
    relation: Relation::PartVote,
    scope: Scope::Sentence,
    trigger: &crate::extract::rules::PARAGRAPH_VOTE,
    read: Read::PartVote,
    examples: &[
        Example {
            text: "The Committee retained operative paragraph 1 of draft A/C.1/75/L.8/Rev.1 by a recorded vote of 92 in favour to 52 against, with 24 abstentions.",
            claims: &[
                "A/C.1/75/L.8/Rev.1 part_vote First Committee: operative paragraph 1, recorded vote 92-52-24",
            ],
        },
        Example {
            text: "The First Committee then took up draft A/C.1/74/L.49/Rev.1. By 108 votes to 49, with 11 abstentions, it decided to retain preambular paragraph 10.",
            claims: &[
                "A/C.1/74/L.49/Rev.1 part_vote First Committee: preambular paragraph 10, recorded vote 108-49-11",
            ],
        },
    ],
    negatives: &[
        "It then approved draft A/C.1/75/L.8/Rev.1 as a whole by 104 votes to 50, with 20 abstentions.",
        "The Committee held separate votes on two paragraphs of draft A/C.1/75/L.8/Rev.1.",
        "Paragraph 13 of report A/70/174 sets out the norms that 20 experts agreed.",
        // The separate vote is on the second draft, which no symbol identifies: not on the
        // first one, named before it.
        "In 2020 the First Committee approved draft A/C.1/75/L.4 by 153 votes to 11. It then approved a draft resolution on developments in the field of information and telecommunications by 104 votes to 50. Before that, it decided by 92 votes to 52 to retain operative paragraph 1.",
    ],
};

pub(super) const SPONSOR_PASSIVE_RULE: Rule = Rule {
    name: "sponsor-passive",
    relation: Relation::Sponsors,
    scope: Scope::Clause,
    trigger: &SPONSORED_BY,
    read: Read::SponsorPassive,
    examples: &[
        Example {
            text: "Resolution 76/19 was co-sponsored by both the Russian Federation and the United States.",
            claims: &[
                "state:RUS sponsors A/RES/76/19",
                "state:USA sponsors A/RES/76/19",
            ],
        },
        // The number set off by commas after the words that describe the resolution.
        Example {
            text: "The resolution establishing the OEWG, 73/27, was sponsored by Russia and China.",
            claims: &[
                "state:RUS sponsors A/RES/73/27",
                "state:CHN sponsors A/RES/73/27",
            ],
        },
        Example {
            text: "Draft A/C.1/73/L.37, submitted on behalf of a group of States by the United States, was approved.",
            claims: &["state:USA sponsors A/C.1/73/L.37"],
        },
        // A draft named by number only is read in the session the document names.
        Example {
            text: "First Committee, seventy-third session\n\nDraft resolution L.27 was tabled by the Russian Federation.",
            claims: &["state:RUS sponsors A/C.1/73/L.27"],
        },
        Example {
            text: "Resolution 70/237 was co-sponsored by 31 States, including Chile and Japan.",
            claims: &[
                "state:CHL sponsors A/RES/70/237",
                "state:JPN sponsors A/RES/70/237",
            ],
        },
        Example {
            text: "Resolution 53/70 was introduced by the Russian Federation.",
            claims: &["state:RUS sponsors A/RES/53/70"],
        },
        Example {
            text: "The draft A/C.1/73/L.27/Rev.1 was put forward by Peru along with Chile and Cuba.",
            claims: &[
                "state:PER sponsors A/C.1/73/L.27/Rev.1",
                "state:CHL sponsors A/C.1/73/L.27/Rev.1",
                "state:CUB sponsors A/C.1/73/L.27/Rev.1",
            ],
        },
        Example {
            text: "Unlike resolution 73/27, which was introduced by the Russian Federation, resolution 73/266 was introduced by the United States.",
            claims: &[
                "state:RUS sponsors A/RES/73/27",
                "state:USA sponsors A/RES/73/266",
            ],
        },
        Example {
            text: "The draft (A/C.1/73/L.27.Rev.1) was tabled by the Russian Federation.",
            claims: &["state:RUS sponsors A/C.1/73/L.27/Rev.1"],
        },
        Example {
            text: "8 November 2018\n\nThe Committee approved resolution L.23 tabled by the Russian Federation.",
            claims: &["state:RUS sponsors A/C.1/73/L.23"],
        }, // The verb gapped in the second conjunct.
        Example {
            text: "Resolution 73/27 was tabled by Russia, and resolution 73/266 by the United States.",
            claims: &[
                "state:RUS sponsors A/RES/73/27",
                "state:USA sponsors A/RES/73/266",
            ],
        },
    ],
    negatives: &["The report was introduced by the Chair of the GGE 2014/2015."],
};

pub(super) const SPONSORS_OF_RULE: Rule = Rule {
    name: "sponsors-of",
    relation: Relation::Sponsors,
    scope: Scope::Clause,
    trigger: &SPONSORS_OF,
    read: Read::SponsorsOf,
    examples: &[
        // The states before the cue, joined to it by a copula only.
        Example {
            text: "China, Cuba and Iran were among the co-sponsors of resolution 73/27.",
            claims: &[
                "state:CHN sponsors A/RES/73/27",
                "state:CUB sponsors A/RES/73/27",
                "state:IRN sponsors A/RES/73/27",
            ],
        },
        Example {
            text: "Co-sponsors of resolution 73/266 included Chile, Japan and Ghana.",
            claims: &[
                "state:CHL sponsors A/RES/73/266",
                "state:JPN sponsors A/RES/73/266",
                "state:GHA sponsors A/RES/73/266",
            ],
        },
        Example {
            text: "Among the sponsors of draft resolution A/C.1/73/L.37 were Canada and Peru.",
            claims: &[
                "state:CAN sponsors A/C.1/73/L.37",
                "state:PER sponsors A/C.1/73/L.37",
            ],
        },
    ],
    negatives: &[
        "China and Cuba said that the co-sponsors of resolution 73/27 were many.",
        "The sponsors of resolution 73/266 urged Iran and Cuba to join.",
        "The sponsors of resolution 73/266 met; Iran and Cuba did not attend.",
    ],
};

pub(super) const SPONSOR_ACTIVE_RULE: Rule = Rule {
    name: "sponsor-active",
    relation: Relation::Sponsors,
    scope: Scope::Clause,
    trigger: &SPONSOR_VERB,
    read: Read::SponsorActive,
    examples: &[
        Example {
            text: "The United States, joined by Canada and Japan, tabled resolution 73/266.",
            claims: &[
                "state:USA sponsors A/RES/73/266",
                "state:CAN sponsors A/RES/73/266",
                "state:JPN sponsors A/RES/73/266",
            ],
        },
        Example {
            text: "Chile tabled A/C.1/73/L.37, which was approved by 139 votes to 11.",
            claims: &["state:CHL sponsors A/C.1/73/L.37"],
        },
        Example {
            text: "Resolution 73/27, which Russia drafted, set up an open-ended working group.",
            claims: &["state:RUS sponsors A/RES/73/27"],
        },
        Example {
            text: "Two drafts were introduced: A/C.1/73/L.27 by Russia and A/C.1/73/L.37 by the United States.",
            claims: &[
                "state:RUS sponsors A/C.1/73/L.27",
                "state:USA sponsors A/C.1/73/L.37",
            ],
        },
        // The act named by its sponsor's nationality after the verb.
        Example {
            text: "5 December 2018\n\nChina, Cuba and Iran co-sponsored the Russian draft on ICT security.",
            claims: &[
                "state:CHN sponsors A/RES/73/27",
                "state:CUB sponsors A/RES/73/27",
                "state:IRN sponsors A/RES/73/27",
            ],
        },
        // The pronoun of a state's own statement.
        Example {
            text: "In its statement, Ghana said that it had co-sponsored resolution 70/237.",
            claims: &["state:GHA sponsors A/RES/70/237"],
        },
        Example {
            text: "Cuba and Ghana introduced resolution 70/237.",
            claims: &[
                "state:CUB sponsors A/RES/70/237",
                "state:GHA sponsors A/RES/70/237",
            ],
        },
        // A dateline without its year: the story is of the one year its lead names, and
        // the catalogue knows the US draft of that session.
        Example {
            text: "GENEVA, 16 December. /Agency/. More States backed the Russian text on cybersecurity in 2019 than a year before.\n\nAt the First Committee, the United States presented its own draft resolution on cybersecurity.",
            claims: &["state:USA sponsors A/C.1/74/L.49/Rev.1"],
        },
    ],
    negatives: &[
        "Cuba said resolution 70/237 was introduced last year.",
        // "it" is the text, or the state that said so is not its subject.
        "Cuba said that it was sponsored by Russia.",
        "Cuba said that it had not co-sponsored resolution 70/237.",
        "Cuba said that it would never co-sponsor resolution 70/237.",
        "Two drafts were introduced: A/C.1/73/L.27, then A/C.1/73/L.37 by consensus.",
        "Two drafts were introduced: statements on A/C.1/73/L.27 by Cuba and Iran followed.",
        // The lead names two years: the story's year is unknown, so is the draft.
        "GENEVA, 16 December. /Agency/. States compared the votes of 2018 and 2019.\n\nAt the First Committee, the United States presented its own draft resolution on cybersecurity.",
    ],
};

pub(super) const SPONSOR_INTRODUCING_RULE: Rule = Rule {
    name: "sponsor-introducing",
    relation: Relation::Sponsors,
    scope: Scope::Sentence,
    trigger: &INTRODUCING,
    read: Read::SponsorIntroducing,
    examples: &[
        Example {
            text: "Introducing draft resolution A/C.1/73/L.27/Rev.1, the representative of the Russian Federation said the text set out rules of conduct.",
            claims: &["state:RUS sponsors A/C.1/73/L.27/Rev.1"],
        },
        Example {
            text: "The representative of the United States, introducing draft resolution A/C.1/73/L.37, said it built on the reports of the groups.",
            claims: &["state:USA sponsors A/C.1/73/L.37"],
        },
        Example {
            text: "Draft resolution A/C.1/74/L.49/Rev.1 was then taken up. Introducing the draft, Japan's delegate recalled the norms.",
            claims: &["state:JPN sponsors A/C.1/74/L.49/Rev.1"],
        },
    ],
    negatives: &[
        // Two speakers: which one introduced it is not said.
        "Introducing draft resolution A/C.1/73/L.37, the representative of Ghana thanked the delegate of Peru.",
        // Nobody speaking for a state.
        "Introducing draft resolution A/C.1/73/L.37 took longer than planned for Chile.",
    ],
};

pub(super) const SPONSOR_ADJECTIVE_RULE: Rule = Rule {
    name: "sponsor-adjective",
    relation: Relation::Sponsors,
    scope: Scope::Clause,
    trigger: &SPONSOR_ADJECTIVE,
    read: Read::SponsorAdjective,
    examples: &[
        Example {
            text: "Resolution 73/27, a Russian initiative, set up the first OEWG.",
            claims: &["state:RUS sponsors A/RES/73/27"],
        },
        Example {
            text: "At the 73rd session the Assembly adopted the Russian proposal on ICTs.",
            claims: &["state:RUS sponsors A/RES/73/27"],
        },
        Example {
            text: "More states voted for the Russian-led resolution on cybersecurity in 2019 than a year before.",
            claims: &["state:RUS sponsors A/RES/74/29"],
        },
        Example {
            text: "The Russian-American resolution on conduct in cyberspace was adopted without a vote.",
            claims: &[
                "state:RUS sponsors A/RES/76/19",
                "state:USA sponsors A/RES/76/19",
            ],
        },
        Example {
            text: "The US resolution (A/C.1/73/L.37) calls for another GGE.",
            claims: &["state:USA sponsors A/C.1/73/L.37"],
        },
        Example {
            text: "The Russian-sponsored draft A/C.1/75/L.8 was approved.",
            claims: &["state:RUS sponsors A/C.1/75/L.8"],
        },
        // No symbol: the act the text said the sponsor put forward.
        Example {
            text: "The United States tabled draft A/C.1/73/L.37 in October.\n\nIn November the US draft was approved.",
            claims: &["state:USA sponsors A/C.1/73/L.37"],
        },
        Example {
            text: "# UNGA adopts Russian proposal on ICT security\n\n5 Dec 2018\n\nThe General Assembly adopted resolution 73/27 by a recorded vote.",
            claims: &["state:RUS sponsors A/RES/73/27"],
        },
        Example {
            text: "Russia's resolution 73/27 was adopted by a recorded vote.",
            claims: &["state:RUS sponsors A/RES/73/27"],
        },
        Example {
            text: "Russia's resolution 73/27 and the US-drafted resolution 73/266 were both adopted.",
            claims: &[
                "state:RUS sponsors A/RES/73/27",
                "state:USA sponsors A/RES/73/266",
            ],
        },
        Example {
            text: "At the 76th session the Assembly adopted a Russia-US draft resolution on ICTs.",
            claims: &[
                "state:RUS sponsors A/RES/76/19",
                "state:USA sponsors A/RES/76/19",
            ],
        },
    ],
    negatives: &[
        "On the Russian initiative, and in line with resolution 60/45, the group was established in 2009.",
        "The Swiss delegate spoke on resolution 70/237.",
        "At the 73rd session the Assembly adopted the Russian proposal on outer space.",
        "In 2018 Japan's draft on cybersecurity was approved.",
        "At the 75th session the First Committee approved a Russian draft on developments in the field of information and telecommunications.",
    ],
};
