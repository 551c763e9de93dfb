//! CSV: `nodes.csv` (one row per node), `edges.csv` (one row per edge) and two side tables
//! with every provenance record, `edge_provenance.csv` (joined to `edges.csv` by
//! `edge_id` = `id`) and `node_provenance.csv` (the records of the nodes' literal values,
//! joined by `node_id`), in two dialects that differ only in their headers and in formula
//! neutralisation.
//!
//! - [`Dialect::Plain`], for spreadsheets and data frames: `id,kind,name,...`,
//!   `id,source,target,relation,...` and `edge_id,source,target,relation,index,document,
//!   page,line,column,text,status,rule`.
//! - [`Dialect::Neo4j`], for `neo4j-admin database import full --nodes=nodes.csv
//!   --nodes=edge_provenance.csv --nodes=node_provenance.csv --relationships=edges.csv`:
//!   `id:ID,:LABEL,kind,name,...,start:int,...` and `:START_ID,:END_ID,:TYPE,id,...`; the
//!   label is the kind (`State`), the type the relation (`MEMBER_OF`). A relationship
//!   cannot point at a node, so the provenance records are nodes (`:EdgeProvenance`,
//!   `:NodeProvenance`, in ID spaces of their own) that name their edge's `id`.
//!
//! Quoting of commas, quotes and line breaks is the csv crate's. Formula injection: a
//! spreadsheet runs a cell that starts with `=`, `+`, `-`, `@`, tab or carriage return as
//! a formula, so in the plain dialect such a cell gets a leading `'` (the OWASP advice;
//! spreadsheets hide it). Cells that are entirely a number (`-1`, `+3.5`) or an ISO date
//! (`--05-28`, the day without its year) are left as they are: nothing in them can call a
//! function, and a `'` would change the value a data frame reads. The neo4j dialect is
//! never neutralised: `neo4j-admin` stores cells verbatim, so a `'` would end up in the
//! database, and the files are an import format, not a spreadsheet.

use super::table::{AttrType, Column, Record, Table, Value, date_precision};
use crate::model::EntityKind;
use std::borrow::Cow;
use std::io::{self, Write};

/// Which headers to write, and whether to neutralise formulas.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    /// Plain headers, formula-looking cells prefixed with `'`.
    Plain,
    /// `neo4j-admin import` headers, cells verbatim.
    Neo4j,
}

/// Writes `nodes.csv` from the graph's table (one table serves every format).
pub(crate) fn write_nodes_table<W: Write + ?Sized>(
    table: &Table<'_>,
    dialect: Dialect,
    out: &mut W,
) -> io::Result<()> {
    let lead: Vec<Cow<'_, str>> = match dialect {
        Dialect::Plain => vec!["id".into()],
        Dialect::Neo4j => vec!["id:ID".into(), ":LABEL".into()],
    };
    let rows = table.nodes.iter().map(|row| {
        let mut record: Vec<Cow<'_, str>> = vec![cell(row.node.id.as_str(), dialect)];
        if dialect == Dialect::Neo4j {
            record.push(neo4j_label(row.node.kind).into());
        }
        (record, row.values.as_slice())
    });
    write_table(out, dialect, lead, &table.node_columns, rows)
}

/// Writes one table: the `lead` headers, then a header per column; each row's leading
/// cells, then its values.
fn write_table<'a, W: Write + ?Sized>(
    out: &mut W,
    dialect: Dialect,
    mut header: Vec<Cow<'_, str>>,
    columns: &[Column],
    rows: impl Iterator<Item = (Vec<Cow<'a, str>>, &'a [Option<Value>])>,
) -> io::Result<()> {
    let mut csv = ::csv::Writer::from_writer(out);
    header.extend(columns.iter().map(|c| column_header(c, dialect)));
    csv.write_record(header.iter().map(|h| h.as_bytes()))?;
    for (mut record, values) in rows {
        record.extend(values.iter().map(|v| value_cell(v.as_ref(), dialect)));
        csv.write_record(record.iter().map(|c| c.as_bytes()))?;
    }
    csv.flush()
}

