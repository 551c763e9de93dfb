//! Tests of the state table: counts, order, regional groups, names, and the ISO3 search.

use super::*;
use crate::gazetteer::state_by_iso3;

fn count(region: Option<Region>, observer: bool) -> usize {
    STATES
        .iter()
        .filter(|s| s.region == region && s.observer == observer)
        .count()
}

#[test]
fn table_has_193_members_and_2_observers() {
    assert_eq!(STATES.len(), 195);
    assert_eq!(STATES.iter().filter(|s| !s.observer).count(), 193);
    let observers: Vec<&str> = STATES
        .iter()
        .filter(|s| s.observer)
        .map(|s| s.iso3)
        .collect();
    assert_eq!(observers, ["PSE", "VAT"]);
}

#[test]
fn sorted_by_iso3_and_well_formed() {
    for pair in STATES.windows(2) {
        assert!(
            pair[0].iso3 < pair[1].iso3,
            "{} / {}",
            pair[0].iso3,
            pair[1].iso3
        );
    }
    for s in STATES {
        assert!(
            s.iso3.len() == 3 && s.iso3.bytes().all(|b| b.is_ascii_uppercase()),
            "{}",
            s.iso3
        );
        for name in [s.name, s.official].iter().chain(s.aliases) {
            assert!(
                !name.is_empty() && name.trim() == *name,
                "{}: {name:?}",
                s.iso3
            );
            assert!(!name.contains("  ") && !name.contains('\u{2019}'), "{name}");
        }
    }
    let mut names: Vec<&str> = STATES.iter().map(|s| s.name).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), STATES.len());
}

/// Counts per UN regional group, Member States only. The DGACM list prints the
/// Asia-Pacific Group with Kiribati (older counts of "53" leave Kiribati out) and
/// marks Türkiye, which counts as WEOG for electoral purposes and is WEOG here; the
/// United States is an observer in WEOG but counts as WEOG for electoral purposes
/// (28 + 1). 54 + 54 + 23 + 33 + 29 = 193.
#[test]
fn regional_group_counts() {
    assert_eq!(count(Some(Region::African), false), 54);
    assert_eq!(count(Some(Region::AsiaPacific), false), 54);
    assert_eq!(count(Some(Region::EasternEuropean), false), 23);
    assert_eq!(count(Some(Region::LatinAmericanCaribbean), false), 33);
    assert_eq!(count(Some(Region::WesternEuropeanOthers), false), 29);
    assert_eq!(count(None, false), 0);
    // Observers: the State of Palestine sits in the Asia-Pacific Group, the Holy See
    // in none.
    assert_eq!(count(Some(Region::AsiaPacific), true), 1);
    assert_eq!(count(None, true), 1);
}

#[test]
fn special_regional_placements() {
    let region = |code| state_by_iso3(code).and_then(|s| s.region);
    for code in ["ISR", "TUR", "USA", "AUS", "NZL", "CAN", "GBR", "NLD"] {
        assert_eq!(region(code), Some(Region::WesternEuropeanOthers), "{code}");
    }
    for code in ["KIR", "CYP", "PSE", "JPN", "SAU", "KAZ"] {
        assert_eq!(region(code), Some(Region::AsiaPacific), "{code}");
    }
    for code in ["EST", "LVA", "LTU", "RUS", "GEO", "MDA"] {
        assert_eq!(region(code), Some(Region::EasternEuropean), "{code}");
    }
    for code in ["MEX", "BRA", "CUB", "KNA"] {
        assert_eq!(region(code), Some(Region::LatinAmericanCaribbean), "{code}");
    }
    for code in ["ZAF", "EGY", "SSD", "CPV"] {
        assert_eq!(region(code), Some(Region::African), "{code}");
    }
    assert_eq!(region("VAT"), None);
    assert!(state_by_iso3("VAT").is_some());
}

#[test]
fn un_short_names() {
    let name = |code| state_by_iso3(code).map(|s| s.name);
    assert_eq!(name("BOL"), Some("Bolivia (Plurinational State of)"));
    assert_eq!(name("NLD"), Some("Netherlands (Kingdom of the)"));
    assert_eq!(name("TUR"), Some("Türkiye"));
    assert_eq!(name("CIV"), Some("Côte d'Ivoire"));
    assert_eq!(name("VNM"), Some("Viet Nam"));
    assert_eq!(name("PRK"), Some("Democratic People's Republic of Korea"));
    assert_eq!(name("COG"), Some("Congo"));
    assert_eq!(name("PSE"), Some("State of Palestine"));
}

#[test]
fn iso3_binary_search_any_case() {
    for s in STATES {
        assert_eq!(state_by_iso3(s.iso3).map(|t| t.iso3), Some(s.iso3));
        assert_eq!(
            state_by_iso3(&s.iso3.to_ascii_lowercase()).map(|t| t.iso3),
            Some(s.iso3)
        );
    }
    assert_eq!(state_by_iso3("bRa").map(|s| s.name), Some("Brazil"));
    for bad in ["", "BR", "BRAZ", "XXX", "B1A", "ÉTA"] {
        assert!(state_by_iso3(bad).is_none(), "{bad}");
    }
}

#[test]
fn region_names() {
    let long: Vec<&str> = Region::ALL.iter().map(|r| r.as_str()).collect();
    assert_eq!(
        long,
        [
            "African",
            "Asia-Pacific",
            "Eastern European",
            "Latin American and Caribbean",
            "Western European and Others"
        ]
    );
    let short: Vec<&str> = Region::ALL.iter().map(|r| r.abbreviation()).collect();
    assert_eq!(short, ["AFR", "APG", "EEG", "GRULAC", "WEOG"]);
}
