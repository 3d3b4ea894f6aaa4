//! What a figure measures and when: labels taken from the clause around
//! it (verbs and period words stripped, nouns after counts) and periods.

use crate::figures::lexicon::{
    APPROX_AFTER, LABEL_LEAD, LABEL_TAIL, NOUN_STOPS, PERIOD_FIRST, PERIOD_WORDS, REACH_VERBS,
    VERB_ONLY, WordList,
};
use crate::figures::quantity::starts_with_at;
use crate::text::chars::CLAUSE_BREAKS;

/// Period expressions in a paragraph: (start, text). Long on purpose: one
/// pass trying the period forms in order (words, `N年前`, months and month
/// ranges, quarters) at each position.
pub(crate) fn periods(f: &[char]) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < f.len() {
        let maybe_word = PERIOD_FIRST.contains(f[i]);
        if maybe_word && let Some(w) = PERIOD_WORDS.iter().find(|w| starts_with_at(f, i, w)) {
            out.push((i, w.to_string()));
            i += w.chars().count();
            continue;
        }
        // `五年前`, `3年来`: a span back from now.
        if (crate::text::cnnum::is_cn_numeral_char(f[i]) || f[i].is_ascii_digit())
            && (i == 0
                || !(crate::text::cnnum::is_cn_numeral_char(f[i - 1]) || f[i - 1].is_ascii_digit()))
        {
            let mut k = i;
            while k < f.len()
                && (crate::text::cnnum::is_cn_numeral_char(f[k]) || f[k].is_ascii_digit())
            {
                k += 1;
            }
            if k - i <= 3 && (starts_with_at(f, k, "年前") || starts_with_at(f, k, "年来")) {
                out.push((i, f[i..k + 2].iter().collect()));
                i = k + 2;
                continue;
            }
        }
        // `“十四五”时期`, `“十三五”期间`: a plan period.
        if f[i] == '“'
            && let Some(close) = f[i..].iter().take(6).position(|&c| c == '”')
            && f[i + 1] == '十'
            && (starts_with_at(f, i + close + 1, "时期")
                || starts_with_at(f, i + close + 1, "期间"))
        {
            out.push((i, f[i..i + close + 3].iter().collect()));
            i += close + 3;
            continue;
        }
        if f[i].is_ascii_digit() && (i == 0 || !f[i - 1].is_ascii_digit()) {
            let mut j = i;
            while j < f.len() && f[j].is_ascii_digit() {
                j += 1;
            }
            let digits = j - i;
            // 1-6月, 1—6月
            if digits <= 2
                && matches!(f.get(j), Some('-' | '—' | '–' | '~' | '至'))
                && f.get(j + 1).is_some_and(char::is_ascii_digit)
            {
                let mut k = j + 1;
                while k < f.len() && f[k].is_ascii_digit() {
                    k += 1;
                }
                if f.get(k) == Some(&'月') {
                    out.push((i, f[i..=k].iter().collect()));
                    i = k + 1;
                    continue;
                }
            }
            if digits <= 2 && f.get(j) == Some(&'月') {
                let mut k = j + 1;
                for tail in ["当月", "份", "底", "末"] {
                    if starts_with_at(f, k, tail) {
                        k += tail.chars().count();
                        break;
                    }
                }
                if k > j + 1 || f.get(j + 1).is_none_or(|c| !c.is_ascii_digit()) {
                    out.push((i, f[i..k].iter().collect()));
                }
                i = k;
                continue;
            }
            if digits == 4
                && f.get(j) == Some(&'年')
                && !(i > 0 && matches!(f[i - 1], '比' | '较' | '至' | '-'))
            {
                out.push((i, f[i..=j].iter().collect()));
                i = j + 1;
                continue;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    out
}

/// The length of the longest word of `words` at the start (or the end) of `s`.
pub(crate) fn longest_word(s: &[char], words: &WordList, at_start: bool) -> Option<usize> {
    if s.is_empty() {
        return None;
    }
    words
        .chars()
        .iter()
        .filter(|w| {
            if at_start {
                s.starts_with(w)
            } else {
                s.ends_with(w)
            }
        })
        .map(Vec::len)
        .max()
}

/// Strips lead and tail words from `s`; returns the kept range.
pub(crate) fn strip_words(full: &[char], lead: &WordList, tail: &WordList) -> (usize, usize) {
    let mut a = 0;
    let mut s = full;
    loop {
        let before = s.len();
        if let Some(n) = longest_word(s, lead, true) {
            a += n;
            s = &s[n..];
        }
        if let Some(n) = longest_word(s, tail, false) {
            s = &s[..s.len() - n];
        }
        // A leading or trailing period (`1-6月`, `上半年`, `由2010年`) is
        // not part of the label.
        let ps = periods(s);
        if let Some((0, p)) = ps.first() {
            a += p.chars().count();
            s = &s[p.chars().count()..];
        } else if let Some((k, p)) = ps.last()
            && k + p.chars().count() == s.len()
        {
            // `地区生产总值由2010年`: cut at 由/从 too.
            let mut cut = *k;
            if cut > 0 && matches!(s[cut - 1], '由' | '从' | '较' | '比') {
                cut -= 1;
            }
            s = &s[..cut];
        }
        if s.len() == before {
            break;
        }
    }
    (a, a + s.len())
}

pub(crate) fn clean_label(chars: &[char]) -> Option<String> {
    let s: String = chars.iter().collect();
    let mut s = s.trim().trim_matches(['的', ' ']).to_string();
    // A long clause ending in `…等经济损失`, `…的增加值`: the noun after the
    // last `等`/`的` names the figure.
    if s.chars().count() > 12
        && let Some((_, tail)) = s.rsplit_once(['等', '的'])
        && (2..=8).contains(&tail.chars().count())
    {
        s = tail.to_string();
    }
    // `…综合体项目当年完成投资` (too long to be a label): what follows the
    // last verb or period word.
    if s.chars().count() > 18
        && let Some(k) = ["完成", "实现", "累计", "当年", "全年", "新增", "达到"]
            .iter()
            .filter_map(|w| s.rfind(w).map(|b| b + w.len()))
            .max()
        && (2..=8).contains(&s[k..].chars().count())
    {
        s = s[k..].to_string();
    }
    let n = s.chars().count();
    let cjk = s.chars().filter(|&c| crate::text::chars::is_cjk(c)).count();
    ((2..=18).contains(&n) && cjk >= 2).then_some(s)
}

/// Where a figure stands in its paragraph, for finding its label.
pub(crate) struct LabelSite<'a> {
    /// The paragraph's folded chars, for matching.
    pub folded: &'a [char],
    /// The paragraph's chars as written, for the label's text.
    pub orig: &'a [char],
    /// Where the figure and the words qualifying it start.
    pub lead: usize,
    /// Where the figure ends.
    pub end: usize,
    /// The label never reaches back before this (the figure before).
    pub floor: usize,
}

/// Whether the noun after a figure may name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NounAfter {
    /// Never: changes, percentages and time spans measure the clause before.
    Never,
    /// When the clause before names nothing (only a verb, a verb of reach,
    /// examples before `等`): `惠及1100多万学生`.
    IfClauseSaysNothing,
    /// First of all: a count names the noun after its measure word
    /// (`建立197个区域网格`).
    Counted,
}

