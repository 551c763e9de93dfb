//! Recognisers for references that have grammar rather than a fixed name: groups (years,
//! ordinals), resolution and report symbols, norms of the 2015 report, dates and votes.
//!
//! Each recogniser returns spans in the sentence so that relation rules can reason about
//! order ("the group named after the verb"), and ids in their stable form.

use super::pattern::{Any, Exact, Folded, Text};
use crate::model::literal::{Adoption, AdoptionMode, Body, Date, VoteCounts};
use crate::model::{EntityId, GroupKey, GroupKind};

/// The processes the tool knows by ordinal and name, in time order. This is identity data
/// (like the state table), from the mission statement: six GGEs, two OEWGs and the
/// mechanism. Members, chairs, resolutions and outcomes are never taken from here.
pub const KNOWN_GROUPS: [GroupKey; 9] = [
    GroupKey {
        kind: GroupKind::Gge,
        start: 2004,
        end: Some(2005),
    },
    GroupKey {
        kind: GroupKind::Gge,
        start: 2009,
        end: Some(2010),
    },
    GroupKey {
        kind: GroupKind::Gge,
        start: 2012,
        end: Some(2013),
    },
    GroupKey {
        kind: GroupKind::Gge,
        start: 2014,
        end: Some(2015),
    },
    GroupKey {
        kind: GroupKind::Gge,
        start: 2016,
        end: Some(2017),
    },
    GroupKey {
        kind: GroupKind::Gge,
        start: 2019,
        end: Some(2021),
    },
    GroupKey {
        kind: GroupKind::Oewg,
        start: 2019,
        end: Some(2021),
    },
    GroupKey {
        kind: GroupKind::Oewg,
        start: 2021,
        end: Some(2025),
    },
    GroupKey {
        kind: GroupKind::Mechanism,
        start: 2026,
        end: None,
    },
];

/// The two title families of the General Assembly's ICT resolutions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActTitle {
    /// "Developments in the field of information and telecommunications in the context of
    /// international security" (tabled by the Russian Federation since 1998).
    Developments,
    /// "Advancing responsible State behaviour in cyberspace in the context of international
    /// security" (tabled by the United States, 2018-2020).
    Advancing,
}

/// An ICT resolution or draft the catalogue knows by session and title.
#[derive(Debug, Clone, Copy)]
pub struct KnownAct {
    /// General Assembly session.
    pub session: u16,
    /// The symbol.
    pub symbol: &'static str,
    /// Its title family.
    pub title: ActTitle,
}

/// The ICT resolutions and drafts with the symbols the curated fact table
/// (`shared/reference/facts.json`) and the UN roll-call data give, so a text that names one
/// by its title and session ("the Russia-US draft resolution" at the 76th session) can be
/// linked to its symbol. Identity data only: no sponsor, vote or date is taken from here.
/// Sessions with a symbol missing here stay unlinked.
pub const KNOWN_ACTS: &[KnownAct] = &[
    KnownAct {
        session: 53,
        symbol: "A/RES/53/70",
        title: ActTitle::Developments,
    },
    KnownAct {
        session: 58,
        symbol: "A/RES/58/32",
        title: ActTitle::Developments,
    },
    KnownAct {
        session: 60,
        symbol: "A/RES/60/45",
        title: ActTitle::Developments,
    },
    KnownAct {
        session: 61,
        symbol: "A/RES/61/54",
        title: ActTitle::Developments,
    },
    KnownAct {
        session: 62,
        symbol: "A/RES/62/17",
        title: ActTitle::Developments,
    },
    KnownAct {
        session: 63,
        symbol: "A/RES/63/37",
        title: ActTitle::Developments,
    },
    KnownAct {
        session: 66,
        symbol: "A/RES/66/24",
        title: ActTitle::Developments,
    },
    KnownAct {
        session: 68,
        symbol: "A/RES/68/243",
        title: ActTitle::Developments,
    },
    KnownAct {
        session: 70,
        symbol: "A/RES/70/237",
        title: ActTitle::Developments,
    },
    KnownAct {
        session: 71,
        symbol: "A/RES/71/28",
        title: ActTitle::Developments,
    },
    KnownAct {
        session: 73,
        symbol: "A/RES/73/27",
        title: ActTitle::Developments,
    },
    KnownAct {
        session: 73,
        symbol: "A/RES/73/266",
        title: ActTitle::Advancing,
    },
    KnownAct {
        session: 73,
        symbol: "A/C.1/73/L.27/Rev.1",
        title: ActTitle::Developments,
    },
    KnownAct {
        session: 73,
        symbol: "A/C.1/73/L.37",
        title: ActTitle::Advancing,
    },
    KnownAct {
        session: 74,
        symbol: "A/RES/74/29",
        title: ActTitle::Developments,
    },
    KnownAct {
        session: 74,
        symbol: "A/RES/74/28",
        title: ActTitle::Advancing,
    },
    KnownAct {
        session: 74,
        symbol: "A/C.1/74/L.49/Rev.1",
        title: ActTitle::Advancing,
    },
    KnownAct {
        session: 75,
        symbol: "A/RES/75/240",
        title: ActTitle::Developments,
    },
    KnownAct {
        session: 75,
        symbol: "A/C.1/75/L.4",
        title: ActTitle::Advancing,
    },
    KnownAct {
        session: 76,
        symbol: "A/RES/76/19",
        title: ActTitle::Developments,
    },
];

static TITLE_DEVELOPMENTS: Folded =
    Folded::new(r"(?i)\bdevelopments\s+in\s+the\s+field\s+of\s+information\b");
static TITLE_ADVANCING: Folded =
    Folded::new(r"(?i)\badvancing\s+responsible\s+state\s+behaviou?r\b");
static SESSION_NUMBER: Folded = Folded::new(
    r"(?i)\b(\d{2})(?:st|nd|rd|th)\s+(?:regular\s+)?session\b|\b(fifty|sixty|seventy|eighty)(?:-(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|(ieth))\s+(?:regular\s+)?session\b",
);

/// The title family a text names, when it names exactly one.
pub(crate) fn title_in(text: &Text<'_>) -> Option<ActTitle> {
    match (
        TITLE_DEVELOPMENTS.is_match(text),
        TITLE_ADVANCING.is_match(text),
    ) {
        (true, false) => Some(ActTitle::Developments),
        (false, true) => Some(ActTitle::Advancing),
        _ => None,
    }
}

/// The title family a text names with where it is, when it names exactly one.
pub(crate) fn title_span(text: &Text<'_>) -> Option<(ActTitle, usize, usize)> {
    let title = title_in(text)?;
    let m = match title {
        ActTitle::Developments => TITLE_DEVELOPMENTS.find(text)?,
        ActTitle::Advancing => TITLE_ADVANCING.find(text)?,
    };
    Some((title, m.start(), m.end()))
}

