//! Sponsor reads: "introduced by A and B", "A and B tabled ...", "the Russian-sponsored
//! draft", "co-sponsors of 73/266 included ...", sponsors held for the next sentence, and
//! the acts a sentence names only by title, session or sponsor, found through the catalogue.

use super::*;

/// A nationality adjective or state name directly qualifying a text: "-sponsored",
/// "-led", or nothing, then at most "draft".
pub(super) static ADJECTIVE_GAP: Exact = Exact::ascii(
    r"^(?:'s|-(?:led|sponsored|drafted|backed|proposed|initiated|introduced|tabled|authored))?\s+(?:(?:draft|new|own)\s+)?$",
);

pub(super) static DEMONYM_WORD: Exact = Exact::ascii(
    r"\b(American|Argentine|Australian|Belarusian|Brazilian|British|Canadian|Chinese|Cuban|Dutch|Egyptian|Estonian|French|German|Indian|Indonesian|Iranian|Israeli|Italian|Japanese|Kenyan|Mexican|Russian|Singaporean|Swiss|Ukrainian)\b",
);

/// Between the sponsors and "co-sponsors of": "were among the", "was one of the", "are".
pub(super) static SPONSORS_BEFORE: Exact = Exact::ascii(
    r"^\s*(?:were|are|was|is)\s+(?:also\s+)?(?:among\s+(?:the\s+)?|one\s+of\s+the\s+|the\s+)?$",
);

/// What leads in a conjunct whose sponsor verb is gapped: "..., and 73/266", ": 73/27",
/// "; the draft 73/266".
pub(super) static GAPPED_LEAD: Exact =
    Exact::ascii(r"(?:[,;:]|\band)\s*(?:(?:the\s+)?(?:draft\s+)?(?:resolution|draft)\s+)?$");

/// What follows the act of such a conjunct: "by", then its sponsors.
pub(super) static GAPPED_BY: Exact = Exact::ascii(r"^\)?,?\s+by\s+");

impl<'d> DocumentReader<'d> {
    /// "introduced by A and B": every cue pairs with its own resolution, the nearest one
    /// before it ("resolution 73/27, which was introduced by ..."), else the next one.
    pub(super) fn sponsors_passive(&mut self, s: &Sentence, view: &Findings<'_>, rule: &Rule) {
        let resolutions = self.sentence_resolutions(view);
        for cue in rule.trigger.find_iter(&view.match_text) {
            let sponsors = contiguous_states(view, cue.end(), true);
            if sponsors.is_empty() {
                continue;
            }
            let act = nearest_act(&resolutions, cue.start(), cue.end());
            self.sponsor_claims(s, view, sponsors, act.map(|(a, _)| a));
        }
        if let Some(first) = rule.trigger.find(&view.match_text) {
            self.gapped_sponsors(view, first.end());
        }
    }

    /// "73/27 was tabled by Russia, and 73/266 by the United States"; "Two drafts were
    /// introduced: 73/27 by Russia and 73/266 by the United States": after a sponsor verb,
    /// an act that opens a conjunct and is followed at once by "by" and states was put
    /// forward by those states, the verb understood.
    fn gapped_sponsors(&mut self, view: &Findings<'_>, from: usize) {
        for act in view.acts.iter().filter(|a| a.start >= from) {
            if !GAPPED_LEAD.regex().is_match(&view.text[..act.start]) {
                continue;
            }
            let Some(by) = GAPPED_BY.regex().find(&view.text[act.end..]) else {
                continue;
            };
            for (state, at) in contiguous_states(view, act.end + by.end(), true) {
                self.claim(view, state, Relation::Sponsors, act.value.clone(), at);
            }
        }
    }

