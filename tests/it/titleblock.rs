//! Title blocks of web copies, transcripts and bare date lines: the
//! speaker is office and name only; page furniture is never report text;
//! part headings hold the marked list after them; a glossary at the end is
//! an appendix.

use baogao::document::{Document, Section};
use baogao::report::{Options, Report};

fn doc(text: &str) -> Document {
    baogao::report::Report::from_bytes(
        "x.txt",
        text.as_bytes(),
        &baogao::report::Options::default(),
    )
    .unwrap()
    .doc
}

/// (marker, title, children) of the section tree.
fn tree(s: &[Section]) -> Vec<String> {
    let mut out = Vec::new();
    fn walk(s: &[Section], depth: usize, out: &mut Vec<String>) {
        for sec in s {
            out.push(format!(
                "{}{}{}",
                "  ".repeat(depth),
                sec.marker.as_deref().unwrap_or("·"),
                sec.title
            ));
            walk(&sec.children, depth + 1, out);
        }
    }
    walk(s, 0, &mut out);
    out
}

const WEB_COPY: &str = "下载\n打印\n全屏\n收藏\n【字号：大 中 小】\n分享到：\n\
2026年某某省政府工作报告\n来源：某某日报时间：2026-02-10\n\
——2026年1月25日在某某省第十四届人民代表大会第五次会议上\n某某省省长 张三\n\
张三作政府工作报告。某某日报记者 李四 摄\n各位代表：\n\
现在，我代表省人民政府，向大会报告工作，请予审议，并请省政协委员和其他列席人员提出意见。\n\
“十四五”时期工作回顾\n过去五年，全省地区生产总值年均增长5.5%，城镇新增就业500万人。\n\
“十五五”时期目标任务和2026年重点工作\n一、坚持创新驱动\n全省研发投入增长10%。\n\
二、扩大内需\n社会消费品零售总额增长5%。\n\
各位代表！让我们团结一心，为谱写新篇章而努力奋斗！\n\
１、新质生产力：是创新起主导作用的先进生产力。\n\
２、“两新”：大规模设备更新和消费品以旧换新。\n\
３、“两重”：国家重大战略实施和重点领域安全能力建设。\n";

#[test]
fn a_web_copy_with_source_line_and_photo_caption() {
    let d = doc(WEB_COPY);
    let tb = &d.title_block;
    assert_eq!(tb.title.as_deref(), Some("2026年某某省政府工作报告"));
    assert_eq!(tb.date.as_deref(), Some("2026-01-25"));
    assert_eq!(
        tb.venue.as_deref(),
        Some("某某省第十四届人民代表大会第五次会议")
    );
    assert_eq!(tb.speaker.as_deref(), Some("某某省省长 张三"));
    assert_eq!(tb.salutation.as_deref(), Some("各位代表："));
    assert_eq!(
        tree(&d.sections),
        [
            "·“十四五”时期工作回顾",
            "·“十五五”时期目标任务和2026年重点工作",
            "  一、坚持创新驱动",
            "  二、扩大内需",
            "·名词解释",
            "  １、新质生产力：是创新起主导作用的先进生产力",
            "  ２、“两新”：大规模设备更新和消费品以旧换新",
            "  ３、“两重”：国家重大战略实施和重点领域安全能力建设",
        ]
    );
    // Page furniture is not a paragraph: never drawn, never read for figures.
    for p in &d.paragraphs {
        let t = d.slice(p.start, p.end);
        for chrome in ["下载", "打印", "收藏", "字号", "来源", "摄"] {
            assert!(!t.starts_with(chrome) && !t.ends_with(chrome), "{t}");
        }
    }
    let figs = baogao::figures::extract(&d);
    let texts: Vec<&str> = figs.iter().map(|f| f.text.as_str()).collect();
    assert_eq!(texts, ["5.5%", "500万人", "10%", "5%"]);
}

#[test]
fn date_lines_with_a_single_dash_and_no_title() {
    for (text, speaker) in [
        (
            "—2019年1月15日在某某区第十六届人民代表大会第三次会议上\n区长 王五\n各位代表：\n一、2018年工作回顾\n全区地区生产总值增长6%。\n二、2019年工作安排\n预期目标是：地区生产总值增长6%左右。\n",
            "区长 王五",
        ),
        (
            "\u{3000}——2019年1月15日在某某区第十六届人民代表大会第三次会议上\n某某区人民政府代区长\u{3000}\u{3000}赵六\n各位代表：\n一、回顾\n增长6%。\n",
            "某某区人民政府代区长 赵六",
        ),
        (
            "政府工作报告\n—2019年1月15日在某某区第十六届人民代表大会第三次会议上\n某某区人民政府区长 钱七\n各位代表：\n一、回顾\n增长6%。\n",
            "某某区人民政府区长 钱七",
        ),
    ] {
        let d = doc(text);
        let tb = &d.title_block;
        assert_eq!(tb.date.as_deref(), Some("2019-01-15"), "{text}");
        assert_eq!(
            tb.venue.as_deref(),
            Some("某某区第十六届人民代表大会第三次会议"),
            "{text}"
        );
        assert_eq!(tb.speaker.as_deref(), Some(speaker), "{text}");
        assert_eq!(d.sections[0].marker.as_deref(), Some("一、"));
    }
}

