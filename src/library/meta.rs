//! What a report is, read from the report itself: its year (from the date
//! line, the title, the file name or the review heading), its region and
//! level (from the speaker's office, the venue, the title or the text).

use crate::document::Document;
use serde::Serialize;

/// Where a report's year was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum YearFrom {
    /// The date line (`——2024年3月5日在…`).
    #[serde(rename = "date")]
    Date,
    /// The title (`2025年浙江省政府工作报告`).
    #[serde(rename = "title")]
    Title,
    /// A four-digit year in the file name.
    #[serde(rename = "file name")]
    FileName,
    /// The review heading (`2021年工作回顾` → a 2022 report).
    #[serde(rename = "text")]
    Text,
}

/// The level of government a report speaks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    National,
    Provincial,
    Prefectural,
    County,
}

/// Provincial-level cities (their reports are provincial).
const MUNICIPALITIES: &[&str] = &["北京市", "上海市", "天津市", "重庆市"];

/// Year a four-digit number in `s` names (1949–2100), with its position.
fn year_in(s: &str) -> Option<(i32, usize)> {
    let chars: Vec<char> = s.chars().map(crate::text::fold::fold_char).collect();
    let mut i = 0;
    while i + 4 <= chars.len() {
        let run = chars[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        if run == 4 {
            let y: i32 = chars[i..i + 4].iter().collect::<String>().parse().ok()?;
            if (1949..=2100).contains(&y) {
                return Some((y, i));
            }
        }
        i += run.max(1);
    }
    None
}

/// The report's year and where it was read.
pub fn year_of(doc: &Document, file_name: &str) -> Option<(i32, YearFrom)> {
    let tb = &doc.title_block;
    if let Some(y) = tb.date_year().and_then(|y| i32::try_from(y).ok()) {
        return Some((y, YearFrom::Date));
    }
    if let Some((y, _)) = tb.title.as_deref().and_then(year_in) {
        return Some((y, YearFrom::Title));
    }
    let base = std::path::Path::new(file_name)
        .file_name()
        .map_or(file_name.to_string(), |n| n.to_string_lossy().into_owned());
    if let Some((y, _)) = year_in(&base) {
        return Some((y, YearFrom::FileName));
    }
    // `2021年工作回顾` (the first heading that reviews a year): a 2022 report.
    for s in doc.flat_sections().iter().take(3) {
        if s.title.contains("回顾")
            && let Some((y, at)) = year_in(&s.title)
            && at <= 2
        {
            return Some((y + 1, YearFrom::Text));
        }
    }
    None
}

/// The region a name ends in, with its level: `浙江省` → provincial,
/// `某某市` → prefectural (a municipality → provincial), `嘉定区` → county.
fn region_in(s: &str) -> Option<(String, Level)> {
    let s = s.split_whitespace().next().unwrap_or(s);
    // The longest prefix that ends in a unit of government.
    let units = [
        ("自治区", Level::Provincial),
        ("省", Level::Provincial),
        ("自治州", Level::Prefectural),
        ("市", Level::Prefectural),
        ("地区", Level::Prefectural),
        ("盟", Level::Prefectural),
        ("自治县", Level::County),
        ("县", Level::County),
        ("区", Level::County),
        ("旗", Level::County),
    ];
    let mut best: Option<(usize, &str, Level)> = None;
    for (u, level) in units {
        if let Some(b) = s.rfind(u)
            && b > 0
            && best.is_none_or(|(e, _, _)| b + u.len() > e)
        {
            best = Some((b + u.len(), u, level));
        }
    }
    let (end, _, mut level) = best?;
    let name = &s[..end];
    if name.chars().count() < 2 {
        return None;
    }
    if MUNICIPALITIES.contains(&name) {
        level = Level::Provincial;
    }
    Some((name.to_string(), level))
}

/// The report's region and level: national when the State Council speaks
/// (`国务院总理`, `全国人民代表大会`, `我代表国务院`), else from the speaker's
/// office (`浙江省省长`, `某某区人民政府代区长`), the venue or the title.
pub fn region_of(doc: &Document) -> Option<(String, Level)> {
    let tb = &doc.title_block;
    // The State Council (also in the traditional characters of 1954) or
    // the National People's Congress speaks.
    let opening: String = doc.text.chars().take(3000).collect();
    let national = tb.speaker.as_deref().is_some_and(|s| s.contains("国务院"))
        || tb
            .venue
            .as_deref()
            .is_some_and(|v| v.contains("全国人民代表大会"))
        || [
            "代表国务院",
            "国务院的委托",
            "我代表中央人民政府",
            "全国人民代表大会",
            "全國人民代表大會",
            "國務院",
        ]
        .iter()
        .any(|w| opening.contains(w));
    if national {
        return Some(("全国".to_string(), Level::National));
    }
    let office = tb.speaker.as_deref().and_then(|s| {
        let office = s.split_whitespace().next()?;
        let cut = office.find("人民政府").unwrap_or(office.len());
        let head = &office[..cut];
        // `浙江省省长`, `上海市嘉定区区长`: the title after the region.
        let region = ["省长", "市长", "区长", "县长", "州长", "旗长", "主席"]
            .iter()
            .find_map(|t| head.strip_suffix(t))
            .map_or(head, |h| h.trim_end_matches(['代', '副']));
        region_in(region)
    });
    office
        .or_else(|| {
            tb.venue.as_deref().and_then(|v| {
                let cut = v.find("第").unwrap_or(v.len());
                region_in(&v[..cut])
            })
        })
        .or_else(|| {
            tb.title.as_deref().and_then(|t| {
                let t = t.trim_start_matches(|c: char| c.is_ascii_digit() || c == '年');
                let cut = t
                    .find("人民政府")
                    .or_else(|| t.find("政府"))
                    .unwrap_or(t.len());
                region_in(&t[..cut])
            })
        })
        .or_else(|| {
            // No title block: a text that speaks of the whole country (全国)
            // far more than of a province, city, district or county.
            let count = |w: &str| doc.text.matches(w).count();
            let local: usize = ["全省", "全市", "全区", "全县", "全州", "全旗"]
                .iter()
                .map(|w| count(w))
                .sum();
            let whole = count("全国") + count("全國");
            (whole >= 5 && whole > 3 * local).then(|| ("全国".to_string(), Level::National))
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{Options, Report};

    fn doc(text: &str) -> Document {
        Report::from_bytes("x.txt", text.as_bytes(), &Options::default())
            .unwrap()
            .doc
    }

    #[test]
    fn year_region_and_level_from_the_report() {
        let cases: &[(&str, &str, Option<(i32, YearFrom)>, Option<(&str, Level)>)] = &[
            (
                "政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n国务院总理 李强\n各位代表：\n一、2023年工作回顾\n正文。\n",
                "a.txt",
                Some((2024, YearFrom::Date)),
                Some(("全国", Level::National)),
            ),
            (
                "2025年浙江省政府工作报告\n各位代表：\n一、2024年工作回顾\n正文。\n",
                "b.txt",
                Some((2025, YearFrom::Title)),
                Some(("浙江省", Level::Provincial)),
            ),
            (
                "政府工作报告\n——2016年2月19日在海拉尔区第十四届人民代表大会第五次会议上\n海拉尔区人民政府区长 杜联合\n各位代表：\n一、回顾\n正文。\n",
                "c.txt",
                Some((2016, YearFrom::Date)),
                Some(("海拉尔区", Level::County)),
            ),
            (
                "政府工作报告\n——2026年1月20日在某某省第十四届人民代表大会第五次会议上\n某某省省长 张三\n各位代表：\n一、回顾\n正文。\n",
                "d.txt",
                Some((2026, YearFrom::Date)),
                Some(("某某省", Level::Provincial)),
            ),
            (
                "各位代表：\n一、2021年工作回顾\n去年我市经济增长。\n",
                "report.txt",
                Some((2022, YearFrom::Text)),
                None,
            ),
            (
                "各位代表：\n现在，我代表国务院，向大会报告政府工作。\n一、回顾\n正文。\n",
                "corpus/1998.txt",
                Some((1998, YearFrom::FileName)),
                Some(("全国", Level::National)),
            ),
            (
                "政府工作报告\n——2022年1月6日在上海市第十五届人民代表大会第六次会议上\n上海市市长 龚正\n各位代表：\n一、回顾\n正文。\n",
                "e.txt",
                Some((2022, YearFrom::Date)),
                Some(("上海市", Level::Provincial)),
            ),
            (
                "政府工作报告\n——2023年2月1日在某某市第十届人民代表大会第二次会议上\n某某市人民政府代市长 李四\n各位代表：\n一、回顾\n正文。\n",
                "f.txt",
                Some((2023, YearFrom::Date)),
                Some(("某某市", Level::Prefectural)),
            ),
        ];
        for (text, name, year, region) in cases {
            let d = doc(text);
            assert_eq!(year_of(&d, name), *year, "{text}");
            let got = region_of(&d);
            assert_eq!(
                got.as_ref().map(|(r, l)| (r.as_str(), *l)),
                *region,
                "{text}"
            );
        }
    }
}
