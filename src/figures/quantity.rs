//! Numbers at a position in folded text with their scale and unit: Arabic,
//! fullwidth and spaced digits, Chinese numerals, scales, units, ranges.

use crate::figures::Kind;
use crate::figures::lexicon::{
    AMOUNT_NOUNS, CAPACITY_WORDS, FACILITY_WORDS, SCALES, Unit, match_unit,
};
use crate::text::cnnum::{Decimal, digit_value, is_cn_numeral_char, large_unit, parse_cn_decimal};

/// A number as parsed, before units.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Num {
    pub(crate) value: Decimal,
    pub(crate) end: usize,
    pub(crate) chinese: bool,
    /// A Chinese numeral of one digit char only (`三`), which names
    /// structures as often as it counts.
    pub(crate) small_cn: bool,
}

/// A quantity as parsed: number, scale, unit.
#[derive(Debug, Clone)]
pub(crate) struct Quantity {
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// Where the numeral ends.
    pub(crate) num_end: usize,
    /// Where the unit starts (after the scale and `余`/`多`).
    pub(crate) unit_start: usize,
    pub(crate) value: Decimal,
    pub(crate) scale: Option<(&'static str, i32)>,
    pub(crate) unit: Option<Unit>,
    pub(crate) unit_text: Option<String>,
    pub(crate) approx_inside: Option<&'static str>,
    /// The upper end of a range (`6.5%－7%`), in the same scale.
    pub(crate) high: Option<Decimal>,
    pub(crate) chinese: bool,
    pub(crate) small_cn: bool,
}

impl Quantity {
    /// A number in words with no scale or unit of its own (`一半`, `千万`
    /// before `家庭`): `f[start..end]` is `value`.
    pub(crate) fn words(start: usize, end: usize, value: Decimal) -> Self {
        Self {
            start,
            end,
            num_end: end,
            unit_start: end,
            value,
            scale: None,
            unit: None,
            unit_text: None,
            approx_inside: None,
            high: None,
            chinese: true,
            small_cn: false,
        }
    }
}

/// The most digits (or numeral chars) a number may have: a longer run is
/// not an amount (and is read no further, so that a run of a million
/// spaced digits costs its length once, not once per digit).
const MAX_DIGITS: usize = 40;

pub(crate) fn starts_with_at(f: &[char], i: usize, w: &str) -> bool {
    w.chars().enumerate().all(|(k, c)| f.get(i + k) == Some(&c))
}

/// Whether `w` ends at `end` (compared from the end: asked of every word
/// list at every figure, it counts no chars).
pub(crate) fn ends_with_at(f: &[char], end: usize, w: &str) -> bool {
    let mut k = end;
    for c in w.chars().rev() {
        match k.checked_sub(1) {
            Some(j) if f.get(j) == Some(&c) => k = j,
            _ => return false,
        }
    }
    true
}

/// Parses an Arabic number at `i`: digits (spaces between them allowed),
/// thousands separators, one decimal point.
pub(crate) fn parse_arabic(f: &[char], i: usize) -> Option<Num> {
    let mut s = String::new();
    let mut j = i;
    let mut int_digits = 0;
    while j < f.len() {
        let c = f[j];
        if s.len() > MAX_DIGITS {
            return None;
        }
        if c.is_ascii_digit() {
            s.push(c);
            int_digits += 1;
            j += 1;
        } else if c == ' ' && f.get(j + 1).is_some_and(char::is_ascii_digit) && !s.is_empty() {
            j += 1;
        } else if c == ','
            && int_digits <= 3
            && f.len() > j + 3
            && f[j + 1..j + 4].iter().all(char::is_ascii_digit)
            && f.get(j + 4).is_none_or(|c| !c.is_ascii_digit())
        {
            // 27,203,319,000: keep reading groups of three.
            int_digits = 0;
            j += 1;
        } else {
            break;
        }
    }
    if s.is_empty() {
        return None;
    }
    // Decimal part: `.5`, ` .5`, `. 5`; in older typesetting a middle dot
    // (`19·5％`).
    let mut k = j;
    if f.get(k) == Some(&' ') && f.get(k + 1) == Some(&'.') {
        k += 1;
    }
    if matches!(f.get(k), Some('.' | '·' | '・')) {
        let mut m = k + 1;
        if f.get(m) == Some(&' ') {
            m += 1;
        }
        if f.get(m).is_some_and(char::is_ascii_digit) {
            s.push('.');
            while m < f.len() {
                if s.len() > MAX_DIGITS {
                    return None;
                }
                if f[m].is_ascii_digit() {
                    s.push(f[m]);
                    m += 1;
                } else if f[m] == ' ' && f.get(m + 1).is_some_and(char::is_ascii_digit) {
                    m += 1;
                } else {
                    break;
                }
            }
            j = m;
        }
    }
    Some(Num {
        value: Decimal::parse_ascii(&s)?,
        end: j,
        chinese: false,
        small_cn: false,
    })
}

/// Parses a Chinese numeral at `i` (`一千二百`, `二十一点七`, `十余`).
pub(crate) fn parse_chinese(f: &[char], i: usize) -> Option<Num> {
    let mut j = i;
    while j < f.len()
        && (is_cn_numeral_char(f[j])
            || (f[j] == '点' && f.get(j + 1).is_some_and(|&c| digit_value(c).is_some())))
    {
        if j - i > MAX_DIGITS {
            return None;
        }
        j += 1;
    }
    let run: String = f[i..j].iter().collect();
    let has_digit = run.chars().any(|c| digit_value(c).is_some());
    // `超百亿美元`: a bare 百/千 before a scale counts (money only, below).
    let hundreds = !has_digit
        && (run.starts_with('百') || run.starts_with('千'))
        && run.chars().any(|c| large_unit(c).is_some());
    if j == i || !(has_digit || run.starts_with('十') || hundreds) {
        return None;
    }
    // `一二三次产业`, `二〇二六`: digits in a row name, they do not count.
    let int_part = run.split('点').next().unwrap_or("");
    if int_part.chars().count() > 1 && int_part.chars().all(|c| digit_value(c).is_some()) {
        return None;
    }
    let value = parse_cn_decimal(&run)?;
    let small_cn = j - i == 1 && digit_value(f[i]).is_some();
    Some(Num {
        value,
        end: j,
        chinese: true,
        small_cn,
    })
}

pub(crate) fn match_scale(f: &[char], i: usize) -> Option<(&'static str, i32)> {
    SCALES
        .iter()
        .find(|(w, _)| starts_with_at(f, i, w))
        .copied()
}

/// Splits a trailing scale off a Chinese numeral: `三千八百五十六亿` →
/// (3856, 亿). A numeral with a large unit inside (`四亿六千万`) stays whole.
pub(crate) fn split_cn_scale(
    f: &[char],
    start: usize,
    end: usize,
) -> Option<(Decimal, &'static str, i32, usize)> {
    let run = &f[start..end];
    let last = *run.last()?;
    large_unit(last)?;
    let (scale, p, k) = if run.len() >= 2 && run[run.len() - 2] == '万' && last == '亿' {
        ("万亿", 12, 2)
    } else if last == '亿' {
        ("亿", 8, 1)
    } else {
        ("万", 4, 1)
    };
    let head = &run[..run.len() - k];
    if head.is_empty() || head.iter().any(|&c| large_unit(c).is_some()) {
        return None;
    }
    let s: String = head.iter().collect();
    let v = parse_cn_decimal(&s)?;
    Some((v, scale, p, end - k))
}

/// Parses a quantity at `i`: a number, scale, `余`/`多`, unit — unless a
/// [`Rejection`] rule says the candidate is not an amount.
pub(crate) fn parse_quantity(f: &[char], i: usize) -> Option<Quantity> {
    if let Some(q) = percent_in_words(f, i) {
        return Some(q);
    }
    let q = read_quantity(f, i)?;
    rejection(f, &q).is_none().then_some(q)
}

/// `百分之二十一点七`, `百分之5`.
fn percent_in_words(f: &[char], i: usize) -> Option<Quantity> {
    if !starts_with_at(f, i, "百分之") {
        return None;
    }
    let n = parse_chinese(f, i + 3).or_else(|| parse_arabic(f, i + 3))?;
    Some(Quantity {
        start: i,
        end: n.end,
        num_end: n.end,
        unit_start: n.end,
        value: n.value,
        scale: None,
        unit: Some(Unit {
            text: "%",
            kind: Kind::Percent,
            strong: true,
            len: 0,
        }),
        unit_text: Some("%".into()),
        approx_inside: None,
        high: None,
        chinese: n.chinese,
        small_cn: false,
    })
}

/// Reads a number at `i` with what follows it: scale, `余`/`多`, unit
/// (compound `人(户)次` and rate `元/吨` units too).
pub(crate) fn read_quantity(f: &[char], i: usize) -> Option<Quantity> {
    let num = if f[i].is_ascii_digit() {
        parse_arabic(f, i)?
    } else {
        parse_chinese(f, i)?
    };
    let mut value = num.value;
    let mut j = num.end;
    // `7 4 7 7 2 亿元`: digits set with spaces keep a space before the unit.
    // So do `1 ．1 亿门`, `6 ．5 平方米` (a space inside the number) and a
    // scale after one digit (`2 亿吨以上`).
    if !num.chinese
        && f.get(j) == Some(&' ')
        && j >= 2
        && (f[i..j].contains(&' ') || matches!(f.get(j + 1), Some('万' | '亿')))
        && f.get(j + 1)
            .is_some_and(|&c| !c.is_ascii_digit() && c != ' ')
    {
        j += 1;
    }
    let mut scale = None;
    if num.chinese {
        if let Some((v, s, p, _)) = split_cn_scale(f, i, num.end) {
            value = v;
            scale = Some((s, p));
        }
    } else if let Some(s) = match_scale(f, j) {
        // `千瓦`, `千米` are units, not the scale 千.
        if match_unit(&f[j..]).is_none_or(|u| u.len <= s.0.chars().count()) {
            scale = Some(s);
            j += s.0.chars().count();
        }
    }
    // `1万6千多户`: thousands written after 万 (a digit, then 千).
    if !num.chinese
        && scale.is_some_and(|s| s.0 == "万")
        && f.get(j).is_some_and(char::is_ascii_digit)
        && f.get(j + 1) == Some(&'千')
        && !f
            .get(j + 2)
            .is_some_and(|&c| c.is_ascii_digit() || matches!(c, '亿' | '万' | '百'))
        && !f[i..num.end].contains(&'.')
        && let Some(v) = Decimal::parse_ascii(&format!(
            "{}.{}",
            f[i..num.end]
                .iter()
                .filter(|c| c.is_ascii_digit())
                .collect::<String>(),
            f[j]
        ))
    {
        value = v;
        j += 2;
    }
    let mut approx_inside = None;
    if matches!(f.get(j), Some('余' | '多'))
        && (scale.is_some()
            || f.get(j + 1)
                .is_some_and(|&c| match_unit(&f[j + 1..]).is_some() || c == '万' || c == '亿'))
    {
        approx_inside = Some(if f[j] == '余' { "余" } else { "多" });
        j += 1;
        if scale.is_none()
            && let Some(s) = match_scale(f, j)
        {
            scale = Some(s);
            j += s.0.chars().count();
        } else if scale.is_some_and(|s| s.0 == "万") && f.get(j) == Some(&'亿') {
            // `4万多亿元`: more than four trillion.
            scale = Some(("万亿", 12));
            j += 1;
        }
    }
    // `四亿零七百多万吨`: 万 after 多 scales the part after 亿 only.
    if num.chinese
        && scale.is_some_and(|s| s.0 == "万")
        && let Some(y) = f[i..num.end].iter().rposition(|&c| c == '亿')
    {
        let hi: String = f[i..=i + y].iter().collect();
        let lo: String = f[i + y + 1..num.end].iter().collect();
        if let (Some(h), Some(l)) = (
            crate::text::cnnum::parse_cn_int(&hi),
            crate::text::cnnum::parse_cn_int(lo.trim_start_matches('零')),
        ) {
            value = Decimal::int(h + l * 10_000);
            scale = None;
        }
    }
    let mut k = j;
    if f.get(k) == Some(&' ') && f.get(k + 1) == Some(&'%') {
        k += 1;
    }
    let mut unit = match_unit(&f[k..]);
    if unit.is_some() {
        j = k;
    }
    if unit.is_some_and(|u| u.text == "年") && !years_as_a_span(f, i, j, value, num.chinese) {
        unit = None;
    }
    // `13亿人口`: 人口 is a noun, not the measure word 人.
    if unit.is_some_and(|u| u.text == "人") && f.get(j + 1) == Some(&'口') {
        unit = None;
    }
    let (end, unit_text) = compound_unit(f, j, unit);
    Some(Quantity {
        start: i,
        end,
        num_end: num.end,
        unit_start: j,
        value,
        scale,
        unit,
        unit_text,
        approx_inside,
        high: None,
        chinese: num.chinese,
        small_cn: num.small_cn,
    })
}

/// `年` only as a span of under a hundred years, never a date or a period
/// (`近3年`, `今后5年`, `3年来`, `2024年`).
fn years_as_a_span(f: &[char], i: usize, unit_at: usize, value: Decimal, chinese: bool) -> bool {
    let next = f.get(unit_at + 1).copied().unwrap_or(' ');
    // (`1950年到2002年53年的总和`: years counted after a year are a span
    // of time, not an amount.)
    let before_period = ["近", "过去", "今后", "未来", "前", "最近", "年"]
        .iter()
        .any(|w| ends_with_at(f, i, w));
    // `受教育年限达到9年以上`: years of schooling at least, a span.
    let schooling = next == '以'
        && f.get(unit_at + 2) == Some(&'上')
        && f[i.saturating_sub(8)..i]
            .windows(2)
            .any(|w| w == ['年', '限']);
    // `13.5年` (years of schooling) is a span; a decimal of a hundred or
    // more is no span.
    !(value.to_f64() >= 100.0
        || chinese
        || before_period
        || ("月底初末代度级份前后内以年来间".contains(next) && !schooling))
}

/// Where the unit at `j` ends and its text: `辆(艘、架、列)次`, `人(户)次`
/// (alternatives in brackets, then 次) and rate units (`微克/立方米`).
fn compound_unit(f: &[char], j: usize, unit: Option<Unit>) -> (usize, Option<String>) {
    let Some(u) = unit else {
        return (j, None);
    };
    let mut end = j + u.len;
    let mut text = u.text.to_string();
    if f.get(end) == Some(&'(')
        && let Some(close) = f[end..].iter().take(12).position(|&c| c == ')')
    {
        // `户(次)`: the bracket itself holds 次.
        let inner_ci = f[end + 1..end + close] == ['次'];
        let tail = usize::from(f.get(end + close + 1) == Some(&'次'));
        if tail == 1 || inner_ci {
            let stop = end + close + 1 + tail;
            text = f[j..stop].iter().collect();
            end = stop;
        }
    }
    if f.get(end) == Some(&'/')
        && let Some(per) = match_unit(&f[end + 1..])
    {
        let stop = end + 1 + per.len;
        text = f[j..stop].iter().collect();
        end = stop;
    }
    (end, Some(text))
}

/// Why a number read with its unit is not an amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Rejection {
    /// `千万人次的机场`: a bare 百/千 is a size class unless it is money
    /// (`超百亿美元`).
    BareHundreds,
    /// `0—6岁儿童`, `65岁以上老年人`: an age that names a group.
    AgeGroup,
    /// `每天24小时`: a schedule, not a span.
    Schedule,
    /// `15分钟“服务圈”`, `15分钟生活圈`: a slogan, not a span of time.
    Slogan,
    /// `十倍的疯狂`: a multiple before 的 describes, it does not measure.
    Descriptive,
    /// `5G`, `4K`: a letter right after the number makes it a name; so
    /// does a noun right after a one-char money numeral (`三元乳业`).
    Name,
    /// `连续6年`, `连续10次`: a streak, not an amount.
    Streak,
    /// `居全国前5位`: a rank.
    Rank,
    /// `五亿元以上的项目`, `百亿元以上重大工业项目`, `占比超过10%的有44种`,
    /// `超千亿元县`: a threshold naming a class of things.
    Threshold,
    /// `500千伏`, `700万吨露天矿`, `日产500吨`: a specification of
    /// equipment or capacity.
    Spec,
    /// `再延长30年`: the term of a policy.
    PolicyTerm,
    /// `14个方面的工作`: the parts of a speech.
    Structure,
    /// `每50公斤分别提高7.4元`, `每10万人口`: the unit a figure is per.
    PerUnit,
}

