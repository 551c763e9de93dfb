//! Exports of the graph for other tools: GraphML 1.0 (yEd, Cytoscape, NetworkX, igraph,
//! JGraphT; valid against the XSD), GEXF 1.3 or 1.2 (Gephi, with the groups' years on its
//! timeline), node-link JSON (NetworkX `json_graph.node_link_graph` from 2.8 on, D3),
//! plain CSV and `neo4j-admin import` CSV.
//!
//! Every format carries the same columns and every provenance record (with its page),
//! described once in [`table`]: a writer only decides how a column is spelt in its
//! format. Writers stream to `impl io::Write`, so stdout, files and tests share one path;
//! output is sorted by id and byte-identical on re-run. Not for drawing (see the DOT
//! views).
//!
//! ```
//! let graph = ggegraph::graph::Graph::default();
//! let mut out = Vec::new();
//! ggegraph::export::graphml::write(&graph, &mut out).unwrap();
//! assert!(String::from_utf8(out).unwrap().contains("<graphml"));
//! ```

pub mod csv;
pub mod gexf;
pub mod graphml;
pub mod json;
pub mod table;
mod xml;

use crate::graph::Graph;
use std::io;
use std::path::{Path, PathBuf};

/// The file formats an export can be written in. Also the command line's `export
/// --format` values (GEXF 1.2 is asked for with `--gexf-version`, see
/// [`Format::in_gexf_version`]): the first paragraph of each variant's doc is its
/// `--help` text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum Format {
    /// GraphML with typed attribute keys (NetworkX, yEd, Cytoscape).
    #[value(name = "graphml")]
    GraphMl,
    /// GEXF (1.3, or 1.2 with --gexf-version 1.2) with the groups' years as time
    /// intervals (Gephi's timeline) and as start_year/end_year attributes.
    ///
    /// GEXF 1.3, dynamic, years as integer time.
    Gexf,
    /// The same in GEXF 1.2, for readers that know no 1.3 (NetworkX before 3.6).
    #[value(skip)]
    Gexf12,
    /// Node-link JSON for NetworkX `json_graph.node_link_graph` (2.8 and later) and D3.
    Json,
    /// nodes.csv, edges.csv, edge_provenance.csv and node_provenance.csv in the directory
    /// given by -o.
    Csv,
    /// The same four files with neo4j-admin import headers, in the directory -o.
    Neo4j,
}

impl Format {
    /// This format, in GEXF `version` when it is GEXF; the other formats have no
    /// versions.
    pub fn in_gexf_version(self, version: gexf::Version) -> Format {
        match (self, version) {
            (Format::Gexf | Format::Gexf12, gexf::Version::V1_3) => Format::Gexf,
            (Format::Gexf | Format::Gexf12, gexf::Version::V1_2) => Format::Gexf12,
            (other, _) => other,
        }
    }
}

/// Renders one format into memory: `(file name, bytes)` pairs, the file name relative to
/// the export directory.
///
/// Rendering everything before writing anything is what keeps a failed export from
/// leaving half a set of files behind.
///
/// # Errors
/// Only the writers' I/O errors, which for in-memory buffers means serialisation errors.
pub fn render(graph: &Graph, format: Format) -> io::Result<Vec<(PathBuf, Vec<u8>)>> {
    render_table(&table::Table::new(graph), format)
}

