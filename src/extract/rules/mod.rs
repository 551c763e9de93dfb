//! The reader: one pass over a document's sentences that keeps the discourse context (the
//! group a heading or the previous sentences name, the resolution being spoken of, a list
//! a cue sentence opened) and runs the rules of [`super::rulebook`] on each sentence.
//!
//! Each [`Read`] is one slot-filling procedure shared by the rules that name it; which
//! rule fired is recorded in every claim's provenance.

use super::pattern::{Exact, Folded, Text};
use super::refs::{self, Found, GroupRef, NORMS_2015_REPORT};
use super::rulebook::{
    ADOPT_VERB, CHAIR_TRIGGER, CUES, MEMBER_CELL, MEMBER_COUNT, RULES, Read, Rule, Scope,
};
use super::{DocumentExtraction, Warning, WarningKind};
use crate::documents::{Document, Sentence};
use crate::gazetteer::{MentionResolution, State, StateMatcher};
use crate::model::{
    Claim, Entity, EntityId, EntityKind, GroupKey, GroupKind, Literal, Object, Provenance,
    Relation, Status,
};

mod acts;
mod chairs;
mod members;
mod reports;

use acts::*;
use chairs::*;
use members::*;
use reports::*;

const PLACEHOLDER: &str = "?established-by:";

/// The count of norms the `norms` rule reads in a sentence that ties it to the 2015
/// report ("the 11 norms of 2015").
const NORM_COUNT_RULE: &str = "norm-count";

/// Rule names that readers give a part of what a table rule reads (not rules of their
/// own, so not in the rule table): with the table's names, every name a provenance can
/// carry.
pub(super) const SUB_RULES: [&str; 1] = [NORM_COUNT_RULE];

/// True for a placeholder id of an unresolved "established by resolution" reference.
pub(super) fn is_placeholder(id: &EntityId) -> bool {
    is_placeholder_str(&id.0)
}

/// String form of [`is_placeholder`].
pub(super) fn is_placeholder_str(id: &str) -> bool {
    id.starts_with(PLACEHOLDER)
}

/// (group kind, resolution id) of a placeholder.
pub(super) fn parse_placeholder(id: &str) -> Option<(&str, &str)> {
    id.strip_prefix(PLACEHOLDER)?.split_once(':')
}

fn placeholder(kind: GroupKind, res: &EntityId) -> EntityId {
    EntityId(format!("{PLACEHOLDER}{}:{}", kind.as_str(), res.0))
}

/// Words that end a clause: a state after one of them is not in the cue's clause.
static CLAUSE_BREAK: Folded = Folded::new(
    r"(?i);|\bbut\b|\bwhile\b|\bwhereas\b|\balthough\b|\bunlike\b|,\s+which\b|,\s+who\b|\bhowever\b",
);
/// A heading that opens a list of members ("Members", "List of members", "Composition").
static MEMBER_HEADING: Folded = Folded::new(
    r"(?i)^\s*(?:the\s+)?(?:list\s+of\s+)?(?:members|membership|composition|participating\s+states|participants|experts|member\s+states)\b",
);
/// "the group last met in 2005": the year of the group before the one a page is about.
static LAST_MET: Folded = Folded::new(
    r"(?i)\b(?:group|gge|experts)\b(?u:[^.;]){0,80}?\blast\s+met\s+in\s+((?:19|20)\d\d)\b",
);

/// Every pattern of this module, for [`super::pattern::warm`].
pub(super) const PATTERNS: [super::pattern::Any; 26] = {
    use super::pattern::Any;
    [
        Any::Exact(&PERSONAL_TITLE),
        Any::Folded(&CHAIR_OF_FOCUS),
        Any::Exact(&PERSON_BEFORE_STATE),
        Any::Exact(&PERSON_AFTER),
        Any::Exact(&PERSON_AT_END),
        Any::Folded(&CLAUSE_BREAK),
        Any::Folded(&MEMBER_GUARD),
        Any::Folded(&CHAIR_OF),
        Any::Folded(&NO_CONSENSUS),
        Any::Folded(&CONSENSUS),
        Any::Folded(&PRODUCE_VERB),
        Any::Folded(&REPORT_ADOPTED),
        Any::Folded(&SUCCEED_VERB),
        Any::Folded(&NORM_COUNT),
        Any::Folded(&NORM_LABEL),
        Any::Folded(&ARTICULATE_VERB),
        Any::Folded(&REAFFIRM_VERB),
        Any::Folded(&MEMBER_HEADING),
        Any::Exact(&ADJECTIVE_GAP),
        Any::Exact(&DEMONYM_WORD),
        Any::Folded(&CHAIR_TRIGGER),
        Any::Folded(&MEMBER_COUNT),
        Any::Folded(&GROUP_WORD),
        Any::Folded(&MEMBER_CELL),
        Any::Folded(&LAST_MET),
        Any::Folded(&REFERS_BACK),
    ]
};

