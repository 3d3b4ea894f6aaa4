//! The title block (title, date, venue, speaker, salutation) and the web
//! chrome around a report (`下载 打印 收藏`, `来源：…`, `相关报道：`).

use crate::document::TitleBlock;
use crate::text::cnnum::{digit_value, parse_cn_int};
use crate::text::fold::fold_char;

/// Words that mark a short line before the report as web-page chrome.
const CHROME: &[&str] = &[
    "下载",
    "打印",
    "收藏",
    "全屏",
    "字号",
    "来源：",
    "来源:",
    "时间：",
    "时间:",
    "发布时间",
    "发布日期",
    "作者：",
    "编辑：",
    "浏览",
    "阅读量",
    "分享",
    "首页",
    "当前位置",
    "扫一扫",
    "关闭窗口",
    "【大",
    "【中",
    "【小",
    "摄）",
    "摄)",
    "图片来源",
    "点击",
    "索引号",
    "发文机关",
];

/// Whether `c` is the first char of a [`CHROME`] word.
fn starts_chrome(c: char) -> bool {
    matches!(
        c,
        '下' | '打'
            | '收'
            | '全'
            | '字'
            | '来'
            | '时'
            | '发'
            | '作'
            | '编'
            | '浏'
            | '阅'
            | '分'
            | '首'
            | '当'
            | '扫'
            | '关'
            | '【'
            | '摄'
            | '图'
            | '点'
            | '索'
    )
}

/// Starts of paragraphs that begin the trailer after a report.
const FOOTER: &[&str] = &[
    "相关报道",
    "相关新闻",
    "相关链接",
    "相关阅读",
    "延伸阅读",
    "责任编辑",
    "【纠错】",
    "【我要纠错】",
    "相关稿件",
    "相关文章",
    "相关文件",
    "扫一扫",
    "本作品是中华人民共和国",
    "本作品在全世界都属于公有领域",
    "Public domain",
    "版权所有",
    "扫一扫在手机",
    "分享到",
    "【打印本页】",
    "打印本页",
    "关闭窗口",
];

/// Whether a short paragraph before the report is web-page chrome.
pub fn is_chrome(p: &str) -> bool {
    let t = p.trim();
    // Counted up to 81: a long paragraph is read no further.
    let n = t.chars().take(81).count();
    if n > 80 {
        return false;
    }
    if t.starts_with('图')
        && (t.starts_with("图为") || t.starts_with("图：") || t.starts_with("图片"))
    {
        return true;
    }
    // A photo caption: `张三作政府工作报告。某某日报记者 李四 摄`.
    let bare = t.trim_end_matches(['）', ')', ' ', '\u{3000}']);
    if bare.ends_with('摄') && (t.contains("记者") || t.contains("摄影")) {
        return true;
    }
    // Most paragraphs hold no char that starts a chrome word: one pass
    // over the chars tells, before looking for each word.
    let hits = if t.chars().any(starts_chrome) {
        CHROME.iter().filter(|w| t.contains(*w)).count()
    } else {
        0
    };
    hits >= 2
        || (hits == 1
            && (n <= 30 || t.starts_with('【') || t.starts_with("来源") || t.starts_with("时间")))
}

/// Whether a paragraph starts the trailer (related links, licence, editor).
pub fn is_footer(p: &str) -> bool {
    let t = p.trim();
    FOOTER.iter().any(|w| t.starts_with(w))
}

