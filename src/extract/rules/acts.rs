//! Reads about resolutions and drafts: which group one established, and how and when it
//! was adopted (sponsors are in `sponsors`).

use super::*;
use crate::model::literal::{Adoption, Body};

pub(super) static REPORT_ADOPTED: Folded = Folded::gated(
    r"(?i)\breports?\b(?u:[^.;]){0,60}?\b(?:adopted|agreed)\b|\b(?:adopted|agreed(?:\s+on)?)\s+(?:its|a|the|their)\s+(?:[\w-]+\s+){0,3}reports?\b",
    &["report"],
);

/// A sentence that opens by pointing back at the act the sentences before named ("It
/// requested ...", "By that text, the Assembly ...", "Under the draft, ...").
pub(super) static REFERS_BACK: Folded = Folded::new(
    r"(?i)^\s*(?:it\s+(?:also\s+|further\s+)?(?:request|decide|call|establish|convene|welcome|note|invite|reaffirm|ask|urge|encourage|endorse|mandate|create|set|recommend|took|take|stress|recall|express)\w*|(?:(?:by|under|in|with)\s+)?(?:the|this|that|its)\s+(?:resolution|draft|text|document|terms)\b)",
);

/// "The resolution establishing the OEWG ...", "The draft tabled by Russia ...": the words
/// after "the resolution" say which one it is, so it is not the one named before.
static DEFINED_ACT: Folded = Folded::new(
    r"(?i)^\s*the\s+(?:resolution|draft|text|document)\s+(?:establishing|creating|setting\s+up|convening|that|which|on|of|from|adopted\s+in|tabled|introduced|sponsored|submitted|presented|proposed|put\s+forward|drafted|by)\b",
);