/// What the discourse is about: one of the ICT groups, or a body of another subject whose
/// "Group" must not be read as an ICT group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Focus {
    /// An ICT group.
    Ict(GroupKey),
    /// A group on outer space, fissile material ...
    Other,
}

/// Everything found in one sentence, with offsets relative to the sentence start.
struct View<'a> {
    text: &'a str,
    /// The sentence with its lower-cased twin, for the case-insensitive patterns.
    match_text: Text<'a>,
    start: usize,
    status: Status,
    states: Vec<Found<&'static State>>,
    /// ICT group references (references to other bodies are left out).
    groups: Vec<Found<GroupRef>>,
    /// Where the sentence names a group of another body, if it does.
    other_group: Option<usize>,
    /// Resolutions and First Committee drafts, in order.
    acts: Vec<Found<EntityId>>,
    /// True when `acts` is the one act the sentence names by its title only.
    act_by_title: bool,
    reports: Vec<Found<EntityId>>,
    norms: Vec<Found<EntityId>>,
    /// Clause boundaries (byte offsets), in order.
    breaks: Vec<usize>,
    /// The sentence as shared by the claims' provenance, made on first use.
    shared: std::cell::OnceCell<std::sync::Arc<str>>,
    /// Whether the sentence speaks of another body's subject, found on first use.
    other_topic: std::cell::OnceCell<bool>,
    /// Quotes of a long sentence, one per 150-byte block, shared by the claims of the
    /// mentions in that block.
    windows: std::cell::RefCell<Vec<(usize, std::sync::Arc<str>)>>,
}

impl View<'_> {
    fn about_other_topic(&self) -> bool {
        *self
            .other_topic
            .get_or_init(|| refs::about_other_topic(&self.match_text))
    }

    /// The quote for a mention at `at`: the whole sentence when short, else the bounded
    /// window around the mention's 150-byte block (one copy per block, so a long list
    /// of states costs one window per block, not one per state).
    fn quote(&self, at: usize) -> std::sync::Arc<str> {
        if self.text.len() <= crate::model::MAX_QUOTE_CHARS {
            return self.shared_text();
        }
        const BLOCK: usize = 150;
        let block = at / BLOCK;
        let mut windows = self.windows.borrow_mut();
        if let Some((_, w)) = windows.iter().find(|(b, _)| *b == block) {
            return w.clone();
        }
        let start = block * BLOCK;
        let end = (start + BLOCK).min(self.text.len());
        let w: std::sync::Arc<str> =
            crate::model::quote_window(self.text, start, end, crate::model::MAX_QUOTE_CHARS).into();
        windows.push((block, w.clone()));
        w
    }

    fn shared_text(&self) -> std::sync::Arc<str> {
        self.shared
            .get_or_init(|| std::sync::Arc::from(self.text))
            .clone()
    }

    /// Index of the clause holding byte `at`.
    fn clause_of(&self, at: usize) -> usize {
        self.breaks.partition_point(|&b| b <= at)
    }

    /// Byte range of clause `i`.
    fn clause_range(&self, i: usize) -> (usize, usize) {
        let start = if i == 0 { 0 } else { self.breaks[i - 1] };
        let end = self.breaks.get(i).copied().unwrap_or(self.text.len());
        (start, end)
    }

    fn clause_text(&self, i: usize) -> &str {
        let (s, e) = self.clause_range(i);
        self.text.get(s..e).unwrap_or("")
    }
}

/// Sponsors named before the resolution they sponsor ("X introduced a draft resolution.
/// It was adopted ... (A/RES/53/70)").
struct PendingSponsors {
    paragraph: u32,
    states: Vec<(EntityId, usize)>,
    sentence: Sentence,
    rule: &'static str,
    /// Named in a heading: binds to the act of the first sentence under it.
    heading: bool,
}

/// A list a cue opened ("The members were:"): its items become members of `group`.
#[derive(Clone)]
struct PendingList {
    group: EntityId,
    status: Status,
    rule: &'static str,
    /// Lines without a state read since the last member: an annex lists each member
    /// with its expert's name and posts on the lines after it.
    since_member: u8,
}

