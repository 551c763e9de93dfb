//! How balanced each group is across the five UN regional groups, measured against the
//! regional make-up of the UN membership (the 193 Member States of the gazetteer).
//!
//! Two indices, both in [0, 1], 1 = balanced:
//! - balance = 1 - TVD(p, q) = 1 - ½ Σ_r |p_r - q_r|, with p the group's regional shares
//!   and q the UN membership's (1 when the group mirrors the UN exactly);
//! - entropy = -Σ_r p_r ln p_r / ln 5, the normalised Shannon entropy (1 when the five
//!   regions are equally represented, whatever the UN's make-up).
//!
//! Members without a regional group (the Holy See, names kept by `--allow-unknown`) are
//! listed as unassigned and left out of the shares.

use super::memberships::Memberships;
use crate::gazetteer::{Region, STATES, state_by_iso3};
use crate::model::EntityId;
use serde::Serialize;

/// One region's place in one group.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RegionShare {
    /// Abbreviation: `AFR`, `APG`, `EEG`, `GRULAC`, `WEOG`.
    pub region: &'static str,
    /// Full name.
    pub name: &'static str,
    /// Members from the region.
    pub members: usize,
    /// `members` / members with a region (0 when none has one).
    pub share: f64,
    /// The region's share of the UN membership.
    pub un_share: f64,
    /// `share < un_share`.
    pub under_represented: bool,
}

/// One group's regional make-up.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupRegions {
    /// The group.
    pub group: EntityId,
    /// Number of members.
    pub size: usize,
    /// The five regions in display order.
    pub regions: Vec<RegionShare>,
    /// Members without a regional group, sorted.
    pub unassigned: Vec<EntityId>,
    /// 1 - total variation distance to the UN membership (`null` with no member in a
    /// region).
    pub balance: Option<f64>,
    /// Normalised Shannon entropy of the shares (`null` with no member in a region).
    pub entropy: Option<f64>,
    /// Abbreviations of regions whose share is below their UN share.
    pub under_represented: Vec<&'static str>,
}

/// The regional group of a state id, when the gazetteer gives one.
pub fn region_of(id: &EntityId) -> Option<Region> {
    id.iso3().and_then(state_by_iso3).and_then(|s| s.region)
}

/// Number of UN Member States in the gazetteer (observers excluded): the denominator of
/// [`un_shares`], and the size the report and `regions` give the UN membership.
pub fn un_member_count() -> usize {
    STATES.iter().filter(|s| !s.observer).count()
}

/// Each region's share of the UN membership (Member States only; observers excluded),
/// in [`Region::ALL`] order.
pub fn un_shares() -> [f64; 5] {
    let mut counts = [0usize; 5];
    for s in STATES.iter().filter(|s| !s.observer) {
        if let Some(r) = s.region {
            counts[region_slot(r)] += 1;
        }
    }
    let total: usize = counts.iter().sum();
    counts.map(|c| {
        if total == 0 {
            0.0
        } else {
            c as f64 / total as f64
        }
    })
}

fn region_slot(r: Region) -> usize {
    Region::ALL.iter().position(|&x| x == r).unwrap_or(0)
}

/// The regional make-up of every group of `m`, in time order.
///
/// Formula: see the module docs (balance = 1 - ½ Σ |p_r - q_r|,
/// entropy = -Σ p_r ln p_r / ln 5, under-represented when p_r < q_r).
///
/// # Errors
/// None.
///
/// # Complexity
/// O(P) gazetteer lookups (binary searches).
///
/// # Example
/// ```
/// use ggegraph::analysis::memberships::{MembershipGroup, Memberships};
/// use ggegraph::analysis::regions::regions;
/// use ggegraph::model::EntityId;
/// let rows = ["BRA", "CHN", "DEU", "RUS", "ZAF"].map(|s| (EntityId::state(s), MembershipGroup::from_id("g")));
/// let g = &regions(&Memberships::from_rows(rows))[0];
/// assert!((g.entropy.unwrap() - 1.0).abs() < 1e-12); // one member from each region
/// assert!(g.regions.iter().all(|r| r.members == 1));
/// ```
pub fn regions(m: &Memberships) -> Vec<GroupRegions> {
    let un = un_shares();
    let by_group = m.states_by_group();
    (0..m.groups.len())
        .map(|g| {
            let mut counts = [0usize; 5];
            let mut unassigned = Vec::new();
            for &s in by_group.row(g) {
                let id = &m.states[s as usize];
                match region_of(id) {
                    Some(r) => counts[region_slot(r)] += 1,
                    None => unassigned.push(id.clone()),
                }
            }
            let assigned: usize = counts.iter().sum();
            let shares = counts.map(|c| {
                if assigned == 0 {
                    0.0
                } else {
                    c as f64 / assigned as f64
                }
            });
            let regions: Vec<RegionShare> = Region::ALL
                .iter()
                .enumerate()
                .map(|(i, r)| RegionShare {
                    region: r.abbreviation(),
                    name: r.as_str(),
                    members: counts[i],
                    share: shares[i],
                    un_share: un[i],
                    under_represented: shares[i] < un[i],
                })
                .collect();
            let (balance, entropy) = if assigned == 0 {
                (None, None)
            } else {
                let tvd: f64 = shares
                    .iter()
                    .zip(&un)
                    .map(|(p, q)| (p - q).abs())
                    .sum::<f64>()
                    / 2.0;
                let h: f64 = shares
                    .iter()
                    .filter(|&&p| p > 0.0)
                    .map(|&p| -p * p.ln())
                    .sum();
                (Some(1.0 - tvd), Some(h / (Region::ALL.len() as f64).ln()))
            };
            GroupRegions {
                group: m.groups[g].id.clone(),
                size: by_group.row(g).len(),
                under_represented: regions
                    .iter()
                    .filter(|r| r.under_represented)
                    .map(|r| r.region)
                    .collect(),
                regions,
                unassigned,
                balance,
                entropy,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::memberships::MembershipGroup;

    #[test]
    fn un_shares_sum_to_one() {
        let q = un_shares();
        assert!((q.iter().sum::<f64>() - 1.0).abs() < 1e-12);
        assert!(q.iter().all(|&x| x > 0.0));
    }

    #[test]
    fn one_region_group() {
        let rows = ["FRA", "DEU", "VAT", "Atlantis"]
            .map(|s| (EntityId::state(s), MembershipGroup::from_id("g")));
        let g = &regions(&Memberships::from_rows(rows))[0];
        assert_eq!(g.size, 4);
        assert_eq!(
            g.unassigned,
            vec![EntityId::state("Atlantis"), EntityId::state("VAT")]
        );
        assert_eq!(g.entropy, Some(0.0));
        let weog = un_shares()[4];
        // all the mass on WEOG: TVD = 1 - q_WEOG
        assert!((g.balance.unwrap_or(-1.0) - weog).abs() < 1e-12);
        assert_eq!(g.under_represented, vec!["AFR", "APG", "EEG", "GRULAC"]);
    }
}
