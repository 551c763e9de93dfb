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

use crate::gazetteer;
use crate::graph::Graph;
use crate::model::{EntityId, EntityKind, GroupKey, GroupKind, Relation};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// A group as the analyses see it: id, kind and years.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct GroupInfo {
    /// `gge-2014-2015`, or any name a CSV gives.
    pub id: EntityId,
    /// GGE, OEWG or mechanism when the id says (`None` for other names).
    pub kind: Option<GroupKind>,
    /// First year, from the CSV's `start` column or the id.
    pub start: Option<u16>,
    /// Last year, from the CSV's `end` column or the id.
    pub end: Option<u16>,
}

impl GroupInfo {
    /// A group from its id alone: kind and years are read from ids such as
    /// `gge-2014-2015`; other ids have none.
    pub fn from_id(id: &str) -> GroupInfo {
        let key = GroupKey::parse(id);
        GroupInfo {
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
    pub groups: Vec<GroupInfo>,
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
    groups: Vec<GroupInfo>,
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
    fn group(&mut self, info: GroupInfo) -> u32 {
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

impl Memberships {
    /// Memberships from `(state id, group)` rows, in any order, duplicates allowed. A
    /// group's years missing on one row are taken from another row that has them.
    ///
    /// # Example
    /// ```
    /// use ggegraph::analysis::memberships::{GroupInfo, Memberships};
    /// use ggegraph::model::EntityId;
    /// let m = Memberships::from_rows([
    ///     (EntityId::state("USA"), GroupInfo::from_id("gge-2009-2010")),
    ///     (EntityId::state("BRA"), GroupInfo::from_id("gge-2004-2005")),
    /// ]);
    /// assert_eq!(m.states[0].as_str(), "state:BRA");
    /// assert_eq!(m.groups[0].id.as_str(), "gge-2004-2005");
    /// assert_eq!(m.pairs, vec![(0, 0), (1, 1)]);
    /// ```
    pub fn from_rows(rows: impl IntoIterator<Item = (EntityId, GroupInfo)>) -> Memberships {
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
                        GroupInfo::from_id(e.target.id.as_str()),
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
    pub fn filter_groups(&self, keep: impl Fn(&GroupInfo) -> bool) -> Memberships {
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
    fn rows(&self) -> impl Iterator<Item = (EntityId, GroupInfo)> + '_ {
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

/// Column positions of a membership CSV.
struct Columns {
    state: usize,
    group: usize,
    start: Option<usize>,
    end: Option<usize>,
}

fn columns(headers: &csv::ByteRecord, path: &Path) -> Result<Columns, MembershipError> {
    let find = |name: &str| {
        headers.iter().position(|h| {
            std::str::from_utf8(h).is_ok_and(|h| {
                h.trim()
                    .trim_start_matches('\u{feff}')
                    .eq_ignore_ascii_case(name)
            })
        })
    };
    let missing = |column: &'static str| MembershipError::MissingColumn {
        path: path.into(),
        column,
        found: header_summary(headers),
    };
    Ok(Columns {
        state: find("state").ok_or_else(|| missing("state"))?,
        group: find("group").ok_or_else(|| missing("group"))?,
        start: find("start"),
        end: find("end"),
    })
}

/// The header for a message, bounded: at most 8 columns of at most 40 characters each,
/// so a one-line file of megabytes does not become a message of megabytes.
fn header_summary(headers: &csv::ByteRecord) -> String {
    const COLUMNS: usize = 8;
    const CHARS: usize = 40;
    let mut shown: Vec<String> = headers
        .iter()
        .take(COLUMNS)
        .map(|h| {
            let h = String::from_utf8_lossy(h);
            match h.char_indices().nth(CHARS) {
                Some((cut, _)) => format!("{}…", &h[..cut]),
                None => h.into_owned(),
            }
        })
        .collect();
    if headers.len() > COLUMNS {
        shown.push(format!("… {} more", headers.len() - COLUMNS));
    }
    shown.join(",")
}

/// A reader that fails once more than `left` bytes are asked of it, so a file that
/// grows (or lies about its size) cannot make the reader hold more than the limit.
struct Limited<R> {
    inner: R,
    left: u64,
    limit: u64,
}

impl<R: std::io::Read> std::io::Read for Limited<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.left = self.left.checked_sub(n as u64).ok_or_else(|| {
            std::io::Error::new(
                std::io::ErrorKind::FileTooLarge,
                format!(
                    "over the limit of {} bytes; raise it with --max-file-size",
                    self.limit
                ),
            )
        })?;
        Ok(n)
    }
}

/// Where lines start, for the line of a record from its byte offset. The `csv` crate's
/// own line count is one too low for CRLF files and stays at 1 for CR-only files; here a
/// line ends at `\n`, `\r\n` or a lone `\r`, as the reader ends records.
#[derive(Default)]
struct LineStarts {
    /// Offsets of line starts after the last record asked about, in order.
    ahead: std::collections::VecDeque<u64>,
    /// Lines known to start at or before the last record asked about.
    passed: u64,
}

impl LineStarts {
    /// 1-based line of byte `offset`; offsets must be asked in increasing order.
    fn line_of(&mut self, offset: u64) -> u64 {
        while self.ahead.front().is_some_and(|&start| start <= offset) {
            self.ahead.pop_front();
            self.passed += 1;
        }
        self.passed + 1
    }
}

/// A reader that notes where lines start in what passes through it.
struct CountLines<R> {
    inner: R,
    starts: std::rc::Rc<std::cell::RefCell<LineStarts>>,
    offset: u64,
    after_cr: bool,
}

impl<R: std::io::Read> std::io::Read for CountLines<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        let mut starts = self.starts.borrow_mut();
        for &b in &buf[..n] {
            self.offset += 1;
            // `\r\n` is one line end, noted at the `\r`.
            if b == b'\r' || (b == b'\n' && !self.after_cr) {
                starts.ahead.push_back(self.offset);
            }
            self.after_cr = b == b'\r';
        }
        Ok(n)
    }
}

fn read_csv(
    reader: impl std::io::Read,
    path: &Path,
    allow_unknown: bool,
) -> Result<Memberships, MembershipError> {
    let starts = std::rc::Rc::new(std::cell::RefCell::new(LineStarts::default()));
    let reader = CountLines {
        inner: reader,
        starts: starts.clone(),
        offset: 0,
        after_cr: false,
    };
    let line_of = |pos: &csv::Position| starts.borrow_mut().line_of(pos.byte());
    let row_error = |line: u64, message: String| MembershipError::Row {
        path: path.into(),
        line,
        message,
    };
    let csv_error = |e: csv::Error| match e.position() {
        Some(pos) => row_error(line_of(pos), e.to_string()),
        None => match e.into_kind() {
            csv::ErrorKind::Io(source) => MembershipError::Io {
                path: path.into(),
                source,
            },
            other => row_error(0, format!("{other:?}")),
        },
    };
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(reader);
    let headers = rdr.byte_headers().map_err(csv_error)?.clone();
    if headers.is_empty() || (headers.len() == 1 && headers[0].is_empty()) {
        return Err(MembershipError::Empty { path: path.into() });
    }
    let cols = columns(&headers, path)?;
    let mut b = Builder::default();
    // Each distinct spelling is resolved and interned once: ISO3 codes through the
    // gazetteer's table, other spellings through a hash map; a group repeated on
    // consecutive rows (the usual layout) is recognised without hashing.
    let mut iso3_slots = vec![u32::MAX; 26 * 26 * 26];
    let mut state_slots = Interner::default();
    let mut group_slots = Interner::default();
    // Years read from the columns, per group slot: a later row must agree.
    let mut column_years: Vec<[Option<u16>; 2]> = Vec::new();
    let mut record = csv::ByteRecord::new();
    while rdr.read_byte_record(&mut record).map_err(csv_error)? {
        let line = record.position().map_or(0, line_of);
        let field = |i: usize, name: &str| -> Result<&str, MembershipError> {
            let raw = record.get(i).unwrap_or_default().trim_ascii();
            std::str::from_utf8(raw)
                .map_err(|_| row_error(line, format!("the `{name}` field is not valid UTF-8")))
        };
        let state_raw = record.get(cols.state).unwrap_or_default().trim_ascii();
        let iso3 = iso3_index(state_raw);
        let known = match iso3 {
            Some(i) if iso3_slots[i] != u32::MAX => Some(iso3_slots[i]),
            Some(_) => None,
            None => state_slots.get(state_raw),
        };
        let s = match known {
            Some(s) => s,
            None => {
                let name = field(cols.state, "state")?;
                let id = resolve_state(name, allow_unknown).map_err(|m| row_error(line, m))?;
                let s = b.state(id);
                match iso3 {
                    Some(i) => iso3_slots[i] = s,
                    None => state_slots.insert(state_raw, s),
                }
                s
            }
        };
        let group_raw = record.get(cols.group).unwrap_or_default().trim_ascii();
        let g = match group_slots.get(group_raw) {
            Some(g) => g,
            None => {
                let name = field(cols.group, "group")?;
                if name.is_empty() {
                    return Err(row_error(line, "the `group` field is empty".into()));
                }
                let g = b.group(GroupInfo::from_id(name));
                group_slots.insert(group_raw, g);
                column_years.push([None, None]);
                g
            }
        };
        for (column, which) in [(cols.start, Year::Start), (cols.end, Year::End)] {
            let Some(i) = column else { continue };
            let text = field(i, which.name())?;
            if !text.is_empty() {
                let year = set_year(&mut column_years[g as usize], which, text).map_err(|m| {
                    row_error(
                        line,
                        format!("group {:?}: {m}", b.groups[g as usize].id.as_str()),
                    )
                })?;
                match which {
                    Year::Start => b.groups[g as usize].start = Some(year),
                    Year::End => b.groups[g as usize].end = Some(year),
                }
            }
        }
        b.pairs.push((s, g));
    }
    if b.pairs.is_empty() {
        return Err(MembershipError::NoRows { path: path.into() });
    }
    let m = b.finish();
    let bound = m.pair_bound();
    if bound > MAX_COMEMBERSHIP_PAIRS {
        return Err(MembershipError::TooManyPairs {
            path: path.into(),
            states: m.states.len(),
            bound,
        });
    }
    Ok(m)
}

/// The id of a state as a user wrote it.
fn resolve_state(name: &str, allow_unknown: bool) -> Result<EntityId, String> {
    if name.is_empty() {
        return Err("the `state` field is empty".into());
    }
    match gazetteer::resolve(name) {
        Ok(state) => Ok(EntityId::state(state.iso3)),
        Err(_) if allow_unknown => Ok(EntityId::state(name)),
        Err(e) => Err(format!("{e} (--allow-unknown keeps it as written)")),
    }
}

/// Which year column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Year {
    Start = 0,
    End = 1,
}

impl Year {
    fn name(self) -> &'static str {
        match self {
            Year::Start => "start",
            Year::End => "end",
        }
    }
}

