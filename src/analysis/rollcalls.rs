//! Roll-call data as researchers have it: Erik Voeten's UN General Assembly voting data in
//! the shape the `unvotes` R package distributes (`un_votes.csv`:
//! `rcid,country,country_code,vote`; `un_roll_calls.csv`:
//! `rcid,session,importantvote,date,unres,amend,para,short,descr`).
//!
//! [`RollCalls::from_csv`] reads both files into typed roll calls and votes, each vote with
//! its provenance (the votes file and the row's line), and [`RollCalls::claims`] turns the
//! votes on whole resolutions into `voted_yes` / `voted_no` / `abstained` claims for the
//! graph, where they meet the votes texts state.
//!
//! The data's quirks are handled here and nowhere else:
//! - states are ISO 3166-1 alpha-2 codes, mapped to ISO3 by the gazetteer
//!   ([`gazetteer::state_by_iso2`]);
//! - Serbia is "Yugoslavia", code `YU`, in every roll call, also after 2006: `YU` is
//!   Serbia;
//! - Namibia's code is the string `NA`: the `csv` crate reads it as written (no cell is
//!   ever taken for a missing value);
//! - `unres` is `R/73/27` in older rows and `A/RES/74/28` in newer ones: both are
//!   `A/RES/..` ids.
//!
//! Not for analyses: those read the graph ([`super::votes::Votes::from_graph`]), so votes
//! stated by documents and votes from roll-call files are counted the same way.

use crate::gazetteer;
use crate::model::{Claim, EntityId, MAX_QUOTE_CHARS, Provenance, Relation, Status, quote_window};
use serde::Serialize;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// How a state voted in one roll call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Vote {
    /// In favour.
    Yes,
    /// Against.
    No,
    /// Abstained.
    Abstain,
}

impl Vote {
    /// The relation of a claim stating this vote.
    pub fn relation(self) -> Relation {
        match self {
            Vote::Yes => Relation::VotedYes,
            Vote::No => Relation::VotedNo,
            Vote::Abstain => Relation::Abstained,
        }
    }

    /// The vote a relation states, `None` for other relations.
    pub fn from_relation(relation: Relation) -> Option<Vote> {
        match relation {
            Relation::VotedYes => Some(Vote::Yes),
            Relation::VotedNo => Some(Vote::No),
            Relation::Abstained => Some(Vote::Abstain),
            _ => None,
        }
    }

    /// `yes`, `no` or `abstain`, as the roll-call data writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Vote::Yes => "yes",
            Vote::No => "no",
            Vote::Abstain => "abstain",
        }
    }
}

/// One roll call: a recorded vote of the General Assembly.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RollCall {
    /// The dataset's roll-call id (`6073`).
    pub rcid: String,
    /// The resolution voted on (`A/RES/73/27`), when the row names one.
    pub resolution: Option<EntityId>,
    /// Session of the General Assembly (`73`).
    pub session: Option<u16>,
    /// Date of the vote as the file gives it (ISO, `2018-12-05`).
    pub date: Option<String>,
    /// True when the roll call is on the whole resolution, false for a vote on an
    /// amendment or a paragraph (`amend` or `para` set).
    pub whole: bool,
    /// Where the roll call is described: the roll-calls file and the row's line.
    pub provenance: Provenance,
}

/// One state's vote in one roll call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CastVote {
    /// Index of the roll call in [`RollCalls::calls`].
    pub call: usize,
    /// The state (`state:SRB` for a row coded `YU`).
    pub state: EntityId,
    /// How it voted.
    pub vote: Vote,
    /// Where: the votes file and the row's line.
    pub provenance: Provenance,
}

/// The roll calls and votes of a pair of files.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RollCalls {
    /// Roll calls in the order of the roll-calls file.
    pub calls: Vec<RollCall>,
    /// Votes in the order of the votes file.
    pub votes: Vec<CastVote>,
}