/// Writes `edges.csv` from the graph's table (one table serves every format).
pub(crate) fn write_edges_table<W: Write + ?Sized>(
    table: &Table<'_>,
    dialect: Dialect,
    out: &mut W,
) -> io::Result<()> {
    let lead: Vec<Cow<'_, str>> = match dialect {
        Dialect::Plain => vec!["id".into(), "source".into(), "target".into()],
        Dialect::Neo4j => vec![
            ":START_ID".into(),
            ":END_ID".into(),
            ":TYPE".into(),
            "id".into(),
        ],
    };
    let rows = table.edges.iter().map(|row| {
        let ends = [
            cell(row.edge.source.id.as_str(), dialect),
            cell(row.edge.target.id.as_str(), dialect),
        ];
        let mut record: Vec<Cow<'_, str>> = match dialect {
            Dialect::Plain => vec![row.id.as_str().into()],
            Dialect::Neo4j => Vec::new(),
        };
        record.extend(ends);
        if dialect == Dialect::Neo4j {
            record.push(row.edge.edge.relation.as_str().to_ascii_uppercase().into());
            record.push(row.id.as_str().into());
        }
        (record, row.values.as_slice())
    });
    write_table(out, dialect, lead, &table.edge_columns, rows)
}

/// The columns of a record, after the ones that say whose record it is.
const RECORD_COLUMNS: [(&str, AttrType); 8] = [
    ("index", AttrType::Int),
    ("document", AttrType::String),
    ("page", AttrType::Int),
    ("line", AttrType::Int),
    ("column", AttrType::Int),
    ("text", AttrType::String),
    ("status", AttrType::String),
    ("rule", AttrType::String),
];

/// Writes `edge_provenance.csv`: one row per provenance record of an edge,
/// `edge_id,source,target,relation,index,document,page,line,column,text,status,rule`
/// (`index` counts from 0 within the edge; `page` is empty outside paged documents).
///
/// # Errors
/// Any I/O error from `out`.
pub(crate) fn write_edge_provenance_table<W: Write + ?Sized>(
    table: &Table<'_>,
    dialect: Dialect,
    out: &mut W,
) -> io::Result<()> {
    let owner = ["edge_id", "source", "target", "relation"];
    let rows = table.edges.iter().flat_map(|row| {
        let e = row.edge;
        row.provenance.iter().enumerate().map(move |(i, r)| {
            let owner = vec![
                Cow::Borrowed(row.id.as_str()),
                Cow::Borrowed(e.source.id.as_str()),
                Cow::Borrowed(e.target.id.as_str()),
                Cow::Borrowed(e.edge.relation.as_str()),
            ];
            (format!("{}/{i}", row.id), owner, i, r)
        })
    });
    write_records(out, dialect, "EdgeProvenance", &owner, rows)
}

/// Writes `node_provenance.csv`: one row per provenance record of a node's literal value,
/// `node_id,attribute,value,index,document,page,line,column,text,status,rule`.
///
/// # Errors
/// Any I/O error from `out`.
pub(crate) fn write_node_provenance_table<W: Write + ?Sized>(
    table: &Table<'_>,
    dialect: Dialect,
    out: &mut W,
) -> io::Result<()> {
    let owner = ["node_id", "attribute", "value"];
    let rows = table.nodes.iter().flat_map(|row| {
        let id = row.node.id.as_str();
        row.provenance.iter().enumerate().map(move |(i, r)| {
            let owner = vec![
                Cow::Borrowed(id),
                Cow::Borrowed(r.attribute.unwrap_or_default()),
                r.value.as_ref().map(Value::text).unwrap_or_default(),
            ];
            (format!("{id}/{i}"), owner, i, r)
        })
    });
    write_records(out, dialect, "NodeProvenance", &owner, rows)
}

