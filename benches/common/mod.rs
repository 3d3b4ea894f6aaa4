//! Inputs shared by the benchmarks: the corpus files from the test fixtures.

/// The corpus reports (1954–2025), in year order, as raw bytes.
pub fn corpus_files() -> Vec<Vec<u8>> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/corpus");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files.iter().map(|f| std::fs::read(f).unwrap()).collect()
}

/// The corpus concatenated `times` times, reports separated by blank lines.
#[allow(dead_code, reason = "not every bench uses it")]
pub fn corpus_concatenated(times: usize) -> Vec<u8> {
    let files = corpus_files();
    let mut all = Vec::new();
    for _ in 0..times {
        for f in &files {
            all.extend_from_slice(f);
            all.extend_from_slice(b"\n\n");
        }
    }
    all
}

#[allow(dead_code, reason = "not every bench uses it")]
pub mod patho;
