//! The vocabulary every stage shares: entity ids and kinds, relations, provenance and claims.
//!
//! These are plain data types. They know how to name and parse themselves (ids are stable
//! strings users and tests depend on) but nothing about where they come from or how they
//! are drawn.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A stable entity identifier such as `state:BRA`, `gge-2014-2015`, `A/RES/68/243`,
/// `A/70/174`, `norm:2015-f`, `person:burhan-gafoor` or `doc:seeds/x.md`.
///
/// Ids sort as strings, which is what makes every output deterministic.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct EntityId(pub String);

impl EntityId {
    /// Id of a state from its ISO 3166 alpha-3 code.
    pub fn state(iso3: &str) -> Self {
        // Made for every state a claim names: a concatenation, not the formatter.
        let mut id = String::with_capacity(6 + iso3.len());
        id.push_str("state:");
        id.push_str(iso3);
        EntityId(id)
    }
    /// Id of a person from a display name (lower-case ASCII slug).
    pub fn person(name: &str) -> Self {
        EntityId(format!("person:{}", slug(name)))
    }
    /// Id of a document from its corpus-relative path.
    pub fn document(doc: &str) -> Self {
        EntityId(format!("doc:{doc}"))
    }
    /// Id of a norm of the 2015 report, `letter` in `a..=k`.
    pub fn norm_2015(letter: char) -> Self {
        EntityId(format!("norm:2015-{letter}"))
    }
    /// The id as a string slice.
    pub fn as_str(&self) -> &str {
        &self.0
    }
    /// The ISO3 code when this is a state id.
    pub fn iso3(&self) -> Option<&str> {
        self.0.strip_prefix("state:")
    }
    /// The kind this id denotes, read from its shape.
    pub fn kind(&self) -> EntityKind {
        let s = self.0.as_str();
        if s.starts_with("state:") {
            EntityKind::State
        } else if s.starts_with("person:") {
            EntityKind::Person
        } else if s.starts_with("norm:") {
            EntityKind::Norm
        } else if s.starts_with("doc:") {
            EntityKind::Document
        } else if s.starts_with("A/RES/") {
            EntityKind::Resolution
        } else if s.starts_with("A/C.1/") {
            EntityKind::Draft
        } else if s.starts_with("A/") {
            EntityKind::Report
        } else {
            EntityKind::Group
        }
    }
}

impl fmt::Display for EntityId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::borrow::Borrow<str> for EntityId {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl From<&str> for EntityId {
    fn from(s: &str) -> Self {
        EntityId(s.to_string())
    }
}

/// Lower-case ASCII slug: letters and digits transliterated to ASCII (deunicode: "Jiří
/// Kolář" -> `jiri-kolar`, "Лавров" -> `lavrov`), everything else `-`.
pub fn slug(name: &str) -> String {
    let ascii = deunicode::deunicode(name);
    let mut out = String::with_capacity(ascii.len());
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// Folds one accented letter to its ASCII base letter (deunicode's transliteration of
/// it when that is one ASCII letter), so the gazetteer can compare names char by char.
pub fn fold_accent(c: char) -> char {
    if c.is_ascii() {
        return c;
    }
    let mut buf = [0u8; 4];
    let t = deunicode::deunicode(c.encode_utf8(&mut buf));
    let mut chars = t.chars();
    match (chars.next(), chars.next()) {
        (Some(a), None) if a.is_ascii_alphabetic() => a,
        _ => c,
    }
}

/// What an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    /// A UN member or observer state.
    State,
    /// A GGE, an OEWG or the permanent mechanism.
    Group,
    /// A General Assembly resolution (`A/RES/..`).
    Resolution,
    /// A report or other document with an `A/..` symbol.
    Report,
    /// A draft resolution of the First Committee (`A/C.1/73/L.27/Rev.1`).
    Draft,
    /// A norm of responsible State behaviour.
    Norm,
    /// A person, such as a chair.
    Person,
    /// A source document the tool read.
    Document,
}

impl EntityKind {
    /// The snake_case name used in JSON and tables.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::State => "state",
            EntityKind::Group => "group",
            EntityKind::Resolution => "resolution",
            EntityKind::Report => "report",
            EntityKind::Draft => "draft",
            EntityKind::Norm => "norm",
            EntityKind::Person => "person",
            EntityKind::Document => "document",
        }
    }
}

