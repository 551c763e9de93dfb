//! The text tests of the sponsor reads: which act a cue speaks of, which states qualify
//! or list beside it, and what may stand between them.

use super::*;

/// The act a cue at `start..end` speaks of: the nearest one before it ("resolution
/// 73/27, which was introduced by ..."), else the first one after it. `acts` is sorted by
/// position.
pub(super) fn nearest_act(
    acts: &[(EntityId, usize)],
    start: usize,
    end: usize,
) -> Option<(EntityId, usize)> {
    let i = acts.partition_point(|(_, at)| *at < start);
    i.checked_sub(1)
        .and_then(|j| acts.get(j))
        .or_else(|| acts[i..].iter().find(|(_, at)| *at >= end))
        .cloned()
}

/// The states a sentence names and the nationality words ("Russian", "Swiss") that are
/// not part of a name, as (start, end, state), in order: what may qualify a text as its
/// sponsor's.
pub(super) fn state_qualifiers(view: &Findings<'_>) -> Vec<(usize, usize, &'static State)> {
    let mut qualifiers: Vec<(usize, usize, &'static State)> = view
        .states
        .iter()
        .map(|st| (st.start, st.end, st.value))
        .collect();
    for m in DEMONYM_WORD.regex().find_iter(view.text) {
        if let Some(st) = crate::gazetteer::demonym(m.as_str())
            && !qualifiers
                .iter()
                .any(|q| q.0 <= m.start() && m.start() < q.1)
        {
            qualifiers.push((m.start(), m.end(), st));
        }
    }
    qualifiers.sort_by_key(|q| q.0);
    qualifiers
}

/// States forming one list next to `at`: after it (`forward`, "introduced by A and B") or
/// ending just before it ("A and B introduced ..."). Only joiners may separate them.
pub(super) fn contiguous_states(
    view: &Findings<'_>,
    at: usize,
    forward: bool,
) -> Vec<(EntityId, usize)> {
    let mut out = Vec::new();
    if forward {
        let mut pos = at;
        for st in view.states.iter().filter(|s| s.start >= at) {
            let gap = &view.text[pos..st.start];
            if !(is_joiner(gap) || out.is_empty() && is_counted_lead_in(gap)) {
                break;
            }
            out.push((EntityId::state(st.value.iso3), st.start));
            pos = st.end;
        }
    } else {
        let mut pos = at;
        for st in view.states.iter().rev().filter(|s| s.end <= at) {
            let gap = &view.text[st.end..pos];
            let ok = if out.is_empty() {
                ends_list_before_verb(view, st.start, gap)
            } else {
                is_joiner(gap)
            };
            if !ok {
                break;
            }
            out.push((EntityId::state(st.value.iso3), st.start));
            pos = st.start;
        }
        out.reverse();
    }
    out
}

/// "co-sponsored by 31 States, including A and B": a count of states leading in a list.
pub(super) fn is_counted_lead_in(gap: &str) -> bool {
    let g = gap.trim().to_ascii_lowercase();
    let mut words = g
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty());
    let counted = words.next().is_some_and(|w| refs::parse_count(w).is_some())
        || g.starts_with("more than ")
        || g.starts_with("over ");
    counted
        && ["including", "among them", "such as", "notably"]
            .iter()
            .any(|w| g.ends_with(w))
        && ["states", "countries", "delegations", "members"]
            .iter()
            .any(|w| g.contains(w))
        && g.len() <= 60
}

/// "A, B and C", "A along with B", "A together with B", "A jointly with B", "A, joined by
/// B"; "by both A and B".
pub(super) fn is_joiner(gap: &str) -> bool {
    let g = gap.trim().trim_start_matches(',').trim();
    let g = g.strip_prefix("both ").unwrap_or(g).trim();
    let g = g.strip_prefix("and").unwrap_or(g).trim();
    let g = g.strip_prefix("jointly").unwrap_or(g).trim();
    let g = [
        "along with",
        "together with",
        "jointly with",
        "joined by",
        "with",
    ]
    .iter()
    .find_map(|w| g.strip_prefix(w))
    .unwrap_or(g)
    .trim();
    g.is_empty() || g == "the" || g == "," || g == ", the"
}

/// The gap between the last state of a list (starting at `start`) and the verb after it:
/// "the Russian Federation in 1998 first introduced" allows a few words, but not a clause,
/// a symbol or speech; "The United States, joined by Canada and Japan, tabled" allows the
/// comma that closes the list of those who joined it.
pub(super) fn ends_list_before_verb(view: &Findings<'_>, start: usize, gap: &str) -> bool {
    let mut from = start.saturating_sub(60);
    while !view.text.is_char_boundary(from) {
        from -= 1;
    }
    let before = view.text[from..start].to_ascii_lowercase();
    let joined_list = gap.trim() == ","
        && [", joined by ", ", together with ", ", along with "]
            .iter()
            .any(|w| before.contains(w));
    joined_list
        || gap.len() <= 30
            && !gap.contains(',')
            && !gap.contains('/')
            && !gap.contains(" said")
            && !gap.contains(" says")
}

