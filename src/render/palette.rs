//! The one palette every diagram draws with: what each kind of node and edge looks like.
//!
//! Colours are the Okabe-Ito set (Okabe & Ito, "Color Universal Design", 2008), chosen
//! to stay distinct for the common forms of colour blindness. Colour is never the only
//! cue: every node kind has its own shape, each regional group its own border style and
//! each edge kind its own line style, so a greyscale print still separates them.

use crate::gazetteer::Region;
use crate::model::GroupKind;

/// Okabe-Ito colours by name.
mod okabe_ito {
    pub const ORANGE: &str = "#E69F00";
    pub const SKY_BLUE: &str = "#56B4E9";
    pub const BLUISH_GREEN: &str = "#009E73";
    pub const YELLOW: &str = "#F0E442";
    pub const BLUE: &str = "#0072B2";
    pub const VERMILLION: &str = "#D55E00";
    pub const REDDISH_PURPLE: &str = "#CC79A7";
    pub const BLACK: &str = "#000000";
}
use okabe_ito::*;

/// Neutral greys for documents and lines (they read the same in colour and greyscale).
const GREY_LINE: &str = "#555555";
const GREY_LIGHT: &str = "#E0E0E0";
const WHITE: &str = "#FFFFFF";

/// What a node in a diagram stands for; decides its shape and colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NodeKind {
    /// A state, with its UN regional group (`None`: in no group, or unknown).
    State(Option<Region>),
    /// A state that sat in a GGE or an OEWG, where a view tells them apart (votes): the
    /// colours and border of its regional group, in a box instead of an ellipse, so the
    /// shape, not a colour, says it sat.
    Member(Option<Region>),
    /// A GGE, an OEWG or the mechanism.
    Group(GroupKind),
    /// A General Assembly resolution.
    Resolution,
    /// A report.
    Report,
    /// A norm.
    Norm,
    /// A person (a chair).
    Person,
    /// A heading or axis label (a year, a row name): text only.
    Caption,
    /// A dot that only anchors a line (legend samples, grid lines).
    Anchor,
    /// A table drawn as the node's label (a heatmap): no shape of its own.
    Table,
}

/// What an edge in a diagram says; decides its line style, colour and arrow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EdgeKind {
    /// State sat in group, stated plainly.
    Member,
    /// State sat in group, only stated by sentences flagged unverified.
    MemberUnverified,
    /// Resolution established group.
    Establishes,
    /// Group produced report.
    Produces,
    /// Earlier group followed by later group.
    FollowedBy,
    /// Report set out norm.
    Articulates,
    /// Document reaffirmed norm.
    Reaffirms,
    /// State sponsored resolution.
    Sponsors,
    /// A national of the state chaired the group.
    Chaired,
    /// Two states sat together; width by weight.
    Comember,
    /// A state stayed from one group to the next.
    Stays,
    /// A state came back after missing one or more groups.
    Returns,
    /// A line of a grid drawn under a view (between the cells of the votes view): thin,
    /// light, never in the legend.
    Guide,
    /// Layout only: keeps an order, never drawn, never in the legend.
    Order,
}

/// Graphviz attributes, as (name, value) pairs.
pub type Attrs = Vec<(&'static str, String)>;

/// How a kind of node looks, typed: the DOT writer prints it as attributes
/// ([`NodeStyle::attrs`]) and the fallback renderer draws it from these fields.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct NodeStyle {
    /// Graphviz shape name (`ellipse`, `box`, `note`, `plain`, `point` ...).
    pub shape: &'static str,
    /// Graphviz style (`filled`, `filled,dashed` ...).
    pub style: Option<&'static str>,
    /// Fill colour.
    pub fill: Option<&'static str>,
    /// Label colour (black when `None`).
    pub font_colour: Option<&'static str>,
    /// Number of borders (2 for a double border).
    pub peripheries: Option<u8>,
    /// Label size in points (Graphviz's 14 when `None`).
    pub font_size: Option<f64>,
    /// Width in inches (the smallest, for points).
    pub width: Option<f64>,
}