/// The General Assembly session a text names ("76th session", "Seventy-fifth Session").
pub(crate) fn session_in(text: &Text<'_>) -> Option<u16> {
    let caps = SESSION_NUMBER.captures(text)?;
    if let Some(n) = caps.get(1) {
        return n.as_str().parse().ok();
    }
    let tens = match caps.get(2)?.as_str().to_ascii_lowercase().as_str() {
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        _ => 80,
    };
    let units = caps.get(3).map_or(0, |u| {
        let u = u.as_str().to_ascii_lowercase();
        [
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        ]
        .iter()
        .position(|w| *w == u)
        .map_or(0, |i| i as u16 + 1)
    });
    Some(tens + units)
}

/// Which title family each sponsor (or pair of sponsors, as ISO3 codes in order) tabled,
/// over which sessions, from the main sponsors of the curated fact table: the Russian
/// Federation the "Developments" resolutions up to the 75th session, the United States the
/// "Advancing" ones of the 73rd to 75th, both together the one merged text of the 76th. A
/// text that names an act only by its sponsor ("the Russian-led resolution" of 2019) is
/// linked through it; a sponsor outside these series links nothing.
pub const SPONSOR_SERIES: &[(&[&str], ActTitle, u16, u16)] = &[
    (&["RUS"], ActTitle::Developments, 53, 75),
    (&["USA"], ActTitle::Advancing, 73, 75),
    (&["RUS", "USA"], ActTitle::Developments, 76, 76),
];

/// The title family and session of the act `sponsors` (ISO3, sorted) tabled in `session`;
/// without a session, only a series of a single session answers.
pub fn sponsored_series(sponsors: &[&str], session: Option<u16>) -> Option<(ActTitle, u16)> {
    let (_, title, first, last) = SPONSOR_SERIES.iter().find(|s| s.0 == sponsors)?;
    match session {
        Some(n) => (*first..=*last).contains(&n).then_some((*title, n)),
        None => (first == last).then_some((*title, *first)),
    }
}

/// The ICT act of `session` with `title` (any title when `None`): the only one the
/// catalogue knows, preferring the First Committee draft when `committee` and a draft is
/// known, else the resolution. `None` when the catalogue has none or more than one.
pub fn known_act(session: u16, title: Option<ActTitle>, committee: bool) -> Option<EntityId> {
    let fits: Vec<&KnownAct> = KNOWN_ACTS
        .iter()
        .filter(|a| a.session == session && title.is_none_or(|t| t == a.title))
        .collect();
    let titles = fits
        .iter()
        .map(|a| a.title as u8)
        .collect::<std::collections::BTreeSet<_>>();
    if titles.len() != 1 {
        return None;
    }
    let draft = fits.iter().find(|a| a.symbol.starts_with("A/C.1/"));
    let resolution = fits.iter().find(|a| a.symbol.starts_with("A/RES/"));
    let pick = match (committee, draft, resolution) {
        (true, Some(d), _) => d,
        (_, _, Some(r)) => r,
        (_, Some(d), None) => d,
        (_, None, None) => return None,
    };
    Some(EntityId::from(pick.symbol))
}

/// The reports of the groups, from the reference facts (each group's outcome document):
/// a report symbol names the group that wrote it.
pub const KNOWN_REPORTS: [(&str, GroupKey); 10] = [
    ("A/60/202", KNOWN_GROUPS[0]),
    ("A/65/201", KNOWN_GROUPS[1]),
    ("A/68/98", KNOWN_GROUPS[2]),
    ("A/70/174", KNOWN_GROUPS[3]),
    ("A/72/327", KNOWN_GROUPS[4]),
    ("A/76/135", KNOWN_GROUPS[5]),
    ("A/75/816", KNOWN_GROUPS[6]),
    ("A/77/275", KNOWN_GROUPS[7]),
    ("A/78/265", KNOWN_GROUPS[7]),
    ("A/80/257", KNOWN_GROUPS[7]),
];

/// The group that wrote the report `symbol`, when the catalogue knows it.
pub fn group_of_report(symbol: &EntityId) -> Option<GroupKey> {
    KNOWN_REPORTS
        .iter()
        .find(|(s, _)| *s == symbol.0)
        .map(|(_, g)| *g)
}

/// The report whose paragraph 13 sets out the norms with ids `norm:2015-a` .. `norm:2015-k`.
pub const NORMS_2015_REPORT: &str = "A/70/174";

/// The n-th known group of a kind (1-based), as in "the sixth GGE".
pub fn group_by_ordinal(kind: GroupKind, ordinal: usize) -> Option<GroupKey> {
    KNOWN_GROUPS
        .iter()
        .filter(|g| g.kind == kind)
        .nth(ordinal.checked_sub(1)?)
        .copied()
}

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

/// A reference to a group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GroupRef {
    /// Named with its years or ordinal.
    Explicit(GroupKey),
    /// "the OEWG established by resolution 75/240": resolved once all documents are read.
    EstablishedBy(GroupKind, EntityId),
    /// "the Group", "the new GGE", "the OEWG": the group of the current section.
    Generic(Option<GroupKind>),
    /// "the 2012-2013 Group", "the 2009-10 group": years with a bare "group". The reader
    /// makes it the ICT group of those years when only one has them (or the focus says
    /// which kind), and drops it on a page about another body.
    Dated {
        /// First year.
        start: u16,
        /// Last year.
        end: u16,
    },
}

static KIND: Folded = Folded::new(
    r"(?i)\bGGEs?\b|Groups? of Governmental Experts|\bOEWGs?\b|open-ended working groups?|\bGlobal Mechanism\b|\bpermanent mechanism\b",
);
/// A year range: "2014/15", "2014-2015", "2014 to 2015"; "2009 and 2010" (group 3) only
/// where those are the years of one known group ("convened in 2009 and 2010"), since
/// "the reports of 2013 and 2015" speak of two.
static YEARS: Exact =
    Exact::ascii(r"\b((?:19|20)\d\d)(?:\s?[/-]\s?|\s+to\s+|(\s+and\s+))((?:19|20)\d\d|\d\d)\b");
static MECH_YEAR: Folded =
    Folded::new(r"(?i)\b(?:Global|permanent) Mechanism(?:\s+\(?((?:19|20)\d\d)\)?)?");
