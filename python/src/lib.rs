//! `ggegraph._ggegraph`: the library seen from Python. The Python package (`ggegraph/`
//! beside this crate) wraps it into NetworkX graphs and pandas data frames.
//!
//! Every function here calls the library the command line calls (no subprocess, no second
//! implementation): loading ([`Corpus::load`]), per-document extraction and the merge of
//! documents read elsewhere ([`ggegraph::shard`]), the JSON of `build --format json`
//! ([`Corpus::write_json`]) and the analyses. Values cross into Python through serde
//! (`pythonize`), so they have the field names of the command line's JSON. The GIL is
//! released while Rust works, so Python threads (a Dask worker's) run alongside.

use ggegraph::analysis::comembership::{self, Weight};
use ggegraph::analysis::continuity::continuity as continuity_of;
use ggegraph::analysis::memberships::Memberships;
use ggegraph::analysis::{RollCalls, Votes};
use ggegraph::corpus::{Corpus as RustCorpus, CorpusOptions, extract_paths_with};
use ggegraph::documents::{self, Document, DocumentError, DocumentFile, Format, Limits};
use ggegraph::extract::{Extraction, Extractor};
use ggegraph::gazetteer::state_by_iso3;
use ggegraph::graph::AttributeValue;
use ggegraph::model::{EntityKind, GroupKey, GroupKind, Literal, Provenance, Relation, Status};
use ggegraph::shard::{self, ClaimRecord, DocumentShard};
use pyo3::exceptions::{PyValueError, PyWarning};
use pyo3::prelude::*;
use pyo3::types::PyBytes;
use pythonize::pythonize;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::OnceLock;

pyo3::create_exception!(
    ggegraph._ggegraph,
    DocumentReadError,
    PyValueError,
    "Documents that could not be read (missing, binary, oversized, badly encoded, an \
     encrypted or scanned PDF): the message lists each, one line per document."
);

/// The extractor, built once per process: it holds the state automaton and every rule
/// pattern, which a call per document would otherwise compile again.
fn extractor() -> &'static Extractor {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(Extractor::new)
}

/// The limits of the keyword arguments `max_file_size`, `lossy`, `follow_links` and
/// `encoding`, as the command line's `--max-file-size`, `--lossy`, `--follow-links` and
/// `--encoding` give them. An encoding label no encoding has is a `ValueError` with the
/// command line's message, before anything is read.
fn limits(
    max_file_size: Option<u64>,
    lossy: bool,
    follow_links: bool,
    encoding: Option<&str>,
) -> PyResult<Limits> {
    let default = Limits::default();
    Ok(Limits {
        max_file_bytes: max_file_size.unwrap_or(default.max_file_bytes),
        lossy,
        follow_links,
        encoding: encoding
            .map(documents::encoding_named)
            .transpose()
            .map_err(PyValueError::new_err)?,
    })
}

/// The name (as the WHATWG Encoding Standard spells it) of the encoding `label` names,
/// read as `--encoding` reads it (`latin1` is `windows-1252`): a `ValueError` with the
/// command line's message for a label no encoding has.
#[pyfunction]
fn encoding_name(label: &str) -> PyResult<&'static str> {
    documents::encoding_named(label)
        .map(|e| e.name())
        .map_err(PyValueError::new_err)
}

/// Refuses a run in which documents could not be read, naming each (what the command
/// line prints before exiting 2).
fn check_errors(errors: &[DocumentError]) -> PyResult<()> {
    if errors.is_empty() {
        return Ok(());
    }
    let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
    Err(DocumentReadError::new_err(lines.join("\n")))
}

/// Warns, as the command line does on stderr, of problems that did not stop a document
/// from loading.
fn warn(py: Python<'_>, warnings: &[String]) -> PyResult<()> {
    for w in warnings {
        PyErr::warn(
            py,
            &py.get_type::<PyWarning>(),
            &std::ffi::CString::new(w.replace('\0', "\\0"))?,
            1,
        )?;
    }
    Ok(())
}

fn to_py<'py, T: Serialize + ?Sized>(py: Python<'py>, value: &T) -> PyResult<Bound<'py, PyAny>> {
    pythonize(py, value).map_err(|e| PyValueError::new_err(e.to_string()))
}

/// A corpus read and merged into one graph: what `ggegraph build` builds. Made by
/// `load` or `merge`; the Python package turns it into NetworkX and pandas objects.
#[pyclass(module = "ggegraph._ggegraph", frozen)]
struct Corpus {
    inner: RustCorpus,
}

