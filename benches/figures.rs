//! Figure extraction throughput over the corpus (parse excluded).

use baogao::figures::extract;
use divan::{Bencher, counter::BytesCount};

mod common;

fn main() {
    divan::main();
}

#[divan::bench]
fn corpus(b: Bencher) {
    let docs: Vec<_> = common::corpus_files()
        .iter()
        .map(|b| {
            baogao::report::Report::from_bytes("c.txt", b, &baogao::report::Options::default())
                .unwrap()
        })
        .collect();
    let bytes: usize = docs.iter().map(|d| d.doc.text.len()).sum();
    b.counter(BytesCount::new(bytes)).bench(|| {
        for d in &docs {
            divan::black_box(extract(&d.doc));
        }
    });
}
