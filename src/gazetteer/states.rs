//! The table of states: the 193 Member States of the United Nations and the two
//! non-member observer States (the Holy See and the State of Palestine).
//!
//! Sources:
//! - codes: ISO 3166-1 alpha-3 (ISO 3166 Maintenance Agency);
//! - short and formal names: UN Terminology Database (UNTERM) and the UN list of
//!   Member States, as the UN writes them ("Türkiye", "Netherlands (Kingdom of the)",
//!   "Côte d'Ivoire" with a straight apostrophe);
//! - regional groups: "United Nations Regional Groups of Member States", Department for
//!   General Assembly and Conference Management (DGACM), including its notes: Israel is a
//!   full member of the Western European and others Group (WEOG); Türkiye participates in
//!   both WEOG and the Asia-Pacific Group but counts as WEOG for electoral purposes (so
//!   WEOG here); the United States attends WEOG as an observer and counts as WEOG for
//!   electoral purposes (so WEOG here); Kiribati is listed with the Asia-Pacific States.
//!   The State of Palestine is a member of the Asia-Pacific Group; the Holy See belongs to
//!   no group.
//!
//! Aliases are what people actually write (short forms, former names, abbreviations);
//! "America" and bare "Korea" are deliberately not aliases.

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
    pub fn short(self) -> &'static str {
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

const AFR: Region = Region::African;
const APG: Region = Region::AsiaPacific;
const EEG: Region = Region::EasternEuropean;
const LAC: Region = Region::LatinAmericanCaribbean;
const WEO: Region = Region::WesternEuropeanOthers;

/// A Member State row.
const fn m(
    iso3: &'static str,
    name: &'static str,
    official: &'static str,
    aliases: &'static [&'static str],
    region: Region,
) -> State {
    State {
        iso3,
        name,
        official,
        aliases,
        region: Some(region),
        observer: false,
    }
}

