//! Source-page names are collision-free and bounded: `x-1.txt` and `xˑ.txt` get pages of
//! their own (each citation opens its document), and a file name of 200 non-ASCII
//! characters does not make the report fail with "File name too long".
#![cfg(unix)]

mod common;
mod hostile_common;
use hostile_common::{assert_exit, files_under, run, s};

#[test]
fn confusable_and_long_names_get_their_own_bounded_pages() {
    let dir = tempfile::tempdir().expect("tempdir");
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).expect("mkdir");
    let long = format!("{}.txt", "é".repeat(120));
    let docs = [
        ("x-1.txt", "marker-one"),
        ("x\u{2d1}.txt", "marker-two"),
        (long.as_str(), "marker-three"),
    ];
    for (name, marker) in docs {
        let text =
            format!("Resolution 53/70 was introduced by the Russian Federation ({marker}).\n");
        std::fs::write(corpus.join(name), text).expect("write");
    }
    let out = dir.path().join("out");
    let args = ["report", "-q", "--corpus", s(&corpus), "-o", s(&out)];
    let (output, _) = run(&args);
    assert_exit(&output, 0, &args);
    let pages = files_under(&out.join("sources"));
    for p in &pages {
        let name = p.file_name().expect("name").len();
        assert!(name <= 100, "{} is {name} bytes long", p.display());
    }
    // Each document's page holds its own text.
    for (_, marker) in docs {
        let holding: Vec<_> = pages
            .iter()
            .filter(|p| std::fs::read_to_string(p).is_ok_and(|t| t.contains(marker)))
            .collect();
        assert_eq!(holding.len(), 1, "{marker}: {holding:?}");
    }
}
