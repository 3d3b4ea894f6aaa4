//! Figures checked against a hand-made annotation: two sections of the
//! sample and sentences of the 1997 report (fullwidth digits). Each row was
//! written from the text, not from the program's output.

use baogao::figures::{Figure, extract};
use baogao::load::load_bytes;

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
    for g in gold {
        let Some(f) = got.iter().find(|f| f.text == g.0) else {
            s.errors.push(format!("missed {}", g.0));
            continue;
        };
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
        let change = f.change.as_ref().map(|c| (c.basis.as_deref(), c.direction));
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
    let l = load_bytes("sample", baogao::load::SAMPLE, None).unwrap();
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
    let l97 = load_bytes("1997", FULLWIDTH_1997.as_bytes(), None).unwrap();
    let f97 = extract(&l97.doc);
    score(&f97.iter().collect::<Vec<_>>(), GOLD_1997, &mut s);

    let precision = s.correct_spans as f64 / s.found.max(1) as f64;
    let recall = s.correct_spans as f64 / s.gold as f64;
    let labels = s.labels_ok as f64 / s.labels_checked.max(1) as f64;
    eprintln!("precision {precision:.3} recall {recall:.3} labels {labels:.3}");
    assert!(
        precision >= 0.95 && recall >= 0.95,
        "p={precision} r={recall}: {:#?}",
        s.errors
    );
    assert!(labels >= 0.9, "labels {labels}: {:#?}", s.errors);
    let value_errors: Vec<&String> = s.errors.iter().filter(|e| !e.contains("label")).collect();
    assert!(value_errors.is_empty(), "{value_errors:#?}");
}
