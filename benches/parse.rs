//! Decode + parse throughput on the sample and the whole corpus.

use baogao::load::{SAMPLE, load_bytes};
use divan::{Bencher, counter::BytesCount};

fn main() {
    divan::main();
}

fn corpus() -> Vec<u8> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/corpus");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let mut all = Vec::new();
    for f in files {
        all.extend(std::fs::read(f).unwrap());
        all.extend(b"\n\n");
    }
    all
}

#[divan::bench]
fn sample(b: Bencher) {
    b.counter(BytesCount::new(SAMPLE.len()))
        .bench(|| load_bytes("s.txt", divan::black_box(SAMPLE), None).unwrap());
}

#[divan::bench]
fn corpus_concatenated(b: Bencher) {
    let all = corpus();
    b.counter(BytesCount::new(all.len()))
        .bench(|| load_bytes("c.txt", divan::black_box(&all), None).unwrap());
}
