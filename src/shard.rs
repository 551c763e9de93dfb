//! Extraction spread over processes or machines (Dask, Spark, a job queue): one
//! document's claims as plain data that can be serialised and sent ([`DocumentShard`]),
//! and the merge that joins shards, in any order, into the corpus `ggegraph build
//! --corpus` gives on one machine.
//!
//! Extraction is per document. What needs every document (references such as "the OEWG
//! established by resolution 75/240", entity names, conflicts) is decided in the merge,
//! by the code [`Corpus::load`] runs, so the graph does not depend on which machine read
//! which document, nor on the order the shards come back in. Not for choosing which files
//! to read: [`documents::find_documents_with`] lists them (with the ids `build --corpus`
//! gives) on the machine that shares them out.
//!
//! ```
//! use ggegraph::corpus::CorpusOptions;
//! use ggegraph::documents::{Document, Format};
//! use ggegraph::extract::Extractor;
//! use ggegraph::shard::{self, DocumentShard};
//! use std::path::Path;
//!
//! let text = "Experts from the following States were members of the GGE 2014/2015: Brazil and Kenya.";
//! let doc = Document::from_source("a.txt", Path::new("a.txt"), Format::Text, text);
//! // On a worker: read, then serialise.
//! let sent = serde_json::to_string(&DocumentShard::read(&Extractor::new(), doc)).unwrap();
//! // Where the graph is built: deserialise and merge.
//! let back: DocumentShard = serde_json::from_str(&sent).unwrap();
//! let options = CorpusOptions { no_bundled: true, ..CorpusOptions::default() };
//! let corpus = shard::merge([&back], &options).unwrap();
//! assert!(corpus.graph.node("state:KEN").is_some());
//! ```

use crate::corpus::{Corpus, CorpusOptions, ReadDocument};
use crate::documents::{self, Document, DocumentError, DocumentFile, Limits};
use crate::extract::pending::{End, PendingClaim, PendingGroup};
use crate::extract::{self, DocumentClaims, DocumentInfo, Extractor, Warning};
use crate::model::{
    ClaimRef, ClaimSet, Entity, EntityId, Object, Provenance, Relation, Statement, Status,
};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

/// What one document yields, as plain data: serialise it (serde: JSON, a Python
/// object) to send it from the machine that read the document to the one that builds
/// the graph.
///
/// Compact, since a corpus sends millions of claims: each statement once with the places
/// it is stated, each quoted sentence once (a list of fifteen members is one sentence and
/// fifteen claims), statements and places as JSON arrays rather than objects.
/// [`DocumentShard::claims`] gives the claims as flat rows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentShard {
    /// Id and path, as `build --corpus` names the document; every provenance is of it.
    pub document: DocumentInfo,
    /// Entities with their names in this document, sorted by id.
    pub entities: Vec<Entity>,
    /// Each distinct quoted sentence once; places refer to it by index.
    pub quotes: Vec<String>,
    /// Statements in order, each with every place that states it (references to other
    /// documents not yet resolved).
    pub statements: Vec<ShardStatement>,
    /// Claims that name a group only by the act that set it up, which the merge settles
    /// against the other documents.
    #[serde(default)]
    pub pending: Vec<ShardPending>,
    /// Extraction warnings, in reading order.
    pub warnings: Vec<Warning>,
    /// Problems that did not stop the document from loading (lossy decoding), one line
    /// each.
    pub load_warnings: Vec<String>,
}

/// A statement of a [`DocumentShard`]: subject, relation, object (an entity id, or a
/// literal value), and the places that state it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShardStatement(pub EntityId, pub Relation, pub String, pub Vec<ShardPlace>);

/// A claim of a [`DocumentShard`] with an end that waits for the merge: subject,
/// relation, object, and the place that states it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShardPending(pub ShardEnd, pub Relation, pub ShardEnd, pub ShardPlace);

/// One end of a [`ShardPending`]: an entity id or literal value, or the group known by
/// the act that set it up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ShardEnd {
    /// An entity id, or a literal value for literal relations.
    Known(String),
    /// A group named by its establishing act.
    Pending(PendingGroup),
}

impl ShardEnd {
    fn of<T>(end: End<T>, text: impl FnOnce(T) -> String) -> ShardEnd {
        match end {
            End::Known(v) => ShardEnd::Known(text(v)),
            End::Pending(p) => ShardEnd::Pending(p),
        }
    }
}

