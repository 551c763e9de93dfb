//! Chair reads: a person next to a state near a chair cue, "Name, Chair of the OEWG",
//! "Name was elected Chair"; and the name cleaning they share.

use super::*;

/// Words that may stand between a chair cue and the group chaired, and between two
/// groups chaired ("of the first Open-ended Working Group and the latest GGE").
pub(super) const GROUP_NAME_WORDS: &[&str] = &[
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

/// Titles and words that are not part of a person's name.
pub(super) const NOT_NAME: [&str; 30] = [
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

/// A person's name ending just before a state's name ("Karsten Geier (Germany)", "Ambassador
/// Jürg Lauber of Switzerland"). Letters are those of the Latin (with Latin-1 and
/// Extended-A/B accents), Greek and Cyrillic alphabets, spelled as ranges: `\p{Lu}` and
/// `\p{L}` cover every script and made this one pattern cost more to compile than all the
/// others together.
pub(super) static PERSON_BEFORE_STATE: Exact = Exact::unicode(
    r"((?:[A-Z\x{C0}-\x{D6}\x{D8}-\x{DE}\x{100}-\x{24F}\x{391}-\x{3A9}\x{400}-\x{42F}][A-Za-z\x{C0}-\x{D6}\x{D8}-\x{F6}\x{F8}-\x{24F}\x{386}-\x{3CE}\x{400}-\x{45F}'.-]*)(?:\s+(?:(?:de|da|do|dos|das|del|della|van|von|der|den|al|bin|ibn|le|la)\s+)*[A-Z\x{C0}-\x{D6}\x{D8}-\x{DE}\x{100}-\x{24F}\x{391}-\x{3A9}\x{400}-\x{42F}][A-Za-z\x{C0}-\x{D6}\x{D8}-\x{F6}\x{F8}-\x{24F}\x{386}-\x{3CE}\x{400}-\x{45F}'.-]*){1,7})\s*(?:\(|,?\s+(?:of|from)\s+(?:the\s+)?)$",
);

/// Capitalised name words at the start of a text ("Karl Weber" in "Karl Weber, the ...").
pub(super) static PERSON_AFTER: Exact = Exact::unicode(
    r"^\s*((?:[A-Z\x{C0}-\x{D6}\x{D8}-\x{DE}\x{100}-\x{24F}][A-Za-z\x{C0}-\x{D6}\x{D8}-\x{F6}\x{F8}-\x{24F}'.-]*)(?:\s+(?:(?:de|da|do|dos|van|von|der|al|bin|le|la)\s+)*[A-Z\x{C0}-\x{D6}\x{D8}-\x{DE}\x{100}-\x{24F}][A-Za-z\x{C0}-\x{D6}\x{D8}-\x{F6}\x{F8}-\x{24F}'.-]*){1,5})",
);

/// Capitalised name words at the end of a text ("Petrov" in "... Petrov").
/// A role between a possessive state and its person ("Switzerland's ambassador, ..."), or
/// nothing.
pub(super) static POSSESSIVE_ROLE: Exact = Exact::ascii(
    r"^(?:(?:own\s+)?(?:ambassador|representative|envoy|diplomat|delegate|expert|permanent\s+representative)\s*,?\s*)?",
);

pub(super) static PERSON_AT_END: Exact = Exact::unicode(
    r"((?:[A-Z\x{C0}-\x{D6}\x{D8}-\x{DE}\x{100}-\x{24F}][A-Za-z\x{C0}-\x{D6}\x{D8}-\x{F6}\x{F8}-\x{24F}'.-]*)(?:\s+(?:(?:de|da|do|dos|van|von|der|al|bin|le|la)\s+)*[A-Z\x{C0}-\x{D6}\x{D8}-\x{DE}\x{100}-\x{24F}][A-Za-z\x{C0}-\x{D6}\x{D8}-\x{F6}\x{F8}-\x{24F}'.-]*){0,5})\s*$",
);

/// "Chair of the Committee": a chair of something that is not one of the groups.
pub(super) static CHAIR_OF: Folded = Folded::new(
    r"(?i)\b(?:chair|chairman|chairwoman|chairperson|chaired|presided)\s+(?:of|over|by)?\s*(?:the\s+)?([\w-]+)",
);

/// A group named without its years ("the Group", "its experts").
pub(super) static GROUP_WORD: Folded = Folded::new(
    r"(?i)\b(?:the|its|this|that)\s+(?:group|gge|oewg|working group|mechanism|experts)\b",
);

/// A chair sentence that names no group but speaks of the one in focus: a label line under
/// a group's heading ("Chair: Ana Ruiz (Peru)"), the pronoun of the sentence before ("It
/// was chaired by ...", "... was its chair"), or a chair of nothing else ("... served as
/// Chair." with nothing after it).
pub(super) static CHAIR_OF_FOCUS: Folded = Folded::new(
    r"(?i)^\s*(?:(?:the\s+)?(?:chair|chairman|chairwoman|chairperson|chaired\s+by|presided\s+by)\s*:|it\s+(?:was|is|has\s+been)\s+(?:\w+\s+)?(?:chaired|presided)\b)|\bits\s+(?:chair|chairman|chairwoman|chairperson)\b|\bchaired\s+it\b|\b(?:led|headed)\s+(?:its\s+work|it)\b|\b(?:served|serves|acted|acts)\s+as\s+(?:the\s+)?(?:chair|chairman|chairwoman|chairperson)\s*\.?\s*$",
);

/// A heading that is only the word for the chair: the line under it names the chair.
/// A short line that labels the chair and names them: "Chair: Ana Ruiz (Peru)". Plain
/// text makes such a line a heading; it is read as the chair rules read a sentence.
pub(super) static CHAIR_LABEL_LINE: Folded = Folded::new(
    r"(?i)^\s*(?:the\s+)?(?:chair|chairman|chairwoman|chairperson|chaired\s+by)\s*:\s*[A-Za-z]",
);
pub(super) static CHAIR_HEADING: Folded = Folded::new(
    r"(?i)^\s*(?:the\s+)?(?:chair|chairman|chairwoman|chairperson|chair\s+of\s+the\s+(?:group|gge|oewg))\s*:?\s*$",
);

impl<'d> DocumentReader<'d> {
    /// "Ana Ruiz (Peru)" or "Ambassador Ana Ruiz of Peru" alone on the line under a
    /// "Chair" heading: the chair of the group of the section.
    pub(super) fn chair_under_heading(&mut self, view: &Findings<'_>, group: &GroupTarget) {
        let [st] = view.states.as_slice() else {
            return;
        };
        let rest = view.text[st.end..].trim();
        if !matches!(rest, "" | ")" | "." | ").") {
            return;
        }
        let Some((name, at)) = PERSON_BEFORE_STATE
            .regex()
            .captures(&view.text[..st.start])
            .and_then(|c| c.get(1))
            .filter(|m| view.text[..m.start()].split_whitespace().count() <= 2)
            .and_then(|m| clean_person_name(m.as_str()).map(|n| (n, m.start())))
        else {
            return;
        };
        self.rule = CHAIR_HEADING_RULE;
        self.chair_claims(view, &name, Some(st.value), group, at);
    }

    /// The group a chair sentence names: a group reference in the sentence itself, never
    /// only the focus ("The Dialogue was chaired by ..." is about no group of ours).
    pub(super) fn chair_group(&self, view: &Findings<'_>) -> Option<GroupTarget> {
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
        if view.groups.is_empty()
            && !GROUP_WORD.is_match(&view.match_text)
            && !CHAIR_OF_FOCUS.is_match(&view.match_text)
        {
            return None;
        }
        self.subject_group(view).map(|(g, _)| g)
    }

    pub(super) fn chairs(&mut self, view: &Findings<'_>) {
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
            // "Germany's Karsten Geier", "Switzerland's ambassador, Jürg Lauber".
            if candidate.is_none()
                && let Some(rest) = view.text[st.end..].strip_prefix("'s ")
                && let Some(role) = POSSESSIVE_ROLE.regex().find(rest)
                && let Some(m) = PERSON_AFTER
                    .regex()
                    .captures(&rest[role.end()..])
                    .and_then(|c| c.get(1))
            {
                let at = st.end + 3 + role.end() + m.start();
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
            } else if let Some(who) = lower.find(", who chaired ")
                && let Some(m) = PERSON_AT_END
                    .regex()
                    .captures(&view.text[..who])
                    .and_then(|c| c.get(1))
                && let Some(name) = clean_chair_name(m.as_str())
            {
                // "Karl Weber, who chaired the 2016-2017 GGE, said ..."
                self.chair_claims(view, &name, None, &group, m.start());
            }
            return;
        };
        self.chair_claims(view, &name, Some(state), &group, at);
    }

    pub(super) fn chair_claims(
        &mut self,
        view: &Findings<'_>,
        name: &str,
        state: Option<&'static State>,
        group: &GroupTarget,
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
        self.claim(view, person.clone(), Relation::Chairs, group.clone(), at);
        if let Some(state) = state {
            self.claim(
                view,
                person,
                Relation::Represents,
                EntityId::state(state.iso3),
                at,
            );
        }
    }

    /// "Name, Chair of the OEWG"; "A and B – chairmen of the first OEWG and the latest
    /// GGE" (paired in order).
    pub(super) fn apposition_chair(
        &mut self,
        view: &Findings<'_>,
        cue_start: usize,
        cue_end: usize,
    ) {
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
        // The groups chaired follow the cue at once, joined by "and" or commas ("of the
        // first OEWG and the latest GGE"); "Chair of the First Committee, ... the OEWG"
        // chairs no group of ours.
        let mut groups: Vec<GroupTarget> = Vec::new();
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
        if names.is_empty() {
            if let [group] = groups.as_slice() {
                self.title_first_chair(view, cue_start, pos, group);
            }
            return;
        }
        let pairs: Vec<(String, usize, GroupTarget)> = if names.len() == groups.len() {
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

    /// "The Swiss chair of the OEWG 2019-2021, Jürg Lauber, ...", "the chair of the
    /// 2014-2015 GGE, Ana Ruiz of Peru, ...": the title first, the name in apposition after
    /// the group (ending at `after_group`); the state from the nationality before "chair",
    /// else an "of State" after the name.
    fn title_first_chair(
        &mut self,
        view: &Findings<'_>,
        cue_start: usize,
        after_group: usize,
        group: &GroupTarget,
    ) {
        // "the 2016-2017 GGE": the mention may end before the group's own words.
        let mut after_group = after_group;
        while let Some(word) = view.text[after_group..]
            .strip_prefix(' ')
            .and_then(|r| r.split([' ', ',']).next())
            .filter(|w| GROUP_NAME_WORDS.contains(&w.to_ascii_lowercase().as_str()))
        {
            after_group += 1 + word.len();
        }
        let Some(rest) = view.text[after_group..].strip_prefix(", ") else {
            return;
        };
        let Some(m) = PERSON_AFTER.regex().captures(rest).and_then(|c| c.get(1)) else {
            return;
        };
        let Some(name) = clean_person_name(m.as_str()) else {
            return;
        };
        let name_end = after_group + 2 + m.end();
        let closed = view.text[name_end..].starts_with(',');
        let of_state = view
            .states
            .iter()
            .find(|st| st.start >= name_end && st.start <= name_end + 8)
            .filter(|st| {
                matches!(
                    view.text[name_end..st.start].trim(),
                    "of" | "from" | "of the"
                ) && view.text[st.end..].starts_with(',')
            })
            .map(|st| st.value);
        if crate::gazetteer::lookup(&name).is_some() || !(closed || of_state.is_some()) {
            return;
        }
        // "The Swiss chair of ...": the title's own words before "chair", "the" first.
        let mut lead = view.text[..cue_start].split_whitespace().rev();
        let adjective = match (lead.next(), lead.next()) {
            (Some(the), _) if the.eq_ignore_ascii_case("the") => None,
            (Some(word), Some(the)) if the.eq_ignore_ascii_case("the") => {
                crate::gazetteer::demonym(word)
            }
            _ => return,
        };
        let at = after_group + 2 + m.start();
        self.chair_claims(view, &name, adjective.or(of_state), group, at);
    }

    /// "Name[, Permanent Representative of State ...,] was elected [its] Chair [of G]".
    pub(super) fn elected_chair(&mut self, view: &Findings<'_>, cue_start: usize, cue_end: usize) {
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
        // "Singapore's Burhan Gafoor was named chair": the possessive names the state.
        let (mut name_start, mut name_text) = (m.start(), m.as_str());
        if let Some(st) = view.states.iter().find(|st| st.start == m.start())
            && let Some(rest) = view.text[st.end..m.end()]
                .strip_prefix("'s ")
                .or_else(|| view.text[st.end..m.end()].strip_prefix("\u{2019}s "))
        {
            state = state.or(Some(st.value));
            name_start = m.end() - rest.len();
            name_text = rest;
        }
        let Some(name) = clean_chair_name(name_text) else {
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
        self.chair_claims(view, &name, state, &group, name_start);
    }
}

/// The text without its parenthesised parts ("(OEWG) and" -> " and").
pub(super) fn without_parentheses(text: &str) -> String {
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

/// Strips titles and leading words that are not part of a person's name; `None` when
/// fewer than two name words remain.
pub(super) fn clean_person_name(raw: &str) -> Option<String> {
    let words: Vec<&str> = raw.split_whitespace().collect();
    let start = words.iter().position(|w| !NOT_NAME.contains(w))?;
    let name_words = &words[start..];
    if name_words.len() < 2 {
        return None;
    }
    Some(without_full_stop(name_words.join(" ")))
}

/// A name without the full stop of the sentence it ended ("... chaired by Karsten
/// Geier."); the stop of an initial ("John Q.") stays, as name words keep dots for
/// initials.
fn without_full_stop(mut name: String) -> String {
    let last = name.rsplit(' ').next().unwrap_or("");
    if last.len() > 2 && last.ends_with('.') && !last[..last.len() - 1].contains('.') {
        name.pop();
    }
    name
}

/// A chair's name from the words before "was elected": one word is enough ("Petrov was
/// elected chair"), but not a pronoun, a title or a state.
pub(super) fn clean_chair_name(raw: &str) -> Option<String> {
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
    Some(without_full_stop(name_words.join(" ")))
}
