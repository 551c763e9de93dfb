//! Rule tests on small documents built in memory.

use super::*;
use crate::documents::{Document, Format};
use crate::model::Status;
use std::path::Path;

pub(super) fn doc(id: &str, format: Format, text: &str) -> Document {
    Document::from_source(id, Path::new(id), format, text)
}

fn extract(docs: &[Document]) -> Extraction {
    Extractor::new().extract(docs)
}

/// The `member_of` claims, as "state group", in claim order.
fn memberships(ex: &Extraction) -> Vec<String> {
    ex.claims
        .iter()
        .filter(|c| c.relation == Relation::MemberOf)
        .map(|c| format!("{} {}", c.subject, c.object))
        .collect()
}

fn has(ex: &Extraction, s: &str, r: Relation, o: &str) -> bool {
    ex.claims
        .iter()
        .any(|c| c.subject.0 == s && c.relation == r && c.object.to_string() == o)
}

#[test]
fn html_list_of_members_under_a_trigger_sentence() {
    let html = "<h1>GGE 2014&ndash;15</h1><p>The members of the Group were:</p>\
                <ul><li>Niger</li><li>Nigeria</li><li>Papua New Guinea</li><li>Korea</li></ul>";
    let ex = extract(&[doc("a.html", Format::Html, html)]);
    for iso in ["NER", "NGA", "PNG"] {
        assert!(
            has(
                &ex,
                &format!("state:{iso}"),
                Relation::MemberOf,
                "gge-2014-2015"
            ),
            "{iso}"
        );
    }
    assert_eq!(
        ex.claims
            .iter()
            .filter(|c| c.relation == Relation::MemberOf)
            .count(),
        3
    );
    assert!(
        ex.warnings
            .iter()
            .any(|w| w.kind == WarningKind::AmbiguousName)
    );
}

#[test]
fn a_table_of_members_is_read_in_the_column_its_header_names() {
    // Each table says in its header which column holds the members: the numbers and the
    // other states of the second column are not members, and draw no warning.
    let html = "<h1>GGE 2014-2015</h1>\
                <table><tr><th>No.</th><th>Member State</th><th>Nominated by</th></tr>\
                <tr><td>1</td><td>Ghana</td><td>Kenya</td></tr></table>\
                <dl><dt>Members</dt><dd>Peru</dd></dl>\
                <table><tr><th>Donor</th><th>Country</th></tr>\
                <tr><td>Chile</td><td>Mali</td></tr></table>";
    let ex = extract(&[doc("t.html", Format::Html, html)]);
    let members: Vec<&str> = ex
        .claims
        .iter()
        .filter(|c| c.relation == Relation::MemberOf)
        .map(|c| c.subject.as_str())
        .collect();
    assert_eq!(members, ["state:GHA", "state:MLI", "state:PER"]);
    assert!(ex.warnings.is_empty(), "{:?}", ex.warnings);
}

/// The chair and represents claims, with the rule that made each.
fn chair_claims(ex: &Extraction) -> Vec<String> {
    ex.claims
        .iter()
        .filter(|c| matches!(c.relation, Relation::Chairs | Relation::Represents))
        .map(|c| {
            format!(
                "{} {} {} [{}]",
                c.subject, c.relation, c.object, c.provenance.rule
            )
        })
        .collect()
}

#[test]
fn the_line_under_a_chair_heading_names_the_chair() {
    let md = "# GGE 2016-2017\n\nThe members were:\n\n- Ghana\n- Kenya\n\n## Chair\n\n\
              Ambassador Ana Ruiz (Peru)\n\n## Chair\n\nThe chair was thanked by Chile (Mali).\n";
    let ex = extract(&[doc("c.md", Format::Markdown, md)]);
    let chairs = chair_claims(&ex);
    assert_eq!(
        chairs,
        [
            "person:ana-ruiz chairs gge-2016-2017 [chair-heading]",
            "person:ana-ruiz represents state:PER [chair-heading]"
        ]
    );
    // The heading ends the list before it: Peru is the chair's state, not a member.
    assert!(!has(&ex, "state:PER", Relation::MemberOf, "gge-2016-2017"));
    assert!(has(&ex, "state:KEN", Relation::MemberOf, "gge-2016-2017"));
}

