//! The membership rules: states after a cue in its clause, lists and tables a cue opens,
//! member counts.

use super::cues::*;
use super::{Example, Read, Rule, Scope};
use crate::model::Relation;

pub(super) const MEMBERS_OF_GROUP_RULE: Rule = Rule {
    name: "members-of-group",
    relation: Relation::MemberOf,
    scope: Scope::Clause,
    trigger: &MEMBERS_OF_GROUP,
    read: Read::Members,
    examples: &[
        Example {
            text: "The 2019-2021 GGE's members included Estonia and Norway.",
            claims: &[
                "state:EST member_of gge-2019-2021",
                "state:NOR member_of gge-2019-2021",
            ],
        },
        Example {
            text: "Seats on the 2014-2015 group went to Belarus, Brazil and Egypt.",
            claims: &[
                "state:BLR member_of gge-2014-2015",
                "state:BRA member_of gge-2014-2015",
                "state:EGY member_of gge-2014-2015",
            ],
        },
        Example {
            text: "The 2016-17 GGE had 25 members, among them Botswana, Cuba and Mexico.",
            claims: &[
                "state:BWA member_of gge-2016-2017",
                "state:CUB member_of gge-2016-2017",
                "state:MEX member_of gge-2016-2017",
            ],
        },
        Example {
            text: "# Cyber norms\n\nThe first GGE met in 2004 and 2005. A second group, set up under resolution 60/45, met in 2009 and 2010. Its members were drawn from Belarus and Qatar.",
            claims: &[
                "state:BLR member_of gge-2009-2010",
                "state:QAT member_of gge-2009-2010",
            ],
        },
        Example {
            text: "The 2014-2015 GGE met in Geneva. The group that followed (2016-2017) had 25 members as well, among them Botswana and Cuba.",
            claims: &[
                "state:BWA member_of gge-2016-2017",
                "state:CUB member_of gge-2016-2017",
            ],
        },
        Example {
            text: "Kenya was proud to serve as a member of the Group of Governmental Experts in 2014-2015 and again in 2016-2017.",
            claims: &[
                "state:KEN member_of gge-2014-2015",
                "state:KEN member_of gge-2016-2017",
            ],
        },
        Example {
            text: "Of the 25 states on the 2016-2017 GGE, Botswana and Senegal were first-time members.",
            claims: &[
                "state:BWA member_of gge-2016-2017",
                "state:SEN member_of gge-2016-2017",
            ],
        },
        Example {
            text: "The 2019-2021 GGE's membership: Australia, Brazil and China, among others.",
            claims: &[
                "state:AUS member_of gge-2019-2021",
                "state:BRA member_of gge-2019-2021",
                "state:CHN member_of gge-2019-2021",
            ],
        },
        // The membership or composition of a group, named before a colon.
        Example {
            text: "Membership of the 2009-2010 group: Belarus, Qatar, Israel.",
            claims: &[
                "state:BLR member_of gge-2009-2010",
                "state:QAT member_of gge-2009-2010",
                "state:ISR member_of gge-2009-2010",
            ],
        },
        Example {
            text: "Composition of the 2012-2013 GGE: Belarus and Qatar.",
            claims: &[
                "state:BLR member_of gge-2012-2013",
                "state:QAT member_of gge-2012-2013",
            ],
        },
        Example {
            text: "The 2009-2010 GGE brought together Qatar, Israel and Italy.",
            claims: &[
                "state:QAT member_of gge-2009-2010",
                "state:ISR member_of gge-2009-2010",
                "state:ITA member_of gge-2009-2010",
            ],
        },
        Example {
            text: "The group that convened in 2009 and 2010 included Qatar and Israel.",
            claims: &[
                "state:QAT member_of gge-2009-2010",
                "state:ISR member_of gge-2009-2010",
            ],
        },
        Example {
            text: "The 2014-2015 Group, whose 20 members included Ghana and Mexico, met in New York.",
            claims: &[
                "state:GHA member_of gge-2014-2015",
                "state:MEX member_of gge-2014-2015",
            ],
        },
        Example {
            text: "Chile has been a member of three of the six GGEs: 2014-15, 2016-17 and 2019-21.",
            claims: &[
                "state:CHL member_of gge-2014-2015",
                "state:CHL member_of gge-2016-2017",
                "state:CHL member_of gge-2019-2021",
            ],
        },
        Example {
            text: "# GGE 2016/2017\n\nThe group of governmental experts, which included Chile, Peru and Ghana, failed to agree.",
            claims: &[
                "state:CHL member_of gge-2016-2017",
                "state:PER member_of gge-2016-2017",
                "state:GHA member_of gge-2016-2017",
            ],
        },
        Example {
            text: "# GGE 2019-2021\n\nParticipants: Chile (Ms. Ana Ruiz), Peru (Mr. Juan Soto), Ghana.",
            claims: &[
                "state:CHL member_of gge-2019-2021",
                "state:PER member_of gge-2019-2021",
                "state:GHA member_of gge-2019-2021",
            ],
        },
        Example {
            text: "Member States of the 2016-2017 GGE: Chile; Peru; Ghana.",
            claims: &[
                "state:CHL member_of gge-2016-2017",
                "state:PER member_of gge-2016-2017",
                "state:GHA member_of gge-2016-2017",
            ],
        },
        Example {
            text: "The members of the GGE 2014/2015 were Brazil, Kenya and Malaysia.",
            claims: &[
                "state:BRA member_of gge-2014-2015",
                "state:KEN member_of gge-2014-2015",
                "state:MYS member_of gge-2014-2015",
            ],
        },
        Example {
            text: "# GGE 2016/2017\n\nGhana and Serbia were members of the Group.",
            claims: &[
                "state:GHA member_of gge-2016-2017",
                "state:SRB member_of gge-2016-2017",
            ],
        },
        Example {
            text: "Brazil was a member of the 2016-2017 GGE, but Fiji was not.",
            claims: &["state:BRA member_of gge-2016-2017"],
        },
        Example {
            text: "The 2016-2017 GGE, whose members include Botswana and Cuba, met in Geneva.",
            claims: &[
                "state:BWA member_of gge-2016-2017",
                "state:CUB member_of gge-2016-2017",
            ],
        },
        Example {
            text: "Kenya and Mauritius were selected for the 2019-2021 GGE; Senegal holds a seat on the 2019-2021 GGE.",
            claims: &[
                "state:KEN member_of gge-2019-2021",
                "state:MUS member_of gge-2019-2021",
                "state:SEN member_of gge-2019-2021",
            ],
        },
        Example {
            text: "The members of the GGE 2014/2015 were Ghana, Kenya and Mali, chaired by Ana Ruiz (Peru).",
            claims: &[
                "state:GHA member_of gge-2014-2015",
                "state:KEN member_of gge-2014-2015",
                "state:MLI member_of gge-2014-2015",
            ],
        },
    ],
    negatives: &[
        // Not the group bringing states together.
        "# GGE 2014/2015\n\nThe conference brought together Brazil and China.",
        "Was Fiji among the members of the 2016-2017 GGE?",
        "# Cyber talks\n\nThe group met in 2013 and 2015; its members were Brazil and Kenya.",
        "# GGE 2019-2021\n\nParticipants: Chile, Peru and Ghana attended a workshop on cyber capacity.",
        "Fiji was not a member of the 2016-2017 GGE.",
        "# GGE 2014/2015\n\nThe members of the Group, chaired by Ana Ruiz (Peru), met in Geneva.",
        "Fiji called for a broader membership, noting that the 2016-2017 GGE had only 25 members.",
        "The permanent members of the Security Council, China and France, spoke at the GGE 2014/2015.",
        "Tonga wants to become a member of the next GGE after the 2019-2021 one.",
        "# GGE 2016/2017\n\nBrazil proposed that Chile and Peru become members of the next GGE.",
        "# GGE 2014/2015\n\nJordan Smith was a member of the Group's secretariat staff.",
        "# GGE 2014/2015\n\nThe Security Council, whose permanent members include China and France, was briefed.",
    ],
};

