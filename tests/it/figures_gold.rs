//! Figures checked against a hand-made annotation: two sections of the
//! sample, sentences of the 1997 report (fullwidth digits) and a paragraph
//! of the 2026 Guangdong report. Each row was
//! written from the text, not from the program's output.

use baogao::figures::{Figure, extract};

/// (text, normalized value, unit, label or "" for "not checked",
///  change as (basis, direction) or none)
type Gold = (
    &'static str,
    f64,
    Option<&'static str>,
    &'static str,
    Option<(Option<&'static str>, &'static str)>,
);

const SAMPLE_3_1: &[Gold] = &[
    (
        "1127.2亿元",
        112_720_000_000.0,
        Some("元"),
        "增加值",
        Some((Some("可比"), "down")),
    ),
    (
        "2215.5亿元",
        221_550_000_000.0,
        Some("元"),
        "规模以上工业总产值",
        Some((Some("同比"), "down")),
    ),
    (
        "114.7亿元",
        11_470_000_000.0,
        Some("元"),
        "一般公共预算收入",
        Some((Some("同比"), "down")),
    ),
    (
        "697.0亿元",
        69_700_000_000.0,
        Some("元"),
        "社会消费品零售总额",
        Some((Some("同比"), "down")),
    ),
    (
        "3254.9亿元",
        325_490_000_000.0,
        Some("元"),
        "商品销售总额",
        Some((Some("同比"), "down")),
    ),
    (
        "186.2亿元",
        18_620_000_000.0,
        Some("元"),
        "固定资产投资",
        Some((Some("同比"), "down")),
    ),
];

const SAMPLE_3_3: &[Gold] = &[
    ("3088人", 3088.0, Some("人"), "应届毕业生", None),
    ("1.2万个", 12_000.0, Some("个"), "就业岗位", None),
    ("50.2%", 50.2, Some("%"), "目标任务", None),
    ("129家", 129.0, Some("家"), "重点企业", None),
    (
        "6.5万人次",
        65_000.0,
        Some("人次"),
        "补贴性职业技能培训",
        None,
    ),
    ("127名", 127.0, Some("名"), "长期失业青年", None),
    ("550人", 550.0, Some("人"), "", None),
    ("3685件", 3685.0, Some("件"), "仲裁案件", None),
    ("67.4%", 67.4, Some("%"), "劳动人事争议调解成功率", None),
    ("69.2%", 69.2, Some("%"), "仲裁案件结案率", None),
    ("6917万元", 69_170_000.0, Some("元"), "经济损失", None),
];

const FULLWIDTH_1997: &str = "各位代表：\n一、回顾\n\u{3000}\u{3000}国内生产总值达到６７７００多亿元，按可比价格计算，比上年增长９．７％。国家外汇储备超过１０００亿美元，人民币汇价稳定。去年政府工作报告提出，物价涨幅要从１４．８％降到１０％左右，实际回落到６．１％。\n";

const GOLD_1997: &[Gold] = &[
    (
        "６７７００多亿元",
        6_770_000_000_000.0,
        Some("元"),
        "国内生产总值",
        Some((Some("比上年"), "up")),
    ),
    (
        "１０００亿美元",
        100_000_000_000.0,
        Some("美元"),
        "国家外汇储备",
        None,
    ),
    ("１４．８％", 14.8, Some("%"), "", None),
    ("１０％", 10.0, Some("%"), "", None),
    ("６．１％", 6.1, Some("%"), "", None),
];

