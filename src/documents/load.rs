//! Reading documents from disk or from the bundled corpus, and decoding their bytes.
//!
//! For finding files (directories are searched recursively, symlink loops detected),
//! refusing bad input with a [`DocumentError`], and decoding bytes to text (UTF-8 with or
//! without BOM, UTF-16 with BOM or recognised without one, UTF-32 with BOM, lossy decoding
//! on request); not for reading structure out of
//! the text (the front-ends and `normalize` do that).

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::decode::decode;
use super::walk::walk;
use super::{Document, DocumentError, Format};

/// Name of the file `ggegraph` writes into every directory it writes a report into. A
/// directory holding it is the tool's own output and is never read as documents: a
/// report written inside a corpus must not become part of that corpus on the next run.
pub const OUTPUT_MARKER: &str = ".ggegraph.output";

/// Limits and options for loading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Files larger than this are refused before they are read (default 64 MiB).
    pub max_file_bytes: u64,
    /// Decode invalid UTF-8 with replacement characters (and a warning) instead of failing.
    pub lossy: bool,
    /// Follow symbolic links found in a directory that lead outside the paths given
    /// (refused by default, so `notes.txt -> /etc/passwd` is not read and published).
    pub follow_links: bool,
    /// The encoding of text files that are not valid UTF-8 and declare none (an HTML
    /// page's `<meta charset>` is followed first); `None` refuses them.
    pub encoding: Option<&'static encoding_rs::Encoding>,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_bytes: 64 * 1024 * 1024,
            lossy: false,
            follow_links: false,
            encoding: None,
        }
    }
}

/// What [`load_paths`] read: the documents that loaded and the errors for those that did
/// not, each in path order.
#[derive(Debug, Default)]
pub struct LoadOutcome {
    /// Documents, sorted by path within each argument, arguments in the order given.
    pub documents: Vec<Document>,
    /// One error per bad file, directory or argument.
    pub errors: Vec<DocumentError>,
}

/// Loads one file. The id is the file name; an unsupported extension is an error.
pub fn load_file_with(path: &Path, limits: &Limits) -> Result<Document, DocumentError> {
    let format = Format::from_path(path).ok_or_else(|| DocumentError::UnsupportedExtension {
        path: path.to_path_buf(),
    })?;
    read_document(path, file_id(path), format, limits)
}

/// A file to read: where it is, its corpus id and its format.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentFile {
    /// Path as found.
    pub path: PathBuf,
    /// Corpus-relative id (see [`load_paths`]).
    pub id: String,
    /// Format from the extension.
    pub format: Format,
}

impl DocumentFile {
    /// The file given directly: its id is its file name, as for a file named on the
    /// command line; `None` for an extension no reader takes.
    pub fn of_path(path: &Path) -> Option<DocumentFile> {
        Some(DocumentFile {
            path: path.to_path_buf(),
            id: file_id(path),
            format: Format::from_path(path)?,
        })
    }

    /// Loads the file as [`load_paths`] loads it: the same id, the same document.
    ///
    /// # Errors
    /// The [`DocumentError`] of reading or decoding the file.
    pub fn load(&self, limits: &Limits) -> Result<Document, DocumentError> {
        read_document(&self.path, self.id.clone(), self.format, limits)
    }
}

/// The files [`load_paths`] would read, in the order it reads them, with an error in
/// place of each bad argument or directory entry. Nothing is read yet. With
/// `follow_links`, symbolic links inside a directory are
/// followed wherever they lead, otherwise one whose target is outside every path given
/// is reported as [`DocumentError::LinkOutside`] and not followed.
pub fn find_documents_with(
    paths: &[PathBuf],
    follow_links: bool,
) -> Vec<Result<DocumentFile, DocumentError>> {
    let roots: Option<Vec<PathBuf>> = (!follow_links).then(|| {
        paths
            .iter()
            .filter_map(|p| std::fs::canonicalize(p).ok())
            .collect()
    });
    let mut out = Vec::new();
    for path in paths {
        match std::fs::metadata(path) {
            Err(e) => out.push(Err(io_error(path, e))),
            Ok(meta) if meta.is_dir() && path.join(OUTPUT_MARKER).exists() => {
                out.push(Err(DocumentError::OutputDirectory { path: path.clone() }));
            }
            Ok(meta) if meta.is_dir() => {
                let (files, errors) = walk(path, roots.as_deref());
                out.extend(errors.into_iter().map(Err));
                if files.is_empty() {
                    out.push(Err(DocumentError::NoDocuments { path: path.clone() }));
                    continue;
                }
                out.extend(files.into_iter().map(|(file, format)| {
                    Ok(DocumentFile {
                        id: relative_id(path, &file),
                        path: file,
                        format,
                    })
                }));
            }
            Ok(_) => out.push(match Format::from_path(path) {
                None => Err(DocumentError::UnsupportedExtension { path: path.clone() }),
                Some(format) => Ok(DocumentFile {
                    path: path.clone(),
                    id: file_id(path),
                    format,
                }),
            }),
        }
    }
    unique_ids(&mut out);
    out
}

