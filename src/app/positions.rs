//! Remembered reading positions, per file content hash, in the XDG state
//! directory (`$XDG_STATE_HOME/baogao/positions.json`).
//!
//! Several instances may quit at once, so a save is a merge: under an
//! advisory lock on the state directory it re-reads the store, adds its
//! own positions, and replaces the file by an atomic rename of a temporary
//! file created exclusively (a name of its own, never an existing file or
//! a planted link). The store keeps the most recently used entries, reads
//! at most [`MAX_READ_BYTES`], and skips entries it cannot read while
//! keeping the rest.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Most positions kept; the least recently used go first.
const MAX_ENTRIES: usize = 1000;

/// A store larger than this was not written by baogao (a full one is
/// about 60 KB): it is not read, and the next save replaces it.
const MAX_READ_BYTES: u64 = 1 << 20;

/// One remembered position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    /// The reading position (a char offset).
    pub pos: usize,
    /// When it was last saved: a counter that grows with every save
    /// (the store's largest plus one), so least recently used is smallest.
    pub used: u64,
}

/// Where positions are stored, if a home directory is known.
pub fn store_path() -> Option<PathBuf> {
    use etcetera::BaseStrategy;
    let base = etcetera::choose_base_strategy().ok()?;
    let dir = base.state_dir().unwrap_or_else(|| base.data_dir());
    Some(dir.join("baogao").join("positions.json"))
}

/// Reads all positions (an empty map when the file is missing, too large
/// or not JSON; entries that are not positions are skipped).
pub fn read(path: &Path) -> BTreeMap<String, usize> {
    read_entries(path)
        .into_iter()
        .map(|(k, e)| (k, e.pos))
        .collect()
}

/// Reads the store with its use counters. Each entry is
/// `{"pos": N, "used": N}`, or a bare position (the older form).
pub fn read_entries(path: &Path) -> BTreeMap<String, Entry> {
    let Ok(file) = File::open(path) else {
        return BTreeMap::new();
    };
    if file.metadata().map_or(true, |m| m.len() > MAX_READ_BYTES) {
        return BTreeMap::new();
    }
    let mut text = String::new();
    if file.take(MAX_READ_BYTES).read_to_string(&mut text).is_err() {
        return BTreeMap::new();
    }
    let Ok(serde_json::Value::Object(map)) = serde_json::from_str(&text) else {
        return BTreeMap::new();
    };
    map.into_iter()
        .filter_map(|(k, v)| entry_of(&v).map(|e| (k, e)))
        .collect()
}

/// An entry as stored, if it is one: a non-negative integer position.
fn entry_of(v: &serde_json::Value) -> Option<Entry> {
    let pos = |v: &serde_json::Value| v.as_u64().and_then(|p| usize::try_from(p).ok());
    match v {
        serde_json::Value::Object(o) => Some(Entry {
            pos: pos(o.get("pos")?)?,
            used: o
                .get("used")
                .and_then(serde_json::Value::as_u64)
                .unwrap_or(0),
        }),
        _ => Some(Entry {
            pos: pos(v)?,
            used: 0,
        }),
    }
}

/// The key of a document: its content hash in hex.
pub fn key(hash: u64) -> String {
    format!("{hash:016x}")
}

/// Saves positions for some documents, keeping the others. Failures are
/// ignored: remembering is a convenience, never a reason to fail.
pub fn save(path: &Path, updates: &[(u64, usize)]) {
    let _ = try_save(path, updates);
}

fn try_save(path: &Path, updates: &[(u64, usize)]) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    // The lock is on the directory itself: no lock file to plant a link at.
    // Held until the new store is in place, so that every instance merges
    // into what the one before it wrote.
    // Where a directory cannot be opened as a file (Windows), the save
    // goes on unlocked: the rename alone still never leaves half a file.
    let lock = File::open(dir).ok();
    if let Some(l) = &lock {
        l.lock()?;
    }
    let mut all = read_entries(path);
    let used = all.values().map(|e| e.used).max().unwrap_or(0) + 1;
    for &(hash, pos) in updates {
        all.insert(key(hash), Entry { pos, used });
    }
    evict(&mut all);
    let json = to_json(&all);
    let replaced = crate::atomic::replace(path, json.as_bytes(), true);
    drop(lock);
    replaced
}