/// Guangdong 2026, the paragraph after `二是推动全省经济运行稳中有进、稳中向好。`
const GOLD_GD: &[Gold] = &[
    ("3.9%", 3.9, Some("%"), "地区生产总值", Some((None, "up"))),
    ("37年", 37.0, Some("年"), "", None),
    (
        "3%",
        3.0,
        Some("%"),
        "地方一般公共预算收入",
        Some((None, "up")),
    ),
    (
        "9.5万亿元",
        9_500_000_000_000.0,
        Some("元"),
        "货物进出口总额",
        Some((None, "up")),
    ),
    ("24.1%", 24.1, Some("%"), "", None),
    ("百亿美元", 10_000_000_000.0, Some("美元"), "", None),
    (
        "2500亿美元",
        250_000_000_000.0,
        Some("美元"),
        "服务贸易总额",
        Some((None, "up")),
    ),
    (
        "1126.6亿元",
        112_660_000_000.0,
        Some("元"),
        "实际使用外资",
        Some((None, "up")),
    ),
    (
        "3.6万家",
        36_000.0,
        Some("家"),
        "外资企业",
        Some((None, "up")),
    ),
    (
        "4.9%",
        4.9,
        Some("%"),
        "农林牧渔业总产值",
        Some((None, "up")),
    ),
    ("7.6万家", 76_000.0, Some("家"), "规模以上工业企业", None),
    ("3%", 3.0, Some("%"), "增加值", Some((None, "up"))),
    ("39%", 39.0, Some("%"), "无人机产量", Some((None, "up"))),
    ("9成", 9.0, Some("成"), "", None),
    (
        "31.2%",
        31.2,
        Some("%"),
        "工业机器人产量",
        Some((None, "up")),
    ),
    ("4成", 4.0, Some("成"), "", None),
    (
        "11.2%",
        11.2,
        Some("%"),
        "服务机器人产量",
        Some((None, "up")),
    ),
    ("8成", 8.0, Some("成"), "", None),
    (
        "27.7%",
        27.7,
        Some("%"),
        "新能源汽车产量",
        Some((None, "up")),
    ),
    ("38.7万亿元", 38_700_000_000_000.0, Some("元"), "", None),
    ("29.9万亿元", 29_900_000_000_000.0, Some("元"), "", None),
    ("1000亿元", 100_000_000_000.0, Some("元"), "总规模", None),
    ("500亿元", 50_000_000_000.0, Some("元"), "", None),
    (
        "4.6万亿元",
        4_600_000_000_000.0,
        Some("元"),
        "社会消费品零售总额",
        Some((None, "up")),
    ),
    (
        "9.6亿人次",
        960_000_000.0,
        Some("人次"),
        "游客",
        Some((None, "up")),
    ),
    (
        "1.24万亿元",
        1_240_000_000_000.0,
        Some("元"),
        "旅游总收入",
        Some((None, "up")),
    ),
    (
        "5.2亿人次",
        520_000_000.0,
        Some("人次"),
        "口岸出入境人员",
        Some((None, "up")),
    ),
    ("34.9%", 34.9, Some("%"), "外国游客", Some((None, "up"))),
    (
        "2813.8万辆（艘、架、列）次",
        28_138_000.0,
        Some("辆(艘、架、列)次"),
        "交通工具",
        None,
    ),
    ("3411公里", 3411.0, Some("公里"), "高铁运营总里程", None),
    ("171.7公里", 171.7, Some("公里"), "地铁运营里程", None),
    ("1409万", 14_090_000.0, Some("人次"), "", None),
    ("1305万人次", 13_050_000.0, Some("人次"), "", None),
    (
        "1.2万公里",
        12_000.0,
        Some("公里"),
        "高速公路通车总里程",
        None,
    ),
    (
        "1.8亿人次",
        180_000_000.0,
        Some("人次"),
        "机场旅客吞吐量",
        Some((None, "up")),
    ),
    ("159个", 159.0, Some("个"), "民航国际及地区通航点", None),
    ("496条", 496.0, Some("条"), "国际集装箱班轮航线", None),
    (
        "8097万标箱",
        80_970_000.0,
        Some("标箱"),
        "港口集装箱吞吐量",
        Some((None, "up")),
    ),
    (
        "459万吨",
        4_590_000.0,
        Some("吨"),
        "机场货邮吞吐量",
        Some((None, "up")),
    ),
    (
        "10042万吨",
        100_420_000.0,
        Some("吨"),
        "铁路货运量",
        Some((None, "up")),
    ),
    (
        "4.4亿人次",
        440_000_000.0,
        Some("人次"),
        "铁路旅客发送量",
        Some((None, "up")),
    ),
];

struct Score {
    found: usize,
    correct_spans: usize,
    gold: usize,
    labels_ok: usize,
    labels_checked: usize,
    errors: Vec<String>,
}

