//! The one escaping function every DOT id, label and attribute value goes through.
//!
//! graphviz-rust's printer writes an [`Id`] as it is given, so an unquoted or badly
//! escaped string can end the DOT statement early (`evil" -> x [label="`). [`quote`]
//! makes any text one quoted DOT string; [`shown`] is the text that string stands for
//! (what the SVG fallback draws), and [`unquote`] reads a DOT string back (tests check
//! DOT output with it).

use graphviz_rust::dot_structures::Id;

/// Quotes `text` as one DOT string.
///
/// - `"` becomes `\"` and `\` becomes `\\` (DOT string syntax, and Graphviz's label
///   escapes such as `\N` or `\l` never fire on user text);
/// - a line break becomes `\n` (a centred line break in a Graphviz label); `\r` is
///   dropped, a tab is a space, other control characters are dropped;
/// - `&`, `<`, `>` become `&amp;`, `&lt;`, `&gt;`: Graphviz reads entities in labels,
///   so a literal `&amp;` in the text stays `&amp;` on screen and nothing can open an
///   HTML-like label;
/// - everything else, non-ASCII included, is kept as UTF-8.
///
/// ```
/// use ggegraph::render::escape::quote;
/// assert_eq!(quote(r#"evil" -> x"#), r#""evil\" -&gt; x""#);
/// assert_eq!(quote("Türkiye\nA & B"), "\"Türkiye\\nA &amp; B\"");
/// ```
pub fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push(' '),
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// [`quote`] as a graphviz-rust [`Id`].
pub fn id(text: &str) -> Id {
    Id::Escaped(quote(text))
}

/// Escapes `text` for the inside of a Graphviz HTML-like label (a `<TABLE>` cell):
/// `&`, `<`, `>`, `"` and `'` become entities, a line break or tab a space, other
/// control characters are dropped; so no text can close a cell or the table.
///
/// ```
/// use ggegraph::render::escape::html_text;
/// assert_eq!(html_text("</TD> & \"x\""), "&lt;/TD&gt; &amp; &quot;x&quot;");
/// ```
pub fn html_text(text: &str) -> String {
    entities(text, |c, out| {
        if c == '\n' || c == '\t' {
            out.push(' ');
        }
    })
}

/// `text` with `&`, `<`, `>`, `"` and `'` as entities, and each control character passed
/// to `control` to write what stands for it (nothing, a space, a replacement mark): the
/// one escaper of Graphviz labels and of the report's HTML, which differ only there.
pub(crate) fn entities(text: &str, control: impl Fn(char, &mut String)) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() => control(c, &mut out),
            c => out.push(c),
        }
    }
    out
}

/// An HTML-like label (`label=<...>`) around `markup`, which the caller built with every
/// text through [`html_text`].
pub fn html_label(markup: &str) -> Id {
    Id::Html(format!("<{markup}>"))
}

/// The text the DOT string [`quote`] makes of `text` stands for: a tab is a space,
/// control characters but the line break are dropped.
///
/// ```
/// use ggegraph::render::escape::shown;
/// assert_eq!(shown("a\tb\r\nc\u{0}"), "a b\nc");
/// ```
pub fn shown(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '\t' => Some(' '),
            '\n' => Some('\n'),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect()
}

/// The text a DOT id stands for: quotes removed, `\"`, `\\` and `\n` read back, the
/// entities [`quote`] writes decoded. A plain (unquoted) id is returned as it is.
pub fn unquote(dot_id: &str) -> String {
    let Some(inner) = dot_id.strip_prefix('"').and_then(|s| s.strip_suffix('"')) else {
        return dot_id.to_string();
    };
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') | Some('l') | Some('r') => out.push('\n'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;
    use graphviz_rust::dot_structures::{Graph, Stmt};

    /// Parses `digraph { "a" [label=<quoted>] }` and returns the label's raw id.
    fn parsed_label(label: &str) -> Result<String, String> {
        let dot = format!(
            "digraph g {{ \"a\" [label={}] \"b\" -> \"c\" }}",
            quote(label)
        );
        let graph = graphviz_rust::parse(&dot)?;
        let Graph::DiGraph { stmts, .. } = graph else {
            return Err("not a digraph".into());
        };
        if stmts.len() != 2 {
            return Err(format!(
                "label broke the statement list: {} statements",
                stmts.len()
            ));
        }
        match &stmts[0] {
            Stmt::Node(n) if n.attributes.len() == 1 => match &n.attributes[0].1 {
                Id::Escaped(s) => Ok(s.clone()),
                other => Err(format!("label parsed as {other:?}")),
            },
            other => Err(format!("first statement is {other:?}")),
        }
    }

    #[test]
    fn hostile_label_stays_one_string() {
        let evil = r#"evil" -> x [label="</td>&amp;\"#;
        let raw = parsed_label(evil).expect("parses");
        assert_eq!(unquote(&raw), evil);
    }

    #[test]
    fn specials_are_escaped() {
        assert_eq!(quote(r"a\b"), r#""a\\b""#);
        assert_eq!(quote("a\r\nb\tc\u{0}"), r#""a\nb c""#);
        assert_eq!(quote("<b>"), "\"&lt;b&gt;\"");
        assert_eq!(quote("Côte d'Ivoire"), "\"Côte d'Ivoire\"");
        assert_eq!(quote(""), "\"\"");
    }

    #[test]
    fn unquote_reads_back() {
        for text in ["", "plain", "a\"b", "a\\nb", "x\ny", "&amp; <>", "Türkiye"] {
            assert_eq!(unquote(&quote(text)), text, "{text:?}");
        }
        assert_eq!(unquote("plain_id"), "plain_id");
    }

    proptest::proptest! {
        #[test]
        fn any_label_parses_and_round_trips(label in "\\PC*|[\"\\\\<>&\n\r{}\\[\\];=-]*") {
            let raw = parsed_label(&label).map_err(proptest::test_runner::TestCaseError::fail)?;
            proptest::prop_assert_eq!(unquote(&raw), shown(&label));
        }
    }
}
