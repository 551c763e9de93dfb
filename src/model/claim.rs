//! Claims: one statement read from a document with where it was read, and the set that
//! merges claims by what they state (how claims are held between reading and the graph).

use super::{EntityId, EntityKind, Object, ObjectRef, Provenance, Relation};
use serde::{Deserialize, Serialize};

/// One statement read from a document: subject, relation, object, and where it was read.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "ClaimRecord")]
pub struct Claim {
    /// The entity the claim is about.
    pub subject: EntityId,
    /// What is said.
    pub relation: Relation,
    /// An entity, or a typed value for literal relations.
    pub object: Object,
    /// Where it was said.
    pub provenance: Provenance,
}

#[cfg(test)]
impl Claim {
    /// A claim between entities, read at line 2, column 1 of `document` with no quote:
    /// the claims unit tests build by hand.
    pub(crate) fn for_test(
        subject: EntityId,
        relation: Relation,
        object: &str,
        document: &str,
    ) -> Claim {
        Claim {
            subject,
            relation,
            object: EntityId::from(object).into(),
            provenance: Provenance {
                document: document.into(),
                page: None,
                line: 2,
                column: 1,
                text: "".into(),
                status: Default::default(),
                rule: "",
            },
        }
    }
}

/// A claim as written in JSON, before its object is read for its relation.
#[derive(Deserialize)]
struct ClaimRecord {
    subject: EntityId,
    relation: Relation,
    object: String,
    provenance: Provenance,
}

impl TryFrom<ClaimRecord> for Claim {
    type Error = String;

    fn try_from(r: ClaimRecord) -> Result<Self, Self::Error> {
        let object = Object::parse(r.relation, &r.object)
            .ok_or_else(|| format!("{:?} is no value of {}", r.object, r.relation))?;
        Ok(Claim {
            subject: r.subject,
            relation: r.relation,
            object,
            provenance: r.provenance,
        })
    }
}

/// What a claim states, without where: subject, relation and object. Sorts like
/// [`Claim`] without its provenance.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Statement {
    /// The entity the statement is about.
    pub subject: EntityId,
    /// What is said.
    pub relation: Relation,
    /// An entity, or a typed value for literal relations.
    pub object: Object,
}

/// Claims merged by what they state: each [`Statement`] once, with every provenance that
/// states it.
///
/// This is how claims are held between reading and the graph. Ids and values are kept once
/// per statement instead of once per claim, so a claim costs one [`Provenance`] (the quoted
/// sentence and document id are shared `Arc<str>`s). Documents read apart are joined with
/// [`ClaimSet::append`], which moves their provenance lists without copying ids.
#[derive(Debug, Clone, Default)]
pub struct ClaimSet {
    statements: std::collections::BTreeMap<Statement, Vec<Provenance>>,
}

impl ClaimSet {
    /// Groups claims by statement (sorting them once, in place).
    ///
    /// Sorted by statement only: each statement's provenances are sorted and deduplicated
    /// once, by [`ClaimSet::into_sorted`], after every document has added its own.
    pub fn from_claims(claims: Vec<Claim>) -> ClaimSet {
        // Sorted through a permutation: a claim is over a hundred bytes, an index eight.
        let mut order: Vec<usize> = (0..claims.len()).collect();
        order.sort_unstable_by(|&a, &b| {
            let (a, b) = (&claims[a], &claims[b]);
            (&a.subject, a.relation, &a.object).cmp(&(&b.subject, b.relation, &b.object))
        });
        let mut slots: Vec<Option<Claim>> = claims.into_iter().map(Some).collect();
        let mut grouped: Vec<(Statement, Vec<Provenance>)> = Vec::new();
        for claim in order.into_iter().filter_map(|i| slots[i].take()) {
            match grouped.last_mut() {
                Some((s, provenance))
                    if s.relation == claim.relation
                        && s.subject == claim.subject
                        && s.object == claim.object =>
                {
                    provenance.push(claim.provenance);
                }
                _ => grouped.push((
                    Statement {
                        subject: claim.subject,
                        relation: claim.relation,
                        object: claim.object,
                    },
                    vec![claim.provenance],
                )),
            }
        }
        for (_, provenance) in &mut grouped {
            provenance.shrink_to_fit();
        }
        ClaimSet {
            statements: grouped.into_iter().collect(),
        }
    }

