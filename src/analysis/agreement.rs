//! Voting agreement: for each pair of states, how alike they voted over a set of ballots.
//!
//! The usual UNGA agreement index: over the ballots on which both states have a recorded
//! vote, a pair scores 1 for identical votes (both yes, both no, both abstain), 0.5 when
//! one abstains and the other votes yes or no, and 0 for opposite votes; the index is the
//! mean score:
//!
//! ```text
//! agreement(i, j) = Σ_b score(v_ib, v_jb) / |{b : both i and j voted on b}|
//! ```
//!
//! Pairs that never voted on the same ballot have no index (no edge).

use super::cluster::cluster_order;
use super::rollcalls::Vote;
use super::votes::Votes;
use crate::model::EntityId;
use serde::Serialize;

/// The agreement of one pair of states.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Agreement {
    /// Index of the first state in [`Votes::states`] (`source < target`).
    pub source: u32,
    /// Index of the second state.
    pub target: u32,
    /// The agreement index, in `[0, 1]`.
    pub weight: f64,
    /// Number of ballots both voted on (at least 1).
    pub shared: u32,
}

/// Score of two votes: 1 identical, 0.5 one abstention against a yes or no, 0 opposite.
pub fn score(a: Vote, b: Vote) -> f64 {
    match (a, b) {
        _ if a == b => 1.0,
        (Vote::Abstain, _) | (_, Vote::Abstain) => 0.5,
        _ => 0.0,
    }
}

/// The agreement index of every pair of states that voted on at least one common ballot
/// among `ballots` (indices into [`Votes::ballots`]), sorted by (source, target).
///
/// # Complexity
/// O(B · S²) for B ballots and S states voting; O(S²) memory.
///
/// # Example
/// ```
/// use ggegraph::analysis::agreement::agreement;
/// use ggegraph::analysis::Votes;
/// use ggegraph::model::{Claim, EntityId, Provenance, Relation};
/// let vote = |s: &str, r, res: &str| Claim {
///     subject: EntityId::state(s),
///     relation: r,
///     object: EntityId::from(res).into(),
///     provenance: Provenance {
///         document: "v.csv".into(), page: None, line: 2, column: 1, text: "".into(),
///         status: Default::default(), rule: "",
///     },
/// };
/// let g = ggegraph::graph::Graph::new(vec![], ggegraph::model::ClaimSet::from_claims(vec![
///     vote("BRA", Relation::VotedYes, "A/RES/73/27"),
///     vote("USA", Relation::VotedNo, "A/RES/73/27"),
///     vote("BRA", Relation::VotedYes, "A/RES/73/266"),
///     vote("USA", Relation::Abstained, "A/RES/73/266"),
/// ]));
/// let v = Votes::from_graph(&g);
/// let a = agreement(&v, &[0, 1]);
/// assert_eq!((a[0].weight, a[0].shared), (0.25, 2)); // (0 + 0.5) / 2
/// ```
pub fn agreement(votes: &Votes, ballots: &[u32]) -> Vec<Agreement> {
    let n = votes.states.len();
    let mut sum = vec![0.0f64; n * n];
    let mut shared = vec![0u32; n * n];
    for &b in ballots {
        let cast = votes.on(b);
        for (k, x) in cast.iter().enumerate() {
            for y in &cast[k + 1..] {
                let cell = x.state as usize * n + y.state as usize;
                sum[cell] += score(x.vote, y.vote);
                shared[cell] += 1;
            }
        }
    }
    let mut out = Vec::new();
    for i in 0..n {
        for j in i + 1..n {
            let cell = i * n + j;
            if shared[cell] > 0 {
                out.push(Agreement {
                    source: i as u32,
                    target: j as u32,
                    weight: sum[cell] / f64::from(shared[cell]),
                    shared: shared[cell],
                });
            }
        }
    }
    out
}

/// Keeps the pairs with `weight >= min_weight`, then the `top` most alike (ties by
/// (source, target)); the result stays sorted by (source, target).
pub fn strongest(
    mut pairs: Vec<Agreement>,
    min_weight: Option<f64>,
    top: Option<usize>,
) -> Vec<Agreement> {
    if let Some(min) = min_weight {
        pairs.retain(|p| p.weight >= min);
    }
    if let Some(top) = top {
        pairs.sort_by(|a, b| {
            b.weight
                .total_cmp(&a.weight)
                .then((a.source, a.target).cmp(&(b.source, b.target)))
        });
        pairs.truncate(top);
        pairs.sort_by_key(|p| (p.source, p.target));
    }
    pairs
}