impl NodeStyle {
    const fn shape(shape: &'static str) -> NodeStyle {
        NodeStyle {
            shape,
            style: None,
            fill: None,
            font_colour: None,
            peripheries: None,
            font_size: None,
            width: None,
        }
    }

    const fn filled(shape: &'static str, style: &'static str, fill: &'static str) -> NodeStyle {
        NodeStyle {
            style: Some(style),
            fill: Some(fill),
            ..NodeStyle::shape(shape)
        }
    }

    /// True when the style fills the shape.
    pub fn is_filled(&self) -> bool {
        self.style.is_some_and(|s| s.contains("filled"))
    }

    /// The DOT attributes: shape, style, fill, font colour, borders, font size, width.
    pub fn attrs(&self) -> Attrs {
        let mut a: Attrs = vec![("shape", self.shape.to_string())];
        let text = [
            ("style", self.style),
            ("fillcolor", self.fill),
            ("fontcolor", self.font_colour),
        ];
        a.extend(
            text.into_iter()
                .filter_map(|(k, v)| Some((k, v?.to_string()))),
        );
        a.extend(self.peripheries.map(|p| ("peripheries", p.to_string())));
        a.extend(self.font_size.map(|f| ("fontsize", f.to_string())));
        a.extend(self.width.map(|w| ("width", w.to_string())));
        a
    }
}

impl NodeKind {
    /// Shape, fill, border and font for this kind.
    pub fn style(self) -> NodeStyle {
        match self {
            NodeKind::State(region) | NodeKind::Member(region) => {
                let (fill, border) = region_style(region);
                let shape = if matches!(self, NodeKind::State(_)) {
                    "ellipse"
                } else {
                    "box"
                };
                NodeStyle {
                    peripheries: (region == Some(Region::WesternEuropeanOthers)).then_some(2),
                    ..NodeStyle::filled(shape, border, fill)
                }
            }
            NodeKind::Group(GroupKind::Gge) => NodeStyle {
                font_colour: Some(WHITE),
                ..NodeStyle::filled("box", "filled", BLUE)
            },
            NodeKind::Group(GroupKind::Oewg) => NodeStyle {
                // Black on vermillion: 5.4:1 (white would be 3.9:1, under WCAG's 4.5).
                font_colour: Some(BLACK),
                ..NodeStyle::filled("box", "filled,rounded", VERMILLION)
            },
            NodeKind::Group(GroupKind::Mechanism) => NodeStyle {
                font_colour: Some(WHITE),
                ..NodeStyle::filled("doubleoctagon", "filled", BLACK)
            },
            NodeKind::Resolution => NodeStyle::filled("note", "filled", WHITE),
            NodeKind::Report => NodeStyle::filled("folder", "filled", GREY_LIGHT),
            NodeKind::Norm => NodeStyle::filled("box", "filled,diagonals", WHITE),
            NodeKind::Person => NodeStyle::shape("plain"),
            NodeKind::Caption => NodeStyle {
                font_size: Some(14.0),
                ..NodeStyle::shape("plaintext")
            },
            NodeKind::Anchor => NodeStyle {
                width: Some(0.06),
                ..NodeStyle::shape("point")
            },
            NodeKind::Table => NodeStyle {
                font_size: Some(9.0),
                ..NodeStyle::shape("plain")
            },
        }
    }

    /// What the legend calls this kind.
    pub fn legend(self) -> String {
        match self {
            NodeKind::State(Some(region)) => {
                format!(
                    "State, {} Group ({})",
                    region.as_str(),
                    region.abbreviation()
                )
            }
            NodeKind::State(None) => "State in no regional group".into(),
            NodeKind::Member(_) => "Sat in a GGE or OEWG (box; fill: regional group)".into(),
            NodeKind::Group(GroupKind::Gge) => "Group of Governmental Experts".into(),
            NodeKind::Group(GroupKind::Oewg) => "Open-ended Working Group".into(),
            NodeKind::Group(GroupKind::Mechanism) => "Permanent mechanism".into(),
            NodeKind::Resolution => "General Assembly resolution".into(),
            NodeKind::Report => "Report".into(),
            NodeKind::Norm => "Norm (2015 report, para. 13)".into(),
            NodeKind::Person => "Person".into(),
            NodeKind::Caption | NodeKind::Anchor | NodeKind::Table => String::new(),
        }
    }

