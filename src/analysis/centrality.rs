//! Who is central in the co-membership graph: degree, betweenness, eigenvector and
//! closeness centrality, each matching one NetworkX call to within 1e-9.
//!
//! | measure | NetworkX call matched | weighted |
//! |---|---|---|
//! | degree | `nx.degree_centrality(G)` | no |
//! | betweenness | `nx.betweenness_centrality(G, weight=None, normalized=True)` | no |
//! | eigenvector | `nx.eigenvector_centrality(G, weight="weight", max_iter=1000, tol=1e-12)` | yes |
//! | closeness | `nx.closeness_centrality(G)` (hop distance, `wf_improved=True`) | no |
//!
//! Betweenness and closeness read edge weights as *distances* in NetworkX; co-membership
//! weights are similarities (more shared groups = closer), so using them as distances
//! would invert their meaning. Both measures therefore use hop counts.

use super::comembership::{self, CoMembership, Weight};
use super::memberships::Memberships;
use std::collections::VecDeque;

/// A centrality measure. Also the command line's `--measure` values: the first paragraph
/// of each variant's doc, the NetworkX call it equals, is its `--help` text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum Measure {
    /// nx.degree_centrality(G).
    ///
    /// Degree / (n - 1).
    Degree,
    /// nx.betweenness_centrality(G, weight=None, normalized=True).
    ///
    /// Normalised shortest-path betweenness (Brandes).
    Betweenness,
    /// nx.eigenvector_centrality(G, weight="weight", max_iter=1000, tol=1e-12).
    ///
    /// Weighted eigenvector centrality by power iteration.
    Eigenvector,
    /// nx.closeness_centrality(G).
    ///
    /// Closeness with the Wasserman-Faust correction for disconnected graphs.
    Closeness,
}

impl Measure {
    /// The lower-case name used on the command line and in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Measure::Degree => "degree",
            Measure::Betweenness => "betweenness",
            Measure::Eigenvector => "eigenvector",
            Measure::Closeness => "closeness",
        }
    }
}

/// Why a centrality has no value.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum CentralityError {
    /// Eigenvector centrality of a graph without nodes is undefined.
    #[error("eigenvector centrality is undefined for a graph without nodes")]
    EmptyGraph,
    /// The power iteration did not converge.
    #[error(
        "eigenvector centrality did not converge in {iterations} iterations (tolerance {tolerance:e} per node)"
    )]
    NoConvergence {
        /// Iterations made.
        iterations: usize,
        /// Tolerance per node.
        tolerance: f64,
    },
}

/// An undirected weighted graph on nodes `0..n`, as adjacency lists.
#[derive(Debug, Clone, PartialEq)]
pub struct WeightedGraph {
    adjacency: Vec<Vec<(u32, f64)>>,
}

impl WeightedGraph {
    /// The graph of `n` nodes with the given co-membership edges (each stored both ways).
    /// Edges naming a node `>= n` are ignored.
    pub fn from_edges(n: usize, edges: &[CoMembership]) -> WeightedGraph {
        let mut adjacency = vec![Vec::new(); n];
        for e in edges
            .iter()
            .filter(|e| (e.source as usize) < n && (e.target as usize) < n)
        {
            adjacency[e.source as usize].push((e.target, e.weight));
            adjacency[e.target as usize].push((e.source, e.weight));
        }
        WeightedGraph { adjacency }
    }

    /// Number of nodes.
    pub fn node_count(&self) -> usize {
        self.adjacency.len()
    }

    /// Neighbours of `u` with edge weights.
    pub fn neighbours(&self, u: usize) -> &[(u32, f64)] {
        self.adjacency.get(u).map(Vec::as_slice).unwrap_or(&[])
    }
}

/// Iterations and tolerance of the eigenvector power iteration.
pub const EIGENVECTOR_MAX_ITER: usize = 1000;
/// Tolerance per node of the eigenvector power iteration (L1 change < n · tol).
pub const EIGENVECTOR_TOL: f64 = 1e-12;

/// `measure` of each state of `m` (in `m.states` order) in its co-membership graph
/// weighted by `weight`.
pub fn of_comembership(
    m: &Memberships,
    weight: Weight,
    measure: Measure,
) -> Result<Vec<f64>, CentralityError> {
    let edges = comembership::comembership(m, weight);
    centrality(&WeightedGraph::from_edges(m.states.len(), &edges), measure)
}

