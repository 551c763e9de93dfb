//! The gold annotations of an evaluation folder: `expected.json`, one entry per document
//! file, read and checked into typed facts.
//!
//! Checking is strict on purpose: an ISO3 code or group id the tool does not know would
//! never match anything the extractor reads, and would silently turn into a miss that no
//! change to the extractor can fix. Fields the scorer does not use (`source`, `notes`,
//! `non_ict_*` but for the symbols of `non_ict_votes`, and of `votes` the body and date)
//! are accepted and ignored, so annotation files can carry more than this version measures.

use super::EvalError;
use super::matching::normalise_symbol;
use crate::gazetteer::state_by_iso3;
use crate::model::{EntityId, GroupKey, GroupKind};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// What kind of page a document is, as the annotator judged it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PageKind {
    /// Lists the members of a group.
    Membership,
    /// Reports a vote on a resolution or draft.
    Vote,
    /// Describes a process: mandates, sessions, chairs.
    Process,
    /// Several of the above.
    Mixed,
    /// About another body (another GGE, OEWG or caucus) that shares the words: any ICT
    /// membership read from it is wrong.
    Distractor,
}

/// One entry of `expected.json` as written.
#[derive(Debug, Clone, Deserialize)]
struct RawEntry {
    #[serde(default)]
    kind: Option<PageKind>,
    #[serde(default = "english")]
    language: String,
    #[serde(default)]
    states_min: Vec<String>,
    #[serde(default)]
    absent_states: Vec<String>,
    #[serde(default)]
    gge_member_of: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    oewg_member_of: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    chairs: BTreeMap<String, RawChair>,
    #[serde(default)]
    establishes: Vec<(String, String)>,
    #[serde(default)]
    sponsors: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    votes: Vec<RawVote>,
    #[serde(default)]
    non_ict_votes: Vec<RawVote>,
}

/// One recorded vote as annotated; only the states named per column are scored.
#[derive(Debug, Clone, Deserialize)]
struct RawVote {
    /// The symbol voted on, or null when the page names it only by a title the annotator
    /// could not tie to one.
    #[serde(default)]
    on: Option<String>,
    /// Set for a vote on one paragraph, not on the text as a whole.
    #[serde(default)]
    part: Option<serde_json::Value>,
    #[serde(default)]
    yes: Option<Vec<String>>,
    #[serde(default)]
    no: Option<Vec<String>>,
    #[serde(default)]
    abstain: Option<Vec<String>>,
    /// The counts the page gives; a count it does not give is null.
    #[serde(default)]
    counts: Option<RawCounts>,
}

/// The counts of one recorded vote as annotated.
#[derive(Debug, Clone, Default, Deserialize)]
struct RawCounts {
    #[serde(default)]
    yes: Option<u32>,
    #[serde(default)]
    no: Option<u32>,
    #[serde(default)]
    abstain: Option<u32>,
}

/// Annotators leave `language` out on pages in the tool's own language.
fn english() -> String {
    "en".to_string()
}

#[derive(Debug, Clone, Deserialize)]
struct RawChair {
    person: String,
    #[serde(default)]
    state: Option<String>,
}

/// A chair as the annotator wrote it: the person's name as the page gives it (possibly
/// only a surname) and, when the page says it, the state the person acted for.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct GoldChair {
    /// Group id (`gge-2009-2010`).
    pub group: EntityId,
    /// Name as annotated.
    pub person: String,
    /// State id, when the page names it.
    pub state: Option<EntityId>,
}

