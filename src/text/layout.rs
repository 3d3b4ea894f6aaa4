//! Text layout by display width: Chinese-aware line wrapping that maps each
//! visual line back to character offsets, and width-safe truncation.

use super::chars::{NO_LINE_END, NO_LINE_START};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Cuts `s` to at most `width` columns, ending in `…` when cut.
pub fn truncate_to_width(s: &str, width: usize) -> String {
    if s.width() <= width {
        return s.to_string();
    }
    if width == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut w = 0;
    for c in s.chars() {
        let cw = c.width().unwrap_or(0);
        if w + cw + 1 > width {
            break;
        }
        out.push(c);
        w += cw;
    }
    out.push('…');
    out
}

/// One visual line: chars `[start, end)` of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VisualLine {
    pub start: usize,
    pub end: usize,
}

/// Wraps a string to `width` columns by the same rules as the reading
/// pane, one string per line.
pub fn wrap_str(s: &str, width: usize) -> Vec<String> {
    let chars: Vec<char> = s.chars().collect();
    wrap(&chars, 0, width, &[])
        .into_iter()
        .map(|l| chars[l.start..l.end].iter().collect())
        .collect()
}

/// Display width of a char as drawn (tabs as one space, controls as zero).
pub fn char_width(c: char) -> usize {
    if c == '\t' { 1 } else { c.width().unwrap_or(0) }
}

/// Wraps `chars` (one paragraph, offsets from `base`) to `width` columns.
/// Breaks where UAX #14 allows, never before line-start punctuation or
/// after line-end punctuation, and not inside a `keep` span (a figure)
/// when the span fits on one line. (A little over 80 lines: the break
/// search and its two fallbacks belong together.)
pub fn wrap(chars: &[char], base: usize, width: usize, keep: &[(usize, usize)]) -> Vec<VisualLine> {
    let width = width.max(2);
    let n = chars.len();
    if n == 0 {
        return vec![VisualLine {
            start: base,
            end: base,
        }];
    }
    let s: String = chars.iter().collect();
    // Break opportunities as char indices.
    let mut allowed = vec![false; n + 1];
    let byte_to_char: Vec<usize> = {
        let mut v = vec![0; s.len() + 1];
        let mut ci = 0;
        for (b, _) in s.char_indices() {
            v[b] = ci;
            ci += 1;
        }
        v[s.len()] = ci;
        v
    };
    for (b, _) in unicode_linebreak::linebreaks(&s) {
        allowed[byte_to_char[b]] = true;
    }
    // Breaks inside a kept span that fits on a line are not allowed: marked
    // once per span (a paragraph with thousands of figures is not searched
    // through for every break).
    let mut kept = vec![false; n + 1];
    for &(a, b) in keep {
        let (a, b) = (a.saturating_sub(base).min(n), b.saturating_sub(base).min(n));
        let w: usize = chars[a.min(b)..b].iter().map(|&c| char_width(c)).sum();
        if a < b && w <= width {
            kept[a + 1..b].fill(true);
        }
    }
    let inside_keep = |k: usize| -> bool { kept[k] };
    let ok_break = |k: usize| -> bool {
        k > 0
            && k < n
            && allowed[k]
            && !NO_LINE_START.contains(&chars[k])
            && !NO_LINE_END.contains(&chars[k - 1])
            && !inside_keep(k)
    };
    let mut lines = Vec::new();
    let mut start = 0;
    while start < n {
        let mut w = 0;
        let mut k = start;
        while k < n && w + char_width(chars[k]) <= width {
            w += char_width(chars[k]);
            k += 1;
        }
        if k >= n {
            lines.push(VisualLine {
                start: base + start,
                end: base + n,
            });
            break;
        }
        // Find the last good break in (start, k].
        let mut brk = (start + 1..=k).rev().find(|&j| ok_break(j));
        if brk.is_none() {
            // No good break: accept any break that is not before line-start
            // punctuation, else cut hard (a char never splits).
            let starts_ok = |j: usize| !NO_LINE_START.contains(&chars[j.min(n - 1)]);
            brk = (start + 1..=k)
                .rev()
                .find(|&j| starts_ok(j) && !NO_LINE_END.contains(&chars[j - 1]))
                .or_else(|| (start + 1..=k).rev().find(|&j| starts_ok(j)));
        }
        let end = brk.unwrap_or(k.max(start + 1));
        lines.push(VisualLine {
            start: base + start,
            end: base + end,
        });
        start = end;
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines_of(s: &str, width: usize, keep: &[(usize, usize)]) -> Vec<String> {
        let chars: Vec<char> = s.chars().collect();
        wrap(&chars, 0, width, keep)
            .iter()
            .map(|l| chars[l.start..l.end].iter().collect())
            .collect()
    }

    #[test]
    fn width_never_exceeded_and_no_leading_punctuation() {
        let s = "就业是最大的民生。受疫情影响,全区就业形势较为严峻,劳动力市场供需矛盾日益显现，“动态清零”总方针不动摇。";
        for width in 4..40 {
            let lines = lines_of(s, width, &[]);
            assert_eq!(lines.concat(), s);
            for l in &lines {
                assert!(l.width() <= width, "{width}: {l}");
            }
            for l in &lines[1..] {
                let c = l.chars().next().unwrap();
                assert!(
                    !NO_LINE_START.contains(&c),
                    "{width}: line starts with {c}: {lines:?}"
                );
            }
            for l in &lines[..lines.len() - 1] {
                let c = l.chars().last().unwrap();
                assert!(!NO_LINE_END.contains(&c), "{width}: line ends with {c}");
            }
        }
    }

    #[test]
    fn figures_stay_whole() {
        let s = "全区完成增加值1127.2亿元,可比下降10.3%";
        let start = s.chars().position(|c| c == '1').unwrap();
        let keep = [(start, start + 8)];
        // From 12 columns the figure and the comma after it fit on a line;
        // below that the no-line-start rule for `,` wins over the figure.
        for width in 12..30 {
            let lines = lines_of(s, width, &keep);
            assert!(
                lines.iter().any(|l| l.contains("1127.2亿元")),
                "{width}: {lines:?}"
            );
        }
    }

    #[test]
    fn truncation_by_width() {
        assert_eq!(
            truncate_to_width("关于代表委员比较关心的问题", 9),
            "关于代表…"
        );
        assert_eq!(truncate_to_width("abc", 3), "abc");
        assert!(truncate_to_width("关于", 1).width() <= 1);
    }
}
