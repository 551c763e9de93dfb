//! GraphML: one directed `<graph>`, typed `<key>` declarations for every column of
//! [`table`](super::table), `<data>` elements for the values a node or edge has.
//!
//! Read by NetworkX (`read_graphml`), yEd, Cytoscape and Gephi. Key ids are `n_<name>`
//! and `e_<name>`; tools show the `attr.name`. Edges get ids `e0`, `e1`, ... in the
//! sorted edge order, so ids are stable while the graph is.

use super::table::{AttrType, Column, Table, Value};
use super::xml::xml_safe;
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
    write_keys(&mut xml, "node", "n_", &table.node_columns)?;
    write_keys(&mut xml, "edge", "e_", &table.edge_columns)?;
    xml.create_element("graph")
        .with_attributes([("id", "ggegraph"), ("edgedefault", "directed")])
        .write_inner_content(|xml| {
            for row in &table.nodes {
                xml.create_element("node")
                    .with_attribute(("id", xml_safe(row.node.id.as_str())))
                    .write_inner_content(|xml| {
                        write_data(xml, "n_", &table.node_columns, &row.values)
                    })?;
            }
            for (i, row) in table.edges.iter().enumerate() {
                xml.create_element("edge")
                    .with_attribute(("id", format!("e{i}").as_str()))
                    .with_attribute(("source", xml_safe(row.edge.source.id.as_str())))
                    .with_attribute(("target", xml_safe(row.edge.target.id.as_str())))
                    .write_inner_content(|xml| {
                        write_data(xml, "e_", &table.edge_columns, &row.values)
                    })?;
            }
            Ok(())
        })?;
    xml.write_event(Event::End(BytesEnd::new("graphml")))?;
    xml.get_mut().write_all(b"\n")
}

fn write_keys<W: Write>(
    xml: &mut Writer<W>,
    domain: &str,
    prefix: &str,
    columns: &[Column],
) -> io::Result<()> {
    for c in columns {
        let ty = match c.ty {
            AttrType::String => "string",
            AttrType::Int => "int",
        };
        xml.create_element("key")
            .with_attribute(("id", format!("{prefix}{}", c.name).as_str()))
            .with_attribute(("for", domain))
            .with_attribute(("attr.name", c.name))
            .with_attribute(("attr.type", ty))
            .write_empty()?;
    }
    Ok(())
}

fn write_data<W: Write>(
    xml: &mut Writer<W>,
    prefix: &str,
    columns: &[Column],
    values: &[Option<Value>],
) -> io::Result<()> {
    for (c, v) in columns.iter().zip(values) {
        let Some(v) = v else { continue };
        let text = v.text();
        xml.create_element("data")
            .with_attribute(("key", format!("{prefix}{}", c.name).as_str()))
            .write_text_content(BytesText::new(&xml_safe(&text)))?;
    }
    Ok(())
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
            text.contains("line one\nline two"),
            "newlines kept in text content"
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
