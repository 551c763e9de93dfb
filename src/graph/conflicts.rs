//! Disagreements between documents: different values for the same literal relation
//! (norm counts, member counts, dates, votes, outcomes), different chairs of one group,
//! a stated size that does not match the members listed, and a state given two different
//! votes on one resolution or draft (a text against the roll-call data).

use super::{AttributeValue, Graph};
use crate::model::{EntityId, EntityKind, Provenance, Relation};
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
            if stated.value.parse::<usize>().ok() != Some(members.len()) {
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
/// agree; votes are compared stage by stage.
fn disagreeing(relation: Relation, values: &[AttributeValue]) -> Vec<Vec<ConflictSide>> {
    let side = |v: &AttributeValue| ConflictSide {
        value: v.value.clone(),
        provenance: v.provenance.clone(),
    };
    match relation {
        Relation::AdoptedOn | Relation::ReportAdoptedOn => {
            let mut conflicting: Vec<&AttributeValue> = Vec::new();
            for v in values {
                let clashes = values.iter().any(|w| !dates_compatible(&v.value, &w.value));
                if clashes {
                    conflicting.push(v);
                }
            }
            if conflicting.len() > 1 {
                vec![conflicting.into_iter().map(side).collect()]
            } else {
                Vec::new()
            }
        }
        Relation::Adoption => {
            let mut stages: std::collections::BTreeMap<&str, Vec<&AttributeValue>> =
                Default::default();
            for v in values {
                let stage = if v.value.starts_with("First Committee") {
                    "first"
                } else {
                    "plenary"
                };
                stages.entry(stage).or_default().push(v);
            }
            stages
                .into_values()
                .filter(|vs| {
                    let mut classes: Vec<String> =
                        vs.iter().map(|v| adoption_class(&v.value)).collect();
                    classes.sort();
                    classes.dedup();
                    // A bare "recorded vote" agrees with any counted one.
                    if classes
                        .iter()
                        .any(|c| c.len() > "recorded vote".len() && c.starts_with("recorded vote"))
                    {
                        classes.retain(|c| c != "recorded vote");
                    }
                    classes.len() > 1
                })
                .map(|vs| vs.into_iter().map(side).collect())
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

/// "without a vote" / "unanimously" / "by consensus" are one class; a recorded vote is its
/// own class per count ("recorded vote" with no count agrees with any count).
fn adoption_class(value: &str) -> String {
    let v = value.trim_start_matches("First Committee: ");
    if v.starts_with("recorded vote") {
        v.to_string()
    } else {
        "no vote".to_string()
    }
}

/// Two normalised dates agree when every part both give is equal.
fn dates_compatible(a: &str, b: &str) -> bool {
    let parts = |d: &str| -> (Option<String>, Option<String>, Option<String>) {
        if let Some(md) = d.strip_prefix("--") {
            let mut it = md.split('-');
            (
                None,
                it.next().map(str::to_string),
                it.next().map(str::to_string),
            )
        } else {
            let mut it = d.split('-');
            (
                it.next().map(str::to_string),
                it.next().map(str::to_string),
                it.next().map(str::to_string),
            )
        }
    };
    let (ya, ma, da) = parts(a);
    let (yb, mb, db) = parts(b);
    let eq = |x: &Option<String>, y: &Option<String>| x.is_none() || y.is_none() || x == y;
    eq(&ya, &yb) && eq(&ma, &mb) && eq(&da, &db)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_dates_agree_with_full_ones() {
        assert!(dates_compatible("--05-28", "2021-05-28"));
        assert!(dates_compatible("2015-06", "2015-06-26"));
        assert!(!dates_compatible("2015-12-23", "2015-12-22"));
        assert!(!dates_compatible("--05-28", "2021-05-27"));
    }

    #[test]
    fn no_vote_forms_agree() {
        assert_eq!(
            adoption_class("unanimously"),
            adoption_class("without a vote")
        );
        assert_ne!(
            adoption_class("recorded vote 119-46-14"),
            adoption_class("without a vote")
        );
    }
}
