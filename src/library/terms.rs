//! Terms counted across reports: occurrences per report and per 10,000
//! characters, fullwidth and halfwidth forms folded as in search.

use crate::text::fold::fold_chars;
use serde::Serialize;
use std::collections::BTreeMap;

/// Non-overlapping occurrences of `word` (folded) in a folded text (UTF-8
/// bytes).
pub fn count(folded: &[u8], word: &str) -> usize {
    let w: String = fold_chars(word.trim()).into_iter().collect();
    if w.is_empty() {
        return 0;
    }
    memchr::memmem::find_iter(folded, w.as_bytes()).count()
}

/// One report's counts.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TermRow {
    pub path: String,
    pub year: Option<i32>,
    pub chars: usize,
    pub counts: BTreeMap<String, usize>,
    pub per_10k: BTreeMap<String, f64>,
}

/// The counts of `words` in one report's folded text of `chars` chars.
pub fn row(
    path: &str,
    year: Option<i32>,
    chars: usize,
    folded: &[u8],
    words: &[String],
) -> TermRow {
    let counts: BTreeMap<String, usize> = words
        .iter()
        .map(|w| (w.clone(), count(folded, w)))
        .collect();
    let per_10k = counts
        .iter()
        .map(|(w, &n)| {
            let x = if chars == 0 {
                0.0
            } else {
                n as f64 * 10_000.0 / chars as f64
            };
            (w.clone(), (x * 100.0).round() / 100.0)
        })
        .collect();
    TermRow {
        path: path.to_string(),
        year,
        chars,
        counts,
        per_10k,
    }
}

/// The row of a report known to hold none of `words` (not read).
pub fn absent(path: &str, year: Option<i32>, chars: usize, words: &[String]) -> TermRow {
    TermRow {
        path: path.to_string(),
        year,
        chars,
        counts: words.iter().map(|w| (w.clone(), 0)).collect(),
        per_10k: words.iter().map(|w| (w.clone(), 0.0)).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_fold_and_do_not_overlap() {
        let t: String = fold_chars("新质生产力，发展新质生产力。ＧＤＰ增长，gdp")
            .into_iter()
            .collect();
        let t = t.as_bytes();
        assert_eq!(count(t, "新质生产力"), 2);
        assert_eq!(count(t, "GDP"), 2);
        assert_eq!(count("啊啊啊".as_bytes(), "啊啊"), 1);
        assert_eq!(count(t, ""), 0);
        let r = row("a", Some(2024), 23, t, &["新质生产力".to_string()]);
        assert_eq!(r.counts["新质生产力"], 2);
        // 2 in 23 chars: 869.57 per 10,000.
        assert_eq!(r.per_10k["新质生产力"], 869.57);
    }
}
