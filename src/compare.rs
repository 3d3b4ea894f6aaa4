//! Two reports side by side (last year's and this year's): the targets
//! that moved, the sections matched by title, and the words that appeared,
//! vanished or changed most. In: two [`Report`]s. Out: a [`Comparison`].

use crate::library::Summary;
use crate::library::trend::{Outcome, Target, outcome_of, target_of};
use crate::report::Report;
use crate::text::fold::fold_str;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::LazyLock;

/// One report of the pair.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Side {
    pub path: String,
    pub year: Option<i32>,
}

/// A target as compared: the trend's target, the same fields.
pub type TargetBrief = Target;

/// The outcome B reports for A's year.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OutcomeBrief {
    pub year: Option<i32>,
    pub value: f64,
    pub text: String,
}

/// One indicator with a target in A or B.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TargetRow {
    pub indicator: String,
    pub a: Option<TargetBrief>,
    pub b: Option<TargetBrief>,
    pub changed: bool,
    pub outcome_in_b: Option<OutcomeBrief>,
}

/// A section of B matched to one of A (or unmatched on one side).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SectionMatch {
    pub a: Option<String>,
    pub b: Option<String>,
    pub similarity: Option<f64>,
}

/// A term counted in both reports.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TermChange {
    pub term: String,
    pub a: usize,
    pub b: usize,
}

/// The whole comparison (`compare A B --json`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    pub a: Side,
    pub b: Side,
    pub targets: Vec<TargetRow>,
    pub sections: Vec<SectionMatch>,
    pub terms: Vec<TermChange>,
}

fn same_target(a: &TargetBrief, b: &TargetBrief) -> bool {
    a.value == b.value && a.low == b.low && a.high == b.high && a.bound == b.bound
}

/// Targets of every indicator either report sets one for; changed rows
/// first, in the lexicon's order.
fn targets(a: &Summary, b: &Summary) -> Vec<TargetRow> {
    let ids: BTreeSet<&str> = a
        .indicator_figures
        .iter()
        .chain(&b.indicator_figures)
        .map(|f| f.indicator.as_str())
        .filter(|id| target_of(a, id).is_some() || target_of(b, id).is_some())
        .collect();
    let order = |id: &str| {
        crate::figures::indicators::LEXICON
            .iter()
            .position(|i| i.id == id)
            .unwrap_or(usize::MAX)
    };
    let mut rows: Vec<TargetRow> = ids
        .into_iter()
        .map(|id| {
            let ta = target_of(a, id);
            let tb = target_of(b, id);
            let changed = match (&ta, &tb) {
                (Some(x), Some(y)) => !same_target(x, y),
                _ => true,
            };
            let outcome_in_b = outcome_of(b, id)
                .filter(|o: &Outcome| a.year.is_none() || o.year == a.year)
                .map(|o| OutcomeBrief {
                    year: o.year,
                    value: o.value,
                    text: o.text,
                });
            TargetRow {
                indicator: id.to_string(),
                a: ta,
                b: tb,
                changed,
                outcome_in_b,
            }
        })
        .collect();
    rows.sort_by_key(|r| (!r.changed, order(&r.indicator)));
    rows
}

/// Character bigrams of a title, folded, markers left out.
fn bigrams(title: &str) -> BTreeSet<(char, char)> {
    let chars: Vec<char> = fold_str(title)
        .chars()
        .filter(|c| {
            !c.is_whitespace() && !c.is_ascii_punctuation() && !"，。、；：“”（）《》".contains(*c)
        })
        .collect();
    chars.windows(2).map(|w| (w[0], w[1])).collect()
}

/// Dice similarity of two titles' bigrams (0–1).
pub fn similarity(a: &str, b: &str) -> f64 {
    let (x, y) = (bigrams(a), bigrams(b));
    if x.is_empty() || y.is_empty() {
        return if fold_str(a) == fold_str(b) { 1.0 } else { 0.0 };
    }
    2.0 * x.intersection(&y).count() as f64 / (x.len() + y.len()) as f64
}

