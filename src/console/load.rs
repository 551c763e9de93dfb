//! Reading the corpus for a command: a spinner while a user's files are read, the
//! documents' warnings and errors on standard error, and `--strict`'s exit code.

use super::{BadInput, emit, refuse_overwriting_input};
use crate::analysis::memberships::Memberships;
use crate::corpus::{Corpus, CorpusOptions, extract_paths_with};
use crate::documents::{DocumentError, Limits};
use crate::extract::Extractor;
use crate::model::GroupKind;
use crate::printer::{self, ListFormat};
use crate::terminal::escape_line;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Loads the corpus; unreadable documents are reported and make the run fail after the
/// rest is processed.
pub fn load_corpus(options: &CorpusOptions) -> anyhow::Result<Corpus> {
    // A steady spinner on a terminal while a user's files are read (a large corpus
    // takes seconds); nothing when stderr is a file or a pipe.
    let spinner = (!options.paths.is_empty() && std::io::stderr().is_terminal()).then(|| {
        let s = indicatif::ProgressBar::new_spinner();
        s.set_style(
            indicatif::ProgressStyle::with_template("{spinner} {msg} ({elapsed})")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        s.set_message("reading and extracting the documents");
        s.enable_steady_tick(std::time::Duration::from_millis(120));
        s
    });
    let corpus = Corpus::load(options);
    if let Some(s) = spinner {
        s.finish_and_clear();
    }
    print_document_warnings(&corpus.warnings);
    fail_on_document_errors(&corpus.errors)?;
    Ok(corpus)
}

/// `extract`: the claims of the documents at `paths` (no bundled ones), written to
/// `output` in `format`; unreadable documents are reported and fail the run, before
/// anything is written.
pub fn write_extraction(
    paths: &[PathBuf],
    limits: &Limits,
    output: Option<&Path>,
    format: ListFormat,
) -> anyhow::Result<()> {
    let read = extract_paths_with(&Extractor::new(), paths, limits, |_| ());
    print_document_warnings(&read.warnings);
    fail_on_document_errors(&read.errors)?;
    let inputs = read.extraction.documents.iter();
    refuse_overwriting_input(output, inputs.map(|info| Path::new(&info.path)))?;
    emit(output, |w| {
        printer::listings::write_extraction(w, &read.extraction, format)
    })
}

/// Problems that did not stop a document from loading (lossy decoding), one line each.
pub fn print_document_warnings(warnings: &[String]) {
    for warning in warnings {
        eprintln!("ggegraph: warning: {}", escape_line(warning));
    }
}

/// Prints each unreadable document and fails when there was one: bad input when any
/// document is at fault; a system error (exit 1) when all that went wrong was reading
/// (permission denied, a device error).
pub fn fail_on_document_errors(errors: &[DocumentError]) -> anyhow::Result<()> {
    for e in errors {
        eprintln!("ggegraph: {}", escape_line(&e.to_string()));
    }
    let message = match errors.len() {
        0 => return Ok(()),
        1 => "1 document could not be read".to_string(),
        n => format!("{n} documents could not be read"),
    };
    if errors.iter().any(DocumentError::is_bad_input) {
        Err(BadInput(message).into())
    } else {
        Err(anyhow::anyhow!(message))
    }
}

/// Exit code 3 under `--strict` (`strict`) when the corpus has warnings, unverified facts
/// or conflicts, each printed on standard error.
pub fn strict_code(strict: bool, corpus: &Corpus) -> ExitCode {
    if !strict {
        return ExitCode::SUCCESS;
    }
    let findings = corpus.strict_findings();
    for f in &findings {
        eprintln!("ggegraph: strict: {}", escape_line(f));
    }
    if findings.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(3)
    }
}

/// The memberships an analysis reads, and the corpus when documents were read.
#[derive(Debug)]
pub struct LoadedMemberships {
    /// The memberships, of the kind asked for.
    pub memberships: Memberships,
    /// The documents read, `None` when a membership table replaced them.
    pub corpus: Option<Corpus>,
}

impl LoadedMemberships {
    /// The files read: the membership table at `csv` and the documents.
    pub fn inputs<'a>(&'a self, csv: Option<&'a Path>) -> impl Iterator<Item = &'a Path> {
        let documents = self.corpus.iter().flat_map(Corpus::input_paths);
        csv.into_iter().chain(documents)
    }

    /// `--strict`'s exit code ([`strict_code`]); success when no document was read.
    pub fn strict_code(&self, strict: bool) -> ExitCode {
        match &self.corpus {
            Some(c) => strict_code(strict, c),
            None => ExitCode::SUCCESS,
        }
    }
}

/// Reads the memberships an analysis looks at. With a membership `table` and no
/// `options.paths`, no document at all (the bundled ones are what the table replaces);
/// with both, the table plus the memberships the user's documents state
/// ([`Corpus::memberships`]), the bundled corpus left out. `kind` keeps one kind of group.
pub fn load_memberships(
    options: &CorpusOptions,
    table: Option<Memberships>,
    kind: Option<GroupKind>,
) -> anyhow::Result<LoadedMemberships> {
    let corpus = match &table {
        None => Some(load_corpus(options)?),
        Some(_) if options.paths.is_empty() => None,
        Some(_) => Some(load_corpus(&CorpusOptions {
            no_bundled: true,
            ..options.clone()
        })?),
    };
    let memberships = match (&corpus, table) {
        (Some(c), table) => c.memberships(table),
        (None, table) => table.unwrap_or_default(),
    };
    let memberships = match kind {
        Some(k) => memberships.filter_kind(k),
        None => memberships,
    };
    Ok(LoadedMemberships {
        memberships,
        corpus,
    })
}
