//! Rejoins hard-wrapped text into paragraphs: PDF pastes (lines cut
//! mid-sentence, page numbers), wiki text (breaks where links were), and
//! files with no line breaks at all. Text that needs none of this is
//! returned unchanged.

use crate::document::markers::{MarkerKind, appendix_marker, heading_marker, point_marker};
use crate::text::chars::{NO_LINE_START, is_closer};

/// Characters that end a paragraph when they end a line.
const TERMINAL: &[char] = &['。', '！', '？', '；', '：', '!', '?', ';', ':', '…'];
/// Characters after which a sentence cannot stop.
const CONNECTORS: &[char] = &[
    '的', '和', '与', '及', '或', '在', '对', '为', '以', '把', '被', '从', '向', '了', '等', '、',
    '，', ',', '“', '《', '（', '(', '并', '将', '其', '之', '由', '到',
];

/// Whitespace and zero-width characters (a wiki line holding only U+200B
/// is blank).
pub fn is_space(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}'
        )
}

fn is_blank(line: &str) -> bool {
    line.trim_matches(is_space).is_empty()
}

fn is_indented(line: &str) -> bool {
    line.starts_with('\u{3000}') || line.starts_with("  ") || line.starts_with('\t')
}

fn ends_terminal(line: &str) -> bool {
    let t = line.trim_end();
    let mut rev = t.chars().rev();
    match rev.next() {
        Some(c) if TERMINAL.contains(&c) => true,
        Some(c) if is_closer(c) => rev.next().is_some_and(|p| TERMINAL.contains(&p)),
        _ => false,
    }
}

/// A page-number line: `— 3 —`, `- 12 -`, `第3页`, `第 3 页 共 30 页`; bare
/// digits count only when `bare_digits` (hard-wrapped text).
pub fn is_page_number(line: &str, bare_digits: bool) -> bool {
    // 16 chars of at most 4 bytes: anything longer is text.
    if line.trim().len() > 64 {
        return false;
    }
    // Every form below is made of digits, dashes, `第页共/` and spaces
    // only: a line with any other char (most lines) is not looked at further.
    let page_char = |c: char| {
        let c = crate::text::fold::fold_char(c);
        c.is_ascii_digit()
            || c.is_whitespace()
            || matches!(
                c,
                '-' | '—' | '–' | '─' | '~' | '〜' | '第' | '页' | '共' | '/'
            )
    };
    if !line.chars().all(page_char) {
        return false;
    }
    let t: String = line
        .trim()
        .chars()
        .map(crate::text::fold::fold_char)
        .filter(|c| *c != ' ')
        .collect();
    if t.is_empty() || t.chars().count() > 16 {
        return false;
    }
    let digits = t.chars().filter(char::is_ascii_digit).count();
    if digits == 0 || digits > 4 {
        return false;
    }
    let dashes = |c: char| matches!(c, '-' | '—' | '–' | '─' | '~' | '〜' | '－');
    let inner = t.trim_matches(dashes);
    let decorated = inner.len() < t.len() && inner.chars().all(|c| c.is_ascii_digit());
    let paged = t.starts_with('第')
        && t.contains('页')
        && t.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '第' | '页' | '共' | '/'));
    let bare = bare_digits && t.chars().all(|c| c.is_ascii_digit()) && digits <= 3;
    // `3 / 30` in a PDF footer.
    let of = bare_digits
        && t.split_once('/').is_some_and(|(a, b)| {
            !a.is_empty()
                && !b.is_empty()
                && (a.to_string() + b).chars().all(|c| c.is_ascii_digit())
        });
    decorated || paged || bare || of
}

/// Short lines (not headings) that occur three times or more after the
/// title block: running headers and footers of a PDF.
/// (Every line of a long file is a candidate: their hashes are sorted
/// rather than counted in a map that would grow with the file, and only
/// hashes seen three times or more are compared as text.)
fn running_lines(lines: &[&str], zone: usize) -> std::collections::HashSet<String> {
    use std::hash::BuildHasher;
    let hasher = foldhash::fast::FixedState::with_seed(0);
    let mut keyed: Vec<(u64, &str)> = lines
        .iter()
        .skip(zone)
        .map(|line| line.trim())
        .filter(|t| {
            !t.is_empty() && t.chars().count() <= 24 && !starts_marker(t) && !ends_terminal(t)
        })
        .map(|t| (hasher.hash_one(t), t))
        .collect();
    keyed.sort_unstable_by_key(|&(h, _)| h);
    let mut out = std::collections::HashSet::new();
    for group in keyed.chunk_by(|a, b| a.0 == b.0) {
        if group.len() < 3 {
            continue;
        }
        // The same hash is almost always the same line; count to be sure.
        let mut texts: Vec<&str> = group.iter().map(|&(_, t)| t).collect();
        texts.sort_unstable();
        for same in texts.chunk_by(|a, b| a == b) {
            if same.len() >= 3 {
                out.insert(same[0].to_string());
            }
        }
    }
    out
}

