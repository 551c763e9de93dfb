//! `search.js`: the names, codes and aliases of every state and group page, which the
//! search box of every page reads.

use super::*;

/// `search.js`: `[label, kind, href from the top, other words]` for every state, group,
/// resolution and chair.
pub(super) fn search_data(g: &Graph, states: &[&'static State], groups: &[GroupSummary]) -> String {
    let mut entries: Vec<[String; 4]> = Vec::new();
    for s in states {
        entries.push([
            s.name.to_string(),
            "state".into(),
            state_href("", s.iso3),
            format!(
                "{} {}",
                s.iso3,
                s.region.map(|r| r.abbreviation()).unwrap_or("")
            ),
        ]);
    }
    for gr in groups {
        entries.push([
            gr.name.clone(),
            format!("group, {}", years(gr)),
            group_href("", gr.id.as_str()),
            format!("{} {}", gr.id.as_str(), gr.key.kind.as_str()),
        ]);
        for c in &gr.chairs {
            entries.push([
                c.name.clone(),
                format!("chair of {}", gr.id.as_str()),
                format!(
                    "{}#{}",
                    group_href("", gr.id.as_str()),
                    anchor(&["p", c.id.as_str()])
                ),
                String::new(),
            ]);
        }
    }
    for n in g
        .nodes_of_kind(EntityKind::Resolution)
        .chain(g.nodes_of_kind(EntityKind::Report))
    {
        entries.push([
            n.name.clone(),
            if n.kind == EntityKind::Report {
                "report".into()
            } else {
                "resolution".into()
            },
            resolution_href("", n.id.as_str()),
            n.id.as_str().to_string(),
        ]);
    }
    let json = serde_json::to_string(&entries).unwrap_or_else(|_| "[]".into());
    format!("window.GGEGRAPH_SEARCH={json};\n")
}