/// One document's pass.
pub(super) struct DocumentReader<'d> {
    doc: &'d Document,
    /// The document id every provenance of this document shares.
    doc_id: std::sync::Arc<str>,
    matcher: &'d StateMatcher,
    out: DocumentExtraction,
    /// The group the current section's heading names.
    section_group: Option<Focus>,
    /// The group the previous sentences named last.
    focus: Option<Focus>,
    /// The GGE at work when the document was written, for a document about ICTs at the
    /// UN that names "the group" without saying which.
    dated_gge: Option<GroupKey>,
    section_resolution: Option<EntityId>,
    /// The resolution or draft the previous sentences named last.
    focus_act: Option<EntityId>,
    current_report: Option<EntityId>,
    in_sources: bool,
    pending_sponsors: Option<PendingSponsors>,
    pending_list: Option<PendingList>,
    /// The General Assembly session a bare draft number ("L.23") belongs to: that of the
    /// last full draft symbol read, else the one the document's date falls in.
    draft_session: Option<u16>,
    /// The year the document is dated (its dateline), if it has one.
    year: Option<u16>,
    /// The General Assembly session the document is about: one it names, else the one
    /// its date falls in.
    doc_session: Option<u16>,
    /// The title family of ICT resolution the document names, when it names one only.
    doc_title: Option<refs::ActTitle>,
    /// (person, group) chair claims made in the current sentence.
    sentence_chairs: Vec<(EntityId, EntityId)>,
    /// The rule whose claims are being made.
    rule: &'static str,
}

impl<'d> DocumentReader<'d> {
    pub(super) fn new(doc: &'d Document, matcher: &'d StateMatcher) -> Self {
        // The whole text is lower-cased and the dateline found once for the three
        // document-wide cues (dated group, session, title).
        let text = Text::new(&doc.text);
        let year = document_year(doc);
        DocumentReader {
            doc,
            doc_id: std::sync::Arc::from(doc.id.as_str()),
            matcher,
            out: DocumentExtraction::default(),
            section_group: None,
            focus: None,
            dated_gge: dated_gge(doc, &text, year).or_else(|| group_of_report_symbol(doc)),
            section_resolution: None,
            focus_act: None,
            current_report: None,
            in_sources: false,
            pending_sponsors: None,
            pending_list: None,
            draft_session: year.map(|y| y.saturating_sub(1945)),
            year,
            doc_session: refs::session_in(&text).or_else(|| year.map(|y| y.saturating_sub(1945))),
            doc_title: refs::title_in(&text),
            sentence_chairs: Vec::new(),
            rule: "",
        }
    }

    pub(super) fn read(mut self) -> DocumentExtraction {
        let doc_id = EntityId::document(&self.doc.id);
        self.out.entities.insert(
            doc_id.clone(),
            Entity {
                id: doc_id,
                kind: EntityKind::Document,
                name: self.doc.id.clone(),
            },
        );
        for sentence in self.doc.sentences.clone() {
            self.sentence(&sentence);
        }
        self.out
    }