/// The first 12 chars of `s` on the stack: markers are asked of every
/// line, which allocates nothing.
struct Head {
    buf: [char; 12],
    n: usize,
}

impl Head {
    fn of(s: &str) -> Self {
        let mut buf = ['\0'; 12];
        let mut n = 0;
        for (b, c) in buf.iter_mut().zip(s.chars()) {
            *b = c;
            n += 1;
        }
        Self { buf, n }
    }

    fn chars(&self) -> &[char] {
        &self.buf[..self.n]
    }
}

fn starts_marker(line: &str) -> bool {
    let head = Head::of(line.trim_start());
    let chars = head.chars();
    heading_marker(chars).is_some()
        || point_marker(chars).is_some()
        || appendix_marker(chars).is_some()
        || chars.first() == Some(&'—') && chars.get(1) == Some(&'—')
}

/// A line that reads as a heading on its own: a marker and a short title
/// with no sentence punctuation inside it.
///
/// Reads at most 41 chars of `line`, so that asking it of a paragraph being
/// built line by line stays linear.
fn is_heading_line(line: &str) -> bool {
    let t = line.trim_start();
    let n = count_up_to(t.trim_end(), 41);
    if n > 40 {
        return false;
    }
    let t = t.trim_end();
    let head = Head::of(t);
    let chars = head.chars();
    let marker_len = heading_marker(chars)
        .map(|m| m.len)
        .or_else(|| appendix_marker(chars));
    marker_len.is_some_and(|m| n > m + 1) && !t.contains(['。', '，', '；', '！', '？'])
}

/// The number of chars of `s`, counted up to `cap` (a longer `s` gives
/// `cap`): questions about a short line never read a long paragraph whole.
fn count_up_to(s: &str, cap: usize) -> usize {
    s.chars().take(cap).count()
}

/// The median display width of the text lines (blank and page-number
/// lines left out); `widths[i]` is the width of `lines[i]`.
fn median_width(lines: &[&str], widths: &[usize]) -> usize {
    let mut lens: Vec<usize> = lines
        .iter()
        .zip(widths)
        .filter(|(l, _)| !is_blank(l) && !is_page_number(l, true))
        .map(|(_, &w)| w)
        .collect();
    if lens.is_empty() {
        return 0;
    }
    let mid = lens.len() / 2;
    *lens.select_nth_unstable(mid).1
}

/// How the line breaks of a text are to be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// One paragraph per line; only evidently cut lines are joined.
    Lines,
    /// Paragraphs separated by blank lines; single breaks inside are soft.
    Blocks,
    /// Hard-wrapped at a fixed width (PDF paste).
    Wrapped,
}

/// Decides how to read the line breaks of `lines` (with their widths).
pub fn detect_mode(lines: &[&str], widths: &[usize]) -> Mode {
    let non_blank: Vec<usize> = (0..lines.len()).filter(|&i| !is_blank(lines[i])).collect();
    if non_blank.len() < 3 {
        return Mode::Lines;
    }
    let blank = lines.len() - non_blank.len();
    let typical = median_width(lines, widths);
    let cut = non_blank
        .iter()
        .filter(|&&i| {
            let n = widths[i];
            i + 1 < lines.len()
                && !is_blank(lines[i + 1])
                && n * 100 >= typical * 85
                // Narrow columns (a PDF cut at 20 columns) only in a text
                // long enough for their widths to tell.
                && (n >= 24 || n >= 16 && non_blank.len() >= 40)
                && !ends_terminal(lines[i])
        })
        .count();
    if cut * 10 >= non_blank.len() * 3 && cut >= 3 {
        Mode::Wrapped
    } else if blank * 10 >= non_blank.len() * 6 {
        Mode::Blocks
    } else {
        Mode::Lines
    }
}

/// Whether blank-separated text is one wrapped line per block: nearly every
/// block a single line, and many of them full-width lines cut mid-sentence.
fn double_spaced_wrapped(lines: &[&str], widths: &[usize]) -> bool {
    let text: Vec<usize> = (0..lines.len()).filter(|&i| !is_blank(lines[i])).collect();
    if text.len() < 6 {
        return false;
    }
    let single = text.windows(2).filter(|w| w[1] > w[0] + 1).count();
    let dense: Vec<&str> = text.iter().map(|&i| lines[i]).collect();
    let dense_widths: Vec<usize> = text.iter().map(|&i| widths[i]).collect();
    single * 10 >= (text.len() - 1) * 9 && detect_mode(&dense, &dense_widths) == Mode::Wrapped
}

