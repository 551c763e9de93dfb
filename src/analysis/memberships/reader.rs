//! Reading a membership CSV (`state,group[,start,end]`): columns found by name, the file
//! size capped, each row's line kept for errors, states resolved through the gazetteer,
//! years checked, ids interned.

use super::*;

/// Column positions of a membership CSV.
pub(super) struct Columns {
    pub(super) state: usize,
    pub(super) group: usize,
    pub(super) start: Option<usize>,
    pub(super) end: Option<usize>,
}

pub(super) fn columns(headers: &csv::ByteRecord, path: &Path) -> Result<Columns, MembershipError> {
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
pub(super) fn header_summary(headers: &csv::ByteRecord) -> String {
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
pub(super) struct Limited<R> {
    pub(super) inner: R,
    pub(super) left: u64,
    pub(super) limit: u64,
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
pub(super) struct LineStarts {
    /// Offsets of line starts after the last record asked about, in order.
    pub(super) ahead: std::collections::VecDeque<u64>,
    /// Lines known to start at or before the last record asked about.
    pub(super) passed: u64,
}

impl LineStarts {
    /// 1-based line of byte `offset`; offsets must be asked in increasing order.
    pub(super) fn line_of(&mut self, offset: u64) -> u64 {
        while self.ahead.front().is_some_and(|&start| start <= offset) {
            self.ahead.pop_front();
            self.passed += 1;
        }
        self.passed + 1
    }
}

/// A reader that notes where lines start in what passes through it.
pub(super) struct CountLines<R> {
    pub(super) inner: R,
    pub(super) starts: std::rc::Rc<std::cell::RefCell<LineStarts>>,
    pub(super) offset: u64,
    pub(super) after_cr: bool,
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

pub(super) fn read_csv(
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
    let csv_error = |e: csv::Error| membership_error(e, path, line_of);
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(reader);
    let headers = rdr.byte_headers().map_err(csv_error)?.clone();
    if headers.is_empty() || (headers.len() == 1 && headers[0].is_empty()) {
        return Err(MembershipError::Empty { path: path.into() });
    }
    let cols = columns(&headers, path)?;
    let mut b = Builder::default();
    // Each distinct spelling of a state or group is resolved and interned once.
    let mut state_slots: HashMap<Box<[u8]>, u32> = HashMap::new();
    let mut group_slots: HashMap<Box<[u8]>, u32> = HashMap::new();
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
        let s = match state_slots.get(state_raw) {
            Some(&s) => s,
            None => {
                let name = field(cols.state, "state")?;
                let id = resolve_state(name, allow_unknown).map_err(|m| row_error(line, m))?;
                let s = b.state(id);
                state_slots.insert(state_raw.into(), s);
                s
            }
        };
        let group_raw = record.get(cols.group).unwrap_or_default().trim_ascii();
        let g = match group_slots.get(group_raw) {
            Some(&g) => g,
            None => {
                let name = field(cols.group, "group")?;
                if name.is_empty() {
                    return Err(row_error(line, "the `group` field is empty".into()));
                }
                let g = b.group(MembershipGroup::from_id(name));
                group_slots.insert(group_raw.into(), g);
                column_years.push([None, None]);
                g
            }
        };
        for (column, which) in [(cols.start, Year::Start), (cols.end, Year::End)] {
            let Some(i) = column else { continue };
            let text = field(i, which.name())?;
            if !text.is_empty() {
                let group = &mut b.groups[g as usize];
                apply_year(group, &mut column_years[g as usize], which, text)
                    .map_err(|m| row_error(line, m))?;
            }
        }
        b.pairs.push((s, g));
    }
    finish(b, path)
}

/// The memberships read, unless the file had no rows or would give more co-membership
/// pairs than [`MAX_COMEMBERSHIP_PAIRS`].
fn finish(b: Builder, path: &Path) -> Result<Memberships, MembershipError> {
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

/// A CSV reading error as a [`MembershipError`]: a row error at the line `line_of` gives
/// for its position, an I/O error as such.
fn membership_error(
    e: csv::Error,
    path: &Path,
    line_of: impl Fn(&csv::Position) -> u64,
) -> MembershipError {
    let row_error = |line: u64, message: String| MembershipError::Row {
        path: path.into(),
        line,
        message,
    };
    match e.position() {
        Some(pos) => row_error(line_of(pos), e.to_string()),
        None => match e.into_kind() {
            csv::ErrorKind::Io(source) => MembershipError::Io {
                path: path.into(),
                source,
            },
            other => row_error(0, format!("{other:?}")),
        },
    }
}

/// The id of a state as a user wrote it.
pub(super) fn resolve_state(name: &str, allow_unknown: bool) -> Result<EntityId, String> {
    if name.is_empty() {
        return Err("the `state` field is empty".into());
    }
    match gazetteer::resolve(name) {
        Ok(state) => Ok(EntityId::state(state.iso3)),
        Err(_) if allow_unknown => Ok(EntityId::state(name)),
        Err(e) => Err(format!("{e} (--allow-unknown keeps it as written)")),
    }
}

/// Sets the year a column gives a group (see [`set_year`]); the message names the group.
fn apply_year(
    group: &mut MembershipGroup,
    known: &mut [Option<u16>; 2],
    which: Year,
    text: &str,
) -> Result<(), String> {
    let year =
        set_year(known, which, text).map_err(|m| format!("group {:?}: {m}", group.id.as_str()))?;
    match which {
        Year::Start => group.start = Some(year),
        Year::End => group.end = Some(year),
    }
    Ok(())
}

/// Which year column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Year {
    Start = 0,
    End = 1,
}

impl Year {
    pub(super) fn name(self) -> &'static str {
        match self {
            Year::Start => "start",
            Year::End => "end",
        }
    }
}

/// Years a year column may hold. 0 is no calendar year and `u16::MAX` marks "no year"
/// elsewhere in the graph, so neither may come from a file.
pub(super) const YEARS: std::ops::RangeInclusive<u16> = 1..=9999;

/// Parses a year column's value; a year outside [`YEARS`], a start after the group's
/// end, or the same group given a different year on an earlier row is an error. (Years
/// from a column override years read from the id.)
pub(super) fn set_year(
    known: &mut [Option<u16>; 2],
    which: Year,
    text: &str,
) -> Result<u16, String> {
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
