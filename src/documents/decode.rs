//! Decoding a document's bytes to text: UTF-8 with or without BOM, UTF-16 with BOM or
//! recognised without one, UTF-32 with BOM, and for a file that is not valid UTF-8 the
//! legacy encoding an HTML page declares or the user names; lossy decoding on request; an
//! undecodable unit is reported with its line.

use super::{DocumentError, Format, Limits};
use encoding_rs::{DecoderResult, Encoding, UTF_8, UTF_16BE, UTF_16LE};
use std::path::Path;

/// Decodes file bytes to text (see module docs), with warnings for lossy decoding.
///
/// Bytes that are valid UTF-8 are read as UTF-8 even where a page declares another
/// encoding: pages saved as UTF-8 that keep an old `charset=iso-8859-1` are common, and a
/// Latin-1 text is valid UTF-8 by chance almost never. Otherwise an HTML page's declared
/// encoding (`<meta charset>` in its first 1,024 bytes) comes first, then
/// [`Limits::encoding`].
pub fn decode(
    bytes: &[u8],
    path: &Path,
    format: Format,
    limits: &Limits,
) -> Result<(String, Vec<String>), DocumentError> {
    let mut warnings = Vec::new();
    // UTF-32's marks first: the little-endian one begins with UTF-16's, and encoding_rs
    // (which follows the WHATWG encodings) has no UTF-32.
    let text = if let Some(body) = bytes.strip_prefix(&[0xFF, 0xFE, 0, 0]) {
        decode_utf32(body, false, path, limits, &mut warnings)?
    } else if let Some(body) = bytes.strip_prefix(&[0, 0, 0xFE, 0xFF]) {
        decode_utf32(body, true, path, limits, &mut warnings)?
    } else if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        let body = bytes.get(bom..).unwrap_or_default();
        decode_in(encoding, body, bom as u64, path, limits, &mut warnings)?
    } else if let Some(big_endian) = utf16_without_bom(bytes) {
        let encoding = if big_endian { UTF_16BE } else { UTF_16LE };
        let text = decode_in(encoding, bytes, 0, path, limits, &mut warnings)?;
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
        if let Some(nul) = memchr::memchr(0, bytes) {
            return Err(DocumentError::Binary {
                path: path.to_path_buf(),
                line: line_of(bytes, nul),
                offset: nul as u64,
            });
        }
        match std::str::from_utf8(bytes) {
            Ok(text) => text.to_string(),
            Err(_) => {
                let encoding = (format == Format::Html)
                    .then(|| declared_encoding(bytes))
                    .flatten()
                    .or(limits.encoding)
                    .unwrap_or(UTF_8);
                decode_in(encoding, bytes, 0, path, limits, &mut warnings)?
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
pub(super) fn utf16_without_bom(bytes: &[u8]) -> Option<bool> {
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
pub(super) fn decode_utf32(
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

/// Decodes `body` (what follows a byte order mark of `skip` bytes) in `encoding`. The
/// first malformed sequence is an error naming its line and byte offset, or with
/// `--lossy` a warning, every malformed sequence then replaced by U+FFFD.
fn decode_in(
    encoding: &'static Encoding,
    body: &[u8],
    skip: u64,
    path: &Path,
    limits: &Limits,
    warnings: &mut Vec<String>,
) -> Result<String, DocumentError> {
    if let Some(text) = encoding.decode_without_bom_handling_and_without_replacement(body) {
        return Ok(text.into_owned());
    }
    let (before, bad) = first_malformed(encoding, body);
    let line = u32::try_from(before.matches('\n').count()).unwrap_or(u32::MAX - 1) + 1;
    let offset = skip + bad as u64;
    if encoding == UTF_8 {
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before.get(line_start..).map_or(0, |s| s.chars().count());
        let column = u32::try_from(column).unwrap_or(u32::MAX - 1) + 1;
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
    } else if encoding == UTF_16LE || encoding == UTF_16BE {
        bad_unit(Utf::Sixteen, path, line, offset, limits, warnings)?;
    } else {
        bad_unit(Utf::Legacy(encoding), path, line, offset, limits, warnings)?;
    }
    Ok(encoding.decode_without_bom_handling(body).0.into_owned())
}

/// The text decoded before the first malformed sequence of `body`, and the byte index
/// where that sequence starts (`body.len()` if there is none).
fn first_malformed(encoding: &'static Encoding, body: &[u8]) -> (String, usize) {
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let room = decoder
        .max_utf8_buffer_length_without_replacement(body.len())
        .unwrap_or(body.len().saturating_mul(3));
    let mut before = String::with_capacity(room);
    let (result, read) = decoder.decode_to_string_without_replacement(body, &mut before, true);
    match result {
        DecoderResult::Malformed(bad, after) => {
            let start = read.saturating_sub(usize::from(bad) + usize::from(after));
            (before, start)
        }
        DecoderResult::InputEmpty | DecoderResult::OutputFull => (before, body.len()),
    }
}

/// The encoding a bad unit was met in, for [`bad_unit`].
#[derive(Clone, Copy)]
pub(super) enum Utf {
    Sixteen,
    ThirtyTwo,
    /// A legacy encoding, declared or named by the user.
    Legacy(&'static Encoding),
}

/// A bad code unit at `offset`: the error, or with `--lossy` a warning.
pub(super) fn bad_unit(
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
            Utf::Legacy(encoding) => DocumentError::InvalidEncoding {
                path,
                encoding: encoding.name(),
                line,
                offset,
            },
        });
    }
    let name = match utf {
        Utf::Sixteen => "UTF-16",
        Utf::ThirtyTwo => "UTF-32",
        Utf::Legacy(encoding) => encoding.name(),
    };
    warnings.push(format!(
        "{}:{line}: invalid {name} at byte offset {offset} decoded lossily, replaced by U+FFFD",
        path.display()
    ));
    Ok(())
}

/// The encoding an HTML page declares in its first 1,024 bytes, where the HTML standard's
/// prescan looks: `<meta charset="windows-1252">`, `<meta http-equiv="Content-Type"
/// content="text/html; charset=iso-8859-1">`, or an XHTML page's `<?xml ...
/// encoding="...">`. Labels are the Encoding Standard's (`latin1` is windows-1252, as
/// browsers read it); a declared UTF-16 means UTF-8, as in browsers, since a page whose
/// bytes are UTF-16 carries a byte order mark or is recognised without one.
pub(super) fn declared_encoding(bytes: &[u8]) -> Option<&'static Encoding> {
    static DECLARATION: std::sync::LazyLock<Option<regex::bytes::Regex>> = std::sync::LazyLock::new(
        || {
            regex::bytes::Regex::new(
                r#"(?i-u)<meta[^>]*?charset[\t\n\f\r ]*=[\t\n\f\r ]*["']?[\t\n\f\r ]*([a-z0-9._:-]+)|\A[\t\n\f\r ]*<\?xml[^>]*?encoding[\t\n\f\r ]*=[\t\n\f\r ]*["']([a-z0-9._:-]+)"#,
            )
            .ok()
        },
    );
    let head = bytes.get(..1024).unwrap_or(bytes);
    let found = DECLARATION.as_ref()?.captures(head)?;
    let label = found.get(1).or_else(|| found.get(2))?;
    Encoding::for_label(label.as_bytes()).map(Encoding::output_encoding)
}

/// The encoding a label names, as browsers read labels (`latin1` is windows-1252), for
/// `--encoding`; the error says what labels look like.
pub fn encoding_named(label: &str) -> Result<&'static Encoding, String> {
    Encoding::for_label_no_replacement(label.trim().as_bytes()).ok_or_else(|| {
        format!("unknown encoding '{label}' (try windows-1252, iso-8859-2, shift_jis, gbk)")
    })
}

/// 1-based line of byte `at`.
pub(super) fn line_of(bytes: &[u8], at: usize) -> u32 {
    let n = bytes
        .get(..at)
        .map_or(0, |b| b.iter().filter(|&&c| c == b'\n').count());
    u32::try_from(n).unwrap_or(u32::MAX - 1) + 1
}

#[cfg(test)]
mod tests {
    use super::*;
    use encoding_rs::{SHIFT_JIS, WINDOWS_1250, WINDOWS_1252};

    /// "Côte d'Ivoire" in windows-1252 (ô is 0xF4).
    const IVORY_1252: &[u8] = b"The GGE included C\xf4te d'Ivoire.";

    fn read(bytes: &[u8], format: Format, limits: &Limits) -> Result<String, DocumentError> {
        decode(bytes, Path::new("page"), format, limits).map(|(text, _)| text)
    }

    #[test]
    fn pages_declare_their_encoding_in_the_ways_browsers_read() {
        let cases: [(&[u8], Option<&Encoding>); 7] = [
            (
                b"<html><head><meta charset=\"windows-1252\">",
                Some(WINDOWS_1252),
            ),
            (
                b"<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=ISO-8859-2\">",
                Some(encoding_rs::ISO_8859_2),
            ),
            (b"<meta charset='latin1'/>", Some(WINDOWS_1252)),
            (
                b"<?xml version=\"1.0\" encoding=\"windows-1250\"?><html>",
                Some(WINDOWS_1250),
            ),
            // A declared UTF-16 means UTF-8, as in browsers.
            (b"<meta charset=\"utf-16\">", Some(UTF_8)),
            (b"<meta charset=\"klingon\">", None),
            (b"<p>charset=windows-1252 is only text here</p>", None),
        ];
        for (head, expected) in cases {
            assert_eq!(
                declared_encoding(head),
                expected,
                "{}",
                String::from_utf8_lossy(head)
            );
        }
        // The prescan reads the first 1,024 bytes only.
        let mut late = vec![b' '; 1024];
        late.extend_from_slice(b"<meta charset=\"windows-1252\">");
        assert_eq!(declared_encoding(&late), None);
    }

    #[test]
    fn a_declared_legacy_encoding_is_followed_only_where_utf8_fails() -> Result<(), DocumentError> {
        let limits = Limits::default();
        let mut page = b"<meta charset=\"windows-1252\"><p>".to_vec();
        page.extend_from_slice(IVORY_1252);
        assert!(read(&page, Format::Html, &limits)?.contains("C\u{f4}te d'Ivoire"));
        // A page saved as UTF-8 that still declares Latin-1 reads as UTF-8.
        let mislabelled = "<meta charset=\"iso-8859-1\"><p>C\u{f4}te d'Ivoire";
        let text = read(mislabelled.as_bytes(), Format::Html, &limits)?;
        assert!(text.contains("C\u{f4}te d'Ivoire"), "{text}");
        // The same declaration in a text file is only text: the file is refused.
        assert!(matches!(
            read(&page, Format::Text, &limits),
            Err(DocumentError::InvalidUtf8 { offset: 50, .. })
        ));
        Ok(())
    }

    #[test]
    fn the_users_encoding_reads_files_that_declare_none() -> Result<(), DocumentError> {
        let latin = Limits {
            encoding: Some(WINDOWS_1252),
            ..Limits::default()
        };
        assert_eq!(
            read(IVORY_1252, Format::Text, &latin)?,
            "The GGE included C\u{f4}te d'Ivoire."
        );
        // A page's own declaration comes before the user's default.
        let mut page = b"<meta charset=\"windows-1250\"><p>\x8a".to_vec();
        page.extend_from_slice(IVORY_1252);
        assert!(read(&page, Format::Html, &latin)?.contains("<p>\u{160}"));
        // A sequence the encoding does not define is an error with its place.
        let sjis = Limits {
            encoding: Some(SHIFT_JIS),
            ..Limits::default()
        };
        let e = read(b"Brazil\nand \x81", Format::Text, &sjis);
        assert!(
            matches!(
                &e,
                Err(DocumentError::InvalidEncoding {
                    encoding: "Shift_JIS",
                    line: 2,
                    offset: 11,
                    ..
                })
            ),
            "{e:?}"
        );
        Ok(())
    }
}