/// Splits text that has (almost) no line breaks at its `　　` indents and
/// tabs, so that it reads as one paragraph per line.
fn split_unbroken(text: &str) -> Option<String> {
    let lines = text.lines().filter(|l| !is_blank(l)).count();
    let chars = text.chars().count();
    if lines > 3 || chars < 100 {
        return None;
    }
    if !(text.contains("\u{3000}\u{3000}") || text.contains('\t')) {
        return split_at_markers(text);
    }
    let mut out = String::with_capacity(text.len() + 64);
    let mut prev: Option<char> = None;
    let mut iter = text.chars().peekable();
    while let Some(c) = iter.next() {
        if c == '\t' {
            out.push('\n');
        } else if c == '\u{3000}'
            && iter.peek() == Some(&'\u{3000}')
            && prev.is_some_and(|p| p != '\n' && p != '\u{3000}')
        {
            out.push('\n');
            out.push(c);
        } else {
            out.push(c);
        }
        prev = Some(c);
    }
    Some(out)
}

/// Text with no breaks and no indents: a break goes after `各位代表：` and
/// before each heading (`二、`, `（三）`) or point (`一是`) that follows the end of
/// a sentence.
fn split_at_markers(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 256);
    let mut changed = false;
    // Where a break goes after a heading's title (see [`title_end`]).
    let mut title_break = None;
    for (i, &c) in chars.iter().enumerate() {
        let after_stop = i > 0 && matches!(chars[i - 1], '。' | '：' | ':' | '！' | '？' | '；');
        // `国务院总理 李克强各位代表：`: the salutation is a line of its own.
        let before_salutation = i > 0
            && chars[i..].starts_with(&['各', '位', '代', '表', '：'])
            && !matches!(chars[i - 1], '\n' | '：' | '。');
        if title_break == Some(i) || before_salutation {
            out.push('\n');
            changed = true;
        } else if after_stop {
            let head = &chars[i..chars.len().min(i + 12)];
            let at_salutation = chars[..i].ends_with(&['各', '位', '代', '表', '：']);
            let heading = heading_marker(head);
            if at_salutation
                || heading.is_some()
                || point_marker(head).is_some()
                || appendix_marker(head).is_some()
            {
                out.push('\n');
                changed = true;
            }
            if let Some(m) = heading.filter(|m| m.kind == MarkerKind::Cn) {
                title_break = title_end(&chars, i + m.len);
            }
        }
        out.push(c);
    }
    changed.then_some(out)
}

/// Words a section title ends with (`2020年工作回顾`, `主要目标任务`,
/// `2021年重点工作`), longest first.
const TITLE_ENDS: &[&str] = &[
    "工作回顾",
    "目标任务",
    "主要任务",
    "重点工作",
    "工作安排",
    "总体要求",
    "总体部署",
    "工作建议",
    "回顾",
    "任务",
    "安排",
    "建议",
    "要求",
    "部署",
    "成就",
    "展望",
    "工作",
    "建设",
];

/// Where the title of a top-level heading starting at `from` ends in text
/// with no line breaks (`一、2020年工作回顾过去一年，在…`): after the first
/// title-ending word that is not followed by a joining char (`成就和…`)
/// and that leaves some of a clause before the next comma; none if no such
/// word comes before the first comma or stop.
fn title_end(chars: &[char], from: usize) -> Option<usize> {
    let stop = (from..chars.len().min(from + 40))
        .find(|&k| matches!(chars[k], '，' | ',' | '。' | '；' | '：'))?;
    let mut k = from + 2;
    while k < stop {
        let at = |w: &&str| {
            let w: Vec<char> = w.chars().collect();
            chars[k..stop].starts_with(&w).then_some(w.len())
        };
        if let Some(n) = TITLE_ENDS.iter().find_map(at) {
            let end = k + n;
            // `工作` + `总体部署`: the title goes on.
            let goes_on = TITLE_ENDS.iter().any(|w| {
                let w: Vec<char> = w.chars().collect();
                chars[end..stop].starts_with(&w)
            });
            let joined = goes_on || chars.get(end).is_some_and(|c| "和与及、“”的".contains(*c));
            if !joined && stop - end >= 2 {
                return Some(end);
            }
            k = end;
            continue;
        }
        k += 1;
    }
    // No title word: the title ends where a sentence of the body opens
    // (`继续保持经济平稳较快发展今年经济发展要…`).
    (from + 4..stop)
        .find(|&k| {
            BODY_OPENERS
                .iter()
                .any(|w| chars[k..stop].starts_with(&w.chars().collect::<Vec<_>>()))
        })
        // Or where it repeats four chars of the title (`把改革开放扎实推向纵深
        // 改革开放是推动发展的制胜法宝`).
        .or_else(|| {
            (from + 6..stop.saturating_sub(3)).find(|&k| {
                let w = &chars[k..k + 4];
                chars[from..k].windows(4).any(|x| x == w)
            })
        })
}

/// Words that open the first sentence under a heading.
const BODY_OPENERS: &[&str] = &[
    "今年",
    "我们",
    "过去",
    "面对",
    "当前",
    "贯彻",
    "国际形势",
    "新形势",
    "一年来",
    "五年来",
];

