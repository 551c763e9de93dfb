//! Bytes as a document file: decode (strict and lossy), build the document in every
//! format, extract claims. Nothing may panic; positions must stay inside the source.
#![no_main]

use ggegraph::documents::{Document, Format, Limits, decode};
use ggegraph::extract::Extractor;
use libfuzzer_sys::fuzz_target;
use std::path::Path;
use std::sync::OnceLock;

/// Building the name automaton takes longer than one run: build it once.
fn extractor() -> &'static Extractor {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(Extractor::new)
}

fuzz_target!(|data: &[u8]| {
    let path = Path::new("fuzz.txt");
    let strict = Limits::default();
    let lossy = Limits {
        lossy: true,
        ..Limits::default()
    };
    let _ = decode(data, path, &strict);
    let Ok((text, _warnings)) = decode(data, path, &lossy) else {
        return;
    };
    let docs: Vec<Document> = [Format::Text, Format::Markdown, Format::Html]
        .into_iter()
        .map(|format| Document::from_source("fuzz", path, format, &text))
        .collect();
    // Front-ends count `\n`, `\r\n` and a lone `\r` as line ends: at most one line per
    // `\n` or `\r`, plus the last.
    let ends = text.bytes().filter(|&b| b == b'\n' || b == b'\r').count();
    let lines = u32::try_from(ends + 1).unwrap_or(u32::MAX);
    for doc in &docs {
        for s in &doc.sentences {
            assert!(s.start <= s.end && s.end <= doc.text.len());
            let _ = doc.sentence_text(s);
            let pos = doc.position(s.start);
            assert!(
                pos.line >= 1 && pos.line <= lines,
                "{pos:?} past {lines} lines"
            );
        }
    }
    let _ = extractor().extract(&docs);
});
