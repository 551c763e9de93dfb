//! Reads about resolutions and drafts: which group one established, how and when it was
//! adopted, who sponsored it (each sponsor with its own act, or the act the catalogue
//! knows for the session and title).

use super::*;
use crate::model::literal::Body;

/// A nationality adjective or state name directly qualifying a text: "-sponsored",
/// "-led", or nothing, then at most "draft".
pub(super) static ADJECTIVE_GAP: Exact = Exact::ascii(
    r"^(?:'s|-(?:led|sponsored|drafted|backed|proposed|initiated|introduced|tabled|authored))?\s+(?:(?:draft|new|own)\s+)?$",
);

pub(super) static DEMONYM_WORD: Exact = Exact::ascii(
    r"\b(American|Argentine|Australian|Belarusian|Brazilian|British|Canadian|Chinese|Cuban|Dutch|Egyptian|Estonian|French|German|Indian|Indonesian|Iranian|Israeli|Italian|Japanese|Kenyan|Mexican|Russian|Singaporean|Swiss|Ukrainian)\b",
);

pub(super) static REPORT_ADOPTED: Folded = Folded::gated(
    r"(?i)\breports?\b(?u:[^.;]){0,60}?\b(?:adopted|agreed)\b|\b(?:adopted|agreed(?:\s+on)?)\s+(?:its|a|the|their)\s+(?:[\w-]+\s+){0,3}reports?\b",
    &["report"],
);

/// A sentence that opens by pointing back at the act the sentences before named ("It
/// requested ...", "By that text, the Assembly ...", "Under the draft, ...").
pub(super) static REFERS_BACK: Folded = Folded::new(
    r"(?i)^\s*(?:it\s+(?:also\s+|further\s+)?(?:request|decide|call|establish|convene|welcome|note|invite|reaffirm|ask|urge|encourage|endorse|mandate|create|set|recommend|took|take|stress|recall|express)\w*|(?:(?:by|under|in|with)\s+)?(?:the|this|that|its)\s+(?:resolution|draft|text|document|terms)\b)",
);

impl<'d> DocumentReader<'d> {
    /// The resolutions a sentence speaks of, or the one in focus for "It ..." and "By the
    /// text ..." sentences.
    pub(super) fn sentence_resolutions(&self, view: &View<'_>) -> Vec<(EntityId, usize)> {
        if !view.acts.is_empty() {
            return view
                .acts
                .iter()
                .map(|r| (r.value.clone(), r.start))
                .collect();
        }
        let refers_back = REFERS_BACK.is_match(&view.match_text);
        match (&self.section_resolution, &self.focus_act, refers_back) {
            (Some(r), _, true) => vec![(r.clone(), 0)],
            (None, Some(r), true) => vec![(r.clone(), 0)],
            _ => Vec::new(),
        }
    }

    /// The group an establishing phrase names at `g`: "a new GGE" after a resolution of a
    /// session is the group the catalogue says that session set up.
    pub(super) fn established_group(
        &self,
        view: &View<'_>,
        g: &Found<GroupRef>,
        act: &EntityId,
        follow_up: bool,
    ) -> Option<EntityId> {
        match &g.value {
            GroupRef::Generic(kind) => {
                let phrase = view.match_text.lower()[g.start..g.end].to_string();
                let definite = phrase.starts_with("the ") || phrase.starts_with("its ");
                // "The Group, established by resolution 73/266" is the group in focus, of
                // its kind; "a new group in 2016" is of no kind until its year says which.
                let kind = kind.or_else(|| generic_kind(view, g)).or_else(|| {
                    if definite {
                        self.focus_kind()
                    } else {
                        year_after(view, g.end).and_then(|y| {
                            let mut starting = refs::KNOWN_GROUPS.iter().filter(|k| k.start == y);
                            let one = starting.next()?;
                            starting.next().is_none().then_some(one.kind)
                        })
                    }
                })?;
                let new = follow_up || phrase.contains("new") || phrase.contains("another");
                let by_year = year_after(view, g.end).and_then(|y| {
                    refs::KNOWN_GROUPS
                        .iter()
                        .find(|k| k.kind == kind && k.start == y)
                        .copied()
                });
                let by_session =
                    || refs::session_of(act).and_then(|s| refs::group_set_up_in_session(kind, s));
                if definite && !new {
                    // "The GGE mandated by resolution 70/237": the resolution names the
                    // group more surely than the group the previous sentence named.
                    return by_session()
                        .map(|k| k.id())
                        .or_else(|| self.focus_group(Some(kind)))
                        .or_else(|| by_year.map(|k| k.id()));
                }
                by_year.or_else(by_session).map(|k| k.id())
            }
            _ => self.resolve_group(view, g),
        }
    }

