//! The reader: one pass over a document's sentences that keeps the discourse context (the
//! group a heading or the previous sentences name, the resolution being spoken of, a list
//! a cue sentence opened) and runs the rules of [`super::rulebook`] on each sentence.
//!
//! Each [`Read`] is one slot-filling procedure shared by the rules that name it; which
//! rule fired is recorded in every claim's provenance.

use super::pattern::{CasedText, Exact, Folded};
use super::pending::{End, GroupTarget, PendingClaim, PendingGroup};
use super::refs::{self, Found, GroupMention, NORMS_2015_REPORT};
use super::rulebook::{
    ADOPT_VERB, CHAIR_TRIGGER, CUES, LIST_WORDS, MEMBER_CELL, MEMBER_COUNT, RULES, Read, Rule,
    Scope,
};
use super::{DocumentClaims, Warning, WarningKind};
use crate::documents::{Document, Sentence};
use crate::gazetteer::{MentionResolution, State, StateMatcher};
use crate::model::literal::VoteCounts;
use crate::model::{
    Claim, Entity, EntityId, EntityKind, GroupKey, GroupKind, Literal, Object, Provenance,
    Relation, Status,
};

mod acts;
mod chairs;
mod findings;
mod focus;
mod grids;
mod member_text;
mod members;
mod mentions;
mod reports;
mod sponsor_text;
mod sponsors;
mod tally;

use acts::*;
use chairs::*;
use findings::*;
use focus::*;
use grids::*;
use member_text::*;
use members::*;
use mentions::*;
use reports::*;
use sponsor_text::*;
use sponsors::*;
pub(crate) use tally::PARAGRAPH_VOTE;
pub(super) use tally::TALLY_PATTERNS;

/// The count of norms the `norms` rule reads in a sentence that ties it to the 2015
/// report ("the 11 norms of 2015").
const NORM_COUNT_RULE: &str = "norm-count";

/// The chair a "Chair" heading's first line names ("Chair" / "Ana Ruiz (Peru)").
const CHAIR_HEADING_RULE: &str = "chair-heading";

/// The memberships a grid table gives: a matrix of states by groups, or a row per group
/// with its members (see the `grids` module).
const GRID_RULE: &str = "member-grid";

/// Rule names that readers give a part of what a table rule reads (not rules of their
/// own, so not in the rule table): with the table's names, every name a provenance can
/// carry.
/// The chairs a table of groups names in its chair column.
const CHAIR_GRID_RULE: &str = "chair-grid";
pub(super) const SUB_RULES: [&str; 4] = [
    NORM_COUNT_RULE,
    CHAIR_HEADING_RULE,
    GRID_RULE,
    CHAIR_GRID_RULE,
];

/// Words that end a clause: a state after one of them is not in the cue's clause.
static CLAUSE_BREAK: Folded = Folded::new(
    r"(?i);|\bbut\b|\bwhile\b|\bwhereas\b|\balthough\b|\bunlike\b|,\s+which\b|,\s+who\b|\bhowever\b",
);
/// A heading that opens a list of members ("Members", "List of members", "Composition",
/// "Participating countries", "Countries represented").
static MEMBER_HEADING: Folded = Folded::new(
    r"(?i)^\s*(?:the\s+)?(?:list\s+of\s+)?(?:members|membership|composition|participating\s+(?:states|countries|nations)|participants|experts|member\s+(?:states|countries)|(?:countries|states)\s+represented)\b",
);
/// "the group last met in 2005": the year of the group before the one a page is about.
/// Gated on "last met": it is searched in the whole text of every undated document.
static LAST_MET: Folded = Folded::gated(
    r"(?i)\b(?:group|gge|experts)\b(?u:[^.;]){0,80}?\blast\s+met\s+in\s+((?:19|20)\d\d)\b",
    &["last met"],
);

