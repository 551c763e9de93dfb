//! Claims -> one typed graph: nodes for entities, one edge per (source, relation, target)
//! carrying every provenance that states it, and literal claims (dates, votes, counts) as
//! node attributes, each distinct value with its own provenances.
//!
//! Merging never picks a winner: two documents giving two values keep both, and
//! [`Graph::conflicts`] reports them. Not for analyses or drawing; those read this API.

mod conflicts;
mod summaries;

pub use conflicts::{Conflict, ConflictSide};
pub use summaries::{ChairInfo, GroupSummary, NormSummary};

use crate::model::{
    Claim, ClaimRef, ClaimSet, Entity, EntityId, EntityKind, GroupKey, Literal, Object, ObjectRef,
    Provenance, Relation, Status,
};
use petgraph::Direction;
use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::EdgeRef;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// One distinct value of a literal relation on a node, with the claims that give it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AttributeValue {
    /// The value (printed `2013-12-27`, `recorded vote 119-46-14`, `11`).
    pub value: Literal,
    /// Every place the value is stated.
    pub provenance: Vec<Provenance>,
}

/// A node: an entity plus its literal attributes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Node {
    /// Stable id.
    pub id: EntityId,
    /// Kind of entity.
    pub kind: EntityKind,
    /// Display name.
    pub name: String,
    /// Literal claims by relation, each distinct value once, sorted by value.
    pub attributes: BTreeMap<Relation, Vec<AttributeValue>>,
    /// Whether a document names the entity (it is one of the corpus's entities), rather
    /// than only a claim (a group first seen as a relation's object, a state only in a
    /// roll call).
    #[serde(skip)]
    pub named: bool,
}

impl Node {
    /// The values of one literal relation.
    pub fn attribute(&self, relation: Relation) -> &[AttributeValue] {
        self.attributes
            .get(&relation)
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }
}

/// An edge: one relation between two entities, with every provenance that states it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Edge {
    /// What the edge says.
    pub relation: Relation,
    /// Every place it is stated, sorted.
    pub provenance: Vec<Provenance>,
}

impl Edge {
    /// `Stated` when at least one document states it plainly, else `Unverified`.
    pub fn status(&self) -> Status {
        status_of(&self.provenance)
    }
}

/// `Stated` when any provenance is stated plainly.
pub fn status_of(provenance: &[Provenance]) -> Status {
    if provenance.iter().any(|p| p.status == Status::Stated) {
        Status::Stated
    } else {
        Status::Unverified
    }
}

/// A borrowed view of one edge with its endpoints.
#[derive(Debug, Clone, Copy)]
pub struct EdgeView<'g> {
    /// Source node.
    pub source: &'g Node,
    /// Target node.
    pub target: &'g Node,
    /// The edge.
    pub edge: &'g Edge,
}

/// The typed graph of a corpus: entities and what the claims say of them. The documents
/// it was read from and the extraction's warnings are kept beside it, in
/// [`crate::corpus::Corpus`].
#[derive(Debug, Clone, Default)]
pub struct Graph {
    inner: DiGraph<Node, Edge>,
    index: HashMap<EntityId, NodeIndex>,
}

