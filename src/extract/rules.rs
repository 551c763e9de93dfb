//! The reader: one pass over a document's sentences that keeps the discourse context (the
//! group a heading or the previous sentences name, the resolution being spoken of, a list
//! a cue sentence opened) and runs the rules of [`super::rulebook`] on each sentence.
//!
//! Each [`Read`] is one slot-filling procedure shared by the rules that name it; which
//! rule fired is recorded in every claim's provenance.

use super::pattern::{Exact, Folded, Text};
use super::refs::{self, Found, GroupRef, NORMS_2015_REPORT};
use super::rulebook::{
    ADOPT_VERB, CHAIR_TRIGGER, MEMBER_CELL, MEMBER_COUNT, RULES, Read, Rule, Scope,
};
use super::{DocumentExtraction, Warning, WarningKind};
use crate::documents::{Document, Sentence};
use crate::gazetteer::{MentionResolution, State, StateMatcher};
use crate::model::{
    Claim, Entity, EntityId, EntityKind, GroupKey, GroupKind, Provenance, Relation, Status,
};

const PLACEHOLDER: &str = "?established-by:";

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

/// A person's name ending just before a state's name ("Karsten Geier (Germany)", "Ambassador
/// Jürg Lauber of Switzerland"). Letters are those of the Latin (with Latin-1 and
/// Extended-A/B accents), Greek and Cyrillic alphabets, spelled as ranges: `\p{Lu}` and
/// `\p{L}` cover every script and made this one pattern cost more to compile than all the
/// others together.
static PERSON_BEFORE_STATE: Exact = Exact::unicode(
    r"((?:[A-Z\x{C0}-\x{D6}\x{D8}-\x{DE}\x{100}-\x{24F}\x{391}-\x{3A9}\x{400}-\x{42F}][A-Za-z\x{C0}-\x{D6}\x{D8}-\x{F6}\x{F8}-\x{24F}\x{386}-\x{3CE}\x{400}-\x{45F}'.-]*)(?:\s+(?:(?:de|da|do|dos|das|del|della|van|von|der|den|al|bin|ibn|le|la)\s+)*[A-Z\x{C0}-\x{D6}\x{D8}-\x{DE}\x{100}-\x{24F}\x{391}-\x{3A9}\x{400}-\x{42F}][A-Za-z\x{C0}-\x{D6}\x{D8}-\x{F6}\x{F8}-\x{24F}\x{386}-\x{3CE}\x{400}-\x{45F}'.-]*){1,7})\s*(?:\(|,?\s+of\s+(?:the\s+)?)$",
);
/// Capitalised name words at the start of a text ("Karl Weber" in "Karl Weber, the ...").
static PERSON_AFTER: Exact = Exact::unicode(
    r"^\s*((?:[A-Z\x{C0}-\x{D6}\x{D8}-\x{DE}\x{100}-\x{24F}][A-Za-z\x{C0}-\x{D6}\x{D8}-\x{F6}\x{F8}-\x{24F}'.-]*)(?:\s+(?:(?:de|da|do|dos|van|von|der|al|bin|le|la)\s+)*[A-Z\x{C0}-\x{D6}\x{D8}-\x{DE}\x{100}-\x{24F}][A-Za-z\x{C0}-\x{D6}\x{D8}-\x{F6}\x{F8}-\x{24F}'.-]*){1,5})",
);
/// Capitalised name words at the end of a text ("Petrov" in "... Petrov").
static PERSON_AT_END: Exact = Exact::unicode(
    r"((?:[A-Z\x{C0}-\x{D6}\x{D8}-\x{DE}\x{100}-\x{24F}][A-Za-z\x{C0}-\x{D6}\x{D8}-\x{F6}\x{F8}-\x{24F}'.-]*)(?:\s+(?:(?:de|da|do|dos|van|von|der|al|bin|le|la)\s+)*[A-Z\x{C0}-\x{D6}\x{D8}-\x{DE}\x{100}-\x{24F}][A-Za-z\x{C0}-\x{D6}\x{D8}-\x{F6}\x{F8}-\x{24F}'.-]*){0,5})\s*$",
);
/// Words that end a clause: a state after one of them is not in the cue's clause.
static CLAUSE_BREAK: Folded = Folded::new(
    r"(?i);|\bbut\b|\bwhile\b|\bwhereas\b|\balthough\b|\bunlike\b|,\s+which\b|,\s+who\b|\bhowever\b",
);
/// Negation, observer status, wishes and modals, speaking and voting: a clause with one of
/// these does not state who was a member.
static MEMBER_GUARD: Folded = Folded::new(
    r"(?i)\bnot\b|n't\b|\bnever\b|\bno longer\b|\bneither\b|\bnor\b|\bnon-members?\b|\bcannot\b|\bexclud\w*|\bexcept\b|\bdeclined\b|\brefused\b|\bobservers?\b|\bcall(?:ed|s|ing)?\s+for\b|\bshould\b|\bwould\b|\bwill\b|\bmay\b|\bmight\b|\bcould\b|\bwish\w*|\bhop(?:e|es|ed|ing)\b|\bwant\w*|\bseek\w*|\bsought\b|\baspir\w*|\bbid\b|\bcandida\w*|\binvited\b|\bjoin\b|\bpropos\w*|\bbecom\w*|\bnext\b|\burg(?:e|ed|es|ing)\b|\bvot(?:e|ed|es|ing)\b|\babstain\w*|\bspoke\b|\bsaid\b|\bstated\b|\bstatement\b|\bon behalf of\b|\bin favou?r\b|\bagainst\b",
);
/// A group named without its years ("the Group", "its experts").
static GROUP_WORD: Folded = Folded::new(
    r"(?i)\b(?:the|its|this|that)\s+(?:group|gge|oewg|working group|mechanism|experts)\b",
);
/// "Chair of the Committee": a chair of something that is not one of the groups.
static CHAIR_OF: Folded = Folded::new(
    r"(?i)\b(?:chair|chairman|chairwoman|chairperson|chaired|presided)\s+(?:of|over|by)?\s*(?:the\s+)?([\w-]+)",
);
static NO_CONSENSUS: Folded = Folded::new(
    r"(?i)\bno consensus\b|\bdid not (?:reach|achieve|agree)\b|\bfailed to (?:reach|agree|adopt)\b|\bwithout (?:reaching )?consensus\b|\bcould not (?:agree|reach)\b|\bunable to (?:agree|reach)\b",
);
static CONSENSUS: Folded = Folded::gated(
    r"(?i)\bconsensus report\b|\b(?:adopted|agreed)\b(?u:[^.;]){0,40}\bby consensus\b|\bby consensus\b(?u:[^.;]){0,20}\badopted\b",
    &["consensus"],
);
static PRODUCE_VERB: Folded = Folded::new(
    r"(?i)\b(?:adopted|agreed|produced|issued|published|submitted|transmitted|concluded|consensus report)\b",
);
static REPORT_ADOPTED: Folded = Folded::gated(
    r"(?i)\breports?\b(?u:[^.;]){0,60}?\b(?:adopted|agreed)\b|\b(?:adopted|agreed(?:\s+on)?)\s+(?:its|a|the|their)\s+(?:[\w-]+\s+){0,3}reports?\b",
    &["report"],
);
static SUCCEED_VERB: Folded = Folded::new(
    r"(?i)\b(?:(was\s+)?succeeded(\s+by)?|(was\s+)?followed(\s+by)?|follow-up to|successor (?:to|of)|continued the work of|took over from)\b",
);
static NORM_COUNT: Folded = Folded::gated(
    r"(?i)\b(\d{1,2}|[a-z]+)\s+(?:(?:voluntary|non-binding|agreed|GGE|2015|UN|additional)\s+)*norms\b",
    &["norms"],
);
static NORM_LABEL: Folded =
    Folded::new(r"(?i)^\s*norm\s+13\s?\(([a-k])\)\s*[:.-]\s*((?u:.+?))\s*\.?\s*$");
