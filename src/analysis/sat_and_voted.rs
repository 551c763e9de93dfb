//! Do states that sat together vote together? The correlation, over pairs of states,
//! between co-membership weight and voting agreement, with a permutation test.
//!
//! The pairs are those of states that are in the membership table and voted on at least
//! one common ballot; `x` is the pair's co-membership weight (0 when they shared no
//! group), `y` its agreement index ([`super::agreement`]). The statistic is Pearson's r:
//!
//! ```text
//! r = Σ (x - x̄)(y - ȳ) / sqrt(Σ (x - x̄)² · Σ (y - ȳ)²)
//! ```
//!
//! Pairs are not independent (a state is in many pairs), so the p-value comes from a
//! Mantel test: the states' membership records are shuffled among the states (the votes
//! stay), r recomputed, and p = (1 + #{|r_perm| >= |r|}) / (1 + permutations).

use super::agreement::agreement;
use super::comembership::{Weight, comembership};
use super::memberships::Memberships;
use super::votes::Votes;
use crate::model::EntityId;
use serde::Serialize;
use std::collections::HashMap;

/// A pair of states and how far it lies from the fitted line.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Defier {
    /// First state.
    pub source: EntityId,
    /// Second state.
    pub target: EntityId,
    /// Co-membership weight.
    pub comembership: f64,
    /// Agreement index.
    pub agreement: f64,
    /// Agreement minus the agreement the least-squares line predicts for the weight.
    pub residual: f64,
}

/// The answer of [`sat_and_voted`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Correlation {
    /// Number of pairs.
    pub pairs: usize,
    /// Number of states.
    pub states: usize,
    /// Pearson's r between co-membership weight and agreement.
    pub r: f64,
    /// Two-sided permutation p-value (Mantel test).
    pub p_value: f64,
    /// Number of permutations the p-value is from.
    pub permutations: usize,
    /// The pairs farthest from the least-squares line, farthest first.
    pub defiers: Vec<Defier>,
}

/// Pearson's r, `None` when either side has no variance or there are fewer than 3 values.
pub fn pearson(x: &[f64], y: &[f64]) -> Option<f64> {
    let n = x.len();
    if n < 3 || y.len() != n {
        return None;
    }
    let mx = x.iter().sum::<f64>() / n as f64;
    let my = y.iter().sum::<f64>() / n as f64;
    let (mut sxy, mut sxx, mut syy) = (0.0, 0.0, 0.0);
    for (a, b) in x.iter().zip(y) {
        sxy += (a - mx) * (b - my);
        sxx += (a - mx) * (a - mx);
        syy += (b - my) * (b - my);
    }
    (sxx > 0.0 && syy > 0.0).then(|| sxy / (sxx * syy).sqrt())
}

/// SplitMix64: a small, seeded generator, so a p-value is reproducible.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in `0..n` (n > 0), by rejection so there is no modulo bias.
    fn below(&mut self, n: usize) -> usize {
        let n = n as u64;
        let zone = u64::MAX - u64::MAX % n;
        loop {
            let v = self.next();
            if v < zone {
                return (v % n) as usize;
            }
        }
    }
}

/// The correlation between co-membership (`weight`) and voting agreement over every
/// ballot of `votes`, its permutation p-value from `permutations` shuffles (seeded by
/// `seed`), and the `defiers` pairs farthest from the fitted line. `None` when there are
/// fewer than 3 pairs or either side is constant.
///
/// # Complexity
/// O(B · S² + permutations · P) for B ballots, S states and P pairs.
///
/// # Example
/// ```
/// use ggegraph::analysis::sat_and_voted::pearson;
/// let r = pearson(&[0.0, 1.0, 2.0], &[0.5, 0.75, 1.0]).unwrap();
/// assert!((r - 1.0).abs() < 1e-12);
/// ```
pub fn sat_and_voted(
    m: &Memberships,
    votes: &Votes,
    weight: Weight,
    permutations: usize,
    seed: u64,
    defiers: usize,
) -> Option<Correlation> {
    let common = common_states(m, votes);
    let k = common.len();
    let n = m.states.len();
    let co = comembership_matrix(m, weight);
    let (pairs, y) = agreeing_pairs(votes, &common);
    let x_of = |order: &[usize]| -> Vec<f64> {
        pairs
            .iter()
            .map(|&(a, b)| co[common[order[a]].0 * n + common[order[b]].0])
            .collect()
    };
    let identity: Vec<usize> = (0..k).collect();
    let x = x_of(&identity);
    let r = pearson(&x, &y)?;
    let extreme = extreme_shuffles(&x_of, &y, k, r, permutations, seed);
    let far = farthest_pairs(m, &common, &pairs, (&x, &y), defiers);
    Some(Correlation {
        pairs: pairs.len(),
        states: k,
        r,
        p_value: (1 + extreme) as f64 / (1 + permutations) as f64,
        permutations,
        defiers: far,
    })
}

