//! Text -> claims with provenance.
//!
//! Each sentence of each document is read once: entities are found (states through the
//! gazetteer automaton, groups, symbols and norms through [`refs`]), then the relation rules
//! in the `rules` module turn trigger phrases into [`Claim`](crate::model::Claim)s. Every claim records the document, the
//! line and column of the mention it rests on, and the quoted sentence.
//!
//! Not for merging or judging claims: the same fact read twice is two claims here; the
//! graph stage merges them and finds disagreements.

mod pattern;
pub mod pending;
pub mod refs;
mod rulebook;
mod rules;
mod votes;

use crate::documents::Document;
use crate::gazetteer::StateMatcher;
use crate::model::{ClaimSet, Entity, EntityId, EntityKind, Relation};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One extraction rule as users see it (`ggegraph rules`): the name that appears in the
/// provenance of every claim it makes, what it reads, and the sentences it is tested on.
#[derive(Debug, Clone, Serialize)]
pub struct RuleInfo {
    /// The name recorded in provenance.
    pub name: &'static str,
    /// The relation it reads.
    pub relation: Relation,
    /// Where it looks: `clause`, `sentence` or `list`.
    pub scope: &'static str,
    /// Texts it must read, each with the claims it gives.
    pub examples: Vec<RuleExample>,
    /// Texts it must not read.
    pub negatives: Vec<&'static str>,
}

/// An example of a [`RuleInfo`].
#[derive(Debug, Clone, Serialize)]
pub struct RuleExample {
    /// The text.
    pub text: &'static str,
    /// The claims it gives, as `subject relation object`.
    pub claims: Vec<&'static str>,
}

/// Every extraction rule, in the order the reader tries them.
pub fn rule_table() -> Vec<RuleInfo> {
    rulebook::RULES
        .iter()
        .map(|r| RuleInfo {
            name: r.name,
            relation: r.relation,
            scope: match r.scope {
                rulebook::Scope::Clause => "clause",
                rulebook::Scope::Sentence => "sentence",
                rulebook::Scope::List => "list",
                rulebook::Scope::Paragraph => "paragraph",
            },
            examples: r
                .examples
                .iter()
                .map(|e| RuleExample {
                    text: e.text,
                    claims: e.claims.to_vec(),
                })
                .collect(),
            negatives: r.negatives.to_vec(),
        })
        .collect()
}

/// The name a claim's provenance carries for the rule `name`, if a rule has that name:
/// the rules of [`rule_table`], and the ones their readers name for a part of what they
/// read (`norm-count`, the count in a sentence the `norms` rule reads). How a rule name
/// read back from outside the process (see [`crate::shard`]) becomes a
/// [`Provenance::rule`](crate::model::Provenance::rule) again.
pub fn rule_name(name: &str) -> Option<&'static str> {
    if name.is_empty() {
        return Some("");
    }
    rulebook::RULES
        .iter()
        .map(|r| r.name)
        .chain(rules::SUB_RULES.iter().copied())
        .find(|&known| known == name)
}

/// A document as listed in extraction output.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Warning {
    /// Document id.
    pub document: String,
    /// 1-based page, for documents with pages (see [`crate::model::Provenance::page`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    /// 1-based line.
    pub line: u32,
    /// 1-based column.
    pub column: u32,
    /// Kind of finding.
    pub kind: WarningKind,
    /// One-line explanation.
    pub message: String,
}

impl Warning {
    /// Where the finding is, as [`crate::model::Provenance::location`] writes it.
    pub fn location(&self) -> String {
        match self.page {
            Some(page) => format!("{} p. {page}, line {}", self.document, self.line),
            None => format!("{}:{}:{}", self.document, self.line, self.column),
        }
    }
}

/// Kinds of [`Warning`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WarningKind {
    /// A name that fits several states (bare "Korea").
    AmbiguousName,
    /// A reference such as "the OEWG established by resolution 75/240" that no document
    /// resolves to a group.
    UnresolvedReference,
    /// A name in a list of members that is no state the gazetteer knows ("Brazil, China,
    /// Atlantis, France"): the others are read, this one is not.
    UnknownName,
    /// The counts of a recorded vote on an ICT text the sentence names by no symbol the
    /// reader can find (a title or sponsor the catalogue knows no act for): not linked to
    /// any act rather than guessed.
    UnlinkedVote,
}

