//! A view as data (nodes, edges, clusters, ordering hints) and the one renderer that
//! turns it into a graphviz-rust AST and prints it.
//!
//! Views never write DOT themselves: they fill a [`Diagram`], and [`Diagram::to_dot`]
//! adds the palette's styles, the legend, and quotes every id and label through
//! [`escape::quote`](super::escape::quote).

use super::Layout;
use super::escape::{html_label, html_text, id};
use super::palette::{Attrs, EdgeKind, NodeKind};

mod legend;
use graphviz_rust::dot_structures::{
    Attribute, Edge, EdgeTy, Graph, GraphAttributes, Id, Node, NodeId, Stmt, Subgraph, Vertex,
};
use graphviz_rust::printer::{DotPrinter, PrinterContext};

/// One node: a stable id (the entity id), the name shown, a tooltip and its kind.
#[derive(Debug, Clone, PartialEq)]
pub struct DiagramNode {
    /// DOT node id; also written as the SVG `id`.
    pub id: String,
    /// Text shown.
    pub label: String,
    /// Hover text (the entity id and anything worth knowing).
    pub tooltip: String,
    /// Decides the style.
    pub kind: NodeKind,
    /// Pinned position in points, for views laid out as a grid.
    pub pos: Option<(f64, f64)>,
    /// A table drawn instead of `label` (a Graphviz HTML-like label), for heatmaps.
    pub table: Option<Table>,
}

/// Rows of cells drawn as one node (Graphviz's HTML-like `<TABLE>` label): a heatmap
/// is one node, so no engine can move its cells apart.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Table {
    /// The rows, top to bottom; each a list of cells, left to right.
    pub rows: Vec<Vec<TableCell>>,
}

/// One cell of a [`Table`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TableCell {
    /// Text shown (escaped by the renderer).
    pub text: String,
    /// Background colour (`#rrggbb`), `None` for none.
    pub fill: Option<String>,
    /// White text, for a dark fill.
    pub light_text: bool,
    /// Bold text (row and column headings).
    pub bold: bool,
}

impl TableCell {
    /// A cell with plain text.
    pub fn text(text: String) -> Self {
        TableCell {
            text,
            ..TableCell::default()
        }
    }

    /// A heading cell: bold text.
    pub fn heading(text: String) -> Self {
        TableCell {
            text,
            bold: true,
            ..TableCell::default()
        }
    }
}

impl Table {
    /// The table as the inside of a Graphviz HTML-like label; every text and colour goes
    /// through [`html_text`], so no cell can close the table. Rows without cells are left
    /// out (Graphviz refuses an empty `<TR>`).
    fn markup(&self) -> String {
        let mut out = String::from(
            "<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"3\" COLOR=\"#FFFFFF\">",
        );
        for row in self.rows.iter().filter(|r| !r.is_empty()) {
            out.push_str("<TR>");
            for cell in row {
                out.push_str("<TD");
                if let Some(fill) = &cell.fill {
                    out.push_str(&format!(" BGCOLOR=\"{}\"", html_text(fill)));
                }
                out.push('>');
                let mut text = html_text(&cell.text);
                if cell.bold {
                    text = format!("<B>{text}</B>");
                }
                if cell.light_text {
                    text = format!("<FONT COLOR=\"#FFFFFF\">{text}</FONT>");
                }
                out.push_str(&text);
                out.push_str("</TD>");
            }
            out.push_str("</TR>");
        }
        out.push_str("</TABLE>");
        out
    }
}

impl DiagramNode {
    /// A node whose tooltip is its id.
    pub fn new(id: impl Into<String>, label: impl Into<String>, kind: NodeKind) -> Self {
        let id = id.into();
        DiagramNode {
            tooltip: id.clone(),
            id,
            label: label.into(),
            kind,
            pos: None,
            table: None,
        }
    }
}

