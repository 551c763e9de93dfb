//! Comparing what the extractor read from one document with its gold facts: which reads
//! are true, which are false, which gold facts were missed.
//!
//! The rules are the ones a reader would apply by hand, so a figure can be checked by
//! hand: facts are compared as (subject, object) pairs of ids, symbols in the tool's
//! spelling and people by the words of their names (see [`super::matching`]).

use super::gold::{Ballot, GoldDocument};
use super::matching::{names_match, normalise_symbol};
use super::{FalseHit, Miss, ScoredRelation, Trap};
use crate::documents::Position;
use crate::extract::Extraction;
use crate::model::literal::{Adoption, AdoptionMode, Literal};
use crate::model::{ClaimRef, EntityId, EntityKind, GroupKey, GroupKind, Provenance, Relation};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// True, false and missed counts of one relation, with precision and recall.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Score {
    /// Reads that match a gold fact.
    #[serde(rename = "tp")]
    pub true_positives: usize,
    /// Reads that match none.
    #[serde(rename = "fp")]
    pub false_positives: usize,
    /// Gold facts no read matches.
    #[serde(rename = "fn")]
    pub false_negatives: usize,
    /// tp / (tp + fp); see [`Score::new`] for the empty cases.
    pub precision: f64,
    /// tp / (tp + fn); see [`Score::new`] for the empty cases.
    pub recall: f64,
}

impl Score {
    /// Precision and recall from counts.
    ///
    /// precision = tp / (tp + fp), recall = tp / (tp + fn). Where a denominator is zero:
    /// reading nothing when there was something to read is precision 0 (not a vacuous 1,
    /// which would let an extractor that reads nothing pass a precision target); reading
    /// nothing when there was nothing to read is precision 1; recall with nothing to find
    /// is 1 (nothing was missed).
    ///
    /// ```
    /// use ggegraph::eval::Score;
    /// assert_eq!(Score::new(3, 1, 2).precision, 0.75);
    /// assert_eq!(Score::new(0, 0, 50).precision, 0.0);
    /// assert_eq!(Score::new(0, 0, 0).recall, 1.0);
    /// ```
    pub fn new(tp: usize, fp: usize, missed: usize) -> Score {
        let ratio = |num: usize, den: usize| num as f64 / den as f64;
        let precision = match (tp + fp, missed) {
            (0, 0) => 1.0,
            (0, _) => 0.0,
            (den, _) => ratio(tp, den),
        };
        let recall = match tp + missed {
            0 => 1.0,
            den => ratio(tp, den),
        };
        Score {
            true_positives: tp,
            false_positives: fp,
            false_negatives: missed,
            precision,
            recall,
        }
    }

    /// The sum of two scores (micro-averaging: counts add, ratios are recomputed).
    pub fn plus(self, other: Score) -> Score {
        Score::new(
            self.true_positives + other.true_positives,
            self.false_positives + other.false_positives,
            self.false_negatives + other.false_negatives,
        )
    }
}

/// What the extractor read from one document, as the pairs the gold is written in, each
/// with the earliest provenance that states it.
#[derive(Debug, Default)]
pub struct ReadFacts<'a> {
    states: BTreeMap<EntityId, &'a Provenance>,
    gge_member_of: BTreeMap<(EntityId, EntityId), &'a Provenance>,
    oewg_member_of: BTreeMap<(EntityId, EntityId), &'a Provenance>,
    /// (group, person id) -> provenance.
    chairs: BTreeMap<(EntityId, EntityId), &'a Provenance>,
    /// person id -> state -> provenance.
    represents: BTreeMap<EntityId, BTreeMap<EntityId, &'a Provenance>>,
    establishes: BTreeMap<(String, EntityId), &'a Provenance>,
    sponsors: BTreeMap<(String, EntityId), &'a Provenance>,
    votes: BTreeMap<(String, EntityId, Ballot), &'a Provenance>,
    /// (symbol, column, count) of each recorded vote read with its counts.
    vote_counts: BTreeMap<(String, Ballot, u32), &'a Provenance>,
    /// person id -> display name.
    names: BTreeMap<EntityId, &'a str>,
}

