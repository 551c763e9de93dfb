//! A small HTML writer: one escaping function for text and attributes, and helpers for the
//! few constructs the report uses (tables, links, sections). Everything that comes from a
//! document goes through [`esc`], so a label like `<script>` shows as text.

use std::fmt::Write as _;

/// Escapes text for HTML content and double-quoted attribute values.
pub fn esc(text: &str) -> String {
    crate::render::escape::entities(text, |c, out| {
        out.push(if c == '\n' || c == '\t' {
            c
        } else {
            '\u{FFFD}'
        });
    })
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

/// A page under construction: HTML appended in reading order.
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

    /// A table whose cells are already-safe HTML; the script makes it sortable and
    /// filterable. Its scroll box can take the keyboard's focus (it may scroll sideways).
    pub fn table(&mut self, class: &str, header: &[&str], rows: &[Vec<String>]) -> &mut Self {
        self.buf.push_str(&table(class, header, rows));
        self
    }

    /// The finished HTML.
    pub fn into_html(self) -> String {
        self.buf
    }
}

/// A sortable, filterable table (see [`Page::table`]) as a string.
pub fn table(class: &str, header: &[&str], rows: &[Vec<String>]) -> String {
    let mut buf = String::with_capacity(256 + rows.len() * 128);
    let _ = write!(
        buf,
        "<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"{c} table\"><table class=\"{c} sortable\"><thead><tr>",
        c = esc(class)
    );
    for h in header {
        let _ = write!(buf, "<th scope=\"col\">{}</th>", esc(h));
    }
    buf.push_str("</tr></thead><tbody>");
    for row in rows {
        buf.push_str("<tr>");
        for cell in row {
            let _ = write!(buf, "<td>{cell}</td>");
        }
        buf.push_str("</tr>");
    }
    buf.push_str("</tbody></table></div>\n");
    buf
}

/// The style sheet every page inlines (light and dark, phone and print).
pub const STYLE: &str = include_str!("report.css");

/// The small script every page inlines: the search box (over `search.js`) and sortable,
/// filterable tables. Without it the pages read and link the same; it only adds.
pub const SCRIPT: &str = include_str!("report.js");

/// The start of a page of the report: doctype, `lang`, viewport, title, the inline
/// style, and a header with a link home and the search box (hidden until the script
/// runs). `root` is the relative path to the report's top (`""` or `"../"`).
pub fn page_head(title: &str, root: &str, heading: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta name=\"color-scheme\" content=\"light dark\">\
         <title>{t}</title><style>{STYLE}</style></head>\
         <body data-root=\"{root}\"><a class=\"skip\" href=\"#main\">Skip to content</a>\
         <header class=\"bar\"><a class=\"home\" href=\"{root}index.html\">ggegraph report</a>{search}</header>\
         <main id=\"main\"><h1>{h}</h1>",
        t = esc(title),
        h = esc(heading),
        search = search_form(),
    )
}

/// The end of a page: closes `main`, then the search data and the script.
pub fn page_foot(root: &str) -> String {
    format!(
        "</main><footer><a href=\"{root}index.html\">Back to the report</a></footer>{}</body></html>\n",
        scripts(root)
    )
}

/// The search data file and the inline script, for the end of `body`.
pub fn scripts(root: &str) -> String {
    format!("<script src=\"{root}search.js\" defer></script><script>{SCRIPT}</script>")
}

/// The search box: a form the script shows and wires up (hidden without script, where
/// the index pages list everything instead).
pub fn search_form() -> &'static str {
    "<form class=\"search\" role=\"search\" hidden><label for=\"q\">Search</label>\
     <input id=\"q\" type=\"search\" autocomplete=\"off\" placeholder=\"State, group, resolution, person\" aria-controls=\"q-results\">\
     <ul id=\"q-results\" class=\"results\" aria-label=\"search results\"></ul></form>"
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
