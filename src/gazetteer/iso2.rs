//! ISO 3166-1 alpha-2 codes of the states in [`STATES`](super::STATES), for data that
//! names states by two letters (the Voeten / `unvotes` roll-call files).
//!
//! Source: ISO 3166-1 (ISO 3166 Maintenance Agency), as the Debian `iso-codes` package
//! lists it (`iso_3166-1.json`). Only current codes: former codes a dataset keeps (such as
//! `YU` for Serbia in the roll-call data) are that dataset's quirk and are handled by its
//! reader, never here, so that "Yugoslavia" in a text does not become Serbia.

use super::{State, state_by_iso3};

/// (alpha-2, alpha-3) for every state of the gazetteer, sorted by alpha-2.
const ISO2: &[(&str, &str)] = &[
    ("AD", "AND"),
    ("AE", "ARE"),
    ("AF", "AFG"),
    ("AG", "ATG"),
    ("AL", "ALB"),
    ("AM", "ARM"),
    ("AO", "AGO"),
    ("AR", "ARG"),
    ("AT", "AUT"),
    ("AU", "AUS"),
    ("AZ", "AZE"),
    ("BA", "BIH"),
    ("BB", "BRB"),
    ("BD", "BGD"),
    ("BE", "BEL"),
    ("BF", "BFA"),
    ("BG", "BGR"),
    ("BH", "BHR"),
    ("BI", "BDI"),
    ("BJ", "BEN"),
    ("BN", "BRN"),
    ("BO", "BOL"),
    ("BR", "BRA"),
    ("BS", "BHS"),
    ("BT", "BTN"),
    ("BW", "BWA"),
    ("BY", "BLR"),
    ("BZ", "BLZ"),
    ("CA", "CAN"),
    ("CD", "COD"),
    ("CF", "CAF"),
    ("CG", "COG"),
    ("CH", "CHE"),
    ("CI", "CIV"),
    ("CL", "CHL"),
    ("CM", "CMR"),
    ("CN", "CHN"),
    ("CO", "COL"),
    ("CR", "CRI"),
    ("CU", "CUB"),
    ("CV", "CPV"),
    ("CY", "CYP"),
    ("CZ", "CZE"),
    ("DE", "DEU"),
    ("DJ", "DJI"),
    ("DK", "DNK"),
    ("DM", "DMA"),
    ("DO", "DOM"),
    ("DZ", "DZA"),
    ("EC", "ECU"),
    ("EE", "EST"),
    ("EG", "EGY"),
    ("ER", "ERI"),
    ("ES", "ESP"),
    ("ET", "ETH"),
    ("FI", "FIN"),
    ("FJ", "FJI"),
    ("FM", "FSM"),
    ("FR", "FRA"),
    ("GA", "GAB"),
    ("GB", "GBR"),
    ("GD", "GRD"),
    ("GE", "GEO"),
    ("GH", "GHA"),
    ("GM", "GMB"),
    ("GN", "GIN"),
    ("GQ", "GNQ"),
    ("GR", "GRC"),
    ("GT", "GTM"),
    ("GW", "GNB"),
    ("GY", "GUY"),
    ("HN", "HND"),
    ("HR", "HRV"),
    ("HT", "HTI"),
    ("HU", "HUN"),
    ("ID", "IDN"),
    ("IE", "IRL"),
    ("IL", "ISR"),
    ("IN", "IND"),
    ("IQ", "IRQ"),
    ("IR", "IRN"),
    ("IS", "ISL"),
    ("IT", "ITA"),
    ("JM", "JAM"),
    ("JO", "JOR"),
    ("JP", "JPN"),
    ("KE", "KEN"),
    ("KG", "KGZ"),
    ("KH", "KHM"),
    ("KI", "KIR"),
    ("KM", "COM"),
    ("KN", "KNA"),
    ("KP", "PRK"),
    ("KR", "KOR"),
    ("KW", "KWT"),
    ("KZ", "KAZ"),
    ("LA", "LAO"),
    ("LB", "LBN"),
    ("LC", "LCA"),
    ("LI", "LIE"),
    ("LK", "LKA"),
    ("LR", "LBR"),
    ("LS", "LSO"),
    ("LT", "LTU"),
    ("LU", "LUX"),
    ("LV", "LVA"),
    ("LY", "LBY"),
    ("MA", "MAR"),
    ("MC", "MCO"),
    ("MD", "MDA"),
    ("ME", "MNE"),
    ("MG", "MDG"),
    ("MH", "MHL"),
    ("MK", "MKD"),
    ("ML", "MLI"),
    ("MM", "MMR"),
    ("MN", "MNG"),
    ("MR", "MRT"),
    ("MT", "MLT"),
    ("MU", "MUS"),
    ("MV", "MDV"),
    ("MW", "MWI"),
    ("MX", "MEX"),
    ("MY", "MYS"),
    ("MZ", "MOZ"),
    ("NA", "NAM"),
    ("NE", "NER"),
    ("NG", "NGA"),
    ("NI", "NIC"),
    ("NL", "NLD"),
    ("NO", "NOR"),
    ("NP", "NPL"),
    ("NR", "NRU"),
    ("NZ", "NZL"),
    ("OM", "OMN"),
    ("PA", "PAN"),
    ("PE", "PER"),
    ("PG", "PNG"),
    ("PH", "PHL"),
    ("PK", "PAK"),
    ("PL", "POL"),
    ("PS", "PSE"),
    ("PT", "PRT"),
    ("PW", "PLW"),
    ("PY", "PRY"),
    ("QA", "QAT"),
    ("RO", "ROU"),
    ("RS", "SRB"),
    ("RU", "RUS"),
    ("RW", "RWA"),
    ("SA", "SAU"),
    ("SB", "SLB"),
    ("SC", "SYC"),
    ("SD", "SDN"),
    ("SE", "SWE"),
    ("SG", "SGP"),
    ("SI", "SVN"),
    ("SK", "SVK"),
    ("SL", "SLE"),
    ("SM", "SMR"),
    ("SN", "SEN"),
    ("SO", "SOM"),
    ("SR", "SUR"),
    ("SS", "SSD"),
    ("ST", "STP"),
    ("SV", "SLV"),
    ("SY", "SYR"),
    ("SZ", "SWZ"),
    ("TD", "TCD"),
    ("TG", "TGO"),
    ("TH", "THA"),
    ("TJ", "TJK"),
    ("TL", "TLS"),
    ("TM", "TKM"),
    ("TN", "TUN"),
    ("TO", "TON"),
    ("TR", "TUR"),
    ("TT", "TTO"),
    ("TV", "TUV"),
    ("TZ", "TZA"),
    ("UA", "UKR"),
    ("UG", "UGA"),
    ("US", "USA"),
    ("UY", "URY"),
    ("UZ", "UZB"),
    ("VA", "VAT"),
    ("VC", "VCT"),
    ("VE", "VEN"),
    ("VN", "VNM"),
    ("VU", "VUT"),
    ("WS", "WSM"),
    ("YE", "YEM"),
    ("ZA", "ZAF"),
    ("ZM", "ZMB"),
    ("ZW", "ZWE"),
];