#[test]
fn a_vote_on_a_text_named_by_a_title_the_catalogue_does_not_know_is_warned_of() {
    let md = "# First Committee\n\n4 November 2031\n\nThe Committee approved the draft on developments in the field of information and telecommunications in the context of international security by a recorded vote of 100 in favour to 50 against.\n";
    let ex = extract(&[doc("v.md", Format::Markdown, md)]);
    assert!(!ex.claims.iter().any(|c| c.relation == Relation::AdoptedHow));
    let warned: Vec<&str> = ex
        .warnings
        .iter()
        .filter(|w| w.kind == WarningKind::UnlinkedVote)
        .map(|w| w.message.as_str())
        .collect();
    assert_eq!(
        warned,
        ["a recorded vote of 100-50 on a text named by no symbol the catalogue knows; not linked"]
    );
}

#[test]
fn a_title_makes_georgia_a_person_not_a_state() {
    let ex = extract(&[doc(
        "a.md",
        Format::Markdown,
        "# GGE 2016/2017\n\nThe Group was chaired by Ms. Georgia Holmes of Kenya.\n",
    )]);
    assert!(has(
        &ex,
        "person:georgia-holmes",
        Relation::Chairs,
        "gge-2016-2017"
    ));
    assert!(has(
        &ex,
        "person:georgia-holmes",
        Relation::Represents,
        "state:KEN"
    ));
    assert!(!ex.entities.iter().any(|e| e.id.0 == "state:GEO"));
}

#[test]
fn established_by_reference_resolves_across_documents() {
    let a = doc(
        "a.md",
        Format::Markdown,
        "Resolution 75/240 established the OEWG 2021-2025.\n",
    );
    let b = doc(
        "b.md",
        Format::Markdown,
        "The OEWG established by resolution 75/240 was chaired by Burhan Gafoor of Singapore.\n",
    );
    let ex = extract(&[a, b.clone()]);
    assert!(has(
        &ex,
        "person:burhan-gafoor",
        Relation::Chairs,
        "oewg-2021-2025"
    ));
    assert!(ex.warnings.is_empty(), "{:?}", ex.warnings);
    // Alone, the catalogue knows the group 75/240 set up; it knows none for 77/37.
    let alone = extract(&[b]);
    assert!(has(
        &alone,
        "person:burhan-gafoor",
        Relation::Chairs,
        "oewg-2021-2025"
    ));
    let unknown = doc(
        "c.md",
        Format::Markdown,
        "The OEWG established by resolution 77/37 was chaired by Burhan Gafoor of Singapore.\n",
    );
    // Read alone, the document keeps the claim typed and pending, with no id of its own.
    let read = Extractor::new().extract_document(&unknown);
    assert!(
        !read
            .claims
            .statements()
            .any(|s| s.relation == Relation::Chairs)
    );
    assert!(read.pending.iter().any(|p| p.relation == Relation::Chairs
        && p.object
            == pending::End::Pending(pending::PendingGroup {
                kind: crate::model::GroupKind::Oewg,
                established_by: EntityId::from("A/RES/77/37"),
            })));
    assert!(
        !read
            .entities
            .keys()
            .any(|id| id.0.contains("77/37") && id.0 != "A/RES/77/37")
    );
    let alone = extract(&[unknown]);
    assert!(!alone.claims.iter().any(|c| c.relation == Relation::Chairs));
    assert!(
        alone
            .warnings
            .iter()
            .any(|w| w.kind == WarningKind::UnresolvedReference)
    );
}

#[test]
fn a_chair_label_cell_ends_the_member_list_and_names_the_chair() {
    let html = "<h2>The sixth GGE</h2><p>Experts came from:</p>\
        <ul><li>Australia</li><li>China</li></ul>\
        <dl><dt>Chair</dt><dd>Ana Ruiz (Peru)</dd></dl>";
    let ex = extract(&[doc("a.html", Format::Html, html)]);
    assert!(has(&ex, "state:AUS", Relation::MemberOf, "gge-2019-2021"));
    assert!(has(&ex, "state:CHN", Relation::MemberOf, "gge-2019-2021"));
    assert!(has(
        &ex,
        "person:ana-ruiz",
        Relation::Chairs,
        "gge-2019-2021"
    ));
    assert!(has(
        &ex,
        "person:ana-ruiz",
        Relation::Represents,
        "state:PER"
    ));
    // The chair's state is not read as one more member of the list.
    assert!(!has(&ex, "state:PER", Relation::MemberOf, "gge-2019-2021"));
}

#[test]
fn unverified_marker_flags_every_claim_of_the_sentence() {
    let text = "# GGE 2004/2005\n\nExperts from the following States were members of the Group: Mali and Jordan [unverified: annex not seen].\n";
    let ex = extract(&[doc("a.md", Format::Markdown, text)]);
    let members: Vec<_> = ex
        .claims
        .iter()
        .filter(|c| c.relation == Relation::MemberOf)
        .collect();
    assert_eq!(members.len(), 2);
    assert!(
        members
            .iter()
            .all(|c| c.provenance.status == Status::Unverified)
    );
}

