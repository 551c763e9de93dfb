//! Synthetic inputs at any scale, for benchmarks and tests: a membership table of many
//! groups over the UN member states, and a corpus of documents in the style the extractor
//! reads (membership lists, resolution adoptions, statements) padded with filler prose.
//!
//! Output depends only on the size and the seed: the random numbers come from a
//! SplitMix64 generator written here, so no crate upgrade changes a file. Not for
//! realistic data: the sizes and the skew (the five permanent members of the Security
//! Council are drawn more often) are there to exercise the code paths, not to model the UN.

use crate::gazetteer::{STATES, State};
use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::Path;

/// A small, fast, seeded pseudo-random generator (SplitMix64, Steele, Lea and Flood 2014).
///
/// Not for cryptography; fixed forever so synthetic files are reproducible.
///
/// # Example
/// ```
/// use ggegraph::synth::Rng;
/// let (mut a, mut b) = (Rng::new(7), Rng::new(7));
/// assert_eq!(a.next_u64(), b.next_u64());
/// assert!(a.below(10) < 10);
/// ```
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator for `seed`.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0), by Lemire's multiply-shift (the bias is
    /// below 2^-32 for the sizes used here).
    pub fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }

    /// A number in `lo..=hi`.
    pub fn between(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi.saturating_sub(lo) + 1)
    }
}

/// ISO3 codes of the permanent members of the Security Council.
pub const P5: [&str; 5] = ["CHN", "FRA", "GBR", "RUS", "USA"];

/// How much more often a P5 state is drawn than any other state.
const P5_WEIGHT: u32 = 8;

/// The 193 UN member states (observers left out), in [`STATES`] order.
pub fn member_states() -> Vec<&'static State> {
    STATES.iter().filter(|s| !s.observer).collect()
}

/// The UN short names of the member states, one a line ([`member_states`] order): the
/// `names.txt` of `grep -o -F -f names.txt`, the baseline `scan` is compared with.
///
/// # Errors
/// Any I/O error from `w`.
pub fn write_names(w: &mut dyn Write) -> io::Result<()> {
    for s in member_states() {
        writeln!(w, "{}", s.name)?;
    }
    Ok(())
}

/// Draws `k` distinct states (P5 weighted [`P5_WEIGHT`] times), in `states` order.
fn draw_members(rng: &mut Rng, states: &[&'static State], k: usize) -> Vec<usize> {
    let weights: Vec<u32> = states
        .iter()
        .map(|s| if P5.contains(&s.iso3) { P5_WEIGHT } else { 1 })
        .collect();
    let total: u32 = weights.iter().sum();
    let k = k.min(states.len());
    let mut chosen = vec![false; states.len()];
    let mut out = Vec::with_capacity(k);
    while out.len() < k {
        let mut ticket = rng.below(total as usize) as u32;
        let mut pick = 0;
        for (i, &w) in weights.iter().enumerate() {
            if ticket < w {
                pick = i;
                break;
            }
            ticket -= w;
        }
        if !chosen[pick] {
            chosen[pick] = true;
            out.push(pick);
        }
    }
    out.sort_unstable();
    out
}

/// Smallest and largest synthetic group.
pub const GROUP_SIZE: (usize, usize) = (15, 25);

/// Writes a membership CSV (`state,group,start,end`, ISO3 codes) of `groups` groups of
/// 15 to 25 members each, drawn from the 193 member states with the P5 drawn more
/// often. Group `i` is `body-<i>` (six digits), its years spread over 1946-2045.
/// Returns the number of membership rows.
///
/// # Errors
/// Only those of the writer.
///
/// # Example
/// ```
/// let mut out = Vec::new();
/// let rows = ggegraph::synth::write_memberships(&mut out, 3, 1).unwrap();
/// let text = String::from_utf8(out).unwrap();
/// assert!(text.starts_with("state,group,start,end\n"));
/// assert_eq!(text.lines().count() as u64, rows + 1);
/// ```
pub fn write_memberships(w: &mut dyn Write, groups: usize, seed: u64) -> io::Result<u64> {
    let states = member_states();
    let mut rng = Rng::new(seed);
    let mut w = BufWriter::with_capacity(1 << 16, w);
    w.write_all(b"state,group,start,end\n")?;
    let mut rows = 0u64;
    for g in 0..groups {
        let size = rng.between(GROUP_SIZE.0, GROUP_SIZE.1);
        let start = 1946 + (g * 100 / groups.max(1));
        let end = start + rng.below(3);
        for i in draw_members(&mut rng, &states, size) {
            writeln!(w, "{},body-{g:06},{start},{end}", states[i].iso3)?;
            rows += 1;
        }
    }
    w.flush()?;
    Ok(rows)
}

/// What [`write_corpus`] wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CorpusSummary {
    /// Files written.
    pub files: usize,
    /// Bytes written.
    pub bytes: u64,
}

