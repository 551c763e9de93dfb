//! Who sat in which group, as interned indices: the input of every analysis.
//!
//! A [`Memberships`] is a bipartite graph stored as sorted `(state, group)` index pairs.
//! It comes from the typed graph ([`Memberships::from_graph`], the `member_of` edges) or
//! from a user's CSV file ([`Memberships::from_csv`]). Ids are interned once, so analyses
//! work on `u32` indices and never hash strings per pair; states are sorted by id, so
//! index order is id order, and groups are in time order, so index order is time order.
//!
//! Not for provenance: a membership here is a fact, whoever stated it. Ask the graph for
//! where a membership is stated.

mod reader;
#[cfg(test)]
mod tests;

use reader::{Limited, read_csv};

use crate::gazetteer;
use crate::graph::Graph;
use crate::model::{EntityId, EntityKind, GroupKey, GroupKind, Relation};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// A group of a membership table, as the analyses see it: a graph id (`gge-2014-2015`) or
/// any name a user's CSV gives, with kind and years when the id or the CSV says.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MembershipGroup {
    /// `gge-2014-2015`, or any name a CSV gives.
    pub id: EntityId,
    /// GGE, OEWG or mechanism when the id says (`None` for other names).
    pub kind: Option<GroupKind>,
    /// First year, from the CSV's `start` column or the id.
    pub start: Option<u16>,
    /// Last year, from the CSV's `end` column or the id.
    pub end: Option<u16>,
}

impl MembershipGroup {
    /// A group from its id alone: kind and years are read from ids such as
    /// `gge-2014-2015`; other ids have none.
    pub fn from_id(id: &str) -> MembershipGroup {
        let key = GroupKey::parse(id);
        MembershipGroup {
            id: EntityId(id.to_string()),
            kind: key.map(|k| k.kind),
            start: key.map(|k| k.start),
            end: key.and_then(|k| k.end),
        }
    }

    /// The sort key of time order: start year, end year (groups without years last),
    /// then id.
    fn time_key(&self) -> (u16, u16, &str) {
        (
            self.start.unwrap_or(u16::MAX),
            self.end.unwrap_or(u16::MAX),
            self.id.as_str(),
        )
    }
}

/// Rows of a table in compressed form: row `i` is `items[offsets[i]..offsets[i + 1]]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Adjacency {
    offsets: Vec<usize>,
    items: Vec<u32>,
}

impl Adjacency {
    /// The items of row `i`, ascending (empty when `i` is out of range).
    pub fn row(&self, i: usize) -> &[u32] {
        match (self.offsets.get(i), self.offsets.get(i + 1)) {
            (Some(&a), Some(&b)) => &self.items[a..b],
            _ => &[],
        }
    }
    /// Number of rows.
    pub fn len(&self) -> usize {
        self.offsets.len().saturating_sub(1)
    }
    /// True when there are no rows.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The state x group membership relation with interned ids.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Memberships {
    /// State ids, sorted (index order is id order).
    pub states: Vec<EntityId>,
    /// Groups in time order, then id.
    pub groups: Vec<MembershipGroup>,
    /// `(state index, group index)`, sorted and without duplicates.
    pub pairs: Vec<(u32, u32)>,
}

/// Largest memberships CSV [`Memberships::from_csv`] reads: the documents' default
/// limit (64 MiB).
pub const DEFAULT_MAX_CSV_BYTES: u64 = 64 * 1024 * 1024;

/// Most pairs of states a memberships table may give its co-membership graph (each pair
/// an edge of 24 bytes and more once drawn or exported): a table over it is refused when
/// read, with a message, rather than left to exhaust memory in the projection. No real
/// table comes near: 193 states make 18,528 pairs.
pub const MAX_COMEMBERSHIP_PAIRS: u64 = 50_000_000;

