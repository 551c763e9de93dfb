//! Dates checked against the calendar, adoption modes with their recorded counts, and
//! counts written as numbers or words.

use super::*;

pub(super) static DAY_MONTH: Folded = Folded::new(
    r"(?i)\b(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)(?:\b|\s)(?:,?\s*((?:19|20)\d\d)\b)?",
);
pub(super) static MONTH_YEAR: Folded = Folded::new(
    r"(?i)\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+((?:19|20)\d\d)\b",
);
pub(super) static ISO_DATE: Exact = Exact::ascii(r"\b((?:19|20)\d\d)-(0[1-9]|1[0-2])-([0-3]\d)\b");
pub(super) static MONTH_DAY_YEAR: Folded = Folded::new(
    r"(?i)\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2}),?\s+((?:19|20)\d\d)\b",
);
pub(super) static VOTE: Folded = Folded::new(
    r"(?i)(\d{1,3})\s+(?:votes\s+)?(?:in favour\s+)?to\s+(\d{1,3})(?:\s+against)?(?:,?\s+with\s+(\d{1,3})\s+abstentions?)?",
);
/// The abstentions of a vote whose counts are split by a list of states.
pub(super) static ABSTENTIONS: Exact = Exact::ascii(r"^(?u:[^.;])*?\b(\d{1,3})\s+abstentions?\b");
pub(super) static DASHED_VOTE: Exact = Exact::ascii(r"\b(\d{1,3})-(\d{1,3})-(\d{1,3})\b");

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
pub(super) fn month_number(name: &str) -> Option<usize> {
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
pub(super) static ASSEMBLY_ACTS: Folded = Folded::gated(
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
                .map(|(yes, no)| VoteCounts {
                    yes,
                    no: Some(no),
                    abstain,
                })
        } else if let Some(c) = DASHED_VOTE.regex().captures(text.original()) {
            let c = |i| c.get(i).map(|m| m.as_str());
            count(c(1)).zip(count(c(2))).map(|(yes, no)| VoteCounts {
                yes,
                no: Some(no),
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