/// Everything read from a set of documents, settled and sorted for deterministic output:
/// what `extract` prints, `eval` scores and the graph is built from.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Extraction {
    /// The documents read, sorted by id.
    pub documents: Vec<DocumentInfo>,
    /// Entities found, sorted by id.
    pub entities: Vec<Entity>,
    /// Claims merged by statement, each statement's provenances sorted: iterated (and
    /// written) in [`Claim`](crate::model::Claim) order.
    pub claims: ClaimSet,
    /// Warnings, sorted by position.
    pub warnings: Vec<Warning>,
}

impl Extraction {
    /// Settles what documents gave ([`DocumentClaims::append`] joins them, in any order):
    /// cross-document references resolved, provenances and warnings sorted. The result
    /// does not depend on the order the documents were read in.
    pub fn settle(mut documents: Vec<DocumentInfo>, read: DocumentClaims) -> Extraction {
        let DocumentClaims {
            entities,
            mut claims,
            pending,
            mut warnings,
        } = read;
        pending::resolve(&mut claims, pending, &mut warnings);
        claims.settle();
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

/// Reads documents into claims. Build it once per run: it holds the state automaton.
pub struct Extractor {
    states: StateMatcher,
}

impl Default for Extractor {
    fn default() -> Self {
        Self::new()
    }
}

/// What documents yield before [`Extraction::settle`]: one document's claims, merged by
/// statement, or several documents' joined with [`DocumentClaims::append`]. The compact
/// form kept of a document while the rest of a corpus is read.
///
/// Memory: one [`crate::model::Provenance`] per claim plus one id pair per statement;
/// joining moves provenance lists, never copies them.
#[derive(Debug, Default)]
pub struct DocumentClaims {
    /// Entities with their best display names.
    pub entities: BTreeMap<EntityId, Entity>,
    /// Claims, merged by statement.
    pub claims: ClaimSet,
    /// Claims that name a group by its establishing act only, for the settling to resolve.
    pub pending: Vec<pending::PendingClaim>,
    /// Warnings in reading order.
    pub warnings: Vec<Warning>,
}

impl DocumentClaims {
    /// Joins another document's claims to these, so a reader can add each document as
    /// soon as it is read and keep no per-document parts.
    pub fn append(&mut self, other: DocumentClaims) {
        for (id, entity) in other.entities {
            merge_entity(&mut self.entities, id, entity);
        }
        self.claims.append(other.claims);
        self.pending.extend(other.pending);
        self.warnings.extend(other.warnings);
    }
}

impl Extractor {
    /// Builds the extractor: compiles the state automaton and, at the same time on the
    /// other cores, every rule pattern (a run over a small corpus spends most of its time
    /// compiling them; done lazily, threads wait on each other's patterns one at a time).
    pub fn new() -> Self {
        let (states, ()) = rayon::join(StateMatcher::new, || {
            rayon::join(
                || {
                    pattern::warm(
                        &[
                            &refs::PATTERNS[..],
                            &rules::PATTERNS[..],
                            &rules::TALLY_PATTERNS[..],
                            &rulebook::patterns()[..],
                        ]
                        .concat(),
                    )
                },
                || rulebook::CUES.warm(),
            );
        });
        Extractor { states }
    }

    /// Claims of one document. Group references that need other documents to resolve
    /// ("established by resolution 75/240") wait in [`DocumentClaims::pending`] until
    /// [`Extractor::merge`].
    pub fn extract_document(&self, doc: &Document) -> DocumentClaims {
        rules::DocumentReader::new(doc, &self.states).read()
    }

    /// Reads all documents (in parallel), resolves cross-document references and sorts.
    pub fn extract(&self, docs: &[Document]) -> Extraction {
        let parts: Vec<(DocumentInfo, DocumentClaims)> = docs
            .par_iter()
            .map(|d| (DocumentInfo::of(d), self.extract_document(d)))
            .collect();
        Extractor::merge(parts)
    }

    /// Joins the claims of single documents (from [`Extractor::extract_document`], in
    /// any order) and settles them ([`Extraction::settle`]).
    pub fn merge(parts: Vec<(DocumentInfo, DocumentClaims)>) -> Extraction {
        let mut documents = Vec::with_capacity(parts.len());
        let mut read = DocumentClaims::default();
        for (info, part) in parts {
            documents.push(info);
            read.append(part);
        }
        Extraction::settle(documents, read)
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

#[cfg(test)]
mod rule_tests;
#[cfg(test)]
mod tests;