/// Why roll-call files could not be read. Every variant names the file; row errors give
/// the 1-based line.
#[derive(Debug, thiserror::Error)]
pub enum RollCallError {
    /// The file could not be opened.
    #[error("cannot read {}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// A required column is missing from the header.
    #[error("{}:1: the header has no `{column}` column (columns: {found})", path.display())]
    MissingColumn {
        /// The file.
        path: PathBuf,
        /// The column looked for.
        column: &'static str,
        /// The header as read.
        found: String,
    },
    /// The file has no data rows.
    #[error("{}: the file has no rows", path.display())]
    NoRows {
        /// The file.
        path: PathBuf,
    },
    /// A row is wrong: unknown state or roll call, bad vote, two votes of one state.
    #[error("{}:{line}: {message}", path.display())]
    Row {
        /// The file.
        path: PathBuf,
        /// 1-based line where the row starts.
        line: u64,
        /// What is wrong.
        message: String,
    },
}

impl RollCalls {
    /// Reads a votes file (`rcid,country,country_code,vote`) and a roll-calls file
    /// (`rcid,session,date,unres,amend,para,...`), columns found by name in any order.
    ///
    /// A vote is `yes`, `no` or `abstain` (any case), or Voeten's numeric codes 1, 3 and 2;
    /// rows coded 8 (absent) or 9 (not a member) are no vote and are skipped once their
    /// state is known. The state is the `country_code` (ISO2; `YU` is Serbia), else the
    /// `country` name as the gazetteer knows it.
    ///
    /// # Errors
    /// [`RollCallError`] naming the file and line: a file is unreadable, has no rows or
    /// lacks a column; a row has a state the gazetteer does not know, a vote that is none
    /// of the above, a roll call the roll-calls file does not have, or a second, different
    /// vote of the same state in the same roll call.
    ///
    /// Complexity: O(R) for R rows.
    pub fn from_csv(votes: &Path, roll_calls: &Path) -> Result<RollCalls, RollCallError> {
        let calls = read_roll_calls(roll_calls)?;
        let index: HashMap<&str, usize> = calls
            .iter()
            .enumerate()
            .map(|(i, c)| (c.rcid.as_str(), i))
            .collect();
        let votes = read_votes(votes, &index)?;
        Ok(RollCalls { calls, votes })
    }

    /// The votes on whole resolutions as claims (`state:BRA voted_yes A/RES/73/27`), and
    /// each such resolution's date (`adopted_on`), with the provenance of the row that
    /// gives it. Votes on amendments and paragraphs are not votes on the resolution and
    /// give no claim.
    pub fn claims(&self) -> Vec<Claim> {
        let mut claims = Vec::with_capacity(self.votes.len() + self.calls.len());
        for call in &self.calls {
            // A date the calendar does not have is no date of adoption.
            let date = call
                .date
                .as_deref()
                .and_then(crate::model::literal::Date::parse);
            if let (true, Some(res), Some(date)) = (call.whole, &call.resolution, date) {
                claims.push(Claim {
                    subject: res.clone(),
                    relation: Relation::AdoptedOn,
                    object: crate::model::Literal::Date(date).into(),
                    provenance: call.provenance.clone(),
                });
            }
        }
        for v in &self.votes {
            let call = &self.calls[v.call];
            if let (true, Some(res)) = (call.whole, &call.resolution) {
                claims.push(Claim {
                    subject: v.state.clone(),
                    relation: v.vote.relation(),
                    object: res.clone().into(),
                    provenance: v.provenance.clone(),
                });
            }
        }
        claims
    }
}

/// The `A/RES/..` id of an `unres` cell: `R/73/27`, `A/RES/73/27` and `73/27` are all
/// `A/RES/73/27`; an empty cell is `None`; other symbols are kept as written.
///
/// ```
/// use ggegraph::analysis::rollcalls::resolution_id;
/// assert_eq!(resolution_id("R/73/27").unwrap().as_str(), "A/RES/73/27");
/// assert_eq!(resolution_id(" A/RES/74/28 ").unwrap().as_str(), "A/RES/74/28");
/// assert_eq!(resolution_id("73/266").unwrap().as_str(), "A/RES/73/266");
/// assert!(resolution_id("").is_none());
/// ```
pub fn resolution_id(unres: &str) -> Option<EntityId> {
    let s = unres.trim();
    if s.is_empty() {
        return None;
    }
    let upper = s.to_ascii_uppercase();
    let id = if let Some(rest) = upper.strip_prefix("R/") {
        format!("A/RES/{rest}")
    } else if upper.starts_with("A/") {
        upper
    } else if s.bytes().next().is_some_and(|b| b.is_ascii_digit()) && s.contains('/') {
        format!("A/RES/{s}")
    } else {
        s.to_string()
    };
    Some(EntityId(id))
}

