//! The relation rules: one pass over a document's sentences, keeping the section context
//! (the group or resolution a heading names) that generic phrases such as "the Group" or
//! "It was adopted" refer to.

use super::pattern::{Any, Exact, Folded, Text};
use super::refs::{self, Found, GroupRef, NORMS_2015_REPORT};
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

static MEMBERS_TRIGGER: Folded = Folded::new(
    r"(?i)\bfollowing\s+(?:(?u:\S)+\s+){0,2}states\b|\bmembers?\s+of\s+the\b|\bwere\s+(?:its\s+)?members\b|\bmembers\s+were\b|\bparticipated\s+in\b|\bcomposed\s+of\b|\bmade\s+up\s+of\b|\bconsisted\s+of\b|\bcomprised\b|\bexperts\s+from\b|\bmembership\b|\bmembers:|\bparticipants\s+were\b|\bsat\s+on\b|\bserved\s+on\b",
);
static MEMBER_COUNT: Folded = Folded::gated(
    r"(?i)\b(?:with|had|of|comprising|comprised|made up of|composed of|consisted of|following|included)\s+(\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+(?:members|experts|member states|states|governmental experts)\b|\b(\d{1,3})-member\s+(?:GGE|group)\b",
    &["member", "expert", "states"],
);
static CHAIR_TRIGGER: Folded =
    Folded::new(r"(?i)\bchair(?:ed|s|man|woman|person|manship)?\b|\bpresided\b");
/// A person's name ending just before a state's name ("Karsten Geier (Germany)", "Ambassador
/// Jürg Lauber of Switzerland"). Letters are those of the Latin (with Latin-1 and
/// Extended-A/B accents), Greek and Cyrillic alphabets, spelled as ranges: `\p{Lu}` and
/// `\p{L}` cover every script and made this one pattern cost more to compile than all the
/// others together.
static PERSON_BEFORE_STATE: Exact = Exact::unicode(
    r"((?:[A-Z\x{C0}-\x{D6}\x{D8}-\x{DE}\x{100}-\x{24F}\x{391}-\x{3A9}\x{400}-\x{42F}][A-Za-z\x{C0}-\x{D6}\x{D8}-\x{F6}\x{F8}-\x{24F}\x{386}-\x{3CE}\x{400}-\x{45F}'.-]*)(?:\s+(?:(?:de|da|do|dos|das|del|della|van|von|der|den|al|bin|ibn|le|la)\s+)*[A-Z\x{C0}-\x{D6}\x{D8}-\x{DE}\x{100}-\x{24F}\x{391}-\x{3A9}\x{400}-\x{42F}][A-Za-z\x{C0}-\x{D6}\x{D8}-\x{F6}\x{F8}-\x{24F}\x{386}-\x{3CE}\x{400}-\x{45F}'.-]*){1,7})\s*(?:\(|,?\s+of\s+(?:the\s+)?)$",
);
static ESTABLISH_VERB: Folded = Folded::new(
    r"(?i)\b(?:establish\w*|set up|convene[ds]?|convening|creat(?:e|ed|es|ing)|mandat\w+)\b",
);
static ESTABLISHED_BY: Folded = Folded::new(
    r"(?i)\b(?:was|were|been|is)\s+(?:\w+\s+)?(?:established|set up|convened|created|mandated)\s+(?:by|under|pursuant to|through|in accordance with)\b",
);
static ADOPT_VERB: Folded = Folded::new(r"(?i)\b(?:adopt(?:ed|s|ion)?|approv(?:ed|al))\b");
static REPORT_ADOPTED: Folded = Folded::gated(
    r"(?i)\breports?\b(?u:[^.;]){0,60}?\b(?:adopted|agreed)\b|\b(?:adopted|agreed(?:\s+on)?)\s+(?:its|a|the|their)\s+(?:[\w-]+\s+){0,3}reports?\b",
    &["report"],
);
static SPONSORED_BY: Folded = Folded::new(
    r"(?i)\b(?:introduced|sponsored|co-sponsored|tabled|submitted|put forward|proposed|presented)\s+(?:jointly\s+)?by\b",
);
static SPONSOR_VERB: Folded = Folded::new(
    r"(?i)\b(?:introduced|tabled|submitted|sponsored|co-sponsored|proposed|put forward|presented)\b",
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

/// Every pattern of this module, for [`super::pattern::warm`].
pub(super) const PATTERNS: [Any; 18] = [
    Any::Folded(&MEMBERS_TRIGGER),
    Any::Folded(&MEMBER_COUNT),
    Any::Folded(&CHAIR_TRIGGER),
    Any::Exact(&PERSON_BEFORE_STATE),
    Any::Folded(&ESTABLISH_VERB),
    Any::Folded(&ESTABLISHED_BY),
    Any::Folded(&ADOPT_VERB),
    Any::Folded(&REPORT_ADOPTED),
    Any::Folded(&SPONSORED_BY),
    Any::Folded(&SPONSOR_VERB),
    Any::Folded(&NO_CONSENSUS),
    Any::Folded(&CONSENSUS),
    Any::Folded(&PRODUCE_VERB),
    Any::Folded(&SUCCEED_VERB),
    Any::Folded(&NORM_COUNT),
    Any::Folded(&NORM_LABEL),
    Any::Folded(&ARTICULATE_VERB),
    Any::Folded(&REAFFIRM_VERB),
];

/// Everything found in one sentence, with offsets relative to the sentence start.
struct View<'a> {
    text: &'a str,
    /// The sentence with its lower-cased twin, for the case-insensitive patterns.
    match_text: Text<'a>,
    start: usize,
    status: Status,
    states: Vec<Found<&'static State>>,
    groups: Vec<Found<GroupRef>>,
    resolutions: Vec<Found<EntityId>>,
    reports: Vec<Found<EntityId>>,
    norms: Vec<Found<EntityId>>,
    /// The sentence as shared by the claims' provenance, made on first use.
    shared: std::cell::OnceCell<std::sync::Arc<str>>,
}

