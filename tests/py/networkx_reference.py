"""Reference values from NetworkX for `ggegraph comembership` and `ggegraph centrality`.

Reads a membership CSV (header row; columns `state` and `group` in any order; `state` an
ISO3 code) and prints JSON with, for every weighting, the projected edges and every
centrality measure. The calls are exactly the ones ggegraph documents:

  count    bipartite.weighted_projected_graph(B, states, ratio=False)
  jaccard  bipartite.overlap_weighted_projected_graph(B, states, jaccard=True)
  overlap  bipartite.overlap_weighted_projected_graph(B, states, jaccard=False)
  newman   bipartite.collaboration_weighted_projected_graph(B, states)

  degree       nx.degree_centrality(G)
  betweenness  nx.betweenness_centrality(G, weight=None, normalized=True)
  eigenvector  nx.eigenvector_centrality(G, weight="weight", max_iter=1000, tol=1e-12)
  closeness    nx.closeness_centrality(G)

Usage: python3 tests/py/networkx_reference.py FILE.csv > expected.json
"""
import csv
import json
import sys

import networkx as nx
from networkx.algorithms import bipartite

PROJECTIONS = {
    "count": lambda B, states: bipartite.weighted_projected_graph(B, states, ratio=False),
    "jaccard": lambda B, states: bipartite.overlap_weighted_projected_graph(B, states, jaccard=True),
    "overlap": lambda B, states: bipartite.overlap_weighted_projected_graph(B, states, jaccard=False),
    "newman": lambda B, states: bipartite.collaboration_weighted_projected_graph(B, states),
}

MEASURES = {
    "degree": lambda G: nx.degree_centrality(G),
    "betweenness": lambda G: nx.betweenness_centrality(G, weight=None, normalized=True),
    "eigenvector": lambda G: nx.eigenvector_centrality(G, weight="weight", max_iter=1000, tol=1e-12),
    "closeness": lambda G: nx.closeness_centrality(G),
}


def read_memberships(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header = [h.strip().lower() for h in rows[0]]
    s, g = header.index("state"), header.index("group")
    return [("state:" + r[s].strip().upper(), r[g].strip()) for r in rows[1:] if r]


def main(path):
    pairs = read_memberships(path)
    B = nx.Graph()
    states = sorted({s for s, _ in pairs})
    B.add_nodes_from(states, bipartite=0)
    B.add_nodes_from({"group:" + g for _, g in pairs}, bipartite=1)
    B.add_edges_from((s, "group:" + g) for s, g in pairs)
    out = {"networkx": nx.__version__, "comembership": {}, "centrality": {}}
    for name, project in PROJECTIONS.items():
        G = project(B, states)
        edges = sorted((min(u, v), max(u, v), float(d["weight"])) for u, v, d in G.edges(data=True))
        out["comembership"][name] = [{"source": u, "target": v, "weight": w} for u, v, w in edges]
        out["centrality"][name] = {
            measure: dict(sorted((k, float(v)) for k, v in f(G).items())) for measure, f in MEASURES.items()
        }
    json.dump(out, sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