/// Why a membership file could not be read. Every variant names the file; row errors
/// give the 1-based line.
#[derive(Debug, thiserror::Error)]
pub enum MembershipError {
    /// The file could not be opened or read.
    #[error("cannot read {}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The file is larger than the limit (`--max-file-size`).
    #[error("{}: file is {size} bytes, over the limit of {limit} bytes; raise it with --max-file-size", path.display())]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size in bytes.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// The file is empty: not even a header row.
    #[error("{}: the file is empty (expected a header row with `state` and `group` columns)", path.display())]
    Empty {
        /// The file.
        path: PathBuf,
    },
    /// The header has a header row but no data rows.
    #[error("{}: the file has a header but no membership rows", path.display())]
    NoRows {
        /// The file.
        path: PathBuf,
    },
    /// A required column is missing from the header.
    #[error("{}:1: the header has no `{column}` column (columns: {found})", path.display())]
    MissingColumn {
        /// The file.
        path: PathBuf,
        /// `state` or `group`.
        column: &'static str,
        /// The header as read.
        found: String,
    },
    /// The table's co-membership graph could have more than [`MAX_COMEMBERSHIP_PAIRS`]
    /// pairs (groups of hundreds of thousands of states, as `--allow-unknown` admits).
    #[error("{}: {states} states in groups that could pair them {bound} ways, over the limit of {limit} pairs of co-members", path.display(), limit = MAX_COMEMBERSHIP_PAIRS)]
    TooManyPairs {
        /// The file.
        path: PathBuf,
        /// Distinct states.
        states: usize,
        /// At most this many pairs share a group ([`Memberships::pair_bound`]).
        bound: u64,
    },
    /// A row is wrong: unknown state, empty field, bad year, invalid UTF-8, wrong number
    /// of fields.
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

/// Builds a [`Memberships`] from ids in any order, interning each id once.
#[derive(Default)]
struct Builder {
    states: Vec<EntityId>,
    state_index: HashMap<EntityId, u32>,
    groups: Vec<MembershipGroup>,
    group_index: HashMap<EntityId, u32>,
    pairs: Vec<(u32, u32)>,
}

impl Builder {
    fn state(&mut self, id: EntityId) -> u32 {
        if let Some(&ix) = self.state_index.get(&id) {
            return ix;
        }
        let ix = self.states.len() as u32;
        self.states.push(id.clone());
        self.state_index.insert(id, ix);
        ix
    }

    /// Interns a group; years missing so far are filled from `info`.
    fn group(&mut self, info: MembershipGroup) -> u32 {
        if let Some(&ix) = self.group_index.get(&info.id) {
            let known = &mut self.groups[ix as usize];
            known.start = known.start.or(info.start);
            known.end = known.end.or(info.end);
            known.kind = known.kind.or(info.kind);
            return ix;
        }
        let ix = self.groups.len() as u32;
        self.group_index.insert(info.id.clone(), ix);
        self.groups.push(info);
        ix
    }

    /// Sorts states by id and groups by time, renumbers the pairs, sorts and dedups them.
    fn finish(self) -> Memberships {
        let state_order = permutation(self.states.len(), |a, b| {
            self.states[a].cmp(&self.states[b])
        });
        let group_order = permutation(self.groups.len(), |a, b| {
            self.groups[a].time_key().cmp(&self.groups[b].time_key())
        });
        let mut pairs: Vec<(u32, u32)> = self
            .pairs
            .iter()
            .map(|&(s, g)| {
                (
                    state_order.new_index[s as usize],
                    group_order.new_index[g as usize],
                )
            })
            .collect();
        pairs.sort_unstable();
        pairs.dedup();
        Memberships {
            states: state_order
                .old_index
                .iter()
                .map(|&i| self.states[i].clone())
                .collect(),
            groups: group_order
                .old_index
                .iter()
                .map(|&i| self.groups[i].clone())
                .collect(),
            pairs,
        }
    }
}

/// A sort order: `old_index[new]` and its inverse `new_index[old]`.
struct Permutation {
    old_index: Vec<usize>,
    new_index: Vec<u32>,
}

fn permutation(n: usize, cmp: impl Fn(usize, usize) -> std::cmp::Ordering) -> Permutation {
    let mut old_index: Vec<usize> = (0..n).collect();
    old_index.sort_by(|&a, &b| cmp(a, b));
    let mut new_index = vec![0u32; n];
    for (new, &old) in old_index.iter().enumerate() {
        new_index[old] = new as u32;
    }
    Permutation {
        old_index,
        new_index,
    }
}

/// Which groups an analysis looks at (the command line's `--kind` values).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum KindFilter {
    /// Groups of Governmental Experts.
    Gge,
    /// Open-Ended Working Groups.
    Oewg,
    /// Every group (CSV groups whose id has no kind included).
    All,
}

impl KindFilter {
    /// The kind of group kept, `None` for every group.
    pub fn group_kind(self) -> Option<GroupKind> {
        match self {
            KindFilter::Gge => Some(GroupKind::Gge),
            KindFilter::Oewg => Some(GroupKind::Oewg),
            KindFilter::All => None,
        }
    }
}

