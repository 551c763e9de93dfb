//! A drawn diagram made fit to inline in a page: the XML prolog and comments dropped, ids
//! prefixed so that two diagrams on one page cannot clash, and each node wrapped in a link
//! to the page of what it stands for.

use super::{html, pages};

/// The page a diagram node opens: a state's, a group's, or a resolution's row.
pub(super) fn node_href(graph: &crate::graph::Graph, id: &str) -> Option<String> {
    if let Some(iso3) = id.strip_prefix("state:") {
        return crate::gazetteer::state_by_iso3(iso3).map(|s| pages::state_href("", s.iso3));
    }
    let node = graph.node(id)?;
    match node.kind {
        crate::model::EntityKind::Group => Some(pages::group_href("", id)),
        crate::model::EntityKind::Resolution | crate::model::EntityKind::Report => {
            Some(pages::resolution_href("", id))
        }
        _ => None,
    }
}

/// Makes an SVG file fit for inlining in HTML: drops the XML prolog, DOCTYPE and comments
/// (Graphviz writes a DOCTYPE with a remote DTD URL) and the namespace declarations, which
/// HTML's parser supplies itself; prefixes every id (and reference to one) with the
/// diagram's name, so two inlined diagrams never share an id; and makes each node whose
/// entity has a page (`link` gives it) a link to that page.
pub(super) fn inline_svg(svg: &str, name: &str, link: &dyn Fn(&str) -> Option<String>) -> String {
    let start = svg.find("<svg").unwrap_or(0);
    let mut out = String::with_capacity(svg.len());
    let mut rest = &svg[start..];
    while let Some(i) = rest.find("<!--") {
        out.push_str(&rest[..i]);
        match rest[i..].find("-->") {
            Some(j) => rest = &rest[i + j + 3..],
            None => {
                rest = "";
            }
        }
    }
    out.push_str(rest);
    for ns in [
        " xmlns=\"http://www.w3.org/2000/svg\"",
        " xmlns:xlink=\"http://www.w3.org/1999/xlink\"",
    ] {
        out = out.replace(ns, "");
    }
    let linked = link_nodes(&out, link);
    let prefix: String = name
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    linked
        .replace(" id=\"", &format!(" id=\"d-{prefix}-"))
        .replace("url(#", &format!("url(#d-{prefix}-"))
        .replace("href=\"#", &format!("href=\"#d-{prefix}-"))
}

/// Wraps every node group (`<g ... class="node" ...>` up to its `</g>`) whose id `link`
/// knows in `<a href="...">`.
fn link_nodes(svg: &str, link: &dyn Fn(&str) -> Option<String>) -> String {
    let mut out = String::with_capacity(svg.len() + svg.len() / 8);
    let mut rest = svg;
    while let Some(i) = rest.find("<g ") {
        let Some(tag_end) = rest[i..].find('>').map(|j| i + j + 1) else {
            break;
        };
        let tag = &rest[i..tag_end];
        let id = tag
            .split(" id=\"")
            .nth(1)
            .and_then(|t| t.split('"').next())
            .map(unescape);
        let href = if tag.contains("class=\"node\"") {
            id.as_deref().and_then(link)
        } else {
            None
        };
        match (href, rest[tag_end..].find("</g>")) {
            (Some(href), Some(close)) => {
                let close = tag_end + close + 4;
                let body = &rest[tag_end..close];
                out.push_str(&rest[..tag_end]);
                if let Some(a) = body.find("<a xlink:") {
                    // Graphviz wraps a node with a tooltip in `<a xlink:title>`: give that
                    // anchor the link (an `<a>` cannot hold another).
                    out.push_str(&body[..a + 2]);
                    out.push_str(&format!(" href=\"{}\"", html::esc(&href)));
                    out.push_str(&body[a + 2..]);
                } else {
                    out.truncate(out.len() - (tag_end - i));
                    out.push_str(&format!("<a href=\"{}\">", html::esc(&href)));
                    out.push_str(&rest[i..close]);
                    out.push_str("</a>");
                }
                rest = &rest[close..];
            }
            _ => {
                out.push_str(&rest[..tag_end]);
                rest = &rest[tag_end..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Undoes the XML escapes of an attribute value (named and numeric, as Graphviz writes
/// `gge&#45;2014&#45;2015`).
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let Some(end) = after.find(';').filter(|&e| e <= 10) else {
            out.push('&');
            rest = after;
            continue;
        };
        let entity = &after[..end];
        let c = match entity {
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "amp" => Some('&'),
            _ => entity
                .strip_prefix("#x")
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| entity.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match c {
            Some(c) => {
                out.push(c);
                rest = &after[end + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inlined_svg_has_no_prolog_or_remote_urls() {
        let svg = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n<!-- Generated by graphviz -->\n<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"><g><!-- a --><text>x</text></g></svg>";
        let out = inline_svg(svg, "x", &|_| None);
        assert!(out.starts_with("<svg>"), "{out}");
        assert!(!out.contains("http"), "{out}");
        assert!(out.contains("<text>x</text>"));
    }

    #[test]
    fn inlined_svg_ids_are_prefixed_and_nodes_linked() {
        let svg = "<svg><defs><marker id=\"end\"/></defs><g id=\"graph0\" class=\"graph\"><g id=\"state:BRA\" class=\"node\"><title>state:BRA</title><path marker-end=\"url(#end)\"/></g><g id=\"x&amp;y\" class=\"node\"></g></g></svg>";
        let out = inline_svg(svg, "ego-BRA", &|id| {
            (id == "state:BRA").then(|| "states/BRA.html".to_string())
        });
        assert!(
            out.contains(
                "<a href=\"states/BRA.html\"><g id=\"d-ego-BRA-state:BRA\" class=\"node\">"
            ),
            "{out}"
        );
        assert!(out.contains("</g></a><g id=\"d-ego-BRA-x&amp;y\""), "{out}");
        assert!(
            out.contains("url(#d-ego-BRA-end)") && out.contains("id=\"d-ego-BRA-end\""),
            "{out}"
        );
        // Graphviz: the node's own tooltip anchor gets the link; ids are unescaped.
        let svg = "<svg><g id=\"gge&#45;1\" class=\"node\"><title>t</title><g id=\"a_gge&#45;1\"><a xlink:title=\"t\"><text>GGE</text></a></g></g></svg>";
        let out = inline_svg(svg, "t", &|id| {
            (id == "gge-1").then(|| "groups/gge-1.html".into())
        });
        assert!(
            out.contains("<a href=\"groups/gge-1.html\" xlink:title=\"t\">"),
            "{out}"
        );
        assert_eq!(out.matches("<a").count(), 1, "{out}");
    }
}
