//! Who sat together: the projection of the state x group relation onto states, weighted
//! one of four ways, each exactly as NetworkX's `bipartite` projections weight it.
//!
//! Built row by row (Gustavson's sparse product): for each state `u`, walk its groups and
//! their members `v > u`, accumulating into a dense row of `n_states` counters with a list
//! of touched entries. No string is hashed and no pair map is built, so the cost is the
//! number of (u, v, group) triples, Σ_g |g|²/2; rows run in parallel with rayon when the
//! input is large.

use super::cluster::cluster_order;
use super::memberships::Memberships;
use rayon::prelude::*;

/// How a pair of states is weighted. `N(u)` is the set of groups state `u` sat in. Also
/// the command line's `--weight` values: the first paragraph of each variant's doc is its
/// `--help` text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum Weight {
    /// Number of shared groups.
    ///
    /// `|N(u) ∩ N(v)|`: NetworkX `bipartite.weighted_projected_graph(B, states,
    /// ratio=False)`.
    Count,
    /// Shared groups / groups either sat in.
    ///
    /// `|N(u) ∩ N(v)| / |N(u) ∪ N(v)|`: NetworkX
    /// `bipartite.overlap_weighted_projected_graph(B, states, jaccard=True)`.
    Jaccard,
    /// Shared groups / groups of the state with fewer.
    ///
    /// `|N(u) ∩ N(v)| / min(|N(u)|, |N(v)|)`: NetworkX
    /// `bipartite.overlap_weighted_projected_graph(B, states, jaccard=False)`.
    Overlap,
    /// Σ 1/(size - 1) over shared groups.
    ///
    /// `Σ_{g ∈ N(u) ∩ N(v)} 1 / (|g| - 1)` (Newman's collaboration weight; a group of one
    /// contributes nothing, and cannot be shared anyway): NetworkX
    /// `bipartite.collaboration_weighted_projected_graph(B, states)`.
    Newman,
}

impl Weight {
    /// Every weighting, in display order.
    pub const ALL: [Weight; 4] = [
        Weight::Count,
        Weight::Jaccard,
        Weight::Overlap,
        Weight::Newman,
    ];

    /// The lower-case name used on the command line and in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Weight::Count => "count",
            Weight::Jaccard => "jaccard",
            Weight::Overlap => "overlap",
            Weight::Newman => "newman",
        }
    }
}

/// One edge of the projection: two states that shared at least one group.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CoMembership {
    /// Index of the first state in [`Memberships::states`] (`source < target`).
    pub source: u32,
    /// Index of the second state.
    pub target: u32,
    /// Number of groups both sat in (at least 1).
    pub shared: u32,
    /// The weight the [`Weight`] asked for.
    pub weight: f64,
}

/// How the projection is computed. Every strategy gives identical results: each pair's
/// weight is summed over its shared groups in time order.
///
/// Two, because each wins where the other cannot go (`cargo bench --bench scale --
/// strategy`, 20,000 groups of 15-25, 2 cores, 2026-12-04): over the 193 states the dense
/// matrix takes 5.8 ms against 14 ms for rows on two threads (21 ms on one); over 5,000
/// entities (a user's CSV of people or organisations) rows on two threads take 158 ms
/// against 247 ms for a 100 MB matrix, and at 100,000 entities the matrix would need
/// 40 GB.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strategy {
    /// One n x n matrix of counters filled group by group, on one thread: fastest while
    /// the matrix fits in cache (few states, many groups).
    DenseMatrix,
    /// Row by row with a dense row accumulator per thread, on rayon's pool: memory linear
    /// in the number of states.
    Rows,
    /// [`Strategy::DenseMatrix`] up to [`DENSE_MAX_STATES`] states, else rows.
    Auto,
}

/// Largest number of states for which [`Strategy::Auto`] fills an n x n matrix.
pub const DENSE_MAX_STATES: usize = 512;