pub(super) const FOLLOWING_STATES_RULE: Rule = Rule {
    name: "following-states",
    relation: Relation::MemberOf,
    scope: Scope::Clause,
    trigger: &FOLLOWING_STATES,
    read: Read::Members,
    examples: &[
        Example {
            text: "The GGE 2012/2013 had experts from the following States: Egypt, India and Japan.",
            claims: &[
                "state:EGY member_of gge-2012-2013",
                "state:IND member_of gge-2012-2013",
                "state:JPN member_of gge-2012-2013",
            ],
        },
        Example {
            text: "# The sixth GGE\n\nThe following 4 countries were appointed: Chile, Jordan, Norway and Singapore.",
            claims: &[
                "state:CHL member_of gge-2019-2021",
                "state:JOR member_of gge-2019-2021",
                "state:NOR member_of gge-2019-2021",
                "state:SGP member_of gge-2019-2021",
            ],
        },
    ],
    negatives: &[
        "At the GGE 2014/2015 the following States voted against: Cuba and Iran.",
        "The following States were observers at the 2016-2017 GGE: Georgia and Peru.",
    ],
};

pub(super) const EXPERTS_FROM_RULE: Rule = Rule {
    name: "experts-from",
    relation: Relation::MemberOf,
    scope: Scope::Clause,
    trigger: &EXPERTS_FROM,
    read: Read::Members,
    examples: &[
        Example {
            text: "# GGE 2009/2010\n\nFifteen experts took part, from Belarus, Estonia and Qatar.",
            claims: &[
                "state:BLR member_of gge-2009-2010",
                "state:EST member_of gge-2009-2010",
                "state:QAT member_of gge-2009-2010",
            ],
        },
        Example {
            text: "# The fifth UN GGE\n\nExperts came from Botswana, Cuba and Mexico, among others.",
            claims: &[
                "state:BWA member_of gge-2016-2017",
                "state:CUB member_of gge-2016-2017",
                "state:MEX member_of gge-2016-2017",
            ],
        },
        Example {
            text: "Participants in the group of 2009/10 came from Belarus and Qatar.",
            claims: &[
                "state:BLR member_of gge-2009-2010",
                "state:QAT member_of gge-2009-2010",
            ],
        },
        Example {
            text: "# GGE 2012/2013\n\nExperts of the 2009-10 group came from Belarus and Qatar.",
            claims: &[
                "state:BLR member_of gge-2009-2010",
                "state:QAT member_of gge-2009-2010",
            ],
        },
    ],
    negatives: &[
        "# Outer space\n\nExperts of the 2012-2013 group on outer space came from Peru and Chile.",
        "Observers from Georgia attended the meetings of the 2016-2017 GGE.",
        // Those who spoke to the group, not in it.
        "Experts from Georgia briefed the 2016-2017 GGE on regional work.",
        "Representatives of Ukraine addressed the 2014-2015 GGE as guests.",
        "# GGE 2016/2017\n\nExperts of the Group visited Kenya and Ghana during the mandate.",
        "# GGE 2016/2017\n\nThe Group, chaired by Ana Ruiz (Peru), included experts from the region.",
        "# GGE 2016/2017\n\nA statement on behalf of Cuba was read to the experts from the Secretariat.",
    ],
};