impl View<'_> {
    fn shared_text(&self) -> std::sync::Arc<str> {
        self.shared
            .get_or_init(|| std::sync::Arc::from(self.text))
            .clone()
    }
}

/// Sponsors named before the resolution they sponsor ("X introduced a draft resolution.
/// It was adopted ... (A/RES/53/70)").
struct PendingSponsors {
    paragraph: u32,
    states: Vec<(EntityId, usize)>,
    sentence: Sentence,
}

/// One document's pass.
pub(super) struct DocumentReader<'d> {
    doc: &'d Document,
    /// The document id every provenance of this document shares.
    doc_id: std::sync::Arc<str>,
    matcher: &'d StateMatcher,
    out: DocumentExtraction,
    section_group: Option<GroupKey>,
    section_resolution: Option<EntityId>,
    current_report: Option<EntityId>,
    in_sources: bool,
    pending_sponsors: Option<PendingSponsors>,
    pending_members: Option<(EntityId, Status)>,
}

impl<'d> DocumentReader<'d> {
    pub(super) fn new(doc: &'d Document, matcher: &'d StateMatcher) -> Self {
        DocumentReader {
            doc,
            doc_id: std::sync::Arc::from(doc.id.as_str()),
            matcher,
            out: DocumentExtraction::default(),
            section_group: None,
            section_resolution: None,
            current_report: None,
            in_sources: false,
            pending_sponsors: None,
            pending_members: None,
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
        if s.heading {
            self.heading(&view);
            return;
        }
        if self.in_sources {
            return;
        }
        if !s.bullet {
            self.pending_members = None;
        }
        self.bind_pending_sponsors(s, &view);
        self.members(s, &view);
        self.member_count(&view);
        self.chairs(&view);
        self.establishes(&view);
        self.adoption(&view);
        self.sponsors(s, &view);
        self.produces_and_outcome(&view);
        self.succeeds(&view);
        self.norms(&view);
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
        View {
            text,
            start: s.start,
            status,
            states,
            groups: refs::find_groups_in(&match_text),
            resolutions: refs::find_resolutions_in(&match_text),
            reports: refs::find_reports(text),
            norms: refs::find_norms_in(&match_text),
            match_text,
            shared: std::cell::OnceCell::new(),
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
            text: view.shared_text(),
            status: view.status,
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
        for r in &view.resolutions {
            found.push((
                r.value.clone(),
                EntityKind::Resolution,
                r.value.0.clone(),
                r.start,
            ));
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
        let doc_id = EntityId::document(&self.doc.id);
        for (id, kind, name, at) in found {
            if !self.out.entities.contains_key(&id) {
                self.claim(view, doc_id.clone(), Relation::Mentions, id.0.clone(), at);
            }
            self.entity(&id, kind, name);
        }
    }

    fn heading(&mut self, view: &View<'_>) {
        let lower = view.match_text.lower().trim();
        self.in_sources = matches!(
            lower.trim_end_matches(':'),
            "sources" | "source" | "references" | "notes"
        );
        if self.in_sources {
            return;
        }
        if let Some(key) = view.groups.iter().find_map(|g| match g.value {
            GroupRef::Explicit(k) => Some(k),
            _ => None,
        }) {
            self.section_group = Some(key);
            self.section_resolution = None;
        }
        if let Some(r) = view.resolutions.first() {
            self.section_resolution = Some(r.value.clone());
        }
        self.pending_sponsors = None;
        self.pending_members = None;
    }

    /// The group a reference denotes, using the section for generic phrases.
    fn resolve_group(&self, r: &GroupRef) -> Option<EntityId> {
        match r {
            GroupRef::Explicit(k) => Some(k.id()),
            GroupRef::EstablishedBy(kind, res) => Some(placeholder(*kind, res)),
            GroupRef::Generic(kind) => {
                let section = self.section_group?;
                (kind.is_none() || *kind == Some(section.kind)).then(|| section.id())
            }
        }
    }

    /// The group a sentence is about: the first group named in it, else the section's.
    fn subject_group(&self, view: &View<'_>) -> Option<(EntityId, usize)> {
        for g in &view.groups {
            if let Some(id) = self.resolve_group(&g.value) {
                return Some((id, g.start));
            }
        }
        self.section_group.map(|k| (k.id(), 0))
    }

    fn members(&mut self, s: &Sentence, view: &View<'_>) {
        let trigger = &MEMBERS_TRIGGER;
        if let Some((group, status)) = self.pending_members.clone() {
            if s.bullet && view.states.len() == 1 {
                let st = view.states[0].value;
                let stripped = view.text[..view.states[0].start].trim().len()
                    + view.text[view.states[0].end..]
                        .trim_matches(|c: char| c.is_ascii_punctuation() || c.is_whitespace())
                        .len();
                if stripped <= 4 {
                    let mut v = self.provenance(view, view.states[0].start);
                    if status == Status::Unverified {
                        v.status = status;
                    }
                    self.out.claims.push(Claim {
                        subject: EntityId::state(st.iso3),
                        relation: Relation::MemberOf,
                        object: group.0.clone(),
                        provenance: v,
                    });
                    return;
                }
            }
            self.pending_members = None;
        }
        if !trigger.is_match(&view.match_text) {
            return;
        }
        let Some((group, _)) = self.subject_group(view) else {
            return;
        };
        if view.states.is_empty() {
            if view.text.trim_end().ends_with(':') {
                self.pending_members = Some((group, view.status));
            }
            return;
        }
        for st in &view.states {
            self.claim(
                view,
                EntityId::state(st.value.iso3),
                Relation::MemberOf,
                group.0.clone(),
                st.start,
            );
        }
    }

    fn member_count(&mut self, view: &View<'_>) {
        let count = &MEMBER_COUNT;
        let Some(caps) = count.captures(&view.match_text) else {
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

    fn chairs(&mut self, view: &View<'_>) {
        let trigger = &CHAIR_TRIGGER;
        let Some(t) = trigger.find(&view.match_text) else {
            return;
        };
        let name_re = PERSON_BEFORE_STATE.regex();
        let mut best: Option<(String, &'static State, usize, usize)> = None;
        for st in &view.states {
            let before = &view.text[..st.start];
            let Some(caps) = name_re.captures(before) else {
                continue;
            };
            let Some(m) = caps.get(1) else { continue };
            let Some(name) = clean_person_name(m.as_str()) else {
                continue;
            };
            let dist = if m.start() > t.start() {
                m.start() - t.start()
            } else {
                t.start() - m.start()
            };
            if best.as_ref().is_none_or(|b| dist < b.3) {
                best = Some((name, st.value, m.start(), dist));
            }
        }
        let Some((name, state, at, _)) = best else {
            return;
        };
        let Some((group, _)) = self.subject_group(view) else {
            return;
        };
        let person = EntityId::person(&name);
        self.entity(&person, EntityKind::Person, name);
        self.claim(view, person.clone(), Relation::Chairs, group.0, at);
        self.claim(
            view,
            person,
            Relation::Represents,
            EntityId::state(state.iso3).0,
            at,
        );
    }

    /// The resolutions a sentence speaks of, or the section's for "It ..." sentences.
    fn sentence_resolutions(&self, view: &View<'_>) -> Vec<(EntityId, usize)> {
        if !view.resolutions.is_empty() {
            return view
                .resolutions
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
            "the text",
        ]
        .iter()
        .any(|p| lower.starts_with(p));
        match (&self.section_resolution, refers_back) {
            (Some(r), true) => vec![(r.clone(), 0)],
            _ => Vec::new(),
        }
    }

    fn establishes(&mut self, view: &View<'_>) {
        let verb = &ESTABLISH_VERB;
        let passive = &ESTABLISHED_BY;
        let Some(v) = verb.find(&view.match_text) else {
            return;
        };
        let resolutions = self.sentence_resolutions(view);
        if resolutions.is_empty() {
            return;
        }
        let is_passive = passive
            .find(&view.match_text)
            .is_some_and(|p| p.start() <= v.start() + 20);
        let group = if is_passive {
            view.groups
                .iter()
                .filter(|g| g.start < v.start())
                .find_map(|g| self.resolve_group(&g.value).map(|id| (id, g.start)))
                .or_else(|| self.section_group.map(|k| (k.id(), 0)))
        } else {
            view.groups
                .iter()
                .filter(|g| g.start >= v.end())
                .find_map(|g| self.resolve_group(&g.value).map(|id| (id, g.start)))
        };
        let Some((group, at)) = group else { return };
        let res = resolutions
            .iter()
            .rfind(|(_, at)| *at < v.start())
            .or_else(|| resolutions.iter().find(|(_, at)| *at >= v.start()))
            .or(resolutions.first());
        // "The OEWG established by resolution 75/240" says nothing new about 75/240.
        if let Some((res, _)) = res.cloned()
            && parse_placeholder(&group.0).is_none_or(|(_, r)| r != res.0)
        {
            self.claim(view, res, Relation::Establishes, group.0, at);
        }
    }

    fn adoption(&mut self, view: &View<'_>) {
        let verb = &ADOPT_VERB;
        let report_adopted = &REPORT_ADOPTED;
        let Some(v) = verb
            .find(&view.match_text)
            .or_else(|| report_adopted.find(&view.match_text))
        else {
            return;
        };
        let date = refs::find_date_in(&view.match_text);
        if report_adopted.is_match(&view.match_text) && view.resolutions.is_empty() {
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
        let resolutions = self.sentence_resolutions(view);
        let Some((res, _)) = resolutions
            .iter()
            .min_by_key(|(_, at)| {
                if *at > v.start() {
                    *at - v.start()
                } else {
                    v.start() - *at
                }
            })
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

    fn sponsors(&mut self, s: &Sentence, view: &View<'_>) {
        let passive = &SPONSORED_BY;
        let active = &SPONSOR_VERB;
        let mut sponsors: Vec<(EntityId, usize)> = Vec::new();
        if let Some(p) = passive.find(&view.match_text) {
            sponsors = contiguous_states(view, p.end(), true);
        } else if let Some(a) = active.find(&view.match_text) {
            let lower = view.match_text.lower();
            if lower.contains("resolution") || lower.contains("draft") {
                sponsors = contiguous_states(view, a.start(), false);
            }
        }
        if sponsors.is_empty() {
            return;
        }
        let resolutions = self.sentence_resolutions(view);
        if resolutions.is_empty() {
            self.pending_sponsors = Some(PendingSponsors {
                paragraph: s.paragraph,
                states: sponsors,
                sentence: *s,
            });
            return;
        }
        for (res, _) in resolutions {
            for (state, at) in &sponsors {
                self.claim(view, state.clone(), Relation::Sponsors, res.0.clone(), *at);
            }
        }
    }

    /// Binds sponsors named in the previous sentence to the resolution this one names.
    fn bind_pending_sponsors(&mut self, s: &Sentence, view: &View<'_>) {
        let Some(pending) = self.pending_sponsors.take() else {
            return;
        };
        if pending.paragraph != s.paragraph || view.resolutions.is_empty() {
            return;
        }
        let doc: &'d Document = self.doc;
        let first = doc.sentence_text(&pending.sentence);
        let text: std::sync::Arc<str> = format!("{first} {}", view.text).into();
        for (state, at) in &pending.states {
            let pos = doc.position(pending.sentence.start + at);
            let page = doc.page(pending.sentence.start + at);
            for res in &view.resolutions {
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
                    },
                });
            }
        }
    }

    fn produces_and_outcome(&mut self, view: &View<'_>) {
        let lower = view.match_text.lower();
        if !lower.contains("report") {
            return;
        }
        let Some((group, _)) = self.subject_group(view) else {
            return;
        };
        let no_consensus = &NO_CONSENSUS;
        let consensus = &CONSENSUS;
        let outcome_at = if let Some(m) = no_consensus.find(&view.match_text) {
            Some(("no consensus", m.start()))
        } else {
            consensus
                .find(&view.match_text)
                .map(|m| ("consensus report", m.start()))
        };
        if let Some((outcome, at)) = outcome_at
            && (view.resolutions.is_empty() || lower.contains("group"))
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
        let verb = &PRODUCE_VERB;
        let Some(v) = verb.find(&view.match_text) else {
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
        let verb = &SUCCEED_VERB;
        let Some(caps) = verb.captures(&view.match_text) else {
            return;
        };
        let Some(v) = caps.get(0) else { return };
        let reversed = caps.get(2).is_some() || caps.get(4).is_some();
        let after = view
            .groups
            .iter()
            .filter(|g| g.start >= v.end() && matches!(g.value, GroupRef::Explicit(_)))
            .find_map(|g| self.resolve_group(&g.value).map(|id| (id, g.start)));
        let before = view
            .groups
            .iter()
            .filter(|g| g.end <= v.start())
            .find_map(|g| self.resolve_group(&g.value).map(|id| (id, g.start)))
            .or_else(|| self.section_group.map(|k| (k.id(), 0)));
        let (Some((a, at)), Some((b, _))) = (after, before) else {
            return;
        };
        let (later, earlier) = if reversed { (a, b) } else { (b, a) };
        if later != earlier {
            self.claim(view, later, Relation::Succeeds, earlier.0, at);
        }
    }

    fn norms(&mut self, view: &View<'_>) {
        let count = &NORM_COUNT;
        // "the 13 voluntary GGE 2015 norms": a count is about the 2015 report only when the
        // sentence ties it to 2015 or to A/70/174.
        if let Some(caps) = count.captures(&view.match_text)
            && let (Some(word), Some(whole)) = (caps.get(1), caps.get(0))
            && let Some(n) = refs::parse_count(word.as_str())
            && n > 0
            && !whole.as_str().to_ascii_lowercase().contains("additional")
            && (whole.as_str().contains("2015")
                || view.reports.iter().any(|r| r.value.0 == NORMS_2015_REPORT)
                || view.text.contains("2015 report")
                || view.text.contains("2015 norms"))
        {
            self.claim(
                view,
                EntityId::from(NORMS_2015_REPORT),
                Relation::NormCount,
                n.to_string(),
                word.start(),
            );
        }
        if view.norms.is_empty() {
            return;
        }
        let label = &NORM_LABEL;
        if let Some(caps) = label.captures(&view.match_text)
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
        let articulate = &ARTICULATE_VERB;
        let reaffirm = &REAFFIRM_VERB;
        let v = reaffirm
            .find(&view.match_text)
            .or_else(|| articulate.find(&view.match_text));
        let Some(v) = v else { return };
        let mut subjects: Vec<(EntityId, usize)> = view
            .resolutions
            .iter()
            .chain(view.reports.iter())
            .filter(|r| r.start < v.start())
            .map(|r| (r.value.clone(), r.start))
            .collect();
        subjects.sort_by_key(|s| s.1);
        let subject = subjects
            .first()
            .cloned()
            .or_else(|| self.sentence_resolutions(view).first().cloned());
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
            // the last state from the verb, but not a clause.
            let ok = if out.is_empty() {
                gap.len() <= 30 && !gap.contains(',')
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

/// Strips titles and leading words that are not part of a person's name; `None` when
/// fewer than two name words remain.
fn clean_person_name(raw: &str) -> Option<String> {
    const NOT_NAME: [&str; 22] = [
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
    ];
    let words: Vec<&str> = raw.split_whitespace().collect();
    let start = words.iter().position(|w| !NOT_NAME.contains(w))?;
    let name_words = &words[start..];
    if name_words.len() < 2 {
        return None;
    }
    Some(name_words.join(" "))
}
