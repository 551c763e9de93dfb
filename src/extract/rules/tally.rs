//! Vote counts wherever a sentence gives them, each paired with its own act: "one proposed
//! by A by a vote of 109 in favour to 45 against, and the other by B with 139 in favour",
//! "the B-sponsored text was adopted with 153 votes in favour", "There were 129 votes in
//! favour of the resolution". The adoption read handles the sentence that adopts one named
//! act with one count; this one the rest.

use super::*;
use crate::model::literal::{
    Adoption, AdoptionMode, Body, Paragraph, ParagraphKind, PartVote, VoteCounts,
};

/// A state or nationality before these words qualifies the text as its sponsor's: "the
/// US-sponsored resolution", "the Russian one", "Russia's draft".
static SPONSOR_AFTER: Exact = Exact::ascii(
    r"^(?:'s|-(?:led|sponsored|drafted|backed|proposed|initiated|introduced|tabled|authored)\b|\s+(?:(?:draft|new|own)\s+)?(?:resolution|draft|text|proposal|one)\b)",
);
/// A state after these words is the one that put the text forward: "one proposed by
/// Russia", "the other by the United States".
static SPONSOR_BEFORE: Folded = Folded::new(
    r"(?i)\b(?:introduced|sponsored|tabled|submitted|put\s+forward|proposed|presented|drafted|initiated|led|one|other)\s+by\s+(?:the\s+)?$",
);
/// A vote on one paragraph of a text ("retained operative paragraph 1 by 92 votes to 52"),
/// not on the text: its counts are not the text's.
pub(crate) static PARAGRAPH_VOTE: Folded = Folded::new(
    r"(?i)\b(?:operative|preambular)\s+paragraphs?\b|\bparagraphs?\s+\d|\bto\s+(?:retain|delete)\b|\b(?:retained|deleted)\b|\bseparate(?:\s+recorded)?\s+votes?\b",
);
/// The paragraph a separate vote is on: "operative paragraph 1", "preambular paragraph 10".
static PARAGRAPH_NUMBER: Folded =
    Folded::new(r"(?i)\b(operative|preambular)\s+paragraph\s+(\d{1,3})\b");
/// Words that say the vote is on the whole text after all.
static AS_A_WHOLE: Folded = Folded::new(r"(?i)\bas\s+a\s+whole\b");

/// True when the words of `text` say its vote is on one paragraph.
pub(super) fn on_a_paragraph(text: &CasedText<'_>) -> bool {
    PARAGRAPH_VOTE.is_match(text) && !AS_A_WHOLE.is_match(text)
}

/// The act the sentences before named: "of the resolution", "this text".
static THE_ACT: Folded =
    Folded::new(r"(?i)\b(?:the|this|that|its|our)\s+(?:resolution|draft|text)\b");

/// Every pattern of this module, for [`super::super::pattern::warm`].
pub(crate) const TALLY_PATTERNS: [super::super::pattern::AnyPattern; 6] = {
    use super::super::pattern::AnyPattern;
    [
        AnyPattern::Folded(&PARAGRAPH_VOTE),
        AnyPattern::Folded(&PARAGRAPH_NUMBER),
        AnyPattern::Folded(&AS_A_WHOLE),
        AnyPattern::Exact(&SPONSOR_AFTER),
        AnyPattern::Folded(&SPONSOR_BEFORE),
        AnyPattern::Folded(&THE_ACT),
    ]
};

/// A count whose sponsor the sentence names but whose act this document has not yet
/// said it put forward ("one proposed by Russia by a vote of 109 ...", with "The Russian
/// draft (A/C.1/73/L.27/Rev.1) ..." after it): settled when the whole text is read.
pub(super) struct PendingTally {
    sponsor: EntityId,
    /// The act the catalogue's sponsor series gives for the session the sentence or the
    /// dateline states, if any: used when the text never names the sponsor's act.
    series: Option<EntityId>,
    counts: VoteCounts,
    body: Body,
    provenance: Provenance,
    /// Whether the sentence is about ICTs: only then is an unlinked count worth a warning.
    on_ict: bool,
}

