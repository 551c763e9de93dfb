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
        EntityId(format!("state:{iso3}"))
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
    /// All kinds, in display order.
    pub const ALL: [EntityKind; 8] = [
        EntityKind::State,
        EntityKind::Group,
        EntityKind::Resolution,
        EntityKind::Draft,
        EntityKind::Report,
        EntityKind::Norm,
        EntityKind::Person,
        EntityKind::Document,
    ];
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
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
        match self.end {
            Some(end) => EntityId(format!("{}-{}-{}", self.kind.as_str(), self.start, end)),
            None => EntityId(format!("{}-{}", self.kind.as_str(), self.start)),
        }
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

/// What a claim says about its subject.
///
/// Entity relations link two entities and become graph edges; literal relations give a
/// subject a value (a date, a vote, a count) and become node attributes, which is where
/// disagreements between documents are looked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    /// state -> group: the state had an expert (or was a participant) in the group.
    MemberOf,
    /// person -> group: the person chaired the group.
    Chairs,
    /// person -> state: the person acted for this state (a chair's nationality).
    Represents,
    /// resolution -> group: the resolution established or convened the group.
    Establishes,
    /// group -> report: the group produced the report.
    Produces,
    /// state -> resolution: the state introduced or sponsored the resolution.
    Sponsors,
    /// group -> earlier group: the group followed on from the earlier one.
    Succeeds,
    /// report -> norm: the report sets out the norm.
    Articulates,
    /// resolution or report -> norm: the text reaffirms or calls for the norm.
    Reaffirms,
    /// document -> entity: the document names the entity.
    Mentions,
    /// resolution -> date: when the General Assembly adopted it.
    AdoptedOn,
    /// resolution -> how: "without a vote", "unanimously", "recorded vote 119-46-14".
    Adoption,
    /// group or report -> date: when the group adopted its report.
    ReportAdoptedOn,
    /// group -> number: how many members the document says the group had.
    MemberCount,
    /// report -> number: how many norms the document says the report set out.
    NormCount,
    /// group -> "consensus report" | "no consensus".
    Outcome,
    /// state -> resolution or draft: the state voted in favour in a recorded vote.
    VotedYes,
    /// state -> resolution or draft: the state voted against in a recorded vote.
    VotedNo,
    /// state -> resolution or draft: the state abstained in a recorded vote.
    Abstained,
    /// draft -> resolution: the draft was adopted as the resolution.
    Becomes,
}

impl Relation {
    /// Every relation, in display order.
    pub const ALL: [Relation; 20] = [
        Relation::MemberOf,
        Relation::Chairs,
        Relation::Represents,
        Relation::Establishes,
        Relation::Produces,
        Relation::Sponsors,
        Relation::Succeeds,
        Relation::Articulates,
        Relation::Reaffirms,
        Relation::Mentions,
        Relation::AdoptedOn,
        Relation::Adoption,
        Relation::ReportAdoptedOn,
        Relation::MemberCount,
        Relation::NormCount,
        Relation::Outcome,
        Relation::VotedYes,
        Relation::VotedNo,
        Relation::Abstained,
        Relation::Becomes,
    ];
    /// The snake_case name used in JSON, tables and exports.
    pub fn as_str(self) -> &'static str {
        match self {
            Relation::MemberOf => "member_of",
            Relation::Chairs => "chairs",
            Relation::Represents => "represents",
            Relation::Establishes => "establishes",
            Relation::Produces => "produces",
            Relation::Sponsors => "sponsors",
            Relation::Succeeds => "succeeds",
            Relation::Articulates => "articulates",
            Relation::Reaffirms => "reaffirms",
            Relation::Mentions => "mentions",
            Relation::AdoptedOn => "adopted_on",
            Relation::Adoption => "adoption",
            Relation::ReportAdoptedOn => "report_adopted_on",
            Relation::MemberCount => "member_count",
            Relation::NormCount => "norm_count",
            Relation::Outcome => "outcome",
            Relation::VotedYes => "voted_yes",
            Relation::VotedNo => "voted_no",
            Relation::Abstained => "abstained",
            Relation::Becomes => "becomes",
        }
    }
    /// True when the object is a value (date, vote, count) rather than an entity.
    pub fn is_literal(self) -> bool {
        matches!(
            self,
            Relation::AdoptedOn
                | Relation::Adoption
                | Relation::ReportAdoptedOn
                | Relation::MemberCount
                | Relation::NormCount
                | Relation::Outcome
        )
    }
}

