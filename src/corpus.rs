//! The corpus a command works on: the bundled documents plus any the user names, read
//! into one extraction and one graph.
//!
//! This is the one place that decides which documents a run sees, so every command (and
//! the report) answers from the same graph.

use crate::documents::{self, Document, DocumentError, Limits};
use crate::extract::{Extraction, Extractor};
use crate::graph::Graph;
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
}

/// Documents read, the errors of those that could not be read, and what they say.
#[derive(Debug)]
pub struct Corpus {
    /// Documents in id order.
    pub documents: Vec<Document>,
    /// Documents that could not be read (the rest were processed).
    pub errors: Vec<DocumentError>,
    /// Claims and entities.
    pub extraction: Extraction,
    /// The merged graph.
    pub graph: Graph,
}

impl Corpus {
    /// Reads the corpus and builds the graph.
    pub fn load(options: &CorpusOptions) -> Corpus {
        let mut docs = if options.no_bundled {
            Vec::new()
        } else {
            documents::bundled()
        };
        let mut errors = Vec::new();
        if !options.paths.is_empty() {
            let outcome = documents::load_paths(&options.paths, &options.limits);
            docs.extend(outcome.documents);
            errors = outcome.errors;
        }
        docs.sort_by(|a, b| a.id.cmp(&b.id));
        Corpus::from_documents(docs, errors)
    }

    /// Builds from documents already loaded.
    pub fn from_documents(documents: Vec<Document>, errors: Vec<DocumentError>) -> Corpus {
        let extraction = Extractor::new().extract(&documents);
        let graph = Graph::from_extraction(&extraction);
        Corpus {
            documents,
            errors,
            extraction,
            graph,
        }
    }
}