/// Every pattern of this module, for [`super::pattern::warm`].
pub(super) const PATTERNS: [super::pattern::AnyPattern; 36] = {
    use super::pattern::AnyPattern;
    [
        AnyPattern::Exact(&PERSONAL_TITLE),
        AnyPattern::Folded(&CHAIR_OF_FOCUS),
        AnyPattern::Exact(&PERSON_BEFORE_STATE),
        AnyPattern::Exact(&PERSON_AFTER),
        AnyPattern::Exact(&PERSON_AT_END),
        AnyPattern::Folded(&CLAUSE_BREAK),
        AnyPattern::Folded(&MEMBER_GUARD),
        AnyPattern::Folded(&CHAIR_OF),
        AnyPattern::Folded(&NO_CONSENSUS),
        AnyPattern::Folded(&CONSENSUS),
        AnyPattern::Folded(&PRODUCE_VERB),
        AnyPattern::Folded(&REPORT_ADOPTED),
        AnyPattern::Folded(&SUCCEED_VERB),
        AnyPattern::Folded(&NORM_COUNT),
        AnyPattern::Folded(&NORM_LABEL),
        AnyPattern::Folded(&ARTICULATE_VERB),
        AnyPattern::Folded(&REAFFIRM_VERB),
        AnyPattern::Folded(&MEMBER_HEADING),
        AnyPattern::Folded(&GROUP_CELL),
        AnyPattern::Exact(&ADJECTIVE_GAP),
        AnyPattern::Exact(&GAPPED_LEAD),
        AnyPattern::Exact(&POSSESSIVE_ROLE),
        AnyPattern::Exact(&GAPPED_BY),
        AnyPattern::Exact(&DEMONYM_WORD),
        AnyPattern::Exact(&SPONSORS_BEFORE),
        AnyPattern::Exact(&SELF_REPORT),
        AnyPattern::Exact(&SPEAKER_BEFORE),
        AnyPattern::Exact(&SPEAKER_AFTER),
        AnyPattern::Folded(&CHAIR_TRIGGER),
        AnyPattern::Folded(&MEMBER_COUNT),
        AnyPattern::Folded(&GROUP_WORD),
        AnyPattern::Folded(&MEMBER_CELL),
        AnyPattern::Folded(&LAST_MET),
        AnyPattern::Folded(&REFERS_BACK),
        AnyPattern::Folded(&CHAIR_HEADING),
        AnyPattern::Folded(&CHAIR_LABEL_LINE),
    ]
};

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
    group: GroupTarget,
    status: Status,
    rule: &'static str,
    /// Lines without a state read since the last member: an annex lists each member
    /// with its expert's name and posts on the lines after it.
    since_member: u8,
    /// For a table, the column of members its header names.
    column: Option<u16>,
}

/// What the reader has read so far of its document.
#[derive(Default)]
struct ReadSoFar {
    /// Entities with their best display names.
    entities: std::collections::BTreeMap<EntityId, Entity>,
    /// Claims in reading order.
    claims: Vec<Claim>,
    /// Claims that name a group by its establishing act only.
    pending: Vec<PendingClaim>,
    /// Warnings in reading order.
    warnings: Vec<Warning>,
}

/// One document's pass.
pub(super) struct DocumentReader<'d> {
    doc: &'d Document,
    /// The document id every provenance of this document shares.
    doc_id: std::sync::Arc<str>,
    matcher: &'d StateMatcher,
    out: ReadSoFar,
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
    sentence_chairs: Vec<(EntityId, GroupTarget)>,
    /// For each state a sponsor claim of the document has named so far, the act it put
    /// forward, or `None` once it is said to have put forward several: "the
    /// Russian-sponsored one" later in the text is the act it said Russia put forward.
    doc_sponsors: std::collections::HashMap<EntityId, Option<EntityId>>,
    /// The acts the current sentence's sponsor claims linked to, where it names none
    /// ("the Russian-led resolution" in 2019): the act "the resolution" then refers to.
    sentence_acts: Vec<EntityId>,
    /// Whether the page's title (its first heading) is about ICTs: "the Russian-sponsored
    /// draft" under "Cyber resolutions pass" is an ICT text.
    title_on_ict: Option<bool>,
    /// The body the last vote sentence that named one had act.
    last_vote_body: Option<crate::model::literal::Body>,
    /// The group whose chair the line under a "Chair" heading names.
    pending_chair: Option<GroupTarget>,
    /// The table the last cell read is in, with its column of members.
    table: Option<(u16, Option<u16>)>,
    /// The grid table being read, if the last table is one.
    grid: Option<Grid>,
    /// Vote counts waiting for the act their sponsor put forward.
    pending_tallies: Vec<tally::PendingTally>,
    /// The rule whose claims are being made.
    rule: &'static str,
}

impl<'d> DocumentReader<'d> {
    pub(super) fn new(doc: &'d Document, matcher: &'d StateMatcher) -> Self {
        // The whole text is lower-cased and the dateline found once for the three
        // document-wide cues (dated group, session, title).
        let text = CasedText::new(&doc.text);
        let year = document_year(doc);
        let session = refs::session_in(&text);
        DocumentReader {
            doc,
            doc_id: std::sync::Arc::from(doc.id.as_str()),
            matcher,
            out: ReadSoFar::default(),
            section_group: None,
            focus: None,
            dated_gge: dated_gge(doc, &text, year).or_else(|| group_of_report_symbol(doc)),
            section_resolution: None,
            focus_act: None,
            current_report: None,
            in_sources: false,
            pending_sponsors: None,
            pending_list: None,
            // A bare "L.27" is read in the session of the document's dateline, else the
            // session the document names ("First Committee, seventy-third session").
            draft_session: year.map(|y| y.saturating_sub(1945)).or(session),
            year,
            doc_session: session.or_else(|| year.map(|y| y.saturating_sub(1945))),
            doc_title: refs::title_in(&text),
            sentence_chairs: Vec::new(),
            doc_sponsors: std::collections::HashMap::new(),
            sentence_acts: Vec::new(),
            pending_tallies: Vec::new(),
            table: None,
            grid: None,
            pending_chair: None,
            title_on_ict: None,
            last_vote_body: None,
            rule: "",
        }
    }

