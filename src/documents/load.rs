//! Reading documents from disk or from the bundled corpus, and decoding their bytes.
//!
//! For finding files (directories are searched recursively, symlink loops detected),
//! refusing bad input with a [`DocumentError`], and decoding bytes to text (UTF-8 with or
//! without BOM, UTF-16 with BOM or recognised without one, UTF-32 with BOM, lossy decoding
//! on request); not for reading structure out of
//! the text (the front-ends and `normalize` do that).

use std::path::{Path, PathBuf};

use rayon::prelude::*;

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
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_bytes: 64 * 1024 * 1024,
            lossy: false,
            follow_links: false,
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

/// Loads one file with default [`Limits`]. The id is the file name.
pub fn load_file(path: &Path) -> Result<Document, DocumentError> {
    load_file_with(path, &Limits::default())
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
/// place of each bad argument or directory entry. Nothing is read yet. Symbolic links
/// out of the paths given are not followed (see [`find_documents_with`]).
pub fn find_documents(paths: &[PathBuf]) -> Vec<Result<DocumentFile, DocumentError>> {
    find_documents_with(paths, false)
}

/// [`find_documents`]; with `follow_links`, symbolic links inside a directory are
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
/// read: at any time only the documents being processed are held. Results and errors
/// come in the order of [`find_documents`].
pub fn load_paths_with<T: Send>(
    paths: &[PathBuf],
    limits: &Limits,
    each: impl Fn(Document) -> T + Sync,
) -> (Vec<T>, Vec<DocumentError>) {
    let results: Vec<Result<T, DocumentError>> = find_documents_with(paths, limits.follow_links)
        .into_par_iter()
        .map(|file| {
            let file = file?;
            read_document(&file.path, file.id, file.format, limits).map(&each)
        })
        .collect();
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
        _ => {
            let bytes = read_bytes(path, limits)?;
            let (text, _) = decode(&bytes, path, limits)?;
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
fn io_error(path: &Path, e: std::io::Error) -> DocumentError {
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

/// Supported files under `root`, sorted by path, and the errors met on the way.
///
/// A depth-first walk with its own stack, so deep trees cost no stack. Directories
/// holding [`OUTPUT_MARKER`] are skipped. With `roots`, a symbolic link whose target is
/// under none of them is reported as [`DocumentError::LinkOutside`] and not followed.
/// A symbolic link to a directory is followed unless that directory is on the current
/// path from the root (a loop), which is reported as [`DocumentError::SymlinkLoop`]; a
/// directory already walked through another path is not walked again, so each directory
/// is read once and a DAG of links costs what it holds, not the number of its paths.
fn walk(root: &Path, roots: Option<&[PathBuf]>) -> (Vec<(PathBuf, Format)>, Vec<DocumentError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    // Directories on the current path from the root, and those walked to the end.
    let mut on_path = std::collections::HashSet::new();
    let mut done = std::collections::HashSet::new();
    let mut stack: Vec<Frame> = Vec::new();
    match std::fs::metadata(root) {
        Ok(meta) => {
            let id = dir_id(root, &meta);
            on_path.insert(id.clone());
            stack.push(Frame::open(root, id, &mut errors));
        }
        Err(e) => errors.push(io_error(root, e)),
    }
    while let Some(frame) = stack.last_mut() {
        let Some((path, link)) = frame.entries.pop() else {
            if let Some(frame) = stack.pop() {
                on_path.remove(&frame.id);
                done.insert(frame.id);
            }
            continue;
        };
        if let Some(roots) = roots.filter(|_| link) {
            let target = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
            if !roots.iter().any(|r| target.starts_with(r)) && target.exists() {
                errors.push(DocumentError::LinkOutside { path, target });
                continue;
            }
        }
        // `metadata` follows symbolic links; a dangling link is reported as not found.
        let meta = match std::fs::metadata(&path) {
            Ok(m) => m,
            Err(e) => {
                errors.push(io_error(&path, e));
                continue;
            }
        };
        if meta.is_dir() {
            let id = dir_id(&path, &meta);
            if on_path.contains(&id) {
                let target = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
                errors.push(DocumentError::SymlinkLoop { path, target });
            } else if !done.contains(&id) && !path.join(OUTPUT_MARKER).exists() {
                on_path.insert(id.clone());
                let frame = Frame::open(&path, id, &mut errors);
                stack.push(frame);
            }
        } else if let Some(format) = Format::from_path(&path) {
            if meta.is_file() {
                files.push((path, format));
            } else {
                // A FIFO would block the read forever, a device never end.
                errors.push(DocumentError::NotRegular { path });
            }
        }
    }
    files.sort_by(|a, b| a.0.cmp(&b.0));
    (files, errors)
}

/// A directory being walked: its identity and the entries not yet looked at (with
/// whether each is a symbolic link).
struct Frame {
    id: DirId,
    entries: Vec<(PathBuf, bool)>,
}

impl Frame {
    /// Lists `dir` (reporting what cannot be listed); the directory is not kept open, so
    /// a deep walk holds no file descriptors.
    fn open(dir: &Path, id: DirId, errors: &mut Vec<DocumentError>) -> Frame {
        let mut entries = Vec::new();
        match std::fs::read_dir(dir) {
            Ok(list) => {
                for entry in list {
                    match entry {
                        Ok(e) => {
                            let link = e.file_type().is_ok_and(|t| t.is_symlink());
                            entries.push((e.path(), link));
                        }
                        Err(e) => errors.push(io_error(dir, e)),
                    }
                }
            }
            Err(e) => errors.push(io_error(dir, e)),
        }
        Frame { id, entries }
    }
}

/// What identifies a directory however it is reached: device and inode (on Unix), else
/// the canonical path.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct DirId(#[cfg(unix)] (u64, u64), #[cfg(not(unix))] PathBuf);

#[cfg(unix)]
fn dir_id(_path: &Path, meta: &std::fs::Metadata) -> DirId {
    use std::os::unix::fs::MetadataExt;
    DirId((meta.dev(), meta.ino()))
}

#[cfg(not(unix))]
fn dir_id(path: &Path, _meta: &std::fs::Metadata) -> DirId {
    DirId(std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()))
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

/// Decodes file bytes to text (see module docs), with warnings for lossy decoding.
pub fn decode(
    bytes: &[u8],
    path: &Path,
    limits: &Limits,
) -> Result<(String, Vec<String>), DocumentError> {
    let mut warnings = Vec::new();
    // UTF-32's marks first: the little-endian one begins with UTF-16's.
    let text = if let Some(body) = bytes.strip_prefix(&[0xFF, 0xFE, 0, 0]) {
        decode_utf32(body, false, path, limits, &mut warnings)?
    } else if let Some(body) = bytes.strip_prefix(&[0, 0, 0xFE, 0xFF]) {
        decode_utf32(body, true, path, limits, &mut warnings)?
    } else if let Some(body) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        decode_utf16(body, false, 2, path, limits, &mut warnings)?
    } else if let Some(body) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        decode_utf16(body, true, 2, path, limits, &mut warnings)?
    } else if let Some(big_endian) = utf16_without_bom(bytes) {
        let text = decode_utf16(bytes, big_endian, 0, path, limits, &mut warnings)?;
        if let Some(nul) = text.find('\0') {
            // A NUL character after the sample: binary after all.
            let units = text[..nul].encode_utf16().count() as u64;
            return Err(DocumentError::Binary {
                path: path.to_path_buf(),
                line: line_of(text.as_bytes(), nul),
                offset: units * 2,
            });
        }
        text
    } else {
        if let Some(nul) = bytes.iter().position(|&b| b == 0) {
            return Err(DocumentError::Binary {
                path: path.to_path_buf(),
                line: line_of(bytes, nul),
                offset: nul as u64,
            });
        }
        let (body, bom) = match bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
            Some(b) => (b, 3usize),
            None => (bytes, 0),
        };
        match std::str::from_utf8(body) {
            Ok(s) => s.to_string(),
            Err(e) => {
                let bad = e.valid_up_to();
                let line = line_of(body, bad);
                let line_start = body
                    .get(..bad)
                    .and_then(|b| b.iter().rposition(|&c| c == b'\n'))
                    .map_or(0, |i| i + 1);
                let column = body
                    .get(line_start..bad)
                    .and_then(|b| std::str::from_utf8(b).ok())
                    .map_or(0, |s| s.chars().count());
                let column = u32::try_from(column).unwrap_or(u32::MAX - 1) + 1;
                let offset = (bad + bom) as u64;
                if !limits.lossy {
                    return Err(DocumentError::InvalidUtf8 {
                        path: path.to_path_buf(),
                        line,
                        column,
                        offset,
                    });
                }
                warnings.push(format!(
                    "{}:{line}: invalid UTF-8 at byte offset {offset} (column {column}) decoded lossily, bad bytes replaced by U+FFFD",
                    path.display()
                ));
                String::from_utf8_lossy(body).into_owned()
            }
        }
    };
    if text
        .chars()
        .all(|c| c.is_whitespace() || matches!(c, '\u{FEFF}' | '\u{200B}'..='\u{200D}'))
    {
        return Err(DocumentError::Empty {
            path: path.to_path_buf(),
        });
    }
    Ok((text, warnings))
}

/// Whether `bytes` (which hold a NUL byte or more and no byte order mark) read as
/// UTF-16 written without a byte order mark, as some Windows tools save text, and in
/// which byte order (`true`: big-endian). Told from the first 64 KiB: an even length, no
/// NUL code unit, at least half of the code units of the Latin-1 range (one byte of the
/// pair 0), and the other byte almost never 0. Binary files have NULs at both parities.
fn utf16_without_bom(bytes: &[u8]) -> Option<bool> {
    if bytes.len() < 2 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let sample = &bytes[..bytes.len().min(1 << 16)];
    let (mut low0, mut high0) = (0usize, 0usize);
    for pair in sample.chunks_exact(2) {
        match pair {
            [0, 0] => return None,
            [0, _] => low0 += 1,
            [_, 0] => high0 += 1,
            _ => {}
        }
    }
    let units = sample.len() / 2;
    if high0 * 2 >= units && low0 * 16 <= units {
        Some(false)
    } else if low0 * 2 >= units && high0 * 16 <= units {
        Some(true)
    } else {
        None
    }
}

/// Decodes UTF-32 code units (after the BOM, 4 bytes long).
fn decode_utf32(
    body: &[u8],
    big_endian: bool,
    path: &Path,
    limits: &Limits,
    warnings: &mut Vec<String>,
) -> Result<String, DocumentError> {
    let mut out = String::with_capacity(body.len() / 4);
    let mut line = 1u32;
    let mut bad: Option<(u32, u64)> = None;
    let mut chunks = body.chunks_exact(4);
    for (i, unit) in chunks.by_ref().enumerate() {
        let bytes = [unit[0], unit[1], unit[2], unit[3]];
        let value = if big_endian {
            u32::from_be_bytes(bytes)
        } else {
            u32::from_le_bytes(bytes)
        };
        let c = match char::from_u32(value) {
            Some(c) => c,
            None => {
                bad.get_or_insert((line, 4 + i as u64 * 4));
                if !limits.lossy {
                    break;
                }
                char::REPLACEMENT_CHARACTER
            }
        };
        if c == '\n' {
            line = line.saturating_add(1);
        }
        out.push(c);
    }
    if !chunks.remainder().is_empty() && bad.is_none() {
        bad = Some((line, 4 + (body.len() - chunks.remainder().len()) as u64));
        out.push(char::REPLACEMENT_CHARACTER);
    }
    if let Some((line, offset)) = bad {
        bad_unit(Utf::ThirtyTwo, path, line, offset, limits, warnings)?;
    }
    Ok(out)
}

/// Decodes UTF-16 code units (after a BOM of `bom` bytes, 2 or none).
fn decode_utf16(
    body: &[u8],
    big_endian: bool,
    bom: u64,
    path: &Path,
    limits: &Limits,
    warnings: &mut Vec<String>,
) -> Result<String, DocumentError> {
    let units = body.chunks_exact(2).map(|p| match p {
        [a, b] if big_endian => u16::from_be_bytes([*a, *b]),
        [a, b] => u16::from_le_bytes([*a, *b]),
        _ => 0xFFFD,
    });
    let mut out = String::with_capacity(body.len() / 2);
    let mut line = 1u32;
    let mut bad: Option<(u32, u64)> = None;
    let mut unit_index = 0u64;
    for r in char::decode_utf16(units) {
        let c = match r {
            Ok(c) => c,
            Err(_) => {
                bad.get_or_insert((line, bom + unit_index * 2));
                if !limits.lossy {
                    break;
                }
                char::REPLACEMENT_CHARACTER
            }
        };
        unit_index += c.len_utf16() as u64;
        if c == '\n' {
            line = line.saturating_add(1);
        }
        out.push(c);
    }
    if body.len() % 2 == 1 && bad.is_none() {
        bad = Some((line, bom + body.len() as u64 - 1));
        out.push(char::REPLACEMENT_CHARACTER);
    }
    if let Some((line, offset)) = bad {
        bad_unit(Utf::Sixteen, path, line, offset, limits, warnings)?;
    }
    Ok(out)
}

/// A UTF-16 or UTF-32 encoding, for [`bad_unit`].
#[derive(Clone, Copy)]
enum Utf {
    Sixteen,
    ThirtyTwo,
}

/// A bad code unit at `offset`: the error, or with `--lossy` a warning.
fn bad_unit(
    utf: Utf,
    path: &Path,
    line: u32,
    offset: u64,
    limits: &Limits,
    warnings: &mut Vec<String>,
) -> Result<(), DocumentError> {
    let path = path.to_path_buf();
    if !limits.lossy {
        return Err(match utf {
            Utf::Sixteen => DocumentError::InvalidUtf16 { path, line, offset },
            Utf::ThirtyTwo => DocumentError::InvalidUtf32 { path, line, offset },
        });
    }
    let name = match utf {
        Utf::Sixteen => "UTF-16",
        Utf::ThirtyTwo => "UTF-32",
    };
    warnings.push(format!(
        "{}:{line}: invalid {name} at byte offset {offset} decoded lossily, replaced by U+FFFD",
        path.display()
    ));
    Ok(())
}

/// 1-based line of byte `at`.
fn line_of(bytes: &[u8], at: usize) -> u32 {
    let n = bytes
        .get(..at)
        .map_or(0, |b| b.iter().filter(|&&c| c == b'\n').count());
    u32::try_from(n).unwrap_or(u32::MAX - 1) + 1
}
