//! Group references: year ranges tied to a kind word, ordinals, mandate titles,
//! "established by" phrases, generic "the Group" phrases, and the topics that tell an
//! ICT group from another body's.

use super::*;

/// How a sentence names a group ("the 2014/15 GGE", "the Group", "the OEWG established by
/// 75/240"), before the reader resolves it to a [`GroupKey`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GroupMention {
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

pub(super) static KIND: Folded = Folded::new(
    r"(?i)\bGGEs?\b|Groups? of Governmental Experts|\bOEWGs?\b|open-ended working groups?|\bGlobal Mechanism\b|\bpermanent mechanism\b",
);
/// A year range: "2014/15", "2014-2015", "2014 to 2015"; "2009 and 2010" (group 3) only
/// where those are the years of one known group ("convened in 2009 and 2010"), since
/// "the reports of 2013 and 2015" speak of two.
pub(super) static YEARS: Exact =
    Exact::ascii(r"\b((?:19|20)\d\d)(?:\s?[/-]\s?|\s+to\s+|(\s+and\s+))((?:19|20)\d\d|\d\d)\b");
pub(super) static MECH_YEAR: Folded =
    Folded::new(r"(?i)\b(?:Global|permanent) Mechanism(?:\s+\(?((?:19|20)\d\d)\)?)?");
/// "the sixth GGE", "the second OEWG"; a bare "group" from the third on ("the sixth group"),
/// since only the GGEs number that many (not "a third group of States").
pub(super) static ORDINAL: Folded = Folded::new(
    r"(?i)\b(first|second|third|fourth|fifth|sixth|1st|2nd|3rd|4th|5th|6th)\s+(?:(?:UN|U\.N\.|United Nations)\s+)?(GGE|Group of Governmental Experts|OEWG|open-ended working group)|\b(third|fourth|fifth|sixth|3rd|4th|5th|6th)\s+(?:(?:UN|U\.N\.|United Nations)\s+)?(group)\b(?:\s+of\s+governmental)?",
);
/// The sixth GGE by its mandate's title: "the Group of Governmental Experts on Advancing
/// responsible State behaviour in cyberspace" (the title of resolution 73/266 that set it
/// up; the earlier GGEs share the generic title of the "Developments" resolutions).
pub(super) static GGE_ADVANCING: Folded = Folded::new(
    r"(?i)\b(?:GGE|Group of Governmental Experts)\s+on\s+advancing\s+responsible\s+state\s+behaviou?r\b",
);
pub(super) static ESTABLISHED: Folded = Folded::new(
    r"(?i)\b(GGE|Group of Governmental Experts|OEWG|open-ended working group)\s+(?:was\s+)?(?:established|set up|convened|created)\s+(?:by|under|pursuant to)\s+(?:General Assembly\s+)?(?:resolution|res\.)\s+(\d{1,3})/(\d{1,4})",
);
pub(super) static GENERIC: Folded = Folded::gated(
    r"(?i)\b(?:the|this|that|a|an|its|a new|the new|another|new|latest|current)\s+(?:(?:UN|U\.N\.|United Nations|new|latest|current|first|successor|last|previous|next|following|subsequent|preceding|earlier|further|fresh)\s+)?(?:\d+-member\s+)?(Group|GGE|OEWG|open-ended working group|working group|mechanism)\b",
    &["group", "gge", "oewg", "mechanism"],
);

pub(super) fn kind_of_word(word: &str) -> GroupKind {
    let w = word.to_ascii_lowercase();
    if w.contains("gge") || w.contains("governmental") {
        GroupKind::Gge
    } else if w.contains("mechanism") {
        GroupKind::Mechanism
    } else {
        GroupKind::Oewg
    }
}

/// Group references in a sentence (paired with its lower-cased twin): year ranges tied to
/// the nearest kind word, ordinals, "established by resolution" phrases and generic "the
/// Group" phrases.
pub(crate) fn find_groups_in(text: &CasedText<'_>) -> Vec<Found<GroupMention>> {
    let kinds: Vec<(usize, usize, GroupKind)> = KIND
        .find_iter(text)
        .map(|m| (m.start(), m.end(), kind_of_word(m.as_str())))
        .collect();
    let mut found: Vec<Found<GroupMention>> = Vec::new();
    let bare_group = text.lower().contains("group");
    if kinds.is_empty() && !bare_group {
        // "the 2009-2010 round": years of a known group with a word for a round only.
        if ["round", "cycle", "edition", "iteration"]
            .iter()
            .any(|w| text.lower().contains(w))
        {
            push_year_ranges(text, &kinds, false, &mut found);
        }
        return found;
    }
    push_year_ranges(text, &kinds, bare_group, &mut found);
    push_mechanisms(text, &mut found);
    push_ordinals(text, &mut found);
    for m in GGE_ADVANCING.find_iter(text) {
        found.push(Found {
            start: m.start(),
            end: m.end(),
            value: GroupMention::Explicit(KNOWN_GROUPS[5]),
        });
    }
    // The checks below look only at the references near each match (see `near`), so a
    // sentence with thousands of them stays linear. Matches of one regex do not overlap
    // and come in order, so among those only the last one pushed can be near the next.
    found.sort_by_key(|f| (f.start, f.end));
    push_established(text, &mut found);
    found.sort_by_key(|f| (f.start, f.end));
    push_generic(text, &mut found);
    found.sort_by_key(|f| (f.start, f.end));
    found
}