/// One side table: a header of `owner` columns and [`RECORD_COLUMNS`] (under neo4j an id
/// in the `label` ID space and the label first), then one row per record.
fn write_records<'r, W: Write + ?Sized>(
    out: &mut W,
    dialect: Dialect,
    label: &str,
    owner: &[&str],
    rows: impl Iterator<Item = (String, Vec<Cow<'r, str>>, usize, &'r Record<'r>)>,
) -> io::Result<()> {
    let mut csv = ::csv::Writer::from_writer(out);
    let mut header: Vec<Cow<'_, str>> = match dialect {
        Dialect::Plain => Vec::new(),
        Dialect::Neo4j => vec![format!("id:ID({label})").into(), ":LABEL".into()],
    };
    header.extend(owner.iter().map(|&o| Cow::Borrowed(o)));
    header.extend(RECORD_COLUMNS.iter().map(|&(name, ty)| {
        column_header(
            &Column {
                name: name.into(),
                ty,
            },
            dialect,
        )
    }));
    csv.write_record(header.iter().map(|h| h.as_bytes()))?;
    for (id, owner, index, r) in rows {
        let mut record: Vec<Cow<'_, str>> = match dialect {
            Dialect::Plain => Vec::new(),
            Dialect::Neo4j => vec![id.into(), label.into()],
        };
        record.extend(owner.into_iter().map(|o| match o {
            Cow::Borrowed(b) => cell(b, dialect),
            Cow::Owned(s) => Cow::Owned(cell(&s, dialect).into_owned()),
        }));
        record.extend([
            index.to_string().into(),
            cell(r.document, dialect),
            r.page.map(|p| p.to_string()).unwrap_or_default().into(),
            r.line.to_string().into(),
            r.column.to_string().into(),
            cell(r.text, dialect),
            r.status.into(),
            r.rule.into(),
        ]);
        csv.write_record(record.iter().map(|c| c.as_bytes()))?;
    }
    csv.flush()
}

/// The header of a column: its name, with `:int` for whole numbers under neo4j so the
/// import stores numbers, not strings.
fn column_header(column: &Column, dialect: Dialect) -> Cow<'static, str> {
    match (dialect, column.ty) {
        (Dialect::Neo4j, AttrType::Int) => Cow::Owned(format!("{}:int", column.name)),
        _ => column.name.clone(),
    }
}

/// Neo4j node label for a kind: `State`, `Group`, ...
fn neo4j_label(kind: EntityKind) -> String {
    let name = kind.as_str();
    let mut chars = name.chars();
    chars
        .next()
        .map(|first| first.to_ascii_uppercase().to_string() + chars.as_str())
        .unwrap_or_default()
}

fn value_cell(value: Option<&Value>, dialect: Dialect) -> Cow<'_, str> {
    match value {
        None => Cow::Borrowed(""),
        Some(Value::Int(n)) => Cow::Owned(n.to_string()),
        Some(Value::Str(s)) => cell(s, dialect),
    }
}

fn cell(text: &str, dialect: Dialect) -> Cow<'_, str> {
    match dialect {
        Dialect::Plain => neutralise_formula(text),
        Dialect::Neo4j => Cow::Borrowed(text),
    }
}

