//! GraphML 1.0, valid against the GraphML XSD: one directed `<graph>`, typed `<key>`
//! declarations for every column of [`table`](super::table), `<data>` elements for the
//! values a node or edge has.
//!
//! Read by NetworkX (`read_graphml`), igraph, yEd, Cytoscape, Gephi and JGraphT (which
//! validates). The schema wants every id to be an `xs:NMTOKEN`, which `A/70/174` or
//! `doc:seeds/x.md` are not, so node ids are escaped by `nmtoken` and the original id
//! is kept in the `original_id` data field (readers relabel by it). Edges get ids `e0`,
//! `e1`, ... in the sorted edge order, the ids the other formats and the provenance side
//! tables use. Key ids are `n_<name>` and `e_<name>`; tools show the `attr.name`.
//!
//! GraphML attributes are scalars, so an element's provenance records are one
//! `provenance` string holding them as a JSON list (`json.loads` in Python), beside the
//! typed `provenance_count`.

use super::table::{AttrType, Column, Record, Table, Value, records_json};
use super::xml::{nmtoken, xml_safe};
use crate::graph::Graph;
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use std::io::{self, Write};

const GRAPHML_NS: &str = "http://graphml.graphdrawing.org/xmlns";
const SCHEMA_LOCATION: &str =
    "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";

/// Writes the graph as GraphML.
///
/// # Errors
/// Any I/O error from `out`.
pub fn write<W: Write + ?Sized>(graph: &Graph, out: &mut W) -> io::Result<()> {
    write_table(&Table::new(graph), out)
}

/// [`write`] from a table already built (one table serves every format).
pub(crate) fn write_table<W: Write + ?Sized>(table: &Table<'_>, out: &mut W) -> io::Result<()> {
    let mut xml = Writer::new_with_indent(out, b' ', 2);
    xml.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    xml.write_event(Event::Start(BytesStart::new("graphml").with_attributes([
        ("xmlns", GRAPHML_NS),
        ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
        ("xsi:schemaLocation", SCHEMA_LOCATION),
    ])))?;
    let original_id = Column {
        name: "original_id".into(),
        ty: AttrType::String,
    };
    let provenance = Column {
        name: "provenance".into(),
        ty: AttrType::String,
    };
    let node_keys: Vec<&Column> = std::iter::once(&original_id)
        .chain(&table.node_columns)
        .chain([&provenance])
        .collect();
    let edge_keys: Vec<&Column> = table.edge_columns.iter().chain([&provenance]).collect();
    write_keys(&mut xml, "node", "n_", &node_keys)?;
    write_keys(&mut xml, "edge", "e_", &edge_keys)?;
    xml.create_element("graph")
        .with_attributes([("id", "ggegraph"), ("edgedefault", "directed")])
        .write_inner_content(|xml| {
            for row in &table.nodes {
                let id = row.node.id.as_str();
                xml.create_element("node")
                    .with_attribute(("id", nmtoken(id).as_ref()))
                    .write_inner_content(|xml| {
                        write_datum(xml, "n_original_id", id)?;
                        write_data(xml, "n_", &table.node_columns, &row.values)?;
                        write_provenance(xml, "n_provenance", &row.provenance)
                    })?;
            }
            for row in &table.edges {
                xml.create_element("edge")
                    .with_attribute(("id", row.id.as_str()))
                    .with_attribute(("source", nmtoken(row.edge.source.id.as_str()).as_ref()))
                    .with_attribute(("target", nmtoken(row.edge.target.id.as_str()).as_ref()))
                    .write_inner_content(|xml| {
                        write_data(xml, "e_", &table.edge_columns, &row.values)?;
                        write_provenance(xml, "e_provenance", &row.provenance)
                    })?;
            }
            Ok(())
        })?;
    xml.write_event(Event::End(BytesEnd::new("graphml")))?;
    xml.get_mut().write_all(b"\n")
}

/// Key ids are `n_`/`e_` and a column name, snake_case ASCII: already NMTOKENs.
fn write_keys<W: Write>(
    xml: &mut Writer<W>,
    domain: &str,
    prefix: &str,
    columns: &[&Column],
) -> io::Result<()> {
    for c in columns {
        let ty = match c.ty {
            AttrType::String => "string",
            AttrType::Int => "int",
        };
        xml.create_element("key")
            .with_attribute(("id", format!("{prefix}{}", c.name).as_str()))
            .with_attribute(("for", domain))
            .with_attribute(("attr.name", c.name.as_ref()))
            .with_attribute(("attr.type", ty))
            .write_empty()?;
    }
    Ok(())
}

fn write_datum<W: Write>(xml: &mut Writer<W>, key: &str, text: &str) -> io::Result<()> {
    xml.create_element("data")
        .with_attribute(("key", key))
        .write_text_content(BytesText::new(&xml_safe(text)))?;
    Ok(())
}

fn write_data<W: Write>(
    xml: &mut Writer<W>,
    prefix: &str,
    columns: &[Column],
    values: &[Option<Value>],
) -> io::Result<()> {
    for (c, v) in columns.iter().zip(values) {
        if let Some(v) = v {
            write_datum(xml, &format!("{prefix}{}", c.name), &v.text())?;
        }
    }
    Ok(())
}

/// The records as one JSON-text datum; nothing for an element without any.
fn write_provenance<W: Write>(
    xml: &mut Writer<W>,
    key: &str,
    records: &[Record<'_>],
) -> io::Result<()> {
    if records.is_empty() {
        return Ok(());
    }
    write_datum(xml, key, &records_json(records))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::tests::hostile_graph;

    #[test]
    fn hostile_label_is_escaped_and_legal() {
        let mut out = Vec::new();
        write(&hostile_graph(), &mut out).expect("write");
        let text = String::from_utf8(out).expect("utf-8");
        assert!(
            text.contains("evil&quot; -&gt; x &lt;a&gt;&amp;]]&gt;--&gt; \u{FFFD}"),
            "{text}"
        );
        assert!(!text.contains('\u{1}'));
        assert!(
            text.contains(r"line one\nline two"),
            "the newline is escaped in the provenance JSON"
        );
        let mut reader = quick_xml::Reader::from_str(&text);
        let mut names = Vec::new();
        loop {
            match reader.read_event().expect("well-formed") {
                Event::Eof => break,
                Event::Start(e) | Event::Empty(e) => names.push(e.name().as_ref().to_string()),
                _ => {}
            }
        }
        assert!(names.iter().filter(|n| *n == "node").count() >= 2);
        assert!(
            text.contains(r#"<key id="n_start" for="node" attr.name="start" attr.type="int"/>"#)
        );
        assert!(
            text.contains(r#"<node id="A_2F_RES_2F_1_2F_1">"#)
                && text.contains(r#"<data key="n_original_id">A/RES/1/1</data>"#),
            "{text}"
        );
        assert!(text.contains(r#"<data key="e_provenance">[{&quot;document&quot;:&quot;seeds/evil.md&quot;,&quot;page&quot;:null,&quot;line&quot;:7"#), "{text}");
    }

    #[test]
    fn output_is_deterministic() {
        let g = hostile_graph();
        let (mut a, mut b) = (Vec::new(), Vec::new());
        write(&g, &mut a).expect("write");
        write(&g, &mut b).expect("write");
        assert_eq!(a, b);
    }
}
