//! `ggegraph` turns documents about UN cyber diplomacy (the GGEs, the OEWGs, their
//! resolutions, reports and norms) into a typed graph with provenance, and answers
//! questions on it.
//!
//! Data flows one way: [`documents`] (files -> normalised text with positions) ->
//! [`extract`] (text -> claims with provenance) -> [`graph`] (claims -> typed petgraph
//! graph, merged, with conflicts) -> analyses, renderers, exports and the report.
//! [`corpus`] decides which documents a run reads; [`shard`] lets other processes or
//! machines read them and merges what they send back into the same graph.
#![deny(missing_docs)]

pub mod analysis;
pub mod atomic;
pub mod console;
pub mod corpus;
pub mod documents;
pub mod eval;
pub mod export;
pub mod extract;
pub mod gazetteer;
pub mod graph;
pub mod model;
pub mod printer;
pub mod render;
pub mod report;
pub mod scan;
pub mod shard;
pub mod synth;
pub mod terminal;
pub mod threads;
