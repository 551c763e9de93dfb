//! What a state is ([`State`], its UN [`Region`]) and finding one by its ISO3 code; the
//! rows themselves are the data table of `table.rs`.

use super::STATES;
use serde::Serialize;

/// The five UN regional groups.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum Region {
    /// African Group.
    African,
    /// Asia-Pacific Group.
    AsiaPacific,
    /// Eastern European Group.
    EasternEuropean,
    /// Latin American and Caribbean Group (GRULAC).
    LatinAmericanCaribbean,
    /// Western European and Others Group (WEOG).
    WesternEuropeanOthers,
}

impl Region {
    /// All five groups, in display order.
    pub const ALL: [Region; 5] = [
        Region::African,
        Region::AsiaPacific,
        Region::EasternEuropean,
        Region::LatinAmericanCaribbean,
        Region::WesternEuropeanOthers,
    ];

    /// The group's name: "African", "Asia-Pacific", "Eastern European",
    /// "Latin American and Caribbean", "Western European and Others".
    pub fn as_str(self) -> &'static str {
        match self {
            Region::African => "African",
            Region::AsiaPacific => "Asia-Pacific",
            Region::EasternEuropean => "Eastern European",
            Region::LatinAmericanCaribbean => "Latin American and Caribbean",
            Region::WesternEuropeanOthers => "Western European and Others",
        }
    }

    /// The usual abbreviation: "AFR", "APG", "EEG", "GRULAC", "WEOG".
    pub fn abbreviation(self) -> &'static str {
        match self {
            Region::African => "AFR",
            Region::AsiaPacific => "APG",
            Region::EasternEuropean => "EEG",
            Region::LatinAmericanCaribbean => "GRULAC",
            Region::WesternEuropeanOthers => "WEOG",
        }
    }
}

/// A UN member or observer state.
#[derive(Debug, PartialEq, Eq)]
pub struct State {
    /// ISO 3166-1 alpha-3 code.
    pub iso3: &'static str,
    /// UN short name ("Russian Federation").
    pub name: &'static str,
    /// UN formal name ("the Russian Federation").
    pub official: &'static str,
    /// Other names people write ("Russia").
    pub aliases: &'static [&'static str],
    /// UN regional group; `None` where the state sits in none (Holy See).
    pub region: Option<Region>,
    /// True for the two observer states.
    pub observer: bool,
}

/// Finds a state by its ISO 3166-1 alpha-3 code (any case), by binary search on [`STATES`].
pub fn state_by_iso3(code: &str) -> Option<&'static State> {
    let bytes = code.as_bytes();
    if bytes.len() != 3 || !bytes.iter().all(u8::is_ascii_alphabetic) {
        return None;
    }
    let upper = [
        bytes[0].to_ascii_uppercase(),
        bytes[1].to_ascii_uppercase(),
        bytes[2].to_ascii_uppercase(),
    ];
    STATES
        .binary_search_by(|s| s.iso3.as_bytes().cmp(&upper[..]))
        .ok()
        .map(|i| &STATES[i])
}
