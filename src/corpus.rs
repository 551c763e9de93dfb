//! The corpus a command works on: the bundled documents plus any the user names, read
//! into one extraction and one graph.
//!
//! This is the one place that decides which documents a run sees, so every command (and
//! the report) answers from the same graph.
//!
//! Documents are streamed: each file is loaded, read for claims and dropped (files in
//! parallel), so memory holds the documents being read plus the claims, never the whole
//! corpus. Only each document's id and path are kept. A document's claims are merged by
//! statement as soon as it is read ([`ClaimSet`](crate::model::ClaimSet)), so what is kept per claim is one
//! provenance; the graph then takes those provenance lists over without copying them and
//! is the only copy of the claims ([`Graph::claims`]).

use crate::analysis::RollCalls;
use crate::analysis::memberships::{MembershipGroup, Memberships};
use crate::documents::{self, Document, DocumentError, Limits};
use crate::extract::{DocumentClaims, DocumentInfo, Extraction, Extractor, Warning};
use crate::graph::{Conflict, Graph, Node};
use crate::model::{EntityId, EntityKind, Provenance, Relation, Status};
use rayon::prelude::*;
use serde::Serialize;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};

/// Which documents to read.
#[derive(Debug, Clone, Default)]
pub struct CorpusOptions {
    /// Files or directories the user adds.
    pub paths: Vec<PathBuf>,
    /// Leave out the bundled documents.
    pub no_bundled: bool,
    /// Size limit and UTF-8 handling.
    pub limits: Limits,
    /// Keep only claims some document states plainly: sentences flagged
    /// `[unverified ...]` are read (and listed) but give no facts.
    pub verified_only: bool,
}

/// Documents read, the errors of those that could not be read, and what they say.
#[derive(Debug)]
pub struct Corpus {
    /// Id and path of each document read, in id order. (The text is not kept: bundled
    /// documents are in [`documents::bundled_source`], others are read again from their
    /// path when needed.)
    pub documents: Vec<DocumentInfo>,
    /// Documents that could not be read (the rest were processed).
    pub errors: Vec<DocumentError>,
    /// Problems that did not stop a document from loading (lossy decoding), one line
    /// each, in document order.
    pub warnings: Vec<String>,
    /// What the extraction warns of (names it could not resolve, references left open),
    /// sorted by position.
    pub extraction_warnings: Vec<Warning>,
    /// The merged graph: every claim (see [`Graph::claims`]).
    pub graph: Graph,
    /// How the documents were read: the report reads each source again the same way.
    pub limits: Limits,
}

impl Corpus {
    /// Reads the corpus and builds the graph, streaming the user's files.
    pub fn load(options: &CorpusOptions) -> Corpus {
        // Parsing the bundled documents does not need the extractor: do it while the
        // extractor compiles its automaton and patterns.
        let (extractor, bundled) = rayon::join(Extractor::new, || {
            if options.no_bundled {
                Vec::new()
            } else {
                documents::bundled()
            }
        });
        let merged = Mutex::new(DocumentClaims::default());
        let read = |d: Document| read_into(&extractor, &merged, d);
        let mut parts: Vec<MergedDocument> = bundled.into_par_iter().map(read).collect();
        let mut errors = Vec::new();
        if !options.paths.is_empty() {
            let (paths, limits) = (&options.paths, &options.limits);
            let (more, bad) = read_paths(&extractor, &merged, paths, limits, |_| ());
            parts.extend(more.into_iter().map(|(part, ())| part));
            errors = bad;
        }
        Corpus::from_parts(parts, merged, errors, options)
    }

    /// Joins documents read elsewhere (by other processes or machines, see
    /// [`crate::shard`]) and, unless `options.no_bundled`, the bundled documents: the
    /// corpus [`Corpus::load`] gives for the same documents, in whatever order they come.
    /// `options.paths` and `options.limits` are not used (the documents are given, read).
    pub fn from_read(
        read: impl IntoIterator<Item = ReadDocument>,
        options: &CorpusOptions,
    ) -> Corpus {
        let merged = Mutex::new(DocumentClaims::default());
        let mut parts: Vec<MergedDocument> = if options.no_bundled {
            Vec::new()
        } else {
            let extractor = Extractor::new();
            documents::bundled()
                .into_par_iter()
                .map(|d| read_into(&extractor, &merged, d))
                .collect()
        };
        parts.extend(read.into_iter().map(|r| add_into(&merged, r)));
        Corpus::from_parts(parts, merged, Vec::new(), options)
    }

