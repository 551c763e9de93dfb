//! How far to trust the extractor on a set of pages: `ggegraph eval DIR` reads the gold
//! facts a person annotated in `DIR/expected.json`, runs the extractor on each annotated
//! page exactly as `ggegraph extract FILE` does (no bundled corpus, one file at a time),
//! and reports precision and recall per relation with every miss and false hit.
//!
//! Scores are micro-averaged: the true, false and missed counts of all documents are
//! added, then precision and recall computed once, so a long member list weighs more than
//! a one-line mention, as it does for a user reading the graph.
//!
//! Not for judging the graph of a whole corpus (cross-document merging and conflicts are
//! the graph's business). Of a recorded vote, the states named per column are scored
//! (`voted_yes`, `voted_no`, `abstained` on the whole text); its counts, body and date
//! are not, nor votes on one paragraph or on a text the page does not identify.
//!
//! ```no_run
//! use ggegraph::eval::{EvalOptions, evaluate, write_table};
//! let evaluation = evaluate(std::path::Path::new("my-pages"), &EvalOptions::default())?;
//! write_table(&mut std::io::stdout(), &evaluation)?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod gold;
mod matching;
mod print;
mod score;
mod targets;

pub use gold::{GoldChair, GoldDocument, PageKind, parse_gold, read_gold};
pub use matching::{names_match, normalise_symbol};
pub use print::{write_json, write_table};
pub use score::Score;
pub use targets::{RelationTarget, TargetMiss, Targets, read_targets};

use crate::corpus::extract_paths_with;
use crate::documents::{Document, DocumentError, Limits, Position};
use crate::extract::Extractor;
use crate::gazetteer::{MentionResolution, StateMatcher};
use crate::model::EntityId;
use rayon::prelude::*;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The name of the gold file inside an evaluation folder.
pub const GOLD_FILE: &str = "expected.json";

/// Relations whose gold the annotation schema has but this version does not score.
pub const NOT_SCORED: &[&str] = &[];

/// Why an evaluation could not run. Every variant names the file.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// The gold or targets file cannot be read.
    #[error("{path}: cannot read: {error}", path = .path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// The underlying error (in the message, not a `source`: `{err:#}` would print it
        /// twice).
        error: std::io::Error,
    },
    /// The file is not JSON of the expected shape.
    #[error("{path}:{line}:{column}: {message}", path = .path.display())]
    Parse {
        /// The file.
        path: PathBuf,
        /// 1-based line of the error.
        line: usize,
        /// 1-based column.
        column: usize,
        /// serde_json's explanation.
        message: String,
    },
    /// A gold entry names an ISO3 code, group id or symbol the tool does not know.
    #[error("{path}: {document}: {what}", path = .path.display())]
    Gold {
        /// The gold file.
        path: PathBuf,
        /// The entry (document file name).
        document: String,
        /// What is wrong, with the field.
        what: String,
    },
    /// An annotated document could not be loaded.
    #[error(transparent)]
    Document(#[from] DocumentError),
}

impl EvalError {
    /// A parse error of `path`, with serde_json's line and column.
    fn parse(path: &Path, e: &serde_json::Error) -> EvalError {
        let message = e.to_string();
        // serde_json appends " at line L column C"; the position goes in front instead.
        let message = match message.rfind(" at line ") {
            Some(i) => message[..i].to_string(),
            None => message,
        };
        EvalError::Parse {
            path: path.to_path_buf(),
            line: e.line(),
            column: e.column(),
            message,
        }
    }
}

/// A relation the evaluation scores, in display order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ScoredRelation {
    /// States the document names (`states_min`).
    States,
    /// Memberships of the six GGEs.
    GgeMemberOf,
    /// Memberships of the OEWGs and the mechanism.
    OewgMemberOf,
    /// (group, person) chairs.
    Chairs,
    /// (symbol, group) establishing resolutions and drafts.
    Establishes,
    /// (symbol, state) sponsors.
    Sponsors,
    /// (symbol, state, how) votes named per state.
    Votes,
    /// (symbol, column, count): the counts of recorded votes.
    VoteCounts,
}

