//! Units and measure words, their kinds, and the words around figures
//! (approximations, change verbs, bases, label verbs).

use super::kinds::{Direction, Kind};
use std::sync::OnceLock;

/// Units, longest first within each leading char so that the first match
/// found by [`match_unit`] is the longest. `(unit, kind, strong)`: a strong
/// unit measures (money, weight…); a weak one only counts, and a bare
/// one-digit Chinese numeral before it names a structure (`三支队伍`).
const UNITS: &[(&str, Kind, bool)] = &[
    ("个百分点", Kind::Change, true),
    ("百分点", Kind::Change, true),
    ("人(户)次", Kind::Count, true),
    ("人(户)", Kind::Count, true),
    ("人次", Kind::Count, true),
    ("户次", Kind::Count, true),
    ("家次", Kind::Count, true),
    ("件次", Kind::Count, true),
    ("批次", Kind::Count, true),
    ("班次", Kind::Count, true),
    ("架次", Kind::Count, true),
    ("车次", Kind::Count, true),
    ("辆次", Kind::Count, true),
    ("册次", Kind::Count, true),
    ("美元", Kind::Money, true),
    ("港元", Kind::Money, true),
    ("欧元", Kind::Money, true),
    ("元", Kind::Money, true),
    ("平方公里", Kind::Area, true),
    ("平方千米", Kind::Area, true),
    ("平方米", Kind::Area, true),
    ("公顷", Kind::Area, true),
    ("亩", Kind::Area, true),
    ("立方米", Kind::Volume, true),
    ("标准箱", Kind::Volume, true),
    ("标箱", Kind::Volume, true),
    // Flat glass is counted in weight cases (`7600多万重量箱`).
    ("重量箱", Kind::Volume, true),
    ("升", Kind::Volume, true),
    ("公里", Kind::Length, true),
    ("千米", Kind::Length, true),
    ("延米", Kind::Length, true),
    ("米", Kind::Length, true),
    ("km", Kind::Length, true),
    ("吨标准煤", Kind::Weight, true),
    ("吨", Kind::Weight, true),
    ("公斤", Kind::Weight, true),
    ("微克", Kind::Weight, true),
    ("毫克", Kind::Weight, true),
    ("千克", Kind::Weight, true),
    ("斤", Kind::Weight, true),
    ("担", Kind::Weight, true),
    ("千伏", Kind::Other, true),
    ("千瓦小时", Kind::Energy, true),
    ("千瓦时", Kind::Energy, true),
    ("千瓦", Kind::Energy, true),
    ("兆瓦时", Kind::Energy, true),
    ("兆瓦", Kind::Energy, true),
    ("毫升", Kind::Volume, true),
    ("度", Kind::Energy, false),
    ("kw", Kind::Energy, true),
    ("mw", Kind::Energy, true),
    ("gw", Kind::Energy, true),
    ("个月", Kind::TimeSpan, true),
    ("个工作日", Kind::TimeSpan, true),
    ("工作日", Kind::TimeSpan, true),
    ("小时", Kind::TimeSpan, true),
    ("分钟", Kind::TimeSpan, true),
    ("天", Kind::TimeSpan, true),
    ("周岁", Kind::TimeSpan, true),
    ("岁", Kind::TimeSpan, true),
    ("倍", Kind::Other, true),
    ("成", Kind::Other, false),
    ("%", Kind::Percent, true),
    ("‰", Kind::Percent, true),
    ("个", Kind::Count, false),
    ("家", Kind::Count, false),
    ("人", Kind::Count, false),
    ("名", Kind::Count, false),
    ("户", Kind::Count, false),
    ("套", Kind::Count, false),
    ("所", Kind::Count, false),
    ("场次", Kind::Count, true),
    ("场", Kind::Count, false),
    ("件", Kind::Count, false),
    ("项", Kind::Count, false),
    ("条", Kind::Count, false),
    ("处", Kind::Count, false),
    ("起", Kind::Count, false),
    ("台", Kind::Count, false),
    ("张", Kind::Count, false),
    ("间", Kind::Count, false),
    ("批", Kind::Count, false),
    ("类", Kind::Count, false),
    ("份", Kind::Count, false),
    ("例", Kind::Count, false),
    ("辆", Kind::Count, false),
    ("艘", Kind::Count, false),
    ("架", Kind::Count, false),
    ("座", Kind::Count, false),
    ("栋", Kind::Count, false),
    ("幢", Kind::Count, false),
    ("株", Kind::Count, false),
    ("棵", Kind::Count, false),
    ("头", Kind::Count, false),
    ("只", Kind::Count, false),
    ("位", Kind::Count, false),
    ("支", Kind::Count, false),
    ("次", Kind::Count, false),
    ("宗", Kind::Count, false),
    ("块", Kind::Count, false),
    ("片", Kind::Count, false),
    ("种", Kind::Count, false),
    ("款", Kind::Count, false),
    ("部", Kind::Count, false),
    ("篇", Kind::Count, false),
    ("本", Kind::Count, false),
    ("册", Kind::Count, false),
    ("门", Kind::Count, false),
    ("对", Kind::Count, false),
    ("床", Kind::Count, false),
    ("盏", Kind::Count, false),
    ("根", Kind::Count, false),
    ("口", Kind::Count, false),
    ("孔", Kind::Count, false),
    ("趟", Kind::Count, false),
    ("列", Kind::Count, false),
    ("轮", Kind::Count, false),
    ("年", Kind::TimeSpan, false),
];

/// A unit found after a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unit {
    pub text: &'static str,
    pub kind: Kind,
    pub strong: bool,
    /// Chars consumed in the document.
    pub len: usize,
}

