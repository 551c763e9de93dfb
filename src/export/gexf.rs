//! GEXF 1.3 for Gephi: a dynamic directed graph whose time is in whole years
//! (`mode="dynamic" timeformat="integer"`), so Gephi's timeline plays the history of the
//! groups.
//!
//! Time: a group node lives from its first to its last year (`start`/`end`, inclusive;
//! the open-ended mechanism has only `start`), and so do its `member_of` and `chairs`
//! edges. Every other node and edge has no interval, which GEXF reads as "always there":
//! states, resolutions and norms do not blink out between groups.
//!
//! Attributes: every column of [`table`](super::table) except `name` (the node `label`)
//! and the years (the interval itself), declared in `<attributes class="node">` and
//! `<attributes class="edge">` with ids equal to their names. GEXF 1.3 dropped `mode` on
//! `<attributes>`, so none is written; values are static. Edge `label` is the relation.

use super::table::{AttrType, Column, Table, Value, Years};
use super::xml::xml_safe;
use crate::graph::Graph;
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, Event};
use std::io::{self, Write};

const GEXF_NS: &str = "http://gexf.net/1.3";
const SCHEMA_LOCATION: &str = "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd";

/// Node columns carried elsewhere in GEXF: `name` as the label, the years as the interval.
const NODE_COLUMNS_NOT_ATTRIBUTES: [&str; 3] = ["name", "start", "end"];

/// Writes the graph as GEXF 1.3.
///
/// # Errors
/// Any I/O error from `out`.
pub fn write<W: Write + ?Sized>(graph: &Graph, out: &mut W) -> io::Result<()> {
    write_table(&Table::new(graph), out)
}

/// [`write`] from a table already built (one table serves every format).
pub(crate) fn write_table<W: Write + ?Sized>(table: &Table<'_>, out: &mut W) -> io::Result<()> {
    let node_attrs: Vec<(usize, &Column)> = table
        .node_columns
        .iter()
        .enumerate()
        .filter(|(_, c)| !NODE_COLUMNS_NOT_ATTRIBUTES.contains(&c.name))
        .collect();
    let edge_attrs: Vec<(usize, &Column)> = table.edge_columns.iter().enumerate().collect();
    let mut xml = Writer::new_with_indent(out, b' ', 2);
    xml.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    xml.write_event(Event::Start(BytesStart::new("gexf").with_attributes([
        ("xmlns", GEXF_NS),
        ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
        ("xsi:schemaLocation", SCHEMA_LOCATION),
        ("version", "1.3"),
    ])))?;
    // No lastmodifieddate: a date would make re-runs differ.
    xml.create_element("meta").write_inner_content(|xml| {
        xml.create_element("creator")
            .write_text_content(quick_xml::events::BytesText::new("ggegraph"))?;
        xml.create_element("description")
            .write_text_content(quick_xml::events::BytesText::new(
                "UN cyber diplomacy: groups, states, resolutions, reports, norms",
            ))?;
        Ok(())
    })?;
    xml.create_element("graph")
        .with_attributes([
            ("mode", "dynamic"),
            ("defaultedgetype", "directed"),
            ("timeformat", "integer"),
        ])
        .write_inner_content(|xml| {
            write_declarations(xml, "node", &node_attrs)?;
            write_declarations(xml, "edge", &edge_attrs)?;
            xml.create_element("nodes").write_inner_content(|xml| {
                for row in &table.nodes {
                    let start = xml
                        .create_element("node")
                        .with_attribute(("id", xml_safe(row.node.id.as_str())))
                        .with_attribute(("label", xml_safe(&row.node.name)));
                    with_years(start, row.years)
                        .write_inner_content(|xml| write_values(xml, &node_attrs, &row.values))?;
                }
                Ok(())
            })?;
            xml.create_element("edges").write_inner_content(|xml| {
                for (i, row) in table.edges.iter().enumerate() {
                    let start = xml
                        .create_element("edge")
                        .with_attribute(("id", format!("e{i}").as_str()))
                        .with_attribute(("source", xml_safe(row.edge.source.id.as_str())))
                        .with_attribute(("target", xml_safe(row.edge.target.id.as_str())))
                        .with_attribute(("label", row.edge.edge.relation.as_str()));
                    with_years(start, row.years)
                        .write_inner_content(|xml| write_values(xml, &edge_attrs, &row.values))?;
                }
                Ok(())
            })?;
            Ok(())
        })?;
    xml.write_event(Event::End(BytesEnd::new("gexf")))?;
    xml.get_mut().write_all(b"\n")
}

