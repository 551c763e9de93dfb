//! GEXF for Gephi, 1.3 by default and 1.2 (`1.2draft`) for older readers (NetworkX before
//! 3.6 reads only 1.1 and 1.2): a dynamic directed graph whose time is in whole years
//! (`mode="dynamic" timeformat="integer"`), so Gephi's timeline plays the history of the
//! groups. The two versions differ only in namespace and version number here: nothing
//! written uses what 1.3 added.
//!
//! Time: a group node lives from its first to its last year (`start`/`end`, inclusive;
//! the open-ended mechanism has only `start`), and so do its `member_of` and `chairs`
//! edges. Every other node and edge has no interval, which GEXF reads as "always there":
//! states, resolutions and norms do not blink out between groups. The same years are also
//! plain integer attributes `start_year` and `end_year`, for readers that ignore the
//! spells (graphology, Gephi Lite).
//!
//! Attributes: every column of [`table`](super::table) except `name` (the node `label`)
//! and the group years (the interval and `start_year`/`end_year`), declared in
//! `<attributes class="node">` and `<attributes class="edge">` with ids equal to their
//! names, plus `provenance`: the element's provenance records as a JSON list in one
//! string (GEXF attribute values are scalars). GEXF 1.3 dropped `mode` on `<attributes>`,
//! so none is written; values are static. Node ids are the graph's ids (GEXF ids are
//! any string); edge ids are `e0`, `e1`, ... as in every format; edge `label` is the
//! relation.

use super::table::{AttrType, Column, Record, Table, Value, Years, records_json};
use super::xml::xml_safe;
use crate::graph::Graph;
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, Event};
use std::borrow::Cow;
use std::io::{self, Write};

/// Which GEXF to write (also the command line's `--gexf-version` values: the first
/// paragraph of each variant's doc is its `--help` text).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Version {
    /// GEXF 1.2 (`1.2draft`), for NetworkX before 3.6 and other older readers.
    ///
    /// Namespace `http://www.gexf.net/1.2draft`.
    #[value(name = "1.2")]
    V1_2,
    /// GEXF 1.3 (Gephi 0.9 and later, NetworkX 3.6 and later).
    ///
    /// Namespace `http://gexf.net/1.3`, what Gephi 0.9+ writes.
    #[default]
    #[value(name = "1.3")]
    V1_3,
}

impl Version {
    fn namespace(self) -> &'static str {
        match self {
            Version::V1_2 => "http://www.gexf.net/1.2draft",
            Version::V1_3 => "http://gexf.net/1.3",
        }
    }

    fn schema_location(self) -> &'static str {
        match self {
            Version::V1_2 => "http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd",
            Version::V1_3 => "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
        }
    }

    fn number(self) -> &'static str {
        match self {
            Version::V1_2 => "1.2",
            Version::V1_3 => "1.3",
        }
    }
}

/// Node columns carried elsewhere in GEXF: `name` as the label, the years as the interval
/// and as `start_year`/`end_year`.
const NODE_COLUMNS_NOT_ATTRIBUTES: [&str; 3] = ["name", "start", "end"];

/// Writes the graph as GEXF 1.3.
///
/// # Errors
/// Any I/O error from `out`.
pub fn write<W: Write + ?Sized>(graph: &Graph, out: &mut W) -> io::Result<()> {
    write_table(&Table::new(graph), Version::V1_3, out)
}

/// Writes the graph as GEXF of the given version.
///
/// # Errors
/// Any I/O error from `out`.
pub fn write_version<W: Write + ?Sized>(
    graph: &Graph,
    version: Version,
    out: &mut W,
) -> io::Result<()> {
    write_table(&Table::new(graph), version, out)
}

/// An attribute: where its value comes from in a row.
enum Source {
    /// The row's cell of this column index.
    Cell(usize),
    /// The first or last year of the row's interval.
    StartYear,
    EndYear,
    /// The row's provenance records, as JSON text.
    Provenance,
}

struct Attribute {
    name: Cow<'static, str>,
    ty: AttrType,
    source: Source,
}

