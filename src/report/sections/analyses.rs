//! The analysis sections of `index.html`: continuity across successive GGEs, the states
//! that come back, and the regional balance of each group.

use super::super::DrawnDiagram;
use super::super::charts::{self, Bar, Stack};
use super::super::html::{Page, esc};
use super::embed;
use crate::analysis::continuity::{continuity, recurrence};
use crate::analysis::memberships::Memberships;
use crate::gazetteer::Region;
use crate::printer::continuity::{TRANSITION_HEADS, transition_cells};
use crate::printer::recurrence::{bar_text, core_names};
use crate::printer::regions;
use crate::render::palette::region_colour;

pub(super) fn continuity_section(page: &mut Page, m: &Memberships, drawn: &[DrawnDiagram]) {
    page.section(
        "continuity",
        "Continuity across successive GGEs",
        "Each column a GGE, each row a state; lines join a state's consecutive seats. The table lists who stayed, joined and left at each step.",
    );
    embed(page, drawn, "continuity");
    let rows: Vec<Vec<String>> = continuity(m)
        .transitions
        .iter()
        .map(|t| transition_cells(t).iter().map(|cell| esc(cell)).collect())
        .collect();
    page.table("transitions", &TRANSITION_HEADS, &rows);
    page.end_section();
}

/// The fewest GGEs a state sat in to be shown among the states that come back.
const RETURNING: usize = 2;

pub(super) fn recurrence_section(page: &mut Page, m: &Memberships) {
    let gges = m.filter_kind(crate::model::GroupKind::Gge);
    let r = recurrence(&gges, RETURNING);
    page.section(
        "recurrence",
        "States that come back",
        "Number of GGEs each state sat in (states with two or more). Darker bars: permanent members of the Security Council.",
    );
    page.raw(&format!(
        "<p>In every one of the {} GGEs: <b>{}</b>.</p>",
        r.groups,
        esc(&core_names(&r))
    ));
    let items: Vec<Bar> = r
        .states
        .iter()
        .map(|s| {
            let [label, title, note] = bar_text(s, &r, "GGE");
            Bar {
                label,
                title,
                value: s.count as f64,
                colour: if s.p5 { "#0072B2" } else { "#56B4E9" },
                note,
            }
        })
        .collect();
    page.raw(&charts::bars(&items, r.groups as f64));
    page.end_section();
}

pub(super) fn regions_section(page: &mut Page, m: &Memberships) {
    page.section(
        "regions",
        "Regional balance",
        "Members of each group by UN regional group, against the regional make-up of the UN membership (top bar). Balance = 1 minus the total variation distance to the UN shares (1 = same mix as the UN).",
    );
    let legend: Vec<(&'static str, &str)> = Region::ALL
        .iter()
        .map(|&r| (region_colour(Some(r)), r.abbreviation()))
        .collect();
    let mut items = vec![Stack {
        label: "UN membership".into(),
        segments: Region::ALL
            .iter()
            .zip(&regions::un_membership())
            .map(|(&r, u)| (u.share, region_colour(Some(r)), regions::un_share_text(u)))
            .collect(),
        note: regions::un_size_text(),
    }];
    for gr in crate::analysis::regions::regions(m)
        .into_iter()
        .filter(|g| g.size > 0)
    {
        items.push(Stack {
            label: gr.group.as_str().to_string(),
            segments: Region::ALL
                .iter()
                .zip(&gr.regions)
                .map(|(&r, s)| (s.share, region_colour(Some(r)), regions::share_text(s, &gr)))
                .collect(),
            note: regions::size_and_balance(&gr),
        });
    }
    page.raw(&charts::stacked(&items, &legend));
    page.end_section();
}
