//! The sample in other dresses (fullwidth punctuation, GB18030, UTF-16,
//! CRLF + BOM, PDF paste with page numbers, HTML, one line) gives the same
//! outline as the sample itself.

use baogao::decode::input::SAMPLE;
use baogao::document::{Document, Section};
use baogao::text::fold::fold_str;

/// (depth, folded marker, folded title, point count, point titles)
type Shape = Vec<(usize, String, String, Vec<String>)>;

fn shape(d: &Document) -> Shape {
    fn walk(s: &[Section], out: &mut Shape) {
        for sec in s {
            out.push((
                sec.level,
                fold_str(sec.marker.as_deref().unwrap_or("")),
                fold_str(&sec.title),
                sec.points.iter().map(|p| fold_str(&p.title)).collect(),
            ));
            walk(&sec.children, out);
        }
    }
    let mut out = Vec::new();
    walk(&d.sections, &mut out);
    out
}

fn sample_text() -> String {
    String::from_utf8(SAMPLE.to_vec()).unwrap()
}

/// A report read from `bytes` as the command line reads a file.
fn try_read(
    name: &str,
    bytes: &[u8],
) -> Result<baogao::report::Report, baogao::decode::input::LoadError> {
    baogao::report::Report::from_bytes(name, bytes, &baogao::report::Options::default())
}

fn read(name: &str, bytes: &[u8]) -> baogao::report::Report {
    try_read(name, bytes).unwrap()
}

/// Outline shape and figures (text, value) must match the original's.
fn check_against(original: &[u8], name: &str, bytes: &[u8]) {
    let want = read("original.txt", original);
    let got = try_read(name, bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
    let (g, w) = (shape(&got.doc), shape(&want.doc));
    if g != w {
        let k = g.iter().zip(&w).take_while(|(a, b)| a == b).count();
        panic!(
            "{name}: outline differs at entry {k}: got {:?}, want {:?}",
            g.get(k),
            w.get(k)
        );
    }
    assert_eq!(
        got.doc.title_block.date, want.doc.title_block.date,
        "{name}"
    );
    check_figures(original, name, bytes);
}

/// Figures (text without breaks, exact value, label, change, goal) must
/// match the original's.
fn check_figures(original: &[u8], name: &str, bytes: &[u8]) {
    let want = read("original.txt", original);
    let got = try_read(name, bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
    // (Label, change and goal too: a line break or a fullwidth comma must
    // not change what a figure measures.)
    let figs = |d: &Document| -> Vec<(String, u64, String, String, bool)> {
        baogao::figures::extract(d)
            .iter()
            .map(|f| {
                (
                    fold_str(&f.text).replace(' ', ""),
                    f.normalized.to_bits(),
                    fold_str(f.label.as_deref().unwrap_or("")).replace(' ', ""),
                    f.change.as_ref().map_or(String::new(), |c| {
                        format!(
                            "{} {:?} {:?}",
                            fold_str(&c.text).replace(' ', ""),
                            c.basis.as_deref().map(fold_str),
                            c.direction
                        )
                    }),
                    f.target,
                )
            })
            .collect()
    };
    let (a, b) = (figs(&got.doc), figs(&want.doc));
    let missing: Vec<_> = b.iter().filter(|x| !a.contains(x)).collect();
    let extra: Vec<_> = a.iter().filter(|x| !b.contains(x)).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "{name}: missing {missing:?} extra {extra:?}"
    );
}

/// The sample in a dress: same outline and figures, and its title block.
fn check(name: &str, bytes: &[u8]) {
    check_against(SAMPLE, name, bytes);
    let got = read(name, bytes);
    let tb = &got.doc.title_block;
    assert_eq!(tb.date.as_deref(), Some("2022-07-27"), "{name}");
    assert_eq!(
        tb.title.as_deref(),
        Some("政府上半年工作情况报告"),
        "{name}"
    );
}

fn fullwidth(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            ',' => '，',
            ':' => '：',
            '(' => '（',
            ')' => '）',
            ';' => '；',
            '!' => '！',
            '?' => '？',
            c => c,
        })
        .collect()
}

#[test]
fn fullwidth_punctuation() {
    check("fw.txt", fullwidth(&sample_text()).as_bytes());
}

#[test]
fn gb18030() {
    let text = sample_text();
    let (bytes, _, _) = encoding_rs::GB18030.encode(&text);
    check("gbk.txt", &bytes);
}

