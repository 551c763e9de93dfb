//! "Sources of every fact", one page per source document: every fact (an edge or an
//! attribute value of the graph) that the document states, with the sentences that state
//! it, each linking to its numbered line on the document's source page.
//!
//! A report on a large corpus cites millions of sentences: split by document, no page
//! holds more than its document's facts, and `index.html` only lists the pages. A fact
//! stated by several documents has an entry (one anchor, the same on every page) on each
//! of their pages, linking to the others.

use super::ReportError;
use super::html::{anchor, esc, page_foot, page_head};
use super::sources::{page_name, source_href};
use crate::extract::DocumentInfo;
use crate::graph::Graph;
use crate::model::{Provenance, Relation, Status};
use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// Most sentences listed for one fact on one document's page; the rest are counted (and
/// every one is in `data/graph.json`).
const MAX_QUOTES: usize = 50;

/// Most other documents named for one fact on a page; the rest are counted.
const MAX_ALSO: usize = 5;

/// One fact of the graph.
pub(super) struct Fact<'g> {
    /// The anchor of its entry on every facts page (`f-...`).
    pub anchor: String,
    /// Subject's display name.
    pub subject: &'g str,
    /// What the fact says.
    pub relation: Relation,
    /// Object's display name (or the literal value, written out).
    pub object: std::borrow::Cow<'g, str>,
    /// Every sentence that states it.
    pub provenance: &'g [Provenance],
}

/// Anchor of a fact (edge or attribute value) on the facts pages.
pub(super) fn fact_anchor(subject: &str, relation: Relation, object: &str) -> String {
    format!("f-{}", anchor(&[subject, relation.as_str(), object]))
}

/// Every fact of `g` but mentions: the edges, then the attribute values of each node.
pub(super) fn facts(g: &Graph) -> Vec<Fact<'_>> {
    let mut out = Vec::new();
    for e in g.edges().filter(|e| e.edge.relation != Relation::Mentions) {
        out.push(Fact {
            anchor: fact_anchor(e.source.id.as_str(), e.edge.relation, e.target.id.as_str()),
            subject: &e.source.name,
            relation: e.edge.relation,
            object: e.target.name.as_str().into(),
            provenance: &e.edge.provenance,
        });
    }
    for n in g.nodes() {
        for (&relation, values) in &n.attributes {
            for v in values {
                let value = v.value.to_string();
                out.push(Fact {
                    anchor: fact_anchor(n.id.as_str(), relation, &value),
                    subject: &n.name,
                    relation,
                    object: value.into(),
                    provenance: &v.provenance,
                });
            }
        }
    }
    out
}

/// Name of part `part` (1-based) of a document's facts page under `facts/`: part 1 has
/// the name of the document's source page, part *n* ends `-n.html`.
pub(super) fn facts_page(document: &str, part: u32) -> String {
    let name = page_name(document);
    if part <= 1 {
        name
    } else {
        format!("{}-{part}.html", name.trim_end_matches(".html"))
    }
}

/// Sentences listed on one part of a document's facts page, about; a document whose
/// facts cite more is split into parts, each fact in the part its anchor hashes to, so
/// every page stays a few megabytes whatever the corpus.
const STATEMENTS_PER_PART: usize = 3000;

/// How many parts each document's facts page has: what a link to a fact needs.
#[derive(Debug, Default)]
pub(super) struct FactPlaces {
    parts: std::collections::HashMap<String, u32>,
}

impl FactPlaces {
    /// The part of `document`'s facts page that holds the fact with `anchor`.
    fn part(&self, document: &str, anchor: &str) -> u32 {
        let parts = self.parts.get(document).copied().unwrap_or(1).max(1);
        if parts == 1 {
            1
        } else {
            (super::sources::fnv1a_128(anchor.as_bytes()) % u128::from(parts)) as u32 + 1
        }
    }

    /// Link (from a page `root` below the top) to a fact's entry on the facts page of
    /// the first document that states it; `None` for a fact no document states.
    pub(super) fn href(
        &self,
        root: &str,
        provenance: &[Provenance],
        anchor: &str,
    ) -> Option<String> {
        let first = provenance.first()?;
        Some(format!(
            "{root}facts/{}#{anchor}",
            facts_page(&first.document, self.part(&first.document, anchor))
        ))
    }

