//! What a figure measures and when: labels taken from the clause around
//! it (verbs and period words stripped, nouns after counts) and periods.

use crate::figures::lexicon::{
    APPROX_AFTER, CHANGE_VERB_LIST, CHANGE_VERBS, CONDITION_WORDS, LABEL_LEAD, LABEL_TAIL,
    PERIOD_FIRST, PERIOD_WORDS, REACH_VERBS, VERB_ONLY, WordList,
};
use crate::figures::lexicon::{
    COUNTED_HEAD_WORDS, COUNTED_HEADS, ENTITY_NOUNS, GENERIC_COUNTED, GIVERS, HEAD_NOUNS,
    LEAD_WHOLE_WORDS, NO_WORDS, NOUN_STOP_WORDS, PAIR_COMPOUNDS, PER_QUALIFIERS, STAGE_VERBS,
    TAIL_WHOLE_WORDS, TIME_PHRASE_ENDS,
};
use crate::figures::quantity::{ends_with_at, starts_with_at};
use crate::text::chars::{CLAUSE_BREAKS, is_cjk};
use crate::text::cnnum::is_cn_numeral_char;

/// Period expressions in a paragraph: (start, text). Long on purpose: one
/// pass trying the period forms in order (words, `N年前`, months and month
/// ranges, quarters) at each position.
pub(crate) fn periods(f: &[char]) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < f.len() {
        let maybe_word = PERIOD_FIRST.contains(f[i]);
        if maybe_word && let Some(w) = PERIOD_WORDS.iter().find(|w| starts_with_at(f, i, w)) {
            // `五年内`, `三年间`: the span's end word is part of it.
            let mut n = w.chars().count();
            // `比去年增加`: a basis, not the time of the sentence.
            if i > 0 && matches!(f[i - 1], '比' | '较') {
                i += n;
                continue;
            }
            if w.ends_with('年') && matches!(f.get(i + n), Some('内' | '间')) {
                n += 1;
            }
            out.push((i, f[i..i + n].iter().collect()));
            i += n;
            continue;
        }
        // `一九七八年`: a year in Chinese numerals.
        if is_cn_year_digit(f[i])
            && (i == 0 || !is_cn_year_digit(f[i - 1]))
            && f.len() > i + 4
            && f[i..i + 4].iter().all(|&c| is_cn_year_digit(c))
            && f[i + 4] == '年'
            && !(i > 0 && matches!(f[i - 1], '比' | '较' | '至' | '-'))
        {
            out.push((i, f[i..i + 5].iter().collect()));
            i += 5;
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
        // `“十四五”时期`, `“十三五”期间`, `“十一五”前四年`: a plan period.
        if f[i] == '“'
            && let Some(close) = f[i..].iter().take(6).position(|&c| c == '”')
            && f.get(i + 1) == Some(&'十')
            && let Some(n) = plan_period_tail(f, i + close + 1)
        {
            let e = i + close + 1 + n;
            out.push((i, f[i..e].iter().collect()));
            i = e;
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
                // `4月7日`: a day.
                let d = f[k..]
                    .iter()
                    .take(3)
                    .take_while(|c| c.is_ascii_digit())
                    .count();
                if (1..=2).contains(&d) && matches!(f.get(k + d), Some('日' | '号')) {
                    out.push((i, f[i..k + d + 1].iter().collect()));
                    i = k + d + 1;
                    continue;
                }
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
            // `1979到1983年`, `2021-2025年`: a span of years is one period.
            if digits == 4
                && matches!(f.get(j), Some('到' | '至' | '-' | '—' | '–'))
                && f.get(j + 5) == Some(&'年')
                && f[j + 1..j + 5].iter().all(char::is_ascii_digit)
            {
                out.push((i, f[i..j + 6].iter().collect()));
                i = j + 6;
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
            // `1 9 9 7 年`: a year with its digits spaced out, as PDFs paste it.
            if digits == 1
                && let Some(end) = spaced_year_end(f, i)
                && !(i > 0 && matches!(f[i - 1], '比' | '较' | '至' | '-'))
            {
                out.push((i, f[i..end].iter().collect()));
                i = end;
                continue;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    out
}

/// Where a year written `1 9 9 7 年` (one space between its digits, maybe
/// one before `年`) that starts at `i` ends, after its `年`.
fn spaced_year_end(f: &[char], i: usize) -> Option<usize> {
    let mut k = i;
    for n in 0..4 {
        if n > 0 {
            (f.get(k) == Some(&' ')).then_some(())?;
            k += 1;
        }
        f.get(k).filter(|c| c.is_ascii_digit())?;
        k += 1;
    }
    if f.get(k) == Some(&' ') {
        k += 1;
    }
    (f.get(k) == Some(&'年')).then_some(k + 1)
}

/// Where `比`/`较` + a year (`比1980年`, `比一九五八年`, `比1 9 9 5 年`)
/// ending `s` starts.
fn compared_year_at_end(s: &[char]) -> Option<usize> {
    if s.last() != Some(&'年') {
        return None;
    }
    let at = year_start(s, s.len() - 1)?.checked_sub(1)?;
    matches!(s[at], '比' | '较').then_some(at)
}

/// Where the four digits of a year whose `年` is at `nian` start: `2010年`,
/// `一九五八年`, or spaced out as PDFs paste it (`2 0 1 0年`, `1 9 9 5 年`).
pub(crate) fn year_start(f: &[char], nian: usize) -> Option<usize> {
    let mut k = nian;
    let space_before_nian = k > 0 && f[k - 1] == ' ';
    if space_before_nian {
        k -= 1;
    }
    // (Spaced or not, Chinese or not: decided by the first two digits.)
    let (mut spaced, mut cn) = (None, None);
    for n in 0..4 {
        if n > 0 {
            let gap = k > 0 && f[k - 1] == ' ';
            if *spaced.get_or_insert(gap) != gap {
                return None;
            }
            k -= usize::from(gap);
        }
        let c = f[..k].last().copied()?;
        let is_cn = is_cn_year_digit(c);
        if !(c.is_ascii_digit() || is_cn) || *cn.get_or_insert(is_cn) != is_cn {
            return None;
        }
        k -= 1;
    }
    // (A space before 年 only after spaced digits; no fifth digit.)
    let fifth = f[..k]
        .last()
        .is_some_and(|&c| c.is_ascii_digit() || cn == Some(true) && is_cn_year_digit(c));
    (!(fifth || space_before_nian && spaced != Some(true))).then_some(k)
}

/// The length of a year (`1980年`, `一九八〇年`) at `i` in `s`.
fn year_len_at(s: &[char], i: usize) -> Option<usize> {
    let digits = s.get(i..i + 4)?;
    let year =
        digits.iter().all(char::is_ascii_digit) || digits.iter().all(|&c| is_cn_year_digit(c));
    (year && s.get(i + 4) == Some(&'年')).then_some(5)
}

/// A digit of a year written in Chinese numerals (`一九七八`, `二〇二〇`).
fn is_cn_year_digit(c: char) -> bool {
    matches!(
        c,
        '〇' | '○' | '零' | '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九'
    )
}

/// The length of what makes a plan's name (`“十一五”`) at `k` a period:
/// `时期`, `期间`, `以来`, `末`, `初`, `前四年`.
fn plan_period_tail(f: &[char], k: usize) -> Option<usize> {
    if let Some(w) = ["时期", "期间", "以来", "末", "初"]
        .iter()
        .find(|w| starts_with_at(f, k, w))
    {
        return Some(w.chars().count());
    }
    let numeral = |c: char| crate::text::cnnum::is_cn_numeral_char(c) || c.is_ascii_digit();
    (f.get(k) == Some(&'前')
        && f.get(k + 1).is_some_and(|&c| numeral(c))
        && f.get(k + 2) == Some(&'年'))
    .then_some(3)
}

/// The length of the longest word of `words` at the start (or the end) of `s`.
pub(crate) fn longest_word(s: &[char], words: &WordList, at_start: bool) -> Option<usize> {
    if at_start {
        words.longest_prefix(s)
    } else {
        words.longest_suffix(s)
    }
}

/// Strips lead and tail words from `s`; returns the kept range.
pub(crate) fn strip_words(full: &[char], lead: &WordList, tail: &WordList) -> (usize, usize) {
    let mut a = 0;
    let mut s = full;
    loop {
        let before = s.len();
        // (`办结率`, `创建率`: a verb before one char of measure is its name.)
        if let Some(n) = longest_word(s, lead, true)
            && !LEAD_WHOLE_WORDS
                .iter()
                .any(|w| w.chars().count() > n && starts_with_at(s, 0, w))
            && !(s.len() == n + 1 && "率量数额值".contains(s[n]))
            // (`在粤就读的港澳学生`: where the noun after `的` is.)
            && !(n == 1 && s[0] == '在' && s.contains(&'的'))
        {
            a += n;
            s = &s[n..];
        }
        // (`中央财政用于“三农”的投入`: a verb after `的` is a noun.)
        if let Some(n) = longest_word(s, tail, false)
            && !TAIL_WHOLE_WORDS
                .iter()
                .any(|w| w.chars().count() > n && ends_with_at(s, s.len(), w))
            && !(n >= 2 && s.len() > n && s[s.len() - n - 1] == '的')
            // (`国家外汇储备2000年底`: `年底` of a year is the period's, below.)
            && !(s[s.len() - n] == '年' && s.len() > n && s[s.len() - n - 1].is_ascii_digit())
        {
            s = &s[..s.len() - n];
        }
        // A leading or trailing period (`1-6月`, `上半年`, `由2010年`) is
        // not part of the label.
        let ps = periods(s);
        // `在1979到1983年`, `到一九八五年`: a period after `在`/`到` goes with
        // it; so does a basis opening the label (`比1955年决算数`).
        let at = usize::from(matches!(s.first(), Some('在' | '到' | '至' | '于')));
        if let Some((k, p)) = ps.first()
            && *k == at
        {
            // `2022年底`, `2023年末`: the end of the year is the period too.
            let mut n = at + p.chars().count();
            if p.ends_with('年') && s.len() > n + 2 && matches!(s[n], '底' | '末' | '初') {
                n += 1;
                // (`到2017年底前实现…`.)
                if s.len() > n + 2 && s[n] == '前' {
                    n += 1;
                }
            }
            a += n;
            s = &s[n..];
        } else if matches!(s.first(), Some('比' | '较'))
            && let Some(n) = year_len_at(s, 1)
        {
            a += 1 + n;
            s = &s[1 + n..];
        } else if matches!(s.first(), Some('比' | '较'))
            && s.get(1) != Some(&'较')
            && let Some(n) = (2..=6).find(|&n| s.get(n) == Some(&'前'))
            && s.len() > n + 3
            && !s[1..n].iter().any(|c| CLAUSE_BREAKS.contains(c))
        {
            // `比改革前减轻企业和个人负担`: the state before is the basis.
            a += n + 1;
            s = &s[n + 1..];
        } else if let Some(k) = s.iter().rposition(|&c| matches!(c, '从' | '由'))
            && k >= 2
            && (2..=6).contains(&(s.len() - k - 1))
            && !"业事于此而来".contains(s[k + 1])
            && !"自理经缘".contains(s[k - 1])
            && !s[k..].iter().any(|c| CLAUSE_BREAKS.contains(c))
            // (Only a measure it rises from: not `从银行获得贷款`, `从玉门向西铺轨`.)
            && (s[k + 1] == '每' || "额量数率价值".contains(s[s.len() - 1]))
        {
            // `增值税起征点从月销售额`: what it rises from is measured as.
            s = &s[..k];
        } else if let Some(k) = compared_year_at_end(s) {
            // `工农业总产值将比一九五八年`: the basis is no part of it.
            s = &s[..k];
        } else if let Some((k, p)) = ps.last()
            && (k + p.chars().count() == s.len()
                || k + p.chars().count() + 1 == s.len()
                    && p.ends_with('年')
                    && matches!(s[s.len() - 1], '底' | '末' | '初'))
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

/// The longest label: past this a clause is prose, not a name.
const LABEL_MAX: usize = 18;

/// The longest label naming a list (`保障性住房、农村民生工程、社会事业投资`).
pub(crate) const LIST_LABEL_MAX: usize = 24;

/// `最低收购价平均每50公斤` → 最低收购价: what a figure is per is no part
/// of its name.
fn drop_per_unit(s: &mut String) {
    // `每50公斤`, or a label ending in `从每月` (`最低标准从每月70元`).
    let per_time = ["每月", "每年", "每人", "每天", "每日", "每户"]
        .iter()
        .find_map(|w| s.strip_suffix(w).map(str::len))
        .filter(|&k| k > 0 && s[..k].ends_with(['从', '由']));
    // (`食品抽检量超每千人`: per a thousand people.)
    let per_count = |rest: &str| {
        ["十万", "千", "万", "百"]
            .iter()
            .find_map(|w| rest.strip_prefix(w))
            .is_some_and(|r| r.starts_with(['人', '名', '户']) && r.chars().count() <= 2)
    };
    if let Some(k) = per_time.or_else(|| {
        s.char_indices().find_map(|(k, c)| {
            let rest = &s[k + c.len_utf8()..];
            // (Digits in any dress: `每５０公斤`.)
            let digit = |d: char| d.is_ascii_digit() || ('０'..='９').contains(&d);
            (c == '每' && (rest.starts_with(digit) || per_count(rest))).then_some(k)
        })
    }) && k > 0
    {
        s.truncate(k);
        let kept = s
            .trim_end_matches(['从', '由', '超', '达'])
            .trim_end_matches("平均")
            .len();
        s.truncate(kept);
    }
}

/// The label a clause's words make, if they make one: examples, a long
/// clause's lead, an inner verb cut; at most [`LABEL_MAX`] chars, or
/// [`LIST_LABEL_MAX`] for a list of names.
pub(crate) fn clean_label(chars: &[char]) -> Option<String> {
    let s: String = chars.iter().collect();
    let mut s = s.trim().trim_matches(['的', ' ']).to_string();
    drop_per_unit(&mut s);
    // `社会消费品零售总额扣除价格因素`: the condition is no part of the name.
    for w in ["扣除", "剔除"] {
        if let Some(k) = find_word(&s, w)
            && k > 0
            && s[k..].chars().take(12).collect::<String>().contains("因素")
        {
            s.truncate(k);
        }
    }
    // `经济增长连续四年达到或略高于10%`: a streak and what follows it are
    // no part of the name.
    if let Some(k) = find_word(&s, "连续")
        && k > 0
        && s[k + "连续".len()..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit() || crate::text::cnnum::digit_value(c).is_some())
    {
        s.truncate(k);
    }
    // `中央财政为此新增支出`: `为此` (for this) names nothing.
    if let Some(k) = find_word(&s, "为此")
        && k > 0
    {
        s.replace_range(k..k + "为此".len(), "");
    }
    // `香港等国际及地区航线`: examples before `等` name instances; the
    // noun after names the figure.
    if let Some(k) = examples_end(&s) {
        s = s[k..].to_string();
    }
    // A long clause ending in `…的增加值`: the noun after the last `的`
    // names the figure (after `等`: [`examples_end`]).
    if s.chars().count() > 12
        && let Some((_, tail)) = s.rsplit_once('的')
        && (2..=8).contains(&tail.chars().count())
        // `社会物流总费用与地区生产总值的比率`: a ratio needs its terms
        // (when they fit in a label).
        && !(["比率", "比重", "比例", "比值"].iter().any(|w| tail.ends_with(w))
            && s.chars().count() <= LIST_LABEL_MAX)
        // `中央财政用于“三农”的支出`: money named only by what it is for
        // needs that purpose (when it fits in a label).
        && !(["支出", "资金", "投入", "经费", "费用", "补助", "收入"].contains(&tail)
            && s.chars().count() <= LABEL_MAX)
        // `城市居民最低生活保障的覆盖人数`: a count of who is covered needs
        // by what (when it fits).
        && !(["覆盖人数", "覆盖面", "参保人数", "受益人数", "人数"].contains(&tail)
            && s.chars().count() <= LABEL_MAX)
    {
        s = tail.to_string();
    }
    // `中央提出今年经济增长预期目标`: who said it goes with the saying.
    if let Some(k) = ["提出", "要求", "确定", "决定"]
        .iter()
        .filter_map(|w| rfind_word(&s, w).map(|b| b + w.len()))
        .max()
    {
        let rest = ["今年", "明年", "全年"]
            .iter()
            .find_map(|w| s[k..].strip_prefix(w))
            .unwrap_or(&s[k..]);
        if rest.chars().count() >= 2 {
            s = rest.to_string();
        }
    }
    // `…综合体项目当年完成投资` (too long to be a label): what follows the
    // last verb or period word.
    if s.chars().count() > LABEL_MAX
        && let Some(k) = [
            "完成", "实现", "累计", "当年", "全年", "新增", "达到", "支持", "安排", "用于", "资助",
            "扶持", "开展", "组织",
        ]
        .iter()
        .filter_map(|w| rfind_word(&s, w).map(|b| b + w.len()))
        .max()
        && (2..=12).contains(&s[k..].chars().count())
    {
        s = s[k..].to_string();
    }
    // `高速公路新建通车4719公里`: `新建` set after its object goes before
    // it, as the indicator is named (新建高速公路; `…改造` is a name as it
    // stands: 棚户区住房改造).
    let s = match s.strip_suffix("新建") {
        Some(rest) if rest.chars().count() >= 2 && !rest.contains(['建', '和', '、', '及']) => {
            format!("新建{rest}")
        }
        _ => s,
    };
    let s = drop_inner_verb(&s);
    let s = drop_entity_de(s);
    // `16.9万平方米的绿化任务`, `400亩大棚建设任务`: the work, not the task
    // (`34项重点工作任务` counts tasks).
    let s = match s.strip_suffix("任务") {
        Some(work)
            if work.chars().count() >= 2
                && [
                    "建设", "改造", "绿化", "造林", "植树", "搬迁", "安置", "整治",
                ]
                .iter()
                .any(|w| work.ends_with(w)) =>
        {
            let work = work
                .strip_suffix("建设")
                .filter(|w| w.chars().count() >= 2)
                .unwrap_or(work);
            work.to_string()
        }
        _ => s,
    };
    // `“我嘉货栈”`, `“场所码”`: a name alone in quotes is the name (most
    // annotators drop the marks; inside a longer name they stay).
    let s = match s.strip_prefix('“').and_then(|r| r.strip_suffix('”')) {
        Some(inner) if !inner.contains(['“', '”']) && inner.chars().count() >= 2 => {
            inner.to_string()
        }
        _ => s,
    };
    // `本轮疫情累计报告新冠肺炎感染者`, `企业累计测试总里程`: what is
    // counted up follows `累计` (`城镇累计新增就业` is one name).
    let s = match split_word(&s, "累计") {
        Some((who, what))
            if !who.is_empty() && what.chars().count() >= 3 && !what.starts_with("新增") =>
        {
            let (a, _) = strip_words(&what.chars().collect::<Vec<_>>(), &LABEL_LEAD, &NO_WORDS);
            what.chars().skip(a).collect()
        }
        _ => s,
    };
    let n = s.chars().count();
    let cjk = s.chars().filter(|&c| crate::text::chars::is_cjk(c)).count();
    // (`研究与试验发展经费支出与国内生产总值之比`: a ratio names both terms.)
    let max = if s.contains(['、', '和'])
        || ["之比", "比率", "比重", "比例", "比值"]
            .iter()
            .any(|w| s.ends_with(w))
    {
        LIST_LABEL_MAX
    } else {
        LABEL_MAX
    };
    // `钢突破7000万吨`, `煤达到10.9亿吨`: a product of one char.
    if n == 1 && "钢煤油粮棉糖盐铁铜铝茶肉蛋奶布电".contains(s.as_str()) {
        return Some(s);
    }
    ((2..=max).contains(&n)
        && cjk >= 2
        && !is_time_phrase(&s)
        && !PER_QUALIFIERS.contains(&s.as_str())
        // `上升`, `增加到`: a verb names nothing.
        && !CHANGE_VERBS.iter().any(|(w, _)| s == *w))
    .then_some(s)
}

/// Where the noun after a list of examples (`A、B等X`) starts in `s`, if
/// `等` ends examples there (not a word: `高等`, `等级`) and a noun of two
/// chars or more follows.
/// A bare head (`重点节能工程、循环经济等项目`) keeps its examples: they
/// are all that names it.
fn examples_end(s: &str) -> Option<usize> {
    let (k, _) = s.rmatch_indices('等').next()?;
    let before = s[..k].chars().next_back()?;
    // `糖等的价格补贴`: the noun after `的`.
    let skip = if s[k..].starts_with("等的") { 2 } else { 1 } * '等'.len_utf8();
    let after = &s[k + skip..];
    // `水利等方面支出`: `方面` needs its examples.
    let in_word = "高中初平同均对相优上下次头特超劣何".contains(before)
        || after.starts_with(['级', '待', '于', '同', '额', '比', '量', '方']);
    let bare = COUNTED_HEADS.contains(&after);
    (!in_word && !bare && after.chars().count() >= 2).then_some(k + skip)
}

/// `的` after a noun of who or where goes (`银行的各项贷款总额` →
/// 银行各项贷款总额): see [`ENTITY_NOUNS`].
fn drop_entity_de(s: String) -> String {
    if !s.contains('的') {
        return s;
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s.as_str();
    while let Some(k) = rest.find('的') {
        let (head, tail) = (&rest[..k], &rest[k + '的'.len_utf8()..]);
        out.push_str(head);
        let entity = ENTITY_NOUNS.iter().any(|w| out.ends_with(w));
        if !entity || tail.chars().count() < 2 {
            out.push('的');
        }
        rest = tail;
    }
    out.push_str(rest);
    out
}

/// Where `w` first occurs in `s` (bytes compared directly: for labels of a
/// few dozen bytes this beats setting up a substring searcher, which the
/// label rules did for every figure; a match of valid UTF-8 is always at a
/// char boundary). The last byte is compared before the rest: a Chinese
/// char's lead byte is shared by thousands of chars, its last byte is not,
/// and a slice compare per position costs a call to `memcmp`.
fn find_word(s: &str, w: &str) -> Option<usize> {
    let (b, p) = (s.as_bytes(), w.as_bytes());
    let last = *p.last()?;
    (0..(b.len() + 1).checked_sub(p.len())?)
        .find(|&i| b[i + p.len() - 1] == last && b[i] == p[0] && b[i..i + p.len()] == *p)
}

/// Where `w` last occurs in `s` (see [`find_word`]).
fn rfind_word(s: &str, w: &str) -> Option<usize> {
    let (b, p) = (s.as_bytes(), w.as_bytes());
    let last = *p.last()?;
    (0..(b.len() + 1).checked_sub(p.len())?)
        .rev()
        .find(|&i| b[i + p.len() - 1] == last && b[i] == p[0] && b[i..i + p.len()] == *p)
}

/// `s` split around the first `w` (see [`find_word`]).
fn split_word<'a>(s: &'a str, w: &str) -> Option<(&'a str, &'a str)> {
    find_word(s, w).map(|k| (&s[..k], &s[k + w.len()..]))
}

/// A verb inside a label goes: `中央财政安排就业专项资金` → 中央财政就业专项资金
/// (a treasury keeps its name), `中央下达农村义务教育经费` → 农村义务教育经费,
/// `重灾区已完成投资` → 重灾区投资.
fn drop_inner_verb(s: &str) -> String {
    // `农民减轻负担` → 农民负担: whose burden stays.
    if let Some((who, what)) = split_word(s, "减轻")
        && who.chars().count() >= 2
        && what.chars().count() >= 2
    {
        return format!("{who}{what}");
    }
    for verb in [
        "安排",
        "下达",
        "拨付",
        "发放",
        "提供",
        "减免",
        "兑现",
        "审议通过",
        "审议",
        "拟投入",
        "将投入",
    ] {
        if let Some((who, what)) = split_word(s, verb)
            && who.chars().count() >= 2
            && what.chars().count() >= 2
        {
            return if who.ends_with("财政") {
                format!("{who}{what}")
            } else {
                what.to_string()
            };
        }
    }
    // `新一轮市际横向帮扶协作投入帮扶资金` → 帮扶资金 (only money put in:
    // `研发投入强度`, `财政投入` are names).
    if let Some((who, what)) = split_word(s, "投入")
        && who.chars().count() >= 2
        && what.chars().count() >= 4
        && (what.ends_with("资金") || what.ends_with("经费"))
    {
        return if who.ends_with("财政") {
            format!("{who}{what}")
        } else {
            what.to_string()
        };
    }
    // `提前一年实现农村学生人均公用经费`: what is reached, not how.
    for verb in ["实现", "完成", "达到"] {
        if let Some((how, what)) = split_word(s, verb)
            && ["提前", "首次", "率先", "超额", "基本", "全面"]
                .iter()
                .any(|a| how.starts_with(a))
            && what.chars().count() >= 2
        {
            return what.to_string();
        }
    }
    // `“四个一批”项目实现出让`: a stage reached is the name's.
    if let Some((who, what)) = split_word(s, "实现")
        && who.chars().count() >= 2
        && STAGE_VERBS.contains(&what)
    {
        return format!("{who}{what}");
    }
    // (`实现利润` is a name as it stands; `汽车“新四化”实现产出` is 汽车“新四化”产出.)
    for verb in ["累计完成", "共完成", "已完成", "完成", "实现"] {
        if let Some((who, what)) = split_word(s, verb)
            && who.chars().count() >= 2
            && HEAD_NOUNS.contains(&what)
            && (verb != "实现" || what.ends_with("产出") || what.ends_with("产值"))
        {
            return format!("{who}{what}");
        }
    }
    // `一般公共预算支出规模`: the size of an amount is the amount.
    if let Some(head) = s.strip_suffix("规模")
        && HEAD_NOUNS.iter().any(|h| head.ends_with(h))
    {
        return head.to_string();
    }
    s.to_string()
}

/// `二十六年间`, `在调整初期`, `两年`: when, not what — no label.
pub(crate) fn is_time_phrase(s: &str) -> bool {
    // `过去的三十年间`: what follows the last `的`.
    let s = s.rsplit_once('的').map_or(s, |(_, t)| t);
    let s = ["在", "过去", "这", "那", "是"]
        .iter()
        .find_map(|p| s.strip_prefix(p))
        .unwrap_or(s);
    // `连续两年`: a streak says when too.
    let s = s.strip_prefix("连续").unwrap_or(s);
    // `一九八○`, `一九七九和一九八○两年`, `2020—2022年`: years and the
    // words that join them.
    let years = s
        .chars()
        .filter(|&c| is_cn_year_digit(c) || c.is_ascii_digit())
        .count();
    if years >= 4
        && s.chars().all(|c| {
            is_cn_year_digit(c) || c.is_ascii_digit() || "年和至到、两三四五-—～".contains(c)
        })
    {
        return true;
    }
    if s.chars().count() > 6 {
        return false;
    }
    TIME_PHRASE_ENDS.iter().any(|w| {
        s.strip_suffix(w).is_some_and(|head| {
            *w != "年"
                || (!head.is_empty()
                    && head.chars().all(|c| {
                        crate::text::cnnum::is_cn_numeral_char(c)
                            || c.is_ascii_digit()
                            || matches!(c, '两' | '几' | '多' | '近')
                    }))
        })
    })
}

/// Rates that name the percentage before them (`7%左右的增长速度`).
const RATE_NOUNS: &[&str] = &["增长速度", "增长率", "增速", "增幅"];

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
    // `地区生产总值达到 287.9亿元`: spaces before the number are no part
    // of the clause.
    let mut lead = lead;
    while lead > floor && matches!(f[lead - 1], ' ' | '\u{3000}') {
        lead -= 1;
    }
    let mut s = lead;
    while s > floor && !CLAUSE_BREAKS.contains(&f[s - 1]) {
        s -= 1;
    }
    // A counted noun right after the measure word (`建立197个区域网格`,
    // `13个专项组和…`) names the figure better than the verb before it.
    let goal = |a: &String| !matches!(a.as_str(), "目标" | "任务" | "目标任务");
    // `保持8%至9%的增长率`, `实现7%左右的增长速度`: a rate named after it.
    let rate_after = || {
        let mut k = end;
        if ["左右", "以上", "以内"]
            .iter()
            .any(|w| starts_with_at(f, k, w))
        {
            k += 2;
        }
        if f.get(k) != Some(&'的') {
            return None;
        }
        // `8%左右的国内生产总值增长目标`: the indicator the rate is of.
        if let Some((n, w)) = (2..=10).find_map(|n| {
            ["增长目标", "增长速度"]
                .iter()
                .find(|w| starts_with_at(f, k + 1 + n, w))
                .map(|w| (n, w))
        }) && f[k + 1..k + 1 + n].iter().all(|&c| is_cjk(c))
            && f.get(k + 1 + n + w.chars().count())
                .is_none_or(|c| CLAUSE_BREAKS.contains(c) || matches!(c, '是' | '并'))
        {
            return Some(orig[k + 1..k + 1 + n].iter().collect());
        }
        let w = RATE_NOUNS.iter().find(|w| starts_with_at(f, k + 1, w))?;
        (f.get(k) == Some(&'的')
            && f.get(k + 1 + w.chars().count())
                .is_none_or(|c| CLAUSE_BREAKS.contains(c) || matches!(c, '是' | '并')))
        .then(|| (*w).to_string())
    };
    if noun == NounAfter::Counted
        && let Some(after) = noun_after(f, orig, end).filter(goal)
    {
        return Some(counted_in_context(site, s, after));
    }
    // `惠及1100多万学生`, `增发1万亿元国债`: after a verb of reach, or a
    // clause that is only a verb, the noun after the figure is what counts.
    let clause = &f[s..lead];
    let reach = longest_word(clause, &REACH_VERBS, false).is_some();
    let (a, b) = strip_words(clause, &LABEL_LEAD, &LABEL_TAIL);
    // `中央财政为此将投入120亿元`, `各级政府拟投入8500亿元`: what a treasury
    // or a government puts in is named with the verb (中央财政投入).
    let mut giver_end = b;
    while let Some(w) = ["为此", "将", "拟", "还将"]
        .iter()
        .find(|w| giver_end > a + w.chars().count() && ends_with_at(clause, giver_end, w))
    {
        giver_end -= w.chars().count();
    }
    if giver_end > a + 1
        && clause[b..].windows(2).any(|w| w == ['投', '入'])
        // (`中央财政“三农”投入累计…`: what the treasury puts in for.)
        && clause[a..giver_end]
            .windows(2)
            .any(|x| x == ['财', '政'] || x == ['政', '府'])
        && let Some(giver) = clean_label(&orig[s + a..s + giver_end])
    {
        return Some(format!("{giver}投入"));
    }
    // (`使用`: a verb that starts with a lead word is a verb still.)
    // (Looked up by first and last char: asked of every figure.)
    let is_word = |s: &[char]| !s.is_empty() && VERB_ONLY.longest_prefix(s) == Some(s.len());
    let only_verb = is_word(&clause[a..b]) || is_word(clause);
    // `国务院增发1000亿元财政债券`: a subject and a verb name the doer;
    // the noun after names the figure.
    // (A word ending a clause one char shorter ends it before its start.)
    let ends_verb = || b > a + 1 && VERB_ONLY.longest_suffix(&clause[a + 1..b]).is_some();
    // `揭阳…一体化等23个项目`: a list before `等` names examples, not the figure.
    let examples = b > a && clause[b - 1] == '等';
    // `实施两年新增4万亿元的投资计划`: a clause that only says when says
    // nothing either.
    let says_when = || b > a && is_time_phrase(&clause[a..b].iter().collect::<String>());
    // `实现高职院校扩招100万人目标`: the goal is no noun of the figure.
    // `对新增2万亿元中央财政资金建立直达机制`: a preposition alone (its verb
    // stripped) names nothing either.
    let prep_only = b == a + 1 && matches!(clause[a], '对' | '向' | '给' | '为' | '将');
    // `中央安排30亿元国债资金`: who pays is no name of the money.
    let giver_only = || {
        let named: String = clause[a..b].iter().collect();
        GIVERS.contains(&named.as_str())
    };
    if noun != NounAfter::Never
        && (reach
            || only_verb
            || b == a
            || prep_only
            || examples
            || says_when()
            || ends_verb()
            || giver_only())
        && let Some(after) = noun_after(f, orig, end).filter(goal)
    {
        return Some(after);
    }
    if examples {
        return None;
    }
    // (`国内生产总值保持7%的增长速度`: a clause that names an indicator
    // before its verb keeps it.)
    let verb_last = || {
        let named: String = clause[a..b].iter().collect();
        VERB_ONLY.longest_suffix(clause).is_some()
            && !HEAD_NOUNS
                .iter()
                .chain(&["总值"])
                .any(|h| named.ends_with(h))
    };
    // (The rate is asked first: it is rarely there.)
    if let Some(rate) = rate_after()
        && (only_verb || b == a || says_when() || ends_verb() || verb_last())
    {
        return Some(rate);
    }
    // `制造业等行业现行16%的税率降至13%`: the rate named after the figure
    // is what it is, of whom the clause says.
    if b > a
        && !only_verb
        && f.get(end) == Some(&'的')
        && let Some(w) = ["税率", "费率", "利率", "比例"]
            .iter()
            .find(|w| starts_with_at(f, end + 1, w))
        && f.get(end + 3).is_none_or(|c| {
            CLAUSE_BREAKS.contains(c)
                || CHANGE_VERB_LIST.may_start(*c) && CHANGE_VERB_LIST.any_at(f, end + 3)
        })
        && let Some(whose) =
            listed_before(site, s, b - a).or_else(|| clean_label(&orig[s + a..s + b]))
    {
        return Some(format!("{whose}{w}"));
    }
    if b > a && !only_verb {
        // `新建、改扩建酒店10家`: a list of short names before the figure's
        // clause belongs to its label.
        if let Some(label) = listed_before(site, s, b - a) {
            return Some(label);
        }
        // `城镇居民人均可支配收入，考虑价格下降因素比上年实际增长9.3%`: a
        // condition names nothing; the clause before does.
        let condition = CONDITION_WORDS.iter().any(|w| starts_with_at(clause, a, w))
            && clause[a..b].windows(2).any(|w| w == ['因', '素']);
        if condition {
            return subject_before(site, s);
        }
        if let Some(label) = clean_label(&orig[s + a..s + b]) {
            // `细颗粒物（PM2.5）平均浓度`: a note in brackets splits a name;
            // the name is both sides, without the note.
            if a == 0
                && s > floor + 1
                && let Some(open) = attached_note(f, floor, s - 1)
            {
                let mut t = open;
                while t > floor && !CLAUSE_BREAKS.contains(&f[t - 1]) {
                    t -= 1;
                }
                let (x, y) = strip_words(&f[t..open], &LABEL_LEAD, &LABEL_TAIL);
                // (An alternative stays: `县（市、区）国企`; so does an
                // abbreviation in Latin letters, as analysts cite it:
                // `细颗粒物（PM2.5）平均浓度`.)
                let note = &f[open + 1..s - 1];
                let alternative = note.iter().all(|&c| c == '、' || is_cjk(c))
                    || note.iter().any(char::is_ascii_alphabetic)
                        && note.iter().all(|&c| c.is_ascii_alphanumeric() || c == '.');
                let head_end = if alternative { s } else { open };
                if y == open - t
                    && y > x
                    && let Some(head) = clean_label(&orig[t + x..head_end])
                {
                    return Some(format!("{head}{label}"));
                }
            }
            return Some(label);
        }
    }
    subject_before(site, s)
}

/// A counted noun read in its clause: a generic noun (`经验`, `做法`)
/// takes the owner named before the figure (`深圳综合改革试点48项经验` →
/// 深圳综合改革试点经验); `中` (among) after it goes (`104种工业产品中，`).
fn counted_in_context(site: &LabelSite, s: usize, after: String) -> String {
    let LabelSite {
        folded: f,
        orig,
        lead,
        ..
    } = *site;
    if GENERIC_COUNTED.contains(&after.as_str()) {
        let (a, b) = strip_words(&f[s..lead], &LABEL_LEAD, &LABEL_TAIL);
        if b > a
            && !f[s + a..s + b].iter().any(char::is_ascii_digit)
            && let Some(owner) = clean_label(&orig[s + a..s + b])
            && let Some(label) = clean_label(&format!("{owner}{after}").chars().collect::<Vec<_>>())
        {
            return label;
        }
    }
    // Where the noun ends in the paragraph (it starts within a few chars
    // of the figure: after `的` or a qualifier).
    let w: Vec<char> = after.chars().collect();
    let noun_end = (site.end..(site.end + 24).min(orig.len()))
        .find(|&k| orig[k..].starts_with(&w))
        .map(|k| k + w.len());
    match after.strip_suffix('中') {
        Some(head)
            if head.chars().count() >= 2
                && !head.ends_with(['高', '初', '集', '其', '期', '空', '心'])
                && noun_end
                    .is_some_and(|e| f.get(e).is_some_and(|c| CLAUSE_BREAKS.contains(c))) =>
        {
            head.to_string()
        }
        _ => after,
    }
}

/// The label with the short names joined to it by `、` before its clause
/// (`供热、供水、燃气、排污管网`), when no figure stands among them and the
/// whole still reads as a label.
fn listed_before(site: &LabelSite, s: usize, kept: usize) -> Option<String> {
    let LabelSite {
        folded: f,
        orig,
        lead,
        floor,
        ..
    } = *site;
    let mut start = s;
    while start > floor + 1 && f[start - 1] == '、' {
        let mut t = start - 1;
        while t > floor && !CLAUSE_BREAKS.contains(&f[t - 1]) {
            t -= 1;
        }
        let item = &f[t..start - 1];
        // `建成8个区级方舱、床位数10044张`: a name that runs into the figure
        // before belongs to that figure.
        if t == floor && floor > 0 && !CLAUSE_BREAKS.contains(&f[floor - 1]) {
            return None;
        }
        // `主动地、果断地`: adverbs are no names.
        if item.is_empty()
            || item.len() > 8
            || item.last() == Some(&'地')
            || item.iter().any(|c| c.is_ascii_digit())
        {
            return None;
        }
        start = t;
    }
    if start == s || kept < 2 {
        return None;
    }
    let (a, b) = strip_words(&f[start..lead], &LABEL_LEAD, &LABEL_TAIL);
    // The stripping may take a verb off the first name, not the name.
    let first = f[start..].iter().position(|&c| c == '、').unwrap_or(0);
    let names: String = f[start + a..start + b.max(a)].iter().collect();
    if a >= first || b <= a || names.contains('等') && examples_end(&names).is_some() {
        return None;
    }
    // `电动汽车、锂电池、光伏产品“新三样”出口`: a quoted name after the list
    // sums it up and names the figure.
    let (a, b) = (start + a, start + b);
    if let Some(q) = (a..b).find(|&k| f[k] == '“')
        && f[a..q].contains(&'、')
    {
        return clean_label(&orig[q..b]);
    }
    clean_label(&orig[a..b])
}

/// How a change went, after its verb (`增长显著加快`).
const CHANGE_MANNERS: &[&str] = &[
    "加快",
    "显著加快",
    "明显加快",
    "较快",
    "很快",
    "迅速",
    "明显",
    "显著",
    "平稳",
    "稳定",
    "放缓",
    "趋缓",
    "回落",
];

/// Where the bracket closed at `close` opens, within `reach` chars and not
/// before `floor`.
fn open_bracket(f: &[char], floor: usize, close: usize, reach: usize) -> Option<usize> {
    if !matches!(f.get(close), Some(')' | '）')) {
        return None;
    }
    (floor..close)
        .rev()
        .take(reach)
        .find(|&k| matches!(f[k], '(' | '（'))
}

/// A short note in brackets closed at `close` and attached to the word
/// before it (`化肥（折纯）`, `细颗粒物（PM2.5）`): where it opens.
pub(crate) fn attached_note(f: &[char], floor: usize, close: usize) -> Option<usize> {
    open_bracket(f, floor, close, 12)
        .filter(|&open| open > floor && !CLAUSE_BREAKS.contains(&f[open - 1]))
}

/// When the clause before a figure names nothing, the subject just before
/// it: before a parenthesis (`农业总产值（包括村办工业）平均每年增长7.9%`)
/// or, when the clause compares (`比上年`, `由…提高到`), the clause before
/// the comma (`社会商品零售总额，比上年增长17.8%`).
fn subject_before(site: &LabelSite, s: usize) -> Option<String> {
    let LabelSite {
        folded: f,
        orig,
        end,
        floor,
        ..
    } = *site;
    if s <= floor {
        return None;
    }
    let back = |to: usize| {
        let mut k = to;
        while k > floor && !CLAUSE_BREAKS.contains(&f[k - 1]) {
            k -= 1;
        }
        k
    };
    let named = |from: usize, to: usize| {
        // (A verb that starts before the clause leaves no name: `e < from`.)
        if to <= from {
            return None;
        }
        let (a, b) = strip_words(&f[from..to], &LABEL_LEAD, &LABEL_TAIL);
        let part = &f[from + a..from + b];
        if b == a || part.iter().any(|c| c.is_ascii_digit()) {
            return None;
        }
        clean_label(&orig[from + a..from + b])
    };
    match f[s - 1] {
        ')' | '）' => {
            let open = open_bracket(f, floor, s - 1, 16)?;
            named(back(open), open)
        }
        ',' | '，' => {
            let compares = f[s..end]
                .iter()
                .any(|c| matches!(c, '比' | '由' | '从' | '较'));
            let mut to = s - 1;
            let mut from = back(to);
            let is_condition = |from: usize| {
                CONDITION_WORDS
                    .iter()
                    .chain(&["其中"])
                    .any(|w| starts_with_at(f, from, w))
            };
            // `农村居民人均纯收入，考虑价格下降因素，比上年实际增长4.3%`: a
            // condition is no subject; the clause before it may be.
            if is_condition(from)
                && from > floor + 1
                && matches!(f[from - 1], ',' | '，')
                && !is_condition(back(from - 1))
            {
                to = from - 1;
                from = back(to);
                return if compares { named(from, to) } else { None };
            }
            // `扣除价格因素，比上年实际增长`: a condition, not a subject.
            if is_condition(from) {
                None
            } else if compares {
                named(from, to)
            } else {
                // `工资标准逐年提高，平均达到2000元`, `养老金连续5年增加，去年又
                // 人均提高10%`: a subject whose change is told without a
                // figure, then the figure; the change may be qualified
                // (`固定资产投资增长显著加快，全年增长19.5%`).
                // `粮食产量屡创历史新高，去年达到1.09万亿斤`: a record set.
                if let Some(e) = (from..to).find(|&k| {
                    ["屡创", "再创", "创历史", "创新高"]
                        .iter()
                        .any(|w| starts_with_at(f, k, w))
                }) {
                    return named(from, e);
                }
                let (verb_end, verb) =
                    (to.saturating_sub(4).max(from)..=to).rev().find_map(|e| {
                        CHANGE_VERBS
                            .iter()
                            .find(|(w, _)| ends_with_at(f, e, w))
                            .map(|(w, _)| (e, w))
                    })?;
                let tail: String = f[verb_end..to].iter().collect();
                if !(tail.is_empty() || CHANGE_MANNERS.contains(&tail.as_str())) {
                    return None;
                }
                let mut e = verb_end - verb.chars().count();
                if e > from && f[e - 1] == '年' {
                    let mut k = e - 1;
                    while k > from && (f[k - 1].is_ascii_digit() || is_cn_numeral_char(f[k - 1])) {
                        k -= 1;
                    }
                    if k < e - 1 && ends_with_at(f, k, "连续") {
                        e = k - 2;
                    }
                }
                named(from, e)
            }
        }
        _ => None,
    }
}

/// A short noun phrase after a counted figure, ending at a clause break or
/// a conjunction.
pub(crate) fn noun_after(f: &[char], orig: &[char], end: usize) -> Option<String> {
    // `14家“我嘉·邻里中心”`: a quoted name is the noun.
    if f.get(end) == Some(&'“')
        && let Some(k) = f[end..].iter().take(16).position(|&c| c == '”')
    {
        // … and a head noun after it: `“白名单”企业`, `“零增地”改扩建项目`,
        // `“牛鼻子”工作`.
        let close = end + k + 1;
        let heads = [
            "企业", "项目", "工程", "行动", "活动", "平台", "中心", "基地", "园区", "社区", "学校",
            "医院", "场所", "小区", "工作", "事项", "服务",
        ];
        let e = (close + 2..=(close + 6).min(f.len()))
            .take_while(|&k| !CLAUSE_BREAKS.contains(&f[k - 1]) && !matches!(f[k - 1], '的' | '“'))
            .find(|&k| heads.iter().any(|w| ends_with_at(f, k, w)))
            .unwrap_or(close);
        return clean_label(&orig[end..e]);
    }
    // `16.9万平方米的绿化任务`: the noun after `的`.
    let end = if f.get(end) == Some(&'的') {
        end + 1
    } else {
        end
    };
    // At the paragraph's end there is no noun (asked of every figure: the
    // word lists below are not walked for nothing).
    if end >= f.len() {
        return None;
    }
    // `27个省、自治区、直辖市`: the provinces are one noun.
    for w in ["省、自治区、直辖市", "省（区、市）", "省(区、市)"] {
        if starts_with_at(f, end, w) {
            return Some(orig[end..end + w.chars().count()].iter().collect());
        }
    }
    // `28件提高到70件`: a change verb after a count is no noun.
    if CHANGE_VERB_LIST.any_at(f, end) || matches!(f.get(end), Some('到' | '至' | '为')) {
        return None;
    }
    let mut e = end;
    while e < f.len() && e - end <= 16 {
        let c = f[e];
        // `57个县（市）`: a bracketed alternative belongs to the noun.
        if c == '('
            && e > end
            && let Some(k) = f[e..].iter().take(8).position(|&c| c == ')')
            && !f[e..e + k].iter().any(|c| c.is_ascii_digit())
        {
            e += k + 1;
            continue;
        }
        if CLAUSE_BREAKS.contains(&c)
            || matches!(c, '和' | '及' | '与' | '等')
            || c.is_ascii_digit()
        {
            break;
        }
        // `在` starts nouns too (`280个在建工地`, `在校生`).
        // `4个服务业扩大开放综合试点`, `12个服务中心`, `260多名服务专员`,
        // `14个特色服务区`: 服务 starts or ends nouns.
        // (`推出4项区级免申即享服务`: ending it too.)
        let serves = starts_with_at(f, e, "服务")
            && f.get(e + 2).is_none_or(|c| {
                "业站点机中平窗设型网体专区事".contains(*c)
                    || e > end + 1 && CLAUSE_BREAKS.contains(c)
            });
        if NOUN_STOP_WORDS.any_at(f, e)
            && !(e == end && c == '在' && NOUN_STOP_WORDS.count_at(f, e) == 1)
            && !serves
        {
            break;
        }
        if c == '的' {
            break;
        }
        // `从15个县（市）扩大到57个县（市）`: a change verb leading to a value
        // ends the noun.
        if e > end + 1
            && CHANGE_VERB_LIST.may_start(c)
            && CHANGE_VERBS.iter().any(|(w, _)| {
                starts_with_at(f, e, w)
                    && (w.ends_with(['到', '至'])
                        || matches!(f.get(e + w.chars().count()), Some('到' | '至')))
            })
        {
            break;
        }
        // `232所优质高中对县中的结对帮扶`: `对` starts what is done to
        // another (not `对口`, `对外`…).
        if c == '对'
            && e > end + 1
            && !f
                .get(e + 1)
                .is_some_and(|c| "口外象接标台话应比照称".contains(*c))
        {
            break;
        }
        e += 1;
    }
    let ends_head = |k: usize| {
        let span = &f[end..k];
        span.last().is_some_and(|&c| COUNTED_HEAD_WORDS.may_end(c))
            && COUNTED_HEADS
                .iter()
                .any(|h| ends_with_at(span, span.len(), h))
    };
    // A noun cut short by a verb or `和` before its head reaches the head
    // (`8个整县推进农文旅融合发展试点`, `198项高频政务服务事项`,
    // `1023项供需对接和投融资项目`) when no break, figure or `的` is between.
    // (Only across words that join a name: a verb of its own, `增选为`,
    // `除险加固`, ends it.)
    let joins = ["和", "服务", "推进"]
        .iter()
        .any(|w| starts_with_at(f, e, w));
    if e > end
        && e - end <= 8
        && joins
        && !ends_head(e)
        && let Some(k) = (e + 1..=(end + 16).min(f.len()))
            .take_while(|&k| {
                let c = f[k - 1];
                !CLAUSE_BREAKS.contains(&c) && !c.is_ascii_digit() && !matches!(c, '的' | '等')
            })
            // (A head of two chars or more: `和市…` is no `市`.)
            .find(|&k| {
                COUNTED_HEADS
                    .iter()
                    .any(|h| h.chars().count() >= 2 && ends_with_at(&f[end..k], k - end, h))
            })
    {
        e = k;
    }
    // Past eight chars the noun must end in a head noun
    // (`3个国家人工智能应用中试基地`, `7个大型产业集聚区加快打造…`);
    // with none in reach it is prose, not a noun.
    if e - end > 8 {
        e = end
            + (2..=(e - end).min(14)).rev().find(|&k| {
                let span = &f[end..end + k];
                span.last() == Some(&')')
                    || span.last().is_some_and(|&c| COUNTED_HEAD_WORDS.may_end(c))
                        && COUNTED_HEADS
                            .iter()
                            .any(|h| ends_with_at(span, span.len(), h))
            })?;
    }
    if e == end || APPROX_AFTER.iter().any(|w| starts_with_at(f, end, w)) {
        return None;
    }
    // `23个投资额百亿元以上重大工业项目`: the qualifier before `以上` goes.
    let mut end = end;
    if let Some(k) = (end..e.saturating_sub(3))
        .find(|&k| starts_with_at(f, k, "以上") || starts_with_at(f, k, "以下"))
    {
        end = k + 2;
    }
    // `9个村`, `320个县`: one char is a noun here.
    if e - end == 1 && crate::text::chars::is_cjk(f[end]) && !matches!(f[end], '的' | '是' | '在')
    {
        return Some(orig[end].to_string());
    }
    clean_label(&orig[end..e])
}

/// The names of a list before its values, one per value: `基础设施、
/// 制造业投资分别增长9.4%、9.1%` → 基础设施投资, 制造业投资 (the head noun
/// of the last name shared), `单位国内生产总值用水量、能耗…` → 单位国内生产总值能耗
/// (the modifier of the first shared), `城乡居民收入分别增长8.7%和8.6%` →
/// 城镇居民收入, 农村居民收入. `names` is the span of the names in the
/// paragraph; `None` when they do not pair with the `n` values.
pub(crate) fn list_names(
    f: &[char],
    orig: &[char],
    names: (usize, usize),
    n: usize,
) -> Option<Vec<String>> {
    let (a, b) = strip_words(&f[names.0..names.1], &LABEL_LEAD, &LABEL_TAIL);
    let (a, b) = (names.0 + a, names.0 + b);
    let mut pieces = split_names(f, orig, a, b, false);
    if pieces.len() < n {
        pieces = split_names(f, orig, a, b, true);
    }
    if n == 2 && pieces.len() == 1 {
        return split_compound(&pieces[0].1.iter().collect::<String>());
    }
    if pieces.len() != n || n < 2 {
        return None;
    }
    let mut names: Vec<Vec<char>> = pieces.iter().map(|p| p.1.clone()).collect();
    let folded: Vec<&Vec<char>> = pieces.iter().map(|p| &p.0).collect();
    let head_at_end = |s: &[char]| {
        HEAD_NOUNS
            .iter()
            .filter(|h| ends_with_at(s, s.len(), h))
            .map(|h| h.chars().count())
            .max()
    };
    // The head of the last name: where a head noun starts in it, or where
    // a name as short as the one before ends (`广州、深圳地铁…客运量`).
    let last = folded[n - 1];
    let by_head = (1..last.len()).find(|&k| HEAD_NOUNS.iter().any(|h| starts_with_at(last, k, h)));
    let before = folded[n - 2].len();
    // (`进口、出口通关时间`: two heads of one kind, as long, are parallel.)
    let parallel = |s: &[char]| {
        s.len() == 2
            && last.len() > 2
            && HEAD_NOUNS.iter().any(|h| h.chars().eq(s.iter().copied()))
            && HEAD_NOUNS
                .iter()
                .any(|h| h.chars().eq(last[..2].iter().copied()))
    };
    let by_len = (before <= 3
        && before < last.len()
        && (head_at_end(folded[n - 2]).is_none() || parallel(folded[n - 2])))
    .then_some(before);
    let split = match (by_head, by_len) {
        // (`水土流失、荒漠化、沙化土地面积`: a cut one char before a head
        // noun would split the word before it.)
        (Some(h), Some(l)) if h == l + 1 => Some(h),
        (Some(h), Some(l)) => Some(h.min(l)),
        (h, l) => h.or(l),
    }
    // `水泥和化肥（折纯）`: a note in brackets is the last name's own.
    .filter(|&k| !matches!(last[k], '(' | '（'));
    let mut shared = false;
    if let Some(k) = split {
        let head: Vec<char> = names[n - 1][k..].to_vec();
        for (i, name) in names.iter_mut().enumerate().take(n - 1) {
            if (head_at_end(folded[i]).is_none() || folded[i].len() == k && parallel(folded[i]))
                && !folded[i].ends_with(&last[k..])
            {
                name.extend(&head);
                shared = true;
            }
        }
    }
    // `困难残疾人生活补贴、重度残疾人护理补贴标准`: the last name's
    // `标准` of a head noun all of them end in is all of theirs.
    for x in ["标准", "水平"] {
        let x: Vec<char> = x.chars().collect();
        let Some(stem) = last.strip_suffix(&x[..]) else {
            continue;
        };
        for (i, name) in names.iter_mut().enumerate().take(n - 1) {
            if let Some(h) = head_at_end(folded[i])
                && stem.ends_with(&folded[i][folded[i].len() - h..])
            {
                name.extend(&x);
                shared = true;
            }
        }
    }
    // The modifier of the first name, before its head noun, when the
    // later names are heads of other kinds (`…用水量、能耗`).
    if !shared && let Some(h) = head_at_end(folded[0]) {
        let first = folded[0];
        let modifier = names[0][..first.len() - h].to_vec();
        let own = &first[first.len() - h..];
        if modifier.len() >= 2
            && folded[1..].iter().all(|s| {
                s.len() <= 8 && !s.ends_with(own) && head_at_end(s).is_some()
                    || HEAD_NOUNS.iter().any(|h| h.chars().eq(s.iter().copied()))
            })
        {
            for name in names.iter_mut().skip(1) {
                let mut m = modifier.clone();
                m.extend(name.iter());
                *name = m;
            }
        }
    }
    names
        .into_iter()
        .map(|n| {
            let mut s: String = n.iter().collect();
            drop_per_unit(&mut s);
            let s = s.trim_matches(['的', ' ']).to_string();
            let len = s.chars().count();
            ((1..=24).contains(&len)).then_some(s)
        })
        .collect()
}

/// A label naming two things at once, as the two: `城乡居民人均可支配收入` →
/// 城镇…, 农村….
pub(crate) fn split_compound(label: &str) -> Option<Vec<String>> {
    let &(word, x, y) = PAIR_COMPOUNDS.iter().find(|(w, _, _)| label.contains(w))?;
    Some(vec![label.replacen(word, x, 1), label.replacen(word, y, 1)])
}

/// The names of a list that one value is given to (`…均增长8%`), when
/// there are two or more.
pub(crate) fn all_names(f: &[char], orig: &[char], names: (usize, usize)) -> Option<Vec<String>> {
    let (a, b) = strip_words(&f[names.0..names.1], &LABEL_LEAD, &LABEL_TAIL);
    let pieces = split_names(f, orig, names.0 + a, names.0 + b, true);
    (pieces.len() >= 2).then(|| {
        pieces
            .into_iter()
            .map(|p| p.1.iter().collect::<String>())
            .collect()
    })
}

/// Whether the text between two figures only links them (`，达到`,
/// `、占全国`, `，1983年`): separators, linking verbs and periods.
pub(crate) fn only_glue(gap: &[char]) -> bool {
    let sep = |c: &char| matches!(c, ',' | '，' | '、' | ' ' | '\u{3000}');
    let a = gap.iter().take_while(|c| sep(c)).count();
    let rest = &gap[a..];
    // `，扣除价格和汇率变动因素，`: a condition clause links too.
    if a > 0
        && CONDITION_WORDS.iter().any(|w| starts_with_at(rest, 0, w))
        && let Some(k) = rest.iter().position(|c| CLAUSE_BREAKS.contains(c))
        && sep(&rest[k])
    {
        return only_glue(&rest[k..]);
    }
    if rest.iter().any(|c| CLAUSE_BREAKS.contains(c)) {
        return false;
    }
    let (x, y) = strip_words(rest, &LABEL_LEAD, &LABEL_TAIL);
    a > 0 && x == y
}

/// The names of a list, split at `、` (and at `和`, `及`, `与` when `and`
/// is set): (folded, as written) for each.
fn split_names(
    f: &[char],
    orig: &[char],
    a: usize,
    b: usize,
    and: bool,
) -> Vec<(Vec<char>, Vec<char>)> {
    let mut out = Vec::new();
    let mut s = a;
    for k in a..=b {
        // (`地级及以上城市`: no list.)
        let cut = k == b
            || f[k] == '、'
            || and
                && matches!(f[k], '和' | '及' | '与')
                && !starts_with_at(f, k + 1, "以上")
                && !starts_with_at(f, k + 1, "以下");
        if cut {
            if k > s {
                out.push((f[s..k].to_vec(), orig[s..k].to_vec()));
            }
            s = k + 1;
        }
    }
    out
}

/// The label of a part named after `其中` from its whole's label, around
/// the word they share (two chars or more): the whole's words after it
/// (`公路通车里程` › `高速公路` → 高速公路通车里程) or its verb before it
/// (`新增公路` › `高速公路` → 新增高速公路). `None` when they share nothing.
pub(crate) fn subcategory_label(whole: &str, part: &str) -> Option<String> {
    let w: Vec<char> = whole.chars().collect();
    let p: Vec<char> = part.chars().collect();
    // The longest end of the part that the whole holds, with a verb before
    // it or a measure after it (or both: `新增铁路里程` › `高速铁路` →
    // 新增高速铁路里程).
    // (Only a measure of the whole: `留抵退税` is no `留抵退税减税`.)
    const MEASURES: &[&str] = &[
        "里程", "产量", "总量", "总额", "面积", "规模", "人数", "余额", "产值",
    ];
    const VERBS: &[&str] = &["新增", "新建", "累计", "全年"];
    for n in (2..p.len().min(w.len())).rev() {
        let shared = &p[p.len() - n..];
        let Some(k) = (0..=w.len() - n).find(|&k| w[k..].starts_with(shared)) else {
            continue;
        };
        let head: String = w[..k].iter().collect();
        let rest: String = w[k + n..].iter().collect();
        let head_ok = head.is_empty() || VERBS.contains(&head.as_str());
        let rest_ok = rest.is_empty() || MEASURES.iter().any(|m| rest.ends_with(m));
        return (head_ok && rest_ok && !(head.is_empty() && rest.is_empty()))
            .then(|| format!("{head}{part}{rest}"));
    }
    None
}

/// The whole a bare head belongs to, from the label of the figure before:
/// that label without its measure or its own bare head, then the head
/// (`铁路营业里程` › `新线` → 铁路新线, `铁路新线` › `复线` → 铁路复线,
/// `外商直接投资协议金额` › `实际投资` → 外商直接投资实际投资, `普通高等学校`
/// › `在校学生` → 普通高等学校在校学生).
pub(crate) fn whole_of_bare_head(prev: &str, head: &str) -> Option<String> {
    const MEASURES: &[&str] = &[
        "播种面积",
        "营业里程",
        "营运里程",
        "通车里程",
        "里程",
        "协议金额",
        "金额",
        "数量",
        "总数",
    ];
    let strip: Vec<&str> = MEASURES
        .iter()
        .chain(crate::figures::lexicon::BARE_HEADS)
        .copied()
        .collect();
    join_bare_head(prev, &strip, head)
}

/// A bare head with the subject of the clause before: the subject without
/// a trailing activity word, joined over the words they share
/// (`工业生产` › `总产值` → 工业总产值, `城乡居民储蓄存款` › `存款余额` →
/// 城乡居民储蓄存款余额).
pub(crate) fn head_with_subject(subject: &str, head: &str) -> Option<String> {
    join_bare_head(subject, &["生产", "建设", "事业", "发展", "工作"], head)
}

/// `left` (what a bare head belongs to) without a trailing word of
/// `strip`, then `head`, written once over the words they share. `None`
/// when `left` is too short, already holds the head, is a sibling
/// (`毕业学生` › `在校学生`: the same end) or a verb.
fn join_bare_head(left: &str, strip: &[&str], head: &str) -> Option<String> {
    let whole = strip
        .iter()
        .find_map(|w| left.strip_suffix(w))
        .unwrap_or(left);
    let h: Vec<char> = head.chars().collect();
    let end: String = h[h.len().saturating_sub(2)..].iter().collect();
    let sibling = h.len() >= 2 && left.ends_with(&end);
    let verb = ["毕业", "招生", "招收", "建成", "完成"]
        .iter()
        .any(|v| whole.ends_with(v));
    if whole.chars().count() < 2 || left.contains(head) || sibling || verb {
        return None;
    }
    // `城乡居民储蓄存款` + `存款余额`: `存款` once.
    let shared = (2..h.len())
        .rev()
        .find(|&n| whole.ends_with(&h[..n].iter().collect::<String>()))
        .unwrap_or(0);
    Some(format!("{whole}{}", h[shared..].iter().collect::<String>()))
}

#[cfg(test)]
mod tests {
    #[test]
    fn bare_heads_take_the_subject_of_the_clause_before() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            ("工业生产", "总产值", Some("工业总产值")),
            ("城乡居民储蓄存款", "存款余额", Some("城乡居民储蓄存款余额")),
            ("普通高等学校", "在校学生", Some("普通高等学校在校学生")),
            ("生产", "总产值", None),
        ];
        for &(subject, head, want) in cases {
            assert_eq!(
                head_with_subject(subject, head).as_deref(),
                want,
                "{subject} › {head}"
            );
        }
    }

    #[test]
    fn bare_heads_take_the_whole_of_the_figure_before() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            ("铁路营业里程", "新线", Some("铁路新线")),
            ("铁路营运里程", "新线", Some("铁路新线")),
            ("铁路新线", "复线", Some("铁路复线")),
            ("粮食播种面积", "产量", Some("粮食产量")),
            (
                "外商直接投资协议金额",
                "实际投资",
                Some("外商直接投资实际投资"),
            ),
            ("普通高等学校", "在校学生", Some("普通高等学校在校学生")),
            ("在校学生", "在校学生", None),
            ("所", "新线", None),
            ("毕业学生", "在校学生", None),
            ("毕业", "在校学生", None),
        ];
        for &(prev, head, want) in cases {
            assert_eq!(
                whole_of_bare_head(prev, head).as_deref(),
                want,
                "{prev} › {head}"
            );
        }
    }

    #[test]
    fn parts_after_qizhong_take_their_whole_around_the_shared_word() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            ("新增公路", "高速公路", Some("新增高速公路")),
            ("新增铁路里程", "高速铁路", Some("新增高速铁路里程")),
            ("铁路营业里程", "高速铁路", Some("高速铁路营业里程")),
            ("全国铁路里程", "高速铁路", None),
            ("公路通车里程", "高速公路", Some("高速公路通车里程")),
            ("退税减税", "留抵退税", None),
            ("赤字率", "中央财政赤字", None),
            ("全国教育支出", "中央财政支出", None),
            ("粮食产量", "夏粮", None),
        ];
        for &(whole, part, want) in cases {
            assert_eq!(
                subcategory_label(whole, part).as_deref(),
                want,
                "{whole} › {part}"
            );
        }
    }

    use super::*;

    #[test]
    fn spans_of_years_are_one_period() {
        let cases: &[(&str, &[&str])] = &[
            ("在1979到1983年平均每年递增", &["1979到1983年"]),
            ("2021-2025年累计投资", &["2021-2025年"]),
            ("1953至1978年", &["1953至1978年"]),
            ("2010年比2005年", &["2010年"]),
            ("从2010年到2015年", &["2010年", "2015年"]),
            ("由一九七八年的", &["一九七八年"]),
            ("比一九七八年", &[]),
            ("五年内全国", &["五年内"]),
            // A day; a year spaced out as PDFs paste it (not a bare number).
            ("4月7日新增", &["4月7日"]),
            ("6月当月", &["6月当月"]),
            ("1 9 9 7 年国内生产总值", &["1 9 9 7 年"]),
            ("比1 9 8 0 年", &[]),
            ("1 2 3 亿元", &[]),
        ];
        for &(s, want) in cases {
            let f: Vec<char> = s.chars().collect();
            let got: Vec<String> = periods(&f).into_iter().map(|p| p.1).collect();
            assert_eq!(got, want, "{s}");
        }
        // `年底` of a year stays with the year: both leave the label.
        let f: Vec<char> = "国家外汇储备2000年底".chars().collect();
        assert_eq!(strip_words(&f, &LABEL_LEAD, &LABEL_TAIL), (0, 6));
        // A period after `在` goes with it.
        let f: Vec<char> = "在1979到1983年".chars().collect();
        assert_eq!(strip_words(&f, &LABEL_LEAD, &LABEL_TAIL), (11, 11));
    }

    #[test]
    fn period_filter_covers_every_period_word() {
        for w in PERIOD_WORDS {
            assert!(PERIOD_FIRST.contains(w.chars().next().unwrap()), "{w}");
        }
    }
}