/// Reads the bundled corpus and `paths` into one graph, as `ggegraph build --corpus PATH...`
/// does, with `--votes FILE --roll-calls FILE` when both are given and `--encoding LABEL`
/// for `encoding`.
#[pyfunction]
#[pyo3(signature = (paths, *, bundled=true, verified_only=false, max_file_size=None, lossy=false, follow_links=false, encoding=None, votes=None, roll_calls=None))]
#[allow(clippy::too_many_arguments)]
fn load(
    py: Python<'_>,
    paths: Vec<PathBuf>,
    bundled: bool,
    verified_only: bool,
    max_file_size: Option<u64>,
    lossy: bool,
    follow_links: bool,
    encoding: Option<&str>,
    votes: Option<PathBuf>,
    roll_calls: Option<PathBuf>,
) -> PyResult<Corpus> {
    let options = CorpusOptions {
        paths,
        no_bundled: !bundled,
        limits: limits(max_file_size, lossy, follow_links, encoding)?,
        verified_only,
    };
    let inner = py.detach(|| RustCorpus::load(&options));
    warn(py, &inner.warnings)?;
    check_errors(&inner.errors)?;
    Corpus { inner }.with_votes(py, votes, roll_calls)
}

/// The files `paths` name, as `build --corpus` finds them: directories searched
/// recursively, each file with the id `build` gives it. A list of `{"path", "id"}`.
#[pyfunction]
#[pyo3(signature = (paths, *, follow_links=false))]
fn find_documents<'py>(
    py: Python<'py>,
    paths: Vec<PathBuf>,
    follow_links: bool,
) -> PyResult<Bound<'py, PyAny>> {
    #[derive(Serialize)]
    struct Found {
        path: String,
        id: String,
    }
    let found = py.detach(|| documents::find_documents_with(&paths, follow_links));
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for f in found {
        match f {
            Ok(f) => files.push(Found {
                path: f.path.display().to_string(),
                id: f.id,
            }),
            Err(e) => errors.push(e),
        }
    }
    check_errors(&errors)?;
    to_py(py, &files)
}

/// One document read for claims (by `read_document`, in any process): what `merge`
/// joins. It pickles compactly (as the JSON of its claims, bytes), so it can be sent
/// from a Dask worker; `claims()` gives its claims as rows.
#[pyclass(module = "ggegraph._ggegraph", frozen)]
struct DocumentClaims {
    shard: DocumentShard,
}

#[pymethods]
impl DocumentClaims {
    /// The document's id (as `build --corpus` names it).
    #[getter]
    fn id(&self) -> &str {
        &self.shard.document.id
    }

    /// `{"id", "path"}` of the document.
    #[getter]
    fn document<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.shard.document)
    }

    /// Its claims, one flat dict each (`subject`, `relation`, `object`, `document`,
    /// `page`, `line`, `column`, `text`, `status`, `rule`), sorted. References to other
    /// documents are not resolved yet: `merge` resolves them.
    fn claims<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.shard.claims())
    }

    /// Entities as the document names them (`id`, `kind`, `name`).
    fn entities<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.shard.entities)
    }

    /// Extraction warnings (ambiguous names, unresolved references), in reading order.
    fn warnings<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.shard.warnings)
    }

    /// The whole as JSON: document, entities, claims, warnings, load warnings.
    fn to_json(&self, py: Python<'_>) -> PyResult<Vec<u8>> {
        py.detach(|| serde_json::to_vec(&self.shard))
            .map_err(|e| PyValueError::new_err(e.to_string()))
    }

    /// Back from `to_json`.
    #[staticmethod]
    fn from_json(py: Python<'_>, json: &[u8]) -> PyResult<DocumentClaims> {
        let shard = py
            .detach(|| serde_json::from_slice(json))
            .map_err(|e| PyValueError::new_err(format!("not a document's claims: {e}")))?;
        Ok(DocumentClaims { shard })
    }

    fn __reduce__<'py>(
        &self,
        py: Python<'py>,
    ) -> PyResult<(Bound<'py, PyAny>, (Bound<'py, PyBytes>,))> {
        let json = self.to_json(py)?;
        Ok((
            py.get_type::<DocumentClaims>().getattr("from_json")?,
            (PyBytes::new(py, &json),),
        ))
    }

    /// Number of claims.
    fn __len__(&self) -> usize {
        self.shard.claim_count()
    }

    fn __repr__(&self) -> String {
        format!(
            "<ggegraph.DocumentClaims {:?}: {} claims>",
            self.shard.document.id,
            self.shard.claim_count()
        )
    }
}