/// "the sixth GGE", "the second OEWG"; a bare "group" from the third on ("the sixth group"),
/// since only the GGEs number that many (not "a third group of States").
static ORDINAL: Folded = Folded::new(
    r"(?i)\b(first|second|third|fourth|fifth|sixth|1st|2nd|3rd|4th|5th|6th)\s+(?:(?:UN|U\.N\.|United Nations)\s+)?(GGE|Group of Governmental Experts|OEWG|open-ended working group)|\b(third|fourth|fifth|sixth|3rd|4th|5th|6th)\s+(?:(?:UN|U\.N\.|United Nations)\s+)?(group)\b(?:\s+of\s+governmental)?",
);
/// The sixth GGE by its mandate's title: "the Group of Governmental Experts on Advancing
/// responsible State behaviour in cyberspace" (the title of resolution 73/266 that set it
/// up; the earlier GGEs share the generic title of the "Developments" resolutions).
static GGE_ADVANCING: Folded = Folded::new(
    r"(?i)\b(?:GGE|Group of Governmental Experts)\s+on\s+advancing\s+responsible\s+state\s+behaviou?r\b",
);
static ESTABLISHED: Folded = Folded::new(
    r"(?i)\b(GGE|Group of Governmental Experts|OEWG|open-ended working group)\s+(?:was\s+)?(?:established|set up|convened|created)\s+(?:by|under|pursuant to)\s+(?:General Assembly\s+)?(?:resolution|res\.)\s+(\d{1,3})/(\d{1,4})",
);
static GENERIC: Folded = Folded::gated(
    r"(?i)\b(?:the|this|that|a|an|its|a new|the new|another|new|latest|current)\s+(?:(?:UN|U\.N\.|United Nations|new|latest|current|first|successor|last|previous|next|following|subsequent|preceding|earlier)\s+)?(?:\d+-member\s+)?(Group|GGE|OEWG|open-ended working group|working group|mechanism)\b",
    &["group", "gge", "oewg", "mechanism"],
);
static RESOLUTION_SYMBOL: Exact = Exact::ascii(r"\bA/RES/(\d{1,3})/(\d{1,4})\b");
static RESOLUTION_WORD: Folded = Folded::new(
    r"(?i)\b(?:(Human Rights Council|HRC)\s+)?(?:resolutions?|res\.)\s+(?:(?:No\.|no\.|n°|№)\s*)?(?:A/RES/)?(\d{1,3})/(\d{1,4})\b",
);
static RESOLUTION_NEXT: Exact =
    Exact::ascii(r"^(?:,\s*|\s+and\s+|\s*,\s*and\s+)(\d{1,3})/(\d{1,4})\b");
static REPORT_SYMBOL: Exact = Exact::ascii(r"\bA/(\d{2,3})/(\d{1,5})\b\*?");
static NORM_HEAD: Folded =
    Folded::new(r"(?i)\b(?:norms?|paragraphs?|paras?\.?)\s+13\s?\(([a-k])\)");
static NORM_ITEM: Exact =
    Exact::ascii(r"^\s*(?:,|and|or|to|through|-|,\s*and)\s*(?:13\s?)?\(([a-k])\)");
static DAY_MONTH: Folded = Folded::new(
    r"(?i)\b(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)(?:\b|\s)(?:,?\s*((?:19|20)\d\d)\b)?",
);
static MONTH_YEAR: Folded = Folded::new(
    r"(?i)\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+((?:19|20)\d\d)\b",
);
static ISO_DATE: Exact = Exact::ascii(r"\b((?:19|20)\d\d)-(0[1-9]|1[0-2])-([0-3]\d)\b");
static MONTH_DAY_YEAR: Folded = Folded::new(
    r"(?i)\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2}),?\s+((?:19|20)\d\d)\b",
);
static VOTE: Folded = Folded::new(
    r"(?i)(\d{1,3})\s+(?:votes\s+)?(?:in favour\s+)?to\s+(\d{1,3})(?:\s+against)?(?:,?\s+with\s+(\d{1,3})\s+abstentions?)?",
);
/// The abstentions of a vote whose counts are split by a list of states.
static ABSTENTIONS: Exact = Exact::ascii(r"^(?u:[^.;])*?\b(\d{1,3})\s+abstentions?\b");
static DASHED_VOTE: Exact = Exact::ascii(r"\b(\d{1,3})-(\d{1,3})-(\d{1,3})\b");

/// Every pattern of this module, for [`super::pattern::warm`].
pub(super) const PATTERNS: [Any; 28] = [
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
];

fn kind_of_word(word: &str) -> GroupKind {
    let w = word.to_ascii_lowercase();
    if w.contains("gge") || w.contains("governmental") {
        GroupKind::Gge
    } else if w.contains("mechanism") {
        GroupKind::Mechanism
    } else {
        GroupKind::Oewg
    }
}

/// Group references in a sentence: year ranges tied to the nearest kind word, ordinals,
/// "established by resolution" phrases and generic "the Group" phrases.
pub fn find_groups(sentence: &str) -> Vec<Found<GroupRef>> {
    find_groups_in(&Text::new(sentence))
}