#[test]
fn utf16_with_bom() {
    let mut le = vec![0xFF, 0xFE];
    le.extend(sample_text().encode_utf16().flat_map(u16::to_le_bytes));
    check("le.txt", &le);
    let mut be = vec![0xFE, 0xFF];
    be.extend(sample_text().encode_utf16().flat_map(u16::to_be_bytes));
    check("be.txt", &be);
}

#[test]
fn crlf_with_bom() {
    let mut b = vec![0xEF, 0xBB, 0xBF];
    b.extend_from_slice(sample_text().replace('\n', "\r\n").as_bytes());
    check("crlf.txt", &b);
}

/// Hard-wraps every body paragraph at `width` chars, indents paragraphs
/// with two ideographic spaces and puts `— n —` page numbers between pages.
pub(crate) fn pdf_paste(text: &str, columns: usize) -> String {
    pdf_paste_with(text, columns, true, false)
}

/// Like [`pdf_paste`]; `indent` says whether paragraphs start with `　　`;
/// `by_chars` cuts every `columns` chars instead of display columns (lines
/// with digits or quotes are then narrower than the rest).
fn pdf_paste_with(text: &str, columns: usize, indent: bool, by_chars: bool) -> String {
    use unicode_width::UnicodeWidthChar;
    let mut out = String::new();
    let mut line_no = 0;
    let mut page = 1;
    // The title block (up to the salutation) stays as it is.
    let salutation = text
        .lines()
        .position(|l| l.starts_with("各位代表"))
        .unwrap_or(0);
    let mut end_line = |out: &mut String| {
        out.push('\n');
        line_no += 1;
        if line_no % 30 == 0 {
            out.push_str(&format!("\n— {page} —\n\n"));
            page += 1;
        }
    };
    for (i, para) in text.lines().enumerate() {
        let para = para.trim();
        if para.is_empty() {
            continue;
        }
        if i <= salutation {
            out.push_str(para);
            end_line(&mut out);
            continue;
        }
        // Lines of `columns` display columns, the first one indented.
        let mut line = String::from(if indent { "\u{3000}\u{3000}" } else { "" });
        let mut w = if indent { 4 } else { 0 };
        for c in para.chars() {
            let cw = if by_chars { 1 } else { c.width().unwrap_or(0) };
            if w + cw > columns {
                out.push_str(&line);
                end_line(&mut out);
                line.clear();
                w = 0;
            }
            line.push(c);
            w += cw;
        }
        out.push_str(&line);
        end_line(&mut out);
    }
    out
}

#[test]
fn pdf_paste_with_page_numbers() {
    let text = pdf_paste(&sample_text(), 68);
    assert!(text.contains("— 3 —"));
    check("pdf.txt", text.as_bytes());
    let l = read("pdf.txt", text.as_bytes());
    // Numbers cut across lines come back whole; page numbers are gone.
    assert!(l.doc.text.contains("1127.2亿元"));
    assert!(!l.doc.text.contains("— 3 —"));
}

#[test]
fn html_page() {
    let mut html = String::from(
        "<!DOCTYPE html><html><head><title>报告</title><script>var x = '一、假标题';</script>\
         <style>.a{}</style></head><body><nav><a href=/>首页</a> 一、导航</nav><div class=article>",
    );
    for line in sample_text().lines() {
        let esc = line.replace('&', "&amp;").replace('<', "&lt;");
        html.push_str(&format!("<p>{esc}</p>\n"));
    }
    html.push_str("</div></body></html>");
    check("page.html", html.as_bytes());
}

#[test]
fn one_line_without_breaks() {
    let text = sample_text();
    let mut lines = text.lines();
    let head: Vec<&str> = lines.by_ref().take(5).collect();
    let body: Vec<&str> = lines.collect();
    let one = format!(
        "{}\u{3000}\u{3000}{}",
        head.join("\t"),
        body.join("\u{3000}\u{3000}")
    );
    assert_eq!(one.lines().count(), 1);
    check("one.txt", one.as_bytes());
}

#[test]
fn web_chrome_before_and_after() {
    let text = format!(
        "下载 打印 收藏\n【字号：大 中 小】\n来源：嘉定区人民政府 时间：2022-07-28\n{}相关报道：\n嘉定区召开人大常委会会议\n",
        sample_text()
    );
    check("chrome.txt", text.as_bytes());
}