pub(super) const PARTICIPATED_IN_RULE: Rule = Rule {
    name: "participated-in",
    relation: Relation::MemberOf,
    scope: Scope::Clause,
    trigger: &PARTICIPATED,
    read: Read::Members,
    examples: &[
        Example {
            text: "Twenty-five countries were represented in the 2016-17 GGE: Botswana, Cuba and Mexico.",
            claims: &[
                "state:BWA member_of gge-2016-2017",
                "state:CUB member_of gge-2016-2017",
                "state:MEX member_of gge-2016-2017",
            ],
        },
        Example {
            text: "Ghana served on the sixth GGE together with Kenya and Mali.",
            claims: &[
                "state:GHA member_of gge-2019-2021",
                "state:KEN member_of gge-2019-2021",
                "state:MLI member_of gge-2019-2021",
            ],
        },
        Example {
            text: "Kenya was part of the 2019-2021 GGE. India joined the 2019-2021 GGE.",
            claims: &[
                "state:KEN member_of gge-2019-2021",
                "state:IND member_of gge-2019-2021",
            ],
        },
        Example {
            text: "Chile, Ghana and Kenya nominated experts to the sixth GGE.",
            claims: &[
                "state:CHL member_of gge-2019-2021",
                "state:GHA member_of gge-2019-2021",
                "state:KEN member_of gge-2019-2021",
            ],
        },
        Example {
            text: "Chile and Ghana sent experts to the sixth GGE; Kenya provided an expert for it.",
            claims: &[
                "state:CHL member_of gge-2019-2021",
                "state:GHA member_of gge-2019-2021",
                "state:KEN member_of gge-2019-2021",
            ],
        },
        Example {
            text: "Argentina, Canada and Indonesia participated in the 2012/2013 GGE.",
            claims: &[
                "state:ARG member_of gge-2012-2013",
                "state:CAN member_of gge-2012-2013",
                "state:IDN member_of gge-2012-2013",
            ],
        },
        Example {
            text: "Kenya has participated in the 2014-2015, 2016-2017 and 2019-2021 GGEs.",
            claims: &[
                "state:KEN member_of gge-2014-2015",
                "state:KEN member_of gge-2016-2017",
                "state:KEN member_of gge-2019-2021",
            ],
        },
        Example {
            text: "The 2016-2017 GGE counted Chile and Ghana among its members.",
            claims: &[
                "state:CHL member_of gge-2016-2017",
                "state:GHA member_of gge-2016-2017",
            ],
        },
        Example {
            text: "Chile and Ghana each had an expert on the 2016-2017 GGE.",
            claims: &[
                "state:CHL member_of gge-2016-2017",
                "state:GHA member_of gge-2016-2017",
            ],
        },
        Example {
            text: "Kenya was proud to serve on the 2014-2015 GGE.",
            claims: &["state:KEN member_of gge-2014-2015"],
        },
        Example {
            text: "Peru participated in the 2012/2013 GGE and hosted a meeting of the 2014-2015 GGE.",
            claims: &["state:PER member_of gge-2012-2013"],
        },
        // Nationalities name members only as the subject of experts sitting in a group.
        Example {
            text: "Brazilian, Chinese and Indian experts sat on the 2014-2015 GGE.",
            claims: &[
                "state:BRA member_of gge-2014-2015",
                "state:CHN member_of gge-2014-2015",
                "state:IND member_of gge-2014-2015",
            ],
        },
    ],
    negatives: &[
        "Swiss experts did not serve on the 2016-2017 GGE.",
        "# The 2016-2017 GGE\n\nRussian experts took part in a workshop on cyber hygiene.",
        "Ghana hoped to serve on the sixth GGE together with Kenya and Mali.",
        "Ghana is eager to serve on the sixth GGE.",
        "Ghana hoped to have an expert on the 2019-2021 GGE.",
        "Ghana stands ready to serve on the 2019-2021 GGE.",
        "Ghana would be honoured to serve on the 2019-2021 GGE.",
        "Ghana offered to serve on the 2019-2021 GGE.",
        "Ghana looks forward to serving on the 2019-2021 GGE.",
        "Peru hoped to have participated in the 2012/2013 GGE.",
        "All Member States may participate in the OEWG 2021-2025, said Peru.",
        "India joined the consensus on the report of the 2019-2021 GGE.",
        "Peru was part of the debate on the 2019-2021 GGE report.",
        "Ghana had hoped to send experts to the 2019-2021 GGE.",
        "Ghana never sent experts to the 2019-2021 GGE.",
        "Ghana sent a letter to the 2019-2021 GGE.",
        "Ghana sent experts to the GGE on the Arms Trade Treaty in 2019.",
    ],
};