impl<'a> ReadFacts<'a> {
    /// Sorts the claims of one document's extraction into the relations scored.
    ///
    /// This is the only place that knows how the extractor writes a fact: states are the
    /// state ids of any entity claim (mostly `mentions`), memberships are `member_of`
    /// claims split by the group's kind, and so on.
    pub fn of(extraction: &'a Extraction) -> ReadFacts<'a> {
        let mut read = ReadFacts::default();
        for claim in extraction.claims.iter() {
            read.add(claim);
        }
        for entity in &extraction.entities {
            if entity.kind == EntityKind::Person {
                read.names.insert(entity.id.clone(), &entity.name);
            }
        }
        read
    }

    fn add(&mut self, claim: ClaimRef<'a>) {
        /// Keeps the earliest place a fact is read: the one a reader checks first.
        fn keep<'p, K: Ord>(map: &mut BTreeMap<K, &'p Provenance>, key: K, p: &'p Provenance) {
            let earliest = map.entry(key).or_insert(p);
            if (p.line, p.column) < (earliest.line, earliest.column) {
                *earliest = p;
            }
        }
        let p = claim.provenance;
        if let Some(Literal::Adoption(Adoption {
            mode: AdoptionMode::RecordedVote(Some(counts)),
            ..
        })) = claim.object.literal()
        {
            let symbol = normalise_symbol(claim.subject.as_str());
            for (count, ballot) in [
                (Some(counts.yes), Ballot::Yes),
                (counts.no, Ballot::No),
                (counts.abstain, Ballot::Abstain),
            ] {
                if let Some(n) = count {
                    keep(
                        &mut self.vote_counts,
                        (symbol.clone(), ballot, u32::from(n)),
                        p,
                    );
                }
            }
        }
        if claim.relation.is_literal() {
            return;
        }
        let Some(object) = claim.object.entity().cloned() else {
            return;
        };
        for id in [claim.subject, &object] {
            if id.kind() == EntityKind::State {
                keep(&mut self.states, id.clone(), p);
            }
        }
        let subject = claim.subject.clone();
        match claim.relation {
            Relation::MemberOf => match GroupKey::parse(&object.0).map(|k| k.kind) {
                Some(GroupKind::Gge) => keep(&mut self.gge_member_of, (subject, object), p),
                Some(GroupKind::Oewg | GroupKind::Mechanism) => {
                    keep(&mut self.oewg_member_of, (subject, object), p);
                }
                None => {}
            },
            Relation::Chairs => keep(&mut self.chairs, (object, subject), p),
            Relation::Represents => keep(self.represents.entry(subject).or_default(), object, p),
            Relation::Establishes => {
                keep(
                    &mut self.establishes,
                    (normalise_symbol(subject.as_str()), object),
                    p,
                );
            }
            Relation::Sponsors => {
                keep(
                    &mut self.sponsors,
                    (normalise_symbol(&object.0), subject),
                    p,
                );
            }
            Relation::VotedYes | Relation::VotedNo | Relation::Abstained => {
                let ballot = match claim.relation {
                    Relation::VotedYes => Ballot::Yes,
                    Relation::VotedNo => Ballot::No,
                    _ => Ballot::Abstain,
                };
                keep(
                    &mut self.votes,
                    (normalise_symbol(&object.0), subject, ballot),
                    p,
                );
            }
            _ => {}
        }
    }

    /// Number of ICT memberships read (GGE, OEWG, mechanism).
    pub fn memberships(&self) -> usize {
        self.gge_member_of.len() + self.oewg_member_of.len()
    }