/// The first rule that rejects the candidate `q`, if any.
pub(crate) fn rejection(f: &[char], q: &Quantity) -> Option<Rejection> {
    let (i, j) = (q.start, q.unit_start);
    let unit = q.unit;
    if q.chinese
        && !f[i..q.num_end].iter().any(|&c| digit_value(c).is_some())
        && matches!(f[i], '百' | '千')
        && unit.is_none_or(|u| u.kind != Kind::Money)
    {
        return Some(Rejection::BareHundreds);
    }
    if let Some(u) = unit {
        let after = j + u.len;
        let next = f.get(after).copied().unwrap_or(' ');
        if u.text.ends_with('岁') && "儿婴幼老以及青的少学".contains(next) {
            return Some(Rejection::AgeGroup);
        }
        let every = ["每天", "每日", "全天", "每周", "每年"];
        if u.kind == Kind::TimeSpan && every.iter().any(|w| ends_with_at(f, i, w)) {
            return Some(Rejection::Schedule);
        }
        if u.kind == Kind::TimeSpan {
            let de = usize::from(f.get(after) == Some(&'的'));
            let quote = f.get(after + de) == Some(&'“');
            let reach = ["通达", "直达", "到达", "可达"]
                .iter()
                .any(|w| starts_with_at(f, after, w));
            if quote || reach || f[after.min(f.len())..].iter().take(4).any(|&c| c == '圈') {
                return Some(Rejection::Slogan);
            }
        }
        if u.text == "倍" && f.get(j + 1) == Some(&'的') {
            return Some(Rejection::Descriptive);
        }
        if let Some(r) = not_an_amount(f, q, u) {
            return Some(r);
        }
    } else if f.get(j).is_some_and(|c| c.is_ascii_alphabetic()) {
        return Some(Rejection::Name);
    } else if ends_with_at(f, i, "每") {
        return Some(Rejection::PerUnit);
    }
    None
}

