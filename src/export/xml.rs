//! What GraphML and GEXF share: making text legal XML 1.0 before quick-xml escapes it,
//! and ids legal where a schema wants an `xs:NMTOKEN`.
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

/// `id` as an `xs:NMTOKEN` (what GraphML requires of node, edge and key ids): ASCII
/// letters, digits, `.`, `-` and `:` are kept, `_` becomes `__`, and every other
/// character becomes `_` + its code point in upper-case hex + `_` (`A/70/174` ->
/// `A_2F_70_2F_174`, `doc:seeds/x y.md` -> `doc:seeds_2F_x_20_y.md`).
///
/// Deterministic and collision-free: after a `_` comes either another `_` or hex digits
/// closed by `_`, so the original id can be read back, and two ids never share a token.
/// Only ASCII is kept because XML versions disagree on which other characters a name may
/// hold. An empty id (not a token at all) becomes `_`.
pub fn nmtoken(id: &str) -> Cow<'_, str> {
    let plain = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':');
    if !id.is_empty() && id.chars().all(plain) {
        return Cow::Borrowed(id);
    }
    if id.is_empty() {
        return Cow::Borrowed("_");
    }
    let mut out = String::with_capacity(id.len() + 8);
    for c in id.chars() {
        match c {
            c if plain(c) => out.push(c),
            '_' => out.push_str("__"),
            c => out.push_str(&format!("_{:X}_", u32::from(c))),
        }
    }
    Cow::Owned(out)
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

    #[test]
    fn nmtokens_are_legal_and_distinct() {
        assert_eq!(nmtoken("state:BRA"), "state:BRA");
        assert_eq!(nmtoken("A/70/174"), "A_2F_70_2F_174");
        assert_eq!(nmtoken("doc:seeds/x y.md"), "doc:seeds_2F_x_20_y.md");
        assert_eq!(nmtoken("a_b"), "a__b");
        assert_eq!(nmtoken("é"), "_E9_");
        assert_eq!(nmtoken(""), "_");
        // The escape of one id is never another id's escape.
        let ids = ["a/b", "a_2F_b", "a__b", "a_b", "a b", "a_20_b", "_", ""];
        let tokens: std::collections::BTreeSet<String> =
            ids.iter().map(|i| nmtoken(i).into_owned()).collect();
        assert_eq!(tokens.len(), ids.len());
        for t in &tokens {
            assert!(
                t.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "._-:".contains(c))
            );
        }
    }
}
