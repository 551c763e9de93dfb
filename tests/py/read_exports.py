#!/usr/bin/env python3
"""Reads ggegraph's exports back with NetworkX and the csv module, and prints what it
found as one JSON object, for the Rust tests to compare with the graph.

Usage: read_exports.py GRAPHML GEXF NODE_LINK_JSON CSV_DIR NEO4J_DIR [NODE_ID ...]

Runs under every NetworkX from 2.8 (give it a GEXF 1.2 file before 3.6) and uses no other
package. For each reader it prints node and edge counts, whether the graph is directed,
the attributes of the requested nodes (default: state:BRA and gge-2014-2015), the
member_of edge state:BRA -> gge-2014-2015 when there is one, and `records`: every
provenance record the export carries, one string per record,
`subject|relation|object|document|page|line|column` (page empty outside paged documents),
sorted. Values are printed as the reader returned them (ints stay ints, CSV cells stay
strings), so the caller can check types as well as values.

GraphML node ids are NMTOKEN escapes; the graph is relabelled by `original_id` first, as
a user would.
"""

import csv
import json
import os
import sys

import networkx as nx
from networkx.readwrite import json_graph


def record_key(subject, relation, obj, r):
    page = "" if r.get("page") in (None, "") else str(r["page"])
    return "|".join(
        [subject, relation, str(obj), r["document"], page, str(r["line"]), str(r["column"])]
    )


def graph_records(graph, decode):
    """Every record of the nodes' literals and of the edges, `decode` turning the stored
    attribute into the list of records."""
    out = []
    for n, d in graph.nodes(data=True):
        for r in decode(d.get("provenance")):
            out.append(record_key(n, r["attribute"], r["value"], r))
    for u, v, d in graph.edges(data=True):
        records = decode(d.get("provenance"))
        if len(records) != d.get("provenance_count"):
            raise SystemExit(f"{u} -> {v}: {len(records)} records, count {d.get('provenance_count')}")
        for r in records:
            out.append(record_key(u, d["relation"], v, r))
    return sorted(out)


def from_json_text(value):
    return [] if value is None else json.loads(value)


def from_list(value):
    return [] if value is None else value


def summary(graph, node_ids, decode):
    edge = ("state:BRA", "gge-2014-2015")
    edge_data = None
    if graph.has_edge(*edge):
        edge_data = graph.get_edge_data(*edge)
        if graph.is_multigraph():
            # One parallel edge per relation at most; take them all keyed by relation.
            edge_data = {d.get("relation", str(k)): d for k, d in edge_data.items()}
            edge_data = edge_data.get("member_of")
    node = {}
    for n in node_ids:
        node[n] = {k: v for k, v in graph.nodes[n].items() if k != "provenance"} if n in graph else None
    if edge_data is not None:
        edge_data = {k: v for k, v in edge_data.items() if k != "provenance"}
    return {
        "directed": graph.is_directed(),
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "node": node,
        "member_edge": edge_data,
        "records": graph_records(graph, decode),
    }


def plain_header(name):
    """`line:int` -> `line` (neo4j's typed headers); `:START_ID` and `id:ID` as they are."""
    if name.startswith(":") or name.endswith(":ID") or ":" not in name:
        return name
    return name.split(":")[0]


def read_table(directory, name):
    with open(os.path.join(directory, name), newline="", encoding="utf-8") as f:
        return [{plain_header(k): v for k, v in row.items()} for row in csv.DictReader(f)]


def read_csv_dir(directory, neo4j, node_ids):
    id_column, source_column, target_column = (
        ("id:ID", ":START_ID", ":END_ID") if neo4j else ("id", "source", "target")
    )
    edge_id = "id"
    nodes = read_table(directory, "nodes.csv")
    edges = read_table(directory, "edges.csv")
    edge_records = read_table(directory, "edge_provenance.csv")
    node_records = read_table(directory, "node_provenance.csv")
    by_id = {row[id_column]: row for row in nodes}
    edges_by_id = {e[edge_id]: e for e in edges}
    member = [
        e
        for e in edges
        if e[source_column] == "state:BRA"
        and e[target_column] == "gge-2014-2015"
        and e.get("relation") == "member_of"
    ]
    records = []
    for r in edge_records:
        e = edges_by_id[r["edge_id"]]  # a record without its edge is an error
        records.append(record_key(e[source_column], e["relation"], e[target_column], r))
    for r in node_records:
        if r["node_id"] not in by_id:
            raise SystemExit(f"node_provenance.csv names a missing node {r['node_id']}")
        records.append(record_key(r["node_id"], r["attribute"], r["value"], r))
    return {
        "nodes": len(nodes),
        "edges": len(edges),
        "distinct_ids": len(by_id),
        "distinct_edge_ids": len(edges_by_id),
        "columns": list(nodes[0].keys()) if nodes else [],
        "edge_columns": list(edges[0].keys()) if edges else [],
        "node": {n: by_id.get(n) for n in node_ids},
        "member_edge": member[0] if member else None,
        "documents": sorted({r["document"] for r in edge_records}),
        "records": sorted(records),
    }


def main(argv):
    if len(argv) < 6:
        sys.exit(__doc__)
    graphml, gexf, node_link, csv_dir, neo4j_dir = argv[1:6]
    node_ids = argv[6:] or ["state:BRA", "gge-2014-2015"]
    with open(node_link, encoding="utf-8") as f:
        data = json.load(f)
    g = nx.read_graphml(graphml)
    g = nx.relabel_nodes(g, {n: d["original_id"] for n, d in g.nodes(data=True)})
    out = {
        "networkx": nx.__version__,
        "graphml": summary(g, node_ids, from_json_text),
        "gexf": summary(nx.read_gexf(gexf), node_ids, from_json_text),
        # Default arguments on purpose: the export must fit them in every version.
        "node_link": summary(json_graph.node_link_graph(data), node_ids, from_list),
        "csv": read_csv_dir(csv_dir, False, node_ids),
        "neo4j": read_csv_dir(neo4j_dir, True, node_ids),
    }
    json.dump(out, sys.stdout, indent=2, sort_keys=True, default=str)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv)
