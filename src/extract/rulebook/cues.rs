//! The cues of the rules: the patterns whose match makes a sentence worth reading for a
//! relation.

use crate::extract::pattern::Folded;

pub(super) static MEMBERS_OF_GROUP: Folded = Folded::new(
    r"(?i)\b(?:members?|membership|composition)\s+of\s+(?:the\s+|this\s+|that\s+)?(?:[\w/.-]+\s+){0,6}?(?:groups?|gges?|oewgs?|experts)\b|\b(?:group|gge|oewg)(?:\s+of\s+governmental\s+experts)?(?:\s+(?:19|20)\d\d(?:[/-]\d{2,4})?)?,?\s+(?:which\s+|that\s+)?(?:included|includes)\b|\b(?:group|gge|oewg|panel)\s+(?:has\s+|had\s+|also\s+)?brought\s+together\b|\b(?:group|gge|oewg)(?:\s+of\s+governmental\s+experts)?\s+(?:which|that)\s+(?:met|convened|sat|worked)\s+(?:in|from|between)\s+(?:19|20)\d\d(?:\s*(?:[/-]|to|and)\s*(?:19|20)?\d\d)?,?\s+(?:included|includes)\b|\b(?:whose|its|the)\s+(?:(?:\d{1,3}|(?:twenty|thirty|forty)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\s+)?members\s+include[ds]?\b|\b(?:group|gge|oewg)(?:\s+(?:19|20)\d\d(?:[/-]\d{2,4})?)?(?:'|’)s\s+members\s+(?:include[ds]?|were|are|comprised)\b|\b(?:selected|appointed|elected|chosen|named)\s+(?:to|for)\s+(?:the\s+)?(?:[\w/-]+\s+){0,3}?(?:group|gge)\b|\bseats?\s+(?:on|in)\s+the\s+(?:[\w/-]+\s+){0,3}?(?:group|gge)\b|\b(?:its|the)\s+members\s+(?:were|are|included?|comprised|came|come)\b|\bmembers\s+(?:were|are)\b|\b(?:had|has|have|with)\s+(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+members(?:\s+as\s+well)?,?\s+(?:among\s+them|among\s+whom|including|such\s+as|namely)\b|\bmembers:|^\s*(?:participants|participating\s+states|member\s+states|membership|composition)\s*:|\bmember\s+states\s+of\s+(?:the\s+)?(?:[\w/.-]+\s+){0,6}?(?:groups?|gges?|oewgs?)\b|\b(?:were|are|was|is)\s+(?:also\s+)?(?:its\s+)?(?:(?:first-time|new|founding|original)\s+)?members?\b|\b(?:group|gge|oewg)(?:'|’)s\s+(?:membership|composition)\s*(?::|was\b|included\b|comprised\b)",
);
pub(super) static FOLLOWING_STATES: Folded = Folded::new(
    r"(?i)\bfollowing\s+(?:[\w-]+\s+){0,3}?(?:states|countries|nations|member states|governments)\b",
);
pub(super) static EXPERTS_FROM: Folded = Folded::new(
    r"(?i)\bexperts?\s+(?:[\w-]+\s+){0,2}?(?:from|of)\b|\b(?:experts|participants)\s+(?:(?:in|of|on|at)\s+(?:[\w/.-]+\s+){1,8}?)?(?:came|come|were drawn|are drawn)\s+from\b|\btook\s+part\b|\brepresentatives\s+of\b",
);
pub(super) static PARTICIPATED: Folded = Folded::new(
    r"(?i)\bparticipat(?:ed|ing|es|e)\s+in\b|\bsat\s+on\b|\bserv(?:ed|e|es|ing)\s+on\b|\bamong\s+its\s+members\b|\bhad\s+(?:an?\s+)?experts?\s+(?:on|in)\b|\brepresented\s+(?:in|on)\s+the\s+(?:[\w/-]+\s+){0,3}?(?:group|gge|experts)\b|\b(?:nominated|named|designated|seconded|sent|appointed|provided|contributed)\s+(?:an\s+|their\s+|its\s+)?experts?\s+(?:to|for)\b|\b(?:was|were|is|are)\s+(?:also\s+)?part\s+of\s+(?:the\s+)?(?:(?:19|20)\d\d(?:[/-]\d{2,4})?\s+|(?:first|second|third|fourth|fifth|sixth|new|next|latest)\s+)?(?:group|gge|panel)\b|\bjoined\s+the\s+(?:(?:19|20)\d\d(?:[/-]\d{2,4})?\s+|(?:first|second|third|fourth|fifth|sixth|new|next|latest)\s+)?(?:group|gge)\b",
);
pub(super) static COMPOSED_OF: Folded = Folded::new(
    r"(?i)\b(?:composed|made\s+up|consisted|consisting|comprised|comprising|consists)\s+of\b|\bcomprised\b",
);
pub(super) static OTHERS_IN_GROUP: Folded = Folded::new(
    r"(?i)\b(?:others|the\s+rest|other\s+members)\s+(?:in|of|on)\s+the\s+(?:group|gge|panel)\s+(?:are|were|include[ds]?)\b|\bgroup\s+of\s+(?:\d+\s+|[a-z-]+\s+)?(?:nations|states|countries)\b(?u:[^.;]){0,20}?\bincluding\b|\bamong\s+(?:the\s+)?(?:\d{1,2}|[a-z]+(?:-[a-z]+)?)\s+(?:nations|states|countries)\b|\bamong\s+which\b",
);
pub(super) static LIST_CUE: Folded = Folded::new(
    r"(?i)\b(?:countries|states|nations)\s+(?:on|in)\s+the\s+(?:panel|group|gge)\s+(?:included|include|were|are)\b|\bmembers?\b|\bmembership\b|\bfollowing\b|\bexperts?\b|\bparticipa|\bcomposed\b|\bcompris|\bconsist|\bappointed\b|\bnominated\b|\bcomposition\b",
);
/// A table header cell naming the column of member states.
pub(crate) static MEMBER_CELL: Folded = Folded::new(
    r"(?i)^\s*(?:members?(?:\s+states?)?|member\s+countr(?:y|ies)|countr(?:y|ies)|states?|participating\s+states?|participants?)\s*$",
);
/// The member-count cue.
pub(crate) static MEMBER_COUNT: Folded = Folded::gated(
    r"(?i)\b(?:with|had|of|comprising|comprised|made up of|composed of|consisted of|following|included)\s+(\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+(?:members|experts|member states|states|governmental experts)\b|\b(\d{1,3})-member\s+(?:GGE|group)\b",
    &["member", "expert", "states"],
);
/// The chair cue.
pub(crate) static CHAIR_TRIGGER: Folded = Folded::new(
    r"(?i)\bchair(?:ed|s|man|woman|person|manship)?\b|\bpresided\b|\b(?:group|gge|oewg|panel|it)(?:\s+\(?(?:19|20)\d\d(?:[/-]\d{2,4})?\)?)?(?:,|\s+(?:was|is|has\s+been|had\s+been)(?:\s+\w+)?)\s+(?:led|headed)\s+by\b|\b(?:led|headed)\s+(?:its|the\s+group's|the\s+gge's|the)\s+(?:work|group|gge|deliberations)\b",
);
pub(super) static ELECTED_CHAIR: Folded = Folded::new(
    r"(?i)\b(?:was|were|is|has been)\s+(?:\w+\s+){0,2}?(?:elected|appointed|chosen|named|designated)\s+(?:\w+\s+){0,3}?(?:as\s+|to\s+)?(?:its\s+|the\s+)?(?:chair|chairman|chairwoman|chairperson)\b",
);
pub(super) static CHAIR_APPOSITION: Folded = Folded::new(
    r"(?i)(?:,|\s-|\s–)\s*(?:the\s+)?(?:chair|chairman|chairwoman|chairperson|chairs|chairmen|chairpersons|chairwomen)\s+of\b|\b(?:chair|chairman|chairwoman|chairperson)\s+of\s+the\b",
);
pub(super) static ESTABLISH_VERB: Folded = Folded::new(
    r"(?i)\b(?:establish(?:es|ed|ing)?|establishment\s+of|set\s+up|sets\s+up|setting\s+up|convene[ds]?|convening|creat(?:e|ed|es|ing)|creation\s+of|mandat\w+|renew(?:s|ed|ing)?|follow-up\s+to|provid(?:e|es|ed|ing)\s+for|(?:call|ask)(?:s|ed|ing)?\s+for|pav(?:e|es|ed|ing)\s+the\s+way\s+for)\b|\bendors(?:e|ed|es|ing)\b(?u:[^.;]){0,200}?\belements\s+(?:for|of)\b",
);
pub(super) static ESTABLISHED_BY: Folded = Folded::new(
    r"(?i)\b(?:was|were|been|is|to be)\s+(?:\w+\s+){0,2}?(?:established|set up|convened|created|mandated|provided\s+for)\b|\b(?:was|were)\s+formed\s+(?:in|under|by|pursuant)\b|,\s*(?:established|set up|convened|created|formed|mandated)\s+(?:by|under|pursuant\s+to|in\s+accordance\s+with)\b|\b(?:group|gge|oewg|mechanism)\s+(?:established|set\s+up|convened|created|mandated|requested|called\s+for|provided\s+for)\s+(?:in|by|under|pursuant\s+to)\b",
);
/// A group spoken of as new: "the new group of governmental experts", "a new OEWG".
pub(super) static NEW_GROUP: Folded = Folded::new(
    r"(?i)\b(?:a|the)\s+new\s+(?:UN\s+)?(?:GGE|group\s+of\s+governmental\s+experts|OEWG|open-ended\s+working\s+group)\b",
);
/// The adoption cue.
pub(crate) static ADOPT_VERB: Folded = Folded::new(
    r"(?i)\b(?:adopt(?:ed|s|ion)?|approv(?:ed|al))\b|\breports?\b(?u:[^.;]){0,60}?\b(?:adopted|agreed)\b",
);
/// A count of a recorded vote, in any of the forms `refs::find_vote_counts` reads.
pub(super) static VOTE_COUNT: Folded = Folded::new(
    r"(?i)\b\d{1,3}\s+(?:votes?\b|in\s+fav(?:ou|o)r\b|for[,;]?\s+(?:and\s+)?\d|to\s+\d{1,3}\s+against\b|(?:countries|states|member\s+states|nations|delegations)\s+vot|vot(?:ed|ing)\s+in\s+fav)|\b(?:supported|backed|endorsed)\s+by\s+\d{1,3}\s|\b\d{1,3}-\d{1,3}-\d{1,3}\b|\b(?:passed|adopted|approved|carried|vote\s+of|voted)\s+\d{1,3}-\d{1,3}\b|\b(?:passed|adopted|approved|carried)\s+by\s+\d{1,3}\s+to\s+\d{1,3}\b|\b\d{1,3}\s+yes\s+votes\b",
);
pub(super) static SPONSORED_BY: Folded = Folded::new(
    r"(?i)\b(?:introduced|sponsored|co-sponsored|cosponsored|tabled|submitted|put\s+forward|proposed|presented|drafted|initiated)\s+(?:jointly\s+|together\s+|on\s+behalf\s+of\s+(?:[\w-]+\s+){1,6}?)?by\b|\bat\s+the\s+initiative\s+of\b",
);
/// A speaker introducing a text: "Introducing draft resolution L.27, the representative
/// of ...".
pub(super) static INTRODUCING: Folded = Folded::new(
    r"(?i)\bintroducing\s+(?:the\s+|its\s+)?(?:draft\s+)?(?:resolution|decision|text|draft)\b",
);
pub(super) static SPONSOR_VERB: Folded = Folded::new(
    r"(?i)\b(?:introduced|tabled|submitted|sponsored|co-sponsored|proposed|put forward|presented|drafted)\b",
);
pub(super) static SPONSORS_OF: Folded =
    Folded::new(r"(?i)\b(?:co-?sponsors|sponsors|authors)\s+of\b");