/// Reads one file for claims (a `DocumentClaims`, which pickles and can be sent to
/// another process, where `merge` joins it with the others). `id` defaults to the file
/// name; give the one `find_documents` gives to get the graph of `build --corpus`.
/// `max_file_size`, `lossy` and `encoding` are `--max-file-size`, `--lossy` and
/// `--encoding`.
#[pyfunction]
#[pyo3(signature = (path, id=None, *, max_file_size=None, lossy=false, encoding=None))]
fn read_document(
    py: Python<'_>,
    path: PathBuf,
    id: Option<String>,
    max_file_size: Option<u64>,
    lossy: bool,
    encoding: Option<&str>,
) -> PyResult<DocumentClaims> {
    let limits = limits(max_file_size, lossy, false, encoding)?;
    let Some(mut file) = DocumentFile::of_path(&path) else {
        return Err(DocumentReadError::new_err(format!(
            "{}: not a document ggegraph reads (.txt, .md, .html, .pdf, .docx, .odt)",
            path.display()
        )));
    };
    if let Some(id) = id {
        file.id = id;
    }
    let shard = py
        .detach(|| DocumentShard::read_file(extractor(), &file, &limits))
        .map_err(|e| DocumentReadError::new_err(e.to_string()))?;
    Ok(DocumentClaims { shard })
}

/// Joins what `read_document` gave, in any order, with the bundled corpus unless
/// `bundled=False`: the graph `build --corpus` builds from the same files.
#[pyfunction]
#[pyo3(signature = (documents, *, bundled=true, verified_only=false, votes=None, roll_calls=None))]
fn merge(
    py: Python<'_>,
    documents: &Bound<'_, PyAny>,
    bundled: bool,
    verified_only: bool,
    votes: Option<PathBuf>,
    roll_calls: Option<PathBuf>,
) -> PyResult<Corpus> {
    let mut read: Vec<Py<DocumentClaims>> = Vec::new();
    for item in documents.try_iter()? {
        read.push(item?.extract().map_err(|_| {
            PyValueError::new_err("merge takes the DocumentClaims that read_document gives")
        })?);
    }
    let options = CorpusOptions {
        no_bundled: !bundled,
        verified_only,
        ..CorpusOptions::default()
    };
    let inner = py
        .detach(|| shard::merge(read.iter().map(|r| &r.get().shard), &options))
        .map_err(|e| PyValueError::new_err(e.to_string()))?;
    warn(py, &inner.warnings)?;
    Corpus { inner }.with_votes(py, votes, roll_calls)
}

/// What `ggegraph extract --format json` gives, with each claim as one flat row.
#[derive(Serialize)]
struct ExtractionOut<'a> {
    documents: &'a [ggegraph::extract::DocumentInfo],
    entities: &'a [ggegraph::model::Entity],
    claims: Vec<ClaimRecord>,
    warnings: &'a [ggegraph::extract::Warning],
}

fn extraction_out<'py>(py: Python<'py>, ex: &Extraction) -> PyResult<Bound<'py, PyAny>> {
    to_py(
        py,
        &ExtractionOut {
            documents: &ex.documents,
            entities: &ex.entities,
            claims: ex.claims.iter().map(ClaimRecord::of).collect(),
            warnings: &ex.warnings,
        },
    )
}

/// `ggegraph extract PATH...`: the documents, entities, claims and warnings of the files
/// and directories given (no bundled corpus), with `--max-file-size`, `--lossy`,
/// `--follow-links` and `--encoding` for the keyword arguments of those names.
#[pyfunction]
#[pyo3(signature = (paths, *, max_file_size=None, lossy=false, follow_links=false, encoding=None))]
fn extract_paths<'py>(
    py: Python<'py>,
    paths: Vec<PathBuf>,
    max_file_size: Option<u64>,
    lossy: bool,
    follow_links: bool,
    encoding: Option<&str>,
) -> PyResult<Bound<'py, PyAny>> {
    let limits = limits(max_file_size, lossy, follow_links, encoding)?;
    let read = py.detach(|| extract_paths_with(extractor(), &paths, &limits, |_| ()));
    warn(py, &read.warnings)?;
    check_errors(&read.errors)?;
    extraction_out(py, &read.extraction)
}

