//! Arbitrary names, ids, sentences and document ids in a graph: every DOT view must
//! parse with graphviz-rust's parser, GraphML and GEXF must be well-formed XML whose
//! text reads back, and HTML escaping must leave no markup.
#![no_main]

use arbitrary::Arbitrary;
use ggegraph::export::{gexf, graphml, json};
use ggegraph::graph::Graph;
use ggegraph::model::{
    Claim, ClaimSet, Entity, EntityId, EntityKind, Provenance, Relation, Status,
};
use ggegraph::render::{View, ViewOptions, view_dot};
use libfuzzer_sys::fuzz_target;
use quick_xml::XmlVersion;
use quick_xml::events::Event;

#[derive(Debug, Arbitrary)]
struct Input {
    person: String,
    group: String,
    document: String,
    sentence: String,
    literal: String,
    unverified: bool,
}

fuzz_target!(|input: Input| {
    let prov = Provenance {
        document: input.document.clone().into(),
        page: None,
        line: 1,
        column: 1,
        text: input.sentence.clone().into(),
        status: if input.unverified {
            Status::Unverified
        } else {
            Status::Stated
        },
    };
    let person = EntityId(format!("person:{}", input.person));
    let group = EntityId(input.group.clone());
    let entities = vec![
        Entity {
            id: person.clone(),
            kind: EntityKind::Person,
            name: input.person.clone(),
        },
        Entity {
            id: EntityId::state("BRA"),
            kind: EntityKind::State,
            name: input.person.clone(),
        },
    ];
    let claims = vec![
        Claim {
            subject: person.clone(),
            relation: Relation::Chairs,
            object: group.0.clone(),
            provenance: prov.clone(),
        },
        Claim {
            subject: EntityId::state("BRA"),
            relation: Relation::MemberOf,
            object: group.0.clone(),
            provenance: prov.clone(),
        },
        Claim {
            subject: EntityId::state("DEU"),
            relation: Relation::MemberOf,
            object: "gge-2014-2015".into(),
            provenance: prov.clone(),
        },
        Claim {
            subject: person,
            relation: Relation::Represents,
            object: "state:DEU".into(),
            provenance: prov.clone(),
        },
        Claim {
            subject: group,
            relation: Relation::Outcome,
            object: input.literal.clone(),
            provenance: prov,
        },
    ];
    let graph = Graph::new(entities, ClaimSet::from_claims(claims));

    let options = ViewOptions::default();
    let bra = ggegraph::gazetteer::lookup("BRA").expect("BRA is in the gazetteer");
    for view in [
        View::Membership,
        View::Comembership,
        View::Timeline,
        View::Ego(bra),
    ] {
        if let Ok(dot) = view_dot(&graph, &view, &options) {
            if let Err(e) = graphviz_rust::parse(&dot) {
                panic!("{} view is not valid DOT: {e}\n{dot}", view.name());
            }
        }
    }

    let writers: [(&str, fn(&Graph, &mut Vec<u8>) -> std::io::Result<()>); 2] =
        [("graphml", graphml::write), ("gexf", gexf::write)];
    for (name, write) in writers {
        let mut out = Vec::new();
        write(&graph, &mut out).expect("writing to memory");
        let xml = String::from_utf8(out).expect("UTF-8");
        let mut reader = quick_xml::Reader::from_str(&xml);
        reader.config_mut().check_end_names = true;
        loop {
            match reader.read_event() {
                Ok(Event::Eof) => break,
                Ok(Event::GeneralRef(r)) => {
                    let known = ["lt", "gt", "amp", "quot", "apos"];
                    let entity = r.xml_content(XmlVersion::Implicit1_0);
                    let char_ref = r.resolve_char_ref();
                    if !known.contains(&entity.as_ref()) && !matches!(char_ref, Ok(Some(_))) {
                        panic!("{name}: unknown entity &{entity};\n{xml}");
                    }
                }
                Ok(Event::Start(e)) | Ok(Event::Empty(e)) => {
                    for a in e.attributes() {
                        match a {
                            Ok(a) => {
                                if let Err(err) = a.normalized_value(XmlVersion::Implicit1_0) {
                                    panic!("{name}: bad attribute: {err}\n{xml}");
                                }
                            }
                            Err(err) => panic!("{name}: bad attribute: {err}\n{xml}"),
                        }
                    }
                }
                Ok(_) => {}
                Err(e) => panic!("{name} is not well-formed XML: {e}\n{xml}"),
            }
        }
    }

    let mut out = Vec::new();
    json::write(&graph, &mut out).expect("writing to memory");
    let _: serde_json::Value = serde_json::from_slice(&out).expect("valid JSON");

    for text in [&input.person, &input.sentence, &input.document] {
        let html = ggegraph::report::esc(text);
        assert!(
            !html.contains(['<', '>', '"', '\'']),
            "markup survived escaping: {html}"
        );
        assert!(
            html.match_indices('&').all(|(i, _)| {
                let rest = &html[i..];
                ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"]
                    .iter()
                    .any(|e| rest.starts_with(e))
            }),
            "bare ampersand: {html}"
        );
    }
});