/// Year ranges: of the kind named nearest (`kinds`, in text order), or dated references
/// to a bare "group" (`bare_group`: the sentence has the word).
fn push_year_ranges(
    text: &CasedText<'_>,
    kinds: &[(usize, usize, GroupKind)],
    bare_group: bool,
    found: &mut Vec<Found<GroupMention>>,
) {
    for caps in YEARS.regex().captures_iter(text.original()) {
        let Some((whole, start, end)) = year_range(&caps) else {
            continue;
        };
        if let Some(kind) = nearest_kind(kinds, whole.start(), whole.end()) {
            found.push(Found {
                start: whole.start(),
                end: whole.end(),
                value: GroupMention::Explicit(GroupKey {
                    kind,
                    start,
                    end: Some(end),
                }),
            });
        } else if (bare_group
            && (group_word_follows(&text.lower()[whole.end()..])
                || group_word_precedes(&text.lower()[..whole.start()])))
            || (round_word_follows(&text.lower()[whole.end()..])
                && KNOWN_GROUPS
                    .iter()
                    .any(|k| k.start == start && k.end == Some(end)))
        {
            found.push(Found {
                start: whole.start(),
                end: whole.end(),
                value: GroupMention::Dated { start, end },
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
                value: GroupMention::Dated { start, end },
            });
        }
    }
}

/// The span and years of a [`YEARS`] match, `None` when they cannot be one group's: not
/// in order, more than ten years apart, or "2009 and 2010" that are no known group's.
fn year_range<'h>(caps: &regex::Captures<'h>) -> Option<(regex::Match<'h>, u16, u16)> {
    let (Some(whole), Some(a), Some(b)) = (caps.get(0), caps.get(1), caps.get(3)) else {
        return None;
    };
    let joined_by_and = caps.get(2).is_some();
    let start = a.as_str().parse::<u16>().ok()?;
    let end = match b.as_str().len() {
        2 => b.as_str().parse::<u16>().map(|e| start / 100 * 100 + e),
        _ => b.as_str().parse::<u16>(),
    };
    let end = end.ok()?;
    if end < start || end - start > 10 {
        return None;
    }
    if joined_by_and
        && (b.as_str().len() != 4
            || !KNOWN_GROUPS
                .iter()
                .any(|k| k.start == start && k.end == Some(end)))
    {
        return None;
    }
    Some((whole, start, end))
}

/// The kind word closest to the year range `start..end` decides the kind; a word after
/// the range counts only when close ("the 2012/2013 GGE").
fn nearest_kind(
    kinds: &[(usize, usize, GroupKind)],
    start: usize,
    end: usize,
) -> Option<GroupKind> {
    // Only kind words within reach are looked at (kinds are in text order), so a
    // sentence with thousands of both stays linear.
    let from = kinds.partition_point(|&(_, ke, _)| ke + 160 < start);
    let to = kinds.partition_point(|&(ks, _, _)| ks <= end + 160 / 3);
    kinds
        .get(from..to.max(from))
        .unwrap_or_default()
        .iter()
        .filter_map(|&(ks, ke, k)| {
            let dist = if ke <= start {
                start - ke
            } else if ks >= end {
                (ks - end) * 3
            } else {
                0
            };
            (dist <= 160).then_some((dist, k))
        })
        .min_by_key(|&(d, _)| d)
        .map(|(_, kind)| kind)
}

/// "the Global Mechanism (2026)", or the permanent mechanism without a year.
fn push_mechanisms(text: &CasedText<'_>, found: &mut Vec<Found<GroupMention>>) {
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
            value: GroupMention::Explicit(key),
        });
    }
}

/// "the sixth GGE", "the second OEWG", "the fifth group of governmental experts".
fn push_ordinals(text: &CasedText<'_>, found: &mut Vec<Found<GroupMention>>) {
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
                value: GroupMention::Explicit(key),
            });
        }
    }
}

/// "the OEWG established by resolution 75/240", unless the group is already named there
/// (`found`, sorted) or by its years just before.
fn push_established(text: &CasedText<'_>, found: &mut Vec<Found<GroupMention>>) {
    let mut established_found: Vec<Found<GroupMention>> = Vec::new();
    for caps in ESTABLISHED.captures_iter(text) {
        let (Some(whole), Some(word), Some(s), Some(n)) =
            (caps.get(0), caps.get(1), caps.get(2), caps.get(3))
        else {
            continue;
        };
        let nearby = near(found, whole.start().saturating_sub(30), whole.end())
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
                value: GroupMention::EstablishedBy(kind_of_word(word.as_str()), res),
            });
        }
    }
    found.extend(established_found);
}

