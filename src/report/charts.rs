//! Inline SVG charts for the report: a clustered co-membership heatmap, horizontal bars
//! and stacked bars. Plain SVG with `<title>` tooltips, so the page needs no script and
//! prints as it shows.

use super::html::esc;
use crate::render::palette::sequential;
use std::fmt::Write as _;

/// A square matrix with labels, drawn as a heatmap.
pub struct Heatmap<'a> {
    /// Short row/column labels (ISO3).
    pub labels: &'a [String],
    /// Long names for tooltips.
    pub names: &'a [String],
    /// Cell values; `values[i][j]`.
    pub values: &'a [Vec<f64>],
    /// What a value means, for tooltips ("shared groups").
    pub unit: &'a str,
    /// What a value on the diagonal means ("groups").
    pub diagonal_unit: &'a str,
}

/// Draws a heatmap (rows and columns in the given order) with a colour ramp legend.
pub fn heatmap(h: &Heatmap<'_>) -> String {
    let n = h.labels.len();
    let cell = 18.0;
    let margin = 44.0;
    let size = margin + cell * n as f64;
    let max = h
        .values
        .iter()
        .flatten()
        .copied()
        .fold(0.0_f64, f64::max)
        .max(1.0);
    let mut svg = String::new();
    let _ = write!(
        svg,
        "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 {w} {hgt}\" width=\"{w}\" height=\"{hgt}\" aria-label=\"co-membership heatmap\">",
        w = size + 150.0,
        hgt = (size + 10.0).max(margin + 22.0 * legend_values(h.values, max).len() as f64 + 10.0)
    );
    for (i, label) in h.labels.iter().enumerate() {
        let pos = margin + cell * i as f64 + cell / 2.0 + 4.0;
        let _ = write!(
            svg,
            "<text x=\"{x:.1}\" y=\"{pos:.1}\" text-anchor=\"end\" class=\"tick\">{l}</text>\
             <text transform=\"translate({pos:.1},{y:.1}) rotate(-90)\" class=\"tick\">{l}</text>",
            x = margin - 4.0,
            y = margin - 4.0,
            l = esc(label)
        );
    }
    for i in 0..n {
        for j in 0..n {
            heatmap_cell(&mut svg, h, (i, j), max, (margin, cell));
        }
    }
    heatmap_legend(&mut svg, h, max, (size + 20.0, margin));
    svg.push_str("</svg>");
    svg
}

/// Cell `(i, j)` of the heatmap: its colour on the ramp up to `max`, its tooltip, and
/// its value unless 0. `(margin, cell)`: where the grid starts and a cell's size.
fn heatmap_cell(
    svg: &mut String,
    h: &Heatmap<'_>,
    (i, j): (usize, usize),
    max: f64,
    (margin, cell): (f64, f64),
) {
    let v = h
        .values
        .get(i)
        .and_then(|r| r.get(j))
        .copied()
        .unwrap_or(0.0);
    let fill = sequential(v / max);
    let a = h.names.get(i).map(String::as_str).unwrap_or("");
    let b = h.names.get(j).map(String::as_str).unwrap_or("");
    let tip = if i == j {
        format!("{a}: {v} {}", h.diagonal_unit)
    } else {
        format!("{a} & {b}: {v} {}", h.unit)
    };
    let (x, y) = (margin + cell * j as f64, margin + cell * i as f64);
    let _ = write!(
        svg,
        "<g><title>{t}</title><rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{cell}\" height=\"{cell}\" fill=\"{fill}\" stroke=\"#fff\" stroke-width=\"0.5\"/>",
        t = esc(&tip)
    );
    if v != 0.0 {
        let _ = write!(
            svg,
            "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" class=\"cellv\" fill=\"{}\">{}</text>",
            x + cell / 2.0,
            y + cell / 2.0 + 3.5,
            if v / max > 0.45 { "#ffffff" } else { "#1d2430" },
            short_value(v)
        );
    }
    svg.push_str("</g>");
}

/// The legend at `lx` (top at `margin`): the unit, then the colour of each legend value.
fn heatmap_legend(svg: &mut String, h: &Heatmap<'_>, max: f64, (lx, margin): (f64, f64)) {
    let _ = write!(
        svg,
        "<text x=\"{lx}\" y=\"{:.1}\" class=\"tick\">{}</text>",
        margin - 10.0,
        esc(h.unit)
    );
    for (k, v) in legend_values(h.values, max).into_iter().enumerate() {
        let y = margin + k as f64 * 22.0;
        let _ = write!(
            svg,
            "<rect x=\"{lx}\" y=\"{y}\" width=\"18\" height=\"18\" fill=\"{}\" stroke=\"#999\" stroke-width=\"0.5\"/><text x=\"{:.1}\" y=\"{:.1}\" class=\"tick\">{}</text>",
            sequential(v / max),
            lx + 24.0,
            y + 13.0,
            short_value(v)
        );
    }
}

