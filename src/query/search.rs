//! Full-text search: folded substring matching (fullwidth = halfwidth,
//! `10.3%` finds `１０．３％`), and pinyin (`jiuye`, `jy`) over Chinese text.

use crate::text::fold::fold_chars;
use pinyin::ToPinyin;

/// A match: char offsets `[start, end)`.
pub type Hit = (usize, usize);

/// Finds `query` in `folded` (the document's folded chars). A query of
/// ASCII letters also matches Chinese text by full pinyin or initials.
pub fn find(folded: &[char], query: &str) -> Vec<Hit> {
    let q = fold_chars(query.trim());
    if q.is_empty() {
        return Vec::new();
    }
    let mut hits = literal(folded, &q);
    if q.iter().all(|c| c.is_ascii_lowercase()) && q.len() >= 2 {
        let py = pinyin_hits(folded, &q.iter().collect::<String>());
        if !py.is_empty() {
            hits.extend(py);
            hits.sort_unstable();
            hits.dedup_by(|b, a| b.0 < a.1);
        }
    }
    hits
}

/// [`find`] over a document's text as written: a literal query is found
/// in the text folded as a string (no copy of the text as chars, four
/// bytes each); only a pinyin query folds it into chars.
pub fn find_in(text: &str, query: &str) -> Vec<Hit> {
    let q = fold_chars(query.trim());
    if q.is_empty() {
        return Vec::new();
    }
    if q.iter().all(|c| c.is_ascii_lowercase()) && q.len() >= 2 {
        return find(&fold_chars(text), query);
    }
    let needle: String = q.iter().collect();
    // Folding maps only into ASCII: a needle with no ASCII char matches
    // only itself, and is found in the text as it is (no folded copy).
    let folded = if needle.bytes().any(|b| b.is_ascii()) {
        std::borrow::Cow::Owned(crate::text::fold::fold_str(text))
    } else {
        std::borrow::Cow::Borrowed(text)
    };
    let (mut at_byte, mut at_char) = (0, 0);
    let mut out = Vec::new();
    for b in memchr::memmem::find_iter(folded.as_bytes(), needle.as_bytes()) {
        if b < at_byte {
            continue;
        }
        at_char += folded[at_byte..b].chars().count();
        out.push((at_char, at_char + q.len()));
        at_char += q.len();
        at_byte = b + needle.len();
    }
    out
}

fn literal(t: &[char], q: &[char]) -> Vec<Hit> {
    let mut out = Vec::new();
    let first = q[0];
    let mut i = 0;
    while i + q.len() <= t.len() {
        if t[i] == first && t[i..i + q.len()] == *q {
            out.push((i, i + q.len()));
            i += q.len();
        } else {
            i += 1;
        }
    }
    out
}

fn syllable(c: char) -> Option<&'static str> {
    if !crate::text::chars::is_cjk(c) {
        return None;
    }
    c.to_pinyin().map(|p| p.plain())
}

/// Runs of Chinese chars whose pinyin spells `q`: whole syllables, or one
/// initial per char, or whole syllables ending in a partial one.
fn pinyin_hits(t: &[char], q: &str) -> Vec<Hit> {
    let mut out = Vec::new();
    let qb = q.as_bytes();
    let mut i = 0;
    while i < t.len() {
        let Some(first) = syllable(t[i]) else {
            i += 1;
            continue;
        };
        if first.as_bytes().first().is_none_or(|b| *b != qb[0]) {
            i += 1;
            continue;
        }
        if let Some(end) = match_full(t, i, qb).or_else(|| match_initials(t, i, qb)) {
            out.push((i, end));
            i = end;
        } else {
            i += 1;
        }
    }
    out
}

fn match_full(t: &[char], start: usize, q: &[u8]) -> Option<usize> {
    let mut k = 0;
    let mut j = start;
    while k < q.len() {
        let s = syllable(*t.get(j)?)?.as_bytes();
        let rest = &q[k..];
        if rest.len() >= s.len() && rest[..s.len()] == *s {
            k += s.len();
        } else if s.starts_with(rest) && j > start {
            // `jiuy` → 就业: the last syllable may be partial.
            k = q.len();
        } else {
            return None;
        }
        j += 1;
    }
    Some(j)
}

fn match_initials(t: &[char], start: usize, q: &[u8]) -> Option<usize> {
    for (k, &b) in q.iter().enumerate() {
        let s = syllable(*t.get(start + k)?)?;
        if s.as_bytes()[0] != b {
            return None;
        }
    }
    Some(start + q.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn find_in_text_equals_find_in_folded_chars() {
        let t = "增长１０．３％，稳就业工作，就业岗位。ＧＤＰ与gdp，就业就业";
        for q in [
            "就业",
            "10.3%",
            "gdp",
            "jiuye",
            "jy",
            "就业就业",
            "没有",
            "，就业",
            "与ｇｄｐ",
            "岗位。",
        ] {
            assert_eq!(find_in(t, q), find(&fold_chars(t), q), "{q}");
        }
    }

    #[test]
    fn folded_and_pinyin_matches() {
        let t = fold_chars("增长１０．３％，稳就业工作，就业岗位");
        assert_eq!(find(&t, "10.3%"), vec![(2, 7)]);
        assert_eq!(find(&t, "就业"), vec![(9, 11), (14, 16)]);
        assert_eq!(find(&t, "jiuye"), vec![(9, 11), (14, 16)]);
        assert_eq!(find(&t, "jy"), vec![(9, 11), (14, 16)]);
        assert_eq!(find(&t, "jiuy"), vec![(9, 11), (14, 16)]);
        assert!(find(&t, "").is_empty());
        assert!(find(&t, "xyz").is_empty());
    }
}
