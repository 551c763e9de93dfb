//! Votes stated in text: which state voted how on which resolution or draft, and which
//! draft became which resolution.
//!
//! Pure functions over one sentence (its text, the states and acts found in it, and the
//! act the previous sentences spoke of); the reader in `rules` turns what they return
//! into claims with the rule's name in their provenance. Two shapes of vote are read:
//!
//! - states in parentheses after a count and a vote word: "3 against (Cuba, Iran and
//!   Syria)", "with 4 abstentions (Chile and India)";
//! - the columns of a recorded vote: "In favour: Algeria, Brazil. Against: Canada.
//!   Abstaining: Chile." (one label per column, in one sentence or one sentence each;
//!   "Absent:" ends a column and gives no vote).
//!
//! The vote is on the act named in the sentence before the cue (else the first the
//! sentence names, else the one the previous sentences named): the draft for a vote of
//! the First Committee, the resolution for one of the plenary. No act, no claim.
//!
//! Not for the counts of a vote: those are the `adoption` rule's.

use super::pattern::{CasedText, Folded};
use super::refs::Found;
use crate::gazetteer::State;
use crate::model::{EntityId, EntityKind, Relation};

/// A vote word followed by an opening parenthesis, the count before it optional.
pub(super) static PARENTHESISED: Folded =
    Folded::new(r"(?i)\b(?:in\s+favou?r|against|abstentions?|abstaining|abstained|abstain)\s*\(");
/// A column label of a recorded vote.
pub(super) static COLUMN: Folded = Folded::new(
    r"(?i)\b(?:in\s+favou?r|against|abstentions?|abstaining|abstained|abstain|absent|not\s+voting)\s*:",
);
/// A vote verb after the states that cast it: "Cuba and Iran voted against".
pub(super) static VOTED: Folded =
    Folded::new(r"(?i)\bvoted\s+(?:against|in\s+favou?r|for|yes|no)\b|\babstained\b");
/// A vote word before the states that cast it: "Voting against were Cuba and Iran",
/// "Abstaining were Chile and Peru", "Those voting in favour included ...", "Among those
/// voting no on resolution 73/27 were ..." (the act between).
pub(super) static VOTERS_AFTER: Folded = Folded::new(
    r"(?i)\b(?:voting\s+(?:against|in\s+favou?r|for|yes|no)|abstaining)(?:\s+(?:on|of|for)\s+(?:the\s+)?(?:draft\s+)?(?:resolution\s+)?[\w./]+)?\s+(?:were|was|are|is|included|includes)\b",
);
/// Between a draft and a resolution: the draft became the resolution.
pub(super) static BECAME: Folded =
    Folded::new(r"(?i)\b(?:became|becomes|become|adopted\s+as|approved\s+as|turned\s+into)\b");

/// One vote read: the state, the relation (`voted_yes`, `voted_no`, `abstained`), the act,
/// and the byte offset of the state in the sentence.
pub(super) type VoteRead = (&'static State, Relation, EntityId, usize);

/// What a shape of vote reads: the sentence, the states and acts found in it, and the act
/// the previous sentences spoke of.
#[derive(Clone, Copy)]
pub(super) struct Sentence<'a> {
    pub(super) text: &'a CasedText<'a>,
    pub(super) states: &'a [Found<&'static State>],
    pub(super) acts: &'a [Found<EntityId>],
    pub(super) focus: Option<&'a EntityId>,
}

