//! Diagrams of the graph: each view (membership, comembership, timeline, continuity,
//! norms, one state's ego network, how states voted on two ballots, their voting
//! agreement) as DOT built with graphviz-rust's AST, and SVG or PNG
//! through Graphviz's `dot` when it is installed, or SVG through the pure-Rust
//! `layout-rs` fallback when it is not.
//!
//! A view only decides which nodes, edges and clusters to show ([`views`]); one renderer
//! ([`diagram::Diagram::to_dot`]) styles them from one palette ([`palette`]), adds a
//! legend and quotes every id and label through one function ([`escape::quote`]).
//! Not for analyses (they live in `analysis`) nor for the HTML report.
//!
//! ```
//! use ggegraph::corpus::{Corpus, CorpusOptions};
//! use ggegraph::render::{View, ViewOptions, view_dot};
//! let corpus = Corpus::load(&CorpusOptions::default());
//! let dot = view_dot(&corpus.graph, &View::Timeline, &ViewOptions::default()).unwrap();
//! assert!(dot.starts_with("digraph \"timeline\""));
//! ```

pub mod diagram;
pub mod escape;
mod exec;
mod fallback;
pub mod palette;
pub mod views;

pub use exec::{Renderer, graphviz_available, to_png, to_svg};

use crate::gazetteer::{self, State};
use crate::graph::Graph;
use crate::model::EntityId;
use std::fmt;
use std::str::FromStr;

/// A Graphviz layout engine. Also the command line's `--layout` values: the first
/// paragraph of each variant's doc is its `--help` text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum Layout {
    /// Layered.
    ///
    /// For hierarchies, time running one way.
    Dot,
    /// Spring model.
    ///
    /// For small undirected networks.
    Neato,
    /// Force-directed, with clusters.
    Fdp,
    /// Force-directed, large graphs.
    Sfdp,
    /// Circular.
    Circo,
}

impl Layout {
    /// Every engine.
    pub const ALL: [Layout; 5] = [
        Layout::Dot,
        Layout::Neato,
        Layout::Fdp,
        Layout::Sfdp,
        Layout::Circo,
    ];

    /// The engine's name, as `dot -K` takes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Layout::Dot => "dot",
            Layout::Neato => "neato",
            Layout::Fdp => "fdp",
            Layout::Sfdp => "sfdp",
            Layout::Circo => "circo",
        }
    }
}

impl fmt::Display for Layout {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Layout {
    type Err = RenderError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Layout::ALL
            .into_iter()
            .find(|l| l.as_str() == s)
            .ok_or_else(|| RenderError::UnknownLayout(s.to_string()))
    }
}

/// What a diagram shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum View {
    /// States and the groups they sat in, states clustered by regional group, groups in
    /// time order.
    Membership,
    /// States linked by the groups they shared, line width by weight.
    Comembership,
    /// The processes in time order with the resolutions that established them, the
    /// reports they produced and who followed whom.
    Timeline,
    /// Successive GGEs as columns, states as rows, lines where a state stays.
    Continuity,
    /// The norms of the 2015 report and where each was reaffirmed.
    Norms,
    /// One state: its groups, co-members, chairs and sponsorships.
    Ego(&'static State),
    /// States placed by their votes on two ballots (columns, rows), coloured by regional
    /// group, those that sat in a GGE or OEWG marked; `None`: A/RES/73/27 against
    /// A/RES/73/266 when both are recorded (see [`views::default_pair`]).
    Votes(Option<(EntityId, EntityId)>),
    /// The voting agreement of the group members as a heatmap, in clustering order.
    Agreement,
}

impl View {
    /// The name used on the command line (`ego:BRA` for an ego view).
    pub fn name(&self) -> String {
        match self {
            View::Membership => "membership".into(),
            View::Comembership => "comembership".into(),
            View::Timeline => "timeline".into(),
            View::Continuity => "continuity".into(),
            View::Norms => "norms".into(),
            View::Ego(state) => format!("ego:{}", state.iso3),
            View::Votes(None) => "votes".into(),
            View::Votes(Some((x, y))) => format!("votes:{x},{y}"),
            View::Agreement => "agreement".into(),
        }
    }
}

