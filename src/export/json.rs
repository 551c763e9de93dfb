//! Node-link JSON in the shape NetworkX's `json_graph.node_link_graph(data)` reads with
//! its default arguments:
//!
//! ```json
//! {"directed": true, "multigraph": false, "graph": {"name": "ggegraph"},
//!  "nodes": [{"id": "state:BRA", "kind": "state", ...}],
//!  "edges": [{"source": "state:BRA", "target": "gge-2014-2015", "relation": "member_of", ...}]}
//! ```
//!
//! `"multigraph"` is `true` when two relations link one pair of nodes (a state that
//! sponsored a resolution and voted on it), so that NetworkX keeps both edges.
//!
//! The edge list is under `"edges"`, the default of `node_link_graph` since NetworkX 3.6
//! (what `pip install networkx` gives today). NetworkX 3.4 and 3.5 defaulted to
//! `"links"` with a `FutureWarning`; there call `node_link_graph(data, edges="edges")`,
//! and before 3.4 `node_link_graph(data, link="edges")`.
//!
//! Columns are those of [`table`](super::table); absent values are left out rather than
//! written as `null`, so NetworkX sees the same attribute sets as from GraphML.

use super::table::{Column, Table, Value};
use crate::graph::Graph;
use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};
use std::io::{self, Write};

/// Writes the graph as node-link JSON (pretty-printed, one trailing newline).
///
/// # Errors
/// Any I/O error from `out`.
pub fn write<W: Write + ?Sized>(graph: &Graph, out: &mut W) -> io::Result<()> {
    write_table(&Table::new(graph), out)
}

/// [`write`] from a table already built (one table serves every format).
pub(crate) fn write_table<W: Write + ?Sized>(table: &Table<'_>, out: &mut W) -> io::Result<()> {
    // Two relations between one pair (a state that sponsored a resolution and voted on
    // it) are two edges only in a multigraph; NetworkX would otherwise keep one.
    let mut pairs = std::collections::HashSet::new();
    let multigraph = !table
        .edges
        .iter()
        .all(|r| pairs.insert((r.edge.source.id.as_str(), r.edge.target.id.as_str())));
    let doc = NodeLink {
        directed: true,
        multigraph,
        graph: GraphAttrs { name: "ggegraph" },
        nodes: table
            .nodes
            .iter()
            .map(|r| Row {
                ids: vec![("id", r.node.id.as_str())],
                columns: &table.node_columns,
                values: &r.values,
            })
            .collect(),
        edges: table
            .edges
            .iter()
            .map(|r| Row {
                ids: vec![
                    ("source", r.edge.source.id.as_str()),
                    ("target", r.edge.target.id.as_str()),
                ],
                columns: &table.edge_columns,
                values: &r.values,
            })
            .collect(),
    };
    serde_json::to_writer_pretty(&mut *out, &doc).map_err(io::Error::from)?;
    out.write_all(b"\n")
}

#[derive(Serialize)]
struct NodeLink<'a> {
    directed: bool,
    multigraph: bool,
    graph: GraphAttrs,
    nodes: Vec<Row<'a>>,
    edges: Vec<Row<'a>>,
}

#[derive(Serialize)]
struct GraphAttrs {
    name: &'static str,
}

/// One node or edge: its id fields, then its present values in column order.
struct Row<'a> {
    ids: Vec<(&'static str, &'a str)>,
    columns: &'a [Column],
    values: &'a [Option<Value>],
}

impl Serialize for Row<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        for (k, v) in &self.ids {
            map.serialize_entry(k, v)?;
        }
        for (c, v) in self.columns.iter().zip(self.values) {
            if let Some(v) = v {
                map.serialize_entry(c.name, v)?;
            }
        }
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::tests::hostile_graph;

    #[test]
    fn node_link_shape_and_hostile_label_round_trip() {
        let mut out = Vec::new();
        write(&hostile_graph(), &mut out).expect("write");
        let v: serde_json::Value = serde_json::from_slice(&out).expect("valid JSON");
        assert_eq!(v["directed"], true);
        assert_eq!(v["multigraph"], false);
        let nodes = v["nodes"].as_array().expect("nodes");
        let evil = nodes
            .iter()
            .find(|n| n["id"] == "person:evil")
            .expect("evil node");
        assert_eq!(evil["name"], "evil\" -> x <a>&]]>--> \u{1}");
        let group = nodes
            .iter()
            .find(|n| n["id"] == "gge-2014-2015")
            .expect("group");
        assert_eq!(group["start"], 2014);
        assert!(group.get("iso3").is_none(), "absent values are left out");
        let edge = &v["edges"][0];
        assert_eq!(edge["source"], "person:evil");
        assert_eq!(edge["relation"], "chairs");
        assert_eq!(edge["text"], "line one\nline two");
    }
}