    fn person_name(&self, id: &'a EntityId) -> &'a str {
        match self.names.get(id) {
            Some(name) => name,
            None => id.as_str().strip_prefix("person:").unwrap_or(id.as_str()),
        }
    }
}

/// The score of one document: counts per relation and the facts behind them.
#[derive(Debug, Default)]
pub struct DocumentScore {
    /// Counts per relation.
    pub scores: BTreeMap<ScoredRelation, Score>,
    /// Gold facts not read.
    pub misses: Vec<Miss>,
    /// Reads that are not gold facts.
    pub false_hits: Vec<FalseHit>,
    /// States read that the gold says must not be.
    pub traps: Vec<Trap>,
    /// ICT memberships read from a distractor page.
    pub distractor_memberships: usize,
}

/// Compares `read` with `gold` for the document `document`. `first_named` gives where
/// the gazetteer first finds each state's name in the text, to point a miss at a line.
pub fn score_document(
    document: &str,
    gold: &GoldDocument,
    read: &ReadFacts<'_>,
    first_named: &BTreeMap<EntityId, Position>,
) -> DocumentScore {
    let mut out = DocumentScore {
        distractor_memberships: if gold.is_distractor() {
            read.memberships()
        } else {
            0
        },
        ..DocumentScore::default()
    };
    let mut scorer = Scorer {
        document,
        first_named,
        out: &mut out,
    };
    scorer.states_and_memberships(gold, read);
    scorer.acts_and_votes(gold, read);
    scorer.chairs(gold, read);
    for trap in &gold.traps {
        if let Some(p) = read.states.get(trap) {
            out.traps.push(Trap {
                document: document.to_string(),
                state: trap.to_string(),
                line: p.line,
                column: p.column,
                quote: one_line(&p.text),
            });
        }
    }
    out
}

impl Scorer<'_> {
    /// The states named, and the GGE and OEWG memberships.
    fn states_and_memberships(&mut self, gold: &GoldDocument, read: &ReadFacts<'_>) {
        self.pairs(
            ScoredRelation::States,
            &gold.states,
            &read.states,
            |s| Some(s),
            |s| s.to_string(),
        );
        let membership = |(s, g): &(EntityId, EntityId)| format!("{s} member_of {g}");
        self.pairs(
            ScoredRelation::GgeMemberOf,
            &gold.gge_member_of,
            &read.gge_member_of,
            membership_state,
            membership,
        );
        self.pairs(
            ScoredRelation::OewgMemberOf,
            &gold.oewg_member_of,
            &read.oewg_member_of,
            membership_state,
            membership,
        );
    }

    /// The resolutions' acts: groups established, sponsors, each state's vote and the
    /// counts (of ICT votes only).
    fn acts_and_votes(&mut self, gold: &GoldDocument, read: &ReadFacts<'_>) {
        self.pairs(
            ScoredRelation::Establishes,
            &gold.establishes,
            &read.establishes,
            |_| None,
            |(r, g)| format!("{r} establishes {g}"),
        );
        self.pairs(
            ScoredRelation::Sponsors,
            &gold.sponsors,
            &read.sponsors,
            sponsor_state,
            |(r, s)| format!("{s} sponsors {r}"),
        );
        self.pairs(
            ScoredRelation::Votes,
            &gold.votes,
            &read.votes,
            |(_, s, _)| Some(s),
            |(r, s, b)| format!("{s} {} {r}", b.relation()),
        );
        let counts: BTreeMap<(String, Ballot, u32), &Provenance> = read
            .vote_counts
            .iter()
            .filter(|((symbol, _, _), _)| !gold.non_ict_votes.contains(symbol))
            .map(|(k, p)| (k.clone(), *p))
            .collect();
        self.pairs(
            ScoredRelation::VoteCounts,
            &gold.vote_counts,
            &counts,
            |_| None,
            |(r, b, n)| format!("{r} {} {n}", b.column()),
        );
    }
}

/// The state a membership is about.
fn membership_state((state, _): &(EntityId, EntityId)) -> Option<&EntityId> {
    Some(state)
}

