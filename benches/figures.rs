//! Figure extraction throughput over the corpus (parse excluded).

use baogao::figures::extract;
use baogao::load::load_bytes;
use divan::{Bencher, counter::BytesCount};

fn main() {
    divan::main();
}

#[divan::bench]
fn corpus(b: Bencher) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/corpus");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let docs: Vec<_> = files
        .iter()
        .map(|f| load_bytes("c.txt", &std::fs::read(f).unwrap(), None).unwrap())
        .collect();
    let bytes: usize = docs.iter().map(|d| d.doc.text.len()).sum();
    b.counter(BytesCount::new(bytes)).bench(|| {
        for d in &docs {
            divan::black_box(extract(&d.doc));
        }
    });
}
