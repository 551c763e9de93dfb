//! Lines that are not the body: running headers and footers (recurring lines, page
//! numbers, the UN job number) and the footnote block at the foot of a page.

use super::lines::*;

/// The line with digit runs as `#`, lower case, spaces collapsed: what a running header
/// keeps from page to page.
pub(super) fn running_key(text: &str) -> String {
    let mut key = String::with_capacity(text.len());
    let mut digits = false;
    for c in text.chars() {
        if c.is_ascii_digit() {
            if !digits {
                key.push('#');
            }
            digits = true;
            continue;
        }
        digits = false;
        if c.is_whitespace() {
            if !key.ends_with(' ') {
                key.push(' ');
            }
        } else {
            key.extend(c.to_lowercase());
        }
    }
    key.trim().to_string()
}

/// What a running header keeps from page to page: its text (digits aside) and height.
/// Headings that open the body of two pages differ in height, or in more than digits.
pub(super) fn zone_key(line: &Line) -> String {
    format!("{}@{}", running_key(&line.text), (line.y / 2.0).round())
}

/// A page number as printed in a header or footer: `7`, `Page 7`, `- 7 -`, `7/12`,
/// `7 of 12`, `iv`.
pub(super) fn is_page_number(text: &str) -> bool {
    let key = running_key(text);
    if is_roman(&key) || key.strip_prefix("page ").is_some_and(is_roman) {
        return true;
    }
    matches!(
        key.as_str(),
        "#" | "page #" | "- # -" | "-#-" | "#/#" | "# / #" | "# of #" | "page # of #" | "p. #"
    )
}

/// A lower-case roman numeral below 400 (`iv`, `xii`), as front matter is numbered.
pub(super) fn is_roman(t: &str) -> bool {
    // Each group: hundreds, tens, units, as (one, five, ten) letters.
    let mut rest = t;
    for (one, five, ten) in [('c', 'd', 'm'), ('x', 'l', 'c'), ('i', 'v', 'x')] {
        let forms = [
            format!("{one}{ten}"),
            format!("{one}{five}"),
            format!("{five}{one}{one}{one}"),
            format!("{five}{one}{one}"),
            format!("{five}{one}"),
            format!("{five}"),
            format!("{one}{one}{one}"),
            format!("{one}{one}"),
            format!("{one}"),
        ];
        if let Some(f) = forms.iter().find(|f| rest.starts_with(f.as_str())) {
            rest = rest.get(f.len()..).unwrap_or("");
        }
    }
    !t.is_empty() && rest.is_empty()
}

/// The UN job number and barcode line: `15-12345 (E)`, often followed by dates and the
/// barcode's digits, or the barcode's text alone (`*1512345*`).
pub(super) fn is_job_number(text: &str) -> bool {
    let t = text.trim();
    let b = t.as_bytes();
    let job = b.len() >= 8
        && b.get(..2).is_some_and(|d| d.iter().all(u8::is_ascii_digit))
        && b.get(2) == Some(&b'-')
        && b.get(3..8)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
        && b.get(8).is_none_or(|c| !c.is_ascii_alphanumeric());
    let barcode = t.len() > 2
        && t.starts_with('*')
        && t.ends_with('*')
        && t.trim_matches('*').bytes().all(|c| c.is_ascii_digit());
    job || barcode
}

/// Marks running headers and footers (see module docs).
pub(super) fn mark_running(pages: &mut [PageLines]) {
    const ZONE: usize = 3;
    let zone = |page: &PageLines| -> Vec<usize> {
        let mut by_y: Vec<usize> = (0..page.lines.len()).collect();
        by_y.sort_by(|&a, &b| {
            let ya = page.lines.get(a).map_or(0.0, |l| l.y);
            let yb = page.lines.get(b).map_or(0.0, |l| l.y);
            ya.total_cmp(&yb)
        });
        if by_y.len() > 2 * ZONE {
            by_y.drain(ZONE..by_y.len() - ZONE);
        }
        by_y
    };
    let mut counts = std::collections::HashMap::<String, usize>::new();
    for page in pages.iter() {
        let mut keys: Vec<String> = zone(page)
            .into_iter()
            .filter_map(|i| page.lines.get(i))
            .map(zone_key)
            .collect();
        keys.sort();
        keys.dedup();
        for key in keys {
            *counts.entry(key).or_default() += 1;
        }
    }
    let needed = (pages.len() / 5).max(pages.len().clamp(2, 3));
    for page in pages.iter_mut() {
        for i in zone(page) {
            if let Some(line) = page.lines.get_mut(i) {
                let repeated = counts.get(&zone_key(line)).is_some_and(|&n| n >= needed);
                if repeated || is_page_number(&line.text) || is_job_number(&line.text) {
                    line.role = Role::Running;
                }
            }
        }
    }
}

/// The most common size of body text, weighted by characters.
pub(super) fn body_size(pages: &[PageLines]) -> f64 {
    let mut weights = std::collections::BTreeMap::<i64, usize>::new();
    for line in pages.iter().flat_map(|p| &p.lines) {
        if line.role == Role::Body {
            *weights.entry((line.size * 4.0).round() as i64).or_default() += line.text.len();
        }
    }
    weights
        .into_iter()
        .max_by_key(|&(_, w)| w)
        .map_or(10.0, |(k, _)| k as f64 / 4.0)
}

/// True when the line starts like a footnote: a superscript marker, or digits (or `*`)
/// and a space.
pub(super) fn starts_footnote(line: &Line) -> bool {
    line.marker || footnote_number_len(&line.text) > 0
}

/// Bytes of a leading plain footnote number and the spaces after it (0 if none).
pub(super) fn footnote_number_len(text: &str) -> usize {
    let digits = text
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b'*')
        .count();
    if digits == 0 || digits > 3 {
        return 0;
    }
    let rest = text.get(digits..).unwrap_or("");
    let spaces = rest.len() - rest.trim_start().len();
    if spaces == 0 || spaces == rest.len() {
        return 0;
    }
    digits + spaces
}

/// Marks the footnotes at the foot of each page (see module docs).
pub(super) fn mark_footnotes(pages: &mut [PageLines], body: f64) {
    for page in pages.iter_mut() {
        let mut by_y: Vec<usize> = (0..page.lines.len())
            .filter(|&i| page.lines.get(i).is_some_and(|l| l.role == Role::Body))
            .collect();
        by_y.sort_by(|&a, &b| {
            let ya = page.lines.get(a).map_or(0.0, |l| l.y);
            let yb = page.lines.get(b).map_or(0.0, |l| l.y);
            ya.total_cmp(&yb)
        });
        let small = by_y
            .iter()
            .rev()
            .take_while(|&&i| page.lines.get(i).is_some_and(|l| l.size < 0.95 * body))
            .count();
        let foot = by_y.get(by_y.len() - small..).unwrap_or_default();
        // The note block starts at its top-most line that opens a note.
        let Some(first) = foot
            .iter()
            .position(|&i| page.lines.get(i).is_some_and(starts_footnote))
        else {
            continue;
        };
        for &i in foot.get(first..).unwrap_or_default() {
            if let Some(line) = page.lines.get_mut(i) {
                line.role = Role::Footnote;
            }
        }
    }
}

/// A line placed in the document: page number and the line.
pub(super) type Placed<'a> = (u32, &'a Line);
