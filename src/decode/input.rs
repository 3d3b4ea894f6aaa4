//! Reading input: a path, `-` for standard input, or the embedded sample;
//! every failure becomes one sentence naming the file.

use crate::decode::{DecodeError, MAX_INPUT_BYTES};
use std::fmt;
use std::io::Read;
use std::path::Path;

/// The sample report compiled into the binary.
pub const SAMPLE: &[u8] = include_bytes!("../../assets/reports/jiading-2022h1.txt");
/// The sample's file name, shown in the status line.
pub const SAMPLE_NAME: &str = "jiading-2022h1.txt";

/// An input that could not be opened.
#[derive(Debug)]
pub struct LoadError {
    pub name: String,
    pub problem: String,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // A file name is the user's, but may hold anything: shown like the
        // document's text, with visible placeholders, on one line.
        write!(
            f,
            "baogao: {}: {}",
            crate::decode::sanitize_line(&self.name),
            crate::decode::sanitize_line(&self.problem)
        )
    }
}

impl std::error::Error for LoadError {}

pub(crate) fn fail(name: &str, problem: impl Into<String>) -> LoadError {
    LoadError {
        name: name.to_string(),
        problem: problem.into(),
    }
}

/// A 64-bit content hash, stable across runs and builds.
pub fn content_hash(bytes: &[u8]) -> u64 {
    // FNV-1a over 8-byte words (then the tail bytes): stable and fast.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        h ^= u64::from_le_bytes(w);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    for &b in chunks.remainder() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Reads the raw bytes of `path` (`-` is standard input).
pub fn read_bytes(path: &str) -> Result<Vec<u8>, LoadError> {
    if path == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .take(MAX_INPUT_BYTES + 1)
            .read_to_end(&mut buf)
            .map_err(|e| fail("<stdin>", format!("cannot be read ({e})")))?;
        if buf.len() as u64 > MAX_INPUT_BYTES {
            return Err(fail(
                "<stdin>",
                format!(
                    "is too large to be a report: reading stopped after the first {} MB, the limit",
                    MAX_INPUT_BYTES / (1024 * 1024)
                ),
            ));
        }
        return Ok(buf);
    }
    let p = Path::new(path);
    let meta = std::fs::metadata(p).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => fail(path, "no such file"),
        std::io::ErrorKind::PermissionDenied => fail(path, "permission denied"),
        _ => fail(path, format!("cannot be opened ({e})")),
    })?;
    if meta.is_dir() {
        return Err(fail(path, "is a directory, not a report"));
    }
    if meta.len() > MAX_INPUT_BYTES {
        return Err(fail(path, DecodeError::TooLarge(meta.len()).to_string()));
    }
    let mut buf = Vec::new();
    std::fs::File::open(p)
        .and_then(|f| f.take(MAX_INPUT_BYTES + 1).read_to_end(&mut buf))
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::PermissionDenied => fail(path, "permission denied"),
            _ => fail(path, format!("cannot be read ({e})")),
        })?;
    if buf.len() as u64 > MAX_INPUT_BYTES {
        return Err(fail(
            path,
            DecodeError::TooLarge(buf.len() as u64).to_string(),
        ));
    }
    Ok(buf)
}