/// B's sections matched to A's by title (not by position: `（三）着力扩大
/// 国内需求` may move from (四) to (三)): best pairs first, each section
/// used once, at least a third alike, and never a review with a plan (a
/// 2021 plan's `（一）保持宏观政策连续性…` is not the 2023 review's
/// `（一）创新宏观调控…`).
fn sections(a: &Report, b: &Report) -> Vec<SectionMatch> {
    use crate::figures::extract::{Part, part_at};
    let sa = a.doc.flat_sections();
    let sb = b.doc.flat_sections();
    let pa: Vec<Part> = sa.iter().map(|x| part_at(&a.doc, x.start)).collect();
    let pb: Vec<Part> = sb.iter().map(|y| part_at(&b.doc, y.start)).collect();
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    for (i, x) in sa.iter().enumerate() {
        for (j, y) in sb.iter().enumerate() {
            let known = pa[i] != Part::Unknown && pb[j] != Part::Unknown;
            if known && pa[i] != pb[j] {
                continue;
            }
            let s = similarity(&x.title, &y.title);
            if s >= 0.34 {
                pairs.push((s, i, j));
            }
        }
    }
    pairs.sort_by(|p, q| q.0.total_cmp(&p.0).then(p.1.cmp(&q.1)).then(p.2.cmp(&q.2)));
    let (mut used_a, mut used_b) = (vec![false; sa.len()], vec![false; sb.len()]);
    let mut matched: HashMap<usize, (usize, f64)> = HashMap::new();
    for (s, i, j) in pairs {
        if !used_a[i] && !used_b[j] {
            used_a[i] = true;
            used_b[j] = true;
            matched.insert(j, (i, s));
        }
    }
    let round = |s: f64| (s * 100.0).round() / 100.0;
    let mut out: Vec<SectionMatch> = sb
        .iter()
        .enumerate()
        .map(|(j, y)| match matched.get(&j) {
            Some(&(i, s)) => SectionMatch {
                a: Some(sa[i].id.clone()),
                b: Some(y.id.clone()),
                similarity: Some(round(s)),
            },
            None => SectionMatch {
                a: None,
                b: Some(y.id.clone()),
                similarity: None,
            },
        })
        .collect();
    out.extend(
        sa.iter()
            .enumerate()
            .filter(|(i, _)| !used_a[*i])
            .map(|(_, x)| SectionMatch {
                a: Some(x.id.clone()),
                b: None,
                similarity: None,
            }),
    );
    out
}

static JIEBA: LazyLock<jieba_rs::Jieba> = LazyLock::new(jieba_rs::Jieba::new);

/// Words that say nothing of what changed.
#[rustfmt::skip]
const STOP_WORDS: &[&str] = &[
    "一个", "一些", "一批", "不断", "主要", "也", "了", "以", "们", "进一步", "进行", "推进", "推动",
    "加强", "加快", "坚持", "工作", "我们", "的", "等", "要", "和", "与", "及", "在", "是", "为",
    "对", "把", "将", "从", "到", "上", "中", "下", "有", "更", "好", "大", "新", "全面", "持续",
    "实施", "建设", "发展", "深入", "积极", "着力", "提高", "完善", "健全", "各类", "各项",
    "以上", "以下", "左右", "增加", "减少", "年均", "今年", "去年", "同比", "比上年", "基本",
];

/// Chars that do not begin or end a phrase.
const EDGE_STOPS: &str = "的了和与及在是为对把将从到也又并而或等要由被其之以于";

/// Word counts of a text: the words of a segmenter (two or more
/// characters, with a Chinese character), and the phrases it does not know
/// — runs of three to six Chinese characters repeated in the text and not
/// always part of one longer run (`新质生产力`, new in 2024, is not in any
/// dictionary). Stop words and numbers are left out; fullwidth and
/// halfwidth forms fold together.
pub fn word_counts(text: &str) -> HashMap<String, usize> {
    let folded = fold_str(text);
    let mut counts: HashMap<String, usize> = HashMap::new();
    // Where the segmenter's words begin and end (char offsets): a phrase
    // it does not know must begin and end there (`社会主` ends inside
    // 社会主义, `制度改` inside 改革).
    let mut bounds = vec![true];
    for token in JIEBA.cut(&folded, false) {
        let w = token.word;
        bounds.extend(w.chars().skip(1).map(|_| false));
        bounds.push(true);
        if w.chars().count() >= 2
            && w.chars().any(crate::text::chars::is_cjk)
            && !w
                .chars()
                .any(|c| c.is_ascii_digit() || crate::text::cnnum::digit_value(c).is_some())
            && !STOP_WORDS.contains(&w)
        {
            *counts.entry(w.to_string()).or_default() += 1;
        }
    }
    for (p, n) in phrases(&folded, &bounds) {
        counts.entry(p).or_insert(n);
    }
    counts
}

