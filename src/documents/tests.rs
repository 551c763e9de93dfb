//! Tests of the whole documents stage: loading, errors, positions and the real seeds.

use super::*;
use std::fs;

fn doc(format: Format, raw: &str) -> Document {
    Document::from_source("t", Path::new("t"), format, raw)
}

fn sentence<'a>(d: &'a Document, starts: &str) -> Option<(&'a Sentence, &'a str)> {
    d.sentences
        .iter()
        .map(|s| (s, d.sentence_text(s)))
        .find(|(_, t)| t.starts_with(starts))
}

fn seed(id: &str) -> Option<Document> {
    bundled().into_iter().find(|d| d.id == id)
}

fn pos(line: u32, column: u32) -> Position {
    Position { line, column }
}

/// Where `needle` first occurs in the raw file `path` (relative to the repository), found
/// by reading it line by line here, independently of the reader: what the reader's
/// positions must equal, without numbers that move whenever the seed is edited.
fn in_file(path: &str, needle: &str) -> Position {
    let raw = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path))
        .expect("seed readable");
    raw.lines()
        .zip(1..)
        .find_map(|(line, n)| {
            let at = line.find(needle)?;
            let column = line[..at].chars().count() + 1;
            Some(pos(n, u32::try_from(column).expect("column fits")))
        })
        .unwrap_or_else(|| panic!("{path}: {needle:?} not found"))
}

fn start_of(d: &Document, starts: &str) -> Position {
    sentence(d, starts).map_or(pos(0, 0), |(s, _)| d.position(s.start))
}

#[test]
fn seed_000_sentences_and_positions() {
    let docs = bundled();
    let ids: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
    let mut sorted = ids.clone();
    sorted.sort_unstable();
    assert_eq!(ids, sorted);
    let Some(d) = seed("seeds/000_ceb8cbe85482b812.txt") else {
        panic!("seed missing: {ids:?}");
    };
    let d = &d;
    assert_eq!(d.format, Format::Text);
    let at = |needle| in_file("seeds/000_ceb8cbe85482b812.txt", needle);
    assert_eq!(
        start_of(d, "Experts from the following Member States participated"),
        at("Experts from the following Member States participated")
    );
    let (mr, text) = sentence(d, "Mr. Carlos").unwrap_or((&d.sentences[0], ""));
    assert_eq!(
        text,
        "Mr. Carlos Luís Dantas Coutinho Perez (Brazil) chaired the Group."
    );
    assert_eq!(d.position(mr.start), at("Mr. Carlos"));
    let (adopted, text) = sentence(d, "It was adopted without").unwrap_or((&d.sentences[0], ""));
    assert_eq!(text, "It was adopted without a vote (A/RES/53/70)");
    assert_eq!(d.position(adopted.start), at("It was adopted without"));
    assert_eq!(
        start_of(d, "No consensus was reached"),
        at("No consensus was reached")
    );
    // The sentence opens with the curly quote before these words, read as a straight one.
    let few = at("Few technologies");
    assert_eq!(
        start_of(d, "\"Few technologies"),
        pos(few.line, few.column - 1)
    );
    for h in ["GGE IN 2014/2015", "NEW GGE IN 2016/2017"] {
        let s = sentence(d, h).map(|(s, t)| (s.is_heading(), t));
        assert_eq!(s, Some((true, h)));
    }
    let (b, text) = sentence(d, "In their use of ICTs").unwrap_or((&d.sentences[0], ""));
    assert!(b.is_bullet());
    assert!(
        text.contains("principles of international law, State sovereignty"),
        "{text}"
    );
    assert_eq!(d.position(b.start), at("In their use of ICTs"));
    let law = d.text.find("international law, State").unwrap_or(0);
    assert_eq!(d.position(law), at("international law, State"));
    assert_eq!(d.sentences.iter().filter(|s| s.is_bullet()).count(), 4);
    // The no-break space after "68/243" became a plain space.
    assert!(d.text.contains("resolution 68/243 in which"));
    assert!(!d.text.contains('\u{00A0}'));
    assert!(d.warnings.is_empty());
}

#[test]
fn seed_004_headings_bullets_quotes() {
    let Some(d) = seed("seeds/004_543aac3eda663721.txt") else {
        panic!("seed missing");
    };
    let d = &d;
    let at = |needle| in_file("seeds/004_543aac3eda663721.txt", needle);
    assert!(sentence(d, "UN GGE 2019/2021 publishes").is_some_and(|(s, _)| s.is_heading()));
    assert!(sentence(d, "Existing and emerging threats").is_some_and(|(s, _)| s.is_heading()));
    assert_eq!(start_of(d, "harmful ICT"), at("harmful ICT"));
    assert!(sentence(d, "harmful ICT").is_some_and(|(s, _)| s.is_bullet()));
    assert!(d.text.contains("mandated to 'continue to study"));
    assert!(d.text.contains("states' malicious"));
    let adopted = d.text.find("adopted on 28 May").unwrap_or(0);
    assert_eq!(d.position(adopted), at("adopted on 28 May"));
}

