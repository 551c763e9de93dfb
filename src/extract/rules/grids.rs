//! Tables that pair states with several groups at once, read as grids rather than as one
//! list: a matrix (a row per state, a column per group, a mark where the state sat) and
//! a table of rows (a row per group, its members in one cell, its chair in another).
//!
//! | Country | 2012-2013 | 2014-2015 |     | GGE       | Chair          | Members         |
//! |---------|-----------|-----------|     |-----------|----------------|-----------------|
//! | Brazil  |           | ✓         |     | 2014-2015 | Ana Ruiz (Peru) | Belarus, Brazil |
//!
//! The header row decides the shape before any cell is read, so a "Country" or "Members"
//! header of such a table never opens a list of the section's group.

use super::*;

/// Which grid a table is, from its header row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum GridShape {
    /// The header names a group in each of these columns; rows start with a state.
    Matrix(Vec<(u16, GroupKey)>),
    /// The header names the group column and the members column, the chair column, or
    /// both.
    Rows {
        group: u16,
        members: Option<u16>,
        chair: Option<u16>,
    },
}

/// A table being read as a grid.
#[derive(Debug, Clone)]
pub(super) struct Grid {
    table: u16,
    shape: Option<GridShape>,
    /// Cells of the header row (read before the rows).
    header_cells: usize,
    cells_seen: usize,
    /// The row's state (matrix) with where it is named, or the row's group (rows).
    row_state: Option<(EntityId, Provenance)>,
    /// The groups the row's group cell names (rows).
    row_groups: Vec<GroupKey>,
    /// The states the row's members cell names, with where (rows).
    row_members: Vec<(EntityId, Provenance)>,
    /// The column of the last body cell: a column not after it starts a new row.
    last_column: Option<u16>,
}

/// A header cell that names the group column of a table of rows.
pub(super) static GROUP_CELL: Folded =
    Folded::new(r"(?i)^\s*(?:gge|gges|group|groups|years?|session|round|process|body|oewg)\s*$");

/// True for a cell that marks a state as a member: a check mark, a cross, "yes".
fn is_mark(text: &str) -> bool {
    let t = text.trim();
    t.starts_with(['✓', '✔', '☑', '✅', '●', '•', '■'])
        || matches!(
            t.to_ascii_lowercase().as_str(),
            "x" | "yes" | "y" | "member" | "+"
        )
}

impl<'d> DocumentReader<'d> {
    /// Reads `s` as a cell of a grid table; true when the grid took it (no other read
    /// sees it). The first cell of a table decides, from the table's header row, whether
    /// it is a grid at all.
    pub(super) fn grid_cell(&mut self, s: &Sentence, view: &Findings<'_>) -> bool {
        let Some(table) = s.table() else {
            return false;
        };
        if self.grid.as_ref().is_none_or(|g| g.table != table) {
            let (shape, header_cells) = self.grid_shape(s, table);
            self.grid = Some(Grid {
                table,
                shape,
                header_cells,
                cells_seen: 0,
                row_state: None,
                row_groups: Vec::new(),
                row_members: Vec::new(),
                last_column: None,
            });
        }
        let Some(grid) = self.grid.as_mut() else {
            return false;
        };
        let Some(shape) = grid.shape.clone() else {
            return false;
        };
        grid.cells_seen += 1;
        if grid.cells_seen <= grid.header_cells {
            return true;
        }
        let column = s.column().unwrap_or(0);
        if grid.last_column.is_none_or(|last| column <= last) {
            grid.row_state = None;
            grid.row_groups.clear();
            grid.row_members.clear();
        }
        grid.last_column = Some(column);
        // Every provenance a body cell gives, kept or not, is the grid's.
        self.rule = GRID_RULE;
        match shape {
            GridShape::Matrix(groups) => self.matrix_cell(view, column, &groups),
            GridShape::Rows {
                chair: Some(chair), ..
            } if column == chair => self.chair_cell(view),
            GridShape::Rows { group, members, .. } => self.rows_cell(view, column, group, members),
        }
        true
    }

    fn matrix_cell(&mut self, view: &Findings<'_>, column: u16, groups: &[(u16, GroupKey)]) {
        if column == 0 {
            let state = match view.states.as_slice() {
                [st] if residue(view).len() <= 4 => Some((
                    EntityId::state(st.value.iso3),
                    self.provenance(view, st.start),
                )),
                _ => None,
            };
            if let Some(grid) = self.grid.as_mut() {
                grid.row_state = state;
            }
            return;
        }
        let Some((state, provenance)) = self.grid.as_ref().and_then(|g| g.row_state.clone()) else {
            return;
        };
        if let Some((_, group)) = groups.iter().find(|(c, _)| *c == column)
            && is_mark(view.text)
        {
            self.record(
                state.into(),
                Relation::MemberOf,
                (*group).into(),
                provenance,
            );
        }
    }

