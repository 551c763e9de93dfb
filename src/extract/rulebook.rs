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

use super::pattern::{Any, Folded, FoldedSet};
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
    /// Adoption date and mode of a resolution.
    Adoption,
    /// "introduced by A and B": the states after the cue, each cue with its own resolution.
    SponsorPassive,
    /// "A and B introduced a draft resolution": the states before the cue.
    SponsorActive,
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
    /// "The draft A/C.1/73/L.27/Rev.1 became resolution 73/27" -> `becomes`.
    DraftBecomes,
    /// "Co-sponsors of resolution 73/266 included A and B."
    SponsorsOf,
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

static MEMBERS_OF_GROUP: Folded = Folded::new(
    r"(?i)\bmembers?\s+of\s+(?:the\s+|this\s+|that\s+)?(?:[\w/.-]+\s+){0,6}?(?:groups?|gges?|oewgs?|experts)\b|\b(?:group|gge|oewg)(?:\s+of\s+governmental\s+experts)?(?:\s+(?:19|20)\d\d(?:[/-]\d{2,4})?)?,?\s+(?:which\s+|that\s+)?(?:included|includes)\b|\bcomposition\s+of\s+the\s+(?:group|gge|oewg)\b|\b(?:whose|its|the)\s+members\s+include[ds]?\b|\b(?:selected|appointed|elected|chosen|named)\s+(?:to|for)\s+(?:the\s+)?(?:[\w/-]+\s+){0,3}?(?:group|gge)\b|\bseats?\s+(?:on|in)\s+the\s+(?:[\w/-]+\s+){0,3}?(?:group|gge)\b|\b(?:its|the)\s+members\s+(?:were|are|included?|comprised|came|come)\b|\bmembers\s+(?:were|are)\b|\b(?:had|has|have|with)\s+(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+members(?:\s+as\s+well)?,?\s+(?:among\s+them|among\s+whom|including|such\s+as|namely)\b|\bmembers:|^\s*(?:participants|participating\s+states|member\s+states|membership|composition)\s*:|\bmember\s+states\s+of\s+(?:the\s+)?(?:[\w/.-]+\s+){0,6}?(?:groups?|gges?|oewgs?)\b|\b(?:were|are|was|is)\s+(?:also\s+)?(?:its\s+)?members?\b",
);
static FOLLOWING_STATES: Folded = Folded::new(
    r"(?i)\bfollowing\s+(?:[\w-]+\s+){0,3}?(?:states|countries|nations|member states|governments)\b",
);
static EXPERTS_FROM: Folded = Folded::new(
    r"(?i)\bexperts?\s+(?:[\w-]+\s+){0,2}?(?:from|of)\b|\bexperts\s+(?:came|come|were drawn|are drawn)\s+from\b|\btook\s+part\b|\brepresentatives\s+of\b",
);
static PARTICIPATED: Folded = Folded::new(
    r"(?i)\bparticipat(?:ed|ing|es|e)\s+in\b|\bsat\s+on\b|\bserved\s+on\b|\brepresented\s+(?:in|on)\s+the\s+(?:[\w/-]+\s+){0,3}?(?:group|gge|experts)\b",
);
static COMPOSED_OF: Folded = Folded::new(
    r"(?i)\b(?:composed|made\s+up|consisted|consisting|comprised|comprising|consists)\s+of\b|\bcomprised\b",
);
static OTHERS_IN_GROUP: Folded = Folded::new(
    r"(?i)\b(?:others|the\s+rest|other\s+members)\s+(?:in|of|on)\s+the\s+(?:group|gge|panel)\s+(?:are|were|include[ds]?)\b|\bgroup\s+of\s+(?:\d+\s+|[a-z-]+\s+)?(?:nations|states|countries)\b(?u:[^.;]){0,20}?\bincluding\b|\bamong\s+(?:the\s+)?(?:\d{1,2}|[a-z]+(?:-[a-z]+)?)\s+(?:nations|states|countries)\b|\bamong\s+which\b",
);
static LIST_CUE: Folded = Folded::new(
    r"(?i)\b(?:countries|states|nations)\s+(?:on|in)\s+the\s+(?:panel|group|gge)\s+(?:included|include|were|are)\b|\bmembers?\b|\bmembership\b|\bfollowing\b|\bexperts?\b|\bparticipa|\bcomposed\b|\bcompris|\bconsist|\bappointed\b|\bnominated\b|\bcomposition\b",
);
/// A table header cell naming the column of member states.
pub(super) static MEMBER_CELL: Folded = Folded::new(
    r"(?i)^\s*(?:members?(?:\s+states?)?|member\s+countr(?:y|ies)|countr(?:y|ies)|states?|participating\s+states?|participants?)\s*$",
);
/// The member-count cue.
pub(super) static MEMBER_COUNT: Folded = Folded::gated(
    r"(?i)\b(?:with|had|of|comprising|comprised|made up of|composed of|consisted of|following|included)\s+(\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+(?:members|experts|member states|states|governmental experts)\b|\b(\d{1,3})-member\s+(?:GGE|group)\b",
    &["member", "expert", "states"],
);
/// The chair cue.
pub(super) static CHAIR_TRIGGER: Folded =
    Folded::new(r"(?i)\bchair(?:ed|s|man|woman|person|manship)?\b|\bpresided\b");
