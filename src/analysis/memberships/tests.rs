//! Tests of the membership table: from the graph and from CSV files.

use super::*;
use std::io::Write;

fn csv_file(text: &[u8]) -> tempfile::NamedTempFile {
    let mut f = tempfile::NamedTempFile::new().expect("temp file");
    f.write_all(text).expect("write");
    f
}

#[test]
fn reads_any_column_order_names_and_codes() {
    let f =
        csv_file(b"group,State\ngge-2014-2015,Brazil\n gge-2009-2010 , usa \ngge-2014-2015,BRA\n");
    let m = Memberships::from_csv(f.path(), false).expect("reads");
    assert_eq!(
        m.states,
        vec![EntityId::state("BRA"), EntityId::state("USA")]
    );
    assert_eq!(m.groups[0].id.as_str(), "gge-2009-2010");
    assert_eq!(m.groups[1].kind, Some(GroupKind::Gge));
    assert_eq!(m.pairs, vec![(0, 1), (1, 0)]);
}

#[test]
fn years_from_columns_order_groups() {
    let f = csv_file(b"state,group,start,end\nFRA,beta,2001,2002\nFRA,alpha,2005,\nDEU,beta,,\n");
    let m = Memberships::from_csv(f.path(), false).expect("reads");
    let ids: Vec<&str> = m.groups.iter().map(|g| g.id.as_str()).collect();
    assert_eq!(ids, ["beta", "alpha"]);
    assert_eq!(
        (m.groups[0].start, m.groups[0].end),
        (Some(2001), Some(2002))
    );
    assert_eq!(m.groups[0].kind, None);
}

#[test]
fn contradicting_years_are_an_error() {
    let f = csv_file(b"state,group,start\nFRA,beta,2001\nDEU,beta,2003\n");
    let err = Memberships::from_csv(f.path(), false)
        .expect_err("contradiction")
        .to_string();
    assert!(
        err.contains(":3: group \"beta\": start 2001 on an earlier row and 2003 here"),
        "{err}"
    );
}

#[test]
fn unknown_state_names_file_and_line() {
    let f = csv_file(b"state,group\nFRA,g\nAtlantis,g\n");
    let err = Memberships::from_csv(f.path(), false)
        .expect_err("unknown")
        .to_string();
    assert!(
        err.contains(&format!(
            "{}:3: unknown state \"Atlantis\"",
            f.path().display()
        )),
        "{err}"
    );
    let m = Memberships::from_csv(f.path(), true).expect("allowed");
    assert_eq!(
        m.states,
        vec![EntityId::state("Atlantis"), EntityId::state("FRA")]
    );
}

#[test]
fn empty_missing_column_bad_utf8_no_rows() {
    let empty = Memberships::from_csv(csv_file(b"").path(), false).expect_err("empty");
    assert!(matches!(empty, MembershipError::Empty { .. }));
    let no_state = Memberships::from_csv(csv_file(b"country,group\nFRA,g\n").path(), false)
        .expect_err("column");
    assert!(
        no_state.to_string().contains("no `state` column"),
        "{no_state}"
    );
    let utf8 = Memberships::from_csv(
        csv_file(b"state,group\nFRA,g\nFRA,\xff\xfe\n").path(),
        false,
    )
    .expect_err("utf8");
    assert!(
        utf8.to_string()
            .contains(":3: the `group` field is not valid UTF-8"),
        "{utf8}"
    );
    let header_only =
        Memberships::from_csv(csv_file(b"state,group\n").path(), false).expect_err("rows");
    assert!(matches!(header_only, MembershipError::NoRows { .. }));
    let ragged = Memberships::from_csv(csv_file(b"state,group\nFRA,g\nFRA\n").path(), false)
        .expect_err("fields");
    assert!(ragged.to_string().contains(":3:"), "{ragged}");
}

#[test]
fn adjacency_both_ways() {
    let m = Memberships::from_rows([
        (
            EntityId::state("AAA"),
            MembershipGroup::from_id("gge-2001-2002"),
        ),
        (
            EntityId::state("BBB"),
            MembershipGroup::from_id("gge-2001-2002"),
        ),
        (
            EntityId::state("BBB"),
            MembershipGroup::from_id("gge-2003-2004"),
        ),
        (
            EntityId::state("BBB"),
            MembershipGroup::from_id("gge-2003-2004"),
        ),
    ]);
    assert_eq!(m.pairs.len(), 3);
    let by_state = m.groups_by_state();
    assert_eq!(by_state.row(1), &[0, 1]);
    let by_group = m.states_by_group();
    assert_eq!(by_group.row(0), &[0, 1]);
    assert_eq!(by_group.row(1), &[1]);
    assert!(by_group.row(7).is_empty());
}

#[test]
fn filter_drops_states_without_groups() {
    let m = Memberships::from_rows([
        (
            EntityId::state("AAA"),
            MembershipGroup::from_id("oewg-2019-2021"),
        ),
        (
            EntityId::state("BBB"),
            MembershipGroup::from_id("gge-2003-2004"),
        ),
    ]);
    let gge = m.filter_kind(GroupKind::Gge);
    assert_eq!(gge.states, vec![EntityId::state("BBB")]);
    assert_eq!(gge.pairs, vec![(0, 0)]);
    assert_eq!(m.union(&gge), m);
}