/// The claims of `text` as `subject relation object`, sorted.
fn triples(text: &str) -> Vec<String> {
    let ex = extract(&[doc("a.md", Format::Markdown, text)]);
    let mut out: Vec<String> = ex
        .claims
        .iter()
        .map(|c| format!("{} {} {}", c.subject.0, c.relation, c.object))
        .collect();
    out.sort();
    out
}

#[test]
fn sources_section_gives_mentions_only() {
    let sentence = "A/70/174; resolution 68/243 adopted on 27 December 2013 without a vote.";
    // Under a Sources heading, the sentence gives the document's mentions and nothing else.
    assert_eq!(
        triples(&format!("# GGE 2014/2015\n\n## Sources\n\n{sentence}\n")),
        [
            "doc:a.md mentions A/70/174",
            "doc:a.md mentions A/RES/68/243",
            "doc:a.md mentions gge-2014-2015",
        ]
    );
    // The same sentence under another heading states the adoption: what the Sources
    // section holds back is there to be held back.
    let elsewhere = triples(&format!("# GGE 2014/2015\n\n## Outcome\n\n{sentence}\n"));
    for claim in [
        "A/RES/68/243 adopted_on 2013-12-27",
        "A/RES/68/243 adoption without a vote",
    ] {
        assert!(
            elsewhere.iter().any(|c| c == claim),
            "{claim}: {elsewhere:?}"
        );
    }
}

#[test]
fn succession_reaffirmation_and_sponsor_in_the_next_sentence() {
    let text = "# GGE 2016/2017\n\nThe GGE 2016/2017 succeeded the GGE 2014/2015.\n\n\
                Resolution 70/237 called on States to be guided by norms 13 (a) to (c).\n\n\
                Kenya and Brazil introduced a draft resolution. It was adopted as resolution 99/1.\n";
    let ex = extract(&[doc("a.md", Format::Markdown, text)]);
    assert!(has(
        &ex,
        "gge-2016-2017",
        Relation::Succeeds,
        "gge-2014-2015"
    ));
    for l in ['a', 'b', 'c'] {
        assert!(has(
            &ex,
            "A/RES/70/237",
            Relation::Reaffirms,
            &format!("norm:2015-{l}")
        ));
    }
    assert!(!has(
        &ex,
        "A/RES/70/237",
        Relation::Reaffirms,
        "norm:2015-d"
    ));
    assert!(has(&ex, "state:KEN", Relation::Sponsors, "A/RES/99/1"));
    assert!(has(&ex, "state:BRA", Relation::Sponsors, "A/RES/99/1"));
}

#[test]
fn recorded_votes_and_stages() {
    let text = "Resolution 73/27 was adopted on 5 December 2018 by a recorded vote of 119 to 46, with 14 abstentions.\n\n\
                In the First Committee, the draft of resolution 73/27 was approved by a recorded vote of 109 to 45, with 16 abstentions.\n";
    let ex = extract(&[doc("a.md", Format::Markdown, text)]);
    assert!(has(&ex, "A/RES/73/27", Relation::AdoptedOn, "2018-12-05"));
    assert!(has(
        &ex,
        "A/RES/73/27",
        Relation::AdoptedHow,
        "recorded vote 119-46-14"
    ));
    assert!(has(
        &ex,
        "A/RES/73/27",
        Relation::AdoptedHow,
        "First Committee: recorded vote 109-45-16"
    ));
}

#[test]
fn a_bare_group_with_a_resolution_takes_the_kind_in_focus() {
    let ex = extract(&[doc(
        "a.md",
        Format::Markdown,
        "# Group of Governmental Experts on Advancing responsible State behaviour in cyberspace\n\n\
         The Group, established by General Assembly resolution 73/266, met from 2019.\n",
    )]);
    assert!(has(
        &ex,
        "A/RES/73/266",
        Relation::Establishes,
        "gge-2019-2021"
    ));
}

#[test]
fn a_chair_name_ending_a_sentence_loses_its_full_stop() {
    let ex = extract(&[doc(
        "a.md",
        Format::Markdown,
        "The 2016-2017 GGE was chaired by Germany's Karl Weber.\n\nIt met under J. Q. Rivera of Peru.\n",
    )]);
    let person = ex
        .entities
        .iter()
        .find(|e| e.id.0 == "person:karl-weber")
        .map(|e| e.name.as_str());
    assert_eq!(person, Some("Karl Weber"));
}