/// The values the legend shows: every value when the cells hold few distinct whole
/// numbers (each with the exact colour of its cells), else five even steps.
fn legend_values(values: &[Vec<f64>], max: f64) -> Vec<f64> {
    let whole = values.iter().flatten().all(|v| v.fract() == 0.0);
    if whole && max <= 12.0 {
        (0..=max as u32).map(f64::from).collect()
    } else {
        (0..=4).map(|k| max * f64::from(k) / 4.0).collect()
    }
}

/// A cell or legend value, short: whole numbers as such, others with two decimals.
fn short_value(v: f64) -> String {
    if v.fract() == 0.0 {
        format!("{v:.0}")
    } else {
        format!("{v:.1}")
    }
}

/// A row or column of a [`Matrix`]: the label, a longer name for the tooltip, the page
/// it links to, and the colour of its band (a row's regional group).
pub struct Axis {
    /// Label shown.
    pub label: String,
    /// Tooltip.
    pub name: String,
    /// Relative link to the entity's page.
    pub href: String,
    /// Band colour beside the label (rows only).
    pub colour: Option<&'static str>,
}

/// A rows x columns incidence matrix: a filled cell where row and column meet (a state
/// in a group); `weak` cells drawn lighter (only unverified sentences state them).
pub struct Matrix<'a> {
    /// What the chart shows, for screen readers.
    pub label: &'a str,
    /// Rows.
    pub rows: &'a [Axis],
    /// Columns.
    pub columns: &'a [Axis],
    /// (row, column, weak) of every filled cell.
    pub cells: &'a [(usize, usize, bool)],
}

/// Draws a [`Matrix`]: row labels at the left and column labels at the top, each a link
/// to its page; cells with a tooltip when there are few enough to keep the page small.
pub fn matrix(m: &Matrix<'_>) -> String {
    let cell = 12.0;
    let chars = |a: &[Axis]| a.iter().map(|x| x.label.chars().count()).max().unwrap_or(0) as f64;
    let left = chars(m.rows) * 6.2 + 22.0;
    // Column labels run up and right at 60 degrees: room above and to the right.
    let column_label = chars(m.columns) * 6.2;
    let top = column_label * 0.87 + 16.0;
    let w = left + cell * m.columns.len() as f64 + column_label * 0.5 + 10.0;
    let h = top + cell * m.rows.len() as f64 + 10.0;
    let mut svg =
        String::with_capacity(200 * (m.rows.len() + m.columns.len()) + 60 * m.cells.len());
    let _ = write!(
        svg,
        "<svg class=\"chart matrix\" role=\"group\" viewBox=\"0 0 {w:.0} {h:.0}\" width=\"{w:.0}\" height=\"{h:.0}\" aria-label=\"{}\">",
        esc(m.label)
    );
    // Guide lines every fifth row and column.
    for i in (0..m.rows.len()).step_by(5) {
        let y = top + cell * i as f64;
        let _ = write!(
            svg,
            "<rect x=\"{left:.1}\" y=\"{y:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"#f1f4f8\"/>",
            cell * m.columns.len() as f64,
            cell * 5.0_f64.min((m.rows.len() - i) as f64)
        );
    }
    for (i, r) in m.rows.iter().enumerate() {
        let y = top + cell * i as f64;
        if let Some(c) = r.colour {
            let _ = write!(
                svg,
                "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"6\" height=\"{:.1}\" fill=\"{c}\"/>",
                left - 10.0,
                y + 1.0,
                cell - 2.0
            );
        }
        let _ = write!(
            svg,
            "<a href=\"{}\"><text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\" class=\"tick\"><title>{}</title>{}</text></a>",
            esc(&r.href),
            left - 14.0,
            y + cell - 2.5,
            esc(&r.name),
            esc(&r.label)
        );
    }
    for (j, c) in m.columns.iter().enumerate() {
        let x = left + cell * j as f64 + cell / 2.0 + 3.0;
        let _ = write!(
            svg,
            "<a href=\"{}\"><text transform=\"translate({x:.1},{:.1}) rotate(-60)\" class=\"tick\"><title>{}</title>{}</text></a>",
            esc(&c.href),
            top - 4.0,
            esc(&c.name),
            esc(&c.label)
        );
    }
    let titled = m.cells.len() <= 5000;
    for &(i, j, weak) in m.cells {
        let (Some(r), Some(c)) = (m.rows.get(i), m.columns.get(j)) else {
            continue;
        };
        let fill = if weak { "#9ab8d8" } else { "#1f4e8c" };
        let _ = write!(
            svg,
            "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"{fill}\">",
            left + cell * j as f64 + 1.0,
            top + cell * i as f64 + 1.0,
            cell - 2.0,
            cell - 2.0
        );
        if titled {
            let _ = write!(svg, "<title>{} in {}</title>", esc(&r.name), esc(&c.label));
        }
        svg.push_str("</rect>");
    }
    svg.push_str("</svg>");
    svg
}