#[test]
fn sentences_are_never_empty_and_within_text() {
    for d in bundled() {
        for s in &d.sentences {
            let t = d.sentence_text(s);
            assert!(!t.is_empty() && t.trim() == t, "{t:?}");
        }
    }
}

#[test]
fn positions_with_crlf_multibyte_and_removed_chars() {
    let d = doc(
        Format::Text,
        "Ünïcödé line\r\nsoft\u{00AD}hy\u{200B}phen Guinea-\r\nBissau ok.\r\n",
    );
    assert_eq!(d.text, "Ünïcödé line softhyphen Guinea-Bissau ok.");
    let at = |s: &str| d.position(d.text.find(s).unwrap_or(0));
    assert_eq!(at("line"), pos(1, 9));
    assert_eq!(at("soft"), pos(2, 1));
    assert_eq!(at("hyphen"), pos(2, 6));
    assert_eq!(at("phen"), pos(2, 9));
    assert_eq!(at("Guinea"), pos(2, 14));
    assert_eq!(at("Bissau"), pos(3, 1));
    assert_eq!(at("ok"), pos(3, 8));
    assert_eq!(d.position(usize::MAX), pos(3, 11));
}

#[test]
fn utf8_bom_is_not_a_column() {
    let d = doc(Format::Text, "\u{FEFF}Hello there.");
    assert_eq!(d.text, "Hello there.");
    assert_eq!(d.position(0), pos(1, 1));
}

#[test]
fn large_inputs_keep_a_small_map() {
    let line = "A fairly long line of text that goes on and on for a while.\n";
    let d = doc(Format::Text, &line.repeat(20_000));
    assert!(d.position_map_len() <= 20_001, "{}", d.position_map_len());
    let last = d.sentences.last().map_or(0, |s| s.start);
    assert_eq!(d.position(last), pos(20_000, 1));
}

#[test]
fn markdown_and_html_documents() {
    let md = doc(
        Format::Markdown,
        "# GGE 2014/2015\n\nThe *Group* met. It [adopted](http://x) a report.\n\n- first item\n",
    );
    let heads: Vec<&str> = md
        .sentences
        .iter()
        .filter(|s| s.is_heading())
        .map(|s| md.sentence_text(s))
        .collect();
    assert_eq!(heads, vec!["GGE 2014/2015"]);
    assert_eq!(start_of(&md, "It adopted"), pos(3, 18));
    assert!(sentence(&md, "first item").is_some_and(|(s, _)| s.is_bullet()));
    let html = doc(
        Format::Html,
        "<h2>Title</h2>\n<p>One. Two &amp; three.</p><ul><li>Item</li></ul>",
    );
    assert!(sentence(&html, "Title").is_some_and(|(s, _)| s.is_heading()));
    assert_eq!(start_of(&html, "Two & three."), pos(2, 9));
    assert!(sentence(&html, "Item").is_some_and(|(s, _)| s.is_bullet()));
}

#[test]
fn table_cells_know_their_column() {
    let columns = |d: &Document| {
        d.sentences
            .iter()
            .filter_map(|s| Some((d.sentence_text(s).to_string(), s.table()?, s.column()?)))
            .collect::<Vec<_>>()
    };
    let md = doc(
        Format::Markdown,
        "| No. | Member State | Expert |\n|---|---|---|\n| 1 | Ghana | A. Person |\n",
    );
    let html = doc(
        Format::Html,
        "<table><tr><th>No.</th><th>Member State</th><th>Expert</th></tr>\n\
         <tr><td>1</td><td>Ghana</td><td>A. Person</td></tr></table>\n\
         <dl><dt>Members</dt><dd>Kenya</dd></dl>",
    );
    let cell = |t: &str, c: u16| (t.to_string(), 1, c);
    let row = [
        cell("No.", 0),
        cell("Member State", 1),
        cell("Expert", 2),
        cell("1", 0),
        cell("Ghana", 1),
        cell("A. Person", 2),
    ];
    assert_eq!(columns(&md), row);
    let mut with_dl = row.to_vec();
    // A definition list is a table of one column of its own.
    with_dl.extend([("Members".into(), 2, 0), ("Kenya".into(), 2, 0)]);
    assert_eq!(columns(&html), with_dl);
    // An empty cell keeps the columns after it where they are, in both formats.
    let md = doc(
        Format::Markdown,
        "| A | B | C |\n|---|---|---|\n| x | | y |\n",
    );
    let html = doc(
        Format::Html,
        "<table><tr><td>A</td><td>B</td><td>C</td></tr><tr><td>x</td><td></td><td>y</td></tr></table>",
    );
    let sparse = [
        cell("A", 0),
        cell("B", 1),
        cell("C", 2),
        cell("x", 0),
        cell("y", 2),
    ];
    assert_eq!(columns(&md), sparse);
    assert_eq!(columns(&html), sparse);
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    if let Some(parent) = p.parent() {
        let _ = fs::create_dir_all(parent);
    }
    let _ = fs::write(&p, bytes);
    p
}

