//! One state's record: the groups it sat in, the chairs its nationals held, the
//! resolutions it sponsored, each with the provenance that states it; and where it
//! stands among the others: its co-members, its longest run of GGEs, its degree rank.

use super::centrality::{WeightedGraph, degree_centrality, ranks};
use super::comembership::{Weight, comembership};
use super::continuity::longest_streak;
use super::memberships::Memberships;
use crate::gazetteer::State;
use crate::graph::Graph;
use crate::model::{EntityId, GroupKind, Provenance, Relation, Status};
use serde::Serialize;

/// A fact in a profile: the entity it links to and where it is stated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProfileFact {
    /// The group, resolution or person.
    pub id: EntityId,
    /// Its display name.
    pub name: String,
    /// Whether any document states it plainly.
    pub status: Status,
    /// Where it is stated.
    pub provenance: Vec<Provenance>,
}

/// A state's participation, chairs and sponsorships.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StateProfile {
    /// `state:BRA`.
    pub id: EntityId,
    /// UN short name.
    pub name: String,
    /// UN regional group.
    pub region: Option<&'static str>,
    /// Groups the state sat in, in time order.
    pub groups: Vec<ProfileFact>,
    /// Groups chaired by a person acting for the state (`id` is the group).
    pub chairs: Vec<ProfileFact>,
    /// Resolutions the state introduced or sponsored.
    pub sponsorships: Vec<ProfileFact>,
    /// States that sat in a group with it, by shared groups, then Jaccard (both
    /// descending), then id.
    pub co_members: Vec<CoMember>,
    /// Most GGEs in a row (consecutive in time order) the state sat in.
    pub longest_streak: usize,
    /// Degree centrality in the co-membership graph of every group with a member list
    /// (`null` when the state sat in none).
    pub degree_centrality: Option<f64>,
    /// Competition rank (1 = most co-members) by that degree centrality.
    pub degree_rank: Option<usize>,
}

/// A state that sat in a group with the profiled one.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CoMember {
    /// `state:CHN`.
    pub id: EntityId,
    /// Groups both sat in.
    pub count: u32,
    /// Shared groups / groups either sat in.
    pub jaccard: f64,
}

/// Where one state stands among the others, from memberships alone.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Standing {
    /// See [`StateProfile::co_members`].
    pub co_members: Vec<CoMember>,
    /// See [`StateProfile::longest_streak`].
    pub longest_streak: usize,
    /// See [`StateProfile::degree_centrality`].
    pub degree_centrality: Option<f64>,
    /// See [`StateProfile::degree_rank`].
    pub degree_rank: Option<usize>,
}

/// The co-members, GGE streak and degree rank of `state` in `m` (empty when `m` does not
/// name it).
///
/// Formula: co-members ranked by |N(s) ∩ N(v)|, then |∩| / |∪|; streak over the GGEs of
/// `m` in time order; degree centrality deg/(n - 1) on the co-membership graph of all of
/// `m`, competition-ranked.
///
/// # Errors
/// None.
///
/// # Complexity
/// O(Σ_g |g|² + S log S).
///
/// # Example
/// ```
/// use ggegraph::analysis::memberships::{MembershipGroup, Memberships};
/// use ggegraph::analysis::profile::standing;
/// use ggegraph::model::EntityId;
/// let rows = [("BRA", "gge-2014-2015"), ("CHN", "gge-2014-2015"), ("CHN", "gge-2016-2017")];
/// let m = Memberships::from_rows(rows.map(|(s, g)| (EntityId::state(s), MembershipGroup::from_id(g))));
/// let s = standing(&m, "state:CHN");
/// assert_eq!((s.longest_streak, s.co_members[0].count, s.co_members[0].jaccard), (2, 1, 0.5));
/// ```
pub fn standing(m: &Memberships, state: &str) -> Standing {
    match m.state_index(state) {
        Some(u) => Ranking::new(m).standing(m, u),
        None => Standing::none(),
    }
}

/// [`standing`] of every state of `m`, in the order of `m.states`: the co-membership
/// edges, GGE rows and degree ranks are computed once for all (a report's state pages
/// ask for every state).
///
/// # Complexity
/// O(Σ_g |g|² + E + S log S) for all states together, E the co-membership edges.
pub fn standings(m: &Memberships) -> Vec<Standing> {
    let ranking = Ranking::new(m);
    (0..m.states.len() as u32)
        .map(|u| ranking.standing(m, u))
        .collect()
}

impl Standing {
    fn none() -> Standing {
        Standing {
            co_members: Vec::new(),
            longest_streak: 0,
            degree_centrality: None,
            degree_rank: None,
        }
    }
}

