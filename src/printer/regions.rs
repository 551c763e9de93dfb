//! `regions`: members of each group per UN regional group, with the balance and entropy
//! indices, against the UN membership's own make-up.

use super::{ListFormat, codes, index, json, percent, table};
use crate::analysis::regions::{GroupRegions, RegionShare, un_member_count, un_shares};
use crate::gazetteer::Region;
use crate::terminal::TerminalSafe;
use serde::Serialize;
use std::io::{self, Write};

/// One region's share of the UN membership.
#[derive(Debug, Serialize)]
pub struct UnShare {
    /// Abbreviation (`AFR`, ...).
    pub region: &'static str,
    /// Full name.
    pub name: &'static str,
    /// Share of the Member States.
    pub share: f64,
}

/// The UN membership's regional shares, in [`Region::ALL`] order: the reference row of
/// `regions` and the top bar of the report's regional balance.
pub fn un_membership() -> Vec<UnShare> {
    Region::ALL
        .iter()
        .zip(un_shares())
        .map(|(r, share)| UnShare {
            region: r.abbreviation(),
            name: r.as_str(),
            share,
        })
        .collect()
}

/// A region's part of the UN membership, said in full: "African States: 28% of UN members".
pub fn un_share_text(u: &UnShare) -> String {
    format!("{}: {} of UN members", u.name, percent(u.share))
}

/// The size of the UN membership, for the reference row: "193 states".
pub fn un_size_text() -> String {
    format!("{} states", un_member_count())
}

/// A region's part of a group, said in full: "African States: 3 of 25 members (12%)".
pub fn share_text(s: &RegionShare, g: &GroupRegions) -> String {
    format!(
        "{}: {} of {} members ({})",
        s.name,
        s.members,
        g.size,
        percent(s.share)
    )
}

/// A group's size and balance: "25 members · balance 0.870" ("25 members" without one).
pub fn size_and_balance(g: &GroupRegions) -> String {
    match g.balance {
        Some(b) => format!("{} members \u{b7} balance {}", g.size, index(b)),
        None => format!("{} members", g.size),
    }
}

/// Writes the regional make-up of `groups` as text or JSON.
///
/// # Errors
/// Any I/O error from `w`.
pub fn write(w: &mut dyn Write, groups: &[GroupRegions], format: ListFormat) -> io::Result<()> {
    let un = un_membership();
    match format {
        ListFormat::Json => {
            #[derive(Serialize)]
            struct Out<'a> {
                un_membership: &'a [UnShare],
                groups: &'a [GroupRegions],
            }
            json(
                w,
                &Out {
                    un_membership: &un,
                    groups,
                },
            )
        }
        ListFormat::Table => write_table(&mut TerminalSafe::new(w), &un, groups),
    }
}

fn write_table(w: &mut dyn Write, un: &[UnShare], groups: &[GroupRegions]) -> io::Result<()> {
    let mut header = vec!["GROUP", "SIZE"];
    header.extend(Region::ALL.iter().map(|r| r.abbreviation()));
    header.extend(["BALANCE", "ENTROPY", "UNDER-REPRESENTED"]);
    let mut rows = vec![{
        let mut row = vec!["UN membership".to_string(), un_member_count().to_string()];
        row.extend(un.iter().map(|u| percent(u.share)));
        row.extend(["1".to_string(), "-".to_string(), "-".to_string()]);
        row
    }];
    let fixed = |x: Option<f64>| x.map_or_else(|| "-".to_string(), index);
    for g in groups {
        let mut row = vec![g.group.0.clone(), g.size.to_string()];
        row.extend(
            g.regions
                .iter()
                .map(|r| format!("{} ({})", r.members, percent(r.share))),
        );
        row.extend([
            fixed(g.balance),
            fixed(g.entropy),
            g.under_represented.join(" "),
        ]);
        rows.push(row);
    }
    table(w, &header, &rows)?;
    writeln!(
        w,
        "\nbalance = 1 - total variation distance to the UN membership's regional shares; \
         entropy = normalised Shannon entropy of the group's shares"
    )?;
    for g in groups.iter().filter(|g| !g.unassigned.is_empty()) {
        writeln!(
            w,
            "{}: without a regional group: {}",
            g.group,
            codes(&g.unassigned)
        )?;
    }
    Ok(())
}
