//! Membership reads: states listed after a cue in its clause, list and table items a cue
//! opened, and member counts; with the guards (negation, observers, wishes, speech) and the
//! list-gap tests that keep a state named near a cue from being read as a member.

use super::*;

/// Negation, observer status, wishes and modals, speaking and voting, briefing or visiting
/// the group: a clause with one of these does not state who was a member.
pub(super) static MEMBER_GUARD: Folded = Folded::new(
    r"(?i)\bnot\b|n't\b|\bnever\b|\bno longer\b|\bneither\b|\bnor\b|\bnon-members?\b|\bcannot\b|\bexclud\w*|\bexcept\b|\bdeclined\b|\brefused\b|\bobservers?\b|\bcall(?:ed|s|ing)?\s+for\b|\bshould\b|\bwould\b|\bwill\b|\bmay\b|\bmight\b|\bcould\b|\bwish\w*|\bhop(?:e|es|ed|ing)\b|\bwant\w*|\bseek\w*|\bsought\b|\beager\b|\bkeen\b|\bwilling\s+to\b|\bready\b|\boffer(?:ed|s|ing)?\s+to\b|\blook(?:s|ed|ing)?\s+forward\b|\bintend\w*|\bplan(?:s|ned|ning)?\s+to\b|\baspir\w*|\bbid\b|\bcandida\w*|\binvited\b|\bjoin\b|\bpropos\w*|\bbecom\w*|\bnext\b|\burg(?:e|ed|es|ing)\b|\bvot(?:e|ed|es|ing)\b|\babstain\w*|\bspoke\b|\bsaid\b|\bstated\b|\bstatement\b|\bon behalf of\b|\bin favou?r\b|\bagainst\b|\bbrief(?:ed|ing)\b|\baddress(?:ed|es|ing)\s+the\b|\bguests?\b|\bvisit(?:ed|ing|s)?\b",
);

impl<'d> DocumentReader<'d> {
    /// States the cue's clause lists as members, after the guards; true when any was read.
    pub(super) fn members(
        &mut self,
        view: &Findings<'_>,
        rule: &Rule,
        cue_start: usize,
        cue_end: usize,
    ) -> bool {
        if let Some(read) = self.nationals_before(view, cue_start, cue_end) {
            return read;
        }
        if view.states.is_empty() {
            self.open_list(view, rule);
            return false;
        }
        let Some((group, group_at)) = self.subject_group(view) else {
            return false;
        };
        let groups = coordinated_groups(view, group, group_at);
        // A label opening the sentence ("Participants: A, B (Ms. X), C.") lists members
        // only when nothing but the list follows it: "Participants: A and B attended a
        // workshop" says who attended something, not who sat in the group.
        if view.text[..cue_start].trim().is_empty()
            && view.text[cue_start..cue_end].ends_with(':')
            && !only_a_list(view, cue_end)
        {
            return false;
        }
        // The clause the cue ends in: "the GGE, which included A and B" lists in the
        // relative clause its cue reaches into.
        let cue_clause = view.clause_of(cue_end.saturating_sub(1).max(cue_start));
        if guarded(view.clause_text(cue_clause)) {
            return false;
        }
        let Listed { taken, unknown } =
            listed_members(view, rule, (cue_start, cue_end), cue_clause);
        let read = !taken.is_empty();
        if read {
            for (start, end) in unknown {
                self.warn_unknown_name(view, start, end);
            }
        }
        for (state, at) in taken {
            for group in &groups {
                self.claim(view, state.clone(), Relation::MemberOf, group.clone(), at);
            }
        }
        read
    }

    /// "Brazilian and Chinese experts sat on the 2014-2015 GGE": the nationalities (or
    /// states) listed right before "experts" before the cue are the members; `None` when
    /// the cue has no such subject. A nationality counts as a state only here, where it
    /// names the state whose experts sat in the group, and only when the group is named
    /// right after the cue ("Russian experts took part in a workshop" names no group).
    fn nationals_before(
        &mut self,
        view: &Findings<'_>,
        cue_start: usize,
        cue_end: usize,
    ) -> Option<bool> {
        let before = view.text[..cue_start].trim_end();
        let people = [
            "experts",
            "expert",
            "diplomats",
            "diplomat",
            "representatives",
        ];
        let word = people.iter().find(|w| {
            before.len() > w.len()
                && before.is_char_boundary(before.len() - w.len())
                && before[before.len() - w.len()..].eq_ignore_ascii_case(w)
        })?;
        let at = before.len() - word.len();
        let nationals = qualifiers_listed_before(view, at);
        let group_follows = view
            .groups
            .iter()
            .any(|g| g.start >= cue_end && g.start <= cue_end + 30);
        if nationals.is_empty() || !group_follows {
            return None;
        }
        let (group, group_at) = self.subject_group(view)?;
        if guarded(view.clause_text(view.clause_of(cue_start))) {
            return Some(false);
        }
        for group in coordinated_groups(view, group, group_at) {
            for (state, at) in &nationals {
                self.claim(view, state.clone(), Relation::MemberOf, group.clone(), *at);
            }
        }
        Some(true)
    }

