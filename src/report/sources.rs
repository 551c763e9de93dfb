//! One HTML page per source document with numbered lines, so that a fact's citation
//! (`document:line:column`, or `document p. 7, line 12`) opens the document at that line,
//! highlighted. For a PDF or Word file the lines are those read from it, numbered
//! `page:line`.

use super::ReportError;
use super::html::{anchor, esc};
use crate::corpus::Corpus;
use crate::documents::{Format, Limits, bundled_source, load_file_with};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// Relative link to a line of a document's source page (`#p7-L12` for line 12 of page 7
/// of a paged document).
pub(super) fn source_href(document: &str, page: Option<u32>, line: u32) -> String {
    match page {
        Some(page) => format!("sources/{}.html#p{page}-L{line}", anchor(&[document])),
        None => format!("sources/{}.html#L{line}", anchor(&[document])),
    }
}

/// Writes every document's source page under `dir/sources/`; returns the paths in
/// document order.
///
/// Pages are made and written one document at a time (on every core), so a report on a
/// large corpus never holds more than a few source texts at once.
pub(super) fn write_pages(corpus: &Corpus, dir: &Path) -> Result<Vec<PathBuf>, ReportError> {
    use rayon::prelude::*;
    corpus
        .documents
        .par_iter()
        .map(|d| {
            let html = match bundled_source(&d.id) {
                Some(text) if d.id.starts_with("seeds/") && d.path.starts_with("seeds") => {
                    page(&d.id, numbered(text))
                }
                _ if Format::from_path(Path::new(&d.path)).is_some_and(Format::is_binary) => {
                    // A PDF or Word file: the lines as read from it, by page.
                    let all = Limits {
                        max_file_bytes: u64::MAX,
                        lossy: true,
                    };
                    match load_file_with(Path::new(&d.path), &all) {
                        Ok(doc) => page(
                            &d.id,
                            doc.source_lines().iter().map(|l| match l.page {
                                Some(p) => (
                                    format!("p{p}-L{}", l.line),
                                    format!("{p}:{}", l.line),
                                    &*l.text,
                                ),
                                None => (format!("L{}", l.line), l.line.to_string(), &*l.text),
                            }),
                        ),
                        Err(e) => unreadable(&d.id, &e),
                    }
                }
                _ => match std::fs::read(&d.path) {
                    Ok(b) => page(&d.id, numbered(&String::from_utf8_lossy(&b))),
                    Err(e) => unreadable(&d.id, &e),
                },
            };
            let path = dir.join(format!("sources/{}.html", anchor(&[&d.id])));
            super::write_file(&path, html.as_bytes())?;
            Ok(path)
        })
        .collect()
}

/// The lines of a text file as (anchor, number shown, text).
fn numbered(raw: &str) -> impl Iterator<Item = (String, String, &str)> {
    raw.lines()
        .enumerate()
        .map(|(i, line)| (format!("L{}", i + 1), (i + 1).to_string(), line))
}

/// The page of a document that cannot be read any more.
fn unreadable(id: &str, e: &dyn std::fmt::Display) -> String {
    let message = format!("(the source file can no longer be read: {e})");
    page(id, numbered(&message))
}

/// A source page: one numbered, linkable row per line.
fn page<'a>(id: &str, lines: impl Iterator<Item = (String, String, &'a str)>) -> String {
    let mut html = String::with_capacity(64 * 1024);
    let _ = write!(
        html,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{t}</title><style>\
         body{{font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;margin:0;color:#222}}\
         h1{{font:600 16px system-ui,sans-serif;padding:12px 16px;margin:0;background:#f3f5f8;border-bottom:1px solid #dde}}\
         .l{{display:flex;white-space:pre-wrap;word-break:break-word;padding:0 16px}}\
         .l:target{{background:#fff3b0;outline:2px solid #E69F00}}\
         .n{{flex:0 0 4em;color:#888;text-align:right;padding-right:1em;user-select:none}}\
         </style></head><body><h1>{t} <a href=\"../index.html\">back to the report</a></h1>",
        t = esc(id)
    );
    for (id, n, line) in lines {
        let _ = write!(
            html,
            "<div class=\"l\" id=\"{id}\"><span class=\"n\">{n}</span><span>{}</span></div>",
            esc(line)
        );
    }
    html.push_str("</body></html>\n");
    html
}