    /// Whether the legend shows this kind (captions explain themselves, a table has its
    /// own scale).
    pub fn in_legend(self) -> bool {
        !matches!(self, NodeKind::Caption | NodeKind::Anchor | NodeKind::Table)
    }

    /// The legend samples a node of this kind calls for: a member's box stands for two
    /// facts (its regional group, that it sat), so it asks for its group's sample and one
    /// neutral box, rather than a box per group.
    pub fn legend_kinds(self) -> Vec<NodeKind> {
        match self {
            NodeKind::Member(region) => vec![NodeKind::State(region), NodeKind::Member(None)],
            other => vec![other],
        }
    }
}

/// Fill and border style of a state of `region`: colour for those who see it, and a
/// border style per group (solid, dashed, dotted, bold, double) for those who do not.
fn region_style(region: Option<Region>) -> (&'static str, &'static str) {
    match region {
        Some(Region::African) => (ORANGE, "filled"),
        Some(Region::AsiaPacific) => (SKY_BLUE, "filled,dashed"),
        Some(Region::EasternEuropean) => (BLUISH_GREEN, "filled,dotted"),
        Some(Region::LatinAmericanCaribbean) => (YELLOW, "filled,bold"),
        Some(Region::WesternEuropeanOthers) => (REDDISH_PURPLE, "filled"),
        None => (WHITE, "filled"),
    }
}

/// A sequential ramp from white (`t = 0`) to dark blue (`t = 1`), for heatmaps: readable
/// in greyscale, since lightness falls with `t`; `t` is clamped to `[0, 1]`.
///
/// ```
/// use ggegraph::render::palette::sequential;
/// assert_eq!(sequential(0.0), "#f7fbff");
/// assert_eq!(sequential(1.0), "#08306b");
/// ```
pub fn sequential(t: f64) -> String {
    let t = t.clamp(0.0, 1.0);
    let (r0, g0, b0) = (247.0, 251.0, 255.0);
    let (r1, g1, b1) = (8.0, 48.0, 107.0);
    let mix = |a: f64, b: f64| (a + (b - a) * t).round() as u8;
    format!("#{:02x}{:02x}{:02x}", mix(r0, r1), mix(g0, g1), mix(b0, b1))
}

/// The colour of a regional group, for lines and cluster borders.
pub fn region_colour(region: Option<Region>) -> &'static str {
    match region {
        None => GREY_LINE,
        some => region_style(some).0,
    }
}

/// How a kind of edge looks, typed: the DOT writer prints it as attributes
/// ([`EdgeStyle::attrs`]) and the fallback renderer draws it from these fields.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct EdgeStyle {
    /// Line colour (Graphviz's black when `None`).
    pub colour: Option<&'static str>,
    /// No arrowhead (`dir=none`).
    pub undirected: bool,
    /// Graphviz style: `dashed`, `dotted`, `bold`, `invis`.
    pub style: Option<&'static str>,
    /// Line width in points.
    pub pen_width: Option<f64>,
    /// Graphviz arrowhead name.
    pub arrowhead: Option<&'static str>,
    /// Arrowhead scale.
    pub arrow_size: Option<f64>,
}

impl EdgeStyle {
    const fn line(colour: &'static str) -> EdgeStyle {
        EdgeStyle {
            colour: Some(colour),
            undirected: false,
            style: None,
            pen_width: None,
            arrowhead: None,
            arrow_size: None,
        }
    }

    const fn undirected(colour: &'static str) -> EdgeStyle {
        EdgeStyle {
            undirected: true,
            ..EdgeStyle::line(colour)
        }
    }

