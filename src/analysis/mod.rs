//! Questions asked of the graph: who sat together, who keeps coming back, who is
//! central, how balanced each group is, and one state's profile.

pub mod profile;