impl<'d> DocumentReader<'d> {
    /// The resolutions a sentence speaks of, or the one in focus for "It ..." and "By the
    /// text ..." sentences.
    pub(super) fn sentence_resolutions(&self, view: &Findings<'_>) -> Vec<(EntityId, usize)> {
        if !view.acts.is_empty() {
            return view
                .acts
                .iter()
                .map(|r| (r.value.clone(), r.start))
                .collect();
        }
        // "The resolution on outer space was adopted ..." points at no ICT act.
        let refers_back = REFERS_BACK.is_match(&view.match_text)
            && !DEFINED_ACT.is_match(&view.match_text)
            && !view.about_other_topic();
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
        view: &Findings<'_>,
        g: &Found<GroupMention>,
        act: &EntityId,
        follow_up: bool,
    ) -> Option<GroupTarget> {
        match &g.value {
            GroupMention::Generic(kind) => {
                let phrase = view.match_text.lower()[g.start..g.end].to_string();
                let definite = phrase.starts_with("the ") || phrase.starts_with("its ");
                let new = follow_up
                    || ["new", "another", "further", "fresh"]
                        .iter()
                        .any(|w| phrase.contains(w));
                // "The group requested in A/RES/66/24": the group that resolution set up,
                // when the words allow it, rather than the one in focus.
                if definite
                    && !new
                    && let Some(k) = refs::group_established_by(act)
                    && kind
                        .or_else(|| generic_kind(view, g))
                        .is_none_or(|want| want == k.kind)
                {
                    return Some(GroupTarget::Known(k));
                }
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
                        .or_else(|| self.focus_group(Some(kind)))
                        .or(by_year)
                        .map(GroupTarget::Known);
                }
                by_year.or_else(by_session).map(GroupTarget::Known)
            }
            _ => self.resolve_group(view, g),
        }
    }

    pub(super) fn establishes(&mut self, view: &Findings<'_>, rule: &Rule) {
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
            // "set up an OEWG (resolution 73/27) and a new GGE (resolution 73/266)": each
            // group with the act in parentheses right after it.
            let pairs = self.parenthesised_acts(view, v.end());
            if pairs.len() >= 2 {
                for (res, group, at) in pairs {
                    self.claim(view, res, Relation::Establishes, group, at);
                }
                return;
            }
            let Some((res, _)) = nearest_act(&resolutions, v.start(), v.start()) else {
                continue;
            };
            let verb = v.as_str().to_ascii_lowercase();
            let follow_up = verb.starts_with("follow-up");
            // "provided for a second GGE", "paved the way for the 2014-2015 GGE", "called
            // for a new GGE": these verbs establish only the group right after them, not one the words after
            // them merely mention ("provided for a discussion of the report of the GGE").
            let reach = if ["provid", "pav", "call", "ask"]
                .iter()
                .any(|w| verb.starts_with(w))
            {
                25
            } else {
                120
            };
            let from = view.groups.partition_point(|g| g.start < v.start());
            let after = view.groups[from..]
                .iter()
                .take_while(|g| g.start <= v.end() + reach)
                .filter(|g| reach > 25 || !view.text[v.end()..g.start].contains(" of "))
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
            if !group.is_set_up_by(&res) {
                if let Some(k) = group.key() {
                    self.focus = Some(Focus::Ict(k));
                }
                self.claim(view, res, Relation::Establishes, group, at);
                return;
            }
        }
    }

    /// The groups named after `from` in its clause that are each followed at once by an
    /// act in parentheses ("an OEWG (resolution 73/27)"), with that act.
    fn parenthesised_acts(
        &self,
        view: &Findings<'_>,
        from: usize,
    ) -> Vec<(EntityId, GroupTarget, usize)> {
        let clause = view.clause_of(from);
        view.groups
            .iter()
            .filter(|g| g.start >= from && view.clause_of(g.start) == clause)
            .filter_map(|g| {
                let act = view.acts.iter().find(|a| a.start >= g.end)?;
                // Only the group's own words ("GGE" after "the 2019-2021") before the
                // parenthesis, only "resolution" inside it.
                let gap = view.text[g.end..act.start].to_ascii_lowercase();
                let (name, inside) = gap.split_once('(')?;
                let own_words = name
                    .split_whitespace()
                    .all(|w| GROUP_NAME_WORDS.contains(&w));
                if !own_words || !matches!(inside.trim(), "" | "resolution") {
                    return None;
                }
                let group = self.established_group(view, g, &act.value, false)?;
                Some((act.value.clone(), group, g.start))
            })
            .collect()
    }

    /// "The Assembly looked at the cost of the new group of governmental experts. It
    /// adopted resolution 73/266.": a new group of a kind, and in the same paragraph (this
    /// sentence, the one before or the one after) the adoption of a resolution the
    /// catalogue says set up a group of that kind -> that resolution establishes it. The
    /// claim quotes both sentences.
    pub(super) fn new_group_adopted(&mut self, s: &Sentence, view: &Findings<'_>, rule: &Rule) {
        if view.about_other_topic() {
            return;
        }
        let Some(cue) = rule.trigger.find(&view.match_text) else {
            return;
        };
        let word = cue.as_str().to_ascii_lowercase();
        let kind = if word.contains("oewg") || word.contains("open-ended") {
            GroupKind::Oewg
        } else {
            GroupKind::Gge
        };
        let doc: &'d Document = self.doc;
        let i = doc.sentences.partition_point(|t| t.start < s.start);
        for j in [Some(i), i.checked_sub(1), Some(i + 1)]
            .into_iter()
            .flatten()
        {
            let Some(t) = doc.sentences.get(j).filter(|t| t.paragraph == s.paragraph) else {
                continue;
            };
            let text = doc.sentence_text(t);
            let cased = CasedText::new(text);
            if !ADOPT_VERB.is_match(&cased) || REPORT_ADOPTED.is_match(&cased) {
                continue;
            }
            let set_up = refs::find_resolutions_in(&cased).into_iter().find_map(|r| {
                let group = refs::group_established_by(&r.value).filter(|g| g.kind == kind)?;
                Some((r.value, group))
            });
            let Some((res, group)) = set_up else { continue };
            // "adopted resolution 68/243 ... requested ... to establish a new GGE": the
            // establishing verb's rule has read it already.
            let object = Object::from(group.id());
            if j == i
                && self.out.claims.iter().any(|c| {
                    c.subject == res && c.relation == Relation::Establishes && c.object == object
                })
            {
                return;
            }
            let mut provenance = self.provenance(view, cue.start());
            provenance.text = match j.cmp(&i) {
                std::cmp::Ordering::Less => format!("{text} {}", view.text).into(),
                std::cmp::Ordering::Equal => provenance.text,
                std::cmp::Ordering::Greater => format!("{} {text}", view.text).into(),
            };
            self.out.claims.push(Claim {
                subject: res,
                relation: Relation::Establishes,
                object,
                provenance,
            });
            return;
        }
    }

    /// "The OEWG was established by resolution 73/27"; "a GGE ... was established in 2009".
    pub(super) fn established_by(&mut self, view: &Findings<'_>, cue_start: usize, cue_end: usize) {
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
                    .then(|| self.focus_group(None).map(|k| (k.into(), 0)))
                    .flatten()
            });
        let Some((group, at)) = group else { return };
        // "The OEWG was created by resolution 73/27" states what set the group up, though
        // the group is known only through that act; "the OEWG, established by resolution
        // 75/240, met" names the group by it and states nothing of the act.
        let asserted = view.match_text.lower()[cue_start..cue_end]
            .split_whitespace()
            .next()
            .is_some_and(|w| matches!(w, "was" | "were" | "is" | "been"));
        if asserted || !group.is_set_up_by(&res) {
            // "a group ... to be established in 2012": the sentences after it speak of
            // that group ("The Group, chaired by ...").
            if let Some(k) = group.key() {
                self.focus = Some(Focus::Ict(k));
            }
            self.claim(view, res, Relation::Establishes, group, at);
        }
    }

    /// "The OEWG adopted its final report in March 2021": the date of the report of the
    /// group the sentence speaks of.
    fn report_adopted_on(&mut self, view: &Findings<'_>, date: Found<crate::model::literal::Date>) {
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
    }

    pub(super) fn adoption(&mut self, view: &Findings<'_>) {
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
            if let Some(date) = date {
                self.report_adopted_on(view, date);
            }
            return;
        }
        let mode = refs::find_adoption_mode_in(&view.match_text);
        if mode.is_some() {
            self.remember_vote_body(view);
        }
        let first_committee = mode.is_some_and(|m| m.body == Body::FirstCommittee);
        // The plenary adopts resolutions. The First Committee approves drafts: its vote is
        // the committee stage of the resolution the sentence names ("the draft of
        // resolution 73/27 was approved"), else belongs to the draft it names ("the
        // Committee approved, by a vote of 109 in favour to 45 against, ... (document
        // A/C.1/73/L.27/Rev.1)").
        let named = self.sentence_resolutions(view);
        let kinds = |k| named.iter().any(|(r, _): &(EntityId, usize)| r.kind() == k);
        // A draft's symbol (A/C.1/...) is the Committee's document: a sentence that names
        // only drafts speaks of the Committee's vote even when it does not name it.
        let wanted = if kinds(EntityKind::Draft) && !kinds(EntityKind::Resolution) {
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
        let together = adopted_together(view, &resolutions, v.start());
        if let Some(date) = date.filter(|_| !first_committee) {
            for act in together.as_deref().unwrap_or(std::slice::from_ref(&res)) {
                let value = Literal::Date(date.value);
                self.claim(view, act.clone(), Relation::AdoptedOn, value, date.start);
            }
        }
        // Several counts are each paired with their own act by the tally read.
        let several = several_counts(view, mode);
        let mode = mode
            .filter(|_| !several && !tally::on_a_paragraph(&view.match_text))
            .map(|m| match wanted {
                EntityKind::Draft => Adoption {
                    body: Body::FirstCommittee,
                    ..m
                },
                _ => m,
            });
        // One count is one vote: it is no act's when several were adopted together.
        let acts = match together {
            Some(acts) if !counted_vote(mode) => acts,
            Some(_) => Vec::new(),
            None => vec![res],
        };
        if let Some(mode) = mode {
            for act in acts {
                let value = Literal::Adoption(mode);
                self.claim(view, act, Relation::AdoptedHow, value, v.start());
            }
        }
    }
}