/// Units grouped by their first char, as char vectors, built once.
/// (A fast hash: asked at every number.)
fn by_first_char() -> &'static foldhash::HashMap<char, Vec<(Vec<char>, Unit)>> {
    static TABLE: std::sync::OnceLock<foldhash::HashMap<char, Vec<(Vec<char>, Unit)>>> =
        std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut m: foldhash::HashMap<char, Vec<(Vec<char>, Unit)>> = foldhash::HashMap::default();
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
        // `2900多万家庭`, `家电`, `家具`: a word, not the measure word 家.
        .filter(|u| {
            !(u.text == "家"
                && f.get(1)
                    .is_some_and(|&c| "庭长属乡园电具居政务常".contains(c)))
        })
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
#[rustfmt::skip]
pub const APPROX_BEFORE: &[&str] = &[
    "超过", "不超过", "不到", "不足", "不低于", "不少于", "低于", "高于", "多达", "高达",
    "将近", "接近", "大约", "约为", "达到", "最高", "最低", "至少", "突破", "超",
    "近", "约", "逾", "达", "长达",
];

/// Qualifiers after a quantity.
pub const APPROX_AFTER: &[&str] = &["左右", "以上", "以下", "以内", "上下"];

/// Bases of a change, longest first.
#[rustfmt::skip]
pub const BASES: &[&str] = &[
    "比上年同期", "比去年同期", "较上年同期", "较去年同期", "比上年", "比去年", "较上年", "较去年", "比上月", "同比",
    "环比", "可比", "实际", "平均每年", "年均", "平均", "每年",
];

/// Facilities whose capacity a quantity right before them names
/// (`700万吨露天矿`, `200万吨褐煤提质项目`): a specification, not an amount.
#[rustfmt::skip]
pub const FACILITY_WORDS: &[&str] = &[
    "矿", "项目", "生产线", "工程", "机组", "电站", "电厂", "线路", "装置", "码头",
    "泊位", "炼厂", "基地", "船", "锅炉",
];

/// Words before a quantity that make it a capacity (`日产500吨`).
pub const CAPACITY_WORDS: &[&str] = &["日产", "年产", "日处理", "年处理", "年吞吐"];

/// Nouns after `N以上的` that make N an amount, not a threshold
/// (`1200万人以上的目标`).
pub const AMOUNT_NOUNS: &[&str] = &["目标", "水平", "增长", "速度", "规模", "幅度", "任务"];

/// Words before the basis of a multiple (`是2010年的2.6倍`).
pub const MULTIPLE_OF: &[&str] = &["相当于", "是", "为"];

/// The change verbs as a [`WordList`], for a quick look at a first or
/// last char before the list is walked.
pub static CHANGE_VERB_LIST: std::sync::LazyLock<WordList> = std::sync::LazyLock::new(|| {
    WordList::new(Vec::leak(CHANGE_VERBS.iter().map(|v| v.0).collect()))
});

/// Change verbs and their directions, longest first.
pub const CHANGE_VERBS: &[(&str, Direction)] = &[
    ("增长了", Direction::Up),
    ("提高了", Direction::Up),
    ("下降了", Direction::Down),
    ("减少了", Direction::Down),
    ("增加了", Direction::Up),
    ("增高", Direction::Up),
    ("升高", Direction::Up),
    ("缩短", Direction::Down),
    ("负增长", Direction::Down),
    ("增长", Direction::Up),
    ("增加", Direction::Up),
    ("提高", Direction::Up),
    ("提升", Direction::Up),
    ("上升", Direction::Up),
    ("上涨", Direction::Up),
    ("扩大", Direction::Up),
    ("回升", Direction::Up),
    ("攀升", Direction::Up),
    ("改善", Direction::Improve),
    ("好转", Direction::Improve),
    ("递增", Direction::Up),
    ("下降", Direction::Down),
    ("减少", Direction::Down),
    ("降低", Direction::Down),
    ("回落", Direction::Down),
    ("压减", Direction::Down),
    ("削减", Direction::Down),
    ("核减", Direction::Down),
    ("精简", Direction::Down),
    ("压缩", Direction::Down),
    ("缩减", Direction::Down),
    ("下跌", Direction::Down),
    ("收窄", Direction::Down),
    ("缩小", Direction::Down),
    ("减轻", Direction::Down),
    ("持平", Direction::Flat),
    ("增产", Direction::Up),
    ("减产", Direction::Down),
    ("多了", Direction::Up),
    ("少了", Direction::Down),
    ("增", Direction::Up),
    ("多", Direction::Up),
    ("少", Direction::Down),
    ("降", Direction::Down),
    ("涨", Direction::Up),
];

/// Heads that name nothing alone: whose lines (`新线`, `复线`), whose
/// students (`在校学生`), whose investment (`实际投资`) the figure before
/// in the sentence says.
pub const BARE_HEADS: &[&str] = &[
    "新线",
    "复线",
    "电气化线路",
    "在校学生",
    "在校生",
    "招生人数",
    "毕业生",
    "实际投资",
    "直接投资",
    "总产值",
    "总产量",
    "产量",
    "存款余额",
    "贷款余额",
];

/// Comparatives that make a change only right after a comparison
/// (`比各项贷款平均增速高4.2个百分点`, `比上年快0.5个百分点`); kept apart
/// from [`CHANGE_VERBS`], which also trim labels (`加快`, `高等` are words).
pub const COMPARATIVES: &[(&str, Direction)] = &[
    ("高出", Direction::Up),
    ("低出", Direction::Down),
    ("高", Direction::Up),
    ("低", Direction::Down),
    ("快", Direction::Up),
    ("慢", Direction::Down),
];

