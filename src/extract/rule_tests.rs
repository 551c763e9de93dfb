//! The tests every pattern and rule of the extractor passes: folded patterns match as
//! their case-insensitive sources do, and every rule reads its examples and none of its
//! negatives.

use super::tests::doc;
use super::*;
use crate::documents::Format;

/// Folding (matching a lower-cased pattern on the lower-cased sentence) must find exactly
/// what the `(?i)` pattern finds on the sentence as written: same spans, same groups.
/// Checked on every sentence of the bundled corpus and on mixed-case, accented and
/// non-Latin text.
#[test]
fn folded_patterns_match_like_case_insensitive_ones() {
    use super::pattern::{AnyPattern, CasedText};
    let mut sentences: Vec<String> = crate::documents::bundled()
        .iter()
        .flat_map(|d| {
            d.sentences
                .iter()
                .map(|s| d.sentence_text(s).to_string())
                .collect::<Vec<_>>()
        })
        .collect();
    sentences.extend(
        [
            "THE SIXTH GGE, Established By Resolution 73/266, Adopted Its REPORT By Consensus.",
            "Norm 13 (F): ÉTATS should not... On 27 DECEMBER 2013 it was adopted 119 VOTES TO 46.",
            "İstanbul Σ GGE Ωmega oewg straße ǅ Members Of The Group: Ĳssel, MADE UP OF 25 Experts",
        ]
        .map(String::from),
    );
    let mut checked = 0;
    for any in refs::PATTERNS.iter().chain(rules::PATTERNS.iter()) {
        let AnyPattern::Folded(p) = any else { continue };
        let reference = regex::RegexBuilder::new(any.source())
            .unicode(false)
            .build()
            .expect("compiles");
        for s in &sentences {
            let text = CasedText::new(s);
            let want: Vec<Vec<Option<(usize, usize)>>> = reference
                .captures_iter(s)
                .map(|c| c.iter().map(|m| m.map(|m| (m.start(), m.end()))).collect())
                .collect();
            let got: Vec<Vec<Option<(usize, usize)>>> = p
                .captures_iter(&text)
                .map(|c| {
                    (0..reference.captures_len())
                        .map(|i| c.get(i).map(|m| (m.start(), m.end())))
                        .collect()
                })
                .collect();
            assert_eq!(got, want, "{} on {s:?}", any.source());
            checked += want.len();
        }
    }
    assert!(checked > 500, "only {checked} matches compared");
}

/// Every rule's examples give their claims, each made by that rule, and its negatives give
/// no claim of the rule's relation (Duckling's corpus and negative corpus, in one test).
#[test]
fn rule_examples_hold() {
    use super::rulebook::RULES;
    let extractor = Extractor::new();
    let mut failures = Vec::new();
    for rule in RULES {
        for (i, example) in rule.examples.iter().enumerate() {
            let ex = extractor.extract(&[doc("example.md", Format::Markdown, example.text)]);
            for expected in example.claims {
                let found = ex
                    .claims
                    .iter()
                    .any(|c| format!("{} {} {}", c.subject, c.relation, c.object) == *expected);
                if !found {
                    failures.push(format!(
                        "{} example {i}: missing `{expected}` in {:?}",
                        rule.name,
                        ex.claims
                            .iter()
                            .filter(|c| c.relation != Relation::Mentions)
                            .map(|c| format!(
                                "{} {} {} [{}]",
                                c.subject, c.relation, c.object, c.provenance.rule
                            ))
                            .collect::<Vec<_>>()
                    ));
                }
            }
            if !ex
                .claims
                .iter()
                .any(|c| c.relation == rule.relation && c.provenance.rule == rule.name)
            {
                failures.push(format!(
                    "{} example {i}: no claim made by this rule",
                    rule.name
                ));
            }
        }
        for (i, negative) in rule.negatives.iter().enumerate() {
            let ex = extractor.extract(&[doc("negative.md", Format::Markdown, negative)]);
            let wrong: Vec<String> = ex
                .claims
                .iter()
                .filter(|c| c.relation == rule.relation)
                .map(|c| {
                    format!(
                        "{} {} {} [{}]",
                        c.subject, c.relation, c.object, c.provenance.rule
                    )
                })
                .collect();
            if !wrong.is_empty() {
                failures.push(format!("{} negative {i}: read {wrong:?}", rule.name));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A state's possessive before a chair's name gives the state, never part of a person:
/// every rule that reads "Peru's Ana Ruiz was named chair ..." names the same person.
#[test]
fn a_possessive_state_is_not_part_of_a_chairs_name() {
    let extractor = Extractor::new();
    for text in [
        "Peru's Ana Ruiz was named chair of the OEWG 2021-2025.",
        "Peru\u{2019}s Ana Ruiz was elected chair of the OEWG 2021-2025.",
    ] {
        let ex = extractor.extract(&[doc("t.txt", Format::Text, text)]);
        let people: Vec<String> = ex
            .claims
            .iter()
            .map(|c| c.to_claim())
            .filter(|c| c.relation == Relation::Chairs)
            .map(|c| c.subject.0)
            .collect();
        assert!(!people.is_empty(), "{text}");
        assert!(
            people.iter().all(|p| p == "person:ana-ruiz"),
            "{text}: {people:?}"
        );
    }
}
