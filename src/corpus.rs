//! The corpus a command works on: the bundled documents plus any the user names, read
//! into one extraction and one graph.
//!
//! This is the one place that decides which documents a run sees, so every command (and
//! the report) answers from the same graph.
//!
//! Documents are streamed: each file is loaded, read for claims and dropped (files in
//! parallel), so memory holds the documents being read plus the extraction, never the
//! whole corpus. Only each document's id and path are kept.

use crate::documents::{self, Document, DocumentError, Limits};
use crate::extract::{DocumentExtraction, DocumentInfo, Extraction, Extractor};
use crate::graph::Graph;
use crate::model::Status;
use rayon::prelude::*;
use std::path::PathBuf;

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
    /// Claims and entities.
    pub extraction: Extraction,
    /// The merged graph.
    pub graph: Graph,
}

impl Corpus {
    /// Reads the corpus and builds the graph, streaming the user's files.
    pub fn load(options: &CorpusOptions) -> Corpus {
        let extractor = Extractor::new();
        let read = |d: Document| Part {
            extraction: extractor.extract_document(&d),
            info: DocumentInfo::of(&d),
            warnings: d.warnings,
        };
        let mut parts: Vec<Part> = if options.no_bundled {
            Vec::new()
        } else {
            documents::bundled().into_par_iter().map(read).collect()
        };
        let mut errors = Vec::new();
        if !options.paths.is_empty() {
            let (more, bad) = documents::load_paths_with(&options.paths, &options.limits, read);
            parts.extend(more);
            errors = bad;
        }
        Corpus::from_parts(parts, errors, options.verified_only)
    }

    /// Builds from documents already loaded.
    pub fn from_documents(documents: Vec<Document>, errors: Vec<DocumentError>) -> Corpus {
        let extractor = Extractor::new();
        let parts = documents
            .par_iter()
            .map(|d| Part {
                info: DocumentInfo::of(d),
                extraction: extractor.extract_document(d),
                warnings: d.warnings.clone(),
            })
            .collect();
        Corpus::from_parts(parts, errors, false)
    }

    fn from_parts(mut parts: Vec<Part>, errors: Vec<DocumentError>, verified_only: bool) -> Corpus {
        parts.sort_by(|a, b| a.info.id.cmp(&b.info.id));
        let documents = parts.iter().map(|p| p.info.clone()).collect();
        let warnings = parts
            .iter_mut()
            .flat_map(|p| p.warnings.drain(..))
            .collect();
        let mut extraction =
            Extractor::merge(parts.into_iter().map(|p| (p.info, p.extraction)).collect());
        if verified_only {
            extraction
                .claims
                .retain(|c| c.provenance.status == Status::Stated);
        }
        let graph = Graph::from_extraction(&extraction);
        Corpus {
            documents,
            errors,
            warnings,
            extraction,
            graph,
        }
    }
}

/// What is kept of one document once it has been read.
struct Part {
    info: DocumentInfo,
    extraction: DocumentExtraction,
    warnings: Vec<String>,
}