/// Strips spaces between CJK characters (`政 府 工 作 报 告` → `政府工作报告`).
fn unspace(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn is_dash(c: char) -> bool {
    matches!(c, '—' | '─' | '–' | '-' | '－' | '―' | '━' | '⸺' | '~')
}

/// Parses a date `2022年7月27日`, `２０２２年７月２７日`, `二〇二六年一月二十七日`,
/// `2024 年 3 月 5 日` anywhere in `s`. Returns ISO date and char span.
pub fn find_date(s: &str) -> Option<(String, usize, usize)> {
    let chars: Vec<char> = s.chars().map(fold_char).collect();
    let is_num = |c: char| c.is_ascii_digit() || digit_value(c).is_some() || c == '十';
    for i in 0..chars.len() {
        if !is_num(chars[i]) || (i > 0 && is_num(chars[i - 1])) {
            continue;
        }
        let mut j = i;
        let mut parts = Vec::new();
        let mut ok = true;
        for unit in ['年', '月', '日'] {
            let mut num = String::new();
            while j < chars.len() && (is_num(chars[j]) || chars[j] == ' ') {
                if chars[j] != ' ' {
                    num.push(chars[j]);
                }
                j += 1;
            }
            if j >= chars.len() || chars[j] != unit || num.is_empty() {
                ok = false;
                break;
            }
            j += 1;
            let v = if num.chars().all(|c| c.is_ascii_digit()) {
                num.parse::<u32>().ok()
            } else {
                parse_cn_int(&num).and_then(|n| u32::try_from(n).ok())
            };
            match v {
                Some(v) => parts.push(v),
                None => {
                    ok = false;
                    break;
                }
            }
            if unit == '日' {
                // also accept `号` written as 日 only
            }
        }
        if ok
            && (1900..=2100).contains(&parts[0])
            && (1..=12).contains(&parts[1])
            && (1..=31).contains(&parts[2])
        {
            return Some((
                format!("{:04}-{:02}-{:02}", parts[0], parts[1], parts[2]),
                i,
                j,
            ));
        }
    }
    None
}

/// What the title block parser found.
#[derive(Debug, Clone, Default)]
pub struct TitleParse {
    pub block: TitleBlock,
    /// Index of the first paragraph of the report body.
    pub body_start: usize,
    /// Indices of paragraphs that are chrome or title block (not body).
    pub consumed: Vec<usize>,
    /// Indices of the page furniture among them (`下载`, `来源：…`, a photo
    /// caption): not report text, not shown.
    pub chrome: Vec<usize>,
}

pub(crate) fn is_salutation(t: &str) -> bool {
    let n = t.chars().count();
    n <= 24 && (t.starts_with("各位代表") || t.starts_with("各位委员") || t.starts_with("同志们"))
}

fn looks_like_title(t: &str) -> bool {
    // A breadcrumb (`首页 > 政策 > 政府工作报告`) names the page, not the report.
    if t.contains(['>', '＞', '›', '»']) || t.starts_with("当前位置") {
        return false;
    }
    let u = unspace(t);
    let n = u.chars().count();
    n <= 40 && u.contains("报告") && !u.ends_with('。') && !u.contains('，')
}

/// Reads the title block from the first paragraphs of a document. Long on
/// purpose: a small state machine over at most fourteen lines (chrome,
/// title, date line, venue continued, speaker, salutation), each branch a
/// few lines that share the block being filled.
pub fn parse_title_block(paras: &[&str]) -> TitleParse {
    let mut out = TitleParse::default();
    let limit = paras.len().min(14);
    let mut i = 0;
    // Web chrome before the report: lines with chrome words, or any short
    // lines (menus, breadcrumbs) before a title or salutation a few lines on.
    let anchor = (0..limit).find(|&k| {
        let t = paras[k].trim();
        looks_like_title_line(t) || is_salutation(t)
    });
    let short = |t: &str| t.chars().count() <= 40 && !t.contains('。') && !is_date_line(t);
    while i < limit
        && !looks_like_title(paras[i])
        && !is_date_line(paras[i].trim())
        && (is_chrome(paras[i]) || anchor.is_some_and(|a| i < a && short(paras[i].trim())))
    {
        out.consumed.push(i);
        out.chrome.push(i);
        i += 1;
    }
    let mut seen_block = false;
    let mut venue_open = false;
    let mut venue = String::new();
    while i < limit {
        let t = paras[i].trim();
        if is_salutation(t) {
            out.block.salutation = Some(t.to_string());
            out.consumed.push(i);
            i += 1;
            break;
        }
        if venue_open {
            // A venue split across lines: `…人民代表大会` / `常务委员会…上`.
            let (part, rest) = split_venue_end(t);
            venue.push_str(part);
            out.consumed.push(i);
            i += 1;
            if rest.is_some() {
                venue_open = false;
                if let Some(r) = rest.filter(|r| !r.is_empty()) {
                    out.block.speaker = Some(r.to_string());
                }
            }
            continue;
        }
        if out.block.title.is_none() && out.block.date.is_none() && looks_like_title_line(t) {
            let (title, rest) = split_title(t);
            out.block.title = Some(unspace(title));
            out.consumed.push(i);
            seen_block = true;
            i += 1;
            if let Some(rest) = rest {
                venue_open = read_date_line(rest, &mut out.block, &mut venue);
            }
            continue;
        }
        // `——2024年3月5日在…上`, `—2019年…`, `（2024年3月5日在…上）`, or the
        // date alone at the start of a line in the title block.
        let date_first = find_date(t).is_some_and(|(_, start, _)| start == 0);
        if out.block.date.is_none() && (is_date_line(t) || (date_first && seen_block)) {
            venue_open = read_date_line(t, &mut out.block, &mut venue);
            out.consumed.push(i);
            seen_block = true;
            i += 1;
            continue;
        }
        // `国务院总理` / `李克强`: a name on the line after the office.
        if let Some(sp) = &out.block.speaker
            && !sp.contains([' ', '\u{3000}'])
            && (2..=4).contains(&t.chars().count())
            && t.chars().all(crate::text::chars::is_cjk)
            && !is_salutation(t)
        {
            out.block.speaker = Some(format!("{sp} {t}"));
            out.consumed.push(i);
            i += 1;
            continue;
        }
        if seen_block
            && out.block.speaker.is_none()
            && t.chars().count() <= 40
            && !t.contains(['。', '，', '：', ':'])
            && !is_chrome(t)
        {
            out.block.speaker = Some(t.to_string());
            out.consumed.push(i);
            i += 1;
            continue;
        }
        if is_chrome(t) && out.block.salutation.is_none() {
            out.consumed.push(i);
            out.chrome.push(i);
            i += 1;
            continue;
        }
        break;
    }
    if !venue.is_empty() {
        out.block.venue = Some(venue);
    }
    // `代区长  赵六`: one space between office and name.
    if let Some(sp) = &mut out.block.speaker {
        *sp = sp.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    if !seen_block && out.block.salutation.is_none() {
        // No title block at all: the body starts after the chrome.
        out.consumed.retain(|&k| is_chrome(paras[k]));
        out.chrome.retain(|&k| is_chrome(paras[k]));
        out.body_start = out.consumed.len();
    } else {
        out.body_start = i;
    }
    out
}

/// `——2024年3月5日在…上`, `—2019年1月15日…`, `（2024年3月5日在…上）`: a
/// dash or a bracket, then a date near the start.
pub(crate) fn is_date_line(t: &str) -> bool {
    let t = t.trim_start_matches([' ', '\u{3000}', '\t']);
    let first = t.chars().next().unwrap_or(' ');
    (is_dash(first) || first == '（' || first == '(')
        && find_date(t).is_some_and(|(_, start, _)| start <= 4)
}

fn looks_like_title_line(t: &str) -> bool {
    let (title, _) = split_title(t);
    looks_like_title(title)
}

/// Splits a one-line title block at its dash: `政府工作报告——2024年…`.
fn split_title(t: &str) -> (&str, Option<&str>) {
    match t.char_indices().find(|&(_, c)| is_dash(c)) {
        Some((b, _)) if b > 0 => (t[..b].trim(), Some(&t[b..])),
        // `政府工作报告（2024年1月15日在…上）`: the date in brackets.
        _ => match t.char_indices().find(|&(_, c)| c == '（' || c == '(') {
            Some((b, _)) if b > 0 && find_date(&t[b..]).is_some() => (t[..b].trim(), Some(&t[b..])),
            _ => (t, None),
        },
    }
}

/// Reads `——2022年7月27日在…上 SPEAKER`. Returns whether the venue
/// continues on the next line.
fn read_date_line(t: &str, block: &mut TitleBlock, venue: &mut String) -> bool {
    let Some((iso, _, end)) = find_date(t) else {
        return false;
    };
    block.date = Some(iso);
    let rest: String = t.chars().skip(end).collect();
    let rest = rest.trim_start();
    let Some(after_zai) = rest.strip_prefix('在') else {
        return false;
    };
    let (part, tail) = split_venue_end(after_zai);
    venue.push_str(part);
    match tail {
        Some(r) => {
            let r = r.trim();
            if !r.is_empty() {
                block.speaker = Some(r.to_string());
            }
            false
        }
        None => true,
    }
}

/// Finds where a venue ends (`…会议上`, `…会议(扩大)上`). Returns the venue
/// part and, if the end was found, what follows it.
fn split_venue_end(t: &str) -> (&str, Option<&str>) {
    let t = t.trim_end_matches(['）', ')']).trim();
    for (b, c) in t.char_indices().rev() {
        if c == '上' {
            let before = &t[..b];
            if before.ends_with(['议', '議', '會'])
                || before.ends_with(')')
                || before.ends_with('）')
                || before.ends_with('会')
            {
                return (before, Some(&t[b + '上'.len_utf8()..]));
            }
        }
    }
    (t, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_chrome_word_starts_with_a_listed_char() {
        for w in CHROME {
            assert!(starts_chrome(w.chars().next().unwrap()), "{w}");
        }
    }

    #[test]
    fn dates_in_every_dress() {
        let cases = [
            ("──2022年7月27日在上海", "2022-07-27"),
            ("——２０２４年３月５日", "2024-03-05"),
            ("二〇二六年一月二十七日", "2026-01-27"),
            ("2016 年 2 月 19 日", "2016-02-19"),
        ];
        for (s, want) in cases {
            assert_eq!(find_date(s).map(|d| d.0), Some(want.to_string()), "{s}");
        }
        assert_eq!(find_date("1-6月"), None);
    }

    #[test]
    fn jiading_title_block() {
        let paras = [
            "政府上半年工作情况报告",
            "──2022年7月27日在上海市嘉定区第七届人民代表大会",
            "常务委员会第二次会议(扩大)上",
            "上海市嘉定区区长 高 香",
            "各位代表、各位委员:",
            "我代表嘉定区人民政府,就上半年政府工作情况…",
        ];
        let t = parse_title_block(&paras);
        assert_eq!(t.block.title.as_deref(), Some("政府上半年工作情况报告"));
        assert_eq!(t.block.date.as_deref(), Some("2022-07-27"));
        assert_eq!(
            t.block.venue.as_deref(),
            Some("上海市嘉定区第七届人民代表大会常务委员会第二次会议(扩大)")
        );
        assert_eq!(t.block.speaker.as_deref(), Some("上海市嘉定区区长 高 香"));
        assert_eq!(t.block.salutation.as_deref(), Some("各位代表、各位委员:"));
        assert_eq!(t.body_start, 5);
    }

    #[test]
    fn one_line_title_block_and_chrome() {
        let paras = [
            "下载 打印 收藏",
            "【字号：大 中 小】",
            "来源：新华社",
            "政府工作报告——2024年3月5日在第十四届全国人民代表大会第二次会议上国务院总理 李强",
            "各位代表：",
            "现在，我代表国务院。",
        ];
        let t = parse_title_block(&paras);
        assert_eq!(t.block.title.as_deref(), Some("政府工作报告"));
        assert_eq!(t.block.date.as_deref(), Some("2024-03-05"));
        assert_eq!(
            t.block.venue.as_deref(),
            Some("第十四届全国人民代表大会第二次会议")
        );
        assert_eq!(t.block.speaker.as_deref(), Some("国务院总理 李强"));
        assert_eq!(t.body_start, 5);
    }

    #[test]
    fn speaker_before_an_undecorated_date() {
        let paras = [
            "2024年嘉定区政府工作报告",
            "区长 高香",
            "2024年1月15日在嘉定区第七届人民代表大会第四次会议上",
            "各位代表：",
            "正文。",
        ];
        let t = parse_title_block(&paras);
        assert_eq!(t.block.title.as_deref(), Some("2024年嘉定区政府工作报告"));
        assert_eq!(t.block.speaker.as_deref(), Some("区长 高香"));
        assert_eq!(t.block.date.as_deref(), Some("2024-01-15"));
        assert_eq!(
            t.block.venue.as_deref(),
            Some("嘉定区第七届人民代表大会第四次会议")
        );
        assert_eq!(t.body_start, 4);
    }

    #[test]
    fn menus_before_the_title_and_a_source_line_after_it() {
        let paras = [
            "首页",
            "总理",
            "新闻",
            "政策",
            "政府工作报告",
            "2024-03-12 18:36 来源： 新华社",
            "各位代表：",
            "现在，我代表国务院。",
        ];
        let t = parse_title_block(&paras);
        assert_eq!(t.block.title.as_deref(), Some("政府工作报告"));
        assert_eq!(t.block.salutation.as_deref(), Some("各位代表："));
        assert_eq!(t.body_start, 7);
    }

    #[test]
    fn date_in_brackets_after_the_title() {
        let t = parse_title_block(&[
            "政府工作报告（2024年1月15日在嘉定区第七届人民代表大会第四次会议上）",
            "各位代表：",
            "正文。",
        ]);
        assert_eq!(t.block.title.as_deref(), Some("政府工作报告"));
        assert_eq!(t.block.date.as_deref(), Some("2024-01-15"));
        assert_eq!(
            t.block.venue.as_deref(),
            Some("嘉定区第七届人民代表大会第四次会议")
        );
    }

    #[test]
    fn spaced_title_and_missing_block() {
        let paras = [
            "政 府 工 作 报 告",
            "——2016年2月19日在海拉尔区第十四届人民代表大会第五次会议上",
            "海拉尔区人民政府区长\u{3000}\u{3000}杜联合",
            "各位代表：",
            "正文。",
        ];
        let t = parse_title_block(&paras);
        assert_eq!(t.block.title.as_deref(), Some("政府工作报告"));
        // Office and name with one space between them, however spaced.
        assert_eq!(
            t.block.speaker.as_deref(),
            Some("海拉尔区人民政府区长 杜联合")
        );
        let none = parse_title_block(&["各位代表：", "正文。"]);
        assert_eq!(none.block.title, None);
        assert_eq!(none.body_start, 1);
        let bare = parse_title_block(&["一、回顾", "正文。"]);
        assert_eq!(bare.body_start, 0);
    }
}
