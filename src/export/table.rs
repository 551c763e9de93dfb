//! The columns every export carries, described once so GraphML, GEXF, JSON and CSV
//! cannot drift apart.
//!
//! Nodes: `kind`, `name`, `iso3` and `region` (states), `start` and `end` (groups, the
//! years in the group's id), `status`, then one string column per literal relation
//! (`adopted_on`, `adoption`, `member_count`, `norm_count`, `outcome`,
//! `report_adopted_on`), several distinct values joined with [`VALUE_SEPARATOR`].
//!
//! Edges: `relation`, `status`, `provenance_count`, and the first provenance (in sorted
//! order) as `document`, `line` and `text`. The full provenance list stays in
//! `ggegraph build --format json`; an export is a table, one row per edge.
//!
//! A missing value is `None`, which each format writes as an absent attribute (GraphML,
//! GEXF, JSON) or an empty cell (CSV), never as an empty string.

use crate::gazetteer::state_by_iso3;
use crate::graph::{EdgeView, Graph, Node};
use crate::model::{EntityKind, GroupKey, Relation, Status};
use serde::Serialize;
use std::borrow::Cow;
use std::collections::HashMap;

/// Joins the distinct values of one literal relation on a node (`11 | 13`): a character
/// sequence that none of the normalised values (dates, counts, vote descriptions) contain.
pub const VALUE_SEPARATOR: &str = " | ";

/// The type of a column, as the typed formats (GraphML, GEXF, Neo4j) declare it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AttrType {
    /// Text.
    String,
    /// A whole number (years, counts, line numbers).
    Int,
}

/// One column: its name (the attribute name in every format) and type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    /// Attribute name: `kind`, `start`, `provenance_count`, ...
    pub name: &'static str,
    /// Declared type.
    pub ty: AttrType,
}

/// One cell.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Value {
    /// Text.
    Str(String),
    /// A whole number.
    Int(i64),
}

impl Value {
    /// The cell as text, as the text-only formats write it.
    pub fn text(&self) -> Cow<'_, str> {
        match self {
            Value::Str(s) => Cow::Borrowed(s),
            Value::Int(n) => Cow::Owned(n.to_string()),
        }
    }
}

/// A time span in years, for GEXF's timeline: a group's years, inclusive; `end` is
/// `None` for an open-ended mechanism.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Years {
    /// First year.
    pub start: u16,
    /// Last year, if the group has ended.
    pub end: Option<u16>,
}

/// One node's cells, aligned with [`Table::node_columns`].
#[derive(Debug, Clone)]
pub struct NodeRow<'g> {
    /// The node.
    pub node: &'g Node,
    /// Cells in column order.
    pub values: Vec<Option<Value>>,
    /// The group's years, for group nodes with a parsable id.
    pub years: Option<Years>,
}

/// One edge's cells, aligned with [`Table::edge_columns`].
#[derive(Debug, Clone)]
pub struct EdgeRow<'g> {
    /// The edge and its endpoints.
    pub edge: EdgeView<'g>,
    /// Cells in column order.
    pub values: Vec<Option<Value>>,
    /// The group's years on `member_of` and `chairs` edges: participation lasts as long
    /// as the group did.
    pub years: Option<Years>,
}

/// The graph as two tables, nodes sorted by id and edges by (source, relation, target).
#[derive(Debug, Clone)]
pub struct Table<'g> {
    /// Node columns.
    pub node_columns: Vec<Column>,
    /// Edge columns.
    pub edge_columns: Vec<Column>,
    /// One row per node.
    pub nodes: Vec<NodeRow<'g>>,
    /// One row per edge.
    pub edges: Vec<EdgeRow<'g>>,
}

