//! Counting state mentions in a corpus of any size: files are read in parallel, each
//! decoded, scanned with the one gazetteer automaton ([`StateMatcher`]) and dropped, so
//! memory holds a file per thread and a counter per state.
//!
//! Not for claims (that is `extract`, which needs sentences and positions): a scan only
//! answers "how often is each state named", the question `grep -o -F -f names.txt | sort
//! | uniq -c` answers, with the gazetteer's aliases and rules (word boundaries, titles,
//! blocked phrases, "Korea") applied.
//!
//! Plain-text files take a fast path: when the file has no character that
//! normalisation would change (the typographic quotes, dashes, spaces and invisible
//! characters of `documents::normalize`; all start with one of a few UTF-8 lead bytes),
//! only whitespace is folded, in place, the way normalisation folds it (a run of
//! whitespace is one space, a blank line ends a paragraph, `-` at a line end joins the
//! next word), and the matcher runs on that. Other files (and Markdown and HTML) go
//! through the full document pipeline. Both give the counts the matcher gives on
//! [`Document::text`](crate::documents::Document).

use crate::documents::joins_at_hyphen;
use crate::documents::{
    self, Document, DocumentError, DocumentFile, Format, Limits, find_documents_with, read_bytes,
};
use crate::gazetteer::{MentionResolution, STATES, State, StateMatcher};
use rayon::prelude::*;
use std::path::PathBuf;

/// Mentions per state and what was read.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ScanCounts {
    /// Mentions per state, indexed like [`STATES`].
    pub states: Vec<u64>,
    /// Mentions of names that fit several states (bare "Korea").
    pub ambiguous: u64,
    /// Files (or bundled documents) read.
    pub files: u64,
    /// Bytes read (file sizes).
    pub bytes: u64,
}

impl ScanCounts {
    /// Zero counts for every state.
    pub fn new() -> ScanCounts {
        ScanCounts {
            states: vec![0; STATES.len()],
            ..ScanCounts::default()
        }
    }

    /// Adds another count (for reducing per-file counts).
    pub fn merged(mut self, other: &ScanCounts) -> ScanCounts {
        for (a, b) in self.states.iter_mut().zip(&other.states) {
            *a += b;
        }
        self.ambiguous += other.ambiguous;
        self.files += other.files;
        self.bytes += other.bytes;
        self
    }

    /// Total mentions of states (ambiguous names not included).
    pub fn total(&self) -> u64 {
        self.states.iter().sum()
    }

    /// Counts the mentions in `text` (normalised, or folded as in the module docs).
    pub fn count_text(&mut self, matcher: &StateMatcher, text: &str) {
        for m in matcher.mentions(text) {
            match m.resolution {
                MentionResolution::State(s) => {
                    if let Some(n) = self.states.get_mut(state_index(s)) {
                        *n += 1;
                    }
                }
                MentionResolution::Ambiguous(_) => self.ambiguous += 1,
            }
        }
    }
}

/// The index in [`STATES`] of a state the matcher returned (a reference into
/// [`STATES`]), from its address: no string comparison per mention. Out of range for
/// a `State` that is not in the table.
fn state_index(s: &State) -> usize {
    let offset = (s as *const State as usize).wrapping_sub(STATES.as_ptr() as usize);
    offset / std::mem::size_of::<State>().max(1)
}

/// What a scan of files found, and the files it could not read.
#[derive(Debug, Default)]
pub struct ScanOutcome {
    /// The counts over every file read.
    pub counts: ScanCounts,
    /// Files that could not be read (the rest were scanned), in path order.
    pub errors: Vec<DocumentError>,
}

/// Scans files and directories (found as [`documents::load_paths`] finds them), files in
/// parallel on rayon's pool.
///
/// # Errors
/// None as a whole: a file that cannot be read is reported in [`ScanOutcome::errors`].
///
/// # Complexity
/// O(bytes) time; O(threads x largest file) memory.
pub fn scan_paths(paths: &[PathBuf], limits: &Limits, matcher: &StateMatcher) -> ScanOutcome {
    let results: Vec<Result<ScanCounts, DocumentError>> =
        find_documents_with(paths, limits.follow_links)
            .into_par_iter()
            .map(|file| scan_file(&file?, limits, matcher))
            .collect();
    let mut out = ScanOutcome {
        counts: ScanCounts::new(),
        errors: Vec::new(),
    };
    for r in results {
        match r {
            Ok(c) => out.counts = out.counts.merged(&c),
            Err(e) => out.errors.push(e),
        }
    }
    out
}