impl fmt::Display for Relation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How well the document that states a claim says it is sourced.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Stated plainly by the document.
    #[default]
    Stated,
    /// The document flags the statement as not verified (`[unverified ...]` in the sentence).
    Unverified,
}

/// Where a claim was read: document, 1-based line and column (in characters) of the
/// sentence start in the source file, and the sentence as normalised text.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Provenance {
    /// Corpus-relative document id (`seeds/gge-2014-2015.md`), shared by the claims of a
    /// document.
    pub document: std::sync::Arc<str>,
    /// 1-based page, for documents with pages (PDF; Word files that record their page
    /// breaks): `line` is then the line on that page. Absent from JSON when `None`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    /// 1-based line in the source file (on the page, for paged documents).
    pub line: u32,
    /// 1-based column (Unicode scalar values) in the source line.
    pub column: u32,
    /// The quoted sentence, shared by every claim read from it (a membership sentence
    /// gives one claim per state; one copy of the sentence serves them all). A sentence
    /// longer than [`MAX_QUOTE_CHARS`] is quoted by a window around the mention instead
    /// (see [`quote_window`]), so output stays linear in the input; the whole sentence is
    /// at `line` in the document's source page.
    pub text: std::sync::Arc<str>,
    /// Whether the document flags the statement as unverified.
    #[serde(default)]
    pub status: Status,
    /// The name of the extraction rule that read the claim (see `ggegraph rules`), so a
    /// wrong fact can be traced to the rule that made it; empty for claims not read by a
    /// rule (a membership table given by the user).
    #[serde(default, skip_deserializing, skip_serializing_if = "str::is_empty")]
    pub rule: &'static str,
}

/// Longest quote a [`Provenance`] carries, in characters (without the ellipses).
pub const MAX_QUOTE_CHARS: usize = 300;

/// The part of `sentence` to quote for a mention at bytes `mention_start..mention_end`:
/// the whole sentence when it is at most `max_chars` long, otherwise `max_chars`
/// characters around the mention (the mention first, then as much context on either
/// side as fits, split evenly), with `…` where the sentence was cut.
///
/// Offsets past the end or inside a character are moved back to a character boundary;
/// an empty or reversed range quotes around `mention_start`. The cost is in `max_chars`,
/// not in the length of the sentence, so quoting every mention of a long sentence stays
/// linear.
///
/// ```
/// use ggegraph::model::quote_window;
/// let s = "Members: Brazil, China, France, Germany, India.";
/// assert_eq!(quote_window(s, 24, 30, 14), "…na, France, Ge…");
/// assert_eq!(quote_window(s, 24, 30, 100), s);
/// ```
pub fn quote_window(
    sentence: &str,
    mention_start: usize,
    mention_end: usize,
    max_chars: usize,
) -> String {
    if sentence.len() <= max_chars {
        return sentence.to_string();
    }
    let floor = |mut i: usize| {
        i = i.min(sentence.len());
        while !sentence.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let start = floor(mention_start);
    let end = floor(mention_end).max(start);
    // Byte end of the mention cut to `max_chars` characters, and how many it has.
    let (mention_end, mention_chars) = advance(sentence, start, end, max_chars);
    let rest = max_chars - mention_chars;
    // Up to `rest` characters are available on each side; each side gets half, or more
    // when the other side has fewer.
    let before: Vec<usize> = sentence[..start]
        .char_indices()
        .rev()
        .take(rest)
        .map(|(i, _)| i)
        .collect();
    let (_, after_chars) = advance(sentence, mention_end, sentence.len(), rest);
    let take_before = before.len().min(rest - rest.div_ceil(2).min(after_chars));
    let take_after = after_chars.min(rest - take_before);
    let lo = match take_before {
        0 => start,
        n => before[n - 1],
    };
    let (hi, _) = advance(sentence, mention_end, sentence.len(), take_after);
    let mut quote = String::with_capacity(hi - lo + 6);
    if lo > 0 {
        quote.push('…');
    }
    quote.push_str(&sentence[lo..hi]);
    if hi < sentence.len() {
        quote.push('…');
    }
    quote
}

/// From byte `from`, at most `n` characters of `text` but not past byte `limit`: the byte
/// reached and the characters passed.
fn advance(text: &str, from: usize, limit: usize, n: usize) -> (usize, usize) {
    let mut at = from;
    let mut count = 0;
    for c in text[from..limit].chars().take(n) {
        at += c.len_utf8();
        count += 1;
    }
    (at, count)
}

impl Provenance {
    /// Where the claim was read, as a citation: `doc.txt:12:5`, or for a paged document
    /// `report.pdf p. 7, line 12` (the column of a line extracted from a page is not
    /// something a reader of the page can count).
    pub fn location(&self) -> String {
        match self.page {
            Some(page) => format!("{} p. {page}, line {}", self.document, self.line),
            None => format!("{}:{}:{}", self.document, self.line, self.column),
        }
    }
}

pub mod literal;
pub use literal::Literal;

/// What a claim says of its subject: another entity, or for a literal relation (see
/// [`Relation::is_literal`]) a typed value. Written as the entity id or the value's
/// normalised text (`gge-2014-2015`, `2013-12-27`, `recorded vote 119-46-14`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Object {
    /// An entity.
    Entity(EntityId),
    /// A typed value.
    Literal(Literal),
}

