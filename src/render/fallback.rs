//! SVG without Graphviz: a [`Diagram`], read as Graphviz reads its DOT, laid out by the
//! pure-Rust `layout-rs` crate (layered layout), or drawn at its pinned positions.
//!
//! What survives: nodes with their labels, fill and border colours, box or ellipse
//! shapes, edges with colour, width, dashes and arrows, and the rank direction; a diagram
//! whose every node is pinned (`pos="x,y!"`: continuity, votes) is drawn where its nodes
//! are pinned, edges as straight lines, without a layout. What does not: clusters, other
//! engines, font colours, tables (a heatmap shows its first row). Each node is one
//! `<g class="node" id="...">` element, so the output can be checked and styled.

use super::RenderError;
use super::diagram::{Diagram, DiagramEdge, DiagramNode, Table};
use super::escape::shown;
use super::palette::{EdgeStyle, NodeStyle};
use layout::backends::svg::SVGWriter;
use layout::core::base::Orientation;
use layout::core::color::Color;
use layout::core::format::{RenderBackend, Renderable};
use layout::core::geometry::Point;
use layout::core::style::{LineStyleKind, StyleAttr};
use layout::std_shapes::render::get_shape_size;
use layout::std_shapes::shapes::{Arrow, Element, LineEndKind, ShapeKind};
use layout::topo::layout::VisualGraph;
use std::collections::HashMap;

/// What the fallback draws of a declared node: the text it shows, its SVG id and the
/// palette's style, taken from the diagram's data (no DOT is printed or read back).
#[derive(Clone)]
struct NodeLook {
    label: String,
    id: String,
    style: NodeStyle,
}

/// What it draws of an edge: the palette's style with the edge's own width.
struct EdgeLook {
    from: String,
    to: String,
    style: EdgeStyle,
}

/// A diagram's nodes and edges as Graphviz reads its DOT: nodes in the order the DOT
/// names them (clusters, nodes, ranks, edges, legend), a node declared again taking its
/// new look, a name that only an edge or a rank gives drawn as a plain box.
#[derive(Default)]
struct Collected {
    order: Vec<String>,
    nodes: HashMap<String, Option<NodeLook>>,
    /// Pinned positions, in whole points (DOT's `pos="x,y!"`).
    pins: HashMap<String, (f64, f64)>,
    edges: Vec<EdgeLook>,
}

impl Collected {
    fn of(d: &Diagram) -> Self {
        let mut c = Collected::default();
        let clustered = d.clusters.iter().flat_map(|cluster| &cluster.nodes);
        for n in clustered.chain(&d.nodes) {
            c.declare(n);
        }
        for id in d.same_rank.iter().flatten() {
            c.node(shown(id), None, None);
        }
        for e in &d.edges {
            c.edge(e);
        }
        if let Some(legend) = d.legend() {
            for n in &legend.nodes {
                c.declare(n);
            }
            for (from, to, e) in &legend.edges {
                c.declare(from);
                c.declare(to);
                c.edge(e);
            }
            for e in &legend.order_edges() {
                c.edge(e);
            }
        }
        c
    }

    fn declare(&mut self, n: &DiagramNode) {
        let label = match n.drawn_table() {
            Some(t) => table_text(t),
            None => shown(&n.label),
        };
        let look = NodeLook {
            label,
            id: shown(&n.id),
            style: n.kind.style(),
        };
        self.node(shown(&n.id), Some(look), n.pinned());
    }

    fn node(&mut self, name: String, look: Option<NodeLook>, pin: Option<(f64, f64)>) {
        if let Some(pin) = pin {
            self.pins.insert(name.clone(), pin);
        }
        match self.nodes.get_mut(&name) {
            Some(existing) => {
                if look.is_some() {
                    *existing = look;
                }
            }
            None => {
                self.order.push(name.clone());
                self.nodes.insert(name, look);
            }
        }
    }

    fn edge(&mut self, e: &DiagramEdge) {
        let (from, to) = (shown(&e.from), shown(&e.to));
        self.node(from.clone(), None, None);
        self.node(to.clone(), None, None);
        let mut style = e.kind.style();
        if let Some(w) = e.penwidth {
            style.pen_width = Some(w);
        }
        self.edges.push(EdgeLook { from, to, style });
    }

