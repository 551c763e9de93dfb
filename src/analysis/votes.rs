//! Who voted how: the `voted_yes` / `voted_no` / `abstained` edges of the graph (from
//! documents and from roll-call files alike) as interned indices, with the counts of a
//! vote, how each UN regional group and each group's members voted, and who changed
//! between two votes.
//!
//! A [`Votes`] holds one vote per (ballot, state). A state that sources give two different
//! votes on one ballot is kept out of the counts and listed in [`Votes::disputed`]; the
//! disagreement itself, with both sources, is in [`Graph::conflicts`].
//!
//! Not for provenance: ask the graph where a vote is stated.

use super::memberships::Memberships;
use super::rollcalls::{Vote, resolution_id};
use crate::gazetteer::{Region, state_by_iso3};
use crate::graph::Graph;
use crate::model::{EntityId, EntityKind, Relation};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use std::fmt;

/// The counts of a recorded vote, as a typed value (never a string to parse).
///
/// ```
/// use ggegraph::analysis::{Vote, VoteCounts};
/// let mut c = VoteCounts::default();
/// for v in [Vote::Yes, Vote::Yes, Vote::No, Vote::Abstain] {
///     c.add(v);
/// }
/// assert_eq!((c.yes, c.no, c.abstain, c.total()), (2, 1, 1, 4));
/// assert_eq!(c.to_string(), "2-1-1");
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct VoteCounts {
    /// Votes in favour.
    pub yes: usize,
    /// Votes against.
    pub no: usize,
    /// Abstentions.
    pub abstain: usize,
}

impl VoteCounts {
    /// Counts one more vote.
    pub fn add(&mut self, vote: Vote) {
        match vote {
            Vote::Yes => self.yes += 1,
            Vote::No => self.no += 1,
            Vote::Abstain => self.abstain += 1,
        }
    }
    /// Votes cast, abstentions included.
    pub fn total(&self) -> usize {
        self.yes + self.no + self.abstain
    }
}

impl fmt::Display for VoteCounts {
    /// `yes-no-abstain`, the way the UN writes a recorded vote (`119-46-14`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}-{}", self.yes, self.no, self.abstain)
    }
}

/// A resolution or draft that states voted on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Ballot {
    /// `A/RES/73/27` or `A/C.1/74/L.49/Rev.1`.
    pub id: EntityId,
    /// The date of adoption when a source gives one (the earliest when several do).
    pub date: Option<String>,
}

/// One state's vote on one ballot, as indices into [`Votes::ballots`] and
/// [`Votes::states`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Cast {
    /// Index of the ballot.
    pub ballot: u32,
    /// Index of the state.
    pub state: u32,
    /// The vote.
    pub vote: Vote,
}

/// Every recorded vote of the graph.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Votes {
    /// State ids, sorted.
    pub states: Vec<EntityId>,
    /// Ballots by date (undated last), then id.
    pub ballots: Vec<Ballot>,
    /// One vote per (ballot, state), sorted by (ballot, state).
    pub cast: Vec<Cast>,
    /// (ballot, state) pairs with more than one vote stated, sorted; not in `cast`.
    pub disputed: Vec<(u32, u32)>,
}

impl Votes {
    /// The vote edges of the graph (state -> resolution or draft).
    ///
    /// Complexity: O(E log E) for E edges.
    pub fn from_graph(graph: &Graph) -> Votes {
        let mut stated: BTreeMap<(&EntityId, &EntityId), Vec<Vote>> = BTreeMap::new();
        for e in graph.edges() {
            let Some(vote) = Vote::from_relation(e.edge.relation) else {
                continue;
            };
            if e.source.kind == EntityKind::State
                && matches!(e.target.kind, EntityKind::Resolution | EntityKind::Draft)
            {
                stated
                    .entry((&e.target.id, &e.source.id))
                    .or_default()
                    .push(vote);
            }
        }
        let mut states: Vec<EntityId> = stated.keys().map(|(_, s)| (*s).clone()).collect();
        states.sort();
        states.dedup();
        let mut ballots: Vec<Ballot> = Vec::new();
        for (ballot, _) in stated.keys() {
            if ballots.last().is_none_or(|b| &b.id != *ballot) {
                let date = graph.node(ballot.as_str()).and_then(|n| {
                    n.attribute(Relation::AdoptedOn)
                        .iter()
                        .filter_map(|v| v.value.date())
                        .min()
                        .map(|d| d.to_string())
                });
                ballots.push(Ballot {
                    id: (*ballot).clone(),
                    date,
                });
            }
        }
        ballots.sort_by(|a, b| {
            (a.date.is_none(), &a.date, &a.id).cmp(&(b.date.is_none(), &b.date, &b.id))
        });
        let state_ix: HashMap<&EntityId, u32> = states
            .iter()
            .enumerate()
            .map(|(i, s)| (s, i as u32))
            .collect();
        let ballot_ix: HashMap<&EntityId, u32> = ballots
            .iter()
            .enumerate()
            .map(|(i, b)| (&b.id, i as u32))
            .collect();
        let mut cast = Vec::new();
        let mut disputed = Vec::new();
        for ((ballot, state), votes) in &stated {
            let (b, s) = (ballot_ix[*ballot], state_ix[*state]);
            match votes.as_slice() {
                [vote] => cast.push(Cast {
                    ballot: b,
                    state: s,
                    vote: *vote,
                }),
                _ => disputed.push((b, s)),
            }
        }
        cast.sort_unstable();
        disputed.sort_unstable();
        Votes {
            states,
            ballots,
            cast,
            disputed,
        }
    }