/// [`find_groups`] on a sentence already paired with its lower-cased twin.
pub(crate) fn find_groups_in(text: &Text<'_>) -> Vec<Found<GroupRef>> {
    let sentence = text.original();
    let kinds: Vec<(usize, usize, GroupKind)> = KIND
        .find_iter(text)
        .map(|m| (m.start(), m.end(), kind_of_word(m.as_str())))
        .collect();
    let mut found: Vec<Found<GroupRef>> = Vec::new();
    let bare_group = text.lower().contains("group");
    if kinds.is_empty() && !bare_group {
        return found;
    }
    for caps in YEARS.regex().captures_iter(sentence) {
        let (Some(whole), Some(a), Some(b)) = (caps.get(0), caps.get(1), caps.get(3)) else {
            continue;
        };
        let joined_by_and = caps.get(2).is_some();
        let Ok(start) = a.as_str().parse::<u16>() else {
            continue;
        };
        let end = match b.as_str().len() {
            2 => b.as_str().parse::<u16>().map(|e| start / 100 * 100 + e),
            _ => b.as_str().parse::<u16>(),
        };
        let Ok(end) = end else { continue };
        if end < start || end - start > 10 {
            continue;
        }
        if joined_by_and
            && (b.as_str().len() != 4
                || !KNOWN_GROUPS
                    .iter()
                    .any(|k| k.start == start && k.end == Some(end)))
        {
            continue;
        }
        // The kind word closest to the year range decides the kind; a word after the range
        // counts only when close ("the 2012/2013 GGE").
        // Only kind words within reach are looked at (kinds are in text order), so a
        // sentence with thousands of both stays linear.
        let from = kinds.partition_point(|&(_, ke, _)| ke + 160 < whole.start());
        let to = kinds.partition_point(|&(ks, _, _)| ks <= whole.end() + 160 / 3);
        let nearest = kinds
            .get(from..to.max(from))
            .unwrap_or_default()
            .iter()
            .filter_map(|&(ks, ke, k)| {
                let dist = if ke <= whole.start() {
                    whole.start() - ke
                } else if ks >= whole.end() {
                    (ks - whole.end()) * 3
                } else {
                    0
                };
                (dist <= 160).then_some((dist, k))
            })
            .min_by_key(|&(d, _)| d);
        if let Some((_, kind)) = nearest {
            found.push(Found {
                start: whole.start(),
                end: whole.end(),
                value: GroupRef::Explicit(GroupKey {
                    kind,
                    start,
                    end: Some(end),
                }),
            });
        } else if bare_group
            && (group_word_follows(&text.lower()[whole.end()..])
                || group_word_precedes(&text.lower()[..whole.start()]))
        {
            found.push(Found {
                start: whole.start(),
                end: whole.end(),
                value: GroupRef::Dated { start, end },
            });
        } else if let Some(at) = bare_group
            .then(|| group_word_before(&text.lower()[..whole.start()]))
            .flatten()
            .filter(|_| {
                KNOWN_GROUPS
                    .iter()
                    .any(|k| k.start == start && k.end == Some(end))
            })
        {
            // "A second group ... convened in 2009 and 2010", "The group that followed
            // (2019-2021)": the years of a known group in the clause of a bare "group"
            // date it. The reference spans from the word, so the generic "a second group"
            // is not read as the group in focus as well.
            found.push(Found {
                start: at,
                end: whole.end(),
                value: GroupRef::Dated { start, end },
            });
        }
    }
    for caps in MECH_YEAR.captures_iter(text) {
        let Some(whole) = caps.get(0) else { continue };
        let key = match caps.get(1).and_then(|y| y.as_str().parse::<u16>().ok()) {
            Some(start) => GroupKey {
                kind: GroupKind::Mechanism,
                start,
                end: None,
            },
            None => KNOWN_GROUPS[8],
        };
        found.push(Found {
            start: whole.start(),
            end: whole.end(),
            value: GroupRef::Explicit(key),
        });
    }
    for caps in ORDINAL.captures_iter(text) {
        let (Some(whole), Some(ord), Some(word)) = (
            caps.get(0),
            caps.get(1).or(caps.get(3)),
            caps.get(2).or(caps.get(4)),
        ) else {
            continue;
        };
        // "the sixth group of States" is no group of experts.
        if caps.get(4).is_some()
            && text.lower()[whole.end()..].trim_start().starts_with("of ")
            && !whole
                .as_str()
                .to_ascii_lowercase()
                .ends_with("governmental")
        {
            continue;
        }
        let n = match ord.as_str().to_ascii_lowercase().as_str() {
            "first" | "1st" => 1,
            "second" | "2nd" => 2,
            "third" | "3rd" => 3,
            "fourth" | "4th" => 4,
            "fifth" | "5th" => 5,
            _ => 6,
        };
        let kind = match caps.get(4) {
            Some(_) => GroupKind::Gge,
            None => kind_of_word(word.as_str()),
        };
        if let Some(key) = group_by_ordinal(kind, n) {
            found.push(Found {
                start: whole.start(),
                end: whole.end(),
                value: GroupRef::Explicit(key),
            });
        }
    }
    for m in GGE_ADVANCING.find_iter(text) {
        found.push(Found {
            start: m.start(),
            end: m.end(),
            value: GroupRef::Explicit(KNOWN_GROUPS[5]),
        });
    }
    // The checks below look only at the references near each match (see `near`), so a
    // sentence with thousands of them stays linear. Matches of one regex do not overlap
    // and come in order, so among those only the last one pushed can be near the next.
    found.sort_by_key(|f| (f.start, f.end));
    let mut established_found: Vec<Found<GroupRef>> = Vec::new();
    for caps in ESTABLISHED.captures_iter(text) {
        let (Some(whole), Some(word), Some(s), Some(n)) =
            (caps.get(0), caps.get(1), caps.get(2), caps.get(3))
        else {
            continue;
        };
        let nearby = near(&found, whole.start().saturating_sub(30), whole.end())
            .iter()
            .chain(established_found.last());
        let mut overlaps = false;
        // A group already named by years before the phrase is the explicit one.
        let mut named_before = false;
        for f in nearby {
            overlaps |= f.start < whole.end() && whole.start() < f.end;
            named_before |= f.end <= whole.start() && whole.start() - f.end < 30;
        }
        if !overlaps && !named_before {
            let res = EntityId(format!("A/RES/{}/{}", s.as_str(), n.as_str()));
            established_found.push(Found {
                start: whole.start(),
                end: word.end(),
                value: GroupRef::EstablishedBy(kind_of_word(word.as_str()), res),
            });
        }
    }
    found.extend(established_found);
    found.sort_by_key(|f| (f.start, f.end));
    let explicit = found.len();
    for caps in GENERIC.captures_iter(text) {
        let (Some(whole), Some(word)) = (caps.get(0), caps.get(1)) else {
            continue;
        };
        // Earlier generic matches end before this one starts, so only explicit
        // references can overlap it.
        if near(&found[..explicit], whole.start(), whole.end() + 12)
            .iter()
            .any(|f| f.start < whole.end() + 12 && whole.start() < f.end)
        {
            continue;
        }
        let w = word.as_str().to_ascii_lowercase();
        let kind = if w == "gge" {
            Some(GroupKind::Gge)
        } else if w.contains("working") || w == "oewg" {
            Some(GroupKind::Oewg)
        } else if w == "mechanism" {
            Some(GroupKind::Mechanism)
        } else {
            None
        };
        found.push(Found {
            start: whole.start(),
            end: whole.end(),
            value: GroupRef::Generic(kind),
        });
    }
    found.sort_by_key(|f| (f.start, f.end));
    found
}

/// True when `after` (lower case, what follows a year range) starts with the word "group"
/// or "groups" ("2012-2013 group's report"), not "grouping".
fn group_word_follows(after: &str) -> bool {
    let rest = after.trim_start_matches([' ', '\u{a0}']);
    rest.strip_prefix("group").is_some_and(|r| {
        let r = r.strip_prefix('s').unwrap_or(r);
        !r.starts_with(|c: char| c.is_alphanumeric())
    })
}

/// Where the word "group" stands in the clause before a year range (`before`, lower case),
/// at most 100 bytes back and not as "working group" or "group of 77"; the clause ends at
/// `;`, `:` or a full stop.
fn group_word_before(before: &str) -> Option<usize> {
    let mut from = before.len().saturating_sub(100);
    while !before.is_char_boundary(from) {
        from += 1;
    }
    let window = &before[from..];
    let clause_start = window.rfind([';', ':', '.']).map_or(0, |i| i + 1);
    let clause = &window[clause_start..];
    let at = clause.rfind("group")?;
    let head = &clause[..at];
    let tail = &clause[at + 5..];
    let word = !head.ends_with(|c: char| c.is_alphanumeric())
        && !tail.starts_with(|c: char| c.is_alphanumeric() && c != 's');
    let other = head.trim_end().ends_with("working") || tail.trim_start().starts_with("of 77");
    (word && !other).then_some(from + clause_start + at)
}

