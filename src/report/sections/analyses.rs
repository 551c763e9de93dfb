//! The analysis sections of `index.html`: continuity across successive GGEs, the states
//! that come back, and the regional balance of each group.

use super::super::DrawnDiagram;
use super::super::charts::{self, Bar, Stack};
use super::super::html::{Page, esc};
use super::{embed, state_label};
use crate::analysis::continuity::{continuity, recurrence};
use crate::analysis::memberships::Memberships;
use crate::analysis::regions::regions;
use crate::gazetteer::Region;
use crate::model::EntityId;
use crate::printer::{index, percent};
use crate::render::palette::region_colour;

pub(super) fn continuity_section(page: &mut Page, m: &Memberships, drawn: &[DrawnDiagram]) {
    page.section(
        "continuity",
        "Continuity across successive GGEs",
        "Each column a GGE, each row a state; lines join a state's consecutive seats. The table lists who stayed, joined and left at each step.",
    );
    embed(page, drawn, "continuity");
    let c = continuity(m);
    let names = |ids: &[EntityId]| {
        ids.iter()
            .map(|i| esc(&state_label(i).0))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let rows: Vec<Vec<String>> = c
        .transitions
        .iter()
        .map(|t| {
            vec![
                format!("{} &rarr; {}", esc(t.from.as_str()), esc(t.to.as_str())),
                format!("{} ({})", t.retained.len(), names(&t.retained)),
                format!("{} ({})", t.joined.len(), names(&t.joined)),
                format!("{} ({})", t.left.len(), names(&t.left)),
                index(t.jaccard),
            ]
        })
        .collect();
    page.table(
        "transitions",
        &["Transition", "Stayed", "Joined", "Left", "Jaccard"],
        &rows,
    );
    page.end_section();
}

pub(super) fn recurrence_section(page: &mut Page, m: &Memberships) {
    let gges = m.filter_kind(crate::model::GroupKind::Gge);
    let r = recurrence(&gges, 2);
    page.section(
        "recurrence",
        "States that come back",
        "Number of GGEs each state sat in (states with two or more). Darker bars: permanent members of the Security Council.",
    );
    let core: Vec<String> = r.core.iter().map(|i| state_label(i).1).collect();
    page.raw(&format!(
        "<p>In every one of the {} GGEs: <b>{}</b>.</p>",
        r.groups,
        esc(&if core.is_empty() {
            "no state".to_string()
        } else {
            core.join(", ")
        })
    ));
    let items: Vec<Bar> = r
        .states
        .iter()
        .map(|s| {
            let (iso, name) = state_label(&s.id);
            let mut note = s.count.to_string();
            if s.p5 {
                note.push_str(" · P5");
            }
            if s.core {
                note.push_str(" · every GGE");
            }
            Bar {
                label: format!("{name} ({iso})"),
                title: format!("{name}: {} of {} GGEs", s.count, r.groups),
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
    let un = crate::printer::regions::un_membership();
    let legend: Vec<(&'static str, &str)> = Region::ALL
        .iter()
        .map(|&r| (region_colour(Some(r)), r.abbreviation()))
        .collect();
    let mut items = vec![Stack {
        label: "UN membership".into(),
        segments: Region::ALL
            .iter()
            .zip(&un)
            .map(|(&r, u)| {
                (
                    u.share,
                    region_colour(Some(r)),
                    format!(
                        "{}: {} of UN members",
                        u.name,
                        crate::printer::percent(u.share)
                    ),
                )
            })
            .collect(),
        note: format!("{} states", crate::analysis::regions::un_member_count()),
    }];
    for gr in regions(m).into_iter().filter(|g| g.size > 0) {
        items.push(Stack {
            label: gr.group.as_str().to_string(),
            segments: Region::ALL
                .iter()
                .zip(&gr.regions)
                .map(|(&r, s)| {
                    (
                        s.share,
                        region_colour(Some(r)),
                        format!(
                            "{}: {} of {} members ({})",
                            s.name,
                            s.members,
                            gr.size,
                            percent(s.share)
                        ),
                    )
                })
                .collect(),
            note: match gr.balance {
                Some(b) => format!("{} members · balance {b:.2}", gr.size),
                None => format!("{} members", gr.size),
            },
        });
    }
    page.raw(&charts::stacked(&items, &legend));
    page.end_section();
}
