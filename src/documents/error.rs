//! Why a document could not be loaded.
//!
//! For reporting bad input and I/O failures, one line each, naming the file (and the line
//! where it applies); not for warnings on documents that did load (see
//! [`Document::warnings`](super::Document::warnings)).

use std::path::PathBuf;

/// Errors while loading documents. Every variant names the file; `Display` is one line.
#[derive(Debug, thiserror::Error)]
pub enum DocumentError {
    /// The path does not exist.
    #[error("{path}: no such file or directory", path = .path.display())]
    NotFound {
        /// The path.
        path: PathBuf,
    },
    /// Reading failed (permissions, device errors, ...).
    #[error("{path}: cannot read: {source}", path = .path.display())]
    Io {
        /// The path.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A directory (searched recursively) held no `.txt`, `.md`, `.markdown`, `.html`,
    /// `.htm`, `.pdf`, `.docx` or `.odt` file.
    #[error("{path}: no documents found (looked for .txt, .md, .markdown, .html, .htm, .pdf, .docx, .odt files)", path = .path.display())]
    NoDocuments {
        /// The directory.
        path: PathBuf,
    },
    /// The file contains a NUL byte.
    #[error("{path}:{line}: binary file (NUL byte at byte offset {offset}), skipped", path = .path.display())]
    Binary {
        /// The path.
        path: PathBuf,
        /// 1-based line of the first NUL byte.
        line: u32,
        /// Byte offset of the first NUL byte.
        offset: u64,
    },
    /// The file is not valid UTF-8.
    #[error("{path}:{line}: invalid UTF-8 at byte offset {offset} (line {line}, column {column}); re-encode the file as UTF-8, name its encoding with --encoding (windows-1252, iso-8859-2, shift_jis ...) or pass --lossy", path = .path.display())]
    InvalidUtf8 {
        /// The path.
        path: PathBuf,
        /// 1-based line of the first bad byte.
        line: u32,
        /// 1-based column (in characters) of the first bad byte.
        column: u32,
        /// Byte offset of the first bad byte in the file.
        offset: u64,
    },
    /// A UTF-16 file (with byte order mark) holds an unpaired surrogate.
    #[error("{path}:{line}: invalid UTF-16 at byte offset {offset}; pass --lossy to decode anyway", path = .path.display())]
    InvalidUtf16 {
        /// The path.
        path: PathBuf,
        /// 1-based line of the bad code unit.
        line: u32,
        /// Byte offset of the bad code unit.
        offset: u64,
    },
    /// A file in a legacy encoding (declared by the page or named with `--encoding`)
    /// holds a byte sequence that encoding does not define.
    #[error("{path}:{line}: invalid {encoding} at byte offset {offset}; pass --lossy to decode anyway", path = .path.display())]
    InvalidEncoding {
        /// The path.
        path: PathBuf,
        /// The encoding's name, as the WHATWG Encoding Standard spells it.
        encoding: &'static str,
        /// 1-based line of the bad sequence.
        line: u32,
        /// Byte offset of the bad sequence.
        offset: u64,
    },
    /// A UTF-32 file (with byte order mark) holds a value that is no character, or ends
    /// inside one.
    #[error("{path}:{line}: invalid UTF-32 at byte offset {offset}; pass --lossy to decode anyway", path = .path.display())]
    InvalidUtf32 {
        /// The path.
        path: PathBuf,
        /// 1-based line of the bad code unit.
        line: u32,
        /// Byte offset of the bad code unit.
        offset: u64,
    },
    /// The file is empty (or holds only whitespace and byte order marks).
    #[error("{path}: empty file", path = .path.display())]
    Empty {
        /// The path.
        path: PathBuf,
    },
    /// The file is larger than [`Limits::max_file_bytes`](super::Limits::max_file_bytes).
    #[error("{path}: file is {size} bytes, over the limit of {limit} bytes; raise it with --max-file-size", path = .path.display())]
    TooLarge {
        /// The path.
        path: PathBuf,
        /// File size in bytes.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// A file given explicitly has an extension this tool does not read.
    #[error("{path}: unsupported file type (expected .txt, .md, .markdown, .html, .htm, .pdf, .docx or .odt)", path = .path.display())]
    UnsupportedExtension {
        /// The path.
        path: PathBuf,
    },
    /// A PDF that needs a password to be read.
    #[error("{path}: encrypted PDF: it needs a password; save an unprotected copy and read that", path = .path.display())]
    Encrypted {
        /// The path.
        path: PathBuf,
    },
    /// A PDF whose pages hold no text, only images (a scan).
    #[error("{path}: no text layer: scanned PDF, run OCR first", path = .path.display())]
    NoTextLayer {
        /// The path.
        path: PathBuf,
    },
    /// A PDF, Word or OpenDocument file that cannot be parsed.
    #[error("{path}: broken {format} file: {reason}", path = .path.display())]
    Malformed {
        /// The path.
        path: PathBuf,
        /// `PDF`, `Word` or `OpenDocument`.
        format: &'static str,
        /// What is wrong, one line.
        reason: String,
    },
    /// A symbolic link leads back to a directory being searched.
    #[error("{path}: symbolic link loop (points back to {target}), not followed", path = .path.display(), target = .target.display())]
    SymlinkLoop {
        /// The link.
        path: PathBuf,
        /// The directory it resolves to.
        target: PathBuf,
    },
    /// A document path names a FIFO, device or socket, which is not read.
    #[error("{path}: not a regular file (a FIFO, device or socket), skipped", path = .path.display())]
    NotRegular {
        /// The path.
        path: PathBuf,
    },
    /// A symbolic link inside a directory leads outside the paths given (not followed
    /// without `--follow-links`).
    #[error("{path}: symbolic link to {target}, outside the corpus, not followed (pass --follow-links to read it)", path = .path.display(), target = .target.display())]
    LinkOutside {
        /// The link.
        path: PathBuf,
        /// The file or directory it resolves to.
        target: PathBuf,
    },
    /// A directory given to read is one `ggegraph` wrote (it holds
    /// [`OUTPUT_MARKER`](super::OUTPUT_MARKER)).
    #[error("{path}: output directory of ggegraph (holds {marker}), not read as documents", path = .path.display(), marker = super::OUTPUT_MARKER)]
    OutputDirectory {
        /// The directory.
        path: PathBuf,
    },
}

impl DocumentError {
    /// True when the input itself is at fault (missing, binary, badly encoded, empty, too
    /// large, unsupported, encrypted, scanned or broken, no documents, a symlink loop): the user can fix it by changing
    /// the input. False only for [`DocumentError::Io`], a failure of the system (permission
    /// denied, device error), which callers should treat as an operational error (exit 2)
    /// rather than bad data.
    pub fn is_bad_input(&self) -> bool {
        !matches!(self, DocumentError::Io { .. })
    }

    /// The path the error is about.
    pub fn path(&self) -> &std::path::Path {
        match self {
            DocumentError::NotFound { path }
            | DocumentError::Io { path, .. }
            | DocumentError::NoDocuments { path }
            | DocumentError::OutputDirectory { path }
            | DocumentError::NotRegular { path }
            | DocumentError::Binary { path, .. }
            | DocumentError::InvalidUtf8 { path, .. }
            | DocumentError::InvalidUtf16 { path, .. }
            | DocumentError::InvalidEncoding { path, .. }
            | DocumentError::InvalidUtf32 { path, .. }
            | DocumentError::Empty { path }
            | DocumentError::TooLarge { path, .. }
            | DocumentError::UnsupportedExtension { path }
            | DocumentError::Encrypted { path }
            | DocumentError::NoTextLayer { path }
            | DocumentError::Malformed { path, .. }
            | DocumentError::SymlinkLoop { path, .. }
            | DocumentError::LinkOutside { path, .. } => path,
        }
    }
}