/// Years a year column may hold. 0 is no calendar year and `u16::MAX` marks "no year"
/// elsewhere in the graph, so neither may come from a file.
const YEARS: std::ops::RangeInclusive<u16> = 1..=9999;

/// Parses a year column's value; a year outside [`YEARS`], a start after the group's
/// end, or the same group given a different year on an earlier row is an error. (Years
/// from a column override years read from the id.)
fn set_year(known: &mut [Option<u16>; 2], which: Year, text: &str) -> Result<u16, String> {
    let year: u16 = text
        .parse()
        .ok()
        .filter(|y| YEARS.contains(y))
        .ok_or_else(|| {
            format!(
                "the `{}` field {text:?} is not a year ({} to {})",
                which.name(),
                YEARS.start(),
                YEARS.end()
            )
        })?;
    let slot = &mut known[which as usize];
    match slot.replace(year) {
        Some(earlier) if earlier != year => {
            return Err(format!(
                "{} {earlier} on an earlier row and {year} here",
                which.name()
            ));
        }
        _ => {}
    }
    match *known {
        [Some(start), Some(end)] if start > end => Err(format!("start {start} is after end {end}")),
        _ => Ok(year),
    }
}

/// A field of exactly three capital ASCII letters as a number below 26³ (a direct index,
/// cheaper than hashing; whether it is a known code is decided once per code).
fn iso3_index(raw: &[u8]) -> Option<usize> {
    match raw {
        [a @ b'A'..=b'Z', b @ b'A'..=b'Z', c @ b'A'..=b'Z'] => {
            Some((usize::from(a - b'A') * 26 + usize::from(b - b'A')) * 26 + usize::from(c - b'A'))
        }
        _ => None,
    }
}

