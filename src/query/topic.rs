//! Topic jump: section titles, point titles and figure labels matched in
//! Chinese, full pinyin (`jiuye`) or initials (`jy`); exact hits first,
//! then fuzzy ones (nucleo).

use crate::document::Document;
use crate::figures::Figure;
use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32Str};
use pinyin::ToPinyin;

/// What a topic is, in ranking order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum TopicKind {
    Section,
    Point,
    FigureLabel,
}

/// Something the reader can jump to.
#[derive(Debug, Clone, PartialEq)]
pub struct Topic {
    pub title: String,
    /// Where it is, e.g. `三 › (三)`.
    pub path: String,
    pub target: usize,
    /// What it is; sections rank first.
    pub kind: TopicKind,
    pinyin: String,
    initials: String,
    /// More names it answers to, folded, and their pinyin: a figure's
    /// indicator id, name and aliases (`gdp`, `国内生产总值`, `GDP`).
    also: String,
    also_pinyin: String,
}

/// Full pinyin and initials of `s` (non-Chinese chars kept, lower case).
pub fn pinyin_of(s: &str) -> (String, String) {
    let mut full = String::new();
    let mut initials = String::new();
    for (c, p) in s.chars().zip(s.to_pinyin()) {
        match p {
            Some(p) => {
                full.push_str(p.plain());
                initials.push_str(p.first_letter());
            }
            None if c.is_ascii_alphanumeric() => {
                full.push(c.to_ascii_lowercase());
                initials.push(c.to_ascii_lowercase());
            }
            None => {}
        }
    }
    (full, initials)
}

fn short_marker(m: Option<&str>) -> String {
    m.unwrap_or("")
        .trim_end_matches(['、', '.', '．'])
        .to_string()
}

/// All topics of a document.
pub fn topics(doc: &Document, figures: &[Figure]) -> Vec<Topic> {
    let mut out = Vec::new();
    let mk = |title: String, path: String, target: usize, kind: TopicKind| {
        let (pinyin, initials) = pinyin_of(&title);
        Topic {
            title,
            path,
            target,
            kind,
            pinyin,
            initials,
            also: String::new(),
            also_pinyin: String::new(),
        }
    };
    for s in doc.flat_sections() {
        let path: Vec<String> = doc
            .section_path(s.start)
            .iter()
            .map(|p| short_marker(p.marker.as_deref()))
            .collect();
        let title = s.heading();
        out.push(mk(title, path.join(" › "), s.start, TopicKind::Section));
        for p in &s.points {
            out.push(mk(
                format!("{}{}", p.marker, p.title),
                path.join(" › "),
                p.start,
                TopicKind::Point,
            ));
        }
    }
    for f in figures {
        let indicator = f.indicator.and_then(crate::figures::indicators::by_id);
        // The canonical name where an indicator applies, as in the pane.
        let Some(l) = indicator
            .map(|i| &i.name)
            .map(String::as_str)
            .or(f.label.as_deref())
        else {
            continue;
        };
        let path: Vec<String> = doc
            .section_path(f.start)
            .iter()
            .map(|p| short_marker(p.marker.as_deref()))
            .collect();
        let mut t = mk(
            format!("{l} {}", f.text),
            path.join(" › "),
            f.start,
            TopicKind::FigureLabel,
        );
        if let Some(i) = indicator {
            let names: Vec<&str> = [i.id.as_str(), i.name.as_str()]
                .into_iter()
                .chain(f.label.as_deref())
                .chain(i.aliases.iter().map(String::as_str))
                .collect();
            t.also = crate::text::fold::fold_str(&names.join(" ")).to_lowercase();
            t.also_pinyin = names
                .iter()
                .map(|n| pinyin_of(n).0)
                .collect::<Vec<_>>()
                .join(" ");
        }
        out.push(t);
    }
    out
}