/// `ggegraph extract -` on `text`: the text as one document (HTML when it opens with a
/// tag and names `<html`, else plain text) with id `name`.
#[pyfunction]
#[pyo3(signature = (text, *, name="stdin"))]
fn extract_text<'py>(py: Python<'py>, text: &str, name: &str) -> PyResult<Bound<'py, PyAny>> {
    let ex = py.detach(|| {
        let format = match Format::sniff(text.as_bytes()) {
            Format::Html => Format::Html,
            _ => Format::Text,
        };
        let doc = Document::from_source(name, std::path::Path::new(name), format, text);
        let part = (
            ggegraph::extract::DocumentInfo::of(&doc),
            extractor().extract_document(&doc),
        );
        Extractor::merge(vec![part])
    });
    extraction_out(py, &ex)
}

/// A provenance with every field present (`page` is `None` for documents without pages).
#[derive(Serialize)]
struct ProvenanceOut<'a> {
    document: &'a str,
    page: Option<u32>,
    line: u32,
    column: u32,
    text: &'a str,
    status: Status,
    rule: &'a str,
}

impl<'a> ProvenanceOut<'a> {
    fn of(p: &'a Provenance) -> Self {
        ProvenanceOut {
            document: &p.document,
            page: p.page,
            line: p.line,
            column: p.column,
            text: &p.text,
            status: p.status,
            rule: p.rule,
        }
    }
    fn all(ps: &'a [Provenance]) -> Vec<Self> {
        ps.iter().map(Self::of).collect()
    }
}

/// One value of a literal attribute with where it is stated.
#[derive(Serialize)]
struct AttributeOut<'a> {
    value: &'a Literal,
    provenance: Vec<ProvenanceOut<'a>>,
}

/// A literal value as Python should see it: counts as ints, the rest as text.
#[derive(Serialize)]
#[serde(untagged)]
enum Typed<'a> {
    Int(i64),
    Str(&'a Literal),
    Several(Vec<Typed<'a>>),
}

/// Counts are ints; dates, adoptions and outcomes their normalised text.
fn typed(value: &Literal) -> Typed<'_> {
    match value.count() {
        Some(n) => Typed::Int(i64::from(n)),
        None => Typed::Str(value),
    }
}

/// A node's attributes: who it is, and each literal relation as a typed value (a list
/// when documents give several), with `attributes` keeping every value's provenance.
#[derive(Serialize)]
struct NodeOut<'a> {
    kind: EntityKind,
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    iso3: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    region: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    start: Option<u16>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end: Option<u16>,
    #[serde(flatten)]
    literals: BTreeMap<Relation, Typed<'a>>,
    attributes: BTreeMap<Relation, Vec<AttributeOut<'a>>>,
}

/// An edge's attributes: its relation, status and every provenance.
#[derive(Serialize)]
struct EdgeOut<'a> {
    relation: Relation,
    status: Status,
    provenance: Vec<ProvenanceOut<'a>>,
}

fn literal_value(values: &[AttributeValue]) -> Typed<'_> {
    match values {
        [one] => typed(&one.value),
        several => Typed::Several(several.iter().map(|v| typed(&v.value)).collect()),
    }
}

fn weight_of(name: &str) -> PyResult<Weight> {
    Weight::ALL
        .into_iter()
        .find(|w| w.as_str() == name)
        .ok_or_else(|| {
            PyValueError::new_err(format!(
                "unknown weight {name:?} (count, jaccard, overlap or newman)"
            ))
        })
}

fn kind_of(name: &str) -> PyResult<Option<GroupKind>> {
    match name {
        "gge" => Ok(Some(GroupKind::Gge)),
        "oewg" => Ok(Some(GroupKind::Oewg)),
        "all" => Ok(None),
        _ => Err(PyValueError::new_err(format!(
            "unknown kind {name:?} (gge, oewg or all)"
        ))),
    }
}

impl Corpus {
    fn memberships(&self, kind: &str) -> PyResult<Memberships> {
        let m = Memberships::from_graph(&self.inner.graph);
        Ok(match kind_of(kind)? {
            Some(k) => m.filter_kind(k),
            None => m,
        })
    }

