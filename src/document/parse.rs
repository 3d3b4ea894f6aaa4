//! Text to document model: paragraphs and sentences, the title block, the
//! section tree (`一、` > `（一）` > `1.` > `（1）` > `①`, unmarked headings,
//! appendices) and numbered points.

use crate::document::markers::{MarkerKind, appendix_marker, heading_marker, point_marker};
use crate::document::titleblock::{is_chrome, is_footer, parse_title_block};
use crate::document::{CharIndex, Document, Paragraph, Point, Section, Span};
use crate::text::chars::{CLAUSE_STOPS, is_cjk, is_closer, is_sentence_stop};

/// Chars kept of each paragraph's start: enough for markers and titles.
const HEAD: usize = 128;

/// A paragraph during parsing: its span, its text and its first chars.
struct Para<'a> {
    start: usize,
    end: usize,
    /// Start of the next paragraph (or the text end).
    next: usize,
    /// The paragraph's text (without indentation).
    text: &'a str,
    /// Its length in chars.
    len: usize,
    /// Its first [`HEAD`] chars.
    chars: Vec<char>,
}

/// Parses cleaned text (LF line ends, no controls) into a document. The
/// text is rejoined first if it is hard-wrapped.
pub fn parse(cleaned: &str) -> Document {
    let text = crate::document::reflow::reflow(cleaned);
    parse_reflowed(text)
}

/// [`parse`] of text it may drop once rejoined: the cleaned text and its
/// rejoined copy are not both held while the document is built.
pub fn parse_owned(cleaned: String) -> Document {
    let text = crate::document::reflow::reflow(&cleaned);
    drop(cleaned);
    parse_reflowed(text)
}

/// Parses text that is already in paragraphs.
pub fn parse_reflowed(text: String) -> Document {
    // The char index and the paragraphs at once (both walk the text).
    let total = text.chars().count();
    let (index, paras) = if text.len() >= 1 << 20 {
        crate::par::join(|| CharIndex::new(&text), || split_paragraphs(&text, total))
    } else {
        (CharIndex::new(&text), split_paragraphs(&text, total))
    };
    let refs: Vec<&str> = paras.iter().take(14).map(|p| p.text).collect();
    let title = parse_title_block(&refs);
    let body_first = title.body_start.min(paras.len());
    let body_start = paras.get(body_first).map_or(total, |p| p.start);
    // The trailer starts at a footer line with little text after it (a
    // footer-like line in the middle of a long text is not the end).
    let tail_limit = (total / 7).max(3000);
    let footer = (body_first..paras.len()).find(|&i| {
        let s: String = paras[i].chars.iter().take(24).collect();
        is_footer(&s) && total - paras[i].start <= tail_limit
    });
    let body_end_idx = footer.unwrap_or(paras.len());
    let body_end = footer.map_or(total, |i| paras[i].start);
    let body = &paras[body_first..body_end_idx];
    let sections = build_sections(body, body_end);
    // Page furniture before the report is not a paragraph: never shown,
    // searched by topic or read for figures.
    let kept: Vec<&Para> = paras
        .iter()
        .enumerate()
        .filter(|(k, _)| !title.chrome.contains(k))
        .map(|(_, p)| p)
        .collect();
    let paragraphs = paragraphs_of(&kept);
    drop(kept);
    drop(paras);
    Document {
        title_block: title.block,
        sections,
        paragraphs,
        body: Span {
            start: body_start,
            end: body_end,
        },
        text,
        index,
    }
}

fn split_paragraphs(text: &str, total: usize) -> Vec<Para<'_>> {
    let mut paras: Vec<Para> = Vec::new();
    let mut pos = 0usize;
    for line in text.split('\n') {
        let len = line.chars().count();
        let trimmed_start = line.trim_start_matches(crate::document::reflow::is_space);
        // Count only the short trimmed ends; the line is counted once.
        let lead = line[..line.len() - trimmed_start.len()].chars().count();
        let body = trimmed_start.trim_end_matches(crate::document::reflow::is_space);
        if !body.is_empty() {
            let n = len - lead - trimmed_start[body.len()..].chars().count();
            let start = pos + lead;
            if let Some(prev) = paras.last_mut() {
                prev.next = start;
            }
            // One allocation of the right size (a `collect` would grow it
            // step by step, for every paragraph).
            let mut chars = Vec::with_capacity(HEAD.min(body.len()));
            chars.extend(body.chars().take(HEAD));
            paras.push(Para {
                start,
                end: start + n,
                next: total,
                text: body,
                len: n,
                chars,
            });
        }
        pos += len + 1;
    }
    paras
}