/// Most states [`most_recorded`] picks for a matrix drawn on one screen (the report's
/// chart and the `agreement` diagram): 40 rows of 18 points stay readable.
pub const MAX_MATRIX: usize = 40;

/// The `max` states among those `keep` accepts that cast the most recorded votes (ties
/// by index), in index order; states with no vote are left out.
///
/// Why: a matrix of every voting state (over 190) cannot be read; the states that voted
/// most often have the most pairs with an index.
pub fn most_recorded(votes: &Votes, keep: impl Fn(&EntityId) -> bool, max: usize) -> Vec<u32> {
    let mut cast = vec![0usize; votes.states.len()];
    for c in &votes.cast {
        cast[c.state as usize] += 1;
    }
    let mut top: Vec<usize> = (0..votes.states.len())
        .filter(|&s| keep(&votes.states[s]) && cast[s] > 0)
        .collect();
    top.sort_by_key(|&s| (std::cmp::Reverse(cast[s]), s));
    top.truncate(max);
    top.sort_unstable();
    top.into_iter().map(|s| s as u32).collect()
}

/// The agreement of some states with each other, rows and columns in one order.
#[derive(Debug, Clone, PartialEq)]
pub struct AgreementMatrix {
    /// Indices into [`Votes::states`], in the order of the rows (and of the columns).
    pub states: Vec<u32>,
    /// `values[i][j]`: the [`agreement`] of `states[i]` and `states[j]`; `None` when they
    /// voted on no common ballot; `Some(1.0)` on the diagonal.
    pub values: Vec<Vec<Option<f64>>>,
}

/// The agreement matrix of `states` over `ballots`, rows and columns ordered by
/// [`cluster_order`] (a pair with no common ballot counts as 0 there), so blocs of
/// states that vote alike show as squares along the diagonal.
///
/// # Complexity
/// O(B · S² + n³) for B ballots, S states voting and n = `states.len()`.
///
/// # Example
/// ```
/// use ggegraph::analysis::agreement::clustered;
/// use ggegraph::analysis::Votes;
/// use ggegraph::model::{Claim, EntityId, Provenance, Relation};
/// let vote = |s: &str, r| Claim {
///     subject: EntityId::state(s),
///     relation: r,
///     object: EntityId::from("A/RES/73/27").into(),
///     provenance: Provenance {
///         document: "v.csv".into(), page: None, line: 2, column: 1, text: "".into(),
///         status: Default::default(), rule: "",
///     },
/// };
/// let g = ggegraph::graph::Graph::new(vec![], ggegraph::model::ClaimSet::from_claims(vec![
///     vote("BRA", Relation::VotedYes),
///     vote("RUS", Relation::VotedNo),
///     vote("USA", Relation::VotedYes),
/// ]));
/// let v = Votes::from_graph(&g); // states BRA, RUS, USA
/// let m = clustered(&v, &[0, 1, 2], &[0]);
/// assert_eq!(m.states, vec![0, 2, 1]); // BRA and USA agree: side by side
/// assert_eq!(m.values[0], vec![Some(1.0), Some(1.0), Some(0.0)]);
/// ```
pub fn clustered(votes: &Votes, states: &[u32], ballots: &[u32]) -> AgreementMatrix {
    let n = states.len();
    let index: std::collections::HashMap<u32, usize> =
        states.iter().enumerate().map(|(i, &s)| (s, i)).collect();
    let mut values = vec![vec![None; n]; n];
    for (i, row) in values.iter_mut().enumerate() {
        row[i] = Some(1.0);
    }
    for a in agreement(votes, ballots) {
        if let (Some(&i), Some(&j)) = (index.get(&a.source), index.get(&a.target)) {
            values[i][j] = Some(a.weight);
            values[j][i] = Some(a.weight);
        }
    }
    let similarity: Vec<Vec<f64>> = values
        .iter()
        .map(|row| row.iter().map(|v| v.unwrap_or(0.0)).collect())
        .collect();
    let order = cluster_order(&similarity);
    AgreementMatrix {
        states: order.iter().map(|&i| states[i]).collect(),
        values: order
            .iter()
            .map(|&i| order.iter().map(|&j| values[i][j]).collect())
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_of_the_agreement_index() {
        assert_eq!(score(Vote::Yes, Vote::Yes), 1.0);
        assert_eq!(score(Vote::Abstain, Vote::Abstain), 1.0);
        assert_eq!(score(Vote::Yes, Vote::Abstain), 0.5);
        assert_eq!(score(Vote::Abstain, Vote::No), 0.5);
        assert_eq!(score(Vote::Yes, Vote::No), 0.0);
    }
}