/// The checked facts of one document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GoldDocument {
    /// Kind of page, if annotated.
    pub kind: Option<PageKind>,
    /// Language code (`en`, `fr`, ...).
    pub language: String,
    /// States the text names (state ids).
    pub states: BTreeSet<EntityId>,
    /// States that must not be read here (state ids).
    pub traps: BTreeSet<EntityId>,
    /// (state, group) memberships of a GGE.
    pub gge_member_of: BTreeSet<(EntityId, EntityId)>,
    /// (state, group) memberships of an OEWG or the mechanism.
    pub oewg_member_of: BTreeSet<(EntityId, EntityId)>,
    /// Chairs, in group order.
    pub chairs: Vec<GoldChair>,
    /// (normalised symbol, group) pairs.
    pub establishes: BTreeSet<(String, EntityId)>,
    /// (normalised symbol, state) pairs.
    pub sponsors: BTreeSet<(String, EntityId)>,
    /// (normalised symbol, state, how) votes on whole texts that the page names per state.
    pub votes: BTreeSet<(String, EntityId, Ballot)>,
    /// (normalised symbol, column, count): the counts the page gives of votes on whole
    /// texts it identifies.
    pub vote_counts: BTreeSet<(String, Ballot, u32)>,
    /// Symbols of the other resolutions whose votes the page reports (true facts outside
    /// the ICT graph): counts read on them are neither hits nor false hits.
    pub non_ict_votes: BTreeSet<String>,
}

/// How a state voted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Ballot {
    /// In favour.
    Yes,
    /// Against.
    No,
    /// Abstained.
    Abstain,
}

impl Ballot {
    /// The relation that states it.
    pub fn relation(self) -> crate::model::Relation {
        match self {
            Ballot::Yes => crate::model::Relation::VotedYes,
            Ballot::No => crate::model::Relation::VotedNo,
            Ballot::Abstain => crate::model::Relation::Abstained,
        }
    }

    /// The column's name in a count ("yes 119").
    pub fn column(self) -> &'static str {
        match self {
            Ballot::Yes => "yes",
            Ballot::No => "no",
            Ballot::Abstain => "abstain",
        }
    }
}

impl GoldDocument {
    /// True for a page about another body.
    pub fn is_distractor(&self) -> bool {
        self.kind == Some(PageKind::Distractor)
    }
}

/// Reads and checks `path` (an `expected.json`): document file name -> facts, in name
/// order.
///
/// # Errors
/// [`EvalError::Read`] when the file cannot be read, [`EvalError::Parse`] (with line and
/// column) when it is not JSON of this schema, [`EvalError::Gold`] for an unknown ISO3
/// code, group id or symbol.
pub fn read_gold(path: &Path) -> Result<BTreeMap<String, GoldDocument>, EvalError> {
    let text = std::fs::read_to_string(path).map_err(|error| EvalError::Read {
        path: path.to_path_buf(),
        error,
    })?;
    parse_gold(path, &text)
}

/// [`read_gold`] on text already read; `path` names the file in errors.
pub fn parse_gold(path: &Path, text: &str) -> Result<BTreeMap<String, GoldDocument>, EvalError> {
    let raw: BTreeMap<String, RawEntry> =
        serde_json::from_str(text).map_err(|e| EvalError::parse(path, &e))?;
    raw.into_iter()
        .map(|(document, entry)| {
            let checked = Checker {
                path,
                document: &document,
            }
            .check(entry)?;
            Ok((document, checked))
        })
        .collect()
}

/// Turns one raw entry into ids, naming the file and document in every error.
struct Checker<'a> {
    path: &'a Path,
    document: &'a str,
}

