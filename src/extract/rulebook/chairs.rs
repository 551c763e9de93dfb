//! The chair rules: a person next to a state near a chair cue, "was elected Chair", "Name,
//! Chair of the OEWG".

use super::cues::*;
use super::{Example, Read, Rule, Scope};
use crate::model::Relation;

pub(super) const CHAIR_NAME_STATE_RULE: Rule = Rule {
    name: "chair-name-state",
    relation: Relation::Chairs,
    scope: Scope::Sentence,
    trigger: &CHAIR_TRIGGER,
    read: Read::Chair,
    examples: &[
        Example {
            text: "# The OEWG 2019-2021\n\nThe group was chaired by Peru's ambassador, Ana Ruiz.",
            claims: &[
                "person:ana-ruiz chairs oewg-2019-2021",
                "person:ana-ruiz represents state:PER",
            ],
        },
        Example {
            text: "The fourth GGE (2014-2015) was led by Peru's Ana Ruiz.",
            claims: &[
                "person:ana-ruiz chairs gge-2014-2015",
                "person:ana-ruiz represents state:PER",
            ],
        },
        Example {
            text: "The GGE 2012-2013 was chaired by Ana Ruiz from Peru.",
            claims: &[
                "person:ana-ruiz chairs gge-2012-2013",
                "person:ana-ruiz represents state:PER",
            ],
        },
        Example {
            text: "# GGE 2012/2013\n\nIts chairperson was Ana Ruiz of Peru.",
            claims: &[
                "person:ana-ruiz chairs gge-2012-2013",
                "person:ana-ruiz represents state:PER",
            ],
        },
        Example {
            text: "# GGE 2019-2021\n\nAna Ruiz of Peru led its work.",
            claims: &[
                "person:ana-ruiz chairs gge-2019-2021",
                "person:ana-ruiz represents state:PER",
            ],
        },
        Example {
            text: "The 2016-2017 GGE, headed by Ana Ruiz of Peru, met four times.",
            claims: &[
                "person:ana-ruiz chairs gge-2016-2017",
                "person:ana-ruiz represents state:PER",
            ],
        },
        Example {
            text: "# GGE 2019-2021\n\nPeru's Ana Ruiz chaired it.",
            claims: &[
                "person:ana-ruiz chairs gge-2019-2021",
                "person:ana-ruiz represents state:PER",
            ],
        },
        Example {
            text: "# GGE 2019-2021\n\nAna Ruiz of Peru was its chair.",
            claims: &[
                "person:ana-ruiz chairs gge-2019-2021",
                "person:ana-ruiz represents state:PER",
            ],
        },
        Example {
            text: "# GGE 2014/2015\n\nAmbassador Ana Ruiz of Peru served as Chair.",
            claims: &[
                "person:ana-ruiz chairs gge-2014-2015",
                "person:ana-ruiz represents state:PER",
            ],
        },
        Example {
            text: "The 2014-2015 GGE met in Geneva. The group that followed was chaired by Ana Ruiz (Peru).",
            claims: &[
                "person:ana-ruiz chairs gge-2016-2017",
                "person:ana-ruiz represents state:PER",
            ],
        },
        Example {
            text: "Cyber talks resumed.\n\nA second group, set up under resolution 60/45, convened in 2009 and 2010 under the chairmanship of Ivan Petrov of Russia.",
            claims: &[
                "person:ivan-petrov chairs gge-2009-2010",
                "person:ivan-petrov represents state:RUS",
            ],
        },
        Example {
            text: "The GGE 2014/2015 was chaired by Ms. Ana Ruiz (Brazil).",
            claims: &[
                "person:ana-ruiz chairs gge-2014-2015",
                "person:ana-ruiz represents state:BRA",
            ],
        },
        Example {
            text: "The 2016-2017 GGE was chaired by Germany's Karl Weber.",
            claims: &[
                "person:karl-weber chairs gge-2016-2017",
                "person:karl-weber represents state:DEU",
            ],
        },
        Example {
            text: "# GGE 2016/2017\n\nThe Group was chaired by Jiří Kolář of Czechia.",
            claims: &["person:jiri-kolar chairs gge-2016-2017"],
        },
        Example {
            text: "The sixth GGE was chaired by Ambassador Ana Ruiz.",
            claims: &["person:ana-ruiz chairs gge-2019-2021"],
        },
        Example {
            text: "## GGE 2009/2010\n\nChair: Ivan Petrov (Russian Federation)",
            claims: &[
                "person:ivan-petrov chairs gge-2009-2010",
                "person:ivan-petrov represents state:RUS",
            ],
        },
        Example {
            text: "## GGE 2004/2005\n\nIt met three times. It was chaired by Ivan Petrov of Russia.",
            claims: &["person:ivan-petrov chairs gge-2004-2005"],
        },
        Example {
            text: "Karl Weber, who chaired the 2016-2017 GGE, said the talks failed.",
            claims: &["person:karl-weber chairs gge-2016-2017"],
        },
    ],
    negatives: &[
        "# GGE 2019-2021\n\nAll states could join the OEWG, which Ana Ruiz of Peru chaired.",
        "# GGE 2014/2015\n\nAna Ruiz of Peru served as Chair of the First Committee.",
        "# Cyber talks at the UN\n\nThe next GGE was chaired by Ana Ruiz (Peru).",
        "## Regional dialogue\n\nIt was chaired by Ivan Petrov of Russia.",
        "Chair: Ivan Petrov (Russian Federation)",
        "The Russian delegation to the OEWG, led by Ivan Petrov of Russia, spoke first.",
        "# GGE 2019-2021\n\nIvan Petrov of Russia led the talks with Kenya.",
        "# GGE 2014/2015\n\nSaid Ion Popa (Romania), Chair of the First Committee, in his closing remarks.",
        "# GGE 2014/2015\n\nThe Dialogue was chaired by the Hon. Ana Ruiz, Minister of Peru.",
    ],
};