impl<'g> Table<'g> {
    /// Builds both tables.
    ///
    /// Complexity: O(N + E + P) for N nodes, E edges and P provenances.
    pub fn new(graph: &'g Graph) -> Table<'g> {
        let statuses = node_statuses(graph);
        let nodes = graph
            .nodes()
            .map(|node| NodeRow {
                node,
                values: node_values(node, statuses.get(node.id.as_str()).copied()),
                years: years_of(node),
            })
            .collect();
        let edges = graph
            .edges()
            .map(|edge| EdgeRow {
                edge,
                values: edge_values(&edge),
                years: match edge.edge.relation {
                    Relation::MemberOf | Relation::Chairs => years_of(edge.target),
                    _ => None,
                },
            })
            .collect();
        Table {
            node_columns: node_columns(),
            edge_columns: edge_columns(),
            nodes,
            edges,
        }
    }
}

/// Node columns in export order.
pub fn node_columns() -> Vec<Column> {
    let fixed = [
        ("kind", AttrType::String),
        ("name", AttrType::String),
        ("iso3", AttrType::String),
        ("region", AttrType::String),
        ("start", AttrType::Int),
        ("end", AttrType::Int),
        ("status", AttrType::String),
    ];
    let literals = Relation::ALL
        .into_iter()
        .filter(|r| r.is_literal())
        .map(|r| (r.as_str(), AttrType::String));
    fixed
        .into_iter()
        .chain(literals)
        .map(|(name, ty)| Column { name, ty })
        .collect()
}

/// Edge columns in export order.
pub fn edge_columns() -> Vec<Column> {
    [
        ("relation", AttrType::String),
        ("status", AttrType::String),
        ("provenance_count", AttrType::Int),
        ("document", AttrType::String),
        ("line", AttrType::Int),
        ("text", AttrType::String),
    ]
    .into_iter()
    .map(|(name, ty)| Column { name, ty })
    .collect()
}

/// `stated` or `unverified`, as JSON spells [`Status`].
pub fn status_str(status: Status) -> &'static str {
    match status {
        Status::Stated => "stated",
        Status::Unverified => "unverified",
    }
}

/// A group node's years, read from its id.
fn years_of(node: &Node) -> Option<Years> {
    if node.kind != EntityKind::Group {
        return None;
    }
    GroupKey::parse(node.id.as_str()).map(|k| Years {
        start: k.start,
        end: k.end,
    })
}

/// Each node's status: `Unverified` when every claim about it or linking it (edges both
/// ways, literal attributes) is flagged unverified; `Stated` otherwise, including a node
/// no claim touches (nothing flags it).
fn node_statuses<'g>(graph: &'g Graph) -> HashMap<&'g str, Status> {
    // (seen any provenance, seen a stated one) per node id.
    let mut seen: HashMap<&str, (bool, bool)> = HashMap::new();
    let mut note = |id: &'g str, status: Status| {
        let entry = seen.entry(id).or_insert((false, false));
        entry.0 = true;
        entry.1 |= status == Status::Stated;
    };
    for e in graph.edges() {
        let status = e.edge.status();
        note(e.source.id.as_str(), status);
        note(e.target.id.as_str(), status);
    }
    for n in graph.nodes() {
        for p in n.attributes.values().flatten().flat_map(|v| &v.provenance) {
            note(n.id.as_str(), p.status);
        }
    }
    seen.into_iter()
        .map(|(id, (any, stated))| {
            (
                id,
                if any && !stated {
                    Status::Unverified
                } else {
                    Status::Stated
                },
            )
        })
        .collect()
}