/// Scans the bundled documents.
pub fn scan_bundled(matcher: &StateMatcher) -> ScanCounts {
    let mut counts = ScanCounts::new();
    for doc in documents::bundled() {
        counts.count_text(matcher, &doc.text);
        counts.files += 1;
        counts.bytes += documents::bundled_source(&doc.id).map_or(0, |s| s.len() as u64);
    }
    counts
}

/// Scans one file.
fn scan_file(
    file: &DocumentFile,
    limits: &Limits,
    matcher: &StateMatcher,
) -> Result<ScanCounts, DocumentError> {
    let bytes = read_bytes(&file.path, limits)?;
    let mut counts = ScanCounts::new();
    counts.files = 1;
    counts.bytes = bytes.len() as u64;
    if file.format == Format::Text && is_plain(&bytes) {
        if let Some(text) = fold_plain(bytes) {
            counts.count_text(matcher, &text);
        }
        return Ok(counts);
    }
    let doc = Document::from_bytes(&file.id, &file.path, file.format, bytes, limits)?;
    counts.count_text(matcher, &doc.text);
    Ok(counts)
}

/// True for valid UTF-8 without NUL, vertical tab or form feed, without a byte order
/// mark and without any character normalisation maps or removes (their UTF-8 encodings
/// start with 0xC2, 0xE1, 0xE2, 0xE3 or 0xEF), and with some text: the input
/// [`fold_plain`] handles exactly as normalisation does.
pub fn is_plain(bytes: &[u8]) -> bool {
    memchr::memchr3(0xC2, 0xE2, 0xEF, bytes).is_none()
        && memchr::memchr3(0xE1, 0xE3, 0, bytes).is_none()
        && memchr::memchr2(0x0B, 0x0C, bytes).is_none()
        && std::str::from_utf8(bytes).is_ok()
        && bytes.iter().any(|b| !b.is_ascii_whitespace())
}

/// The whitespace folding of normalisation (see the module docs), in place; `None` when
/// the bytes are not UTF-8. Only meant for [`is_plain`] input.
///
/// Text between runs that need folding (a tab, a line break, two spaces) is moved with
/// `memchr`/`memmem` searches and block copies, not byte by byte.
pub fn fold_plain(mut bytes: Vec<u8>) -> Option<String> {
    let n = bytes.len();
    let is_space = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | b'\r');
    let (mut read, mut write) = (bytes.iter().take_while(|&&b| is_space(b)).count(), 0);
    let (mut next_break, mut next_double) = (read, read);
    loop {
        if next_break <= read {
            next_break =
                memchr::memchr3(b'\n', b'\r', b'\t', &bytes[read..]).map_or(n, |i| read + i);
        }
        if next_double <= read {
            next_double = memchr::memmem::find(&bytes[read..], b"  ").map_or(n, |i| read + i);
        }
        let run = next_break.min(next_double);
        if write != read {
            bytes.copy_within(read..run, write);
        }
        write += run - read;
        read = run;
        if read >= n {
            break;
        }
        // A single space before the run was copied; it belongs to the run.
        if write > 0 && bytes[write - 1] == b' ' {
            write -= 1;
        }
        let mut newlines = 0;
        while read < n && is_space(bytes[read]) {
            newlines += usize::from(bytes[read] == b'\n');
            read += 1;
        }
        let blank_line = newlines >= 2;
        let hyphen_join = newlines == 1
            && write >= 2
            && bytes[write - 1] == b'-'
            && joins_at_hyphen(char_before(&bytes, write - 1), char_at(&bytes, read));
        if blank_line {
            bytes[write] = b'\n';
            bytes[write + 1] = b'\n';
            write += 2;
        } else if !hyphen_join && write > 0 && read < n {
            bytes[write] = b' ';
            write += 1;
        }
    }
    bytes.truncate(write);
    String::from_utf8(bytes).ok()
}

/// The character of UTF-8 `bytes` that starts at `at`.
fn char_at(bytes: &[u8], at: usize) -> Option<char> {
    let len = match *bytes.get(at)? {
        b if b < 0x80 => 1,
        b if b >= 0xF0 => 4,
        b if b >= 0xE0 => 3,
        _ => 2,
    };
    std::str::from_utf8(bytes.get(at..at + len)?)
        .ok()?
        .chars()
        .next()
}

