use super::*;

fn find_groups(s: &str) -> Vec<Found<GroupMention>> {
    find_groups_in(&CasedText::new(s))
}

fn find_resolutions(s: &str) -> Vec<Found<EntityId>> {
    find_resolutions_in(&CasedText::new(s))
}

fn find_norms(s: &str) -> Vec<Found<EntityId>> {
    find_norms_in(&CasedText::new(s))
}

fn find_adoption_mode(s: &str) -> Option<Adoption> {
    find_adoption_mode_in(&CasedText::new(s))
}

fn groups(s: &str) -> Vec<String> {
    find_groups(s)
        .into_iter()
        .filter_map(|f| match f.value {
            GroupMention::Explicit(k) => Some(k.id().0),
            _ => None,
        })
        .collect()
}

#[test]
fn group_year_forms() {
    assert_eq!(groups("GGE IN 2014/2015"), ["gge-2014-2015"]);
    assert_eq!(groups("the 2014-2015 GGE met"), ["gge-2014-2015"]);
    assert_eq!(groups("the 2014-15 GGE met"), ["gge-2014-2015"]);
    assert_eq!(groups("GGE 2019-2021 adopted"), ["gge-2019-2021"]);
    assert_eq!(groups("the OEWG 2021-2025"), ["oewg-2021-2025"]);
    assert_eq!(groups("the sixth GGE to be established"), ["gge-2019-2021"]);
    assert_eq!(
        groups("the first open-ended working group"),
        ["oewg-2019-2021"]
    );
    assert_eq!(groups("the Global Mechanism 2026"), ["mechanism-2026"]);
    assert_eq!(
        groups("the Group of Governmental Experts on Advancing responsible State behaviour"),
        ["gge-2019-2021"]
    );
    assert!(groups("between 2014/2015 nothing").is_empty());
}

#[test]
fn years_with_a_bare_group_are_dated() {
    let dated = |s: &str| -> Vec<(u16, u16)> {
        find_groups(s)
            .into_iter()
            .filter_map(|f| match f.value {
                GroupMention::Dated { start, end } => Some((start, end)),
                _ => None,
            })
            .collect()
    };
    assert_eq!(dated("Experts of the 2009-10 group came"), [(2009, 2010)]);
    assert_eq!(dated("the 2016-2017 Group's report"), [(2016, 2017)]);
    assert_eq!(
        dated("Composition of the Group (2014-2015)"),
        [(2014, 2015)]
    );
    assert_eq!(dated("the group of 2009-2010 met"), [(2009, 2010)]);
    assert!(dated("a working group 2009-2010").is_empty());
    assert!(dated("the 2016-2017 grouping of states").is_empty());
    // With a kind word near, the years are explicit.
    assert!(dated("the 2016-2017 GGE group").is_empty());
}

#[test]
fn established_by_phrase_is_deferred() {
    let f = find_groups("the OEWG established by resolution 75/240 met");
    assert!(
        f.iter().any(|f| f.value
            == GroupMention::EstablishedBy(GroupKind::Oewg, EntityId::from("A/RES/75/240")))
    );
}

#[test]
fn resolution_forms() {
    let ids = |s: &str| {
        find_resolutions(s)
            .into_iter()
            .map(|f| f.value.0)
            .collect::<Vec<_>>()
    };
    assert_eq!(ids("adopted (A/RES/53/70)"), ["A/RES/53/70"]);
    assert_eq!(ids("resolution 68/243 in which"), ["A/RES/68/243"]);
    assert_eq!(ids("res. 53/70"), ["A/RES/53/70"]);
    assert_eq!(
        ids("resolutions 73/27 and 73/266"),
        ["A/RES/73/27", "A/RES/73/266"]
    );
    assert!(ids("Human Rights Council resolution 20/8").is_empty());
}

#[test]
fn reports_and_norms() {
    let r: Vec<_> =
        find_reports("report (A/70/174) and A/68/98* but not A/C.1/73/L.27 or A/RES/70/237")
            .into_iter()
            .map(|f| f.value.0)
            .collect();
    assert_eq!(r, ["A/70/174", "A/68/98"]);
    let n = |s: &str| {
        find_norms(s)
            .into_iter()
            .map(|f| f.value.0)
            .collect::<Vec<_>>()
    };
    assert_eq!(n("norm 13(f)"), ["norm:2015-f"]);
    assert_eq!(n("paragraph 13 (c)"), ["norm:2015-c"]);
    assert_eq!(n("norms 13 (a) to (k)").len(), 11);
    assert_eq!(
        n("norms 13 (a), (b) and (d)"),
        ["norm:2015-a", "norm:2015-b", "norm:2015-d"]
    );
}