/// `text` with a leading `'` when a spreadsheet would run it as a formula: it starts
/// with `=`, `+`, `-`, `@`, tab or carriage return and is neither entirely a number nor
/// an ISO date.
pub fn neutralise_formula(text: &str) -> Cow<'_, str> {
    let risky = text.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && !is_plain_number(text) && date_precision(text).is_none() {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// An optional sign, digits, and at most one decimal point with digits after it.
fn is_plain_number(text: &str) -> bool {
    let unsigned = text.strip_prefix(['+', '-']).unwrap_or(text);
    let (whole, fraction) = match unsigned.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (unsigned, None),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    digits(whole) && fraction.is_none_or(digits)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::tests::hostile_graph;

    /// nodes.csv, edges.csv and edge_provenance.csv of the hostile graph.
    fn render(dialect: Dialect) -> (String, String, String) {
        let g = hostile_graph();
        let table = Table::new(&g);
        let (mut nodes, mut edges, mut records) = (Vec::new(), Vec::new(), Vec::new());
        write_nodes_table(&table, dialect, &mut nodes).expect("nodes");
        write_edges_table(&table, dialect, &mut edges).expect("edges");
        write_edge_provenance_table(&table, dialect, &mut records).expect("records");
        let text = |b: Vec<u8>| String::from_utf8(b).expect("utf-8");
        (text(nodes), text(edges), text(records))
    }

    #[test]
    fn formulas_are_neutralised_but_numbers_are_not() {
        assert_eq!(
            neutralise_formula("=HYPERLINK(\"x\")"),
            "'=HYPERLINK(\"x\")"
        );
        assert_eq!(neutralise_formula("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralise_formula("+1+2"), "'+1+2");
        assert_eq!(neutralise_formula("\tx"), "'\tx");
        assert_eq!(
            neutralise_formula("--05-28"),
            "--05-28",
            "a date, not a formula"
        );
        assert_eq!(
            neutralise_formula("--05-28+HYPERLINK(1)"),
            "'--05-28+HYPERLINK(1)"
        );
        assert_eq!(neutralise_formula("-2+3"), "'-2+3");
        assert_eq!(neutralise_formula("--13-01"), "'--13-01");
        assert_eq!(neutralise_formula("-1"), "-1");
        assert_eq!(neutralise_formula("+3.5"), "+3.5");
        assert_eq!(neutralise_formula("state:BRA"), "state:BRA");
        assert!(!is_plain_number("-"));
        assert!(!is_plain_number("1."));
    }

    #[test]
    fn hostile_cells_are_quoted_and_read_back() {
        let (nodes, _, records) = render(Dialect::Plain);
        let mut reader = ::csv::Reader::from_reader(nodes.as_bytes());
        let headers = reader.headers().expect("headers").clone();
        assert_eq!(&headers[0], "id");
        let name_col = headers
            .iter()
            .position(|h| h == "name")
            .expect("name column");
        let rows: Vec<::csv::StringRecord> =
            reader.records().collect::<Result<_, _>>().expect("records");
        assert!(
            rows.iter()
                .any(|r| &r[name_col] == "evil\" -> x <a>&]]>--> \u{1}")
        );
        assert!(rows.iter().any(|r| &r[name_col] == "'=1+1"), "{nodes}");
        let adoption_col = headers
            .iter()
            .position(|h| h == "adoption")
            .expect("adoption column");
        assert!(
            rows.iter().any(|r| &r[adoption_col] == "recorded vote 1-1"),
            "{nodes}"
        );
        let count_col = headers
            .iter()
            .position(|h| h == "member_count")
            .expect("member_count column");
        assert!(rows.iter().any(|r| &r[count_col] == "25"), "{nodes}");
        let mut reader = ::csv::Reader::from_reader(records.as_bytes());
        let rows: Vec<::csv::StringRecord> =
            reader.records().collect::<Result<_, _>>().expect("records");
        assert!(
            rows.iter()
                .any(|r| r.iter().any(|c| c == "line one\nline two"))
        );
        assert!(
            rows.iter()
                .all(|r| r[0].starts_with('e') && r[6].is_empty()),
            "every record names its edge; no page in a Markdown file: {records}"
        );
    }

    #[test]
    fn neo4j_headers_and_verbatim_cells() {
        let (nodes, edges, records) = render(Dialect::Neo4j);
        let first = nodes.lines().next().expect("header");
        assert!(
            first.starts_with("id:ID,:LABEL,kind,name,iso3,region,start:int,end:int,status,"),
            "{first}"
        );
        assert!(nodes.contains(",Person,person,"), "{nodes}");
        assert!(nodes.contains(",=1+1,"), "neo4j cells verbatim: {nodes}");
        let first = edges.lines().next().expect("header");
        assert_eq!(
            first,
            ":START_ID,:END_ID,:TYPE,id,relation,status,provenance_count:int"
        );
        assert!(edges.contains(",CHAIRS,e0,chairs,"), "{edges}");
        assert!(
            records.starts_with(
                "id:ID(EdgeProvenance),:LABEL,edge_id,source,target,relation,index:int,document,page:int,line:int,column:int,text,status,rule\n"
            ),
            "{records}"
        );
        assert!(
            records.contains("e0/0,EdgeProvenance,e0,person:evil,"),
            "{records}"
        );
    }
}
