//! The document model: text, title block, sections, points, paragraphs and
//! sentences, all located by character offsets into one text.

use serde::Serialize;

/// A half-open range of character offsets `[start, end)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// The title block: what the report is, when, where and by whom.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct TitleBlock {
    pub title: Option<String>,
    /// ISO `YYYY-MM-DD`.
    pub date: Option<String>,
    pub venue: Option<String>,
    pub speaker: Option<String>,
    pub salutation: Option<String>,
}

impl TitleBlock {
    /// The year of the date line (`2024-03-05` → 2024).
    pub fn date_year(&self) -> Option<u32> {
        self.date.as_deref()?.get(..4)?.parse().ok()
    }
}

/// A numbered point (`一是…`, `第二，…`) inside a section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Point {
    pub id: String,
    pub marker: String,
    pub number: u32,
    pub title: String,
    pub start: usize,
    pub end: usize,
    pub inline: bool,
}

/// A section of the report, nested by heading level.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Section {
    pub id: String,
    /// Depth in the tree, 1 for top-level sections.
    pub level: usize,
    pub marker: Option<String>,
    pub number: Option<u32>,
    pub title: String,
    pub start: usize,
    pub end: usize,
    pub points: Vec<Point>,
    pub children: Vec<Section>,
    /// Whether this is an appendix (`附件…`), after the body.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub appendix: bool,
}

impl Section {
    /// The heading as shown everywhere (outline, breadcrumb, topic list,
    /// `outline`): marker and title, with a space after a marker that ends
    /// in a letter or digit (`附件1 名词解释`; `一、回顾` has none).
    pub fn heading(&self) -> String {
        let marker = self.marker.as_deref().unwrap_or("");
        let gap = marker.ends_with(|c: char| c.is_alphanumeric()) && !self.title.is_empty();
        format!("{marker}{}{}", if gap { " " } else { "" }, self.title)
    }
}

/// A paragraph with its sentences.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Paragraph {
    pub start: usize,
    pub end: usize,
    pub sentences: Vec<Span>,
}

/// A parsed report.
#[derive(Debug, Clone, Serialize)]
pub struct Document {
    #[serde(flatten)]
    pub title_block: TitleBlock,
    pub sections: Vec<Section>,
    pub paragraphs: Vec<Paragraph>,
    /// Where the report proper runs (after web chrome and the title block,
    /// before footers).
    pub body: Span,
    pub text: String,
    #[serde(skip)]
    pub index: CharIndex,
}

/// Maps character offsets to byte offsets in O(1) amortised steps.
#[derive(Debug, Clone, Default)]
pub struct CharIndex {
    /// Byte offset of every `STEP`-th char.
    marks: Vec<usize>,
    chars: usize,
}

const STEP: usize = 64;

impl CharIndex {
    /// Indexes `text`.
    pub fn new(text: &str) -> Self {
        let mut marks = Vec::with_capacity(text.len() / STEP + 1);
        let mut n = 0;
        // A char starts at every byte that is not a continuation byte.
        for (b, &byte) in text.as_bytes().iter().enumerate() {
            if byte & 0xC0 != 0x80 {
                if n % STEP == 0 {
                    marks.push(b);
                }
                n += 1;
            }
        }
        Self { marks, chars: n }
    }

    /// Number of chars in the text.
    pub fn len(&self) -> usize {
        self.chars
    }

    /// Whether the text is empty.
    pub fn is_empty(&self) -> bool {
        self.chars == 0
    }

    /// The byte offset of char offset `c` (clamped to the end).
    pub fn byte(&self, text: &str, c: usize) -> usize {
        if c >= self.chars {
            return text.len();
        }
        let base = self.marks[c / STEP];
        let rest = c % STEP;
        text[base..]
            .char_indices()
            .nth(rest)
            .map_or(text.len(), |(b, _)| base + b)
    }

    /// The char offset of byte offset `b` (which must be a char boundary).
    pub fn char_of_byte(&self, text: &str, b: usize) -> usize {
        let i = self.marks.partition_point(|&m| m <= b).saturating_sub(1);
        let base = self.marks.get(i).copied().unwrap_or(0);
        i * STEP + text[base..b.min(text.len())].chars().count()
    }
}

impl Document {
    /// The text between two char offsets.
    pub fn slice(&self, start: usize, end: usize) -> &str {
        let a = self.index.byte(&self.text, start);
        let b = self.index.byte(&self.text, end.max(start));
        &self.text[a..b]
    }

    /// Number of chars in the text.
    pub fn len_chars(&self) -> usize {
        self.index.len()
    }

    /// All sections in document order (depth first).
    pub fn flat_sections(&self) -> Vec<&Section> {
        fn walk<'a>(s: &'a [Section], out: &mut Vec<&'a Section>) {
            for sec in s {
                out.push(sec);
                walk(&sec.children, out);
            }
        }
        let mut out = Vec::new();
        walk(&self.sections, &mut out);
        out
    }

    /// The innermost section containing char offset `pos`.
    pub fn section_at(&self, pos: usize) -> Option<&Section> {
        let mut found = None;
        let mut level = &self.sections;
        while let Some(s) = containing(level, pos) {
            found = Some(s);
            level = &s.children;
        }
        found
    }

    /// The section path from the top down to the innermost section at `pos`.
    pub fn section_path(&self, pos: usize) -> Vec<&Section> {
        let mut path = Vec::new();
        let mut level = &self.sections;
        while let Some(s) = containing(level, pos) {
            path.push(s);
            level = &s.children;
        }
        path
    }

    /// Finds a section by id: ids are paths of 1-based indices (`3.1`), so
    /// the path is followed; anything else is looked for one by one.
    pub fn section_by_id(&self, id: &str) -> Option<&Section> {
        let mut level = &self.sections;
        let mut found = None;
        for part in id.split('.') {
            let k: usize = part.parse().ok()?;
            let s = level.get(k.checked_sub(1)?)?;
            found = Some(s);
            level = &s.children;
        }
        found
            .filter(|s| s.id == id)
            .or_else(|| self.flat_sections().into_iter().find(|s| s.id == id))
    }
}

/// The section of one level (in order, starts and ends both
/// non-decreasing: siblings never overlap) that contains `pos`, by binary
/// search.
pub fn containing(level: &[Section], pos: usize) -> Option<&Section> {
    let k = level.partition_point(|s| s.end <= pos);
    level.get(k).filter(|s| s.start <= pos)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_index_round_trips() {
        let text = "a一b二".repeat(100);
        let idx = CharIndex::new(&text);
        assert_eq!(idx.len(), 400);
        for c in [0, 1, 2, 63, 64, 65, 399, 400] {
            let b = idx.byte(&text, c);
            assert!(text.is_char_boundary(b));
            assert_eq!(idx.char_of_byte(&text, b), c);
            assert_eq!(text[..b].chars().count(), c);
        }
    }
}
