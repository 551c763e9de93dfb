//! The text tests of the membership reads: which groups a membership sentence
//! coordinates, what may stand between a cue and its list, which clauses are lists only,
//! the guards, and the shapes of annex and title lines.

use super::*;

/// `first`, the group a membership sentence is about (named at `at`), and the groups
/// coordinated with it: "the 2012-2013, 2014-2015 and 2016-2017 GGEs", "the GGE 2014/2015
/// and the GGE 2016/2017". A gap with any other word ends the run ("a member of the
/// 2012-2013 GGE and chaired the 2014-2015 GGE").
pub(super) fn coordinated_groups(
    view: &Findings<'_>,
    first: GroupTarget,
    at: usize,
) -> Vec<GroupTarget> {
    let mut out = vec![first];
    let Some(i) = view.groups.iter().position(|g| g.start == at) else {
        return out;
    };
    let mut end = view.groups[i].end;
    for g in &view.groups[i + 1..] {
        let GroupMention::Explicit(key) = g.value else {
            break;
        };
        let gap = view.text.get(end..g.start).unwrap_or("x");
        let coordination = gap
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty())
            .all(|w| {
                matches!(
                    w.to_ascii_lowercase().as_str(),
                    "and"
                        | "the"
                        | "gge"
                        | "gges"
                        | "group"
                        | "groups"
                        | "&"
                        | "in"
                        | "again"
                        | "also"
                        | "of"
                        | "then"
                )
            });
        if !coordination || gap.contains(['.', ';', '(']) {
            break;
        }
        let id = GroupTarget::Known(key);
        if !out.contains(&id) {
            out.push(id);
        }
        end = g.end;
    }
    out
}

