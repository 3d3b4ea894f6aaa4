//! Remembered reading positions, per file content hash, in the XDG state
//! directory (`$XDG_STATE_HOME/baogao/positions.json`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Most positions kept; the file stays small.
const MAX_ENTRIES: usize = 1000;

/// Where positions are stored, if a home directory is known.
pub fn store_path() -> Option<PathBuf> {
    use etcetera::BaseStrategy;
    let base = etcetera::choose_base_strategy().ok()?;
    let dir = base.state_dir().unwrap_or_else(|| base.data_dir());
    Some(dir.join("baogao").join("positions.json"))
}

/// Reads all positions (an empty map when the file is missing or damaged).
pub fn read(path: &Path) -> BTreeMap<String, usize> {
    std::fs::read_to_string(path)
        .ok()
        .and_then(|s| serde_json::from_str(&s).ok())
        .unwrap_or_default()
}

/// The key of a document: its content hash in hex.
pub fn key(hash: u64) -> String {
    format!("{hash:016x}")
}

/// Saves positions for some documents, keeping the others. Failures are
/// ignored: remembering is a convenience, never a reason to fail.
pub fn save(path: &Path, updates: &[(u64, usize)]) {
    let mut all = read(path);
    for &(hash, pos) in updates {
        all.insert(key(hash), pos);
    }
    while all.len() > MAX_ENTRIES {
        let Some(k) = all.keys().next().cloned() else {
            break;
        };
        all.remove(&k);
    }
    if let Some(dir) = path.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    let tmp = path.with_extension("json.tmp");
    if let Ok(s) = serde_json::to_string(&all)
        && std::fs::write(&tmp, s).is_ok()
    {
        let _ = std::fs::rename(&tmp, path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn save_and_read_back() {
        let dir = std::env::temp_dir().join(format!("baogao-pos-{}", std::process::id()));
        let path = dir.join("positions.json");
        save(&path, &[(1, 10), (2, 20)]);
        save(&path, &[(1, 11)]);
        let all = read(&path);
        assert_eq!(all.get(&key(1)), Some(&11));
        assert_eq!(all.get(&key(2)), Some(&20));
        std::fs::write(&path, "not json").unwrap();
        assert!(read(&path).is_empty());
        std::fs::remove_dir_all(&dir).ok();
    }
}