/// The co-membership graph of the states: one edge per pair of states sharing a group,
/// weighted by `weight`, sorted by (source, target) with `source < target` (index order
/// is id order). States that share no group have no edge.
///
/// Formula: see [`Weight`]; with `N(u)` the groups of `u` and `|g|` the size of group g,
/// count = |N(u) ∩ N(v)|, jaccard = |∩| / |∪|, overlap = |∩| / min(|N(u)|, |N(v)|),
/// newman = Σ_{g ∈ ∩} 1/(|g| - 1).
///
/// # Errors
/// None: every input has a projection (possibly without edges).
///
/// # Complexity
/// O(P + Σ_g |g|² + E log E) time for P memberships and E edges, O(n_states) extra
/// memory per thread.
///
/// # Example
/// ```
/// use ggegraph::analysis::comembership::{Weight, comembership};
/// use ggegraph::analysis::memberships::{MembershipGroup, Memberships};
/// use ggegraph::model::EntityId;
/// let rows = [("AAA", "g1"), ("BBB", "g1"), ("BBB", "g2"), ("CCC", "g2")];
/// let m = Memberships::from_rows(rows.map(|(s, g)| (EntityId::state(s), MembershipGroup::from_id(g))));
/// let edges = comembership(&m, Weight::Jaccard);
/// // AAA-BBB share g1; AAA has 1 group, BBB 2: jaccard = 1/2.
/// assert_eq!((edges[0].source, edges[0].target, edges[0].weight), (0, 1, 0.5));
/// assert_eq!(edges.len(), 2);
/// ```
pub fn comembership(m: &Memberships, weight: Weight) -> Vec<CoMembership> {
    comembership_with(m, weight, Strategy::Auto)
}

/// [`comembership`] computed the way the caller chooses; all strategies give identical
/// results.
pub fn comembership_with(m: &Memberships, weight: Weight, strategy: Strategy) -> Vec<CoMembership> {
    let by_state = m.groups_by_state();
    let by_group = m.states_by_group();
    let n = m.states.len();
    let inverse_degree: Vec<f64> = (0..by_group.len())
        .map(|g| match by_group.row(g).len() {
            0 | 1 => 0.0,
            size => 1.0 / (size - 1) as f64,
        })
        .collect();
    let ctx = Context {
        by_state: &by_state,
        by_group: &by_group,
        inverse_degree: &inverse_degree,
        weight,
    };
    let strategy = match strategy {
        Strategy::Auto if n <= DENSE_MAX_STATES => Strategy::DenseMatrix,
        Strategy::Auto => Strategy::Rows,
        chosen => chosen,
    };
    if strategy == Strategy::DenseMatrix {
        return ctx.dense(n);
    }
    let rows: Vec<Vec<CoMembership>> = (0..n as u32)
        .into_par_iter()
        .map_init(|| Accumulator::new(n), |acc, u| ctx.row(acc, u))
        .collect();
    rows.concat()
}

/// What every row needs.
struct Context<'a> {
    by_state: &'a super::memberships::Adjacency,
    by_group: &'a super::memberships::Adjacency,
    inverse_degree: &'a [f64],
    weight: Weight,
}

/// A dense row of counters and the entries touched since the last reset.
struct Accumulator {
    count: Vec<u32>,
    newman: Vec<f64>,
    touched: Vec<u32>,
}

impl Accumulator {
    fn new(n: usize) -> Accumulator {
        Accumulator {
            count: vec![0; n],
            newman: vec![0.0; n],
            touched: Vec::new(),
        }
    }
}