static ELECTED_CHAIR: Folded = Folded::new(
    r"(?i)\b(?:was|were|is|has been)\s+(?:\w+\s+){0,2}?(?:elected|appointed|chosen|named|designated)\s+(?:\w+\s+){0,3}?(?:as\s+|to\s+)?(?:its\s+|the\s+)?(?:chair|chairman|chairwoman|chairperson)\b",
);
static CHAIR_APPOSITION: Folded = Folded::new(
    r"(?i)(?:,|\s-|\s–)\s*(?:the\s+)?(?:chair|chairman|chairwoman|chairperson|chairs|chairmen|chairpersons|chairwomen)\s+of\b",
);
static ESTABLISH_VERB: Folded = Folded::new(
    r"(?i)\b(?:establish(?:es|ed|ing)?|establishment\s+of|set\s+up|sets\s+up|setting\s+up|convene[ds]?|convening|creat(?:e|ed|es|ing)|creation\s+of|mandat\w+|renew(?:s|ed|ing)?|follow-up\s+to)\b",
);
static ESTABLISHED_BY: Folded = Folded::new(
    r"(?i)\b(?:was|were|been|is|to be)\s+(?:\w+\s+){0,2}?(?:established|set up|convened|created|mandated)\b|,\s*(?:established|set up|convened|created|mandated)\s+(?:by|under|pursuant\s+to|in\s+accordance\s+with)\b",
);
/// The adoption cue.
pub(super) static ADOPT_VERB: Folded = Folded::new(
    r"(?i)\b(?:adopt(?:ed|s|ion)?|approv(?:ed|al))\b|\breports?\b(?u:[^.;]){0,60}?\b(?:adopted|agreed)\b",
);
static SPONSORED_BY: Folded = Folded::new(
    r"(?i)\b(?:introduced|sponsored|co-sponsored|cosponsored|tabled|submitted|put\s+forward|proposed|presented|drafted|initiated)\s+(?:jointly\s+|together\s+)?by\b|\bat\s+the\s+initiative\s+of\b",
);
static SPONSOR_VERB: Folded = Folded::new(
    r"(?i)\b(?:introduced|tabled|submitted|sponsored|co-sponsored|proposed|put forward|presented|drafted)\b",
);
static SPONSORS_OF: Folded = Folded::new(r"(?i)\b(?:co-?sponsors|sponsors|authors)\s+of\b");
static SPONSOR_ADJECTIVE: Folded = Folded::new(r"(?i)\b(?:resolution|draft|proposal|text)s?\b");
static REPORT_WORD: Folded = Folded::new(r"(?i)\breports?\b");
static SUCCEED_VERB: Folded = Folded::new(
    r"(?i)\b(?:(was\s+)?succeeded(\s+by)?|(was\s+)?followed(\s+by)?|follow-up to|successor (?:to|of)|continued the work of|took over from)\b",
);
static NORM_CUE: Folded = Folded::new(r"(?i)\bnorms?\b|\b13\s?\([a-k]\)");

