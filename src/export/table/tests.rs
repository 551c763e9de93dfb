//! Tests of the export table: columns, values, literal slots and provenance records.

use super::*;
use crate::graph::Graph;
use crate::model::ClaimSet;
use crate::model::{Claim, EntityId, Provenance};

fn prov(status: Status) -> Provenance {
    Provenance {
        document: "d.pdf".into(),
        page: Some(4),
        line: 3,
        column: 1,
        text: "t".into(),
        status,
        rule: "",
    }
}

fn claim(subject: &str, relation: Relation, object: &str, status: Status) -> Claim {
    Claim {
        subject: EntityId::from(subject),
        relation,
        object: crate::model::Object::parse(relation, object)
            .unwrap_or_else(|| panic!("{object} is a {relation}")),
        provenance: prov(status),
    }
}

/// A member, two disagreeing member counts and a month-day date of one group.
fn sample_graph() -> Graph {
    let claims = vec![
        claim(
            "state:BRA",
            Relation::MemberOf,
            "gge-2014-2015",
            Status::Stated,
        ),
        claim(
            "gge-2014-2015",
            Relation::MemberCount,
            "20",
            Status::Unverified,
        ),
        claim(
            "gge-2014-2015",
            Relation::MemberCount,
            "25",
            Status::Unverified,
        ),
        claim(
            "gge-2014-2015",
            Relation::ReportAdoptedOn,
            "--05-28",
            Status::Stated,
        ),
    ];
    Graph::new(Vec::new(), ClaimSet::from_claims(claims))
}

/// The value of column `name` in `row`.
fn cell(table: &Table<'_>, row: &NodeRow<'_>, name: &str) -> Option<Value> {
    let i = table
        .node_columns
        .iter()
        .position(|c| c.name == name)
        .unwrap_or_else(|| panic!("column {name}"));
    row.values[i].clone()
}

#[test]
fn columns_and_values_line_up_and_disagreeing_values_stay_apart() {
    let graph = sample_graph();
    let table = Table::new(&graph);
    let cell = |row: &NodeRow<'_>, name: &str| cell(&table, row, name);
    assert!(!table.nodes.is_empty() && !table.edges.is_empty());
    assert!(
        table
            .nodes
            .iter()
            .all(|r| r.values.len() == table.node_columns.len())
    );
    assert!(
        table
            .edges
            .iter()
            .all(|r| r.values.len() == table.edge_columns.len())
    );
    let group = table
        .nodes
        .iter()
        .find(|r| r.node.id.as_str() == "gge-2014-2015")
        .expect("group");
    assert_eq!(cell(group, "start"), Some(Value::Int(2014)));
    assert_eq!(cell(group, "end"), Some(Value::Int(2015)));
    assert_eq!(cell(group, "member_count"), Some(Value::Int(20)));
    assert_eq!(cell(group, "member_count_2"), Some(Value::Int(25)));
    assert!(
        !table.node_columns.iter().any(|c| c.name == "norm_count_2"),
        "extra columns only where a node needs them"
    );
    assert_eq!(
        cell(group, "report_adopted_on"),
        Some(Value::Str("--05-28".into()))
    );
    assert_eq!(
        cell(group, "report_adopted_on_precision"),
        Some(Value::Str("month-day".into()))
    );
    assert_eq!(
        group.literals[0],
        Literal {
            relation: Relation::ReportAdoptedOn,
            values: vec![Value::Str("--05-28".into())],
            precisions: vec![Some("month-day")],
        }
    );
    assert_eq!(group.provenance.len(), 3, "one record per literal claim");
    assert_eq!(group.provenance[0].attribute, Some("report_adopted_on"));
    assert_eq!(
        cell(group, "status"),
        Some(Value::Str("stated".into())),
        "one stated edge"
    );
}

#[test]
fn state_rows_and_edges_carry_their_values_and_provenance() {
    let graph = sample_graph();
    let table = Table::new(&graph);
    let cell = |row: &NodeRow<'_>, name: &str| cell(&table, row, name);
    let brazil = table
        .nodes
        .iter()
        .find(|r| r.node.id.as_str() == "state:BRA")
        .expect("state");
    assert_eq!(cell(brazil, "iso3"), Some(Value::Str("BRA".into())));
    assert_eq!(
        cell(brazil, "region"),
        Some(Value::Str("Latin American and Caribbean".into()))
    );
    assert_eq!(cell(brazil, "start"), None);
    let edge = &table.edges[0];
    assert_eq!(edge.id, "e0");
    assert_eq!(
        edge.years,
        Some(Years {
            start: 2014,
            end: Some(2015)
        })
    );
    assert_eq!(
        (edge.provenance[0].page, edge.provenance[0].line),
        (Some(4), 3)
    );
    assert_eq!(
        records_json(&edge.provenance),
        r#"[{"document":"d.pdf","page":4,"line":3,"column":1,"text":"t","status":"stated","rule":""}]"#
    );
}

#[test]
fn date_precisions() {
    assert_eq!(date_precision("2021-05-28"), Some("day"));
    assert_eq!(date_precision("2021-03"), Some("month"));
    assert_eq!(date_precision("2021"), Some("year"));
    assert_eq!(date_precision("--05-28"), Some("month-day"));
    for bad in [
        "2021-13",
        "--13-01",
        "2021-05-32",
        "05-28",
        "",
        "2021-5-28",
        "ab",
    ] {
        assert_eq!(date_precision(bad), None, "{bad}");
    }
}
