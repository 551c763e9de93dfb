//! Who stayed, who joined, who left, and who keeps coming back, along a sequence of
//! groups in time order (usually the GGEs).
//!
//! Both functions take the whole [`Memberships`] as the sequence: filter it first (for
//! example with [`Memberships::filter_kind`]) to follow one kind of group.

use super::memberships::Memberships;
use crate::model::EntityId;
use serde::Serialize;

/// The five permanent members of the Security Council.
pub const P5: [&str; 5] = [
    "state:CHN",
    "state:FRA",
    "state:GBR",
    "state:RUS",
    "state:USA",
];

/// One step of the sequence: from one group to the next.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Transition {
    /// The earlier group.
    pub from: EntityId,
    /// The later group.
    pub to: EntityId,
    /// States in both, sorted.
    pub retained: Vec<EntityId>,
    /// States only in the later group, sorted.
    pub joined: Vec<EntityId>,
    /// States only in the earlier group, sorted.
    pub left: Vec<EntityId>,
    /// `|from ∩ to| / |from ∪ to|`.
    pub jaccard: f64,
}

/// One state's record along the sequence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StateRun {
    /// `state:BRA`.
    pub id: EntityId,
    /// Number of groups of the sequence the state sat in.
    pub count: usize,
    /// Most groups in a row (consecutive in the sequence) the state sat in.
    pub longest_streak: usize,
    /// First group it sat in.
    pub first: EntityId,
    /// Last group it sat in.
    pub last: EntityId,
    /// Every group it sat in, in time order.
    pub groups: Vec<EntityId>,
}

/// The continuity of a sequence of groups.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Continuity {
    /// The groups in time order.
    pub sequence: Vec<EntityId>,
    /// One per successive pair of groups.
    pub transitions: Vec<Transition>,
    /// Every state, by count (descending), then id.
    pub states: Vec<StateRun>,
}

/// Successive-group transitions and each state's run along `m.groups` (time order).
///
/// Formula: for successive groups A then B, retained = A ∩ B, joined = B \ A,
/// left = A \ B, jaccard = |A ∩ B| / |A ∪ B| (0 when both are empty). A streak is a run of
/// groups adjacent in the sequence.
///
/// # Errors
/// None.
///
/// # Complexity
/// O(P + G·S) for P memberships, G groups and S states.
///
/// # Example
/// ```
/// use ggegraph::analysis::continuity::continuity;
/// use ggegraph::analysis::memberships::{MembershipGroup, Memberships};
/// use ggegraph::model::EntityId;
/// let rows = [("AAA", "gge-2001-2002"), ("BBB", "gge-2001-2002"), ("BBB", "gge-2003-2004")];
/// let m = Memberships::from_rows(rows.map(|(s, g)| (EntityId::state(s), MembershipGroup::from_id(g))));
/// let c = continuity(&m);
/// assert_eq!(c.transitions[0].left, vec![EntityId::state("AAA")]);
/// assert_eq!(c.transitions[0].jaccard, 0.5);
/// assert_eq!((c.states[0].id.as_str(), c.states[0].longest_streak), ("state:BBB", 2));
/// ```
pub fn continuity(m: &Memberships) -> Continuity {
    let by_group = m.states_by_group();
    let by_state = m.groups_by_state();
    let state = |i: &u32| m.states[*i as usize].clone();
    let group = |i: &u32| m.groups[*i as usize].id.clone();
    let transitions = (1..m.groups.len())
        .map(|b| {
            let (from, to) = (by_group.row(b - 1), by_group.row(b));
            let retained: Vec<EntityId> = from
                .iter()
                .filter(|s| to.binary_search(s).is_ok())
                .map(state)
                .collect();
            let union = from.len() + to.len() - retained.len();
            Transition {
                from: m.groups[b - 1].id.clone(),
                to: m.groups[b].id.clone(),
                joined: to
                    .iter()
                    .filter(|s| from.binary_search(s).is_err())
                    .map(state)
                    .collect(),
                left: from
                    .iter()
                    .filter(|s| to.binary_search(s).is_err())
                    .map(state)
                    .collect(),
                jaccard: if union == 0 {
                    0.0
                } else {
                    retained.len() as f64 / union as f64
                },
                retained,
            }
        })
        .collect();
    let mut states: Vec<StateRun> = (0..m.states.len())
        .filter_map(|s| {
            let groups = by_state.row(s);
            Some(StateRun {
                id: m.states[s].clone(),
                count: groups.len(),
                longest_streak: longest_streak(groups),
                first: group(groups.first()?),
                last: group(groups.last()?),
                groups: groups.iter().map(group).collect(),
            })
        })
        .collect();
    states.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.id.cmp(&b.id)));
    Continuity {
        sequence: m.groups.iter().map(|g| g.id.clone()).collect(),
        transitions,
        states,
    }
}