/// All states, sorted by ISO3.
pub static STATES: &[State] = &[
    m(
        "AFG",
        "Afghanistan",
        "the Islamic Republic of Afghanistan",
        &["Islamic Republic of Afghanistan"],
        APG,
    ),
    m("AGO", "Angola", "the Republic of Angola", &[], AFR),
    m("ALB", "Albania", "the Republic of Albania", &[], EEG),
    m("AND", "Andorra", "the Principality of Andorra", &[], WEO),
    m(
        "ARE",
        "United Arab Emirates",
        "the United Arab Emirates",
        &["UAE", "U.A.E."],
        APG,
    ),
    m("ARG", "Argentina", "the Argentine Republic", &[], LAC),
    m("ARM", "Armenia", "the Republic of Armenia", &[], EEG),
    m(
        "ATG",
        "Antigua and Barbuda",
        "Antigua and Barbuda",
        &[],
        LAC,
    ),
    m(
        "AUS",
        "Australia",
        "Australia",
        &["Commonwealth of Australia"],
        WEO,
    ),
    m("AUT", "Austria", "the Republic of Austria", &[], WEO),
    m("AZE", "Azerbaijan", "the Republic of Azerbaijan", &[], EEG),
    m("BDI", "Burundi", "the Republic of Burundi", &[], AFR),
    m("BEL", "Belgium", "the Kingdom of Belgium", &[], WEO),
    m("BEN", "Benin", "the Republic of Benin", &[], AFR),
    m("BFA", "Burkina Faso", "Burkina Faso", &[], AFR),
    m(
        "BGD",
        "Bangladesh",
        "the People's Republic of Bangladesh",
        &[],
        APG,
    ),
    m("BGR", "Bulgaria", "the Republic of Bulgaria", &[], EEG),
    m("BHR", "Bahrain", "the Kingdom of Bahrain", &[], APG),
    m(
        "BHS",
        "Bahamas",
        "the Commonwealth of the Bahamas",
        &["The Bahamas"],
        LAC,
    ),
    m(
        "BIH",
        "Bosnia and Herzegovina",
        "Bosnia and Herzegovina",
        &["Bosnia", "Bosnia-Herzegovina"],
        EEG,
    ),
    m("BLR", "Belarus", "the Republic of Belarus", &[], EEG),
    m("BLZ", "Belize", "Belize", &[], LAC),
    m(
        "BOL",
        "Bolivia (Plurinational State of)",
        "the Plurinational State of Bolivia",
        &["Bolivia", "Plurinational State of Bolivia"],
        LAC,
    ),
    m(
        "BRA",
        "Brazil",
        "the Federative Republic of Brazil",
        &[],
        LAC,
    ),
    m("BRB", "Barbados", "Barbados", &[], LAC),
    m(
        "BRN",
        "Brunei Darussalam",
        "Brunei Darussalam",
        &["Brunei"],
        APG,
    ),
    m("BTN", "Bhutan", "the Kingdom of Bhutan", &[], APG),
    m("BWA", "Botswana", "the Republic of Botswana", &[], AFR),
    m(
        "CAF",
        "Central African Republic",
        "the Central African Republic",
        &[],
        AFR,
    ),
    m("CAN", "Canada", "Canada", &[], WEO),
    m("CHE", "Switzerland", "the Swiss Confederation", &[], WEO),
    m("CHL", "Chile", "the Republic of Chile", &[], LAC),
    m(
        "CHN",
        "China",
        "the People's Republic of China",
        &["People's Republic of China", "PRC", "P.R.C."],
        APG,
    ),
    m(
        "CIV",
        "Côte d'Ivoire",
        "the Republic of Côte d'Ivoire",
        &["Cote d'Ivoire", "Ivory Coast"],
        AFR,
    ),
    m("CMR", "Cameroon", "the Republic of Cameroon", &[], AFR),
    m(
        "COD",
        "Democratic Republic of the Congo",
        "the Democratic Republic of the Congo",
        &[
            "Democratic Republic of Congo",
            "DR Congo",
            "D.R. Congo",
            "DRC",
            "D.R.C.",
            "Congo-Kinshasa",
            "Congo Kinshasa",
            "Congo, Democratic Republic of the",
        ],
        AFR,
    ),
    m(
        "COG",
        "Congo",
        "the Republic of the Congo",
        &[
            "Republic of the Congo",
            "Republic of Congo",
            "Congo-Brazzaville",
            "Congo Brazzaville",
            "Congo Republic",
        ],
        AFR,
    ),
    m("COL", "Colombia", "the Republic of Colombia", &[], LAC),
    m(
        "COM",
        "Comoros",
        "the Union of the Comoros",
        &["Union of the Comoros", "the Comoros"],
        AFR,
    ),
    m(
        "CPV",
        "Cabo Verde",
        "the Republic of Cabo Verde",
        &["Cape Verde"],
        AFR,
    ),
    m("CRI", "Costa Rica", "the Republic of Costa Rica", &[], LAC),
    m("CUB", "Cuba", "the Republic of Cuba", &[], LAC),
    m("CYP", "Cyprus", "the Republic of Cyprus", &[], APG),
    m(
        "CZE",
        "Czechia",
        "the Czech Republic",
        &["Czech Republic"],
        EEG,
    ),
    m(
        "DEU",
        "Germany",
        "the Federal Republic of Germany",
        &[],
        WEO,
    ),
    m("DJI", "Djibouti", "the Republic of Djibouti", &[], AFR),
    m("DMA", "Dominica", "the Commonwealth of Dominica", &[], LAC),
    m("DNK", "Denmark", "the Kingdom of Denmark", &[], WEO),
    m(
        "DOM",
        "Dominican Republic",
        "the Dominican Republic",
        &[],
        LAC,
    ),
    m(
        "DZA",
        "Algeria",
        "the People's Democratic Republic of Algeria",
        &[],
        AFR,
    ),
    m("ECU", "Ecuador", "the Republic of Ecuador", &[], LAC),
    m("EGY", "Egypt", "the Arab Republic of Egypt", &[], AFR),
    m("ERI", "Eritrea", "the State of Eritrea", &[], AFR),
    m("ESP", "Spain", "the Kingdom of Spain", &[], WEO),
    m("EST", "Estonia", "the Republic of Estonia", &[], EEG),
    m(
        "ETH",
        "Ethiopia",
        "the Federal Democratic Republic of Ethiopia",
        &[],
        AFR,
    ),
    m("FIN", "Finland", "the Republic of Finland", &[], WEO),
    m("FJI", "Fiji", "the Republic of Fiji", &[], APG),
    m("FRA", "France", "the French Republic", &[], WEO),
    m(
        "FSM",
        "Micronesia (Federated States of)",
        "the Federated States of Micronesia",
        &["Micronesia", "Federated States of Micronesia"],
        APG,
    ),
    m("GAB", "Gabon", "the Gabonese Republic", &[], AFR),
    m(
        "GBR",
        "United Kingdom of Great Britain and Northern Ireland",
        "the United Kingdom of Great Britain and Northern Ireland",
        &["United Kingdom", "UK", "U.K.", "Britain", "Great Britain"],
        WEO,
    ),
    m("GEO", "Georgia", "Georgia", &[], EEG),
    m("GHA", "Ghana", "the Republic of Ghana", &[], AFR),
    m(
        "GIN",
        "Guinea",
        "the Republic of Guinea",
        &["Guinea-Conakry", "Guinea Conakry"],
        AFR,
    ),
    m(
        "GMB",
        "Gambia",
        "the Republic of the Gambia",
        &["The Gambia"],
        AFR,
    ),
    m(
        "GNB",
        "Guinea-Bissau",
        "the Republic of Guinea-Bissau",
        &["Guinea Bissau"],
        AFR,
    ),
    m(
        "GNQ",
        "Equatorial Guinea",
        "the Republic of Equatorial Guinea",
        &[],
        AFR,
    ),
    m("GRC", "Greece", "the Hellenic Republic", &[], WEO),
    m("GRD", "Grenada", "Grenada", &[], LAC),
    m("GTM", "Guatemala", "the Republic of Guatemala", &[], LAC),
    m(
        "GUY",
        "Guyana",
        "the Co-operative Republic of Guyana",
        &["Cooperative Republic of Guyana"],
        LAC,
    ),
    m("HND", "Honduras", "the Republic of Honduras", &[], LAC),
    m("HRV", "Croatia", "the Republic of Croatia", &[], EEG),
    m("HTI", "Haiti", "the Republic of Haiti", &[], LAC),
    m("HUN", "Hungary", "Hungary", &[], EEG),
    m("IDN", "Indonesia", "the Republic of Indonesia", &[], APG),
    m("IND", "India", "the Republic of India", &[], APG),
    m("IRL", "Ireland", "Ireland", &["Republic of Ireland"], WEO),
    m(
        "IRN",
        "Iran (Islamic Republic of)",
        "the Islamic Republic of Iran",
        &[
            "Iran",
            "Islamic Republic of Iran",
            "Iran, Islamic Republic of",
        ],
        APG,
    ),
    m("IRQ", "Iraq", "the Republic of Iraq", &[], APG),
    m("ISL", "Iceland", "Iceland", &[], WEO),
    m("ISR", "Israel", "the State of Israel", &[], WEO),
    m("ITA", "Italy", "the Italian Republic", &[], WEO),
    m("JAM", "Jamaica", "Jamaica", &[], LAC),
    m("JOR", "Jordan", "the Hashemite Kingdom of Jordan", &[], APG),
    m("JPN", "Japan", "Japan", &[], APG),
    m("KAZ", "Kazakhstan", "the Republic of Kazakhstan", &[], APG),
    m("KEN", "Kenya", "the Republic of Kenya", &[], AFR),
    m(
        "KGZ",
        "Kyrgyzstan",
        "the Kyrgyz Republic",
        &["Kyrgyz Republic"],
        APG,
    ),
    m("KHM", "Cambodia", "the Kingdom of Cambodia", &[], APG),
    m("KIR", "Kiribati", "the Republic of Kiribati", &[], APG),
    m(
        "KNA",
        "Saint Kitts and Nevis",
        "Saint Kitts and Nevis",
        &[
            "St Kitts and Nevis",
            "St. Kitts and Nevis",
            "Federation of Saint Kitts and Nevis",
        ],
        LAC,
    ),
    m(
        "KOR",
        "Republic of Korea",
        "the Republic of Korea",
        &["South Korea", "ROK", "R.O.K.", "Korea, Republic of"],
        APG,
    ),
    m("KWT", "Kuwait", "the State of Kuwait", &[], APG),
    m(
        "LAO",
        "Lao People's Democratic Republic",
        "the Lao People's Democratic Republic",
        &["Laos", "Lao PDR", "Lao P.D.R."],
        APG,
    ),
    m("LBN", "Lebanon", "the Lebanese Republic", &[], APG),
    m("LBR", "Liberia", "the Republic of Liberia", &[], AFR),
    m("LBY", "Libya", "the State of Libya", &[], AFR),
    m(
        "LCA",
        "Saint Lucia",
        "Saint Lucia",
        &["St Lucia", "St. Lucia"],
        LAC,
    ),
    m(
        "LIE",
        "Liechtenstein",
        "the Principality of Liechtenstein",
        &[],
        WEO,
    ),
    m(
        "LKA",
        "Sri Lanka",
        "the Democratic Socialist Republic of Sri Lanka",
        &[],
        APG,
    ),
    m("LSO", "Lesotho", "the Kingdom of Lesotho", &[], AFR),
    m("LTU", "Lithuania", "the Republic of Lithuania", &[], EEG),
    m(
        "LUX",
        "Luxembourg",
        "the Grand Duchy of Luxembourg",
        &[],
        WEO,
    ),
    m("LVA", "Latvia", "the Republic of Latvia", &[], EEG),
    m("MAR", "Morocco", "the Kingdom of Morocco", &[], AFR),
    m("MCO", "Monaco", "the Principality of Monaco", &[], WEO),
    m(
        "MDA",
        "Republic of Moldova",
        "the Republic of Moldova",
        &["Moldova", "Moldova, Republic of"],
        EEG,
    ),
    m("MDG", "Madagascar", "the Republic of Madagascar", &[], AFR),
    m("MDV", "Maldives", "the Republic of Maldives", &[], APG),
    m("MEX", "Mexico", "the United Mexican States", &[], LAC),
    m(
        "MHL",
        "Marshall Islands",
        "the Republic of the Marshall Islands",
        &[],
        APG,
    ),
    m(
        "MKD",
        "North Macedonia",
        "the Republic of North Macedonia",
        &[
            "Macedonia",
            "the former Yugoslav Republic of Macedonia",
            "Former Yugoslav Republic of Macedonia",
            "FYR Macedonia",
            "FYROM",
            "Republic of Macedonia",
        ],
        EEG,
    ),
    m("MLI", "Mali", "the Republic of Mali", &[], AFR),
    m("MLT", "Malta", "the Republic of Malta", &[], WEO),
    m(
        "MMR",
        "Myanmar",
        "the Republic of the Union of Myanmar",
        &["Burma"],
        APG,
    ),
    m("MNE", "Montenegro", "Montenegro", &[], EEG),
    m("MNG", "Mongolia", "Mongolia", &[], APG),
    m("MOZ", "Mozambique", "the Republic of Mozambique", &[], AFR),
    m(
        "MRT",
        "Mauritania",
        "the Islamic Republic of Mauritania",
        &[],
        AFR,
    ),
    m("MUS", "Mauritius", "the Republic of Mauritius", &[], AFR),
    m("MWI", "Malawi", "the Republic of Malawi", &[], AFR),
    m("MYS", "Malaysia", "Malaysia", &[], APG),
    m("NAM", "Namibia", "the Republic of Namibia", &[], AFR),
    m("NER", "Niger", "the Republic of the Niger", &[], AFR),
    m(
        "NGA",
        "Nigeria",
        "the Federal Republic of Nigeria",
        &[],
        AFR,
    ),
    m("NIC", "Nicaragua", "the Republic of Nicaragua", &[], LAC),
    m(
        "NLD",
        "Netherlands (Kingdom of the)",
        "the Kingdom of the Netherlands",
        &["Netherlands", "The Netherlands"],
        WEO,
    ),
    m("NOR", "Norway", "the Kingdom of Norway", &[], WEO),
    m(
        "NPL",
        "Nepal",
        "the Federal Democratic Republic of Nepal",
        &[],
        APG,
    ),
    m("NRU", "Nauru", "the Republic of Nauru", &[], APG),
    m("NZL", "New Zealand", "New Zealand", &[], WEO),
    m("OMN", "Oman", "the Sultanate of Oman", &[], APG),
    m(
        "PAK",
        "Pakistan",
        "the Islamic Republic of Pakistan",
        &[],
        APG,
    ),
    m("PAN", "Panama", "the Republic of Panama", &[], LAC),
    m("PER", "Peru", "the Republic of Peru", &[], LAC),
    m(
        "PHL",
        "Philippines",
        "the Republic of the Philippines",
        &["The Philippines"],
        APG,
    ),
    m("PLW", "Palau", "the Republic of Palau", &[], APG),
    m(
        "PNG",
        "Papua New Guinea",
        "the Independent State of Papua New Guinea",
        &[],
        APG,
    ),
    m("POL", "Poland", "the Republic of Poland", &[], EEG),
    m(
        "PRK",
        "Democratic People's Republic of Korea",
        "the Democratic People's Republic of Korea",
        &[
            "North Korea",
            "DPRK",
            "D.P.R.K.",
            "DPR Korea",
            "D.P.R. Korea",
            "Korea, Democratic People's Republic of",
        ],
        APG,
    ),
    m("PRT", "Portugal", "the Portuguese Republic", &[], WEO),
    m("PRY", "Paraguay", "the Republic of Paraguay", &[], LAC),
    State {
        iso3: "PSE",
        name: "State of Palestine",
        official: "the State of Palestine",
        aliases: &["Palestine"],
        region: Some(APG),
        observer: true,
    },
    m("QAT", "Qatar", "the State of Qatar", &[], APG),
    m("ROU", "Romania", "Romania", &[], EEG),
    m(
        "RUS",
        "Russian Federation",
        "the Russian Federation",
        &["Russia"],
        EEG,
    ),
    m("RWA", "Rwanda", "the Republic of Rwanda", &[], AFR),
    m(
        "SAU",
        "Saudi Arabia",
        "the Kingdom of Saudi Arabia",
        &["KSA"],
        APG,
    ),
    m(
        "SDN",
        "Sudan",
        "the Republic of the Sudan",
        &["The Sudan"],
        AFR,
    ),
    m("SEN", "Senegal", "the Republic of Senegal", &[], AFR),
    m("SGP", "Singapore", "the Republic of Singapore", &[], APG),
    m("SLB", "Solomon Islands", "Solomon Islands", &[], APG),
    m(
        "SLE",
        "Sierra Leone",
        "the Republic of Sierra Leone",
        &[],
        AFR,
    ),
    m(
        "SLV",
        "El Salvador",
        "the Republic of El Salvador",
        &[],
        LAC,
    ),
    m("SMR", "San Marino", "the Republic of San Marino", &[], WEO),
    m(
        "SOM",
        "Somalia",
        "the Federal Republic of Somalia",
        &[],
        AFR,
    ),
    m("SRB", "Serbia", "the Republic of Serbia", &[], EEG),
    m(
        "SSD",
        "South Sudan",
        "the Republic of South Sudan",
        &[],
        AFR,
    ),
    m(
        "STP",
        "Sao Tome and Principe",
        "the Democratic Republic of Sao Tome and Principe",
        &["São Tomé and Príncipe", "Sao Tome"],
        AFR,
    ),
    m(
        "SUR",
        "Suriname",
        "the Republic of Suriname",
        &["Surinam"],
        LAC,
    ),
    m(
        "SVK",
        "Slovakia",
        "the Slovak Republic",
        &["Slovak Republic"],
        EEG,
    ),
    m("SVN", "Slovenia", "the Republic of Slovenia", &[], EEG),
    m("SWE", "Sweden", "the Kingdom of Sweden", &[], WEO),
    m(
        "SWZ",
        "Eswatini",
        "the Kingdom of Eswatini",
        &["Swaziland", "Kingdom of Swaziland"],
        AFR,
    ),
    m("SYC", "Seychelles", "the Republic of Seychelles", &[], AFR),
    m(
        "SYR",
        "Syrian Arab Republic",
        "the Syrian Arab Republic",
        &["Syria"],
        APG,
    ),
    m("TCD", "Chad", "the Republic of Chad", &[], AFR),
    m("TGO", "Togo", "the Togolese Republic", &[], AFR),
    m("THA", "Thailand", "the Kingdom of Thailand", &[], APG),
    m("TJK", "Tajikistan", "the Republic of Tajikistan", &[], APG),
    m("TKM", "Turkmenistan", "Turkmenistan", &[], APG),
    m(
        "TLS",
        "Timor-Leste",
        "the Democratic Republic of Timor-Leste",
        &["East Timor", "Timor Leste"],
        APG,
    ),
    m("TON", "Tonga", "the Kingdom of Tonga", &[], APG),
    m(
        "TTO",
        "Trinidad and Tobago",
        "the Republic of Trinidad and Tobago",
        &[],
        LAC,
    ),
    m("TUN", "Tunisia", "the Republic of Tunisia", &[], AFR),
    m(
        "TUR",
        "Türkiye",
        "the Republic of Türkiye",
        &["Turkey", "Turkiye", "Republic of Turkey"],
        WEO,
    ),
    m("TUV", "Tuvalu", "Tuvalu", &[], APG),
    m(
        "TZA",
        "United Republic of Tanzania",
        "the United Republic of Tanzania",
        &["Tanzania", "Tanzania, United Republic of"],
        AFR,
    ),
    m("UGA", "Uganda", "the Republic of Uganda", &[], AFR),
    m("UKR", "Ukraine", "Ukraine", &[], EEG),
    m(
        "URY",
        "Uruguay",
        "the Eastern Republic of Uruguay",
        &["Oriental Republic of Uruguay"],
        LAC,
    ),
    m(
        "USA",
        "United States of America",
        "the United States of America",
        &["United States", "US", "U.S.", "USA", "U.S.A."],
        WEO,
    ),
    m("UZB", "Uzbekistan", "the Republic of Uzbekistan", &[], APG),
    State {
        iso3: "VAT",
        name: "Holy See",
        official: "the Holy See",
        aliases: &["Vatican", "Vatican City", "Vatican City State"],
        region: None,
        observer: true,
    },
    m(
        "VCT",
        "Saint Vincent and the Grenadines",
        "Saint Vincent and the Grenadines",
        &[
            "St Vincent and the Grenadines",
            "St. Vincent and the Grenadines",
            "Saint Vincent",
        ],
        LAC,
    ),
    m(
        "VEN",
        "Venezuela (Bolivarian Republic of)",
        "the Bolivarian Republic of Venezuela",
        &["Venezuela", "Bolivarian Republic of Venezuela"],
        LAC,
    ),
    m(
        "VNM",
        "Viet Nam",
        "the Socialist Republic of Viet Nam",
        &["Vietnam", "Socialist Republic of Vietnam"],
        APG,
    ),
    m("VUT", "Vanuatu", "the Republic of Vanuatu", &[], APG),
    m("WSM", "Samoa", "the Independent State of Samoa", &[], APG),
    m("YEM", "Yemen", "the Republic of Yemen", &[], APG),
    m(
        "ZAF",
        "South Africa",
        "the Republic of South Africa",
        &[],
        AFR,
    ),
    m("ZMB", "Zambia", "the Republic of Zambia", &[], AFR),
    m("ZWE", "Zimbabwe", "the Republic of Zimbabwe", &[], AFR),
];

#[cfg(test)]
mod tests {
    use super::*;

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
        let short: Vec<&str> = Region::ALL.iter().map(|r| r.short()).collect();
        assert_eq!(short, ["AFR", "APG", "EEG", "GRULAC", "WEOG"]);
    }
}