/// The attributes of one class: the table's columns (less `skip`), the years, the records.
fn attributes(columns: &[Column], skip: &[&str]) -> Vec<Attribute> {
    let mut out: Vec<Attribute> = columns
        .iter()
        .enumerate()
        .filter(|(_, c)| !skip.contains(&c.name.as_ref()))
        .map(|(i, c)| Attribute {
            name: c.name.clone(),
            ty: c.ty,
            source: Source::Cell(i),
        })
        .collect();
    for (name, ty, source) in [
        ("start_year", AttrType::Int, Source::StartYear),
        ("end_year", AttrType::Int, Source::EndYear),
        ("provenance", AttrType::String, Source::Provenance),
    ] {
        out.push(Attribute {
            name: name.into(),
            ty,
            source,
        });
    }
    out
}

/// What one row gives the attributes.
struct RowData<'r> {
    values: &'r [Option<Value>],
    years: Option<Years>,
    provenance: &'r [Record<'r>],
}

impl RowData<'_> {
    fn value(&self, source: &Source) -> Option<Cow<'_, str>> {
        let year = |y: Option<u16>| y.map(|y| Cow::Owned(y.to_string()));
        match source {
            Source::Cell(i) => self
                .values
                .get(*i)
                .and_then(Option::as_ref)
                .map(Value::text),
            Source::StartYear => year(self.years.map(|y| y.start)),
            Source::EndYear => year(self.years.and_then(|y| y.end)),
            Source::Provenance => {
                (!self.provenance.is_empty()).then(|| Cow::Owned(records_json(self.provenance)))
            }
        }
    }
}

/// [`write`] from a table already built (one table serves every format).
pub(crate) fn write_table<W: Write + ?Sized>(
    table: &Table<'_>,
    version: Version,
    out: &mut W,
) -> io::Result<()> {
    let node_attrs = attributes(&table.node_columns, &NODE_COLUMNS_NOT_ATTRIBUTES);
    let edge_attrs = attributes(&table.edge_columns, &[]);
    let mut xml = Writer::new_with_indent(out, b' ', 2);
    xml.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    xml.write_event(Event::Start(BytesStart::new("gexf").with_attributes([
        ("xmlns", version.namespace()),
        ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
        ("xsi:schemaLocation", version.schema_location()),
        ("version", version.number()),
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
                    let data = RowData {
                        values: &row.values,
                        years: row.years,
                        provenance: &row.provenance,
                    };
                    with_years(start, row.years)
                        .write_inner_content(|xml| write_values(xml, &node_attrs, &data))?;
                }
                Ok(())
            })?;
            xml.create_element("edges").write_inner_content(|xml| {
                for row in &table.edges {
                    let start = xml
                        .create_element("edge")
                        .with_attribute(("id", row.id.as_str()))
                        .with_attribute(("source", xml_safe(row.edge.source.id.as_str())))
                        .with_attribute(("target", xml_safe(row.edge.target.id.as_str())))
                        .with_attribute(("label", row.edge.edge.relation.as_str()));
                    let data = RowData {
                        values: &row.values,
                        years: row.years,
                        provenance: &row.provenance,
                    };
                    with_years(start, row.years)
                        .write_inner_content(|xml| write_values(xml, &edge_attrs, &data))?;
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
    attributes: &[Attribute],
) -> io::Result<()> {
    xml.create_element("attributes")
        .with_attribute(("class", class))
        .write_inner_content(|xml| {
            for a in attributes {
                let ty = match a.ty {
                    AttrType::String => "string",
                    AttrType::Int => "integer",
                };
                let name = a.name.as_ref();
                xml.create_element("attribute")
                    .with_attributes([("id", name), ("title", name), ("type", ty)])
                    .write_empty()?;
            }
            Ok(())
        })?;
    Ok(())
}

fn write_values<W: Write>(
    xml: &mut Writer<W>,
    attributes: &[Attribute],
    row: &RowData<'_>,
) -> io::Result<()> {
    let present: Vec<(&Attribute, Cow<'_, str>)> = attributes
        .iter()
        .filter_map(|a| row.value(&a.source).map(|v| (a, v)))
        .collect();
    if present.is_empty() {
        return Ok(());
    }
    xml.create_element("attvalues").write_inner_content(|xml| {
        for (a, v) in present {
            xml.create_element("attvalue")
                .with_attribute(("for", a.name.as_ref()))
                .with_attribute(("value", xml_safe(&v)))
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
            text.contains(r"line one\nline two"),
            "the newline is escaped in the provenance JSON: {text}"
        );
        assert!(
            text.contains(r#"<attvalue for="start_year" value="2014"/>"#),
            "plain years beside the spells: {text}"
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