    /// A cell of a table of rows: the group cell names the row's groups ("2012-2013,
    /// 2016-2017" in a table of states and their years), the members cell its states;
    /// once the row has both, in either order, each state is a member of each group.
    fn rows_cell(&mut self, view: &Findings<'_>, column: u16, group: u16, members: Option<u16>) {
        if column == group {
            let groups = self.cell_groups(view.text);
            if let Some(grid) = self.grid.as_mut() {
                grid.row_groups = groups;
            }
        } else if Some(column) == members && !guarded(view.text) {
            let states: Vec<(EntityId, Provenance)> = view
                .states
                .iter()
                .map(|st| {
                    (
                        EntityId::state(st.value.iso3),
                        self.provenance(view, st.start),
                    )
                })
                .collect();
            if let Some(grid) = self.grid.as_mut() {
                grid.row_members = states;
            }
        } else {
            return;
        }
        let Some(grid) = self.grid.as_mut() else {
            return;
        };
        if grid.row_groups.is_empty() || grid.row_members.is_empty() {
            return;
        }
        let groups = grid.row_groups.clone();
        let members = std::mem::take(&mut grid.row_members);
        for (state, provenance) in members {
            for key in &groups {
                let (state, p) = (state.clone(), provenance.clone());
                self.record(state.into(), Relation::MemberOf, (*key).into(), p);
            }
        }
    }

    /// A chair cell of a table of rows, after the row's group cell: "Ana Ruiz (Peru)",
    /// "Ana Ruiz of Peru", "Ambassador Ana Ruiz"; a cell naming a state alone names no
    /// chair.
    fn chair_cell(&mut self, view: &Findings<'_>) {
        let Some(groups) = self.grid.as_ref().map(|g| g.row_groups.clone()) else {
            return;
        };
        let [group] = groups.as_slice() else {
            return;
        };
        let (state, name_end) = match view.states.as_slice() {
            [] => (None, view.text.len()),
            [st] => (Some(st.value), st.start),
            _ => return,
        };
        let raw = view.text[..name_end]
            .trim_end()
            .trim_end_matches(['(', ','])
            .trim_end();
        let raw = raw
            .strip_suffix(" of")
            .or_else(|| raw.strip_suffix(" from"))
            .unwrap_or(raw);
        let Some(name) = clean_chair_name(raw) else {
            return;
        };
        if crate::gazetteer::lookup(&name).is_some() {
            return;
        }
        let at = view
            .text
            .find(name.split(' ').next().unwrap_or(""))
            .unwrap_or(0);
        self.rule = CHAIR_GRID_RULE;
        self.chair_claims(view, &name, state, &(*group).into(), at);
        self.rule = GRID_RULE;
    }

    /// The shape of the table whose first cell is `first`, and the number of cells in
    /// its header row (the cells before the column numbers start again).
    fn grid_shape(&self, first: &Sentence, table: u16) -> (Option<GridShape>, usize) {
        let doc = self.doc;
        let at = doc.sentences.partition_point(|t| t.start < first.start);
        let mut header: Vec<(u16, &str)> = Vec::new();
        for t in doc.sentences[at..]
            .iter()
            .take_while(|t| t.table() == Some(table))
        {
            let column = t.column().unwrap_or(0);
            if header.last().is_some_and(|(c, _)| column <= *c) {
                break;
            }
            header.push((column, doc.sentence_text(t)));
        }
        let groups: Vec<(u16, GroupKey)> = header
            .iter()
            .filter(|(c, _)| *c > 0)
            .filter_map(|(c, text)| self.cell_group(text).map(|k| (*c, k)))
            .collect();
        let distinct = groups
            .iter()
            .map(|(_, k)| *k)
            .collect::<std::collections::BTreeSet<_>>()
            .len();
        let shape = if groups.len() >= 2 && distinct == groups.len() {
            Some(GridShape::Matrix(groups))
        } else {
            let find = |p: &Folded| {
                header
                    .iter()
                    .find(|(_, text)| p.is_match(&CasedText::new(text)))
                    .map(|(c, _)| *c)
            };
            let (members, chair) = (find(&MEMBER_CELL), find(&CHAIR_HEADING));
            match find(&GROUP_CELL) {
                Some(group)
                    if (members.is_some() || chair.is_some())
                        && members != Some(group)
                        && chair != Some(group) =>
                {
                    Some(GridShape::Rows {
                        group,
                        members,
                        chair,
                    })
                }
                _ => None,
            }
        };
        (shape, header.len())
    }

    /// The ICT group a cell names on its own: "GGE 2014-2015", or years of one group
    /// ("2012-2013") on a page not about another body.
    fn cell_group(&self, text: &str) -> Option<GroupKey> {
        match self.cell_groups(text).as_slice() {
            [one] => Some(*one),
            _ => None,
        }
    }

    /// Every ICT group a cell names: explicitly ("GGE 2014-2015") or by the years of one
    /// group ("2012-2013, 2016-2017"), in order, each once.
    fn cell_groups(&self, text: &str) -> Vec<GroupKey> {
        let cased = CasedText::new(text);
        let mut groups: Vec<GroupKey> = refs::find_groups_in(&cased)
            .into_iter()
            .filter_map(|g| match g.value {
                GroupMention::Explicit(k) => Some(k),
                _ => None,
            })
            .collect();
        if groups.is_empty() {
            groups = refs::known_years_in(&cased)
                .into_iter()
                .filter_map(|(start, end)| self.dated_group(start, end))
                .collect();
        }
        groups.dedup();
        groups
    }
}
