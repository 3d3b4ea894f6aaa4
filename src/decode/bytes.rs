//! Bytes to text: BOMs, UTF-8/UTF-16/GB18030 detection, HTML pages, line
//! ends, and control characters made harmless.

use encoding_rs::{Encoding, GB18030, UTF_8, UTF_16BE, UTF_16LE};
use std::fmt;

/// Files larger than this are refused: no report is this big.
pub const MAX_INPUT_BYTES: u64 = 256 * 1024 * 1024;

/// Why input could not be turned into text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// The input has NUL bytes or is mostly undecodable.
    Binary,
    /// The input exceeds [`MAX_INPUT_BYTES`].
    TooLarge(u64),
    /// `--encoding` named an encoding we do not know.
    UnknownEncoding(String),
    /// `--encoding` named an encoding the file is not in (many NULs or
    /// undecodable bytes when read that way).
    WrongEncoding(&'static str),
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Binary => write!(f, "is not a text file (binary or undecodable content)"),
            Self::TooLarge(n) => write!(
                f,
                "is too large to be a report ({} MB; the limit is {} MB)",
                n / (1024 * 1024),
                MAX_INPUT_BYTES / (1024 * 1024)
            ),
            Self::UnknownEncoding(name) => write!(
                f,
                "cannot be read with --encoding {name:?}: unknown encoding (try gbk, gb18030, big5, utf-8, utf-16le, utf-16be)"
            ),
            Self::WrongEncoding(name) => write!(
                f,
                "does not read as {name} (--encoding): much of it is undecodable or NUL; try without --encoding"
            ),
        }
    }
}

impl std::error::Error for DecodeError {}

/// Decoded input: the text and how it was read.
#[derive(Debug, Clone)]
pub struct Decoded {
    pub text: String,
    /// The encoding used, e.g. `UTF-8`, `GB18030`.
    pub encoding: &'static str,
    /// Whether the input was read as HTML.
    pub html: bool,
}

/// Looks up an encoding label such as `gbk`, `gb18030`, `utf-16le`.
pub fn encoding_for_label(label: &str) -> Result<&'static Encoding, DecodeError> {
    let enc = Encoding::for_label(label.trim().as_bytes())
        .ok_or_else(|| DecodeError::UnknownEncoding(label.to_string()))?;
    // GBK is a subset of GB18030; decoding as the superset loses nothing.
    Ok(if enc.name() == "GBK" { GB18030 } else { enc })
}

/// Decodes raw bytes into document text. `name` (a file name) hints HTML.
pub fn decode(
    bytes: &[u8],
    forced: Option<&'static Encoding>,
    name: Option<&str>,
) -> Result<Decoded, DecodeError> {
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(DecodeError::TooLarge(bytes.len() as u64));
    }
    // The common case first: valid UTF-8 without a BOM, validated once.
    let plain = if forced.is_none() && Encoding::for_bom(bytes).is_none() {
        utf8_on_both_cores(bytes)
    } else {
        None
    };
    let (encoding, mut text, had_errors) = match plain {
        Some(s) => (UTF_8, s, false),
        None => {
            let (encoding, body) = choose_encoding(bytes, forced)?;
            let (cow, had_errors) = encoding.decode_without_bom_handling(body);
            (encoding, cow.into_owned(), had_errors)
        }
    };
    if let Some(enc) = forced
        && misread(&text)
    {
        return Err(DecodeError::WrongEncoding(enc.name()));
    }
    if had_errors && mostly_replacement(&text) {
        return Err(DecodeError::Binary);
    }
    let by_name = name.is_some_and(|n| {
        let n = n.to_ascii_lowercase();
        n.ends_with(".html") || n.ends_with(".htm") || n.ends_with(".xhtml")
    });
    let html = by_name || crate::decode::html::looks_like_html(&text);
    if html {
        text = crate::decode::html::html_to_text(&text);
    }
    Ok(Decoded {
        text: clean_owned(text),
        encoding: encoding.name(),
        html,
    })
}

