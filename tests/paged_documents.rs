//! PDF and Word documents, built during the test from texts written here: the same claims
//! as the plain-text version of the same text, the page of each in the provenance; UN
//! layout (running headers and footers, job number, hyphenation, footnote markers,
//! footnotes, a member list, a two-column page); scanned, encrypted and broken files
//! refused one line each while the rest of the corpus is read.

mod common;
mod hostile_common;
mod paged_common;

use hostile_common::{assert_exit, run, s, stderr, stdout};
use paged_common::{TextRun, docx, encrypted_pdf, odt, para, pdf, run as wrun, scanned_pdf, text};
use std::collections::BTreeSet;

/// The report as plain text: what the PDF and the Word file say, without their layout.
const PLAIN: &str = "\
GGE 2014/2015

Experts from the following States were members of the GGE 2014/2015: Belarus, Brazil, China, Colombia, Egypt, Estonia, France, Germany, Ghana, Israel, Japan, Kenya, Malaysia, Mexico, Pakistan, the Republic of Korea, the Russian Federation, Spain, the United Kingdom and the United States of America.

The Group was chaired by Jane Example of Brazil.

Resolution 66/24 was introduced by the Russian Federation.

Resolution 68/243 was adopted on 27 December 2013 without a vote.

GGE 2016/2017

The members of the GGE 2016/2017 were:

- Botswana
- Canada
- Cuba
- Indonesia

Experts from the following States were members of the GGE 2019/2021: Brazil, Guinea-Bissau and Kenya.

Resolution 73/27 was introduced by the Russian Federation.

Resolution 73/266 was adopted on 22 December 2018 by a recorded vote of 139 to 11, with 18 abstentions.

The GGE 2016/2017 succeeded the GGE 2014/2015.

Resolution 70/237 was adopted on 23 December 2015 without a vote.
";

/// Body text size and line pitch.
const SIZE: f64 = 11.0;
const PITCH: f64 = 14.0;
const LEFT: f64 = 72.0;

/// Lines placed from `y` down, one pitch apart; returns the next free baseline.
fn lines(runs: &mut Vec<TextRun>, x: f64, y: f64, lines: &[&str]) -> f64 {
    let mut y = y;
    for l in lines {
        runs.push(text(x, y, SIZE, l));
        y += PITCH;
    }
    y
}

/// The running header and the page number of every page.
fn running(runs: &mut Vec<TextRun>, page: usize) {
    runs.push(text(LEFT, 40.0, 9.0, "A/99/123"));
    runs.push(text(420.0, 40.0, 9.0, "1 January 2015"));
    runs.push(text(290.0, 800.0, 9.0, &page.to_string()));
}