    /// The corpus with the votes of a roll-call dataset (`--votes FILE --roll-calls
    /// FILE`) when both files are given.
    fn with_votes(
        self,
        py: Python<'_>,
        votes: Option<PathBuf>,
        roll_calls: Option<PathBuf>,
    ) -> PyResult<Corpus> {
        let (votes, roll_calls) = match (votes, roll_calls) {
            (None, None) => return Ok(self),
            (Some(v), Some(r)) => (v, r),
            _ => {
                return Err(PyValueError::new_err(
                    "votes and roll_calls go together: give both files or neither",
                ));
            }
        };
        let mut inner = self.inner;
        py.detach(|| -> Result<(), ggegraph::analysis::RollCallError> {
            inner.add_roll_calls(&RollCalls::from_csv(&votes, &roll_calls)?);
            Ok(())
        })
        .map_err(|e| PyValueError::new_err(e.to_string()))?;
        Ok(Corpus { inner })
    }
}

#[pymethods]
impl Corpus {
    /// The whole corpus as `ggegraph build --format json` prints it (a str).
    fn to_json(&self, py: Python<'_>) -> PyResult<String> {
        let mut out = Vec::new();
        py.detach(|| self.inner.write_json(&mut out))?;
        String::from_utf8(out).map_err(|e| PyValueError::new_err(e.to_string()))
    }

