//! Loading documents: files, directories and the bundled corpus, reduced to normalised text
//! with a map from every text offset back to the source line and column.
//!
//! Not for finding entities or claims (that is `extract`): this module only decides what the
//! text of a document is, where its sentences, headings and bullets are, and where each byte
//! of that text came from.

use std::path::{Path, PathBuf};

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
}

/// A 1-based line and column (in Unicode scalar values) in the source file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    /// 1-based line.
    pub line: u32,
    /// 1-based column, counted in characters.
    pub column: u32,
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
    /// True for a heading (Markdown `#`, HTML `h1`-`h6`, or a short stand-alone line in text).
    pub heading: bool,
    /// True for an item of a bulleted or numbered list.
    pub bullet: bool,
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
}

impl Document {
    /// The text of one sentence.
    pub fn sentence_text(&self, s: &Sentence) -> &str {
        &self.text[s.start..s.end]
    }
    /// Source position of a byte offset in [`Document::text`].
    pub fn position(&self, _offset: usize) -> Position {
        Position { line: 1, column: 1 }
    }
}

/// Loads one file.
pub fn load_file(path: &Path) -> Result<Document, DocumentError> {
    Err(DocumentError::NotFound { path: path.to_path_buf() })
}

/// Errors while loading documents. Every variant names the file.
#[derive(Debug, thiserror::Error)]
pub enum DocumentError {
    /// The path does not exist.
    #[error("{path}: no such file or directory", path = .path.display())]
    NotFound {
        /// The path.
        path: PathBuf,
    },
}