/// Verbs of reduction: a figure in a clause they start (`关停单烧锅炉133座`,
/// `淘汰落后的炼钢产能1691万吨、炼铁产能2113万吨`) is a fall of its own (so
/// the 1999, 2010, 2012 and 2017 annotators; those of 2008 and 2014 read the
/// count of what was removed, no fall).
#[rustfmt::skip]
pub const REDUCTION_VERBS: &[&str] = &[
    "关停", "关闭", "淘汰", "削减", "精简", "减少", "压减", "压缩", "缩减", "核减",
    "退出", "降低", "扫除", "去除", "减轻",
];

/// Words that open a condition clause (`扣除价格因素`, `按可比价格计算`):
/// no subject, and no break between a figure and what qualifies it.
pub const CONDITION_WORDS: &[&str] = &["扣除", "剔除", "按", "考虑", "如", "若"];

/// Words stripped from the start of a label: verbs, time and place words.
#[rustfmt::skip]
pub static LABEL_LEAD: WordList = WordList::new(&[
    "左右", "以上", "以下", "以内", "已经", "由", "从", "预计", "先", "全面", "取得", "落后的", "落后",
    "着力", "拓展", "构建", "提升", "深化", "加快", "持续", "积极", "进一步", "不断",
    "大力", "拟安排", "拟发行", "发行", "同时", "增加", "扫除", "但是", "但", "而且", "拟", "截至", "其中", "分别", "累计", "共计", "合计", "总计",
    "完成", "实现", "建成", "建立", "开展", "拔除",
    "排查", "发动", "调度", "印发", "发布", "派驻", "启用", "建成启用", "组建",
    "改建", "筹措", "发放", "兑现", "帮助", "帮扶", "吸引",
    "培训", "举办", "提供", "安排", "投入", "减免", "落地", "创建", "打造",
    "设立", "成立", "招引", "走访", "检查", "清理", "处置", "受理",
    "办结", "全年", "上半年", "下半年", "今年", "去年", "全区", "全市", "全省", "全国",
    "本区", "我区", "我市", "我省", "共", "有", "计", "为", "是", "和",
    "及", "与", "并", "已", "将", "再", "还", "也", "又", "均",
    "都", "累计完成", "推动", "推进", "带动", "实施", "支持", "服务", "惠及", "覆盖",
    "培育", "引育", "招聘", "争取", "确保", "力争", "保持", "达", "关停",
    "淘汰", "修建", "铺设", "削减", "减少", "提请", "制定修订", "制定", "修订", "推广",
    "解决", "使", "精简", "压减", "新培育", "累积完成", "累积", "提出", "批准", "继续",
    "上榜", "今年内", "计划", "我国", "我县", "本市", "本省", "本县", "全县", "年度", "本年度", "一律", "全部", "逐年", "大幅度", "大幅", "稳步",
    "显著", "明显", "年",
    // Verbs that take the thing counted away (`退出钢铁产能`, `降低企业税负`;
    // `新增`, `新建` stay: annotators keep them), modals and joins between
    // verbs (`要再压减`, `取消或停征`), enumerators (`二是`), times of the
    // year (`年末`).
    "降低", "减轻", "退出", "停建", "缓建", "取消", "停征", "要", "或", "年末", "年底", "年初",
    "一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是",
    // A conjunction, the object marked by `把` (not `对`: `对全球经济增长的
    // 贡献率` keeps it), a time cut from its year (`2013年以来`), a pointer
    // back (`这方面的招生人数`).
    "而", "把", "努力把", "努力", "以来", "这方面的", "这方面", "这些", "该项",
    // `坚决把文件压减三分之一`, `这五年共取得重要科研成果`: resolve and a span
    // back from now.
    "坚决把", "坚决", "这五年", "这几年", "近几年", "五年来", "几年来", "多年累计",
    "去年末", "上年末", "今年末", "去年底", "上年底",
    // `在我国经济总量超过…`, `现在国内生产总值每增长…`, `每年资助金额…`.
    "在我国", "现在", "每年",
    // `在药店零售和医疗机构使用环节抽检超9000批次`: where, not what.
    "在",
    // `延续执行企业研发费用加计扣除75%政策`.
    "延续执行", "继续执行",
    // `取消和免征行政事业性收费`, `可使农民减轻负担`, `用于灾后重建的中央投资`.
    "免征", "可使", "可", "用于", "减轻了",
    // `（含外资20亿元）`, `（包括…）` (`含税价格`, `含硫量` are whole words).
    "含", "不含", "包括", "不包括",
    // Verbs of handling before what is counted (`办理人大代表建议63件`,
    // `布设常态化核酸采样点1487个`, `可拉动商品销售总额约70亿元`), a peak
    // (`最高峰在管密接房源8730间`).
    "办理", "督促", "布设", "部署", "备案", "收集处置", "收集", "拉动", "因地制宜", "报告",
    "落实好", "各地",
    "最高峰", "高峰", "募集",
    // `仅对制假售假违法活动立案查处的就达…`: only, and what it is done to.
    "仅对", "仅",
]);