/// Where the title block ends: lines before this index are never joined.
fn title_zone_end(lines: &[&str]) -> usize {
    let mut seen = 0;
    for (i, line) in lines.iter().enumerate() {
        let t = line.trim();
        // Web chrome before the title (`下载`, `来源：…`) does not count.
        if t.is_empty() || crate::document::titleblock::is_chrome(t) {
            continue;
        }
        seen += 1;
        if t.starts_with("各位代表") || t.starts_with("各位委员") || t.starts_with("同志们")
        {
            return i + 1;
        }
        if seen > 8 || t.chars().count() > 60 || ends_terminal(t) && seen > 1 {
            return i;
        }
    }
    0
}

/// Rejoins the paragraphs of `text` (LF line ends). Returns the text
/// unchanged when its lines are already paragraphs.
pub fn reflow(text: &str) -> String {
    if let Some(split) = split_unbroken(text) {
        return reflow_lines(&split);
    }
    reflow_lines(text)
}

/// Rejoins lines into paragraphs. Long on purpose: it detects the mode
/// once, drops page furniture, then makes one pass deciding per line
/// whether it continues the paragraph (the decision per mode lives in the
/// `should_join_*` functions).
fn reflow_lines(text: &str) -> String {
    let lines: Vec<&str> = text.split('\n').collect();
    let widths: Vec<usize> = lines.iter().map(|l| line_width(l)).collect();
    let mode = detect_mode(&lines, &widths);
    // A double-spaced PDF paste (a blank line after every line) reads as
    // blocks of one line each; without its blank lines it is wrapped text.
    if mode == Mode::Blocks && double_spaced_wrapped(&lines, &widths) {
        let dense: String = lines
            .iter()
            .filter(|l| !is_blank(l))
            .copied()
            .collect::<Vec<_>>()
            .join("\n");
        return reflow_lines(&dense);
    }
    let typical = median_width(&lines, &widths);
    // Also the typical count of chars: a text cut every N chars (not by
    // width) has lines with digits or quotes narrower than the rest, and
    // full all the same.
    let typical_chars = if mode == Mode::Wrapped {
        let counts: Vec<usize> = lines
            .iter()
            .map(|l| count_up_to(l.trim_end(), 400))
            .collect();
        median_width(&lines, &counts)
    } else {
        0
    };
    let zone = title_zone_end(&lines);
    let indent_driven = mode == Mode::Wrapped && paragraphs_are_indented(&lines);

    // In wrapped text, a short line repeated on many pages (a running
    // header or footer such as the report's title) is page furniture.
    let furniture = if mode == Mode::Wrapped {
        running_lines(&lines, zone)
    } else {
        std::collections::HashSet::new()
    };
    // Drop page-number lines, and in wrapped text the blank lines around them.
    let mut keep = vec![true; lines.len()];
    for (i, line) in lines.iter().enumerate() {
        let running = i >= zone && furniture.contains(line.trim());
        if running || is_page_number(line, mode == Mode::Wrapped) {
            keep[i] = false;
            if mode == Mode::Wrapped {
                let mut j = i;
                while j > 0 && is_blank(lines[j - 1]) {
                    j -= 1;
                    keep[j] = false;
                }
                let mut k = i + 1;
                while k < lines.len() && is_blank(lines[k]) {
                    keep[k] = false;
                    k += 1;
                }
            }
        }
    }

    // Wiki text: a line holding only a zero-width space inside a sentence
    // (`交出一份人` / `\u{200b}` / `民满意…`) is where a link was, not a
    // paragraph break.
    if mode == Mode::Blocks {
        for i in 1..lines.len().saturating_sub(1) {
            let zero_width_only = is_blank(lines[i]) && !lines[i].trim().is_empty();
            if zero_width_only
                && !is_blank(lines[i - 1])
                && !ends_terminal(lines[i - 1])
                && !is_blank(lines[i + 1])
                && !is_indented(lines[i + 1])
            {
                keep[i] = false;
            }
        }
    }

    let mut out = String::with_capacity(text.len());
    // The paragraph being built: whether it came from joining lines.
    // Where its first non-space char is (the join rules trim it anyway, and
    // a paragraph's leading spaces are not read again for every line), and
    // whether it is blank so far.
    let mut para_start = 0usize;
    let mut para_blank = true;
    // Whether it has over 40 chars: then it is no heading, and it stays so
    // as lines join it (asked once per line until it is so, never after).
    let mut para_long = false;
    let mut joined = false;
    let mut first = true;
    // The previous kept line as written (its width tells a full line).
    let mut prev_line: &str = "";
    for (i, line) in lines.iter().enumerate() {
        if !keep[i] {
            continue;
        }
        let prev = std::mem::replace(&mut prev_line, line);
        if first {
            out.push_str(line);
            first = false;
            para_start = line.len() - line.trim_start().len();
            para_blank = is_blank(line);
            para_long = false;
            continue;
        }
        let para = &out[para_start..];
        if !para_long {
            para_long = count_up_to(para.trim(), 41) > 40;
        }
        let long = para_long;
        // The title block is kept as written, except for wiki link breaks.
        let join = !para_blank
            && !is_blank(line)
            && if i < zone {
                // The title block is kept as written, except for a venue
                // cut in two and wiki link breaks.
                title_block_join(para, line, mode)
                    && (mode != Mode::Blocks || should_join_block(para, line, long))
            } else {
                match mode {
                    Mode::Blocks => should_join_block(para, line, long),
                    // Paragraphs are indented: an unindented line continues
                    // the one before (even a heading cut in two), unless it
                    // is a heading itself.
                    Mode::Wrapped if indent_driven => !is_indented(line) && !is_heading_line(line),
                    Mode::Wrapped => should_join_wrapped(
                        para,
                        prev,
                        line,
                        (typical, typical_chars),
                        joined,
                        long,
                    ),
                    Mode::Lines => should_join_lines(para, line, joined, long),
                }
            };
        if join {
            let trimmed = out.trim_end_matches([' ', '\t']).len();
            let spaced = trimmed < out.len() || line.starts_with(' ');
            out.truncate(trimmed);
            let next = line.trim_start();
            // `再扫除3 5 ` / `0 万青壮年文盲`: digits written with spaces keep
            // their space across the break (`3 5 0 万`, not `3 50 万`).
            if spaced
                && out.ends_with(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c))
                && next.starts_with(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c))
            {
                out.push(' ');
            }
            // Words of English prose are parted by a space; a code cut at
            // a line end in Chinese text (`,P` / `M2.5`) is not.
            // (Looked at within the last 64 bytes: a run of letters joined
            // line after line is not read again for each line.)
            let mut from = out.len().saturating_sub(64);
            while !out.is_char_boundary(from) {
                from += 1;
            }
            let tail = &out[from..];
            let word = tail.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            if word.len() < tail.len()
                && word.ends_with(|c: char| c.is_ascii_whitespace())
                && next.starts_with(|c: char| c.is_ascii_alphabetic())
            {
                out.push(' ');
            }
            out.push_str(next);
            joined = true;
        } else {
            out.push('\n');
            para_start = out.len() + line.len() - line.trim_start().len();
            para_blank = is_blank(line);
            para_long = false;
            out.push_str(line);
            joined = false;
        }
    }
    out
}