#[test]
fn dates_and_votes() {
    assert_eq!(
        find_date("On 27 December 2013, the").map(|f| f.value.to_string()),
        Some("2013-12-27".into())
    );
    assert_eq!(
        find_date("adopted on 28 May.").map(|f| f.value.to_string()),
        Some("--05-28".into())
    );
    assert_eq!(
        find_date("in June 2015 (A/70/174)").map(|f| f.value.to_string()),
        Some("2015-06".into())
    );
    assert_eq!(find_date("in 1998"), None);
    assert_eq!(find_date("on 31 February 2015"), None);
    assert_eq!(
        find_date("5 Dec 2018 UNGA").map(|f| f.value.to_string()),
        Some("2018-12-05".into())
    );
    assert_eq!(
        find_date("date 2021-12-07 NEW").map(|f| f.value.to_string()),
        Some("2021-12-07".into())
    );
    assert_eq!(find_date("date 2021-02-30 NEW"), None);
    assert_eq!(
        find_date("on 29 February 2016").map(|f| f.value.to_string()),
        Some("2016-02-29".into())
    );
    assert_eq!(find_date("on 29 February 2015"), None);
    assert_eq!(
        find_date("Saturday, July 17, 2010; A02").map(|f| f.value.to_string()),
        Some("2010-07-17".into())
    );
    assert_eq!(
        find_adoption_mode("by a recorded vote of 119 to 46, with 14 abstentions")
            .map(|m| m.to_string())
            .as_deref(),
        Some("recorded vote 119-46-14")
    );
    assert_eq!(
        find_adoption_mode(
            "In the First Committee, approved by a recorded vote of 109 to 45, with 16 abstentions"
        )
        .map(|m| m.to_string())
        .as_deref(),
        Some("First Committee: recorded vote 109-45-16")
    );
    assert_eq!(
        find_adoption_mode("unanimously adopted")
            .map(|m| m.to_string())
            .as_deref(),
        Some("unanimously")
    );
    assert_eq!(parse_count("twenty-five"), Some(25));
}

#[test]
fn vote_counts_are_read_in_every_form_and_only_as_far_as_given() {
    let counts = |s: &str| {
        find_vote_counts(&CasedText::new(s))
            .into_iter()
            .map(|f| f.value.to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        counts("by a recorded vote of 119 to 46, with 14 abstentions"),
        ["119-46-14"]
    );
    assert_eq!(
        counts("it drew 129 in favour, 44 against and 17 abstentions"),
        ["129-44-17"]
    );
    assert_eq!(counts("a tally of 104 for and 50 against"), ["104-50"]);
    assert_eq!(
        counts("153 votes in favor, while the other was adopted with 104 votes"),
        ["153 in favour", "104 in favour"]
    );
    assert_eq!(counts("119 countries voted in favour"), ["119 in favour"]);
    assert_eq!(counts("it was supported by 124 States"), ["124 in favour"]);
    assert_eq!(counts("the texts were adopted (119-46-14)"), ["119-46-14"]);
    assert_eq!(
        counts("it passed 119-46, with 14 countries abstaining"),
        ["119-46-14"]
    );
    assert_eq!(counts("adopted by a vote of 92-50"), ["92-50"]);
    assert_eq!(
        counts("it got 138 yes votes, 12 no votes and 16 abstentions"),
        ["138-12-16"]
    );
    assert_eq!(
        counts("adopted with 92 votes in favour, 50 against and 21 abstaining"),
        ["92-50-21"]
    );
    assert_eq!(
        counts("by 109 votes to 45, and 16 States abstained"),
        ["109-45-16"]
    );
    // No vote: a range, a count of members, numbers in a date.
    assert!(counts("the group grew from 15 to 25 members").is_empty());
    assert!(counts("It had 25 members and met 4 times").is_empty());
    assert!(counts("meeting 22-12-18 in Geneva").is_empty());
    // Dashed numbers that follow no vote verb: pages, a score of years.
    assert!(counts("see pages 12-14 of the report").is_empty());
    assert!(counts("the 2014-15 group adopted 11 norms").is_empty());
}