    /// The files the documents were read from: what `-o` must not overwrite.
    pub fn input_paths(&self) -> impl Iterator<Item = &Path> {
        self.documents.iter().map(|d| Path::new(&d.path))
    }

    /// What `--strict` counts as a finding, one line each: extraction warnings, the
    /// number of edges resting only on unverified statements, and each conflict between
    /// documents. Every command decides its strict-mode exit code from this list.
    pub fn strict_findings(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .extraction_warnings
            .iter()
            .map(|w| format!("{}: {}", w.location(), w.message))
            .collect();
        let unverified = self.graph.unverified_edge_count();
        if unverified > 0 {
            out.push(format!(
                "{unverified} edges rest only on statements flagged unverified"
            ));
        }
        for conflict in self.graph.conflicts() {
            out.push(format!(
                "conflict: {} of {}",
                conflict.topic, conflict.subject
            ));
        }
        out
    }

    /// The memberships every analysis works on, decided here once for every command and
    /// the report: without a membership table, every `member_of` fact of the graph; with
    /// one (`--memberships FILE.csv`), the table's rows replace what the bundled documents
    /// state, and the memberships the user's own documents (`--corpus`) state are added
    /// to them.
    pub fn memberships(&self, table: Option<Memberships>) -> Memberships {
        match table {
            None => Memberships::from_graph(&self.graph),
            Some(table) => table.union(&self.memberships_stated_by_user_documents()),
        }
    }

    /// The `member_of` facts (state -> group) that at least one document not bundled
    /// with the tool states.
    fn memberships_stated_by_user_documents(&self) -> Memberships {
        Memberships::from_rows(
            self.graph
                .edges()
                .filter(|e| {
                    e.edge.relation == Relation::MemberOf
                        && e.source.kind == EntityKind::State
                        && e.target.kind == EntityKind::Group
                        && e.edge
                            .provenance
                            .iter()
                            .any(|p| documents::bundled_source(&p.document).is_none())
                })
                .map(|e| {
                    (
                        e.source.id.clone(),
                        MembershipGroup::from_id(e.target.id.as_str()),
                    )
                }),
        )
    }

    /// Merges the votes of a roll-call dataset (`--votes FILE --roll-calls FILE`) into
    /// the graph, as if read with the documents.
    pub fn add_roll_calls(&mut self, roll_calls: &RollCalls) {
        self.graph = std::mem::take(&mut self.graph).with_claims(roll_calls.claims());
    }

    /// Writes the whole corpus as JSON, as `ggegraph build --format json` prints it:
    /// documents, entities, every claim, the merged edges with their provenance, the nodes
    /// with literal attributes, the conflicts and the warnings (pretty-printed, one
    /// trailing newline).
    ///
    /// # Errors
    /// Any I/O error from `w`.
    pub fn write_json(&self, w: &mut dyn Write) -> io::Result<()> {
        let g = &self.graph;
        let out = CorpusJson {
            documents: &self.documents,
            entities: g
                .nodes()
                .filter(|n| n.named)
                .map(|n| EntityJson {
                    id: &n.id,
                    kind: n.kind,
                    name: &n.name,
                })
                .collect(),
            claims: ClaimsJson(g),
            edges: g
                .edges()
                .map(|e| EdgeJson {
                    source: e.source.id.as_str(),
                    relation: e.edge.relation,
                    target: e.target.id.as_str(),
                    status: e.edge.status(),
                    provenance: &e.edge.provenance,
                })
                .collect(),
            nodes: g.nodes().filter(|n| !n.attributes.is_empty()).collect(),
            conflicts: g.conflicts(),
            warnings: &self.extraction_warnings,
        };
        serde_json::to_writer_pretty(&mut *w, &out).map_err(io::Error::other)?;
        writeln!(w)
    }