/// Whether two lines of the title block are one: in a PDF paste a date
/// line whose venue goes on (`——2013年3月5日在第十二届全国人民代表大会` /
/// `第一次会议上`), in wiki text a line cut by a link. The date line, the speaker and the
/// salutation stay lines of their own.
fn title_block_join(para: &str, line: &str, mode: Mode) -> bool {
    use crate::document::titleblock::{is_date_line, is_salutation};
    let (p, l) = (para.trim(), line.trim());
    if is_salutation(l) || is_date_line(l) {
        return false;
    }
    let venue_closed = p.trim_end_matches(['）', ')']).ends_with('上');
    // Only where lines were cut by the page (a PDF): a text whose lines are
    // its own keeps its title block as written.
    if is_date_line(p) {
        return mode == Mode::Wrapped && !venue_closed && l.chars().count() <= 40;
    }
    mode == Mode::Blocks && !venue_closed
}

/// Whether, in wrapped text, lines after a paragraph's end are indented
/// (so that an unindented line always continues the one before).
fn paragraphs_are_indented(lines: &[&str]) -> bool {
    let mut after_end = 0;
    let mut indented = 0;
    for w in lines.windows(2) {
        if ends_terminal(w[0]) && !is_blank(w[1]) {
            after_end += 1;
            if is_indented(w[1]) {
                indented += 1;
            }
        }
    }
    after_end >= 3 && indented * 10 >= after_end * 8
}

/// `long`: the paragraph has over 40 chars (so it is no heading).
fn should_join_block(para: &str, line: &str, long: bool) -> bool {
    if is_indented(line) {
        return false;
    }
    // Web chrome lines and a complete title stay lines of their own.
    let chrome = crate::document::titleblock::is_chrome;
    // `政 府 工 作 报 告`: spaces left out; read from the end, and a
    // paragraph of over 200 chars is never a title.
    let whole_title = |t: &str| {
        let solid = |c: &char| !c.is_whitespace();
        let mut tail = t.chars().rev().filter(solid);
        tail.next() == Some('告')
            && tail.next() == Some('报')
            && count_up_to(t, 201) <= 200
            && t.chars().filter(solid).count() <= 40
    };
    if chrome(para) || chrome(line) || whole_title(para) || whole_title(line) {
        return false;
    }
    !(!long && is_heading_line(para) && line.trim().chars().count() >= 30)
}

