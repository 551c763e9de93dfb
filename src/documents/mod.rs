//! Loading documents: files, directories and the bundled corpus, reduced to normalised text
//! with a map from every text offset back to the source line and column.
//!
//! Not for finding entities or claims (that is `extract`): this module only decides what the
//! text of a document is, where its sentences, headings and bullets are, and where each byte
//! of that text came from.
//!
//! Pipeline: bytes are decoded (`load`: UTF-8, UTF-8 with BOM, UTF-16 with BOM or
//! without, UTF-32 with BOM; binary,
//! invalid, empty and oversized files are refused with a [`DocumentError`]); a front-end
//! for the [`Format`] (`text`, `markdown`, `html`) cuts the source into blocks (paragraphs,
//! headings, list items) keeping the source position of every character; `normalize`
//! applies the character rules (quotes, dashes, spaces, invisible characters, hyphenated
//! line ends, whitespace runs); `sentences` splits blocks into [`Sentence`]s. PDF and
//! Word files are not decoded: their readers (`pdf`, `docx`) give the blocks from the
//! file's bytes, with the page and line of each source line (see [`Document::page`]).
//!
//! In [`Document::text`] blocks are separated by `\n` (list items of one paragraph) or
//! `\n\n` (paragraph break); inside a block there is no newline and no run of spaces.

mod decode;
mod docx;
mod error;
mod html;
mod load;
mod markdown;
mod normalize;
mod odt;
mod pdf;
mod posmap;
mod sentences;
mod stdin;
mod text;
mod walk;

use std::path::{Path, PathBuf};

pub use decode::{decode, encoding_named};
pub use error::DocumentError;
pub use load::{
    DocumentFile, Limits, LoadOutcome, OUTPUT_MARKER, bundled, bundled_source, find_documents_with,
    load_file_with, load_paths, load_paths_with, read_bytes, source_lines,
};
pub use normalize::BlockKind;
pub(crate) use normalize::joins_at_hyphen;
pub use sentences::ABBREVIATIONS;
pub use stdin::{STDIN_ID, read_stdin};

/// Source format, from the file extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// `.txt`
    Text,
    /// `.md`, `.markdown`
    Markdown,
    /// `.html`, `.htm`
    Html,
    /// `.pdf` (the text layer; see the `pdf` front-end)
    Pdf,
    /// `.docx` (Word; see the `docx` front-end)
    Docx,
    /// `.odt` (OpenDocument text; see the `odt` front-end)
    Odt,
}

impl Format {
    /// The format for a file extension (case-insensitive), `None` when unsupported.
    pub fn from_extension(ext: &str) -> Option<Format> {
        match ext.to_ascii_lowercase().as_str() {
            "txt" => Some(Format::Text),
            "md" | "markdown" => Some(Format::Markdown),
            "html" | "htm" => Some(Format::Html),
            "pdf" => Some(Format::Pdf),
            "docx" => Some(Format::Docx),
            "odt" => Some(Format::Odt),
            _ => None,
        }
    }

    /// True for formats read from bytes by their own reader (PDF, Word, OpenDocument),
    /// not decoded as text.
    pub fn is_binary(self) -> bool {
        matches!(self, Format::Pdf | Format::Docx | Format::Odt)
    }

    /// The format of a path, from its extension.
    pub fn from_path(path: &Path) -> Option<Format> {
        path.extension()
            .and_then(|e| e.to_str())
            .and_then(Format::from_extension)
    }
}

/// The lines of a text source, each without its end: `\n`, `\r\n` or a lone `\r` (old
/// Mac files) ends a line, so a file of any of the three has the lines an editor shows.
/// The front-ends number lines this way and the report's source pages show them so.
/// Unlike [`str::lines`], a final line end gives a last, empty line (`"a\n"` is `a`, ``).
pub fn split_lines(raw: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(raw);
    std::iter::from_fn(move || {
        let s = rest?;
        match memchr::memchr2(b'\n', b'\r', s.as_bytes()) {
            None => {
                rest = None;
                Some(s)
            }
            Some(i) => {
                let end = if s.as_bytes().get(i..i + 2) == Some(b"\r\n") {
                    i + 2
                } else {
                    i + 1
                };
                rest = s.get(end..);
                s.get(..i)
            }
        }
    })
}

