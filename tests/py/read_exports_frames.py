#!/usr/bin/env python3
"""Reads ggegraph's exports with igraph and pandas, as a data-frame user would, and prints
what they found as one JSON object for tests/export_readers.rs.

Usage: read_exports_frames.py GRAPHML NODE_LINK_JSON CSV_DIR

- igraph: `Graph.Read_GraphML` (vertex and edge counts, the records in the `provenance`
  JSON text of every edge and node) and `Graph.DataFrame` over the CSV tables.
- pandas: `read_csv` of the four CSV tables (counts, the dtype of `member_count` (nullable
  integers), the
  records joined to their edges by `edge_id`) and `json_normalize` of the node-link
  JSON's `links` and their `provenance` lists.
"""

import json
import os
import sys

import igraph as ig
import pandas as pd


def main(argv):
    if len(argv) != 4:
        sys.exit(__doc__)
    graphml, node_link, csv_dir = argv[1:4]

    g = ig.Graph.Read_GraphML(graphml)
    text_records = lambda seq: sum(len(json.loads(p)) for p in seq["provenance"] if p)
    igraph_graphml = {
        "directed": g.is_directed(),
        "nodes": g.vcount(),
        "edges": g.ecount(),
        "edge_records": text_records(g.es),
        "node_records": text_records(g.vs),
        "distinct_original_ids": len(set(g.vs["original_id"])),
    }

    table = lambda name: pd.read_csv(
        os.path.join(csv_dir, name),
        keep_default_na=False,
        na_values=[""],
        dtype_backend="numpy_nullable",
    )
    nodes, edges = table("nodes.csv"), table("edges.csv")
    edge_records, node_records = table("edge_provenance.csv"), table("node_provenance.csv")
    joined = edge_records.merge(edges, left_on="edge_id", right_on="id", how="inner")
    frame = ig.Graph.DataFrame(
        edges[["source", "target", "relation"]],
        directed=True,
        vertices=nodes[["id", "kind"]],
        use_vids=False,
    )
    with open(node_link, encoding="utf-8") as f:
        data = json.load(f)
    links = pd.json_normalize(data["links"])
    link_records = pd.json_normalize(data["links"], "provenance", ["id"])
    pandas_out = {
        "nodes": len(nodes),
        "edges": len(edges),
        "edge_records": len(edge_records),
        "joined_records": len(joined),
        "node_records": len(node_records),
        "pages_present": int(edge_records["page"].notna().sum()),
        "member_count_dtype": str(nodes["member_count"].dtype),
        "json_links": len(links),
        "json_link_records": len(link_records),
    }
    out = {
        "igraph": igraph_graphml,
        "igraph_frames": {"nodes": frame.vcount(), "edges": frame.ecount()},
        "pandas": pandas_out,
    }
    json.dump(out, sys.stdout, indent=2, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv)
