//! Groups a document names only by the resolution that set them up ("the OEWG established
//! by resolution 75/240"), and the claims that wait for them.
//!
//! Which group 75/240 set up may be said in another document, so a reader cannot settle
//! it alone: it makes a [`PendingClaim`], typed, beside its ordinary claims, and
//! `resolve` settles every pending claim of a corpus once all documents are in. A
//! pending group never becomes an entity or an id of its own.

use super::{Warning, WarningKind, refs};
use crate::model::{Claim, ClaimSet, EntityId, GroupKey, GroupKind, Object, Provenance, Relation};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// "The OEWG established by resolution 75/240": a group of `kind`, known by the act that
/// set it up.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct PendingGroup {
    /// GGE, OEWG or mechanism.
    pub kind: GroupKind,
    /// The resolution (or draft) said to have set it up.
    pub established_by: EntityId,
}

/// A group as a rule resolved it: one the catalogue knows, or one named by its
/// establishing act only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum GroupTarget {
    /// A group of the catalogue.
    Known(GroupKey),
    /// A group whose identity waits for the other documents.
    Pending(PendingGroup),
}

impl GroupTarget {
    /// The catalogue's group, when known.
    pub(super) fn key(&self) -> Option<GroupKey> {
        match self {
            GroupTarget::Known(k) => Some(*k),
            GroupTarget::Pending(_) => None,
        }
    }

    /// True for a group known only as the one `act` set up: such a group says nothing
    /// new about `act` ("the OEWG established by resolution 75/240" does not restate it).
    pub(super) fn is_set_up_by(&self, act: &EntityId) -> bool {
        matches!(self, GroupTarget::Pending(p) if p.established_by == *act)
    }
}

impl From<GroupKey> for GroupTarget {
    fn from(key: GroupKey) -> Self {
        GroupTarget::Known(key)
    }
}

/// One end of a claim: a value, or a group that waits for the merge.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum End<T> {
    /// Known when read.
    Known(T),
    /// A group named by the act that set it up.
    Pending(PendingGroup),
}

impl From<EntityId> for End<EntityId> {
    fn from(id: EntityId) -> Self {
        End::Known(id)
    }
}

impl From<Object> for End<Object> {
    fn from(value: Object) -> Self {
        End::Known(value)
    }
}

impl From<EntityId> for End<Object> {
    fn from(id: EntityId) -> Self {
        End::Known(id.into())
    }
}

impl From<crate::model::Literal> for End<Object> {
    fn from(value: crate::model::Literal) -> Self {
        End::Known(value.into())
    }
}

impl From<GroupTarget> for End<Object> {
    fn from(group: GroupTarget) -> Self {
        match group {
            GroupTarget::Known(k) => End::Known(k.id().into()),
            GroupTarget::Pending(p) => End::Pending(p),
        }
    }
}

impl From<GroupKey> for End<EntityId> {
    fn from(key: GroupKey) -> Self {
        End::Known(key.id())
    }
}

impl From<GroupKey> for End<Object> {
    fn from(key: GroupKey) -> Self {
        End::Known(key.id().into())
    }
}

impl From<GroupTarget> for End<EntityId> {
    fn from(group: GroupTarget) -> Self {
        match group {
            GroupTarget::Known(k) => End::Known(k.id()),
            GroupTarget::Pending(p) => End::Pending(p),
        }
    }
}

/// A claim one of whose ends (or both) is a [`PendingGroup`].
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct PendingClaim {
    /// What the claim is about.
    pub subject: End<EntityId>,
    /// What is said.
    pub relation: Relation,
    /// An entity or typed value, or the pending group.
    pub object: End<Object>,
    /// Where it was said.
    pub provenance: Provenance,
}

/// Settles `pending` against `claims`: each pending group becomes the group the claims say
/// its resolution established, else the one the catalogue knows it set up, and the claim
/// joins `claims`. A claim whose group stays open (documents that disagree, or a
/// resolution the catalogue does not know) is dropped with a warning.
pub(super) fn resolve(
    claims: &mut ClaimSet,
    pending: Vec<PendingClaim>,
    warnings: &mut Vec<Warning>,
) {
    if pending.is_empty() {
        return;
    }
    let mut established: HashMap<(GroupKind, &EntityId), Vec<EntityId>> = HashMap::new();
    for s in claims.statements() {
        if s.relation == Relation::Establishes
            && let Some(group) = s.object.entity()
            && let Some(key) = GroupKey::parse(&group.0)
        {
            let slot = established.entry((key.kind, &s.subject)).or_default();
            if !slot.contains(group) {
                slot.push(group.clone());
            }
        }
    }
    let group_of = |p: &PendingGroup| -> Option<EntityId> {
        match established.get(&(p.kind, &p.established_by)) {
            Some(groups) if groups.len() == 1 => groups.first().cloned(),
            Some(_) => None,
            // No document says: the group the catalogue knows the resolution set up, when
            // it is of the kind the text names.
            None => refs::group_established_by(&p.established_by)
                .filter(|g| g.kind == p.kind)
                .map(|g| g.id()),
        }
    };
    let mut settled = Vec::with_capacity(pending.len());
    for claim in pending {
        let subject = match claim.subject {
            End::Known(id) => Ok(id),
            End::Pending(p) => group_of(&p).ok_or(p),
        };
        let object = match claim.object {
            End::Known(o) => Ok(o),
            End::Pending(p) => group_of(&p).map(Object::from).ok_or(p),
        };
        match (subject, object) {
            (Ok(subject), Ok(object)) => settled.push(Claim {
                subject,
                relation: claim.relation,
                object,
                provenance: claim.provenance,
            }),
            (Err(open), _) | (_, Err(open)) => {
                warnings.push(unresolved(&open, claim.relation, &claim.provenance))
            }
        }
    }
    claims.append(ClaimSet::from_claims(settled));
}

fn unresolved(group: &PendingGroup, relation: Relation, p: &Provenance) -> Warning {
    Warning {
        document: p.document.to_string(),
        page: p.page,
        line: p.line,
        column: p.column,
        kind: WarningKind::UnresolvedReference,
        message: format!(
            "no document says which {} {} established; `{relation}` claim dropped",
            group.kind.as_str().to_uppercase(),
            group.established_by.0
        ),
    }
}
