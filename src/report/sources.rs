//! One HTML page per source document with numbered lines, so that a fact's citation
//! (`document:line:column`) opens the document at that line, highlighted.

use super::ReportError;
use super::html::{anchor, esc};
use crate::corpus::Corpus;
use crate::documents::bundled_source;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// Relative link to a line of a document's source page.
pub(super) fn source_href(document: &str, line: u32) -> String {
    format!("sources/{}.html#L{line}", anchor(&[document]))
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
            let raw = match bundled_source(&d.id) {
                Some(text) if d.id.starts_with("seeds/") && d.path.starts_with("seeds") => {
                    text.to_string()
                }
                _ => std::fs::read(&d.path)
                    .map(|b| String::from_utf8_lossy(&b).into_owned())
                    .unwrap_or_else(|e| format!("(the source file can no longer be read: {e})")),
            };
            let path = dir.join(format!("sources/{}.html", anchor(&[&d.id])));
            super::write_file(&path, page(&d.id, &raw).as_bytes())?;
            Ok(path)
        })
        .collect()
}

fn page(id: &str, raw: &str) -> String {
    let mut html = String::with_capacity(raw.len() * 2 + 1024);
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
    for (i, line) in raw.lines().enumerate() {
        let n = i + 1;
        let _ = write!(
            html,
            "<div class=\"l\" id=\"L{n}\"><span class=\"n\">{n}</span><span>{}</span></div>",
            esc(line)
        );
    }
    html.push_str("</body></html>\n");
    html
}
