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

/// Graphviz attributes of one node or edge style, as (name, value) pairs.
pub type Attrs = Vec<(&'static str, String)>;

fn attrs(pairs: &[(&'static str, &str)]) -> Attrs {
    pairs.iter().map(|(k, v)| (*k, (*v).to_string())).collect()
}

impl NodeKind {
    /// Shape, fill, border and font for this kind.
    pub fn style(self) -> Attrs {
        match self {
            NodeKind::State(region) => {
                let (fill, border) = region_style(region);
                let mut a = attrs(&[("shape", "ellipse"), ("style", border), ("fillcolor", fill)]);
                if region == Some(Region::WesternEuropeanOthers) {
                    a.push(("peripheries", "2".into()));
                }
                a
            }
            NodeKind::Member(region) => {
                let (fill, border) = region_style(region);
                let mut a = attrs(&[("shape", "box"), ("style", border), ("fillcolor", fill)]);
                if region == Some(Region::WesternEuropeanOthers) {
                    a.push(("peripheries", "2".into()));
                }
                a
            }
            NodeKind::Group(GroupKind::Gge) => attrs(&[
                ("shape", "box"),
                ("style", "filled"),
                ("fillcolor", BLUE),
                ("fontcolor", WHITE),
            ]),
            NodeKind::Group(GroupKind::Oewg) => attrs(&[
                ("shape", "box"),
                ("style", "filled,rounded"),
                ("fillcolor", VERMILLION),
                // Black on vermillion: 5.4:1 (white would be 3.9:1, under WCAG's 4.5).
                ("fontcolor", BLACK),
            ]),
            NodeKind::Group(GroupKind::Mechanism) => attrs(&[
                ("shape", "doubleoctagon"),
                ("style", "filled"),
                ("fillcolor", BLACK),
                ("fontcolor", WHITE),
            ]),
            NodeKind::Resolution => {
                attrs(&[("shape", "note"), ("style", "filled"), ("fillcolor", WHITE)])
            }
            NodeKind::Report => attrs(&[
                ("shape", "folder"),
                ("style", "filled"),
                ("fillcolor", GREY_LIGHT),
            ]),
            NodeKind::Norm => attrs(&[
                ("shape", "box"),
                ("style", "filled,diagonals"),
                ("fillcolor", WHITE),
            ]),
            NodeKind::Person => attrs(&[("shape", "plain")]),
            NodeKind::Caption => attrs(&[("shape", "plaintext"), ("fontsize", "14")]),
            NodeKind::Anchor => attrs(&[("shape", "point"), ("width", "0.06")]),
            NodeKind::Table => attrs(&[("shape", "plain"), ("fontsize", "9")]),
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

impl EdgeKind {
    /// Line style, colour and arrow for this kind.
    pub fn style(self) -> Attrs {
        match self {
            EdgeKind::Member => attrs(&[("color", GREY_LINE), ("dir", "none")]),
            EdgeKind::MemberUnverified => {
                attrs(&[("color", GREY_LINE), ("dir", "none"), ("style", "dashed")])
            }
            EdgeKind::Establishes => attrs(&[("color", BLACK), ("arrowhead", "normal")]),
            EdgeKind::Produces => {
                attrs(&[("color", BLUE), ("style", "bold"), ("arrowhead", "normal")])
            }
            EdgeKind::FollowedBy => attrs(&[
                ("color", VERMILLION),
                ("style", "bold"),
                ("penwidth", "2.5"),
                ("arrowhead", "vee"),
            ]),
            EdgeKind::Articulates => {
                attrs(&[("color", BLACK), ("style", "bold"), ("arrowhead", "normal")])
            }
            EdgeKind::Reaffirms => attrs(&[
                ("color", BLUISH_GREEN),
                ("style", "dashed"),
                ("arrowhead", "empty"),
                ("arrowsize", "0.7"),
            ]),
            EdgeKind::Sponsors => attrs(&[
                ("color", REDDISH_PURPLE),
                ("style", "dotted"),
                ("arrowhead", "normal"),
            ]),
            EdgeKind::Chaired => attrs(&[
                ("color", VERMILLION),
                ("style", "bold"),
                ("arrowhead", "diamond"),
            ]),
            EdgeKind::Comember => attrs(&[("color", "#55555599"), ("dir", "none")]),
            EdgeKind::Stays => attrs(&[("color", GREY_LINE), ("dir", "none"), ("penwidth", "3")]),
            EdgeKind::Returns => {
                attrs(&[("color", GREY_LINE), ("dir", "none"), ("style", "dotted")])
            }
            EdgeKind::Guide => attrs(&[("color", "#BBBBBB"), ("dir", "none"), ("penwidth", "1")]),
            EdgeKind::Order => attrs(&[("style", "invis")]),
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
