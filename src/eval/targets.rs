//! Targets an evaluation must reach: minimum precision and recall per relation and
//! maximum counts of traps and distractor memberships, read from a small JSON file.
//!
//! A targets file is a ratchet: floors set at what the extractor measures today, raised
//! as it improves, so a change that loses ground fails the test that runs `eval`. The
//! `goal` values beside the floors are where the project wants to get; they are read so a
//! typo in them is caught, and printed with a missed floor, but never enforced.
//!
//! ```json
//! { "comment": "floors measured on ...; raise them as the extractor improves",
//!   "gge_member_of": {"precision": 0.5, "recall": 0.2, "goal": {"precision": 0.95, "recall": 0.95}},
//!   "traps_max": 1, "traps_goal": 0,
//!   "distractor_memberships_max": 0, "distractor_memberships_goal": 0 }
//! ```

use super::{EvalError, Evaluation, ScoredRelation};
use serde::Deserialize;
use std::fmt;
use std::path::Path;

/// Figures are compared with this tolerance, so a floor written as the rounded measured
/// figure (0.66 for 0.6666...) or one computed in another order still holds.
const TOLERANCE: f64 = 1e-9;

/// Minimum precision and recall of one relation.
#[derive(Debug, Clone, Copy, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RelationTarget {
    /// Minimum precision, if any.
    #[serde(default)]
    pub precision: Option<f64>,
    /// Minimum recall, if any.
    #[serde(default)]
    pub recall: Option<f64>,
    /// Where the project wants to get (not enforced).
    #[serde(default)]
    pub goal: Option<Goal>,
}

/// Precision and recall the project aims at for a relation.
#[derive(Debug, Clone, Copy, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Goal {
    /// Aimed-at precision.
    #[serde(default)]
    pub precision: Option<f64>,
    /// Aimed-at recall.
    #[serde(default)]
    pub recall: Option<f64>,
}

/// A targets file. Unknown keys are refused: a misspelt relation would otherwise be a
/// target that is never checked.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Targets {
    /// Free text: where the floors come from and how to move them.
    #[serde(default)]
    pub comment: Option<String>,
    /// `states` target.
    #[serde(default)]
    pub states: Option<RelationTarget>,
    /// `gge_member_of` target.
    #[serde(default)]
    pub gge_member_of: Option<RelationTarget>,
    /// `oewg_member_of` target.
    #[serde(default)]
    pub oewg_member_of: Option<RelationTarget>,
    /// `chairs` target.
    #[serde(default)]
    pub chairs: Option<RelationTarget>,
    /// `establishes` target.
    #[serde(default)]
    pub establishes: Option<RelationTarget>,
    /// `sponsors` target.
    #[serde(default)]
    pub sponsors: Option<RelationTarget>,
    /// `votes` target.
    #[serde(default)]
    pub votes: Option<RelationTarget>,
    /// `vote_counts` target.
    #[serde(default)]
    pub vote_counts: Option<RelationTarget>,
    /// Most trap states that may be read.
    #[serde(default)]
    pub traps_max: Option<usize>,
    /// Aimed-at number of traps (not enforced).
    #[serde(default)]
    pub traps_goal: Option<usize>,
    /// Most ICT memberships that may be read from distractor pages.
    #[serde(default)]
    pub distractor_memberships_max: Option<usize>,
    /// Aimed-at number of distractor memberships (not enforced).
    #[serde(default)]
    pub distractor_memberships_goal: Option<usize>,
}

impl Targets {
    /// The target of one relation, if the file sets one.
    pub fn relation(&self, relation: ScoredRelation) -> Option<&RelationTarget> {
        match relation {
            ScoredRelation::States => self.states.as_ref(),
            ScoredRelation::GgeMemberOf => self.gge_member_of.as_ref(),
            ScoredRelation::OewgMemberOf => self.oewg_member_of.as_ref(),
            ScoredRelation::Chairs => self.chairs.as_ref(),
            ScoredRelation::Establishes => self.establishes.as_ref(),
            ScoredRelation::Sponsors => self.sponsors.as_ref(),
            ScoredRelation::Votes => self.votes.as_ref(),
            ScoredRelation::VoteCounts => self.vote_counts.as_ref(),
        }
    }

