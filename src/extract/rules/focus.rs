//! What the discourse is about: the group of the section and of the sentences before,
//! how a generic or relative group reference resolves against it, and the GGE at work
//! when an undated reference is read.

use super::*;

/// What the discourse is about: one of the ICT groups, or a body of another subject whose
/// "Group" must not be read as an ICT group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Focus {
    /// An ICT group.
    Ict(GroupKey),
    /// A group on outer space, fissile material ...
    Other,
}

impl<'d> DocumentReader<'d> {
    /// After a sentence: the group it named last becomes the focus for "the Group" in the
    /// sentences that follow, and its last resolution the one "the text" refers to.
    pub(super) fn update_focus(&mut self, view: &Findings<'_>) {
        let last_ict = view.groups.iter().rev().find_map(|g| match g.value {
            GroupMention::Explicit(k) => Some((g.start, k)),
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
        } else if let Some(a) = self.sentence_acts.first()
            && self.sentence_acts.iter().all(|b| b == a)
        {
            self.focus_act = Some(a.clone());
        } else if refs::title_in(&view.match_text).is_some() && !view.about_other_topic() {
            // An ICT text named by its title only, which no symbol identifies: the
            // sentences after it speak of that text, not of the one named before.
            self.focus_act = None;
        }
    }

    pub(super) fn heading(&mut self, s: &Sentence, view: &Findings<'_>) {
        self.title_on_ict
            .get_or_insert_with(|| refs::about_ict(&view.match_text));
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
            GroupMention::Explicit(k) => Some((g.start, k)),
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
        self.pending_chair = CHAIR_HEADING
            .is_match(&view.match_text)
            .then(|| self.focus_group(None).map(GroupTarget::Known))
            .flatten();
        if CHAIR_LABEL_LINE.is_match(&view.match_text)
            && let Some(rule) = RULES.iter().find(|r| r.read == Read::Chair)
        {
            self.rule = rule.name;
            self.chairs(view);
        }
        self.members_in_label_line(view);
        if MEMBER_HEADING.is_match(&view.match_text)
            && view.states.is_empty()
            && let Some(group) = self.focus_group(None)
        {
            self.rule = "member-list";
            self.pending_list = Some(PendingList {
                group: group.into(),
                status: view.status,
                rule: "member-list",
                since_member: 0,
                column: None,
            });
        }
    }

    /// "Members: Brazil, China, India" as a line that plain text makes a heading, or
    /// "Member States" with a state on each line after it in the same block (one sentence):
    /// a label of members followed by nothing but states lists the members of the group
    /// in focus.
    pub(super) fn members_in_label_line(&mut self, view: &Findings<'_>) {
        let Some(label) = MEMBER_HEADING.find(&view.match_text) else {
            return;
        };
        if view.states.is_empty()
            || view.states[0].start < label.end()
            || residue(view) != strip_joiners(label.as_str())
            || guarded(view.text)
        {
            return;
        }
        let Some(group) = self.focus_group(None) else {
            return;
        };
        self.rule = "member-list";
        for st in &view.states {
            let state = EntityId::state(st.value.iso3);
            self.claim(view, state, Relation::MemberOf, group, st.start);
        }
    }

    /// The ICT group "the 2012-2013 group" names: the one group of the catalogue with those
    /// years, or, where a GGE and an OEWG share them (2019-2021), the one of the kind in
    /// focus; none on a page or in a section about another body.
    pub(super) fn dated_group(&self, start: u16, end: u16) -> Option<GroupKey> {
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
    pub(super) fn first_focus(&self) -> Option<Focus> {
        self.section_group.or(self.focus)
    }

    /// The kind of group in focus, for a bare "the Group" that names none.
    pub(super) fn focus_kind(&self) -> Option<GroupKind> {
        match self.first_focus() {
            Some(Focus::Ict(k)) => Some(k.kind),
            _ => self.dated_gge.map(|k| k.kind),
        }
    }

    /// The group in focus for a generic reference of `kind` ("the Group", "the GGE").
    pub(super) fn focus_group(&self, kind: Option<GroupKind>) -> Option<GroupKey> {
        let fits = |f: Focus| match f {
            Focus::Ict(k) => kind.is_none_or(|kind| kind == k.kind),
            Focus::Other => true,
        };
        let focus = [self.section_group, self.focus]
            .into_iter()
            .flatten()
            .find(|f| fits(*f));
        match focus {
            Some(Focus::Ict(k)) => Some(k),
            Some(Focus::Other) => None,
            None => self.dated_gge.filter(|g| kind.is_none_or(|k| k == g.kind)),
        }
    }

    /// The group a reference denotes, using the focus for generic phrases.
    pub(super) fn resolve_group(
        &self,
        view: &Findings<'_>,
        g: &Found<GroupMention>,
    ) -> Option<GroupTarget> {
        let key = match &g.value {
            GroupMention::Explicit(k) => Some(*k),
            GroupMention::EstablishedBy(kind, res) => {
                return Some(GroupTarget::Pending(PendingGroup {
                    kind: *kind,
                    established_by: res.clone(),
                }));
            }
            // `view` made every dated reference explicit or left it out.
            GroupMention::Dated { start, end } => self.dated_group(*start, *end),
            GroupMention::Generic(kind) => {
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
                        .map(|k| GroupTarget::Known(*k));
                }
                match relative_step(phrase, &view.match_text.lower()[g.end..]) {
                    Some(step) => self.neighbour_of_focus(kind, step),
                    None => self.focus_group(kind),
                }
            }
        };
        key.map(GroupTarget::Known)
    }

    /// The group before (`step` -1) or after (+1) the ICT group in focus, of its kind:
    /// "the next GGE", "the group that followed". None without such a focus: never the
    /// focus itself.
    pub(super) fn neighbour_of_focus(
        &self,
        kind: Option<GroupKind>,
        step: isize,
    ) -> Option<GroupKey> {
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
        same.get(to).map(|g| **g)
    }

    /// The group a sentence is about: the first group named in it, else the focus; none
    /// when the sentence names a body of another subject first.
    pub(super) fn subject_group(&self, view: &Findings<'_>) -> Option<(GroupTarget, usize)> {
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
        let focus = self.focus_group(None)?;
        // "For the 2009-2010 round, experts came from ...": the years of another known
        // group say the sentence is about that one, whatever is in focus.
        let other_years = refs::known_years_in(&view.match_text)
            .into_iter()
            .any(|(start, end)| (focus.start, focus.end) != (start, Some(end)));
        (!other_years).then_some((GroupTarget::Known(focus), 0))
    }
}

/// +1 for a generic phrase that names the group after the one in focus ("the next GGE",
/// "the successor group", "the group that followed"), -1 for the one before ("the previous
/// GGE"); `after` is the lower-case text after the phrase.
pub(super) fn relative_step(phrase: &str, after: &str) -> Option<isize> {
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
pub(super) fn generic_kind(view: &Findings<'_>, g: &Found<GroupMention>) -> Option<GroupKind> {
    let after = view.match_text.lower().get(g.end..)?;
    if after.trim_start().starts_with("of governmental experts") {
        Some(GroupKind::Gge)
    } else {
        None
    }
}

pub(super) fn dated_gge(
    doc: &Document,
    text: &CasedText<'_>,
    dateline: Option<u16>,
) -> Option<GroupKey> {
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
pub(super) fn document_year(doc: &Document) -> Option<u16> {
    doc.sentences
        .iter()
        .take(8)
        .find_map(|s| {
            let text = doc.sentence_text(s);
            let date = refs::find_date(text)?;
            // A dateline stands alone ("5 December 2018") or opens its sentence ("NEW YORK,
            // 5 December (TASS) -"); a date further into a sentence ("... to convene in June
            // 2019") is what the text is about, not when it was written.
            (date.start <= 40 || text.trim().len() <= 80).then_some(date.value.year)?
        })
        .or_else(|| yearless_dateline_year(doc))
}

/// A news agency's dateline: a place in capitals, then the day and month without a year
/// ("UNITED NATIONS, December 16. /TASS/.", "GENEVA, 5 March -").
static YEARLESS_DATELINE: Exact = Exact::ascii(
    r"^\s*[A-Z][A-Z.' -]{1,40},\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))\b",
);

/// The year of a story whose dateline gives no year: the one year its lead (the dateline's
/// sentence and the next) names ("... voted in favour ... in 2019 than the year before"),
/// none when the lead names none or several.
fn yearless_dateline_year(doc: &Document) -> Option<u16> {
    let texts: Vec<&str> = doc
        .sentences
        .iter()
        .take(4)
        .map(|s| doc.sentence_text(s))
        .collect();
    let at = texts
        .iter()
        .position(|t| YEARLESS_DATELINE.regex().is_match(t))?;
    let lead: String = texts[at..texts.len().min(at + 2)].join(" ");
    sentence_year(&lead)
}

/// The GGE at work in the year a document is dated, when the document is about ICTs at
/// the UN: a dated news page about "the group" of experts names no group by its years.
/// The group whose report a document is: a UN report opens with its own symbol on a line
/// of its own ("A/68/98"), and the catalogue knows which group wrote it.
pub(super) fn group_of_report_symbol(doc: &Document) -> Option<GroupKey> {
    doc.sentences.iter().take(3).find_map(|s| {
        let line = doc.sentence_text(s).trim().trim_end_matches('*');
        let found = refs::find_reports(line);
        match found.as_slice() {
            [one] if one.start == 0 && one.end >= line.len() => refs::group_of_report(&one.value),
            _ => None,
        }
    })
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
pub(super) fn year_after(view: &Findings<'_>, at: usize) -> Option<u16> {
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
