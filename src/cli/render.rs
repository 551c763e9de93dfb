//! `ggegraph render VIEW`: a diagram as DOT, SVG or PNG.
//!
//! Exit codes: 2 for a bad view, state or option; 1 when Graphviz fails, or when PNG is
//! asked for and Graphviz is not installed (there is no PNG fallback).

use super::CorpusArgs;
use anyhow::Result;
use clap::Args;
use ggegraph::analysis::comembership::Weight;
use ggegraph::analysis::memberships::KindFilter;
use ggegraph::console::render::{self as draw, Image};
use ggegraph::render::{Layout, ViewOptions, views::ComembershipOptions};
use std::process::ExitCode;

/// Arguments of `render`.
#[derive(Debug, Args)]
pub struct RenderArgs {
    /// membership, comembership, timeline, continuity, norms, ego:STATE (ISO3 code or
    /// any name the gazetteer knows, e.g. ego:BRA), votes (states placed by their votes
    /// on two ballots: 73/27 against 73/266 when both are recorded, or name them:
    /// votes:73/27,73/266), or agreement (the group members' voting agreement as a
    /// heatmap). votes and agreement need --votes and --roll-calls, or votes in documents:
    /// ggegraph render votes:73/27,73/266 --votes un_votes.csv --roll-calls un_roll_calls.csv --format svg -o votes.svg
    #[arg(value_name = "VIEW")]
    view: String,
    #[command(flatten)]
    corpus: CorpusArgs,
    #[command(flatten)]
    votes: super::votes::VoteSource,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Image::Dot)]
    format: Image,
    #[command(flatten)]
    out: super::OutputFile,
    /// Layout engine (default: the view's own: neato for comembership and continuity,
    /// dot for the others).
    #[arg(long, value_enum)]
    layout: Option<Layout>,
    /// comembership: how a pair of states is weighted.
    #[arg(long, value_enum, default_value_t = Weight::Count)]
    weight: Weight,
    /// comembership: which groups count.
    #[arg(long, value_enum, default_value_t = KindFilter::All)]
    kind: KindFilter,
    /// comembership: draw pairs with at least this weight. Without --min-weight and
    /// --top: pairs that shared at least 4 groups (count), else the 100 heaviest pairs.
    #[arg(long, value_name = "X", value_parser = super::analyses::min_weight)]
    min_weight: Option<f64>,
    /// comembership: draw only the N heaviest pairs.
    #[arg(long, value_name = "N")]
    top: Option<usize>,
}

/// Runs `render`.
pub fn run(args: &RenderArgs) -> Result<ExitCode> {
    let options = ViewOptions {
        layout: args.layout,
        comembership: ComembershipOptions {
            weight: args.weight,
            kind: args.kind.group_kind(),
            min_weight: args.min_weight,
            top: args.top,
        },
    };
    let inputs = args.votes.add_to(args.corpus.inputs());
    draw::answer(&inputs, &args.view, &options, args.format, args.out.path())
}