static ARTICULATE_VERB: Folded = Folded::new(
    r"(?i)\b(?:sets? out|set forth|articulat\w*|recommend\w*|contain\w*|agreed|propos\w*|identif\w*|lists?|listed|includ\w*|elaborat\w*)\b",
);
static REAFFIRM_VERB: Folded = Folded::new(
    r"(?i)\b(?:reaffirm\w*|call\w* (?:up)?on|guided by|welcom\w*|endors\w*|recall\w*|affirm\w*|lists?|listed|includ\w*|refer\w*|built on|builds on|elaborat\w*|guidance|implement\w*|reiterat\w*)\b",
);
/// A heading that opens a list of members ("Members", "List of members", "Composition").
static MEMBER_HEADING: Folded = Folded::new(
    r"(?i)^\s*(?:the\s+)?(?:list\s+of\s+)?(?:members|membership|composition|participating\s+states|participants|experts|member\s+states)\b",
);
/// "the group last met in 2005": the year of the group before the one a page is about.
static LAST_MET: Folded = Folded::new(
    r"(?i)\b(?:group|gge|experts)\b(?u:[^.;]){0,80}?\blast\s+met\s+in\s+((?:19|20)\d\d)\b",
);
/// A nationality adjective or state name directly qualifying a text: "-sponsored",
/// "-led", or nothing, then at most "draft".
static ADJECTIVE_GAP: Exact = Exact::ascii(
    r"^(?:-(?:led|sponsored|drafted|backed|proposed|initiated|introduced|tabled|authored))?\s+(?:(?:draft|new|own)\s+)?$",
);
static DEMONYM_WORD: Exact = Exact::ascii(
    r"\b(American|Argentine|Australian|Belarusian|Brazilian|British|Canadian|Chinese|Cuban|Dutch|Egyptian|Estonian|French|German|Indian|Indonesian|Iranian|Israeli|Italian|Japanese|Kenyan|Mexican|Russian|Singaporean|Swiss|Ukrainian)\b",
);