/// Makes document ids unique across arguments: two directories given to `--corpus` can
/// both hold `report.txt`. A file found twice (the same directory given twice, or a link
/// to a file already found) is read once. Other colliding ids get the name of the
/// directory they were found under (`a/report.txt`, `b/report.txt`); if that still
/// collides (`x/docs` and `y/docs`), the path as found; a number as the last resort.
/// Ids that do not collide are left as they are, so single-directory runs keep short ids.
fn unique_ids(files: &mut Vec<Result<DocumentFile, DocumentError>>) {
    let mut seen_paths = std::collections::HashSet::new();
    files.retain(|f| match f {
        Ok(f) => {
            seen_paths.insert(std::fs::canonicalize(&f.path).unwrap_or_else(|_| f.path.clone()))
        }
        Err(_) => true,
    });
    let count = |files: &[Result<DocumentFile, DocumentError>]| {
        let mut n = std::collections::HashMap::<String, usize>::new();
        for f in files.iter().flatten() {
            *n.entry(f.id.clone()).or_default() += 1;
        }
        n
    };
    let rules: [fn(&DocumentFile) -> String; 2] = [
        |f| {
            let depth = f.id.split('/').count();
            let root = f.path.ancestors().nth(depth);
            match root.and_then(Path::file_name) {
                Some(name) => format!("{}/{}", name.to_string_lossy(), f.id),
                None => f.id.clone(),
            }
        },
        |f| {
            f.path
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/")
        },
    ];
    for rule in rules {
        let n = count(files);
        for f in files.iter_mut().flatten() {
            if n.get(&f.id).is_some_and(|&k| k > 1) {
                f.id = rule(f);
            }
        }
    }
    let n = count(files);
    let mut used = std::collections::HashMap::<String, usize>::new();
    for f in files.iter_mut().flatten() {
        if n.get(&f.id).is_some_and(|&k| k > 1) {
            let k = used.entry(f.id.clone()).or_default();
            *k += 1;
            if *k > 1 {
                f.id = format!("{}#{k}", f.id);
            }
        }
    }
}

/// Loads files and directories (recursively; only `.txt`, `.md`, `.markdown`, `.html`,
/// `.htm`, `.pdf`, `.docx` and `.odt` files inside directories), reporting each bad one and going
/// on with the rest.
///
/// Ids are paths relative to the directory given (`/`-separated), or the file name for a
/// file given directly. A directory without documents gives [`DocumentError::NoDocuments`].
pub fn load_paths(paths: &[PathBuf], limits: &Limits) -> LoadOutcome {
    let (documents, errors) = load_paths_with(paths, limits, |d| d);
    LoadOutcome { documents, errors }
}

/// [`load_paths`] that hands each document to `each` as soon as it is loaded (files in
/// parallel) and keeps only what `each` returns, so a corpus larger than memory can be
/// read: at any time only the documents being processed are held. A path `-` is
/// standard input, read once, before the files. Results and errors come in that order,
/// then the order of [`find_documents_with`].
///
/// The one way every command reads the documents a user names: `extract` and `eval`
/// as well as `build` and the analyses.
pub fn load_paths_with<T: Send>(
    paths: &[PathBuf],
    limits: &Limits,
    each: impl Fn(Document) -> T + Sync,
) -> (Vec<T>, Vec<DocumentError>) {
    let (stdin, files): (Vec<PathBuf>, Vec<PathBuf>) =
        paths.iter().cloned().partition(|p| p.as_os_str() == "-");
    let mut results: Vec<Result<T, DocumentError>> = Vec::new();
    if !stdin.is_empty() {
        results.push(super::read_stdin(limits).map(&each));
    }
    results.par_extend(
        find_documents_with(&files, limits.follow_links)
            .into_par_iter()
            .map(|file| {
                let file = file?;
                read_document(&file.path, file.id, file.format, limits).map(&each)
            }),
    );
    let mut items = Vec::with_capacity(results.len());
    let mut errors = Vec::new();
    for r in results {
        match r {
            Ok(t) => items.push(t),
            Err(e) => errors.push(e),
        }
    }
    (items, errors)
}