/// A 1-based line and column (in Unicode scalar values) in the source file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    /// 1-based line.
    pub line: u32,
    /// 1-based column, counted in characters.
    pub column: u32,
}

/// A line of the text read from a PDF or Word file, and where it is in that file: the
/// page (when the file has pages) and the line on it (for Word, the paragraph).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceLine {
    /// 1-based page.
    pub page: Option<u32>,
    /// 1-based line on the page (or paragraph in the file).
    pub line: u32,
    /// The line as read, before normalisation.
    pub text: Box<str>,
}

/// What a reader of a binary format gives: blocks whose positions' `line` is a 1-based
/// index into `origins`, and warnings.
#[derive(Debug, Default)]
pub(crate) struct Extracted {
    /// The blocks, as a text front-end gives them.
    pub blocks: Vec<normalize::Block>,
    /// The origin of each line the blocks' positions name.
    pub origins: Vec<SourceLine>,
    /// Problems that did not stop reading (a page skipped), one line each.
    pub warnings: Vec<String>,
}

/// A sentence (or heading, or bullet item) of a document's normalised text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Byte offset of the first character in [`Document::text`].
    pub start: usize,
    /// Byte offset one past the last character.
    pub end: usize,
    /// Index of the paragraph (block) the sentence belongs to.
    pub paragraph: u32,
    /// What the block the sentence is in is.
    pub kind: BlockKind,
}

impl Sentence {
    /// True for a heading.
    pub fn is_heading(&self) -> bool {
        self.kind == BlockKind::Heading
    }

    /// True for an item of a list.
    pub fn is_bullet(&self) -> bool {
        self.kind == BlockKind::Bullet
    }

    /// True for a cell of a table.
    pub fn is_cell(&self) -> bool {
        matches!(self.kind, BlockKind::Cell { .. })
    }

    /// The column of a table cell.
    pub fn column(&self) -> Option<u16> {
        match self.kind {
            BlockKind::Cell { column, .. } => Some(column),
            _ => None,
        }
    }

    /// The table a cell is in (numbered from 1 in the document).
    pub fn table(&self) -> Option<u16> {
        match self.kind {
            BlockKind::Cell { table, .. } => Some(table),
            _ => None,
        }
    }
}

/// A loaded document.
#[derive(Debug, Clone)]
pub struct Document {
    /// Corpus-relative id, e.g. `seeds/000_ceb8cbe85482b812.txt`.
    pub id: String,
    /// Path as given by the user (or `seeds/..` for bundled documents).
    pub path: PathBuf,
    /// Source format.
    pub format: Format,
    /// Normalised text (see module docs).
    pub text: String,
    /// Sentences in order.
    pub sentences: Vec<Sentence>,
    /// Problems that did not stop loading (e.g. lossy decoding), one line each.
    pub warnings: Vec<String>,
    /// Position map of `text`.
    map: posmap::MappedText,
    /// For PDF and Word files: where each line the map names is in the file.
    origins: Option<std::sync::Arc<[SourceLine]>>,
}

impl Document {
    /// Builds a document from source text already in memory (tests, fuzzing, bundled
    /// files). A leading byte order mark is ignored; never fails. For PDF and Word,
    /// whose files are not text, `raw` is read as plain text (its extracted text).
    pub fn from_source(id: &str, path: &Path, format: Format, raw: &str) -> Document {
        let raw = raw.strip_prefix('\u{FEFF}').unwrap_or(raw);
        let blocks = match format {
            Format::Text | Format::Pdf | Format::Docx | Format::Odt => text::blocks(raw),
            Format::Markdown => markdown::blocks(raw),
            Format::Html => html::blocks(raw),
        };
        Document::from_blocks(id, path, format, &blocks, None)
    }