/// [`render`] from a table already built.
fn render_table(table: &table::Table<'_>, format: Format) -> io::Result<Vec<(PathBuf, Vec<u8>)>> {
    let one = |name: &str,
               write: fn(&table::Table<'_>, &mut Vec<u8>) -> io::Result<()>|
     -> io::Result<(PathBuf, Vec<u8>)> {
        let mut buf = Vec::new();
        write(table, &mut buf)?;
        Ok((PathBuf::from(name), buf))
    };
    type CsvWriter = fn(&table::Table<'_>, csv::Dialect, &mut Vec<u8>) -> io::Result<()>;
    let tables = |dialect: csv::Dialect| -> io::Result<Vec<(PathBuf, Vec<u8>)>> {
        let files: [(&str, CsvWriter); 4] = [
            ("nodes.csv", csv::write_nodes_table),
            ("edges.csv", csv::write_edges_table),
            ("edge_provenance.csv", csv::write_edge_provenance_table),
            ("node_provenance.csv", csv::write_node_provenance_table),
        ];
        files
            .into_iter()
            .map(|(name, write)| {
                let mut buf = Vec::new();
                write(table, dialect, &mut buf)?;
                Ok((PathBuf::from(name), buf))
            })
            .collect()
    };
    Ok(match format {
        Format::GraphMl => vec![one("graph.graphml", graphml::write_table)?],
        Format::Gexf => vec![one("graph.gexf", |t, w| {
            gexf::write_table(t, gexf::Version::V1_3, w)
        })?],
        Format::Gexf12 => vec![one("graph-1.2.gexf", |t, w| {
            gexf::write_table(t, gexf::Version::V1_2, w)
        })?],
        Format::Json => vec![one("graph.json", json::write_table)?],
        Format::Csv => tables(csv::Dialect::Plain)?,
        Format::Neo4j => tables(csv::Dialect::Neo4j)?,
    })
}

/// Writes rendered files under `dir`, creating directories as needed, each file
/// atomically. Returns the paths written, in the order given.
///
/// # Errors
/// Any I/O error creating a directory or writing a file. Files are replaced one by one,
/// so an error on the second file leaves the first one new; neither is ever half written.
pub fn write_rendered(dir: &Path, files: &[(PathBuf, Vec<u8>)]) -> io::Result<Vec<PathBuf>> {
    let mut written = Vec::with_capacity(files.len());
    for (name, bytes) in files {
        let path = dir.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        crate::atomic::write_bytes(&path, bytes).map_err(|e| {
            io::Error::new(e.kind(), format!("cannot write {}: {e}", path.display()))
        })?;
        written.push(path);
    }
    Ok(written)
}

/// Writes every format into `dir`: `graph.graphml`, `graph.gexf`, `graph.json`, the four
/// CSV tables (`nodes.csv`, `edges.csv`, `edge_provenance.csv`, `node_provenance.csv`)
/// and the same four under `neo4j/`. Returns the paths.
///
/// All formats are rendered before the first file is written, so a rendering error
/// writes nothing.
///
/// # Errors
/// As [`write_rendered`].
pub fn write_all(graph: &Graph, dir: &Path) -> io::Result<Vec<PathBuf>> {
    use rayon::prelude::*;
    let table = table::Table::new(graph);
    // The formats are independent: render them on every core, in a fixed order.
    let rendered: Vec<Vec<(PathBuf, Vec<u8>)>> = [
        Format::GraphMl,
        Format::Gexf,
        Format::Json,
        Format::Csv,
        Format::Neo4j,
    ]
    .par_iter()
    .map(|&format| {
        let files = render_table(&table, format)?;
        Ok(match format {
            Format::Neo4j => files
                .into_iter()
                .map(|(name, bytes)| (Path::new("neo4j").join(name), bytes))
                .collect(),
            _ => files,
        })
    })
    .collect::<io::Result<_>>()?;
    write_rendered(dir, &rendered.concat())
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::{
        Claim, Entity, EntityId, EntityKind, Literal, Object, Provenance, Relation, Status,
    };

    /// A small graph whose person has a name built to break naive writers, a provenance
    /// with a line break, a person named like a spreadsheet formula and a count.
    pub(crate) fn hostile_graph() -> Graph {
        let prov = |text: &str| Provenance {
            document: "seeds/evil.md".into(),
            page: None,
            line: 7,
            column: 1,
            text: text.into(),
            status: Status::Stated,
            rule: "",
        };
        let entities = vec![
            Entity {
                id: EntityId::from("person:evil"),
                kind: EntityKind::Person,
                name: "evil\" -> x <a>&]]>--> \u{1}".into(),
            },
            // A name a spreadsheet would run as a formula.
            Entity {
                id: EntityId::from("person:formula"),
                kind: EntityKind::Person,
                name: "=1+1".into(),
            },
        ];
        let claims = vec![
            Claim {
                subject: EntityId::from("person:evil"),
                relation: Relation::Chairs,
                object: EntityId::from("gge-2014-2015").into(),
                provenance: prov("line one\nline two"),
            },
            Claim {
                subject: EntityId::from("person:formula"),
                relation: Relation::Chairs,
                object: EntityId::from("gge-2016-2017").into(),
                provenance: prov("chaired"),
            },
            Claim {
                subject: EntityId::from("A/RES/1/1"),
                relation: Relation::AdoptedHow,
                object: Object::parse(Relation::AdoptedHow, "recorded vote 1-1")
                    .expect("an adoption"),
                provenance: prov("adopted"),
            },
            Claim {
                subject: EntityId::from("gge-2014-2015"),
                relation: Relation::MemberCount,
                object: Literal::Count(25).into(),
                provenance: prov("counted"),
            },
        ];
        Graph::new(entities, crate::model::ClaimSet::from_claims(claims))
    }

    #[test]
    fn write_all_writes_every_file_and_is_byte_identical_on_rerun() {
        let dir = tempfile::tempdir().expect("tempdir");
        let out = dir.path().join("nested/data");
        let graph = hostile_graph();
        let paths = write_all(&graph, &out).expect("write_all");
        let names: Vec<String> = paths
            .iter()
            .map(|p| {
                p.strip_prefix(&out)
                    .expect("under dir")
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        assert_eq!(
            names,
            [
                "graph.graphml",
                "graph.gexf",
                "graph.json",
                "nodes.csv",
                "edges.csv",
                "edge_provenance.csv",
                "node_provenance.csv",
                "neo4j/nodes.csv",
                "neo4j/edges.csv",
                "neo4j/edge_provenance.csv",
                "neo4j/node_provenance.csv",
            ]
        );
        let first: Vec<Vec<u8>> = paths
            .iter()
            .map(|p| std::fs::read(p).expect("read"))
            .collect();
        write_all(&graph, &out).expect("rerun");
        let second: Vec<Vec<u8>> = paths
            .iter()
            .map(|p| std::fs::read(p).expect("read"))
            .collect();
        assert_eq!(first, second);
    }
}