/// The character of UTF-8 `bytes` that ends at `end`.
fn char_before(bytes: &[u8], end: usize) -> Option<char> {
    let mut start = end.checked_sub(1)?;
    while start > 0 && bytes[start] & 0xC0 == 0x80 {
        start -= 1;
    }
    std::str::from_utf8(bytes.get(start..end)?)
        .ok()?
        .chars()
        .next()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn counts_of(text: &str, matcher: &StateMatcher) -> ScanCounts {
        let mut c = ScanCounts::new();
        c.count_text(matcher, text);
        c
    }

    #[test]
    fn fold_matches_normalisation_on_plain_text() {
        let m = StateMatcher::new();
        let raw = "Experts from the United Kingdom of Great\nBritain and Northern Ireland, Guinea-\nBissau,\tBrazil\n\n\n  and   the Lao\r\nPeople's Democratic Republic. Mr. Jordan met Chad.\n";
        assert!(is_plain(raw.as_bytes()));
        let folded = fold_plain(raw.as_bytes().to_vec()).expect("plain");
        let doc = Document::from_source("t.txt", Path::new("t.txt"), Format::Text, raw);
        assert_eq!(counts_of(&folded, &m), counts_of(&doc.text, &m));
        assert_eq!(counts_of(&folded, &m).total(), 5);
        assert!(!is_plain("C\u{00f4}te d\u{2019}Ivoire".as_bytes()));
        assert!(!is_plain(b"  \n"));
        assert!(is_plain("T\u{00fc}rkiye".as_bytes()));
        assert_eq!(
            fold_plain(" T\u{00fc}rkiye\n".into()).as_deref(),
            Some("T\u{00fc}rkiye")
        );
        // The hyphen rule is normalisation's own: a dash after a dash or a space is kept
        // apart, a word broken before a non-ASCII letter is joined.
        for raw in ["x--\ny", "x -\ny", "Gro\u{00df}-\n\u{00e9}tat", "a-\n1"] {
            let doc = Document::from_source("t.txt", Path::new("t.txt"), Format::Text, raw);
            assert_eq!(
                fold_plain(raw.into()).as_deref(),
                Some(doc.text.as_str()),
                "{raw:?}"
            );
        }
    }

    #[test]
    fn state_index_is_the_table_index() {
        for (i, s) in STATES.iter().enumerate() {
            assert_eq!(state_index(s), i);
        }
    }

    #[test]
    fn fold_keeps_every_mention_of_random_whitespace() {
        let m = StateMatcher::new();
        let mut rng = crate::synth::Rng::new(21);
        let gaps = [
            " ", "  ", "\n", " \n", "\r\n", "\t", "\n\n", " \n \n ", "-\n",
        ];
        let words = [
            "United", "Kingdom", "of", "Great", "Britain", "and", "Northern", "Ireland", "Guinea",
            "Bissau", "Chad", "the",
        ];
        for _ in 0..300 {
            let mut raw = String::new();
            for _ in 0..rng.between(1, 30) {
                raw.push_str(words[rng.below(words.len())]);
                raw.push_str(gaps[rng.below(gaps.len())]);
            }
            if !is_plain(raw.as_bytes()) {
                continue;
            }
            let folded = fold_plain(raw.clone().into_bytes()).expect("utf8");
            let doc = Document::from_source("t.txt", Path::new("t.txt"), Format::Text, &raw);
            assert_eq!(counts_of(&folded, &m), counts_of(&doc.text, &m), "{raw:?}");
        }
    }

    #[test]
    fn scan_equals_matcher_on_loaded_documents() {
        let dir = tempfile::tempdir().expect("tmp");
        let mut rng = crate::synth::Rng::new(5);
        std::fs::write(
            dir.path().join("a.txt"),
            crate::synth::document(&mut rng, 30_000),
        )
        .expect("write");
        std::fs::write(
            dir.path().join("b.txt"),
            "Statement by C\u{00f4}te d\u{2019}Ivoire and Korea.\n",
        )
        .expect("write");
        std::fs::write(dir.path().join("c.md"), "# Brazil\n\n- China\n- Chad\n").expect("write");
        let m = StateMatcher::new();
        let paths = [dir.path().to_path_buf()];
        let got = scan_paths(&paths, &Limits::default(), &m);
        assert!(got.errors.is_empty());
        let mut want = ScanCounts::new();
        for d in documents::load_paths(&paths, &Limits::default()).documents {
            want.count_text(&m, &d.text);
        }
        assert_eq!(got.counts.states, want.states);
        assert_eq!(got.counts.ambiguous, 1);
        assert_eq!(got.counts.files, 3);
    }
}
