//! Tests of the scoring: fixed meanings of zero denominators, pairs counted as true, false
//! and missed, chairs matched by name and state, and distractor pages.

use super::*;
use crate::model::{Claim, ClaimSet};

/// A claim as the extractor writes it in JSON, so fields the model gains later (with
/// their defaults) need no change here.
fn claim(subject: &str, relation: Relation, object: &str, line: u32) -> Claim {
    serde_json::from_value(serde_json::json!({
        "subject": subject,
        "relation": relation,
        "object": object,
        "provenance": {
            "document": "notes.txt",
            "line": line,
            "column": 1,
            "text": "A sentence we made up.",
        },
    }))
    .expect("a claim")
}

fn extraction(claims: Vec<Claim>) -> Extraction {
    Extraction {
        claims: ClaimSet::from_claims(claims),
        ..Extraction::default()
    }
}

#[test]
fn zero_denominators_have_fixed_meanings() {
    let nothing = Score::new(0, 0, 0);
    assert_eq!((nothing.precision, nothing.recall), (1.0, 1.0));
    let read_nothing = Score::new(0, 0, 4);
    assert_eq!((read_nothing.precision, read_nothing.recall), (0.0, 0.0));
    let only_wrong = Score::new(0, 3, 0);
    assert_eq!((only_wrong.precision, only_wrong.recall), (0.0, 1.0));
    let sum = Score::new(1, 0, 1).plus(Score::new(1, 2, 0));
    assert_eq!((sum.precision, sum.recall), (0.5, 2.0 / 3.0));
}

#[test]
fn pairs_count_true_false_and_missed() {
    let ex = extraction(vec![
        claim("doc:notes.txt", Relation::Mentions, "state:BRA", 1),
        claim("doc:notes.txt", Relation::Mentions, "state:PRK", 2),
        claim("state:BRA", Relation::MemberOf, "gge-2014-2015", 3),
        claim("state:FJI", Relation::MemberOf, "gge-2014-2015", 4),
        claim("state:BRA", Relation::Sponsors, "A/RES/70/237", 5),
    ]);
    let gold = GoldDocument {
        states: [EntityId::state("BRA"), EntityId::state("CHN")].into(),
        traps: [EntityId::state("PRK")].into(),
        gge_member_of: [
            (EntityId::state("BRA"), EntityId::from("gge-2014-2015")),
            (EntityId::state("CHN"), EntityId::from("gge-2014-2015")),
        ]
        .into(),
        sponsors: [("A/RES/70/237".to_string(), EntityId::state("BRA"))].into(),
        ..GoldDocument::default()
    };
    let named = BTreeMap::from([(EntityId::state("CHN"), Position { line: 7, column: 3 })]);
    let got = score_document("notes.txt", &gold, &ReadFacts::of(&ex), &named);
    let states = got.scores[&ScoredRelation::States];
    // BRA true; FJI (from the membership) and PRK false; CHN missed.
    assert_eq!(
        (
            states.true_positives,
            states.false_positives,
            states.false_negatives
        ),
        (1, 2, 1)
    );
    let gge = got.scores[&ScoredRelation::GgeMemberOf];
    assert_eq!(
        (gge.true_positives, gge.false_positives, gge.false_negatives),
        (1, 1, 1)
    );
    assert_eq!(got.scores[&ScoredRelation::Sponsors].precision, 1.0);
    assert_eq!(got.traps.len(), 1);
    assert_eq!(got.traps[0].line, 2);
    let chn_miss = got
        .misses
        .iter()
        .find(|m| m.fact == "state:CHN member_of gge-2014-2015")
        .expect("listed");
    assert_eq!((chn_miss.line, chn_miss.column), (Some(7), Some(3)));
}

#[test]
fn chairs_match_by_name_and_check_the_state() {
    let ex = extraction(vec![
        claim("person:claire-moreau", Relation::Chairs, "gge-2016-2017", 1),
        claim("person:claire-moreau", Relation::Represents, "state:BEL", 1),
        claim("person:paul-okafor", Relation::Chairs, "oewg-2019-2021", 2),
    ]);
    let gold = GoldDocument {
        chairs: vec![
            super::super::gold::GoldChair {
                group: EntityId::from("gge-2016-2017"),
                person: "Moreau".into(),
                state: Some(EntityId::state("FRA")),
            },
            super::super::gold::GoldChair {
                group: EntityId::from("gge-2019-2021"),
                person: "Paul Okafor".into(),
                state: None,
            },
        ],
        ..GoldDocument::default()
    };
    let got = score_document("notes.txt", &gold, &ReadFacts::of(&ex), &BTreeMap::new());
    let chairs = got.scores[&ScoredRelation::Chairs];
    // Moreau right but for the wrong state (1 tp, 1 fp); Okafor read for the wrong
    // group (1 fp, 1 fn).
    assert_eq!(
        (
            chairs.true_positives,
            chairs.false_positives,
            chairs.false_negatives
        ),
        (1, 2, 1)
    );
    assert!(
        got.false_hits
            .iter()
            .any(|h| h.fact == "person:claire-moreau represents state:BEL (gold: state:FRA)")
    );
}

#[test]
fn distractor_pages_count_every_ict_membership() {
    let ex = extraction(vec![
        claim("state:BRA", Relation::MemberOf, "gge-2014-2015", 1),
        claim("state:BRA", Relation::MemberOf, "oewg-2019-2021", 1),
    ]);
    let gold = GoldDocument {
        kind: Some(super::super::gold::PageKind::Distractor),
        ..GoldDocument::default()
    };
    let got = score_document("other.txt", &gold, &ReadFacts::of(&ex), &BTreeMap::new());
    assert_eq!(got.distractor_memberships, 2);
    assert_eq!(got.scores[&ScoredRelation::GgeMemberOf].false_positives, 1);
    assert_eq!(got.scores[&ScoredRelation::OewgMemberOf].precision, 0.0);
}