/// Words that begin with a lead word of [`LABEL_LEAD`] but are whole
/// words, never cut (`先进制造业` is not `先` + `进制造业`).
#[rustfmt::skip]
pub const LEAD_WHOLE_WORDS: &[&str] = &[
    "用于这方面", "用于此", "要求", "可比", "可支配", "可再生", "可持续", "可吸入", "可用", "可能", "可靠", "可控", "可转债", "可视",
    "含量", "含金量", "含税", "含硫", "含水", "含碳", "含氮", "含磷", "含油", "包括在内", "先进", "先行", "共同", "共享", "有效", "有关", "有机", "及时", "再生", "均衡",
    "都市", "为民", "和谐", "并购", "服务业", "服务贸易", "服务机器人", "安排", "全国性",
    "再就业", "再贷款", "再担保", "再制造", "再教育", "全部门", "年龄", "年金", "年轻", "年货",
    "年画", "年鉴", "年报", "年检", "年薪", "年票", "年限", "年份", "年级", "年代",
    "年底", "年末", "年初", "年终", "年均", "年度", "年内", "年中", "年前", "年来",
    "年间", "全国财政", "全国社会保障基金", "建成后", "完成后", "计划内", "计划外", "计划单列", "年应纳税", "新增就业",
    "新增长", "要素", "要害", "或有", "增加值", "把握", "而今",
    "这些年", "帮扶项目", "帮扶资金", "帮扶对象", "服务数量", "服务人次", "服务对象", "在校", "在园", "在读", "在建", "在岗", "在职", "在册", "在管", "在营", "在用",
    "在线", "在途", "在研", "在库", "在保", "在押", "在编", "在住", "在网", "在运", "在华",
    "在外", "在地", "在场", "报告期", "办理率", "办理满意率", "高峰期",
];

/// Words that end with a tail word of [`LABEL_TAIL`] but are nouns, never
/// cut (`研发投入` is not `研发` + `投入`).
#[rustfmt::skip]
pub const TAIL_WHOLE_WORDS: &[&str] = &[
    "研发投入", "科技投入", "财政投入", "教育投入", "资金投入", "研发经费投入", "固定资产投入",
    "人均", "户均", "亩均", "日均", "月均",
    "成就", "造就", "条约", "公约", "合约", "契约", "预约", "节约", "制约", "签约", "履约", "违约", "缔约",
    "特约",
];

/// Qualifiers of a figure that name nothing on their own (`月人均达到600元`
/// is the subject's): a label of only these is none.
#[rustfmt::skip]
pub const PER_QUALIFIERS: &[&str] = &[
    "人均", "户均", "亩均", "日均", "月均", "月人均", "年人均", "平均每人", "每人", "每户",
    "平均", "每天", "平均每天", "每日", "平均每日", "每人每月", "每人每年", "每月", "每年",
];

/// Attributes that name a figure only with what they belong to
/// (`总量达1224家` after `上市公司45家`, `总规模1000亿元的引导基金`).
#[rustfmt::skip]
pub const ATTRIBUTE_WORDS: &[&str] = &[
    "总量", "总数", "总规模", "规模", "总里程", "总面积", "总长度", "总长", "全长", "总投资",
    "总额", "总容量",
];

/// Words stripped from the end of a label (linking verbs before the number).
#[rustfmt::skip]
pub static LABEL_TAIL: WordList = WordList::new(&[
    "提高到", "增加到", "增长到", "上升到", "下降到", "降低到", "减少到", "扩大到", "达到了", "达到",
    "降至", "上升至", "升至", "增至", "提高至", "降到", "升到", "回落到", "回落至", "下降至", "减少至", "增加至", "超过", "突破", "约为", "分别为", "分别达", "为",
    "是", "达", "至", "到", "共", "有", "计", "占", "近", "约",
    "超", "逾", "累计", "共计", "总计", "合计", "完成", "实现", "新增", "保持在", "保持",
    "在", "控制在", "稳定在", "了", "的", "已", "连续", "占全国", "占全省", "占全市",
    "占全区", "全球", "占全球", "占世界", "吸纳", "带动", "惠及", "覆盖", "帮助", "吸引", "建成",
    "引进", "投入", "发放", "减免", "接待", "举办", "组织", "支持", "分别", "均达",
    "均", "年均", "平均", "从", "由", "拟按", "拟", "按", "拟安排", "接连",
    "相继", "先后", "再次", "首次", "再", "要", "实际", "使", "安排", "继续",
    "进一步", "力争", "确保", "努力", "都", "每年", "都在", "预期目标", "增长目标", "目标",
    "涨幅", "平均值", "均值", "投入运营", "投入使用", "建成通车", "通车", "建成投产", "投产",
    "一律", "逐年", "大幅度", "大幅", "稳步", "显著", "明显", "全部", "基本", "已经", "积累",
    "人均", "每人", "户均", "平均每人", "将", "可以", "能够", "只", "仅", "只有", "仅有",
    "定为", "每天", "平均每天", "每日", "平均每日", "由上年", "从上年", "还", "陆续", "上涨幅度", "增长幅度", "由去年", "从去年", "由上年的", "从上年的", "增长预期", "预期增长", "预期",
    // `农业总产值仍以…的速度`; times since (`三年来`, `以来`); `调整到` leads
    // to the next value.
    "仍以", "以", "以来", "一年来", "两年来", "二年来", "三年来", "四年来", "五年来", "六年来",
    "七年来", "八年来", "九年来", "十年来", "几年来", "多年来", "近年来", "调整到", "调整至",
    // `预算外资金也大幅度增加`, `粮食产量连年稳定在`, `中小学生得以共享`.
    "也", "亦", "连年", "得以",
    // `国内生产总值每增长1个百分点`: per what, not what; `…比例持续超过4%`.
    "每", "持续",
    // `城镇登记失业率控制到3.9%`, `农民专业合作社发展到133家`.
    "控制到", "发展到",
    // `新型农村社会养老保险试点要覆盖全国10%左右的县`, `粮食产量首次跃上…`.
    "覆盖全国", "覆盖全省", "覆盖全市", "跃上",
    // `就业率去年底达到83%`, `中央财政拿出396亿元`.
    "去年底", "去年末", "年底", "年末", "拿出",
    // `新增检测异常数达到单日最高1389人`: a peak of a day.
    "单日最高", "日最高", "最高", "单日",
    // `城市天然气普及率从45.8%提升至77.3%`, `…比从2.50:1缩小至…`, `…的就达`.
    "提升至", "提升到", "缩小至", "缩小到", "扩大至", "降低至", "的就", "就",
    // `养老金水平又提高10%`, `基础养老金标准统一由55元提高到70元`,
    // `保障性安居工程新安排740万套`, `国家已设立400亿元…基金`.
    "又", "统一", "新安排", "设立",
    // `办理时间压缩至6个工作日以内`.
    "压缩至", "压缩到", "缩短至", "缩短到", "压减至", "压减到",
    // `制造业等行业现行16%的税率`, `落实好…起征点`, `各地可降至16%`.
    "现行", "可",
]);

