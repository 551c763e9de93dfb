//! How a gold fact and a read fact are recognised as the same when they are not spelt
//! the same: UN document symbols in the tool's spelling, people by the words of their
//! names. Pages write `73/27` or `A/C.1/73/L.27/REV.1`, and give a chair as "Krutskikh"
//! or "Andrey Krutskikh"; an annotator should not have to guess the tool's spelling.

/// A UN document symbol in the spelling the tool writes: `A/RES/73/27`,
/// `A/C.1/73/L.27/Rev.1`.
///
/// Spaces are dropped, the bare `73/27` and `RES/73/27` of running text become
/// `A/RES/73/27`, leading zeros go, suffixes are spelt `Rev.1`, `Add.2`, `Corr.1`, `L.27`
/// whatever their case or dot, and everything else is upper-cased.
///
/// ```
/// use ggegraph::eval::normalise_symbol;
/// assert_eq!(normalise_symbol("a/c.1/73/l.27/REV1"), "A/C.1/73/L.27/Rev.1");
/// assert_eq!(normalise_symbol("73/027"), "A/RES/73/27");
/// ```
pub fn normalise_symbol(raw: &str) -> String {
    let compact: String = raw.chars().filter(|c| !c.is_whitespace()).collect();
    let compact = compact.trim_end_matches(['*', '.', ',', ';']);
    let mut parts: Vec<String> = compact
        .split('/')
        .filter(|p| !p.is_empty())
        .map(normalise_symbol_part)
        .collect();
    let numeric = |p: &String| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    match parts.as_slice() {
        [first, ..] if first == "A" => {}
        [first, ..] if first == "RES" || first.starts_with("C.") => parts.insert(0, "A".into()),
        [session, number] if numeric(session) && numeric(number) => {
            parts.splice(0..0, ["A".to_string(), "RES".to_string()]);
        }
        _ => {}
    }
    parts.join("/")
}

/// One `/`-separated part of a symbol (see [`normalise_symbol`]).
fn normalise_symbol_part(part: &str) -> String {
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let number = |s: &str| match s.trim_start_matches('0') {
        "" => "0".to_string(),
        n => n.to_string(),
    };
    if digits(part) {
        return number(part);
    }
    let lower = part.to_ascii_lowercase();
    for (prefix, spelt) in [
        ("rev", "Rev."),
        ("add", "Add."),
        ("corr", "Corr."),
        ("l", "L."),
    ] {
        if let Some(rest) = lower.strip_prefix(prefix) {
            let rest = rest.strip_prefix('.').unwrap_or(rest);
            if digits(rest) {
                return format!("{spelt}{}", number(rest));
            }
        }
    }
    part.to_uppercase()
}

/// The words of a name, accents transliterated and lower-cased: "Jürg Lauber" ->
/// `["jurg", "lauber"]`.
pub fn name_words(name: &str) -> Vec<String> {
    deunicode::deunicode(name)
        .to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// True when every word of one name is a word of the other: pages name a chair by the
/// surname alone ("Krutskikh"), with a title ("Ambassador Burhan Gafoor") or without
/// accents ("Jurg Lauber"), and all of these are the same person. Two different first
/// names ("Andrei" and "Andrey") do not match: that is a different spelling the gold
/// should carry.
///
/// ```
/// use ggegraph::eval::names_match;
/// assert!(names_match("Krutskikh", "Andrey Krutskikh"));
/// assert!(names_match("Jürg Lauber", "Jurg Lauber"));
/// assert!(!names_match("Karsten Geier", "Karsten Klein"));
/// ```
pub fn names_match(a: &str, b: &str) -> bool {
    let (a, b) = (name_words(a), name_words(b));
    if a.is_empty() || b.is_empty() {
        return false;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short.iter().all(|w| long.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn symbols_take_the_tools_spelling() {
        for (raw, tool) in [
            ("A/RES/73/27", "A/RES/73/27"),
            ("RES/73/27", "A/RES/73/27"),
            (" 73 / 27 ", "A/RES/73/27"),
            ("A/C.1/73/L.27/Rev.1", "A/C.1/73/L.27/Rev.1"),
            ("a/c.1/73/l27/rev.1", "A/C.1/73/L.27/Rev.1"),
            ("C.1/75/L.8/REV.01", "A/C.1/75/L.8/Rev.1"),
            ("A/70/174*", "A/70/174"),
            ("A/68/98/Add.1", "A/68/98/Add.1"),
        ] {
            assert_eq!(normalise_symbol(raw), tool, "{raw}");
        }
    }

    #[test]
    fn names_match_by_whole_words_folded() {
        assert!(names_match("Moreau", "Claire Moreau"));
        assert!(names_match("Ambassador Claire Moreau", "claire moreau"));
        assert!(names_match("Zoë Dvořák", "Zoe Dvorak"));
        assert!(!names_match("Moreau", "Moreaux"));
        assert!(!names_match("Claire Moreau", "Claire Martin"));
        assert!(!names_match("", "Claire"));
    }
}
