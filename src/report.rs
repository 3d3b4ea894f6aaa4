//! A report, built once: the decoded text, its document model, the folded
//! chars used for matching, its figures, content hash and encoding. The
//! command line, the self-check, the fuzz target, the benches and the UI
//! all read reports through this one type.

use crate::decode::input::{LoadError, SAMPLE, SAMPLE_NAME, content_hash, fail, read_bytes};
use crate::decode::{decode, encoding_for_label};
use crate::document::Document;
use crate::figures::{Figure, extract};
use crate::text::fold::fold_chars;
use std::sync::OnceLock;

/// How to read input.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// An encoding label (`gbk`, `utf-16le`) that overrides detection.
    pub encoding: Option<String>,
}

impl Options {
    /// Options with an encoding override.
    pub fn with_encoding(label: Option<&str>) -> Self {
        Self {
            encoding: label.map(str::to_string),
        }
    }
}

/// Decodes and parses `bytes` (no figures): the document and the encoding
/// it was read in.
pub fn document_of(
    name: &str,
    bytes: &[u8],
    options: &Options,
) -> Result<(Document, &'static str), LoadError> {
    let forced = match options.encoding.as_deref() {
        Some(label) => Some(encoding_for_label(label).map_err(|e| fail(name, e.to_string()))?),
        None => None,
    };
    let decoded = decode(bytes, forced, Some(name)).map_err(|e| fail(name, e.to_string()))?;
    Ok((
        crate::document::parse::parse_owned(decoded.text),
        decoded.encoding,
    ))
}

/// [`document_of`] for bytes dropped once decoded (they are not kept
/// beside the text while it is parsed).
fn document_of_vec(
    name: &str,
    bytes: Vec<u8>,
    options: &Options,
) -> Result<(Document, &'static str), LoadError> {
    let forced = match options.encoding.as_deref() {
        Some(label) => Some(encoding_for_label(label).map_err(|e| fail(name, e.to_string()))?),
        None => None,
    };
    let decoded = decode(&bytes, forced, Some(name)).map_err(|e| fail(name, e.to_string()))?;
    drop(bytes);
    let doc = crate::document::parse::parse_owned(decoded.text);
    Ok((doc, decoded.encoding))
}

/// A parsed report with its figures. Offsets everywhere are char offsets
/// into `doc.text`.
#[derive(Debug)]
pub struct Report {
    /// Display name: the path as given, `<stdin>`, or the sample's name.
    pub name: String,
    /// The encoding the bytes were read in.
    pub encoding: &'static str,
    /// A 64-bit hash of the raw bytes (positions are remembered by it).
    pub hash: u64,
    pub doc: Document,
    /// `doc.text` folded char for char (`１` → `1`, `，` → `,`), built on
    /// first use (a search): for matching only, never for drawing or
    /// measuring. See [`Report::folded`].
    folded: OnceLock<Vec<char>>,
    /// Every figure, in document order.
    pub figures: Vec<Figure>,
}

impl Report {
    /// Decodes, parses and extracts `bytes` under a display name.
    pub fn from_bytes(name: &str, bytes: &[u8], options: &Options) -> Result<Self, LoadError> {
        let (doc, encoding) = document_of(name, bytes, options)?;
        Ok(Self::from_document(
            name,
            doc,
            encoding,
            content_hash(bytes),
        ))
    }

    /// [`Self::from_bytes`] for bytes it may drop once decoded (the text
    /// is then parsed without the bytes beside it: a third less memory at
    /// the peak).
    pub fn from_vec(name: &str, bytes: Vec<u8>, options: &Options) -> Result<Self, LoadError> {
        let hash = content_hash(&bytes);
        let (doc, encoding) = document_of_vec(name, bytes, options)?;
        Ok(Self::from_document(name, doc, encoding, hash))
    }

    /// A report of an already parsed document.
    pub fn from_document(name: &str, doc: Document, encoding: &'static str, hash: u64) -> Self {
        let figures = extract(&doc);
        Self {
            name: name.to_string(),
            encoding,
            hash,
            doc,
            folded: OnceLock::new(),
            figures,
        }
    }

    /// Opens `path` (`-` is standard input), or the embedded sample when
    /// `path` is `None`.
    pub fn open(path: Option<&str>, options: &Options) -> Result<Self, LoadError> {
        match path {
            None => Self::from_bytes(SAMPLE_NAME, SAMPLE, options),
            Some(p) => {
                // Validate the encoding name before touching the file.
                if let Some(label) = options.encoding.as_deref() {
                    encoding_for_label(label).map_err(|e| fail(p, e.to_string()))?;
                }
                let bytes = read_bytes(p)?;
                let name = if p == "-" { "<stdin>" } else { p };
                Self::from_vec(name, bytes, options)
            }
        }
    }

    /// A quick first look at a large file: its first `bytes` bytes (cut at
    /// a line end) as a report of their own, while the whole is read in the
    /// background. `None` when the file is small, standard input, or not
    /// plain UTF-8 at its start (a cut could split a character).
    pub fn open_preview(path: &str, options: &Options, bytes: usize) -> Option<Self> {
        use std::io::Read;
        if path == "-" || options.encoding.is_some() {
            return None;
        }
        let len = std::fs::metadata(path).ok()?.len();
        if len <= 2 * bytes as u64 {
            return None;
        }
        let mut head = Vec::with_capacity(bytes);
        std::fs::File::open(path)
            .ok()?
            .take(bytes as u64)
            .read_to_end(&mut head)
            .ok()?;
        let cut = memchr::memrchr(b'\n', &head)?;
        head.truncate(cut + 1);
        std::str::from_utf8(&head).ok()?;
        let name = path.to_string();
        let mut r = Self::from_vec(&name, head, options).ok()?;
        // Not the file's hash: positions are saved against the whole.
        r.hash = 0;
        Some(r)
    }

    /// Only the document of `path` (or the sample), for commands that need
    /// no figures (`outline`, `search`): its display name and model.
    pub fn open_document(
        path: Option<&str>,
        options: &Options,
    ) -> Result<(String, Document), LoadError> {
        match path {
            None => Ok((
                SAMPLE_NAME.to_string(),
                document_of(SAMPLE_NAME, SAMPLE, options)?.0,
            )),
            Some(p) => {
                if let Some(label) = options.encoding.as_deref() {
                    encoding_for_label(label).map_err(|e| fail(p, e.to_string()))?;
                }
                let bytes = read_bytes(p)?;
                let name = if p == "-" { "<stdin>" } else { p };
                Ok((name.to_string(), document_of_vec(name, bytes, options)?.0))
            }
        }
    }

    /// `doc.text` folded char for char, for matching (built on first use).
    pub fn folded(&self) -> &[char] {
        self.folded.get_or_init(|| fold_chars(&self.doc.text))
    }

    /// The embedded sample report.
    pub fn sample() -> Self {
        Self::open(None, &Options::default()).unwrap_or_else(|e| unreachable!("the sample: {e}"))
    }
}