impl Checker<'_> {
    fn check(&self, e: RawEntry) -> Result<GoldDocument, EvalError> {
        let states = |codes: &[String], field: &str| -> Result<BTreeSet<EntityId>, EvalError> {
            codes.iter().map(|c| self.state(c, field)).collect()
        };
        // Checked in this order, so the first error a file has is the one reported.
        let chairs = self.chairs(&e.chairs)?;
        let establishes = self.establishes(&e.establishes)?;
        let sponsors = self.sponsors(&e.sponsors)?;
        let votes = self.votes(&e.votes)?;
        let vote_counts = self.vote_counts(&e.votes)?;
        let non_ict_votes = e
            .non_ict_votes
            .iter()
            .filter_map(|v| v.on.as_deref())
            .map(normalise_symbol)
            .collect();
        Ok(GoldDocument {
            votes,
            vote_counts,
            non_ict_votes,
            kind: e.kind,
            language: e.language,
            states: states(&e.states_min, "states_min")?,
            traps: states(&e.absent_states, "absent_states")?,
            gge_member_of: self.memberships(
                &e.gge_member_of,
                "gge_member_of",
                &[GroupKind::Gge],
            )?,
            oewg_member_of: self.memberships(
                &e.oewg_member_of,
                "oewg_member_of",
                &[GroupKind::Oewg, GroupKind::Mechanism],
            )?,
            chairs,
            establishes,
            sponsors,
        })
    }

    /// `chairs`: group -> chair (a person, and the state when given).
    fn chairs(&self, chairs: &BTreeMap<String, RawChair>) -> Result<Vec<GoldChair>, EvalError> {
        chairs
            .iter()
            .map(|(group, chair)| {
                Ok(GoldChair {
                    group: self.group(group, "chairs", None)?,
                    person: chair.person.clone(),
                    state: match &chair.state {
                        Some(code) => Some(self.state(code, "chairs")?),
                        None => None,
                    },
                })
            })
            .collect()
    }

    /// `establishes`: (resolution, group) pairs.
    fn establishes(
        &self,
        establishes: &[(String, String)],
    ) -> Result<BTreeSet<(String, EntityId)>, EvalError> {
        establishes
            .iter()
            .map(|(symbol, group)| {
                Ok((
                    self.symbol(symbol, "establishes")?,
                    self.group(group, "establishes", None)?,
                ))
            })
            .collect()
    }

    /// `sponsors`: resolution -> sponsoring states, as (resolution, state) pairs.
    fn sponsors(
        &self,
        sponsors: &BTreeMap<String, Vec<String>>,
    ) -> Result<BTreeSet<(String, EntityId)>, EvalError> {
        let mut pairs = BTreeSet::new();
        for (symbol, codes) in sponsors {
            let symbol = self.symbol(symbol, "sponsors")?;
            for code in codes {
                pairs.insert((symbol.clone(), self.state(code, "sponsors")?));
            }
        }
        Ok(pairs)
    }

    /// Each state's ballot on each whole text voted on.
    fn votes(&self, raw: &[RawVote]) -> Result<BTreeSet<(String, EntityId, Ballot)>, EvalError> {
        let mut votes = BTreeSet::new();
        // A vote on one paragraph, or on a text the page does not identify, is not a vote
        // any claim can state (the graph links a state's vote to a whole text).
        for vote in raw.iter().filter(|v| v.part.is_none()) {
            let Some(on) = &vote.on else { continue };
            let symbol = self.symbol(on, "votes")?;
            for (codes, ballot) in [
                (&vote.yes, Ballot::Yes),
                (&vote.no, Ballot::No),
                (&vote.abstain, Ballot::Abstain),
            ] {
                for code in codes.iter().flatten() {
                    votes.insert((symbol.clone(), self.state(code, "votes")?, ballot));
                }
            }
        }
        Ok(votes)
    }

    /// The counts of each whole text voted on, per ballot given.
    fn vote_counts(&self, raw: &[RawVote]) -> Result<BTreeSet<(String, Ballot, u32)>, EvalError> {
        let mut vote_counts = BTreeSet::new();
        for vote in raw.iter().filter(|v| v.part.is_none()) {
            let (Some(on), Some(counts)) = (&vote.on, &vote.counts) else {
                continue;
            };
            let symbol = self.symbol(on, "votes")?;
            for (count, ballot) in [
                (counts.yes, Ballot::Yes),
                (counts.no, Ballot::No),
                (counts.abstain, Ballot::Abstain),
            ] {
                if let Some(n) = count {
                    vote_counts.insert((symbol.clone(), ballot, n));
                }
            }
        }
        Ok(vote_counts)
    }

    fn memberships(
        &self,
        lists: &BTreeMap<String, Vec<String>>,
        field: &str,
        kinds: &[GroupKind],
    ) -> Result<BTreeSet<(EntityId, EntityId)>, EvalError> {
        let mut pairs = BTreeSet::new();
        for (group, codes) in lists {
            let group = self.group(group, field, Some(kinds))?;
            for code in codes {
                pairs.insert((self.state(code, field)?, group.clone()));
            }
        }
        Ok(pairs)
    }

    fn state(&self, code: &str, field: &str) -> Result<EntityId, EvalError> {
        state_by_iso3(code)
            .map(|s| EntityId::state(s.iso3))
            .ok_or_else(|| self.error(field, format!("unknown ISO3 code {code:?}")))
    }

    fn group(
        &self,
        id: &str,
        field: &str,
        kinds: Option<&[GroupKind]>,
    ) -> Result<EntityId, EvalError> {
        match GroupKey::parse(id) {
            Some(key) if kinds.is_none_or(|k| k.contains(&key.kind)) => Ok(key.id()),
            Some(_) => Err(self.error(field, format!("group {id:?} does not belong in {field}"))),
            None => Err(self.error(
                field,
                format!("unknown group id {id:?} (expected gge-2014-2015, oewg-2021-2025, mechanism-2026 ...)"),
            )),
        }
    }

    fn symbol(&self, symbol: &str, field: &str) -> Result<String, EvalError> {
        let normalised = normalise_symbol(symbol);
        if normalised.starts_with("A/") {
            Ok(normalised)
        } else {
            Err(self.error(
                field,
                format!(
                    "{symbol:?} is not a UN document symbol (A/RES/73/27, A/C.1/73/L.27/Rev.1)"
                ),
            ))
        }
    }

    fn error(&self, field: &str, what: String) -> EvalError {
        EvalError::Gold {
            path: self.path.to_path_buf(),
            document: self.document.to_string(),
            what: format!("{field}: {what}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<BTreeMap<String, GoldDocument>, EvalError> {
        parse_gold(Path::new("gold/expected.json"), text)
    }

    #[test]
    fn entries_become_ids_with_symbols_normalised() {
        let gold = parse(
            r#"{"a.txt": {"kind": "vote", "states_min": ["bra", "CHN"],
                 "gge_member_of": {"gge-2014-2015": ["BRA"]},
                 "chairs": {"gge-2014-2015": {"person": "Ana Lima", "state": "BRA"}},
                 "establishes": [["a/c.1/70/l.45/rev.1", "gge-2016-2017"]],
                 "sponsors": {"70/237": ["CHN"]}, "notes": "ignored"}}"#,
        )
        .expect("parses");
        let doc = &gold["a.txt"];
        assert_eq!(doc.language, "en");
        assert_eq!(
            doc.states.iter().map(EntityId::as_str).collect::<Vec<_>>(),
            ["state:BRA", "state:CHN"]
        );
        assert!(
            doc.gge_member_of
                .contains(&(EntityId::state("BRA"), EntityId::from("gge-2014-2015")))
        );
        assert_eq!(doc.chairs[0].state, Some(EntityId::state("BRA")));
        assert!(doc.establishes.contains(&(
            "A/C.1/70/L.45/Rev.1".to_string(),
            EntityId::from("gge-2016-2017")
        )));
        assert!(
            doc.sponsors
                .contains(&("A/RES/70/237".to_string(), EntityId::state("CHN")))
        );
    }

    #[test]
    fn bad_json_names_the_file_and_line() {
        let err = parse("{\n  \"a.txt\": {\"kind\": \"vote\",}\n}").expect_err("bad");
        let message = err.to_string();
        assert!(message.starts_with("gold/expected.json:2:"), "{message}");
    }

    #[test]
    fn unknown_codes_groups_and_kinds_are_refused() {
        for text in [
            r#"{"a.txt": {"states_min": ["UK"]}}"#,
            r#"{"a.txt": {"gge_member_of": {"oewg-2019-2021": ["BRA"]}}}"#,
            r#"{"a.txt": {"chairs": {"the-gge": {"person": "X"}}}}"#,
            r#"{"a.txt": {"sponsors": {"L.27": ["BRA"]}}}"#,
        ] {
            let err = parse(text).expect_err(text).to_string();
            assert!(err.starts_with("gold/expected.json: a.txt: "), "{err}");
        }
        let err = parse(r#"{"a.txt": {"kind": "blog"}}"#).expect_err("kind");
        assert!(err.to_string().contains("unknown variant"), "{err}");
    }
}