fn paragraphs_of(paras: &[&Para<'_>]) -> Vec<Paragraph> {
    let of = |ps: &[&Para<'_>]| -> Vec<Paragraph> {
        ps.iter()
            .map(|p| Paragraph {
                start: p.start,
                end: p.end,
                sentences: sentences(p.text, p.start),
            })
            .collect()
    };
    // Many paragraphs: their sentences found in two halves at once.
    if paras.len() >= 4096 {
        let (a, b) = paras.split_at(paras.len() / 2);
        let (mut a, b) = crate::par::join(|| of(a), || of(b));
        a.extend(b);
        a
    } else {
        of(paras)
    }
}

/// Sentence spans of a paragraph.
fn sentences(text: &str, base: usize) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut n = 0;
    let mut iter = text.chars().peekable();
    while let Some(c) = iter.next() {
        n += 1;
        if is_sentence_stop(c) {
            while iter
                .peek()
                .is_some_and(|&c| is_closer(c) || is_sentence_stop(c))
            {
                iter.next();
                n += 1;
            }
            out.push(Span {
                start: base + start,
                end: base + n,
            });
            start = n;
        }
    }
    if start < n {
        out.push(Span {
            start: base + start,
            end: base + n,
        });
    }
    out
}

/// The lead sentence of `chars` without its stop, capped in length.
fn lead_title(chars: &[char]) -> String {
    let end = chars
        .iter()
        .position(|c| CLAUSE_STOPS.contains(c))
        .unwrap_or(chars.len());
    let mut t: String = chars[..end].iter().collect();
    let trimmed = t
        .trim_end_matches(['：', ':', '，', ','])
        .trim()
        .to_string();
    t = trimmed;
    if t.chars().count() > 80 {
        t = t.chars().take(79).collect::<String>() + "…";
    }
    t
}

/// The lead sentence, cut to 24 chars, for headings that have no title.
fn short_lead(chars: &[char]) -> String {
    let t = lead_title(chars);
    if t.chars().count() > 24 {
        t.chars().take(23).collect::<String>() + "…"
    } else {
        t
    }
}

/// How a paragraph reads as a heading.
#[derive(Debug, Clone, PartialEq)]
enum Heading {
    /// A marked heading of a kind (rank 1..=5).
    Marked {
        kind: MarkerKind,
        number: u32,
        marker: String,
        title: String,
        title_only: bool,
    },
    /// An unmarked short line standing alone.
    Unmarked(String),
    /// `附件…`, `名词解释`.
    Appendix { marker: String, title: String },
}

fn classify(p: &Para, prev: Option<&Para>, next: Option<&Para>) -> Option<Heading> {
    let chars = &p.chars;
    if let Some(m) = heading_marker(chars) {
        let rest = &chars[m.len..];
        let marker: String = chars[..m.len]
            .iter()
            .collect::<String>()
            .trim_end()
            .to_string();
        let title_only =
            p.len - m.len <= 40 && !rest.iter().any(|c| is_sentence_stop(*c) || *c == '，');
        return Some(Heading::Marked {
            kind: m.kind,
            number: m.number,
            marker,
            title: lead_title(rest),
            title_only,
        });
    }
    // A Chinese numeral alone on its line (`一`, `二` in 1960): a heading
    // whose title is the lead of the paragraph after it.
    if (1..=3).contains(&p.len)
        && chars
            .iter()
            .all(|&c| crate::text::cnnum::is_cn_numeral_char(c))
        && let Some(n) = crate::text::cnnum::parse_cn_int(&chars.iter().collect::<String>())
        && (1..100).contains(&n)
    {
        let title = next.map(|p| short_lead(&p.chars)).unwrap_or_default();
        return Some(Heading::Marked {
            kind: MarkerKind::Cn,
            number: n as u32,
            marker: chars.iter().collect(),
            title,
            title_only: true,
        });
    }
    if p.len <= 40
        && let Some(n) = appendix_marker(chars)
    {
        let marker: String = chars[..n].iter().collect();
        let rest: String = chars[n..].iter().collect();
        let rest = rest
            .trim_start_matches([':', '：', ' ', '\u{3000}'])
            .trim()
            .to_string();
        return Some(Heading::Appendix {
            marker,
            title: rest,
        });
    }
    if p.len == chars.len() && is_unmarked_heading(chars, prev, next) {
        return Some(Heading::Unmarked(chars.iter().collect()));
    }
    None
}