    fn sentence(&mut self, s: &Sentence) {
        let view = self.view(s);
        self.record_mentions(&view);
        if self.list_item(s, &view) {
            return;
        }
        if s.heading {
            self.heading(s, &view);
            return;
        }
        if self.in_sources {
            return;
        }
        self.bind_pending_sponsors(s, &view);
        self.sentence_chairs.clear();
        let mut members_read = false;
        let cues = CUES.matches(&view.match_text);
        for (i, rule) in RULES.iter().enumerate() {
            if !cues.matched(i) {
                continue;
            }
            // The set said the cue matches; only the reads that start from the cue's
            // place search for it again.
            let cue = || {
                rule.trigger
                    .find(&view.match_text)
                    .map(|m| (m.start(), m.end()))
            };
            self.rule = rule.name;
            match rule.read {
                Read::Members if !members_read => {
                    // Each clause may have its own cue ("A was selected for the GGE; B
                    // holds a seat on it"); a handful per sentence is plenty, and the cap
                    // keeps a hostile one-line list linear.
                    let mut last_clause = None;
                    for cue in rule.trigger.find_iter(&view.match_text).take(16) {
                        let clause = view.clause_of(cue.start());
                        if last_clause == Some(clause) {
                            continue;
                        }
                        last_clause = Some(clause);
                        members_read |= self.members(&view, rule, cue.start(), cue.end());
                    }
                }
                Read::Members => {}
                Read::MemberList => self.open_list(&view, rule),
                Read::MemberCount => self.member_count(&view),
                Read::Chair => self.chairs(&view),
                Read::ElectedChair => {
                    if let Some((start, end)) = cue() {
                        self.elected_chair(&view, start, end);
                    }
                }
                Read::ChairApposition => {
                    if let Some((start, end)) = cue() {
                        self.apposition_chair(&view, start, end);
                    }
                }
                Read::EstablishActive => self.establishes(&view, rule),
                Read::EstablishPassive => {
                    if let Some((start, end)) = cue() {
                        self.established_by(&view, start, end);
                    }
                }
                Read::Adoption => self.adoption(&view),
                Read::SponsorPassive => self.sponsors_passive(s, &view, rule),
                Read::SponsorActive => {
                    if let Some((start, _)) = cue() {
                        self.sponsors_active(s, &view, start);
                    }
                }
                Read::SponsorAdjective => self.sponsors_adjective(s, &view, rule),
                Read::Produces => self.produces_and_outcome(&view),
                Read::Succeeds => self.succeeds(&view),
                Read::Norms => self.norms(&view),
                Read::VotesInParentheses => self.votes(&view, super::votes::parenthesised),
                Read::VoteColumns => self.votes(&view, super::votes::columns),
                Read::NamedVoters => self.votes(&view, super::votes::named_voters),
                Read::DraftBecomes => self.draft_becomes(&view),
                Read::SponsorsOf => {
                    if let Some((_, end)) = cue() {
                        self.sponsors_of(s, &view, end);
                    }
                }
            }
        }
        self.update_focus(&view);
    }

    /// After a sentence: the group it named last becomes the focus for "the Group" in the
    /// sentences that follow, and its last resolution the one "the text" refers to.
    fn update_focus(&mut self, view: &View<'_>) {
        let last_ict = view.groups.iter().rev().find_map(|g| match g.value {
            GroupRef::Explicit(k) => Some((g.start, k)),
            _ => None,
        });
        match (last_ict, view.other_group) {
            (Some((at, k)), Some(o)) if o < at => self.focus = Some(Focus::Ict(k)),
            (Some((_, k)), None) => self.focus = Some(Focus::Ict(k)),
            (_, Some(_)) => self.focus = Some(Focus::Other),
            _ => {}
        }
        if let Some(a) = view.acts.last() {
            self.focus_act = Some(a.value.clone());
        }
    }