    /// Nodes as `(id, attributes)` and edges as `(source, target, relation, attributes)`,
    /// what `networkx.MultiDiGraph.add_nodes_from` and `add_edges_from` take.
    fn graph_data<'py>(&self, py: Python<'py>) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyAny>)> {
        let g = &self.inner.graph;
        let nodes: Vec<(&str, NodeOut<'_>)> = g
            .nodes()
            .map(|n| {
                let key = (n.kind == EntityKind::Group)
                    .then(|| GroupKey::parse(n.id.as_str()))
                    .flatten();
                let out = NodeOut {
                    kind: n.kind,
                    name: &n.name,
                    iso3: n.id.iso3(),
                    region: n
                        .id
                        .iso3()
                        .and_then(state_by_iso3)
                        .and_then(|s| s.region)
                        .map(|r| r.as_str()),
                    start: key.map(|k| k.start),
                    end: key.and_then(|k| k.end),
                    literals: n
                        .attributes
                        .iter()
                        .map(|(&r, values)| (r, literal_value(values)))
                        .collect(),
                    attributes: n
                        .attributes
                        .iter()
                        .map(|(&r, values)| {
                            let values = values
                                .iter()
                                .map(|v| AttributeOut {
                                    value: &v.value,
                                    provenance: ProvenanceOut::all(&v.provenance),
                                })
                                .collect();
                            (r, values)
                        })
                        .collect(),
                };
                (n.id.as_str(), out)
            })
            .collect();
        let edges: Vec<(&str, &str, Relation, EdgeOut<'_>)> = g
            .edges()
            .map(|e| {
                (
                    e.source.id.as_str(),
                    e.target.id.as_str(),
                    e.edge.relation,
                    EdgeOut {
                        relation: e.edge.relation,
                        status: e.edge.status(),
                        provenance: ProvenanceOut::all(&e.edge.provenance),
                    },
                )
            })
            .collect();
        Ok((to_py(py, &nodes)?, to_py(py, &edges)?))
    }

    /// Every claim of the graph, one flat dict each (`subject`, `relation`, `object`,
    /// `document`, `page`, `line`, `column`, `text`, `status`, `rule`), sorted.
    fn claims<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let rows: Vec<ClaimRecord> = self.inner.graph.claims().map(ClaimRecord::of).collect();
        to_py(py, &rows)
    }

    /// The documents read, `{"id", "path"}` each, sorted by id.
    fn documents<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.inner.documents)
    }

    /// Where documents disagree, as `ggegraph conflicts --format json` lists it.
    fn conflicts<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.inner.graph.conflicts())
    }

    /// `ggegraph comembership --format csv` as columns: `source`, `target`, `weight`,
    /// `shared`, sorted by (source, target).
    #[pyo3(signature = (*, weight="count", kind="all", min_weight=None, top=None))]
    fn comembership<'py>(
        &self,
        py: Python<'py>,
        weight: &str,
        kind: &str,
        min_weight: Option<f64>,
        top: Option<usize>,
    ) -> PyResult<Bound<'py, PyAny>> {
        #[derive(Serialize, Default)]
        struct Columns<'a> {
            source: Vec<&'a str>,
            target: Vec<&'a str>,
            weight: Vec<f64>,
            shared: Vec<u32>,
        }
        if min_weight.is_some_and(|x| !(x.is_finite() && x >= 0.0)) {
            return Err(PyValueError::new_err(
                "min_weight must be a finite number >= 0",
            ));
        }
        let weight = weight_of(weight)?;
        let m = self.memberships(kind)?;
        let edges = py.detach(|| {
            comembership::strongest(comembership::comembership(&m, weight), min_weight, top)
        });
        let mut out = Columns::default();
        for e in &edges {
            out.source.push(m.states[e.source as usize].as_str());
            out.target.push(m.states[e.target as usize].as_str());
            out.weight.push(e.weight);
            out.shared.push(e.shared);
        }
        to_py(py, &out)
    }

    /// `ggegraph continuity --format json`: `sequence`, `transitions`, `states`.
    #[pyo3(signature = (*, kind="gge"))]
    fn continuity<'py>(&self, py: Python<'py>, kind: &str) -> PyResult<Bound<'py, PyAny>> {
        let m = self.memberships(kind)?;
        to_py(py, &continuity_of(&m))
    }

    /// Recorded votes: without `resolution`, every ballot (`id`, `date`, `yes`, `no`,
    /// `abstain`), as `ggegraph votes --format json`; with it, each state's vote on that
    /// ballot (`state`, `vote`), states the sources disagree on as `disputed`.
    #[pyo3(signature = (resolution=None))]
    fn votes<'py>(&self, py: Python<'py>, resolution: Option<&str>) -> PyResult<Bound<'py, PyAny>> {
        #[derive(Serialize)]
        struct BallotRow<'a> {
            id: &'a str,
            date: Option<&'a str>,
            yes: usize,
            no: usize,
            abstain: usize,
        }
        #[derive(Serialize)]
        struct StateVote<'a> {
            state: &'a str,
            vote: &'a str,
        }
        let v = Votes::from_graph(&self.inner.graph);
        let Some(name) = resolution else {
            let rows: Vec<BallotRow<'_>> = v
                .ballots
                .iter()
                .enumerate()
                .map(|(i, b)| {
                    let c = v.counts(i as u32);
                    BallotRow {
                        id: b.id.as_str(),
                        date: b.date.as_deref(),
                        yes: c.yes,
                        no: c.no,
                        abstain: c.abstain,
                    }
                })
                .collect();
            return to_py(py, &rows);
        };
        let b = v
            .find(name)
            .ok_or_else(|| PyValueError::new_err(format!("no recorded vote on {name:?}")))?;
        let mut rows: Vec<StateVote<'_>> = v
            .on(b)
            .iter()
            .map(|c| StateVote {
                state: v.states[c.state as usize].as_str(),
                vote: c.vote.as_str(),
            })
            .chain(
                v.disputed
                    .iter()
                    .filter(|(x, _)| *x == b)
                    .map(|&(_, s)| StateVote {
                        state: v.states[s as usize].as_str(),
                        vote: "disputed",
                    }),
            )
            .collect();
        rows.sort_by(|a, b| a.state.cmp(b.state));
        to_py(py, &rows)
    }

    /// Number of claims (every provenance of every edge and attribute).
    fn claim_count(&self) -> usize {
        self.inner.graph.claim_count()
    }

    fn __repr__(&self) -> String {
        let g = self.inner.graph.petgraph();
        format!(
            "<ggegraph.Corpus: {} documents, {} nodes, {} edges, {} claims>",
            self.inner.documents.len(),
            g.node_count(),
            g.edge_count(),
            self.inner.graph.claim_count()
        )
    }
}

#[pymodule]
fn _ggegraph(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Corpus>()?;
    m.add_class::<DocumentClaims>()?;
    m.add("DocumentReadError", m.py().get_type::<DocumentReadError>())?;
    m.add_function(wrap_pyfunction!(load, m)?)?;
    m.add_function(wrap_pyfunction!(find_documents, m)?)?;
    m.add_function(wrap_pyfunction!(read_document, m)?)?;
    m.add_function(wrap_pyfunction!(merge, m)?)?;
    m.add_function(wrap_pyfunction!(extract_paths, m)?)?;
    m.add_function(wrap_pyfunction!(extract_text, m)?)?;
    m.add_function(wrap_pyfunction!(encoding_name, m)?)?;
    Ok(())
}
