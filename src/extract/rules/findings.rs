//! What the rules read in one sentence: its states, groups, acts, reports, norms and
//! clauses, with offsets relative to the sentence.

use super::*;

/// Everything found in one sentence, with offsets relative to the sentence start.
pub(super) struct Findings<'a> {
    pub(super) text: &'a str,
    /// The sentence with its lower-cased twin, for the case-insensitive patterns.
    pub(super) match_text: CasedText<'a>,
    pub(super) start: usize,
    pub(super) status: Status,
    pub(super) states: Vec<Found<&'static State>>,
    /// ICT group references (references to other bodies are left out).
    pub(super) groups: Vec<Found<GroupMention>>,
    /// Where the sentence names a group of another body, if it does.
    pub(super) other_group: Option<usize>,
    /// Resolutions and First Committee drafts, in order.
    pub(super) acts: Vec<Found<EntityId>>,
    /// True when `acts` is the one act the sentence names by its title only.
    pub(super) act_by_title: bool,
    pub(super) reports: Vec<Found<EntityId>>,
    pub(super) norms: Vec<Found<EntityId>>,
    /// Clause boundaries (byte offsets), in order.
    pub(super) breaks: Vec<usize>,
    /// Which rules' cues the sentence matches (indices in [`RULES`]).
    pub(super) cues: regex::SetMatches,
    /// The sentence as shared by the claims' provenance, made on first use.
    pub(super) shared: std::cell::OnceCell<std::sync::Arc<str>>,
    /// Whether the sentence speaks of another body's subject, found on first use.
    pub(super) other_topic: std::cell::OnceCell<bool>,
    /// Quotes of a long sentence, one per 150-byte block, shared by the claims of the
    /// mentions in that block.
    pub(super) windows: std::cell::RefCell<Vec<(usize, std::sync::Arc<str>)>>,
}

impl Findings<'_> {
    pub(super) fn about_other_topic(&self) -> bool {
        *self
            .other_topic
            .get_or_init(|| refs::about_other_topic(&self.match_text))
    }

    /// The quote for a mention at `at`: the whole sentence when short, else the bounded
    /// window around the mention's 150-byte block (one copy per block, so a long list
    /// of states costs one window per block, not one per state).
    pub(super) fn quote(&self, at: usize) -> std::sync::Arc<str> {
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

    pub(super) fn shared_text(&self) -> std::sync::Arc<str> {
        self.shared
            .get_or_init(|| std::sync::Arc::from(self.text))
            .clone()
    }

    /// Index of the clause holding byte `at`.
    pub(super) fn clause_of(&self, at: usize) -> usize {
        self.breaks.partition_point(|&b| b <= at)
    }

    /// Byte range of clause `i`.
    pub(super) fn clause_range(&self, i: usize) -> (usize, usize) {
        let start = if i == 0 { 0 } else { self.breaks[i - 1] };
        let end = self.breaks.get(i).copied().unwrap_or(self.text.len());
        (start, end)
    }

    pub(super) fn clause_text(&self, i: usize) -> &str {
        let (s, e) = self.clause_range(i);
        self.text.get(s..e).unwrap_or("")
    }
}

/// What a sentence's text alone gives: the finders' results, before the reader's state
/// (focus, session, catalogue choices) is consulted in [`DocumentReader::view`].
pub(super) struct Scanned<'a> {
    match_text: CasedText<'a>,
    mentions: Vec<crate::gazetteer::StateMention>,
    groups: Vec<Found<GroupMention>>,
    /// Where the sentence speaks of ICT or of another body, for sentences naming a group.
    topics: Option<refs::Topics>,
    resolutions: Vec<Found<EntityId>>,
    drafts: Vec<Found<EntityId>>,
    reports: Vec<Found<EntityId>>,
    norms: Vec<Found<EntityId>>,
    breaks: Vec<usize>,
    /// Which rules' cues the sentence matches (indices in [`RULES`]).
    cues: regex::SetMatches,
}

/// One finder, run over every sentence of a block before the next one runs.
type Finder = fn(&mut Scanned<'_>, &StateMatcher);

/// The finders, in the order they run (the rule cue set runs first, as the block is
/// made). Each has its own automata and tables: run over a block of sentences one after
/// the other, each finds them in the processor's caches, where run all on one sentence
/// after another they evicted each other. `valgrind --tool=callgrind --cache-sim=yes`
/// counts as many instructions either way and less than half the first-level
/// instruction-cache misses in blocks; a build takes about a tenth less time.
const FINDERS: &[Finder] = &[
    |x, matcher| x.mentions = matcher.find_all(x.match_text.original()),
    |x, _| x.groups = refs::find_groups_in(&x.match_text),
    |x, _| x.topics = (!x.groups.is_empty()).then(|| refs::Topics::of(&x.match_text)),
    |x, _| x.resolutions = refs::find_resolutions_in(&x.match_text),
    |x, _| x.drafts = refs::find_drafts(x.match_text.original()),
    |x, _| x.reports = refs::find_reports(x.match_text.original()),
    |x, _| x.norms = refs::find_norms_in(&x.match_text),
    |x, _| {
        x.breaks = CLAUSE_BREAK
            .find_iter(&x.match_text)
            .map(|m| m.start())
            .collect();
        x.breaks.dedup();
    },
];

/// Sentences scanned together: enough for the finders' tables to stay in cache across
/// them, few enough that their results stay small.
pub(super) const SCAN_BLOCK: usize = 256;

/// Runs every finder over `sentences` of `doc`, one finder at a time.
pub(super) fn scan_block<'d>(
    doc: &'d Document,
    matcher: &StateMatcher,
    sentences: &[Sentence],
) -> Vec<Scanned<'d>> {
    let mut block: Vec<Scanned<'d>> = sentences
        .iter()
        .map(|s| {
            let match_text = CasedText::new(doc.sentence_text(s));
            Scanned {
                cues: CUES.matches(&match_text),
                match_text,
                mentions: Vec::new(),
                groups: Vec::new(),
                topics: None,
                resolutions: Vec::new(),
                drafts: Vec::new(),
                reports: Vec::new(),
                norms: Vec::new(),
                breaks: Vec::new(),
            }
        })
        .collect();
    for finder in FINDERS {
        for x in &mut block {
            finder(x, matcher);
        }
    }
    block
}