    fn view(&mut self, s: &Sentence) -> View<'d> {
        let doc: &'d Document = self.doc;
        let text = doc.sentence_text(s);
        let match_text = Text::new(text);
        let marker = match_text.lower().find("[unverified");
        let status = if marker.is_some() {
            Status::Unverified
        } else {
            Status::Stated
        };
        let mut states = Vec::new();
        for m in self.matcher.find_all(text) {
            // Names inside the "[unverified: ...]" note are commentary, not facts.
            if marker.is_some_and(|at| {
                m.start >= at && text[at..].find(']').is_none_or(|e| m.start < at + e)
            }) {
                continue;
            }
            if names_a_person(text, m.start, m.end) {
                continue;
            }
            match m.resolution {
                MentionResolution::State(st) => states.push(Found {
                    start: m.start,
                    end: m.end,
                    value: st,
                }),
                MentionResolution::Ambiguous(name) => {
                    let pos = doc.position(s.start + m.start);
                    self.out.warnings.push(Warning {
                        document: doc.id.clone(),
                        page: doc.page(s.start + m.start),
                        line: pos.line,
                        column: pos.column,
                        kind: WarningKind::AmbiguousName,
                        message: format!("\"{name}\" may name more than one state; not resolved"),
                    });
                }
            }
        }
        let mut groups = Vec::new();
        let mut other_group = None;
        let found_groups = refs::find_groups_in(&match_text);
        let topics = (!found_groups.is_empty()).then(|| refs::Topics::of(&match_text));
        for mut g in found_groups {
            if topics
                .as_ref()
                .is_some_and(|t| t.names_other_body(g.start, g.end))
            {
                other_group.get_or_insert(g.start);
                continue;
            }
            if let GroupRef::Dated { start, end } = g.value {
                match self.dated_group(start, end) {
                    Some(key) => g.value = GroupRef::Explicit(key),
                    None => continue,
                }
            }
            groups.push(g);
        }
        let mut acts = refs::find_resolutions_in(&match_text);
        let drafts = refs::find_drafts(text);
        if let Some(session) = drafts.last().and_then(|d| refs::session_of(&d.value)) {
            self.draft_session = Some(session);
        }
        if let Some(session) = self.draft_session {
            acts.extend(
                refs::find_bare_drafts(text, session)
                    .into_iter()
                    .filter(|b| !drafts.iter().any(|d| d.start <= b.start && b.start < d.end)),
            );
        }
        acts.extend(drafts);
        let mut act_by_title = false;
        if acts.is_empty() {
            acts.extend(self.act_by_title(&match_text));
            act_by_title = !acts.is_empty();
        }
        acts.sort_by_key(|a| a.start);
        let mut breaks: Vec<usize> = CLAUSE_BREAK
            .find_iter(&match_text)
            .map(|m| m.start())
            .collect();
        breaks.dedup();
        View {
            text,
            start: s.start,
            status,
            states,
            groups,
            other_group,
            acts,
            act_by_title,
            reports: refs::find_reports(text),
            norms: refs::find_norms_in(&match_text),
            breaks,
            match_text,
            shared: std::cell::OnceCell::new(),
            other_topic: std::cell::OnceCell::new(),
            windows: std::cell::RefCell::new(Vec::new()),
        }
    }

    /// The act a sentence names by its title only ("adopted draft resolution XVI,
    /// 'Developments in the field of information ...', by a recorded vote of ..."): the one
    /// the catalogue knows for that title and the session the sentence (a session or a
    /// year in it) or the document gives, at the title's place. A sentence where the First
    /// Committee acts links only to a draft the catalogue knows; none when it knows none.
    fn act_by_title(&self, text: &Text<'_>) -> Option<Found<EntityId>> {
        let (title, start, end) = refs::title_span(text)?;
        let session = refs::session_in(text)
            .or_else(|| sentence_year(text.original()).map(|y| y.saturating_sub(1945)))
            .or(self.doc_session)?;
        let committee = refs::committee_acts(text, "committee");
        let act = refs::known_act(session, Some(title), committee)?;
        (!committee || act.kind() == EntityKind::Draft).then_some(Found {
            start,
            end,
            value: act,
        })
    }

    fn provenance(&self, view: &View<'_>, at: usize) -> Provenance {
        let offset = view.start + at.min(view.text.len());
        let pos = self.doc.position(offset);
        Provenance {
            document: self.doc_id.clone(),
            page: self.doc.page(offset),
            line: pos.line,
            column: pos.column,
            text: view.quote(at),
            status: view.status,
            rule: self.rule,
        }
    }

    fn claim(
        &mut self,
        view: &View<'_>,
        subject: EntityId,
        relation: Relation,
        object: impl Into<Object>,
        at: usize,
    ) {
        let provenance = self.provenance(view, at);
        self.out.claims.push(Claim {
            subject,
            relation,
            object: object.into(),
            provenance,
        });
    }

    /// The votes one shape of [`super::votes`] reads in the sentence.
    fn votes(&mut self, view: &View<'_>, read: super::votes::Reader) {
        let focus = self.focus_act.clone();
        for (state, relation, act, at) in
            read(&view.match_text, &view.states, &view.acts, focus.as_ref())
        {
            self.claim(view, EntityId::state(state.iso3), relation, act, at);
        }
    }

    /// "The draft ... became resolution ..." -> `becomes`.
    fn draft_becomes(&mut self, view: &View<'_>) {
        if let Some((draft, resolution, at)) =
            super::votes::draft_becomes(&view.match_text, &view.acts)
        {
            self.claim(view, draft, Relation::Becomes, resolution, at);
        }
    }

    fn entity(&mut self, id: &EntityId, kind: EntityKind, name: String) {
        self.out
            .entities
            .entry(id.clone())
            .or_insert_with(|| Entity {
                id: id.clone(),
                kind,
                name,
            });
    }

    /// `mentions` claims (first mention per document and entity) and entity records.
    /// Most mentions are of entities the document already named: those are skipped before
    /// a name is built, so a sentence costs a lookup per mention, not an allocation.
    fn record_mentions(&mut self, view: &View<'_>) {
        let mut found: Vec<(EntityId, EntityKind, String, usize)> = Vec::new();
        let entities = &self.out.entities;
        let mut note = |id: EntityId, kind: EntityKind, name: &dyn Fn() -> String, at: usize| {
            if !entities.contains_key(&id) && !found.iter().any(|f| f.0 == id) {
                found.push((id, kind, name(), at));
            }
        };
        for st in &view.states {
            note(
                EntityId::state(st.value.iso3),
                EntityKind::State,
                &|| st.value.name.to_string(),
                st.start,
            );
        }
        for g in &view.groups {
            if let GroupRef::Explicit(key) = &g.value {
                note(key.id(), EntityKind::Group, &|| key.label(), g.start);
            }
        }
        for r in &view.acts {
            note(
                r.value.clone(),
                r.value.kind(),
                &|| r.value.0.clone(),
                r.start,
            );
        }
        for r in &view.reports {
            note(
                r.value.clone(),
                EntityKind::Report,
                &|| r.value.0.clone(),
                r.start,
            );
        }
        for n in &view.norms {
            let letter = n.value.0.chars().last().unwrap_or('a');
            note(
                n.value.clone(),
                EntityKind::Norm,
                &|| format!("Norm 13 ({letter})"),
                n.start,
            );
        }
        if !found.is_empty() {
            self.mention_all(view, found);
        }
    }

    fn mention_all(&mut self, view: &View<'_>, found: Vec<(EntityId, EntityKind, String, usize)>) {
        let doc_id = EntityId::document(&self.doc.id);
        let rule = std::mem::take(&mut self.rule);
        for (id, kind, name, at) in found {
            if !self.out.entities.contains_key(&id) {
                self.claim(view, doc_id.clone(), Relation::Mentions, id.clone(), at);
            }
            self.entity(&id, kind, name);
        }
        self.rule = rule;
    }

    fn heading(&mut self, s: &Sentence, view: &View<'_>) {
        let lower = view.match_text.lower().trim();
        self.in_sources = matches!(
            lower.trim_end_matches(':'),
            "sources" | "source" | "references" | "notes"
        );
        // Sponsors a headline named wait past a dateline for the sentence under them.
        if self.pending_sponsors.as_ref().is_some_and(|p| !p.heading) {
            self.pending_sponsors = None;
        }
        self.pending_list = None;
        if self.in_sources {
            return;
        }
        if let Some(rule) = RULES.iter().find(|r| r.read == Read::SponsorAdjective) {
            self.rule = rule.name;
            self.sponsors_adjective(s, view, rule);
        }
        let explicit = view.groups.iter().find_map(|g| match g.value {
            GroupRef::Explicit(k) => Some((g.start, k)),
            _ => None,
        });
        match (explicit, view.other_group) {
            (Some((at, k)), other) if other.is_none_or(|o| at < o) => {
                self.section_group = Some(Focus::Ict(k));
                self.focus = None;
                self.section_resolution = None;
            }
            (_, Some(_)) => {
                self.section_group = Some(Focus::Other);
                self.focus = None;
                self.section_resolution = None;
            }
            _ => {}
        }
        if let Some(r) = view.acts.first() {
            self.section_resolution = Some(r.value.clone());
        }
        if MEMBER_HEADING.is_match(&view.match_text)
            && view.states.is_empty()
            && let Some(group) = self.focus_group(None)
        {
            self.rule = "member-list";
            self.pending_list = Some(PendingList {
                group,
                status: view.status,
                rule: "member-list",
                since_member: 0,
            });
        }
    }

    /// The ICT group "the 2012-2013 group" names: the one group of the catalogue with those
    /// years, or, where a GGE and an OEWG share them (2019-2021), the one of the kind in
    /// focus; none on a page or in a section about another body.
    fn dated_group(&self, start: u16, end: u16) -> Option<GroupKey> {
        if self.first_focus() == Some(Focus::Other) {
            return None;
        }
        let kind = self.focus_kind();
        let mut years = refs::KNOWN_GROUPS
            .iter()
            .filter(|k| k.start == start && k.end == Some(end));
        let (first, second) = (years.next()?, years.next());
        match second {
            None => Some(*first),
            Some(second) => [first, second]
                .into_iter()
                .find(|k| Some(k.kind) == kind)
                .copied(),
        }
    }

    /// What the section heading, else the sentences before, are about.
    fn first_focus(&self) -> Option<Focus> {
        self.section_group.or(self.focus)
    }

    /// The kind of group in focus, for a bare "the Group" that names none.
    fn focus_kind(&self) -> Option<GroupKind> {
        match self.first_focus() {
            Some(Focus::Ict(k)) => Some(k.kind),
            _ => self.dated_gge.map(|k| k.kind),
        }
    }

    /// Warns of a name in a list of members that is no known state.
    fn warn_unknown_name(&mut self, view: &View<'_>, start: usize, end: usize) {
        let offset = view.start + start;
        let pos = self.doc.position(offset);
        let name = view.text.get(start..end).unwrap_or("");
        self.out.warnings.push(Warning {
            document: self.doc.id.clone(),
            page: self.doc.page(offset),
            line: pos.line,
            column: pos.column,
            kind: WarningKind::UnknownName,
            message: format!(
                "\"{name}\" in a list of members is no state the gazetteer knows; not read"
            ),
        });
    }

    /// The group in focus for a generic reference of `kind` ("the Group", "the GGE").
    fn focus_group(&self, kind: Option<GroupKind>) -> Option<EntityId> {
        let fits = |f: Focus| match f {
            Focus::Ict(k) => kind.is_none_or(|kind| kind == k.kind),
            Focus::Other => true,
        };
        let focus = [self.section_group, self.focus]
            .into_iter()
            .flatten()
            .find(|f| fits(*f));
        match focus {
            Some(Focus::Ict(k)) => Some(k.id()),
            Some(Focus::Other) => None,
            None => self
                .dated_gge
                .filter(|g| kind.is_none_or(|k| k == g.kind))
                .map(|k| k.id()),
        }
    }

    /// The group a reference denotes, using the focus for generic phrases.
    fn resolve_group(&self, view: &View<'_>, g: &Found<GroupRef>) -> Option<EntityId> {
        match &g.value {
            GroupRef::Explicit(k) => Some(k.id()),
            GroupRef::EstablishedBy(kind, res) => Some(placeholder(*kind, res)),
            // `view` made every dated reference explicit or left it out.
            GroupRef::Dated { start, end } => self.dated_group(*start, *end).map(|k| k.id()),
            GroupRef::Generic(kind) => {
                let kind = kind.or_else(|| generic_kind(view, g));
                let phrase = &view.match_text.lower()[g.start..g.end];
                if let Some(kind) = kind
                    && (phrase.contains("latest") || phrase.contains("current"))
                {
                    // "the latest GGE": the last the catalogue knows that had begun by the
                    // year the page is dated (by now, on an undated page).
                    return refs::KNOWN_GROUPS
                        .iter()
                        .rfind(|k| k.kind == kind && self.year.is_none_or(|y| k.start <= y))
                        .map(|k| k.id());
                }
                match relative_step(phrase, &view.match_text.lower()[g.end..]) {
                    Some(step) => self.neighbour_of_focus(kind, step),
                    None => self.focus_group(kind),
                }
            }
        }
    }

    /// The group before (`step` -1) or after (+1) the ICT group in focus, of its kind:
    /// "the next GGE", "the group that followed". None without such a focus: never the
    /// focus itself.
    fn neighbour_of_focus(&self, kind: Option<GroupKind>, step: isize) -> Option<EntityId> {
        let Some(Focus::Ict(k)) = [self.focus, self.section_group]
            .into_iter()
            .flatten()
            .next()
        else {
            return None;
        };
        if kind.is_some_and(|kind| kind != k.kind) {
            return None;
        }
        let same: Vec<&GroupKey> = refs::KNOWN_GROUPS
            .iter()
            .filter(|g| g.kind == k.kind)
            .collect();
        let at = same.iter().position(|g| **g == k)?;
        let to = at.checked_add_signed(step)?;
        same.get(to).map(|g| g.id())
    }

    /// The group a sentence is about: the first group named in it, else the focus; none
    /// when the sentence names a body of another subject first.
    fn subject_group(&self, view: &View<'_>) -> Option<(EntityId, usize)> {
        let first = view.groups.first();
        if let Some(o) = view.other_group
            && first.is_none_or(|g| o < g.start)
        {
            return None;
        }
        for g in &view.groups {
            if let Some(id) = self.resolve_group(view, g) {
                return Some((id, g.start));
            }
        }
        // A sentence that names a group this reader cannot resolve ("the OEWG" while a GGE
        // is in focus) is about that group, not the focus.
        if !view.groups.is_empty() || view.other_group.is_some() || view.about_other_topic() {
            return None;
        }
        self.focus_group(None).map(|id| (id, 0))
    }
}

