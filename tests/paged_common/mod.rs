//! What the PDF and Word tests share: writing PDFs (with `lopdf`) and `.docx` files (zipped
//! by hand) from texts written in the test (they run the binary with `tests/common`).
#![allow(dead_code)]

use lopdf::content::{Content, Operation};
use lopdf::{Document, Object, Stream, StringFormat, dictionary};
use std::io::Write;

/// A4 in points.
pub const WIDTH: f64 = 595.0;
/// A4 in points.
pub const HEIGHT: f64 = 842.0;

/// One run of text on a page: left edge, baseline measured from the top, font size.
#[derive(Debug, Clone)]
pub struct TextRun {
    /// Left edge.
    pub x: f64,
    /// Baseline, from the top of the page.
    pub y: f64,
    /// Font size.
    pub size: f64,
    /// The text (characters of Windows-1252).
    pub text: String,
}

/// A run of text.
pub fn text(x: f64, y: f64, size: f64, s: &str) -> TextRun {
    TextRun {
        x,
        y,
        size,
        text: s.to_string(),
    }
}

/// Windows-1252 bytes of `s` (the encoding of the standard Helvetica font here).
fn win_ansi(s: &str) -> Vec<u8> {
    s.chars()
        .map(|c| match c {
            '•' => 0x95,
            '¹' => 0xB9,
            '²' => 0xB2,
            '–' => 0x96,
            c if (c as u32) < 0x100 => c as u8,
            _ => b'?',
        })
        .collect()
}

/// A PDF whose pages hold the given runs (Helvetica, WinAnsiEncoding), each run placed
/// with its own text matrix, in the order given (the reading order).
pub fn pdf(pages: &[Vec<TextRun>]) -> Vec<u8> {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font_id = doc.add_object(dictionary! {
        "Type" => "Font",
        "Subtype" => "Type1",
        "BaseFont" => "Helvetica",
        "Encoding" => "WinAnsiEncoding",
    });
    let resources_id = doc.add_object(dictionary! {
        "Font" => dictionary! { "F1" => font_id },
    });
    let mut kids = Vec::new();
    for runs in pages {
        let mut ops = Vec::new();
        for r in runs {
            ops.push(Operation::new("BT", vec![]));
            ops.push(Operation::new("Tf", vec!["F1".into(), r.size.into()]));
            ops.push(Operation::new(
                "Tm",
                vec![
                    1.into(),
                    0.into(),
                    0.into(),
                    1.into(),
                    r.x.into(),
                    (HEIGHT - r.y).into(),
                ],
            ));
            ops.push(Operation::new(
                "Tj",
                vec![Object::String(win_ansi(&r.text), StringFormat::Literal)],
            ));
            ops.push(Operation::new("ET", vec![]));
        }
        kids.push(page(&mut doc, pages_id, Content { operations: ops }));
    }
    finish(doc, pages_id, resources_id, kids)
}

fn page(doc: &mut Document, pages_id: lopdf::ObjectId, content: Content) -> Object {
    let bytes = content.encode().expect("content encodes");
    let content_id = doc.add_object(Stream::new(dictionary! {}, bytes));
    doc.add_object(dictionary! {
        "Type" => "Page",
        "Parent" => pages_id,
        "Contents" => content_id,
    })
    .into()
}

fn finish(
    mut doc: Document,
    pages_id: lopdf::ObjectId,
    resources_id: lopdf::ObjectId,
    kids: Vec<Object>,
) -> Vec<u8> {
    let count = kids.len() as i64;
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages",
            "Kids" => kids,
            "Count" => count,
            "Resources" => resources_id,
            "MediaBox" => vec![0.into(), 0.into(), WIDTH.into(), HEIGHT.into()],
        }),
    );
    let catalog_id = doc.add_object(dictionary! {
        "Type" => "Catalog",
        "Pages" => pages_id,
    });
    doc.trailer.set("Root", catalog_id);
    doc.trailer.set(
        "ID",
        vec![
            Object::String(b"0123456789abcdef".to_vec(), StringFormat::Hexadecimal),
            Object::String(b"0123456789abcdef".to_vec(), StringFormat::Hexadecimal),
        ],
    );
    let mut out = Vec::new();
    doc.save_to(&mut out).expect("PDF is written");
    out
}