#[test]
fn only_coordinated_groups_share_the_members() {
    let ex = extract(&[doc(
        "a.md",
        Format::Markdown,
        "Peru participated in the 2012/2013 GGE and hosted a meeting of the 2014-2015 GGE.\n",
    )]);
    assert!(has(&ex, "state:PER", Relation::MemberOf, "gge-2012-2013"));
    assert!(!has(&ex, "state:PER", Relation::MemberOf, "gge-2014-2015"));
}

#[test]
fn an_annex_lists_each_member_with_its_expert() {
    // A report opening with its symbol, and its annex: one block per member, the state
    // first, then the expert's name and posts.
    let text = "A/68/98\n\nAnnex\n\nList of members of the Group of Governmental Experts on \
                security\n\nPeru\nMr. Juan Soto\nDirector, Ministry of Foreign Affairs\n\n\
                Ghana\nMs. Ama Owusu\nDeputy Director, Embassy of Ghana in Chile\n\n\
                Introduction\n\nThe report was discussed with Chile and Brazil.\n";
    let ex = extract(&[doc("a.txt", Format::Text, text)]);
    let members = memberships(&ex);
    assert_eq!(
        members,
        ["state:GHA gge-2012-2013", "state:PER gge-2012-2013"]
    );
}

/// "The resolution establishing the OEWG" is described by its own words: it is not the
/// resolution the sentence before named, whose sponsor and group it must not take.
#[test]
fn a_described_act_is_not_the_one_named_before() {
    let text = "Resolution 73/266 set up the sixth GGE.\n\nThe resolution establishing the OEWG was sponsored by Russia and China.\n";
    let ex = extract(&[doc("a.txt", Format::Text, text)]);
    let stated: Vec<String> = ex
        .claims
        .iter()
        .map(|c| format!("{} {} {}", c.subject, c.relation, c.object))
        .collect();
    assert!(
        stated.contains(&"A/RES/73/266 establishes gge-2019-2021".to_string()),
        "{stated:?}"
    );
    assert!(
        !stated
            .iter()
            .any(|s| s.starts_with("state:RUS sponsors A/RES/73/266")),
        "{stated:?}"
    );
    assert!(
        !stated
            .iter()
            .any(|s| s == "A/RES/73/266 establishes oewg-2019-2021"),
        "{stated:?}"
    );
}

/// Plain text makes a short line without a full stop a heading: "Chair: Ana Ruiz (Peru)"
/// under a group's heading is still read for its chair.
#[test]
fn a_chair_label_line_in_plain_text_names_the_chair() {
    let text = "The sixth GGE\n\nChair: Ana Ruiz (Peru)\n\nMembers met four times.\n";
    let ex = extract(&[doc("a.txt", Format::Text, text)]);
    let chairs: Vec<String> = ex
        .claims
        .iter()
        .filter(|c| c.relation == Relation::Chairs)
        .map(|c| format!("{} {}", c.subject, c.object))
        .collect();
    assert_eq!(chairs, ["person:ana-ruiz gge-2019-2021"]);
}

/// The memberships read from a plain-text page, as "subject group".
fn text_members(text: &str) -> Vec<String> {
    extract(&[doc("a.txt", Format::Text, text)])
        .claims
        .iter()
        .filter(|c| c.relation == Relation::MemberOf)
        .map(|c| format!("{} {}", c.subject, c.object))
        .collect()
}

/// A label of members followed by nothing but states, on a line plain text makes a heading
/// or with a state on each line of its block, lists the members of the group in focus; a
/// label followed by other words, or on a page about another body, lists none.
#[test]
fn member_label_lines_in_plain_text_list_members() {
    assert_eq!(
        text_members("The sixth GGE\n\nMembers: Ghana, Peru, Chile\n"),
        [
            "state:CHL gge-2019-2021",
            "state:GHA gge-2019-2021",
            "state:PER gge-2019-2021"
        ]
    );
    assert_eq!(
        text_members("GGE 2014-2015\n\nMember States\nGhana\nPeru\n\nThe group met.\n"),
        ["state:GHA gge-2014-2015", "state:PER gge-2014-2015"]
    );
    assert!(
        text_members("GGE 2014-2015\n\nParticipants: Ghana and Peru attended a workshop\n")
            .is_empty()
    );
    assert!(
        text_members("Arms Trade Treaty GGE 2016-2017\n\nMembers: Ghana, Peru, Chile\n").is_empty()
    );
}