/// States of both tables, as (membership index, votes index).
fn common_states(m: &Memberships, votes: &Votes) -> Vec<(usize, u32)> {
    let in_votes: HashMap<&EntityId, u32> = votes
        .states
        .iter()
        .enumerate()
        .map(|(i, s)| (s, i as u32))
        .collect();
    m.states
        .iter()
        .enumerate()
        .filter_map(|(i, s)| in_votes.get(s).map(|&v| (i, v)))
        .collect()
}

/// The co-membership weight of every pair of `m`'s states, row by row (symmetric; 0 for
/// pairs that never sat together).
fn comembership_matrix(m: &Memberships, weight: Weight) -> Vec<f64> {
    let n = m.states.len();
    let mut co = vec![0.0; n * n];
    for e in comembership(m, weight) {
        co[e.source as usize * n + e.target as usize] = e.weight;
        co[e.target as usize * n + e.source as usize] = e.weight;
    }
    co
}

/// Pairs as positions in `common` (a < b) with a recorded agreement, and that agreement.
fn agreeing_pairs(votes: &Votes, common: &[(usize, u32)]) -> (Vec<(usize, usize)>, Vec<f64>) {
    let ballots: Vec<u32> = (0..votes.ballots.len() as u32).collect();
    let agree: HashMap<(u32, u32), f64> = agreement(votes, &ballots)
        .into_iter()
        .map(|a| ((a.source, a.target), a.weight))
        .collect();
    let k = common.len();
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    let mut y: Vec<f64> = Vec::new();
    for a in 0..k {
        for b in a + 1..k {
            let (va, vb) = (common[a].1, common[b].1);
            if let Some(&w) = agree.get(&(va.min(vb), va.max(vb))) {
                pairs.push((a, b));
                y.push(w);
            }
        }
    }
    (pairs, y)
}

/// How many of `permutations` shuffles of the `k` states (seeded by `seed`) correlate
/// with `y` at least as strongly as `r`: the Mantel test's count. `x_of` gives the
/// co-membership of the pairs under an order of the states.
fn extreme_shuffles(
    x_of: &dyn Fn(&[usize]) -> Vec<f64>,
    y: &[f64],
    k: usize,
    r: f64,
    permutations: usize,
    seed: u64,
) -> usize {
    let mut rng = SplitMix(seed);
    let mut order: Vec<usize> = (0..k).collect();
    let mut extreme = 0usize;
    for _ in 0..permutations {
        for i in (1..k).rev() {
            order.swap(i, rng.below(i + 1));
        }
        if pearson(&x_of(&order), y).is_some_and(|rp| rp.abs() >= r.abs() - 1e-12) {
            extreme += 1;
        }
    }
    extreme
}

/// The `defiers` pairs farthest from the least-squares line of agreement `y` on
/// co-membership `x`, farthest first (ties by source, then target).
fn farthest_pairs(
    m: &Memberships,
    common: &[(usize, u32)],
    pairs: &[(usize, usize)],
    (x, y): (&[f64], &[f64]),
    defiers: usize,
) -> Vec<Defier> {
    let (mx, my) = (mean(x), mean(y));
    let sxx: f64 = x.iter().map(|a| (a - mx) * (a - mx)).sum();
    let slope = x
        .iter()
        .zip(y)
        .map(|(a, b)| (a - mx) * (b - my))
        .sum::<f64>()
        / sxx;
    let mut far: Vec<Defier> = pairs
        .iter()
        .zip(x.iter().zip(y))
        .map(|(&(a, b), (&xi, &yi))| Defier {
            source: m.states[common[a].0].clone(),
            target: m.states[common[b].0].clone(),
            comembership: xi,
            agreement: yi,
            residual: yi - (my + slope * (xi - mx)),
        })
        .collect();
    far.sort_by(|p, q| {
        q.residual
            .abs()
            .total_cmp(&p.residual.abs())
            .then_with(|| (&p.source, &p.target).cmp(&(&q.source, &q.target)))
    });
    far.truncate(defiers);
    far
}

fn mean(v: &[f64]) -> f64 {
    v.iter().sum::<f64>() / v.len() as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pearson_by_hand_and_degenerate_cases() {
        let r = pearson(&[1.0, 2.0, 3.0, 4.0], &[2.0, 1.0, 4.0, 3.0]).expect("defined");
        assert!((r - 0.6).abs() < 1e-12, "{r}");
        assert_eq!(pearson(&[1.0, 1.0, 1.0], &[1.0, 2.0, 3.0]), None);
        assert_eq!(pearson(&[1.0, 2.0], &[1.0, 2.0]), None);
    }

    #[test]
    fn shuffles_are_uniform_enough_and_seeded() {
        let mut a = SplitMix(7);
        let mut b = SplitMix(7);
        let draws: Vec<usize> = (0..1000).map(|_| a.below(4)).collect();
        assert_eq!(draws, (0..1000).map(|_| b.below(4)).collect::<Vec<_>>());
        for v in 0..4 {
            let c = draws.iter().filter(|&&d| d == v).count();
            assert!((200..300).contains(&c), "{v}: {c}");
        }
    }
}