/// The state a sponsorship is about.
fn sponsor_state((_, state): &(String, EntityId)) -> Option<&EntityId> {
    Some(state)
}

/// Fills one [`DocumentScore`].
struct Scorer<'s> {
    document: &'s str,
    first_named: &'s BTreeMap<EntityId, Position>,
    out: &'s mut DocumentScore,
}

impl Scorer<'_> {
    /// Scores a relation whose facts are compared whole: `state_of` names the state a
    /// missed fact is about (to point at its first mention), `describe` writes a fact.
    fn pairs<K: Ord>(
        &mut self,
        relation: ScoredRelation,
        gold: &BTreeSet<K>,
        read: &BTreeMap<K, &Provenance>,
        state_of: impl Fn(&K) -> Option<&EntityId>,
        describe: impl Fn(&K) -> String,
    ) {
        let mut tp = 0;
        for (fact, p) in read {
            if gold.contains(fact) {
                tp += 1;
            } else {
                self.false_hit(relation, describe(fact), p);
            }
        }
        let mut missed = 0;
        for fact in gold.iter().filter(|f| !read.contains_key(*f)) {
            missed += 1;
            let at = state_of(fact)
                .and_then(|s| self.first_named.get(s))
                .copied();
            self.miss(relation, describe(fact), at);
        }
        let fp = read.len() - tp;
        self.out.scores.insert(relation, Score::new(tp, fp, missed));
    }

    /// Chairs: a read matches a gold chair of the same group whose name matches (each read
    /// and each gold chair used once). Where the gold names the chair's state, a
    /// `represents` claim of the matched person for another state is one more false hit;
    /// no `represents` claim at all is not counted (the group and person were right).
    fn chairs(&mut self, gold: &GoldDocument, read: &ReadFacts<'_>) {
        let mut unused: Vec<(&(EntityId, EntityId), &&Provenance)> = read.chairs.iter().collect();
        let (mut tp, mut fp, mut missed) = (0, 0, 0);
        for chair in &gold.chairs {
            let found = unused.iter().position(|((group, person), _)| {
                *group == chair.group && names_match(&chair.person, read.person_name(person))
            });
            let Some(i) = found else {
                missed += 1;
                let fact = format!("{} chairs {}", chair.person, chair.group);
                self.miss(ScoredRelation::Chairs, fact, None);
                continue;
            };
            let ((_, person), _) = unused.remove(i);
            tp += 1;
            let Some(state) = &chair.state else { continue };
            let Some(said) = read.represents.get(person) else {
                continue;
            };
            if !said.contains_key(state) {
                for (wrong, p) in said {
                    fp += 1;
                    let fact = format!("{person} represents {wrong} (gold: {state})");
                    self.false_hit(ScoredRelation::Chairs, fact, p);
                }
            }
        }
        for ((group, person), p) in unused {
            fp += 1;
            self.false_hit(
                ScoredRelation::Chairs,
                format!("{person} chairs {group}"),
                p,
            );
        }
        self.out
            .scores
            .insert(ScoredRelation::Chairs, Score::new(tp, fp, missed));
    }

    fn miss(&mut self, relation: ScoredRelation, fact: String, at: Option<Position>) {
        self.out.misses.push(Miss {
            document: self.document.to_string(),
            relation,
            fact,
            line: at.map(|p| p.line),
            column: at.map(|p| p.column),
        });
    }

    fn false_hit(&mut self, relation: ScoredRelation, fact: String, p: &Provenance) {
        self.out.false_hits.push(FalseHit {
            document: self.document.to_string(),
            relation,
            fact,
            line: p.line,
            column: p.column,
            rule: p.rule.to_string(),
            quote: one_line(&p.text),
        });
    }
}

/// A quote on one line: control characters (line breaks of a list item) become spaces,
/// so each miss or false hit stays one row of the table.
fn one_line(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

#[cfg(test)]
mod tests;