/// Streaks, ranks, thresholds, specifications, policy terms and the parts
/// of a speech: numbers with a unit that are no amount.
fn not_an_amount(f: &[char], q: &Quantity, u: Unit) -> Option<Rejection> {
    let (i, end) = (q.start, q.end.max(q.unit_start + u.len));
    let before = |w: &str| ends_with_at(f, i, w);
    let next = f.get(end).copied().unwrap_or('。');
    let cjk = |c: char| crate::text::chars::is_cjk(c);
    if (before("连续") || before("接连")) && (u.kind == Kind::TimeSpan || u.text == "次") {
        return Some(Rejection::Streak);
    }
    if before("前") && matches!(u.text, "位" | "名") {
        return Some(Rejection::Rank);
    }
    if before("每") && cjk(next) && !"的左以多余".contains(next) {
        return Some(Rejection::PerUnit);
    }
    if u.text == "个" && starts_with_at(f, end, "方面") {
        return Some(Rejection::Structure);
    }
    // `新10年农村扶贫开发纲要`, `西部大开发新10年`: the name of a plan.
    if u.text == "年" && (before("延长") || before("再延长") || before("新")) {
        return Some(Rejection::PolicyTerm);
    }
    if u.text == "千伏" || CAPACITY_WORDS.iter().any(|w| before(w)) {
        return Some(Rejection::Spec);
    }
    if matches!(u.kind, Kind::Weight | Kind::Energy | Kind::Volume) && cjk(next) {
        let run: Vec<char> = f[end..]
            .iter()
            .take(8)
            .take_while(|&&c| cjk(c) && c != '的')
            .copied()
            .collect();
        if (1..=run.len()).any(|k| FACILITY_WORDS.iter().any(|w| ends_with_at(&run, k, w))) {
            return Some(Rejection::Spec);
        }
    }
    // `五亿元以上的项目`: a bound followed by the class it bounds.
    let mut k = end;
    let bound = ["以上", "以下"].iter().find(|w| starts_with_at(f, k, w));
    if let Some(w) = bound {
        k += w.chars().count();
    }
    let de = usize::from(f.get(k) == Some(&'的'));
    let noun_after = f.get(k + de).is_some_and(|&c| cjk(c))
        && !AMOUNT_NOUNS.iter().any(|w| starts_with_at(f, k + de, w));
    if u.kind != Kind::Percent && bound.is_some() && noun_after {
        return Some(Rejection::Threshold);
    }
    // `占比超过10%的有44种`.
    if ["超过", "高于", "低于"].iter().any(|w| before(w)) && starts_with_at(f, end, "的有")
    {
        return Some(Rejection::Threshold);
    }
    // `超千亿元县`: a bare 百/千 money figure before a noun.
    if q.chinese
        && matches!(f[i], '百' | '千')
        && u.kind == Kind::Money
        && bound.is_none()
        && cjk(next)
        && next != '的'
    {
        return Some(Rejection::Threshold);
    }
    if q.small_cn && u.kind == Kind::Money && cjk(next) && !"的左右以上下钱".contains(next) {
        return Some(Rejection::Name);
    }
    None
}