    /// A link to a fact's entry, marked when only unverified statements back it (plain
    /// text when no document states it).
    pub(super) fn link(
        &self,
        root: &str,
        text: &str,
        anchor: &str,
        provenance: &[Provenance],
    ) -> String {
        let flag = if crate::graph::status_of(provenance) == Status::Unverified {
            "<sup class=\"unverified\" title=\"stated only by sentences flagged unverified\">?</sup>"
        } else {
            ""
        };
        match self.href(root, provenance, anchor) {
            Some(href) => format!("<a href=\"{}\">{}</a>{flag}", esc(&href), esc(text)),
            None => format!("{}{flag}", esc(text)),
        }
    }
}

/// One sentence as a citation: its place (linked to the line on the source page when the
/// report has one for its document), an "unverified" flag and the quote.
pub(super) fn cite(root: &str, with_source: &HashSet<&str>, p: &Provenance) -> String {
    let flag = if p.status == Status::Unverified {
        " <span class=\"unverified\">unverified</span>"
    } else {
        ""
    };
    let place = esc(&p.location());
    let place = if with_source.contains(&*p.document) {
        format!(
            "<a href=\"{root}{}\">{place}</a>",
            esc(&source_href(&p.document, p.page, p.line))
        )
    } else {
        place
    };
    format!("{place}{flag} <q>{}</q>", esc(&p.text))
}

/// What one document's facts page holds, for the index.
pub(super) struct DocumentFacts {
    /// The document.
    pub document: String,
    /// Facts it states.
    pub facts: usize,
    /// Sentences of it that state them.
    pub statements: usize,
    /// Parts its facts page is split into.
    pub parts: u32,
}

/// Which facts go on which document's page, and in how many parts: computed before any
/// page is written, so every page can link to any fact.
pub(super) struct FactPlan<'f> {
    /// For each fact, its sentences by document, documents in id order.
    by_fact: Vec<BTreeMap<&'f str, Vec<&'f Provenance>>>,
    /// For each document, the facts it states (indices into the facts), in fact order.
    by_doc: Vec<(&'f str, Vec<usize>)>,
    /// Summary per document, in the order of `by_doc`.
    pub documents: Vec<DocumentFacts>,
    /// Parts per document.
    pub places: FactPlaces,
}

/// Plans the facts pages of `facts` (every one of `documents` gets one, even when it
/// states nothing).
pub(super) fn plan<'f>(documents: &'f [DocumentInfo], facts: &'f [Fact<'_>]) -> FactPlan<'f> {
    use rayon::prelude::*;
    let by_fact: Vec<BTreeMap<&str, Vec<&Provenance>>> = facts
        .par_iter()
        .map(|f| {
            let mut by_doc: BTreeMap<&str, Vec<&Provenance>> = BTreeMap::new();
            for p in f.provenance {
                by_doc.entry(&p.document).or_default().push(p);
            }
            by_doc
        })
        .collect();
    let mut docs: BTreeMap<&str, Vec<usize>> = documents
        .iter()
        .map(|d| (d.id.as_str(), Vec::new()))
        .collect();
    for (i, f) in by_fact.iter().enumerate() {
        for &d in f.keys() {
            docs.entry(d).or_default().push(i);
        }
    }
    let by_doc: Vec<(&str, Vec<usize>)> = docs.into_iter().collect();
    let documents: Vec<DocumentFacts> = by_doc
        .iter()
        .map(|(doc, indices)| {
            let statements: usize = indices.iter().map(|&i| by_fact[i][doc].len()).sum();
            let listed: usize = indices
                .iter()
                .map(|&i| by_fact[i][doc].len().min(MAX_QUOTES))
                .sum();
            DocumentFacts {
                document: doc.to_string(),
                facts: indices.len(),
                statements,
                parts: u32::try_from(listed.div_ceil(STATEMENTS_PER_PART).max(1))
                    .unwrap_or(u32::MAX),
            }
        })
        .collect();
    let places = FactPlaces {
        parts: documents
            .iter()
            .map(|d| (d.document.clone(), d.parts))
            .collect(),
    };
    FactPlan {
        by_fact,
        by_doc,
        documents,
        places,
    }
}