    /// A cue sentence ending in `:` with no state in it opens a list of members.
    pub(super) fn open_list(&mut self, view: &Findings<'_>, rule: &Rule) {
        // "List of members of the Group ..." as a title line opens the list under it, as a
        // sentence ending in ':' does.
        let title = MEMBER_HEADING.is_match(&view.match_text) && is_title_line(view.text);
        if !view.states.is_empty() || !(opens_list(view.text) || title) {
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
            since_member: 0,
            column: None,
        });
    }

    /// The column of members of the table a cell is in: that of the table's first cell
    /// that names it ("Member State", "Country"); `None` outside tables and in tables
    /// without such a header.
    fn member_column(&mut self, s: &Sentence) -> Option<u16> {
        let table = s.table()?;
        if let Some((t, column)) = self.table
            && t == table
        {
            return column;
        }
        // The table's cells are consecutive: from this cell back to its first, then on.
        let doc = self.doc;
        let at = doc.sentences.partition_point(|t| t.start < s.start);
        let first = doc.sentences[..at]
            .iter()
            .rposition(|t| t.table() != Some(table))
            .map_or(0, |j| j + 1);
        let column = doc.sentences[first..]
            .iter()
            .take_while(|t| t.table() == Some(table))
            .find(|t| MEMBER_CELL.is_match(&CasedText::new(doc.sentence_text(t))))
            .and_then(|t| t.column());
        self.table = Some((table, column));
        column
    }

    /// A table's header cell of members ("Member State", "Country"): the list of the
    /// group a cue before it named, else of the section's, is read in its column. True
    /// when `s` is that cell.
    fn member_header(&mut self, s: &Sentence, view: &Findings<'_>, column: Option<u16>) -> bool {
        if !s.is_cell() || column != s.column() || !MEMBER_CELL.is_match(&view.match_text) {
            return false;
        }
        if let Some(open) = self.pending_list.as_mut() {
            open.column = column;
            return true;
        }
        let Some(Focus::Ict(k)) = self.section_group.or(self.focus) else {
            return false;
        };
        self.pending_list = Some(PendingList {
            group: k.into(),
            status: view.status,
            rule: "member-table",
            since_member: 0,
            column,
        });
        true
    }

    /// Reads a sentence as an item of the open list, if one is open; true when the
    /// sentence was an item (or a cell) and so needs no other reading.
    pub(super) fn list_item(&mut self, s: &Sentence, view: &Findings<'_>) -> bool {
        let member_column = self.member_column(s);
        if self.member_header(s, view, member_column) {
            return true;
        }
        let Some(list) = self.pending_list.clone() else {
            return false;
        };
        // The table's other columns (the expert, a number) are not members, nor unknown
        // names among them.
        if member_column.is_some() && s.column() != member_column {
            return true;
        }
        let only_states = !view.states.is_empty() && residue(view).len() <= 4;
        // "Argentina Mr. Pablo Ruiz Director, Ministry of ...": an annex entry, the state
        // first and its expert after it (lines of one block are one sentence).
        let entry = view.states.first().filter(|st| {
            view.text[..st.start].trim().is_empty()
                && PERSONAL_TITLE
                    .regex()
                    .is_match(view.text[st.end..].trim_start_matches([':', ',', ' ']))
        });
        let item = s.is_bullet() || s.is_cell() || only_states || entry.is_some();
        if !item {
            return self.annex_line_of(s, view, &list);
        }
        if let Some(open) = self.pending_list.as_mut() {
            open.since_member = 0;
        }
        if guarded(view.text) {
            return true;
        }
        // "- Atlantis" in a list of members: an item that names no state the gazetteer
        // knows, said rather than dropped.
        if view.states.is_empty() && (s.is_bullet() || s.is_cell()) {
            self.warn_unknown_item(view);
            return true;
        }
        let states: Vec<&Found<&'static State>> = if only_states {
            view.states.iter().collect()
        } else if let Some(first) = entry {
            vec![first]
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
            self.record(
                EntityId::state(st.value.iso3).into(),
                Relation::MemberOf,
                list.group.clone().into(),
                p,
            );
        }
        true
    }

    /// A sentence of the open `list` that is no item: true when it is a line of an annex
    /// entry, which keeps the list open, else the list ends.
    fn annex_line_of(&mut self, s: &Sentence, view: &Findings<'_>, list: &PendingList) -> bool {
        // An annex gives each member's expert and posts on the lines after it
        // ("Argentina / Mr. Pablo Ruiz / Director, Ministry of Foreign Affairs"): such
        // lines keep the list open; a sentence of text, or too many lines, end it.
        // A heading naming no state ("Chair", "Related links") opens a new section.
        if view.states.is_empty()
            && !s.is_heading()
            && list.since_member < 6
            && self
                .out
                .claims
                .last()
                .is_some_and(|c| c.provenance.rule == list.rule)
            && is_annex_line(view.text)
        {
            if let Some(open) = self.pending_list.as_mut() {
                open.since_member += 1;
            }
            return true;
        }
        self.pending_list = None;
        false
    }

    /// An item of a list of members that names no state: warned about when it looks like
    /// a name (capitalised, short, no personal title, not the header cell).
    fn warn_unknown_item(&mut self, view: &Findings<'_>) {
        let name = view.text.trim();
        let capitalised = name.chars().next().is_some_and(char::is_uppercase);
        if capitalised
            && name.split_whitespace().count() <= 4
            && !PERSONAL_TITLE.regex().is_match(name)
            && !MEMBER_CELL.is_match(&view.match_text)
        {
            let start = view.text.len() - view.text.trim_start().len();
            self.warn_unknown_name(view, start, start + name.len());
        }
    }

    pub(super) fn member_count(&mut self, view: &Findings<'_>) {
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
        if group.key().is_some_and(|k| k.kind != GroupKind::Gge) && n > 100 {
            return;
        }
        self.claim(
            view,
            group,
            Relation::MemberCount,
            Literal::Count(n),
            word.start(),
        );
    }
}

