//! Tests of the HTML front-end: blocks, positions, entities, dropped elements.

use super::attributes::*;
use super::*;
use crate::documents::normalize::normalize;

fn norm(raw: &str) -> (String, Vec<(BlockKind, String)>) {
    let n = normalize(&blocks(raw));
    let t = n.text.as_str().to_string();
    let b = n
        .blocks
        .iter()
        .map(|b| (b.kind, t[b.start..b.end].to_string()))
        .collect();
    (t, b)
}

#[test]
fn entities_decoded_and_scripts_dropped() {
    let (t, _) = norm(
        "<html><head><title>T &amp; U</title><style>p{}</style><meta x='1'></head><body>\
         <p>A&nbsp;&amp;&#x41;&lt;b</p><script>var x = '<p>no</p>';</script>\
         <noscript>no</noscript><template><p>no</p></template><!-- gone --><p>end</p></body></html>",
    );
    assert_eq!(t, "T & U\n\nA &A<b\n\nend");
}

#[test]
fn blocks_headings_bullets() {
    let (_, b) = norm(
        "<h1>Head</h1><p>Para one.<br>Two</p><ul><li>first</li><li>second <b>bold</b></li></ul><div>x</div>",
    );
    assert_eq!(b[0], (BlockKind::Heading, "Head".into()));
    assert_eq!(b[1], (BlockKind::Para, "Para one.".into()));
    assert_eq!(b[2], (BlockKind::Para, "Two".into()));
    assert_eq!(b[3], (BlockKind::Bullet, "first".into()));
    assert_eq!(b[4], (BlockKind::Bullet, "second bold".into()));
    assert_eq!(b[5], (BlockKind::Para, "x".into()));
}

#[test]
fn positions_are_lines_and_columns_in_source() {
    let raw = "<html>\r\n<body>\r\n  <p class=\"a>b\">Hello &amp; <i>wor</i>ld\r\n  next line</p>\r\n<!-- c\r\n-->\r\n<p>Ünï <b>x</b></p>\r\n</body>";
    let n = normalize(&blocks(raw));
    let t = n.text.as_str();
    assert_eq!(t, "Hello & world next line\n\nÜnï x");
    let at = |s: &str| n.text.position(t.find(s).unwrap_or(0));
    assert_eq!(
        at("Hello"),
        Position {
            line: 3,
            column: 18
        }
    );
    assert_eq!(
        at("&"),
        Position {
            line: 3,
            column: 24
        }
    );
    assert_eq!(
        at("wor"),
        Position {
            line: 3,
            column: 33
        }
    );
    assert_eq!(
        at("ld"),
        Position {
            line: 3,
            column: 40
        }
    );
    assert_eq!(at("next"), Position { line: 4, column: 3 });
    assert_eq!(at("Ünï"), Position { line: 7, column: 4 });
    assert_eq!(
        n.text.position(t.rfind('x').unwrap_or(0)),
        Position {
            line: 7,
            column: 11
        }
    );
}

#[test]
fn attributes_past_the_cap_are_blanked_keeping_lines() {
    let attrs: String = (0..MAX_ATTRIBUTES + 3)
        .map(|i| format!(" a{i}=\"v\nw\""))
        .collect();
    let raw = format!("<p{attrs}>Brazil</p><!-- <p{attrs}> --><script>x<y{attrs}</script>");
    let capped = cap_attributes(&raw);
    assert_eq!(capped.len(), raw.len());
    assert_eq!(capped.matches('\n').count(), raw.matches('\n').count());
    // The first tag loses three attributes; the comment and the script are untouched.
    assert_eq!(raw.matches("a2").count() - capped.matches("a2").count(), 3);
    assert!(capped.contains(&format!("a{}=", MAX_ATTRIBUTES - 1)));
    assert!(!capped[..capped.find("<!--").unwrap_or(0)].contains(&format!("a{}=", MAX_ATTRIBUTES)));
    assert!(matches!(
        cap_attributes("<p a=1>x</p>"),
        std::borrow::Cow::Borrowed(_)
    ));
    let (t, _) = norm(&raw);
    assert_eq!(t, "Brazil");
}

#[test]
fn a_paragraph_of_a_million_tokens_is_joined_in_linear_time() {
    // An entity-dense paragraph reaches the sink as one token per entity; asking the
    // joined text for a line break each time cost time quadratic in the paragraph
    // (here some 5·10¹¹ bytes searched).
    let sink = Sink::default();
    let started = std::time::Instant::now();
    for _ in 0..1_000_000 {
        let _ = sink.process_token(CharacterTokens(StrTendril::from_slice("&")), 1);
    }
    let _ = sink.process_token(CharacterTokens(StrTendril::from_slice("a\nb")), 2);
    let _ = sink.process_token(CharacterTokens(StrTendril::from_slice("c")), 2);
    assert!(
        started.elapsed() < std::time::Duration::from_secs(10),
        "took {:?}",
        started.elapsed()
    );
    let events = sink.events.take();
    assert_eq!(events.len(), 3);
    assert!(matches!(&events[0], Event::Text(t, 1) if t.len() == 1_000_000));
}

#[test]
fn lone_carriage_returns_end_lines() {
    let raw = "<p>one</p>\r<p>two\rthree</p>\r\n<p>four</p>";
    let n = normalize(&blocks(raw));
    let t = n.text.as_str();
    let at = |s: &str| n.text.position(t.find(s).unwrap_or(0));
    assert_eq!(at("two"), Position { line: 2, column: 4 });
    assert_eq!(at("three"), Position { line: 3, column: 1 });
    assert_eq!(at("four"), Position { line: 4, column: 4 });
}

#[test]
fn deep_nesting_does_not_overflow() {
    let depth = 100_000;
    let raw = format!(
        "{}deep text{}",
        "<div>".repeat(depth),
        "</div>".repeat(depth)
    );
    let (t, _) = norm(&raw);
    assert_eq!(t, "deep text");
}