/// Ranks topics for `query`: Chinese substring, pinyin substring, initials
/// prefix/substring, then fuzzy pinyin. Returns indices into `topics`.
pub fn search_topics(topics: &[Topic], query: &str, limit: usize) -> Vec<usize> {
    let q = crate::text::fold::fold_str(query.trim());
    if q.is_empty() {
        return (0..topics.len().min(limit)).collect();
    }
    // A Chinese query matches titles that contain its characters: together
    // first, then in order with others between (`就业` finds 稳就业工作, not
    // 就医服务). Pinyin, initials and fuzzy matching are for Latin input.
    let latin = q.is_ascii();
    let (q_py, _) = pinyin_of(&q);
    let in_order = |title: &str| {
        let mut it = title.chars();
        q.chars().all(|c| it.any(|t| t == c))
    };
    let mut tiers: Vec<(u32, TopicKind, usize)> = Vec::new();
    for (i, t) in topics.iter().enumerate() {
        let title = crate::text::fold::fold_str(&t.title);
        let tier = if title.contains(&q) || t.also.contains(&q.to_lowercase()) {
            Some(0)
        } else if (!latin && in_order(&title))
            || (latin && (t.pinyin.contains(&q_py) || t.also_pinyin.contains(&q_py)))
        {
            Some(1)
        } else if latin && t.initials.contains(&q_py) {
            Some(2)
        } else {
            None
        };
        if let Some(tier) = tier {
            tiers.push((tier, t.kind, i));
        }
    }
    tiers.sort();
    let mut out: Vec<usize> = tiers.into_iter().map(|t| t.2).collect();
    // Fuzzy matching only when nothing matched as typed: it is for typos,
    // not for padding a list of good answers with noise.
    if latin && out.is_empty() {
        let mut matcher = Matcher::new(Config::DEFAULT);
        let pattern = Pattern::parse(&q_py, CaseMatching::Ignore, Normalization::Smart);
        let mut buf = Vec::new();
        let mut at = Vec::new();
        // A typo keeps its letters close (`jiye` in `jiuye`); letters strewn
        // across a title (`jiuye` over `jian…guo…ye`) are no match: the
        // matched letters may span at most twice the query.
        let span = q_py.chars().count() * 2;
        let mut fuzzy: Vec<(u32, usize)> = topics
            .iter()
            .enumerate()
            .filter(|(i, _)| !out.contains(i))
            .filter_map(|(i, t)| {
                at.clear();
                let s =
                    pattern.indices(Utf32Str::new(&t.pinyin, &mut buf), &mut matcher, &mut at)?;
                at.sort_unstable();
                let (first, last) = (*at.first()?, *at.last()?);
                ((last - first) as usize <= span).then_some((s, i))
            })
            .collect();
        fuzzy.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        out.extend(fuzzy.into_iter().map(|f| f.1));
    }
    out.truncate(limit);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chinese_query_matches_its_characters_only() {
        let doc = crate::report::Report::sample();
        let ts = topics(&doc.doc, &doc.figures);
        let found: Vec<&str> = search_topics(&ts, "就业", 10)
            .iter()
            .map(|&i| ts[i].title.as_str())
            .collect();
        assert!(!found.is_empty());
        for t in &found {
            let mut it = t.chars();
            assert!("就业".chars().all(|c| it.any(|x| x == c)), "{t}");
        }
        assert!(!found.iter().any(|t| t.contains("就医服务")), "{found:?}");
    }

    #[test]
    fn pinyin_and_initials() {
        assert_eq!(pinyin_of("就业"), ("jiuye".into(), "jy".into()));
        assert_eq!(
            pinyin_of("PM2.5浓度"),
            ("pm25nongdu".into(), "pm25nd".into())
        );
    }

    #[test]
    fn indicators_are_found_by_id_name_alias_and_pinyin() {
        let doc = crate::document::parse::parse(
            "各位代表：\n一、工作回顾\n全市地区生产总值增长5.2%。新建学校3所。\n",
        );
        let figs = crate::figures::extract(&doc);
        let t = topics(&doc, &figs);
        for q in [
            "gdp",
            "GDP",
            "国内生产总值",
            "jingjizengzhang",
            "地区生产总值",
        ] {
            let hits = search_topics(&t, q, 10);
            assert_eq!(
                hits.len(),
                1,
                "{q}: {:?}",
                hits.iter().map(|&i| &t[i].title).collect::<Vec<_>>()
            );
            assert!(t[hits[0]].title.ends_with("5.2%"), "{q}");
        }
        // Nothing typed matches: a typo still finds by fuzzy pinyin; a
        // good match is not padded with fuzzy noise.
        assert_eq!(search_topics(&t, "xuexiao", 10).len(), 1);
    }

    #[test]
    fn jiuye_finds_the_employment_section_first() {
        let l = crate::report::Report::open(None, &crate::report::Options::default()).unwrap();
        let figs = crate::figures::extract(&l.doc);
        let t = topics(&l.doc, &figs);
        for q in ["jiuye", "jy", "就业", "jiuy"] {
            let hits = search_topics(&t, q, 10);
            assert!(!hits.is_empty(), "{q}");
            assert_eq!(t[hits[0]].title, "(三)关于稳就业工作", "{q}");
        }
        // A typo with a letter left out still finds it.
        let hits = search_topics(&t, "jiye", 10);
        assert_eq!(
            hits.first().map(|&i| t[i].title.as_str()),
            Some("(三)关于稳就业工作")
        );
    }

    /// A report with no employment section: `jiuye` finds nothing rather
    /// than titles whose pinyin holds its letters far apart (1959: a new
    /// user's trial found such a list).
    #[test]
    fn letters_strewn_across_a_title_are_no_match() {
        let text = "一、加快建设现代化产业体系\n内容如下。\n二、推进生态文明建设\n内容如下。\n";
        let r = crate::report::Report::from_bytes(
            "t.txt",
            text.as_bytes(),
            &crate::report::Options::default(),
        )
        .unwrap();
        let figs = crate::figures::extract(&r.doc);
        let t = topics(&r.doc, &figs);
        assert!(search_topics(&t, "jiuye", 10).is_empty());
        assert!(!search_topics(&t, "chanye", 10).is_empty());
    }
}