/// Raw field bytes -> slot, remembering the last field looked up (rows of one group
/// usually follow each other).
#[derive(Default)]
struct Interner {
    slots: HashMap<Box<[u8]>, u32, std::hash::BuildHasherDefault<Fnv1a>>,
    last_bytes: Vec<u8>,
    last_slot: Option<u32>,
}

impl Interner {
    fn get(&mut self, raw: &[u8]) -> Option<u32> {
        if self.last_slot.is_some() && self.last_bytes == raw {
            return self.last_slot;
        }
        let slot = *self.slots.get(raw)?;
        self.remember(raw, slot);
        Some(slot)
    }

    fn insert(&mut self, raw: &[u8], slot: u32) {
        self.slots.insert(raw.into(), slot);
        self.remember(raw, slot);
    }

    fn remember(&mut self, raw: &[u8], slot: u32) {
        self.last_bytes.clear();
        self.last_bytes.extend_from_slice(raw);
        self.last_slot = Some(slot);
    }
}

/// FNV-1a: fast on the short keys of a membership file (the input is the user's own, so
/// hash flooding is not a concern).
struct Fnv1a(u64);

impl Default for Fnv1a {
    fn default() -> Self {
        Fnv1a(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for Fnv1a {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn csv_file(text: &[u8]) -> tempfile::NamedTempFile {
        let mut f = tempfile::NamedTempFile::new().expect("temp file");
        f.write_all(text).expect("write");
        f
    }

    #[test]
    fn reads_any_column_order_names_and_codes() {
        let f = csv_file(
            b"group,State\ngge-2014-2015,Brazil\n gge-2009-2010 , usa \ngge-2014-2015,BRA\n",
        );
        let m = Memberships::from_csv(f.path(), false).expect("reads");
        assert_eq!(
            m.states,
            vec![EntityId::state("BRA"), EntityId::state("USA")]
        );
        assert_eq!(m.groups[0].id.as_str(), "gge-2009-2010");
        assert_eq!(m.groups[1].kind, Some(GroupKind::Gge));
        assert_eq!(m.pairs, vec![(0, 1), (1, 0)]);
    }

    #[test]
    fn years_from_columns_order_groups() {
        let f =
            csv_file(b"state,group,start,end\nFRA,beta,2001,2002\nFRA,alpha,2005,\nDEU,beta,,\n");
        let m = Memberships::from_csv(f.path(), false).expect("reads");
        let ids: Vec<&str> = m.groups.iter().map(|g| g.id.as_str()).collect();
        assert_eq!(ids, ["beta", "alpha"]);
        assert_eq!(
            (m.groups[0].start, m.groups[0].end),
            (Some(2001), Some(2002))
        );
        assert_eq!(m.groups[0].kind, None);
    }

    #[test]
    fn contradicting_years_are_an_error() {
        let f = csv_file(b"state,group,start\nFRA,beta,2001\nDEU,beta,2003\n");
        let err = Memberships::from_csv(f.path(), false)
            .expect_err("contradiction")
            .to_string();
        assert!(
            err.contains(":3: group \"beta\": start 2001 on an earlier row and 2003 here"),
            "{err}"
        );
    }

    #[test]
    fn unknown_state_names_file_and_line() {
        let f = csv_file(b"state,group\nFRA,g\nAtlantis,g\n");
        let err = Memberships::from_csv(f.path(), false)
            .expect_err("unknown")
            .to_string();
        assert!(
            err.contains(&format!(
                "{}:3: unknown state \"Atlantis\"",
                f.path().display()
            )),
            "{err}"
        );
        let m = Memberships::from_csv(f.path(), true).expect("allowed");
        assert_eq!(
            m.states,
            vec![EntityId::state("Atlantis"), EntityId::state("FRA")]
        );
    }

    #[test]
    fn empty_missing_column_bad_utf8_no_rows() {
        let empty = Memberships::from_csv(csv_file(b"").path(), false).expect_err("empty");
        assert!(matches!(empty, MembershipError::Empty { .. }));
        let no_state = Memberships::from_csv(csv_file(b"country,group\nFRA,g\n").path(), false)
            .expect_err("column");
        assert!(
            no_state.to_string().contains("no `state` column"),
            "{no_state}"
        );
        let utf8 = Memberships::from_csv(
            csv_file(b"state,group\nFRA,g\nFRA,\xff\xfe\n").path(),
            false,
        )
        .expect_err("utf8");
        assert!(
            utf8.to_string()
                .contains(":3: the `group` field is not valid UTF-8"),
            "{utf8}"
        );
        let header_only =
            Memberships::from_csv(csv_file(b"state,group\n").path(), false).expect_err("rows");
        assert!(matches!(header_only, MembershipError::NoRows { .. }));
        let ragged = Memberships::from_csv(csv_file(b"state,group\nFRA,g\nFRA\n").path(), false)
            .expect_err("fields");
        assert!(ragged.to_string().contains(":3:"), "{ragged}");
    }

    #[test]
    fn adjacency_both_ways() {
        let m = Memberships::from_rows([
            (EntityId::state("AAA"), GroupInfo::from_id("gge-2001-2002")),
            (EntityId::state("BBB"), GroupInfo::from_id("gge-2001-2002")),
            (EntityId::state("BBB"), GroupInfo::from_id("gge-2003-2004")),
            (EntityId::state("BBB"), GroupInfo::from_id("gge-2003-2004")),
        ]);
        assert_eq!(m.pairs.len(), 3);
        let by_state = m.groups_by_state();
        assert_eq!(by_state.row(1), &[0, 1]);
        let by_group = m.states_by_group();
        assert_eq!(by_group.row(0), &[0, 1]);
        assert_eq!(by_group.row(1), &[1]);
        assert!(by_group.row(7).is_empty());
    }

    #[test]
    fn filter_drops_states_without_groups() {
        let m = Memberships::from_rows([
            (EntityId::state("AAA"), GroupInfo::from_id("oewg-2019-2021")),
            (EntityId::state("BBB"), GroupInfo::from_id("gge-2003-2004")),
        ]);
        let gge = m.filter_kind(GroupKind::Gge);
        assert_eq!(gge.states, vec![EntityId::state("BBB")]);
        assert_eq!(gge.pairs, vec![(0, 0)]);
        assert_eq!(m.union(&gge), m);
    }
}
