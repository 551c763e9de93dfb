//! Text -> claims with provenance.
//!
//! Each sentence of each document is read once: entities are found (states through the
//! gazetteer automaton, groups, symbols and norms through [`refs`]), then the relation rules
//! in the `rules` module turn trigger phrases into [`Claim`]s. Every claim records the document, the
//! line and column of the mention it rests on, and the quoted sentence.
//!
//! Not for merging or judging claims: the same fact read twice is two claims here; the
//! graph stage merges them and finds disagreements.

mod pattern;
pub mod refs;
mod rules;

use crate::documents::Document;
use crate::gazetteer::StateMatcher;
use crate::model::{Claim, Entity, EntityId, EntityKind, Relation};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// A document as listed in extraction output.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct DocumentInfo {
    /// Corpus-relative id.
    pub id: String,
    /// Path as given.
    pub path: String,
}

impl DocumentInfo {
    /// The id and path of a loaded document.
    pub fn of(doc: &Document) -> DocumentInfo {
        DocumentInfo {
            id: doc.id.clone(),
            path: doc.path.display().to_string(),
        }
    }
}

/// Something the reader should know that is not a claim: an ambiguous name, a reference
/// that could not be resolved.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Warning {
    /// Document id.
    pub document: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column.
    pub column: u32,
    /// Kind of finding.
    pub kind: WarningKind,
    /// One-line explanation.
    pub message: String,
}

/// Kinds of [`Warning`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum WarningKind {
    /// A name that fits several states (bare "Korea").
    AmbiguousName,
    /// A reference such as "the OEWG established by resolution 75/240" that no document
    /// resolves to a group.
    UnresolvedReference,
}

/// Everything read from a set of documents, sorted for deterministic output.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Extraction {
    /// The documents read, sorted by id.
    pub documents: Vec<DocumentInfo>,
    /// Entities found, sorted by id.
    pub entities: Vec<Entity>,
    /// Claims, sorted by (subject, relation, object, provenance).
    pub claims: Vec<Claim>,
    /// Warnings, sorted by position.
    pub warnings: Vec<Warning>,
}

/// Reads documents into claims. Build it once per run: it holds the state automaton.
pub struct Extractor {
    states: StateMatcher,
}

impl Default for Extractor {
    fn default() -> Self {
        Self::new()
    }
}

/// What one document yields before cross-document references are resolved.
#[derive(Debug, Default)]
pub struct DocumentExtraction {
    /// Entities with their best display names.
    pub entities: BTreeMap<EntityId, Entity>,
    /// Claims in reading order.
    pub claims: Vec<Claim>,
    /// Warnings in reading order.
    pub warnings: Vec<Warning>,
}

impl Extractor {
    /// Builds the extractor: compiles the state automaton and, at the same time on the
    /// other cores, every rule pattern (a run over a small corpus spends most of its time
    /// compiling them; done lazily, threads wait on each other's patterns one at a time).
    pub fn new() -> Self {
        let (states, ()) = rayon::join(StateMatcher::new, || {
            pattern::warm(&[&refs::PATTERNS[..], &rules::PATTERNS[..]].concat())
        });
        Extractor { states }
    }

    /// Claims of one document. Group references that need other documents to resolve
    /// ("established by resolution 75/240") carry placeholder ids until [`Extractor::extract`].
    pub fn extract_document(&self, doc: &Document) -> DocumentExtraction {
        rules::DocumentReader::new(doc, &self.states).read()
    }

    /// Reads all documents (in parallel), resolves cross-document references and sorts.
    pub fn extract(&self, docs: &[Document]) -> Extraction {
        let parts: Vec<(DocumentInfo, DocumentExtraction)> = docs
            .par_iter()
            .map(|d| (DocumentInfo::of(d), self.extract_document(d)))
            .collect();
        Extractor::merge(parts)
    }