/// The report laid out as a UN document: three pages, the third in two columns.
fn report_pages() -> Vec<Vec<TextRun>> {
    let gap = PITCH + 10.0;
    // Page 1: heading, member sentence, chair, a footnote marker, a hyphenated word, a
    // paragraph that goes on to page 2; a footnote; the job number.
    let mut p1 = Vec::new();
    running(&mut p1, 1);
    p1.push(text(LEFT, 90.0, SIZE, "GGE 2014/2015"));
    let y = lines(
        &mut p1,
        LEFT,
        90.0 + gap,
        &[
            "Experts from the following States were members of the GGE 2014/2015:",
            "Belarus, Brazil, China, Colombia, Egypt, Estonia, France, Germany, Ghana,",
            "Israel, Japan, Kenya, Malaysia, Mexico, Pakistan, the Republic of Korea, the",
            "Russian Federation, Spain, the United Kingdom and the United States of",
            "America.",
        ],
    );
    let y = lines(
        &mut p1,
        LEFT,
        y + 10.0,
        &["The Group was chaired by Jane Example of Brazil."],
    );
    // "Resolution 66/24" with a raised, smaller footnote marker glued to it.
    let y = y + 10.0;
    p1.push(text(LEFT, y, SIZE, "Resolution 66/24"));
    p1.push(text(LEFT + 85.0, y - 4.0, 6.5, "1"));
    p1.push(text(
        LEFT + 89.0,
        y,
        SIZE,
        " was introduced by the Russian Fede-",
    ));
    let y = lines(&mut p1, LEFT, y + PITCH, &["ration."]);
    lines(
        &mut p1,
        LEFT,
        y + 10.0,
        &["Resolution 68/243 was adopted on 27 December 2013"],
    );
    p1.push(text(LEFT, 760.0, 5.0, "1"));
    p1.push(text(
        LEFT + 4.0,
        764.0,
        8.0,
        "Resolution 70/237 was adopted on 23 December 2015 without a vote.",
    ));
    p1.push(text(LEFT, 815.0, 8.0, "15-12345 (E)    020115"));

    // Page 2: the end of the paragraph, a heading, a list of members, a compound word
    // broken at its hyphen.
    let mut p2 = Vec::new();
    running(&mut p2, 2);
    let y = lines(&mut p2, LEFT, 90.0, &["without a vote."]);
    p2.push(text(LEFT, y + 10.0, SIZE, "GGE 2016/2017"));
    let y = lines(
        &mut p2,
        LEFT,
        y + 10.0 + gap,
        &["The members of the GGE 2016/2017 were:"],
    );
    let y = lines(
        &mut p2,
        LEFT + 10.0,
        y + 10.0,
        &["• Botswana", "• Canada", "• Cuba", "• Indonesia"],
    );
    lines(
        &mut p2,
        LEFT,
        y + 10.0,
        &[
            "Experts from the following States were members of the GGE 2019/2021: Brazil, Guinea-",
            "Bissau and Kenya.",
        ],
    );

    // Page 3: two columns; a sentence goes on from the foot of the left column to the top
    // of the right one.
    let mut p3 = Vec::new();
    running(&mut p3, 3);
    let y = lines(
        &mut p3,
        LEFT,
        90.0,
        &[
            "Resolution 73/27 was introduced",
            "by the Russian Federation.",
        ],
    );
    lines(
        &mut p3,
        LEFT,
        y + 10.0,
        &["Resolution 73/266 was adopted", "on 22 December 2018 by a"],
    );
    let y = lines(
        &mut p3,
        320.0,
        90.0,
        &["recorded vote of 139 to 11, with", "18 abstentions."],
    );
    lines(
        &mut p3,
        320.0,
        y + 10.0,
        &["The GGE 2016/2017 succeeded", "the GGE 2014/2015."],
    );
    vec![p1, p2, p3]
}

/// The report as a Word file: headings styled, the 2016/2017 members in a table, the
/// footnote in `footnotes.xml`, page breaks as Word records them.
fn report_docx() -> Vec<u8> {
    let p = |s: &str| para(None, &wrun(s));
    let mut body = String::new();
    body += &para(Some("Heading1"), &wrun("GGE 2014/2015"));
    body += &p(
        "Experts from the following States were members of the GGE 2014/2015: Belarus, Brazil, China, Colombia, Egypt, Estonia, France, Germany, Ghana, Israel, Japan, Kenya, Malaysia, Mexico, Pakistan, the Republic of Korea, the Russian Federation, Spain, the United Kingdom and the United States of America.",
    );
    body += &p("The Group was chaired by Jane Example of Brazil.");
    body += &para(
        None,
        &format!(
            "{}<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteReference w:id=\"1\"/></w:r>{}",
            wrun("Resolution 66/24"),
            wrun(" was introduced by the Russian Federation.")
        ),
    );
    body += &p("Resolution 68/243 was adopted on 27 December 2013 without a vote.");
    body += &para(
        Some("Heading1"),
        &format!(
            "<w:r><w:lastRenderedPageBreak/></w:r>{}",
            wrun("GGE 2016/2017")
        ),
    );
    body += &p("The members of the GGE 2016/2017 were:");
    body += "<w:tbl>";
    for state in ["Botswana", "Canada", "Cuba", "Indonesia"] {
        body += &format!("<w:tr><w:tc>{}</w:tc></w:tr>", p(state));
    }
    body += "</w:tbl>";
    body += &p(
        "Experts from the following States were members of the GGE 2019/2021: Brazil, Guinea-Bissau and Kenya.",
    );
    body += &para(
        None,
        &format!(
            "<w:r><w:lastRenderedPageBreak/></w:r>{}",
            wrun("Resolution 73/27 was introduced by the Russian Federation.")
        ),
    );
    body += &p(
        "Resolution 73/266 was adopted on 22 December 2018 by a recorded vote of 139 to 11, with 18 abstentions.",
    );
    body += &p("The GGE 2016/2017 succeeded the GGE 2014/2015.");
    let notes = format!(
        "<w:footnote w:id=\"1\">{}</w:footnote>",
        para(
            None,
            &format!(
                "<w:r><w:footnoteRef/></w:r>{}",
                wrun(" Resolution 70/237 was adopted on 23 December 2015 without a vote.")
            )
        )
    );
    docx(&body, &notes)
}

