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
        if b < at_byte || !whole_number_at(folded.as_bytes(), b, b + needle.len(), &q) {
            continue;
        }
        at_char += folded[at_byte..b].chars().count();
        out.push((at_char, at_char + q.len()));
        at_char += q.len();
        at_byte = b + needle.len();
    }
    out
}

/// Whether a match of `q` (folded chars) between the bytes `a` and `b` of
/// `text` (folded) does not cut a number: `7.5%` is not found inside
/// `17.5%`, nor `5%` inside `5.5%`, nor `7.5` inside `7.55`.
/// Only ASCII matters around a number (digits and `.`), so the bytes
/// are read, not decoded.
pub fn whole_number_at(text: &[u8], a: usize, b: usize, q: &[char]) -> bool {
    let ascii = |k: Option<usize>| {
        k.and_then(|k| text.get(k))
            .filter(|c| c.is_ascii())
            .map(|&c| c as char)
    };
    number_bounded(
        q,
        ascii(a.checked_sub(1)),
        ascii(Some(b)),
        ascii(Some(b + 1)),
    )
}

/// [`whole_number_at`] on the chars around a match.
fn number_bounded(
    q: &[char],
    before: Option<char>,
    after: Option<char>,
    then: Option<char>,
) -> bool {
    let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
    let starts = q.first().is_some_and(char::is_ascii_digit);
    let ends = q.last().is_some_and(char::is_ascii_digit);
    !(starts && (digit(before) || before == Some('.'))
        || ends && (digit(after) || after == Some('.') && digit(then)))
}

fn literal(t: &[char], q: &[char]) -> Vec<Hit> {
    let mut out = Vec::new();
    let first = q[0];
    let mut i = 0;
    while i + q.len() <= t.len() {
        let end = i + q.len();
        if t[i] == first
            && t[i..end] == *q
            && number_bounded(
                q,
                i.checked_sub(1).map(|k| t[k]),
                t.get(end).copied(),
                t.get(end + 1).copied(),
            )
        {
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
            "0.3%",
            "3%",
            "10",
            "10.3",
        ] {
            assert_eq!(find_in(t, q), find(&fold_chars(t), q), "{q}");
        }
    }

    #[test]
    fn a_number_is_not_found_inside_a_longer_one() {
        let t = "增长１７．５％，增长7.5%，5.5%和5%，7.55与7.5倍";
        let texts = |q: &str| -> Vec<String> {
            let chars: Vec<char> = t.chars().collect();
            find_in(t, q)
                .into_iter()
                .map(|(a, b)| chars[a..b].iter().collect())
                .collect()
        };
        assert_eq!(texts("7.5%"), vec!["7.5%"]);
        assert_eq!(texts("17.5%"), vec!["１７．５％"]);
        assert_eq!(texts("5%"), vec!["5%"]);
        assert_eq!(texts("7.5"), vec!["7.5", "7.5"]);
        assert_eq!(texts("增长"), vec!["增长", "增长"]);
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
