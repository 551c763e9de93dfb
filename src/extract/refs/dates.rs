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
    r"(?i)\b(\d{1,3})\s+(?:votes\s+)?(?:in\s+fav(?:ou|o)r\s+)?to\s+(\d{1,3})\b(?:\s+against)?(?:,?\s+(?:with|and)\s+(\d{1,3})\s+(?:(?:other\s+)?(?:countries|states|member\s+states|nations|delegations)\s+)?(?:abstentions?|abstaining|abstained)\b)?",
);
/// Counts written as a list: "129 in favour, 44 against and 17 abstentions", "104 for and
/// 50 against", "138 yes votes, 12 no votes and 16 abstentions".
pub(super) static LISTED_VOTE: Folded = Folded::new(
    r"(?i)\b(\d{1,3})\s+(?:votes\s+)?(?:in\s+fav(?:ou|o)r|for|yes\s+votes|yes)\s*(?:,|;|and)?\s*(\d{1,3})\s+(?:votes\s+)?(?:against|no\s+votes)\b(?:\s*[,;]?\s*(?:and|with)?\s*(\d{1,3})\s+(?:(?:other\s+)?(?:countries|states|member\s+states|nations|delegations)\s+)?(?:abstentions?|abstaining|abstained)\b)?",
);
/// Counts as news write them: "119 countries voted in favour of the Russian resolution,
/// 46 against and 14 abstained".
pub(super) static NEWS_VOTE: Folded = Folded::new(
    r"(?i)\b(\d{1,3})\s+(?:countries|states|member\s+states|nations|delegations)\s+(?:voted\s+)?(?:in\s+fav(?:ou|o)r|for)(?:\s+of\s+(?u:[^.;\d]){1,80}?)?\s*(?:,|;|and|while|with)\s*(\d{1,3})\s+(?:voted\s+)?against\b(?:\s*[,;]?\s*(?:and|with|while)?\s*(\d{1,3})\s+(?:abstentions?|abstained|abstaining))?",
);
/// Only the votes in favour, as news reports them: "129 votes in favor", "119 countries
/// voted in favour", "adopted with 104 votes", "supported by 124 States", "received 129
/// votes". One of the groups 1-4 holds the count.
pub(super) static YES_VOTES: Folded = Folded::new(
    r"(?i)\b(\d{1,3})\s+(?:(?:votes?|countries|states|member\s+states|nations|delegations)\s+)?(?:(?:voted|voting)\s+)?in\s+fav(?:ou|o)r\b|\b(?:adopted|approved|passed|carried)\s+(?:with|by)\s+(\d{1,3})\s+votes\b|\b(?:supported|backed|endorsed)\s+by\s+(\d{1,3})\s+(?:member\s+)?(?:states|countries|nations|delegations)\b|\b(?:received|won|obtained|garnered|gathered|secured)\s+(\d{1,3})\s+votes\b",
);
/// The abstentions of a vote whose counts are split by a list of states, searched in the
/// rest of the clause (to the next `.` or `;`).
pub(super) static ABSTENTIONS: Exact = Exact::ascii(
    r"(?i)\b(\d{1,3})\s+(?:(?:other\s+)?(?:countries|states|member\s+states|nations|delegations)\s+)?(?:abstentions?|abstaining|abstained)\b",
);
pub(super) static DASHED_VOTE: Exact = Exact::ascii(r"\b(\d{1,3})-(\d{1,3})-(\d{1,3})\b");
/// Two dashed counts right after the verb of a vote: "passed 119-46", "by a vote of 119-46";
/// the abstentions, if any, later in the clause ("with 14 countries abstaining").
pub(super) static DASHED_PAIR: Folded = Folded::new(
    r"(?i)\b(?:passed|adopted|approved|carried|vote\s+of|voted)\s+(\d{1,3})-(\d{1,3})\b",
);

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
    find_date_in(&CasedText::new(sentence))
}

