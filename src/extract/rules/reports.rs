//! Reads about outcomes and norms: reports a group produced, consensus or none, succession,
//! norm counts and the norms a text articulates or reaffirms.

use super::*;
use crate::model::literal::Outcome;

pub(super) static NO_CONSENSUS: Folded = Folded::new(
    r"(?i)\bno consensus\b|\bdid not (?:reach|achieve|agree)\b|\bfailed to (?:reach|agree|adopt)\b|\bwithout (?:reaching )?consensus\b|\bcould not (?:agree|reach)\b|\bunable to (?:agree|reach)\b",
);

pub(super) static CONSENSUS: Folded = Folded::gated(
    r"(?i)\bconsensus report\b|\b(?:adopted|agreed)\b(?u:[^.;]){0,40}\bby consensus\b|\bby consensus\b(?u:[^.;]){0,20}\badopted\b",
    &["consensus"],
);

pub(super) static PRODUCE_VERB: Folded = Folded::new(
    r"(?i)\b(?:adopted|agreed|produced|issued|published|submitted|transmitted|concluded|consensus report)\b",
);

pub(super) static SUCCEED_VERB: Folded = Folded::new(
    r"(?i)\b(?:(was\s+)?succeeded(\s+by)?|(was\s+)?followed(\s+by)?|follow-up to|successor (?:to|of)|continued the work of|took over from)\b",
);

pub(super) static NORM_COUNT: Folded = Folded::gated(
    r"(?i)\b(\d{1,2}|[a-z]+)\s+(?:(?:voluntary|non-binding|agreed|GGE|2015|UN|additional)\s+)*norms\b",
    &["norms"],
);

pub(super) static NORM_LABEL: Folded =
    Folded::new(r"(?i)^\s*norm\s+13\s?\(([a-k])\)\s*[:.-]\s*((?u:.+?))\s*\.?\s*$");

pub(super) static ARTICULATE_VERB: Folded = Folded::new(
    r"(?i)\b(?:sets? out|set forth|articulat\w*|recommend\w*|contain\w*|agreed|propos\w*|identif\w*|lists?|listed|includ\w*|elaborat\w*)\b",
);

pub(super) static REAFFIRM_VERB: Folded = Folded::new(
    r"(?i)\b(?:reaffirm\w*|call\w* (?:up)?on|guided by|welcom\w*|endors\w*|recall\w*|affirm\w*|lists?|listed|includ\w*|refer\w*|built on|builds on|elaborat\w*|guidance|implement\w*|reiterat\w*)\b",
);

impl<'d> DocumentReader<'d> {
    pub(super) fn produces_and_outcome(&mut self, view: &Findings<'_>) {
        let lower = view.match_text.lower();
        let Some((group, _)) = self.subject_group(view) else {
            return;
        };
        let outcome_at = if let Some(m) = NO_CONSENSUS.find(&view.match_text) {
            Some((Outcome::NoConsensus, m.start()))
        } else {
            CONSENSUS
                .find(&view.match_text)
                .map(|m| (Outcome::ConsensusReport, m.start()))
        };
        if let Some((outcome, at)) = outcome_at
            && (view.acts.is_empty() || lower.contains("group"))
        {
            self.claim(
                view,
                group.clone(),
                Relation::Outcome,
                Literal::Outcome(outcome),
                at,
            );
        }
        if view.reports.is_empty()
            || lower.contains("secretary-general")
            || outcome_at.is_some_and(|o| o.0 == Outcome::NoConsensus)
        {
            return;
        }
        let Some(v) = PRODUCE_VERB.find(&view.match_text) else {
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
            report.value.clone(),
            report.start,
        );
    }

    pub(super) fn succeeds(&mut self, view: &Findings<'_>) {
        let Some(caps) = SUCCEED_VERB.captures(&view.match_text) else {
            return;
        };
        let Some(v) = caps.get(0) else { return };
        let reversed = caps.get(2).is_some() || caps.get(4).is_some();
        let after = view
            .groups
            .iter()
            .filter(|g| g.start >= v.end() && matches!(g.value, GroupMention::Explicit(_)))
            .find_map(|g| self.resolve_group(view, g).map(|id| (id, g.start)));
        let before = view
            .groups
            .iter()
            .filter(|g| g.end <= v.start())
            .find_map(|g| self.resolve_group(view, g).map(|id| (id, g.start)))
            .or_else(|| self.focus_group(None).map(|k| (k.into(), 0)));
        let (Some((a, at)), Some((b, _))) = (after, before) else {
            return;
        };
        let (later, earlier) = if reversed { (a, b) } else { (b, a) };
        if later != earlier {
            self.claim(view, later, Relation::Succeeds, earlier, at);
        }
    }

    pub(super) fn norms(&mut self, view: &Findings<'_>) {
        // "the 13 voluntary GGE 2015 norms": a count is about the 2015 report only when the
        // sentence ties it to 2015 or to A/70/174.
        if let Some(caps) = NORM_COUNT.captures(&view.match_text)
            && let (Some(word), Some(whole)) = (caps.get(1), caps.get(0))
            && let Some(n) = refs::parse_count(word.as_str())
            && n > 0
            && !whole.as_str().to_ascii_lowercase().contains("additional")
            && (whole.as_str().contains("2015")
                || view.reports.iter().any(|r| r.value.0 == NORMS_2015_REPORT)
                || view.text.contains("2015 report")
                || view.text.contains("2015 norms"))
        {
            self.rule = NORM_COUNT_RULE;
            self.claim(
                view,
                EntityId::from(NORMS_2015_REPORT),
                Relation::NormCount,
                Literal::Count(n),
                word.start(),
            );
            self.rule = "norms";
        }
        if view.norms.is_empty() {
            return;
        }
        if let Some(caps) = NORM_LABEL.captures(&view.match_text)
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
                self.claim(view, report, relation, id, 0);
            }
            return;
        }
        let v = REAFFIRM_VERB
            .find(&view.match_text)
            .or_else(|| ARTICULATE_VERB.find(&view.match_text));
        let Some(v) = v else { return };
        let mut subjects: Vec<(EntityId, usize)> = view
            .acts
            .iter()
            .filter(|a| a.value.kind() == EntityKind::Resolution)
            .chain(view.reports.iter())
            .filter(|r| r.start < v.start())
            .map(|r| (r.value.clone(), r.start))
            .collect();
        subjects.sort_by_key(|s| s.1);
        let subject = subjects.first().cloned().or_else(|| {
            self.sentence_resolutions(view)
                .into_iter()
                .find(|(r, _)| r.kind() == EntityKind::Resolution)
        });
        let Some((subject, at)) = subject else { return };
        let relation = if subject.0 == NORMS_2015_REPORT {
            Relation::Articulates
        } else {
            Relation::Reaffirms
        };
        self.current_report = Some(subject.clone());
        let norms: Vec<EntityId> = view.norms.iter().map(|n| n.value.clone()).collect();
        for norm in norms {
            self.claim(view, subject.clone(), relation, norm, at);
        }
    }
}