/// Where a statement of a [`DocumentShard`] is stated: page (for documents with pages),
/// line, column, the index of the quote in [`DocumentShard::quotes`], status, and the
/// rule that read it (empty for none).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShardPlace(
    pub Option<u32>,
    pub u32,
    pub u32,
    pub u32,
    pub Status,
    pub String,
);

/// One claim as one flat row: statement and provenance side by side, the shape of a table
/// (Parquet, a data frame).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimRecord {
    /// The entity the claim is about.
    pub subject: EntityId,
    /// What is said.
    pub relation: Relation,
    /// An entity id, or a literal value for literal relations.
    pub object: String,
    /// Document id.
    pub document: String,
    /// 1-based page, for documents with pages.
    pub page: Option<u32>,
    /// 1-based line (on the page, for paged documents).
    pub line: u32,
    /// 1-based column.
    pub column: u32,
    /// The quoted sentence (or the window of it around the mention).
    pub text: String,
    /// Whether the document flags the statement as unverified.
    pub status: Status,
    /// The extraction rule that read the claim (see `ggegraph rules`); empty for claims no
    /// rule read.
    pub rule: String,
}

impl ClaimRecord {
    /// The row of a claim.
    pub fn of(claim: ClaimRef<'_>) -> ClaimRecord {
        let p = claim.provenance;
        ClaimRecord {
            subject: claim.subject.clone(),
            relation: claim.relation,
            object: claim.object.to_string(),
            document: p.document.to_string(),
            page: p.page,
            line: p.line,
            column: p.column,
            text: p.text.to_string(),
            status: p.status,
            rule: p.rule.to_string(),
        }
    }
}

/// Why shards cannot be merged.
#[derive(Debug, thiserror::Error)]
pub enum ShardError {
    /// A claim names a rule the extractor does not have (a shard of another version).
    #[error("{document}: claim read by unknown rule {rule:?} (shard of another ggegraph version?)")]
    UnknownRule {
        /// Document id of the shard.
        document: String,
        /// The name given.
        rule: String,
    },
    /// A place names a quote the shard does not have.
    #[error("{document}: quote {index} of {count} named (damaged shard)")]
    NoSuchQuote {
        /// Document id of the shard.
        document: String,
        /// The index given.
        index: u32,
        /// Number of quotes in the shard.
        count: usize,
    },
    /// A literal relation's value that is no value of it (a damaged shard).
    #[error("{document}: {value:?} is no value of {relation} (damaged shard)")]
    NoSuchValue {
        /// Document id of the shard.
        document: String,
        /// The relation.
        relation: Relation,
        /// The text given.
        value: String,
    },
    /// Two shards, or a shard and a bundled document, have one id.
    #[error("document id {0:?} given twice (each document is read once, under one id)")]
    DuplicateDocument(String),
}

impl DocumentShard {
    /// Reads a loaded document for claims, as [`Corpus::load`] reads each of its own.
    pub fn read(extractor: &Extractor, document: Document) -> DocumentShard {
        DocumentShard::from(ReadDocument::read(extractor, document))
    }

    /// Loads one file and reads it: what `build --corpus` makes of that file.
    ///
    /// # Errors
    /// The [`DocumentError`] of loading it.
    pub fn read_file(
        extractor: &Extractor,
        file: &DocumentFile,
        limits: &Limits,
    ) -> Result<DocumentShard, DocumentError> {
        Ok(DocumentShard::read(extractor, file.load(limits)?))
    }

    /// Number of claims (places of all statements); the claims in
    /// [`DocumentShard::pending`] wait for the merge and are not counted.
    pub fn claim_count(&self) -> usize {
        self.statements.iter().map(|s| s.3.len()).sum()
    }

    /// The claims as rows, sorted (subject, relation, object, then place).
    pub fn claims(&self) -> Vec<ClaimRecord> {
        let mut rows = Vec::with_capacity(self.claim_count());
        for ShardStatement(subject, relation, object, places) in &self.statements {
            for ShardPlace(page, line, column, quote, status, rule) in places {
                rows.push(ClaimRecord {
                    subject: subject.clone(),
                    relation: *relation,
                    object: object.clone(),
                    document: self.document.id.clone(),
                    page: *page,
                    line: *line,
                    column: *column,
                    text: self
                        .quotes
                        .get(*quote as usize)
                        .cloned()
                        .unwrap_or_default(),
                    status: *status,
                    rule: rule.clone(),
                });
            }
        }
        rows
    }