/// Smallest and largest synthetic document, in bytes.
pub const DOCUMENT_SIZE: (usize, usize) = (1 << 20, 4 << 20);

/// Writes about `megabytes` MB (10^6 bytes) of `.txt` documents of 1 to 4 MiB each into
/// `dir` (created if missing), named `doc-00000.txt`, ...; the last file may be smaller.
///
/// Paragraphs mix membership sentences ("Experts from the following States were members
/// of the GGE 2031/2032: Brazil, ..."), resolution adoptions ("Resolution 91/12 was
/// adopted on 3 December 2036 without a vote."), statements naming one state, and
/// filler prose without state names.
///
/// # Errors
/// Only those of creating the directory and writing the files.
pub fn write_corpus(dir: &Path, megabytes: u64, seed: u64) -> io::Result<CorpusSummary> {
    fs::create_dir_all(dir)?;
    let target = megabytes * 1_000_000;
    let mut rng = Rng::new(seed);
    let mut summary = CorpusSummary::default();
    while summary.bytes < target {
        let remaining = usize::try_from(target - summary.bytes).unwrap_or(usize::MAX);
        let size = rng.between(DOCUMENT_SIZE.0, DOCUMENT_SIZE.1).min(remaining);
        let text = document(&mut rng, size);
        let path = dir.join(format!("doc-{:05}.txt", summary.files));
        fs::write(&path, &text)?;
        summary.files += 1;
        summary.bytes += text.len() as u64;
    }
    Ok(summary)
}

/// One document of at least `size` bytes (it ends at a paragraph end).
///
/// # Example
/// ```
/// let mut rng = ggegraph::synth::Rng::new(3);
/// let text = ggegraph::synth::document(&mut rng, 2000);
/// assert!(text.len() >= 2000);
/// assert!(text.contains("were members of the GGE"));
/// ```
pub fn document(rng: &mut Rng, size: usize) -> String {
    let states = member_states();
    let mut out = String::with_capacity(size + 4096);
    let title_year = 2030 + rng.below(60);
    out.push_str(&format!(
        "Records of the Group of Governmental Experts, {title_year}\n\n"
    ));
    while out.len() < size {
        let sentences = rng.between(3, 8);
        for i in 0..sentences {
            if i > 0 {
                out.push(' ');
            }
            match rng.below(10) {
                0 => membership_sentence(rng, &states, &mut out),
                1 => resolution_sentence(rng, &mut out),
                2 | 3 => statement_sentence(rng, &states, &mut out),
                _ => filler_sentence(rng, &mut out),
            }
        }
        out.push_str("\n\n");
    }
    out
}