/// The id of a file given directly: its file name.
fn file_id(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

mod table {
    include!(concat!(env!("OUT_DIR"), "/seeds.rs"));
}
use table::SEEDS;

/// The source text of a bundled document by id (`seeds/<file name>`), as embedded.
pub fn bundled_source(id: &str) -> Option<&'static str> {
    let name = id.strip_prefix("seeds/")?;
    SEEDS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, text)| *text)
}

/// The documents in the repository's `seeds/` directory, embedded at compile time; ids
/// are `seeds/<file name>`, in name order.
pub fn bundled() -> Vec<Document> {
    SEEDS
        .iter()
        .filter_map(|(name, text)| {
            let id = format!("seeds/{name}");
            let format = Format::from_path(Path::new(name))?;
            Some(Document::from_source(&id, Path::new(&id), format, text))
        })
        .collect()
}

/// The lines of a document's source as its source page shows them and its citations
/// count them: the bundled text, the decoded text of a text file (one reader, one line
/// map: [`decode`] then the line splitting every front-end uses, so a UTF-16 file shows
/// its characters and line *n* here is line *n* of a citation), or the lines read from
/// a PDF or Word file with their pages. `id` and `path` are those of the loaded document.
///
/// # Errors
/// The [`DocumentError`] of reading or decoding the file again (it may have changed or
/// gone since it was loaded).
pub fn source_lines(
    id: &str,
    path: &Path,
    limits: &Limits,
) -> Result<Vec<super::SourceLine>, DocumentError> {
    let numbered = |text: &str| -> Vec<super::SourceLine> {
        let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
        super::text::lines(text)
            .map(|(line, text)| super::SourceLine {
                page: None,
                line,
                text: text.into(),
            })
            .collect()
    };
    if id.starts_with("seeds/")
        && path.starts_with("seeds")
        && let Some(text) = bundled_source(id)
    {
        return Ok(numbered(text));
    }
    match Format::from_path(path) {
        Some(format) if format.is_binary() => {
            let doc = read_document(path, id.to_string(), format, limits)?;
            Ok(doc.source_lines().to_vec())
        }
        format => {
            let bytes = read_bytes(path, limits)?;
            let format = format.unwrap_or(Format::Text);
            let (text, _) = decode(&bytes, path, format, limits)?;
            Ok(numbered(&text))
        }
    }
}

/// Id of `file` found under `root`: the relative path with `/` separators.
fn relative_id(root: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(root).unwrap_or(file);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// Maps an I/O error on `path` to a [`DocumentError`].
pub(super) fn io_error(path: &Path, e: std::io::Error) -> DocumentError {
    if e.kind() == std::io::ErrorKind::NotFound {
        DocumentError::NotFound {
            path: path.to_path_buf(),
        }
    } else {
        DocumentError::Io {
            path: path.to_path_buf(),
            source: e,
        }
    }
}

/// Reads and decodes one file, then builds the document.
fn read_document(
    path: &Path,
    id: String,
    format: Format,
    limits: &Limits,
) -> Result<Document, DocumentError> {
    let bytes = read_bytes(path, limits)?;
    Document::from_bytes(&id, path, format, bytes, limits)
}

/// Reads a file's bytes, refusing it (before reading when the size is known) when it is
/// larger than the limit, and refusing anything but a regular file (a FIFO would block,
/// `/dev/zero` never ends). The limit also holds while reading, for a file that grows.
pub fn read_bytes(path: &Path, limits: &Limits) -> Result<Vec<u8>, DocumentError> {
    let meta = std::fs::metadata(path).map_err(|e| io_error(path, e))?;
    // A directory is left to fail as a read (an I/O error, as before).
    if !meta.is_file() && !meta.is_dir() {
        return Err(DocumentError::NotRegular {
            path: path.to_path_buf(),
        });
    }
    if meta.len() > limits.max_file_bytes {
        return Err(DocumentError::TooLarge {
            path: path.to_path_buf(),
            size: meta.len(),
            limit: limits.max_file_bytes,
        });
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| {
            use std::io::Read;
            f.take(limits.max_file_bytes.saturating_add(1))
                .read_to_end(&mut bytes)
        })
        .map_err(|e| io_error(path, e))?;
    if bytes.len() as u64 > limits.max_file_bytes {
        // The file grew between the check and the read.
        return Err(DocumentError::TooLarge {
            path: path.to_path_buf(),
            size: bytes.len() as u64,
            limit: limits.max_file_bytes,
        });
    }
    Ok(bytes)
}