    const fn arrow(colour: &'static str, style: Option<&'static str>, head: &'static str) -> Self {
        EdgeStyle {
            style,
            arrowhead: Some(head),
            ..EdgeStyle::line(colour)
        }
    }

    /// True for an edge that only orders the layout and is never drawn.
    pub fn is_invisible(&self) -> bool {
        self.style == Some("invis")
    }

    /// The DOT attributes: colour, direction, style, width, arrowhead, arrow size.
    pub fn attrs(&self) -> Attrs {
        let mut a: Attrs = Vec::new();
        a.extend(self.colour.map(|c| ("color", c.to_string())));
        if self.undirected {
            a.push(("dir", "none".into()));
        }
        a.extend(self.style.map(|s| ("style", s.to_string())));
        a.extend(self.pen_width.map(|w| ("penwidth", w.to_string())));
        a.extend(self.arrowhead.map(|h| ("arrowhead", h.to_string())));
        a.extend(self.arrow_size.map(|s| ("arrowsize", s.to_string())));
        a
    }
}

impl EdgeKind {
    /// Line style, colour and arrow for this kind.
    pub fn style(self) -> EdgeStyle {
        match self {
            EdgeKind::Member => EdgeStyle::undirected(GREY_LINE),
            EdgeKind::MemberUnverified => EdgeStyle {
                style: Some("dashed"),
                ..EdgeStyle::undirected(GREY_LINE)
            },
            EdgeKind::Establishes => EdgeStyle::arrow(BLACK, None, "normal"),
            EdgeKind::Produces => EdgeStyle::arrow(BLUE, Some("bold"), "normal"),
            EdgeKind::FollowedBy => EdgeStyle {
                pen_width: Some(2.5),
                ..EdgeStyle::arrow(VERMILLION, Some("bold"), "vee")
            },
            EdgeKind::Articulates => EdgeStyle::arrow(BLACK, Some("bold"), "normal"),
            EdgeKind::Reaffirms => EdgeStyle {
                arrow_size: Some(0.7),
                ..EdgeStyle::arrow(BLUISH_GREEN, Some("dashed"), "empty")
            },
            EdgeKind::Sponsors => EdgeStyle::arrow(REDDISH_PURPLE, Some("dotted"), "normal"),
            EdgeKind::Chaired => EdgeStyle::arrow(VERMILLION, Some("bold"), "diamond"),
            EdgeKind::Comember => EdgeStyle::undirected("#55555599"),
            EdgeKind::Stays => EdgeStyle {
                pen_width: Some(3.0),
                ..EdgeStyle::undirected(GREY_LINE)
            },
            EdgeKind::Returns => EdgeStyle {
                style: Some("dotted"),
                ..EdgeStyle::undirected(GREY_LINE)
            },
            EdgeKind::Guide => EdgeStyle {
                pen_width: Some(1.0),
                ..EdgeStyle::undirected("#BBBBBB")
            },
            EdgeKind::Order => EdgeStyle {
                style: Some("invis"),
                ..EdgeStyle::default()
            },
        }
    }

    /// What the legend calls this kind.
    pub fn legend(self) -> &'static str {
        match self {
            EdgeKind::Member => "sat in",
            EdgeKind::MemberUnverified => "sat in (source flags it unverified)",
            EdgeKind::Establishes => "established",
            EdgeKind::Produces => "produced",
            EdgeKind::FollowedBy => "followed by",
            EdgeKind::Articulates => "set out",
            EdgeKind::Reaffirms => "reaffirmed in",
            EdgeKind::Sponsors => "sponsored",
            EdgeKind::Chaired => "a national chaired",
            EdgeKind::Comember => "sat together (wider: more)",
            EdgeKind::Stays => "stays in the next GGE",
            EdgeKind::Returns => "returns after a gap",
            EdgeKind::Guide | EdgeKind::Order => "",
        }
    }

    /// Whether the legend shows this kind.
    pub fn in_legend(self) -> bool {
        !matches!(self, EdgeKind::Guide | EdgeKind::Order)
    }
}
