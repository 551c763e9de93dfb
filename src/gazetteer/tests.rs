//! Tests of the gazetteer: the state table's soundness, [`lookup`] and the matcher.

use super::lookup::build_index;
use super::matcher::{MAX_TITLE, TITLES, pattern_table};
use super::*;
use std::sync::OnceLock;

fn iso(name: &str) -> Option<&'static str> {
    lookup(name).map(|s| s.iso3)
}

/// (matched text, ISO3 or "?name" for an ambiguous mention) for every mention.
fn found(text: &str) -> Vec<(String, String)> {
    static MATCHER: OnceLock<StateMatcher> = OnceLock::new();
    MATCHER
        .get_or_init(StateMatcher::new)
        .find_all(text)
        .into_iter()
        .map(|m| {
            let what = match m.resolution {
                MentionResolution::State(s) => s.iso3.to_string(),
                MentionResolution::Ambiguous(n) => format!("?{n}"),
            };
            (text[m.start..m.end].to_string(), what)
        })
        .collect()
}

fn codes(text: &str) -> Vec<String> {
    found(text).into_iter().map(|(_, c)| c).collect()
}

#[test]
fn no_name_claimed_by_two_states() {
    let (_, index_collisions) = build_index();
    assert!(index_collisions.is_empty(), "{index_collisions:?}");
    let (patterns, info, collisions) = pattern_table();
    assert!(collisions.is_empty(), "{collisions:?}");
    assert_eq!(patterns.len(), info.len());
}

#[test]
fn titles_are_short_capitalised_letters_and_dots() {
    for t in TITLES {
        assert!(t.len() <= MAX_TITLE, "{t}");
        assert!(t.as_bytes()[0].is_ascii_uppercase(), "{t}");
        assert!(
            t.bytes().all(|b| b.is_ascii_alphabetic() || b == b'.'),
            "{t}"
        );
    }
    assert_eq!(
        codes("etc.Mr Jordan, 5Mr Jordan, xMr Jordan"),
        ["JOR", "JOR"]
    );
}

#[test]
fn every_name_looks_up_its_own_state() {
    for s in STATES {
        for name in [s.iso3, s.name, s.official].iter().chain(s.aliases) {
            assert_eq!(iso(name), Some(s.iso3), "{name}");
            assert_eq!(iso(&name.to_uppercase()), Some(s.iso3), "{name}");
            assert_eq!(iso(&name.to_lowercase()), Some(s.iso3), "{name}");
        }
    }
}

#[test]
fn every_name_is_found_in_text() {
    for s in STATES {
        for name in [s.name, s.official].iter().chain(s.aliases) {
            let text = format!("Statement by {name}, on behalf of others.");
            assert_eq!(codes(&text), [s.iso3], "{text}");
        }
    }
}

/// Other names of states, each with the code it must resolve to.
const ALIASES: [(&str, &str); 58] = [
    ("Russia", "RUS"),
    ("PRC", "CHN"),
    ("People's Republic of China", "CHN"),
    ("South Korea", "KOR"),
    ("ROK", "KOR"),
    ("North Korea", "PRK"),
    ("DPRK", "PRK"),
    ("Iran", "IRN"),
    ("Islamic Republic of Iran", "IRN"),
    ("Vietnam", "VNM"),
    ("Viet Nam", "VNM"),
    ("Turkey", "TUR"),
    ("Turkiye", "TUR"),
    ("Türkiye", "TUR"),
    ("Ivory Coast", "CIV"),
    ("Cote d'Ivoire", "CIV"),
    ("Côte d’Ivoire", "CIV"),
    ("Czech Republic", "CZE"),
    ("Swaziland", "SWZ"),
    ("Macedonia", "MKD"),
    ("the former Yugoslav Republic of Macedonia", "MKD"),
    ("Burma", "MMR"),
    ("Laos", "LAO"),
    ("Lao PDR", "LAO"),
    ("Syria", "SYR"),
    ("Bolivia", "BOL"),
    ("Venezuela", "VEN"),
    ("Tanzania", "TZA"),
    ("Moldova", "MDA"),
    ("Palestine", "PSE"),
    ("Vatican", "VAT"),
    ("Holy See", "VAT"),
    ("Cape Verde", "CPV"),
    ("East Timor", "TLS"),
    ("Timor Leste", "TLS"),
    ("Brunei", "BRN"),
    ("Micronesia", "FSM"),
    ("Congo", "COG"),
    ("Republic of the Congo", "COG"),
    ("Congo-Brazzaville", "COG"),
    ("DR Congo", "COD"),
    ("DRC", "COD"),
    ("Democratic Republic of the Congo", "COD"),
    ("Congo-Kinshasa", "COD"),
    ("The Gambia", "GMB"),
    ("Gambia", "GMB"),
    ("The Bahamas", "BHS"),
    ("UAE", "ARE"),
    ("St Kitts and Nevis", "KNA"),
    ("St. Kitts & Nevis", "KNA"),
    ("Saint Kitts and Nevis", "KNA"),
    ("Netherlands", "NLD"),
    ("the Netherlands", "NLD"),
    ("Netherlands (Kingdom of the)", "NLD"),
    ("Guinea", "GIN"),
    ("Guinea Bissau", "GNB"),
    ("Sao Tome and Principe", "STP"),
    ("São Tomé and Príncipe", "STP"),
];