    /// Sponsors of `act`; without one, the act the catalogue knows for the session and
    /// title the text gives, else pending until the next sentence names one.
    pub(super) fn sponsor_claims(
        &mut self,
        s: &Sentence,
        view: &Findings<'_>,
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
    pub(super) fn catalogue_act(&self, view: &Findings<'_>) -> Option<EntityId> {
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
        refs::known_act_in(&view.match_text, session, title)
    }

    /// The act a sentence naming its sponsors but no symbol speaks of: where the sentence
    /// gives a symbol or title, or is not about ICTs, [`Self::catalogue_act`]; else the one
    /// act the document said those sponsors put forward, else the series the catalogue
    /// knows they tabled in the session the sentence or document gives ("the Russian-led
    /// resolution" in 2019 is A/RES/74/29; "the Russian-American resolution" A/RES/76/19),
    /// else what the page's title and session give.
    pub(super) fn catalogue_act_for(
        &self,
        view: &Findings<'_>,
        sponsors: &[&EntityId],
    ) -> Option<EntityId> {
        if !view.acts.is_empty() || refs::title_in(&view.match_text).is_some() {
            return self.catalogue_act(view);
        }
        // "The US resolution was also approved" after the text said which act the United
        // States put forward: that act, before any the catalogue or the page's title gives.
        let put_forward: Vec<Option<EntityId>> = sponsors
            .iter()
            .map(|s| self.act_put_forward_by(s))
            .collect();
        if let Some(Some(act)) = put_forward.first()
            && put_forward.iter().all(|a| a.as_ref() == Some(act))
        {
            return Some(act.clone());
        }
        let series = self.sponsor_series(view, sponsors);
        if self.on_ict(view)
            && let Some((title, Some(session))) = series
        {
            // Sponsors of a draft are sponsors of the resolution it became: in a Committee
            // sentence the draft when the catalogue knows it, else the resolution (a vote,
            // by contrast, is the Committee's own and never passes to the resolution).
            let committee = refs::committee_acts(&view.match_text, "committee");
            return refs::known_act(session, Some(title), committee);
        }
        // The page's title family, unless the sponsors' own series is another: "the US
        // resolution" on a page about the Russian "Developments" texts is not one of them.
        self.catalogue_act(view)
            .filter(|_| series.is_none_or(|(title, _)| self.doc_title == Some(title)))
    }

    /// The title family of the series the catalogue knows `sponsors` tabled, and the
    /// session the sentence or the document's date gives (a session named elsewhere in
    /// the text may be another year's); the session is `None` when neither gives one in
    /// the series' years.
    fn sponsor_series(
        &self,
        view: &Findings<'_>,
        sponsors: &[&EntityId],
    ) -> Option<(refs::ActTitle, Option<u16>)> {
        let mut codes: Vec<&str> = sponsors
            .iter()
            .filter_map(|s| s.0.strip_prefix("state:"))
            .collect();
        codes.sort_unstable();
        codes.dedup();
        let session = refs::session_in(&view.match_text).or_else(|| {
            sentence_year(view.text)
                .or(self.year)
                .map(|y| y.saturating_sub(1945))
        });
        let title = refs::series_title(&codes)?;
        Some((
            title,
            refs::sponsored_series(&codes, session).map(|(_, n)| n),
        ))
    }

    /// True when a sentence is about ICTs: it says so, names one of the groups, or stands
    /// under a page title that says so, and does not speak of another body's subject. Only
    /// there does a sponsor name an act: "the Russian draft on outer space" is another of
    /// the sponsor's texts.
    pub(super) fn on_ict(&self, view: &Findings<'_>) -> bool {
        let on_ict = refs::about_ict(&view.match_text)
            || !view.groups.is_empty()
            || self.title_on_ict == Some(true);
        on_ict && !view.about_other_topic()
    }

    /// "Co-sponsors of resolution 73/266 included A and B", "Among the sponsors of draft
    /// A/C.1/73/L.37 were A and B": the states listed after the act the cue names, in its
    /// clause, joined to it only by a copula or a list verb.
    pub(super) fn sponsors_of(
        &mut self,
        s: &Sentence,
        view: &Findings<'_>,
        (cue_start, cue_end): (usize, usize),
    ) {
        let Some(act) = view.acts.iter().find(|a| a.start >= cue_end) else {
            return;
        };
        if !view.text[cue_end..act.start]
            .split_whitespace()
            .all(|w| matches!(w, "the" | "draft" | "resolution" | "text" | "document"))
        {
            return;
        }
        // "China, Cuba and Iran were among the co-sponsors of resolution 73/27": the
        // states before the cue, joined to it by a copula only.
        if let Some(last) = view.states.iter().rfind(|st| st.end <= cue_start)
            && SPONSORS_BEFORE
                .regex()
                .is_match(&view.match_text.lower()[last.end..cue_start])
            && view.clause_of(last.start) == view.clause_of(act.start)
        {
            let sponsors = contiguous_states(view, last.end, false);
            self.sponsor_claims(s, view, sponsors, Some(act.value.clone()));
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
    pub(super) fn sponsors_active(&mut self, s: &Sentence, view: &Findings<'_>, cue_start: usize) {
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
            // "Two drafts were introduced: 73/27 by Russia and 73/266 by the United States."
            if let Some(colon) = view.text[cue_start..].find(':')
                && view.text[cue_start..cue_start + colon]
                    .split_whitespace()
                    .count()
                    == 1
            {
                self.gapped_sponsors(view, cue_start + colon);
            }
            return;
        }
        let mut sponsors = contiguous_states(view, cue_start, false);
        if sponsors.is_empty() {
            sponsors.extend(self_reported_sponsor(view, cue_start));
        }
        if sponsors.is_empty() {
            return;
        }
        let resolutions = self.sentence_resolutions(view);
        let act = resolutions
            .iter()
            .find(|(_, at)| *at >= cue_start)
            .or(resolutions.first())
            .map(|(a, _)| a.clone())
            .or_else(|| self.qualified_act_after(view, cue_start));
        self.sponsor_claims(s, view, sponsors, act);
    }

    /// "Introducing draft resolution A/C.1/73/L.27/Rev.1, the representative of the
    /// Russian Federation said ...", "The representative of the United States,
    /// introducing draft A/C.1/73/L.37, said ...": the one state the sentence names as a
    /// speaker put forward the act the cue names (or, for "introducing the draft", the
    /// act in focus).
    pub(super) fn sponsors_introducing(
        &mut self,
        s: &Sentence,
        view: &Findings<'_>,
        (cue_start, cue_end): (usize, usize),
    ) {
        let speakers = speakers(view);
        let [speaker] = speakers.as_slice() else {
            return;
        };
        let definite = view.text[cue_start..cue_end]
            .split_whitespace()
            .nth(1)
            .is_some_and(|w| w.eq_ignore_ascii_case("the"));
        let act = act_after(view, cue_start, cue_end)
            .or_else(|| definite.then(|| self.focus_act.clone()).flatten());
        if let Some(act) = act {
            self.sponsor_claims(s, view, vec![speaker.clone()], Some(act));
        }
    }

    /// "China and Cuba co-sponsored the Russian draft": the act a sponsor's qualifier
    /// names after the verb, by its symbol or through the catalogue.
    fn qualified_act_after(&self, view: &Findings<'_>, from: usize) -> Option<EntityId> {
        let rule = RULES.iter().find(|r| r.read == Read::SponsorAdjective)?;
        let qualifiers = state_qualifiers(view);
        rule.trigger
            .find_iter(&view.match_text)
            .filter(|cue| cue.start() > from)
            .find_map(|cue| {
                let states = chained_qualifiers(view, &qualifiers, cue.start());
                if states.is_empty() {
                    return None;
                }
                let named: Vec<&EntityId> = states.iter().map(|(s, _, _)| s).collect();
                act_after(view, cue.start(), cue.end())
                    .or_else(|| self.catalogue_act_for(view, &named))
            })
    }

    /// "the US resolution (A/C.1/73/L.37)", "the Russian-sponsored draft A/C.1/75/L.8": a
    /// state or nationality right before the word, a symbol right after it.
    pub(super) fn sponsors_adjective(&mut self, s: &Sentence, view: &Findings<'_>, rule: &Rule) {
        // The qualifier is a capitalised word: a sentence whose cue words follow none is
        // done before any other pattern runs (most sentences naming a resolution).
        let qualified = rule.trigger.find_iter(&view.match_text).any(|cue| {
            view.text[..cue.start()]
                .trim_end()
                .trim_end_matches(|c: char| c.is_alphabetic() && c.is_lowercase())
                .trim_end_matches(['-', ' ', '\'', '’'])
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphabetic() || c == '.')
        });
        if !qualified {
            return;
        }
        let qualifiers = state_qualifiers(view);
        if qualifiers.is_empty() {
            return;
        }
        let mut found = Vec::new();
        let mut unbound = Vec::new();
        let heading = s.is_heading();
        let known = std::cell::OnceCell::new();
        for cue in rule.trigger.find_iter(&view.match_text) {
            let states = chained_qualifiers(view, &qualifiers, cue.start());
            let act = act_after(view, cue.start(), cue.end()).or_else(|| {
                let first = states.iter().map(|(_, at, _)| *at).min()?;
                act_in_apposition(view, first)
            });
            // "a Russian initiative" names a text only beside its symbol: "On the Russian
            // initiative, the group was established" is about the group.
            if act.is_none() && cue.as_str().to_ascii_lowercase().starts_with("initiative") {
                continue;
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
    pub(super) fn bind_pending_sponsors(&mut self, s: &Sentence, view: &Findings<'_>) {
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
            let (page, pos) = doc.locate(pending.sentence.start + at);
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