/// The state of a votes row: the ISO2 code (`YU` is Serbia), else the country name.
fn state_of(code: &str, country: &str) -> Option<&'static gazetteer::State> {
    let code = code.trim();
    if code.eq_ignore_ascii_case("YU") {
        return gazetteer::state_by_iso3("SRB");
    }
    gazetteer::state_by_iso2(code).or_else(|| gazetteer::lookup(country.trim()))
}

/// A vote cell: `Some(Some(vote))`, `Some(None)` for absent / not a member, `None` when
/// the cell is no vote code.
fn parse_vote(cell: &str) -> Option<Option<Vote>> {
    match cell.trim().to_ascii_lowercase().as_str() {
        "yes" | "y" | "1" => Some(Some(Vote::Yes)),
        "no" | "n" | "3" => Some(Some(Vote::No)),
        "abstain" | "abstention" | "a" | "2" => Some(Some(Vote::Abstain)),
        "absent" | "8" | "9" => Some(None),
        _ => None,
    }
}

/// An open CSV reader over `path`, the header's column positions, and the file's name
/// as provenance documents carry it.
struct Table {
    reader: csv::Reader<std::io::BufReader<std::fs::File>>,
    columns: csv::StringRecord,
    document: Arc<str>,
}

impl Table {
    fn open(path: &Path) -> Result<Table, RollCallError> {
        let io = |source| RollCallError::Io {
            path: path.into(),
            source,
        };
        let file = std::fs::File::open(path).map_err(io)?;
        let mut reader = csv::ReaderBuilder::new()
            .flexible(true)
            .from_reader(std::io::BufReader::with_capacity(1 << 16, file));
        let columns = reader
            .headers()
            .map_err(|e| row_error(path, e.position().map_or(1, csv::Position::line), &e))?
            .clone();
        Ok(Table {
            reader,
            columns,
            document: Arc::from(path.display().to_string()),
        })
    }

    /// Position of a column (case-insensitive), required or not.
    fn column(&self, path: &Path, name: &'static str) -> Result<usize, RollCallError> {
        self.optional(name)
            .ok_or_else(|| RollCallError::MissingColumn {
                path: path.into(),
                column: name,
                found: self.columns.iter().collect::<Vec<_>>().join(","),
            })
    }

    fn optional(&self, name: &str) -> Option<usize> {
        self.columns.iter().position(|c| {
            c.trim()
                .trim_start_matches('\u{feff}')
                .eq_ignore_ascii_case(name)
        })
    }
}

fn row_error(path: &Path, line: u64, message: &dyn std::fmt::Display) -> RollCallError {
    RollCallError::Row {
        path: path.into(),
        line,
        message: message.to_string(),
    }
}

/// The provenance of one row: the file, its line, and the row's cells as the quote.
fn row_provenance(document: &Arc<str>, line: u64, record: &csv::StringRecord) -> Provenance {
    let text = record.iter().collect::<Vec<_>>().join(",");
    Provenance {
        document: document.clone(),
        page: None,
        line: u32::try_from(line).unwrap_or(u32::MAX),
        column: 1,
        text: Arc::from(quote_window(&text, 0, 0, MAX_QUOTE_CHARS)),
        status: Status::Stated,
        rule: "",
    }
}

