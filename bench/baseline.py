"""Baselines for bench/compare.sh: the co-membership projection by NetworkX and scipy,
written as `source,target,weight` CSV sorted by (source, target), and an edge check.

    python3 bench/baseline.py networkx|scipy IN.csv OUT.csv
    python3 bench/baseline.py same GGEGRAPH.csv OTHER.csv
"""
import csv
import sys


def read(path):
    with open(path, newline="") as f:
        return [(r["state"], r["group"]) for r in csv.DictReader(f)]


def write(path, edges):
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["source", "target", "weight"])
        for s, t, x in sorted(edges):
            w.writerow([s, t, int(x)])


def networkx(inp, out):
    import networkx as nx
    from networkx.algorithms import bipartite

    rows = read(inp)
    b = nx.Graph()
    states = {"state:" + s for s, _ in rows}
    b.add_nodes_from(states, bipartite=0)
    b.add_nodes_from({"group:" + g for _, g in rows}, bipartite=1)
    b.add_edges_from(("state:" + s, "group:" + g) for s, g in rows)
    p = bipartite.weighted_projected_graph(b, states)
    write(out, ((min(u, v), max(u, v), d["weight"]) for u, v, d in p.edges(data=True)))


def scipy(inp, out):
    import numpy as np
    from scipy import sparse

    rows = read(inp)
    states = sorted({s for s, _ in rows})
    groups = sorted({g for _, g in rows})
    si = {s: i for i, s in enumerate(states)}
    gi = {g: i for i, g in enumerate(groups)}
    pairs = sorted({(si[s], gi[g]) for s, g in rows})
    r = np.array([p[0] for p in pairs])
    c = np.array([p[1] for p in pairs])
    b = sparse.csr_matrix((np.ones(len(pairs)), (r, c)), shape=(len(states), len(groups)))
    m = sparse.triu(b @ b.T, k=1).tocoo()
    write(out, (("state:" + states[i], "state:" + states[j], x) for i, j, x in zip(m.row, m.col, m.data)))


def same(ours, theirs):
    def load(path):
        with open(path, newline="") as f:
            return {(r["source"], r["target"]): float(r["weight"]) for r in csv.DictReader(f)}

    a, b = load(ours), load(theirs)
    if a == b:
        print(f"  identical edges: {len(a)}")
    else:
        print(f"  EDGES DIFFER: {len(a)} vs {len(b)}, {len(set(a.items()) ^ set(b.items()))} differences")
        sys.exit(1)


if __name__ == "__main__":
    {"networkx": networkx, "scipy": scipy, "same": same}[sys.argv[1]](*sys.argv[2:])