    fn from_parts(
        mut parts: Vec<MergedDocument>,
        read: Mutex<DocumentClaims>,
        errors: Vec<DocumentError>,
        options: &CorpusOptions,
    ) -> Corpus {
        parts.sort_by(|a, b| a.info.id.cmp(&b.info.id));
        let warnings = parts
            .iter_mut()
            .flat_map(|p| p.warnings.drain(..))
            .collect();
        let documents: Vec<DocumentInfo> = parts.into_iter().map(|p| p.info).collect();
        let read = read.into_inner().unwrap_or_else(PoisonError::into_inner);
        let mut extraction = Extraction::settle(documents.clone(), read);
        if options.verified_only {
            extraction
                .claims
                .retain_provenance(|p| p.status == Status::Stated);
        }
        let graph = Graph::new(extraction.entities, extraction.claims);
        Corpus {
            documents,
            errors,
            warnings,
            extraction_warnings: extraction.warnings,
            graph,
            limits: options.limits,
        }
    }
}

/// What [`extract_paths_with`] read from the files a user named.
#[derive(Debug)]
pub struct PathExtraction<T> {
    /// Entities, claims and warnings of the documents that loaded, merged and sorted.
    pub extraction: Extraction,
    /// What the caller's `inspect` returned for each document that loaded, in the order
    /// of [`documents::find_documents_with`].
    pub inspected: Vec<T>,
    /// Problems that did not stop a document from loading (lossy decoding), one line
    /// each, in document order.
    pub warnings: Vec<String>,
    /// Documents that could not be read (the rest were processed).
    pub errors: Vec<DocumentError>,
}

/// Reads files and directories (and standard input for `-`) the way `ggegraph extract`
/// does: no bundled corpus, each document loaded, shown to `inspect`, read for claims,
/// merged and dropped as [`Corpus::load`] reads its own (the same reading path), then
/// settled (cross-document references resolved among these documents only).
///
/// This is the one extraction path for a user's own files: `extract` prints its result
/// and `eval` scores it, so what `eval` measures is what `extract` gives. `inspect` lets
/// a caller look at the loaded text (`eval` finds where a missed state is named) without
/// loading the file twice.
pub fn extract_paths_with<T: Send>(
    extractor: &Extractor,
    paths: &[PathBuf],
    limits: &Limits,
    inspect: impl Fn(&Document) -> T + Sync,
) -> PathExtraction<T> {
    let merged = Mutex::new(DocumentClaims::default());
    let (parts, errors) = read_paths(extractor, &merged, paths, limits, inspect);
    let mut documents = Vec::with_capacity(parts.len());
    let mut inspected = Vec::with_capacity(parts.len());
    let mut warnings = Vec::new();
    for (part, seen) in parts {
        documents.push(part.info);
        inspected.push(seen);
        warnings.extend(part.warnings);
    }
    let read = merged.into_inner().unwrap_or_else(PoisonError::into_inner);
    PathExtraction {
        extraction: Extraction::settle(documents, read),
        inspected,
        warnings,
        errors,
    }
}

/// The one path from a user's files to claims: each document at `paths` loaded (files in
/// parallel), shown to `inspect`, read for claims, added to `merged` and dropped, so no
/// more than a few documents are held at once. Parts come in the order of
/// [`documents::find_documents_with`].
fn read_paths<T: Send>(
    extractor: &Extractor,
    merged: &Mutex<DocumentClaims>,
    paths: &[PathBuf],
    limits: &Limits,
    inspect: impl Fn(&Document) -> T + Sync,
) -> (Vec<(MergedDocument, T)>, Vec<DocumentError>) {
    documents::load_paths_with(paths, limits, |d| {
        let seen = inspect(&d);
        (read_into(extractor, merged, d), seen)
    })
}

/// One document read for claims and dropped: its id and path, what it says, and the
/// problems met loading it. What [`Corpus::from_read`] joins.
#[derive(Debug)]
pub struct ReadDocument {
    /// Id and path.
    pub info: DocumentInfo,
    /// Entities, claims (merged by statement) and extraction warnings.
    pub claims: DocumentClaims,
    /// Problems that did not stop the document from loading (lossy decoding), one line
    /// each.
    pub warnings: Vec<String>,
}

impl ReadDocument {
    /// Reads a loaded document for claims, as [`Corpus::load`] reads each of its own.
    pub fn read(extractor: &Extractor, mut d: Document) -> ReadDocument {
        let claims = extractor.extract_document(&d);
        ReadDocument {
            info: DocumentInfo::of(&d),
            claims,
            warnings: std::mem::take(&mut d.warnings),
        }
    }
}

/// Reads one document, adds its claims to `merged` and drops the document: what is kept
/// of it is its id, path and loading warnings.
fn read_into(extractor: &Extractor, merged: &Mutex<DocumentClaims>, d: Document) -> MergedDocument {
    add_into(merged, ReadDocument::read(extractor, d))
}

