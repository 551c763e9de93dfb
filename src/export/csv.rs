//! CSV: `nodes.csv` (one row per node) and `edges.csv` (one row per edge), in two
//! dialects that differ only in their headers and in formula neutralisation.
//!
//! - [`Dialect::Plain`], for spreadsheets and data frames: `id,kind,name,...` and
//!   `source,target,relation,...`.
//! - [`Dialect::Neo4j`], for `neo4j-admin database import full --nodes=nodes.csv
//!   --relationships=edges.csv`: `id:ID,:LABEL,kind,name,...,start:int,...` and
//!   `:START_ID,:END_ID,:TYPE,...`; the label is the kind (`State`), the type the
//!   relation (`MEMBER_OF`).
//!
//! Quoting of commas, quotes and line breaks is the csv crate's. Formula injection: a
//! spreadsheet runs a cell that starts with `=`, `+`, `-`, `@`, tab or carriage return as
//! a formula, so in the plain dialect such a cell gets a leading `'` (the OWASP advice;
//! spreadsheets hide it). Cells that are entirely a number (`-1`, `+3.5`) are left as
//! they are: a spreadsheet reads them as numbers, not formulas, and a `'` would turn them
//! into text. The neo4j dialect is never neutralised: `neo4j-admin` stores cells
//! verbatim, so a `'` would end up in the database (a partial date such as `--05-28`
//! would become `'--05-28`), and the files are an import format, not a spreadsheet.

use super::table::{AttrType, Column, Table, Value};
use crate::graph::Graph;
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

/// Writes `nodes.csv`.
///
/// # Errors
/// Any I/O error from `out`.
pub fn write_nodes<W: Write + ?Sized>(
    graph: &Graph,
    dialect: Dialect,
    out: &mut W,
) -> io::Result<()> {
    write_nodes_table(&Table::new(graph), dialect, out)
}

/// [`write_nodes`] from a table already built (one table serves every format).
pub(crate) fn write_nodes_table<W: Write + ?Sized>(
    table: &Table<'_>,
    dialect: Dialect,
    out: &mut W,
) -> io::Result<()> {
    let mut csv = ::csv::Writer::from_writer(out);
    let mut header: Vec<Cow<'_, str>> = match dialect {
        Dialect::Plain => vec!["id".into()],
        Dialect::Neo4j => vec!["id:ID".into(), ":LABEL".into()],
    };
    header.extend(table.node_columns.iter().map(|c| column_header(c, dialect)));
    csv.write_record(header.iter().map(|h| h.as_bytes()))?;
    for row in &table.nodes {
        let mut record: Vec<Cow<'_, str>> = vec![cell(row.node.id.as_str(), dialect)];
        if dialect == Dialect::Neo4j {
            record.push(neo4j_label(row.node.kind).into());
        }
        record.extend(row.values.iter().map(|v| value_cell(v.as_ref(), dialect)));
        csv.write_record(record.iter().map(|c| c.as_bytes()))?;
    }
    csv.flush()
}

/// Writes `edges.csv`.
///
/// # Errors
/// Any I/O error from `out`.
pub fn write_edges<W: Write + ?Sized>(
    graph: &Graph,
    dialect: Dialect,
    out: &mut W,
) -> io::Result<()> {
    write_edges_table(&Table::new(graph), dialect, out)
}

/// [`write_edges`] from a table already built (one table serves every format).
pub(crate) fn write_edges_table<W: Write + ?Sized>(
    table: &Table<'_>,
    dialect: Dialect,
    out: &mut W,
) -> io::Result<()> {
    let mut csv = ::csv::Writer::from_writer(out);
    let mut header: Vec<Cow<'_, str>> = match dialect {
        Dialect::Plain => vec!["source".into(), "target".into()],
        Dialect::Neo4j => vec![":START_ID".into(), ":END_ID".into(), ":TYPE".into()],
    };
    header.extend(table.edge_columns.iter().map(|c| column_header(c, dialect)));
    csv.write_record(header.iter().map(|h| h.as_bytes()))?;
    for row in &table.edges {
        let mut record: Vec<Cow<'_, str>> = vec![
            cell(row.edge.source.id.as_str(), dialect),
            cell(row.edge.target.id.as_str(), dialect),
        ];
        if dialect == Dialect::Neo4j {
            record.push(row.edge.edge.relation.as_str().to_ascii_uppercase().into());
        }
        record.extend(row.values.iter().map(|v| value_cell(v.as_ref(), dialect)));
        csv.write_record(record.iter().map(|c| c.as_bytes()))?;
    }
    csv.flush()
}

/// The header of a column: its name, with `:int` for whole numbers under neo4j so the
/// import stores numbers, not strings.
fn column_header(column: &Column, dialect: Dialect) -> Cow<'static, str> {
    match (dialect, column.ty) {
        (Dialect::Neo4j, AttrType::Int) => Cow::Owned(format!("{}:int", column.name)),
        _ => Cow::Borrowed(column.name),
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
/// with `=`, `+`, `-`, `@`, tab or carriage return and is not entirely a number.
pub fn neutralise_formula(text: &str) -> Cow<'_, str> {
    let risky = text.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && !is_plain_number(text) {
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

    fn render(dialect: Dialect) -> (String, String) {
        let g = hostile_graph();
        let (mut nodes, mut edges) = (Vec::new(), Vec::new());
        write_nodes(&g, dialect, &mut nodes).expect("nodes");
        write_edges(&g, dialect, &mut edges).expect("edges");
        (
            String::from_utf8(nodes).expect("utf-8"),
            String::from_utf8(edges).expect("utf-8"),
        )
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
        assert_eq!(neutralise_formula("--05-28"), "'--05-28");
        assert_eq!(neutralise_formula("-1"), "-1");
        assert_eq!(neutralise_formula("+3.5"), "+3.5");
        assert_eq!(neutralise_formula("state:BRA"), "state:BRA");
        assert!(!is_plain_number("-"));
        assert!(!is_plain_number("1."));
    }

    #[test]
    fn hostile_cells_are_quoted_and_read_back() {
        let (nodes, edges) = render(Dialect::Plain);
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
        let count_col = headers
            .iter()
            .position(|h| h == "member_count")
            .expect("member_count column");
        assert!(rows.iter().any(|r| &r[count_col] == "25"), "{nodes}");
        let mut reader = ::csv::Reader::from_reader(edges.as_bytes());
        let rows: Vec<::csv::StringRecord> =
            reader.records().collect::<Result<_, _>>().expect("records");
        assert!(
            rows.iter()
                .any(|r| r.iter().any(|c| c == "line one\nline two"))
        );
    }

    #[test]
    fn neo4j_headers_and_verbatim_cells() {
        let (nodes, edges) = render(Dialect::Neo4j);
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
            ":START_ID,:END_ID,:TYPE,relation,status,provenance_count:int,document,line:int,text"
        );
        assert!(edges.contains(",CHAIRS,chairs,"), "{edges}");
    }
}