impl Context<'_> {
    /// The weight of an edge from the pair's shared count (and Newman sum).
    fn edge(&self, u: u32, v: u32, shared: u32, newman: f64) -> CoMembership {
        let common = f64::from(shared);
        let du = self.by_state.row(u as usize).len() as f64;
        let dv = self.by_state.row(v as usize).len() as f64;
        let weight = match self.weight {
            Weight::Count => common,
            Weight::Jaccard => common / (du + dv - common),
            Weight::Overlap => common / du.min(dv),
            Weight::Newman => newman,
        };
        CoMembership {
            source: u,
            target: v,
            shared,
            weight,
        }
    }

    /// Every pair of every group counted into an n x n upper triangle, groups in time
    /// order; then the non-zero cells in (u, v) order.
    fn dense(&self, n: usize) -> Vec<CoMembership> {
        let mut count = vec![0u32; n * n];
        let mut newman = if self.weight == Weight::Newman {
            vec![0.0f64; n * n]
        } else {
            Vec::new()
        };
        for g in 0..self.by_group.len() {
            let members = self.by_group.row(g);
            let share = self.inverse_degree[g];
            for (i, &u) in members.iter().enumerate() {
                let row = u as usize * n;
                for &v in &members[i + 1..] {
                    count[row + v as usize] += 1;
                }
                if !newman.is_empty() {
                    for &v in &members[i + 1..] {
                        newman[row + v as usize] += share;
                    }
                }
            }
        }
        let mut edges = Vec::new();
        for u in 0..n {
            for v in u + 1..n {
                let shared = count[u * n + v];
                if shared > 0 {
                    let sum = newman.get(u * n + v).copied().unwrap_or(0.0);
                    edges.push(self.edge(u as u32, v as u32, shared, sum));
                }
            }
        }
        edges
    }

    /// The edges `(u, v)` with `v > u`, in `v` order; leaves the accumulator clean.
    fn row(&self, acc: &mut Accumulator, u: u32) -> Vec<CoMembership> {
        let groups_u = self.by_state.row(u as usize);
        for &g in groups_u {
            let members = self.by_group.row(g as usize);
            let after_u = members.partition_point(|&v| v <= u);
            let share = self.inverse_degree[g as usize];
            for &v in &members[after_u..] {
                let c = &mut acc.count[v as usize];
                if *c == 0 {
                    acc.touched.push(v);
                }
                *c += 1;
                if self.weight == Weight::Newman {
                    acc.newman[v as usize] += share;
                }
            }
        }
        acc.touched.sort_unstable();
        let edges = acc
            .touched
            .iter()
            .map(|&v| {
                let edge = self.edge(u, v, acc.count[v as usize], acc.newman[v as usize]);
                acc.count[v as usize] = 0;
                acc.newman[v as usize] = 0.0;
                edge
            })
            .collect();
        acc.touched.clear();
        edges
    }
}

/// The groups states `u` and `v` both sat in, in time order.
///
/// Complexity: O(|N(u)| + |N(v)|) (a merge of two sorted lists).
pub fn shared_groups(by_state: &super::memberships::Adjacency, u: u32, v: u32) -> Vec<u32> {
    let (a, b) = (by_state.row(u as usize), by_state.row(v as usize));
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                out.push(a[i]);
                i += 1;
                j += 1;
            }
        }
    }
    out
}

/// Keeps the edges with `weight >= min_weight`, then the `top` heaviest (ties broken by
/// (source, target)); the result stays sorted by (source, target).
///
/// Complexity: O(E log E).
pub fn strongest(
    mut edges: Vec<CoMembership>,
    min_weight: Option<f64>,
    top: Option<usize>,
) -> Vec<CoMembership> {
    if let Some(min) = min_weight {
        edges.retain(|e| e.weight >= min);
    }
    if let Some(top) = top {
        edges.sort_by(|a, b| {
            b.weight
                .total_cmp(&a.weight)
                .then((a.source, a.target).cmp(&(b.source, b.target)))
        });
        edges.truncate(top);
        edges.sort_by_key(|e| (e.source, e.target));
    }
    edges
}

/// The shared groups of the states that sat most often, rows and columns in clustering
/// order (see [`clustered`]).
#[derive(Debug, Clone, PartialEq)]
pub struct SharedMatrix {
    /// Indices into [`Memberships::states`], in the order of the rows (and columns).
    pub states: Vec<u32>,
    /// `shared[i][j]`: the groups `states[i]` and `states[j]` sat in together; on the
    /// diagonal, a state's own number of groups.
    pub shared: Vec<Vec<f64>>,
}