fn is_unmarked_heading(chars: &[char], prev: Option<&Para>, next: Option<&Para>) -> bool {
    let n = chars.len();
    if !(2..=24).contains(&n) || prev.is_none() {
        return false;
    }
    let Some(next) = next else { return false };
    let has_cjk = chars.iter().any(|&c| is_cjk(c));
    let punct = chars.iter().any(|c| {
        matches!(
            c,
            '。' | '，'
                | '、'
                | '；'
                | '：'
                | '！'
                | '？'
                | ','
                | ';'
                | ':'
                | '!'
                | '?'
                | '…'
                | '—'
                | '.'
        )
    });
    // Only words: CJK, letters, digits, quotes and brackets (`＠②原字…`,
    // footnote marks and the like are not headings).
    let wordy = chars.iter().all(|&c| {
        is_cjk(c)
            || c.is_alphanumeric() && !('\u{2460}'..='\u{24ff}').contains(&c)
            || c == ' '
            || c == '\u{3000}'
            || "“”‘’《》（）()〈〉「」·、".contains(c)
    });
    let s: String = chars.iter().collect();
    let last = chars[n - 1];
    // `今后五年建设和改革的目标、方针和任务`: a list of what a heading is
    // about, ending in a heading's word.
    let listed_topics = !chars[..n.min(3)].contains(&'、')
        && [
            "任务", "方针", "目标", "问题", "工作", "总结", "回顾", "要求", "安排", "部署",
        ]
        .iter()
        .any(|w| s.ends_with(w))
        && !chars.iter().any(|c| "。，；：！？,;:!?….".contains(*c));
    has_cjk
        && wordy
        && (!punct || listed_topics)
        && !matches!(last, '的' | '和' | '与' | '及' | '在' | '对' | '为' | '是')
        && !s.starts_with("各位")
        && !s.starts_with("同志")
        && !is_chrome(&s)
        && point_marker(chars).is_none()
        && (next.len > n || heading_marker(&next.chars).is_some())
}

struct Builder {
    /// The stack of open sections: (rank, section). Rank 0 = appendix.
    stack: Vec<(u8, Section)>,
    done: Vec<Section>,
    /// A nested list that reuses a marker kind: (kind, last number).
    nested: Option<(MarkerKind, u32)>,
    in_appendix: bool,
}

impl Builder {
    fn close_to(&mut self, rank: u8, at: usize) {
        while let Some((r, _)) = self.stack.last() {
            if *r < rank {
                break;
            }
            let (_, mut s) = self.stack.pop().unwrap_or_else(|| unreachable!());
            s.end = at;
            self.attach(s);
        }
    }

    fn attach(&mut self, s: Section) {
        match self.stack.last_mut() {
            Some((_, parent)) => parent.children.push(s),
            None => self.done.push(s),
        }
    }

    /// The number the next heading of `kind` would have at rank `rank`.
    fn expected(&self, rank: u8, kind: Option<MarkerKind>) -> u32 {
        let siblings: &[Section] = match self.stack.iter().rev().find(|(r, _)| *r < rank) {
            Some((_, parent)) => &parent.children,
            None => &self.done,
        };
        let open = self.stack.iter().find(|(r, _)| *r == rank).map(|(_, s)| s);
        let last = open.or_else(|| siblings.iter().rev().find(|s| s.marker.is_some()));
        let _ = kind;
        last.and_then(|s| s.number).map_or(1, |n| n + 1)
    }
}

fn rank_of(kind: MarkerKind) -> u8 {
    kind as u8
}

