//! `comembership`: the state x state edges, as a table heaviest first, or as CSV and JSON
//! sorted by (source, target).

use super::{Format, json, number, state_code, table};
use crate::analysis::comembership::{CoMembership, Weight, shared_groups};
use crate::analysis::memberships::{Adjacency, Memberships};
use crate::model::EntityId;
use crate::terminal::TerminalSafe;
use serde::Serialize;
use serde::ser::{SerializeStruct, Serializer};
use std::io::{self, Write};

/// Writes the co-membership `edges` of `m`, weighted by `weight`.
///
/// # Errors
/// Any I/O error from `w`.
pub fn write(
    w: &mut dyn Write,
    m: &Memberships,
    weight: Weight,
    edges: &[CoMembership],
    format: Format,
) -> io::Result<()> {
    let by_state = m.groups_by_state();
    match format {
        Format::Json => json(
            w,
            &EdgesJson {
                m,
                by_state: &by_state,
                weight,
                edges,
            },
        ),
        Format::Csv => {
            let mut out = csv::Writer::from_writer(w);
            out.write_record(["source", "target", "weight", "shared"])?;
            for e in edges {
                let (s, t) = (&m.states[e.source as usize], &m.states[e.target as usize]);
                out.write_record([
                    s.as_str(),
                    t.as_str(),
                    &number(e.weight),
                    &e.shared.to_string(),
                ])?;
            }
            out.flush()
        }
        Format::Table => write_table(&mut TerminalSafe::new(w), m, &by_state, weight, edges),
    }
}

fn write_table(
    w: &mut dyn Write,
    m: &Memberships,
    by_state: &Adjacency,
    weight: Weight,
    edges: &[CoMembership],
) -> io::Result<()> {
    let mut ranked: Vec<&CoMembership> = edges.iter().collect();
    ranked.sort_by(|a, b| {
        b.weight
            .total_cmp(&a.weight)
            .then((a.source, a.target).cmp(&(b.source, b.target)))
    });
    let rows: Vec<Vec<String>> = ranked
        .iter()
        .map(|e| {
            let shared = shared_groups(by_state, e.source, e.target);
            vec![
                state_code(&m.states[e.source as usize]).to_string(),
                state_code(&m.states[e.target as usize]).to_string(),
                number(e.weight),
                e.shared.to_string(),
                shared
                    .iter()
                    .map(|&g| m.groups[g as usize].id.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
            ]
        })
        .collect();
    writeln!(
        w,
        "{} states, {} groups, {} edges (weight: {})\n",
        m.states.len(),
        m.groups.len(),
        edges.len(),
        weight.as_str()
    )?;
    table(w, &["STATE", "STATE", "WEIGHT", "SHARED", "GROUPS"], &rows)
}

/// The JSON of `comembership`, written edge by edge (shared groups are computed as each
/// edge is written, never all held at once).
struct EdgesJson<'a> {
    m: &'a Memberships,
    by_state: &'a Adjacency,
    weight: Weight,
    edges: &'a [CoMembership],
}

#[derive(Serialize)]
struct EdgeJson<'a> {
    source: &'a EntityId,
    target: &'a EntityId,
    weight: f64,
    shared: Vec<&'a EntityId>,
}

impl Serialize for EdgesJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let m = self.m;
        let edges = self.edges.iter().map(|e| EdgeJson {
            source: &m.states[e.source as usize],
            target: &m.states[e.target as usize],
            weight: e.weight,
            shared: shared_groups(self.by_state, e.source, e.target)
                .iter()
                .map(|&g| &m.groups[g as usize].id)
                .collect(),
        });
        let mut s = serializer.serialize_struct("Comembership", 2)?;
        s.serialize_field("weight", self.weight.as_str())?;
        s.serialize_field("edges", &Lazy(std::cell::RefCell::new(Some(edges))))?;
        s.end()
    }
}

/// Serialises an iterator as a sequence without collecting it.
struct Lazy<I>(std::cell::RefCell<Option<I>>);

impl<I: Iterator<Item = T>, T: Serialize> Serialize for Lazy<I> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let items = self.0.borrow_mut().take();
        serializer.collect_seq(items.into_iter().flatten())
    }
}