impl Graph {
    /// Builds the graph from entities and claims merged by statement, moving each
    /// statement's provenance list into its edge or attribute value (the graph is then the
    /// only copy of the claims; [`Graph::claims`] lists them). Nodes in id order, edges in
    /// (source, relation, target) order, so that indices and every output are
    /// deterministic. Claims may name entities `entities` lacks: they get nodes with
    /// default names.
    ///
    /// Complexity: O(S log S) for S statements, plus O(C) for C claims.
    pub fn new(entities: Vec<Entity>, claims: ClaimSet) -> Graph {
        let mut graph = Graph::default();
        let mut nodes: BTreeMap<EntityId, (EntityKind, String, bool)> = entities
            .into_iter()
            .map(|e| (e.id, (e.kind, e.name, true)))
            .collect();
        // Claims may name entities only as objects (a group first seen in a relation).
        for s in claims.statements() {
            let object = s.object.entity().map(EntityId::as_str);
            for id in std::iter::once(s.subject.as_str()).chain(object) {
                if !nodes.contains_key(id) {
                    let id = EntityId::from(id);
                    nodes.insert(id.clone(), (id.kind(), default_name(&id), false));
                }
            }
        }
        for (id, (kind, name, named)) in nodes {
            let ix = graph.inner.add_node(Node {
                id: id.clone(),
                kind,
                name,
                attributes: BTreeMap::new(),
                named,
            });
            graph.index.insert(id, ix);
        }
        // Statements come sorted by (subject, relation, object) and node indices follow id
        // order, so edges are added in (source, relation, target) order and attribute
        // values in value order.
        for (statement, provenance) in claims.into_sorted() {
            let Some(&s) = graph.index.get(&statement.subject) else {
                continue;
            };
            let target = match statement.object {
                Object::Literal(value) => {
                    graph.inner[s]
                        .attributes
                        .entry(statement.relation)
                        .or_default()
                        .push(AttributeValue { value, provenance });
                    continue;
                }
                Object::Entity(id) => graph.index.get(&id).copied(),
            };
            if let Some(t) = target {
                graph.inner.add_edge(
                    s,
                    t,
                    Edge {
                        relation: statement.relation,
                        provenance,
                    },
                );
            }
        }
        graph
    }

    /// The graph with more claims merged in (votes from a roll-call file): nodes, names
    /// and which entities documents name are kept, and the new claims join the old as if
    /// read together.
    ///
    /// Complexity: O(C log C) for C claims in all.
    pub fn with_claims(self, claims: Vec<Claim>) -> Graph {
        let entities = self
            .nodes()
            .filter(|n| n.named)
            .map(|n| Entity {
                id: n.id.clone(),
                kind: n.kind,
                name: n.name.clone(),
            })
            .collect();
        let mut merged = ClaimSet::from_claims(self.claims().map(|c| c.to_claim()).collect());
        merged.append(ClaimSet::from_claims(claims));
        Graph::new(entities, merged)
    }

    /// Every claim the graph was built from, sorted by (subject, relation, object,
    /// provenance) and deduplicated: the edges' and attribute values' provenances, one
    /// claim each.
    pub fn claims(&self) -> impl Iterator<Item = ClaimRef<'_>> {
        self.inner.node_indices().flat_map(move |ix| {
            let node = &self.inner[ix];
            let mut statements: Vec<(Relation, ObjectRef<'_>, &[Provenance])> = self
                .inner
                .edges_directed(ix, Direction::Outgoing)
                .map(|e| {
                    let edge = e.weight();
                    let target = ObjectRef::Entity(&self.inner[e.target()].id);
                    (edge.relation, target, edge.provenance.as_slice())
                })
                .chain(node.attributes.iter().flat_map(|(&relation, values)| {
                    values.iter().map(move |v| {
                        (
                            relation,
                            ObjectRef::Literal(&v.value),
                            v.provenance.as_slice(),
                        )
                    })
                }))
                .collect();
            statements.sort_unstable_by_key(|&(relation, object, _)| (relation, object));
            statements
                .into_iter()
                .flat_map(move |(relation, object, provenance)| {
                    provenance.iter().map(move |p| ClaimRef {
                        subject: &node.id,
                        relation,
                        object,
                        provenance: p,
                    })
                })
        })
    }

    /// Number of claims ([`Graph::claims`]).
    pub fn claim_count(&self) -> usize {
        let on_edges: usize = self.inner.edge_weights().map(|e| e.provenance.len()).sum();
        let on_nodes: usize = self
            .nodes()
            .flat_map(|n| n.attributes.values().flatten())
            .map(|v| v.provenance.len())
            .sum();
        on_edges + on_nodes
    }