/// The centrality of every node, by the chosen measure (see the module table for the
/// NetworkX call each matches).
///
/// # Errors
/// [`CentralityError`] for eigenvector centrality of an empty graph or when the power
/// iteration does not converge. The other measures always have a value.
///
/// # Complexity
/// degree O(n); betweenness and closeness O(n·(n + m)); eigenvector O(k·(n + m)) for k
/// iterations.
///
/// # Example
/// ```
/// use ggegraph::analysis::centrality::{Measure, WeightedGraph, centrality};
/// use ggegraph::analysis::comembership::CoMembership;
/// // A path 0 - 1 - 2: the middle node lies on the only path between the ends.
/// let e = |source, target| CoMembership { source, target, shared: 1, weight: 1.0 };
/// let g = WeightedGraph::from_edges(3, &[e(0, 1), e(1, 2)]);
/// assert_eq!(centrality(&g, Measure::Betweenness).unwrap(), vec![0.0, 1.0, 0.0]);
/// assert_eq!(centrality(&g, Measure::Degree).unwrap(), vec![0.5, 1.0, 0.5]);
/// ```
pub fn centrality(g: &WeightedGraph, measure: Measure) -> Result<Vec<f64>, CentralityError> {
    match measure {
        Measure::Degree => Ok(degree_centrality(g)),
        Measure::Betweenness => Ok(betweenness_centrality(g)),
        Measure::Eigenvector => eigenvector_centrality(g, EIGENVECTOR_MAX_ITER, EIGENVECTOR_TOL),
        Measure::Closeness => Ok(closeness_centrality(g)),
    }
}

/// `deg(u) / (n - 1)`; 1 for every node of a one-node graph. Matches
/// `nx.degree_centrality(G)`.
pub fn degree_centrality(g: &WeightedGraph) -> Vec<f64> {
    let n = g.node_count();
    if n <= 1 {
        return vec![1.0; n];
    }
    let scale = 1.0 / (n - 1) as f64;
    (0..n)
        .map(|u| g.neighbours(u).len() as f64 * scale)
        .collect()
}

/// `Σ_{s≠v≠t} σ_st(v) / σ_st`, over ordered pairs, divided by `(n - 1)(n - 2)` when
/// `n > 2` (Brandes' algorithm on hop distances). Matches
/// `nx.betweenness_centrality(G, weight=None, normalized=True)`.
pub fn betweenness_centrality(g: &WeightedGraph) -> Vec<f64> {
    let n = g.node_count();
    let mut between = vec![0.0; n];
    let mut sigma = vec![0.0f64; n];
    let mut dist = vec![usize::MAX; n];
    let mut delta = vec![0.0f64; n];
    let mut preds: Vec<Vec<u32>> = vec![Vec::new(); n];
    let mut order = Vec::with_capacity(n);
    let mut queue = VecDeque::new();
    for s in 0..n {
        for v in 0..n {
            sigma[v] = 0.0;
            dist[v] = usize::MAX;
            delta[v] = 0.0;
            preds[v].clear();
        }
        order.clear();
        sigma[s] = 1.0;
        dist[s] = 0;
        queue.push_back(s);
        while let Some(v) = queue.pop_front() {
            order.push(v);
            for &(w, _) in g.neighbours(v) {
                let w = w as usize;
                if dist[w] == usize::MAX {
                    dist[w] = dist[v] + 1;
                    queue.push_back(w);
                }
                if dist[w] == dist[v] + 1 {
                    sigma[w] += sigma[v];
                    preds[w].push(v as u32);
                }
            }
        }
        while let Some(w) = order.pop() {
            let coefficient = (1.0 + delta[w]) / sigma[w];
            for &v in &preds[w] {
                delta[v as usize] += sigma[v as usize] * coefficient;
            }
            if w != s {
                between[w] += delta[w];
            }
        }
    }
    if n > 2 {
        let scale = 1.0 / ((n - 1) * (n - 2)) as f64;
        between.iter_mut().for_each(|b| *b *= scale);
    }
    between
}

/// Power iteration on `A + I` from the uniform vector `1/n`, normalised to unit length
/// each step, until the L1 change is below `n · tol`. Matches
/// `nx.eigenvector_centrality(G, weight="weight", max_iter=max_iter, tol=tol)`.
///
/// # Errors
/// [`CentralityError::EmptyGraph`] without nodes; [`CentralityError::NoConvergence`]
/// after `max_iter` iterations.
pub fn eigenvector_centrality(
    g: &WeightedGraph,
    max_iter: usize,
    tol: f64,
) -> Result<Vec<f64>, CentralityError> {
    let n = g.node_count();
    if n == 0 {
        return Err(CentralityError::EmptyGraph);
    }
    let mut x = vec![1.0 / n as f64; n];
    for _ in 0..max_iter {
        let last = x.clone();
        for (u, &xu) in last.iter().enumerate() {
            for &(v, w) in g.neighbours(u) {
                x[v as usize] += xu * w;
            }
        }
        let norm = match x.iter().map(|v| v * v).sum::<f64>().sqrt() {
            0.0 => 1.0,
            norm => norm,
        };
        x.iter_mut().for_each(|v| *v /= norm);
        let change: f64 = x.iter().zip(&last).map(|(a, b)| (a - b).abs()).sum();
        if change < n as f64 * tol {
            return Ok(x);
        }
    }
    Err(CentralityError::NoConvergence {
        iterations: max_iter,
        tolerance: tol,
    })
}

