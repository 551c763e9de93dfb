//! Decoding a document's bytes to text: UTF-8 with or without BOM, UTF-16 with BOM or
//! recognised without one, UTF-32 with BOM, lossy decoding on request; an undecodable
//! unit is reported with its line.

use super::{DocumentError, Limits};
use encoding_rs::{DecoderResult, Encoding, UTF_8, UTF_16BE, UTF_16LE};
use std::path::Path;

/// Decodes file bytes to text (see module docs), with warnings for lossy decoding.
pub fn decode(
    bytes: &[u8],
    path: &Path,
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
        decode_in(UTF_8, bytes, 0, path, limits, &mut warnings)?
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
    } else {
        bad_unit(Utf::Sixteen, path, line, offset, limits, warnings)?;
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

/// A UTF-16 or UTF-32 encoding, for [`bad_unit`].
#[derive(Clone, Copy)]
pub(super) enum Utf {
    Sixteen,
    ThirtyTwo,
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
pub(super) fn line_of(bytes: &[u8], at: usize) -> u32 {
    let n = bytes
        .get(..at)
        .map_or(0, |b| b.iter().filter(|&&c| c == b'\n').count());
    u32::try_from(n).unwrap_or(u32::MAX - 1) + 1
}
