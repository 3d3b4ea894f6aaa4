//! The library's full-text index: for each report a signature of the char
//! bigrams of its folded text (a Bloom filter of [`BITS`] bits, one hash
//! per bigram), kept bit-sliced in one file per set of reports, so that a
//! query reads only the slices of its own bigrams and then scans only the
//! reports that may hold it. A report whose signature lacks one of the
//! query's bigrams cannot contain the query; one that has them all may (a
//! false positive is scanned and found empty, never a wrong count).
//!
//! File (little-endian): `BGIDX001`, the report count `n`, [`BITS`], then
//! `n` content hashes, then [`BITS`] slices of `ceil(n / 8)` bytes: bit `r`
//! of slice `b` is set when report `r` has a bigram that hashes to `b`. A
//! file that is short, foreign or names other reports is ignored and
//! built again.

use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

/// Bits per signature: a report of 60,000 chars has about 15,000 distinct
/// bigrams, a fifth of the bits; a query of four bigrams passes a report
/// that lacks it about once in 600.
pub const BITS: usize = 1 << 16;

const MAGIC: &[u8; 8] = b"BGIDX001";
const HEADER: u64 = 24;

/// How many index files are kept (one per set of reports opened).
const KEEP: usize = 4;

/// The bit of a bigram.
fn bit(a: char, b: char) -> usize {
    let x = ((a as u64) << 32 | b as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (x >> (64 - BITS.trailing_zeros())) as usize
}

/// The bits of every bigram of `folded`, in order (repeats included).
fn bits_of(folded: &str) -> impl Iterator<Item = usize> + '_ {
    let mut prev: Option<char> = None;
    folded.chars().filter_map(move |c| {
        let out = prev.map(|p| bit(p, c));
        prev = Some(c);
        out
    })
}

/// The signature of one folded text: [`BITS`] bits as words.
pub fn signature(folded: &str) -> Vec<u64> {
    let mut sig = vec![0u64; BITS / 64];
    for b in bits_of(folded) {
        sig[b / 64] |= 1 << (b % 64);
    }
    sig
}

/// The index file of a set of reports (named by their hashes, in order).
fn file_of(dir: &Path, hashes: &[u64]) -> PathBuf {
    let bytes: Vec<u8> = hashes.iter().flat_map(|h| h.to_le_bytes()).collect();
    let key = crate::decode::input::content_hash(&bytes);
    dir.join(format!("index-{key:016x}.bin"))
}

fn stride(n: usize) -> usize {
    n.div_ceil(8)
}

/// The index file's bytes for reports with these hashes and signatures.
pub fn encode(hashes: &[u64], sigs: &[Vec<u64>]) -> Vec<u8> {
    let n = hashes.len();
    let st = stride(n);
    let mut out = Vec::with_capacity(HEADER as usize + 8 * n + BITS * st);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&(n as u64).to_le_bytes());
    out.extend_from_slice(&(BITS as u64).to_le_bytes());
    for h in hashes {
        out.extend_from_slice(&h.to_le_bytes());
    }
    let slices = out.len();
    out.resize(slices + BITS * st, 0);
    for (r, sig) in sigs.iter().enumerate() {
        for (w, &word) in sig.iter().enumerate() {
            let mut word = word;
            while word != 0 {
                let b = w * 64 + word.trailing_zeros() as usize;
                word &= word - 1;
                out[slices + b * st + r / 8] |= 1 << (r % 8);
            }
        }
    }
    out
}

/// Writes the index of these reports (failures ignored: the index is a
/// convenience) and removes all but the [`KEEP`] newest index files.
pub fn store(dir: &Path, hashes: &[u64], sigs: &[Vec<u64>]) {
    if std::fs::create_dir_all(dir).is_err() {
        return;
    }
    let path = file_of(dir, hashes);
    let _ = crate::atomic::replace(&path, &encode(hashes, sigs), false);
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut old: Vec<(std::time::SystemTime, PathBuf)> = entries
        .flatten()
        .filter(|e| {
            let name = e.file_name();
            let name = name.to_string_lossy();
            name.starts_with("index-") && name.ends_with(".bin")
        })
        .filter_map(|e| Some((e.metadata().ok()?.modified().ok()?, e.path())))
        .collect();
    old.sort_by_key(|e| std::cmp::Reverse(e.0));
    for (_, p) in old.into_iter().skip(KEEP) {
        if p != path {
            let _ = std::fs::remove_file(p);
        }
    }
}