/// +1 for a generic phrase that names the group after the one in focus ("the next GGE",
/// "the successor group", "the group that followed"), -1 for the one before ("the previous
/// GGE"); `after` is the lower-case text after the phrase.
fn relative_step(phrase: &str, after: &str) -> Option<isize> {
    let words = |list: &[&str]| phrase.split_whitespace().any(|w| list.contains(&w));
    let after = after.trim_start();
    if words(&["next", "successor", "following", "subsequent"])
        || [
            "that followed",
            "which followed",
            "that succeeded",
            "which succeeded",
        ]
        .iter()
        .any(|p| after.starts_with(p))
    {
        Some(1)
    } else if words(&["previous", "preceding", "earlier"]) {
        Some(-1)
    } else {
        None
    }
}

/// The kind a generic "the Group" has from the words after it ("the Group of Governmental
/// Experts").
fn generic_kind(view: &View<'_>, g: &Found<GroupRef>) -> Option<GroupKind> {
    let after = view.match_text.lower().get(g.end..)?;
    if after.trim_start().starts_with("of governmental experts") {
        Some(GroupKind::Gge)
    } else {
        None
    }
}

/// The one year a sentence names, if it names one only ("in 2019").
pub(super) fn sentence_year(text: &str) -> Option<u16> {
    let mut years = text
        .split(|c: char| !c.is_ascii_digit())
        .filter(|w| w.len() == 4 && (w.starts_with("19") || w.starts_with("20")));
    let first = years.next()?;
    years
        .all(|y| y == first)
        .then(|| first.parse().ok())
        .flatten()
}