fn err(path: &Path, limits: &Limits) -> DocumentError {
    match load_file_with(path, limits) {
        Err(e) => e,
        Ok(d) => panic!("loaded {}", d.id),
    }
}

#[test]
fn error_variants_of_content() -> Result<(), std::io::Error> {
    let dir = tempfile::tempdir()?;
    let d = dir.path();
    let lim = Limits::default();

    let e = err(&d.join("missing.txt"), &lim);
    assert!(matches!(e, DocumentError::NotFound { .. }) && e.is_bad_input());

    let bin = write(d, "bin.txt", b"line one\nline\0two");
    let e = err(&bin, &lim);
    assert!(
        matches!(
            e,
            DocumentError::Binary {
                line: 2,
                offset: 13,
                ..
            }
        ),
        "{e}"
    );

    let bad = write(d, "bad.txt", b"ok\nab\xffcd");
    let e = err(&bad, &lim);
    assert!(
        matches!(
            e,
            DocumentError::InvalidUtf8 {
                line: 2,
                column: 3,
                offset: 5,
                ..
            }
        ),
        "{e}"
    );
    let msg = e.to_string();
    assert!(
        msg.contains("bad.txt:2:") && msg.contains("byte offset 5") && !msg.contains('\n'),
        "{msg}"
    );
    let lossy = load_file_with(&bad, &Limits { lossy: true, ..lim });
    let lossy = lossy.map_err(|e| std::io::Error::other(e.to_string()))?;
    assert_eq!(lossy.text, "ok ab\u{FFFD}cd");
    assert_eq!(lossy.warnings.len(), 1);
    Ok(())
}

#[test]
fn error_variants_of_size_kind_and_encoding() -> Result<(), std::io::Error> {
    let dir = tempfile::tempdir()?;
    let d = dir.path();
    let lim = Limits::default();

    let empty = write(d, "empty.md", b"");
    assert!(matches!(err(&empty, &lim), DocumentError::Empty { .. }));
    let blank = write(d, "blank.md", b"\xEF\xBB\xBF \n\t\n");
    assert!(matches!(err(&blank, &lim), DocumentError::Empty { .. }));

    let big = write(d, "big.txt", &[b'a'; 100]);
    let e = err(
        &big,
        &Limits {
            max_file_bytes: 10,
            ..lim
        },
    );
    assert!(matches!(
        e,
        DocumentError::TooLarge {
            size: 100,
            limit: 10,
            ..
        }
    ));
    assert!(e.to_string().contains("--max-file-size"));

    let rtf = write(d, "x.rtf", b"hello");
    assert!(matches!(
        err(&rtf, &lim),
        DocumentError::UnsupportedExtension { .. }
    ));

    fs::create_dir_all(d.join("dir.txt"))?;
    let e = err(&d.join("dir.txt"), &lim);
    assert!(
        matches!(e, DocumentError::Io { .. }) && !e.is_bad_input(),
        "{e}"
    );

    let mut odd = vec![0xFF, 0xFE];
    odd.extend([0x00, 0xD8, 0x41, 0x00]); // lone high surrogate, then 'A'
    let odd = write(d, "odd.txt", &odd);
    assert!(matches!(
        err(&odd, &lim),
        DocumentError::InvalidUtf16 { offset: 2, .. }
    ));

    let none = d.join("nothing");
    write(&none, "readme.rtf", b"x");
    let out = load_paths(std::slice::from_ref(&none), &lim);
    assert!(matches!(
        out.errors.as_slice(),
        [DocumentError::NoDocuments { .. }]
    ));
    for e in out.errors {
        assert!(!e.to_string().contains('\n'));
    }
    Ok(())
}

