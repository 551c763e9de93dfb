//! Summaries of the graph for listing: every group with its members, chairs, resolutions,
//! reports and outcome; every norm with its lineage.

use super::{Graph, status_of};
use crate::extract::refs::NORMS_2015_REPORT;
use crate::model::{EntityId, EntityKind, GroupKey, Provenance, Relation, Status};
use serde::Serialize;

/// A chair of a group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChairInfo {
    /// Person id.
    pub id: EntityId,
    /// Person's name.
    pub name: String,
    /// The state the person acted for, when a document says.
    pub state: Option<EntityId>,
    /// Whether any document states the chair plainly.
    pub status: Status,
}

/// One group as `ggegraph groups` lists it. Field names are part of the JSON contract.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupSummary {
    /// `gge-2014-2015`.
    pub id: EntityId,
    /// Display name.
    pub name: String,
    /// Kind and years, written as the fields `kind` (`gge`, `oewg` or `mechanism`),
    /// `start` and `end` (`null` for an open-ended mechanism).
    #[serde(flatten)]
    pub key: GroupKey,
    /// Number of member states listed.
    pub size: usize,
    /// Sizes documents state ("with 20 experts"), distinct values.
    pub stated_size: Vec<u32>,
    /// Member state ids, sorted.
    pub members: Vec<EntityId>,
    /// Members stated only by sentences flagged unverified.
    pub unverified_members: Vec<EntityId>,
    /// Chairs.
    pub chairs: Vec<ChairInfo>,
    /// Establishing resolutions.
    pub established_by: Vec<EntityId>,
    /// Reports produced.
    pub reports: Vec<EntityId>,
    /// "consensus report", "no consensus", or null when no document says.
    pub outcome: Option<String>,
    /// Groups this one succeeded.
    pub succeeds: Vec<EntityId>,
}

/// A norm with where it comes from and where it was reaffirmed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NormSummary {
    /// `norm:2015-a`.
    pub id: EntityId,
    /// Short label.
    pub name: String,
    /// The paragraph of the 2015 report the id denotes ("A/70/174, paragraph 13 (a)").
    pub paragraph: String,
    /// Reports that set it out.
    pub articulated_by: Vec<EntityId>,
    /// Resolutions and reports that reaffirmed it.
    pub reaffirmed_by: Vec<EntityId>,
    /// Where the norm is defined or set out (first provenances of `articulates`).
    pub sources: Vec<Provenance>,
}

impl Graph {
    /// Number of edges that rest only on statements flagged unverified: one figure for
    /// `--strict` and the report's overview.
    pub fn unverified_edge_count(&self) -> usize {
        self.edges()
            .filter(|e| e.edge.status() == Status::Unverified)
            .count()
    }

    /// Every group in time order.
    pub fn groups(&self) -> Vec<GroupSummary> {
        self.group_ids_in_time_order()
            .iter()
            .filter_map(|id| self.group(id))
            .collect()
    }

    /// One group's summary.
    pub fn group(&self, id: &EntityId) -> Option<GroupSummary> {
        let node = self.node(&id.0)?;
        let key = GroupKey::parse(&id.0)?;
        let member_edges = self.in_edges(&id.0, Relation::MemberOf);
        let members: Vec<EntityId> = member_edges.iter().map(|e| e.source.id.clone()).collect();
        let unverified_members = member_edges
            .iter()
            .filter(|e| e.edge.status() == Status::Unverified)
            .map(|e| e.source.id.clone())
            .collect();
        let chairs = self
            .in_edges(&id.0, Relation::Chairs)
            .iter()
            .map(|e| ChairInfo {
                id: e.source.id.clone(),
                name: e.source.name.clone(),
                state: self
                    .out_edges(&e.source.id.0, Relation::Represents)
                    .first()
                    .map(|r| r.target.id.clone()),
                status: e.edge.status(),
            })
            .collect();
        let outcomes = node.attribute(Relation::Outcome);
        let outcome = match outcomes {
            [] => None,
            [one] => Some(one.value.to_string()),
            many => Some(
                many.iter()
                    .map(|v| v.value.to_string())
                    .collect::<Vec<_>>()
                    .join(" / "),
            ),
        };
        Some(GroupSummary {
            id: id.clone(),
            name: node.name.clone(),
            key,
            size: members.len(),
            stated_size: node
                .attribute(Relation::MemberCount)
                .iter()
                .filter_map(|v| v.value.count())
                .collect(),
            members,
            unverified_members,
            chairs,
            established_by: self
                .in_edges(&id.0, Relation::Establishes)
                .iter()
                .map(|e| e.source.id.clone())
                .collect(),
            reports: self
                .out_edges(&id.0, Relation::Produces)
                .iter()
                .map(|e| e.target.id.clone())
                .collect(),
            outcome,
            succeeds: self
                .out_edges(&id.0, Relation::Succeeds)
                .iter()
                .map(|e| e.target.id.clone())
                .collect(),
        })
    }

    /// Every norm, sorted by id, with its lineage.
    pub fn norms(&self) -> Vec<NormSummary> {
        self.nodes_of_kind(EntityKind::Norm)
            .map(|n| {
                let articulated = self.in_edges(&n.id.0, Relation::Articulates);
                let letter = n.id.0.strip_prefix("norm:2015-").unwrap_or("?");
                NormSummary {
                    id: n.id.clone(),
                    name: n.name.clone(),
                    paragraph: format!("{NORMS_2015_REPORT}, paragraph 13 ({letter})"),
                    articulated_by: articulated.iter().map(|e| e.source.id.clone()).collect(),
                    reaffirmed_by: self
                        .in_edges(&n.id.0, Relation::Reaffirms)
                        .iter()
                        .map(|e| e.source.id.clone())
                        .collect(),
                    sources: articulated
                        .iter()
                        .flat_map(|e| e.edge.provenance.iter().cloned())
                        .collect(),
                }
            })
            .collect()
    }

    /// Whether any of the given provenances is stated plainly.
    pub fn is_stated(provenance: &[Provenance]) -> bool {
        status_of(provenance) == Status::Stated
    }
}