impl Object {
    /// The entity, for an entity object.
    pub fn entity(&self) -> Option<&EntityId> {
        match self {
            Object::Entity(id) => Some(id),
            Object::Literal(_) => None,
        }
    }

    /// The value, for a literal object.
    pub fn literal(&self) -> Option<&Literal> {
        match self {
            Object::Literal(v) => Some(v),
            Object::Entity(_) => None,
        }
    }

    /// The object of `relation` written as `text`: a value for a literal relation (`None`
    /// when the text is no such value), an entity id otherwise.
    pub fn parse(relation: Relation, text: &str) -> Option<Object> {
        if relation.is_literal() {
            Literal::parse(relation, text).map(Object::Literal)
        } else {
            Some(Object::Entity(EntityId(text.to_string())))
        }
    }

    /// True when the object is the entity `id`.
    pub fn is(&self, id: &str) -> bool {
        self.entity().is_some_and(|e| e.0 == id)
    }
}

/// An [`Object`] borrowed from where it is kept (an edge's target node, a node's value).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ObjectRef<'a> {
    /// An entity.
    Entity(&'a EntityId),
    /// A typed value.
    Literal(&'a Literal),
}

impl ObjectRef<'_> {
    /// An owned copy.
    pub fn to_object(self) -> Object {
        match self {
            ObjectRef::Entity(id) => Object::Entity(id.clone()),
            ObjectRef::Literal(v) => Object::Literal(v.clone()),
        }
    }
}

impl fmt::Display for ObjectRef<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ObjectRef::Entity(id) => f.write_str(&id.0),
            ObjectRef::Literal(v) => v.fmt(f),
        }
    }
}

impl Serialize for ObjectRef<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl From<EntityId> for Object {
    fn from(id: EntityId) -> Self {
        Object::Entity(id)
    }
}

impl From<Literal> for Object {
    fn from(value: Literal) -> Self {
        Object::Literal(value)
    }
}

impl fmt::Display for Object {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Object::Entity(id) => f.write_str(&id.0),
            Object::Literal(v) => v.fmt(f),
        }
    }
}

impl Serialize for Object {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// One statement read from a document: subject, relation, object, and where it was read.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "ClaimRecord")]
pub struct Claim {
    /// The entity the claim is about.
    pub subject: EntityId,
    /// What is said.
    pub relation: Relation,
    /// An entity, or a typed value for literal relations.
    pub object: Object,
    /// Where it was said.
    pub provenance: Provenance,
}

/// A claim as written in JSON, before its object is read for its relation.
#[derive(Deserialize)]
struct ClaimRecord {
    subject: EntityId,
    relation: Relation,
    object: String,
    provenance: Provenance,
}

impl TryFrom<ClaimRecord> for Claim {
    type Error = String;

    fn try_from(r: ClaimRecord) -> Result<Self, Self::Error> {
        let object = Object::parse(r.relation, &r.object)
            .ok_or_else(|| format!("{:?} is no value of {}", r.object, r.relation))?;
        Ok(Claim {
            subject: r.subject,
            relation: r.relation,
            object,
            provenance: r.provenance,
        })
    }
}

/// What a claim states, without where: subject, relation and object. Sorts like
/// [`Claim`] without its provenance.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Statement {
    /// The entity the statement is about.
    pub subject: EntityId,
    /// What is said.
    pub relation: Relation,
    /// An entity, or a typed value for literal relations.
    pub object: Object,
}

/// Claims merged by what they state: each [`Statement`] once, with every provenance that
/// states it.
///
/// This is how claims are held between reading and the graph. Ids and values are kept once
/// per statement instead of once per claim, so a claim costs one [`Provenance`] (the quoted
/// sentence and document id are shared `Arc<str>`s). Documents read apart are joined with
/// [`ClaimSet::append`], which moves their provenance lists without copying ids.
#[derive(Debug, Clone, Default)]
pub struct ClaimSet {
    statements: std::collections::BTreeMap<Statement, Vec<Provenance>>,
}