/// A year within the 80 bytes after `at` ("convene in 2019", "was established in 2009").
fn year_after(view: &View<'_>, at: usize) -> Option<u16> {
    let mut end = (at + 80).min(view.text.len());
    while !view.text.is_char_boundary(end) {
        end -= 1;
    }
    let window = view.text.get(at..end)?;
    window
        .split(|c: char| !c.is_ascii_digit())
        .find(|w| w.len() == 4 && (w.starts_with("19") || w.starts_with("20")))
        .and_then(|w| w.parse().ok())
}

/// True when the state name at `start..end` is a given name followed by a surname
/// ("Jordan Smith", "Georgia Holmes"): the mention names a person, not the state.
fn names_a_person(text: &str, start: usize, end: usize) -> bool {
    const GIVEN_NAMES: [&str; 5] = ["Jordan", "Georgia", "Chad", "India", "Israel"];
    if !GIVEN_NAMES.contains(&&text[start..end]) {
        return false;
    }
    let Some(rest) = text[end..].strip_prefix(' ') else {
        return false;
    };
    let word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.all(char::is_lowercase)
        && word.len() >= 2
        && crate::gazetteer::lookup(&word).is_none()
        && !matches!(
            word.as_str(),
            "The" | "And" | "Group" | "State" | "Government" | "Valley" | "River" | "Ministry"
        )
}