/// Writes the facts pages `plan` lays out, on every core; returns the paths in document
/// order.
pub(super) fn write_pages(
    documents: &[DocumentInfo],
    facts: &[Fact<'_>],
    plan: &FactPlan<'_>,
    dir: &Path,
) -> Result<Vec<PathBuf>, ReportError> {
    use rayon::prelude::*;
    let with_source: HashSet<&str> = documents.iter().map(|d| d.id.as_str()).collect();
    let jobs: Vec<(usize, u32)> = plan
        .documents
        .iter()
        .enumerate()
        .flat_map(|(d, summary)| (1..=summary.parts).map(move |p| (d, p)))
        .collect();
    jobs.par_iter()
        .map(|&(d, part)| {
            let html = facts_page_html(facts, plan, &with_source, d, part);
            let path = dir.join("facts").join(facts_page(plan.by_doc[d].0, part));
            super::write_file(&path, html.as_bytes())?;
            Ok(path)
        })
        .collect()
}

/// Part `part` of the facts page of document `d` of `plan`: the pager when there are
/// several parts, then one row per fact (see [`fact_row`]).
fn facts_page_html(
    facts: &[Fact<'_>],
    plan: &FactPlan<'_>,
    with_source: &HashSet<&str>,
    d: usize,
    part: u32,
) -> String {
    let (doc, indices) = &plan.by_doc[d];
    let parts = plan.documents[d].parts;
    let title = if parts > 1 {
        format!("Facts stated in {doc} (part {part} of {parts})")
    } else {
        format!("Facts stated in {doc}")
    };
    let mut html = page_head(&title, "../", &title);
    let source = if with_source.contains(doc) {
        format!("<a href=\"../sources/{}\">document</a>", page_name(doc))
    } else {
        "document".to_string()
    };
    let _ = write!(
        html,
        "<p class=\"intro\">Every fact this document states, with its sentences; each place opens the {source} at that line. Part of the <a href=\"../index.html#appendix\">sources of every fact</a>.</p>"
    );
    if parts > 1 {
        html.push_str("<nav class=\"pager\" aria-label=\"parts\"><p>Parts: ");
        for p in 1..=parts {
            if p == part {
                let _ = write!(html, "<b aria-current=\"page\">{p}</b> ");
            } else {
                let _ = write!(html, "<a href=\"{}\">{p}</a> ", esc(&facts_page(doc, p)));
            }
        }
        html.push_str("</p></nav>");
    }
    html.push_str(
        "<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"facts table\"><table class=\"facts sortable\"><thead><tr><th scope=\"col\">Fact</th><th scope=\"col\">Stated here</th><th scope=\"col\">Also stated in</th></tr></thead><tbody>",
    );
    for &i in indices {
        if plan.places.part(doc, &facts[i].anchor) == part {
            fact_row(&mut html, facts, plan, with_source, (doc, i));
        }
    }
    html.push_str("</tbody></table></div>");
    html.push_str(&page_foot("../"));
    html
}

/// The row of fact `i` on the page of `doc`: the fact, the sentences of `doc` stating it
/// (at most [`MAX_QUOTES`]) and the other documents that state it (at most [`MAX_ALSO`]).
fn fact_row(
    html: &mut String,
    facts: &[Fact<'_>],
    plan: &FactPlan<'_>,
    with_source: &HashSet<&str>,
    (doc, i): (&&str, usize),
) {
    let f = &facts[i];
    let mine = &plan.by_fact[i][doc];
    let _ = write!(
        html,
        "<tr id=\"{}\"><td>{} <i>{}</i> {}</td><td><ul>",
        esc(&f.anchor),
        esc(f.subject),
        esc(&f.relation.as_str().replace('_', " ")),
        esc(&f.object)
    );
    for p in mine.iter().take(MAX_QUOTES) {
        let _ = write!(html, "<li>{}</li>", cite("../", with_source, p));
    }
    if mine.len() > MAX_QUOTES {
        let _ = write!(
            html,
            "<li>and {} more sentences of this document (all in <a href=\"../data/graph.json\">graph.json</a>)</li>",
            mine.len() - MAX_QUOTES
        );
    }
    html.push_str("</ul></td><td>");
    let others: Vec<&str> = plan.by_fact[i]
        .keys()
        .copied()
        .filter(|d| d != doc)
        .collect();
    for (k, other) in others.iter().take(MAX_ALSO).enumerate() {
        if k > 0 {
            html.push_str("<br>");
        }
        let _ = write!(
            html,
            "<a href=\"{}#{}\">{}</a>",
            esc(&facts_page(other, plan.places.part(other, &f.anchor))),
            esc(&f.anchor),
            esc(other)
        );
    }
    if others.len() > MAX_ALSO {
        let _ = write!(html, "<br>and {} more", others.len() - MAX_ALSO);
    }
    html.push_str("</td></tr>");
}