/// The capitalised word a list gap holds between two states ("Brazil, China, Atlantis,
/// France": "Atlantis"), as (start, end) in `text`; `None` when the gap is only
/// punctuation and joiners.
pub(super) fn unknown_name(text: &str, from: usize, to: usize) -> Option<(usize, usize)> {
    let gap = text.get(from..to)?;
    // "China (Chair), France": a bracket speaks of the state before it.
    if gap.contains('(') {
        return None;
    }
    let start = gap.find(char::is_uppercase)?;
    let len = gap[start..]
        .find(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
        .unwrap_or(gap.len() - start);
    Some((from + start, from + start + len))
}

/// True when the sentence after byte `from` holds nothing but states, list punctuation and
/// what brackets say of them.
pub(super) fn only_a_list(view: &Findings<'_>, from: usize) -> bool {
    let mut rest = String::new();
    let mut pos = from;
    for st in view.states.iter().filter(|st| st.start >= from) {
        rest.push_str(&view.text[pos..st.start]);
        pos = st.end;
    }
    rest.push_str(&view.text[pos..]);
    strip_joiners(&without_parentheses(&rest)).len() <= 4
}

/// For each clause (cut at `breaks`): true when it holds nothing but states and list
/// punctuation. One pass over the states.
pub(super) fn list_only_clauses(
    text: &str,
    breaks: &[usize],
    states: &[Found<&'static State>],
) -> Vec<bool> {
    let mut out = Vec::with_capacity(breaks.len() + 1);
    let mut st = states.iter().peekable();
    for i in 0..=breaks.len() {
        let s = if i == 0 { 0 } else { breaks[i - 1] };
        let e = breaks.get(i).copied().unwrap_or(text.len());
        let mut rest = String::new();
        let mut pos = s;
        while let Some(m) = st.peek() {
            if m.start >= e {
                break;
            }
            if m.start >= pos && m.end <= e {
                rest.push_str(text.get(pos..m.start).unwrap_or(""));
                pos = m.end;
            }
            st.next();
        }
        rest.push_str(text.get(pos..e).unwrap_or(""));
        out.push(strip_joiners(&rest).len() <= 4);
    }
    out
}

/// True when `gap` (text between a membership cue and a state) holds only words that
/// describe the list, capitalised names and numbers, with at most `unknown` other words,
/// and no agent ("by").
pub(super) fn membership_gap(gap: &str, unknown: usize) -> bool {
    let mut other = 0;
    for word in gap
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
    {
        if word == "by" {
            return false;
        }
        let capitalised = word.chars().next().is_some_and(char::is_uppercase);
        if !capitalised && !LIST_WORDS.contains(&word) && refs::parse_count(word).is_none() {
            other += 1;
        }
    }
    other <= unknown
}

/// How many of the sentence's first states are NOT part of the list that runs up to the
/// cue at `cue_start` ("A, B and C were members"): the list is followed back from the
/// cue while each gap describes it (one other word allowed per gap).
pub(super) fn states_listed_before(view: &Findings<'_>, cue_start: usize) -> usize {
    let upto = view.states.partition_point(|st| st.end <= cue_start);
    let mut first = upto;
    let mut next_start = cue_start;
    while first > 0 {
        let st = &view.states[first - 1];
        let gap = &view.text[st.end..next_start];
        let joined = if next_start == cue_start {
            membership_gap(gap, 1)
        } else {
            is_list_gap(gap) || membership_gap(gap, 1)
        };
        // "chaired by Ana Ruiz (Peru)": a chair's nationality is not a membership.
        let mut from = st.start.saturating_sub(60);
        // Back to a character's first byte: the 60 bytes may end inside an "é".
        while !view.text.is_char_boundary(from) {
            from -= 1;
        }
        let agent = view.text[from..st.start]
            .rsplit_once(" by ")
            .is_some_and(|(_, after)| !after.contains(','));
        if !joined || agent {
            break;
        }
        first -= 1;
        next_start = st.start;
    }
    first
}

/// True when the text between two states is list punctuation ("A, B and C", "A; B",
/// "A (Chair), B", "A as well as B").
pub(super) fn is_list_gap(gap: &str) -> bool {
    // "A (Ms. Ana Ruiz), B": what a bracket holds is about the item before it.
    let words = strip_joiners(&without_parentheses(gap));
    let words: Vec<&str> = words.split(' ').filter(|w| !w.is_empty()).collect();
    // "A and B, as well as (from) C": the cue's preposition may come again.
    let joined = words.join(" ");
    words.len() <= 1
        || matches!(
            joined.as_str(),
            "as well as" | "as well as from" | "as well as of"
        )
}

/// The sentence without its state names, joiners and punctuation.
pub(super) fn residue(view: &Findings<'_>) -> String {
    let mut rest = String::new();
    let mut pos = 0;
    for st in &view.states {
        rest.push_str(&view.text[pos..st.start]);
        pos = st.end;
    }
    rest.push_str(&view.text[pos..]);
    strip_joiners(&rest)
}

pub(super) fn strip_joiners(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() || c.is_ascii_punctuation() || c.is_ascii_digit())
        .filter(|w| !w.is_empty() && !matches!(*w, "and" | "the" | "et" | "y" | "or"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// True when `text`, without its "[unverified: ...]" note (the note is the corpus's
/// commentary, not the statement), has a membership guard word.
pub(super) fn guarded(text: &str) -> bool {
    let cased = CasedText::new(text);
    let lower = cased.lower();
    let Some(at) = lower.find("[unverified") else {
        return MEMBER_GUARD.is_match(&cased);
    };
    let end = lower[at..].find(']').map_or(lower.len(), |e| at + e + 1);
    let stripped = format!("{}{}", &text[..at], &text[end..]);
    MEMBER_GUARD.is_match(&CasedText::new(&stripped))
}

/// A line of an annex entry: a short line that is not a sentence of text (a name with its
/// title, a post, a ministry): at most ten words, no full stop at its end.
pub(super) fn is_annex_line(text: &str) -> bool {
    is_title_line(text) && !text.trim_end().ends_with(':') && text.split_whitespace().count() <= 10
}

/// A personal title opening an expert's name.
pub(super) static PERSONAL_TITLE: Exact = Exact::ascii(
    r"^(?:Mr|Ms|Mrs|Dr|Prof|H\.\s?E)\.?\s|^(?:Mister|Madam|Ambassador|Professor|Colonel|General|Judge|Sir|Dame)\s",
);

/// A title line: no full stop or other sentence end at its end.
pub(super) fn is_title_line(text: &str) -> bool {
    let t = text.trim();
    !t.is_empty() && !t.ends_with(['.', ';', '?', '!', ','])
}

/// True when a sentence hands over to a list: it ends in `:` or in "the following." /
/// "as follows.".
pub(super) fn opens_list(text: &str) -> bool {
    let t = text.trim_end().to_ascii_lowercase();
    t.ends_with(':') || t.ends_with("following.") || t.ends_with("as follows.")
}