/// `bytes` as a UTF-8 string if valid; a large input is checked and
/// copied in two halves at once (cut after a newline, so each half is
/// whole chars if the whole is).
fn utf8_on_both_cores(bytes: &[u8]) -> Option<String> {
    if bytes.len() >= 1 << 20
        && let Some(cut) = crate::par::halves_at_newline(bytes)
    {
        let (a, b) = bytes.split_at(cut);
        let (a, b) = crate::par::join(|| std::str::from_utf8(a), || std::str::from_utf8(b));
        let (a, b) = (a.ok()?, b.ok()?);
        let mut s = String::with_capacity(bytes.len());
        s.push_str(a);
        s.push_str(b);
        return Some(s);
    }
    std::str::from_utf8(bytes).ok().map(str::to_string)
}

fn choose_encoding<'a>(
    bytes: &'a [u8],
    forced: Option<&'static Encoding>,
) -> Result<(&'static Encoding, &'a [u8]), DecodeError> {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes)
        && (forced.is_none() || forced == Some(enc))
    {
        return Ok((enc, &bytes[bom_len..]));
    }
    if let Some(enc) = forced {
        return Ok((enc, bytes));
    }
    if let Some(enc) = utf16_without_bom(bytes) {
        return Ok((enc, bytes));
    }
    let nuls = memchr::memchr_iter(0, bytes).count();
    if nuls > 0 && nuls * 1000 > bytes.len() {
        return Err(DecodeError::Binary);
    }
    if std::str::from_utf8(bytes).is_ok() || mostly_utf8(bytes) {
        return Ok((UTF_8, bytes));
    }
    // The detector reads a few megabytes at most: enough to tell GB18030
    // from Big5 or Shift_JIS, and it runs at tens of MB/s.
    let sample = &bytes[..bytes.len().min(4 << 20)];
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(sample, sample.len() == bytes.len());
    let guess = detector.guess(Some(b"cn"), true);
    let enc = if guess == UTF_8 {
        UTF_8
    } else if guess.name() == "GBK" || guess == GB18030 {
        GB18030
    } else {
        guess
    };
    Ok((enc, bytes))
}

/// UTF-16 without a BOM shows itself by its zero bytes: the high byte of
/// every ASCII char (line breaks, digits) is zero, and so is the low byte
/// of a CJK char such as `一` (U+4E00). Where there are zeros, the byte
/// order with more zeros on the high side is tried first, then the other:
/// it is UTF-16 if nearly every code unit then reads as the text of a
/// report (CJK, ASCII, Latin, common punctuation and symbols, fullwidth
/// forms, surrogates in pairs); the wrong byte order reads as about half
/// that, binary data as far less.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    if bytes.len() < 8 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let sample = &bytes[..bytes.len().min(1 << 16)];
    let pairs = sample.len() / 2;
    let even = (0..pairs).filter(|i| sample[2 * i] == 0).count();
    let odd = (0..pairs).filter(|i| sample[2 * i + 1] == 0).count();
    if even + odd == 0 {
        return None;
    }
    let order = if odd >= even {
        [UTF_16LE, UTF_16BE]
    } else {
        [UTF_16BE, UTF_16LE]
    };
    order.into_iter().find(|&enc| reads_as_text(sample, enc))
}

/// Whether 95% of the code units of `sample` in `enc` (UTF-16LE or BE)
/// are the text of a report, with no lone surrogate.
fn reads_as_text(sample: &[u8], enc: &'static Encoding) -> bool {
    let units: Vec<u16> = sample
        .chunks_exact(2)
        .map(|p| {
            if enc == UTF_16LE {
                u16::from_le_bytes([p[0], p[1]])
            } else {
                u16::from_be_bytes([p[0], p[1]])
            }
        })
        .collect();
    let mut text = 0;
    let mut i = 0;
    while i < units.len() {
        match units[i] {
            0xd800..=0xdbff => {
                // A high surrogate needs a low one (or the sample's end).
                match units.get(i + 1) {
                    Some(0xdc00..=0xdfff) | None => text += 2,
                    Some(_) => return false,
                }
                i += 2;
                continue;
            }
            0xdc00..=0xdfff => return false,
            0x09 | 0x0a | 0x0d | 0x20..=0x7e => text += 1,
            0xa0..=0x24f | 0x2000..=0x206f | 0x2100..=0x257f => text += 1,
            0x3000..=0x9fff | 0xf900..=0xfaff | 0xfe30..=0xfe4f | 0xff00..=0xffef => text += 1,
            _ => {}
        }
        i += 1;
    }
    text * 100 >= units.len() * 95
}