/// One edge between two node ids.
#[derive(Debug, Clone, PartialEq)]
pub struct DiagramEdge {
    /// Source node id.
    pub from: String,
    /// Target node id.
    pub to: String,
    /// Decides the style.
    pub kind: EdgeKind,
    /// Line width overriding the style's (comembership weights).
    pub penwidth: Option<f64>,
    /// Hover text.
    pub tooltip: Option<String>,
    /// Layout weight (Graphviz `weight`), to keep some edges short and straight.
    pub weight: Option<u32>,
    /// Sides the edge leaves and enters by (`tailport`, `headport`: "e", "w"...).
    pub ports: Option<(&'static str, &'static str)>,
}

impl DiagramEdge {
    /// A plain edge of `kind`.
    pub fn new(from: impl Into<String>, to: impl Into<String>, kind: EdgeKind) -> Self {
        DiagramEdge {
            from: from.into(),
            to: to.into(),
            kind,
            penwidth: None,
            tooltip: None,
            weight: None,
            ports: None,
        }
    }
}

/// A box around some nodes (a regional group, a time slice).
#[derive(Debug, Clone, PartialEq)]
pub struct Cluster {
    /// Unique suffix of the subgraph id (`cluster_<key>`).
    pub key: String,
    /// Title shown on the box.
    pub label: String,
    /// Border colour.
    pub colour: &'static str,
    /// The nodes inside.
    pub nodes: Vec<DiagramNode>,
}

/// Everything one diagram shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagram {
    /// Graph id.
    pub name: String,
    /// Title printed above the drawing.
    pub title: String,
    /// Graphviz engine, written as the graph's `layout` attribute.
    pub layout: Layout,
    /// Extra graph attributes (rankdir, spacing, overlap...).
    pub graph_attrs: Attrs,
    /// Nodes outside clusters.
    pub nodes: Vec<DiagramNode>,
    /// Clusters, drawn in this order.
    pub clusters: Vec<Cluster>,
    /// Edges, drawn in this order.
    pub edges: Vec<DiagramEdge>,
    /// Sets of node ids kept on one rank (`rank=same`).
    pub same_rank: Vec<Vec<String>>,
}

impl Diagram {
    /// An empty diagram.
    pub fn new(name: &str, title: impl Into<String>, layout: Layout) -> Self {
        Diagram {
            name: name.to_string(),
            title: title.into(),
            layout,
            graph_attrs: Vec::new(),
            nodes: Vec::new(),
            clusters: Vec::new(),
            edges: Vec::new(),
            same_rank: Vec::new(),
        }
    }

    /// Every node, clusters included.
    pub fn all_nodes(&self) -> impl Iterator<Item = &DiagramNode> {
        self.nodes
            .iter()
            .chain(self.clusters.iter().flat_map(|c| c.nodes.iter()))
    }

    /// Adds invisible edges along `ids`, so the engine keeps them in this order.
    pub fn keep_order(&mut self, ids: &[String]) {
        for pair in ids.windows(2) {
            let mut e = DiagramEdge::new(pair[0].clone(), pair[1].clone(), EdgeKind::Order);
            e.weight = Some(10);
            self.edges.push(e);
        }
    }

    /// The diagram as a graphviz-rust AST: graph defaults, clusters, nodes, ranks,
    /// edges, then the legend.
    pub fn to_graph(&self) -> Graph {
        let mut stmts = vec![
            GraphAttributes::Graph(self.graph_defaults()).into(),
            GraphAttributes::Node(attributes(&[
                ("fontname", "Helvetica".into()),
                ("fontsize", "12".into()),
                ("margin", "0.14,0.05".into()),
            ]))
            .into(),
            GraphAttributes::Edge(attributes(&[
                ("fontname", "Helvetica".into()),
                ("fontsize", "10".into()),
            ]))
            .into(),
        ];
        for cluster in &self.clusters {
            stmts.push(cluster_stmt(cluster).into());
        }
        stmts.extend(self.nodes.iter().map(|n| Stmt::Node(node(n))));
        for (i, ids) in self.same_rank.iter().enumerate() {
            let mut rank = vec![Stmt::Attribute(Attribute(plain("rank"), id("same")))];
            rank.extend(
                ids.iter()
                    .map(|n| Stmt::Node(Node::new(NodeId(id(n), None), Vec::new()))),
            );
            stmts.push(
                Subgraph {
                    id: id(&format!("rank_{i}")),
                    stmts: rank,
                }
                .into(),
            );
        }
        stmts.extend(self.edges.iter().map(|e| Stmt::Edge(edge(e))));
        if let Some(legend) = self.legend() {
            stmts.push(legend.subgraph().into());
        }
        Graph::DiGraph {
            id: id(&self.name),
            strict: false,
            stmts,
        }
    }