impl ClaimSet {
    /// Groups claims by statement (sorting them once, in place).
    pub fn from_claims(mut claims: Vec<Claim>) -> ClaimSet {
        claims.sort_unstable();
        claims.dedup();
        let mut grouped: Vec<(Statement, Vec<Provenance>)> = Vec::new();
        for claim in claims {
            match grouped.last_mut() {
                Some((s, provenance))
                    if s.relation == claim.relation
                        && s.subject == claim.subject
                        && s.object == claim.object =>
                {
                    provenance.push(claim.provenance);
                }
                _ => grouped.push((
                    Statement {
                        subject: claim.subject,
                        relation: claim.relation,
                        object: claim.object,
                    },
                    vec![claim.provenance],
                )),
            }
        }
        for (_, provenance) in &mut grouped {
            provenance.shrink_to_fit();
        }
        ClaimSet {
            statements: grouped.into_iter().collect(),
        }
    }

    /// Adds the claims of `other`, moving its provenance lists.
    pub fn append(&mut self, other: ClaimSet) {
        for (statement, provenance) in other.statements {
            self.insert(statement, provenance);
        }
    }

    /// Adds provenances of one statement.
    pub fn insert(&mut self, statement: Statement, mut provenance: Vec<Provenance>) {
        use std::collections::btree_map::Entry;
        match self.statements.entry(statement) {
            Entry::Vacant(e) => {
                e.insert(provenance);
            }
            Entry::Occupied(mut e) => e.get_mut().append(&mut provenance),
        }
    }

    /// Removes one statement, returning its provenances (in no particular order).
    pub fn remove(&mut self, statement: &Statement) -> Vec<Provenance> {
        self.statements.remove(statement).unwrap_or_default()
    }

    /// Every statement, in order.
    pub fn statements(&self) -> impl Iterator<Item = &Statement> {
        self.statements.keys()
    }

    /// Keeps the claims whose provenance passes `keep`; statements left with none go.
    pub fn retain_provenance(&mut self, keep: impl Fn(&Provenance) -> bool) {
        self.statements.retain(|_, provenance| {
            provenance.retain(&keep);
            !provenance.is_empty()
        });
    }

    /// Number of statements.
    pub fn len(&self) -> usize {
        self.statements.len()
    }

    /// True when there is no claim.
    pub fn is_empty(&self) -> bool {
        self.statements.is_empty()
    }

    /// Statements in order, each with its provenances sorted and deduplicated: the claims
    /// in [`Claim`] order, grouped.
    pub fn into_sorted(self) -> impl Iterator<Item = (Statement, Vec<Provenance>)> {
        self.statements
            .into_iter()
            .map(|(statement, mut provenance)| {
                // Stable sort: the list is a run of sorted runs, one per document.
                provenance.sort();
                provenance.dedup();
                provenance.shrink_to_fit();
                (statement, provenance)
            })
    }

    /// The claims, sorted and deduplicated.
    pub fn into_claims(self) -> Vec<Claim> {
        let mut claims = Vec::new();
        for (statement, provenance) in self.into_sorted() {
            claims.extend(provenance.into_iter().map(|provenance| Claim {
                subject: statement.subject.clone(),
                relation: statement.relation,
                object: statement.object.clone(),
                provenance,
            }));
        }
        claims
    }
}

/// A claim borrowed from where it is stored (a graph edge or attribute); serialises like
/// [`Claim`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ClaimRef<'a> {
    /// The entity the claim is about.
    pub subject: &'a EntityId,
    /// What is said.
    pub relation: Relation,
    /// An entity, or a typed value for literal relations.
    pub object: ObjectRef<'a>,
    /// Where it was said.
    pub provenance: &'a Provenance,
}

impl ClaimRef<'_> {
    /// An owned copy.
    pub fn to_claim(&self) -> Claim {
        Claim {
            subject: self.subject.clone(),
            relation: self.relation,
            object: self.object.to_object(),
            provenance: self.provenance.clone(),
        }
    }
}

/// An entity as named in the corpus.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Entity {
    /// Stable id.
    pub id: EntityId,
    /// Kind of entity.
    pub kind: EntityKind,
    /// Display name.
    pub name: String,
}

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
            assert_eq!(set.len(), 2);
            assert_eq!(set.into_claims(), expected);
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