    /// Builds a document from the bytes of a file in `format`: PDF and Word files are
    /// read by their own readers, the others decoded as text (see [`decode`]).
    ///
    /// # Errors
    /// The [`DocumentError`] of decoding, or of the PDF or Word reader (encrypted,
    /// without text, malformed).
    pub fn from_bytes(
        id: &str,
        path: &Path,
        format: Format,
        bytes: Vec<u8>,
        limits: &Limits,
    ) -> Result<Document, DocumentError> {
        let extracted = match format {
            Format::Pdf => pdf::read(&bytes, path)?,
            Format::Docx => docx::read(&bytes, path, limits.max_file_bytes)?,
            Format::Odt => odt::read(&bytes, path, limits.max_file_bytes)?,
            Format::Text | Format::Markdown | Format::Html => {
                let (text, warnings) = decode(&bytes, path, format, limits)?;
                // The text is a copy: the bytes need not be held while it is parsed.
                drop(bytes);
                let mut doc = Document::from_source(id, path, format, &text);
                doc.warnings.extend(warnings);
                return Ok(doc);
            }
        };
        let origins: std::sync::Arc<[SourceLine]> = extracted.origins.into();
        let mut doc = Document::from_blocks(id, path, format, &extracted.blocks, Some(origins));
        doc.warnings.extend(extracted.warnings);
        if doc.text.is_empty() {
            return Err(DocumentError::Empty {
                path: path.to_path_buf(),
            });
        }
        Ok(doc)
    }

    fn from_blocks(
        id: &str,
        path: &Path,
        format: Format,
        blocks: &[normalize::Block],
        origins: Option<std::sync::Arc<[SourceLine]>>,
    ) -> Document {
        let normalized = normalize::normalize(blocks);
        let text = normalized.text.as_str().to_string();
        let sentences = sentences::split(&text, &normalized.blocks);
        Document {
            id: id.to_string(),
            path: path.to_path_buf(),
            format,
            text,
            sentences,
            warnings: Vec::new(),
            map: normalized.text,
            origins,
        }
    }

    /// The text of one sentence (empty if the sentence is not from this document).
    pub fn sentence_text(&self, s: &Sentence) -> &str {
        self.text.get(s.start..s.end).unwrap_or("")
    }

    /// Source position of a byte offset in [`Document::text`] (clamped to the text and
    /// rounded down to a character boundary).
    ///
    /// For PDF and Word files the line is the line on its page (Word: the paragraph);
    /// [`Document::page`] gives the page.
    pub fn position(&self, offset: usize) -> Position {
        self.locate(offset).1
    }

    /// The 1-based page of a byte offset in [`Document::text`], for files with pages
    /// (PDF; Word files that record their page breaks); `None` for the others.
    pub fn page(&self, offset: usize) -> Option<u32> {
        self.locate(offset).0
    }

    /// [`Document::page`] and [`Document::position`] of one offset, looked up once (a
    /// provenance needs both).
    pub fn locate(&self, offset: usize) -> (Option<u32>, Position) {
        let pos = self.map.position(offset);
        match self.origin(pos) {
            Some(origin) => (
                origin.page,
                Position {
                    line: origin.line,
                    column: pos.column,
                },
            ),
            None => (None, pos),
        }
    }

    fn origin(&self, pos: Position) -> Option<&SourceLine> {
        let origins = self.origins.as_ref()?;
        origins.get(usize::try_from(pos.line).ok()?.checked_sub(1)?)
    }

    /// The lines read from a PDF or Word file, in the order of the text (body, then
    /// footnotes; running headers left out); empty for text formats, whose source is the
    /// file itself.
    pub fn source_lines(&self) -> &[SourceLine] {
        self.origins.as_deref().unwrap_or_default()
    }

    /// Number of segments of the position map (it grows with lines and edits, not with
    /// characters).
    #[cfg(test)]
    pub(crate) fn position_map_len(&self) -> usize {
        self.map.segment_count()
    }
}

#[cfg(test)]
mod tests;