#[test]
fn encodings() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let d = dir.path();
    let text = "Brazil – “chaired”\r\nthe Group.";
    let mut le = vec![0xFF, 0xFE];
    let mut be = vec![0xFE, 0xFF];
    for u in text.encode_utf16() {
        le.extend(u.to_le_bytes());
        be.extend(u.to_be_bytes());
    }
    let mut bom8 = vec![0xEF, 0xBB, 0xBF];
    bom8.extend(text.as_bytes());
    for (name, bytes) in [("le.txt", le), ("be.txt", be), ("bom.txt", bom8)] {
        let p = write(d, name, &bytes);
        let doc = load_file_with(&p, &Limits::default())?;
        assert_eq!(doc.text, "Brazil - \"chaired\" the Group.", "{name}");
        assert_eq!(doc.position(doc.text.find("the").unwrap_or(0)), pos(2, 1));
        assert_eq!(doc.position(doc.text.find('"').unwrap_or(0)), pos(1, 10));
    }
    Ok(())
}

#[test]
fn directories_recursive_sorted_with_ids() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let d = dir.path();
    write(d, "b.md", b"# B\n\nText.");
    write(d, "a/z.html", b"<p>Z.</p>");
    write(d, "a/y.txt", b"Y.");
    write(d, "a/skip.rtf", b"nope");
    write(d, "c.txt", b"\0binary");
    let single = write(d, "single.htm", b"<p>S.</p>");
    let out = load_paths(&[d.to_path_buf(), single], &Limits::default());
    let ids: Vec<&str> = out.documents.iter().map(|x| x.id.as_str()).collect();
    assert_eq!(
        ids,
        vec!["a/y.txt", "a/z.html", "b.md", "single.htm"],
        "single.htm, found in the directory and given again, is read once"
    );
    assert!(matches!(
        out.errors.as_slice(),
        [DocumentError::Binary { .. }]
    ));
    Ok(())
}

#[cfg(unix)]
#[test]
fn symlink_loops_are_reported() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let d = dir.path();
    write(d, "sub/doc.txt", b"A document.");
    std::os::unix::fs::symlink(d, d.join("sub/loop"))?;
    let out = load_paths(&[d.to_path_buf()], &Limits::default());
    let ids: Vec<&str> = out.documents.iter().map(|x| x.id.as_str()).collect();
    assert_eq!(ids, vec!["sub/doc.txt"]);
    assert!(
        matches!(out.errors.as_slice(), [DocumentError::SymlinkLoop { .. }]),
        "{:?}",
        out.errors
    );
    Ok(())
}

/// A directory reached through several links is read once, under the first path in name
/// order, whatever order the system lists the entries in.
#[cfg(unix)]
#[test]
fn a_directory_behind_several_links_is_read_once() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let d = dir.path();
    write(d, "m/doc.txt", b"A document.");
    std::os::unix::fs::symlink("m", d.join("a"))?;
    std::os::unix::fs::symlink("m", d.join("z"))?;
    let out = load_paths(&[d.to_path_buf()], &Limits::default());
    let ids: Vec<&str> = out.documents.iter().map(|x| x.id.as_str()).collect();
    assert_eq!(ids, vec!["a/doc.txt"]);
    assert!(out.errors.is_empty(), "{:?}", out.errors);
    Ok(())
}

#[test]
fn seeds_directory_loads_like_bundled() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let out = load_paths(std::slice::from_ref(&root), &Limits::default());
    assert!(out.errors.is_empty());
    let bundled = bundled();
    assert_eq!(out.documents.len(), bundled.len());
    for (a, b) in out.documents.iter().zip(&bundled) {
        assert_eq!(format!("seeds/{}", a.id), b.id);
        assert_eq!(a.text, b.text);
        assert_eq!(a.sentences, b.sentences);
    }
}

mod prop {
    use super::*;
    use proptest::prelude::*;

    fn check(d: &Document) {
        let mut last = 0;
        for s in &d.sentences {
            assert!(s.start < s.end && s.start >= last && s.end <= d.text.len());
            assert!(d.text.is_char_boundary(s.start) && d.text.is_char_boundary(s.end));
            let t = d.sentence_text(s);
            assert!(!t.trim().is_empty() && t.trim() == t);
            last = s.end;
        }
        for i in 0..=d.text.len() + 1 {
            let p = d.position(i);
            assert!(p.line >= 1 && p.column >= 1);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        #[test]
        fn any_input_gives_valid_documents(raw in "(?s)[a-zA-Z0-9 .!?\\-\\n\\r\\t<>/&;#*_`\\[\\]()•“”–\u{00AD}\u{200B}\u{00A0}é]{0,300}") {
            for format in [Format::Text, Format::Markdown, Format::Html] {
                check(&doc(format, &raw));
            }
        }
    }
}