/// `(r - 1) / Σ d(u, v)` times `(r - 1) / (n - 1)`, with r the number of nodes reachable
/// from u (u included) and d the hop distance; 0 for a node that reaches nothing.
/// Matches `nx.closeness_centrality(G)` (`wf_improved=True`).
pub fn closeness_centrality(g: &WeightedGraph) -> Vec<f64> {
    let n = g.node_count();
    let mut dist = vec![usize::MAX; n];
    let mut queue = VecDeque::new();
    (0..n)
        .map(|s| {
            dist.iter_mut().for_each(|d| *d = usize::MAX);
            dist[s] = 0;
            queue.push_back(s);
            let (mut reached, mut total) = (0usize, 0usize);
            while let Some(v) = queue.pop_front() {
                reached += 1;
                total += dist[v];
                for &(w, _) in g.neighbours(v) {
                    if dist[w as usize] == usize::MAX {
                        dist[w as usize] = dist[v] + 1;
                        queue.push_back(w as usize);
                    }
                }
            }
            if total == 0 || n <= 1 {
                return 0.0;
            }
            let r = (reached - 1) as f64;
            (r / total as f64) * (r / (n - 1) as f64)
        })
        .collect()
}

/// Competition ranks (1, 2, 2, 4, ...) of the values, largest first; values within 1e-12
/// of each other share a rank.
pub fn ranks(values: &[f64]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..values.len()).collect();
    order.sort_by(|&a, &b| values[b].total_cmp(&values[a]).then(a.cmp(&b)));
    let mut rank = vec![0; values.len()];
    for (position, &i) in order.iter().enumerate() {
        rank[i] = match position {
            0 => 1,
            p if (values[order[p - 1]] - values[i]).abs() <= 1e-12 => rank[order[p - 1]],
            p => p + 1,
        };
    }
    rank
}

#[cfg(test)]
mod tests {
    use super::*;

    fn graph(n: usize, edges: &[(u32, u32, f64)]) -> WeightedGraph {
        let edges: Vec<CoMembership> = edges
            .iter()
            .map(|&(source, target, weight)| CoMembership {
                source,
                target,
                shared: 1,
                weight,
            })
            .collect();
        WeightedGraph::from_edges(n, &edges)
    }

    fn close(a: &[f64], b: &[f64]) -> bool {
        a.len() == b.len() && a.iter().zip(b).all(|(x, y)| (x - y).abs() < 1e-9)
    }

    #[test]
    fn star_with_an_isolated_node() {
        // 0 is the centre of 1, 2, 3; node 4 is alone. n = 5.
        let g = graph(5, &[(0, 1, 1.0), (0, 2, 1.0), (0, 3, 1.0)]);
        assert!(close(
            &degree_centrality(&g),
            &[0.75, 0.25, 0.25, 0.25, 0.0]
        ));
        // centre: 3·2 ordered leaf pairs / (4·3)
        assert!(close(
            &betweenness_centrality(&g),
            &[0.5, 0.0, 0.0, 0.0, 0.0]
        ));
        // centre reaches 3 at distance 1: (3/3)·(3/4); leaf: (3/5)·(3/4)
        assert!(close(
            &closeness_centrality(&g),
            &[0.75, 0.45, 0.45, 0.45, 0.0]
        ));
    }

    #[test]
    fn eigenvector_of_a_weighted_pair() {
        // Two nodes joined by weight 2: the eigenvector is (1, 1)/√2 whatever the weight.
        let g = graph(2, &[(0, 1, 2.0)]);
        let x = eigenvector_centrality(&g, 1000, 1e-12).expect("converges");
        assert!(close(&x, &[std::f64::consts::FRAC_1_SQRT_2; 2]));
    }

    #[test]
    fn non_convergence_and_empty_are_errors() {
        let g = graph(3, &[(0, 1, 1.0), (1, 2, 5.0)]);
        assert!(matches!(
            eigenvector_centrality(&g, 1, 1e-15),
            Err(CentralityError::NoConvergence { .. })
        ));
        assert_eq!(
            eigenvector_centrality(&graph(0, &[]), 10, 1e-6),
            Err(CentralityError::EmptyGraph)
        );
        assert_eq!(degree_centrality(&graph(1, &[])), vec![1.0]);
    }

    #[test]
    fn competition_ranks() {
        assert_eq!(ranks(&[0.5, 1.0, 0.5, 0.1]), vec![2, 1, 2, 4]);
    }
}
