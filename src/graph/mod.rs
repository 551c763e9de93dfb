//! Claims -> typed graph.
