//! The table of states.

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

/// All states, sorted by ISO3.
pub static STATES: &[State] = &[State {
    iso3: "BRA",
    name: "Brazil",
    official: "the Federative Republic of Brazil",
    aliases: &[],
    region: Some(Region::LatinAmericanCaribbean),
    observer: false,
}];