fn score(got: &[&Figure], gold: &[Gold], s: &mut Score) {
    s.found += got.len();
    s.gold += gold.len();
    // Gold rows are in text order; each takes the first unused figure
    // with its text (the same text can occur twice).
    let mut used = vec![false; got.len()];
    for g in gold {
        let Some(k) = (0..got.len()).find(|&k| !used[k] && got[k].text == g.0) else {
            s.errors.push(format!("missed {}", g.0));
            continue;
        };
        used[k] = true;
        let f = got[k];
        s.correct_spans += 1;
        if f.normalized != g.1 {
            s.errors
                .push(format!("{}: normalized {} != {}", g.0, f.normalized, g.1));
        }
        if f.unit.as_deref() != g.2 {
            s.errors
                .push(format!("{}: unit {:?} != {:?}", g.0, f.unit, g.2));
        }
        if !g.3.is_empty() {
            s.labels_checked += 1;
            match &f.label {
                Some(l) if l.contains(g.3) || g.3.contains(l.as_str()) => s.labels_ok += 1,
                other => s
                    .errors
                    .push(format!("{}: label {other:?} != {}", g.0, g.3)),
            }
        }
        let change = f
            .change
            .as_ref()
            .map(|c| (c.basis.as_deref(), c.direction.as_str()));
        if change != g.4 {
            s.errors
                .push(format!("{}: change {change:?} != {:?}", g.0, g.4));
        }
    }
}

#[test]
fn figures_match_the_annotation() {
    let mut s = Score {
        found: 0,
        correct_spans: 0,
        gold: 0,
        labels_ok: 0,
        labels_checked: 0,
        errors: Vec::new(),
    };
    let l = baogao::report::Report::from_bytes(
        "sample",
        baogao::decode::input::SAMPLE,
        &baogao::report::Options::default(),
    )
    .unwrap();
    let figs = extract(&l.doc);
    // 3.1: the first paragraph of (一); 3.3: the first paragraph of (三).
    let first_para = |id: &str| {
        let sec = l.doc.section_by_id(id).unwrap();
        let p = l
            .doc
            .paragraphs
            .iter()
            .find(|p| p.start > sec.start)
            .unwrap();
        (p.start, p.end)
    };
    for (id, gold) in [("3.1", SAMPLE_3_1), ("3.3", SAMPLE_3_3)] {
        let (a, b) = first_para(id);
        let got: Vec<&Figure> = figs.iter().filter(|f| f.start >= a && f.end <= b).collect();
        score(&got, gold, &mut s);
    }
    let l97 = baogao::report::Report::from_bytes(
        "1997",
        FULLWIDTH_1997.as_bytes(),
        &baogao::report::Options::default(),
    )
    .unwrap();
    let f97 = extract(&l97.doc);
    score(&f97.iter().collect::<Vec<_>>(), GOLD_1997, &mut s);

    let gd = baogao::report::Report::from_bytes(
        "gd",
        &super::fixture_bytes("guangdong-2026.txt"),
        &baogao::report::Options::default(),
    )
    .unwrap();
    let fgd = extract(&gd.doc);
    let para = gd
        .doc
        .paragraphs
        .iter()
        .find(|p| {
            gd.doc
                .slice(p.start, p.end)
                .starts_with("地区生产总值增长3.9%")
        })
        .unwrap();
    let got: Vec<&Figure> = fgd
        .iter()
        .filter(|f| f.start >= para.start && f.end <= para.end)
        .collect();
    score(&got, GOLD_GD, &mut s);

    let precision = s.correct_spans as f64 / s.found.max(1) as f64;
    let recall = s.correct_spans as f64 / s.gold as f64;
    let labels = s.labels_ok as f64 / s.labels_checked.max(1) as f64;
    eprintln!(
        "precision {precision:.3} recall {recall:.3} labels {labels:.3}: {:#?}",
        s.errors
    );
    assert!(
        precision >= 0.98 && recall >= 0.98,
        "p={precision} r={recall}: {:#?}",
        s.errors
    );
    assert!(labels >= 0.95, "labels {labels}: {:#?}", s.errors);
    let value_errors: Vec<&String> = s.errors.iter().filter(|e| !e.contains("label")).collect();
    assert!(value_errors.is_empty(), "{value_errors:#?}");
}