/// Wrapped text whose paragraphs are not indented: a full line continues
/// (a paragraph rarely ends exactly at the margin, while a sentence often
/// does), a short line ends its paragraph.
fn should_join_wrapped(
    para: &str,
    prev: &str,
    line: &str,
    (typical, typical_chars): (usize, usize),
    joined: bool,
    long: bool,
) -> bool {
    if is_indented(line) || is_heading_line(line) {
        return false;
    }
    // A short line that stops inside a sentence or a number (a line with
    // digits or quotes is narrower than its neighbours) continues.
    if breaks_mid_sentence(para, line, long || count_up_to(para.trim(), 4) >= 4, false) {
        return true;
    }
    let full = line_width(prev) + 2 >= typical
        || typical_chars >= 12 && count_up_to(prev.trim_end(), typical_chars) >= typical_chars;
    if !joined && !long && is_heading_line(para) {
        // A heading cut at the margin (`四、为经济建设和改革开放创造更好` /
        // `的社会政治环境`): its rest is a short line of words.
        // (A full line after a heading is the body's first, not the rest
        // of the heading.)
        let rest: Vec<char> = line.trim().chars().collect();
        return full
            && rest.len() <= 20
            && line_width(line) + 2 < typical
            && heading_marker(&rest).is_none()
            && point_marker(&rest).is_none()
            // (`一、提高…救助保障` / `水平。`: a point's title may end in a stop.)
            && !rest[..rest.len().saturating_sub(1)]
                .iter()
                .any(|c| matches!(c, '。' | '，' | '；' | '：' | ',' | ';' | ':'));
    }
    if full {
        // After a full line only a section heading, or a numbered point after
        // a full stop (`…挑战。` / `三是…`), starts a new paragraph.
        let head = Head::of(line.trim_start());
        let chars = head.chars();
        let after_stop = para.trim_end().ends_with(['。', '！', '？', '!', '?']);
        let point_after_stop = point_marker(chars).is_some() && after_stop;
        // `…请予审议。` / `过去五年的回顾` / `第五届…`: after a full stop at
        // the margin, a short line of words with no stop of its own is a
        // title (a paragraph's last line would end in one).
        let words = line.trim();
        let title_after_stop = after_stop
            && line_width(line) + 2 < typical
            && count_up_to(words, 21) <= 20
            && !words.contains(|c: char| {
                matches!(
                    c,
                    '。' | '，' | '；' | '：' | '！' | '？' | '”' | '、' | ',' | ';' | ':' | '.'
                )
            });
        return heading_marker(chars).is_none()
            && appendix_marker(chars).is_none()
            && !point_after_stop
            && !title_after_stop;
    }
    false
}

/// Display width of a line as laid out (indentation included).
fn line_width(line: &str) -> usize {
    // A line of over 600 bytes is a paragraph, not a wrapped line: its
    // exact width does not matter (two columns per three bytes of CJK).
    if line.len() > 600 {
        return line.len() * 2 / 3;
    }
    // ASCII and the common CJK blocks without a table lookup; the rest by
    // unicode-width, as the terminal would measure them.
    line.trim_end()
        .chars()
        .map(|c| match c as u32 {
            0x20..=0x7e => 1,
            0x3000..=0x303f | 0x4e00..=0x9fff | 0xff01..=0xff60 => 2,
            _ => unicode_width::UnicodeWidthChar::width(c).unwrap_or(0),
        })
        .sum()
}

/// `long`: the paragraph has over 40 chars (no heading, no `附件1`).
fn should_join_lines(para: &str, line: &str, joined: bool, long: bool) -> bool {
    if ends_terminal(para)
        || is_indented(line)
        || starts_marker(line)
        || !long && is_heading_line(para)
    {
        return false;
    }
    // `附件1` stands alone above its title.
    if !long
        && appendix_marker(Head::of(para.trim()).chars()).is_some()
        && count_up_to(para.trim(), 13) <= 12
    {
        return false;
    }
    let next = line.trim_start();
    // `（一）坚持…的方向和力度，实施…货币政策` / `发展社会主义…`: a marked
    // title with a comma inside (no stop) ends at its line.
    let t = para.trim();
    if !long
        && heading_marker(Head::of(t).chars()).is_some()
        && !t.contains(['。', '；', '！', '？', ';', '!', '?'])
        && !t.ends_with(['，', '、', ','])
        && !breaks_mid_sentence(para, next, false, false)
    {
        return false;
    }
    // Only `n >= 4` and `n >= 30` are asked below.
    let n = if long {
        30
    } else {
        count_up_to(para.trim(), 30)
    };
    let last = para.trim_end().chars().last();
    let first = next.chars().next();
    let latin = last.is_some_and(|c| c.is_ascii_alphanumeric())
        && first.is_some_and(|c| c.is_ascii_alphanumeric());
    joined || latin || n >= 30 || breaks_mid_sentence(para, next, n >= 4, true)
}