/// A sentence naming the years of another known group is about that group, not the one
/// in focus: "the 2009-2010 round" is the 2009-2010 GGE, and bare years of another group
/// keep the focus group from taking its members.
#[test]
fn years_of_another_group_are_not_the_focus_group() {
    let lead = "The first GGE\n\nThe first group met in 2004 and 2005 with experts from Mali and Peru.\n\n";
    let round = text_members(&format!(
        "{lead}For the 2009-2010 round, experts came from Ghana and Chile.\n"
    ));
    assert!(
        round.contains(&"state:GHA gge-2009-2010".to_string()),
        "{round:?}"
    );
    assert!(
        round.contains(&"state:MLI gge-2004-2005".to_string()),
        "{round:?}"
    );
    assert!(
        !round.iter().any(|m| m == "state:GHA gge-2004-2005"),
        "{round:?}"
    );
    let bare = text_members(&format!(
        "{lead}In 2009-2010, experts came from Ghana and Chile.\n"
    ));
    assert!(
        bare.contains(&"state:MLI gge-2004-2005".to_string()),
        "{bare:?}"
    );
    assert!(
        !bare.iter().any(|m| m == "state:GHA gge-2004-2005"),
        "{bare:?}"
    );
}

#[test]
fn a_matrix_of_states_by_groups_gives_each_marked_membership() {
    let md = "# Who sat in which GGE\n\n\
        | Country | 2012-2013 | 2014-2015 | 2016-2017 |\n\
        |---|---|---|---|\n\
        | Chile | ✓ | | |\n\
        | Ghana | | ✓ | x |\n\
        | Peru | | | |\n";
    let ex = extract(&[doc("a.md", Format::Markdown, md)]);
    let members: Vec<String> = ex
        .claims
        .iter()
        .filter(|c| c.relation == Relation::MemberOf)
        .map(|c| format!("{} {} [{}]", c.subject, c.object, c.provenance.rule))
        .collect();
    assert_eq!(
        members,
        [
            "state:CHL gge-2012-2013 [member-grid]",
            "state:GHA gge-2014-2015 [member-grid]",
            "state:GHA gge-2016-2017 [member-grid]",
        ]
    );
}

#[test]
fn a_table_of_groups_lists_each_row_s_members_under_its_own_group() {
    // The page is about one group, but each row names its own: no row is read as a
    // member of the section's group.
    let html = "<h1>GGE 2014-2015</h1><table><tr><th>Group</th><th>Members</th></tr>\
        <tr><td>GGE 2012-2013</td><td>Chile, Ghana</td></tr>\
        <tr><td>2014-2015</td><td>Peru</td></tr></table>";
    let ex = extract(&[doc("a.html", Format::Html, html)]);
    assert!(has(&ex, "state:CHL", Relation::MemberOf, "gge-2012-2013"));
    assert!(has(&ex, "state:GHA", Relation::MemberOf, "gge-2012-2013"));
    assert!(has(&ex, "state:PER", Relation::MemberOf, "gge-2014-2015"));
    assert!(!has(&ex, "state:CHL", Relation::MemberOf, "gge-2014-2015"));
    assert!(!has(&ex, "state:PER", Relation::MemberOf, "gge-2012-2013"));
}

#[test]
fn a_table_of_states_and_their_years_gives_each_state_every_group_it_names() {
    let md = "# GGE members\n\n| Country | Years |\n|---|---|\n\
        | Chile | 2014-2015, 2016-2017 |\n| Ghana | 2012-2013 |\n";
    let ex = extract(&[doc("a.md", Format::Markdown, md)]);
    let members = memberships(&ex);
    assert_eq!(
        members,
        [
            "state:CHL gge-2014-2015",
            "state:CHL gge-2016-2017",
            "state:GHA gge-2012-2013",
        ]
    );
}

#[test]
fn a_table_of_groups_gives_each_row_s_chair_to_its_own_group() {
    let md = "# The expert groups\n\n| Group | Chair | Members |\n|---|---|---|\n\
        | GGE 2012-2013 | Ana Ruiz (Peru) | Chile, Ghana |\n\
        | GGE 2014-2015 | Ambassador Karl Weber of Germany | Peru |\n\
        | GGE 2016-2017 | Germany | Mali |\n";
    let ex = extract(&[doc("a.md", Format::Markdown, md)]);
    let chairs = chair_claims(&ex);
    assert_eq!(
        chairs,
        [
            "person:ana-ruiz chairs gge-2012-2013 [chair-grid]",
            "person:ana-ruiz represents state:PER [chair-grid]",
            "person:karl-weber chairs gge-2014-2015 [chair-grid]",
            "person:karl-weber represents state:DEU [chair-grid]",
        ]
    );
    // The members column is still read, row by row.
    assert!(has(&ex, "state:MLI", Relation::MemberOf, "gge-2016-2017"));
    assert!(has(&ex, "state:CHL", Relation::MemberOf, "gge-2012-2013"));
}
