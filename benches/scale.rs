//! Criterion benchmarks of the scale paths: co-membership of synthetic tables, the
//! state scan over generated text, extraction of the bundled corpus and the report
//! (Graphviz forced off). Baseline comparisons with NetworkX, scipy and grep are in
//! `bench/compare.sh`; measured figures in `bench/README.md`.

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use ggegraph::analysis::comembership::{Strategy, Weight, comembership, comembership_with};
use ggegraph::analysis::memberships::{MembershipGroup, Memberships};
use ggegraph::corpus::{Corpus, CorpusOptions};
use ggegraph::gazetteer::StateMatcher;
use ggegraph::model::EntityId;
use ggegraph::scan::ScanCounts;
use std::hint::black_box;

fn comembership_bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("comembership");
    g.sample_size(10);
    for groups in [1_000usize, 10_000] {
        let mut csv = tempfile::NamedTempFile::new().expect("tmp");
        ggegraph::synth::write_memberships(csv.as_file_mut(), groups, 1).expect("write");
        g.bench_with_input(BenchmarkId::new("csv+count", groups), &groups, |b, _| {
            b.iter(|| {
                let m = Memberships::from_csv(csv.path(), false).expect("reads");
                black_box(comembership(&m, Weight::Count).len())
            })
        });
        let m = Memberships::from_csv(csv.path(), false).expect("reads");
        for w in Weight::ALL {
            g.bench_with_input(BenchmarkId::new(w.as_str(), groups), &m, |b, m| {
                b.iter(|| black_box(comembership(m, w).len()))
            });
        }
    }
    g.finish();
}

/// A table of `groups` groups of 15-25 members drawn from `entities` entities: the UN's
/// 193 states, or a user's CSV of people or organisations with thousands of rows.
fn table(entities: usize, groups: usize) -> Memberships {
    let mut rng = ggegraph::synth::Rng::new(7);
    let rows = (0..groups).flat_map(|g| {
        let size = 15 + rng.below(11);
        let group = format!("g{g}");
        (0..size)
            .map(|_| {
                let member = EntityId(format!("e{:05}", rng.below(entities)));
                (member, MembershipGroup::from_id(&group))
            })
            .collect::<Vec<_>>()
    });
    Memberships::from_rows(rows.collect::<Vec<_>>())
}

/// The projection's strategies side by side at the users' size (193 states) and at a
/// table of many entities, where the dense n x n matrix no longer fits in cache.
fn strategy_bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("strategy");
    g.sample_size(10);
    for entities in [193usize, 5_000] {
        let m = table(entities, 20_000);
        for (name, s) in [("dense", Strategy::DenseMatrix), ("rows", Strategy::Rows)] {
            g.bench_with_input(BenchmarkId::new(name, entities), &m, |b, m| {
                b.iter(|| black_box(comembership_with(m, Weight::Count, s).len()))
            });
        }
    }
    g.finish();
}

fn scan_bench(c: &mut Criterion) {
    let text = ggegraph::synth::document(&mut ggegraph::synth::Rng::new(1), 10_000_000);
    let matcher = StateMatcher::new();
    let mut g = c.benchmark_group("scan");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("fold+match 10MB", |b| {
        b.iter(|| {
            let folded = ggegraph::scan::fold_plain(text.clone().into_bytes()).expect("plain text");
            let mut counts = ScanCounts::new();
            counts.count_text(&matcher, &folded);
            black_box(counts.total())
        })
    });
    g.finish();
}

fn bundled_bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("bundled");
    g.sample_size(10);
    g.bench_function("extract+graph", |b| {
        b.iter(|| {
            black_box(
                Corpus::load(&CorpusOptions::default())
                    .graph
                    .edges()
                    .count(),
            )
        })
    });
    // SAFETY of the environment: set before any thread reads it in this process.
    unsafe { std::env::set_var("GGEGRAPH_NO_GRAPHVIZ", "1") };
    let corpus = Corpus::load(&CorpusOptions::default());
    let m = Memberships::from_graph(&corpus.graph);
    g.bench_function("report (no graphviz)", |b| {
        b.iter(|| {
            let dir = tempfile::tempdir().expect("tmp");
            black_box(ggegraph::report::write_report(&corpus, &m, dir.path(), &mut |_| {}).is_ok())
        })
    });
    g.finish();
}

/// The Markdown reader against pulldown-cmark, on the bundled Markdown repeated to
/// 4 MB: this crate's reader with its position map, normalisation and sentences
/// (`markdown`), the same stages with the plain-text reader (`text`, so the difference is
/// the Markdown reader's own cost), and pulldown-cmark's events with their source ranges
/// (`pulldown-cmark events`), a lower bound for a reader built on it, which would still
/// have to map positions, normalise and split sentences.
fn markdown_bench(c: &mut Criterion) {
    use ggegraph::documents::{Document, Format, bundled_source};
    let seeds = [
        "seeds/gge-2014-2015.md",
        "seeds/norms-2015.md",
        "seeds/resolutions.md",
    ];
    let page: String = seeds.iter().filter_map(|id| bundled_source(id)).collect();
    let text = page.repeat((4 << 20) / page.len().max(1) + 1);
    let mut g = c.benchmark_group("markdown");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(text.len() as u64));
    let path = std::path::Path::new("bench.md");
    for (name, format) in [("markdown", Format::Markdown), ("text", Format::Text)] {
        g.bench_function(name, |b| {
            b.iter(|| {
                black_box(
                    Document::from_source("b", path, format, &text)
                        .sentences
                        .len(),
                )
            })
        });
    }
    g.bench_function("pulldown-cmark events", |b| {
        b.iter(|| {
            let options = pulldown_cmark::Options::ENABLE_TABLES;
            let parser = pulldown_cmark::Parser::new_ext(&text, options);
            black_box(parser.into_offset_iter().map(|(_, r)| r.end).sum::<usize>())
        })
    });
    g.finish();
}

criterion_group!(
    benches,
    comembership_bench,
    strategy_bench,
    scan_bench,
    bundled_bench,
    markdown_bench
);
criterion_main!(benches);
