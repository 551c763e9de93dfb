//! Text bound for a terminal: control and bidirectional-formatting characters escaped,
//! so a file name or a document cannot forge an error line (a newline and
//! `ggegraph: ...`), move the cursor or recolour the screen (ESC sequences), or reorder
//! what is shown (U+202E and the other bidi controls).
//!
//! For messages ([`escape_line`]: one line, so newlines too) and for the table formats
//! ([`TerminalSafe`], which keeps newlines). Not for JSON, CSV, DOT or HTML: each of those
//! has its own escaping, and changing their text would change their values.

use std::borrow::Cow;
use std::io::{self, Write};

/// Whether `c` must not reach a terminal raw: C0 and C1 controls and DEL, the
/// bidirectional formatting characters, and the Unicode line and paragraph separators.
fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}'
                | '\u{200E}'
                | '\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2066}'..='\u{2069}'
                | '\u{2028}'
                | '\u{2029}'
        )
}

/// Appends the visible form of `c`: `\n`, `\r`, `\t`, otherwise `\u{..}` in hex.
fn push_escaped(out: &mut String, c: char) {
    match c {
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        _ => {
            use std::fmt::Write as _;
            let _ = write!(out, "\\u{{{:x}}}", c as u32);
        }
    }
}

fn escape_except(s: &str, keep: Option<char>) -> Cow<'_, str> {
    if !s.chars().any(|c| is_unsafe(c) && Some(c) != keep) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        if is_unsafe(c) && Some(c) != keep {
            push_escaped(&mut out, c);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// `s` as one line fit for a terminal: every unsafe character (newlines included)
/// written as an escape.
///
/// ```
/// use ggegraph::terminal::escape_line;
/// assert_eq!(escape_line("a\nggegraph: b\u{1b}[2J\u{202e}"), "a\\nggegraph: b\\u{1b}[2J\\u{202e}");
/// assert_eq!(escape_line("Côte d'Ivoire"), "Côte d'Ivoire");
/// ```
pub fn escape_line(s: &str) -> Cow<'_, str> {
    escape_except(s, None)
}

/// A writer that escapes unsafe characters (see [`escape_line`]) except newlines, for
/// text meant to be read on a terminal (tables). Bytes that are not UTF-8 are written as
/// `\x..`; a character split across two writes is held until its end arrives.
#[derive(Debug)]
pub struct TerminalSafe<W: Write> {
    inner: W,
    /// The start of a character whose remaining bytes have not been written yet.
    pending: Vec<u8>,
}

impl<W: Write> TerminalSafe<W> {
    /// Wraps `inner`.
    pub fn new(inner: W) -> TerminalSafe<W> {
        TerminalSafe {
            inner,
            pending: Vec::new(),
        }
    }
}

impl<W: Write> Write for TerminalSafe<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut bytes = std::mem::take(&mut self.pending);
        bytes.extend_from_slice(buf);
        let mut rest = bytes.as_slice();
        let mut out = String::new();
        loop {
            match std::str::from_utf8(rest) {
                Ok(s) => {
                    out.push_str(&escape_except(s, Some('\n')));
                    break;
                }
                Err(e) => {
                    let (valid, after) = rest.split_at(e.valid_up_to());
                    // `valid` is UTF-8 by construction.
                    out.push_str(&escape_except(
                        std::str::from_utf8(valid).unwrap_or_default(),
                        Some('\n'),
                    ));
                    match e.error_len() {
                        None => {
                            self.pending = after.to_vec();
                            break;
                        }
                        Some(n) => {
                            for b in &after[..n] {
                                out.push_str(&format!("\\x{b:02x}"));
                            }
                            rest = &after[n..];
                        }
                    }
                }
            }
        }
        self.inner.write_all(out.as_bytes())?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        for b in std::mem::take(&mut self.pending) {
            write!(self.inner, "\\x{b:02x}")?;
        }
        self.inner.flush()
    }
}

impl<W: Write> Drop for TerminalSafe<W> {
    fn drop(&mut self) {
        let _ = self.flush();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_keep_newlines_and_escape_the_rest() {
        let mut out = Vec::new();
        {
            let mut w = TerminalSafe::new(&mut out);
            let text = "x\u{1b}]0;owned\u{7}\ty\u{202e}z\n";
            let bytes = text.as_bytes();
            // A character split across writes is kept whole.
            let split = text.find('\u{202e}').expect("bidi") + 1;
            w.write_all(&bytes[..split]).expect("write");
            w.write_all(&bytes[split..]).expect("write");
            w.write_all(b"\xff\n").expect("write");
        }
        assert_eq!(
            String::from_utf8(out).expect("utf-8"),
            "x\\u{1b}]0;owned\\u{7}\\ty\\u{202e}z\n\\xff\n"
        );
    }

    #[test]
    fn lines_escape_newlines_and_c1_controls() {
        assert_eq!(
            escape_line("a\r\nb\u{85}c\u{2028}"),
            "a\\r\\nb\\u{85}c\\u{2028}"
        );
        assert!(matches!(escape_line("plain"), Cow::Borrowed(_)));
    }
}
