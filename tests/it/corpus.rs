//! Every report of the corpus (1954–2025) parses; section spans are sane;
//! five outlines checked by hand against the text are pinned.

use baogao::document::Section;

fn corpus() -> Vec<(String, Vec<u8>)> {
    let dir = super::fixture("corpus");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read(&p).unwrap(),
            )
        })
        .collect()
}

fn check_spans(name: &str, s: &[Section], lo: usize, hi: usize) {
    let mut prev_end = lo;
    for sec in s {
        assert!(
            sec.start >= prev_end,
            "{name} {}: starts before its sibling ends",
            sec.id
        );
        assert!(
            sec.start < sec.end && sec.end <= hi,
            "{name} {}: {}..{}",
            sec.id,
            sec.start,
            sec.end
        );
        prev_end = sec.end;
        for p in &sec.points {
            assert!(
                p.start >= sec.start && p.end <= sec.end && p.start < p.end,
                "{name} {}",
                p.id
            );
        }
        check_spans(name, &sec.children, sec.start, sec.end);
    }
}

#[test]
fn every_corpus_report_parses_with_sane_spans() {
    let files = corpus();
    assert_eq!(files.len(), 52);
    let mut with_sections = 0;
    for (name, bytes) in &files {
        let l =
            baogao::report::Report::from_bytes(name, bytes, &baogao::report::Options::default())
                .unwrap();
        let n = l.doc.len_chars();
        check_spans(name, &l.doc.sections, l.doc.body.start, n);
        for p in &l.doc.paragraphs {
            assert!(p.start < p.end && p.end <= n);
        }
        if !l.doc.sections.is_empty() {
            with_sections += 1;
        }
        // Figures: spans exact, in order, inside the body.
        let figs = baogao::figures::extract(&l.doc);
        let mut last = l.doc.body.start;
        for f in &figs {
            assert!(
                f.start >= last && f.end <= l.doc.body.end,
                "{name}: {}",
                f.text
            );
            assert_eq!(l.doc.slice(f.start, f.end), f.text, "{name}");
            last = f.end;
        }
        assert!(
            figs.len() > 10 || name.starts_with("1975"),
            "{name}: {} figures",
            figs.len()
        );
        // The wiki licence footer is not part of any section.
        let footer = l
            .doc
            .text
            .find("本作品是中华人民共和国")
            .map(|b| l.doc.index.char_of_byte(&l.doc.text, b));
        if let Some(f) = footer {
            assert!(
                l.doc.sections.iter().all(|s| s.end <= f),
                "{name}: footer inside a section"
            );
        }
    }
    // 1954 and 1975 have no headings at all; the rest do.
    assert!(with_sections >= 48, "{with_sections}");
}

fn outline(year: &str) -> String {
    let bytes = super::fixture_bytes(&format!("corpus/{year}.txt"));
    let l = baogao::report::Report::from_bytes(year, &bytes, &baogao::report::Options::default())
        .unwrap();
    baogao::output::outline_text(&l.doc)
}

// Each of these was read against the report's text: the headings are the
// report's own, in order, with the nested `一、` lists of 1955 left out and
// the unmarked headings of 1983 and 1964 found.
#[test]
fn outline_1955() {
    insta::assert_snapshot!(outline("1955"));
}

#[test]
fn outline_1983() {
    insta::assert_snapshot!(outline("1983"));
}

#[test]
fn outline_1964() {
    insta::assert_snapshot!(outline("1964"));
}

#[test]
fn outline_2000() {
    insta::assert_snapshot!(outline("2000"));
}

#[test]
fn outline_2025() {
    insta::assert_snapshot!(outline("2025"));
}

#[test]
fn nested_list_in_1955_is_not_top_level() {
    let bytes = super::fixture_bytes("corpus/1955.txt");
    let l = baogao::report::Report::from_bytes("1955", &bytes, &baogao::report::Options::default())
        .unwrap();
    let top: Vec<u32> = l.doc.sections.iter().filter_map(|s| s.number).collect();
    assert_eq!(top, [1, 2, 3, 4]);
    assert_eq!(l.doc.sections[2].children.len(), 9);
}

#[test]
fn wiki_title_blocks_split_over_lines() {
    // 2017: `​` (a zero-width space) first, `政府工作报` / `告` split by a
    // link, the speaker's office and name on two lines.
    let bytes = super::fixture_bytes("corpus/2017.txt");
    let l = baogao::report::Report::from_bytes("2017", &bytes, &baogao::report::Options::default())
        .unwrap();
    let tb = &l.doc.title_block;
    assert_eq!(tb.title.as_deref(), Some("政府工作报告"));
    assert_eq!(tb.date.as_deref(), Some("2017-03-05"));
    assert_eq!(
        tb.venue.as_deref(),
        Some("第十二届全国人民代表大会第五次会议")
    );
    assert_eq!(tb.speaker.as_deref(), Some("国务院总理 李克强"));
    assert_eq!(l.doc.sections[0].title, "2016年工作回顾");
    // 1957: traditional `會議`, the date line without a dash.
    let bytes = super::fixture_bytes("corpus/1957.txt");
    let l = baogao::report::Report::from_bytes("1957", &bytes, &baogao::report::Options::default())
        .unwrap();
    assert_eq!(l.doc.title_block.date.as_deref(), Some("1957-06-26"));
    assert_eq!(l.doc.title_block.speaker.as_deref(), Some("周恩来"));
    assert!(l.doc.sections.iter().all(|s| s.title != "周恩来"));
}

#[test]
fn unmarked_headings_as_top_level_or_as_subheadings() {
    // 1984 opens with `关于国内建设`; its `一、…五、` and, after `关于外交工作`,
    // a new `一、…三、` belong to them.
    let l = baogao::report::Report::from_bytes(
        "1984",
        &super::fixture_bytes("corpus/1984.txt"),
        &baogao::report::Options::default(),
    )
    .unwrap();
    let top: Vec<(&str, usize)> = l
        .doc
        .sections
        .iter()
        .map(|s| (s.title.as_str(), s.children.len()))
        .collect();
    assert_eq!(
        top,
        [("关于国内建设", 5), ("关于外交工作", 3), ("结束语", 0)]
    );
    // 1958 opens with `（一）`; the unmarked lines inside it are its subheadings
    // and `（二）` is its sibling, not their child.
    let l = baogao::report::Report::from_bytes(
        "1958",
        &super::fixture_bytes("corpus/1958.txt"),
        &baogao::report::Options::default(),
    )
    .unwrap();
    let first = &l.doc.sections[0];
    assert_eq!(first.marker.as_deref(), Some("（一）"));
    assert_eq!(first.children.len(), 4);
    assert_eq!(l.doc.sections[1].marker.as_deref(), Some("（二）"));
}

#[test]
fn an_unmarked_heading_may_list_its_topics() {
    // 1988: `今后五年建设和改革的目标、方针和任务` stands alone between the
    // review and the ten tasks; the `、` in it lists what it is about.
    let text = String::from_utf8(super::fixture_bytes("corpus/1988.txt")).unwrap();
    let doc = baogao::document::parse::parse(&text);
    let top: Vec<&str> = doc.sections.iter().map(|s| s.title.as_str()).collect();
    assert!(
        top.contains(&"今后五年建设和改革的目标、方针和任务"),
        "{top:?}"
    );
    let tasks = doc
        .sections
        .iter()
        .find(|s| s.title.starts_with("今后五年"))
        .unwrap();
    assert_eq!(tasks.children.len(), 10, "{:?}", tasks.children);
}