/// [`NOUN_STOPS`] as a word list.
pub static NOUN_STOP_WORDS: WordList = WordList::new(NOUN_STOPS);

/// Verbs that end a counted noun after a figure (`11家企业入选…`).
#[rustfmt::skip]
pub const NOUN_STOPS: &[&str] = &[
    "开展", "实现", "参与", "提供", "下沉", "投入", "进行", "入选", "获得", "获",
    "加强", "促进", "陆续", "顺利",
    "落户", "建成", "完成", "达到", "纳入", "入驻", "上榜", "通过", "认定", "列入",
    "实施", "开工", "投产", "竣工", "完工", "启用", "成立", "签约", "参加", "受益", "享受",
    "接受", "覆盖", "达", "被", "分别", "共", "累计", "全部", "均", "已",
    "支持", "用于", "投向", "推进", "带动", "惠及", "服务", "发放", "免费", "组织",
    "推动", "实行", "落实", "在", "增选", "获评", "新获评", "得到", "除险加固", "成为",
    "入围", "命名", "提前", "大幅", "降价",
    // `近8万市民直接受益`, `12个街镇为一体的`, `6所中小学加快交付`,
    // `3个项目拟纳入启动计划`, `400亩大棚建设任务`.
    "直接", "为一体", "加快", "拟纳入", "拟列入", "建设任务", "落地",
    // `11个村屯全覆盖`, `9所标准化学校创建`, `316项省级行政职权由市县实施`.
    "全覆盖", "创建", "由市", "由县", "由省", "由区",
];

/// Verbs of reach before a figure: the figure counts the noun after it.
#[rustfmt::skip]
pub static REACH_VERBS: WordList = WordList::new(&[
    "惠及", "覆盖", "带动", "吸纳", "帮助", "服务", "接待", "吸引", "培训", "资助",
    "救助", "安置", "获得", "争取", "获批", "发放", "提供", "筹集", "保障", "使",
    "有",
]);

/// Clauses that are only a verb: no label of their own.
#[rustfmt::skip]
pub static VERB_ONLY: WordList = WordList::new(&[
    "增发", "发行", "安排", "投入", "筹集", "下达", "拨付", "落实", "兑现", "完成",
    "实现", "新增", "建成", "建设", "改造", "新建", "开工", "实施", "推出", "出台",
    "制定", "修订", "举办", "开展", "解决", "完成了", "解决了", "严守", "坚守", "守住",
    "保持", "剩余", "使用", "动用", "统筹", "设立",
]);

/// Period words (`上半年`, `全年`…) in paragraphs.
#[rustfmt::skip]
pub const PERIOD_WORDS: &[&str] = &[
    "上半年", "下半年", "全年", "今年内", "今年", "今后五年", "今后", "去年", "前三季度", "一季度", "二季度", "三季度", "四季度",
    "第一季度", "第二季度", "第三季度", "第四季度", "五年来", "过去五年", "当年", "五年", "三年", "年内",
];

/// The first chars of [`PERIOD_WORDS`], a cheap filter before matching.
pub const PERIOD_FIRST: &str = "上下全今去前一二三四第五过当年";

/// Words that make the figures of their sentence goals.
#[rustfmt::skip]
pub const GOAL_WORDS: &[&str] = &[
    "目标", "预期", "力争", "争取", "努力实现", "将达到",
];

/// Words in a section title that make it the plan part of a report
/// (`2026年工作安排`, `“十五五”时期的主要目标和重点任务`).
#[rustfmt::skip]
pub const PLAN_TITLE_WORDS: &[&str] = &[
    "任务", "安排", "目标", "要求", "部署", "重点工作", "计划", "取向", "建议", "打算",
    "思路", "展望", "方针",
];

/// Words in a section title that make it the review part
/// (`2025年工作回顾`, `经济发展取得新成就`).
#[rustfmt::skip]
pub const REVIEW_TITLE_WORDS: &[&str] = &[
    "回顾", "过去", "成绩", "成就", "成效", "进展", "工作情况", "总结", "形势",
];

/// Forward-looking words: in a sentence of the plan part, or with `今年`
/// where the part is unknown, they make its figures targets. `要` only
/// where it is not part of `主要`, `重要`, `需要`… (see
/// [`NOT_FORWARD_YAO`]).
#[rustfmt::skip]
pub const FORWARD_WORDS: &[&str] = &[
    "要", "将", "力争", "确保", "计划", "安排", "拟", "预期", "预计", "争取",
    "目标", "努力",
];

/// Chars before `要` that make it no modal (`主要`, `重要`, `需要`).
pub const NOT_FORWARD_YAO: &str = "主重需只必纲概摘显简首紧扼";