/// Every rule, in the order they are tried on a sentence. Rules of one relation marked
/// by [`Read::Members`] stop at the first that reads a claim, so a sentence that matches
/// several membership cues is read once.
pub(super) static RULES: &[Rule] = &[
    Rule {
        name: "members-of-group",
        relation: Relation::MemberOf,
        scope: Scope::Clause,
        trigger: &MEMBERS_OF_GROUP,
        read: Read::Members,
        examples: &[
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
            "# Cyber talks\n\nThe group met in 2013 and 2015; its members were Brazil and Kenya.",
            "# GGE 2019-2021\n\nParticipants: Chile, Peru and Ghana attended a workshop on cyber capacity.",
            "Fiji was not a member of the 2016-2017 GGE.",
            "# GGE 2014/2015\n\nThe members of the Group, chaired by Ana Ruiz (Peru), met in Geneva.",
            "Fiji called for a broader membership, noting that the 2016-2017 GGE had only 25 members.",
            "The permanent members of the Security Council, China and France, spoke at the GGE 2014/2015.",
            "Tonga wants to become a member of the next GGE after the 2019-2021 one.",
            "# GGE 2016/2017\n\nBrazil proposed that Chile and Peru become members of the next GGE.",
            "# GGE 2014/2015\n\nJordan Smith was a member of the Group's secretariat staff.",
        ],
    },
    Rule {
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
    },
    Rule {
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
            "# GGE 2016/2017\n\nExperts of the Group visited Kenya and Ghana during the mandate.",
            "# GGE 2016/2017\n\nThe Group, chaired by Ana Ruiz (Peru), included experts from the region.",
            "# GGE 2016/2017\n\nA statement on behalf of Cuba was read to the experts from the Secretariat.",
        ],
    },
    Rule {
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
                text: "Peru participated in the 2012/2013 GGE and hosted a meeting of the 2014-2015 GGE.",
                claims: &["state:PER member_of gge-2012-2013"],
            },
        ],
        negatives: &[
            "Ghana hoped to serve on the sixth GGE together with Kenya and Mali.",
            "Peru hoped to have participated in the 2012/2013 GGE.",
            "All Member States may participate in the OEWG 2021-2025, said Peru.",
        ],
    },
    Rule {
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
    },
    Rule {
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
    },
    Rule {
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
    },
    Rule {
        name: "member-table",
        relation: Relation::MemberOf,
        scope: Scope::List,
        trigger: &MEMBER_CELL,
        read: Read::MemberList,
        examples: &[Example {
            text: "# GGE 2014/2015\n\n| Member State | Expert |\n|---|---|\n| Ghana | A. Person |\n| Kenya | B. Person |\n",
            claims: &[
                "state:GHA member_of gge-2014-2015",
                "state:KEN member_of gge-2014-2015",
            ],
        }],
        negatives: &["# Outer space\n\n| Member State | Vote |\n|---|---|\n| Ghana | yes |\n"],
    },
    Rule {
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
    },
    Rule {
        name: "chair-name-state",
        relation: Relation::Chairs,
        scope: Scope::Sentence,
        trigger: &CHAIR_TRIGGER,
        read: Read::Chair,
        examples: &[
            Example {
                text: "# GGE 2012/2013\n\nIts chairperson was Ana Ruiz of Peru.",
                claims: &[
                    "person:ana-ruiz chairs gge-2012-2013",
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
            "# GGE 2014/2015\n\nSaid Ion Popa (Romania), Chair of the First Committee, in his closing remarks.",
            "# GGE 2014/2015\n\nThe Dialogue was chaired by the Hon. Ana Ruiz, Minister of Peru.",
        ],
    },
    Rule {
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
    },
    Rule {
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
            Example {
                text: "I greet Ambassador Ana Ruiz and Ambassador Karl Weber – chairmen of the first OEWG and the latest Group of Governmental Experts (GGE).",
                claims: &[
                    "person:ana-ruiz chairs oewg-2019-2021",
                    "person:karl-weber chairs gge-2019-2021",
                ],
            },
        ],
        negatives: &["Ion Popa, Chair of the First Committee, spoke about the OEWG 2021-2025."],
    },
    Rule {
        name: "establish-active",
        relation: Relation::Establishes,
        scope: Scope::Sentence,
        trigger: &ESTABLISH_VERB,
        read: Read::EstablishActive,
        examples: &[
            Example {
                text: "Resolution 73/266 asked the Secretary-General to set up the sixth group.",
                claims: &["A/RES/73/266 establishes gge-2019-2021"],
            },
            Example {
                text: "Resolution 75/240 established the OEWG 2021-2025.",
                claims: &["A/RES/75/240 establishes oewg-2021-2025"],
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
        ],
        negatives: &[
            "Resolution 73/266 was backed by the third group of States to speak.",
            "By its resolution 77/250, the Assembly decided to convene a new Group of Governmental Experts on the prevention of an arms race in outer space.",
        ],
    },
    Rule {
        name: "establish-passive",
        relation: Relation::Establishes,
        scope: Scope::Sentence,
        trigger: &ESTABLISHED_BY,
        read: Read::EstablishPassive,
        examples: &[
            Example {
                text: "The GGE 2014/2015 was established by resolution 68/243.",
                claims: &["A/RES/68/243 establishes gge-2014-2015"],
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
        negatives: &["The group on fissile material was established by resolution 71/259."],
    },
    Rule {
        name: "adoption",
        relation: Relation::Adoption,
        scope: Scope::Sentence,
        trigger: &ADOPT_VERB,
        read: Read::Adoption,
        examples: &[
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
        ],
        negatives: &[
            "The first OEWG, set up by resolution 73/27, adopted its final report by consensus in March 2021.",
            "Resolution 68/243 was discussed on 27 December 2013.",
            "3 November 2021\n\nThe First Committee approved the text on \"Developments in the field of information and telecommunications in the context of international security\" without a vote.",
        ],
    },
    Rule {
        name: "sponsor-passive",
        relation: Relation::Sponsors,
        scope: Scope::Clause,
        trigger: &SPONSORED_BY,
        read: Read::SponsorPassive,
        examples: &[
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
            },
        ],
        negatives: &["The report was introduced by the Chair of the GGE 2014/2015."],
    },
    Rule {
        name: "sponsors-of",
        relation: Relation::Sponsors,
        scope: Scope::Clause,
        trigger: &SPONSORS_OF,
        read: Read::SponsorsOf,
        examples: &[
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
            "The sponsors of resolution 73/266 urged Iran and Cuba to join.",
            "The sponsors of resolution 73/266 met; Iran and Cuba did not attend.",
        ],
    },
    Rule {
        name: "sponsor-active",
        relation: Relation::Sponsors,
        scope: Scope::Clause,
        trigger: &SPONSOR_VERB,
        read: Read::SponsorActive,
        examples: &[
            Example {
                text: "Chile tabled A/C.1/73/L.37, which was approved by 139 votes to 11.",
                claims: &["state:CHL sponsors A/C.1/73/L.37"],
            },
            Example {
                text: "Resolution 73/27, which Russia drafted, set up an open-ended working group.",
                claims: &["state:RUS sponsors A/RES/73/27"],
            },
            Example {
                text: "Cuba and Ghana introduced resolution 70/237.",
                claims: &[
                    "state:CUB sponsors A/RES/70/237",
                    "state:GHA sponsors A/RES/70/237",
                ],
            },
        ],
        negatives: &["Cuba said resolution 70/237 was introduced last year."],
    },
    Rule {
        name: "sponsor-adjective",
        relation: Relation::Sponsors,
        scope: Scope::Clause,
        trigger: &SPONSOR_ADJECTIVE,
        read: Read::SponsorAdjective,
        examples: &[
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
            Example {
                text: "# UNGA adopts Russian proposal on ICT security\n\n5 Dec 2018\n\nThe General Assembly adopted resolution 73/27 by a recorded vote.",
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
            "The Swiss delegate spoke on resolution 70/237.",
            "At the 73rd session the Assembly adopted the Russian proposal on outer space.",
            "In 2018 Japan's draft on cybersecurity was approved.",
            "At the 75th session the First Committee approved a Russian draft on developments in the field of information and telecommunications.",
        ],
    },
    Rule {
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
    },
    Rule {
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
    },
    Rule {
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
    },
    Rule {
        name: "vote-parenthesised",
        relation: Relation::VotedNo,
        scope: Scope::Sentence,
        trigger: &super::votes::PARENTHESISED,
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
    },
    Rule {
        name: "vote-columns",
        relation: Relation::VotedYes,
        scope: Scope::Sentence,
        trigger: &super::votes::COLUMN,
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
    },
    Rule {
        name: "vote-named",
        relation: Relation::VotedNo,
        scope: Scope::Clause,
        trigger: &super::votes::VOTED,
        read: Read::NamedVoters,
        examples: &[Example {
            text: "The United States, the United Kingdom and Georgia voted against resolution 73/27.",
            claims: &[
                "state:USA voted_no A/RES/73/27",
                "state:GBR voted_no A/RES/73/27",
                "state:GEO voted_no A/RES/73/27",
            ],
        }],
        negatives: &[
            "Observers said that the vote was close, and nobody voted against the agenda.",
        ],
    },
    Rule {
        name: "draft-becomes",
        relation: Relation::Becomes,
        scope: Scope::Sentence,
        trigger: &super::votes::BECAME,
        read: Read::DraftBecomes,
        examples: &[Example {
            text: "The draft A/C.1/73/L.27/Rev.1 became resolution 73/27 a month later.",
            claims: &["A/C.1/73/L.27/Rev.1 becomes A/RES/73/27"],
        }],
        negatives: &[
            "Resolution 73/27 became the basis of draft A/C.1/74/L.49.",
            "The draft A/C.1/73/L.37 was approved, while resolution 73/27 was adopted.",
        ],
    },
];

/// Every rule's cue in one set, in [`RULES`] order: one scan of a sentence says which
/// rules can fire.
pub(super) static CUES: FoldedSet = FoldedSet::new(|| RULES.iter().map(|r| r.trigger).collect());

/// Every trigger pattern, for [`super::pattern::warm`].
pub(super) fn patterns() -> Vec<Any> {
    RULES.iter().map(|r| Any::Folded(r.trigger)).collect()
}
