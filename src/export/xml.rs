//! What GraphML and GEXF share: making text legal XML 1.0 before quick-xml escapes it.
//!
//! quick-xml escapes markup (`<`, `&`, quotes, and `\t`/`\n`/`\r` in attributes so they
//! survive attribute-value normalisation), but it cannot escape a character XML 1.0
//! forbids outright: C0 controls other than tab, line feed and carriage return, and
//! U+FFFE/U+FFFF. Not even `&#1;` is allowed, so those are replaced here with U+FFFD.

use std::borrow::Cow;

/// The replacement for a character XML 1.0 cannot carry.
pub const REPLACEMENT: char = '\u{FFFD}';

/// `s` with every character XML 1.0 forbids replaced by [`REPLACEMENT`]; borrowed when
/// nothing needed replacing (the usual case).
pub fn xml_safe(s: &str) -> Cow<'_, str> {
    if s.chars().all(is_xml_char) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(
            s.chars()
                .map(|c| if is_xml_char(c) { c } else { REPLACEMENT })
                .collect(),
        )
    }
}

/// The XML 1.0 `Char` production: `#x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] |
/// [#x10000-#x10FFFF]` (surrogates cannot occur in a Rust `char`).
fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_replaced_and_whitespace_kept() {
        assert_eq!(
            xml_safe("a\u{1}b\u{1f}c\u{FFFE}"),
            "a\u{FFFD}b\u{FFFD}c\u{FFFD}"
        );
        assert_eq!(xml_safe("tab\tnl\ncr\r"), "tab\tnl\ncr\r");
        assert!(matches!(xml_safe("plain <text> & more"), Cow::Borrowed(_)));
    }
}