/// Words that put a sentence of the plan part in the past (`去年`,
/// `过去五年`, `已经`): its figures are outcomes cited, not targets.
#[rustfmt::skip]
pub const PAST_WORDS: &[&str] = &[
    "去年", "过去", "已经", "以来", "年来", "刚刚过去", "上一年", "回顾", "目前",
    // `已建成的主要有：…` (what is built is done, in any part; not `已建成
    // 自然村的…`, `已开工的57个项目要加快建设`: a stock the plan works on).
    "已建成的主要有", "已建成的有", "已完成",
    // `我国有13亿人口`, `我国60岁以上人口已达2.5亿`: how things stand.
    "我国有", "全国有", "已达",
];

/// Words that place a sentence in the coming year, for reports whose
/// parts are not titled.
pub const COMING_WORDS: &[&str] = &["今年", "明年", "本年度"];

/// Head nouns that a list of names may share (`基础设施、制造业投资` →
/// 基础设施投资, 制造业投资): where the head of the last name starts.
#[rustfmt::skip]
pub const HEAD_NOUNS: &[&str] = &[
    "投资", "增加值", "排放量", "用水量", "能耗", "产量", "收入", "支出", "余额", "警情",
    "总额", "产值", "比重", "贷款", "存款", "价格", "消费", "利润", "客运量", "营业额",
    "人数", "规模", "面积", "里程", "总量", "增速", "占比", "覆盖率", "发病率", "死亡率",
    "经费", "资金", "补贴", "产能", "销售额", "进出口", "出口", "进口", "零售额", "数量",
    "排放总量", "产出", "总产出", "税收", "排放", "时间", "强度", "浓度",
];

/// Nouns that end a counted thing (`3个国家人工智能应用中试基地`): a long
/// noun after a count is cut after the last of these.
#[rustfmt::skip]
pub static COUNTED_HEAD_WORDS: WordList = WordList::new(COUNTED_HEADS);

/// Head nouns that end a counted noun (see [`COUNTED_HEAD_WORDS`]).
#[rustfmt::skip]
pub const COUNTED_HEADS: &[&str] = &[
    "基地", "试点", "中心", "开发区", "集聚区", "园区", "示范区", "项目", "企业", "传承人",
    "学校", "医院", "县", "平台", "工程", "机构", "公司", "城市", "实验室", "集群",
    "品牌", "人才", "院士", "家庭", "学生", "小区", "场馆", "设施", "航线", "景区",
    "产品", "标准", "专利", "社区", "村", "镇", "站", "区", "市", "点", "户", "所",
    "基金", "国债", "债券", "保险", "贷款", "资金", "市场主体", "人口", "群众", "农民",
    "管道", "线路", "堤防", "事项", "卫生院", "中小学", "小学", "中学", "寄宿生", "毕业生",
    "在校生", "研究生", "幼儿园", "产业园", "行业", "领域", "省份", "部门",
];

/// Nouns of who or where (`城乡居民`, `银行`): a `的` after one of them
/// inside a label goes, as indicators are named (`城乡居民的平均消费水平` →
/// 城乡居民平均消费水平); after a verb it stays (`实际使用的外资`).
#[rustfmt::skip]
pub const ENTITY_NOUNS: &[&str] = &[
    "居民", "银行", "农民", "职工", "企业", "农户", "家庭", "城乡", "城镇", "农村",
    "政府", "财政", "全国", "全省", "全市", "全区", "我国", "地区", "国家",
];

/// Who hands out money (`中央财政安排27亿元国债资金`): a clause that names
/// only one of them says who pays, not what the money is.
#[rustfmt::skip]
pub const GIVERS: &[&str] = &[
    "中央财政", "中央", "国家", "国家财政", "全国财政", "地方财政", "各级财政",
    "中央和地方财政", "中央和地方", "中央政府", "各级政府", "地方政府", "财政",
    "省财政", "市财政", "区财政", "县财政", "省级财政", "市级财政",
];

/// Generic nouns after a count that name the figure only with their
/// owner, named before it (`深圳综合改革试点48项经验`).
#[rustfmt::skip]
pub const GENERIC_COUNTED: &[&str] = &[
    "经验", "做法", "案例", "举措", "成果", "模式", "典型", "改革经验", "创新成果",
];

/// Time phrases that end a would-be label (`二十六年间`, `在调整初期`).
#[rustfmt::skip]
pub const TIME_PHRASE_ENDS: &[&str] = &[
    "年间", "初期", "期间", "时期", "末期", "以来", "年来", "年内", "年中", "年",
];

/// Compounds that name two things at once, and the two (`城乡居民收入分别
/// 增长8.7%和8.6%` → 城镇居民收入, 农村居民收入).
#[rustfmt::skip]
pub const PAIR_COMPOUNDS: &[(&str, &str, &str)] = &[
    ("城乡", "城镇", "农村"), ("中小学", "中学", "小学"), ("存贷款", "存款", "贷款"),
    ("进出口", "进口", "出口"), ("本专科", "本科", "专科"), ("工农业", "工业", "农业"),
    ("大中型", "大型", "中型"), ("中小型", "中型", "小型"),
];

/// Words before the values of a list that pair them with the names before
/// (`分别`), or give one value to all of them (`均`, `都`).
pub const EACH_WORDS: &[&str] = &["分别"];

/// Stages a project or thing reaches, counted one after another
/// (`“四个一批”项目实现出让13个、开工12个、投产1个`): each names the
/// figure after it with the subject of the first.
#[rustfmt::skip]
pub const STAGE_VERBS: &[&str] = &[
    "出让", "开工", "投产", "竣工", "签约", "完工", "开业", "交付", "验收", "建成", "启动",
    "入驻", "注册", "落地", "达产", "通车",
];
pub const ALL_WORDS: &[&str] = &["均", "都"];