#[test]
fn lookup_codes_and_aliases() {
    assert_eq!(iso("bra"), Some("BRA"));
    assert_eq!(iso("USA"), Some("USA"));
    for us in [
        "United States",
        "US",
        "U.S.",
        "USA",
        "U.S.A.",
        "United States of America",
        "the United States",
    ] {
        assert_eq!(iso(us), Some("USA"), "{us}");
    }
    assert_eq!(iso("America"), None);
    for uk in ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain"] {
        assert_eq!(iso(uk), Some("GBR"), "{uk}");
    }
    for (name, code) in ALIASES {
        assert_eq!(iso(name), Some(code), "{name}");
    }
}

#[test]
fn lookup_folds_case_accents_dots_the_and_whitespace() {
    assert_eq!(iso("  the   russian\tfederation "), Some("RUS"));
    assert_eq!(iso("THE GAMBIA"), Some("GMB"));
    assert_eq!(iso("u.s."), Some("USA"));
    assert_eq!(iso("TURKİYE"), Some("TUR"));
    assert_eq!(iso("Democratic People’s Republic of Korea"), Some("PRK"));
    assert_eq!(iso("lao people's democratic republic"), Some("LAO"));
    assert_eq!(iso("Korea"), None);
    assert_eq!(iso("Northern Ireland"), None);
    assert_eq!(iso(""), None);
    assert_eq!(iso("the"), None);
}

/// Names split across a line break: normalisation (whitespace runs, a newline
/// included, become one space) is what joins them; `lookup` folds whitespace itself.
#[test]
fn names_split_across_lines() {
    let raw = "the United Kingdom of Great\nBritain and Northern Ireland and the Lao\nPeople's Democratic Republic";
    assert_eq!(
        iso("United Kingdom of Great\nBritain and Northern Ireland"),
        Some("GBR")
    );
    let normalised = raw.replace('\n', " ");
    assert_eq!(codes(&normalised), ["GBR", "LAO"]);
    assert_eq!(
        found(&normalised)[0].0,
        "United Kingdom of Great Britain and Northern Ireland"
    );
}

#[test]
fn word_boundaries() {
    assert_eq!(codes("Nigerian experts"), Vec::<String>::new());
    assert_eq!(codes("the Dominican delegation"), Vec::<String>::new());
    assert_eq!(codes("Romania and a woman"), ["ROU"]);
    assert_eq!(codes("Somalia"), ["SOM"]);
    assert_eq!(codes("Chadian officials"), Vec::<String>::new());
    assert_eq!(codes("Indian and Israeli experts"), Vec::<String>::new());
    assert_eq!(codes("THE WOMAN FROM OMAN"), ["OMN"]);
    assert_eq!(codes("Nigeria and Niger"), ["NGA", "NER"]);
    assert_eq!(codes("Niger, Nigeria, Nigerien"), ["NER", "NGA"]);
    assert_eq!(codes("Brazil2 x2Brazil"), Vec::<String>::new());
}

#[test]
fn longest_name_wins() {
    let text = "Guinea-Bissau, Papua New Guinea, Equatorial Guinea and Guinea; the \
        Democratic Republic of the Congo, the Republic of the Congo and Congo; South \
        Sudan and Sudan; the Dominican Republic and Dominica.";
    assert_eq!(
        found(text),
        [
            ("Guinea-Bissau", "GNB"),
            ("Papua New Guinea", "PNG"),
            ("Equatorial Guinea", "GNQ"),
            ("Guinea", "GIN"),
            ("Democratic Republic of the Congo", "COD"),
            ("Republic of the Congo", "COG"),
            ("Congo", "COG"),
            ("South Sudan", "SSD"),
            ("Sudan", "SDN"),
            ("Dominican Republic", "DOM"),
            ("Dominica", "DMA"),
        ]
        .map(|(a, b)| (a.to_string(), b.to_string()))
    );
    assert_eq!(
        codes("the Republic of Korea and the Democratic People's Republic of Korea"),
        ["KOR", "PRK"]
    );
    assert_eq!(codes("Democratic People’s Republic of Korea"), ["PRK"]);
    assert_eq!(
        codes("Guinea\u{2011}Bissau and Timor\u{2010}Leste"),
        ["GNB", "TLS"]
    );
    assert_eq!(
        codes("Bosnia & Herzegovina, St. Lucia, St Lucia"),
        ["BIH", "LCA", "LCA"]
    );
}