impl ScoredRelation {
    /// Every scored relation, in display order.
    pub const ALL: [ScoredRelation; 8] = [
        ScoredRelation::States,
        ScoredRelation::GgeMemberOf,
        ScoredRelation::OewgMemberOf,
        ScoredRelation::Chairs,
        ScoredRelation::Establishes,
        ScoredRelation::Sponsors,
        ScoredRelation::Votes,
        ScoredRelation::VoteCounts,
    ];

    /// The name used in tables, JSON and targets files (the gold file's field name).
    pub fn as_str(self) -> &'static str {
        match self {
            ScoredRelation::States => "states",
            ScoredRelation::GgeMemberOf => "gge_member_of",
            ScoredRelation::OewgMemberOf => "oewg_member_of",
            ScoredRelation::Chairs => "chairs",
            ScoredRelation::Establishes => "establishes",
            ScoredRelation::Sponsors => "sponsors",
            ScoredRelation::Votes => "votes",
            ScoredRelation::VoteCounts => "vote_counts",
        }
    }
}

/// A gold fact the extractor did not read.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Miss {
    /// Document (file name as in `expected.json`).
    pub document: String,
    /// Relation scored.
    pub relation: ScoredRelation,
    /// The fact, as ids (`state:BRA member_of gge-2014-2015`).
    pub fact: String,
    /// Where the gazetteer first finds the state's name in the text, for facts about a
    /// state the text names in a form it knows.
    pub line: Option<u32>,
    /// Column of that place.
    pub column: Option<u32>,
}

/// A fact the extractor read that the gold does not have. Sorts by document, relation,
/// then position.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct FalseHit {
    /// Document.
    pub document: String,
    /// Relation scored.
    pub relation: ScoredRelation,
    /// Line of the claim's provenance.
    pub line: u32,
    /// Column of the claim's provenance.
    pub column: u32,
    /// The fact read, as ids.
    pub fact: String,
    /// The extraction rule that read it (see `ggegraph rules`).
    pub rule: String,
    /// The sentence it was read from.
    pub quote: String,
}

/// A state the gold says the text does not name (a "Guinea" inside "Papua New Guinea")
/// that the extractor read anyway. Also counted as a false hit of `states`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Trap {
    /// Document.
    pub document: String,
    /// The state id read.
    pub state: String,
    /// Line where it was read.
    pub line: u32,
    /// Column.
    pub column: u32,
    /// The sentence.
    pub quote: String,
}

/// An annotated document left out because of its language.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct OutOfScope {
    /// Document.
    pub document: String,
    /// Its language code.
    pub language: String,
}

/// What to evaluate.
#[derive(Debug, Clone, Copy, Default)]
pub struct EvalOptions {
    /// Score documents in every language, not only English (the extractor reads English
    /// phrasing; other languages are listed as out of scope by default).
    pub all_languages: bool,
    /// How documents are loaded (as `extract` takes them).
    pub limits: Limits,
}

/// The result of an evaluation. Lists are sorted, so output is byte-identical on re-run.
#[derive(Debug, Clone, Serialize)]
pub struct Evaluation {
    /// The folder evaluated, as given.
    pub directory: String,
    /// Documents scored, by name.
    pub scored: Vec<String>,
    /// Documents left out for their language.
    pub out_of_scope: Vec<OutOfScope>,
    /// Micro-averaged score per relation.
    pub scores: BTreeMap<ScoredRelation, Score>,
    /// Gold relations not scored by this version.
    pub not_scored: Vec<String>,
    /// Trap states read.
    pub traps: Vec<Trap>,
    /// ICT memberships (GGE, OEWG, mechanism) read from distractor pages.
    pub distractor_memberships: usize,
    /// Gold facts not read, by document, relation, fact.
    pub misses: Vec<Miss>,
    /// Facts read that the gold does not have, by document, relation, position.
    pub false_hits: Vec<FalseHit>,
    /// Loading warnings (lossy decoding), one line each.
    pub warnings: Vec<String>,
}