/// A word list with its words as char vectors, built on first use (the
/// scanners work on `&[char]`).
#[derive(Debug)]
pub struct WordList {
    words: &'static [&'static str],
    chars: OnceLock<Chars>,
}

/// A word list's words as chars, and the sorted first and last chars of
/// its words (a cheap test before comparing words).
#[derive(Debug)]
struct Chars {
    words: Vec<Vec<char>>,
    /// The words sorted by their first char; those starting with
    /// `firsts[k]` are `by_first[spans[k]..spans[k + 1]]`.
    by_first: Vec<Vec<char>>,
    spans: Vec<usize>,
    firsts: Vec<char>,
    lasts: Vec<char>,
    /// The same by last char: those ending with `lasts[k]` are
    /// `by_last[last_spans[k]..last_spans[k + 1]]`.
    by_last: Vec<Vec<char>>,
    last_spans: Vec<usize>,
    /// Which chars may start and end a word, hashed into 2048 bits: most
    /// chars of a text start no word, and one bit answers for them before
    /// any binary search (asked at every char of every paragraph).
    first_bits: CharBits,
    last_bits: CharBits,
}

/// A set of chars as a 2048-bit filter: no false negatives.
#[derive(Debug)]
struct CharBits([u64; 32]);

impl CharBits {
    fn of(chars: &[char]) -> Self {
        let mut bits = [0u64; 32];
        for &c in chars {
            let h = Self::hash(c);
            bits[h >> 6] |= 1 << (h & 63);
        }
        Self(bits)
    }

    fn hash(c: char) -> usize {
        ((c as u32).wrapping_mul(0x9E37_79B1) >> 21) as usize
    }

    fn may_hold(&self, c: char) -> bool {
        let h = Self::hash(c);
        self.0[h >> 6] & (1 << (h & 63)) != 0
    }
}

/// A list with no words.
pub static NO_WORDS: WordList = WordList::new(&[]);