/// True when `before` (lower case, what precedes a year range) ends with the word "group"
/// and at most a bracket or "of": "the Group (2014-2015)", "the group of 2009-2010".
fn group_word_precedes(before: &str) -> bool {
    let rest = before.trim_end_matches([' ', '(', '\u{a0}']);
    let rest = rest.strip_suffix(" of").unwrap_or(rest);
    // "a working group 2009-2010" is not a group of experts.
    rest.strip_suffix("group").is_some_and(|r| {
        !r.ends_with(|c: char| c.is_alphanumeric()) && !r.trim_end().ends_with("working")
    })
}

/// The references of `sorted` (by start) that can reach into `from..to`: those starting
/// before `to` and at most [`MAX_GROUP_REF_LEN`] bytes before `from`.
fn near<T>(sorted: &[Found<T>], from: usize, to: usize) -> &[Found<T>] {
    let lo = sorted.partition_point(|f| f.start + MAX_GROUP_REF_LEN < from);
    let hi = sorted.partition_point(|f| f.start < to);
    sorted.get(lo..hi.max(lo)).unwrap_or_default()
}

/// Words naming the subject of a UN body that is not about ICTs: a Group of Governmental
/// Experts on outer space, a fissile material group, the Arms Trade Treaty's working group
/// share the words "GGE" and "working group" with the ICT processes and must never be
/// read as them.
static OTHER_TOPIC: Folded = Folded::new(
    r"(?i)\bouter space\b|\barms race\b|\bparos\b|\bfissile\b|\bfmct\b|\bcut-off treaty\b|\bnuclear\b|\bverification\b|\barms trade treaty\b|\bregister of conventional arms\b|\bconventional arms\b|\bsmall arms\b|\bmissiles?\b|\bchemical weapons\b|\bbiological weapons\b|\bautonomous weapons\b|\bmilitary expenditures?\b|\bammunition\b|\bdisarmament and development\b",
);
/// Words that tie a group to ICTs.
static ICT_TOPIC: Folded = Folded::new(
    r"(?i)\bicts?\b|\binformation and (?:tele)?communications?\b|\binformation security\b|\bcyber|\binformation space\b|\bresponsible state behaviou?r\b|\btelecommunications\b|\binternational information security\b",
);

/// Where a sentence names other-body topics and ICT topics (match starts and ends), found
/// once so that judging each of many group words stays linear.
pub(crate) struct Topics {
    other: Vec<(usize, usize)>,
    ict: Vec<(usize, usize)>,
}

impl Topics {
    /// The topic words of one sentence.
    pub(crate) fn of(text: &Text<'_>) -> Topics {
        let spans = |p: &Folded| p.find_iter(text).map(|m| (m.start(), m.end())).collect();
        Topics {
            other: spans(&OTHER_TOPIC),
            ict: spans(&ICT_TOPIC),
        }
    }

    /// True when the group word at `start..end` names a body about something other than
    /// ICTs: an other-body topic is near it and no ICT topic is nearer.
    pub(crate) fn names_other_body(&self, start: usize, end: usize) -> bool {
        match (
            nearest(&self.other, start, end),
            nearest(&self.ict, start, end),
        ) {
            (Some(other), Some(ict)) => other <= 160 && other < ict,
            (Some(other), None) => other <= 160,
            _ => false,
        }
    }
}