pub(super) const COMPOSED_OF_RULE: Rule = Rule {
    name: "composed-of",
    relation: Relation::MemberOf,
    scope: Scope::Clause,
    trigger: &COMPOSED_OF,
    read: Read::Members,
    examples: &[Example {
        text: "The GGE 2004/2005 was made up of Jordan, Malaysia and Mali.",
        claims: &[
            "state:JOR member_of gge-2004-2005",
            "state:MYS member_of gge-2004-2005",
            "state:MLI member_of gge-2004-2005",
        ],
    }],
    negatives: &["The GGE on outer space was composed of experts of Chile and Italy."],
};

pub(super) const OTHERS_IN_GROUP_RULE: Rule = Rule {
    name: "others-in-group",
    relation: Relation::MemberOf,
    scope: Scope::Clause,
    trigger: &OTHERS_IN_GROUP,
    read: Read::Members,
    examples: &[
        Example {
            text: "# GGE 2009/2010\n\nOthers in the group are Israel, Italy and South Korea.",
            claims: &[
                "state:ISR member_of gge-2009-2010",
                "state:ITA member_of gge-2009-2010",
                "state:KOR member_of gge-2009-2010",
            ],
        },
        Example {
            text: "# UN cyber talks resume\n\nThe group of experts on cyber security at the UN last met in 2013 without agreement. Others in the group are Ghana and Peru.",
            claims: &[
                "state:GHA member_of gge-2014-2015",
                "state:PER member_of gge-2014-2015",
            ],
        },
        Example {
            text: "# The second GGE\n\nThe talks helped India and Brazil, two of the countries among the 15 states in the group.",
            claims: &[
                "state:IND member_of gge-2009-2010",
                "state:BRA member_of gge-2009-2010",
            ],
        },
    ],
    negatives: &[
        "Among the 20 states that voted at the GGE 2014/2015 were Peru and Chile.",
        "# Cyber talks at the UN\n\nOthers in the group are Ghana and Peru.",
    ],
};