impl fmt::Display for EntityKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The kind of process a group is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GroupKind {
    /// Group of Governmental Experts.
    Gge,
    /// Open-Ended Working Group.
    Oewg,
    /// The permanent mechanism that follows the OEWG 2021-2025.
    Mechanism,
}

impl GroupKind {
    /// The lower-case name used in ids and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            GroupKind::Gge => "gge",
            GroupKind::Oewg => "oewg",
            GroupKind::Mechanism => "mechanism",
        }
    }
}

/// A group id parsed into its parts: `gge-2014-2015` is (Gge, 2014, Some(2015)).
///
/// The one description of a UN group. The other group types each wrap it for one stage:
/// `extract::refs::GroupMention` is how a sentence names a group before it is resolved to
/// a key; `analysis::MembershipGroup` is a row of a membership table, which may also be a
/// name from a user's CSV with no key; `graph::GroupSummary` is a key with the facts the
/// graph holds on it, as `ggegraph groups` lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct GroupKey {
    /// GGE, OEWG or mechanism.
    pub kind: GroupKind,
    /// First year of work.
    pub start: u16,
    /// Last year of work; `None` for an open-ended mechanism.
    pub end: Option<u16>,
}

impl GroupKey {
    /// The stable id: `gge-2014-2015`, `oewg-2021-2025`, `mechanism-2026`.
    pub fn id(&self) -> EntityId {
        // Made for every membership claim: digits written by `itoa`, not the formatter.
        let mut digits = itoa::Buffer::new();
        let mut id = String::with_capacity(20);
        id.push_str(self.kind.as_str());
        id.push('-');
        id.push_str(digits.format(self.start));
        if let Some(end) = self.end {
            id.push('-');
            id.push_str(digits.format(end));
        }
        EntityId(id)
    }
    /// Parses an id made by [`GroupKey::id`].
    pub fn parse(id: &str) -> Option<GroupKey> {
        let mut parts = id.split('-');
        let kind = match parts.next()? {
            "gge" => GroupKind::Gge,
            "oewg" => GroupKind::Oewg,
            "mechanism" => GroupKind::Mechanism,
            _ => return None,
        };
        let start: u16 = parts.next()?.parse().ok()?;
        let end = match parts.next() {
            Some(e) => Some(e.parse().ok()?),
            None => None,
        };
        if parts.next().is_some() {
            return None;
        }
        Some(GroupKey { kind, start, end })
    }
    /// The years as tables print them: `2014-2015`, or `2026-` for an open-ended group.
    pub fn years(&self) -> String {
        match self.end {
            Some(e) => format!("{}-{e}", self.start),
            None => format!("{}-", self.start),
        }
    }
    /// Human label: `GGE 2014/2015`, `OEWG 2021-2025`, `Global Mechanism (2026-)`.
    pub fn label(&self) -> String {
        match (self.kind, self.end) {
            (GroupKind::Gge, Some(e)) => format!("GGE {}/{}", self.start, e),
            (GroupKind::Oewg, Some(e)) => format!("OEWG {}-{}", self.start, e),
            (GroupKind::Mechanism, Some(e)) => format!("Global Mechanism ({}-{})", self.start, e),
            (GroupKind::Mechanism, None) => format!("Global Mechanism ({}-)", self.start),
            (k, None) => format!("{} {}", k.as_str().to_uppercase(), self.start),
        }
    }
}

mod claim;
pub mod literal;
mod object;
mod provenance;
mod relation;

