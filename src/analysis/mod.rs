//! Questions asked of the graph: who sat together, who keeps coming back, who is
//! central, how balanced each group is, one state's profile, and who voted how.
//!
//! Every analysis is a free function over [`memberships::Memberships`] (the state x group
//! relation with interned ids), so the same code answers for the bundled corpus and for a
//! user's CSV file. Each documents its formula; where NetworkX has the same measure, the
//! doc names the call it matches.

pub mod agreement;
pub mod centrality;
pub mod cluster;
pub mod comembership;
pub mod continuity;
pub mod memberships;
pub mod profile;
pub mod regions;
pub mod rollcalls;
pub mod sat_and_voted;
pub mod votes;

pub use memberships::{MembershipError, MembershipGroup, Memberships};
pub use rollcalls::{RollCallError, RollCalls, Vote};
pub use votes::{VoteCounts, Votes};
