//! Symbols: resolutions, First Committee drafts (full and bare), reports and the norms
//! of the 2015 report.

use super::*;

pub(super) static RESOLUTION_SYMBOL: Exact = Exact::ascii(r"\bA/RES/(\d{1,3})/(\d{1,4})\b");
pub(super) static RESOLUTION_WORD: Folded = Folded::new(
    r"(?i)\b(?:(Human Rights Council|HRC)\s+)?(?:resolutions?|res\.)\s+(?:(?:No\.|no\.|n°|№)\s*)?(?:A/RES/)?(\d{1,3})/(\d{1,4})\b",
);
pub(super) static RESOLUTION_NEXT: Exact =
    Exact::ascii(r"^(?:,\s*|\s+and\s+|\s*,\s*and\s+)(\d{1,3})/(\d{1,4})\b");
/// A resolution's number set off by commas after the words that describe it: "the
/// resolution establishing the OEWG, 73/27, was ...". Only in commas, close after
/// "resolution", and as a session and number (`73/27`), so a ratio or a date is not one.
pub(super) static RESOLUTION_APPOSITION: Folded = Folded::gated(
    r"(?i)\bresolution\s+(?:[\w-]+\s+){1,6}?[\w-]+,\s*(\d{2})/(\d{1,3}),",
    &["resolution"],
);
pub(super) static REPORT_SYMBOL: Exact = Exact::ascii(r"\bA/(\d{2,3})/(\d{1,5})\b\*?");
pub(super) static NORM_HEAD: Folded =
    Folded::new(r"(?i)\b(?:norms?|paragraphs?|paras?\.?)\s+13\s?\(([a-k])\)");
pub(super) static NORM_ITEM: Exact =
    Exact::ascii(r"^\s*(?:,|and|or|to|through|-|,\s*and)\s*(?:13\s?)?\(([a-k])\)");

pub(super) static BARE_DRAFT: Exact = Exact::ascii(
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

pub(super) static DRAFT_SYMBOL: Exact =
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

/// Upper bound on the length of one group reference found by [`find_groups_in`] (the longest
/// is "open-ended working group was established pursuant to General Assembly
/// resolution 123/1234", bounded by its regex).
pub(super) const MAX_GROUP_REF_LEN: usize = 1024;

/// Resolution symbols in a sentence (paired with its lower-cased twin): `A/RES/68/243`,
/// "resolution 68/243", "res. 53/70", and lists ("resolutions 73/27 and 73/266"). Human
/// Rights Council resolutions are left out.
pub(crate) fn find_resolutions_in(text: &CasedText<'_>) -> Vec<Found<EntityId>> {
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
    for caps in RESOLUTION_APPOSITION.captures_iter(text) {
        let (Some(s), Some(n)) = (caps.get(1), caps.get(2)) else {
            continue;
        };
        if !found
            .iter()
            .any(|f| f.start <= s.start() && s.end() <= f.end)
        {
            found.push(Found {
                start: s.start(),
                end: n.end(),
                value: resolution_id(s.as_str(), n.as_str()),
            });
        }
    }
    found.sort_by_key(|f| f.start);
    found.dedup_by(|a, b| a.start == b.start);
    found
}

pub(super) fn resolution_id(session: &str, number: &str) -> EntityId {
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

/// Norms of the 2015 report in a sentence (paired with its lower-cased twin): "norm 13
/// (f)", "paragraph 13 (c)", "norms 13 (a) to (k)", "13 (a), (b) and (d)". Letters
/// outside a-k are ignored.
pub(crate) fn find_norms_in(text: &CasedText<'_>) -> Vec<Found<EntityId>> {
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

pub(super) fn letter(s: &str) -> char {
    s.chars()
        .next()
        .map(|c| c.to_ascii_lowercase())
        .unwrap_or('a')
}
