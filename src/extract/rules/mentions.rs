//! Entity records and `mentions` claims: the first mention of each entity per document,
//! the names that look like states but name persons, and unknown names in lists.

use super::*;

impl<'d> DocumentReader<'d> {
    pub(super) fn entity(&mut self, id: &EntityId, kind: EntityKind, name: String) {
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
    /// Most mentions are of entities the document already named: those are skipped before
    /// a name is built, so a sentence costs a lookup per mention, not an allocation.
    pub(super) fn record_mentions(&mut self, view: &Findings<'_>) {
        let mut found: Vec<(EntityId, EntityKind, String, usize)> = Vec::new();
        let entities = &self.out.entities;
        let mut note = |id: EntityId, kind: EntityKind, name: &dyn Fn() -> String, at: usize| {
            if !entities.contains_key(&id) && !found.iter().any(|f| f.0 == id) {
                found.push((id, kind, name(), at));
            }
        };
        for st in &view.states {
            note(
                EntityId::state(st.value.iso3),
                EntityKind::State,
                &|| st.value.name.to_string(),
                st.start,
            );
        }
        for g in &view.groups {
            if let GroupMention::Explicit(key) = &g.value {
                note(key.id(), EntityKind::Group, &|| key.label(), g.start);
            }
        }
        for r in &view.acts {
            note(
                r.value.clone(),
                r.value.kind(),
                &|| r.value.0.clone(),
                r.start,
            );
        }
        for r in &view.reports {
            note(
                r.value.clone(),
                EntityKind::Report,
                &|| r.value.0.clone(),
                r.start,
            );
        }
        for n in &view.norms {
            let letter = n.value.0.chars().last().unwrap_or('a');
            note(
                n.value.clone(),
                EntityKind::Norm,
                &|| format!("Norm 13 ({letter})"),
                n.start,
            );
        }
        if !found.is_empty() {
            self.mention_all(view, found);
        }
    }

    pub(super) fn mention_all(
        &mut self,
        view: &Findings<'_>,
        found: Vec<(EntityId, EntityKind, String, usize)>,
    ) {
        let doc_id = EntityId::document(&self.doc.id);
        let rule = std::mem::take(&mut self.rule);
        for (id, kind, name, at) in found {
            if !self.out.entities.contains_key(&id) {
                self.claim(view, doc_id.clone(), Relation::Mentions, id.clone(), at);
            }
            self.entity(&id, kind, name);
        }
        self.rule = rule;
    }

    /// Warns of a name in a list of members that is no known state.
    /// Warns of the counts of a vote, read at `p`, on an ICT text the sentence names by no
    /// symbol the reader finds.
    pub(super) fn warn_unknown_name(&mut self, view: &Findings<'_>, start: usize, end: usize) {
        let offset = view.start + start;
        let (page, pos) = self.doc.locate(offset);
        let name = view.text.get(start..end).unwrap_or("");
        self.out.warnings.push(Warning {
            document: self.doc.id.clone(),
            page,
            line: pos.line,
            column: pos.column,
            kind: WarningKind::UnknownName,
            message: format!(
                "\"{name}\" in a list of members is no state the gazetteer knows; not read"
            ),
        });
    }
}

/// True when the state name at `start..end` is a given name followed by a surname
/// ("Jordan Smith", "Georgia Holmes"): the mention names a person, not the state.
pub(super) fn names_a_person(text: &str, start: usize, end: usize) -> bool {
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