/// Every pattern of this module, for [`super::pattern::warm`].
pub(super) const PATTERNS: [super::pattern::Any; 23] = {
    use super::pattern::Any;
    [
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
}

/// A list a cue opened ("The members were:"): its items become members of `group`.
#[derive(Clone)]
struct PendingList {
    group: EntityId,
    status: Status,
    rule: &'static str,
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
        DocumentReader {
            doc,
            doc_id: std::sync::Arc::from(doc.id.as_str()),
            matcher,
            out: DocumentExtraction::default(),
            section_group: None,
            focus: None,
            dated_gge: dated_gge(doc),
            section_resolution: None,
            focus_act: None,
            current_report: None,
            in_sources: false,
            pending_sponsors: None,
            pending_list: None,
            draft_session: document_year(doc).map(|y| y.saturating_sub(1945)),
            year: document_year(doc),
            doc_session: refs::session_in(&Text::new(&doc.text))
                .or_else(|| document_year(doc).map(|y| y.saturating_sub(1945))),
            doc_title: refs::title_in(&Text::new(&doc.text)),
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
            self.heading(&view);
            return;
        }
        if self.in_sources {
            return;
        }
        self.bind_pending_sponsors(s, &view);
        self.sentence_chairs.clear();
        let mut members_read = false;
        for rule in RULES {
            let Some(cue) = rule.trigger.find(&view.match_text) else {
                continue;
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
                Read::ElectedChair => self.elected_chair(&view, cue.start(), cue.end()),
                Read::ChairApposition => self.apposition_chair(&view, cue.start(), cue.end()),
                Read::EstablishActive => self.establishes(&view, rule),
                Read::EstablishPassive => self.established_by(&view, cue.start(), cue.end()),
                Read::Adoption => self.adoption(&view),
                Read::SponsorPassive => self.sponsors_passive(s, &view, rule),
                Read::SponsorActive => self.sponsors_active(s, &view, cue.start()),
                Read::SponsorAdjective => self.sponsors_adjective(&view, rule),
                Read::Produces => self.produces_and_outcome(&view),
                Read::Succeeds => self.succeeds(&view),
                Read::Norms => self.norms(&view),
                Read::VotesInParentheses => self.votes(&view, super::votes::parenthesised),
                Read::VoteColumns => self.votes(&view, super::votes::columns),
                Read::DraftBecomes => self.draft_becomes(&view),
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
        for g in found_groups {
            if topics
                .as_ref()
                .is_some_and(|t| t.names_other_body(g.start, g.end))
            {
                other_group.get_or_insert(g.start);
            } else {
                groups.push(g);
            }
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
            reports: refs::find_reports(text),
            norms: refs::find_norms_in(&match_text),
            breaks,
            match_text,
            shared: std::cell::OnceCell::new(),
            other_topic: std::cell::OnceCell::new(),
            windows: std::cell::RefCell::new(Vec::new()),
        }
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
        object: String,
        at: usize,
    ) {
        let provenance = self.provenance(view, at);
        self.out.claims.push(Claim {
            subject,
            relation,
            object,
            provenance,
        });
    }

    /// The votes one shape of [`super::votes`] reads in the sentence.
    fn votes(&mut self, view: &View<'_>, read: super::votes::Reader) {
        let focus = self.focus_act.clone();
        for (state, relation, act, at) in
            read(&view.match_text, &view.states, &view.acts, focus.as_ref())
        {
            self.claim(view, EntityId::state(state.iso3), relation, act.0, at);
        }
    }

    /// "The draft ... became resolution ..." -> `becomes`.
    fn draft_becomes(&mut self, view: &View<'_>) {
        if let Some((draft, resolution, at)) =
            super::votes::draft_becomes(&view.match_text, &view.acts)
        {
            self.claim(view, draft, Relation::Becomes, resolution.0, at);
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
    fn record_mentions(&mut self, view: &View<'_>) {
        let mut found: Vec<(EntityId, EntityKind, String, usize)> = Vec::new();
        for st in &view.states {
            found.push((
                EntityId::state(st.value.iso3),
                EntityKind::State,
                st.value.name.to_string(),
                st.start,
            ));
        }
        for g in &view.groups {
            if let GroupRef::Explicit(key) = &g.value {
                found.push((key.id(), EntityKind::Group, key.label(), g.start));
            }
        }
        for r in &view.acts {
            found.push((r.value.clone(), r.value.kind(), r.value.0.clone(), r.start));
        }
        for r in &view.reports {
            found.push((
                r.value.clone(),
                EntityKind::Report,
                r.value.0.clone(),
                r.start,
            ));
        }
        for n in &view.norms {
            let letter = n.value.0.chars().last().unwrap_or('a');
            found.push((
                n.value.clone(),
                EntityKind::Norm,
                format!("Norm 13 ({letter})"),
                n.start,
            ));
        }
        self.mention_all(view, found);
    }

    fn mention_all(&mut self, view: &View<'_>, found: Vec<(EntityId, EntityKind, String, usize)>) {
        let doc_id = EntityId::document(&self.doc.id);
        let rule = std::mem::take(&mut self.rule);
        for (id, kind, name, at) in found {
            if !self.out.entities.contains_key(&id) {
                self.claim(view, doc_id.clone(), Relation::Mentions, id.0.clone(), at);
            }
            self.entity(&id, kind, name);
        }
        self.rule = rule;
    }

    fn heading(&mut self, view: &View<'_>) {
        let lower = view.match_text.lower().trim();
        self.in_sources = matches!(
            lower.trim_end_matches(':'),
            "sources" | "source" | "references" | "notes"
        );
        self.pending_sponsors = None;
        self.pending_list = None;
        if self.in_sources {
            return;
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
            && let Some(Focus::Ict(k)) = self.section_group.or(self.focus)
        {
            self.rule = "member-list";
            self.pending_list = Some(PendingList {
                group: k.id(),
                status: view.status,
                rule: "member-list",
            });
        }
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
                .filter(|_| kind.is_none_or(|k| k == GroupKind::Gge))
                .map(|k| k.id()),
        }
    }

    /// The group a reference denotes, using the focus for generic phrases.
    fn resolve_group(&self, view: &View<'_>, g: &Found<GroupRef>) -> Option<EntityId> {
        match &g.value {
            GroupRef::Explicit(k) => Some(k.id()),
            GroupRef::EstablishedBy(kind, res) => Some(placeholder(*kind, res)),
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
                self.focus_group(kind)
            }
        }
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
        if view.other_group.is_some() || view.about_other_topic() {
            return None;
        }
        self.focus_group(None).map(|id| (id, 0))
    }

    /// States the cue's clause lists as members, after the guards; true when any was read.
    fn members(&mut self, view: &View<'_>, rule: &Rule, cue_start: usize, cue_end: usize) -> bool {
        if view.states.is_empty() {
            self.open_list(view, rule);
            return false;
        }
        let Some((group, _)) = self.subject_group(view) else {
            return false;
        };
        let cue_clause = view.clause_of(cue_start);
        if guarded(view.clause_text(cue_clause)) {
            return false;
        }
        let mut taken = Vec::new();
        let mut list_run_end = cue_clause;
        let list_only = list_only_clauses(view.text, &view.breaks, &view.states);
        let mut clause_guarded: Vec<Option<bool>> = vec![None; view.breaks.len() + 1];
        // The states the cue speaks of form one list: after the cue, the first state and
        // those joined to it by list punctuation ("A, B and C"); a gap with words ends the
        // list ("A, B, chaired by X (Peru)": Peru is not a member).
        let mut after_open = true;
        let mut prev_end: Option<usize> = None;
        let before = states_listed_before(view, cue_start);
        for (i, st) in view.states.iter().enumerate() {
            if st.start >= cue_end {
                match prev_end.filter(|&pe| pe >= cue_end) {
                    Some(pe) if !is_list_gap(&view.text[pe..st.start]) => after_open = false,
                    // Between the cue and its list only words that describe the list may
                    // stand ("experts from the following 15 States:"); "Experts of the
                    // Group visited Kenya" names no member.
                    None if !membership_gap(&view.text[cue_end..st.start], 0) => after_open = false,
                    _ => {}
                }
                prev_end = Some(st.end);
                if !after_open {
                    continue;
                }
            } else if st.start < cue_start && i < before {
                continue;
            }
            let c = view.clause_of(st.start);
            // Clauses after the cue's continue its list only while each holds nothing
            // but states ("...: A, B; C and D").
            while list_run_end < c && list_only.get(list_run_end + 1).copied().unwrap_or(false) {
                list_run_end += 1;
            }
            let ok = if rule.scope == Scope::Clause {
                c == cue_clause || (c > cue_clause && c <= list_run_end && st.start > cue_end)
            } else {
                true
            };
            let guard = *clause_guarded[c.min(view.breaks.len())]
                .get_or_insert_with(|| guarded(view.clause_text(c)));
            if ok && !guard {
                taken.push((EntityId::state(st.value.iso3), st.start));
            }
        }
        let read = !taken.is_empty();
        for (state, at) in taken {
            self.claim(view, state, Relation::MemberOf, group.0.clone(), at);
        }
        read
    }

    /// A cue sentence ending in `:` with no state in it opens a list of members.
    fn open_list(&mut self, view: &View<'_>, rule: &Rule) {
        if !view.states.is_empty() || !opens_list(view.text) {
            return;
        }
        if guarded(view.text) {
            return;
        }
        let Some((group, _)) = self.subject_group(view) else {
            return;
        };
        let name = if rule.read == Read::MemberList {
            rule.name
        } else {
            "member-list"
        };
        self.pending_list = Some(PendingList {
            group,
            status: view.status,
            rule: name,
        });
    }

    /// Reads a sentence as an item of the open list, if one is open; true when the
    /// sentence was an item (or a cell) and so needs no other reading.
    fn list_item(&mut self, s: &Sentence, view: &View<'_>) -> bool {
        if s.cell
            && self.pending_list.is_none()
            && MEMBER_CELL.is_match(&view.match_text)
            && let Some(Focus::Ict(k)) = self.section_group.or(self.focus)
        {
            // A table whose header cell says "Member State" or "Country" lists members.
            self.pending_list = Some(PendingList {
                group: k.id(),
                status: view.status,
                rule: "member-table",
            });
            return true;
        }
        let Some(list) = self.pending_list.clone() else {
            return false;
        };
        let only_states = !view.states.is_empty() && residue(view).len() <= 4;
        let item = s.bullet || s.cell || only_states;
        if !item {
            self.pending_list = None;
            return false;
        }
        if guarded(view.text) {
            return true;
        }
        let states: Vec<&Found<&'static State>> = if only_states {
            view.states.iter().collect()
        } else {
            // "Brazil: Ms. Ana Ruiz": a state opening the item, the rest about its expert.
            // "Brazil: Ms. Ana Ruiz", "Ms. Ana Ruiz (Brazil)": one state in an item of
            // the list, the rest about its expert.
            view.states
                .iter()
                .filter(|_| view.states.len() == 1)
                .collect()
        };
        self.rule = list.rule;
        for st in states {
            let mut p = self.provenance(view, st.start);
            if list.status == Status::Unverified {
                p.status = list.status;
            }
            self.out.claims.push(Claim {
                subject: EntityId::state(st.value.iso3),
                relation: Relation::MemberOf,
                object: list.group.0.clone(),
                provenance: p,
            });
        }
        true
    }

    fn member_count(&mut self, view: &View<'_>) {
        let Some(caps) = MEMBER_COUNT.captures(&view.match_text) else {
            return;
        };
        let Some(word) = caps.get(1).or_else(|| caps.get(2)) else {
            return;
        };
        let Some(n) = refs::parse_count(word.as_str()) else {
            return;
        };
        if !(2..=200).contains(&n) {
            return;
        }
        let Some((group, _)) = self.subject_group(view) else {
            return;
        };
        if GroupKey::parse(&group.0).is_some_and(|k| k.kind != GroupKind::Gge) && n > 100 {
            return;
        }
        self.claim(
            view,
            group,
            Relation::MemberCount,
            n.to_string(),
            word.start(),
        );
    }

    /// The group a chair sentence names: a group reference in the sentence itself, never
    /// only the focus ("The Dialogue was chaired by ..." is about no group of ours).
    fn chair_group(&self, view: &View<'_>) -> Option<EntityId> {
        if let Some(caps) = CHAIR_OF.captures(&view.match_text)
            && let Some(w) = caps.get(1)
        {
            let w = w.as_str().to_ascii_lowercase();
            let other = [
                "committee",
                "first",
                "dialogue",
                "conference",
                "meeting",
                "session",
                "assembly",
                "council",
                "delegation",
                "board",
                "hon",
                "forum",
            ];
            if other.contains(&w.as_str()) {
                return None;
            }
        }
        if view.groups.is_empty() && !GROUP_WORD.is_match(&view.match_text) {
            return None;
        }
        self.subject_group(view).map(|(g, _)| g)
    }

    fn chairs(&mut self, view: &View<'_>) {
        let Some(t) = CHAIR_TRIGGER.find(&view.match_text) else {
            return;
        };
        let Some(group) = self.chair_group(view) else {
            return;
        };
        let name_re = PERSON_BEFORE_STATE.regex();
        let mut best: Option<(String, &'static State, usize, usize)> = None;
        for st in &view.states {
            // A name is at most a few words: looking back 200 bytes keeps a sentence with
            // thousands of states linear.
            let mut from = st.start.saturating_sub(200);
            while !view.text.is_char_boundary(from) {
                from -= 1;
            }
            let before = &view.text[from..st.start];
            let mut candidate = name_re
                .captures(before)
                .and_then(|caps| caps.get(1))
                .and_then(|m| clean_person_name(m.as_str()).map(|n| (n, from + m.start())));
            // "Germany's Karsten Geier".
            if candidate.is_none()
                && let Some(rest) = view.text[st.end..].strip_prefix("'s ")
                && let Some(m) = PERSON_AFTER.regex().captures(rest).and_then(|c| c.get(1))
            {
                let at = st.end + 3 + m.start();
                candidate = clean_person_name(m.as_str()).map(|n| (n, at));
            }
            let Some((name, at)) = candidate else {
                continue;
            };
            let dist = at.abs_diff(t.start());
            if best.as_ref().is_none_or(|b| dist < b.3) {
                best = Some((name, st.value, at, dist));
            }
        }
        let Some((name, state, at, _)) = best else {
            // "The GGE was chaired by Ambassador Ana Ruiz." names no state.
            let lower = view.match_text.lower();
            if let Some(by) = lower.find("chaired by ")
                && let Some(m) = PERSON_AFTER
                    .regex()
                    .captures(&view.text[by + 11..])
                    .and_then(|c| c.get(1))
                && let Some(name) = clean_person_name(m.as_str())
                && crate::gazetteer::lookup(&name).is_none()
                && !view
                    .states
                    .iter()
                    .any(|st| st.start >= by && st.start < by + 11 + m.end())
            {
                self.chair_claims(view, &name, None, &group, by + 11 + m.start());
            }
            return;
        };
        self.chair_claims(view, &name, Some(state), &group, at);
    }

    fn chair_claims(
        &mut self,
        view: &View<'_>,
        name: &str,
        state: Option<&'static State>,
        group: &EntityId,
        at: usize,
    ) {
        let person = EntityId::person(name);
        // Two chair rules may read one sentence; it states the chair once.
        if self
            .sentence_chairs
            .contains(&(person.clone(), group.clone()))
        {
            return;
        }
        self.sentence_chairs.push((person.clone(), group.clone()));
        self.entity(&person, EntityKind::Person, name.to_string());
        self.claim(view, person.clone(), Relation::Chairs, group.0.clone(), at);
        if let Some(state) = state {
            self.claim(
                view,
                person,
                Relation::Represents,
                EntityId::state(state.iso3).0,
                at,
            );
        }
    }

    /// "Name, Chair of the OEWG"; "A and B – chairmen of the first OEWG and the latest
    /// GGE" (paired in order).
    fn apposition_chair(&mut self, view: &View<'_>, cue_start: usize, cue_end: usize) {
        let before = view.text[..cue_start].trim_end_matches([' ', ',', '-', '–']);
        let names: Vec<(String, usize)> = before
            .rsplit(" and ")
            .take(4)
            .map_while(|part| {
                let at = part.as_ptr() as usize - view.text.as_ptr() as usize;
                let m = PERSON_AT_END.regex().captures(part)?.get(1)?;
                let name = clean_person_name(m.as_str())?;
                (crate::gazetteer::lookup(&name).is_none()).then_some((name, at + m.start()))
            })
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        if names.is_empty() {
            return;
        }
        // The groups chaired follow the cue at once, joined by "and" or commas ("of the
        // first OEWG and the latest GGE"); "Chair of the First Committee, ... the OEWG"
        // chairs no group of ours.
        let mut groups: Vec<EntityId> = Vec::new();
        let mut pos = cue_end;
        for g in view.groups.iter().filter(|g| g.start >= cue_end) {
            let gap = without_parentheses(&view.text[pos..g.start]);
            let joined = gap
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .all(|w| GROUP_NAME_WORDS.contains(&w.to_ascii_lowercase().as_str()));
            if !joined {
                break;
            }
            if let Some(id) = self.resolve_group(view, g)
                && groups.last() != Some(&id)
            {
                groups.push(id);
            }
            pos = g.end;
        }
        let pairs: Vec<(String, usize, EntityId)> = if names.len() == groups.len() {
            names
                .into_iter()
                .zip(groups)
                .map(|((n, at), g)| (n, at, g))
                .collect()
        } else if names.len() == 1
            && let Some(g) = groups.first()
        {
            names
                .into_iter()
                .map(|(n, at)| (n, at, g.clone()))
                .collect()
        } else {
            return;
        };
        for (name, at, group) in pairs {
            self.chair_claims(view, &name, None, &group, at);
        }
    }

    /// "Name[, Permanent Representative of State ...,] was elected [its] Chair [of G]".
    fn elected_chair(&mut self, view: &View<'_>, cue_start: usize, cue_end: usize) {
        let before = view.text[..cue_start].trim_end();
        let (name_part, apposition_start) = match before.strip_suffix(',') {
            Some(b) => match b.rfind(',') {
                Some(i) => (&b[..i], Some(i)),
                None => (b, None),
            },
            None => (before, None),
        };
        // "Ambassador Name of Switzerland" / "Name (Switzerland)".
        let mut state = None;
        let mut name_end = name_part.len();
        if let Some(st) = view
            .states
            .iter()
            .rev()
            .find(|st| st.end <= name_part.len() + 2 && st.start + 40 >= name_part.len())
            && let Some(m) = PERSON_BEFORE_STATE
                .regex()
                .captures(&view.text[..st.start])
                .and_then(|c| c.get(1))
        {
            state = Some(st.value);
            name_end = m.end();
        }
        let Some(m) = PERSON_AT_END
            .regex()
            .captures(&name_part[..name_end.min(name_part.len())])
            .and_then(|c| c.get(1))
        else {
            return;
        };
        let Some(name) = clean_chair_name(m.as_str()) else {
            return;
        };
        if state.is_none()
            && let Some(a) = apposition_start
        {
            state = view
                .states
                .iter()
                .find(|st| st.start > a && st.end <= cue_start)
                .map(|st| st.value);
        }
        let group = view
            .groups
            .iter()
            .filter(|g| g.start >= cue_end)
            .find_map(|g| self.resolve_group(view, g))
            .or_else(|| {
                let lower = view.match_text.lower();
                (lower[cue_start..cue_end].contains("its") || view.groups.is_empty())
                    .then(|| self.subject_group(view).map(|(g, _)| g))
                    .flatten()
            });
        let Some(group) = group else { return };
        self.chair_claims(view, &name, state, &group, m.start());
    }

    /// The resolutions a sentence speaks of, or the one in focus for "It ..." and "By the
    /// text ..." sentences.
    fn sentence_resolutions(&self, view: &View<'_>) -> Vec<(EntityId, usize)> {
        if !view.acts.is_empty() {
            return view
                .acts
                .iter()
                .map(|r| (r.value.clone(), r.start))
                .collect();
        }
        let lower = view.match_text.lower().trim_start();
        let refers_back = [
            "it ",
            "the resolution",
            "this resolution",
            "the draft",
            "this draft",
            "the text",
            "by the text",
            "by its terms",
            "under the text",
            "by the draft",
            "in the text",
        ]
        .iter()
        .any(|p| lower.starts_with(p));
        match (&self.section_resolution, &self.focus_act, refers_back) {
            (Some(r), _, true) => vec![(r.clone(), 0)],
            (None, Some(r), true) => vec![(r.clone(), 0)],
            _ => Vec::new(),
        }
    }

    /// The group an establishing phrase names at `g`: "a new GGE" after a resolution of a
    /// session is the group the catalogue says that session set up.
    fn established_group(
        &self,
        view: &View<'_>,
        g: &Found<GroupRef>,
        act: &EntityId,
        follow_up: bool,
    ) -> Option<EntityId> {
        match &g.value {
            GroupRef::Generic(kind) => {
                let kind = kind.or_else(|| generic_kind(view, g))?;
                let phrase = view.match_text.lower()[g.start..g.end].to_string();
                let definite = phrase.starts_with("the ") || phrase.starts_with("its ");
                let new = follow_up || phrase.contains("new") || phrase.contains("another");
                if definite
                    && !new
                    && let Some(focus) = self.focus_group(Some(kind))
                {
                    return Some(focus);
                }
                let by_year = year_after(view, g.end).and_then(|y| {
                    refs::KNOWN_GROUPS
                        .iter()
                        .find(|k| k.kind == kind && k.start == y)
                        .copied()
                });
                by_year
                    .or_else(|| {
                        refs::session_of(act).and_then(|s| refs::group_set_up_in_session(kind, s))
                    })
                    .map(|k| k.id())
            }
            _ => self.resolve_group(view, g),
        }
    }

    fn establishes(&mut self, view: &View<'_>, rule: &Rule) {
        let resolutions = self.sentence_resolutions(view);
        if resolutions.is_empty() || view.about_other_topic() {
            return;
        }
        for v in rule.trigger.find_iter(&view.match_text) {
            let passive = view.match_text.lower()[..v.start()]
                .trim_end()
                .rsplit(' ')
                .next()
                .is_some_and(|w| matches!(w, "was" | "were" | "been" | "is" | "be"));
            if passive {
                continue;
            }
            let Some((res, _)) = nearest_act(&resolutions, v.start(), v.start()) else {
                continue;
            };
            let verb = v.as_str().to_ascii_lowercase();
            let follow_up = verb.starts_with("follow-up");
            let from = view.groups.partition_point(|g| g.start < v.start());
            let after = view.groups[from..]
                .iter()
                .take_while(|g| g.start <= v.end() + 120)
                .find_map(|g| {
                    self.established_group(view, g, &res, follow_up)
                        .map(|id| (id, g.start))
                });
            // "the OEWG 2021-2025, established ... under resolution 75/240": a participle
            // with the resolution after it speaks of the group before it.
            let participle = matches!(
                verb.as_str(),
                "established" | "set up" | "convened" | "created" | "mandated"
            ) && resolutions.iter().any(|(_, at)| *at > v.end());
            let before = || {
                view.groups[..from]
                    .iter()
                    .rfind(|g| g.end <= v.start() && g.end + 200 >= v.start())
                    .and_then(|g| {
                        self.established_group(view, g, &res, false)
                            .map(|id| (id, g.start))
                    })
            };
            let group = match after {
                Some(g) => Some(g),
                None if participle => before(),
                None => None,
            };
            let Some((group, at)) = group else { continue };
            // "The OEWG established by resolution 75/240" says nothing new about 75/240.
            if parse_placeholder(&group.0).is_none_or(|(_, r)| r != res.0) {
                self.claim(view, res, Relation::Establishes, group.0.clone(), at);
                if let Some(k) = GroupKey::parse(&group.0) {
                    self.focus = Some(Focus::Ict(k));
                }
                return;
            }
        }
    }

    /// "The OEWG was established by resolution 73/27"; "a GGE ... was established in 2009".
    fn established_by(&mut self, view: &View<'_>, cue_start: usize, cue_end: usize) {
        let resolutions = self.sentence_resolutions(view);
        if resolutions.is_empty() || view.about_other_topic() {
            return;
        }
        let Some((res, _)) = resolutions
            .iter()
            .find(|(_, at)| *at >= cue_end)
            .or_else(|| resolutions.iter().rfind(|(_, at)| *at < cue_start))
            .cloned()
        else {
            return;
        };
        let group = view
            .groups
            .iter()
            .rfind(|g| g.start < cue_start)
            .and_then(|g| {
                self.established_group(view, g, &res, false)
                    .map(|id| (id, g.start))
            })
            .or_else(|| {
                view.groups
                    .is_empty()
                    .then(|| self.focus_group(None).map(|id| (id, 0)))
                    .flatten()
            });
        let Some((group, at)) = group else { return };
        if parse_placeholder(&group.0).is_none_or(|(_, r)| r != res.0) {
            self.claim(view, res, Relation::Establishes, group.0, at);
        }
    }

    fn adoption(&mut self, view: &View<'_>) {
        let Some(v) = ADOPT_VERB.find(&view.match_text) else {
            return;
        };
        let date = refs::find_date_in(&view.match_text);
        if REPORT_ADOPTED.is_match(&view.match_text) && view.acts.is_empty() {
            let Some(date) = date else { return };
            let Some((group, _)) = self.subject_group(view) else {
                return;
            };
            self.claim(
                view,
                group,
                Relation::ReportAdoptedOn,
                date.value,
                date.start,
            );
            return;
        }
        let resolutions: Vec<(EntityId, usize)> = self
            .sentence_resolutions(view)
            .into_iter()
            .filter(|(r, _)| r.kind() == EntityKind::Resolution)
            .collect();
        let Some((res, _)) = resolutions
            .iter()
            .min_by_key(|(_, at)| at.abs_diff(v.start()))
            .cloned()
        else {
            return;
        };
        let mode = refs::find_adoption_mode_in(&view.match_text);
        let first_committee = mode
            .as_deref()
            .is_some_and(|m| m.starts_with("First Committee"));
        if let Some(date) = date.filter(|_| !first_committee) {
            self.claim(
                view,
                res.clone(),
                Relation::AdoptedOn,
                date.value,
                date.start,
            );
        }
        if let Some(mode) = mode {
            self.claim(view, res, Relation::Adoption, mode, v.start());
        }
    }

    /// "introduced by A and B": every cue pairs with its own resolution, the nearest one
    /// before it ("resolution 73/27, which was introduced by ..."), else the next one.
    fn sponsors_passive(&mut self, s: &Sentence, view: &View<'_>, rule: &Rule) {
        let resolutions = self.sentence_resolutions(view);
        for cue in rule.trigger.find_iter(&view.match_text) {
            let sponsors = contiguous_states(view, cue.end(), true);
            if sponsors.is_empty() {
                continue;
            }
            let act = nearest_act(&resolutions, cue.start(), cue.end());
            self.sponsor_claims(s, view, sponsors, act.map(|(a, _)| a));
        }
    }

    /// Sponsors of `act`; without one, the act the catalogue knows for the session and
    /// title the text gives, else pending until the next sentence names one.
    fn sponsor_claims(
        &mut self,
        s: &Sentence,
        view: &View<'_>,
        sponsors: Vec<(EntityId, usize)>,
        act: Option<EntityId>,
    ) {
        match act.or_else(|| self.catalogue_act(view)) {
            Some(res) => {
                for (state, at) in sponsors {
                    self.claim(view, state, Relation::Sponsors, res.0.clone(), at);
                }
            }
            None => {
                self.pending_sponsors = Some(PendingSponsors {
                    paragraph: s.paragraph,
                    states: sponsors,
                    sentence: *s,
                    rule: self.rule,
                });
            }
        }
    }

    /// The act a sentence without a symbol speaks of, when it names a title family or a
    /// session and the catalogue knows exactly one act for them ("a Russia-US draft
    /// resolution" at the 76th session is A/RES/76/19). A First Committee sentence links
    /// only to a draft the catalogue knows, never to the resolution it became.
    fn catalogue_act(&self, view: &View<'_>) -> Option<EntityId> {
        if !view.acts.is_empty() {
            return None;
        }
        let title = refs::title_in(&view.match_text).or(self.doc_title);
        let session = refs::session_in(&view.match_text)
            .or_else(|| {
                year_after(view, 0)
                    .filter(|_| title.is_some())
                    .map(|y| y - 1945)
            })
            .or(self.doc_session)?;
        let committee = view.match_text.lower().contains("committee");
        let act = refs::known_act(session, title, committee)?;
        (!committee || act.kind() == EntityKind::Draft).then_some(act)
    }

    /// "A and B introduced a draft resolution ..."
    fn sponsors_active(&mut self, s: &Sentence, view: &View<'_>, cue_start: usize) {
        let lower = view.match_text.lower();
        if !(lower.contains("resolution") || lower.contains("draft")) {
            return;
        }
        let before = lower[..cue_start].trim_end();
        if before.ends_with(" was")
            || before.ends_with(" were")
            || before.ends_with(" been")
            || before.ends_with(" be")
            || before.ends_with(" is")
        {
            return;
        }
        let sponsors = contiguous_states(view, cue_start, false);
        if sponsors.is_empty() {
            return;
        }
        let resolutions = self.sentence_resolutions(view);
        let act = resolutions
            .iter()
            .find(|(_, at)| *at >= cue_start)
            .or(resolutions.first())
            .map(|(a, _)| a.clone());
        self.sponsor_claims(s, view, sponsors, act);
    }

    /// "the US resolution (A/C.1/73/L.37)", "the Russian-sponsored draft A/C.1/75/L.8": a
    /// state or nationality right before the word, a symbol right after it.
    fn sponsors_adjective(&mut self, view: &View<'_>, rule: &Rule) {
        // The qualifier is a capitalised word: a sentence whose cue words follow none is
        // done before any other pattern runs (most sentences naming a resolution).
        let qualified = rule.trigger.find_iter(&view.match_text).any(|cue| {
            view.text[..cue.start()]
                .trim_end()
                .trim_end_matches(|c: char| c.is_alphabetic() && c.is_lowercase())
                .trim_end_matches(['-', ' '])
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphabetic() || c == '.')
        });
        if !qualified {
            return;
        }
        let mut qualifiers: Vec<(usize, usize, &'static State)> = view
            .states
            .iter()
            .map(|st| (st.start, st.end, st.value))
            .collect();
        for m in DEMONYM_WORD.regex().find_iter(view.text) {
            if let Some(st) = crate::gazetteer::demonym(m.as_str())
                && !qualifiers
                    .iter()
                    .any(|q| q.0 <= m.start() && m.start() < q.1)
            {
                qualifiers.push((m.start(), m.end(), st));
            }
        }
        qualifiers.sort_by_key(|q| q.0);
        if qualifiers.is_empty() {
            return;
        }
        let mut found = Vec::new();
        let known = std::cell::OnceCell::new();
        for cue in rule.trigger.find_iter(&view.match_text) {
            let act = view.acts[view.acts.partition_point(|a| a.start < cue.end())..]
                .first()
                .filter(|a| a.start <= cue.end() + 25)
                .filter(|a| {
                    let gap = &view.text[cue.end()..a.start];
                    gap.chars()
                        .all(|c| c.is_whitespace() || matches!(c, '(' | ',' | ':'))
                        || gap.trim().eq_ignore_ascii_case("(document")
                })
                .map(|a| a.value.clone());
            let Some(act) = act.or_else(|| known.get_or_init(|| self.catalogue_act(view)).clone())
            else {
                continue;
            };
            // Qualifiers chained by "-" or "/" before the word ("Russia-US draft").
            let mut end = cue.start();
            let mut states = Vec::new();
            let upto = qualifiers.partition_point(|q| q.1 <= cue.start());
            for q in qualifiers[..upto].iter().rev() {
                let gap = &view.text[q.1..end];
                let joined = if states.is_empty() {
                    ADJECTIVE_GAP.regex().is_match(gap)
                } else {
                    matches!(gap, "-" | "/" | "–")
                };
                if !joined {
                    break;
                }
                states.push((EntityId::state(q.2.iso3), q.0, q.2));
                end = q.0;
            }
            for (state, at, st) in states {
                found.push((state, act.clone(), at, st));
            }
        }
        let mut mentioned = Vec::new();
        for (state, act, at, st) in found {
            mentioned.push((state.clone(), EntityKind::State, st.name.to_string(), at));
            self.claim(view, state, Relation::Sponsors, act.0, at);
        }
        self.mention_all(view, mentioned);
    }

    /// Binds sponsors named in the previous sentence to the resolution this one names.
    fn bind_pending_sponsors(&mut self, s: &Sentence, view: &View<'_>) {
        let Some(pending) = self.pending_sponsors.take() else {
            return;
        };
        if pending.paragraph != s.paragraph || view.acts.is_empty() {
            return;
        }
        let doc: &'d Document = self.doc;
        let first = doc.sentence_text(&pending.sentence);
        let text: std::sync::Arc<str> = format!("{first} {}", view.text).into();
        for (state, at) in &pending.states {
            let pos = doc.position(pending.sentence.start + at);
            let page = doc.page(pending.sentence.start + at);
            for res in &view.acts {
                self.out.claims.push(Claim {
                    subject: state.clone(),
                    relation: Relation::Sponsors,
                    object: res.value.0.clone(),
                    provenance: Provenance {
                        document: self.doc_id.clone(),
                        page,
                        line: pos.line,
                        column: pos.column,
                        text: text.clone(),
                        status: view.status,
                        rule: pending.rule,
                    },
                });
            }
        }
    }

    fn produces_and_outcome(&mut self, view: &View<'_>) {
        let lower = view.match_text.lower();
        let Some((group, _)) = self.subject_group(view) else {
            return;
        };
        let outcome_at = if let Some(m) = NO_CONSENSUS.find(&view.match_text) {
            Some(("no consensus", m.start()))
        } else {
            CONSENSUS
                .find(&view.match_text)
                .map(|m| ("consensus report", m.start()))
        };
        if let Some((outcome, at)) = outcome_at
            && (view.acts.is_empty() || lower.contains("group"))
        {
            self.claim(
                view,
                group.clone(),
                Relation::Outcome,
                outcome.to_string(),
                at,
            );
        }
        if view.reports.is_empty()
            || lower.contains("secretary-general")
            || outcome_at.is_some_and(|o| o.0 == "no consensus")
        {
            return;
        }
        let Some(v) = PRODUCE_VERB.find(&view.match_text) else {
            return;
        };
        let Some(report) = view.reports.iter().min_by_key(|r| {
            if r.start > v.start() {
                r.start - v.start()
            } else {
                (v.start() - r.start) * 2
            }
        }) else {
            return;
        };
        self.claim(
            view,
            group,
            Relation::Produces,
            report.value.0.clone(),
            report.start,
        );
    }

    fn succeeds(&mut self, view: &View<'_>) {
        let Some(caps) = SUCCEED_VERB.captures(&view.match_text) else {
            return;
        };
        let Some(v) = caps.get(0) else { return };
        let reversed = caps.get(2).is_some() || caps.get(4).is_some();
        let after = view
            .groups
            .iter()
            .filter(|g| g.start >= v.end() && matches!(g.value, GroupRef::Explicit(_)))
            .find_map(|g| self.resolve_group(view, g).map(|id| (id, g.start)));
        let before = view
            .groups
            .iter()
            .filter(|g| g.end <= v.start())
            .find_map(|g| self.resolve_group(view, g).map(|id| (id, g.start)))
            .or_else(|| self.focus_group(None).map(|id| (id, 0)));
        let (Some((a, at)), Some((b, _))) = (after, before) else {
            return;
        };
        let (later, earlier) = if reversed { (a, b) } else { (b, a) };
        if later != earlier {
            self.claim(view, later, Relation::Succeeds, earlier.0, at);
        }
    }

    fn norms(&mut self, view: &View<'_>) {
        // "the 13 voluntary GGE 2015 norms": a count is about the 2015 report only when the
        // sentence ties it to 2015 or to A/70/174.
        if let Some(caps) = NORM_COUNT.captures(&view.match_text)
            && let (Some(word), Some(whole)) = (caps.get(1), caps.get(0))
            && let Some(n) = refs::parse_count(word.as_str())
            && n > 0
            && !whole.as_str().to_ascii_lowercase().contains("additional")
            && (whole.as_str().contains("2015")
                || view.reports.iter().any(|r| r.value.0 == NORMS_2015_REPORT)
                || view.text.contains("2015 report")
                || view.text.contains("2015 norms"))
        {
            self.rule = "norm-count";
            self.claim(
                view,
                EntityId::from(NORMS_2015_REPORT),
                Relation::NormCount,
                n.to_string(),
                word.start(),
            );
            self.rule = "norms";
        }
        if view.norms.is_empty() {
            return;
        }
        if let Some(caps) = NORM_LABEL.captures(&view.match_text)
            && let (Some(l), Some(text)) = (caps.get(1), caps.get(2))
        {
            let id = EntityId::norm_2015(l.as_str().chars().next().unwrap_or('a'));
            let name = text.as_str().to_string();
            self.out.entities.insert(
                id.clone(),
                Entity {
                    id: id.clone(),
                    kind: EntityKind::Norm,
                    name,
                },
            );
            if let Some(report) = self.current_report.clone() {
                let relation = if report.0 == NORMS_2015_REPORT {
                    Relation::Articulates
                } else {
                    Relation::Reaffirms
                };
                self.claim(view, report, relation, id.0, 0);
            }
            return;
        }
        let v = REAFFIRM_VERB
            .find(&view.match_text)
            .or_else(|| ARTICULATE_VERB.find(&view.match_text));
        let Some(v) = v else { return };
        let mut subjects: Vec<(EntityId, usize)> = view
            .acts
            .iter()
            .filter(|a| a.value.kind() == EntityKind::Resolution)
            .chain(view.reports.iter())
            .filter(|r| r.start < v.start())
            .map(|r| (r.value.clone(), r.start))
            .collect();
        subjects.sort_by_key(|s| s.1);
        let subject = subjects.first().cloned().or_else(|| {
            self.sentence_resolutions(view)
                .into_iter()
                .find(|(r, _)| r.kind() == EntityKind::Resolution)
        });
        let Some((subject, at)) = subject else { return };
        let relation = if subject.0 == NORMS_2015_REPORT {
            Relation::Articulates
        } else {
            Relation::Reaffirms
        };
        self.current_report = Some(subject.clone());
        let norms: Vec<EntityId> = view.norms.iter().map(|n| n.value.clone()).collect();
        for norm in norms {
            self.claim(view, subject.clone(), relation, norm.0, at);
        }
    }
}

/// The act a cue at `start..end` speaks of: the nearest one before it ("resolution
/// 73/27, which was introduced by ..."), else the first one after it. `acts` is sorted by
/// position.
fn nearest_act(acts: &[(EntityId, usize)], start: usize, end: usize) -> Option<(EntityId, usize)> {
    let i = acts.partition_point(|(_, at)| *at < start);
    i.checked_sub(1)
        .and_then(|j| acts.get(j))
        .or_else(|| acts[i..].iter().find(|(_, at)| *at >= end))
        .cloned()
}

/// Words that may stand between a chair cue and the group chaired, and between two
/// groups chaired ("of the first Open-ended Working Group and the latest GGE").
const GROUP_NAME_WORDS: &[&str] = &[
    "the",
    "and",
    "of",
    "as",
    "well",
    "un",
    "united",
    "nations",
    "oewg",
    "gge",
    "open",
    "ended",
    "working",
    "group",
    "governmental",
    "experts",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "latest",
    "current",
    "new",
    "on",
];

/// The text without its parenthesised parts ("(OEWG) and" -> " and").
fn without_parentheses(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
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

/// True when a sentence hands over to a list: it ends in `:` or in "the following." /
/// "as follows.".
fn opens_list(text: &str) -> bool {
    let t = text.trim_end().to_ascii_lowercase();
    t.ends_with(':') || t.ends_with("following.") || t.ends_with("as follows.")
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

/// For each clause (cut at `breaks`): true when it holds nothing but states and list
/// punctuation. One pass over the states.
fn list_only_clauses(text: &str, breaks: &[usize], states: &[Found<&'static State>]) -> Vec<bool> {
    let mut out = Vec::with_capacity(breaks.len() + 1);
    let mut st = states.iter().peekable();
    for i in 0..=breaks.len() {
        let s = if i == 0 { 0 } else { breaks[i - 1] };
        let e = breaks.get(i).copied().unwrap_or(text.len());
        let mut rest = String::new();
        let mut pos = s;
        while let Some(m) = st.peek() {
            if m.start >= e {
                break;
            }
            if m.start >= pos && m.end <= e {
                rest.push_str(text.get(pos..m.start).unwrap_or(""));
                pos = m.end;
            }
            st.next();
        }
        rest.push_str(text.get(pos..e).unwrap_or(""));
        out.push(strip_joiners(&rest).len() <= 4);
    }
    out
}

/// Words that describe a list of members and may stand between a cue and its states.
const LIST_WORDS: &[&str] = &[
    "a",
    "all",
    "also",
    "among",
    "an",
    "and",
    "are",
    "as",
    "be",
    "been",
    "came",
    "chosen",
    "come",
    "comprised",
    "composed",
    "consisted",
    "consisting",
    "council",
    "countries",
    "country",
    "drawn",
    "e",
    "especially",
    "experts",
    "expert",
    "five",
    "following",
    "for",
    "from",
    "g",
    "governmental",
    "governments",
    "group",
    "gge",
    "here",
    "i",
    "in",
    "include",
    "included",
    "includes",
    "including",
    "is",
    "its",
    "like",
    "list",
    "made",
    "member",
    "members",
    "namely",
    "nations",
    "new",
    "nominated",
    "notably",
    "of",
    "oewg",
    "on",
    "other",
    "others",
    "part",
    "participated",
    "participating",
    "particularly",
    "permanent",
    "represented",
    "representatives",
    "representing",
    "security",
    "selected",
    "appointed",
    "such",
    "states",
    "state",
    "that",
    "the",
    "their",
    "them",
    "these",
    "this",
    "those",
    "took",
    "to",
    "up",
    "was",
    "were",
    "which",
    "whom",
    "with",
    "within",
    "year",
    "years",
];

/// True when `gap` (text between a membership cue and a state) holds only words that
/// describe the list, capitalised names and numbers, with at most `unknown` other words,
/// and no agent ("by").
fn membership_gap(gap: &str, unknown: usize) -> bool {
    let mut other = 0;
    for word in gap
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
    {
        if word == "by" {
            return false;
        }
        let capitalised = word.chars().next().is_some_and(char::is_uppercase);
        if !capitalised && !LIST_WORDS.contains(&word) && refs::parse_count(word).is_none() {
            other += 1;
        }
    }
    other <= unknown
}

/// How many of the sentence's first states are NOT part of the list that runs up to the
/// cue at `cue_start` ("A, B and C were members"): the list is followed back from the
/// cue while each gap describes it (one other word allowed per gap).
fn states_listed_before(view: &View<'_>, cue_start: usize) -> usize {
    let upto = view.states.partition_point(|st| st.end <= cue_start);
    let mut first = upto;
    let mut next_start = cue_start;
    while first > 0 {
        let st = &view.states[first - 1];
        let gap = &view.text[st.end..next_start];
        let joined = if next_start == cue_start {
            membership_gap(gap, 1)
        } else {
            is_list_gap(gap) || membership_gap(gap, 1)
        };
        // "chaired by Ana Ruiz (Peru)": a chair's nationality is not a membership.
        let agent = view.text[st.start.saturating_sub(60)..st.start]
            .rsplit_once(" by ")
            .is_some_and(|(_, after)| !after.contains(','));
        if !joined || agent {
            break;
        }
        first -= 1;
        next_start = st.start;
    }
    first
}

/// True when the text between two states is list punctuation ("A, B and C", "A; B",
/// "A (Chair), B", "A as well as B").
fn is_list_gap(gap: &str) -> bool {
    let words = strip_joiners(gap);
    let words: Vec<&str> = words.split(' ').filter(|w| !w.is_empty()).collect();
    words.len() <= 1 || (words.len() <= 3 && words.join(" ") == "as well as")
}

/// The sentence without its state names, joiners and punctuation.
fn residue(view: &View<'_>) -> String {
    let mut rest = String::new();
    let mut pos = 0;
    for st in &view.states {
        rest.push_str(&view.text[pos..st.start]);
        pos = st.end;
    }
    rest.push_str(&view.text[pos..]);
    strip_joiners(&rest)
}

fn strip_joiners(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() || c.is_ascii_punctuation() || c.is_ascii_digit())
        .filter(|w| !w.is_empty() && !matches!(*w, "and" | "the" | "et" | "y" | "or"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// True when `text`, without its "[unverified: ...]" note (the note is the corpus's
/// commentary, not the statement), has a membership guard word.
fn guarded(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    let stripped = match lower.find("[unverified") {
        Some(at) => {
            let end = lower[at..].find(']').map_or(lower.len(), |e| at + e + 1);
            format!("{}{}", &text[..at], &text[end..])
        }
        None => text.to_string(),
    };
    MEMBER_GUARD.is_match(&Text::new(&stripped))
}

/// The GGE at work in the year a document is dated, when the document is about ICTs at
/// the UN: a dated news page about "the group" of experts names no group by its years.
fn dated_gge(doc: &Document) -> Option<GroupKey> {
    // A dateline gives the year of writing; "when the group last met in 2005" says the
    // group written about is the one after the group of 2005.
    let year = document_year(doc).or_else(|| {
        let text = Text::new(&doc.text);
        let caps = LAST_MET.captures(&text)?;
        let y: u16 = caps.get(1)?.as_str().parse().ok()?;
        let earlier = refs::group_active_in(GroupKind::Gge, y)?;
        refs::KNOWN_GROUPS
            .iter()
            .find(|g| g.kind == GroupKind::Gge && g.start > earlier.end.unwrap_or(earlier.start))
            .map(|g| g.start)
    })?;
    let text = Text::new(&doc.text);
    let at_un = doc.text.contains("United Nations")
        || doc.text.contains("UN ")
        || doc.text.contains("U.N.");
    (at_un && refs::about_ict(&text) && !refs::about_other_topic(&text))
        .then(|| refs::group_active_in(GroupKind::Gge, year))
        .flatten()
}

/// The year of the first full date in the document's opening sentences (a dateline).
fn document_year(doc: &Document) -> Option<u16> {
    doc.sentences.iter().take(8).find_map(|s| {
        refs::find_date(doc.sentence_text(s))
            .and_then(|d| d.value.get(..4).and_then(|y| y.parse::<u16>().ok()))
    })
}

/// States forming one list next to `at`: after it (`forward`, "introduced by A and B") or
/// ending just before it ("A and B introduced ..."). Only joiners may separate them.
fn contiguous_states(view: &View<'_>, at: usize, forward: bool) -> Vec<(EntityId, usize)> {
    let joiner = |gap: &str| {
        let g = gap.trim().trim_start_matches(',').trim();
        let g = g.strip_prefix("and").unwrap_or(g).trim();
        let g = g.strip_prefix("jointly").unwrap_or(g).trim();
        g.is_empty() || g == "the" || g == "," || g == ", the"
    };
    let mut out = Vec::new();
    if forward {
        let mut pos = at;
        for st in view.states.iter().filter(|s| s.start >= at) {
            if !joiner(&view.text[pos..st.start]) {
                break;
            }
            out.push((EntityId::state(st.value.iso3), st.start));
            pos = st.end;
        }
    } else {
        let mut pos = at;
        for st in view.states.iter().rev().filter(|s| s.end <= at) {
            let gap = &view.text[st.end..pos];
            // "the Russian Federation in 1998 first introduced": a few words may separate
            // the last state from the verb, but not a clause, a symbol or speech.
            let ok = if out.is_empty() {
                gap.len() <= 30
                    && !gap.contains(',')
                    && !gap.contains('/')
                    && !gap.contains(" said")
                    && !gap.contains(" says")
            } else {
                joiner(gap)
            };
            if !ok {
                break;
            }
            out.push((EntityId::state(st.value.iso3), st.start));
            pos = st.start;
        }
        out.reverse();
    }
    out
}

/// Titles and words that are not part of a person's name.
const NOT_NAME: [&str; 30] = [
    "Mr.",
    "Mr",
    "Ms.",
    "Ms",
    "Mrs.",
    "Mrs",
    "Dr.",
    "Dr",
    "Ambassador",
    "H.E.",
    "Amb.",
    "The",
    "Group",
    "Chair",
    "Chairman",
    "Chairperson",
    "GGE",
    "OEWG",
    "Its",
    "His",
    "Her",
    "Prof.",
    "Hon.",
    "Minister",
    "President",
    "Secretary",
    "Representative",
    "Permanent",
    "Special",
    "Deputy",
];

/// Strips titles and leading words that are not part of a person's name; `None` when
/// fewer than two name words remain.
fn clean_person_name(raw: &str) -> Option<String> {
    let words: Vec<&str> = raw.split_whitespace().collect();
    let start = words.iter().position(|w| !NOT_NAME.contains(w))?;
    let name_words = &words[start..];
    if name_words.len() < 2 {
        return None;
    }
    Some(name_words.join(" "))
}

/// A chair's name from the words before "was elected": one word is enough ("Petrov was
/// elected chair"), but not a pronoun, a title or a state.
fn clean_chair_name(raw: &str) -> Option<String> {
    let words: Vec<&str> = raw.split_whitespace().collect();
    let start = words.iter().position(|w| !NOT_NAME.contains(w))?;
    let name_words = &words[start..];
    let not_person = [
        "He",
        "She",
        "It",
        "They",
        "Who",
        "Which",
        "This",
        "That",
        "Committee",
        "Assembly",
        "Council",
        "Group",
        "State",
        "States",
    ];
    if name_words.is_empty()
        || name_words.len() > 4
        || name_words.iter().any(|w| not_person.contains(w))
        || crate::gazetteer::lookup(&name_words.join(" ")).is_some()
    {
        return None;
    }
    Some(name_words.join(" "))
}
