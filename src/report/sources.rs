//! One HTML page per source document with numbered lines, so that a fact's citation
//! (`document:line:column`, or `document p. 7, line 12`) opens the document at that line,
//! highlighted. For a PDF or Word file the lines are those read from it, numbered
//! `page:line`.

use super::ReportError;
use super::html::{esc, page_foot, page_head};
use crate::corpus::Corpus;
use crate::documents::{Limits, SourceLine, source_lines};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// Relative link to a line of a document's source page (`#p7-L12` for line 12 of page 7
/// of a paged document).
pub(super) fn source_href(document: &str, page: Option<u32>, line: u32) -> String {
    match page {
        Some(page) => format!("sources/{}#p{page}-L{line}", page_name(document)),
        None => format!("sources/{}#L{line}", page_name(document)),
    }
}

/// Longest readable part of a page name, in bytes.
const READABLE: usize = 40;

/// File name of a document's source page: up to 40 bytes of the id kept readable
/// (ASCII letters, digits, `.`, `-`; anything else `_`), then the 128-bit FNV-1a hash of
/// the whole id in hex, then `.html`. At most 78 bytes whatever the id, so a long
/// non-ASCII file name cannot exceed the file system's limit; the hash tells apart ids
/// the readable part confuses (`x-1.txt` and `xˑ.txt`), and [`write_pages`] refuses a
/// report in which two documents still get one name.
pub(super) fn page_name(id: &str) -> String {
    let mut name: String = id
        .chars()
        .map(|c| match c {
            'a'..='z' | 'A'..='Z' | '0'..='9' | '.' | '-' => c,
            _ => '_',
        })
        .take(READABLE)
        .collect();
    name.push('-');
    let _ = write!(name, "{:032x}.html", fnv1a_128(id.as_bytes()));
    name
}

/// FNV-1a, 128-bit (offset basis and prime from the FNV reference).
pub(super) fn fnv1a_128(bytes: &[u8]) -> u128 {
    const OFFSET: u128 = 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d;
    const PRIME: u128 = 0x0000_0000_0100_0000_0000_0000_0000_013b;
    bytes
        .iter()
        .fold(OFFSET, |h, &b| (h ^ u128::from(b)).wrapping_mul(PRIME))
}

/// Writes every document's source page under `dir/sources/`; returns the paths in
/// document order.
///
/// Pages are made and written one document at a time (on every core), so a report on a
/// large corpus never holds more than a few source texts at once.
pub(super) fn write_pages(corpus: &Corpus, dir: &Path) -> Result<Vec<PathBuf>, ReportError> {
    use rayon::prelude::*;
    let mut names = std::collections::HashMap::new();
    for d in &corpus.documents {
        if let Some(other) = names.insert(page_name(&d.id), &d.id) {
            return Err(ReportError::PageNameCollision {
                first: other.to_string(),
                second: d.id.to_string(),
            });
        }
    }
    let limits = Limits {
        max_file_bytes: u64::MAX,
        lossy: true,
        ..corpus.limits
    };
    corpus
        .documents
        .par_iter()
        .map(|d| {
            // The text as the documents module decoded it, numbered as it numbers lines
            // (one reader, one line map): a UTF-16 file reads as its characters.
            let html = match source_lines(&d.id, Path::new(&d.path), &limits) {
                Ok(lines) => page(&d.id, &lines),
                Err(e) => unreadable(&d.id, &e),
            };
            let path = dir.join("sources").join(page_name(&d.id));
            super::write_file(&path, html.as_bytes())?;
            Ok(path)
        })
        .collect()
}

/// The page of a document that cannot be read any more.
fn unreadable(id: &str, e: &dyn std::fmt::Display) -> String {
    let message = format!("(the source file can no longer be read: {e})");
    page(
        id,
        &[SourceLine {
            page: None,
            line: 1,
            text: message.into(),
        }],
    )
}

/// A source page: one numbered, linkable row per line (`L12`, or `p7-L12` on page 7).
fn page(id: &str, lines: &[SourceLine]) -> String {
    let mut html = String::with_capacity(64 * 1024 + lines.len() * 80);
    html.push_str(&page_head(id, "../", id));
    let _ = write!(
        html,
        "<p class=\"intro\">The document as read, line by line; a citation opens it at its line. <a href=\"../facts/{}\">Facts this document states</a>.</p><div class=\"src\">",
        page_name(id)
    );
    for l in lines {
        let (anchor, shown) = match l.page {
            Some(p) => (format!("p{p}-L{}", l.line), format!("{p}:{}", l.line)),
            None => (format!("L{}", l.line), l.line.to_string()),
        };
        let _ = write!(
            html,
            "<div class=\"l\" id=\"{anchor}\"><span class=\"n\">{shown}</span><span>{}</span></div>",
            esc(&l.text)
        );
    }
    html.push_str("</div>");
    html.push_str(&page_foot("../"));
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_names_are_distinct_and_bounded() {
        assert_ne!(page_name("x-1.txt"), page_name("x\u{2d1}.txt"));
        assert_ne!(page_name("a/b.txt"), page_name("a_b.txt"));
        let long = "\u{e9}".repeat(300);
        let name = page_name(&long);
        assert!(name.len() <= 78, "{} bytes", name.len());
        assert!(name.is_ascii());
        assert!(page_name("seeds/gge-2014-2015.md").starts_with("seeds_gge-2014-2015.md-"));
        // The reference value of the empty input.
        assert_eq!(fnv1a_128(b""), 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d);
        assert_eq!(fnv1a_128(b"a"), 0xd228_cb69_6f1a_8caf_7891_2b70_4e4a_8964);
    }
}