/// Generic "the Group", "the new GGE" phrases that no explicit reference in `found`
/// (sorted) overlaps.
fn push_generic(text: &CasedText<'_>, found: &mut Vec<Found<GroupMention>>) {
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
            value: GroupMention::Generic(kind),
        });
    }
}

/// The year ranges a sentence names that are the years of a known group ("2009-2010",
/// "2014/15"), whatever words stand around them.
pub(crate) fn known_years_in(text: &CasedText<'_>) -> Vec<(u16, u16)> {
    YEARS
        .regex()
        .captures_iter(text.original())
        .filter_map(|caps| year_range(&caps).map(|(_, start, end)| (start, end)))
        .filter(|&(start, end)| {
            KNOWN_GROUPS
                .iter()
                .any(|k| k.start == start && k.end == Some(end))
        })
        .collect()
}

/// True when `after` (lower case, what follows a year range) starts with the word "group"
/// or "groups" ("2012-2013 group's report"), not "grouping".
pub(super) fn group_word_follows(after: &str) -> bool {
    let rest = after.trim_start_matches([' ', '\u{a0}']);
    rest.strip_prefix("group").is_some_and(|r| {
        let r = r.strip_prefix('s').unwrap_or(r);
        !r.starts_with(|c: char| c.is_alphanumeric())
    })
}

/// True when `after` (lower case, what follows a year range) starts with a word for one
/// round of the process: "the 2009-2010 round", "the 2014/15 cycle". Only the years of a
/// known group are taken so.
fn round_word_follows(after: &str) -> bool {
    let rest = after.trim_start_matches([' ', '\u{a0}']);
    ["round", "cycle", "edition", "iteration"].iter().any(|w| {
        rest.strip_prefix(w)
            .is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric() && c != 's'))
    })
}

/// Where the word "group" stands in the clause before a year range (`before`, lower case),
/// at most 100 bytes back and not as "working group" or "group of 77"; the clause ends at
/// `;`, `:` or a full stop.
pub(super) fn group_word_before(before: &str) -> Option<usize> {
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
pub(super) fn group_word_precedes(before: &str) -> bool {
    let rest = before.trim_end_matches([' ', '(', '\u{a0}']);
    let rest = rest.strip_suffix(" of").unwrap_or(rest);
    // "a working group 2009-2010" is not a group of experts.
    rest.strip_suffix("group").is_some_and(|r| {
        !r.ends_with(|c: char| c.is_alphanumeric()) && !r.trim_end().ends_with("working")
    })
}

/// The references of `sorted` (by start) that can reach into `from..to`: those starting
/// before `to` and at most [`MAX_GROUP_REF_LEN`] bytes before `from`.
pub(super) fn near<T>(sorted: &[Found<T>], from: usize, to: usize) -> &[Found<T>] {
    let lo = sorted.partition_point(|f| f.start + MAX_GROUP_REF_LEN < from);
    let hi = sorted.partition_point(|f| f.start < to);
    sorted.get(lo..hi.max(lo)).unwrap_or_default()
}

/// Words naming the subject of a UN body that is not about ICTs: a Group of Governmental
/// Experts on outer space, a fissile material group, the Arms Trade Treaty's working group
/// share the words "GGE" and "working group" with the ICT processes and must never be
/// read as them.
pub(super) static OTHER_TOPIC: Folded = Folded::new(
    r"(?i)\bouter space\b|\barms race\b|\bparos\b|\bfissile\b|\bfmct\b|\bcut-off treaty\b|\bnuclear\b|\bverification\b|\barms trade treaty\b|\bregister of conventional arms\b|\bconventional arms\b|\bsmall arms\b|\bmissiles?\b|\bchemical weapons\b|\bbiological weapons\b|\bautonomous weapons\b|\bmilitary expenditures?\b|\bammunition\b|\bdisarmament and development\b",
);
/// Words that tie a group to ICTs.
pub(super) static ICT_TOPIC: Folded = Folded::new(
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
    pub(crate) fn of(text: &CasedText<'_>) -> Topics {
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
pub(super) fn nearest(spans: &[(usize, usize)], start: usize, end: usize) -> Option<usize> {
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
pub(crate) fn about_other_topic(text: &CasedText<'_>) -> bool {
    OTHER_TOPIC.is_match(text) && !ICT_TOPIC.is_match(text)
}

/// True when the text names an ICT subject.
pub(crate) fn about_ict(text: &CasedText<'_>) -> bool {
    ICT_TOPIC.is_match(text)
}