/// The co-membership of the `limit` states that sat in the most groups (at least two
/// each; ties by index), ordered by [`cluster_order`] on their Jaccard similarity so
/// that states with similar records form blocks along the diagonal.
///
/// # Complexity
/// O(co-membership + n³) for n = `limit`.
///
/// # Example
/// ```
/// use ggegraph::analysis::comembership::clustered;
/// use ggegraph::analysis::memberships::{MembershipGroup, Memberships};
/// use ggegraph::model::EntityId;
/// let rows = [("AAA", "g1"), ("AAA", "g2"), ("BBB", "g2"), ("BBB", "g3"), ("CCC", "g1"), ("CCC", "g2")];
/// let m = Memberships::from_rows(rows.map(|(s, g)| (EntityId::state(s), MembershipGroup::from_id(g))));
/// let c = clustered(&m, 40);
/// assert_eq!(c.states, vec![0, 2, 1]); // AAA and CCC sat in the same two groups
/// assert_eq!(c.shared[0], vec![2.0, 2.0, 1.0]);
/// ```
pub fn clustered(m: &Memberships, limit: usize) -> SharedMatrix {
    let by_state = m.groups_by_state();
    let groups = |s: u32| by_state.row(s as usize).len();
    let mut top: Vec<u32> = (0..m.states.len() as u32)
        .filter(|&s| groups(s) >= 2)
        .collect();
    top.sort_by_key(|&s| (std::cmp::Reverse(groups(s)), s));
    top.truncate(limit);
    let index: std::collections::HashMap<u32, usize> =
        top.iter().enumerate().map(|(i, &s)| (s, i)).collect();
    let n = top.len();
    let mut shared = vec![vec![0.0; n]; n];
    let mut jaccard = vec![vec![0.0; n]; n];
    for (i, &s) in top.iter().enumerate() {
        shared[i][i] = groups(s) as f64;
        jaccard[i][i] = 1.0;
    }
    for e in comembership(m, Weight::Jaccard) {
        if let (Some(&i), Some(&j)) = (index.get(&e.source), index.get(&e.target)) {
            shared[i][j] = f64::from(e.shared);
            shared[j][i] = f64::from(e.shared);
            jaccard[i][j] = e.weight;
            jaccard[j][i] = e.weight;
        }
    }
    let order = cluster_order(&jaccard);
    SharedMatrix {
        states: order.iter().map(|&i| top[i]).collect(),
        shared: order
            .iter()
            .map(|&i| order.iter().map(|&j| shared[i][j]).collect())
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::memberships::MembershipGroup;
    use crate::model::EntityId;

    /// Only states in two or more groups, the `limit` who sat most; a pair's shared
    /// groups on both sides of the diagonal.
    #[test]
    fn clustered_keeps_the_states_that_sat_most() {
        // A sits in g1, g2; B in g1, g2, g3; C in g3; D in g2, g3.
        let rows = [
            ("AAA", "g1"),
            ("AAA", "g2"),
            ("BBB", "g1"),
            ("BBB", "g2"),
            ("BBB", "g3"),
            ("CCC", "g3"),
            ("DDD", "g2"),
            ("DDD", "g3"),
        ];
        let m = Memberships::from_rows(
            rows.map(|(s, g)| (EntityId::state(s), MembershipGroup::from_id(g))),
        );
        let all = clustered(&m, 40);
        assert_eq!(all.states.len(), 3, "CCC sat in one group: left out");
        assert!(!all.states.contains(&2));
        for (i, row) in all.shared.iter().enumerate() {
            for (j, v) in row.iter().enumerate() {
                assert_eq!(*v, all.shared[j][i]);
            }
        }
        let two = clustered(&m, 2);
        let mut kept = two.states.clone();
        kept.sort_unstable();
        assert_eq!(
            kept,
            vec![0, 1],
            "BBB (3 groups), then AAA before DDD (ties by index)"
        );
        assert_eq!(clustered(&m, 1).states.len(), 1);
    }

    /// g1 = {A, B, C}, g2 = {B, C}, g3 = {C, D}, g4 = {E} (a group of one).
    fn sample() -> Memberships {
        let rows = [
            ("AAA", "g1"),
            ("BBB", "g1"),
            ("CCC", "g1"),
            ("BBB", "g2"),
            ("CCC", "g2"),
            ("CCC", "g3"),
            ("DDD", "g3"),
            ("EEE", "g4"),
        ];
        Memberships::from_rows(rows.map(|(s, g)| (EntityId::state(s), MembershipGroup::from_id(g))))
    }

    fn weights(m: &Memberships, w: Weight, p: Strategy) -> Vec<(u32, u32, f64)> {
        comembership_with(m, w, p)
            .iter()
            .map(|e| (e.source, e.target, e.weight))
            .collect()
    }

    #[test]
    fn hand_checked_weights() {
        let m = sample();
        // A:{g1} B:{g1,g2} C:{g1,g2,g3} D:{g3} E:{g4}
        assert_eq!(
            weights(&m, Weight::Count, Strategy::Rows),
            vec![(0, 1, 1.0), (0, 2, 1.0), (1, 2, 2.0), (2, 3, 1.0)]
        );
        assert_eq!(
            weights(&m, Weight::Jaccard, Strategy::Rows),
            vec![
                (0, 1, 0.5),
                (0, 2, 1.0 / 3.0),
                (1, 2, 2.0 / 3.0),
                (2, 3, 1.0 / 3.0)
            ]
        );
        assert_eq!(
            weights(&m, Weight::Overlap, Strategy::Rows),
            vec![(0, 1, 1.0), (0, 2, 1.0), (1, 2, 1.0), (2, 3, 1.0)]
        );
        // g1 has 3 members (1/2 each pair), g2 and g3 have 2 (1 each pair).
        assert_eq!(
            weights(&m, Weight::Newman, Strategy::Rows),
            vec![(0, 1, 0.5), (0, 2, 0.5), (1, 2, 1.5), (2, 3, 1.0)]
        );
    }

    /// A pseudo-random relation: 300 states, 400 groups of 2..=40 members.
    fn larger() -> Memberships {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = move |k: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % k
        };
        let mut rows = Vec::new();
        for g in 0..400 {
            for _ in 0..2 + next(39) {
                let state = EntityId(format!("state:S{:03}", next(300)));
                rows.push((state, MembershipGroup::from_id(&format!("group{g:03}"))));
            }
        }
        Memberships::from_rows(rows)
    }

    #[test]
    fn every_strategy_gives_identical_results() {
        for m in [sample(), larger()] {
            for w in Weight::ALL {
                let rows = weights(&m, w, Strategy::Rows);
                assert_eq!(weights(&m, w, Strategy::DenseMatrix), rows, "{w:?}");
                assert_eq!(weights(&m, w, Strategy::Auto), rows, "{w:?}");
            }
        }
    }

    #[test]
    fn symmetric_in_the_pair() {
        // Swapping the roles of two states' ids swaps their edges and keeps the weights.
        let m = sample();
        let by_state = m.groups_by_state();
        for e in comembership(&m, Weight::Jaccard) {
            assert_eq!(
                shared_groups(&by_state, e.source, e.target),
                shared_groups(&by_state, e.target, e.source)
            );
            assert_eq!(
                shared_groups(&by_state, e.source, e.target).len() as u32,
                e.shared
            );
        }
    }

    #[test]
    fn strongest_ties_by_pair() {
        let m = sample();
        let edges = strongest(comembership(&m, Weight::Count), Some(1.0), Some(2));
        let pairs: Vec<(u32, u32)> = edges.iter().map(|e| (e.source, e.target)).collect();
        assert_eq!(pairs, vec![(0, 1), (1, 2)]);
        assert!(strongest(comembership(&m, Weight::Count), Some(3.0), None).is_empty());
    }
}
