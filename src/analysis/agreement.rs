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

use super::rollcalls::Vote;
use super::votes::Votes;
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
/// use ggegraph::graph::from_claims;
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
/// let g = from_claims(vec![], vec![
///     vote("BRA", Relation::VotedYes, "A/RES/73/27"),
///     vote("USA", Relation::VotedNo, "A/RES/73/27"),
///     vote("BRA", Relation::VotedYes, "A/RES/73/266"),
///     vote("USA", Relation::Abstained, "A/RES/73/266"),
/// ]);
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