    /// Back to what the merge takes: provenances share their document id and quotes
    /// again, and rule names are the extractor's.
    ///
    /// # Errors
    /// [`ShardError::UnknownRule`] for a rule the extractor does not have,
    /// [`ShardError::NoSuchQuote`] for a quote index out of range,
    /// [`ShardError::NoSuchValue`] for a value its relation cannot have.
    pub fn to_read(&self) -> Result<ReadDocument, ShardError> {
        let document: Arc<str> = self.document.id.as_str().into();
        let quotes: Vec<Arc<str>> = self.quotes.iter().map(|q| Arc::from(q.as_str())).collect();
        let mut claims = ClaimSet::default();
        for ShardStatement(subject, relation, object, places) in &self.statements {
            let provenance = places
                .iter()
                .map(|place| self.provenance(place, &document, &quotes))
                .collect::<Result<_, _>>()?;
            let statement = Statement {
                subject: subject.clone(),
                relation: *relation,
                object: self.object(*relation, object)?,
            };
            claims.insert(statement, provenance);
        }
        let mut pending = Vec::with_capacity(self.pending.len());
        for ShardPending(subject, relation, object, place) in &self.pending {
            pending.push(PendingClaim {
                subject: match subject {
                    ShardEnd::Known(id) => End::Known(EntityId(id.clone())),
                    ShardEnd::Pending(p) => End::Pending(p.clone()),
                },
                relation: *relation,
                object: match object {
                    ShardEnd::Known(o) => End::Known(self.object(*relation, o)?),
                    ShardEnd::Pending(p) => End::Pending(p.clone()),
                },
                provenance: self.provenance(place, &document, &quotes)?,
            });
        }
        Ok(ReadDocument {
            info: self.document.clone(),
            claims: DocumentClaims {
                entities: self
                    .entities
                    .iter()
                    .map(|e| (e.id.clone(), e.clone()))
                    .collect(),
                claims,
                pending,
                warnings: self.warnings.clone(),
            },
            warnings: self.load_warnings.clone(),
        })
    }

    /// The provenance a place gives, sharing the document id and quotes.
    fn provenance(
        &self,
        ShardPlace(page, line, column, quote, status, rule): &ShardPlace,
        document: &Arc<str>,
        quotes: &[Arc<str>],
    ) -> Result<Provenance, ShardError> {
        let id = &self.document.id;
        let text = quotes
            .get(*quote as usize)
            .ok_or_else(|| ShardError::NoSuchQuote {
                document: id.clone(),
                index: *quote,
                count: quotes.len(),
            })?
            .clone();
        let rule = extract::rule_name(rule).ok_or_else(|| ShardError::UnknownRule {
            document: id.clone(),
            rule: rule.clone(),
        })?;
        Ok(Provenance {
            document: document.clone(),
            page: *page,
            line: *line,
            column: *column,
            text,
            status: *status,
            rule,
        })
    }

    /// The object a statement's text gives for its relation.
    fn object(&self, relation: Relation, object: &str) -> Result<Object, ShardError> {
        Object::parse(relation, object).ok_or_else(|| ShardError::NoSuchValue {
            document: self.document.id.clone(),
            relation,
            value: object.to_string(),
        })
    }
}

impl From<ReadDocument> for DocumentShard {
    fn from(read: ReadDocument) -> DocumentShard {
        let mut quotes = Vec::new();
        let mut index: HashMap<Arc<str>, u32> = HashMap::new();
        let mut place = |p: Provenance| {
            let quote = *index.entry(p.text.clone()).or_insert_with(|| {
                quotes.push(p.text.to_string());
                u32::try_from(quotes.len() - 1).unwrap_or(u32::MAX)
            });
            ShardPlace(p.page, p.line, p.column, quote, p.status, p.rule.into())
        };
        let claims = read.claims;
        let statements = claims
            .claims
            .into_sorted()
            .map(|(s, provenance)| {
                let places = provenance.into_iter().map(&mut place).collect();
                ShardStatement(s.subject, s.relation, s.object.to_string(), places)
            })
            .collect();
        let mut pending_claims = claims.pending;
        pending_claims.sort();
        let pending = pending_claims
            .into_iter()
            .map(|c| {
                let subject = ShardEnd::of(c.subject, |id| id.0);
                let object = ShardEnd::of(c.object, |o| o.to_string());
                ShardPending(subject, c.relation, object, place(c.provenance))
            })
            .collect();
        DocumentShard {
            document: read.info,
            entities: claims.entities.into_values().collect(),
            quotes,
            statements,
            pending,
            warnings: claims.warnings,
            load_warnings: read.warnings,
        }
    }
}