/// The report as an OpenDocument text: headings as `text:h`, the 2016/2017 members as a
/// list, the footnote as a `text:note`, page breaks as LibreOffice records them.
fn report_odt() -> Vec<u8> {
    let p = |s: &str| format!("<text:p>{s}</text:p>");
    let mut body = String::new();
    body += "<text:h text:outline-level=\"1\">GGE 2014/2015</text:h>";
    body += &p(
        "Experts from the following States were members of the GGE 2014/2015: Belarus, Brazil, China, Colombia, Egypt, Estonia, France, Germany, Ghana, Israel, Japan, Kenya, Malaysia, Mexico, Pakistan, the Republic of Korea, the Russian Federation, Spain, the United Kingdom and the United States of America.",
    );
    body += &p("The Group was chaired by <text:span>Jane Example</text:span> of Brazil.");
    body += &p(
        "Resolution 66/24<text:note text:id=\"ftn1\" text:note-class=\"footnote\"><text:note-citation>1</text:note-citation><text:note-body><text:p>Resolution 70/237 was adopted on 23 December 2015 without a vote.</text:p></text:note-body></text:note> was introduced by the Russian Federation.",
    );
    body += &p("Resolution 68/243 was adopted on 27 December 2013 without a vote.");
    body += "<text:soft-page-break/><text:h text:outline-level=\"1\">GGE 2016/2017</text:h>";
    body += &p("The members of the GGE 2016/2017 were:");
    body += "<text:list>";
    for state in ["Botswana", "Canada", "Cuba", "Indonesia"] {
        body += &format!("<text:list-item>{}</text:list-item>", p(state));
    }
    body += "</text:list>";
    body += &p(
        "Experts from the following States were members of the GGE 2019/2021: Brazil, Guinea-Bissau and Kenya.",
    );
    body += &p("Resolution 73/27 was introduced by the Russian Federation.");
    body += &p(
        "Resolution 73/266 was adopted on 22 December 2018 by a recorded vote of 139 to<text:s/>11, with 18 abstentions.",
    );
    body += &p("The GGE 2016/2017 succeeded the GGE 2014/2015.");
    odt(&body)
}

/// `extract --format json` of `paths`: the run's exit code, stdout parsed, stderr.
fn extract(paths: &[&str]) -> (Option<i32>, serde_json::Value, String) {
    let mut args = vec!["extract", "--format", "json"];
    args.extend_from_slice(paths);
    let (out, _) = run(&args);
    let err = stderr(&out);
    assert!(!err.contains("panicked"), "{err}");
    let json = serde_json::from_str(&stdout(&out)).unwrap_or(serde_json::Value::Null);
    (out.status.code(), json, err)
}