/// Adds a document's claims to `merged`, keeping its id, path and loading warnings.
fn add_into(merged: &Mutex<DocumentClaims>, read: ReadDocument) -> MergedDocument {
    merged
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .append(read.claims);
    MergedDocument {
        info: read.info,
        warnings: read.warnings,
    }
}

/// An entity as the documents name it (the graph's named nodes), as [`crate::model::Entity`]
/// writes it.
#[derive(Serialize)]
struct EntityJson<'a> {
    id: &'a EntityId,
    kind: EntityKind,
    name: &'a str,
}

/// The JSON of [`Corpus::write_json`].
#[derive(Serialize)]
struct CorpusJson<'a> {
    documents: &'a [DocumentInfo],
    entities: Vec<EntityJson<'a>>,
    claims: ClaimsJson<'a>,
    edges: Vec<EdgeJson<'a>>,
    nodes: Vec<&'a Node>,
    conflicts: Vec<Conflict>,
    warnings: &'a [Warning],
}

/// One merged edge with every provenance that states it.
#[derive(Serialize)]
struct EdgeJson<'a> {
    source: &'a str,
    relation: Relation,
    target: &'a str,
    status: Status,
    provenance: &'a [Provenance],
}

/// The claims of a graph as a JSON array, written as they are read from the graph.
struct ClaimsJson<'a>(&'a Graph);

impl Serialize for ClaimsJson<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.claims())
    }
}

/// What is kept of one document once its claims are merged into the corpus's: its id
/// and path, and the problems met loading it.
struct MergedDocument {
    info: DocumentInfo,
    warnings: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Claim;

    /// The graph is the only copy of the claims: reading them back from it gives exactly
    /// the sorted, deduplicated claims of a plain extraction.
    #[test]
    fn graph_claims_are_the_extracted_claims() {
        let extraction = Extractor::new().extract(&documents::bundled());
        let corpus = Corpus::load(&CorpusOptions::default());
        let claims: Vec<Claim> = corpus.graph.claims().map(|c| c.to_claim()).collect();
        let extracted: Vec<Claim> = extraction.claims.iter().map(|c| c.to_claim()).collect();
        assert_eq!(claims, extracted);
        assert_eq!(corpus.graph.claim_count(), extraction.claims.claim_count());
        let named: Vec<crate::model::Entity> = corpus
            .graph
            .nodes()
            .filter(|n| n.named)
            .map(|n| crate::model::Entity {
                id: n.id.clone(),
                kind: n.kind,
                name: n.name.clone(),
            })
            .collect();
        assert_eq!(named, extraction.entities);
        assert_eq!(corpus.extraction_warnings, extraction.warnings);
        assert_eq!(corpus.documents, extraction.documents);
    }

    /// The one membership rule: a table replaces what the bundled documents state, and
    /// what the user's own documents state is added to it.
    #[test]
    fn a_membership_table_replaces_the_bundled_memberships_and_keeps_the_users() {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let mine = dir.path().join("mine.txt");
        std::fs::write(
            &mine,
            "Experts from the following Member States participated in the GGE 2019/2021: \
             Fiji and Malta.\n",
        )
        .expect("written");
        let corpus = Corpus::load(&CorpusOptions {
            paths: vec![mine],
            ..CorpusOptions::default()
        });
        let table = Memberships::from_reader(
            "state,group\nTogo,gge-2004-2005\n".as_bytes(),
            Path::new("m.csv"),
            false,
        )
        .expect("a valid table");
        let ids = |m: &Memberships| -> Vec<String> {
            m.pairs
                .iter()
                .map(|&(s, g)| format!("{} {}", m.states[s as usize], m.groups[g as usize].id))
                .collect()
        };
        let all = ids(&corpus.memberships(None));
        assert!(
            all.contains(&"state:FJI gge-2019-2021".to_string()),
            "{all:?}"
        );
        assert!(
            all.contains(&"state:USA gge-2019-2021".to_string()),
            "{all:?}"
        );
        let mixed = ids(&corpus.memberships(Some(table)));
        assert_eq!(
            mixed,
            [
                "state:FJI gge-2019-2021",
                "state:MLT gge-2019-2021",
                "state:TGO gge-2004-2005"
            ]
        );
    }
}