    /// Joins the extractions of single documents (from [`Extractor::extract_document`],
    /// in any order): entities merged, cross-document references resolved, everything
    /// sorted. This is what lets a caller read documents one at a time and drop each
    /// after reading it.
    pub fn merge(parts: Vec<(DocumentInfo, DocumentExtraction)>) -> Extraction {
        let mut entities: BTreeMap<EntityId, Entity> = BTreeMap::new();
        let mut claims = Vec::new();
        let mut warnings = Vec::new();
        let mut documents = Vec::with_capacity(parts.len());
        for (info, part) in parts {
            documents.push(info);
            for (id, entity) in part.entities {
                merge_entity(&mut entities, id, entity);
            }
            claims.extend(part.claims);
            warnings.extend(part.warnings);
        }
        resolve_deferred(&mut claims, &mut warnings);
        entities.retain(|id, _| !rules::is_placeholder(id));
        claims.sort();
        claims.dedup();
        warnings.sort();
        warnings.dedup();
        documents.sort();
        Extraction {
            documents,
            entities: entities.into_values().collect(),
            claims,
            warnings,
        }
    }
}

/// Keeps one entity per id; a specific name (a norm's label) beats a generic one.
fn merge_entity(entities: &mut BTreeMap<EntityId, Entity>, id: EntityId, entity: Entity) {
    match entities.get_mut(&id) {
        None => {
            entities.insert(id, entity);
        }
        Some(existing) => {
            let generic =
                |e: &Entity| e.kind == EntityKind::Norm && e.name.starts_with("Norm 13 (");
            if generic(existing) && !generic(&entity)
                || (generic(existing) == generic(&entity) && entity.name < existing.name)
            {
                existing.name = entity.name;
            }
        }
    }
}

/// Replaces "the OEWG established by resolution 75/240" placeholders with the group that
/// other claims say the resolution established; warns and drops claims that stay open.
fn resolve_deferred(claims: &mut Vec<Claim>, warnings: &mut Vec<Warning>) {
    let mut established: HashMap<(String, String), Vec<EntityId>> = HashMap::new();
    for c in claims.iter() {
        if c.relation == Relation::Establishes
            && !rules::is_placeholder_str(&c.object)
            && let Some(key) = crate::model::GroupKey::parse(&c.object)
        {
            let slot = established
                .entry((key.kind.as_str().to_string(), c.subject.0.clone()))
                .or_default();
            if !slot.iter().any(|g| g.0 == c.object) {
                slot.push(EntityId(c.object.clone()));
            }
        }
    }
    let resolve = |id: &str| -> Option<Option<EntityId>> {
        let (kind, res) = rules::parse_placeholder(id)?;
        Some(
            match established.get(&(kind.to_string(), res.to_string())) {
                Some(groups) if groups.len() == 1 => groups.first().cloned(),
                _ => None,
            },
        )
    };
    let mut kept = Vec::with_capacity(claims.len());
    for mut c in claims.drain(..) {
        let mut open = None;
        if let Some(r) = resolve(&c.subject.0) {
            match r {
                Some(g) => c.subject = g,
                None => open = Some(c.subject.0.clone()),
            }
        }
        if let Some(r) = resolve(&c.object) {
            match r {
                Some(g) => c.object = g.0,
                None => open = Some(c.object.clone()),
            }
        }
        match open {
            None => kept.push(c),
            Some(id) => {
                let (kind, res) = rules::parse_placeholder(&id).unwrap_or(("group", "?"));
                warnings.push(Warning {
                    document: c.provenance.document.to_string(),
                    line: c.provenance.line,
                    column: c.provenance.column,
                    kind: WarningKind::UnresolvedReference,
                    message: format!(
                        "no document says which {} {res} established; `{}` claim dropped",
                        kind.to_uppercase(),
                        c.relation
                    ),
                });
            }
        }
    }
    *claims = kept;
}

#[cfg(test)]
mod tests;