/// The label of a figure: the clause before it (without verbs) or, when
/// the clause is only a verb, the noun after it (`建立197个区域网格`).
pub(crate) fn label_for(site: &LabelSite, noun: NounAfter) -> Option<String> {
    let LabelSite {
        folded: f,
        orig,
        lead,
        end,
        floor,
    } = *site;
    let mut s = lead;
    while s > floor && !CLAUSE_BREAKS.contains(&f[s - 1]) {
        s -= 1;
    }
    // A counted noun right after the measure word (`建立197个区域网格`,
    // `13个专项组和…`) names the figure better than the verb before it.
    if noun == NounAfter::Counted
        && let Some(after) = noun_after(f, orig, end)
    {
        return Some(after);
    }
    // `惠及1100多万学生`, `增发1万亿元国债`: after a verb of reach, or a
    // clause that is only a verb, the noun after the figure is what counts.
    let clause = &f[s..lead];
    let reach = longest_word(clause, &REACH_VERBS, false).is_some();
    let (a, b) = strip_words(clause, &LABEL_LEAD, &LABEL_TAIL);
    let only_verb = VERB_ONLY.chars().iter().any(|w| w[..] == clause[a..b]);
    // `揭阳…一体化等23个项目`: a list before `等` names examples, not the figure.
    let examples = b > a && clause[b - 1] == '等';
    if noun != NounAfter::Never
        && (reach || only_verb || b == a || examples)
        && let Some(after) = noun_after(f, orig, end)
    {
        return Some(after);
    }
    if examples {
        return None;
    }
    if b > a && !only_verb {
        return clean_label(&orig[s + a..s + b]);
    }
    None
}

/// A short noun phrase after a counted figure, ending at a clause break or
/// a conjunction.
pub(crate) fn noun_after(f: &[char], orig: &[char], end: usize) -> Option<String> {
    // `14家“我嘉·邻里中心”`: a quoted name is the noun.
    if f.get(end) == Some(&'“')
        && let Some(k) = f[end..].iter().take(16).position(|&c| c == '”')
    {
        // … and a head noun after it: `“白名单”企业`.
        let close = end + k + 1;
        let e = [
            "企业", "项目", "工程", "行动", "活动", "平台", "中心", "基地", "园区", "社区", "学校",
            "医院", "场所", "小区",
        ]
        .iter()
        .find(|w| starts_with_at(f, close, w))
        .map_or(close, |w| close + w.chars().count());
        return clean_label(&orig[end..e]);
    }
    // `16.9万平方米的绿化任务`: the noun after `的`.
    let end = if f.get(end) == Some(&'的') {
        end + 1
    } else {
        end
    };
    let mut e = end;
    while e < f.len() && e - end <= 8 {
        let c = f[e];
        if CLAUSE_BREAKS.contains(&c)
            || matches!(c, '和' | '及' | '与' | '等')
            || c.is_ascii_digit()
        {
            break;
        }
        if NOUN_STOPS.iter().any(|w| starts_with_at(f, e, w)) {
            break;
        }
        if c == '的' {
            break;
        }
        e += 1;
    }
    // Past eight chars with no stop in sight it is prose, not a noun.
    if e - end > 8 || e == end || APPROX_AFTER.iter().any(|w| starts_with_at(f, end, w)) {
        return None;
    }
    clean_label(&orig[end..e])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn period_filter_covers_every_period_word() {
        for w in PERIOD_WORDS {
            assert!(PERIOD_FIRST.contains(w.chars().next().unwrap()), "{w}");
        }
    }
}