/// Whether a quantity is a figure (has a unit, or a scale on Arabic digits).
pub(crate) fn is_figure(f: &[char], q: &Quantity) -> bool {
    // `一亩`, `一吨` in prose: 一 alone is "a", not a quantity.
    // … but `增加一倍` is one.
    if q.small_cn
        && q.value == Decimal::int(1)
        && q.scale.is_none()
        && q.unit.is_none_or(|u| u.text != "倍")
    {
        return false;
    }
    match q.unit {
        Some(u) => !q.small_cn || u.strong,
        None => q.scale.is_some() && (!q.chinese || counted_in_words(f, q)),
    }
}

/// `五百万高级专门人才`, `十亿多人口`: a Chinese numeral with a digit before
/// its 万/亿 counts what follows even without a measure word (`千万` alone is
/// “by all means”, `亿万` “countless”: no digit, no count).
fn counted_in_words(f: &[char], q: &Quantity) -> bool {
    let head = &f[q.start..q.num_end];
    q.scale.is_some_and(|s| s.1 >= 4)
        && head.len() >= 2
        && head.iter().any(|&c| {
            matches!(
                c,
                '一' | '二' | '两' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
            )
        })
        && head[0] != '万'
        && head[0] != '亿'
        // (`数十万群众`, `几十万干部`: vague, read elsewhere.)
        && !(q.start > 0 && matches!(f[q.start - 1], '数' | '几' | '上' | '退'))
        // A noun of two chars or more follows, not a measure word or a unit
        // not read (`一万年`, `十万火急`, `八千万噸`, `三百万千瓦`).
        && f.get(q.end..q.end + 2).is_some_and(|w| {
            w.iter().all(|&c| crate::text::chars::is_cjk(c))
                && !"的步火年倍伏匹噸個戶吨个户千瓦印载立马砘就需能是元次台辆套件张条".contains(w[0])
        })
}