    /// Adds the claims of `other`, moving its provenance lists.
    pub fn append(&mut self, other: ClaimSet) {
        for (statement, provenance) in other.statements {
            self.insert(statement, provenance);
        }
    }

    /// Adds provenances of one statement.
    pub fn insert(&mut self, statement: Statement, mut provenance: Vec<Provenance>) {
        use std::collections::btree_map::Entry;
        match self.statements.entry(statement) {
            Entry::Vacant(e) => {
                e.insert(provenance);
            }
            Entry::Occupied(mut e) => e.get_mut().append(&mut provenance),
        }
    }

    /// Removes one statement, returning its provenances (in no particular order).
    pub fn remove(&mut self, statement: &Statement) -> Vec<Provenance> {
        self.statements.remove(statement).unwrap_or_default()
    }

    /// Every statement, in order.
    pub fn statements(&self) -> impl Iterator<Item = &Statement> {
        self.statements.keys()
    }

    /// Keeps the claims whose provenance passes `keep`; statements left with none go.
    pub fn retain_provenance(&mut self, keep: impl Fn(&Provenance) -> bool) {
        self.statements.retain(|_, provenance| {
            provenance.retain(&keep);
            !provenance.is_empty()
        });
    }

    /// Number of statements.
    #[cfg(test)]
    pub(crate) fn statement_count(&self) -> usize {
        self.statements.len()
    }

    /// Number of claims: provenances over all statements.
    pub fn claim_count(&self) -> usize {
        self.statements.values().map(Vec::len).sum()
    }

    /// True when there is no claim.
    pub fn is_empty(&self) -> bool {
        self.statements.is_empty()
    }

    /// Sorts and deduplicates each statement's provenances, so that [`ClaimSet::iter`]
    /// gives the claims in [`Claim`] order, each once.
    ///
    /// Done once, when every document is in ([`crate::extract::Extraction::settle`]):
    /// sorting as documents arrive would sort a statement that many documents state once
    /// per document.
    pub fn settle(&mut self) {
        for provenance in self.statements.values_mut() {
            // Stable sort: the list is a run of sorted runs, one per document.
            provenance.sort();
            provenance.dedup();
            provenance.shrink_to_fit();
        }
    }

    /// The claims, borrowed: statements in order, each statement's provenances as they
    /// were added (sorted and deduplicated once settled, see [`ClaimSet::settle`]).
    pub fn iter(&self) -> impl Iterator<Item = ClaimRef<'_>> {
        self.statements.iter().flat_map(|(statement, provenance)| {
            provenance.iter().map(move |p| ClaimRef {
                subject: &statement.subject,
                relation: statement.relation,
                object: statement.object.as_ref(),
                provenance: p,
            })
        })
    }

    /// Statements in order, each with its provenances sorted and deduplicated: the claims
    /// in [`Claim`] order, grouped.
    pub fn into_sorted(mut self) -> impl Iterator<Item = (Statement, Vec<Provenance>)> {
        self.settle();
        self.statements.into_iter()
    }
}

impl<'a> IntoIterator for &'a ClaimSet {
    type Item = ClaimRef<'a>;
    type IntoIter = Box<dyn Iterator<Item = ClaimRef<'a>> + 'a>;

    fn into_iter(self) -> Self::IntoIter {
        Box::new(self.iter())
    }
}

/// Written as the list of its claims, each as [`Claim`] is written.
impl Serialize for ClaimSet {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

/// A claim borrowed from where it is stored (a graph edge or attribute); serialises like
/// [`Claim`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ClaimRef<'a> {
    /// The entity the claim is about.
    pub subject: &'a EntityId,
    /// What is said.
    pub relation: Relation,
    /// An entity, or a typed value for literal relations.
    pub object: ObjectRef<'a>,
    /// Where it was said.
    pub provenance: &'a Provenance,
}

impl ClaimRef<'_> {
    /// An owned copy.
    pub fn to_claim(&self) -> Claim {
        Claim {
            subject: self.subject.clone(),
            relation: self.relation,
            object: self.object.to_object(),
            provenance: self.provenance.clone(),
        }
    }
}

/// An entity as named in the corpus.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Entity {
    /// Stable id.
    pub id: EntityId,
    /// Kind of entity.
    pub kind: EntityKind,
    /// Display name.
    pub name: String,
}
