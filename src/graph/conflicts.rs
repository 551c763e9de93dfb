//! Disagreements between documents: different values for the same literal relation
//! (norm counts, member counts, dates, votes, outcomes), different chairs of one group,
//! a stated size that does not match the members listed, and a state given two different
//! votes on one resolution or draft (a text against the roll-call data).

use super::{AttributeValue, Graph};
use crate::model::literal::{Body, Paragraph};
use crate::model::{EntityId, EntityKind, Literal, Provenance, Relation};
use serde::Serialize;

/// One side of a disagreement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConflictSide {
    /// The value this side gives.
    pub value: String,
    /// Where it is given.
    pub provenance: Vec<Provenance>,
}

/// A disagreement between documents about one subject.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Conflict {
    /// What kind of fact: `norm_count`, `member_count`, `adopted_on`, `adoption`,
    /// `report_adopted_on`, `outcome`, `chairs`, `member_list`, `vote` (a state's vote
    /// on one resolution or draft).
    pub topic: String,
    /// The entity the disagreement is about.
    pub subject: EntityId,
    /// Its display name.
    pub subject_name: String,
    /// The values and their sources.
    pub sides: Vec<ConflictSide>,
}

impl Graph {
    /// Every disagreement, sorted by (subject, topic).
    pub fn conflicts(&self) -> Vec<Conflict> {
        let mut out = Vec::new();
        for node in self.nodes() {
            for (&relation, values) in &node.attributes {
                for sides in disagreeing(relation, values) {
                    out.push(Conflict {
                        topic: relation.as_str().to_string(),
                        subject: node.id.clone(),
                        subject_name: node.name.clone(),
                        sides,
                    });
                }
            }
            if node.kind == EntityKind::Group {
                self.group_conflicts(node.id.clone(), node.name.clone(), &mut out);
            }
            if node.kind == EntityKind::State {
                self.vote_conflicts(node, &mut out);
            }
        }
        out.sort_by(|a, b| (&a.subject, &a.topic).cmp(&(&b.subject, &b.topic)));
        out
    }

    /// A state that sources give different votes on one resolution or draft: one
    /// conflict per ballot, topic `vote`, subject the state, each side a vote.
    fn vote_conflicts(&self, state: &super::Node, out: &mut Vec<Conflict>) {
        let mut by_ballot: std::collections::BTreeMap<&EntityId, Vec<ConflictSide>> =
            Default::default();
        for relation in [Relation::VotedYes, Relation::VotedNo, Relation::Abstained] {
            for e in self.out_edges(&state.id.0, relation) {
                by_ballot
                    .entry(&e.target.id)
                    .or_default()
                    .push(ConflictSide {
                        value: format!("{} {}", relation.as_str(), e.target.id),
                        provenance: e.edge.provenance.clone(),
                    });
            }
        }
        for sides in by_ballot.into_values().filter(|s| s.len() > 1) {
            out.push(Conflict {
                topic: "vote".into(),
                subject: state.id.clone(),
                subject_name: state.name.clone(),
                sides,
            });
        }
    }

    fn group_conflicts(&self, id: EntityId, name: String, out: &mut Vec<Conflict>) {
        let chairs = self.in_edges(&id.0, Relation::Chairs);
        if chairs.len() > 1 {
            out.push(Conflict {
                topic: "chairs".into(),
                subject: id.clone(),
                subject_name: name.clone(),
                sides: chairs
                    .iter()
                    .map(|e| ConflictSide {
                        value: e.source.name.clone(),
                        provenance: e.edge.provenance.clone(),
                    })
                    .collect(),
            });
        }
        let members = self.in_edges(&id.0, Relation::MemberOf);
        let Some(node) = self.node(&id.0) else { return };
        if members.is_empty() {
            return;
        }
        for stated in node.attribute(Relation::MemberCount) {
            if stated.value.count().and_then(|n| usize::try_from(n).ok()) != Some(members.len()) {
                let mut listed: Vec<Provenance> = members
                    .iter()
                    .flat_map(|e| e.edge.provenance.iter().cloned())
                    .collect();
                listed.sort();
                listed.dedup_by(|a, b| a.document == b.document && a.text == b.text);
                out.push(Conflict {
                    topic: "member_list".into(),
                    subject: id.clone(),
                    subject_name: name.clone(),
                    sides: vec![
                        ConflictSide {
                            value: format!("{} members stated", stated.value),
                            provenance: stated.provenance.clone(),
                        },
                        ConflictSide {
                            value: format!("{} members listed", members.len()),
                            provenance: listed,
                        },
                    ],
                });
            }
        }
    }
}

