//! The library's cache: one JSON file per report summary under
//! `$XDG_CACHE_HOME/baogao/v<version>-<build>/<content hash>.json`. An
//! entry is used only when it parses and names the same hash and program
//! version; anything else (corrupt, truncated, foreign) is ignored and
//! rebuilt. `<build>` names the program's own file (its size and time), so
//! a rebuilt program with new extraction rules never reads summaries made
//! by the old one.

use super::{IndicatorFigure, Summary};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// The program version the entries belong to.
const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The cache directory for this program version, if a home is known.
pub fn default_dir() -> Option<PathBuf> {
    use etcetera::BaseStrategy;
    let base = etcetera::choose_base_strategy().ok()?;
    Some(
        base.cache_dir()
            .join("baogao")
            .join(format!("v{VERSION}-{}", build_stamp())),
    )
}

/// A short name for this build of the program: a hash of its file's size
/// and modification time (`0` when they cannot be read).
fn build_stamp() -> String {
    let stamp = std::env::current_exe()
        .and_then(std::fs::metadata)
        .ok()
        .and_then(|m| {
            let t = m
                .modified()
                .ok()?
                .duration_since(std::time::UNIX_EPOCH)
                .ok()?;
            let mut key = m.len().to_le_bytes().to_vec();
            key.extend(t.as_nanos().to_le_bytes());
            Some(crate::decode::input::content_hash(&key))
        })
        .unwrap_or(0);
    format!("{:08x}", stamp as u32)
}

#[derive(Serialize, Deserialize)]
struct Entry {
    version: String,
    hash: String,
    summary: Summary,
    indicator_figures: Vec<IndicatorFigure>,
}

fn file_of(dir: &Path, hash: u64) -> PathBuf {
    dir.join(format!("{hash:016x}.json"))
}

/// The cached summary of the bytes with this hash, if a valid entry exists.
pub fn load(dir: &Path, hash: u64) -> Option<Summary> {
    let text = std::fs::read_to_string(file_of(dir, hash)).ok()?;
    let e: Entry = serde_json::from_str(&text).ok()?;
    if e.version != VERSION || e.hash != format!("{hash:016x}") {
        return None;
    }
    let mut s = e.summary;
    s.hash = hash;
    s.indicator_figures = e.indicator_figures;
    Some(s)
}

/// Stores a summary (failures ignored: the cache is a convenience). The
/// entry is written to a unique temporary file and renamed into place, so
/// a reader never sees half an entry.
pub fn store(dir: &Path, hash: u64, s: &Summary) {
    if std::fs::create_dir_all(dir).is_err() {
        return;
    }
    let e = Entry {
        version: VERSION.to_string(),
        hash: format!("{hash:016x}"),
        summary: s.clone(),
        indicator_figures: s.indicator_figures.clone(),
    };
    let Ok(json) = serde_json::to_string(&e) else {
        return;
    };
    let _ = crate::atomic::replace(&file_of(dir, hash), json.as_bytes(), false);
}

/// What a file was when last read: its size and modification time, and
/// the content hash of its bytes then. Unchanged files are not read again
/// to find their hash.
pub type StatIndex = std::collections::HashMap<String, (u64, u128, u64)>;

fn stat_file(dir: &Path) -> PathBuf {
    dir.join("files.json")
}

/// The stat index (empty when missing or damaged).
pub fn load_stats(dir: &Path) -> StatIndex {
    std::fs::read_to_string(stat_file(dir))
        .ok()
        .and_then(|s| serde_json::from_str(&s).ok())
        .unwrap_or_default()
}

/// Writes the stat index (whole, then renamed into place).
pub fn store_stats(dir: &Path, stats: &StatIndex) {
    let Ok(json) = serde_json::to_string(stats) else {
        return;
    };
    if std::fs::create_dir_all(dir).is_err() {
        return;
    }
    let _ = crate::atomic::replace(&stat_file(dir), json.as_bytes(), false);
}

/// A file's size and modification time (nanoseconds), if it can be read.
pub fn stat_of(path: &Path) -> Option<(u64, u128)> {
    let m = std::fs::metadata(path).ok()?;
    let t = m
        .modified()
        .ok()?
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?
        .as_nanos();
    Some((m.len(), t))
}

fn text_file_of(dir: &Path, hash: u64) -> PathBuf {
    dir.join(format!("{hash:016x}.txt"))
}

/// The folded text of a report kept beside its summary (for terms and
/// search without parsing again), as bytes; `None` when missing. The
/// caller checks it against the summary's char count.
pub fn load_text(dir: &Path, hash: u64) -> Option<Vec<u8>> {
    std::fs::read(text_file_of(dir, hash)).ok()
}

/// Keeps a report's folded text (written whole, then renamed into place).
pub fn store_text(dir: &Path, hash: u64, folded: &str) {
    if std::fs::create_dir_all(dir).is_err() {
        return;
    }
    let _ = crate::atomic::replace(&text_file_of(dir, hash), folded.as_bytes(), false);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Report;

    fn dir(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("baogao-cache-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        d
    }

    #[test]
    fn round_trip_and_bad_entries_are_ignored() {
        let d = dir("rt");
        let r = Report::sample();
        let s = Summary::of("sample.txt", &r);
        assert!(load(&d, r.hash).is_none());
        store(&d, r.hash, &s);
        let back = load(&d, r.hash).unwrap();
        assert_eq!(back.indicator_figures, s.indicator_figures);
        assert_eq!((back.year, back.figures), (s.year, s.figures));
        // Corrupt, truncated, foreign (another hash) and old-version entries.
        let path = file_of(&d, r.hash);
        let good = std::fs::read_to_string(&path).unwrap();
        for bad in [
            b"not json".to_vec(),
            // Cut anywhere, inside a char too.
            good.as_bytes()[..good.len() / 2].to_vec(),
            good.as_bytes()[..good.len() / 2 + 1].to_vec(),
            good.replace(&format!("{:016x}", r.hash), "0000000000000001")
                .into_bytes(),
            good.replace(VERSION, "0.0.0-old").into_bytes(),
        ] {
            std::fs::write(&path, bad).unwrap();
            assert!(load(&d, r.hash).is_none());
        }
        let _ = std::fs::remove_dir_all(&d);
    }
}