/// The section tree of the body. Long on purpose: one pass over the
/// paragraphs with a stack of open sections, where each heading kind
/// (appendix, unmarked, marked, a glossary's start) changes the same state;
/// split into functions it would pass that state around for no clarity.
fn build_sections(body: &[Para], body_end: usize) -> Vec<Section> {
    let mut b = Builder {
        stack: Vec::new(),
        done: Vec::new(),
        nested: None,
        in_appendix: false,
    };
    let mut headings: Vec<usize> = Vec::new();
    let mut skip_next = false;
    // Whether the first heading of the report is unmarked (set on the first).
    let mut unmarked_top: Option<bool> = None;
    // `一、` lists that start again (1984: under `关于国内建设` and again under
    // `关于外交工作`) belong to the unmarked headings above them; a single run
    // (2002) is their sibling.
    let restarts = body
        .iter()
        .filter(|p| {
            heading_marker(&p.chars).is_some_and(|m| m.kind == MarkerKind::Cn && m.number == 1)
        })
        .count()
        >= 2;
    // Unmarked part headings before the first marked one (`“十四五”时期工作
    //回顾`, `“十五五”时期目标任务和2026年重点工作`): two or more, and the
    // marked list that follows nests under the last of them.
    let mut unmarked_before_marked = 0;
    let glossary = trailing_glossary(body);
    for i in 0..body.len() {
        if std::mem::take(&mut skip_next) {
            continue;
        }
        let p = &body[i];
        if glossary == Some(i) && !b.in_appendix {
            // A numbered list of terms after the body's last section is an
            // appendix of its own.
            b.close_to(0, p.start);
            b.in_appendix = true;
            b.nested = None;
            b.stack.push((
                0,
                new_section(None, None, "名词解释".to_string(), p.start, true),
            ));
        }
        let prev = i.checked_sub(1).map(|j| &body[j]);
        let Some(h) = classify(p, prev, body.get(i + 1)) else {
            continue;
        };
        let base = u8::from(b.in_appendix);
        match h {
            Heading::Appendix { marker, title } => {
                b.close_to(0, p.start);
                b.in_appendix = true;
                b.nested = None;
                // `附件1` / `2026年省十件民生实事`: the next short line is the title.
                let (title, used_next) = if title.is_empty() {
                    match body.get(i + 1) {
                        Some(n) if n.len <= 30 && heading_marker(&n.chars).is_none() => {
                            (n.chars.iter().collect::<String>(), true)
                        }
                        _ => (String::new(), false),
                    }
                } else {
                    (title, false)
                };
                // `附件2` is appendix number 2; `附件` and `名词解释` have none.
                let digits: String = marker
                    .chars()
                    .map(crate::text::fold::fold_char)
                    .skip_while(|c| {
                        !c.is_ascii_digit() && !crate::text::cnnum::is_cn_numeral_char(*c)
                    })
                    .collect();
                let number = digits.parse::<u32>().ok().or_else(|| {
                    crate::text::cnnum::parse_cn_int(&digits).and_then(|n| u32::try_from(n).ok())
                });
                let marker = (!marker.is_empty()).then_some(marker);
                b.stack
                    .push((0, new_section(marker, number, title, p.start, true)));
                headings.push(i);
                if used_next {
                    headings.push(i + 1);
                    skip_next = true;
                }
            }
            Heading::Unmarked(title) => {
                if b.in_appendix {
                    continue;
                }
                // A report that opens with unmarked headings (`过去五年的回顾`)
                // uses them as its top level; in one that opens with marked
                // headings they are subheadings of the section they fall in
                // (`先说工业战线上的情况` inside `（一）`), closing words aside.
                let top = *unmarked_top.get_or_insert(true)
                    || b.stack.is_empty()
                    || matches!(title.as_str(), "结束语" | "结语" | "结束语。");
                let rank = if top { 1 } else { 6 };
                if top && unmarked_top == Some(true) && !b.stack.iter().any(|(r, _)| *r > 1) {
                    unmarked_before_marked += 1;
                }
                b.close_to(rank, p.start);
                b.nested = None;
                b.stack
                    .push((rank, new_section(None, None, title, p.start, false)));
                headings.push(i);
            }
            Heading::Marked {
                kind,
                number,
                marker,
                title,
                title_only,
            } => {
                unmarked_top.get_or_insert(false);
                // Under unmarked top-level headings (`关于国内建设` / `一、…`),
                // marked headings sit one level down: when `一、` lists start
                // again under each, or when the report is in unmarked parts.
                let under_unmarked = u8::from(
                    unmarked_top == Some(true)
                        && (restarts || unmarked_before_marked >= 2)
                        && !b.in_appendix,
                );
                let rank = rank_of(kind) + base + under_unmarked;
                let expected = b.expected(rank, Some(kind));
                let continues_nested = b
                    .nested
                    .is_some_and(|(k, last)| k == kind && number == last + 1);
                let accept = !continues_nested
                    && (number == expected
                        || (title_only && number > expected && number <= expected + 2)
                        || (number == 1 && b.first_of_kind(rank)));
                if !accept {
                    if number == 1 || continues_nested {
                        b.nested = Some((kind, number));
                    }
                    continue;
                }
                b.nested = None;
                b.close_to(rank, p.start);
                b.stack.push((
                    rank,
                    new_section(Some(marker), Some(number), title, p.start, false),
                ));
                headings.push(i);
            }
        }
    }
    b.close_to(0, body_end);
    let mut sections = b.done;
    assign_ids(&mut sections, "", 1);
    let mut points_by_section: Vec<(usize, Point)> = Vec::new();
    collect_points(body, &headings, &sections, &mut points_by_section);
    attach_points(&mut sections, points_by_section);
    sections
}