    pub(super) fn read(mut self) -> DocumentClaims {
        let doc_id = EntityId::document(&self.doc.id);
        self.out.entities.insert(
            doc_id.clone(),
            Entity {
                id: doc_id,
                kind: EntityKind::Document,
                name: self.doc.id.clone(),
            },
        );
        let doc: &'d Document = self.doc;
        for block in doc.sentences.chunks(SCAN_BLOCK) {
            let scanned = scan_block(doc, self.matcher, block);
            for (sentence, scanned) in block.iter().zip(scanned) {
                self.sentence(sentence, scanned);
            }
        }
        self.settle_tallies();
        let ReadSoFar {
            entities,
            claims,
            pending,
            warnings,
        } = self.out;
        DocumentClaims {
            entities,
            claims: crate::model::ClaimSet::from_claims(claims),
            pending,
            warnings,
        }
    }

    fn sentence(&mut self, s: &Sentence, scanned: Scanned<'d>) {
        let view = self.view(s, scanned);
        self.record_mentions(&view);
        if s.is_cell() && self.grid_cell(s, &view) {
            return;
        }
        // "<dt>Chair</dt><dd>Name (State)</dd>", a "Chair" cell: a label that ends a list
        // of members and names the chair in the cell after it.
        if (s.is_cell() || s.is_bullet()) && CHAIR_HEADING.is_match(&view.match_text) {
            self.pending_list = None;
            self.pending_chair = self.focus_group(None).map(GroupTarget::Known);
            return;
        }
        if self.list_item(s, &view) {
            return;
        }
        if s.is_heading() {
            self.heading(s, &view);
            return;
        }
        if self.in_sources {
            return;
        }
        // A question asserts nothing ("Was Fiji among the 25 members of the 2016-2017
        // GGE?"), though it sets the subject of the sentences after it.
        if view.text.trim_end().ends_with('?') {
            self.update_focus(&view);
            return;
        }
        self.sentence_chairs.clear();
        if let Some(group) = self.pending_chair.take() {
            self.chair_under_heading(&view, &group);
        }
        self.sentence_acts.clear();
        self.bind_pending_sponsors(s, &view);
        let mut members_read = false;
        for (i, rule) in RULES.iter().enumerate() {
            if !view.cues.matched(i) {
                continue;
            }
            self.rule = rule.name;
            self.read_by(s, &view, rule, &mut members_read);
        }
        if !members_read {
            self.members_in_label_line(&view);
        }
        self.update_focus(&view);
    }

    /// Reads `view` by `rule`, whose cue it matches; `members_read` says whether a
    /// membership rule already read members of this sentence (then no other one does).
    fn read_by(&mut self, s: &Sentence, view: &Findings<'_>, rule: &Rule, members_read: &mut bool) {
        // The set said the cue matches; only the reads that start from the cue's
        // place search for it again.
        let cue = || {
            rule.trigger
                .find(&view.match_text)
                .map(|m| (m.start(), m.end()))
        };
        match rule.read {
            Read::Members if !*members_read => *members_read |= self.members_per_clause(view, rule),
            Read::Members => {}
            Read::MemberList => self.open_list(view, rule),
            Read::MemberCount => self.member_count(view),
            Read::Chair => self.chairs(view),
            Read::ElectedChair => {
                if let Some((start, end)) = cue() {
                    self.elected_chair(view, start, end);
                }
            }
            Read::ChairApposition => {
                if let Some((start, end)) = cue() {
                    self.apposition_chair(view, start, end);
                }
            }
            Read::EstablishActive => self.establishes(view, rule),
            Read::EstablishPassive => {
                if let Some((start, end)) = cue() {
                    self.established_by(view, start, end);
                }
            }
            Read::NewGroupAdopted => self.new_group_adopted(s, view, rule),
            Read::Adoption => self.adoption(view),
            Read::SponsorPassive => self.sponsors_passive(s, view, rule),
            Read::SponsorActive => {
                if let Some((start, _)) = cue() {
                    self.sponsors_active(s, view, start);
                }
            }
            Read::SponsorIntroducing => {
                if let Some(at) = cue() {
                    self.sponsors_introducing(s, view, at);
                }
            }
            Read::SponsorAdjective => self.sponsors_adjective(s, view, rule),
            Read::Produces => self.produces_and_outcome(view),
            Read::Succeeds => self.succeeds(view),
            Read::Norms => self.norms(view),
            Read::VotesInParentheses => self.votes(view, super::votes::parenthesised),
            Read::VoteColumns => self.votes(view, super::votes::columns),
            Read::NamedVoters => self.votes(view, super::votes::named_voters),
            Read::VotersAfter => self.votes(view, super::votes::voters_after),
            Read::DraftBecomes => self.draft_becomes(view),
            Read::VoteTally => self.vote_tally(view),
            Read::PartVote => self.part_votes(view),
            Read::SponsorsOf => {
                if let Some(span) = cue() {
                    self.sponsors_of(s, view, span);
                }
            }
        }
    }