/// Groups of values that cannot all be true. Partial dates (`--05-28`, `2015-06`) agree
/// with full dates they are part of; "unanimously", "without a vote" and "by consensus"
/// agree; votes are compared body by body (see [`Adoption::contradicts`]).
fn disagreeing(relation: Relation, values: &[AttributeValue]) -> Vec<Vec<ConflictSide>> {
    let side = |v: &AttributeValue| ConflictSide {
        value: v.value.to_string(),
        provenance: v.provenance.clone(),
    };
    // Values of which some pair cannot both be true, as one group of sides.
    let clashing = |vs: &[&AttributeValue], clash: &dyn Fn(&Literal, &Literal) -> bool| {
        let conflicting: Vec<&AttributeValue> = vs
            .iter()
            .copied()
            .filter(|v| vs.iter().any(|w| clash(&v.value, &w.value)))
            .collect();
        (conflicting.len() > 1).then(|| conflicting.into_iter().map(side).collect::<Vec<_>>())
    };
    match relation {
        Relation::AdoptedOn | Relation::ReportAdoptedOn => {
            let all: Vec<&AttributeValue> = values.iter().collect();
            clashing(&all, &|a, b| match (a.date(), b.date()) {
                (Some(a), Some(b)) => !a.agrees_with(b),
                _ => a != b,
            })
            .into_iter()
            .collect()
        }
        Relation::AdoptedHow | Relation::PartVote => {
            // One body's vote, on one paragraph for a separate vote, is compared only with
            // the same body's on the same paragraph.
            let mut acts: std::collections::BTreeMap<
                (Body, Option<Paragraph>),
                Vec<&AttributeValue>,
            > = Default::default();
            for v in values {
                let key = match &v.value {
                    Literal::Adoption(a) => (a.body, None),
                    Literal::PartVote(p) => (p.body, Some(p.paragraph)),
                    _ => continue,
                };
                acts.entry(key).or_default().push(v);
            }
            acts.into_values()
                .filter_map(|vs| {
                    clashing(&vs, &|a, b| match (a, b) {
                        (Literal::Adoption(a), Literal::Adoption(b)) => a.contradicts(b),
                        (Literal::PartVote(a), Literal::PartVote(b)) => {
                            a.counts.contradicts(&b.counts)
                        }
                        _ => false,
                    })
                })
                .collect()
        }
        _ => {
            if values.len() > 1 {
                vec![values.iter().map(side).collect()]
            } else {
                Vec::new()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(relation: Relation, texts: &[&str]) -> Vec<AttributeValue> {
        texts
            .iter()
            .map(|t| AttributeValue {
                value: Literal::parse(relation, t).unwrap_or_else(|| panic!("{t}")),
                provenance: Vec::new(),
            })
            .collect()
    }

    fn clashes(relation: Relation, texts: &[&str]) -> Vec<Vec<String>> {
        disagreeing(relation, &values(relation, texts))
            .into_iter()
            .map(|sides| sides.into_iter().map(|s| s.value).collect())
            .collect()
    }

    #[test]
    fn partial_dates_agree_with_full_ones() {
        assert!(clashes(Relation::AdoptedOn, &["--05-28", "2021-05-28"]).is_empty());
        assert!(clashes(Relation::AdoptedOn, &["2015-06", "2015-06-26"]).is_empty());
        assert_eq!(
            clashes(Relation::AdoptedOn, &["2015-12-22", "2015-12-23"]),
            [["2015-12-22", "2015-12-23"]]
        );
    }

    #[test]
    fn no_vote_forms_agree_and_votes_compare_per_body() {
        assert!(clashes(Relation::AdoptedHow, &["unanimously", "without a vote"]).is_empty());
        assert!(
            clashes(
                Relation::AdoptedHow,
                &[
                    "First Committee: recorded vote 109-45-16",
                    "recorded vote 119-46-14"
                ]
            )
            .is_empty()
        );
        assert!(
            clashes(
                Relation::AdoptedHow,
                &["recorded vote", "recorded vote 119-46-14"]
            )
            .is_empty()
        );
        assert_eq!(
            clashes(
                Relation::AdoptedHow,
                &["recorded vote 119-46-14", "without a vote"]
            ),
            [["recorded vote 119-46-14", "without a vote"]]
        );
    }

    #[test]
    fn a_count_of_votes_in_favour_alone_clashes_only_with_another_yes() {
        let agree = ["recorded vote 119 in favour", "recorded vote 119-46-14"];
        assert!(clashes(Relation::AdoptedHow, &agree).is_empty());
        // Separate votes on two paragraphs are two acts; two counts of one paragraph clash.
        let parts = [
            "First Committee: operative paragraph 1, recorded vote 92-52-24",
            "First Committee: preambular paragraph 10, recorded vote 108-49-11",
        ];
        assert!(clashes(Relation::PartVote, &parts).is_empty());
        assert_eq!(
            clashes(
                Relation::PartVote,
                &[
                    "First Committee: operative paragraph 1, recorded vote 92-52-24",
                    "First Committee: operative paragraph 1, recorded vote 93-52-24",
                ]
            )
            .len(),
            1
        );
        assert_eq!(
            clashes(
                Relation::AdoptedHow,
                &["recorded vote 119 in favour", "recorded vote 129-46-14"]
            ),
            [["recorded vote 119 in favour", "recorded vote 129-46-14"]]
        );
    }
}