/// Joins shards, in any order, with the bundled documents unless `options.no_bundled`:
/// the corpus `build --corpus` gives for the same files (with `options.verified_only`,
/// that of `--verified-only`). `options.paths` and `options.limits` are not used.
///
/// # Errors
/// [`ShardError`] for a shard the merge cannot take; nothing is merged then.
///
/// Complexity: O(C log C) for C claims.
pub fn merge<'a>(
    shards: impl IntoIterator<Item = &'a DocumentShard>,
    options: &CorpusOptions,
) -> Result<Corpus, ShardError> {
    let mut ids = BTreeSet::new();
    let mut read = Vec::new();
    for shard in shards {
        let id = &shard.document.id;
        let bundled = !options.no_bundled && documents::bundled_source(id).is_some();
        if bundled || !ids.insert(id.as_str()) {
            return Err(ShardError::DuplicateDocument(id.clone()));
        }
        read.push(shard.to_read()?);
    }
    Ok(Corpus::from_read(read, options))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json(corpus: &Corpus) -> String {
        let mut out = Vec::new();
        corpus.write_json(&mut out).expect("write");
        String::from_utf8(out).expect("utf-8")
    }

    #[test]
    fn bundled_documents_sent_as_shards_in_any_order_give_the_loaded_corpus() {
        let extractor = Extractor::new();
        let mut shards: Vec<DocumentShard> = documents::bundled()
            .into_iter()
            .map(|d| DocumentShard::read(&extractor, d))
            .collect();
        // Through JSON, as a worker would send them, in reverse order.
        let text = serde_json::to_string(&shards).expect("serialise");
        shards = serde_json::from_str(&text).expect("deserialise");
        shards.reverse();
        let options = CorpusOptions {
            no_bundled: true,
            ..CorpusOptions::default()
        };
        let merged = merge(&shards, &options).expect("merge");
        assert_eq!(
            json(&merged),
            json(&Corpus::load(&CorpusOptions::default()))
        );
    }

    #[test]
    fn a_group_named_by_its_resolution_travels_typed_and_is_settled_in_the_merge() {
        let doc = |id: &str, text: &str| {
            Document::from_source(id, std::path::Path::new(id), documents::Format::Text, text)
        };
        let extractor = Extractor::new();
        let chair = DocumentShard::read(
            &extractor,
            doc(
                "a.txt",
                "The OEWG established by resolution 75/240 was chaired by Burhan Gafoor of Singapore.",
            ),
        );
        let text = serde_json::to_string(&chair).expect("serialise");
        assert!(text.contains(r#"{"pending":{"kind":"oewg","established_by":"A/RES/75/240"}}"#));
        let back: DocumentShard = serde_json::from_str(&text).expect("deserialise");
        assert_eq!(back, chair);
        assert_eq!(back.pending.len(), 1);
        let options = CorpusOptions {
            no_bundled: true,
            ..CorpusOptions::default()
        };
        let corpus = merge([&back], &options).expect("merge");
        let out = json(&corpus);
        assert!(out.contains("oewg-2021-2025"), "{out}");
        assert!(corpus.graph.node("person:burhan-gafoor").is_some());
        assert!(!out.contains("established-by"));
    }

    #[test]
    fn unknown_rules_and_repeated_ids_are_refused() {
        let doc = |id: &str| {
            Document::from_source(
                id,
                std::path::Path::new(id),
                documents::Format::Text,
                "Experts from the following States were members of the GGE 2014/2015: Brazil and Kenya.",
            )
        };
        let extractor = Extractor::new();
        let mut shard = DocumentShard::read(&extractor, doc("a.txt"));
        let options = CorpusOptions::default();
        assert!(matches!(
            merge([&shard, &shard], &options),
            Err(ShardError::DuplicateDocument(id)) if id == "a.txt"
        ));
        let bundled = documents::bundled().remove(0).id;
        let clash = DocumentShard::read(&extractor, doc(&bundled));
        assert!(matches!(
            merge([&clash], &options),
            Err(ShardError::DuplicateDocument(_))
        ));
        let rows = shard.claims();
        assert_eq!(rows.len(), shard.claim_count());
        assert!(
            rows.iter()
                .all(|r| r.document == "a.txt" && r.text.contains("Kenya"))
        );
        shard.statements[0].3[0].5 = "no-such-rule".into();
        assert!(matches!(
            merge([&shard], &options),
            Err(ShardError::UnknownRule { rule, .. }) if rule == "no-such-rule"
        ));
        shard.statements[0].3[0].3 = 99;
        assert!(matches!(
            merge([&shard], &options),
            Err(ShardError::NoSuchQuote { index: 99, .. })
        ));
    }
}