/// "Resolutions 74/28 and 74/29 were both adopted in December 2019": the acts named before
/// a plural adopting verb, joined by "and", were adopted together; `None` for one act.
fn adopted_together(
    view: &Findings<'_>,
    resolutions: &[(EntityId, usize)],
    verb_at: usize,
) -> Option<Vec<EntityId>> {
    let before = view.match_text.lower()[..verb_at].trim_end();
    let plural = ["were", "were both", "both", "were all", "were each"]
        .iter()
        .any(|w| before.ends_with(&format!(" {w}")));
    let named: Vec<EntityId> = resolutions
        .iter()
        .filter(|(_, at)| *at < verb_at)
        .map(|(r, _)| r.clone())
        .collect();
    (plural && named.len() > 1 && before.contains(" and ")).then_some(named)
}

/// True when a counted vote's sentence gives more than one count: the tally read pairs
/// each with its own act. Only a counted vote is counted again.
fn several_counts(view: &Findings<'_>, mode: Option<Adoption>) -> bool {
    counted_vote(mode) && refs::find_vote_counts(&view.match_text).len() > 1
}

/// True for a recorded vote with its counts.
fn counted_vote(mode: Option<Adoption>) -> bool {
    matches!(
        mode,
        Some(Adoption {
            mode: crate::model::literal::AdoptionMode::RecordedVote(Some(_)),
            ..
        })
    )
}
