//! Files replaced whole: the bytes go to an exclusively created temporary
//! file beside the target, which is then renamed into place, so a reader
//! never sees half a file and a planted link is never written through.

use std::io::Write;
use std::path::{Path, PathBuf};

/// Writes `bytes` to a new file beside `path`, named for this process and
/// moment, created exclusively (`O_EXCL`: an existing file or link there
/// is an error, never written through), synced to disk when `durable`.
/// Returns its path.
pub fn write_temp(path: &Path, bytes: &[u8], durable: bool) -> std::io::Result<PathBuf> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let stem = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    for attempt in 0..16u32 {
        let tmp = dir.join(format!(
            ".{stem}.{}.{nanos:09}.{attempt}.tmp",
            std::process::id()
        ));
        let file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp);
        match file {
            Ok(mut f) => {
                let written = f
                    .write_all(bytes)
                    .and_then(|()| if durable { f.sync_all() } else { Ok(()) });
                if let Err(e) = written {
                    let _ = std::fs::remove_file(&tmp);
                    return Err(e);
                }
                return Ok(tmp);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(std::io::Error::other("no unique temporary name"))
}

/// Replaces `path` with `bytes` (see [`write_temp`]); the temporary file
/// is removed when the rename fails.
pub fn replace(path: &Path, bytes: &[u8], durable: bool) -> std::io::Result<()> {
    let tmp = write_temp(path, bytes, durable)?;
    let renamed = std::fs::rename(&tmp, path);
    if renamed.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    renamed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_whole_and_never_writes_through_a_link() {
        let dir = std::env::temp_dir().join(format!("baogao-atomic-{}", std::process::id()));
        std::fs::remove_dir_all(&dir).ok();
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("x.json");
        replace(&path, b"one", false).unwrap();
        replace(&path, b"two", true).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        // Only the target is left: no temporary files.
        let names: Vec<_> = std::fs::read_dir(&dir).unwrap().collect();
        assert_eq!(names.len(), 1);
        // A link planted at the target is replaced, its own target untouched.
        #[cfg(unix)]
        {
            let victim = dir.join("victim");
            std::fs::write(&victim, b"keep").unwrap();
            std::fs::remove_file(&path).unwrap();
            std::os::unix::fs::symlink(&victim, &path).unwrap();
            replace(&path, b"three", false).unwrap();
            assert_eq!(std::fs::read(&victim).unwrap(), b"keep");
            assert_eq!(std::fs::read(&path).unwrap(), b"three");
        }
        std::fs::remove_dir_all(&dir).ok();
    }
}