/// Distance from `start..end` to the nearest of the sorted spans (binary search).
fn nearest(spans: &[(usize, usize)], start: usize, end: usize) -> Option<usize> {
    let i = spans.partition_point(|&(s, _)| s < start);
    let after = spans.get(i).map(|&(s, _)| s.saturating_sub(end));
    let before = i
        .checked_sub(1)
        .and_then(|j| spans.get(j))
        .map(|&(_, e)| start.saturating_sub(e));
    match (before, after) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// True when the text speaks of another body's subject (outer space, nuclear weapons...)
/// and not of ICTs.
pub(crate) fn about_other_topic(text: &Text<'_>) -> bool {
    OTHER_TOPIC.is_match(text) && !ICT_TOPIC.is_match(text)
}

/// True when the text names an ICT subject.
pub(crate) fn about_ict(text: &Text<'_>) -> bool {
    ICT_TOPIC.is_match(text)
}

/// The year a General Assembly session opened: session 1 opened in 1946.
pub fn session_year(session: u16) -> u16 {
    session + 1945
}

/// The group of `kind` that a resolution or draft of `session` set up: the first known
/// group of that kind starting after the year the session opened, within four years
/// (resolution 60/45 of 2005 led to the GGE of 2009-2010).
/// This is catalogue data (the sessions and the groups' years are public record), used only
/// where a text says the resolution established "a new" group of that kind.
pub fn group_set_up_in_session(kind: GroupKind, session: u16) -> Option<GroupKey> {
    let year = session_year(session);
    KNOWN_GROUPS
        .iter()
        .find(|g| g.kind == kind && g.start > year && g.start <= year + 4)
        .copied()
}

/// The known group of `kind` at work in `year` (from its first to its last year).
pub fn group_active_in(kind: GroupKind, year: u16) -> Option<GroupKey> {
    let mut active = KNOWN_GROUPS
        .iter()
        .filter(|g| g.kind == kind && g.start <= year && g.end.is_none_or(|e| year <= e));
    let first = active.next().copied();
    // Two groups of one kind at work in one year (2021: OEWG 2019-2021 and 2021-2025)
    // leave the year ambiguous.
    if active.next().is_some() { None } else { first }
}

/// The session of a resolution or draft id (`A/RES/73/27`, `A/C.1/73/L.27`).
pub fn session_of(id: &EntityId) -> Option<u16> {
    let rest =
        id.0.strip_prefix("A/RES/")
            .or_else(|| id.0.strip_prefix("A/C.1/"))?;
    rest.split('/').next()?.parse().ok()
}

static BARE_DRAFT: Exact = Exact::ascii(
    r"\b(?:[Rr]esolution|[Dd]raft|[Dd]ocument|[Tt]ext)s?\s+(?:resolution\s+)?\(?L\.(\d{1,3})(?:\s?[./]\s?Rev\.\s?(\d))?\b",
);

/// Drafts named by number only ("draft resolution L.23") in a text whose session is
/// known from a full symbol or its date: `A/C.1/{session}/L.23`.
pub fn find_bare_drafts(sentence: &str, session: u16) -> Vec<Found<EntityId>> {
    BARE_DRAFT
        .regex()
        .captures_iter(sentence)
        .filter_map(|caps| {
            let (n, w) = (caps.get(1)?, caps.get(0)?);
            let rev = caps
                .get(2)
                .map(|r| format!("/Rev.{}", r.as_str()))
                .unwrap_or_default();
            let start = n.start().saturating_sub(2);
            Some(Found {
                start,
                end: w.end(),
                value: EntityId(format!("A/C.1/{session}/L.{}{rev}", n.as_str())),
            })
        })
        .collect()
}

static DRAFT_SYMBOL: Exact =
    Exact::ascii(r"\bA/C\.1/(\d{2,3})/L\.(\d{1,3})(?:\s?[./]\s?Rev\.\s?(\d))?");

/// First Committee draft symbols: `A/C.1/73/L.27/Rev.1`, also as written with a dot
/// (`A/C.1/73/L.27.Rev.1`), normalised to the slash form.
pub fn find_drafts(sentence: &str) -> Vec<Found<EntityId>> {
    DRAFT_SYMBOL
        .regex()
        .captures_iter(sentence)
        .filter_map(|caps| {
            let (w, s, n) = (caps.get(0)?, caps.get(1)?, caps.get(2)?);
            let rev = caps
                .get(3)
                .map(|r| format!("/Rev.{}", r.as_str()))
                .unwrap_or_default();
            Some(Found {
                start: w.start(),
                end: w.end(),
                value: EntityId(format!("A/C.1/{}/L.{}{rev}", s.as_str(), n.as_str())),
            })
        })
        .collect()
}

/// Upper bound on the length of one group reference found by [`find_groups`] (the longest
/// is "open-ended working group was established pursuant to General Assembly
/// resolution 123/1234", bounded by its regex).
const MAX_GROUP_REF_LEN: usize = 1024;

/// Resolution symbols: `A/RES/68/243`, "resolution 68/243", "res. 53/70", and lists
/// ("resolutions 73/27 and 73/266"). Human Rights Council resolutions are left out.
pub fn find_resolutions(sentence: &str) -> Vec<Found<EntityId>> {
    find_resolutions_in(&Text::new(sentence))
}

/// [`find_resolutions`] on a sentence already paired with its lower-cased twin.
pub(crate) fn find_resolutions_in(text: &Text<'_>) -> Vec<Found<EntityId>> {
    let sentence = text.original();
    let mut found = Vec::new();
    for caps in RESOLUTION_SYMBOL.regex().captures_iter(sentence) {
        if let (Some(w), Some(s), Some(n)) = (caps.get(0), caps.get(1), caps.get(2)) {
            found.push(Found {
                start: w.start(),
                end: w.end(),
                value: resolution_id(s.as_str(), n.as_str()),
            });
        }
    }
    for caps in RESOLUTION_WORD.captures_iter(text) {
        let (Some(w), Some(s), Some(n)) = (caps.get(0), caps.get(2), caps.get(3)) else {
            continue;
        };
        if caps.get(1).is_some() {
            continue;
        }
        let (s, n) = (s.as_str(), n.as_str());
        if !found
            .iter()
            .any(|f| f.start <= w.start() && w.end() <= f.end)
        {
            found.push(Found {
                start: w.start(),
                end: w.end(),
                value: resolution_id(s, n),
            });
        }
        let mut rest_start = w.end();
        while let Some(more) = sentence
            .get(rest_start..)
            .and_then(|rest| RESOLUTION_NEXT.regex().captures(rest))
        {
            let (Some(m), Some(s2), Some(n2)) = (more.get(0), more.get(1), more.get(2)) else {
                break;
            };
            let value = resolution_id(s2.as_str(), n2.as_str());
            found.push(Found {
                start: rest_start + s2.start(),
                end: rest_start + m.end(),
                value,
            });
            rest_start += m.end();
        }
    }
    found.sort_by_key(|f| f.start);
    found.dedup_by(|a, b| a.start == b.start);
    found
}

fn resolution_id(session: &str, number: &str) -> EntityId {
    EntityId(format!(
        "A/RES/{}/{}",
        session.trim_start_matches('0'),
        number.trim_start_matches('0')
    ))
}

/// Report and document symbols of the form `A/70/174` (a trailing `*` of reissued
/// documents is dropped). Committee drafts (`A/C.1/..`) and resolutions are not reports.
pub fn find_reports(sentence: &str) -> Vec<Found<EntityId>> {
    REPORT_SYMBOL
        .regex()
        .captures_iter(sentence)
        .filter_map(|caps| {
            let (w, s, n) = (caps.get(0)?, caps.get(1)?, caps.get(2)?);
            Some(Found {
                start: w.start(),
                end: w.end(),
                value: EntityId(format!("A/{}/{}", s.as_str(), n.as_str())),
            })
        })
        .collect()
}

/// Norms of the 2015 report: "norm 13 (f)", "paragraph 13 (c)", "norms 13 (a) to (k)",
/// "13 (a), (b) and (d)". Letters outside a-k are ignored.
pub fn find_norms(sentence: &str) -> Vec<Found<EntityId>> {
    find_norms_in(&Text::new(sentence))
}

/// [`find_norms`] on a sentence already paired with its lower-cased twin.
pub(crate) fn find_norms_in(text: &Text<'_>) -> Vec<Found<EntityId>> {
    let sentence = text.original();
    let item = NORM_ITEM.regex();
    let mut found = Vec::new();
    for caps in NORM_HEAD.captures_iter(text) {
        let (Some(w), Some(first)) = (caps.get(0), caps.get(1)) else {
            continue;
        };
        let mut letters = vec![letter(first.as_str())];
        let mut pos = w.end();
        while let Some(more) = sentence.get(pos..).and_then(|rest| item.captures(rest)) {
            let (Some(m), Some(l)) = (more.get(0), more.get(1)) else {
                break;
            };
            let next = letter(l.as_str());
            let is_range = {
                let sep = m.as_str().to_ascii_lowercase();
                sep.contains("to") || sep.contains("through") || sep.contains('-')
            };
            if is_range {
                let prev = letters.last().copied().unwrap_or(next);
                letters.extend((prev as u8 + 1..=next as u8).map(char::from));
            } else {
                letters.push(next);
            }
            pos += m.end();
        }
        letters.sort_unstable();
        letters.dedup();
        for l in letters {
            found.push(Found {
                start: w.start(),
                end: pos,
                value: EntityId::norm_2015(l),
            });
        }
    }
    found
}

fn letter(s: &str) -> char {
    s.chars()
        .next()
        .map(|c| c.to_ascii_lowercase())
        .unwrap_or('a')
}

/// English month names, as dates are written ("27 December 2013").
pub(crate) const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The first date in a sentence, normalised: `2013-12-27`, `--05-28` (day and month, no
/// year given), `2015-06` ("in June 2015"). A year alone is not a date.
pub fn find_date(sentence: &str) -> Option<Found<Date>> {
    find_date_in(&Text::new(sentence))
}

/// [`find_date`] on a sentence already paired with its lower-cased twin.
pub(crate) fn find_date_in(text: &Text<'_>) -> Option<Found<Date>> {
    // Every form is tried and the earliest valid date wins; a date the calendar does not
    // have ("31 February 2015") is no date at all.
    let mut best: Option<Found<Date>> = None;
    let mut rejected: Vec<(usize, usize)> = Vec::new();
    let mut consider =
        |start: usize, end: usize, year: Option<&str>, month: usize, day: Option<u8>| {
            let y = year.and_then(|y| y.parse::<u16>().ok());
            let Some(value) = u8::try_from(month).ok().and_then(|m| Date::new(y, m, day)) else {
                rejected.push((start, end));
                return;
            };
            if best.as_ref().is_none_or(|b| start < b.start) {
                best = Some(Found { start, end, value });
            }
        };
    for caps in DAY_MONTH.captures_iter(text) {
        let (Some(w), Some(d), Some(m)) = (caps.get(0), caps.get(1), caps.get(2)) else {
            continue;
        };
        let (Ok(day), Some(month)) = (d.as_str().parse::<u8>(), month_number(m.as_str())) else {
            continue;
        };
        consider(
            w.start(),
            w.end(),
            caps.get(3).map(|y| y.as_str()),
            month,
            Some(day),
        );
    }
    for caps in ISO_DATE.regex().captures_iter(text.original()) {
        let (Some(w), Some(y), Some(m), Some(d)) =
            (caps.get(0), caps.get(1), caps.get(2), caps.get(3))
        else {
            continue;
        };
        let (Ok(month), Ok(day)) = (m.as_str().parse::<usize>(), d.as_str().parse::<u8>()) else {
            continue;
        };
        consider(w.start(), w.end(), Some(y.as_str()), month, Some(day));
    }
    for caps in MONTH_DAY_YEAR.captures_iter(text) {
        let (Some(w), Some(m), Some(d), Some(y)) =
            (caps.get(0), caps.get(1), caps.get(2), caps.get(3))
        else {
            continue;
        };
        let (Ok(day), Some(month)) = (d.as_str().parse::<u8>(), month_number(m.as_str())) else {
            continue;
        };
        consider(w.start(), w.end(), Some(y.as_str()), month, Some(day));
    }
    if best.is_some() {
        return best;
    }
    if let Some(caps) = MONTH_YEAR.captures(text)
        && let (Some(w), Some(m), Some(y)) = (caps.get(0), caps.get(1), caps.get(2))
        && let Some(month) = month_number(m.as_str())
        && !rejected.iter().any(|&(s, e)| s < w.end() && w.start() < e)
    {
        let value = y
            .as_str()
            .parse()
            .ok()
            .zip(u8::try_from(month).ok())
            .and_then(|(y, m)| Date::new(Some(y), m, None))?;
        return Some(Found {
            start: w.start(),
            end: w.end(),
            value,
        });
    }
    None
}

/// True when `day` exists in `month` (1-12) of `year` (any year when unknown, so
/// 29 February is allowed without a year).
fn month_number(name: &str) -> Option<usize> {
    let name = name.trim_end_matches('.').trim();
    MONTHS
        .iter()
        .position(|m| {
            m.eq_ignore_ascii_case(name)
                || (name.len() >= 3
                    && m.len() >= name.len()
                    && m[..name.len()].eq_ignore_ascii_case(name)
                    && (name.len() == 3 || name.eq_ignore_ascii_case("sept")))
        })
        .map(|i| i + 1)
}

/// How a resolution was adopted, normalised: "without a vote", "unanimously",
/// "by consensus", or "recorded vote 119-46-14"; prefixed with "First Committee: " when
/// the sentence is about the First Committee stage.
pub fn find_adoption_mode(sentence: &str) -> Option<Adoption> {
    find_adoption_mode_in(&Text::new(sentence))
}

/// [`find_adoption_mode`] on a sentence already paired with its lower-cased twin.
/// The Assembly as the one acting: "Acting on the recommendation of its First Committee,
/// the General Assembly today adopted ..." is a plenary vote though a committee is named.
static ASSEMBLY_ACTS: Folded = Folded::gated(
    r"(?i)\bassembly\s+(?:\w+\s+){0,2}?(?:adopted|adopts|approved|approves|decided|decides|voted|votes|passed|passes)\b",
    &["assembly"],
);

/// True when the sentence names the committee (`word`, lower case) and has it act: it names
/// the committee and not the General Assembly adopting or voting.
pub(crate) fn committee_acts(text: &Text<'_>, word: &str) -> bool {
    text.lower().contains(word) && !ASSEMBLY_ACTS.is_match(text)
}

pub(crate) fn find_adoption_mode_in(text: &Text<'_>) -> Option<Adoption> {
    let lower = text.lower();
    // "The Committee approved ..." in a First Committee report is that committee; another
    // Main Committee named is not.
    let other_committee = ["second", "third", "fourth", "fifth", "sixth"]
        .iter()
        .any(|o| lower.contains(&format!("{o} committee")));
    let body = if !other_committee && committee_acts(text, "committee") {
        Body::FirstCommittee
    } else {
        Body::Plenary
    };
    let mode = if lower.contains("recorded vote") || lower.contains("in favour") {
        let count = |m: Option<&str>| m.and_then(|m| m.parse::<u16>().ok());
        let counts = if let Some(c) = VOTE.captures(text) {
            let end = c.get(0).map_or(0, |m| m.end());
            let c = |i| c.get(i).map(|m| m.as_str());
            // "161 in favour to 10 against (Bolivia, China, ...), with 8 abstentions": the
            // abstentions after the list of those against.
            let abstain = count(c(3)).or_else(|| {
                ABSTENTIONS
                    .regex()
                    .captures(text.original().get(end..)?)
                    .and_then(|a| a.get(1))
                    .and_then(|a| a.as_str().parse::<u16>().ok())
            });
            count(c(1))
                .zip(count(c(2)))
                .map(|(yes, no)| VoteCounts { yes, no, abstain })
        } else if let Some(c) = DASHED_VOTE.regex().captures(text.original()) {
            let c = |i| c.get(i).map(|m| m.as_str());
            count(c(1)).zip(count(c(2))).map(|(yes, no)| VoteCounts {
                yes,
                no,
                abstain: count(c(3)),
            })
        } else {
            None
        };
        AdoptionMode::RecordedVote(counts)
    } else if lower.contains("without a vote") {
        AdoptionMode::WithoutVote
    } else if lower.contains("unanimous") {
        AdoptionMode::Unanimously
    } else if lower.contains("by consensus") {
        AdoptionMode::ByConsensus
    } else {
        return None;
    };
    Some(Adoption { body, mode })
}

/// A number written as digits or as an English word up to thirty.
pub fn parse_count(word: &str) -> Option<u32> {
    if let Ok(n) = word.parse() {
        return Some(n);
    }
    const WORDS: [&str; 31] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
        "twenty-one",
        "twenty-two",
        "twenty-three",
        "twenty-four",
        "twenty-five",
        "twenty-six",
        "twenty-seven",
        "twenty-eight",
        "twenty-nine",
        "thirty",
    ];
    let lower = word.to_ascii_lowercase();
    WORDS.iter().position(|w| *w == lower).map(|n| n as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn groups(s: &str) -> Vec<String> {
        find_groups(s)
            .into_iter()
            .filter_map(|f| match f.value {
                GroupRef::Explicit(k) => Some(k.id().0),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn group_year_forms() {
        assert_eq!(groups("GGE IN 2014/2015"), ["gge-2014-2015"]);
        assert_eq!(groups("the 2014-2015 GGE met"), ["gge-2014-2015"]);
        assert_eq!(groups("the 2014-15 GGE met"), ["gge-2014-2015"]);
        assert_eq!(groups("GGE 2019-2021 adopted"), ["gge-2019-2021"]);
        assert_eq!(groups("the OEWG 2021-2025"), ["oewg-2021-2025"]);
        assert_eq!(groups("the sixth GGE to be established"), ["gge-2019-2021"]);
        assert_eq!(
            groups("the first open-ended working group"),
            ["oewg-2019-2021"]
        );
        assert_eq!(groups("the Global Mechanism 2026"), ["mechanism-2026"]);
        assert_eq!(
            groups("the Group of Governmental Experts on Advancing responsible State behaviour"),
            ["gge-2019-2021"]
        );
        assert!(groups("between 2014/2015 nothing").is_empty());
    }

    #[test]
    fn years_with_a_bare_group_are_dated() {
        let dated = |s: &str| -> Vec<(u16, u16)> {
            find_groups(s)
                .into_iter()
                .filter_map(|f| match f.value {
                    GroupRef::Dated { start, end } => Some((start, end)),
                    _ => None,
                })
                .collect()
        };
        assert_eq!(dated("Experts of the 2009-10 group came"), [(2009, 2010)]);
        assert_eq!(dated("the 2016-2017 Group's report"), [(2016, 2017)]);
        assert_eq!(
            dated("Composition of the Group (2014-2015)"),
            [(2014, 2015)]
        );
        assert_eq!(dated("the group of 2009-2010 met"), [(2009, 2010)]);
        assert!(dated("a working group 2009-2010").is_empty());
        assert!(dated("the 2016-2017 grouping of states").is_empty());
        // With a kind word near, the years are explicit.
        assert!(dated("the 2016-2017 GGE group").is_empty());
    }

    #[test]
    fn established_by_phrase_is_deferred() {
        let f = find_groups("the OEWG established by resolution 75/240 met");
        assert!(
            f.iter().any(|f| f.value
                == GroupRef::EstablishedBy(GroupKind::Oewg, EntityId::from("A/RES/75/240")))
        );
    }

    #[test]
    fn resolution_forms() {
        let ids = |s: &str| {
            find_resolutions(s)
                .into_iter()
                .map(|f| f.value.0)
                .collect::<Vec<_>>()
        };
        assert_eq!(ids("adopted (A/RES/53/70)"), ["A/RES/53/70"]);
        assert_eq!(ids("resolution 68/243 in which"), ["A/RES/68/243"]);
        assert_eq!(ids("res. 53/70"), ["A/RES/53/70"]);
        assert_eq!(
            ids("resolutions 73/27 and 73/266"),
            ["A/RES/73/27", "A/RES/73/266"]
        );
        assert!(ids("Human Rights Council resolution 20/8").is_empty());
    }

    #[test]
    fn reports_and_norms() {
        let r: Vec<_> =
            find_reports("report (A/70/174) and A/68/98* but not A/C.1/73/L.27 or A/RES/70/237")
                .into_iter()
                .map(|f| f.value.0)
                .collect();
        assert_eq!(r, ["A/70/174", "A/68/98"]);
        let n = |s: &str| {
            find_norms(s)
                .into_iter()
                .map(|f| f.value.0)
                .collect::<Vec<_>>()
        };
        assert_eq!(n("norm 13(f)"), ["norm:2015-f"]);
        assert_eq!(n("paragraph 13 (c)"), ["norm:2015-c"]);
        assert_eq!(n("norms 13 (a) to (k)").len(), 11);
        assert_eq!(
            n("norms 13 (a), (b) and (d)"),
            ["norm:2015-a", "norm:2015-b", "norm:2015-d"]
        );
    }

    #[test]
    fn dates_and_votes() {
        assert_eq!(
            find_date("On 27 December 2013, the").map(|f| f.value.to_string()),
            Some("2013-12-27".into())
        );
        assert_eq!(
            find_date("adopted on 28 May.").map(|f| f.value.to_string()),
            Some("--05-28".into())
        );
        assert_eq!(
            find_date("in June 2015 (A/70/174)").map(|f| f.value.to_string()),
            Some("2015-06".into())
        );
        assert_eq!(find_date("in 1998"), None);
        assert_eq!(find_date("on 31 February 2015"), None);
        assert_eq!(
            find_date("5 Dec 2018 UNGA").map(|f| f.value.to_string()),
            Some("2018-12-05".into())
        );
        assert_eq!(
            find_date("date 2021-12-07 NEW").map(|f| f.value.to_string()),
            Some("2021-12-07".into())
        );
        assert_eq!(find_date("date 2021-02-30 NEW"), None);
        assert_eq!(
            find_date("on 29 February 2016").map(|f| f.value.to_string()),
            Some("2016-02-29".into())
        );
        assert_eq!(find_date("on 29 February 2015"), None);
        assert_eq!(
            find_date("Saturday, July 17, 2010; A02").map(|f| f.value.to_string()),
            Some("2010-07-17".into())
        );
        assert_eq!(
            find_adoption_mode("by a recorded vote of 119 to 46, with 14 abstentions")
                .map(|m| m.to_string())
                .as_deref(),
            Some("recorded vote 119-46-14")
        );
        assert_eq!(
            find_adoption_mode("In the First Committee, approved by a recorded vote of 109 to 45, with 16 abstentions")
                .map(|m| m.to_string()).as_deref(),
            Some("First Committee: recorded vote 109-45-16")
        );
        assert_eq!(
            find_adoption_mode("unanimously adopted")
                .map(|m| m.to_string())
                .as_deref(),
            Some("unanimously")
        );
        assert_eq!(parse_count("twenty-five"), Some(25));
    }
}
