//! Seriation: an order of items that puts similar ones side by side, so a heatmap of a
//! similarity matrix shows its blocks (who sat together, who voted alike).
//!
//! Used by the report's heatmaps and by the `agreement` diagram, so a chart and a
//! diagram of the same matrix list the states in the same order. Not a clustering
//! result to read on its own: only the order of the leaves is returned, not the tree.

/// Orders items so that similar ones sit together: average-linkage (UPGMA)
/// agglomerative clustering on the similarity matrix, leaves read left to right.
///
/// At each step the two clusters `A`, `B` with the highest average similarity
///
/// ```text
/// sim(A, B) = Σ_{i ∈ A, j ∈ B} s_ij / (|A| · |B|)
/// ```
///
/// are merged, `B`'s items appended after `A`'s. Ties break on the lower index, so the
/// order is deterministic. A missing cell (a short row) counts as 0.
///
/// # Complexity
/// O(n^3) for n items (the report clusters at most a few dozen states).
///
/// # Example
/// ```
/// use ggegraph::analysis::cluster::cluster_order;
/// // 0 and 2 are alike, 1 and 3 are alike.
/// let s = vec![
///     vec![1.0, 0.0, 0.9, 0.1],
///     vec![0.0, 1.0, 0.1, 0.8],
///     vec![0.9, 0.1, 1.0, 0.0],
///     vec![0.1, 0.8, 0.0, 1.0],
/// ];
/// assert_eq!(cluster_order(&s), vec![0, 2, 1, 3]);
/// ```
pub fn cluster_order(similarity: &[Vec<f64>]) -> Vec<usize> {
    let n = similarity.len();
    let mut clusters: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
    let sim = |a: &[usize], b: &[usize]| -> f64 {
        let mut total = 0.0;
        for &i in a {
            for &j in b {
                total += similarity
                    .get(i)
                    .and_then(|r| r.get(j))
                    .copied()
                    .unwrap_or(0.0);
            }
        }
        total / (a.len() * b.len()).max(1) as f64
    };
    while clusters.len() > 1 {
        let mut best = (0, 1, f64::NEG_INFINITY);
        for a in 0..clusters.len() {
            for b in a + 1..clusters.len() {
                let s = sim(&clusters[a], &clusters[b]);
                if s > best.2 {
                    best = (a, b, s);
                }
            }
        }
        let (a, b, _) = best;
        let merged_b = clusters.remove(b);
        clusters[a].extend(merged_b);
    }
    clusters.pop().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clustering_puts_similar_items_next_to_each_other() {
        // 0 and 2 are alike, 1 and 3 are alike.
        let s = vec![
            vec![1.0, 0.0, 0.9, 0.1],
            vec![0.0, 1.0, 0.1, 0.8],
            vec![0.9, 0.1, 1.0, 0.0],
            vec![0.1, 0.8, 0.0, 1.0],
        ];
        let order = cluster_order(&s);
        let pos = |i: usize| order.iter().position(|&x| x == i).unwrap_or(99) as i32;
        assert_eq!((pos(0) - pos(2)).abs(), 1, "{order:?}");
        assert_eq!((pos(1) - pos(3)).abs(), 1, "{order:?}");
        assert_eq!(order.len(), 4);
    }

    #[test]
    fn empty_and_single_item_orders() {
        assert_eq!(cluster_order(&[]), Vec::<usize>::new());
        assert_eq!(cluster_order(&[vec![1.0]]), vec![0]);
    }
}