impl<'d> DocumentReader<'d> {
    /// `adoption` claims for the counts of a sentence the adoption read leaves: several
    /// counts, or a count with no adopting verb. Each count goes to the act the sentence
    /// names next to it, else to the act its sponsor put forward, else to the act the
    /// sentences before named when this one points back at it; a count with none is left
    /// out.
    pub(super) fn vote_tally(&mut self, view: &Findings<'_>) {
        let counts = refs::find_vote_counts(&view.match_text);
        let named = self.sentence_resolutions(view);
        if counts.is_empty()
            || (counts.len() == 1
                && !named.is_empty()
                && ADOPT_VERB.is_match(&view.match_text)
                && !on_a_paragraph(&view.match_text))
        {
            return;
        }
        let body = self.remember_vote_body(view);
        for (i, count) in counts.iter().enumerate() {
            let from = if i == 0 { 0 } else { counts[i - 1].end };
            let to = counts.get(i + 1).map_or(view.text.len(), |c| c.start);
            if on_a_paragraph(&CasedText::new(view.text.get(from..to).unwrap_or(""))) {
                continue;
            }
            let act = if named.len() == counts.len() {
                Some(named[i].0.clone())
            } else if !named.is_empty() {
                named
                    .iter()
                    .filter(|(_, at)| counts.len() == 1 || (from..to).contains(at))
                    .min_by_key(|(_, at)| at.abs_diff(count.start))
                    .map(|(a, _)| a.clone())
            } else if let Some(sponsor) =
                // The counts may name the text inside them ("119 countries voted in
                // favour of the Russian resolution, 46 against ...").
                sponsor_near(view, (from, count.start), (count.start, to))
            {
                match self.act_put_forward_by(&sponsor) {
                    Some(act) => Some(act),
                    None => {
                        let series = self.series_act(view, &sponsor, body);
                        let on_ict = self.on_ict(view);
                        self.pending_tallies.push(PendingTally {
                            on_ict,
                            sponsor,
                            series,
                            counts: count.value,
                            body,
                            provenance: self.provenance(view, count.start),
                        });
                        // Settled, or warned of, when the whole text is read.
                        continue;
                    }
                }
            } else {
                self.act_pointed_back(view, from, to)
            };
            match act {
                Some(act) => {
                    let provenance = self.provenance(view, count.start);
                    self.tally_claim(act, count.value, body, provenance);
                }
                // A vote on an ICT text the sentence names by its title only.
                None if named.is_empty()
                    && refs::title_in(&view.match_text).is_some()
                    && self.on_ict(view) =>
                {
                    let provenance = self.provenance(view, count.start);
                    self.warn_unlinked_vote(&provenance, count.value);
                }
                None => {}
            }
        }
    }

    /// `part_vote` claims for the counts of a sentence that are a separate vote on one
    /// paragraph ("By 92 votes to 52, with 24 abstentions, it decided to retain operative
    /// paragraph 1"): on the act the sentence names, else the one in focus (a separate vote
    /// is taken on the text being acted on). A committee vote is on a draft, never on the
    /// resolution it became; a vote on no act the text identifies is warned of.
    pub(super) fn part_votes(&mut self, view: &Findings<'_>) {
        let counts = refs::find_vote_counts(&view.match_text);
        if counts.is_empty() {
            return;
        }
        let named = self.sentence_resolutions(view);
        let body = self.remember_vote_body(view);
        for (i, count) in counts.iter().enumerate() {
            let from = if i == 0 { 0 } else { counts[i - 1].end };
            let to = counts.get(i + 1).map_or(view.text.len(), |c| c.start);
            let span = CasedText::new(view.text.get(from..to).unwrap_or(""));
            if !on_a_paragraph(&span) {
                continue;
            }
            let Some(paragraph) = paragraph_in(&span) else {
                continue;
            };
            let act = named
                .iter()
                .min_by_key(|(_, at)| at.abs_diff(count.start))
                .map(|(a, _)| a.clone())
                .or_else(|| self.focus_act.clone());
            let provenance = self.provenance(view, count.start);
            let Some(act) = act else {
                if self.on_ict(view) {
                    self.warn_unlinked_vote(&provenance, count.value);
                }
                continue;
            };
            let body = match (act.kind(), body) {
                (EntityKind::Draft, _) => Body::FirstCommittee,
                (_, Body::FirstCommittee) => continue,
                (_, body) => body,
            };
            let vote = PartVote {
                body,
                paragraph,
                counts: count.value,
            };
            self.out.claims.push(Claim {
                subject: act,
                relation: Relation::PartVote,
                object: Literal::PartVote(vote).into(),
                provenance,
            });
        }
    }

    /// Who voted: the body the sentence has act ("the Committee approved", "the Assembly
    /// adopted"), which is remembered for the sentences after it, else the one remembered,
    /// else the plenary. "The First Committee approved draft L.49. The Russian draft was then
    /// approved by 124 votes to 6" is two committee votes.
    pub(super) fn remember_vote_body(&mut self, view: &Findings<'_>) -> Body {
        let lower = view.match_text.lower();
        let stated = if refs::committee_acts(&view.match_text, "committee") {
            Some(Body::FirstCommittee)
        } else if lower.contains("assembly") || lower.contains("plenary") {
            Some(Body::Plenary)
        } else {
            None
        };
        if stated.is_some() {
            self.last_vote_body = stated;
        }
        stated.or(self.last_vote_body).unwrap_or(Body::Plenary)
    }

