//! A small HTML writer: one escaping function for text and attributes, and helpers for the
//! few constructs the report uses (tables, links, sections). Everything that comes from a
//! document goes through [`esc`], so a label like `<script>` shows as text.

use std::fmt::Write as _;

/// Escapes text for HTML content and double-quoted attribute values.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() && c != '\n' && c != '\t' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// An anchor id safe for `id=` and `href="#..."`: ASCII letters, digits and `-` only.
pub fn anchor(parts: &[&str]) -> String {
    let mut out = String::new();
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            out.push_str("--");
        }
        for c in part.chars() {
            if c.is_ascii_alphanumeric() {
                out.push(c);
            } else {
                let _ = write!(out, "-{:x}", c as u32);
            }
        }
    }
    out
}

/// A page under construction.
#[derive(Default)]
pub struct Page {
    buf: String,
}

impl Page {
    /// Appends raw, already safe HTML.
    pub fn raw(&mut self, html: &str) -> &mut Self {
        self.buf.push_str(html);
        self
    }

    /// Opens a `<section>` with an id and a heading.
    pub fn section(&mut self, id: &str, title: &str, intro: &str) -> &mut Self {
        let _ = write!(
            self.buf,
            "<section id=\"{}\"><h2>{}</h2>",
            esc(id),
            esc(title)
        );
        if !intro.is_empty() {
            let _ = write!(self.buf, "<p class=\"intro\">{}</p>", esc(intro));
        }
        self
    }

    /// Closes the current section.
    pub fn end_section(&mut self) -> &mut Self {
        self.buf.push_str("</section>\n");
        self
    }

    /// A table whose cells are already-safe HTML.
    pub fn table(&mut self, class: &str, header: &[&str], rows: &[Vec<String>]) -> &mut Self {
        let _ = write!(
            self.buf,
            "<div class=\"scroll\"><table class=\"{}\"><thead><tr>",
            esc(class)
        );
        for h in header {
            let _ = write!(self.buf, "<th scope=\"col\">{}</th>", esc(h));
        }
        self.buf.push_str("</tr></thead><tbody>");
        for row in rows {
            self.buf.push_str("<tr>");
            for cell in row {
                let _ = write!(self.buf, "<td>{cell}</td>");
            }
            self.buf.push_str("</tr>");
        }
        self.buf.push_str("</tbody></table></div>\n");
        self
    }

    /// The finished HTML.
    pub fn finish(self) -> String {
        self.buf
    }
}

/// A link to an anchor, with escaped text.
pub fn link(href: &str, text: &str) -> String {
    format!("<a href=\"{}\">{}</a>", esc(href), esc(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(
            esc(r#"<script>"x" & 'y'</script>"#),
            "&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;"
        );
        assert_eq!(esc("a\u{1}b"), "a\u{FFFD}b");
    }

    #[test]
    fn anchors_are_plain_ascii() {
        let a = anchor(&["state:BRA", "member_of", "gge-2014-2015"]);
        assert!(
            a.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'),
            "{a}"
        );
        assert_ne!(anchor(&["a/b"]), anchor(&["a:b"]));
    }
}