    /// The ballot a user names: `73/27`, `R/73/27`, `A/RES/73/27`, `a/c.1/74/l.49/rev.1`.
    pub fn find(&self, name: &str) -> Option<u32> {
        let id = resolution_id(name)?;
        self.ballots
            .iter()
            .position(|b| b.id.as_str().eq_ignore_ascii_case(id.as_str()))
            .map(|i| i as u32)
    }

    /// The votes on one ballot, in state order.
    pub fn on(&self, ballot: u32) -> &[Cast] {
        let lo = self.cast.partition_point(|c| c.ballot < ballot);
        let hi = self.cast.partition_point(|c| c.ballot <= ballot);
        &self.cast[lo..hi]
    }

    /// The counts of one ballot.
    pub fn counts(&self, ballot: u32) -> VoteCounts {
        let mut counts = VoteCounts::default();
        for c in self.on(ballot) {
            counts.add(c.vote);
        }
        counts
    }

    /// Each state's vote on one ballot, `None` where none is recorded.
    pub fn vote_of_each_state(&self, ballot: u32) -> Vec<Option<Vote>> {
        let mut out = vec![None; self.states.len()];
        for c in self.on(ballot) {
            out[c.state as usize] = Some(c.vote);
        }
        out
    }
}

/// How the states of one UN regional group voted on a ballot.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RegionVotes {
    /// `AFR`, `APG`, `EEG`, `GRULAC`, `WEOG`, or `none` (the Holy See, unknown ids).
    pub region: &'static str,
    /// Their counts.
    pub counts: VoteCounts,
}

/// The counts of one ballot per UN regional group, in [`Region::ALL`] order, then the
/// states in no group when there are any.
///
/// ```
/// use ggegraph::analysis::votes::{Votes, by_region};
/// use ggegraph::model::{Claim, EntityId, Provenance, Relation};
/// let vote = |s: &str, r| Claim {
///     subject: EntityId::state(s),
///     relation: r,
///     object: EntityId::from("A/RES/73/27").into(),
///     provenance: Provenance {
///         document: "v.csv".into(), page: None, line: 2, column: 1, text: "".into(),
///         status: Default::default(), rule: "",
///     },
/// };
/// let g = ggegraph::graph::Graph::new(vec![], ggegraph::model::ClaimSet::from_claims(vec![vote("BRA", Relation::VotedYes), vote("FRA", Relation::VotedNo)]));
/// let v = Votes::from_graph(&g);
/// let regions = by_region(&v, 0);
/// assert_eq!((regions[3].region, regions[3].counts.yes), ("GRULAC", 1));
/// assert_eq!((regions[4].region, regions[4].counts.no), ("WEOG", 1));
/// ```
pub fn by_region(votes: &Votes, ballot: u32) -> Vec<RegionVotes> {
    let mut counts = [VoteCounts::default(); 6];
    for c in votes.on(ballot) {
        let region = votes.states[c.state as usize]
            .iso3()
            .and_then(state_by_iso3)
            .and_then(|s| s.region);
        let slot = region.map_or(5, |r| Region::ALL.iter().position(|&x| x == r).unwrap_or(5));
        counts[slot].add(c.vote);
    }
    let mut out: Vec<RegionVotes> = Region::ALL
        .iter()
        .zip(counts)
        .map(|(r, counts)| RegionVotes {
            region: r.abbreviation(),
            counts,
        })
        .collect();
    if counts[5].total() > 0 {
        out.push(RegionVotes {
            region: "none",
            counts: counts[5],
        });
    }
    out
}