    /// Settles the counts left pending at the end of the document.
    pub(super) fn settle_tallies(&mut self) {
        for p in std::mem::take(&mut self.pending_tallies) {
            match self.act_put_forward_by(&p.sponsor).or(p.series) {
                Some(act) => self.tally_claim(act, p.counts, p.body, p.provenance),
                None if p.on_ict => self.warn_unlinked_vote(&p.provenance, p.counts),
                None => {}
            }
        }
    }

    fn tally_claim(&mut self, act: EntityId, counts: VoteCounts, body: Body, p: Provenance) {
        // Drafts are voted on in the First Committee; the Committee's vote is not the
        // resolution's, and the draft it was on is not known here.
        let body = match (act.kind(), body) {
            (EntityKind::Draft, _) => Body::FirstCommittee,
            (_, Body::FirstCommittee) => return,
            (_, body) => body,
        };
        let mode = AdoptionMode::RecordedVote(Some(counts));
        self.out.claims.push(Claim {
            subject: act,
            relation: Relation::AdoptedHow,
            object: Literal::Adoption(Adoption { body, mode }).into(),
            provenance: p,
        });
    }

    /// The one act this document has said `state` put forward.
    pub(super) fn act_put_forward_by(&self, state: &EntityId) -> Option<EntityId> {
        self.doc_sponsors.get(state).cloned().flatten()
    }

    /// The act of the catalogue's sponsor series for the session the sentence, or the
    /// dateline, states; a session the document names elsewhere may be another year's.
    fn series_act(&self, view: &Findings<'_>, state: &EntityId, body: Body) -> Option<EntityId> {
        if !self.on_ict(view) {
            return None;
        }
        let session = refs::session_in(&view.match_text).or_else(|| {
            sentence_year(view.text)
                .or(self.year)
                .map(|y| y.saturating_sub(1945))
        });
        let code = state.0.strip_prefix("state:")?;
        let (title, session) = refs::sponsored_series(&[code], session)?;
        // A committee vote is on a draft: the resolution it became is another act.
        let committee = body == Body::FirstCommittee;
        let act = refs::known_act(session, Some(title), committee)?;
        (!committee || act.kind() == EntityKind::Draft).then_some(act)
    }

    /// The act in focus, when the words around the count point back at it ("129 votes in
    /// favour of the resolution") in a sentence not about another subject.
    fn act_pointed_back(&self, view: &Findings<'_>, from: usize, to: usize) -> Option<EntityId> {
        let span = CasedText::new(view.text.get(from..to)?);
        if !THE_ACT.is_match(&span) || view.about_other_topic() {
            return None;
        }
        self.focus_act.clone().or(self.section_resolution.clone())
    }
}

/// The paragraph `text` names as the one voted on.
fn paragraph_in(text: &CasedText<'_>) -> Option<Paragraph> {
    let caps = PARAGRAPH_NUMBER.captures(text)?;
    let kind = if caps.get(1)?.as_str().eq_ignore_ascii_case("operative") {
        ParagraphKind::Operative
    } else {
        ParagraphKind::Preambular
    };
    Some(Paragraph {
        kind,
        number: caps.get(2)?.as_str().parse().ok()?,
    })
}

/// The state named as the sponsor next to a count: the nearest qualifying one before it,
/// else after it ("the other by the USA with 139 in favour").
fn sponsor_near(
    view: &Findings<'_>,
    before: (usize, usize),
    after: (usize, usize),
) -> Option<EntityId> {
    let qualifiers = state_qualifiers(view);
    let qualifies = |&(start, end, _): &(usize, usize, &'static State), (from, to)| {
        from <= start
            && end <= to
            && (SPONSOR_AFTER.regex().is_match(&view.text[end..to])
                || SPONSOR_BEFORE
                    .is_match(&CasedText::new(view.text.get(from..start).unwrap_or(""))))
    };
    let nearest_before = qualifiers
        .iter()
        .filter(|q| qualifies(q, before))
        .max_by_key(|q| q.0);
    let nearest_after = qualifiers
        .iter()
        .filter(|q| qualifies(q, after))
        .min_by_key(|q| q.0);
    nearest_before
        .or(nearest_after)
        .map(|q| EntityId::state(q.2.iso3))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_vote_on_a_paragraph_is_told_from_one_on_the_whole_text() {
        let on = |s| on_a_paragraph(&CasedText::new(s));
        assert!(on(
            "The Committee retained operative paragraph 1 of draft A/C.1/75/L.8/Rev.1 by a recorded vote of 92 in favour"
        ));
        assert!(on("By 108 votes to 49, it kept preambular paragraph 10"));
        assert!(!on(
            "It then approved the draft as a whole, retained paragraph 1 included"
        ));
        assert!(!on(
            "It approved draft A/C.1/75/L.8/Rev.1 by 104 votes to 50"
        ));
    }
}