pub use claim::{Claim, ClaimRef, ClaimSet, Entity, Statement};
pub use literal::Literal;
pub use object::{Object, ObjectRef};
pub use provenance::{MAX_QUOTE_CHARS, Provenance, Status, quote_window};
pub use relation::Relation;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_are_bounded_windows_around_the_mention() {
        let s = "Members: Brazil, China, France, Germany, India.";
        assert_eq!(quote_window(s, 0, 5, 100), s);
        // At the start: all the budget goes after the mention.
        assert_eq!(quote_window(s, 0, 7, 10), "Members: B…");
        // At the end: all of it before.
        assert_eq!(quote_window(s, 41, 47, 10), "…ny, India.");
        // A mention longer than the budget is cut to it.
        assert_eq!(quote_window(s, 9, 47, 6), "…Brazil…");
        // Offsets inside a character or past the end are moved back, never split one.
        let t = "ééééééééééééééééééééé";
        assert_eq!(quote_window(t, 11, 13, 4), "…éééé…");
        assert_eq!(quote_window(t, 999, 1000, 3), "…ééé");
        assert_eq!(quote_window(t, 5, 1, 2), "…éé…");
    }

    #[test]
    fn quoting_every_mention_of_a_long_sentence_is_linear() {
        let sentence = "Brazil, ".repeat(20_000);
        let total: usize = (0..20_000)
            .map(|k| quote_window(&sentence, k * 8, k * 8 + 6, MAX_QUOTE_CHARS).len())
            .sum();
        assert!(total <= 20_000 * (MAX_QUOTE_CHARS + 6), "{total}");
    }

    fn claim(subject: &str, object: &str, document: &str, line: u32) -> Claim {
        Claim {
            subject: EntityId::from(subject),
            relation: Relation::MemberOf,
            object: EntityId::from(object).into(),
            provenance: Provenance {
                document: document.into(),
                page: None,
                line,
                column: 1,
                text: "The members were: Brazil and China.".into(),
                status: Status::Stated,
                rule: "",
            },
        }
    }

    #[test]
    fn claim_sets_merge_in_any_order_to_sorted_unique_claims() {
        let a = vec![
            claim("state:CHN", "gge-2014-2015", "b.md", 3),
            claim("state:BRA", "gge-2014-2015", "b.md", 3),
            claim("state:BRA", "gge-2014-2015", "b.md", 3),
        ];
        let b = vec![
            claim("state:BRA", "gge-2014-2015", "a.md", 9),
            claim("state:BRA", "gge-2014-2015", "b.md", 3),
        ];
        let mut expected = [a.clone(), b.clone()].concat();
        expected.sort();
        expected.dedup();
        for (first, second) in [(&a, &b), (&b, &a)] {
            let mut set = ClaimSet::from_claims(first.clone());
            set.append(ClaimSet::from_claims(second.clone()));
            assert_eq!(set.statement_count(), 2);
            set.settle();
            let claims: Vec<Claim> = set.iter().map(|c| c.to_claim()).collect();
            assert_eq!(claims, expected);
        }
    }

    #[test]
    fn group_ids_round_trip() {
        for id in ["gge-2014-2015", "oewg-2021-2025", "mechanism-2026"] {
            let key = GroupKey::parse(id).expect("parses");
            assert_eq!(key.id().as_str(), id);
        }
        assert!(GroupKey::parse("gge-20x4-2015").is_none());
        assert!(GroupKey::parse("foo-2014-2015").is_none());
    }

    #[test]
    fn kinds_from_id_shape() {
        assert_eq!(
            EntityId::from("A/RES/68/243").kind(),
            EntityKind::Resolution
        );
        assert_eq!(EntityId::from("A/70/174").kind(), EntityKind::Report);
        assert_eq!(EntityId::from("state:BRA").kind(), EntityKind::State);
        assert_eq!(EntityId::from("gge-2014-2015").kind(), EntityKind::Group);
    }

    #[test]
    fn person_slug_folds_accents() {
        assert_eq!(
            EntityId::person("Carlos Luís Dantas Coutinho Perez").as_str(),
            "person:carlos-luis-dantas-coutinho-perez"
        );
        assert_eq!(
            EntityId::person("Jürg Lauber").as_str(),
            "person:jurg-lauber"
        );
    }
}