impl WordList {
    /// A list of `words`.
    pub const fn new(words: &'static [&'static str]) -> Self {
        Self {
            words,
            chars: OnceLock::new(),
        }
    }

    /// The words as written.
    pub fn words(&self) -> &'static [&'static str] {
        self.words
    }

    fn index(&self) -> &Chars {
        self.chars.get_or_init(|| {
            let words: Vec<Vec<char>> = self.words.iter().map(|w| w.chars().collect()).collect();
            let mut firsts: Vec<char> = words.iter().filter_map(|w| w.first().copied()).collect();
            let mut lasts: Vec<char> = words.iter().filter_map(|w| w.last().copied()).collect();
            firsts.sort_unstable();
            firsts.dedup();
            lasts.sort_unstable();
            lasts.dedup();
            let mut by_first: Vec<Vec<char>> =
                words.iter().filter(|w| !w.is_empty()).cloned().collect();
            by_first.sort_by_key(|w| w[0]);
            let spans: Vec<usize> = firsts
                .iter()
                .map(|&c| by_first.partition_point(|w| w[0] < c))
                .chain([by_first.len()])
                .collect();
            let mut by_last = by_first.clone();
            by_last.sort_by_key(|w| w[w.len() - 1]);
            let last_spans: Vec<usize> = lasts
                .iter()
                .map(|&c| by_last.partition_point(|w| w[w.len() - 1] < c))
                .chain([by_last.len()])
                .collect();
            Chars {
                first_bits: CharBits::of(&firsts),
                last_bits: CharBits::of(&lasts),
                words,
                by_first,
                spans,
                firsts,
                lasts,
                by_last,
                last_spans,
            }
        })
    }

    /// The words as char vectors.
    pub fn chars(&self) -> &[Vec<char>] {
        &self.index().words
    }

    /// How many of the words start at `i` of `f` (asked at every char of
    /// every paragraph: where no word can start, one lookup answers).
    pub fn count_at(&self, f: &[char], i: usize) -> usize {
        self.starting_at(f, i)
            .filter(|w| f[i..].starts_with(w))
            .count()
    }

    /// The lengths of the words that start at `i` of `f`.
    pub fn lengths_at<'a>(&'a self, f: &'a [char], i: usize) -> impl Iterator<Item = usize> + 'a {
        self.starting_at(f, i)
            .filter(move |w| f[i..].starts_with(w))
            .map(Vec::len)
    }

    /// Whether some word starts at `i` of `f`.
    pub fn any_at(&self, f: &[char], i: usize) -> bool {
        self.starting_at(f, i).any(|w| f[i..].starts_with(w))
    }

    /// The words whose first char is `f[i]`.
    fn starting_at(&self, f: &[char], i: usize) -> impl Iterator<Item = &Vec<char>> {
        let x = self.index();
        let range = match f
            .get(i)
            .filter(|&&c| x.first_bits.may_hold(c))
            .map(|c| x.firsts.binary_search(c))
        {
            Some(Ok(k)) => x.spans[k]..x.spans[k + 1],
            _ => 0..0,
        };
        x.by_first[range].iter()
    }

    /// The length of the longest word that `s` starts with.
    pub fn longest_prefix(&self, s: &[char]) -> Option<usize> {
        self.starting_at(s, 0)
            .filter(|w| s.starts_with(w))
            .map(Vec::len)
            .max()
    }

    /// The length of the longest word that `s` ends with.
    pub fn longest_suffix(&self, s: &[char]) -> Option<usize> {
        let x = self.index();
        let range = match s
            .last()
            .filter(|&&c| x.last_bits.may_hold(c))
            .map(|c| x.lasts.binary_search(c))
        {
            Some(Ok(k)) => x.last_spans[k]..x.last_spans[k + 1],
            _ => 0..0,
        };
        x.by_last[range]
            .iter()
            .filter(|w| s.ends_with(w))
            .map(Vec::len)
            .max()
    }

    /// Every position of `f` where a word starts, once per word that does.
    pub fn positions(&self, f: &[char]) -> Vec<usize> {
        (0..f.len())
            .flat_map(|i| std::iter::repeat_n(i, self.count_at(f, i)))
            .collect()
    }

    /// Whether some word starts with `c`.
    pub fn may_start(&self, c: char) -> bool {
        let x = self.index();
        x.first_bits.may_hold(c) && x.firsts.binary_search(&c).is_ok()
    }

    /// Whether some word ends with `c`.
    pub fn may_end(&self, c: char) -> bool {
        let x = self.index();
        x.last_bits.may_hold(c) && x.lasts.binary_search(&c).is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_duplicates(name: &str, words: &[&str]) {
        let mut seen = std::collections::HashSet::new();
        for w in words {
            assert!(seen.insert(*w), "{name}: {w} twice");
        }
    }

    /// Lists searched first match first: a word must come before any word
    /// it would shadow (`比上年` after `比上年同期`).
    fn longest_first(name: &str, words: &[&str], at_end: bool) {
        for (i, a) in words.iter().enumerate() {
            for b in &words[i + 1..] {
                let shadows = if at_end {
                    b.ends_with(a)
                } else {
                    b.starts_with(a)
                };
                assert!(!shadows || a == b, "{name}: {a} before {b}");
            }
        }
    }

    #[test]
    fn word_lists_have_no_duplicates() {
        let units: Vec<&str> = UNITS.iter().map(|u| u.0).collect();
        let scales: Vec<&str> = SCALES.iter().map(|s| s.0).collect();
        let verbs: Vec<&str> = CHANGE_VERBS.iter().map(|v| v.0).collect();
        for (name, words) in [
            ("UNITS", &units[..]),
            ("SCALES", &scales[..]),
            ("CHANGE_VERBS", &verbs[..]),
            ("APPROX_BEFORE", APPROX_BEFORE),
            ("APPROX_AFTER", APPROX_AFTER),
            ("BASES", BASES),
            ("LABEL_LEAD", LABEL_LEAD.words()),
            ("LABEL_TAIL", LABEL_TAIL.words()),
            ("NOUN_STOPS", NOUN_STOPS),
            ("REACH_VERBS", REACH_VERBS.words()),
            ("VERB_ONLY", VERB_ONLY.words()),
            ("PERIOD_WORDS", PERIOD_WORDS),
            ("GOAL_WORDS", GOAL_WORDS),
            ("PLAN_TITLE_WORDS", PLAN_TITLE_WORDS),
            ("REVIEW_TITLE_WORDS", REVIEW_TITLE_WORDS),
            ("FORWARD_WORDS", FORWARD_WORDS),
            ("PAST_WORDS", PAST_WORDS),
            ("COMING_WORDS", COMING_WORDS),
            ("HEAD_NOUNS", HEAD_NOUNS),
            ("COUNTED_HEADS", COUNTED_HEADS),
            ("TAIL_WHOLE_WORDS", TAIL_WHOLE_WORDS),
            ("ATTRIBUTE_WORDS", ATTRIBUTE_WORDS),
            ("TIME_PHRASE_ENDS", TIME_PHRASE_ENDS),
            ("LEAD_WHOLE_WORDS", LEAD_WHOLE_WORDS),
            ("FACILITY_WORDS", FACILITY_WORDS),
            ("CAPACITY_WORDS", CAPACITY_WORDS),
            ("AMOUNT_NOUNS", AMOUNT_NOUNS),
            ("REDUCTION_VERBS", REDUCTION_VERBS),
            ("CONDITION_WORDS", CONDITION_WORDS),
            ("GENERIC_COUNTED", GENERIC_COUNTED),
            ("ENTITY_NOUNS", ENTITY_NOUNS),
            ("GIVERS", GIVERS),
            ("PER_QUALIFIERS", PER_QUALIFIERS),
        ] {
            no_duplicates(name, words);
        }
    }

    #[test]
    fn first_match_lists_are_longest_first() {
        let units: Vec<&str> = UNITS.iter().map(|u| u.0).collect();
        let scales: Vec<&str> = SCALES.iter().map(|s| s.0).collect();
        let verbs: Vec<&str> = CHANGE_VERBS.iter().map(|v| v.0).collect();
        longest_first("UNITS", &units, false);
        longest_first("SCALES", &scales, false);
        longest_first("CHANGE_VERBS", &verbs, true);
        longest_first("BASES", BASES, true);
        longest_first("PERIOD_WORDS", PERIOD_WORDS, false);
    }

    #[test]
    fn period_first_chars_cover_period_words() {
        for w in PERIOD_WORDS {
            assert!(
                PERIOD_FIRST.starts_with(|c| w.starts_with(c))
                    || PERIOD_FIRST.contains(w.chars().next().unwrap()),
                "{w}"
            );
        }
    }

    #[test]
    fn longest_unit_wins() {
        let f: Vec<char> = "个百分点".chars().collect();
        assert_eq!(match_unit(&f).unwrap().text, "个百分点");
        let f: Vec<char> = "人次下沉".chars().collect();
        assert_eq!(match_unit(&f).unwrap().text, "人次");
        let f: Vec<char> = "平方米".chars().collect();
        assert_eq!(match_unit(&f).unwrap().kind, Kind::Area);
        assert!(match_unit(&['号']).is_none());
    }
}