/// The first paragraph of a numbered list of terms that ends the body
/// (`１、新质生产力：是…` … `７、…`), unless an appendix heading
/// (`名词解释`, `附件2`) already stands above it.
fn trailing_glossary(body: &[Para]) -> Option<usize> {
    let is_term = |p: &Para| {
        heading_marker(&p.chars)
            .filter(|m| m.kind == MarkerKind::Num)
            .and_then(|m| {
                let head: Vec<char> = p.chars[m.len..].iter().take(21).copied().collect();
                let colon = head.iter().position(|c| matches!(c, '：' | ':'))?;
                (colon >= 2 && !head[..colon].iter().any(|c| matches!(c, '，' | '。' | ',')))
                    .then_some(m.number)
            })
    };
    let mut first = body.len();
    while first > 0 && is_term(&body[first - 1]).is_some() {
        first -= 1;
    }
    let run = body.len() - first;
    let starts_at_one = body.get(first).and_then(is_term) == Some(1);
    let numbered = (first..body.len()).all(|k| is_term(&body[k]) == Some((k - first + 1) as u32));
    let under_appendix = body[..first]
        .iter()
        .rev()
        .take(2)
        .any(|p| p.len <= 40 && appendix_marker(&p.chars).is_some());
    (run >= 2 && starts_at_one && numbered && !under_appendix && first > 0).then_some(first)
}

impl Builder {
    /// Whether no section of this rank exists yet under the current parent.
    fn first_of_kind(&self, rank: u8) -> bool {
        let siblings: &[Section] = match self.stack.iter().rev().find(|(r, _)| *r < rank) {
            Some((_, parent)) => &parent.children,
            None => &self.done,
        };
        let open = self.stack.iter().any(|(r, _)| *r == rank);
        !open && siblings.iter().all(|s| s.marker.is_none() || s.appendix)
    }
}

fn new_section(
    marker: Option<String>,
    number: Option<u32>,
    title: String,
    start: usize,
    appendix: bool,
) -> Section {
    Section {
        id: String::new(),
        level: 0,
        marker,
        number,
        title,
        start,
        end: start,
        points: Vec::new(),
        children: Vec::new(),
        appendix,
    }
}

fn assign_ids(sections: &mut [Section], prefix: &str, level: usize) {
    for (i, s) in sections.iter_mut().enumerate() {
        s.id = if prefix.is_empty() {
            format!("{}", i + 1)
        } else {
            format!("{prefix}.{}", i + 1)
        };
        s.level = level;
        let id = s.id.clone();
        assign_ids(&mut s.children, &id, level + 1);
    }
}

/// The innermost section (as a path of indices) containing `pos`.
fn innermost(sections: &[Section], pos: usize) -> Option<&Section> {
    let s = crate::document::model::containing(sections, pos)?;
    innermost(&s.children, pos).or(Some(s))
}