fn node_values(node: &Node, status: Option<Status>) -> Vec<Option<Value>> {
    let state = node.id.iso3().and_then(state_by_iso3);
    let key = if node.kind == EntityKind::Group {
        GroupKey::parse(node.id.as_str())
    } else {
        None
    };
    let text = |s: &str| Some(Value::Str(s.to_string()));
    let mut values = vec![
        text(node.kind.as_str()),
        text(&node.name),
        node.id.iso3().and_then(text),
        state.and_then(|s| s.region).and_then(|r| text(r.as_str())),
        key.map(|k| Value::Int(i64::from(k.start))),
        key.and_then(|k| k.end).map(|e| Value::Int(i64::from(e))),
        text(status_str(status.unwrap_or(Status::Stated))),
    ];
    for relation in Relation::ALL.into_iter().filter(|r| r.is_literal()) {
        let attr = node.attribute(relation);
        values.push(if attr.is_empty() {
            None
        } else {
            Some(Value::Str(
                attr.iter()
                    .map(|v| v.value.to_string())
                    .collect::<Vec<_>>()
                    .join(VALUE_SEPARATOR),
            ))
        });
    }
    values
}

fn edge_values(edge: &EdgeView<'_>) -> Vec<Option<Value>> {
    let first = edge.edge.provenance.first();
    vec![
        Some(Value::Str(edge.edge.relation.as_str().to_string())),
        Some(Value::Str(status_str(edge.edge.status()).to_string())),
        Some(Value::Int(
            i64::try_from(edge.edge.provenance.len()).unwrap_or(i64::MAX),
        )),
        first.map(|p| Value::Str(p.document.to_string())),
        first.map(|p| Value::Int(i64::from(p.line))),
        first.map(|p| Value::Str(p.text.to_string())),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::from_claims;
    use crate::model::{Claim, EntityId, Literal, Provenance};

    fn prov(status: Status) -> Provenance {
        Provenance {
            document: "d.md".into(),
            page: None,
            line: 3,
            column: 1,
            text: "t".into(),
            status,
            rule: "",
        }
    }

    #[test]
    fn columns_and_values_line_up() {
        let claims = vec![
            Claim {
                subject: EntityId::state("BRA"),
                relation: Relation::MemberOf,
                object: EntityId::from("gge-2014-2015").into(),
                provenance: prov(Status::Stated),
            },
            Claim {
                subject: EntityId::from("gge-2014-2015"),
                relation: Relation::MemberCount,
                object: Literal::Count(20).into(),
                provenance: prov(Status::Unverified),
            },
            Claim {
                subject: EntityId::from("gge-2014-2015"),
                relation: Relation::MemberCount,
                object: Literal::Count(25).into(),
                provenance: prov(Status::Unverified),
            },
        ];
        let graph = from_claims(Vec::new(), claims);
        let table = Table::new(&graph);
        assert!(
            table
                .nodes
                .iter()
                .all(|r| r.values.len() == table.node_columns.len())
        );
        assert!(
            table
                .edges
                .iter()
                .all(|r| r.values.len() == table.edge_columns.len())
        );
        let cell = |row: &NodeRow<'_>, name: &str| {
            let i = table
                .node_columns
                .iter()
                .position(|c| c.name == name)
                .expect("column");
            row.values[i].clone()
        };
        let group = table
            .nodes
            .iter()
            .find(|r| r.node.id.as_str() == "gge-2014-2015")
            .expect("group");
        assert_eq!(cell(group, "start"), Some(Value::Int(2014)));
        assert_eq!(cell(group, "end"), Some(Value::Int(2015)));
        assert_eq!(
            cell(group, "member_count"),
            Some(Value::Str("20 | 25".into()))
        );
        assert_eq!(
            cell(group, "status"),
            Some(Value::Str("stated".into())),
            "one stated edge"
        );
        let brazil = table
            .nodes
            .iter()
            .find(|r| r.node.id.as_str() == "state:BRA")
            .expect("state");
        assert_eq!(cell(brazil, "iso3"), Some(Value::Str("BRA".into())));
        assert_eq!(
            cell(brazil, "region"),
            Some(Value::Str("Latin American and Caribbean".into()))
        );
        assert_eq!(cell(brazil, "start"), None);
        assert_eq!(
            table.edges[0].years,
            Some(Years {
                start: 2014,
                end: Some(2015)
            })
        );
    }
}