fn read_roll_calls(path: &Path) -> Result<Vec<RollCall>, RollCallError> {
    let mut table = Table::open(path)?;
    let rcid = table.column(path, "rcid")?;
    let unres = table.column(path, "unres")?;
    let session = table.optional("session");
    let date = table.optional("date");
    let flags = [table.optional("amend"), table.optional("para")];
    let mut calls = Vec::new();
    let mut seen: HashMap<String, u64> = HashMap::new();
    for record in table.reader.records() {
        let record =
            record.map_err(|e| row_error(path, e.position().map_or(0, csv::Position::line), &e))?;
        let line = record.position().map_or(0, csv::Position::line);
        let cell = |i: Option<usize>| i.and_then(|i| record.get(i)).map(str::trim);
        let id = cell(Some(rcid)).unwrap_or_default().to_string();
        if id.is_empty() {
            return Err(row_error(path, line, &"empty rcid"));
        }
        if let Some(first) = seen.insert(id.clone(), line) {
            return Err(row_error(
                path,
                line,
                &format!("roll call {id:?} is already described on line {first}"),
            ));
        }
        let session =
            match cell(session).filter(|s| !s.is_empty()) {
                None => None,
                Some(s) => Some(session_number(s).ok_or_else(|| {
                    row_error(path, line, &format!("session {s:?} is not a number"))
                })?),
            };
        let whole = flags
            .iter()
            .all(|&f| cell(f).is_none_or(|v| v.is_empty() || v.parse::<f64>() == Ok(0.0)));
        calls.push(RollCall {
            rcid: id,
            resolution: cell(Some(unres)).and_then(resolution_id),
            session,
            date: cell(date).filter(|d| !d.is_empty()).map(str::to_string),
            whole,
            provenance: row_provenance(&table.document, line, &record),
        });
    }
    if calls.is_empty() {
        return Err(RollCallError::NoRows { path: path.into() });
    }
    Ok(calls)
}

/// `73` or `73.0`, as the dataset writes sessions.
fn session_number(s: &str) -> Option<u16> {
    s.strip_suffix(".0").unwrap_or(s).parse().ok()
}