pub(super) static SPONSOR_ADJECTIVE: Folded =
    Folded::new(r"(?i)\b(?:resolution|draft|proposal|text|initiative)s?\b");
pub(super) static REPORT_WORD: Folded = Folded::new(r"(?i)\breports?\b");
pub(super) static SUCCEED_VERB: Folded = Folded::new(
    r"(?i)\b(?:(was\s+)?succeeded(\s+by)?|(was\s+)?followed(\s+by)?|follow-up to|successor (?:to|of)|continued the work of|took over from)\b",
);
pub(super) static NORM_CUE: Folded = Folded::new(r"(?i)\bnorms?\b|\b13\s?\([a-k]\)");

/// Words that describe a list of members and may stand between a cue and its states.
pub(crate) const LIST_WORDS: &[&str] = &[
    "a",
    "again",
    "all",
    "allocated",
    "also",
    "among",
    "an",
    "and",
    "appointed",
    "are",
    "as",
    "assigned",
    "be",
    "been",
    "came",
    "chosen",
    "come",
    "composed",
    "comprised",
    "consisted",
    "consisting",
    "council",
    "countries",
    "country",
    "drawn",
    "e",
    "especially",
    "expert",
    "experts",
    "fifth",
    "first",
    "five",
    "following",
    "for",
    "fourth",
    "from",
    "g",
    "gge",
    "given",
    "governmental",
    "governments",
    "group",
    "here",
    "honored",
    "honoured",
    "i",
    "in",
    "include",
    "included",
    "includes",
    "including",
    "is",
    "its",
    "last",
    "latest",
    "like",
    "list",
    "made",
    "member",
    "members",
    "namely",
    "nations",
    "new",
    "nominated",
    "notably",
    "oewg",
    "of",
    "on",
    "once",
    "other",
    "others",
    "part",
    "participated",
    "participating",
    "particularly",
    "permanent",
    "pleased",
    "previous",
    "privileged",
    "proud",
    "representatives",
    "represented",
    "representing",
    "sat",
    "second",
    "security",
    "selected",
    "serve",
    "served",
    "serving",
    "sit",
    "sitting",
    "sixth",
    "state",
    "states",
    "such",
    "that",
    "the",
    "their",
    "them",
    "these",
    "third",
    "this",
    "those",
    "times",
    "to",
    "together",
    "took",
    "twice",
    "up",
    "was",
    "went",
    "were",
    "which",
    "whom",
    "with",
    "within",
    "year",
    "years",
];
