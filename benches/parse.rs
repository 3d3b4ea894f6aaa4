//! Decode + parse throughput on the sample and the whole corpus.

use baogao::decode::input::SAMPLE;
use divan::{Bencher, counter::BytesCount};

mod common;

fn main() {
    divan::main();
}

#[divan::bench]
fn sample(b: Bencher) {
    b.counter(BytesCount::new(SAMPLE.len())).bench(|| {
        baogao::report::Report::from_bytes(
            "s.txt",
            divan::black_box(SAMPLE),
            &baogao::report::Options::default(),
        )
        .unwrap()
    });
}

#[divan::bench]
fn corpus_concatenated(b: Bencher) {
    let all = common::corpus_concatenated(1);
    b.counter(BytesCount::new(all.len())).bench(|| {
        baogao::report::Report::from_bytes(
            "c.txt",
            divan::black_box(&all),
            &baogao::report::Options::default(),
        )
        .unwrap()
    });
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