/// Repeated runs of 3–6 Chinese characters that are not always inside one
/// longer repeated run, and that begin and end at word bounds (`bounds`,
/// one per char offset) at least half the times they occur, with their
/// counts.
fn phrases(folded: &str, bounds: &[bool]) -> HashMap<String, usize> {
    const MAX: usize = 6;
    let chars: Vec<char> = folded.chars().collect();
    let mut grams: Vec<HashMap<&[char], usize>> = vec![HashMap::new(); MAX + 2];
    let cjk =
        |c: char| crate::text::chars::is_cjk(c) && crate::text::cnnum::digit_value(c).is_none();
    for (n, table) in grams.iter_mut().enumerate().skip(3) {
        for w in chars.windows(n) {
            if w.iter().all(|&c| cjk(c)) {
                *table.entry(w).or_default() += 1;
            }
        }
    }
    // A run is not maximal when a run one longer occurs as often.
    let mut covered: std::collections::HashSet<&[char]> = std::collections::HashSet::new();
    for n in 3..=MAX {
        for (h, &ch) in &grams[n + 1] {
            for part in [&h[..n], &h[1..]] {
                if grams[n].get(part) == Some(&ch) {
                    covered.insert(part);
                }
            }
        }
    }
    let mut out = HashMap::new();
    let at_bound = |i: usize| bounds.get(i).copied().unwrap_or(true);
    for n in 3..=MAX {
        let candidates: std::collections::HashSet<&[char]> = grams[n]
            .iter()
            .filter(|&(g, &c)| {
                c >= 2
                    && !EDGE_STOPS.contains(g[0])
                    && !EDGE_STOPS.contains(g[n - 1])
                    && !covered.contains(g)
            })
            .map(|(g, _)| *g)
            .collect();
        if candidates.is_empty() {
            continue;
        }
        let mut aligned: HashMap<&[char], usize> = HashMap::new();
        for (i, w) in chars.windows(n).enumerate() {
            if at_bound(i) && at_bound(i + n) && candidates.contains(w) {
                *aligned.entry(w).or_default() += 1;
            }
        }
        for g in candidates {
            let c = grams[n][g];
            if aligned.get(g).copied().unwrap_or(0) * 2 >= c {
                out.insert(g.iter().collect::<String>(), c);
            }
        }
    }
    out
}

/// The terms that moved most: new in B, gone from B, or much more or less
/// frequent (counts scaled by length), ranked by how much they moved.
fn terms(a: &Report, b: &Report, limit: usize) -> Vec<TermChange> {
    let (ca, cb) = (word_counts(&a.doc.text), word_counts(&b.doc.text));
    let (la, lb) = (
        a.doc.len_chars().max(1) as f64,
        b.doc.len_chars().max(1) as f64,
    );
    let words: BTreeMap<&String, ()> = ca.keys().chain(cb.keys()).map(|w| (w, ())).collect();
    let mut scored: Vec<(f64, TermChange)> = words
        .into_keys()
        .filter_map(|w| {
            let (x, y) = (
                ca.get(w).copied().unwrap_or(0),
                cb.get(w).copied().unwrap_or(0),
            );
            if x + y < 3 {
                return None;
            }
            // Per 10,000 characters, smoothed: new and gone words rank by
            // how often they occur; others by the ratio of their rates.
            let (rx, ry) = (x as f64 * 1e4 / la, y as f64 * 1e4 / lb);
            let score = ((ry + 0.5) / (rx + 0.5)).ln().abs() * (x + y) as f64;
            (score > 1.0).then(|| {
                (
                    score,
                    TermChange {
                        term: w.clone(),
                        a: x,
                        b: y,
                    },
                )
            })
        })
        .collect();
    scored.sort_by(|p, q| q.0.total_cmp(&p.0).then(p.1.term.cmp(&q.1.term)));
    scored.into_iter().take(limit).map(|(_, t)| t).collect()
}

/// Compares report `a` (earlier) with `b` (later).
pub fn compare(a: &Report, b: &Report) -> Comparison {
    let (sa, sb) = (Summary::of(&a.name, a), Summary::of(&b.name, b));
    Comparison {
        a: Side {
            path: a.name.clone(),
            year: sa.year,
        },
        b: Side {
            path: b.name.clone(),
            year: sb.year,
        },
        targets: targets(&sa, &sb),
        sections: sections(a, b),
        terms: terms(a, b, 60),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_alike_and_unlike() {
        assert!(
            similarity(
                "（三）着力扩大国内需求",
                "（四）着力扩大国内需求，推动经济实现良性循环"
            ) > 0.5
        );
        assert!(similarity("大力推进现代化产业体系建设", "切实保障和改善民生") < 0.2);
        assert_eq!(similarity("回顾", "回顾"), 1.0);
    }

    #[test]
    fn words_are_counted_without_numbers_or_stop_words() {
        let c = word_counts("发展新质生产力，培育新质生产力。增长5%，我们要加强工作。");
        assert_eq!(c.get("新质生产力"), Some(&2));
        assert!(!c.contains_key("质生产"), "a part of a longer phrase");
        // A run that ends inside the segmenter's words is no phrase.
        let c = word_counts(
            "坚持社会主义。发展社会主义市场经济，激发社会主体活力。深化制度改革，推进制度改进。",
        );
        assert!(!c.contains_key("社会主"), "{c:?}");
        assert!(!c.contains_key("制度改"), "{c:?}");
        assert_eq!(c.get("社会主义"), Some(&2));
        assert!(!c.keys().any(|w| w.contains('5')));
        assert!(!c.contains_key("我们"));
    }
}