/// Finds a state by its ISO 3166-1 alpha-2 code (any case): `BR` is Brazil, `NA` Namibia.
///
/// ```
/// use ggegraph::gazetteer::state_by_iso2;
/// assert_eq!(state_by_iso2("na").map(|s| s.iso3), Some("NAM"));
/// assert!(state_by_iso2("YU").is_none());
/// ```
pub fn state_by_iso2(code: &str) -> Option<&'static State> {
    let upper = code.to_ascii_uppercase();
    let i = ISO2
        .binary_search_by(|(a2, _)| a2.cmp(&upper.as_str()))
        .ok()?;
    state_by_iso3(ISO2[i].1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::STATES;

    #[test]
    fn every_state_has_one_alpha2_code() {
        assert!(ISO2.windows(2).all(|w| w[0].0 < w[1].0), "sorted, unique");
        assert_eq!(ISO2.len(), STATES.len());
        for state in STATES {
            let codes: Vec<_> = ISO2.iter().filter(|(_, a3)| *a3 == state.iso3).collect();
            assert_eq!(codes.len(), 1, "{}", state.iso3);
        }
    }

    #[test]
    fn alpha2_codes_find_their_states() {
        assert_eq!(state_by_iso2("US").map(|s| s.iso3), Some("USA"));
        assert_eq!(state_by_iso2("GB").map(|s| s.iso3), Some("GBR"));
        assert_eq!(state_by_iso2("RS").map(|s| s.iso3), Some("SRB"));
        assert_eq!(state_by_iso2("VA").map(|s| s.iso3), Some("VAT"));
        assert!(state_by_iso2("").is_none());
        assert!(state_by_iso2("XX").is_none());
    }
}
