//! Units and measure words, their kinds, and the words around figures
//! (approximations, change verbs, bases, label verbs).

/// Units, longest first within each leading char so that the first match
/// found by [`match_unit`] is the longest. `(unit, kind, strong)`: a strong
/// unit measures (money, weight…); a weak one only counts, and a bare
/// one-digit Chinese numeral before it names a structure (`三支队伍`).
const UNITS: &[(&str, &str, bool)] = &[
    ("个百分点", "change", true),
    ("百分点", "change", true),
    ("人(户)次", "count", true),
    ("人(户)", "count", true),
    ("人次", "count", true),
    ("户次", "count", true),
    ("家次", "count", true),
    ("批次", "count", true),
    ("班次", "count", true),
    ("架次", "count", true),
    ("车次", "count", true),
    ("册次", "count", true),
    ("美元", "money", true),
    ("港元", "money", true),
    ("欧元", "money", true),
    ("元", "money", true),
    ("平方公里", "area", true),
    ("平方千米", "area", true),
    ("平方米", "area", true),
    ("公顷", "area", true),
    ("亩", "area", true),
    ("立方米", "volume", true),
    ("标准箱", "volume", true),
    ("标箱", "volume", true),
    ("升", "volume", true),
    ("公里", "length", true),
    ("千米", "length", true),
    ("延米", "length", true),
    ("米", "length", true),
    ("km", "length", true),
    ("吨标准煤", "weight", true),
    ("吨", "weight", true),
    ("公斤", "weight", true),
    ("千克", "weight", true),
    ("斤", "weight", true),
    ("担", "weight", true),
    ("千瓦时", "energy", true),
    ("千瓦", "energy", true),
    ("兆瓦", "energy", true),
    ("度", "energy", false),
    ("kw", "energy", true),
    ("mw", "energy", true),
    ("gw", "energy", true),
    ("个月", "time_span", true),
    ("小时", "time_span", true),
    ("分钟", "time_span", true),
    ("天", "time_span", true),
    ("周岁", "time_span", true),
    ("岁", "time_span", true),
    ("倍", "other", true),
    ("成", "other", false),
    ("%", "percent", true),
    ("‰", "percent", true),
    ("个", "count", false),
    ("家", "count", false),
    ("人", "count", false),
    ("名", "count", false),
    ("户", "count", false),
    ("套", "count", false),
    ("所", "count", false),
    ("场", "count", false),
    ("件", "count", false),
    ("项", "count", false),
    ("条", "count", false),
    ("处", "count", false),
    ("起", "count", false),
    ("台", "count", false),
    ("张", "count", false),
    ("间", "count", false),
    ("批", "count", false),
    ("类", "count", false),
    ("份", "count", false),
    ("例", "count", false),
    ("辆", "count", false),
    ("艘", "count", false),
    ("架", "count", false),
    ("座", "count", false),
    ("栋", "count", false),
    ("幢", "count", false),
    ("株", "count", false),
    ("棵", "count", false),
    ("头", "count", false),
    ("只", "count", false),
    ("位", "count", false),
    ("支", "count", false),
    ("次", "count", false),
    ("宗", "count", false),
    ("块", "count", false),
    ("片", "count", false),
    ("种", "count", false),
    ("款", "count", false),
    ("部", "count", false),
    ("篇", "count", false),
    ("本", "count", false),
    ("册", "count", false),
    ("门", "count", false),
    ("对", "count", false),
    ("床", "count", false),
    ("盏", "count", false),
    ("根", "count", false),
    ("口", "count", false),
    ("孔", "count", false),
    ("趟", "count", false),
    ("列", "count", false),
    ("轮", "count", false),
    ("年", "time_span", false),
];

/// A unit found after a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unit {
    pub text: &'static str,
    pub kind: &'static str,
    pub strong: bool,
    /// Chars consumed in the document.
    pub len: usize,
}

/// Units grouped by their first char, as char vectors, built once.
fn by_first_char() -> &'static std::collections::HashMap<char, Vec<(Vec<char>, Unit)>> {
    static TABLE: std::sync::OnceLock<std::collections::HashMap<char, Vec<(Vec<char>, Unit)>>> =
        std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut m: std::collections::HashMap<char, Vec<(Vec<char>, Unit)>> =
            std::collections::HashMap::new();
        for &(u, kind, strong) in UNITS {
            let chars: Vec<char> = u.chars().collect();
            let unit = Unit {
                text: u,
                kind,
                strong,
                len: chars.len(),
            };
            m.entry(chars[0]).or_default().push((chars, unit));
        }
        for v in m.values_mut() {
            v.sort_by_key(|(c, _)| std::cmp::Reverse(c.len()));
        }
        m
    })
}

/// Matches the longest unit at the start of `f` (folded chars).
pub fn match_unit(f: &[char]) -> Option<Unit> {
    let first = *f.first()?;
    by_first_char()
        .get(&first)?
        .iter()
        .find(|(chars, _)| f.starts_with(chars))
        .map(|(_, u)| *u)
}