/// One shape of vote: a sentence -> its votes.
pub(super) type Reader = fn(&Sentence<'_>) -> Vec<VoteRead>;

/// The relation of a vote word, `None` for "absent" / "not voting".
fn relation_of(word: &str) -> Option<Relation> {
    let w = word.to_ascii_lowercase();
    if w.starts_with("in") {
        Some(Relation::VotedYes)
    } else if w.starts_with("against") {
        Some(Relation::VotedNo)
    } else if w.starts_with("abst") {
        Some(Relation::Abstained)
    } else {
        None
    }
}

/// The act a vote at byte `at` is on: the last the sentence names before `at`, else the
/// first it names, else `focus`.
fn act_for(acts: &[Found<EntityId>], at: usize, focus: Option<&EntityId>) -> Option<EntityId> {
    acts.iter()
        .rev()
        .find(|a| a.end <= at)
        .or_else(|| acts.first())
        .map(|a| a.value.clone())
        .or_else(|| focus.cloned())
        .filter(|a| matches!(a.kind(), EntityKind::Resolution | EntityKind::Draft))
}

/// The votes of states named in parentheses after a vote word ("3 against (Cuba and
/// Iran)"), in the order of the states.
pub(super) fn parenthesised(sentence: &Sentence<'_>) -> Vec<VoteRead> {
    let text = sentence.text;
    let original = text.original();
    let spans = PARENTHESISED.find_iter(text).filter_map(|cue| {
        let open = cue.end();
        let close = open + original[open..].find(')')?;
        let word = original[cue.start()..open].trim_end_matches(['(', ' ']);
        Some((cue.start(), word, open, close))
    });
    read_spans(spans, sentence)
}

/// The votes of the columns of a recorded vote ("In favour: A, B. Against: C."), each
/// column running to the next label or the end of the sentence.
pub(super) fn columns(sentence: &Sentence<'_>) -> Vec<VoteRead> {
    let text = sentence.text;
    let original = text.original();
    let labels: Vec<(usize, usize)> = COLUMN
        .find_iter(text)
        .map(|m| (m.start(), m.end()))
        .collect();
    let spans = labels.iter().enumerate().map(|(k, &(start, end))| {
        let stop = labels.get(k + 1).map_or(original.len(), |l| l.0);
        let word = original[start..end].trim_end_matches([':', ' ']);
        (start, word, end, stop)
    });
    read_spans(spans, sentence)
}

/// The votes of the states within each span `(cue start, vote word, from, to)`: the vote
/// the word names, on the act the cue is about.
fn read_spans<'w>(
    spans: impl Iterator<Item = (usize, &'w str, usize, usize)>,
    sentence: &Sentence<'_>,
) -> Vec<VoteRead> {
    let Sentence {
        states,
        acts,
        focus,
        ..
    } = *sentence;
    let mut out = Vec::new();
    for (at, word, from, to) in spans {
        if let (Some(relation), Some(act)) = (relation_of(word), act_for(acts, at, focus)) {
            within(&mut out, states, from, to, relation, &act);
        }
    }
    out
}

/// The votes of states named as the subject of a vote verb ("The United States, the
/// United Kingdom and Georgia voted against resolution 73/27"): the list of states that
/// ends just before the verb, joined by commas and "and".
pub(super) fn named_voters(sentence: &Sentence<'_>) -> Vec<VoteRead> {
    let Sentence {
        text,
        states,
        acts,
        focus,
    } = *sentence;
    let original = text.original();
    let mut out = Vec::new();
    for cue in VOTED.find_iter(text) {
        let word = original[cue.start()..cue.end()].to_ascii_lowercase();
        let relation = if word.contains("against") || word.ends_with(" no") {
            Relation::VotedNo
        } else if word.starts_with("abstained") {
            Relation::Abstained
        } else {
            Relation::VotedYes
        };
        // "voted in favour of the draft" / "voted against it": the act after the verb,
        // else the one before it, else the one in focus.
        let act = acts
            .iter()
            .find(|a| a.start >= cue.end() && a.start <= cue.end() + 40)
            .map(|a| a.value.clone())
            .filter(|a| matches!(a.kind(), EntityKind::Resolution | EntityKind::Draft))
            .or_else(|| act_for(acts, cue.start(), focus));
        let Some(act) = act else { continue };
        let mut pos = cue.start();
        let mut voters = Vec::new();
        for st in states.iter().rev().filter(|s| s.end <= cue.start()) {
            let gap = original[st.end..pos].trim();
            let gap = gap.strip_prefix(',').unwrap_or(gap).trim();
            let gap = gap.strip_prefix("and").unwrap_or(gap).trim();
            let gap = gap.strip_prefix("the").unwrap_or(gap).trim();
            let first = voters.is_empty();
            // Only a few words between the last state and the verb ("also", "both").
            let ok = if first {
                original[st.end..pos].len() <= 12 && !original[st.end..pos].contains(',')
            } else {
                gap.is_empty()
            };
            if !ok {
                break;
            }
            voters.push((st.value, relation, act.clone(), st.start));
            pos = st.start;
        }
        voters.reverse();
        out.extend(voters);
    }
    out
}

/// The votes of the states a vote word leads ("Voting against were Cuba, Iran and Syria,
/// while Chile abstained"): the states right after the cue, up to the end of its clause.
pub(super) fn voters_after(sentence: &Sentence<'_>) -> Vec<VoteRead> {
    let original = sentence.text.original();
    let cues: Vec<(usize, usize)> = VOTERS_AFTER
        .find_iter(sentence.text)
        .map(|m| (m.start(), m.end()))
        .collect();
    let spans = cues.iter().enumerate().filter_map(|(k, &(start, end))| {
        // The states follow at once: "Voting against was not an option for Cuba" names
        // no voter.
        let first = sentence.states.iter().find(|st| st.start >= end)?;
        let gap = original[end..first.start].trim();
        if !matches!(gap, "" | "the" | "also" | "notably" | "also the") {
            return None;
        }
        let rest = &original[end..];
        let clause = [";", " while ", " whereas ", " but ", ", with ", ", as "]
            .iter()
            .filter_map(|m| rest.find(m))
            .min()
            .map_or(original.len(), |e| end + e);
        let stop = cues.get(k + 1).map_or(clause, |next| next.0.min(clause));
        let word = original[start..end].to_ascii_lowercase();
        let word = if word.contains("against") || word.contains(" no ") {
            "against"
        } else if word.starts_with("abst") {
            "abstaining"
        } else {
            "in favour"
        };
        Some((start, word, end, stop))
    });
    read_spans(spans, sentence)
}

/// Adds a vote for each state named between bytes `lo` and `hi`.
fn within(
    out: &mut Vec<VoteRead>,
    states: &[Found<&'static State>],
    lo: usize,
    hi: usize,
    relation: Relation,
    act: &EntityId,
) {
    for s in states.iter().filter(|s| lo <= s.start && s.end <= hi) {
        out.push((s.value, relation, act.clone(), s.start));
    }
}

/// A draft that the sentence says became a resolution: (draft, resolution, offset of the
/// cue), when a draft comes before the cue and a resolution after it.
pub(super) fn draft_becomes(
    text: &CasedText<'_>,
    acts: &[Found<EntityId>],
) -> Option<(EntityId, EntityId, usize)> {
    let cue = BECAME.find(text)?;
    let draft = acts
        .iter()
        .rev()
        .find(|a| a.end <= cue.start() && a.value.kind() == EntityKind::Draft)?;
    let resolution = acts
        .iter()
        .find(|a| a.start >= cue.end() && a.value.kind() == EntityKind::Resolution)?;
    Some((draft.value.clone(), resolution.value.clone(), cue.start()))
}
