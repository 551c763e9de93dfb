//! The columns every export carries, described once so GraphML, GEXF, JSON and CSV
//! cannot drift apart.
//!
//! Nodes: `kind`, `name`, `iso3` and `region` (states), `start` and `end` (groups, the
//! years in the group's id), `status`, then the literal relations (`adopted_on`,
//! `adoption`, `member_count`, `norm_count`, `outcome`, `report_adopted_on`), typed:
//! counts are integers (when every count in the graph is a whole number), dates are ISO
//! 8601 at the precision the document gives (`2021-05-28`, `2021-03`, `2021`, or
//! `--05-28` for a day without its year) with a `<name>_precision` column beside them
//! (`day`, `month`, `year`, `month-day`). Documents that disagree are never merged into one
//! value: a node with two values of a relation gets them in two columns, `norm_count` and
//! `norm_count_2` (the columns a graph needs are declared from its data), and JSON gets a
//! list (see [`Literal`]).
//!
//! Edges: an `id` (`e0`, `e1`, ... in the sorted edge order, the same in every format),
//! `relation`, `status` and `provenance_count`. Every provenance record of an edge and of a
//! node's literal values (document, page, line, column, quoted sentence, status, rule) is
//! in [`Record`]s: a list in JSON, a JSON-text attribute in GraphML and GEXF, and the side
//! tables `edge_provenance.csv` / `node_provenance.csv` joined by edge id / node id for
//! CSV and Neo4j.
//!
//! A missing value is `None`, which each format writes as an absent attribute (GraphML,
//! GEXF, JSON) or an empty cell (CSV), never as an empty string.

use crate::gazetteer::state_by_iso3;
use crate::graph::{EdgeView, Graph, Node};
use crate::model::{EntityKind, GroupKey, Provenance, Relation, Status};
use serde::Serialize;
use std::borrow::Cow;
use std::collections::HashMap;

/// The type of a column, as the typed formats (GraphML, GEXF, Neo4j) declare it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AttrType {
    /// Text.
    String,
    /// A whole number (years, counts, line numbers).
    Int,
}

/// One column: its name (the attribute name in every format) and type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    /// Attribute name: `kind`, `start`, `norm_count_2`, `provenance_count`, ...
    pub name: Cow<'static, str>,
    /// Declared type.
    pub ty: AttrType,
}

impl Column {
    fn new(name: impl Into<Cow<'static, str>>, ty: AttrType) -> Column {
        Column {
            name: name.into(),
            ty,
        }
    }
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

/// The values one node has for one literal relation, typed, in value order: what JSON
/// writes as a scalar (one value) or a list (documents disagree).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Literal {
    /// The relation (`member_count`).
    pub relation: Relation,
    /// Its values, at least one.
    pub values: Vec<Value>,
    /// For date relations, each value's precision (`day`, `month`, `year`, `month-day`;
    /// `None` for a value that is not an ISO date); empty for other relations.
    pub precisions: Vec<Option<&'static str>>,
}

/// One provenance record as every format writes it: where a statement was read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Record<'g> {
    /// For a node's literal value: the relation (`member_count`); absent on edges.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attribute: Option<&'static str>,
    /// For a node's literal value: the value this record states; absent on edges.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<Value>,
    /// Corpus-relative document id.
    pub document: &'g str,
    /// 1-based page for paged documents (PDF), else `null`.
    pub page: Option<u32>,
    /// 1-based line (on the page, for paged documents).
    pub line: u32,
    /// 1-based column.
    pub column: u32,
    /// The quoted sentence.
    pub text: &'g str,
    /// `stated` or `unverified`.
    pub status: &'static str,
    /// The extraction rule, empty for claims not read by a rule.
    pub rule: &'static str,
}

impl<'g> Record<'g> {
    fn new(p: &'g Provenance, attribute: Option<(&'static str, Value)>) -> Record<'g> {
        let (attribute, value) = attribute.unzip();
        Record {
            attribute,
            value,
            document: &p.document,
            page: p.page,
            line: p.line,
            column: p.column,
            text: &p.text,
            status: status_str(p.status),
            rule: p.rule,
        }
    }
}

/// `records` as compact JSON text, for the formats whose attributes are scalars.
pub fn records_json(records: &[Record<'_>]) -> String {
    // Serialising plain structs of strings and integers to a String cannot fail.
    serde_json::to_string(records).unwrap_or_default()
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
    /// The literal relations the node has, typed, in relation order.
    pub literals: Vec<Literal>,
    /// The provenance of every literal value, in (relation, value, provenance) order.
    pub provenance: Vec<Record<'g>>,
}

/// One edge's cells, aligned with [`Table::edge_columns`].
#[derive(Debug, Clone)]
pub struct EdgeRow<'g> {
    /// `e0`, `e1`, ...: the edge's place in the sorted edge order, the same in every format
    /// and in the provenance side tables.
    pub id: String,
    /// The edge and its endpoints.
    pub edge: EdgeView<'g>,
    /// Cells in column order.
    pub values: Vec<Option<Value>>,
    /// The group's years on `member_of` and `chairs` edges: participation lasts as long
    /// as the group did.
    pub years: Option<Years>,
    /// Every provenance record of the edge, sorted.
    pub provenance: Vec<Record<'g>>,
}

