//! Tests of the PDF front-end on PDFs written by the tests.

use super::glyphs::*;
use super::lines::*;
use super::paragraphs::*;
use super::running::*;
use super::*;

#[test]
fn running_keys_ignore_digits_and_case() {
    assert_eq!(running_key("A/70/174  Page 7"), "a/#/# page #");
    assert_eq!(running_key("A/70/174"), running_key("A/71/175"));
}

#[test]
fn page_numbers_and_job_numbers() {
    for t in ["7", "Page 7", "- 7 -", "7/12", "7 of 12", "iv", "Page xii"] {
        assert!(is_page_number(t), "{t}");
    }
    for t in ["15-12345 (E)", "15-12345 (E) 150715", "*1512345*"] {
        assert!(is_job_number(t), "{t}");
    }
    for t in ["Resolution 70/237", "Annex", "1. The Group", "Civil"] {
        assert!(!is_page_number(t) && !is_job_number(t), "{t}");
    }
}

#[test]
fn roman_numerals() {
    for t in ["i", "iv", "ix", "xii", "xl", "cxc"] {
        assert!(is_roman(t), "{t}");
    }
    for t in ["", "civil", "vix", "iiii", "ic", "liv x"] {
        assert!(!is_roman(t), "{t}");
    }
}

#[test]
fn broken_words() {
    assert!(ends_broken_word("organi-"));
    assert!(ends_broken_word("organi\u{00AD}"));
    assert!(!ends_broken_word("2014-"));
    assert!(!ends_broken_word("word"));
    assert!(!ends_broken_word(" -"));
}

#[test]
fn footnote_numbers() {
    assert_eq!(footnote_number_len("1 See A/70/174."), 2);
    assert_eq!(footnote_number_len("12  Text"), 4);
    assert_eq!(footnote_number_len("2015 was"), 0);
    assert_eq!(footnote_number_len("Text"), 0);
}

fn glyphs(page: &mut Page, text: &str, x: f64, y: f64, size: f64) -> f64 {
    let mut x = x;
    let mut space = false;
    for c in text.chars() {
        if c == ' ' {
            space = true;
            x += 0.28 * size;
            continue;
        }
        let start = page.chars.len() as u32;
        page.chars.push(c);
        page.glyphs.push(Glyph {
            x,
            y,
            end: x + 0.5 * size,
            size,
            start,
            stop: page.chars.len() as u32,
            space_before: std::mem::take(&mut space),
        });
        x += 0.5 * size;
    }
    x
}

#[test]
fn superscript_markers_are_dropped_not_merged() {
    let mut page = Page::default();
    let x = glyphs(&mut page, "resolution 66/24", 72.0, 100.0, 10.0);
    let x = glyphs(&mut page, "1", x, 96.0, 6.0);
    glyphs(&mut page, " and more", x, 100.0, 10.0);
    // A note at the foot starting with a raised marker.
    let x = glyphs(&mut page, "1", 72.0, 696.0, 5.0);
    glyphs(&mut page, "See the report.", x, 700.0, 8.0);
    let lines = page_lines(&page).lines;
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0].text, "resolution 66/24 and more");
    assert!(!lines[0].marker);
    assert_eq!(lines[1].text, "See the report.");
    assert!(lines[1].marker);
}

fn block_texts(pages: Vec<PageLines>) -> Vec<String> {
    layout(pages)
        .blocks
        .iter()
        .map(|b| b.src.as_str().replace('\n', " ").trim().to_string())
        .collect()
}

#[test]
fn footnotes_one_point_smaller_follow_the_body() {
    let mut page = Page {
        number: 1,
        ..Page::default()
    };
    glyphs(&mut page, "The first paragraph goes on", 72.0, 100.0, 10.0);
    glyphs(&mut page, "to a second line.", 72.0, 112.0, 10.0);
    let x = glyphs(&mut page, "2", 72.0, 696.0, 5.5);
    glyphs(&mut page, "A note in nine points.", x, 700.0, 9.0);
    glyphs(&mut page, "The next paragraph.", 72.0, 140.0, 10.0);
    let texts = block_texts(vec![page_lines(&page)]);
    assert_eq!(
        texts,
        [
            "The first paragraph goes on to a second line.",
            "The next paragraph.",
            "A note in nine points."
        ]
    );
}

#[test]
fn headers_repeat_at_one_height_headings_do_not() {
    let pages: Vec<PageLines> = (1..=3)
        .map(|n| {
            let mut page = Page {
                number: n,
                ..Page::default()
            };
            glyphs(&mut page, "A/99/123", 72.0, 40.0, 9.0);
            glyphs(
                &mut page,
                &format!("GGE 201{n}/201{}", n + 1),
                72.0,
                80.0 + 20.0 * f64::from(n),
                10.0,
            );
            glyphs(
                &mut page,
                "Body text of the page.",
                72.0,
                120.0 + 20.0 * f64::from(n),
                10.0,
            );
            glyphs(&mut page, &format!("{n}/3"), 290.0, 800.0, 9.0);
            glyphs(&mut page, "15-12345", 72.0, 815.0, 8.0);
            page_lines(&page)
        })
        .collect();
    let texts = block_texts(pages);
    assert_eq!(texts.len(), 6, "{texts:?}");
    assert_eq!(texts[0], "GGE 2011/2012");
    assert!(
        texts
            .iter()
            .all(|t| !t.contains("A/99/123") && !t.contains("/3"))
    );
}

#[test]
fn wide_gaps_are_cells() {
    let mut page = Page::default();
    glyphs(&mut page, "Brazil", 72.0, 100.0, 10.0);
    glyphs(&mut page, "Ms. A", 300.0, 100.0, 10.0);
    let lines = page_lines(&page).lines;
    assert_eq!(lines[0].text, "Brazil\tMs. A");
    assert!(lines[0].table);
}