    /// The diagram printed as DOT (deterministic: same diagram, same bytes).
    pub fn to_dot(&self) -> String {
        let mut dot = self.to_graph().print(&mut PrinterContext::default());
        dot.push('\n');
        dot
    }

    fn graph_defaults(&self) -> Vec<Attribute> {
        let mut pairs: Attrs = vec![
            ("layout", self.layout.as_str().into()),
            ("label", self.title.clone()),
            ("labelloc", "t".into()),
            ("fontname", "Helvetica".into()),
            ("fontsize", "20".into()),
            ("bgcolor", "#FFFFFF".into()),
            ("pad", "0.3".into()),
            ("newrank", "true".into()),
        ];
        pairs.extend(self.graph_attrs.iter().cloned());
        attributes(&pairs)
    }
}

/// An unquoted DOT keyword (attribute names are fixed strings of this module).
fn plain(name: &str) -> Id {
    Id::Plain(name.to_string())
}

fn attributes(pairs: &[(&'static str, String)]) -> Vec<Attribute> {
    pairs
        .iter()
        .map(|(k, v)| Attribute(plain(k), id(v)))
        .collect()
}

impl DiagramNode {
    /// The table drawn instead of the label, when it has a cell.
    pub(super) fn drawn_table(&self) -> Option<&Table> {
        self.table
            .as_ref()
            .filter(|t| t.rows.iter().any(|r| !r.is_empty()))
    }

    /// The pinned position in whole points, as DOT gets it (`{:.0}` rounds ties to even).
    pub(super) fn pinned(&self) -> Option<(f64, f64)> {
        self.pos
            .map(|(x, y)| (x.round_ties_even(), y.round_ties_even()))
    }

    /// The node's attributes but a table label and its position: the plain label, id,
    /// tooltip and the palette's style.
    pub(super) fn attrs(&self) -> Attrs {
        let mut pairs: Attrs = Vec::new();
        if self.drawn_table().is_none() {
            pairs.push(("label", self.label.clone()));
        }
        pairs.push(("id", self.id.clone()));
        pairs.push(("tooltip", self.tooltip.clone()));
        pairs.extend(self.kind.style().attrs());
        pairs
    }
}

fn node(n: &DiagramNode) -> Node {
    let mut pairs = n.attrs();
    if let Some((x, y)) = n.pinned() {
        pairs.push(("pos", format!("{x:.0},{y:.0}!")));
    }
    let mut attrs = attributes(&pairs);
    if let Some(t) = n.drawn_table() {
        attrs.insert(0, Attribute(plain("label"), html_label(&t.markup())));
    }
    Node::new(NodeId(id(&n.id), None), attrs)
}

impl DiagramEdge {
    /// The edge's attributes: the palette's style with this edge's width, weight,
    /// tooltip and ports.
    pub(super) fn attrs(&self) -> Attrs {
        let mut pairs = self.kind.style().attrs();
        if let Some(w) = self.penwidth {
            pairs.retain(|(k, _)| *k != "penwidth");
            pairs.push(("penwidth", format!("{w:.2}")));
        }
        if let Some(w) = self.weight {
            pairs.push(("weight", w.to_string()));
        }
        if let Some(t) = &self.tooltip {
            pairs.push(("tooltip", t.clone()));
        }
        if let Some((tail, head)) = self.ports {
            pairs.push(("tailport", tail.into()));
            pairs.push(("headport", head.into()));
        }
        pairs
    }
}

fn edge(e: &DiagramEdge) -> Edge {
    Edge {
        ty: EdgeTy::Pair(
            Vertex::N(NodeId(id(&e.from), None)),
            Vertex::N(NodeId(id(&e.to), None)),
        ),
        attributes: attributes(&e.attrs()),
    }
}

fn cluster_stmt(c: &Cluster) -> Subgraph {
    let mut stmts: Vec<Stmt> = attributes(&[
        ("label", c.label.clone()),
        ("style", "rounded".into()),
        ("color", c.colour.into()),
        ("penwidth", "2".into()),
        ("fontsize", "14".into()),
    ])
    .into_iter()
    .map(Stmt::Attribute)
    .collect();
    stmts.extend(c.nodes.iter().map(|n| Stmt::Node(node(n))));
    Subgraph {
        id: id(&format!("cluster_{}", c.key)),
        stmts,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_names_cannot_break_the_dot() {
        let mut d = Diagram::new("t", r#"title" } digraph {"#, Layout::Dot);
        d.nodes.push(DiagramNode::new(
            r#"evil" -> x [label="#,
            r#"evil" -> x [label=""#,
            NodeKind::Resolution,
        ));
        d.nodes
            .push(DiagramNode::new("b", "B\n<b>&", NodeKind::Report));
        d.edges.push(DiagramEdge::new(
            r#"evil" -> x [label="#,
            "b",
            EdgeKind::Produces,
        ));
        let dot = d.to_dot();
        let parsed = graphviz_rust::parse(&dot).expect("parses");
        let Graph::DiGraph { stmts, .. } = parsed else {
            panic!("digraph")
        };
        let nodes = stmts.iter().filter(|s| matches!(s, Stmt::Node(_))).count();
        let edges = stmts.iter().filter(|s| matches!(s, Stmt::Edge(_))).count();
        assert_eq!((nodes, edges), (2, 1), "{dot}");
    }

    #[test]
    fn table_cells_are_escaped_and_stay_one_label() {
        let mut d = Diagram::new("t", "t", Layout::Dot);
        let mut n = DiagramNode::new("m", "", NodeKind::Table);
        n.table = Some(Table {
            rows: vec![
                vec![TableCell::heading("</TD></TR></TABLE>> x".into())],
                vec![],
                vec![TableCell {
                    text: "a & \"b\"".into(),
                    fill: Some("#08306b".into()),
                    light_text: true,
                    bold: false,
                }],
            ],
        });
        d.nodes.push(n);
        let dot = d.to_dot();
        assert!(
            dot.contains("<B>&lt;/TD&gt;&lt;/TR&gt;&lt;/TABLE&gt;&gt; x</B>"),
            "{dot}"
        );
        assert!(
            dot.contains(
                "<TD BGCOLOR=\"#08306b\"><FONT COLOR=\"#FFFFFF\">a &amp; &quot;b&quot;</FONT></TD>"
            ),
            "{dot}"
        );
        assert_eq!(dot.matches("<TR>").count(), 2, "no empty row: {dot}");
        let parsed = graphviz_rust::parse(&dot).expect("parses");
        let Graph::DiGraph { stmts, .. } = parsed else {
            panic!("digraph")
        };
        let Some(Stmt::Node(node)) = stmts.iter().find(|s| matches!(s, Stmt::Node(_))) else {
            panic!("a node")
        };
        assert!(matches!(&node.attributes[0].1, Id::Html(h) if h.starts_with("<<TABLE")));
    }

    #[test]
    fn legend_has_one_sample_per_kind_used() {
        let mut d = Diagram::new("t", "t", Layout::Dot);
        d.nodes
            .push(DiagramNode::new("a", "A", NodeKind::Resolution));
        d.nodes
            .push(DiagramNode::new("a2", "A2", NodeKind::Resolution));
        d.nodes.push(DiagramNode::new("b", "B", NodeKind::Report));
        d.edges.push(DiagramEdge::new("a", "b", EdgeKind::Produces));
        d.keep_order(&["a".into(), "a2".into()]);
        let legend = d.legend().expect("legend").subgraph();
        let samples = legend
            .stmts
            .iter()
            .filter(|s| matches!(s, Stmt::Node(_)))
            .count();
        // Two node kinds, one edge kind drawn as a pair of nodes; order edges left out.
        assert_eq!(samples, 4);
    }
}