    /// The look of node `name` (`None` for a name no declaration gives).
    fn look(&self, name: &str) -> Option<&NodeLook> {
        self.nodes.get(name).and_then(Option::as_ref)
    }
}

/// The text of a table (a heatmap): layout-rs draws no tables, so the fallback shows the
/// first row's cells and how many rows there are, which keeps a 40 x 40 heatmap one
/// readable box instead of a line of 1,600 values.
fn table_text(table: &Table) -> String {
    let rows: Vec<_> = table.rows.iter().filter(|r| !r.is_empty()).collect();
    let cells = rows.first().map_or(&[][..], |r| &r[..]);
    // A cell's text as Graphviz shows it (`escape::html_text`): a line break is a space.
    let words: Vec<String> = cells
        .iter()
        .map(|cell| shown(&cell.text).replace('\n', " ").trim().to_string())
        .filter(|w| !w.is_empty())
        .collect();
    let mut text = words.join(" ");
    if rows.len() > 1 {
        text.push_str(&format!(
            " (first of {} rows; Graphviz draws the table)",
            rows.len()
        ));
    }
    text
}

/// XML attribute value escaping for the `id` layout-rs writes verbatim into `<g ...>`.
fn xml_attr(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// `#rrggbb` mixed three parts in four with white (black text on it reads at more than
/// 7:1 for any colour), `None` for another notation.
fn lighten(hex: &str) -> Option<String> {
    let h = hex.strip_prefix('#').filter(|h| h.len() == 6)?;
    let channel = |i: usize| u8::from_str_radix(h.get(i..i + 2)?, 16).ok();
    let mix = |c: u8| (u16::from(c) + 3 * 255).div_ceil(4);
    Some(format!(
        "#{:02x}{:02x}{:02x}",
        mix(channel(0)?),
        mix(channel(2)?),
        mix(channel(4)?)
    ))
}

/// A colour by name or `#rrggbb`, `default` when there is none or layout-rs reads none.
fn colour(value: Option<&str>, default: &str) -> Color {
    Color::from_name(value.unwrap_or(default)).unwrap_or_else(|| Color::fast(default))
}

/// A line width as layout-rs draws it: whole points, at least one.
fn line_width(style: &EdgeStyle) -> usize {
    style.pen_width.map_or(1, |w| w.round().max(1.0) as usize)
}

/// One node as a layout-rs element. `pinned` (a drawing at pinned positions, where no
/// layout needs one-line labels) keeps line breaks, draws a `point` as a dot and text
/// shapes (`plaintext`, `plain`, `none`) without a border, as Graphviz does.
fn element(name: &str, look: Option<&NodeLook>, dir: Orientation, pinned: bool) -> Element {
    let mut label = look.map_or_else(|| name.to_string(), |l| l.label.clone());
    if !pinned {
        label = label.replace('\n', " ");
    }
    let style = look.map(|l| l.style).unwrap_or_default();
    let shape = match style.shape {
        "ellipse" | "circle" | "point" => ShapeKind::Circle(label),
        _ => ShapeKind::Box(label),
    };
    let font_size = style.font_size.map_or(12, |f| f.round() as usize);
    // layout-rs writes every label black: a fill meant for white text (the GGE blue, the
    // mechanism's black) is lightened so its black label stays readable.
    let white_text = style
        .font_colour
        .is_some_and(|c| c.eq_ignore_ascii_case("#ffffff") || c == "white");
    let fill = style.is_filled().then(|| match style.fill {
        Some(f) if white_text => {
            lighten(f).map_or_else(|| colour(style.fill, "lightgray"), |l| Color::fast(&l))
        }
        _ => colour(style.fill, "lightgray"),
    });
    let text_only = pinned && matches!(style.shape, "plaintext" | "plain" | "none");
    let line = if text_only {
        Color::transparent()
    } else {
        colour(None, "black")
    };
    let look_attr = StyleAttr::new(line, 1, fill, 0, font_size);
    let mut size = get_shape_size(dir.flip(), &shape, font_size, false);
    if pinned && style.shape == "point" {
        size = Point::new(5.0, 5.0);
    }
    let id = look.map_or(name, |l| l.id.as_str());
    Element::create_with_properties(
        shape,
        look_attr,
        dir.flip(),
        size,
        format!("class=\"node\" id=\"{}\"", xml_attr(id)),
    )
}

fn arrow(style: &EdgeStyle) -> Arrow {
    let line = match style.style {
        Some("dashed") => LineStyleKind::Dashed,
        Some("dotted") => LineStyleKind::Dotted,
        _ => LineStyleKind::Normal,
    };
    let end = if style.undirected {
        LineEndKind::None
    } else {
        LineEndKind::Arrow
    };
    let look = StyleAttr::new(
        colour(style.colour, "black"),
        line_width(style),
        None,
        0,
        10,
    );
    Arrow::new(LineEndKind::None, end, line, "", &look, &None, &None)
}

/// Lays `diagram` out with layout-rs (or draws it at its pinned positions) and returns
/// the SVG text.
///
/// # Errors
/// [`RenderError::Fallback`] when the layout engine fails.
pub fn svg(diagram: &Diagram) -> Result<String, RenderError> {
    let c = Collected::of(diagram);
    let rankdir = diagram
        .graph_attrs
        .iter()
        .rev()
        .find(|(k, _)| *k == "rankdir");
    let dir = match rankdir.map(|(_, v)| v.as_str()) {
        Some("LR") => Orientation::LeftToRight,
        _ => Orientation::TopToBottom,
    };
    if let Some(pinned) = pinned_positions(&c) {
        return Ok(sorted_styles(draw_pinned(&c, &pinned)));
    }
    let mut vg = VisualGraph::new(dir);
    let mut handles = HashMap::new();
    for name in &c.order {
        let node = element(name, c.look(name), dir, false);
        handles.insert(name.clone(), vg.add_node(node));
    }
    for e in c.edges.iter().filter(|e| !e.style.is_invisible()) {
        if let (Some(&f), Some(&t)) = (handles.get(&e.from), handles.get(&e.to)) {
            vg.add_edge(arrow(&e.style), f, t);
        }
    }
    // layout-rs asserts on graphs it cannot place; keep a panic from taking the run down.
    let result = std::panic::catch_unwind(move || {
        let mut writer = SVGWriter::new();
        vg.do_it(false, false, false, &mut writer);
        writer.finalize()
    });
    result
        .map(sorted_styles)
        .map_err(|_| RenderError::Fallback("the layout engine gave up on this graph".into()))
}

/// Every node's pinned position (`pos="x,y!"`, points, y up), when every node has one;
/// `None` for a diagram the layout engine places.
fn pinned_positions(c: &Collected) -> Option<HashMap<String, (f64, f64)>> {
    if c.order.is_empty() {
        return None;
    }
    c.order
        .iter()
        .map(|name| Some((name.clone(), *c.pins.get(name)?)))
        .collect()
}

/// Space left around a pinned drawing, in points.
const PINNED_MARGIN: f64 = 20.0;

/// Draws a diagram at its pinned positions: edges first (straight lines between node
/// centres), then the nodes in the DOT's order; y flipped (DOT's y runs up, SVG's down)
/// and everything moved so the leftmost and topmost shapes sit at the margin.
fn draw_pinned(c: &Collected, pinned: &HashMap<String, (f64, f64)>) -> String {
    let mut elements: Vec<(String, Element)> = c
        .order
        .iter()
        .filter_map(|name| {
            let &(x, y) = pinned.get(name)?;
            let mut e = element(name, c.look(name), Orientation::TopToBottom, true);
            e.pos.move_to(Point::new(x, -y));
            Some((name.clone(), e))
        })
        .collect();
    let (left, top) = elements
        .iter()
        .fold((f64::INFINITY, f64::INFINITY), |acc, (_, e)| {
            let corner = e.pos.bbox(false).0;
            (acc.0.min(corner.x), acc.1.min(corner.y))
        });
    let shift = Point::new(PINNED_MARGIN - left, PINNED_MARGIN - top);
    for (_, e) in &mut elements {
        let centre = e.pos.center().add(shift);
        e.pos.move_to(centre);
    }
    let centres: HashMap<&str, Point> = elements
        .iter()
        .map(|(name, e)| (name.as_str(), e.pos.center()))
        .collect();
    let mut writer = SVGWriter::new();
    for e in c.edges.iter().filter(|e| !e.style.is_invisible()) {
        let ends = (centres.get(e.from.as_str()), centres.get(e.to.as_str()));
        if let (Some(&f), Some(&t)) = ends {
            let width = line_width(&e.style);
            let look = StyleAttr::new(colour(e.style.colour, "black"), width, None, 0, 10);
            writer.draw_line(f, t, &look, None);
        }
    }
    for (_, e) in &elements {
        e.render(false, &mut writer);
    }
    writer.finalize()
}

/// layout-rs writes one CSS rule per font size from a hash map, in an order that changes
/// from run to run; sorting the rules makes the same DOT give the same bytes.
fn sorted_styles(svg: String) -> String {
    let Some(open) = svg.find("<style>") else {
        return svg;
    };
    let body_start = open + "<style>".len();
    let Some(len) = svg[body_start..].find("</style>") else {
        return svg;
    };
    let body = &svg[body_start..body_start + len];
    let mut rules: Vec<&str> = body.lines().filter(|l| !l.trim().is_empty()).collect();
    rules.sort_unstable();
    let mut out = String::with_capacity(svg.len());
    out.push_str(&svg[..body_start]);
    out.push('\n');
    for rule in rules {
        out.push_str(rule);
        out.push('\n');
    }
    out.push_str(&svg[body_start + len..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::Layout;
    use crate::render::diagram::TableCell;
    use crate::render::palette::{EdgeKind, NodeKind};

    #[test]
    fn a_table_label_becomes_its_first_row() {
        let cell = |text: &str| TableCell::text(text.into());
        let one_row = Table {
            rows: vec![vec![
                TableCell::heading("BRA".into()),
                cell("0.50 & <x>"),
                cell(" "),
            ]],
        };
        assert_eq!(table_text(&one_row), "BRA 0.50 & <x>");
        let two_rows = Table {
            rows: vec![vec![], vec![cell("a\tb\u{1}")], vec![cell("c")]],
        };
        assert_eq!(
            table_text(&two_rows),
            "a b (first of 2 rows; Graphviz draws the table)"
        );
    }

    #[test]
    fn pinned_nodes_stay_where_they_are_pinned() {
        let mut d = Diagram::new("t", "t", Layout::Neato);
        for (id, pos) in [("a", (0.0, 0.0)), ("b", (300.0, -100.0))] {
            let mut n = DiagramNode::new(id, id.to_uppercase(), NodeKind::Caption);
            n.pos = Some(pos);
            d.nodes.push(n);
        }
        d.edges.push(DiagramEdge::new("a", "b", EdgeKind::Guide));
        let out = svg(&d).expect("draws");
        let centre = |id: &str| {
            let at = out.find(&format!("id=\"{id}\"")).expect("node");
            let text = &out[at..];
            let x = text.split("x=\"").nth(1).and_then(|t| t.split('"').next());
            x.and_then(|x| x.parse::<f64>().ok()).expect("x")
        };
        // b is 300 points right of a (boxes of one size: their left sides too).
        assert!((centre("b") - centre("a") - 300.0).abs() < 1e-6, "{out}");
        assert!(out.contains("<line"), "the edge is a line");
        assert_eq!(out.matches("class=\"node\"").count(), 2);
    }

    /// Three font sizes (a resolution's 12, a caption's 14, a table's 9) give layout-rs
    /// six ways to order its style rules.
    #[test]
    fn same_diagram_gives_the_same_svg() {
        let mut d = Diagram::new("t", "t", Layout::Dot);
        d.nodes
            .push(DiagramNode::new("a", "A", NodeKind::Resolution));
        d.nodes.push(DiagramNode::new("b", "B", NodeKind::Caption));
        d.nodes.push(DiagramNode::new("c", "C", NodeKind::Table));
        d.edges.push(DiagramEdge::new("a", "b", EdgeKind::Produces));
        d.edges.push(DiagramEdge::new("b", "c", EdgeKind::Produces));
        let first = svg(&d).expect("lays out");
        for _ in 0..20 {
            assert_eq!(svg(&d).expect("lays out"), first);
        }
        let style =
            &first[first.find("<style>").expect("style")..first.find("</style>").expect("end")];
        let rules: Vec<&str> = style.lines().skip(1).collect();
        assert!(rules.len() >= 3, "{style}");
        let mut sorted = rules.clone();
        sorted.sort_unstable();
        assert_eq!(rules, sorted);
    }
}
