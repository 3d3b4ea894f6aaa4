//! Terms counted across reports: occurrences per report and per 10,000
//! characters, fullwidth and halfwidth forms folded as in search.

use crate::text::fold::fold_chars;
use serde::Serialize;
use std::collections::BTreeMap;

/// Non-overlapping occurrences of `word` (folded) in `folded`.
pub fn count(folded: &[char], word: &str) -> usize {
    let w = fold_chars(word.trim());
    if w.is_empty() || w.len() > folded.len() {
        return 0;
    }
    let mut n = 0;
    let mut i = 0;
    while i + w.len() <= folded.len() {
        if folded[i..i + w.len()] == w[..] {
            n += 1;
            i += w.len();
        } else {
            i += 1;
        }
    }
    n
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

/// The counts of `words` in one report's folded text.
pub fn row(path: &str, year: Option<i32>, folded: &[char], words: &[String]) -> TermRow {
    let chars = folded.len();
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_fold_and_do_not_overlap() {
        let t = fold_chars("新质生产力，发展新质生产力。ＧＤＰ增长，gdp");
        assert_eq!(count(&t, "新质生产力"), 2);
        assert_eq!(count(&t, "GDP"), 2);
        assert_eq!(count(&fold_chars("啊啊啊"), "啊啊"), 1);
        assert_eq!(count(&t, ""), 0);
        let r = row("a", Some(2024), &t, &["新质生产力".to_string()]);
        assert_eq!(r.counts["新质生产力"], 2);
    }
}