pub(super) const MEMBER_LIST_RULE: Rule = Rule {
    name: "member-list",
    relation: Relation::MemberOf,
    scope: Scope::List,
    trigger: &LIST_CUE,
    read: Read::MemberList,
    examples: &[
        Example {
            text: "# GGE 2012-2013\n\nThe panel brought together experts from 15 nations. Countries on the panel included:\n\n- [Belarus](https://example.org/by)\n- Canada\n",
            claims: &[
                "state:BLR member_of gge-2012-2013",
                "state:CAN member_of gge-2012-2013",
            ],
        },
        Example {
            text: "# GGE 2014/2015\n\nThe members of the Group come from the following countries:\n\n- Belarus\n- Ghana\n- Republic of\n  Korea\n",
            claims: &[
                "state:BLR member_of gge-2014-2015",
                "state:GHA member_of gge-2014-2015",
                "state:KOR member_of gge-2014-2015",
            ],
        },
        Example {
            text: "# GGE 2012/2013\n\nThe members of the Group were the following.\n\n- Ms. Ana Ruiz (Peru)\n- Ghana: Mr. Kofi Mensah\n",
            claims: &[
                "state:PER member_of gge-2012-2013",
                "state:GHA member_of gge-2012-2013",
            ],
        },
        Example {
            text: "# GGE 2016-2017\n\nThe fifth group met in 2016 and 2017.\n\n## Participating countries\n\n- Botswana\n- Canada\n",
            claims: &[
                "state:BWA member_of gge-2016-2017",
                "state:CAN member_of gge-2016-2017",
            ],
        },
        Example {
            text: "# GGE 2016/2017\n\n## List of members\n\n| State | Expert |\n|---|---|\n| Botswana | A. Person |\n| Cuba | B. Person |\n",
            claims: &[
                "state:BWA member_of gge-2016-2017",
                "state:CUB member_of gge-2016-2017",
            ],
        },
    ],
    negatives: &[
        "# GGE 2012-2013\n\nCountries on the panel included observers:\n\n- Georgia\n- Peru\n",
        "# Outer space GGE\n\nThe following States nominated experts to the Group on outer space:\n\n- Chile\n- Hungary\n",
        "# GGE 2016/2017\n\nThe following States were observers:\n\n- Georgia\n- Peru\n",
    ],
};

pub(super) const MEMBER_TABLE_RULE: Rule = Rule {
    name: "member-table",
    relation: Relation::MemberOf,
    scope: Scope::List,
    trigger: &MEMBER_CELL,
    read: Read::MemberList,
    examples: &[
        Example {
            text: "# GGE 2014/2015\n\n| Member State | Expert |\n|---|---|\n| Ghana | A. Person |\n| Kenya | B. Person |\n",
            claims: &[
                "state:GHA member_of gge-2014-2015",
                "state:KEN member_of gge-2014-2015",
            ],
        },
        Example {
            text: "# GGE 2014/2015\n\n| No. | Country | Nominated by |\n|---|---|---|\n| 1 | Ghana | Kenya |\n",
            claims: &["state:GHA member_of gge-2014-2015"],
        },
    ],
    negatives: &["# Outer space\n\n| Member State | Vote |\n|---|---|\n| Ghana | yes |\n"],
};

pub(super) const MEMBER_COUNT_RULE: Rule = Rule {
    name: "member-count",
    relation: Relation::MemberCount,
    scope: Scope::Sentence,
    trigger: &MEMBER_COUNT,
    read: Read::MemberCount,
    examples: &[Example {
        text: "The GGE 2016/2017 had 25 members.",
        claims: &["gge-2016-2017 member_count 25"],
    }],
    negatives: &["The GGE 2016/2017 met 25 times."],
};
