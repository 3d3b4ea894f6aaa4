//! Hostile shapes against a normal report, per MB: the whole load (decode,
//! parse, figures) must stay linear, within 5× the corpus's time per MB.
//!
//! `cargo bench --bench pathological`; README's performance section has
//! the numbers.

use baogao::report::{Options, Report};
use divan::{Bencher, counter::BytesCount};

mod common;

fn main() {
    divan::main();
}

/// Decode, parse and extract figures: what opening a file costs.
fn load(bytes: &[u8]) -> Report {
    Report::from_bytes("x.txt", bytes, &Options::default()).unwrap()
}

/// The corpus as one text.
fn corpus_text() -> String {
    String::from_utf8_lossy(&common::corpus_concatenated(1)).into_owned()
}

fn bench_load(b: Bencher, bytes: &[u8]) {
    b.counter(BytesCount::new(bytes.len()))
        .bench(|| load(divan::black_box(bytes)));
}

/// The normal report: the corpus (52 reports, 3.3 MB) concatenated.
#[divan::bench(sample_count = 10)]
fn normal_corpus(b: Bencher) {
    bench_load(b, &common::corpus_concatenated(1));
}

/// 2 M lines of one char, each a connector (`的`) so that every line joins
/// the paragraph before: one paragraph built of 2 M lines.
#[divan::bench(sample_count = 3)]
fn lines_2m_one_char(b: Bencher) {
    bench_load(b, &common::patho::one_char_lines(2_000_000));
}

/// 20 MB on one line with no punctuation at all (the corpus with its
/// punctuation and line breaks taken out): one sentence, thousands of
/// figures.
#[divan::bench(sample_count = 3)]
fn line_20mb_unpunctuated(b: Bencher) {
    bench_load(b, &common::patho::unpunctuated(&corpus_text(), 20 << 20));
}

/// 10 MB of short lines, each with a figure (`新增就业N人`).
#[divan::bench(sample_count = 3)]
fn short_lines_10mb_figures(b: Bencher) {
    bench_load(b, &common::patho::short_figure_lines(10 << 20));
}

/// 200 k headings nested five deep (`一、` › `（一）` › `1.` › `（1）` › `①`),
/// each with a sentence under it, every tenth with a figure.
#[divan::bench(sample_count = 3)]
fn nested_markers_200k(b: Bencher) {
    bench_load(b, &common::patho::nested_markers(200_000));
}

/// `search` on the command line over the short lines (a hit on every
/// line), with each hit's paragraph, section and context.
#[divan::bench(sample_count = 3)]
fn search_hits_short_lines(b: Bencher) {
    let r = load(&common::patho::short_figure_lines(10 << 20));
    b.counter(BytesCount::new(r.doc.text.len())).bench(|| {
        let hits = baogao::query::search::find(r.folded(), "就业");
        baogao::output::search_hits(&r.doc, &hits)
    });
}