fn collect_points(
    body: &[Para],
    headings: &[usize],
    sections: &[Section],
    out: &mut Vec<(usize, Point)>,
) {
    // (section start, family, last number)
    let mut run: Option<(usize, &'static str, u32)> = None;
    let mut pending: Vec<(usize, Point, bool)> = Vec::new();
    let mut is_heading = vec![false; body.len()];
    for &h in headings {
        if let Some(x) = is_heading.get_mut(h) {
            *x = true;
        }
    }
    for (i, p) in body.iter().enumerate() {
        if is_heading[i] {
            continue;
        }
        let Some(m) = point_marker(&p.chars) else {
            continue;
        };
        let Some(sec) = innermost(sections, p.start) else {
            continue;
        };
        let continues =
            run.is_some_and(|(s, f, last)| s == sec.start && f == m.family && m.number == last + 1);
        if !(continues || m.number == 1) {
            continue;
        }
        run = Some((sec.start, m.family, m.number));
        let rest = &p.chars[m.len..];
        let title = lead_title(rest);
        let rest_len = p.len - m.len;
        let heading_line = match rest.iter().position(|c| CLAUSE_STOPS.contains(c)) {
            Some(k) => k + 1 >= rest_len,
            None => rest_len <= rest.len(),
        };
        let marker: String = p.chars[..m.len].iter().collect();

        let end = if heading_line {
            sec.end
        } else {
            p.next.min(sec.end)
        };
        // Never run past a subsection heading.
        let end = sec
            .children
            .iter()
            .map(|c| c.start)
            .find(|&c| c > p.start)
            .map_or(end, |c| end.min(c));
        pending.push((
            sec.start,
            Point {
                id: String::new(),
                marker,
                number: m.number,
                title,
                start: p.start,
                end,
                inline: false,
            },
            heading_line,
        ));
    }
    // A heading-line point ends where the next point of its section starts.
    for k in 0..pending.len() {
        if pending[k].2 {
            let sec = pending[k].0;
            if let Some(next) = pending[k + 1..].iter().find(|q| q.0 == sec) {
                let ns = next.1.start;
                pending[k].1.end = pending[k].1.end.min(ns);
            }
        }
    }
    out.extend(pending.into_iter().map(|(s, p, _)| (s, p)));
}

fn attach_points(sections: &mut [Section], points: Vec<(usize, Point)>) {
    fn find(sections: &mut [Section], start: usize, pos: usize) -> Option<&mut Section> {
        for s in sections.iter_mut() {
            if s.start <= pos && pos < s.end {
                if s.start == start {
                    // Prefer a deeper section with the same start only if it contains pos.
                    if s.children
                        .iter()
                        .any(|c| c.start == start && c.start <= pos && pos < c.end)
                    {
                        return find(&mut s.children, start, pos);
                    }
                    return Some(s);
                }
                return find(&mut s.children, start, pos);
            }
        }
        None
    }
    for (sec_start, mut p) in points {
        if let Some(s) = find(sections, sec_start, p.start) {
            p.id = format!("{}.p{}", s.id, s.points.len() + 1);
            s.points.push(p);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_split_at_stops_with_closers() {
        let s = sentences("甲。乙！”丙", 10);
        assert_eq!(
            s,
            vec![
                Span { start: 10, end: 12 },
                Span { start: 12, end: 15 },
                Span { start: 15, end: 16 }
            ]
        );
    }

    #[test]
    fn small_outline() {
        let text = "政府工作报告\n各位代表：\n一、回顾\n正文。\n一是甲事。正文。\n二是乙事。正文。\n二、任务\n（一）第一项\n正文。\n（二）第二项。正文继续。\n附件1\n名词解释表\n1.甲：\n指甲。\n";
        let d = parse(text);
        let titles: Vec<(String, String, usize)> = d
            .flat_sections()
            .iter()
            .map(|s| (s.id.clone(), s.title.clone(), s.level))
            .collect();
        assert_eq!(
            titles,
            vec![
                ("1".into(), "回顾".into(), 1),
                ("2".into(), "任务".into(), 1),
                ("2.1".into(), "第一项".into(), 2),
                ("2.2".into(), "第二项".into(), 2),
                ("3".into(), "名词解释表".into(), 1),
                ("3.1".into(), "甲".into(), 2),
            ]
        );
        let p = &d.sections[0].points;
        assert_eq!(p.len(), 2);
        assert_eq!(p[0].title, "甲事");
        assert_eq!(p[1].id, "1.p2");
        assert_eq!(d.slice(p[0].start, p[0].start + 2), "一是");
        assert!(d.sections[2].appendix);
        assert_eq!(d.sections[2].number, Some(1));
    }
}