pub(super) const ELECTED_CHAIR_RULE: Rule = Rule {
    name: "elected-chair",
    relation: Relation::Chairs,
    scope: Scope::Sentence,
    trigger: &ELECTED_CHAIR,
    read: Read::ElectedChair,
    examples: &[
        Example {
            text: "# OEWG 2021-2025\n\nAna Ruiz, Permanent Representative of Peru to the UN, was elected its Chair.",
            claims: &[
                "person:ana-ruiz chairs oewg-2021-2025",
                "person:ana-ruiz represents state:PER",
            ],
        },
        Example {
            text: "Petrov was elected as chair of the second GGE as well.",
            claims: &["person:petrov chairs gge-2009-2010"],
        },
    ],
    negatives: &["# GGE 2014/2015\n\nThe Committee was elected to chair the Dialogue."],
};

pub(super) const CHAIR_APPOSITION_RULE: Rule = Rule {
    name: "chair-apposition",
    relation: Relation::Chairs,
    scope: Scope::Sentence,
    trigger: &CHAIR_APPOSITION,
    read: Read::ChairApposition,
    examples: &[
        Example {
            text: "Ambassador Ana Ruiz, Chair of the OEWG 2021-2025, opened the session.",
            claims: &["person:ana-ruiz chairs oewg-2021-2025"],
        },
        // The title first, the name in apposition after the group.
        Example {
            text: "The Swiss chair of the OEWG 2019-2021, Jon Weber, presented the report.",
            claims: &[
                "person:jon-weber chairs oewg-2019-2021",
                "person:jon-weber represents state:CHE",
            ],
        },
        Example {
            text: "The German chair of the 2016-2017 group of governmental experts, Karl Weber, regretted the outcome.",
            claims: &[
                "person:karl-weber chairs gge-2016-2017",
                "person:karl-weber represents state:DEU",
            ],
        },
        Example {
            text: "I greet Ambassador Ana Ruiz and Ambassador Karl Weber – chairmen of the first OEWG and the latest Group of Governmental Experts (GGE).",
            claims: &[
                "person:ana-ruiz chairs oewg-2019-2021",
                "person:karl-weber chairs gge-2019-2021",
            ],
        },
    ],
    negatives: &[
        "Ion Popa, Chair of the First Committee, spoke about the OEWG 2021-2025.",
        "The chair of the First Committee, Ion Popa, spoke about the OEWG 2021-2025.",
        "The chair of the OEWG 2021-2025, Singapore, hosted a briefing.",
    ],
};