fn read_votes(path: &Path, calls: &HashMap<&str, usize>) -> Result<Vec<CastVote>, RollCallError> {
    let mut table = Table::open(path)?;
    let rcid = table.column(path, "rcid")?;
    let code = table.column(path, "country_code")?;
    let vote = table.column(path, "vote")?;
    let country = table.optional("country");
    let mut votes: Vec<CastVote> = Vec::new();
    let mut cast: HashMap<(usize, &'static str), usize> = HashMap::new();
    let mut rows = 0usize;
    for record in table.reader.records() {
        let record =
            record.map_err(|e| row_error(path, e.position().map_or(0, csv::Position::line), &e))?;
        rows += 1;
        let line = record.position().map_or(0, csv::Position::line);
        let cell = |i: Option<usize>| i.and_then(|i| record.get(i)).map_or("", str::trim);
        let id = cell(Some(rcid));
        let &call = calls.get(id).ok_or_else(|| {
            row_error(
                path,
                line,
                &format!("roll call {id:?} is not in the roll-calls file"),
            )
        })?;
        let state = state_of(cell(Some(code)), cell(country)).ok_or_else(|| {
            row_error(
                path,
                line,
                &format!(
                    "unknown state: code {:?}, country {:?} (not an ISO2 code or a name the gazetteer knows)",
                    cell(Some(code)),
                    cell(country)
                ),
            )
        })?;
        let vote = parse_vote(cell(Some(vote))).ok_or_else(|| {
            row_error(
                path,
                line,
                &format!("vote {:?} is not yes, no or abstain", cell(Some(vote))),
            )
        })?;
        let Some(vote) = vote else { continue };
        if let Some(&earlier) = cast.get(&(call, state.iso3)) {
            let earlier = &votes[earlier];
            if earlier.vote != vote {
                return Err(row_error(
                    path,
                    line,
                    &format!(
                        "{} votes {} in roll call {id}, but {} on line {}",
                        state.iso3,
                        vote.as_str(),
                        earlier.vote.as_str(),
                        earlier.provenance.line
                    ),
                ));
            }
            continue;
        }
        cast.insert((call, state.iso3), votes.len());
        votes.push(CastVote {
            call,
            state: EntityId::state(state.iso3),
            vote,
            provenance: row_provenance(&table.document, line, &record),
        });
    }
    if rows == 0 {
        return Err(RollCallError::NoRows { path: path.into() });
    }
    Ok(votes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn file(text: &str) -> tempfile::NamedTempFile {
        let mut f = tempfile::NamedTempFile::new().expect("temp file");
        f.write_all(text.as_bytes()).expect("write");
        f
    }

    const CALLS: &str = "rcid,session,importantvote,date,unres,amend,para,short,descr\n\
        1,73.0,,2018-12-05,R/73/27,,,a,b\n\
        2,74.0,,2019-12-12,A/RES/74/29,,,a,b\n\
        3,74.0,,2019-12-12,A/RES/74/29,1,,amendment,b\n";

    #[test]
    fn reads_the_quirks_of_the_dataset() {
        let calls = file(CALLS);
        let votes = file(
            "rcid,country,country_code,vote\n\
             1,Namibia,NA,yes\n\
             1,Yugoslavia,YU,no\n\
             2,Brazil,BR,abstain\n\
             3,Brazil,BR,no\n",
        );
        let rc = RollCalls::from_csv(votes.path(), calls.path()).expect("reads");
        assert_eq!(rc.calls.len(), 3);
        assert_eq!(
            rc.calls[0].resolution.as_ref().map(EntityId::as_str),
            Some("A/RES/73/27")
        );
        assert!(!rc.calls[2].whole);
        let got: Vec<(&str, Vote, u32)> = rc
            .votes
            .iter()
            .map(|v| (v.state.as_str(), v.vote, v.provenance.line))
            .collect();
        assert_eq!(
            got,
            [
                ("state:NAM", Vote::Yes, 2),
                ("state:SRB", Vote::No, 3),
                ("state:BRA", Vote::Abstain, 4),
                ("state:BRA", Vote::No, 5),
            ]
        );
        // The amendment vote gives no claim; each whole resolution its date.
        let claims = rc.claims();
        let votes: Vec<_> = claims
            .iter()
            .filter(|c| Vote::from_relation(c.relation).is_some())
            .collect();
        assert_eq!(votes.len(), 3);
        assert!(votes[2].object.is("A/RES/74/29"));
        assert_eq!(votes[2].relation, Relation::Abstained);
        assert_eq!(votes[0].provenance.text.as_ref(), "1,Namibia,NA,yes");
        assert_eq!(
            claims
                .iter()
                .filter(|c| c.relation == Relation::AdoptedOn)
                .count(),
            2
        );
    }

    fn error(calls: &str, votes: &str) -> String {
        let (c, v) = (file(calls), file(votes));
        match RollCalls::from_csv(v.path(), c.path()) {
            Ok(_) => panic!("should fail"),
            Err(e) => {
                let message = e.to_string();
                let name = v.path().display().to_string();
                let calls_name = c.path().display().to_string();
                message
                    .replace(&name, "VOTES")
                    .replace(&calls_name, "CALLS")
            }
        }
    }

    #[test]
    fn errors_name_the_file_and_line() {
        let h = "rcid,country,country_code,vote\n";
        assert_eq!(
            error(CALLS, &format!("{h}1,Brazil,BR,yes\n1,Atlantis,QQ,yes\n")),
            "VOTES:3: unknown state: code \"QQ\", country \"Atlantis\" (not an ISO2 code or a name the gazetteer knows)"
        );
        assert_eq!(
            error(CALLS, &format!("{h}1,Brazil,BR,maybe\n")),
            "VOTES:2: vote \"maybe\" is not yes, no or abstain"
        );
        assert_eq!(
            error(CALLS, &format!("{h}9,Brazil,BR,yes\n")),
            "VOTES:2: roll call \"9\" is not in the roll-calls file"
        );
        assert_eq!(
            error(CALLS, &format!("{h}1,Brazil,BR,yes\n1,Brazil,BR,no\n")),
            "VOTES:3: BRA votes no in roll call 1, but yes on line 2"
        );
        assert_eq!(
            error(CALLS, "rcid,country,vote\n1,Brazil,yes\n"),
            "VOTES:1: the header has no `country_code` column (columns: rcid,country,vote)"
        );
        assert_eq!(error(CALLS, h), "VOTES: the file has no rows");
        assert_eq!(
            error(
                "rcid,session,unres\n1,x,R/73/27\n",
                &format!("{h}1,Brazil,BR,yes\n")
            ),
            "CALLS:2: session \"x\" is not a number"
        );
    }

    #[test]
    fn a_country_name_stands_in_for_a_missing_code() {
        let calls = file(CALLS);
        let votes = file("rcid,country,country_code,vote\n1,Brazil,,1\n1,Chile,CL,8\n");
        let rc = RollCalls::from_csv(votes.path(), calls.path()).expect("reads");
        assert_eq!(rc.votes.len(), 1);
        assert_eq!(rc.votes[0].state.as_str(), "state:BRA");
    }
}
