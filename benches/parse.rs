//! Decode + parse throughput on the sample and the whole corpus.

use baogao::load::{SAMPLE, load_bytes};
use divan::{Bencher, counter::BytesCount};

mod common;

fn main() {
    divan::main();
}

#[divan::bench]
fn sample(b: Bencher) {
    b.counter(BytesCount::new(SAMPLE.len()))
        .bench(|| load_bytes("s.txt", divan::black_box(SAMPLE), None).unwrap());
}

#[divan::bench]
fn corpus_concatenated(b: Bencher) {
    let all = common::corpus_concatenated(1);
    b.counter(BytesCount::new(all.len()))
        .bench(|| load_bytes("c.txt", divan::black_box(&all), None).unwrap());
}