/// Whether a verb of change or of share ends within three chars before
/// `k` (`减少一半`, `超过全球一半`, `下降超过五成`): what makes `一半`, `五成`
/// amounts.
pub(crate) fn after_share_verb(f: &[char], k: usize) -> bool {
    const SHARES: &[&str] = &[
        "减少", "降低", "下降", "压减", "精简", "减", "增加", "提高", "超过", "占", "近", "约",
    ];
    (k.saturating_sub(3)..=k).any(|e| SHARES.iter().any(|w| ends_with_at(f, e, w)))
}

/// A fraction at `i`: `三分之一`, `四分之三`, `1/3`, `1／4` (a proper
/// fraction of a small whole; `百分之` is a percent, read elsewhere), as
/// its value to sixteen places.
pub(crate) fn fraction(f: &[char], i: usize) -> Option<Quantity> {
    if i > 0 && f[i - 1] == '第' {
        return None;
    }
    let (den, num, end) = if f[i].is_ascii_digit() {
        if i > 0 && (f[i - 1].is_ascii_digit() || matches!(f[i - 1], '/' | '／' | '.')) {
            return None;
        }
        let a = parse_arabic(f, i)?;
        if a.value.exp != 0 || !matches!(f.get(a.end), Some('/' | '／')) {
            return None;
        }
        let b = parse_arabic(f, a.end + 1)?;
        if b.value.exp != 0
            || f.get(b.end)
                .is_some_and(|&c| c.is_ascii_digit() || matches!(c, '/' | '／' | '.' | '-'))
        {
            return None;
        }
        // `减少1/3行政审批事项`, `1/4的县`; not `1/4决赛`, `3/4月份`, `1/2英寸`.
        let after = f.get(b.end).copied();
        if after.is_some_and(|c| "月日号决英寸期届版".contains(c))
            || !(after_share_verb(f, i)
                || after == Some('的')
                || starts_with_at(f, b.end, "以上")
                || starts_with_at(f, b.end, "左右"))
        {
            return None;
        }
        (b.value.mantissa, a.value.mantissa, b.end)
    } else {
        let n = parse_chinese(f, i)?;
        // `下降超过五成`: tenths, after a verb of change or share.
        if f.get(n.end) == Some(&'成')
            && n.end == i + 1
            && n.value.exp == 0
            && (1..=9).contains(&n.value.mantissa)
            && !f
                .get(n.end + 1)
                .is_some_and(|&c| "为果本就员立功熟长绩效交年品分套型片倍批新".contains(c))
            && after_share_verb(f, i)
        {
            return Some(Quantity {
                chinese: true,
                ..Quantity::words(
                    i,
                    n.end + 1,
                    Decimal {
                        mantissa: n.value.mantissa,
                        exp: -1,
                    },
                )
            });
        }
        if !starts_with_at(f, n.end, "分之") || n.value.exp != 0 || n.value.mantissa == 100 {
            return None;
        }
        let m = parse_chinese(f, n.end + 2)?;
        if m.value.exp != 0 {
            return None;
        }
        (n.value.mantissa, m.value.mantissa, m.end)
    };
    if num == 0 || num >= den || den > 20 || starts_with_at(f, end, "世纪") {
        return None;
    }
    // `三分之一强`: a little more (or less, `弱`) than a third.
    let end = end + usize::from(matches!(f.get(end), Some('强' | '弱')));
    // (To 16 places, the precision of an f64: `三分之一` is 1/3 as a
    // program computes it, 0.3333333333333333.)
    let mut value = Decimal {
        mantissa: (num * 10_000_000_000_000_000 + den / 2) / den,
        exp: -16,
    };
    while value.exp < 0 && value.mantissa.is_multiple_of(10) {
        value.mantissa /= 10;
        value.exp += 1;
    }
    Some(Quantity {
        chinese: !f[i].is_ascii_digit(),
        ..Quantity::words(i, end, value)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reject(s: &str) -> Option<Rejection> {
        let f: Vec<char> = s.chars().collect();
        let i = f
            .iter()
            .position(|&c| c.is_ascii_digit() || is_cn_numeral_char(c))
            .unwrap();
        rejection(&f, &read_quantity(&f, i).unwrap())
    }

    #[test]
    fn each_rejection_rule() {
        use Rejection::*;
        let cases: &[(&str, Option<Rejection>)] = &[
            ("建设千万人次的机场", Some(BareHundreds)),
            ("超百亿美元", None),
            ("0岁儿童", Some(AgeGroup)),
            ("65岁以上老年人", Some(AgeGroup)),
            ("平均寿命78岁。", None),
            ("每天24小时", Some(Schedule)),
            ("用时24小时。", None),
            ("15分钟“服务圈”", Some(Slogan)),
            ("15分钟生活圈", Some(Slogan)),
            ("缩短15分钟。", None),
            ("十倍的疯狂", Some(Descriptive)),
            ("增长2倍。", None),
            ("推进5G建设", Some(Name)),
            ("增长5%", None),
            ("实现连续6年增产", Some(Streak)),
            ("连续10次获评", Some(Streak)),
            ("连续36个月", Some(Streak)),
            ("增长6年", None),
            ("居全国前5位", Some(Rank)),
            ("投资在五亿元以上的项目", Some(Threshold)),
            ("投资额百亿元以上重大工业项目", Some(Threshold)),
            ("占比超过10%的有44种", Some(Threshold)),
            ("生产总值超千亿元县", Some(Threshold)),
            ("利用外资保持在千亿元以上。", None),
            ("就业1200万人以上的目标", None),
            ("覆盖率95%以上的学生", None),
            ("500千伏输变电工程", Some(Spec)),
            ("大唐700万吨露天矿", Some(Spec)),
            ("日产500吨熟料生产线", Some(Spec)),
            ("新增发电装机8970万千瓦，", None),
            ("粮食产量1.3万亿斤以上。", None),
            ("承包期再延长30年", Some(PolicyTerm)),
            ("重点抓好14个方面的工作", Some(Structure)),
            ("华润雪花、三元乳业", Some(Name)),
            ("基本实现1小时通达", Some(Slogan)),
        ];
        for (text, want) in cases {
            assert_eq!(reject(text), *want, "{text}");
        }
    }

    #[test]
    fn years_are_a_span_only_when_short_and_not_a_period() {
        let at = |s: &str| {
            let f: Vec<char> = s.chars().collect();
            let i = f.iter().position(|c| c.is_ascii_digit()).unwrap();
            read_quantity(&f, i).unwrap().unit.map(|u| u.text)
        };
        assert_eq!(at("建设周期3年。"), Some("年"));
        assert_eq!(at("2024年是"), None);
        assert_eq!(at("近3年"), None);
        assert_eq!(at("3年来"), None);
        assert_eq!(at("13亿人口"), None);
    }
}