impl<'d> DocumentReader<'d> {
    /// The findings of sentence `s`, from what its text gives (`scanned`) and what the
    /// sentences before it set.
    pub(super) fn view(&mut self, s: &Sentence, scanned: Scanned<'d>) -> Findings<'d> {
        let Scanned {
            match_text,
            mentions,
            groups,
            topics,
            resolutions,
            drafts,
            reports,
            norms,
            breaks,
            cues,
        } = scanned;
        let text = match_text.original();
        let marker = match_text.lower().find("[unverified");
        let status = if marker.is_some() {
            Status::Unverified
        } else {
            Status::Stated
        };
        let states = self.view_states(s, text, mentions, marker);
        let (groups, other_group) = self.view_groups(groups, topics.as_ref());
        let (acts, act_by_title) = self.view_acts(text, &match_text, resolutions, drafts);
        Findings {
            text,
            start: s.start,
            status,
            states,
            groups,
            other_group,
            acts,
            act_by_title,
            reports,
            norms,
            breaks,
            cues,
            match_text,
            shared: std::cell::OnceCell::new(),
            other_topic: std::cell::OnceCell::new(),
            windows: std::cell::RefCell::new(Vec::new()),
        }
    }

    /// The states sentence `s` (its `text`) names among the gazetteer's `mentions`,
    /// leaving out names in the "[unverified: ...]" note at `marker` and names of
    /// persons; an ambiguous name is warned about.
    fn view_states(
        &mut self,
        s: &Sentence,
        text: &str,
        mentions: Vec<crate::gazetteer::StateMention>,
        marker: Option<usize>,
    ) -> Vec<Found<&'static State>> {
        let doc: &'d Document = self.doc;
        let mut states = Vec::new();
        for m in mentions {
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
                    let (page, pos) = doc.locate(s.start + m.start);
                    self.out.warnings.push(Warning {
                        document: doc.id.clone(),
                        page,
                        line: pos.line,
                        column: pos.column,
                        kind: WarningKind::AmbiguousName,
                        message: format!("\"{name}\" may name more than one state; not resolved"),
                    });
                }
            }
        }
        states
    }

    /// The ICT group references among a sentence's `found_groups` (dated ones resolved,
    /// or dropped when no single group has the years), and where it names a group of
    /// another body (by its `topics`).
    fn view_groups(
        &self,
        found_groups: Vec<Found<GroupMention>>,
        topics: Option<&refs::Topics>,
    ) -> (Vec<Found<GroupMention>>, Option<usize>) {
        let mut groups = Vec::new();
        let mut other_group = None;
        for mut g in found_groups {
            if topics.is_some_and(|t| t.names_other_body(g.start, g.end)) {
                other_group.get_or_insert(g.start);
                continue;
            }
            if let GroupMention::Dated { start, end } = g.value {
                match self.dated_group(start, end) {
                    Some(key) => g.value = GroupMention::Explicit(key),
                    None => continue,
                }
            }
            groups.push(g);
        }
        (groups, other_group)
    }

    /// The resolutions and drafts a sentence names (`resolutions`, `drafts`), in order,
    /// with bare draft numbers read in the session of the last draft named; or the one
    /// act it names by its title only (then true).
    fn view_acts(
        &mut self,
        text: &str,
        match_text: &CasedText<'_>,
        resolutions: Vec<Found<EntityId>>,
        drafts: Vec<Found<EntityId>>,
    ) -> (Vec<Found<EntityId>>, bool) {
        let mut acts = resolutions;
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
            acts.extend(self.act_by_title(match_text));
            act_by_title = !acts.is_empty();
        }
        acts.sort_by_key(|a| a.start);
        (acts, act_by_title)
    }

    /// The act a sentence names by its title only ("adopted draft resolution XVI,
    /// 'Developments in the field of information ...', by a recorded vote of ..."): the one
    /// the catalogue knows for that title and the session the sentence (a session or a
    /// year in it) or the document gives, at the title's place. A sentence where the First
    /// Committee acts links only to a draft the catalogue knows; none when it knows none.
    pub(super) fn act_by_title(&self, text: &CasedText<'_>) -> Option<Found<EntityId>> {
        let (title, start, end) = refs::title_span(text)?;
        let session = refs::session_in(text)
            .or_else(|| sentence_year(text.original()).map(|y| y.saturating_sub(1945)))
            .or(self.doc_session)?;
        let value = refs::known_act_in(text, session, Some(title))?;
        Some(Found { start, end, value })
    }
}