/// Whether a line break between `para` (the paragraph so far) and `next`
/// falls inside a sentence: after a word or mark that joins (`的`, `和`,
/// `，`, `“`), before a mark that never starts a line (`，`, `。`, `％`), or
/// inside a number (`部署“场所码”17.` / `2万张`, `办理满意率10` / `0%`,
/// `城镇新增就业1100` / `万人以上`, `降低13.5` / `%`). A number at the end
/// counts only after `long_enough` text (`附件1` / `2024年…` stay apart).
/// With `words` false only marks join (`，`, `、`, `“`): a word such as
/// `向` or `在` also ends nouns (`政策取向`), which a heading may end in.
fn breaks_mid_sentence(para: &str, next: &str, long_enough: bool, words: bool) -> bool {
    let para = para.trim_end();
    let next = next.trim_start();
    let (Some(last), Some(first)) = (para.chars().last(), next.chars().next()) else {
        return false;
    };
    let digit = |c: char| crate::text::fold::fold_char(c).is_ascii_digit();
    let before_last = para.chars().rev().nth(1);
    // What may follow the digits of a number: more digits, its point, a
    // percent sign or a scale.
    let number_goes_on =
        digit(first) || matches!(first, '.' | '．' | '%' | '％' | '万' | '亿' | '千' | '百');
    let cut_number = (digit(last) && long_enough && number_goes_on)
        || (matches!(last, '.' | '．') && before_last.is_some_and(digit) && digit(first));
    let joins = if words {
        CONNECTORS.contains(&last)
    } else {
        matches!(last, '，' | ',' | '、' | '“' | '《' | '（' | '(')
    };
    joins || NO_LINE_START.contains(&first) || cut_number
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_text_is_unchanged() {
        let t = "政府工作报告\n——2022年7月27日在上海市嘉定区第七届人民代表大会\n常务委员会第二次会议上\n各位代表：\n一、工作回顾\n正文。\n";
        assert_eq!(reflow(t), t);
        let blocks =
            "政 府 工 作 报 告\n\n　　各位代表：\n\n　　一、回顾\n\n　　正文一。\n\n　　正文二。\n";
        assert_eq!(reflow(blocks), blocks);
    }

    #[test]
    fn codes_cut_at_a_line_end_are_rejoined_without_a_space() {
        let text = "各位代表：\n　　全区空气质量优良率达到百分之九十一点六,P\nM2.5平均浓度同比改善百分之六点三,二十一\n个水环境质量国考、市考断面全部达标。\n";
        let out = reflow(text);
        assert!(out.contains(",PM2.5平均浓度"), "{out:?}");
        // English words are parted by a space.
        let text = "各位代表：\n　　我们与国际组织签署了合作协议 Belt and Road\nInitiative 的合作文件,合作文件已经全部落地\n实施并取得了明显的成效和良好的社会反响。\n";
        let out = reflow(text);
        assert!(out.contains("Road Initiative"), "{out:?}");
    }

    #[test]
    fn spaced_digits_cut_at_a_line_end_keep_their_space() {
        let text = "各位代表：\n　　今年，基本普及九年义务教育的地区要增加到全国人口的7 2 ％，再扫除3 5 \n0 万青壮年文盲。积极发展中等、高等职业教育和成人教育。\n";
        let out = reflow(text);
        assert!(out.contains("再扫除3 5 0 万青壮年文盲"), "{out:?}");
    }

    #[test]
    fn numbers_cut_at_a_line_end_are_rejoined() {
        for (text, joined) in [
            (
                "各位代表：\n部署“场所码”17.\n2万张。\n",
                "部署“场所码”17.2万张。",
            ),
            (
                "各位代表：\n新增企业户数1.\n5万户。\n",
                "新增企业户数1.5万户。",
            ),
            ("各位代表：\n办理满意率10\n0%。\n", "办理满意率100%。"),
            (
                "各位代表：\n新增企业户数１．\n５万户。\n",
                "新增企业户数１．５万户。",
            ),
        ] {
            assert!(
                reflow(text).contains(joined),
                "{text:?} → {:?}",
                reflow(text)
            );
        }
        // A line that ends in a number of its own and a new line with a digit.
        let apart = "各位代表：\n附件1\n2024年主要指标\n";
        assert!(reflow(apart).contains("附件1\n2024"), "{:?}", reflow(apart));
    }

    #[test]
    fn a_pdf_line_cut_inside_a_sentence_or_number_continues() {
        // Cut every 35 chars (not by width: the lines with digits are
        // narrower than the others), with page numbers between pages.
        let paras = [
            "今年发展主要预期目标是：国内生产总值增长6%以上；城镇新增就业1100万人以上，城镇调查失业率5.5%左右；居民消费价格涨幅3%左右；进出口量稳质升，国际收支基本平衡。",
            "坚决守住18亿亩耕地红线，单位国内生产总值能耗和二氧化碳排放分别降低13.5%、18%，森林覆盖率提高到24.1%，生态环境持续改善，宏观调控积累了新的经验，以合理代价取得了较好成效。",
        ];
        let mut t = String::from("各位代表：\n");
        for (k, p) in paras.iter().enumerate() {
            let chars: Vec<char> = p.chars().collect();
            for line in chars.chunks(35) {
                t.extend(line);
                t.push('\n');
            }
            if k == 0 {
                t.push_str("— 3 —\n");
            }
        }
        let r = reflow(&t);
        for p in paras {
            assert!(r.contains(p), "{p}\n{r}");
        }
    }

    #[test]
    fn pdf_paste_is_rejoined() {
        // Lines of one width (25 columns), cut anywhere: inside a number, after
        // a full stop in mid-paragraph; a page number between pages.
        let para1 = "上半年全区完成增加值1127.2亿元，可比下降10.3%。工业总产值完成情况较好，全年目标有望完成，各项工作稳步推进，取得了较好的成效。";
        let para2 = "下半年要继续努力，加大力度推进各项工作任务落实，确保完成全年目标任务，为全区经济社会发展作出新的更大贡献。";
        let mut t = String::from("各位代表：\n");
        for (k, p) in [para1, para2].iter().enumerate() {
            let mut line = String::new();
            for c in p.chars() {
                if unicode_width::UnicodeWidthStr::width(line.as_str())
                    + unicode_width::UnicodeWidthChar::width(c).unwrap_or(0)
                    > 25
                {
                    t.push_str(&line);
                    t.push('\n');
                    line.clear();
                }
                line.push(c);
            }
            t.push_str(&line);
            t.push('\n');
            if k == 0 {
                t.push_str("\n— 3 —\n\n");
            }
        }
        assert!(t.contains("1127.\n2亿元"), "{t}");
        let r = reflow(&t);
        assert_eq!(r, format!("各位代表：\n{para1}\n{para2}\n"));
    }

    #[test]
    fn running_headers_and_page_counters_go() {
        let body = "这是一段很长的正文内容用来占满整整一行的宽度而不在行末结束句子";
        let mut t = String::from("政府工作报告\n各位代表：\n");
        for page in 1..=4 {
            t.push_str("2024年政府工作报告\n");
            for _ in 0..6 {
                t.push_str(body);
                t.push('\n');
            }
            t.push_str(&format!("{page} / 4\n"));
        }
        let r = reflow(&t);
        assert!(!r.contains("2024年政府工作报告"), "{r}");
        assert!(!r.contains(" / 4"), "{r}");
        assert_eq!(r.lines().count(), 3, "{r}");
    }

    #[test]
    fn wiki_link_breaks_are_joined() {
        let t = "各位代表：\n\n　　我们听取了\n劉少奇同志\n關於憲法草案的報告\n並進行了討論。\n\n　　\n一、\n我国人民已经在…。\n";
        let r = reflow(t);
        assert!(
            r.contains("我们听取了劉少奇同志關於憲法草案的報告並進行了討論。"),
            "{r}"
        );
        assert!(r.contains("一、我国人民已经在…。"), "{r}");
    }

    #[test]
    fn evidently_cut_lines_are_joined_in_line_mode() {
        let t = "各位代表：\n一、回顾\n正文第一段。\n“十五五”时期经济社会发展的\n主要目标\n是：地区生产总值年均增长5%左右。\n深入打好蓝天、碧水、净土保卫战，持续改善空气质量，以PM\n2.5\n浓度持续下降为主线。\n";
        let r = reflow(t);
        assert!(
            r.contains("\n“十五五”时期经济社会发展的主要目标是：地区生产总值年均增长5%左右。\n"),
            "{r}"
        );
        assert!(r.contains("以PM2.5浓度持续下降为主线。"), "{r}");
        assert!(r.contains("\n一、回顾\n正文第一段。\n"), "{r}");
    }

    #[test]
    fn unbroken_text_is_split_at_indents() {
        let body = "正文内容很长。".repeat(20);
        let t = format!(
            "政府工作报告\t——2024年3月5日\t李强\t各位代表：\u{3000}\u{3000}一、回顾\u{3000}\u{3000}{body}\u{3000}\u{3000}二、任务"
        );
        let r = reflow(&t);
        let lines: Vec<&str> = r.lines().collect();
        assert_eq!(lines[0], "政府工作报告");
        assert_eq!(lines[3], "各位代表：");
        assert_eq!(lines[4], "\u{3000}\u{3000}一、回顾");
        assert_eq!(lines[6], "\u{3000}\u{3000}二、任务");
    }

    #[test]
    fn unbroken_text_without_indents_is_split_at_markers() {
        let t = format!(
            "各位代表：现在我代表政府作报告。一、回顾过去一年。{}二、任务今年要做好工作：一是稳增长。二是促就业。",
            "正文内容。".repeat(30)
        );
        let r = reflow(&t);
        let lines: Vec<&str> = r.lines().collect();
        assert_eq!(lines[0], "各位代表：");
        assert!(lines[2].starts_with("一、回顾"), "{r}");
        assert!(lines.iter().any(|l| l.starts_with("二、任务")), "{r}");
        assert!(lines.iter().any(|l| l.starts_with("一是稳增长")), "{r}");
    }

    #[test]
    fn page_numbers() {
        for s in ["— 3 —", "- 12 -", "第3页", "第 3 页 共 30 页", "－２－"] {
            assert!(is_page_number(s, false), "{s}");
        }
        for s in ["2.5", "2022年", "一、回顾", "3"] {
            assert!(!is_page_number(s, false), "{s}");
        }
        assert!(is_page_number("3", true));
    }
}