    /// Members after each of the rule's cues, one cue per clause; true when any was read.
    fn members_per_clause(&mut self, view: &Findings<'_>, rule: &Rule) -> bool {
        // Each clause may have its own cue ("A was selected for the GGE; B holds a seat on
        // it"); a handful per sentence is plenty, and the cap keeps a hostile one-line
        // list linear.
        let mut read = false;
        let mut last_clause = None;
        for cue in rule.trigger.find_iter(&view.match_text).take(16) {
            let clause = view.clause_of(cue.start());
            if last_clause == Some(clause) {
                continue;
            }
            last_clause = Some(clause);
            read |= self.members(view, rule, cue.start(), cue.end());
        }
        read
    }

    fn provenance(&self, view: &Findings<'_>, at: usize) -> Provenance {
        let offset = view.start + at.min(view.text.len());
        let (page, pos) = self.doc.locate(offset);
        Provenance {
            document: self.doc_id.clone(),
            page,
            line: pos.line,
            column: pos.column,
            text: view.quote(at),
            status: view.status,
            rule: self.rule,
        }
    }

    /// Records a claim, or a [`PendingClaim`] when an end is a group known only by the
    /// act that set it up.
    fn claim(
        &mut self,
        view: &Findings<'_>,
        subject: impl Into<End<EntityId>>,
        relation: Relation,
        object: impl Into<End<Object>>,
        at: usize,
    ) {
        let provenance = self.provenance(view, at);
        self.record(subject.into(), relation, object.into(), provenance);
    }

    /// [`Self::claim`] with its provenance made.
    fn record(
        &mut self,
        subject: End<EntityId>,
        relation: Relation,
        object: End<Object>,
        provenance: Provenance,
    ) {
        let (subject, object) = match (subject, object) {
            (End::Known(subject), End::Known(object)) => (subject, object),
            (subject, object) => {
                self.out.pending.push(PendingClaim {
                    subject,
                    relation,
                    object,
                    provenance,
                });
                return;
            }
        };
        if relation == Relation::Sponsors
            && let Some(act) = object.entity()
        {
            self.doc_sponsors
                .entry(subject.clone())
                .and_modify(|known| {
                    if known.as_ref() != Some(act) {
                        *known = None;
                    }
                })
                .or_insert_with(|| Some(act.clone()));
            if !self.sentence_acts.contains(act) {
                self.sentence_acts.push(act.clone());
            }
        }
        self.out.claims.push(Claim {
            subject,
            relation,
            object,
            provenance,
        });
    }

    /// The votes one shape of [`super::votes`] reads in the sentence.
    fn votes(&mut self, view: &Findings<'_>, read: super::votes::Reader) {
        let focus = self.focus_act.clone();
        let sentence = super::votes::Sentence {
            text: &view.match_text,
            states: &view.states,
            acts: &view.acts,
            focus: focus.as_ref(),
        };
        for (state, relation, act, at) in read(&sentence) {
            self.claim(view, EntityId::state(state.iso3), relation, act, at);
        }
    }

    /// "The draft ... became resolution ..." -> `becomes`.
    fn draft_becomes(&mut self, view: &Findings<'_>) {
        if let Some((draft, resolution, at)) =
            super::votes::draft_becomes(&view.match_text, &view.acts)
        {
            self.claim(view, draft, Relation::Becomes, resolution, at);
        }
    }

    fn warn_unlinked_vote(&mut self, p: &Provenance, counts: VoteCounts) {
        self.out.warnings.push(Warning {
            document: self.doc.id.clone(),
            page: p.page,
            line: p.line,
            column: p.column,
            kind: WarningKind::UnlinkedVote,
            message: format!(
                "a recorded vote of {counts} on a text named by no symbol the catalogue knows; not linked"
            ),
        });
    }
}