/// Drops the least recently used entries beyond [`MAX_ENTRIES`].
fn evict(all: &mut BTreeMap<String, Entry>) {
    if all.len() <= MAX_ENTRIES {
        return;
    }
    let mut by_use: Vec<(u64, String)> = all.iter().map(|(k, e)| (e.used, k.clone())).collect();
    by_use.sort_unstable();
    for (_, k) in by_use.into_iter().take(all.len() - MAX_ENTRIES) {
        all.remove(&k);
    }
}

fn to_json(all: &BTreeMap<String, Entry>) -> String {
    let map: serde_json::Map<String, serde_json::Value> = all
        .iter()
        .map(|(k, e)| (k.clone(), serde_json::json!({"pos": e.pos, "used": e.used})))
        .collect();
    serde_json::Value::Object(map).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_store(name: &str) -> (PathBuf, PathBuf) {
        let dir = std::env::temp_dir().join(format!("baogao-pos-{}-{name}", std::process::id()));
        std::fs::remove_dir_all(&dir).ok();
        (dir.join("positions.json"), dir)
    }

    #[test]
    fn save_and_read_back() {
        let (path, dir) = temp_store("basic");
        save(&path, &[(1, 10), (2, 20)]);
        save(&path, &[(1, 11)]);
        let all = read(&path);
        assert_eq!(all.get(&key(1)), Some(&11));
        assert_eq!(all.get(&key(2)), Some(&20));
        std::fs::write(&path, "not json").unwrap();
        assert!(read(&path).is_empty());
        // No temporary file is left behind.
        save(&path, &[(3, 30)]);
        let names: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["positions.json"]);
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn bad_entries_are_skipped_and_the_rest_kept() {
        let (path, dir) = temp_store("bad");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            &path,
            r#"{"a": -1, "b": 1.5, "c": 7, "d": "x", "e": {"pos": 9, "used": 4}, "f": {"pos": -2}}"#,
        )
        .unwrap();
        let all = read(&path);
        assert_eq!(all.len(), 2, "{all:?}");
        assert_eq!((all["c"], all["e"]), (7, 9));
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn the_least_recently_used_entry_goes() {
        let (path, dir) = temp_store("lru");
        // Hashes counting down: the smallest hash is the newest.
        let first: Vec<(u64, usize)> = (0..MAX_ENTRIES as u64).map(|i| (5000 - i, 1)).collect();
        save(&path, &first);
        // The oldest entry (hash 5000) is used again; then one more.
        save(&path, &[(5000, 2)]);
        save(&path, &[(1, 3)]);
        let all = read(&path);
        assert_eq!(all.len(), MAX_ENTRIES);
        assert_eq!(all.get(&key(5000)), Some(&2), "used again: kept");
        assert_eq!(all.get(&key(1)), Some(&3));
        // One of the first batch went (all of the same age), the smallest
        // hash — the newest to be saved — stayed.
        let gone = first
            .iter()
            .filter(|(h, _)| !all.contains_key(&key(*h)))
            .count();
        assert_eq!(gone, 1);
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn a_planted_temporary_link_is_not_written_through() {
        let (path, dir) = temp_store("link");
        std::fs::create_dir_all(&dir).unwrap();
        let victim = dir.join("victim.txt");
        std::fs::write(&victim, "precious").unwrap();
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(&victim, dir.join("positions.json.tmp")).unwrap();
            std::os::unix::fs::symlink(&victim, dir.join(".positions.json.tmp")).unwrap();
        }
        save(&path, &[(1, 10)]);
        assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious");
        assert_eq!(read(&path).get(&key(1)), Some(&10));
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn a_huge_store_is_not_read() {
        let (path, dir) = temp_store("huge");
        std::fs::create_dir_all(&dir).unwrap();
        let f = File::create(&path).unwrap();
        f.set_len(100 << 20).unwrap();
        let t = std::time::Instant::now();
        assert!(read(&path).is_empty());
        assert!(t.elapsed() < std::time::Duration::from_millis(200));
        save(&path, &[(1, 10)]);
        assert!(std::fs::metadata(&path).unwrap().len() < 1000);
        std::fs::remove_dir_all(&dir).ok();
    }
}