/// A PDF of `pages` pages that hold only an image (what a scanner gives).
pub fn scanned_pdf(pages: usize) -> Vec<u8> {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let image_id = doc.add_object(Stream::new(
        dictionary! {
            "Type" => "XObject",
            "Subtype" => "Image",
            "Width" => 2,
            "Height" => 2,
            "ColorSpace" => "DeviceGray",
            "BitsPerComponent" => 8,
        },
        vec![0, 255, 255, 0],
    ));
    let resources_id = doc.add_object(dictionary! {
        "XObject" => dictionary! { "Im1" => image_id },
    });
    let kids = (0..pages)
        .map(|_| {
            let ops = vec![
                Operation::new("q", vec![]),
                Operation::new(
                    "cm",
                    vec![
                        WIDTH.into(),
                        0.into(),
                        0.into(),
                        HEIGHT.into(),
                        0.into(),
                        0.into(),
                    ],
                ),
                Operation::new("Do", vec!["Im1".into()]),
                Operation::new("Q", vec![]),
            ];
            page(&mut doc, pages_id, Content { operations: ops })
        })
        .collect();
    finish(doc, pages_id, resources_id, kids)
}

/// `bytes` (a PDF) encrypted with a user password, so that it cannot be opened without it.
pub fn encrypted_pdf(bytes: &[u8]) -> Vec<u8> {
    use lopdf::encryption::{EncryptionState, EncryptionVersion, Permissions};
    let mut doc = Document::load_mem(bytes).expect("PDF loads");
    let version = EncryptionVersion::V2 {
        document: &doc,
        owner_password: "owner-secret",
        user_password: "user-secret",
        key_length: 128,
        permissions: Permissions::all(),
    };
    let state = EncryptionState::try_from(version).expect("encryption state");
    doc.encrypt(&state).expect("PDF encrypts");
    let mut out = Vec::new();
    doc.save_to(&mut out).expect("PDF is written");
    out
}

/// A `.docx` zipped by hand from its parts (deflated, as Word writes them).
pub fn docx(document_body: &str, footnotes: &str) -> Vec<u8> {
    const W: &str = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
    let parts = [
        (
            "[Content_Types].xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>".to_string(),
        ),
        (
            "word/document.xml",
            format!("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document {W}><w:body>{document_body}</w:body></w:document>"),
        ),
        (
            "word/styles.xml",
            format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles {W}><w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/></w:style><w:style w:type=\"paragraph\" w:styleId=\"ListBullet\"><w:name w:val=\"List Bullet\"/></w:style></w:styles>"),
        ),
        (
            "word/footnotes.xml",
            format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:footnotes {W}><w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>{footnotes}</w:footnotes>"),
        ),
    ];
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, xml) in parts {
        zip.start_file(name, options).expect("zip entry");
        zip.write_all(xml.as_bytes()).expect("zip write");
    }
    zip.finish().expect("zip finishes").into_inner()
}

/// A `w:p` of plain runs; `style` a paragraph style id.
pub fn para(style: Option<&str>, runs: &str) -> String {
    let ppr = style.map_or(String::new(), |s| {
        format!("<w:pPr><w:pStyle w:val=\"{s}\"/></w:pPr>")
    });
    format!("<w:p>{ppr}{runs}</w:p>")
}

/// A `w:r` with text (escaped).
pub fn run(s: &str) -> String {
    let escaped = s
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    format!("<w:r><w:t xml:space=\"preserve\">{escaped}</w:t></w:r>")
}

/// An `.odt` zipped by hand: the media type first and stored, then `content.xml` with
/// `body` as its text.
pub fn odt(body: &str) -> Vec<u8> {
    let content = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" office:version=\"1.3\"><office:body><office:text>{body}</office:text></office:body></office:document-content>"
    );
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    zip.start_file("mimetype", stored).expect("zip entry");
    zip.write_all(b"application/vnd.oasis.opendocument.text")
        .expect("zip write");
    let deflated = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("content.xml", deflated).expect("zip entry");
    zip.write_all(content.as_bytes()).expect("zip write");
    zip.finish().expect("zip finishes").into_inner()
}