    /// Every target `evaluation` misses, in relation order then counts.
    pub fn check(&self, evaluation: &Evaluation) -> Vec<TargetMiss> {
        let mut missed = Vec::new();
        for relation in ScoredRelation::ALL {
            let Some(target) = self.relation(relation) else {
                continue;
            };
            let score = evaluation.score(relation);
            let goal = target.goal.unwrap_or_default();
            for (measure, floor, got, aim) in [
                (
                    "precision",
                    target.precision,
                    score.precision,
                    goal.precision,
                ),
                ("recall", target.recall, score.recall, goal.recall),
            ] {
                if let Some(floor) = floor
                    && got + TOLERANCE < floor
                {
                    missed.push(TargetMiss {
                        what: format!("{} {measure}", relation.as_str()),
                        measured: format!("{got:.3}"),
                        target: format!("at least {floor}"),
                        goal: aim.map(|g| g.to_string()),
                    });
                }
            }
        }
        for (what, max, got, aim) in [
            (
                "traps read as states",
                self.traps_max,
                evaluation.traps.len(),
                self.traps_goal,
            ),
            (
                "ICT memberships on distractor pages",
                self.distractor_memberships_max,
                evaluation.distractor_memberships,
                self.distractor_memberships_goal,
            ),
        ] {
            if let Some(max) = max
                && got > max
            {
                missed.push(TargetMiss {
                    what: what.to_string(),
                    measured: got.to_string(),
                    target: format!("at most {max}"),
                    goal: aim.map(|g| g.to_string()),
                });
            }
        }
        missed
    }
}

/// One target not reached; `Display` is the one-line message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TargetMiss {
    /// The figure (`gge_member_of recall`).
    pub what: String,
    /// What was measured, as printed.
    pub measured: String,
    /// The target (`at least 0.5`).
    pub target: String,
    /// The goal, when the file gives one.
    pub goal: Option<String>,
}

impl fmt::Display for TargetMiss {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "target missed: {} is {}, target {}",
            self.what, self.measured, self.target
        )?;
        match &self.goal {
            Some(goal) => write!(f, " (goal {goal})"),
            None => Ok(()),
        }
    }
}

/// Reads a targets file.
///
/// # Errors
/// [`EvalError::Read`] when it cannot be read, [`EvalError::Parse`] (with line and column)
/// when it is not JSON of this shape.
pub fn read_targets(path: &Path) -> Result<Targets, EvalError> {
    let text = std::fs::read_to_string(path).map_err(|error| EvalError::Read {
        path: path.to_path_buf(),
        error,
    })?;
    serde_json::from_str(&text).map_err(|e| EvalError::parse(path, &e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::{Score, Trap};
    use std::collections::BTreeMap;

    fn evaluation(gge: Score, traps: usize) -> Evaluation {
        let trap = Trap {
            document: "a.txt".into(),
            state: "state:GIN".into(),
            line: 1,
            column: 1,
            quote: String::new(),
        };
        Evaluation {
            directory: "d".into(),
            scored: Vec::new(),
            out_of_scope: Vec::new(),
            scores: BTreeMap::from([(ScoredRelation::GgeMemberOf, gge)]),
            not_scored: Vec::new(),
            traps: vec![trap; traps],
            distractor_memberships: 0,
            misses: Vec::new(),
            false_hits: Vec::new(),
            warnings: Vec::new(),
        }
    }

    fn targets(text: &str) -> Targets {
        serde_json::from_str(text).expect("valid targets")
    }

    #[test]
    fn floors_hold_at_the_rounded_figure_and_fail_below() {
        let t = targets(
            r#"{"gge_member_of": {"precision": 0.66, "recall": 0.5,
                "goal": {"precision": 0.95}}, "traps_max": 0}"#,
        );
        // 2 of 3 right: precision 0.666..., recall 1.
        assert!(t.check(&evaluation(Score::new(2, 1, 0), 0)).is_empty());
        let missed = t.check(&evaluation(Score::new(1, 2, 0), 1));
        let lines: Vec<String> = missed.iter().map(ToString::to_string).collect();
        assert_eq!(
            lines,
            [
                "target missed: gge_member_of precision is 0.333, target at least 0.66 (goal 0.95)",
                "target missed: traps read as states is 1, target at most 0",
            ]
        );
    }

    #[test]
    fn misspelt_keys_are_refused() {
        let err = serde_json::from_str::<Targets>(r#"{"gge_members": {"precision": 1}}"#);
        assert!(err.is_err());
        let err = serde_json::from_str::<Targets>(r#"{"chairs": {"precison": 1}}"#);
        assert!(err.is_err());
    }
}
