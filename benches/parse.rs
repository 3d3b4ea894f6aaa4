//! Decode + parse throughput on the sample and the whole corpus.

use baogao::decode::input::SAMPLE;
use divan::{Bencher, counter::BytesCount};

mod common;

fn main() {
    divan::main();
}

/// Decode and parse, figures left out (they have their own bench).
fn parse(bytes: &[u8]) -> baogao::document::Document {
    let text = baogao::decode::decode(bytes, None, Some("x.txt"))
        .unwrap()
        .text;
    baogao::document::parse(&text)
}

#[divan::bench]
fn sample(b: Bencher) {
    b.counter(BytesCount::new(SAMPLE.len()))
        .bench(|| parse(divan::black_box(SAMPLE)));
}

#[divan::bench]
fn corpus_concatenated(b: Bencher) {
    let all = common::corpus_concatenated(1);
    b.counter(BytesCount::new(all.len()))
        .bench(|| parse(divan::black_box(&all)));
}

/// A 300 MB file is refused from its size alone (never read into memory).
#[divan::bench]
fn refuse_300mb(b: Bencher) {
    let path = std::env::temp_dir().join(format!("baogao-bench-300mb-{}.txt", std::process::id()));
    let f = std::fs::File::create(&path).unwrap();
    f.set_len(300 * 1024 * 1024).unwrap();
    let p = path.to_str().unwrap().to_string();
    b.bench(|| {
        baogao::report::Report::open(
            Some(divan::black_box(&p)),
            &baogao::report::Options::default(),
        )
        .unwrap_err()
    });
    std::fs::remove_file(&path).ok();
}
