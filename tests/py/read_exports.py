#!/usr/bin/env python3
"""Reads ggegraph's exports back with NetworkX and the csv module, and prints what it
found as one JSON object, for tests/export.rs to compare with the graph.

Usage: read_exports.py GRAPHML GEXF NODE_LINK_JSON CSV_DIR NEO4J_DIR [NODE_ID ...]

For each reader it prints node and edge counts, whether the graph is directed, the
attributes of the requested nodes (default: state:BRA and gge-2014-2015) and of the
member_of edge state:BRA -> gge-2014-2015 when there is one. Values are printed as the
reader returned them (ints stay ints, CSV cells stay strings), so the caller can check
types as well as values.
"""

import csv
import json
import os
import sys

import networkx as nx
from networkx.readwrite import json_graph


def summary(graph, node_ids):
    edge = ("state:BRA", "gge-2014-2015")
    edge_data = None
    if graph.has_edge(*edge):
        edge_data = graph.get_edge_data(*edge)
        if graph.is_multigraph():
            # One parallel edge per relation at most; take them all keyed by relation.
            edge_data = {d.get("relation", str(k)): d for k, d in edge_data.items()}
            edge_data = edge_data.get("member_of")
    return {
        "directed": graph.is_directed(),
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "node": {n: dict(graph.nodes[n]) if n in graph else None for n in node_ids},
        "member_edge": edge_data,
    }


def read_csv_dir(directory, id_column, source_column, target_column, node_ids):
    with open(os.path.join(directory, "nodes.csv"), newline="", encoding="utf-8") as f:
        nodes = list(csv.DictReader(f))
    with open(os.path.join(directory, "edges.csv"), newline="", encoding="utf-8") as f:
        edges = list(csv.DictReader(f))
    by_id = {row[id_column]: row for row in nodes}
    member = [
        e
        for e in edges
        if e[source_column] == "state:BRA"
        and e[target_column] == "gge-2014-2015"
        and e.get("relation") == "member_of"
    ]
    return {
        "nodes": len(nodes),
        "edges": len(edges),
        "distinct_ids": len(by_id),
        "columns": list(nodes[0].keys()) if nodes else [],
        "edge_columns": list(edges[0].keys()) if edges else [],
        "node": {n: by_id.get(n) for n in node_ids},
        "member_edge": member[0] if member else None,
        "documents": sorted({e.get("document", "") for e in edges}),
    }


def main(argv):
    if len(argv) < 6:
        sys.exit(__doc__)
    graphml, gexf, node_link, csv_dir, neo4j_dir = argv[1:6]
    node_ids = argv[6:] or ["state:BRA", "gge-2014-2015"]
    with open(node_link, encoding="utf-8") as f:
        data = json.load(f)
    out = {
        "networkx": nx.__version__,
        "graphml": summary(nx.read_graphml(graphml), node_ids),
        "gexf": summary(nx.read_gexf(gexf), node_ids),
        # Default arguments on purpose: the export must fit them.
        "node_link": summary(json_graph.node_link_graph(data), node_ids),
        "csv": read_csv_dir(csv_dir, "id", "source", "target", node_ids),
        "neo4j": read_csv_dir(neo4j_dir, "id:ID", ":START_ID", ":END_ID", node_ids),
    }
    json.dump(out, sys.stdout, indent=2, sort_keys=True, default=str)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv)