/// Every shared report in every dress gives the same outline and figures.
#[test]
fn every_report_in_every_dress() {
    for file in [
        "jiading-2022h1.txt",
        "state-council-2024.txt",
        "guangdong-2026.txt",
        "hailaer-2016-gbk-crlf.txt",
    ] {
        every_dress(file, true);
    }
}

/// National reports of every era (no title block, fullwidth digits in
/// some, Chinese numerals in the old ones) in every dress.
#[test]
fn national_reports_in_every_dress() {
    // (All 52 pass; these span the eras: deep nesting in the 1950s,
    // Chinese numerals, spaced digits in 1998, fullwidth digits, the wiki.)
    for year in [
        1954, 1956, 1960, 1978, 1983, 1988, 1994, 1998, 2003, 2008, 2012, 2015, 2019, 2023,
    ] {
        // (Not pasted from a PDF without indents: the wiki sets a marker
        // alone on its line, `四是` / `以法治警，…。`, which a paste with no
        // indents cannot tell from a wrapped line.)
        every_dress(&format!("corpus/{year}.txt"), false);
    }
}

/// One report in every dress: the same outline and figures.
fn every_dress(file: &str, unindented: bool) {
    {
        let original = super::fixture_bytes(file);
        let text = read(file, &original).doc.text;
        let plain = text.as_bytes();
        check_against(
            plain,
            &format!("{file} fullwidth"),
            fullwidth(&text).as_bytes(),
        );
        let (gbk, _, _) = encoding_rs::GB18030.encode(&text);
        check_against(plain, &format!("{file} gbk"), &gbk);
        let mut le = vec![0xFF, 0xFE];
        le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        check_against(plain, &format!("{file} utf16"), &le);
        let mut crlf = vec![0xEF, 0xBB, 0xBF];
        crlf.extend_from_slice(text.replace('\n', "\r\n").as_bytes());
        check_against(plain, &format!("{file} crlf"), &crlf);
        check_against(
            plain,
            &format!("{file} pdf"),
            pdf_paste(&text, 72).as_bytes(),
        );
        let double = pdf_paste(&text, 70).replace('\n', "\n\n");
        check_against(
            plain,
            &format!("{file} pdf double-spaced"),
            double.as_bytes(),
        );
        if unindented {
            let flat = pdf_paste_with(&text, 76, false, false);
            check_against(plain, &format!("{file} pdf unindented"), flat.as_bytes());
            let by_chars = pdf_paste_with(&text, 35, false, true);
            check_against(
                plain,
                &format!("{file} pdf cut every 35 chars"),
                by_chars.as_bytes(),
            );
        }
        let mut html = String::from("<html><body><div>下载 打印 收藏</div><article>");
        for line in text.lines() {
            html.push_str(&format!(
                "<p>{}</p>\n",
                line.replace('&', "&amp;").replace('<', "&lt;")
            ));
        }
        html.push_str("</article></body></html>");
        check_against(plain, &format!("{file} html"), html.as_bytes());
        // No line breaks at all: tabs in the title block, `　　` before paragraphs.
        let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
        let sal = lines
            .iter()
            .position(|l| l.trim_start().starts_with("各位代表"))
            .unwrap_or(0);
        let mut one = lines[..=sal]
            .iter()
            .map(|l| l.trim())
            .collect::<Vec<_>>()
            .join("\t");
        for l in &lines[sal + 1..] {
            one.push_str("\u{3000}\u{3000}");
            one.push_str(l.trim());
        }
        check_against(plain, &format!("{file} one line"), one.as_bytes());
        let chrome = format!(
            "首页 > 新闻中心\n下载 打印 收藏\n【字号：大 中 小】\n来源：人民政府网 时间：2026-01-28\n{text}\n相关报道：\n代表热议政府工作报告\n"
        );
        check_against(plain, &format!("{file} chrome"), chrome.as_bytes());
    }
}

