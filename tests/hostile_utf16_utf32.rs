//! UTF-16 saved without a byte order mark is read, not called binary; UTF-32 with its
//! byte order mark is read, not decoded as UTF-16 into text with a NUL after every
//! character (which gave no claims); a real binary file is still refused; a broken
//! UTF-32 file is refused with its offset.

mod common;
mod hostile_common;
use hostile_common::{assert_exit, run, s, stderr, stdout};

const TEXT: &str = "Notes\r\nThe Group of Governmental Experts 2014-2015 included Brazil, Türkiye and Germany.\r\n";

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    text.encode_utf16()
        .flat_map(|u| {
            if big_endian {
                u.to_be_bytes()
            } else {
                u.to_le_bytes()
            }
        })
        .collect()
}

fn utf32(text: &str, big_endian: bool) -> Vec<u8> {
    std::iter::once('\u{FEFF}')
        .chain(text.chars())
        .flat_map(|c| {
            let c = u32::from(c);
            if big_endian {
                c.to_be_bytes()
            } else {
                c.to_le_bytes()
            }
        })
        .collect()
}

fn extract(file: &std::path::Path) -> String {
    let args = ["extract", s(file), "--format", "json"];
    let (out, _) = run(&args);
    assert_exit(&out, 0, &args);
    let name = file.file_name().and_then(|n| n.to_str()).expect("name");
    stdout(&out).replace(name, "X")
}

#[test]
fn utf16_without_bom_and_utf32_read_like_utf8() {
    let dir = tempfile::tempdir().expect("tempdir");
    let utf8 = dir.path().join("utf8.txt");
    std::fs::write(&utf8, TEXT).expect("write");
    let expected = extract(&utf8);
    assert!(expected.contains("state:TUR"), "{expected}");
    let cases = [
        ("utf16le-nobom.txt", utf16(TEXT, false)),
        ("utf16be-nobom.txt", utf16(TEXT, true)),
        ("utf32le.txt", utf32(TEXT, false)),
        ("utf32be.txt", utf32(TEXT, true)),
    ];
    for (name, bytes) in cases {
        let file = dir.path().join(name);
        std::fs::write(&file, bytes).expect("write");
        assert_eq!(
            extract(&file),
            expected,
            "{name}: same claims and positions as UTF-8"
        );
    }
}

#[test]
fn binary_files_are_still_binary() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut elf = b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00".to_vec();
    elf.extend((0..4096u32).flat_map(|i| i.to_le_bytes()));
    // Text with a NUL code unit (U+0000) in it is no text either.
    let mut nul = utf16("Brazil and Kenya. ", false);
    nul.extend([0, 0]);
    nul.extend(utf16("Germany.", false));
    for (name, bytes) in [("elf.txt", elf), ("nul.txt", nul)] {
        let file = dir.path().join(name);
        std::fs::write(&file, bytes).expect("write");
        let args = ["extract", s(&file)];
        let (out, _) = run(&args);
        assert_exit(&out, 2, &args);
        assert!(
            stderr(&out).contains("binary file"),
            "{name}: {}",
            stderr(&out)
        );
    }
}

#[test]
fn broken_utf32_is_refused_with_its_offset_or_lossy() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut bytes = utf32("Brazil and Kenya.\n", false);
    let at = bytes.len();
    bytes.extend(0x0011_0000u32.to_le_bytes()); // past U+10FFFF
    bytes.extend(utf32("Germany.", false).split_off(4));
    let file = dir.path().join("bad32.txt");
    std::fs::write(&file, &bytes).expect("write");
    let args = ["extract", s(&file)];
    let (out, _) = run(&args);
    assert_exit(&out, 2, &args);
    let err = stderr(&out);
    assert!(
        err.contains(&format!("bad32.txt:2: invalid UTF-32 at byte offset {at}")),
        "{err}"
    );
    let args = ["extract", s(&file), "--lossy"];
    let (out, _) = run(&args);
    assert_exit(&out, 0, &args);
    assert!(stderr(&out).contains("warning"), "{}", stderr(&out));
    // A length that is not a multiple of 4 is refused too.
    std::fs::write(&file, &bytes[..bytes.len() - 1]).expect("write");
    let (out, _) = run(&["extract", s(&file)]);
    assert_exit(&out, 2, &["extract", s(&file)]);
}