/// The claims as (subject, relation, object), the document's own node as `doc:`.
fn statements(json: &serde_json::Value) -> BTreeSet<(String, String, String)> {
    let doc = |id: &str| {
        if id.starts_with("doc:") {
            "doc:".to_string()
        } else {
            id.to_string()
        }
    };
    json["claims"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|c| {
            (
                doc(c["subject"].as_str().unwrap_or("")),
                c["relation"].as_str().unwrap_or("").to_string(),
                c["object"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

/// The page and line of the first claim with this subject, relation and object.
fn place(json: &serde_json::Value, subject: &str, relation: &str, object: &str) -> (u64, u64) {
    let claim = json["claims"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|c| c["subject"] == subject && c["relation"] == relation && c["object"] == object)
        .unwrap_or_else(|| panic!("no claim {subject} {relation} {object}"));
    let p = &claim["provenance"];
    (
        p["page"].as_u64().unwrap_or(0),
        p["line"].as_u64().unwrap_or(0),
    )
}

fn write(dir: &std::path::Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write");
    path
}

#[test]
fn a_pdf_gives_the_claims_of_its_plain_text_with_pages() {
    let dir = tempfile::tempdir().expect("tempdir");
    let plain = write(dir.path(), "report.txt", PLAIN.as_bytes());
    let report = write(dir.path(), "report.pdf", &pdf(&report_pages()));
    let (code, text_json, err) = extract(&[s(&plain)]);
    assert_eq!(code, Some(0), "{err}");
    let (code, pdf_json, err) = extract(&[s(&report)]);
    assert_eq!(code, Some(0), "{err}");
    let expected = statements(&text_json);
    assert!(expected.len() > 30, "{expected:?}");
    assert_eq!(statements(&pdf_json), expected);
    // The footnote marker is not read into the resolution number.
    let sponsors = ("state:RUS", "sponsors", "A/RES/66/24");
    assert!(expected.contains(&(sponsors.0.into(), sponsors.1.into(), sponsors.2.into())));
    // Pages: the member sentence and the footnote on page 1, the list of members on page
    // 2, the two-column page 3. Lines count the running header and its page number: Belarus
    // is on the fifth line of page 1.
    assert_eq!(
        place(&pdf_json, "state:BLR", "member_of", "gge-2014-2015"),
        (1, 5)
    );
    assert_eq!(
        place(&pdf_json, "A/RES/70/237", "adopted_on", "2015-12-23").0,
        1
    );
    assert_eq!(
        place(&pdf_json, "state:CUB", "member_of", "gge-2016-2017"),
        (2, 8)
    );
    assert_eq!(
        place(&pdf_json, "state:GNB", "member_of", "gge-2019-2021").0,
        2
    );
    assert_eq!(
        place(&pdf_json, "A/RES/73/266", "adopted_on", "2018-12-22").0,
        3
    );
    // Running headers, page numbers and the job number are not in any sentence.
    let sentences: Vec<&str> = pdf_json["claims"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|c| c["provenance"]["text"].as_str())
        .collect();
    for noise in ["A/99/123", "January 2015", "15-12345", "Fede-"] {
        assert!(
            sentences.iter().all(|t| !t.contains(noise)),
            "{noise} in {sentences:?}"
        );
    }
}

#[test]
fn the_table_shows_the_page_and_the_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let report = write(dir.path(), "A_99_123.pdf", &pdf(&report_pages()));
    let args = ["extract", s(&report)];
    let (out, _) = run(&args);
    assert_exit(&out, 0, &args);
    let table = stdout(&out);
    assert!(table.contains("A_99_123.pdf p. 3, line "), "{table}");
    assert!(table.contains("A_99_123.pdf p. 1, line 5"), "{table}");
}

#[test]
fn a_word_file_gives_the_claims_of_its_plain_text_with_pages() {
    let dir = tempfile::tempdir().expect("tempdir");
    let plain = write(dir.path(), "report.txt", PLAIN.as_bytes());
    let word = write(dir.path(), "report.docx", &report_docx());
    let (_, text_json, _) = extract(&[s(&plain)]);
    let (code, word_json, err) = extract(&[s(&word)]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(statements(&word_json), statements(&text_json));
    // Lines are paragraphs; pages come from Word's recorded page breaks.
    assert_eq!(
        place(&word_json, "state:BLR", "member_of", "gge-2014-2015"),
        (1, 2)
    );
    assert_eq!(
        place(&word_json, "state:CUB", "member_of", "gge-2016-2017").0,
        2
    );
    assert_eq!(
        place(&word_json, "A/RES/73/266", "adopted_on", "2018-12-22").0,
        3
    );
    // The footnote is placed at the paragraph that references it.
    assert_eq!(
        place(&word_json, "A/RES/70/237", "adopted_on", "2015-12-23"),
        (1, 4)
    );
}

#[test]
fn an_opendocument_file_gives_the_claims_of_its_plain_text_with_pages() {
    let dir = tempfile::tempdir().expect("tempdir");
    let plain = write(dir.path(), "report.txt", PLAIN.as_bytes());
    let file = write(dir.path(), "report.odt", &report_odt());
    let (_, text_json, _) = extract(&[s(&plain)]);
    let (code, odt_json, err) = extract(&[s(&file)]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(statements(&odt_json), statements(&text_json));
    assert_eq!(
        place(&odt_json, "state:BLR", "member_of", "gge-2014-2015"),
        (1, 2)
    );
    assert_eq!(
        place(&odt_json, "state:CUB", "member_of", "gge-2016-2017").0,
        2
    );
    assert_eq!(
        place(&odt_json, "A/RES/70/237", "adopted_on", "2015-12-23"),
        (1, 4)
    );
}

#[test]
fn a_mixed_corpus_builds_one_graph_and_bad_pdfs_are_named() {
    let dir = tempfile::tempdir().expect("tempdir");
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).expect("mkdir");
    let report = pdf(&report_pages());
    write(&corpus, "a-report.pdf", &report);
    write(&corpus, "b-report.docx", &report_docx());
    write(&corpus, "f-report.odt", &report_odt());
    write(
        &corpus,
        "c-note.html",
        b"<html><body><p>Resolution 74/28 was introduced by the Russian Federation.</p></body></html>",
    );
    write(
        &corpus,
        "d-note.md",
        b"# GGE 2019/2021\n\nThe Group was chaired by Guilherme Patriota of Brazil.\n",
    );
    write(
        &corpus,
        "e-note.txt",
        b"Resolution 74/29 was introduced by the United States of America.\n",
    );
    let args = [
        "build",
        "--no-bundled",
        "--corpus",
        s(&corpus),
        "--format",
        "json",
    ];
    let (out, _) = run(&args);
    assert_exit(&out, 0, &args);
    let graph = stdout(&out);
    for id in ["A/RES/74/28", "A/RES/74/29", "A/RES/66/24", "gge-2016-2017"] {
        assert!(graph.contains(id), "{id} missing");
    }
    for name in [
        "a-report.pdf",
        "b-report.docx",
        "c-note.html",
        "d-note.md",
        "e-note.txt",
        "f-report.odt",
    ] {
        assert!(graph.contains(name), "{name} missing");
    }

    // A scan and an encrypted copy: one line each naming the file, the rest still read.
    write(&corpus, "scan.pdf", &scanned_pdf(2));
    write(&corpus, "locked.pdf", &encrypted_pdf(&report));
    let args = ["extract", "--format", "json", s(&corpus)];
    let (out, _) = run(&args);
    assert_exit(&out, 2, &args);
    let err = stderr(&out);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 3, "{err}");
    assert!(
        err.contains("scan.pdf: no text layer: scanned PDF, run OCR first"),
        "{err}"
    );
    assert!(err.contains("locked.pdf: encrypted PDF"), "{err}");
    assert!(err.contains("2 documents could not be read"), "{err}");
}

#[test]
fn broken_files_get_one_line_each() {
    let dir = tempfile::tempdir().expect("tempdir");
    let good = pdf(&report_pages());
    let cases: [(&str, Vec<u8>, &str); 4] = [
        (
            "truncated.pdf",
            good[..good.len() / 3].to_vec(),
            "broken PDF file",
        ),
        (
            "not-a.pdf",
            b"<html>a web page saved as .pdf</html>".to_vec(),
            "broken PDF file",
        ),
        (
            "not-a.docx",
            b"plain words, not a zip".to_vec(),
            "broken Word file",
        ),
        ("empty.docx", docx("", ""), "empty file"),
    ];
    for (name, bytes, message) in cases {
        let path = write(dir.path(), name, &bytes);
        let args = ["extract", s(&path)];
        let (out, _) = run(&args);
        assert_exit(&out, 2, &args);
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 2, "{err}");
        assert!(
            err.lines()
                .next()
                .is_some_and(|l| l.contains(name) && l.contains(message)),
            "{name}: {err}"
        );
    }
}

/// Full pages: the paragraphs of [`PLAIN`] wrapped at 90 characters, 50 lines a page
/// under a running header, a page number at the foot and a footnote on every page.
fn dense_pages(pages: usize) -> Vec<Vec<TextRun>> {
    let mut wrapped = Vec::new();
    for paragraph in PLAIN.split("\n\n") {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            if line.len() + word.len() > 90 {
                wrapped.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        wrapped.push(line);
        wrapped.push(String::new());
    }
    let mut next = wrapped.iter().cycle();
    (1..=pages)
        .map(|n| {
            let mut runs = Vec::new();
            running(&mut runs, n);
            let mut y = 70.0;
            for _ in 0..50 {
                let line = next.next().map_or("", String::as_str);
                runs.push(text(LEFT, y, 10.0, line));
                y += 13.0;
            }
            runs.push(text(LEFT, 770.0, 5.0, "1"));
            runs.push(text(
                LEFT + 4.0,
                774.0,
                8.0,
                "Resolution 70/237 was adopted on 23 December 2015 without a vote.",
            ));
            runs
        })
        .collect()
}

/// Writes the test report as PDF and Word, and PDFs of `GGEGRAPH_PAGES` pages (default
/// 100): copies of its pages, and full pages ([`dense_pages`]), under
/// `GGEGRAPH_SAMPLE_DIR`: the input of the speed measurement in `bench/README.md`.
#[test]
#[ignore = "writes sample files for the benchmark"]
fn write_samples() {
    let dir = std::path::PathBuf::from(
        std::env::var("GGEGRAPH_SAMPLE_DIR").unwrap_or_else(|_| "target/samples".into()),
    );
    std::fs::create_dir_all(&dir).expect("mkdir");
    let pages: usize = std::env::var("GGEGRAPH_PAGES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(100);
    let report = report_pages();
    write(&dir, "report.pdf", &pdf(&report));
    write(&dir, "report.docx", &report_docx());
    let many: Vec<Vec<TextRun>> = (0..pages)
        .map(|i| report[i % report.len()].clone())
        .collect();
    write(&dir, &format!("report-{pages}-pages.pdf"), &pdf(&many));
    write(
        &dir,
        &format!("dense-{pages}-pages.pdf"),
        &pdf(&dense_pages(pages)),
    );
}

/// Runs `ggegraph` with `input` on standard input.
fn run_with_stdin(args: &[&str], input: &[u8]) -> std::process::Output {
    common::command()
        .args(args)
        .write_stdin(input.to_vec())
        .output()
        .expect("ggegraph runs")
}

#[test]
fn extract_reads_stdin_and_writes_stdout_with_dash() {
    let dir = tempfile::tempdir().expect("tempdir");
    let args = ["extract", "-", "--format", "json", "-o", "-"];
    for (name, input) in [
        ("pdf", pdf(&report_pages())),
        ("docx", report_docx()),
        ("text", PLAIN.as_bytes().to_vec()),
    ] {
        let out = run_with_stdin(&args, &input);
        assert_exit(&out, 0, &args);
        let json: serde_json::Value =
            serde_json::from_str(&stdout(&out)).unwrap_or(serde_json::Value::Null);
        assert_eq!(json["documents"][0]["id"], "stdin", "{name}");
        let (page, _) = place(&json, "state:CUB", "member_of", "gge-2016-2017");
        assert_eq!(page, if name == "text" { 0 } else { 2 }, "{name}");
    }
    // `-o -` never creates a file named `-`; stdin and files mix.
    let file = write(
        dir.path(),
        "note.txt",
        b"Resolution 74/28 was introduced by Egypt.\n",
    );
    let args = ["extract", "-", s(&file), "-o", "-"];
    let out = run_with_stdin(&args, PLAIN.as_bytes());
    assert_exit(&out, 0, &args);
    assert!(stdout(&out).starts_with("2 documents"), "{}", stdout(&out));
    assert!(!std::path::Path::new("-").exists());
}

#[test]
fn the_report_cites_pages_and_shows_the_lines_read_from_pdf_and_word() {
    let dir = tempfile::tempdir().expect("tempdir");
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).expect("mkdir");
    write(&corpus, "report.pdf", &pdf(&report_pages()));
    write(&corpus, "report.docx", &report_docx());
    let out_dir = dir.path().join("out");
    // The citations are on the documents' pages of the sources of every fact.
    let index = hostile_common::report_facts(&corpus, &out_dir);
    assert!(index.contains("report.pdf p. 3, line "), "no PDF citation");
    assert!(
        index.contains("report.docx p. 2, line "),
        "no Word citation"
    );
    // Source pages are named by a readable prefix of the id and its hash.
    let name = std::fs::read_dir(out_dir.join("sources"))
        .expect("sources")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .find(|n| n.starts_with("report.pdf-"))
        .expect("a source page for report.pdf");
    assert!(
        index.contains(&format!("sources/{name}#p1-L5")),
        "no link to {name}#p1-L5"
    );
    let source = std::fs::read_to_string(out_dir.join("sources").join(&name)).expect("source page");
    assert!(
        source.contains("id=\"p1-L5\"><span class=\"n\">1:5</span><span>Belarus, Brazil,"),
        "the source page shows the lines read, numbered page:line"
    );
    assert!(!source.contains("%PDF"), "not the raw bytes");
}

#[test]
fn warnings_on_a_pdf_name_the_page() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut page = Vec::new();
    running(&mut page, 1);
    lines(&mut page, LEFT, 90.0, &["Korea took part in the meeting."]);
    let file = write(dir.path(), "note.pdf", &pdf(&[vec![], page]));
    let args = ["extract", s(&file)];
    let (out, _) = run(&args);
    assert_exit(&out, 0, &args);
    assert!(
        stdout(&out)
            .contains("warning: note.pdf p. 2, line 3: \"Korea\" may name more than one state"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn a_word_file_is_not_unpacked_beyond_the_size_limit() {
    let dir = tempfile::tempdir().expect("tempdir");
    let body = para(None, &wrun(&"Brazil took part. ".repeat(20_000)));
    let bomb = docx(&body, "");
    assert!(bomb.len() < 20_000, "deflated to {} bytes", bomb.len());
    let file = write(dir.path(), "bomb.docx", &bomb);
    let args = ["extract", s(&file), "--max-file-size", "100000"];
    let (out, _) = run(&args);
    assert_exit(&out, 2, &args);
    let err = stderr(&out);
    assert!(
        err.contains("bomb.docx: broken Word file: word/document.xml is over the limit of 100000 bytes unpacked"),
        "{err}"
    );
}