impl Memberships {
    /// Memberships from `(state id, group)` rows, in any order, duplicates allowed. A
    /// group's years missing on one row are taken from another row that has them.
    ///
    /// # Example
    /// ```
    /// use ggegraph::analysis::memberships::{MembershipGroup, Memberships};
    /// use ggegraph::model::EntityId;
    /// let m = Memberships::from_rows([
    ///     (EntityId::state("USA"), MembershipGroup::from_id("gge-2009-2010")),
    ///     (EntityId::state("BRA"), MembershipGroup::from_id("gge-2004-2005")),
    /// ]);
    /// assert_eq!(m.states[0].as_str(), "state:BRA");
    /// assert_eq!(m.groups[0].id.as_str(), "gge-2004-2005");
    /// assert_eq!(m.pairs, vec![(0, 0), (1, 1)]);
    /// ```
    pub fn from_rows(rows: impl IntoIterator<Item = (EntityId, MembershipGroup)>) -> Memberships {
        let mut b = Builder::default();
        for (state, group) in rows {
            let s = b.state(state);
            let g = b.group(group);
            b.pairs.push((s, g));
        }
        b.finish()
    }

    /// The `member_of` edges of the graph (state -> group). Groups without a member list
    /// (the open-ended working groups) are not included.
    ///
    /// Complexity: O(E + P log P) for E edges and P memberships.
    pub fn from_graph(graph: &Graph) -> Memberships {
        Memberships::from_rows(
            graph
                .edges()
                .filter(|e| {
                    e.edge.relation == Relation::MemberOf
                        && e.source.kind == EntityKind::State
                        && e.target.kind == EntityKind::Group
                })
                .map(|e| {
                    (
                        e.source.id.clone(),
                        MembershipGroup::from_id(e.target.id.as_str()),
                    )
                }),
        )
    }

    /// Reads a CSV file with a header row naming the columns `state` and `group` (any
    /// order, any case) and optionally `start` and `end` (years).
    ///
    /// `state` is an ISO3 code or any name [`gazetteer::lookup`] knows; the id is
    /// `state:<ISO3>`. `group` is kept as written (trimmed); ids such as `gge-2014-2015`
    /// also give the kind and, when the year columns are absent or empty, the years.
    ///
    /// # Errors
    /// [`MembershipError`] naming the file (and the 1-based line for row errors): the
    /// file is unreadable, not a regular file (a FIFO would block) or empty, has no data
    /// rows, lacks a `state` or `group` column, or a row has invalid UTF-8, an empty state
    /// or group, a year that is not a number, years that contradict an earlier row of the
    /// same group, or a state the gazetteer does not know. With `allow_unknown`, unknown
    /// states are kept with the id `state:<name as written>` instead.
    ///
    /// Complexity: O(R + P log P) for R rows: each distinct spelling is resolved once.
    pub fn from_csv(path: &Path, allow_unknown: bool) -> Result<Memberships, MembershipError> {
        Memberships::from_csv_limited(path, allow_unknown, DEFAULT_MAX_CSV_BYTES)
    }