    pub(super) fn establishes(&mut self, view: &View<'_>, rule: &Rule) {
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
                self.claim(view, res, Relation::Establishes, group.clone(), at);
                if let Some(k) = GroupKey::parse(&group.0) {
                    self.focus = Some(Focus::Ict(k));
                }
                return;
            }
        }
    }

    /// "The OEWG was established by resolution 73/27"; "a GGE ... was established in 2009".
    pub(super) fn established_by(&mut self, view: &View<'_>, cue_start: usize, cue_end: usize) {
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
            // "a group ... to be established in 2012": the sentences after it speak of
            // that group ("The Group, chaired by ...").
            if let Some(k) = GroupKey::parse(&group.0) {
                self.focus = Some(Focus::Ict(k));
            }
            self.claim(view, res, Relation::Establishes, group, at);
        }
    }

    pub(super) fn adoption(&mut self, view: &View<'_>) {
        let Some(v) = ADOPT_VERB.find(&view.match_text) else {
            return;
        };
        let date = refs::find_date_in(&view.match_text);
        // "The OEWG, set up by resolution 73/27, adopted its final report by consensus in
        // March 2021": the verb's object is the report, not the resolution named.
        let of_report = REPORT_ADOPTED.find(&view.match_text).is_some_and(|r| {
            view.acts.is_empty() || (r.start() <= v.start() && v.start() < r.end())
        });
        if of_report {
            let Some(date) = date else { return };
            let Some((group, _)) = self.subject_group(view) else {
                return;
            };
            self.claim(
                view,
                group,
                Relation::ReportAdoptedOn,
                Literal::Date(date.value),
                date.start,
            );
            return;
        }
        let mode = refs::find_adoption_mode_in(&view.match_text);
        let first_committee = mode.is_some_and(|m| m.body == Body::FirstCommittee);
        // The plenary adopts resolutions. The First Committee approves drafts: its vote is
        // the committee stage of the resolution the sentence names ("the draft of
        // resolution 73/27 was approved"), else belongs to the draft it names ("the
        // Committee approved, by a vote of 109 in favour to 45 against, ... (document
        // A/C.1/73/L.27/Rev.1)").
        let named = self.sentence_resolutions(view);
        let kinds = |k| named.iter().any(|(r, _): &(EntityId, usize)| r.kind() == k);
        let wanted =
            if first_committee && kinds(EntityKind::Draft) && !kinds(EntityKind::Resolution) {
                EntityKind::Draft
            } else {
                EntityKind::Resolution
            };
        let resolutions: Vec<(EntityId, usize)> = named
            .into_iter()
            .filter(|(r, _)| r.kind() == wanted)
            .collect();
        let Some((res, _)) = resolutions
            .iter()
            .min_by_key(|(_, at)| at.abs_diff(v.start()))
            .cloned()
        else {
            return;
        };
        if let Some(date) = date.filter(|_| !first_committee) {
            self.claim(
                view,
                res.clone(),
                Relation::AdoptedOn,
                Literal::Date(date.value),
                date.start,
            );
        }
        if let Some(mode) = mode {
            self.claim(
                view,
                res,
                Relation::Adoption,
                Literal::Adoption(mode),
                v.start(),
            );
        }
    }

    /// "introduced by A and B": every cue pairs with its own resolution, the nearest one
    /// before it ("resolution 73/27, which was introduced by ..."), else the next one.
    pub(super) fn sponsors_passive(&mut self, s: &Sentence, view: &View<'_>, rule: &Rule) {
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
    pub(super) fn sponsor_claims(
        &mut self,
        s: &Sentence,
        view: &View<'_>,
        sponsors: Vec<(EntityId, usize)>,
        act: Option<EntityId>,
    ) {
        let named: Vec<&EntityId> = sponsors.iter().map(|(s, _)| s).collect();
        match act.or_else(|| self.catalogue_act_for(view, &named)) {
            Some(res) => {
                for (state, at) in sponsors {
                    self.claim(view, state, Relation::Sponsors, res.clone(), at);
                }
            }
            None => {
                self.pending_sponsors = Some(PendingSponsors {
                    paragraph: s.paragraph,
                    states: sponsors,
                    sentence: *s,
                    rule: self.rule,
                    heading: false,
                });
            }
        }
    }

    /// The act a sentence without a symbol speaks of, when it names a title family or a
    /// session and the catalogue knows exactly one act for them ("a Russia-US draft
    /// resolution" at the 76th session is A/RES/76/19). A First Committee sentence links
    /// only to a draft the catalogue knows, never to the resolution it became.
    pub(super) fn catalogue_act(&self, view: &View<'_>) -> Option<EntityId> {
        if !view.acts.is_empty() {
            return view
                .act_by_title
                .then(|| view.acts.first().map(|a| a.value.clone()))
                .flatten();
        }
        let title = refs::title_in(&view.match_text).or(self.doc_title);
        let session = refs::session_in(&view.match_text)
            .or_else(|| {
                year_after(view, 0)
                    .filter(|_| title.is_some())
                    .map(|y| y - 1945)
            })
            .or(self.doc_session)?;
        let committee = refs::committee_acts(&view.match_text, "committee");
        let act = refs::known_act(session, title, committee)?;
        (!committee || act.kind() == EntityKind::Draft).then_some(act)
    }

    /// [`Self::catalogue_act`], else the act the sentence names only by its sponsors
    /// ("the Russian-led resolution" in 2019 is A/RES/74/29; "the Russian-American
    /// resolution" is A/RES/76/19): the series the catalogue knows those sponsors tabled, in
    /// the session the sentence or document gives.
    pub(super) fn catalogue_act_for(
        &self,
        view: &View<'_>,
        sponsors: &[&EntityId],
    ) -> Option<EntityId> {
        if let Some(act) = self.catalogue_act(view) {
            return Some(act);
        }
        if !view.acts.is_empty() || refs::title_in(&view.match_text).is_some() {
            return None;
        }
        // Only a sentence about ICTs or one of the groups: "the Russian draft on outer
        // space" is another of the sponsor's texts.
        let on_ict = refs::about_ict(&view.match_text) || !view.groups.is_empty();
        if !on_ict || view.about_other_topic() {
            return None;
        }
        let mut codes: Vec<&str> = sponsors
            .iter()
            .filter_map(|s| s.0.strip_prefix("state:"))
            .collect();
        codes.sort_unstable();
        codes.dedup();
        // The sentence's own session or year, else the year the document is dated: a
        // session named elsewhere in the text may be another year's.
        let session = refs::session_in(&view.match_text).or_else(|| {
            sentence_year(view.text)
                .or(self.year)
                .map(|y| y.saturating_sub(1945))
        });
        let (title, session) = refs::sponsored_series(&codes, session)?;
        let committee = refs::committee_acts(&view.match_text, "committee");
        let act = refs::known_act(session, Some(title), committee)?;
        (!committee || act.kind() == EntityKind::Draft).then_some(act)
    }

    /// "Co-sponsors of resolution 73/266 included A and B", "Among the sponsors of draft
    /// A/C.1/73/L.37 were A and B": the states listed after the act the cue names, in its
    /// clause, joined to it only by a copula or a list verb.
    pub(super) fn sponsors_of(&mut self, s: &Sentence, view: &View<'_>, cue_end: usize) {
        let Some(act) = view.acts.iter().find(|a| a.start >= cue_end) else {
            return;
        };
        if !view.text[cue_end..act.start]
            .split_whitespace()
            .all(|w| matches!(w, "the" | "draft" | "resolution" | "text" | "document"))
        {
            return;
        }
        let clause = view.clause_of(act.start);
        let Some(first) = view.states.iter().find(|st| st.start >= act.end) else {
            return;
        };
        let lead_in = view.text[act.end..first.start]
            .split(|c: char| !c.is_alphanumeric() && c != '.' && c != '/')
            .filter(|w| !w.is_empty())
            .all(|w| {
                matches!(
                    w.to_ascii_lowercase().as_str(),
                    "were"
                        | "are"
                        | "was"
                        | "is"
                        | "included"
                        | "include"
                        | "includes"
                        | "including"
                        | "comprised"
                        | "also"
                        | "such"
                        | "as"
                        | "among"
                        | "them"
                        | "the"
                        | "delegations"
                        | "of"
                        | "rev.1"
                        | "rev.2"
                )
            });
        if !lead_in || view.clause_of(first.start) != clause {
            return;
        }
        let sponsors = contiguous_states(view, first.start, true);
        self.sponsor_claims(s, view, sponsors, Some(act.value.clone()));
    }

    /// "A and B introduced a draft resolution ..."
    pub(super) fn sponsors_active(&mut self, s: &Sentence, view: &View<'_>, cue_start: usize) {
        let lower = view.match_text.lower();
        // The act is named by a symbol or the words "resolution", "draft": "Cuba tabled
        // A/C.1/73/L.37" as well as "Cuba tabled a draft resolution".
        if !(lower.contains("resolution") || lower.contains("draft") || !view.acts.is_empty()) {
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
    pub(super) fn sponsors_adjective(&mut self, s: &Sentence, view: &View<'_>, rule: &Rule) {
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
        let mut unbound = Vec::new();
        let heading = s.heading;
        let known = std::cell::OnceCell::new();
        for cue in rule.trigger.find_iter(&view.match_text) {
            // The symbol right after the word, or the word's own "resolution 73/27".
            let act = view.acts[view.acts.partition_point(|a| a.start < cue.start())..]
                .first()
                .filter(|a| a.start == cue.start() || a.start >= cue.end())
                .filter(|a| a.start <= cue.end() + 25)
                .filter(|a| {
                    let gap = view.text.get(cue.end()..a.start).unwrap_or("");
                    gap.chars()
                        .all(|c| c.is_whitespace() || matches!(c, '(' | ',' | ':'))
                        || gap.trim().eq_ignore_ascii_case("(document")
                })
                .map(|a| a.value.clone());
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
            // "Russia-initiated resolutions" are several acts: none is linked by the
            // catalogue.
            let plural = cue.as_str().ends_with('s');
            let act = act.or_else(|| {
                let named: Vec<&EntityId> = states.iter().map(|(s, _, _)| s).collect();
                if plural {
                    None
                } else if named.is_empty() {
                    known.get_or_init(|| self.catalogue_act(view)).clone()
                } else {
                    self.catalogue_act_for(view, &named)
                }
            });
            if act.is_none() && !heading {
                continue;
            }
            match act {
                Some(act) => {
                    for (state, at, st) in states {
                        found.push((state, act.clone(), at, st));
                    }
                }
                // A headline ("UNGA adopts Russian proposal on cybersecurity") names the
                // act in the sentence under it.
                None => unbound.extend(states.into_iter().map(|(state, at, _)| (state, at))),
            }
        }
        if !unbound.is_empty() {
            self.pending_sponsors = Some(PendingSponsors {
                paragraph: s.paragraph,
                states: unbound,
                sentence: *s,
                rule: self.rule,
                heading: true,
            });
        }
        let mut mentioned = Vec::new();
        for (state, act, at, st) in found {
            mentioned.push((state.clone(), EntityKind::State, st.name.to_string(), at));
            self.claim(view, state, Relation::Sponsors, act, at);
        }
        self.mention_all(view, mentioned);
    }

    /// Binds sponsors named in the previous sentence to the resolution this one names.
    pub(super) fn bind_pending_sponsors(&mut self, s: &Sentence, view: &View<'_>) {
        let Some(pending) = self.pending_sponsors.take() else {
            return;
        };
        if view.acts.is_empty() && pending.heading && view.text.len() <= 40 {
            // A dateline between the headline and its first sentence.
            self.pending_sponsors = Some(pending);
            return;
        }
        if (pending.paragraph != s.paragraph && !pending.heading) || view.acts.is_empty() {
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
                    object: res.value.clone().into(),
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
}

/// The act a cue at `start..end` speaks of: the nearest one before it ("resolution
/// 73/27, which was introduced by ..."), else the first one after it. `acts` is sorted by
/// position.
pub(super) fn nearest_act(
    acts: &[(EntityId, usize)],
    start: usize,
    end: usize,
) -> Option<(EntityId, usize)> {
    let i = acts.partition_point(|(_, at)| *at < start);
    i.checked_sub(1)
        .and_then(|j| acts.get(j))
        .or_else(|| acts[i..].iter().find(|(_, at)| *at >= end))
        .cloned()
}

/// States forming one list next to `at`: after it (`forward`, "introduced by A and B") or
/// ending just before it ("A and B introduced ..."). Only joiners may separate them.
pub(super) fn contiguous_states(
    view: &View<'_>,
    at: usize,
    forward: bool,
) -> Vec<(EntityId, usize)> {
    // "co-sponsored by 31 States, including A and B": a count of states may lead in.
    let lead_in = |gap: &str| {
        let g = gap.trim().to_ascii_lowercase();
        let mut words = g
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty());
        let counted = words.next().is_some_and(|w| refs::parse_count(w).is_some())
            || g.starts_with("more than ")
            || g.starts_with("over ");
        counted
            && ["including", "among them", "such as", "notably"]
                .iter()
                .any(|w| g.ends_with(w))
            && ["states", "countries", "delegations", "members"]
                .iter()
                .any(|w| g.contains(w))
            && g.len() <= 60
    };
    // "A, B and C", "A along with B", "A together with B", "A jointly with B".
    let joiner = |gap: &str| {
        let g = gap.trim().trim_start_matches(',').trim();
        let g = g.strip_prefix("and").unwrap_or(g).trim();
        let g = g.strip_prefix("jointly").unwrap_or(g).trim();
        let g = ["along with", "together with", "jointly with", "with"]
            .iter()
            .find_map(|w| g.strip_prefix(w))
            .unwrap_or(g)
            .trim();
        g.is_empty() || g == "the" || g == "," || g == ", the"
    };
    let mut out = Vec::new();
    if forward {
        let mut pos = at;
        for st in view.states.iter().filter(|s| s.start >= at) {
            let gap = &view.text[pos..st.start];
            if !(joiner(gap) || out.is_empty() && lead_in(gap)) {
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