/// Whether the bytes are UTF-8 with only a few damaged sequences.
/// (Counted without decoding: the damaged sequences one by one, stopping
/// as soon as there are too many, so a GBK file is refused early.)
fn mostly_utf8(bytes: &[u8]) -> bool {
    // Chars of two bytes or more start at a byte ≥ 0xC0 (an upper bound
    // where bytes are damaged).
    let multi = bytes.iter().filter(|&&b| b >= 0xc0).count();
    let limit = multi / 20 + 2;
    let (mut bad, mut rest) = (0, bytes);
    while let Err(e) = std::str::from_utf8(rest) {
        bad += 1;
        if bad >= limit {
            return false;
        }
        let skip = e.valid_up_to() + e.error_len().unwrap_or(rest.len() - e.valid_up_to());
        rest = &rest[skip..];
    }
    multi > 0
}

/// Whether text read in a forced encoding is mostly misread: more than
/// one char in fifty is NUL or undecodable (UTF-16 read as GBK is half NULs).
fn misread(text: &str) -> bool {
    let sample: Vec<char> = text.chars().take(1 << 16).collect();
    let bad = sample
        .iter()
        .filter(|&&c| c == '\0' || c == '\u{FFFD}')
        .count();
    bad * 50 > sample.len()
}

fn mostly_replacement(text: &str) -> bool {
    let total = text.chars().count();
    let bad = text.chars().filter(|&c| c == '\u{FFFD}').count();
    total > 0 && bad * 4 > total
}

/// [`clean_text`] without a copy when there is nothing to clean.
fn clean_owned(text: String) -> String {
    let b = text.as_bytes();
    let dirty = match crate::par::halves_at_newline(b).filter(|_| b.len() >= 1 << 20) {
        Some(cut) => {
            let (x, y) =
                crate::par::join(|| needs_cleaning(&b[..cut]), || needs_cleaning(&b[cut..]));
            x || y
        }
        None => needs_cleaning(b),
    };
    if text.starts_with('\u{feff}') || dirty {
        clean_text(&text)
    } else {
        text
    }
}

/// Line ends to LF, a leading BOM dropped, and every character that could
/// drive a terminal replaced by a visible placeholder of the same length.
pub fn clean_text(text: &str) -> String {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if !needs_cleaning(text.as_bytes()) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
            c => out.push(visible(c)),
        }
    }
    out
}

/// Whether UTF-8 bytes hold anything [`clean_text`] would change: CR, C0
/// controls other than LF and tab, DEL, C1 controls, bidi controls, BOMs.
fn needs_cleaning(b: &[u8]) -> bool {
    // C0 controls (but LF and tab) and DEL: one vectorisable pass.
    if b.iter()
        .any(|&c| c < 0x20 && c != b'\n' && c != b'\t' || c == 0x7f)
    {
        return true;
    }
    // Multi-byte candidates: jump from lead byte to lead byte with memchr.
    memchr::memchr3_iter(0xc2, 0xe2, 0xef, b).any(|i| match b[i] {
        // C1 controls are C2 80..C2 9F in UTF-8.
        0xc2 => b.get(i + 1).is_some_and(|n| (0x80..=0x9f).contains(n)),
        // U+200E/F, U+202A..E (E2 80 ..), U+2066..9 (E2 81 A6..A9).
        0xe2 => match (b.get(i + 1), b.get(i + 2)) {
            (Some(0x80), Some(n)) => matches!(n, 0x8e | 0x8f | 0xaa..=0xae),
            (Some(0x81), Some(n)) => (0xa6..=0xa9).contains(n),
            _ => false,
        },
        // U+FEFF.
        _ => b.get(i + 1) == Some(&0xbb) && b.get(i + 2) == Some(&0xbf),
    })
}

/// Maps a control character to a visible placeholder; other chars unchanged.
pub fn visible(c: char) -> char {
    match c {
        '\n' | '\t' => c,
        '\u{0}'..='\u{1f}' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{FFFD}'),
        '\u{7f}' => '\u{2421}',
        '\u{80}'..='\u{9f}' => '\u{FFFD}',
        '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' => '\u{FFFD}',
        '\u{feff}' => '\u{2060}',
        _ => c,
    }
}