/// [`find_date`] on a sentence already paired with its lower-cased twin.
pub(crate) fn find_date_in(text: &CasedText<'_>) -> Option<Found<Date>> {
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

/// The Assembly as the one acting: "Acting on the recommendation of its First Committee,
/// the General Assembly today adopted ..." is a plenary vote though a committee is named.
pub(super) static ASSEMBLY_ACTS: Folded = Folded::gated(
    r"(?i)\bassembly\s+(?:\w+\s+){0,2}?(?:adopted|adopts|approved|approves|decided|decides|voted|votes|passed|passes)\b",
    &["assembly"],
);

/// True when the sentence names the committee (`word`, lower case) and has it act: it names
/// the committee and not the General Assembly adopting or voting.
pub(crate) fn committee_acts(text: &CasedText<'_>, word: &str) -> bool {
    text.lower().contains(word) && !ASSEMBLY_ACTS.is_match(text)
}

/// How a resolution was adopted, read from a sentence paired with its lower-cased twin:
/// "without a vote", "unanimously", "by consensus", or a recorded vote with its counts;
/// at the First Committee stage when the sentence is about that committee.
pub(crate) fn find_adoption_mode_in(text: &CasedText<'_>) -> Option<Adoption> {
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
    let counts = find_vote_counts(text);
    let mode =
        if lower.contains("recorded vote") || lower.contains("in favour") || !counts.is_empty() {
            AdoptionMode::RecordedVote(counts.first().map(|c| c.value))
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

/// Every count of a recorded vote in the sentence, in order: the full forms ("by a recorded
/// vote of 119 to 46, with 14 abstentions", "129 in favour, 44 against", "119-46-14" in a
/// sentence about a vote), then the votes in favour alone where a text gives no more
/// ("adopted with 153 votes in favour"); a shorter form inside a longer one is not read
/// again.
pub(crate) fn find_vote_counts(text: &CasedText<'_>) -> Vec<Found<VoteCounts>> {
    let mut found: Vec<Found<VoteCounts>> = Vec::new();
    let lower = text.lower();
    // "119-46-14" is a vote's only where the sentence speaks of one, or of an adoption
    // ("passed 139-11-18").
    let dashed = ["vote", "adopt", "approv", "passed"]
        .iter()
        .any(|w| lower.contains(w));
    let full = VOTE
        .captures_iter(text)
        .filter_map(|c| counted_to(text, &c))
        .chain(
            LISTED_VOTE
                .captures_iter(text)
                .chain(NEWS_VOTE.captures_iter(text))
                .filter_map(|c| {
                    let m = c.get(0)?;
                    let counts = VoteCounts {
                        yes: count_of(c.get(1))?,
                        no: Some(count_of(c.get(2))?),
                        abstain: count_of(c.get(3)),
                    };
                    Some((m.start(), m.end(), counts))
                }),
        )
        .chain(
            DASHED_VOTE
                .regex()
                .captures_iter(text.original())
                .filter(|_| dashed)
                .filter_map(|c| {
                    let m = c.get(0)?;
                    let n = |i| c.get(i).and_then(|g| g.as_str().parse::<u16>().ok());
                    let counts = VoteCounts {
                        yes: n(1)?,
                        no: Some(n(2)?),
                        abstain: n(3),
                    };
                    Some((m.start(), m.end(), counts))
                }),
        )
        .chain(DASHED_PAIR.captures_iter(text).filter_map(|c| {
            let m = c.get(0)?;
            let counts = VoteCounts {
                yes: count_of(c.get(1))?,
                no: Some(count_of(c.get(2))?),
                abstain: abstentions_after(text, m.end()),
            };
            Some((m.start(), m.end(), counts))
        }));
    let yes_only = YES_VOTES.captures_iter(text).filter_map(|c| {
        let m = c.get(0)?;
        let yes = (1..=4).find_map(|i| count_of(c.get(i)))?;
        let counts = VoteCounts {
            yes,
            no: None,
            abstain: None,
        };
        Some((m.start(), m.end(), counts))
    });
    for (start, end, value) in full.chain(yes_only) {
        if !found.iter().any(|f| f.start < end && start < f.end) {
            found.push(Found { start, end, value });
        }
    }
    found.sort_by_key(|f| f.start);
    found
}

/// The abstentions later in the clause from `at`: "..., with 8 abstentions".
fn abstentions_after(text: &CasedText<'_>, at: usize) -> Option<u16> {
    let rest = text.original().get(at..)?;
    let clause = &rest[..rest.find(['.', ';']).unwrap_or(rest.len())];
    ABSTENTIONS
        .regex()
        .captures(clause)
        .and_then(|a| a.get(1))
        .and_then(|a| a.as_str().parse::<u16>().ok())
}

/// A count a pattern group holds.
fn count_of(m: Option<Span<'_>>) -> Option<u16> {
    m.and_then(|m| m.as_str().parse().ok())
}

/// "119 to 46, with 14 abstentions" where the words say it is a vote: "from 15 to 25
/// members" is none, so the match or the words just before it ("by a recorded vote of")
/// must say so. The abstentions may follow the list of those against ("161 in favour to
/// 10 against (Bolivia, China, ...), with 8 abstentions").
fn counted_to(text: &CasedText<'_>, c: &Caps<'_>) -> Option<(usize, usize, VoteCounts)> {
    let m = c.get(0)?;
    let lower = text.lower();
    let said = &lower[m.start()..m.end()];
    let mut from = m.start().saturating_sub(40);
    while !lower.is_char_boundary(from) {
        from -= 1;
    }
    let before = &lower[from..m.start()];
    // "passed by 129 to 6": an adoption verb and "by" right before the counts.
    let adopted_by = before.trim_end().strip_suffix(" by").is_some_and(|b| {
        ["passed", "adopted", "approved", "carried"]
            .iter()
            .any(|verb| b.ends_with(verb))
    });
    if !["against", "vote", "fav", "abstention"]
        .iter()
        .any(|w| said.contains(w))
        && !before.contains("vote")
        && !adopted_by
    {
        return None;
    }
    let abstain = count_of(c.get(3)).or_else(|| abstentions_after(text, m.end()));
    let counts = VoteCounts {
        yes: count_of(c.get(1))?,
        no: Some(count_of(c.get(2))?),
        abstain,
    };
    Some((m.start(), m.end(), counts))
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
