//! The object of a claim: an entity or a typed value, owned ([`Object`]) or borrowed from
//! where it is stored ([`ObjectRef`]).

use super::{EntityId, Literal, Relation};
use serde::Serialize;
use std::fmt;

/// What a claim says of its subject: another entity, or for a literal relation (see
/// [`Relation::is_literal`]) a typed value. Written as the entity id or the value's
/// normalised text (`gge-2014-2015`, `2013-12-27`, `recorded vote 119-46-14`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Object {
    /// An entity.
    Entity(EntityId),
    /// A typed value.
    Literal(Literal),
}

impl Object {
    /// The entity, for an entity object.
    pub fn entity(&self) -> Option<&EntityId> {
        match self {
            Object::Entity(id) => Some(id),
            Object::Literal(_) => None,
        }
    }

    /// The value, for a literal object.
    pub fn literal(&self) -> Option<&Literal> {
        match self {
            Object::Literal(v) => Some(v),
            Object::Entity(_) => None,
        }
    }

    /// The object of `relation` written as `text`: a value for a literal relation (`None`
    /// when the text is no such value), an entity id otherwise.
    pub fn parse(relation: Relation, text: &str) -> Option<Object> {
        if relation.is_literal() {
            Literal::parse(relation, text).map(Object::Literal)
        } else {
            Some(Object::Entity(EntityId(text.to_string())))
        }
    }

    /// True when the object is the entity `id`.
    pub fn is(&self, id: &str) -> bool {
        self.entity().is_some_and(|e| e.0 == id)
    }

    /// The object borrowed.
    pub fn as_ref(&self) -> ObjectRef<'_> {
        match self {
            Object::Entity(id) => ObjectRef::Entity(id),
            Object::Literal(v) => ObjectRef::Literal(v),
        }
    }
}

/// An [`Object`] borrowed from where it is kept (an edge's target node, a node's value).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ObjectRef<'a> {
    /// An entity.
    Entity(&'a EntityId),
    /// A typed value.
    Literal(&'a Literal),
}

impl<'a> ObjectRef<'a> {
    /// The entity, for an entity object.
    pub fn entity(self) -> Option<&'a EntityId> {
        match self {
            ObjectRef::Entity(id) => Some(id),
            ObjectRef::Literal(_) => None,
        }
    }

    /// The value, for a literal object.
    pub fn literal(self) -> Option<&'a Literal> {
        match self {
            ObjectRef::Literal(v) => Some(v),
            ObjectRef::Entity(_) => None,
        }
    }

    /// True when the object is the entity `id`.
    pub fn is(self, id: &str) -> bool {
        self.entity().is_some_and(|e| e.0 == id)
    }

    /// An owned copy.
    pub fn to_object(self) -> Object {
        match self {
            ObjectRef::Entity(id) => Object::Entity(id.clone()),
            ObjectRef::Literal(v) => Object::Literal(v.clone()),
        }
    }
}

impl fmt::Display for ObjectRef<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ObjectRef::Entity(id) => f.write_str(&id.0),
            ObjectRef::Literal(v) => v.fmt(f),
        }
    }
}

impl Serialize for ObjectRef<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl From<EntityId> for Object {
    fn from(id: EntityId) -> Self {
        Object::Entity(id)
    }
}

impl From<Literal> for Object {
    fn from(value: Literal) -> Self {
        Object::Literal(value)
    }
}

impl fmt::Display for Object {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Object::Entity(id) => f.write_str(&id.0),
            Object::Literal(v) => v.fmt(f),
        }
    }
}

impl Serialize for Object {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}