/// Adds `start`/`end` when the element has years.
fn with_years<'a, W>(
    element: quick_xml::writer::ElementWriter<'a, W>,
    years: Option<Years>,
) -> quick_xml::writer::ElementWriter<'a, W> {
    let Some(years) = years else { return element };
    let element = element.with_attribute(("start", years.start.to_string().as_str()));
    match years.end {
        Some(end) => element.with_attribute(("end", end.to_string().as_str())),
        None => element,
    }
}

fn write_declarations<W: Write>(
    xml: &mut Writer<W>,
    class: &str,
    columns: &[(usize, &Column)],
) -> io::Result<()> {
    xml.create_element("attributes")
        .with_attribute(("class", class))
        .write_inner_content(|xml| {
            for (_, c) in columns {
                let ty = match c.ty {
                    AttrType::String => "string",
                    AttrType::Int => "integer",
                };
                xml.create_element("attribute")
                    .with_attributes([("id", c.name), ("title", c.name), ("type", ty)])
                    .write_empty()?;
            }
            Ok(())
        })?;
    Ok(())
}

fn write_values<W: Write>(
    xml: &mut Writer<W>,
    columns: &[(usize, &Column)],
    values: &[Option<Value>],
) -> io::Result<()> {
    let present: Vec<(&Column, &Value)> = columns
        .iter()
        .filter_map(|&(i, c)| values.get(i).and_then(Option::as_ref).map(|v| (c, v)))
        .collect();
    if present.is_empty() {
        return Ok(());
    }
    xml.create_element("attvalues").write_inner_content(|xml| {
        for (c, v) in present {
            let text = v.text();
            xml.create_element("attvalue")
                .with_attribute(("for", c.name))
                .with_attribute(("value", xml_safe(&text)))
                .write_empty()?;
        }
        Ok(())
    })?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::tests::hostile_graph;

    fn gexf(graph: &Graph) -> String {
        let mut out = Vec::new();
        write(graph, &mut out).expect("write");
        String::from_utf8(out).expect("utf-8")
    }

    #[test]
    fn hostile_label_is_escaped_and_newlines_survive_attributes() {
        let text = gexf(&hostile_graph());
        assert!(
            text.contains(r#"label="evil&quot; -&gt; x &lt;a&gt;&amp;]]&gt;--&gt; �""#),
            "{text}"
        );
        assert!(!text.contains('\u{1}'));
        assert!(
            text.contains("line one&#10;line two"),
            "a raw newline would be read back as a space"
        );
        let mut reader = quick_xml::Reader::from_str(&text);
        while !matches!(reader.read_event().expect("well-formed"), Event::Eof) {}
    }

    #[test]
    fn groups_and_memberships_carry_years() {
        let text = gexf(&hostile_graph());
        assert!(
            text.contains(
                r#"<graph mode="dynamic" defaultedgetype="directed" timeformat="integer">"#
            )
        );
        assert!(
            text.contains(
                r#"<node id="gge-2014-2015" label="GGE 2014/2015" start="2014" end="2015">"#
            ),
            "{text}"
        );
        assert!(
            text.contains(r#"label="chairs" start="2014" end="2015""#),
            "{text}"
        );
    }
}