/// What [`standing`] needs of all of `m`, computed once.
struct Ranking {
    /// Co-membership edges by state: (other state, shared, Jaccard).
    neighbours: Vec<Vec<(u32, u32, f64)>>,
    gge: Memberships,
    gge_rows: crate::analysis::memberships::Adjacency,
    degree: Vec<f64>,
    ranks: Vec<usize>,
}

impl Ranking {
    fn new(m: &Memberships) -> Ranking {
        let edges = comembership(m, Weight::Jaccard);
        let mut neighbours = vec![Vec::new(); m.states.len()];
        for e in &edges {
            if let Some(n) = neighbours.get_mut(e.source as usize) {
                n.push((e.target, e.shared, e.weight));
            }
            if let Some(n) = neighbours.get_mut(e.target as usize) {
                n.push((e.source, e.shared, e.weight));
            }
        }
        let gge = m.filter_kind(GroupKind::Gge);
        let gge_rows = gge.groups_by_state();
        let degree = degree_centrality(&WeightedGraph::from_edges(m.states.len(), &edges));
        let ranks = ranks(&degree);
        Ranking {
            neighbours,
            gge,
            gge_rows,
            degree,
            ranks,
        }
    }

    fn standing(&self, m: &Memberships, u: u32) -> Standing {
        let mut co_members: Vec<CoMember> = self
            .neighbours
            .get(u as usize)
            .map(|n| n.as_slice())
            .unwrap_or_default()
            .iter()
            .map(|&(other, count, jaccard)| CoMember {
                id: m.states[other as usize].clone(),
                count,
                jaccard,
            })
            .collect();
        co_members.sort_by(|a, b| {
            b.count
                .cmp(&a.count)
                .then(b.jaccard.total_cmp(&a.jaccard))
                .then_with(|| a.id.cmp(&b.id))
        });
        let state = m.states[u as usize].as_str();
        let longest = self
            .gge
            .state_index(state)
            .map_or(0, |s| longest_streak(self.gge_rows.row(s as usize)));
        Standing {
            co_members,
            longest_streak: longest,
            degree_centrality: self.degree.get(u as usize).copied(),
            degree_rank: self.ranks.get(u as usize).copied(),
        }
    }
}

/// The profile of `state` in `graph` (empty lists when the graph never names it).
pub fn state_profile(graph: &Graph, state: &State) -> StateProfile {
    let id = EntityId::state(state.iso3);
    let standing = standing(&Memberships::from_graph(graph), id.as_str());
    state_profile_with(graph, state, standing)
}

/// [`state_profile`] with the standing already computed (from [`standings`], or from
/// memberships other than the graph's, such as a user's CSV).
pub fn state_profile_with(graph: &Graph, state: &State, standing: Standing) -> StateProfile {
    let id = EntityId::state(state.iso3);
    let order = graph.group_ids_in_time_order();
    let mut groups: Vec<ProfileFact> = graph
        .out_edges(&id.0, Relation::MemberOf)
        .into_iter()
        .map(|e| fact(&e.target.id, &e.target.name, &e.edge.provenance))
        .collect();
    groups.sort_by_key(|f| order.iter().position(|g| *g == f.id).unwrap_or(usize::MAX));
    let mut chairs = Vec::new();
    for person in graph.in_edges(&id.0, Relation::Represents) {
        for chaired in graph.out_edges(&person.source.id.0, Relation::Chairs) {
            let mut provenance = chaired.edge.provenance.clone();
            provenance.extend(person.edge.provenance.iter().cloned());
            provenance.sort();
            provenance.dedup();
            let mut f = fact(&chaired.target.id, &chaired.target.name, &provenance);
            f.name = format!("{} (chair: {})", chaired.target.name, person.source.name);
            chairs.push(f);
        }
    }
    chairs.sort_by_key(|f| order.iter().position(|g| *g == f.id).unwrap_or(usize::MAX));
    let sponsorships = graph
        .out_edges(&id.0, Relation::Sponsors)
        .into_iter()
        .map(|e| fact(&e.target.id, &e.target.name, &e.edge.provenance))
        .collect();
    StateProfile {
        id,
        name: state.name.to_string(),
        region: state.region.map(|r| r.as_str()),
        groups,
        chairs,
        sponsorships,
        co_members: standing.co_members,
        longest_streak: standing.longest_streak,
        degree_centrality: standing.degree_centrality,
        degree_rank: standing.degree_rank,
    }
}

fn fact(id: &EntityId, name: &str, provenance: &[Provenance]) -> ProfileFact {
    ProfileFact {
        id: id.clone(),
        name: name.to_string(),
        status: crate::graph::status_of(provenance),
        provenance: provenance.to_vec(),
    }
}
