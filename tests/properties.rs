//! Property tests: the escaping functions on any text, and co-membership against the
//! naive count.

use ggegraph::analysis::comembership::{
    Strategy as Projection, Weight, comembership_with, shared_groups,
};
use ggegraph::analysis::memberships::{MembershipGroup, Memberships};
use ggegraph::export::csv::neutralise_formula;
use ggegraph::model::{Claim, Entity, EntityId, EntityKind, Provenance, Relation, Status};
use ggegraph::report::esc;
use proptest::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

/// Text rich in the characters every output format treats specially.
fn hostile_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC*",
        "[\"'<>&\\]\\[{}=+@\\-\t\r\n\\\\;|!]*",
        any::<String>(),
    ]
}

/// An export writer into memory.
type Writer = fn(&ggegraph::graph::Graph, &mut Vec<u8>) -> std::io::Result<()>;

/// Reads back what [`esc`] wrote.
fn unescape_html(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn html_escape_leaves_no_markup_and_reads_back(text in hostile_text()) {
        let html = esc(&text);
        prop_assert!(!html.contains(['<', '>', '"', '\'']), "{html}");
        for (i, _) in html.match_indices('&') {
            let rest = &html[i..];
            prop_assert!(
                ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"].iter().any(|e| rest.starts_with(e)),
                "bare & in {html}"
            );
        }
        let expected: String = text
            .chars()
            .map(|c| if c.is_control() && c != '\n' && c != '\t' { '\u{FFFD}' } else { c })
            .collect();
        prop_assert_eq!(unescape_html(&html), expected);
    }

    #[test]
    fn csv_cells_never_start_a_formula(text in hostile_text()) {
        let cell = neutralise_formula(&text);
        let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
        prop_assert!(!risky || cell.parse::<f64>().is_ok(), "{cell:?}");
        prop_assert!(cell == text || cell.strip_prefix('\'') == Some(text.as_str()));
        // Through the csv crate and back: quotes, commas and line breaks survive.
        let mut w = csv::Writer::from_writer(Vec::new());
        w.write_record([cell.as_ref(), "x"]).expect("write");
        let bytes = w.into_inner().expect("flush");
        let mut r = csv::ReaderBuilder::new().has_headers(false).from_reader(&bytes[..]);
        let record = r.records().next().expect("one record").expect("valid");
        prop_assert_eq!(&record[0], cell.as_ref());
    }

    #[test]
    fn graphml_and_gexf_carry_any_name(name in hostile_text(), sentence in hostile_text()) {
        let graph = ggegraph::graph::Graph::new(vec![Entity { id: EntityId::from("person:x"), kind: EntityKind::Person, name: name.clone() }], ggegraph::model::ClaimSet::from_claims(vec![Claim {
                subject: EntityId::from("person:x"),
                relation: Relation::Chairs,
                object: EntityId::from("gge-2014-2015").into(),
                provenance: Provenance {
                    document: name.clone().into(),
                    page: None,
                    line: 1,
                    column: 1,
                    text: sentence.clone().into(),
                    status: Status::Stated,
                    rule: "",
                },
            }]));
        let xml_safe = |s: &str| -> String {
            s.chars()
                .map(|c| match c {
                    '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'.. => c,
                    _ => '\u{FFFD}',
                })
                .collect()
        };
        let writers: [Writer; 2] =
            [ggegraph::export::graphml::write, ggegraph::export::gexf::write];
        for write in writers {
            let mut out = Vec::new();
            write(&graph, &mut out).expect("write");
            let text = String::from_utf8(out).expect("UTF-8");
            let values = xml_values(&text).map_err(TestCaseError::fail)?;
            let want = xml_safe(&name);
            prop_assert!(values.contains(&want), "{want:?} not in {values:?}");
        }
    }
}

/// Every attribute value and text node of a document, decoded; an error if it is not
/// well-formed.
fn xml_values(text: &str) -> Result<Vec<String>, String> {
    use quick_xml::XmlVersion;
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(text);
    reader.config_mut().check_end_names = true;
    let mut values = Vec::new();
    let mut current = String::new();
    loop {
        match reader.read_event().map_err(|e| format!("{e}: {text}"))? {
            Event::Eof => break,
            Event::Text(t) => current.push_str(&t.xml_content(XmlVersion::Implicit1_0)),
            Event::GeneralRef(r) => {
                if let Some(c) = r.resolve_char_ref().map_err(|e| e.to_string())? {
                    current.push(c);
                    continue;
                }
                let name = r.xml_content(XmlVersion::Implicit1_0);
                current.push_str(match name.as_ref() {
                    "lt" => "<",
                    "gt" => ">",
                    "amp" => "&",
                    "quot" => "\"",
                    "apos" => "'",
                    other => return Err(format!("unknown entity {other}")),
                });
            }
            Event::End(_) => values.push(std::mem::take(&mut current)),
            Event::Start(e) | Event::Empty(e) => {
                current.clear();
                for a in e.attributes() {
                    let a = a.map_err(|e| e.to_string())?;
                    values.push(
                        a.normalized_value(XmlVersion::Implicit1_0)
                            .map_err(|e| e.to_string())?
                            .into_owned(),
                    );
                }
            }
            _ => {}
        }
    }
    Ok(values)
}

/// Memberships as (state, group) index pairs.
fn memberships() -> impl Strategy<Value = Vec<(u8, u8)>> {
    proptest::collection::vec((0u8..30, 0u8..8), 0..120)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn comembership_is_symmetric_and_equals_the_naive_count(rows in memberships()) {
        let m = Memberships::from_rows(rows.iter().map(|&(s, g)| {
            (EntityId::state(&format!("S{s:02}")), MembershipGroup::from_id(&format!("g{g}")))
        }));
        // Naive: the groups of each state, by id, then every pair.
        let mut groups_of: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for &(s, g) in &rows {
            groups_of.entry(format!("state:S{s:02}")).or_default().insert(format!("g{g}"));
        }
        let mut naive: BTreeMap<(String, String), usize> = BTreeMap::new();
        for (a, ga) in &groups_of {
            for (b, gb) in &groups_of {
                let shared = ga.intersection(gb).count();
                if a != b && shared > 0 {
                    naive.insert((a.clone(), b.clone()), shared);
                }
            }
        }
        let by_state = m.groups_by_state();
        for strategy in [Projection::DenseMatrix, Projection::Rows, Projection::Auto] {
            let edges = comembership_with(&m, Weight::Count, strategy);
            let mut got: BTreeMap<(String, String), usize> = BTreeMap::new();
            for e in &edges {
                prop_assert!(e.source < e.target);
                let (a, b) = (m.states[e.source as usize].as_str(), m.states[e.target as usize].as_str());
                prop_assert!((e.weight - f64::from(e.shared)).abs() < 1e-12);
                prop_assert_eq!(
                    shared_groups(&by_state, e.source, e.target),
                    shared_groups(&by_state, e.target, e.source)
                );
                got.insert((a.to_string(), b.to_string()), e.shared as usize);
                got.insert((b.to_string(), a.to_string()), e.shared as usize);
            }
            prop_assert_eq!(&got, &naive);
        }
    }
}