/// The graph as two tables, nodes sorted by id and edges by (source, relation, target).
#[derive(Debug, Clone)]
pub struct Table<'g> {
    /// Node columns: the fixed ones, then from [`Table::literal_columns_from`] on the
    /// literal relations' value (and precision) columns.
    pub node_columns: Vec<Column>,
    /// Index of the first literal column in [`Table::node_columns`].
    pub literal_columns_from: usize,
    /// Edge columns.
    pub edge_columns: Vec<Column>,
    /// One row per node.
    pub nodes: Vec<NodeRow<'g>>,
    /// One row per edge.
    pub edges: Vec<EdgeRow<'g>>,
}

/// How a literal relation's values are typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LiteralKind {
    /// A whole number, when every value of the relation in the graph is one.
    Count,
    /// An ISO 8601 date at some precision, with a precision column.
    Date,
    /// Free text (`recorded vote 119-46-14`, `consensus report`).
    Text,
}

fn literal_kind(relation: Relation) -> LiteralKind {
    match relation {
        Relation::MemberCount | Relation::NormCount => LiteralKind::Count,
        Relation::AdoptedOn | Relation::ReportAdoptedOn => LiteralKind::Date,
        _ => LiteralKind::Text,
    }
}

/// The literal relations in export order.
fn literal_relations() -> impl Iterator<Item = Relation> {
    Relation::ALL.into_iter().filter(|r| r.is_literal())
}

/// What the graph's data decides about the literal columns: how many values the most
/// disputed node has, and whether every count is a whole number.
struct LiteralLayout {
    /// (relation, column count, integer-typed), in export order.
    relations: Vec<(Relation, usize, bool)>,
}

impl LiteralLayout {
    fn of(graph: &Graph) -> LiteralLayout {
        let relations = literal_relations()
            .map(|relation| {
                let values = || graph.nodes().map(move |n| n.attribute(relation));
                let slots = values().map(<[_]>::len).max().unwrap_or(0).max(1);
                // Counts are typed whole numbers (see `model::literal`).
                let int = literal_kind(relation) == LiteralKind::Count;
                (relation, slots, int)
            })
            .collect();
        LiteralLayout { relations }
    }

    fn is_int(&self, relation: Relation) -> bool {
        self.relations
            .iter()
            .any(|&(r, _, int)| r == relation && int)
    }

    fn typed(&self, relation: Relation, value: &crate::model::Literal) -> Value {
        match value.count() {
            Some(n) if self.is_int(relation) => Value::Int(i64::from(n)),
            _ => Value::Str(value.to_string()),
        }
    }

    /// The flat columns: `R`, `R_precision` (dates), `R_2`, `R_2_precision`, ...
    fn columns(&self) -> Vec<Column> {
        let mut out = Vec::new();
        for &(relation, slots, int) in &self.relations {
            for slot in 1..=slots {
                let name = slot_name(relation, slot);
                let ty = if int { AttrType::Int } else { AttrType::String };
                if literal_kind(relation) == LiteralKind::Date {
                    out.push(Column::new(name.clone(), ty));
                    out.push(Column::new(format!("{name}_precision"), AttrType::String));
                } else {
                    out.push(Column::new(name, ty));
                }
            }
        }
        out
    }

    /// The node's literals, typed, and their cells aligned with [`LiteralLayout::columns`].
    fn cells(&self, node: &Node) -> (Vec<Literal>, Vec<Option<Value>>) {
        let mut literals = Vec::new();
        let mut cells = Vec::new();
        for &(relation, slots, _) in &self.relations {
            let raw = node.attribute(relation);
            let date = literal_kind(relation) == LiteralKind::Date;
            let values: Vec<Value> = raw.iter().map(|v| self.typed(relation, &v.value)).collect();
            let precisions: Vec<Option<&'static str>> = if date {
                raw.iter()
                    .map(|v| v.value.date().map(|d| d.precision().as_str()))
                    .collect()
            } else {
                Vec::new()
            };
            for slot in 0..slots {
                cells.push(values.get(slot).cloned());
                if date {
                    let precision = precisions.get(slot).copied().flatten();
                    cells.push(precision.map(|p| Value::Str(p.to_string())));
                }
            }
            if !values.is_empty() {
                literals.push(Literal {
                    relation,
                    values,
                    precisions,
                });
            }
        }
        (literals, cells)
    }
}

/// `R` for the first value of a relation, `R_2`, `R_3`, ... for the others.
fn slot_name(relation: Relation, slot: usize) -> Cow<'static, str> {
    if slot == 1 {
        Cow::Borrowed(relation.as_str())
    } else {
        Cow::Owned(format!("{}_{slot}", relation.as_str()))
    }
}

