//! One state's record: the groups it sat in, the chairs its nationals held, the
//! resolutions it sponsored, each with the provenance that states it.

use crate::gazetteer::State;
use crate::graph::Graph;
use crate::model::{EntityId, Provenance, Relation, Status};
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
}

/// The profile of `state` in `graph` (empty lists when the graph never names it).
pub fn state_profile(graph: &Graph, state: &State) -> StateProfile {
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