/// One horizontal bar.
pub struct Bar {
    /// Label at the left.
    pub label: String,
    /// Tooltip.
    pub title: String,
    /// Length.
    pub value: f64,
    /// Fill colour.
    pub colour: &'static str,
    /// Text after the bar ("6 · P5 · every GGE").
    pub note: String,
}

/// Room at the left for the longest of `labels` at the ticks' 11 px (about 6.4 px a
/// character), so no label is cut ("ited Kingdom of Great Britain...").
fn label_margin<'a>(labels: impl Iterator<Item = &'a str>) -> f64 {
    let longest = labels.map(|l| l.chars().count()).max().unwrap_or(0);
    (longest as f64 * 6.4 + 12.0).max(60.0)
}

/// Horizontal bar chart, bars in the given order, scaled to `max`.
pub fn bars(items: &[Bar], max: f64) -> String {
    let row = 20.0;
    let left = label_margin(items.iter().map(|b| b.label.as_str()));
    let width = 360.0;
    let height = row * items.len() as f64 + 10.0;
    let mut svg = String::new();
    let _ = write!(
        svg,
        "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 {w} {height}\" width=\"{w}\" height=\"{height}\" aria-label=\"bar chart\">",
        w = left + width + 170.0
    );
    for (i, b) in items.iter().enumerate() {
        let y = 5.0 + row * i as f64;
        let len = if max > 0.0 {
            width * b.value / max
        } else {
            0.0
        };
        let _ = write!(
            svg,
            "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\" class=\"tick\">{}</text>\
             <rect x=\"{left}\" y=\"{y:.1}\" width=\"{len:.1}\" height=\"{:.1}\" fill=\"{}\"><title>{}</title></rect>\
             <text x=\"{:.1}\" y=\"{:.1}\" class=\"tick\">{}</text>",
            left - 6.0,
            y + 13.0,
            esc(&b.label),
            row - 4.0,
            b.colour,
            esc(&b.title),
            left + len + 6.0,
            y + 13.0,
            esc(&b.note)
        );
    }
    svg.push_str("</svg>");
    svg
}

/// One stacked bar: a label and (share, colour, tooltip) segments summing to at most 1.
pub struct Stack {
    /// Label at the left.
    pub label: String,
    /// Segments.
    pub segments: Vec<(f64, &'static str, String)>,
    /// Text after the bar.
    pub note: String,
}

/// Stacked 100% bars with a legend of (colour, name).
pub fn stacked(items: &[Stack], legend: &[(&'static str, &str)]) -> String {
    let row = 24.0;
    let left = label_margin(items.iter().map(|b| b.label.as_str()));
    let width = 420.0;
    let note_width = 220.0;
    let top = 26.0;
    let height = top + row * items.len() as f64 + 10.0;
    let mut svg = String::new();
    let _ = write!(
        svg,
        "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 {w} {height}\" width=\"{w}\" height=\"{height}\" aria-label=\"stacked bar chart\">",
        w = left + width + note_width
    );
    let mut lx = left;
    for (colour, name) in legend {
        let _ = write!(
            svg,
            "<rect x=\"{lx:.1}\" y=\"4\" width=\"12\" height=\"12\" fill=\"{colour}\"/><text x=\"{:.1}\" y=\"14\" class=\"tick\">{}</text>",
            lx + 16.0,
            esc(name)
        );
        lx += 16.0 + 7.0 * name.chars().count() as f64 + 14.0;
    }
    for (i, s) in items.iter().enumerate() {
        let y = top + row * i as f64;
        let _ = write!(
            svg,
            "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\" class=\"tick\">{}</text>",
            left - 6.0,
            y + 15.0,
            esc(&s.label)
        );
        let mut x = left;
        for (share, colour, title) in &s.segments {
            let w = width * share;
            let _ = write!(
                svg,
                "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{w:.1}\" height=\"{:.1}\" fill=\"{colour}\" stroke=\"#fff\" stroke-width=\"1\"><title>{}</title></rect>",
                row - 6.0,
                esc(title)
            );
            x += w;
        }
        let _ = write!(
            svg,
            "<text x=\"{:.1}\" y=\"{:.1}\" class=\"tick\">{}</text>",
            left + width + 6.0,
            y + 15.0,
            esc(&s.note)
        );
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_escaped_in_svg() {
        let svg = bars(
            &[Bar {
                label: "<b>".into(),
                title: "\"x\"".into(),
                value: 1.0,
                colour: "#000",
                note: "&".into(),
            }],
            1.0,
        );
        assert!(
            svg.contains("&lt;b&gt;") && svg.contains("&quot;x&quot;") && svg.contains("&amp;")
        );
        assert!(!svg.contains("<b>"));
    }
}