/// Scale words after a number: `(word, power of ten)`, longest first.
pub const SCALES: &[(&str, i32)] = &[
    ("万亿", 12),
    ("千亿", 11),
    ("百亿", 10),
    ("千万", 7),
    ("百万", 6),
    ("亿", 8),
    ("万", 4),
    ("千", 3),
];

/// Qualifiers before a number that make it approximate or a bound.
pub const APPROX_BEFORE: &[&str] = &[
    "超过",
    "不超过",
    "不到",
    "不足",
    "不低于",
    "不少于",
    "低于",
    "高于",
    "多达",
    "高达",
    "将近",
    "接近",
    "大约",
    "约为",
    "达到",
    "最高",
    "最低",
    "至少",
    "突破",
    "超",
    "近",
    "约",
    "逾",
    "达",
];

/// Qualifiers after a quantity.
pub const APPROX_AFTER: &[&str] = &["左右", "以上", "以下", "以内", "上下"];

/// Bases of a change, longest first.
pub const BASES: &[&str] = &[
    "比上年同期",
    "比去年同期",
    "较上年同期",
    "较去年同期",
    "比上年",
    "比去年",
    "较上年",
    "较去年",
    "比上月",
    "同比",
    "环比",
    "可比",
    "年均",
    "平均",
];

/// Change verbs and their directions, longest first.
pub const CHANGE_VERBS: &[(&str, &str)] = &[
    ("增长了", "up"),
    ("提高了", "up"),
    ("下降了", "down"),
    ("减少了", "down"),
    ("增长", "up"),
    ("增加", "up"),
    ("提高", "up"),
    ("提升", "up"),
    ("上升", "up"),
    ("上涨", "up"),
    ("扩大", "up"),
    ("回升", "up"),
    ("攀升", "up"),
    ("改善", "up"),
    ("递增", "up"),
    ("下降", "down"),
    ("减少", "down"),
    ("降低", "down"),
    ("回落", "down"),
    ("压减", "down"),
    ("缩减", "down"),
    ("下跌", "down"),
    ("收窄", "down"),
    ("缩小", "down"),
    ("持平", "flat"),
    ("增", "up"),
    ("降", "down"),
    ("涨", "up"),
];

/// Words stripped from the start of a label: verbs, time and place words.
pub const LABEL_LEAD: &[&str] = &[
    "截至",
    "其中",
    "分别",
    "累计",
    "共计",
    "合计",
    "总计",
    "完成",
    "实现",
    "新增",
    "新引进",
    "引进",
    "新建",
    "建成",
    "建立",
    "开展",
    "拔除",
    "排查",
    "发动",
    "调度",
    "印发",
    "发布",
    "派驻",
    "启用",
    "新启用",
    "建成启用",
    "组建",
    "收治",
    "治愈",
    "改建",
    "筹措",
    "发放",
    "兑现",
    "帮助",
    "帮扶",
    "吸引",
    "签约",
    "培训",
    "举办",
    "提供",
    "安排",
    "投入",
    "减免",
    "落地",
    "认定",
    "创建",
    "打造",
    "设立",
    "成立",
    "招引",
    "走访",
    "检查",
    "整治",
    "拆除",
    "清理",
    "处置",
    "受理",
    "办结",
    "全年",
    "上半年",
    "下半年",
    "今年",
    "去年",
    "全区",
    "全市",
    "全省",
    "全国",
    "本区",
    "我区",
    "我市",
    "我省",
    "共",
    "有",
    "计",
    "为",
    "是",
    "和",
    "及",
    "与",
    "并",
    "已",
    "将",
    "再",
    "还",
    "也",
    "又",
    "均",
    "都",
    "新",
    "累计完成",
    "推动",
    "推进",
    "带动",
    "实施",
    "支持",
    "服务",
    "惠及",
    "覆盖",
    "培育",
    "引育",
    "招聘",
    "争取",
    "确保",
    "力争",
    "保持",
    "达",
];

/// Words stripped from the end of a label (linking verbs before the number).
pub const LABEL_TAIL: &[&str] = &[
    "提高到",
    "增加到",
    "增长到",
    "上升到",
    "下降到",
    "降低到",
    "减少到",
    "扩大到",
    "达到了",
    "达到",
    "降至",
    "升至",
    "增至",
    "提高至",
    "超过",
    "突破",
    "约为",
    "分别为",
    "分别达",
    "为",
    "是",
    "达",
    "至",
    "到",
    "共",
    "有",
    "计",
    "占",
    "近",
    "约",
    "超",
    "逾",
    "累计",
    "共计",
    "总计",
    "合计",
    "完成",
    "实现",
    "新增",
    "保持在",
    "在",
    "控制在",
    "稳定在",
    "了",
    "的",
    "已",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_unit_wins() {
        let f: Vec<char> = "个百分点".chars().collect();
        assert_eq!(match_unit(&f).unwrap().text, "个百分点");
        let f: Vec<char> = "人次下沉".chars().collect();
        assert_eq!(match_unit(&f).unwrap().text, "人次");
        let f: Vec<char> = "平方米".chars().collect();
        assert_eq!(match_unit(&f).unwrap().kind, "area");
        assert!(match_unit(&['号']).is_none());
    }
}
