//! UTF-16 with a byte order mark (what Windows tools save as "Unicode"): read like UTF-8,
//! with positions in characters; a broken UTF-16 file is refused with its offset.

mod common;
mod hostile_common;
use hostile_common::{assert_exit, run, s, stderr, stdout};

const TEXT: &str = "Notes\r\nThe Group of Governmental Experts 2014-2015 included Brazil, Türkiye and Germany.\r\n";

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut out = if big_endian {
        vec![0xFE, 0xFF]
    } else {
        vec![0xFF, 0xFE]
    };
    for unit in text.encode_utf16() {
        out.extend(if big_endian {
            unit.to_be_bytes()
        } else {
            unit.to_le_bytes()
        });
    }
    out
}

#[test]
fn utf16_le_and_be_read_like_utf8() {
    let dir = tempfile::tempdir().expect("tempdir");
    let utf8 = dir.path().join("utf8.txt");
    std::fs::write(&utf8, TEXT).expect("write");
    let args = ["extract", s(&utf8), "--format", "json"];
    let (out, _) = run(&args);
    assert_exit(&out, 0, &args);
    let expected = stdout(&out).replace("utf8.txt", "X");
    assert!(expected.contains("state:TUR"), "{expected}");
    for (name, big_endian) in [("le.txt", false), ("be.txt", true)] {
        let file = dir.path().join(name);
        std::fs::write(&file, utf16(TEXT, big_endian)).expect("write");
        let args = ["extract", s(&file), "--format", "json"];
        let (out, _) = run(&args);
        assert_exit(&out, 0, &args);
        assert_eq!(
            stdout(&out).replace(name, "X"),
            expected,
            "{name}: same claims and positions as UTF-8"
        );
    }
}

#[test]
fn unpaired_surrogate_is_refused_or_lossy() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("broken.txt");
    let mut bytes = utf16("Brazil\nGermany ", false);
    bytes.extend([0x00, 0xD8]); // a lone high surrogate, U+D800
    bytes.extend(utf16("France", false).split_off(2));
    std::fs::write(&file, &bytes).expect("write");
    let args = ["extract", s(&file)];
    let (out, _) = run(&args);
    assert_exit(&out, 2, &args);
    assert!(
        stderr(&out).contains("broken.txt:2: invalid UTF-16 at byte offset 32"),
        "{}",
        stderr(&out)
    );
    let args = ["extract", s(&file), "--lossy"];
    let (out, _) = run(&args);
    assert_exit(&out, 0, &args);
    assert!(stderr(&out).contains("decoded lossily"), "{}", stderr(&out));
}

#[test]
fn odd_length_utf16_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("odd.md");
    let mut bytes = utf16("Brazil", true);
    bytes.push(0x00);
    std::fs::write(&file, &bytes).expect("write");
    let args = ["extract", s(&file)];
    let (out, _) = run(&args);
    assert_exit(&out, 2, &args);
    assert!(
        stderr(&out).contains("odd.md:1: invalid UTF-16 at byte offset 14"),
        "{}",
        stderr(&out)
    );
}