#[test]
fn us_is_not_the_word_us() {
    assert_eq!(
        codes("Let us thank the US and the U.S.A. delegations"),
        ["USA", "USA"]
    );
    assert_eq!(codes("This was proposed by the U.S."), ["USA"]);
    assert_eq!(found("by the U.S.")[0].0, "U.S.");
    assert_eq!(codes("The U.S. delegation and the UK."), ["USA", "GBR"]);
    assert_eq!(
        codes("US$ 5 million and US$5 and 3 US dollars"),
        Vec::<String>::new()
    );
    assert_eq!(codes("LET US AGREE. US POSITION"), ["USA"]);
    assert_eq!(codes("the USSR and USD"), Vec::<String>::new());
}

#[test]
fn typed_korea_is_ambiguous_not_unknown() {
    for name in ["Korea", "korea", " KOREA ", "the Korea"] {
        assert_eq!(ambiguous(name), Some(&["KOR", "PRK"][..]), "{name}");
        let err = resolve(name).expect_err(name);
        assert!(matches!(err, LookupError::Ambiguous { .. }), "{name}");
        assert!(err.to_string().contains("KOR or PRK"), "{err}");
    }
    assert!(matches!(
        resolve("Atlantis"),
        Err(LookupError::Unknown { .. })
    ));
    assert_eq!(resolve("South Korea").map(|s| s.iso3), Ok("KOR"));
    assert_eq!(resolve("prk").map(|s| s.iso3), Ok("PRK"));
}

#[test]
fn bare_korea_is_ambiguous() {
    assert_eq!(
        codes("Korea, South Korea, North Korea, DPRK, Korea's and Korean"),
        ["?Korea", "KOR", "PRK", "PRK", "?Korea"]
    );
    assert_eq!(codes("Congo"), ["COG"]);
    assert_eq!(codes("Guinea"), ["GIN"]);
}

#[test]
fn personal_titles_are_people() {
    assert_eq!(
        codes("Ms. Georgia Holmes and Mr. Jordan Smith"),
        Vec::<String>::new()
    );
    assert_eq!(codes("Ambassador Georgia Lee"), Vec::<String>::new());
    assert_eq!(
        codes("Mr Chad Brown, Dr. Jordan, H.E. Georgia, President Jordan"),
        Vec::<String>::new()
    );
    assert_eq!(codes("MR. JORDAN and Mr.Jordan"), Vec::<String>::new());
    assert_eq!(codes("experts from Georgia and Jordan"), ["GEO", "JOR"]);
    assert_eq!(codes("the President of Georgia"), ["GEO"]);
    assert_eq!(codes("the Mrs Jordan; Georgia"), ["GEO"]);
}

#[test]
fn possessives_and_capitals() {
    assert_eq!(codes("Brazil's and Brazil’s position"), ["BRA", "BRA"]);
    assert_eq!(
        codes("BRAZIL; TÜRKIYE; COTE D'IVOIRE"),
        ["BRA", "TUR", "CIV"]
    );
    assert_eq!(codes("brazil"), Vec::<String>::new());
    assert_eq!(
        codes("the Netherlands and Netherlands (Kingdom of the)"),
        ["NLD", "NLD"]
    );
    assert_eq!(codes("Turkey, Türkiye, Turkiye"), ["TUR", "TUR", "TUR"]);
}

#[test]
fn blocked_phrases_are_not_states() {
    assert_eq!(codes("Northern Ireland and Ireland"), ["IRL"]);
    assert_eq!(codes("the Gulf of Guinea"), Vec::<String>::new());
    assert_eq!(codes("the South China Sea; China"), ["CHN"]);
    assert_eq!(codes("America and Latin America"), Vec::<String>::new());
    assert_eq!(
        codes("the Congo River, the River Niger, the Gulf of Mexico; Congo"),
        ["COG"]
    );
}

#[test]
fn offsets_are_byte_offsets_in_order() {
    let text = "Côte d’Ivoire then Türkiye";
    let m = StateMatcher::new().find_all(text);
    assert_eq!(m.len(), 2);
    assert_eq!(&text[m[0].start..m[0].end], "Côte d’Ivoire");
    assert_eq!(&text[m[1].start..m[1].end], "Türkiye");
    assert!(m[0].end <= m[1].start);
    assert!(StateMatcher::default().find_all("").is_empty());
}