/// What the list after a membership cue holds.
struct Listed {
    /// The states read as members, each with where it is named.
    taken: Vec<(EntityId, usize)>,
    /// Names in the list that are no known state, each (start, end).
    unknown: Vec<(usize, usize)>,
}

/// The states or nationalities listed right before byte `at` ("Brazilian, Chinese and
/// Indian " before "experts"), joined by commas and "and", in text order: each (state,
/// where it is named).
fn qualifiers_listed_before(view: &Findings<'_>, at: usize) -> Vec<(EntityId, usize)> {
    let qualifiers = state_qualifiers(view);
    let upto = qualifiers.partition_point(|q| q.1 <= at);
    let mut end = at;
    let mut out = Vec::new();
    for q in qualifiers[..upto].iter().rev() {
        let gap = view.text[q.1..end].trim();
        let joined = if out.is_empty() {
            gap.is_empty()
        } else {
            matches!(gap, "," | "and" | ", and")
        };
        if !joined {
            break;
        }
        out.push((EntityId::state(q.2.iso3), q.0));
        end = q.0;
    }
    out.reverse();
    out
}

/// The states the cue (`cue_start..cue_end`, ending in clause `cue_clause`) lists as
/// members, each with where it is named, and the names in the list that are no known
/// state (start, end).
fn listed_members(
    view: &Findings<'_>,
    rule: &Rule,
    (cue_start, cue_end): (usize, usize),
    cue_clause: usize,
) -> Listed {
    let mut taken = Vec::new();
    let mut list_run_end = cue_clause;
    let list_only = list_only_clauses(view.text, &view.breaks, &view.states);
    let mut clause_guarded: Vec<Option<bool>> = vec![None; view.breaks.len() + 1];
    // The states the cue speaks of form one list: after the cue, the first state and
    // those joined to it by list punctuation ("A, B and C"); a gap with words ends the
    // list ("A, B, chaired by X (Peru)": Peru is not a member).
    let mut after_open = true;
    let mut prev_end: Option<usize> = None;
    // Names in the list that are no known state, each (start, end).
    let mut unknown: Vec<(usize, usize)> = Vec::new();
    let before = states_listed_before(view, cue_start);
    for (i, st) in view.states.iter().enumerate() {
        if st.start >= cue_end {
            match prev_end.filter(|&pe| pe >= cue_end) {
                Some(pe) if !is_list_gap(&view.text[pe..st.start]) => after_open = false,
                Some(pe) if after_open => unknown.extend(unknown_name(view.text, pe, st.start)),
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
    Listed { taken, unknown }
}