impl FromStr for View {
    type Err = RenderError;
    /// `membership`, `comembership`, `timeline`, `continuity`, `norms`, `ego:XXX` with
    /// an ISO3 code or any name [`gazetteer::resolve`] knows, `votes`, `votes:X,Y` with
    /// two ballots (`73/27`, `R/73/27`, `A/RES/73/27`), or `agreement`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if let Some(state) = s.strip_prefix("ego:") {
            return gazetteer::resolve(state)
                .map(View::Ego)
                .map_err(RenderError::UnknownState);
        }
        if let Some(pair) = s.strip_prefix("votes:") {
            return views::parse_pair(pair).map(|p| View::Votes(Some(p)));
        }
        match s {
            "membership" => Ok(View::Membership),
            "comembership" => Ok(View::Comembership),
            "timeline" => Ok(View::Timeline),
            "continuity" => Ok(View::Continuity),
            "norms" => Ok(View::Norms),
            "votes" => Ok(View::Votes(None)),
            "agreement" => Ok(View::Agreement),
            other => Err(RenderError::UnknownView(other.to_string())),
        }
    }
}

/// How to draw a view.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ViewOptions {
    /// Layout engine; `None` takes the view's own (see [`views::default_layout`]).
    pub layout: Option<Layout>,
    /// Comembership only: the options of the analysis (weighting, minimum weight,
    /// which kinds of group count).
    pub comembership: views::ComembershipOptions,
}

/// Why a diagram could not be made.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    /// The view name is none of the known ones.
    #[error(
        "unknown view {0:?}: expected membership, comembership, timeline, continuity, norms, ego:STATE, votes[:X,Y] or agreement"
    )]
    UnknownView(String),
    /// `ego:XXX` names no state the gazetteer knows, or a name that fits several.
    #[error("ego view: {0}")]
    UnknownState(gazetteer::LookupError),
    /// The layout name is none of Graphviz's engines.
    #[error("unknown layout {0:?}: expected dot, neato, fdp, sfdp or circo")]
    UnknownLayout(String),
    /// An option of the view is out of range.
    #[error("invalid option: {0}")]
    InvalidOption(String),
    /// Graphviz ran and failed.
    #[error("graphviz `dot -K{layout} -T{format}` failed ({status}): {stderr}")]
    Graphviz {
        /// Engine used.
        layout: String,
        /// Output format asked for.
        format: &'static str,
        /// Exit status.
        status: String,
        /// What `dot` printed on stderr.
        stderr: String,
    },
    /// Graphviz is needed (PNG) but not installed.
    #[error(
        "PNG output needs Graphviz (`dot` not found on PATH); install graphviz or use --format svg"
    )]
    GraphvizMissing,
    /// Running `dot` failed before it could report anything.
    #[error("cannot run graphviz `dot`: {0}")]
    Spawn(#[source] std::io::Error),
    /// The pure-Rust fallback could not lay the diagram out.
    #[error("SVG fallback (layout-rs) failed: {0}")]
    Fallback(String),
}

/// The DOT text of `view` on `graph`.
///
/// Deterministic: the same graph and options give byte-identical DOT.
///
/// # Errors
/// [`RenderError::InvalidOption`] when an option is out of range.
pub fn view_dot(graph: &Graph, view: &View, options: &ViewOptions) -> Result<String, RenderError> {
    Ok(views::diagram(graph, view, options)?.to_dot())
}

/// Every view worth drawing for `graph`, with its file-friendly name: the five whole-graph
/// views, the ego view of every state that chaired a group, then the votes and agreement
/// views when the graph has the votes they need.
pub fn all_views(graph: &Graph) -> Vec<(String, View)> {
    let mut out: Vec<(String, View)> = [
        View::Membership,
        View::Comembership,
        View::Timeline,
        View::Continuity,
        View::Norms,
    ]
    .into_iter()
    .map(|v| (v.name(), v))
    .collect();
    let mut chairs: Vec<&'static State> = graph
        .groups()
        .iter()
        .flat_map(|g| g.chairs.iter().filter_map(|c| c.state.as_ref()))
        .filter_map(|id| id.iso3().and_then(gazetteer::state_by_iso3))
        .collect();
    chairs.sort_by_key(|s| s.iso3);
    chairs.dedup_by_key(|s| s.iso3);
    out.extend(
        chairs
            .into_iter()
            .map(|s| (format!("ego-{}", s.iso3), View::Ego(s))),
    );
    out.extend(views::vote_views(graph));
    out
}
