//! Identity data of the processes and acts the tool knows (groups, ICT resolutions and
//! drafts, reports, sponsor series, sessions), and the lookups into it.

use super::*;

/// The processes the tool knows by ordinal and name, in time order. This is identity data
/// (like the state table), as the UN set them up: six GGEs, two OEWGs and the
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

/// The resolution that set up each group, from the reference facts (the Global Mechanism's
/// is the one that endorsed the elements agreed for it): "the group requested in
/// A/RES/66/24" is the group that resolution set up, whatever group the sentence before
/// spoke of.
pub const ESTABLISHED_BY: [(&str, GroupKey); 9] = [
    ("A/RES/58/32", KNOWN_GROUPS[0]),
    ("A/RES/60/45", KNOWN_GROUPS[1]),
    ("A/RES/66/24", KNOWN_GROUPS[2]),
    ("A/RES/68/243", KNOWN_GROUPS[3]),
    ("A/RES/70/237", KNOWN_GROUPS[4]),
    ("A/RES/73/266", KNOWN_GROUPS[5]),
    ("A/RES/73/27", KNOWN_GROUPS[6]),
    ("A/RES/75/240", KNOWN_GROUPS[7]),
    ("A/RES/80/16", KNOWN_GROUPS[8]),
];

/// The group the catalogue says `act` set up.
pub fn group_established_by(act: &EntityId) -> Option<GroupKey> {
    ESTABLISHED_BY
        .iter()
        .find(|(symbol, _)| *symbol == act.as_str())
        .map(|(_, g)| *g)
}

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
/// of UN document symbols and the UN roll-call data (Voeten) give, so a text that names one
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

pub(super) static TITLE_DEVELOPMENTS: Folded =
    Folded::new(r"(?i)\bdevelopments\s+in\s+the\s+field\s+of\s+information\b");
pub(super) static TITLE_ADVANCING: Folded =
    Folded::new(r"(?i)\badvancing\s+responsible\s+state\s+behaviou?r\b");
/// Gated on "session": it is searched in the whole text of every document.
pub(super) static SESSION_NUMBER: Folded = Folded::gated(
    r"(?i)\b(\d{2})(?:st|nd|rd|th)\s+(?:regular\s+)?session\b|\b(fifty|sixty|seventy|eighty)(?:-(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|(ieth))\s+(?:regular\s+)?session\b",
    &["session"],
);

/// The title family a text names, when it names exactly one.
pub(crate) fn title_in(text: &CasedText<'_>) -> Option<ActTitle> {
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
pub(crate) fn title_span(text: &CasedText<'_>) -> Option<(ActTitle, usize, usize)> {
    let title = title_in(text)?;
    let m = match title {
        ActTitle::Developments => TITLE_DEVELOPMENTS.find(text)?,
        ActTitle::Advancing => TITLE_ADVANCING.find(text)?,
    };
    Some((title, m.start(), m.end()))
}

/// The General Assembly session a text names ("76th session", "Seventy-fifth Session").
pub(crate) fn session_in(text: &CasedText<'_>) -> Option<u16> {
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

/// The title family of the series `sponsors` (ISO3, sorted) tabled, in any session.
pub fn series_title(sponsors: &[&str]) -> Option<ActTitle> {
    SPONSOR_SERIES
        .iter()
        .find(|s| s.0 == sponsors)
        .map(|(_, title, _, _)| *title)
}

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

/// [`known_act`] for a sentence: the committee is the one acting when the sentence has it
/// act ([`committee_acts`]), and then only a draft the catalogue knows answers, never the
/// resolution it became.
pub(crate) fn known_act_in(
    text: &CasedText<'_>,
    session: u16,
    title: Option<ActTitle>,
) -> Option<EntityId> {
    let committee = committee_acts(text, "committee");
    let act = known_act(session, title, committee)?;
    (!committee || act.kind() == crate::model::EntityKind::Draft).then_some(act)
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
