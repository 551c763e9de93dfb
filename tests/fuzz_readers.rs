//! Fuzzing the Markdown and HTML readers (and the plain-text one) on stable Rust: bytes
//! made of markup tokens, entities, line ends of every kind, encodings and mutations of
//! the bundled documents are decoded (strict and lossy), read in each format and
//! extracted. Nothing may panic; every sentence lies inside the text, and every position
//! names a line of the source (lines ended by `\n`, `\r\n` or `\r`) and a column at most
//! one past that line's end.
//!
//! Budget and long runs: see `tests/fuzz_common`.

mod fuzz_common;
use fuzz_common::{Budget, Rng, run};
use ggegraph::documents::{Document, Format, Limits, decode, split_lines};
use ggegraph::extract::Extractor;
use std::path::Path;

const TOKENS: &[&str] = &[
    "<p>",
    "</p>",
    "<li>",
    "</li>",
    "<ul>",
    "<h1>",
    "</h1>",
    "<td>",
    "<tr>",
    "<table>",
    "<br>",
    "<div class=\"a>b\">",
    "<a href=x",
    " a=1",
    " b='2'",
    "<!--",
    "-->",
    "<script>",
    "</script>",
    "<style>",
    "</style>",
    "<title>",
    "</title>",
    "<textarea>",
    "<plaintext>",
    "<!DOCTYPE html>",
    "<?xml?>",
    "&amp;",
    "&lt;",
    "&#x41;",
    "&#65;",
    "&nbsp;",
    "&bogus;",
    "&",
    "<",
    ">",
    "[",
    "]",
    "(",
    ")",
    "](",
    "![",
    "[x](y)",
    "*",
    "**",
    "_",
    "__",
    "`",
    "```",
    "~~~",
    "# ",
    "###### ",
    "> ",
    "- ",
    "* ",
    "1. ",
    "a) ",
    "(iv) ",
    "| ",
    " | ",
    "|---|",
    "===",
    "---",
    "\\",
    "\\*",
    "\n",
    "\n\n",
    "\r",
    "\r\n",
    "\r\r",
    "\t",
    " ",
    "  ",
    "\u{a0}",
    "\u{200b}",
    "\u{feff}",
    "\u{202e}",
    "\u{2019}",
    "é",
    "ü",
    "日本",
    "😀",
    "Brazil",
    "China",
    "Kenya",
    "Korea",
    "Guinea-Bissau",
    "Côte d'Ivoire",
    "Atlantis",
    "The members of the Group of Governmental Experts 2014-2015 were ",
    ", ",
    " and ",
    "Resolution 53/70 was introduced by the Russian Federation.",
    "A/RES/68/243",
    "chaired by ",
    "of Brazil.",
    "[unverified: x]",
    "e.g. ",
    "U.S. ",
    ". ",
    ".",
];

/// The first 4 KB of some bundled documents, for mutation.
fn seeds() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    files
        .iter()
        .take(12)
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .map(|t| t.chars().take(4000).collect())
        .collect()
}

fn char_boundary(s: &str, mut at: usize) -> usize {
    at = at.min(s.len());
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn generate(rng: &mut Rng, seeds: &[String]) -> Vec<u8> {
    let mut text = if seeds.is_empty() || rng.one_in(2) {
        String::new()
    } else {
        rng.pick(seeds).clone()
    };
    let edits = 1 + rng.below(40);
    for _ in 0..edits {
        let at = char_boundary(&text, rng.below(text.len() + 1));
        match rng.below(6) {
            0..=2 => {
                let token = *rng.pick(TOKENS);
                let times = if rng.one_in(20) {
                    1 + rng.below(300)
                } else {
                    1
                };
                text.insert_str(at, &token.repeat(times));
            }
            3 => {
                let end = char_boundary(&text, at + rng.below(64));
                text.replace_range(at..end, "");
            }
            4 => {
                let end = char_boundary(&text, at + rng.below(200));
                let piece = text[at..end].to_string();
                text.insert_str(at, &piece);
            }
            _ => {
                if let Some(c) = char::from_u32(rng.below(0x3000) as u32) {
                    text.insert(at, c);
                }
            }
        }
    }
    if rng.one_in(8) {
        text = text.replace('\n', if rng.one_in(2) { "\r" } else { "\r\n" });
    }
    // The bytes: UTF-8 mostly, sometimes another encoding or damaged.
    let mut bytes = match rng.below(12) {
        0 => [0xFF, 0xFE]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
            .collect(),
        1 => text.encode_utf16().flat_map(u16::to_be_bytes).collect(),
        2 => [0xFF, 0xFE, 0, 0]
            .into_iter()
            .chain(text.chars().flat_map(|c| u32::from(c).to_le_bytes()))
            .collect(),
        3 => [0xEF, 0xBB, 0xBF].into_iter().chain(text.bytes()).collect(),
        _ => text.into_bytes(),
    };
    if rng.one_in(10) && !bytes.is_empty() {
        let at = rng.below(bytes.len());
        bytes[at] = rng.next() as u8;
    }
    bytes
}

fn extractor() -> &'static Extractor {
    static EXTRACTOR: std::sync::OnceLock<Extractor> = std::sync::OnceLock::new();
    EXTRACTOR.get_or_init(Extractor::new)
}

fn check(bytes: &[u8]) {
    let path = Path::new("fuzz.md");
    let _ = decode(bytes, path, Format::Markdown, &Limits::default());
    // A legacy encoding, as a page declares or the user names, must neither panic.
    let legacy = Limits {
        encoding: Some(encoding_rs::SHIFT_JIS),
        ..Limits::default()
    };
    let _ = decode(bytes, path, Format::Html, &legacy);
    let lossy = Limits {
        lossy: true,
        ..Limits::default()
    };
    let Ok((text, _)) = decode(bytes, path, Format::Markdown, &lossy) else {
        return;
    };
    let source = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let lines: Vec<usize> = split_lines(source).map(|l| l.chars().count()).collect();
    let docs: Vec<Document> = [Format::Markdown, Format::Html, Format::Text]
        .into_iter()
        .map(|format| Document::from_source("fuzz", path, format, &text))
        .collect();
    for doc in &docs {
        for s in &doc.sentences {
            assert!(s.start <= s.end && s.end <= doc.text.len(), "{s:?}");
            assert!(doc.text.is_char_boundary(s.start) && doc.text.is_char_boundary(s.end));
            for offset in [s.start, (s.start + s.end) / 2, s.end.saturating_sub(1)] {
                let pos = doc.position(offset);
                let len = usize::try_from(pos.line)
                    .ok()
                    .and_then(|l| l.checked_sub(1))
                    .and_then(|l| lines.get(l));
                let Some(&len) = len else {
                    panic!("{:?}: {pos:?} past the {} lines", doc.format, lines.len());
                };
                assert!(
                    pos.column >= 1 && pos.column as usize <= len + 1,
                    "{:?}: {pos:?} past the line's {len} characters",
                    doc.format
                );
            }
        }
    }
    let extraction = extractor().extract(&docs);
    for claim in &extraction.claims {
        assert!(claim.provenance.line >= 1, "{claim:?}");
    }
}

#[test]
fn markdown_and_html_readers_survive_random_input() {
    let seeds = seeds();
    let budget = Budget::from_env(4_000, 20);
    let execs = run(
        "readers",
        &budget,
        |rng| generate(rng, &seeds),
        |input, path| {
            let _ = std::fs::write(path, input);
        },
        |input| check(input),
    );
    assert!(execs > 0);
}
