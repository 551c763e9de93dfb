//! A pre-pass over the raw HTML that blanks the attributes of a tag past the first
//! [`MAX_ATTRIBUTES`], so that a hostile page cannot make the tokenizer quadratic.

/// Attributes of one tag the tokenizer is given; later ones are blanked by
/// [`cap_attributes`].
pub(super) const MAX_ATTRIBUTES: usize = 256;

/// `raw` with the attributes of a tag after its first [`MAX_ATTRIBUTES`] replaced by
/// spaces (line breaks kept, so the tokenizer's lines stay those of `raw`). The tokenizer
/// compares each attribute's name with every earlier one of its tag, so a tag of 200,000
/// attributes would cost 2·10¹⁰ comparisons; no attribute is read here, and no page has
/// that many. Comments and the content of raw-text elements (`script`, `style`, ...) are
/// passed over as the tokenizer would. Borrowed when no tag has that many attributes.
pub(super) fn cap_attributes(raw: &str) -> std::borrow::Cow<'_, str> {
    let b = raw.as_bytes();
    let len = b.len();
    let find = |from: usize, pat: &[u8]| {
        memchr::memmem::find(b.get(from..).unwrap_or_default(), pat).map(|k| from + k)
    };
    let mut blanked: Option<Vec<u8>> = None;
    let mut i = 0;
    while let Some(at) = memchr::memchr(b'<', b.get(i..).unwrap_or_default()).map(|k| i + k) {
        if b[at..].starts_with(b"<!--") {
            i = find(at + 4, b"-->").map_or(len, |k| k + 3);
            continue;
        }
        if matches!(b.get(at + 1), Some(b'!' | b'?')) {
            i = memchr::memchr(b'>', &b[at..]).map_or(len, |k| at + k + 1);
            continue;
        }
        let end_tag = b.get(at + 1) == Some(&b'/');
        let name_from = at + 1 + usize::from(end_tag);
        if !b.get(name_from).is_some_and(u8::is_ascii_alphabetic) {
            i = at + 1;
            continue;
        }
        let mut j = name_from;
        while j < len && !is_space(b[j]) && !matches!(b[j], b'/' | b'>') {
            j += 1;
        }
        let name = raw.get(name_from..j).unwrap_or("").to_ascii_lowercase();
        let mut count = 0usize;
        loop {
            while j < len && (is_space(b[j]) || b[j] == b'/') {
                j += 1;
            }
            if j >= len {
                break;
            }
            if b[j] == b'>' {
                j += 1;
                break;
            }
            let attr = j;
            j = attribute_end(b, j);
            count += 1;
            if count > MAX_ATTRIBUTES {
                let out = blanked.get_or_insert_with(|| b.to_vec());
                for c in &mut out[attr..j] {
                    if !matches!(*c, b'\n' | b'\r') {
                        *c = b' ';
                    }
                }
            }
        }
        i = j;
        if !end_tag {
            match name.as_str() {
                "plaintext" => break,
                "script" | "style" | "xmp" | "iframe" | "noembed" | "noframes" | "noscript"
                | "title" | "textarea" => i = raw_text_end(b, i, &name),
                _ => {}
            }
        }
    }
    match blanked {
        // Only ASCII bytes were replaced, by spaces, at character boundaries.
        Some(out) => String::from_utf8(out).map_or(std::borrow::Cow::Borrowed(raw), Into::into),
        None => std::borrow::Cow::Borrowed(raw),
    }
}

/// Whitespace as the HTML tokenizer counts it.
fn is_space(c: u8) -> bool {
    matches!(c, b'\t' | b'\n' | b'\r' | 0x0c | b' ')
}

/// Where the attribute starting at `j` (its name, then `=` and a quoted or bare value if
/// it has one) ends.
fn attribute_end(b: &[u8], mut j: usize) -> usize {
    let len = b.len();
    j += 1; // the first character of a name may be `=`
    while j < len && !is_space(b[j]) && !matches!(b[j], b'/' | b'>' | b'=') {
        j += 1;
    }
    let mut k = j;
    while k < len && is_space(b[k]) {
        k += 1;
    }
    if b.get(k) == Some(&b'=') {
        j = k + 1;
        while j < len && is_space(b[j]) {
            j += 1;
        }
        match b.get(j) {
            Some(&q @ (b'"' | b'\'')) => {
                j = memchr::memchr(q, &b[j + 1..]).map_or(len, |k| j + 1 + k + 1);
            }
            _ => {
                while j < len && !is_space(b[j]) && b[j] != b'>' {
                    j += 1;
                }
            }
        }
    }
    j
}

/// Where the content of the raw-text element `name` that starts at `i` ends: at its end
/// tag (any case), or at the end of the input.
fn raw_text_end(b: &[u8], i: usize, name: &str) -> usize {
    let close = format!("</{name}");
    let mut from = i;
    loop {
        match memchr::memchr(b'<', b.get(from..).unwrap_or_default()) {
            None => break b.len(),
            Some(k) => {
                let lt = from + k;
                if b.get(lt..lt + close.len())
                    .is_some_and(|t| t.eq_ignore_ascii_case(close.as_bytes()))
                {
                    break lt;
                }
                from = lt + 1;
            }
        }
    }
}