    /// [`Memberships::from_csv`] refusing a file of more than `max_bytes` bytes (before
    /// reading when its size says so, and while reading otherwise).
    ///
    /// # Errors
    /// As [`Memberships::from_csv`], and [`MembershipError::TooLarge`].
    pub fn from_csv_limited(
        path: &Path,
        allow_unknown: bool,
        max_bytes: u64,
    ) -> Result<Memberships, MembershipError> {
        let io = |source| MembershipError::Io {
            path: path.into(),
            source,
        };
        // Checked before opening: opening a FIFO blocks until something writes to it.
        let meta = std::fs::metadata(path).map_err(io)?;
        if !meta.is_file() {
            return Err(io(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                "not a regular file (a FIFO, device, socket or directory)",
            )));
        }
        if meta.len() > max_bytes {
            return Err(MembershipError::TooLarge {
                path: path.into(),
                size: meta.len(),
                limit: max_bytes,
            });
        }
        let file = std::fs::File::open(path).map_err(io)?;
        let file = Limited {
            inner: file,
            left: max_bytes,
            limit: max_bytes,
        };
        read_csv(
            std::io::BufReader::with_capacity(1 << 16, file),
            path,
            allow_unknown,
        )
    }

    /// [`Memberships::from_csv`] on any reader: the same rules and errors, with `name`
    /// standing for the file in messages (fuzzing, stdin, tests).
    ///
    /// # Errors
    /// As [`Memberships::from_csv`].
    pub fn from_reader(
        reader: impl std::io::Read,
        name: &Path,
        allow_unknown: bool,
    ) -> Result<Memberships, MembershipError> {
        read_csv(reader, name, allow_unknown)
    }

    /// An upper bound on the pairs of states that share a group, computed from group
    /// sizes alone: min(Σ_g |g|(|g|-1)/2, n(n-1)/2) for n states. The co-membership graph
    /// has at most this many edges.
    pub fn pair_bound(&self) -> u64 {
        let mut sizes = vec![0u64; self.groups.len()];
        for &(_, g) in &self.pairs {
            sizes[g as usize] += 1;
        }
        let pairs = |k: u64| k.saturating_mul(k.saturating_sub(1)) / 2;
        let by_groups = sizes
            .iter()
            .fold(0u64, |sum, &k| sum.saturating_add(pairs(k)));
        by_groups.min(pairs(self.states.len() as u64))
    }

    /// The memberships of groups of one kind; states left without a group are dropped.
    pub fn filter_kind(&self, kind: GroupKind) -> Memberships {
        self.filter_groups(|g| g.kind == Some(kind))
    }

    /// The memberships of the groups `keep` accepts; states left without a group are
    /// dropped. Order is kept.
    pub fn filter_groups(&self, keep: impl Fn(&MembershipGroup) -> bool) -> Memberships {
        let mut group_map = vec![u32::MAX; self.groups.len()];
        let mut groups = Vec::new();
        for (i, g) in self.groups.iter().enumerate() {
            if keep(g) {
                group_map[i] = groups.len() as u32;
                groups.push(g.clone());
            }
        }
        let kept: Vec<(u32, u32)> = self
            .pairs
            .iter()
            .filter(|&&(_, g)| group_map[g as usize] != u32::MAX)
            .map(|&(s, g)| (s, group_map[g as usize]))
            .collect();
        let mut state_map = vec![u32::MAX; self.states.len()];
        let mut states = Vec::new();
        for &(s, _) in &kept {
            if state_map[s as usize] == u32::MAX {
                state_map[s as usize] = states.len() as u32;
                states.push(self.states[s as usize].clone());
            }
        }
        let pairs = kept
            .into_iter()
            .map(|(s, g)| (state_map[s as usize], g))
            .collect();
        Memberships {
            states,
            groups,
            pairs,
        }
    }

    /// Both relations together: every state, group and pair of either side.
    pub fn union(&self, other: &Memberships) -> Memberships {
        Memberships::from_rows(self.rows().chain(other.rows()))
    }

    /// The pairs as `(state id, group)` rows.
    fn rows(&self) -> impl Iterator<Item = (EntityId, MembershipGroup)> + '_ {
        self.pairs.iter().map(|&(s, g)| {
            (
                self.states[s as usize].clone(),
                self.groups[g as usize].clone(),
            )
        })
    }

    /// Index of a state id (binary search).
    pub fn state_index(&self, id: &str) -> Option<u32> {
        self.states
            .binary_search_by(|s| s.as_str().cmp(id))
            .ok()
            .map(|i| i as u32)
    }

    /// For each state, its groups in time order.
    ///
    /// Complexity: O(P).
    pub fn groups_by_state(&self) -> Adjacency {
        let mut offsets = vec![0usize; self.states.len() + 1];
        for &(s, _) in &self.pairs {
            offsets[s as usize + 1] += 1;
        }
        for i in 0..self.states.len() {
            offsets[i + 1] += offsets[i];
        }
        // Pairs are sorted by (state, group): the groups column is already the rows.
        Adjacency {
            offsets,
            items: self.pairs.iter().map(|&(_, g)| g).collect(),
        }
    }

    /// For each group, its member states in id order.
    ///
    /// Complexity: O(P) (a counting sort).
    pub fn states_by_group(&self) -> Adjacency {
        let mut offsets = vec![0usize; self.groups.len() + 1];
        for &(_, g) in &self.pairs {
            offsets[g as usize + 1] += 1;
        }
        for i in 0..self.groups.len() {
            offsets[i + 1] += offsets[i];
        }
        let mut next = offsets.clone();
        let mut items = vec![0u32; self.pairs.len()];
        // Pairs come in state order, so each group's row fills in ascending state order.
        for &(s, g) in &self.pairs {
            items[next[g as usize]] = s;
            next[g as usize] += 1;
        }
        Adjacency { offsets, items }
    }
}