/// Longest run of consecutive indices in an ascending list.
pub fn longest_streak(sorted: &[u32]) -> usize {
    let (mut best, mut run) = (0, 0);
    for (i, &g) in sorted.iter().enumerate() {
        run = if i > 0 && sorted[i - 1] + 1 == g {
            run + 1
        } else {
            1
        };
        best = best.max(run);
    }
    best
}

/// One state in the recurrence ranking.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Recurrent {
    /// `state:BRA`.
    pub id: EntityId,
    /// Groups of the sequence it sat in.
    pub count: usize,
    /// `count` / number of groups.
    pub share: f64,
    /// A permanent member of the Security Council.
    pub p5: bool,
    /// Sat in every group of the sequence.
    pub core: bool,
}

/// States ranked by how often they sat in the groups.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Recurrence {
    /// Number of groups in the sequence.
    pub groups: usize,
    /// States in every group, sorted.
    pub core: Vec<EntityId>,
    /// States with at least the minimum count, by count (descending), then id.
    pub states: Vec<Recurrent>,
}

/// Ranks states by the number of groups of `m` they sat in, keeping those with at least
/// `min` groups, and flags the P5 and the core (states in every group).
///
/// Formula: count(s) = |N(s)|, share = count / |groups|, core = { s : count(s) = |groups| }.
///
/// # Errors
/// None.
///
/// # Complexity
/// O(P + S log S).
///
/// # Example
/// ```
/// use ggegraph::analysis::continuity::recurrence;
/// use ggegraph::analysis::memberships::{MembershipGroup, Memberships};
/// use ggegraph::model::EntityId;
/// let rows = [("CHN", "g1"), ("CHN", "g2"), ("BRA", "g2")];
/// let m = Memberships::from_rows(rows.map(|(s, g)| (EntityId::state(s), MembershipGroup::from_id(g))));
/// let r = recurrence(&m, 1);
/// assert_eq!(r.core, vec![EntityId::state("CHN")]);
/// assert!(r.states[0].p5 && r.states[0].core && !r.states[1].p5);
/// ```
pub fn recurrence(m: &Memberships, min: usize) -> Recurrence {
    let by_state = m.groups_by_state();
    let total = m.groups.len();
    let mut states: Vec<Recurrent> = (0..m.states.len())
        .map(|s| {
            let count = by_state.row(s).len();
            Recurrent {
                id: m.states[s].clone(),
                count,
                share: if total == 0 {
                    0.0
                } else {
                    count as f64 / total as f64
                },
                p5: P5.contains(&m.states[s].as_str()),
                core: total > 0 && count == total,
            }
        })
        .collect();
    let core = states
        .iter()
        .filter(|r| r.core)
        .map(|r| r.id.clone())
        .collect();
    states.retain(|r| r.count >= min);
    states.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.id.cmp(&b.id)));
    Recurrence {
        groups: total,
        core,
        states,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::memberships::MembershipGroup;

    fn m(rows: &[(&str, &str)]) -> Memberships {
        Memberships::from_rows(
            rows.iter()
                .map(|&(s, g)| (EntityId::state(s), MembershipGroup::from_id(g))),
        )
    }

    #[test]
    fn streaks() {
        assert_eq!(longest_streak(&[]), 0);
        assert_eq!(longest_streak(&[3]), 1);
        assert_eq!(longest_streak(&[0, 1, 3, 4, 5, 7]), 3);
    }

    #[test]
    fn transitions_by_hand() {
        let c = continuity(&m(&[
            ("AAA", "gge-2001-2002"),
            ("BBB", "gge-2001-2002"),
            ("BBB", "gge-2003-2004"),
            ("CCC", "gge-2003-2004"),
            ("AAA", "gge-2005-2006"),
        ]));
        assert_eq!(c.sequence.len(), 3);
        let t = &c.transitions[0];
        assert_eq!(t.retained, vec![EntityId::state("BBB")]);
        assert_eq!(t.joined, vec![EntityId::state("CCC")]);
        assert_eq!(t.left, vec![EntityId::state("AAA")]);
        assert!((t.jaccard - 1.0 / 3.0).abs() < 1e-15);
        assert_eq!(c.transitions[1].jaccard, 0.0);
        let a = c
            .states
            .iter()
            .find(|s| s.id.as_str() == "state:AAA")
            .expect("AAA");
        assert_eq!((a.count, a.longest_streak), (2, 1));
        assert_eq!(a.first.as_str(), "gge-2001-2002");
        assert_eq!(a.last.as_str(), "gge-2005-2006");
        // count desc, then id
        let order: Vec<&str> = c.states.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(order, ["state:AAA", "state:BBB", "state:CCC"]);
    }

    #[test]
    fn recurrence_min_and_core() {
        let r = recurrence(
            &m(&[("USA", "g1"), ("USA", "g2"), ("ZAF", "g1"), ("FRA", "g2")]),
            2,
        );
        assert_eq!(r.groups, 2);
        assert_eq!(r.core, vec![EntityId::state("USA")]);
        assert_eq!(r.states.len(), 1);
        assert_eq!((r.states[0].share, r.states[0].p5), (1.0, true));
    }
}
