//! Reading a document from standard input (`ggegraph extract -`), its format told by its
//! first bytes.
//!
//! For a document piped in (`pdftotext`, `curl`, another program's output); not for files,
//! whose format comes from their extension (`load`).

use std::io::Read;
use std::path::Path;

use super::{Document, DocumentError, Format, Limits};

/// The id and path of the document read from standard input.
pub const STDIN_ID: &str = "stdin";

impl Format {
    /// The format of bytes without a file name: PDF (`%PDF-`), OpenDocument text (a zip
    /// archive that names its media type), Word (another zip archive), HTML
    /// (a document that opens with a tag and names `<html` or a doctype near its start),
    /// else plain text.
    pub fn sniff(bytes: &[u8]) -> Format {
        let head = bytes.get(..1024).unwrap_or(bytes);
        if head.starts_with(b"%PDF-") {
            return Format::Pdf;
        }
        if head.starts_with(b"PK\x03\x04") {
            // OpenDocument stores its media type first, uncompressed.
            let odt = head
                .windows(39)
                .any(|w| w == b"application/vnd.oasis.opendocument.text");
            return if odt { Format::Odt } else { Format::Docx };
        }
        let text = String::from_utf8_lossy(head).to_ascii_lowercase();
        let start = text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
        if start.starts_with('<') && (text.contains("<html") || text.contains("<!doctype html")) {
            return Format::Html;
        }
        Format::Text
    }
}

/// Reads standard input to its end as one document with id [`STDIN_ID`], refusing it when
/// it is larger than [`Limits::max_file_bytes`].
///
/// # Errors
/// [`DocumentError::Io`] when standard input cannot be read, [`DocumentError::TooLarge`],
/// and the errors of [`Document::from_bytes`].
pub fn read_stdin(limits: &Limits) -> Result<Document, DocumentError> {
    read_from(std::io::stdin().lock(), limits)
}

/// [`read_stdin`] from any reader.
fn read_from(reader: impl Read, limits: &Limits) -> Result<Document, DocumentError> {
    let path = Path::new(STDIN_ID);
    let mut bytes = Vec::new();
    reader
        .take(limits.max_file_bytes.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|source| DocumentError::Io {
            path: path.to_path_buf(),
            source,
        })?;
    if bytes.len() as u64 > limits.max_file_bytes {
        return Err(DocumentError::TooLarge {
            path: path.to_path_buf(),
            size: bytes.len() as u64,
            limit: limits.max_file_bytes,
        });
    }
    let format = Format::sniff(&bytes);
    Document::from_bytes(STDIN_ID, path, format, bytes, limits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_from_first_bytes() {
        assert_eq!(Format::sniff(b"%PDF-1.7\n"), Format::Pdf);
        assert_eq!(Format::sniff(b"PK\x03\x04rest"), Format::Docx);
        assert_eq!(
            Format::sniff(b"PK\x03\x04....mimetypeapplication/vnd.oasis.opendocument.text"),
            Format::Odt
        );
        assert_eq!(
            Format::sniff(b"\n<!DOCTYPE html><html><p>x</p>"),
            Format::Html
        );
        assert_eq!(Format::sniff(b"The Group met <twice>."), Format::Text);
        assert_eq!(Format::sniff(b""), Format::Text);
    }

    #[test]
    fn reads_a_reader_as_a_document_within_the_limit() {
        let limits = Limits::default();
        let doc = read_from(&b"Resolution 68/243 was adopted."[..], &limits);
        assert!(doc.is_ok_and(|d| d.id == STDIN_ID && d.format == Format::Text));
        let small = Limits {
            max_file_bytes: 4,
            ..Limits::default()
        };
        let err = read_from(&b"too long"[..], &small);
        assert!(matches!(err, Err(DocumentError::TooLarge { size: 5, .. })));
    }
}