/// The GGE at work in the year a document is dated, when the document is about ICTs at
/// the UN: a dated news page about "the group" of experts names no group by its years.
/// The group whose report a document is: a UN report opens with its own symbol on a line
/// of its own ("A/68/98"), and the catalogue knows which group wrote it.
fn group_of_report_symbol(doc: &Document) -> Option<GroupKey> {
    doc.sentences.iter().take(3).find_map(|s| {
        let line = doc.sentence_text(s).trim().trim_end_matches('*');
        let found = refs::find_reports(line);
        match found.as_slice() {
            [one] if one.start == 0 && one.end >= line.len() => refs::group_of_report(&one.value),
            _ => None,
        }
    })
}

fn dated_gge(doc: &Document, text: &Text<'_>, dateline: Option<u16>) -> Option<GroupKey> {
    // A dateline gives the year of writing; "when the group last met in 2005" says the
    // group written about is the one after the group of 2005.
    let year = dateline.or_else(|| {
        let caps = LAST_MET.captures(text)?;
        let y: u16 = caps.get(1)?.as_str().parse().ok()?;
        let earlier = refs::group_active_in(GroupKind::Gge, y)?;
        refs::KNOWN_GROUPS
            .iter()
            .find(|g| g.kind == GroupKind::Gge && g.start > earlier.end.unwrap_or(earlier.start))
            .map(|g| g.start)
    })?;
    let at_un = [
        "United Nations",
        "UN ",
        "U.N.",
        "General Assembly",
        "First Committee",
    ]
    .iter()
    .any(|w| doc.text.contains(w));
    (at_un && refs::about_ict(text) && !refs::about_other_topic(text))
        .then(|| refs::group_active_in(GroupKind::Gge, year))
        .flatten()
}

/// The year of the first full date in the document's opening sentences (a dateline).
fn document_year(doc: &Document) -> Option<u16> {
    doc.sentences
        .iter()
        .take(8)
        .find_map(|s| refs::find_date(doc.sentence_text(s)).and_then(|d| d.value.year))
}