    /// The underlying petgraph graph, for algorithms.
    pub fn petgraph(&self) -> &DiGraph<Node, Edge> {
        &self.inner
    }

    /// Index of a node by id.
    pub fn index_of(&self, id: &str) -> Option<NodeIndex> {
        self.index.get(id).copied()
    }

    /// A node by id.
    pub fn node(&self, id: &str) -> Option<&Node> {
        self.index_of(id).map(|ix| &self.inner[ix])
    }

    /// All nodes, sorted by id.
    pub fn nodes(&self) -> impl Iterator<Item = &Node> {
        self.inner.node_weights()
    }

    /// Nodes of one kind, sorted by id.
    pub fn nodes_of_kind(&self, kind: EntityKind) -> impl Iterator<Item = &Node> {
        self.nodes().filter(move |n| n.kind == kind)
    }

    /// All edges, sorted by (source id, relation, target id).
    pub fn edges(&self) -> impl Iterator<Item = EdgeView<'_>> {
        self.inner.edge_references().map(move |e| EdgeView {
            source: &self.inner[e.source()],
            target: &self.inner[e.target()],
            edge: e.weight(),
        })
    }

    /// Edges of one relation leaving `id`, in target order.
    pub fn out_edges(&self, id: &str, relation: Relation) -> Vec<EdgeView<'_>> {
        self.edges_dir(id, relation, Direction::Outgoing)
    }

    /// Edges of one relation arriving at `id`, in source order.
    pub fn in_edges(&self, id: &str, relation: Relation) -> Vec<EdgeView<'_>> {
        self.edges_dir(id, relation, Direction::Incoming)
    }

    fn edges_dir(&self, id: &str, relation: Relation, dir: Direction) -> Vec<EdgeView<'_>> {
        let Some(ix) = self.index_of(id) else {
            return Vec::new();
        };
        let mut out: Vec<EdgeView<'_>> = self
            .inner
            .edges_directed(ix, dir)
            .filter(|e| e.weight().relation == relation)
            .map(|e| EdgeView {
                source: &self.inner[e.source()],
                target: &self.inner[e.target()],
                edge: e.weight(),
            })
            .collect();
        out.sort_by(|a, b| (&a.source.id, &a.target.id).cmp(&(&b.source.id, &b.target.id)));
        out
    }

    /// Number of nodes per kind and edges per relation, for summaries.
    pub fn counts(&self) -> (BTreeMap<EntityKind, usize>, BTreeMap<Relation, usize>) {
        let mut nodes = BTreeMap::new();
        for n in self.nodes() {
            *nodes.entry(n.kind).or_insert(0) += 1;
        }
        let mut edges = BTreeMap::new();
        for e in self.edges() {
            *edges.entry(e.edge.relation).or_insert(0) += 1;
        }
        (nodes, edges)
    }

    /// Group ids in time order (start year, end year, kind).
    pub fn group_ids_in_time_order(&self) -> Vec<EntityId> {
        let mut keys: Vec<GroupKey> = self
            .nodes_of_kind(EntityKind::Group)
            .filter_map(|n| GroupKey::parse(&n.id.0))
            .collect();
        keys.sort_by_key(|k| (k.start, k.end.unwrap_or(u16::MAX), k.kind));
        keys.iter().map(GroupKey::id).collect()
    }
}

/// The name of an entity first seen as an id inside a claim.
fn default_name(id: &EntityId) -> String {
    match id.kind() {
        EntityKind::Group => GroupKey::parse(&id.0)
            .map(|k| k.label())
            .unwrap_or_else(|| id.0.clone()),
        EntityKind::State => id
            .iso3()
            .and_then(crate::gazetteer::state_by_iso3)
            .map(|s| s.name.to_string())
            .unwrap_or_else(|| id.0.clone()),
        _ => id.0.clone(),
    }
}