impl Evaluation {
    /// The score of one relation (all zero counts when nothing was scored).
    pub fn score(&self, relation: ScoredRelation) -> Score {
        self.scores
            .get(&relation)
            .copied()
            .unwrap_or_else(|| Score::new(0, 0, 0))
    }
}

/// Evaluates the extractor on the annotated documents of `dir` (see the module docs).
///
/// # Errors
/// [`EvalError`] when `DIR/expected.json` is missing or bad, or an annotated document
/// cannot be loaded.
pub fn evaluate(dir: &Path, options: &EvalOptions) -> Result<Evaluation, EvalError> {
    let gold = read_gold(&dir.join(GOLD_FILE))?;
    let (in_scope, out_of_scope): (Vec<_>, Vec<_>) = gold
        .iter()
        .partition(|(_, g)| options.all_languages || g.language == "en");
    let (extractor, matcher) = rayon::join(Extractor::new, StateMatcher::new);
    let parts: Vec<DocumentResult> = in_scope
        .par_iter()
        .map(|(name, gold)| score_file(&extractor, &matcher, dir, name, gold, &options.limits))
        .collect::<Result<_, _>>()?;
    let mut evaluation = Evaluation {
        directory: dir.display().to_string(),
        scored: Vec::new(),
        out_of_scope: out_of_scope
            .iter()
            .map(|(name, g)| OutOfScope {
                document: (*name).clone(),
                language: g.language.clone(),
            })
            .collect(),
        scores: ScoredRelation::ALL
            .iter()
            .map(|&r| (r, Score::new(0, 0, 0)))
            .collect(),
        not_scored: NOT_SCORED.iter().map(|s| s.to_string()).collect(),
        traps: Vec::new(),
        distractor_memberships: 0,
        misses: Vec::new(),
        false_hits: Vec::new(),
        warnings: Vec::new(),
    };
    for part in parts {
        evaluation.add(part);
    }
    evaluation.traps.sort();
    evaluation.misses.sort();
    evaluation.false_hits.sort();
    Ok(evaluation)
}

/// One document's score, its name and its loading warnings.
struct DocumentResult {
    name: String,
    score: score::DocumentScore,
    warnings: Vec<String>,
}

impl Evaluation {
    /// Adds one document: counts add up (micro-averaging), lists are joined.
    fn add(&mut self, part: DocumentResult) {
        self.scored.push(part.name);
        let score = part.score;
        for (relation, counts) in score.scores {
            let total = self.score(relation).plus(counts);
            self.scores.insert(relation, total);
        }
        self.traps.extend(score.traps);
        self.distractor_memberships += score.distractor_memberships;
        self.misses.extend(score.misses);
        self.false_hits.extend(score.false_hits);
        self.warnings.extend(part.warnings);
    }
}

/// Reads one annotated file through [`extract_paths_with`], as `ggegraph extract FILE`
/// would, and scores it against its gold.
fn score_file(
    extractor: &Extractor,
    matcher: &StateMatcher,
    dir: &Path,
    name: &str,
    gold: &GoldDocument,
    limits: &Limits,
) -> Result<DocumentResult, EvalError> {
    let read = extract_paths_with(extractor, &[dir.join(name)], limits, |d| {
        first_named(matcher, d)
    });
    if let Some(e) = read.errors.into_iter().next() {
        return Err(EvalError::Document(e));
    }
    let named = read.inspected.into_iter().next().unwrap_or_default();
    let facts = score::ReadFacts::of(&read.extraction);
    Ok(DocumentResult {
        name: name.to_string(),
        score: score::score_document(name, gold, &facts, &named),
        warnings: read.warnings,
    })
}

/// Where the gazetteer first finds each state's name in a document's text: lets a
/// missed fact point at the line a reader should look at.
fn first_named(matcher: &StateMatcher, doc: &Document) -> BTreeMap<EntityId, Position> {
    let mut first = BTreeMap::new();
    for mention in matcher.mentions(&doc.text) {
        if let MentionResolution::State(state) = mention.resolution {
            first
                .entry(EntityId::state(state.iso3))
                .or_insert_with(|| doc.position(mention.start));
        }
    }
    first
}