/// A glossary that follows the body's last `（八）` section is not its child.
#[test]
fn a_numbered_glossary_after_the_last_section_is_an_appendix() {
    let text = "各位代表：\n一、工作回顾\n增长5%。\n二、今年工作\n（一）扩大内需\n推动消费。\n（二）稳定就业\n新增就业1200万人。\n\
各位代表！让我们而努力奋斗！\n1、新质生产力：是创新起主导作用的先进生产力。\n2、人工智能+：推动人工智能与各行业深度融合。\n";
    let d = doc(text);
    let top: Vec<String> = d.sections.iter().map(|s| s.title.clone()).collect();
    assert_eq!(top, ["工作回顾", "今年工作", "名词解释"]);
    let glossary = &d.sections[2];
    assert!(glossary.appendix);
    assert_eq!(glossary.children.len(), 2);
    assert!(d.sections[1].children.iter().all(|c| c.children.is_empty()));
    // A numbered list inside the body is not a glossary.
    let list = "各位代表：\n一、工作\n1、扩大内需：推动消费。\n2、稳定就业：新增就业。\n二、其他\n继续努力。\n";
    let d = doc(list);
    assert_eq!(d.sections.len(), 2);
    assert_eq!(d.sections[0].children.len(), 2);
}

/// Dresses made by someone trying the program as a new user (corpus reports
/// as web copies, a PDF paste, a one-line title block, a single-dash date
/// line with the speaker on it): title block fields as written.
#[test]
fn new_user_dresses() {
    let table: &[(&str, Option<&str>, &str, Option<&str>)] = &[
        (
            "dash2-2019.txt",
            None,
            "2019-03-05",
            Some("国务院总理 李克强"),
        ),
        (
            "oneline-2013.txt",
            Some("政府工作报告"),
            "2013-03-05",
            Some("国务院总理 温家宝"),
        ),
        (
            "pdf-2013.txt",
            Some("政府工作报告"),
            "2013-03-05",
            Some("国务院总理 温家宝"),
        ),
        (
            "web-1956.txt",
            Some("关于1955年国家决算和1956年国家预算的报告"),
            "1956-06-15",
            Some("国务院副总理兼财政部部长 李先念"),
        ),
        // The breadcrumb `首页 > 政策 > 政府工作报告` is not the title.
        (
            "web-2021.txt",
            Some("2021年政府工作报告"),
            "2021-03-05",
            Some("国务院总理 李克强"),
        ),
        // No speaker line: the photo caption is not one.
        (
            "web2-2021.txt",
            Some("2021年政府工作报告"),
            "2021-03-05",
            None,
        ),
    ];
    for &(file, title, date, speaker) in table {
        let bytes = super::fixture_bytes(&format!("dresses/{file}"));
        let d = load_bytes_doc(file, &bytes);
        let tb = &d.title_block;
        assert_eq!(tb.title.as_deref(), title, "{file}");
        assert_eq!(tb.date.as_deref(), Some(date), "{file}");
        assert_eq!(tb.speaker.as_deref(), speaker, "{file}");
        assert_eq!(tb.salutation.as_deref(), Some("各位代表："), "{file}");
        // Title block rows stay apart: the date line is one paragraph.
        let date_para = d
            .paragraphs
            .iter()
            .map(|p| d.slice(p.start, p.end))
            .find(|t| t.contains("日在第"))
            .unwrap();
        for other in ["各位代表", "来源", "摄", "打印"] {
            assert!(!date_para.contains(other), "{file}: {date_para}");
        }
        // Page furniture at the end is not body text.
        let body = d.slice(d.body.start, d.body.end);
        for footer in ["责任编辑", "扫一扫", "相关稿件"] {
            assert!(!body.contains(footer), "{file}: {footer} in the body");
        }
    }
}

fn load_bytes_doc(name: &str, bytes: &[u8]) -> Document {
    Report::from_bytes(name, bytes, &Options::default())
        .unwrap()
        .doc
}

/// A PDF paste at 32 columns with fullwidth digits, headings cut at the
/// margin and `第一、第二、第三产业` at a line start: the same outline as the
/// text it was made from.
#[test]
fn a_narrow_pdf_paste_has_the_outline_of_its_source() {
    let pdf = load_bytes_doc("pdf", &super::fixture_bytes("dresses/pdf-1992.txt"));
    let orig = load_bytes_doc("orig", &super::fixture_bytes("dresses/orig-1992.txt"));
    assert_eq!(tree(&pdf.sections), tree(&orig.sections));
    let points = |d: &Document| -> usize { d.flat_sections().iter().map(|s| s.points.len()).sum() };
    assert_eq!(points(&pdf), points(&orig));
}

/// Wiki text: a line holding only a zero-width space inside a sentence is
/// not a paragraph break.
#[test]
fn a_zero_width_line_inside_a_sentence_is_not_a_break() {
    let d = load_bytes_doc("2021", &super::fixture_bytes("corpus/2021.txt"));
    assert!(d.text.contains("交出一份人民满意、世界瞩目"));
}