/// Which reports may hold every one of `words` (folded): `None` when there
/// is no valid index for exactly these reports, or a word is shorter than
/// two chars (no bigram to look up).
pub fn candidates(dir: &Path, hashes: &[u64], words: &[&str]) -> Option<Vec<bool>> {
    let mut bits: Vec<usize> = Vec::new();
    for w in words {
        let before = bits.len();
        bits.extend(bits_of(w));
        if bits.len() == before {
            return None;
        }
    }
    bits.sort_unstable();
    bits.dedup();
    let mut f = std::fs::File::open(file_of(dir, hashes)).ok()?;
    let n = hashes.len();
    let st = stride(n);
    let want = HEADER + 8 * n as u64 + (BITS * st) as u64;
    if f.metadata().ok()?.len() != want {
        return None;
    }
    let mut head = vec![0u8; HEADER as usize + 8 * n];
    f.read_exact(&mut head).ok()?;
    let word = |k: usize| u64::from_le_bytes(head[k..k + 8].try_into().unwrap_or_default());
    if &head[..8] != MAGIC || word(8) != n as u64 || word(16) != BITS as u64 {
        return None;
    }
    if (0..n).any(|r| word(HEADER as usize + 8 * r) != hashes[r]) {
        return None;
    }
    let mut may = vec![0xffu8; st];
    let mut slice = vec![0u8; st];
    let base = HEADER + 8 * n as u64;
    for b in bits {
        f.seek(SeekFrom::Start(base + (b * st) as u64)).ok()?;
        f.read_exact(&mut slice).ok()?;
        for (m, s) in may.iter_mut().zip(&slice) {
            *m &= s;
        }
    }
    Some((0..n).map(|r| may[r / 8] & (1 << (r % 8)) != 0).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("baogao-index-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        d
    }

    #[test]
    fn finds_the_reports_that_may_hold_a_word_and_never_misses_one() {
        let d = dir("find");
        let texts = [
            "发展新质生产力，推动高质量发展",
            "稳就业，保民生",
            "新质生产力",
        ];
        let hashes = [11, 22, 33];
        let sigs: Vec<Vec<u64>> = texts.iter().map(|t| signature(t)).collect();
        store(&d, &hashes, &sigs);
        let may = candidates(&d, &hashes, &["新质生产力"]).unwrap();
        assert_eq!(may, vec![true, false, true]);
        let may = candidates(&d, &hashes, &["就业"]).unwrap();
        assert!(may[1], "{may:?}");
        // Several words: a report that may hold any of them.
        // (Callers ask word by word; here all words must be there.)
        let may = candidates(&d, &hashes, &["新质", "高质量"]).unwrap();
        assert!(may[0]);
        // A one-char word has no bigram: no answer, scan everything.
        assert_eq!(candidates(&d, &hashes, &["新"]), None);
        let _ = std::fs::remove_dir_all(&d);
    }

    #[test]
    fn an_index_of_other_reports_or_a_damaged_one_is_not_used() {
        let d = dir("bad");
        let sigs = vec![signature("新质生产力"), signature("就业")];
        store(&d, &[1, 2], &sigs);
        assert!(candidates(&d, &[1, 2], &["就业"]).is_some());
        // Other reports: another file, not there.
        assert_eq!(candidates(&d, &[1, 3], &["就业"]), None);
        // Truncated, then foreign bytes of the right length.
        let path = file_of(&d, &[1, 2]);
        let bytes = std::fs::read(&path).unwrap();
        std::fs::write(&path, &bytes[..bytes.len() - 1]).unwrap();
        assert_eq!(candidates(&d, &[1, 2], &["就业"]), None);
        let mut foreign = bytes.clone();
        foreign[..8].copy_from_slice(b"NOTINDEX");
        std::fs::write(&path, &foreign).unwrap();
        assert_eq!(candidates(&d, &[1, 2], &["就业"]), None);
        // The hashes inside must be the reports asked about.
        let mut swapped = bytes;
        swapped[HEADER as usize..HEADER as usize + 8].copy_from_slice(&9u64.to_le_bytes());
        std::fs::write(&path, &swapped).unwrap();
        assert_eq!(candidates(&d, &[1, 2], &["就业"]), None);
        let _ = std::fs::remove_dir_all(&d);
    }

    #[test]
    fn only_the_newest_index_files_are_kept() {
        let d = dir("keep");
        for k in 0..(KEEP as u64 + 3) {
            store(&d, &[k], &[signature("就业")]);
            std::thread::sleep(std::time::Duration::from_millis(15));
        }
        let n = std::fs::read_dir(&d)
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().starts_with("index-"))
            .count();
        assert_eq!(n, KEEP);
        assert!(candidates(&d, &[KEEP as u64 + 2], &["就业"]).is_some());
        let _ = std::fs::remove_dir_all(&d);
    }
}