/// A string shown on one line (a file name in an error or the status
/// line): every control character, line breaks and tabs too, becomes a
/// visible placeholder (`␊`, `␉`, `␛`), so that a name can neither end the
/// line nor carry an escape sequence.
pub fn sanitize_line(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\n' | '\t' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{FFFD}'),
            _ => visible(c),
        })
        .collect()
}

/// Replaces control characters in any string bound for a terminal.
pub fn sanitize(s: &str) -> String {
    s.chars()
        .map(|c| if c == '\n' { c } else { visible(c) })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "政府工作报告\n各位代表：\n一、工作回顾\n国内生产总值增长5.2%。\n";

    #[test]
    fn decodes_every_dress_to_the_same_text() {
        let utf8 = decode(SAMPLE.as_bytes(), None, None).unwrap();
        assert_eq!(utf8.text, SAMPLE);
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice(SAMPLE.replace('\n', "\r\n").as_bytes());
        assert_eq!(decode(&bom, None, None).unwrap().text, SAMPLE);
        let (gbk, _, _) = GB18030.encode(SAMPLE);
        let d = decode(&gbk, None, None).unwrap();
        assert_eq!(d.text, SAMPLE);
        assert_eq!(d.encoding, "gb18030");
        let mut le = vec![0xFF, 0xFE];
        le.extend(SAMPLE.encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(&le, None, None).unwrap().text, SAMPLE);
        let mut be = vec![0xFE, 0xFF];
        be.extend(SAMPLE.encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(decode(&be, None, None).unwrap().text, SAMPLE);
    }

    #[test]
    fn forced_encoding_and_unknown_label() {
        let (gbk, _, _) = GB18030.encode("报告");
        let d = decode(&gbk, Some(encoding_for_label("gbk").unwrap()), None).unwrap();
        assert_eq!(d.text, "报告");
        // UTF-16 read as GBK is refused, not shown as garbage.
        let utf16: Vec<u8> = "各位代表：一、工作回顾"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert!(matches!(
            decode(&utf16, Some(encoding_for_label("gbk").unwrap()), None),
            Err(DecodeError::WrongEncoding(_))
        ));
        assert!(matches!(
            encoding_for_label("klingon"),
            Err(DecodeError::UnknownEncoding(_))
        ));
    }

    #[test]
    fn binary_is_refused_and_damage_is_tolerated() {
        let mut bin = vec![0u8; 100];
        bin.extend_from_slice(&[0x89, b'P', b'N', b'G', 0xff, 0xfe, 0x00, 0x13]);
        assert_eq!(decode(&bin, None, None).unwrap_err(), DecodeError::Binary);
        let mut damaged = "一、工作回顾增长".as_bytes().to_vec();
        damaged.insert(6, 0xff);
        let d = decode(&damaged, None, None).unwrap();
        assert!(d.text.contains('\u{FFFD}'), "{}", d.text);
        assert!(d.text.starts_with("一、"));
        // A long UTF-8 text cut inside its last char is UTF-8 all the same
        // (not left to the detector), and GBK is still GBK.
        let mut cut = "国内生产总值增长5%。\n".repeat(5000).into_bytes();
        cut.extend_from_slice(&"增".as_bytes()[..2]);
        let d = decode(&cut, None, None).unwrap();
        assert_eq!(d.encoding, "UTF-8");
        assert!(d.text.starts_with("国内生产总值"));
        let text = "国内生产总值增长5%。\n".repeat(5000);
        let (gbk, _, _) = GB18030.encode(&text);
        assert_eq!(decode(&gbk, None, None).unwrap().encoding, "gb18030");
        assert!(mostly_utf8(&cut));
        assert!(!mostly_utf8(&gbk));
    }

    #[test]
    fn controls_become_placeholders_of_one_char() {
        let s = clean_text("a\u{1b}]0;evil\u{7}b\u{9b}c\u{202e}d\re\r\nf");
        assert_eq!(s, "a\u{241b}]0;evil\u{2407}b\u{fffd}c\u{fffd}d\ne\nf");
        assert!(!s.chars().any(|c| c.is_control() && c != '\n'));
    }
}