/// How the members of one group voted on a ballot.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GroupVotes {
    /// The group (`gge-2017-2019`).
    pub group: EntityId,
    /// Its members' counts.
    pub counts: VoteCounts,
    /// Members with no recorded vote on the ballot.
    pub not_recorded: Vec<EntityId>,
}

/// The counts of one ballot among the members of each group, in the groups' time order.
///
/// Complexity: O(P + S) for P memberships and S states.
pub fn by_group(votes: &Votes, ballot: u32, memberships: &Memberships) -> Vec<GroupVotes> {
    let each: HashMap<&EntityId, Vote> = votes
        .on(ballot)
        .iter()
        .map(|c| (&votes.states[c.state as usize], c.vote))
        .collect();
    let mut out: Vec<GroupVotes> = memberships
        .groups
        .iter()
        .map(|g| GroupVotes {
            group: g.id.clone(),
            counts: VoteCounts::default(),
            not_recorded: Vec::new(),
        })
        .collect();
    for &(s, g) in &memberships.pairs {
        let state = &memberships.states[s as usize];
        let slot = &mut out[g as usize];
        match each.get(state) {
            Some(&vote) => slot.counts.add(vote),
            None => slot.not_recorded.push(state.clone()),
        }
    }
    out
}

/// A state whose vote differs between two ballots.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// The state.
    pub state: EntityId,
    /// Its vote on the first ballot (`None`: not recorded).
    pub before: Option<Vote>,
    /// Its vote on the second.
    pub after: Option<Vote>,
}

/// The states that voted differently on `after` than on `before` (a vote recorded on
/// one and not the other counts as a change), in state order.
pub fn changes(votes: &Votes, before: u32, after: u32) -> Vec<Change> {
    let a = votes.vote_of_each_state(before);
    let b = votes.vote_of_each_state(after);
    a.into_iter()
        .zip(b)
        .enumerate()
        .filter(|(_, (x, y))| x != y)
        .map(|(i, (before, after))| Change {
            state: votes.states[i].clone(),
            before,
            after,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::memberships::MembershipGroup;
    use crate::graph::Graph;
    use crate::model::Claim;
    use crate::model::ClaimSet;

    fn vote(state: &str, relation: Relation, ballot: &str, doc: &str) -> Claim {
        Claim::for_test(EntityId::state(state), relation, ballot, doc)
    }

    fn sample() -> Votes {
        let res = "A/RES/73/27";
        let later = "A/RES/74/29";
        Votes::from_graph(&Graph::new(
            vec![],
            ClaimSet::from_claims(vec![
                vote("BRA", Relation::VotedYes, res, "a"),
                vote("USA", Relation::VotedNo, res, "a"),
                vote("IND", Relation::Abstained, res, "a"),
                vote("FRA", Relation::VotedNo, res, "a"),
                vote("FRA", Relation::VotedYes, res, "b"),
                vote("BRA", Relation::VotedYes, later, "a"),
                vote("USA", Relation::Abstained, later, "a"),
            ]),
        ))
    }

    #[test]
    fn counts_leave_disputed_votes_out() {
        let v = sample();
        let b = v.find("73/27").expect("found");
        assert_eq!(
            v.counts(b),
            VoteCounts {
                yes: 1,
                no: 1,
                abstain: 1
            }
        );
        assert_eq!(v.disputed, vec![(b, 1)]);
        assert_eq!(v.find("R/74/29"), Some(1));
        assert_eq!(v.find("74/30"), None);
    }

    #[test]
    fn groups_count_their_members_and_who_has_no_vote() {
        let v = sample();
        let m = Memberships::from_rows(["BRA", "USA", "CHN"].map(|s| {
            (
                EntityId::state(s),
                MembershipGroup::from_id("gge-2017-2019"),
            )
        }));
        let g = by_group(&v, 0, &m);
        assert_eq!(
            g[0].counts,
            VoteCounts {
                yes: 1,
                no: 1,
                abstain: 0
            }
        );
        assert_eq!(g[0].not_recorded, vec![EntityId::state("CHN")]);
    }

    #[test]
    fn changes_between_two_ballots() {
        let v = sample();
        let c = changes(&v, 0, 1);
        let got: Vec<_> = c
            .iter()
            .map(|c| (c.state.as_str(), c.before, c.after))
            .collect();
        assert_eq!(
            got,
            [
                ("state:IND", Some(Vote::Abstain), None),
                ("state:USA", Some(Vote::No), Some(Vote::Abstain)),
            ]
        );
    }
}