/// The precision of an ISO 8601 calendar date written at reduced precision: `YYYY-MM-DD`
/// (`day`), `YYYY-MM` (`month`), `YYYY` (`year`), `--MM-DD` (`month-day`, the year not
/// given). `None` for anything else.
pub fn date_precision(s: &str) -> Option<&'static str> {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    let month_ok = |r: std::ops::Range<usize>| {
        std::str::from_utf8(&b[r]).is_ok_and(|m| matches!(m.parse::<u8>(), Ok(1..=12)))
    };
    let day_ok = |r: std::ops::Range<usize>| {
        std::str::from_utf8(&b[r]).is_ok_and(|d| matches!(d.parse::<u8>(), Ok(1..=31)))
    };
    match b.len() {
        4 if digits(0..4) => Some("year"),
        7 if digits(0..4) && b[4] == b'-' && digits(5..7) && month_ok(5..7) => Some("month"),
        10 if digits(0..4)
            && b[4] == b'-'
            && b[7] == b'-'
            && digits(5..7)
            && digits(8..10)
            && month_ok(5..7)
            && day_ok(8..10) =>
        {
            Some("day")
        }
        7 if b.starts_with(b"--")
            && b[4] == b'-'
            && digits(2..4)
            && digits(5..7)
            && month_ok(2..4)
            && day_ok(5..7) =>
        {
            Some("month-day")
        }
        _ => None,
    }
}

impl<'g> Table<'g> {
    /// Builds both tables.
    ///
    /// Complexity: O(N + E + P) for N nodes, E edges and P provenances.
    pub fn new(graph: &'g Graph) -> Table<'g> {
        let statuses = node_statuses(graph);
        let layout = LiteralLayout::of(graph);
        let nodes = graph
            .nodes()
            .map(|node| {
                let (literals, literal_cells) = layout.cells(node);
                let mut values = node_values(node, statuses.get(node.id.as_str()).copied());
                values.extend(literal_cells);
                NodeRow {
                    node,
                    values,
                    years: years_of(node),
                    literals,
                    provenance: node_records(node, &layout),
                }
            })
            .collect();
        let edges = graph
            .edges()
            .enumerate()
            .map(|(i, edge)| EdgeRow {
                id: format!("e{i}"),
                edge,
                values: edge_values(&edge),
                years: match edge.edge.relation {
                    Relation::MemberOf | Relation::Chairs => years_of(edge.target),
                    _ => None,
                },
                provenance: edge
                    .edge
                    .provenance
                    .iter()
                    .map(|p| Record::new(p, None))
                    .collect(),
            })
            .collect();
        let mut node_columns = fixed_node_columns();
        let literal_columns_from = node_columns.len();
        node_columns.extend(layout.columns());
        Table {
            node_columns,
            literal_columns_from,
            edge_columns: edge_columns(),
            nodes,
            edges,
        }
    }
}

/// The node columns every graph has, before the literal ones.
fn fixed_node_columns() -> Vec<Column> {
    [
        ("kind", AttrType::String),
        ("name", AttrType::String),
        ("iso3", AttrType::String),
        ("region", AttrType::String),
        ("start", AttrType::Int),
        ("end", AttrType::Int),
        ("status", AttrType::String),
    ]
    .into_iter()
    .map(|(name, ty)| Column::new(name, ty))
    .collect()
}

/// Edge columns in export order (the edge id and the provenance records are not columns:
/// each format places them itself).
pub fn edge_columns() -> Vec<Column> {
    [
        ("relation", AttrType::String),
        ("status", AttrType::String),
        ("provenance_count", AttrType::Int),
    ]
    .into_iter()
    .map(|(name, ty)| Column::new(name, ty))
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
    vec![
        text(node.kind.as_str()),
        text(&node.name),
        node.id.iso3().and_then(text),
        state.and_then(|s| s.region).and_then(|r| text(r.as_str())),
        key.map(|k| Value::Int(i64::from(k.start))),
        key.and_then(|k| k.end).map(|e| Value::Int(i64::from(e))),
        text(status_str(status.unwrap_or(Status::Stated))),
    ]
}

/// The provenance records of a node's literal values, each naming its relation and value.
fn node_records<'g>(node: &'g Node, layout: &LiteralLayout) -> Vec<Record<'g>> {
    node.attributes
        .iter()
        .flat_map(|(&relation, values)| {
            values.iter().flat_map(move |v| {
                v.provenance.iter().map(move |p| {
                    Record::new(
                        p,
                        Some((relation.as_str(), layout.typed(relation, &v.value))),
                    )
                })
            })
        })
        .collect()
}

fn edge_values(edge: &EdgeView<'_>) -> Vec<Option<Value>> {
    vec![
        Some(Value::Str(edge.edge.relation.as_str().to_string())),
        Some(Value::Str(status_str(edge.edge.status()).to_string())),
        Some(Value::Int(
            i64::try_from(edge.edge.provenance.len()).unwrap_or(i64::MAX),
        )),
    ]
}

#[cfg(test)]
mod tests;
