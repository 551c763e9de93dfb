//! The conflicts between documents, [`CONFLICTS_PER_PAGE`] to a page under `conflicts/`,
//! each with both sources.

use super::*;

/// The HTML of one conflict (sources linked from a page `root` below the top).
pub(in crate::report) fn conflict_html(
    root: &str,
    with_source: &HashSet<&str>,
    c: &crate::graph::Conflict,
) -> String {
    let mut html = format!(
        "<div class=\"conflict\"><h3>{} of {}</h3><ul>",
        esc(&c.topic.replace('_', " ")),
        esc(&c.subject_name)
    );
    for side in &c.sides {
        let _ = write!(html, "<li><b>{}</b><ul>", esc(&side.value));
        for p in side.provenance.iter().take(20) {
            let _ = write!(html, "<li>{}</li>", cite(root, with_source, p));
        }
        if side.provenance.len() > 20 {
            let _ = write!(
                html,
                "<li>and {} more sentences</li>",
                side.provenance.len() - 20
            );
        }
        html.push_str("</ul></li>");
    }
    html.push_str("</ul></div>");
    html
}

/// `conflicts/N.html`, [`CONFLICTS_PER_PAGE`] conflicts each (none when there are none).
pub(super) fn conflict_pages(
    g: &Graph,
    with_source: &HashSet<&str>,
    dir: &Path,
) -> Result<Vec<PathBuf>, ReportError> {
    let conflicts = g.conflicts();
    let pages = conflicts.len().div_ceil(CONFLICTS_PER_PAGE);
    let mut files = Vec::new();
    for (i, chunk) in conflicts.chunks(CONFLICTS_PER_PAGE).enumerate() {
        let title = format!("Where sources disagree, page {} of {pages}", i + 1);
        let mut html = page_head(&title, "../", &title);
        html.push_str(&pager(i + 1, pages));
        for c in chunk {
            html.push_str(&conflict_html("../", with_source, c));
        }
        html.push_str(&pager(i + 1, pages));
        html.push_str(&page_foot("../"));
        let path = dir.join("conflicts").join(format!("{}.html", i + 1));
        crate::report::write_file(&path, html.as_bytes())?;
        files.push(path);
    }
    Ok(files)
}

/// Links to the pages of a list split in `pages`, from inside `conflicts/`.
pub(super) fn pager(current: usize, pages: usize) -> String {
    let mut html = String::from("<nav class=\"pager\" aria-label=\"pages\"><p>Pages: ");
    for p in 1..=pages {
        if p == current {
            let _ = write!(html, "<b aria-current=\"page\">{p}</b> ");
        } else {
            let _ = write!(html, "<a href=\"{p}.html\">{p}</a> ");
        }
    }
    html.push_str("</p></nav>");
    html
}
