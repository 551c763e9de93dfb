//! Node-link JSON, read by NetworkX's `json_graph.node_link_graph(data)` with its default
//! arguments in every version from 2.8 on, and by D3 (`d3.forceLink(data.links)`):
//!
//! ```json
//! {"directed": true, "multigraph": true, "graph": {"name": "ggegraph"},
//!  "nodes": [{"id": "state:BRA", "kind": "state", ...}],
//!  "links": [{"source": "state:BRA", "target": "gge-2014-2015", "key": "member_of",
//!             "id": "e12", "relation": "member_of", ..., "provenance": [{...}]}],
//!  "edges": [the same list]}
//! ```
//!
//! NetworkX up to 3.5 reads the edge list from `"links"` by default, 3.6 and later from
//! `"edges"`, and neither falls back to the other, so the list is written under both keys
//! (D3 and most JavaScript tools use `"links"`). The graph is a multigraph keyed by
//! relation, so a state that sponsored a resolution and voted on it keeps both edges and
//! `G.edges["state:BRA", "gge-2014-2015", "member_of"]` finds one.
//!
//! Values are typed as in [`table`](super::table): counts and years are numbers, dates
//! ISO strings with `<name>_precision` beside them. A literal relation with one value is
//! that value; documents that disagree give a list (`"norm_count": [11, 13]`, with
//! `"norm_count"` a list only on such nodes). `provenance` is the list of every record
//! (document, page (`null` outside paged documents), line, column, text, status, rule):
//! on edges always, on nodes for their literal values (each record naming its
//! `attribute` and `value`). Absent values are left out rather than written as `null`,
//! so NetworkX sees the same attribute sets as from GraphML.

use super::table::{Column, EdgeRow, Literal, NodeRow, Table, Value};
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
    let fixed = &table.node_columns[..table.literal_columns_from];
    let nodes: Vec<NodeJson<'_>> = table
        .nodes
        .iter()
        .map(|row| NodeJson {
            columns: fixed,
            row,
        })
        .collect();
    let edges: Vec<EdgeJson<'_>> = table
        .edges
        .iter()
        .map(|row| EdgeJson {
            columns: &table.edge_columns,
            row,
        })
        .collect();
    let doc = NodeLink {
        directed: true,
        multigraph: true,
        graph: GraphAttrs { name: "ggegraph" },
        nodes: &nodes,
        links: &edges,
        edges: &edges,
    };
    serde_json::to_writer_pretty(&mut *out, &doc).map_err(io::Error::from)?;
    out.write_all(b"\n")
}

#[derive(Serialize)]
struct NodeLink<'a> {
    directed: bool,
    multigraph: bool,
    graph: GraphAttrs,
    nodes: &'a [NodeJson<'a>],
    links: &'a [EdgeJson<'a>],
    edges: &'a [EdgeJson<'a>],
}

#[derive(Serialize)]
struct GraphAttrs {
    name: &'static str,
}

/// The present cells of a row, in column order.
fn serialize_cells<M: SerializeMap>(
    map: &mut M,
    columns: &[Column],
    values: &[Option<Value>],
) -> Result<(), M::Error> {
    for (c, v) in columns.iter().zip(values) {
        if let Some(v) = v {
            map.serialize_entry(c.name.as_ref(), v)?;
        }
    }
    Ok(())
}

/// One value, or the list of them when there are several.
struct OneOrMany<'a, T>(&'a [T]);

impl<T: Serialize> Serialize for OneOrMany<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            [one] => one.serialize(serializer),
            many => many.serialize(serializer),
        }
    }
}

struct NodeJson<'a> {
    columns: &'a [Column],
    row: &'a NodeRow<'a>,
}

impl Serialize for NodeJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", self.row.node.id.as_str())?;
        serialize_cells(&mut map, self.columns, &self.row.values)?;
        for Literal {
            relation,
            values,
            precisions,
        } in &self.row.literals
        {
            map.serialize_entry(relation.as_str(), &OneOrMany(values))?;
            if !precisions.is_empty() {
                let key = format!("{}_precision", relation.as_str());
                map.serialize_entry(&key, &OneOrMany(precisions))?;
            }
        }
        if !self.row.provenance.is_empty() {
            map.serialize_entry("provenance", &self.row.provenance)?;
        }
        map.end()
    }
}

struct EdgeJson<'a> {
    columns: &'a [Column],
    row: &'a EdgeRow<'a>,
}

impl Serialize for EdgeJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let row = self.row;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("source", row.edge.source.id.as_str())?;
        map.serialize_entry("target", row.edge.target.id.as_str())?;
        map.serialize_entry("key", row.edge.edge.relation.as_str())?;
        map.serialize_entry("id", &row.id)?;
        serialize_cells(&mut map, self.columns, &row.values)?;
        map.serialize_entry("provenance", &row.provenance)?;
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::tests::hostile_graph;
    use serde_json::Value;

    #[test]
    fn node_link_shape_and_hostile_label_round_trip() {
        let mut out = Vec::new();
        write(&hostile_graph(), &mut out).expect("write");
        let v: serde_json::Value = serde_json::from_slice(&out).expect("valid JSON");
        assert_eq!(v["directed"], true);
        assert_eq!(v["multigraph"], true);
        assert_eq!(v["links"], v["edges"], "one list under both keys");
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
        assert_eq!(edge["key"], "chairs");
        assert_eq!(edge["id"], "e0");
        assert_eq!(edge["provenance"][0]["text"], "line one\nline two");
        assert_eq!(edge["provenance"][0]["page"], Value::Null);
        assert_eq!(edge["provenance"][0]["column"], 1);
        let counted = nodes
            .iter()
            .find(|n| n["id"] == "gge-2014-2015")
            .expect("group");
        assert_eq!(counted["member_count"], 25, "counts typed as numbers");
        assert_eq!(counted["provenance"][0]["attribute"], "member_count");
    }
}
