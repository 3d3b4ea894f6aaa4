//! Opening input: a path, `-` for standard input, or the embedded sample;
//! every failure becomes one sentence naming the file.

use crate::decode::{DecodeError, MAX_INPUT_BYTES, decode, encoding_for_label};
use crate::model::Document;
use std::fmt;
use std::io::Read;
use std::path::Path;

/// The sample report compiled into the binary.
pub const SAMPLE: &[u8] = include_bytes!("../assets/reports/jiading-2022h1.txt");
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
        write!(f, "baogao: {}: {}", self.name, self.problem)
    }
}

impl std::error::Error for LoadError {}

/// A loaded, parsed report.
#[derive(Debug)]
pub struct Loaded {
    /// Display name (file name, `<stdin>` or the sample's name).
    pub name: String,
    pub doc: Document,
    pub encoding: &'static str,
    /// FNV-1a hash of the raw bytes, to remember positions by content.
    pub hash: u64,
}

fn fail(name: &str, problem: impl Into<String>) -> LoadError {
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
                DecodeError::TooLarge(buf.len() as u64).to_string(),
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

/// Decodes and parses bytes under a display name.
pub fn load_bytes(name: &str, bytes: &[u8], encoding: Option<&str>) -> Result<Loaded, LoadError> {
    let forced = match encoding {
        Some(label) => Some(encoding_for_label(label).map_err(|e| fail(name, e.to_string()))?),
        None => None,
    };
    let decoded = decode(bytes, forced, Some(name)).map_err(|e| fail(name, e.to_string()))?;
    Ok(Loaded {
        name: name.to_string(),
        doc: crate::parse::parse(&decoded.text),
        encoding: decoded.encoding,
        hash: content_hash(bytes),
    })
}

/// Loads `path`, or the embedded sample when `path` is `None`.
pub fn load(path: Option<&str>, encoding: Option<&str>) -> Result<Loaded, LoadError> {
    match path {
        None => load_bytes(SAMPLE_NAME, SAMPLE, encoding),
        Some(p) => {
            // Validate the encoding name before touching the file.
            if let Some(label) = encoding {
                encoding_for_label(label).map_err(|e| fail(p, e.to_string()))?;
            }
            let bytes = read_bytes(p)?;
            let name = if p == "-" { "<stdin>" } else { p };
            load_bytes(name, &bytes, encoding)
        }
    }
}