/// What stands between a state and a sponsor verb whose subject is the pronoun for that
/// state: "Cuba said that it had co-sponsored ...", "Chile stated it also sponsored ...",
/// "the delegate of Iran said his delegation had co-sponsored ...".
pub(super) static SELF_REPORT: Exact = Exact::ascii(
    r"(?i)^\s+(?:said|stated|noted|recalled|explained|announced|indicated|added|declared|confirmed)\s+(?:that\s+)?(?:it|(?:his|her|its|their)\s+(?:delegation|country|government))\s+(?:(?:had|has|was|would|also|again)\s+)*$",
);

/// The state whose statement that "it" sponsored a text puts the sponsor verb at
/// `cue_start`: the state right before the reporting verb, the pronoun its own.
pub(super) fn self_reported_sponsor(
    view: &Findings<'_>,
    cue_start: usize,
) -> Option<(EntityId, usize)> {
    let st = view.states.iter().rev().find(|s| s.end <= cue_start)?;
    SELF_REPORT
        .regex()
        .is_match(&view.text[st.end..cue_start])
        .then(|| (EntityId::state(st.value.iso3), st.start))
}

/// Who speaks for the state after it: "the representative of", "the delegate of the".
pub(super) static SPEAKER_BEFORE: Exact = Exact::ascii(
    r"(?i)\b(?:representative|delegate|delegation|ambassador|minister|spokesperson)\s+of\s+(?:the\s+)?$",
);
/// Who speaks for the state before it: "Cuba's delegate".
pub(super) static SPEAKER_AFTER: Exact =
    Exact::ascii(r"(?i)^'s\s+(?:representative|delegate|delegation|ambassador|minister)\b");

/// The states a sentence names as speakers ("the representative of Cuba", "Cuba's
/// delegate"), with where each is named.
pub(super) fn speakers(view: &Findings<'_>) -> Vec<(EntityId, usize)> {
    view.states
        .iter()
        .filter(|st| {
            let mut from = st.start.saturating_sub(40);
            while !view.text.is_char_boundary(from) {
                from -= 1;
            }
            SPEAKER_BEFORE.regex().is_match(&view.text[from..st.start])
                || SPEAKER_AFTER.regex().is_match(&view.text[st.end..])
        })
        .map(|st| (EntityId::state(st.value.iso3), st.start))
        .collect()
}

/// The symbol right after the word at `start..end`, or the word's own "resolution 73/27".
pub(super) fn act_after(view: &Findings<'_>, start: usize, end: usize) -> Option<EntityId> {
    view.acts[view.acts.partition_point(|a| a.start < start)..]
        .first()
        .filter(|a| a.start == start || a.start >= end)
        .filter(|a| a.start <= end + 25)
        .filter(|a| {
            let gap = view.text.get(end..a.start).unwrap_or("");
            gap.chars()
                .all(|c| c.is_whitespace() || matches!(c, '(' | ',' | ':'))
                || gap.trim().eq_ignore_ascii_case("(document")
        })
        .map(|a| a.value.clone())
}

/// "Resolution 73/27, a Russian initiative, ...": the act just before the phrase whose
/// qualifier starts at `at`, set off from it by a comma and an article.
pub(super) fn act_in_apposition(view: &Findings<'_>, at: usize) -> Option<EntityId> {
    let act = view.acts[..view.acts.partition_point(|a| a.end <= at)].last()?;
    let gap = view.text.get(act.end..at)?.trim().to_ascii_lowercase();
    matches!(gap.as_str(), ", a" | ", an" | ", the").then(|| act.value.clone())
}

/// The `qualifiers` right before the word at `cue_start`, chained by "-" or "/"
/// ("Russia-US draft"), nearest first: each (state id, start, state).
pub(super) fn chained_qualifiers(
    view: &Findings<'_>,
    qualifiers: &[(usize, usize, &'static State)],
    cue_start: usize,
) -> Vec<(EntityId, usize, &'static State)> {
    let mut end = cue_start;
    let mut states = Vec::new();
    let upto = qualifiers.partition_point(|q| q.1 <= cue_start);
    for q in qualifiers[..upto].iter().rev() {
        let gap = &view.text[q.1..end];
        let joined = if states.is_empty() {
            ADJECTIVE_GAP.regex().is_match(gap)
        } else {
            matches!(gap, "-" | "/" | "–")
        };
        if !joined {
            break;
        }
        states.push((EntityId::state(q.2.iso3), q.0, q.2));
        end = q.0;
    }
    states
}