fn membership_sentence(rng: &mut Rng, states: &[&'static State], out: &mut String) {
    let year = 2030 + rng.below(70);
    let size = rng.between(GROUP_SIZE.0, GROUP_SIZE.1);
    let members = draw_members(rng, states, size);
    out.push_str(&format!(
        "Experts from the following States were members of the GGE {year}/{}: ",
        year + 1
    ));
    for (i, &m) in members.iter().enumerate() {
        if i + 1 == members.len() {
            out.push_str(" and ");
        } else if i > 0 {
            out.push_str(", ");
        }
        out.push_str(states[m].name);
    }
    out.push('.');
}

fn resolution_sentence(rng: &mut Rng, out: &mut String) {
    let session = 85 + rng.below(60);
    let number = 1 + rng.below(300);
    let day = 1 + rng.below(28);
    let month = crate::extract::refs::MONTHS[rng.below(12)];
    let year = 1945 + session;
    let vote = if rng.below(2) == 0 {
        " without a vote"
    } else {
        ""
    };
    out.push_str(&format!(
        "Resolution {session}/{number} was adopted on {day} {month} {year}{vote}."
    ));
}

fn statement_sentence(rng: &mut Rng, states: &[&'static State], out: &mut String) {
    const FORMS: [&str; 4] = [
        "The representative of {} took the floor on capacity-building.",
        "The delegation of {} welcomed the progress report.",
        "A working paper submitted by {} was circulated.",
        "The expert from {} proposed further consultations.",
    ];
    let state = states[rng.below(states.len())].name;
    let form = FORMS[rng.below(FORMS.len())];
    out.push_str(&form.replacen("{}", state, 1));
}

/// Lower-case words only, so filler never contains a state name.
const WORDS: [&str; 32] = [
    "the",
    "group",
    "considered",
    "existing",
    "and",
    "potential",
    "threats",
    "in",
    "sphere",
    "of",
    "information",
    "security",
    "possible",
    "cooperative",
    "measures",
    "to",
    "address",
    "them",
    "including",
    "norms",
    "rules",
    "principles",
    "responsible",
    "behaviour",
    "confidence-building",
    "capacity",
    "international",
    "law",
    "applies",
    "use",
    "technologies",
    "experts",
];

fn filler_sentence(rng: &mut Rng, out: &mut String) {
    let words = rng.between(8, 24);
    out.push_str("Delegations noted that");
    for _ in 0..words {
        out.push(' ');
        out.push_str(WORDS[rng.below(WORDS.len())]);
    }
    out.push('.');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn csv(groups: usize, seed: u64) -> (String, u64) {
        let mut out = Vec::new();
        let rows = write_memberships(&mut out, groups, seed).expect("in memory");
        (String::from_utf8(out).expect("ascii"), rows)
    }

    #[test]
    fn rng_is_fixed_forever() {
        // SplitMix64's published first output for seed 0.
        assert_eq!(Rng::new(0).next_u64(), 0xE220_A839_7B1D_CDAF);
        let mut r = Rng::new(9);
        assert!((0..1000).all(|_| r.between(15, 25) >= 15 && r.between(15, 25) <= 25));
        assert_eq!(Rng::new(1).below(0), 0);
    }

    #[test]
    fn memberships_are_deterministic_per_seed() {
        assert_eq!(csv(50, 1), csv(50, 1));
        assert_ne!(csv(50, 1).0, csv(50, 2).0);
    }

    #[test]
    fn membership_shape() {
        let (text, rows) = csv(400, 5);
        let mut lines = text.lines();
        assert_eq!(lines.next(), Some("state,group,start,end"));
        let mut sizes = std::collections::BTreeMap::<&str, usize>::new();
        let mut p5 = 0usize;
        for line in lines {
            let f: Vec<&str> = line.split(',').collect();
            assert_eq!(f.len(), 4, "{line}");
            assert!(crate::gazetteer::state_by_iso3(f[0]).is_some(), "{line}");
            *sizes.entry(f[1]).or_default() += 1;
            p5 += usize::from(P5.contains(&f[0]));
            let (start, end): (u16, u16) = (f[2].parse().expect("y"), f[3].parse().expect("y"));
            assert!((1946..=2047).contains(&start) && start <= end && end <= start + 2);
        }
        assert_eq!(sizes.len(), 400);
        assert!(
            sizes
                .values()
                .all(|&n| (GROUP_SIZE.0..=GROUP_SIZE.1).contains(&n))
        );
        assert_eq!(sizes.values().sum::<usize>() as u64, rows);
        // Uniform draws would put a P5 state in about 5/193 of the rows; weighted, far more.
        assert!(p5 as f64 / rows as f64 > 0.1, "{p5} of {rows}");
    }

    #[test]
    fn corpus_is_deterministic_and_sized() {
        let a = tempfile::tempdir().expect("tmp");
        let b = tempfile::tempdir().expect("tmp");
        let sa = write_corpus(a.path(), 3, 4).expect("write");
        let sb = write_corpus(b.path(), 3, 4).expect("write");
        assert_eq!(sa, sb);
        assert!(sa.bytes >= 3_000_000 && sa.files >= 1);
        for i in 0..sa.files {
            let name = format!("doc-{i:05}.txt");
            let x = fs::read(a.path().join(&name)).expect("read");
            assert_eq!(x, fs::read(b.path().join(&name)).expect("read"));
            assert!(x.len() <= DOCUMENT_SIZE.1 + 4096);
        }
    }

    #[test]
    fn documents_read_as_memberships_and_resolutions() {
        let text = document(&mut Rng::new(11), 20_000);
        let doc = crate::documents::Document::from_source(
            "synth.txt",
            Path::new("synth.txt"),
            crate::documents::Format::Text,
            &text,
        );
        let ex = crate::extract::Extractor::new().extract(std::slice::from_ref(&doc));
        use crate::model::{EntityKind, Relation};
        assert!(ex.claims.iter().any(|c| c.relation == Relation::MemberOf));
        assert!(ex.entities.iter().any(|e| e.kind == EntityKind::Resolution));
    }
}