/// A government-site page: header links, a menu in `<div class="nav">`, a
/// breadcrumb, date/source and print lines, sharing and footer blocks.
#[test]
fn html_page_with_site_furniture() {
    let text = String::from_utf8(super::fixture_bytes("state-council-2024.txt")).unwrap();
    let mut html = String::from(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>政府工作报告_中国政府网</title></head><body>\
         <div class=\"header\"><a href=\"/\">首页</a> | <a>简</a> | <a>繁</a> | <a>EN</a></div>\
         <div class=\"nav\"><ul><li>首页</li><li>总理</li><li>新闻</li><li>政策</li></ul></div>\
         <div class=\"BreadcrumbNav\">当前位置：首页 &gt; 政策</div>\
         <div class=\"article\"><h1>政府工作报告</h1>\
         <div class=\"pages-date\">2024-03-12 18:36 来源： 新华社</div>\
         <div class=\"pages_print\">【字体：大 中 小】 打印</div><div class=\"pages_content\">",
    );
    for line in text.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        html.push_str(&format!(
            "<p style=\"text-indent: 2em;\">{}</p>\n",
            line.replace('&', "&amp;")
        ));
    }
    html.push_str(
        "</div></div><div class=\"share\">分享到：微信 微博</div>\
         <div class=\"related\">相关报道：<a>代表热议</a></div>\
         <div class=\"footer\">主办单位：国务院办公厅 版权所有</div></body></html>",
    );
    let l = read("page.html", html.as_bytes());
    let d = &l.doc;
    assert_eq!(d.title_block.title.as_deref(), Some("政府工作报告"));
    assert_eq!(d.title_block.salutation.as_deref(), Some("各位代表："));
    let top: Vec<&str> = d.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(
        top,
        [
            "2023年工作回顾",
            "2024年经济社会发展总体要求和政策取向",
            "2024年政府工作任务"
        ]
    );
    for chrome in ["总理", "当前位置", "分享到", "主办单位"] {
        assert!(!d.text.contains(chrome), "{chrome} in {}", &d.text[..200]);
    }
}

/// A PDF paste cut at every column from 20 to 40: numbers cut at a line
/// end (`17.` / `2万张`) are read whole, with the same values.
#[test]
fn pdf_paste_at_every_narrow_column() {
    let text = sample_text();
    for columns in (20..=40).rev() {
        check_figures(
            SAMPLE,
            &format!("pdf at {columns} columns"),
            pdf_paste(&text, columns).as_bytes(),
        );
        let unindented = pdf_paste_with(&text, columns, false, false);
        check_figures(
            SAMPLE,
            &format!("pdf unindented at {columns} columns"),
            unindented.as_bytes(),
        );
        // Section titles end where they end: a full body line after a
        // heading is not the heading's rest (`二、关于上半年经济社会发展工作`
        // / `面对疫情给全区经济带来的严重冲` was one title at 32 columns).
        // (Titles only: a point after a full stop at a line end may be
        // read where the original has none.)
        let titles = |bytes: &[u8]| -> Vec<String> {
            let doc = read("r.txt", bytes).doc;
            shape(&doc)
                .into_iter()
                .map(|(_, _, title, _)| title)
                .collect()
        };
        assert_eq!(
            titles(unindented.as_bytes()),
            titles(SAMPLE),
            "pdf unindented at {columns} columns"
        );
    }
}

/// National reports with every line break removed (no indents either):
/// the top-level titles end where the titles end, not at the first comma
/// of the body (`一、2020年工作回顾过去一年，…` was one title), and the
/// speaker is not run into the salutation.
#[test]
fn unbroken_reports_keep_their_titles() {
    for year in [2005, 2015, 2021] {
        let original = super::fixture_bytes(&format!("corpus/{year}.txt"));
        let titles = |bytes: &[u8]| -> Vec<String> {
            let r = read("r.txt", bytes);
            r.doc.sections.iter().map(|s| s.title.clone()).collect()
        };
        let want = titles(&original);
        let flat: Vec<u8> = original
            .iter()
            .copied()
            .filter(|&b| b != b'\n' && b != b'\r')
            .collect();
        let got = titles(&flat);
        // The titles a body sentence opens after are found; those with
        // neither a title word nor an opener may still run on.
        let found = want.iter().filter(|t| got.contains(t)).count();
        assert!(
            found * 10 >= want.len() * 7,
            "{year}: {got:#?} vs {want:#?}"
        );
    }
    let flat: Vec<u8> = super::fixture_bytes("corpus/2021.txt")
        .into_iter()
        .filter(|&b| b != b'\n')
        .collect();
    let r = read("r.txt", &flat);
    assert_eq!(
        r.doc.title_block.speaker.as_deref(),
        Some("国务院总理 李克强")
    );
    assert_eq!(r.doc.sections[0].title, "2020年工作回顾");
}
