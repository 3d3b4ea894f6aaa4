//! Heading and point markers at the start of a paragraph: `一、`, `（一）`,
//! `1.`, `(1)`, `①`, `一是`, `第一，`, `附件1`.

use crate::text::cnnum::{is_cn_numeral_char, parse_cn_int};
use crate::text::fold::fold_char;

/// The kinds of section marker, from the outermost to the innermost.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum MarkerKind {
    /// `一、`
    Cn = 1,
    /// `(一)` / `（一）`
    ParenCn = 2,
    /// `1.` / `1．` / `1、`
    Num = 3,
    /// `(1)` / `（1）` / `（１）`
    ParenNum = 4,
    /// `①`
    Circled = 5,
}

/// A recognised marker at the start of a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marker {
    pub kind: MarkerKind,
    pub number: u32,
    /// Length of the marker in chars (as written, spaces after it included).
    pub len: usize,
}

/// A numbered point marker (`一是`, `第二，`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PointMarker {
    pub number: u32,
    /// Chars of the marker (`一是` → 2, `第一，` → 3).
    pub len: usize,
    /// The marker family (`是`, `要`, `第`, `首先`) so that runs stay apart.
    pub family: &'static str,
}

fn cn_run(chars: &[char], from: usize, max: usize) -> usize {
    chars[from..]
        .iter()
        .take(max)
        .take_while(|&&c| is_cn_numeral_char(c) && !matches!(c, '万' | '亿' | '两' | '零'))
        .count()
}

fn digit_run(chars: &[char], from: usize, max: usize) -> usize {
    chars[from..]
        .iter()
        .take(max)
        .take_while(|c| c.is_ascii_digit())
        .count()
}

fn cn_number(chars: &[char]) -> Option<u32> {
    // A marker is counted in tens (`十二`, `二十一`): digits read one by
    // one are a year cut at a line end (`一九` / `八一、一九八二两年`).
    if chars.windows(2).any(|w| w[0] != '十' && w[1] != '十') {
        return None;
    }
    let s: String = chars.iter().collect();
    parse_cn_int(&s)
        .and_then(|n| u32::try_from(n).ok())
        .filter(|&n| n > 0 && n < 100)
}

fn ascii_number(chars: &[char]) -> Option<u32> {
    let s: String = chars.iter().collect();
    s.parse().ok().filter(|&n| n > 0 && n < 1000)
}

/// The first eight chars of `line`, folded, on the stack (markers are
/// asked of every line: no allocation).
fn folded8(line: &[char]) -> ([char; 8], usize) {
    let mut buf = ['\0'; 8];
    let n = line.len().min(8);
    for (b, &c) in buf.iter_mut().zip(line) {
        *b = fold_char(c);
    }
    (buf, n)
}

fn skip_spaces(chars: &[char], mut i: usize) -> usize {
    while i < chars.len() && matches!(chars[i], ' ' | '\u{3000}' | '\t' | '\u{a0}') {
        i += 1;
    }
    i
}

/// Recognises a section marker at the start of `line` (already without its
/// indentation). Works on the raw chars; folding is done here.
pub fn heading_marker(line: &[char]) -> Option<Marker> {
    let first = fold_char(*line.first()?);
    let may_start = first == '('
        || ('\u{2460}'..='\u{2473}').contains(&first)
        || first.is_ascii_digit()
        || first == '第'
        || is_cn_numeral_char(first);
    if !may_start {
        return None;
    }
    let (buf, n) = folded8(line);
    let f = &buf[..n];
    let (kind, number, end) = if first == '(' {
        let n = cn_run(f, 1, 3);
        if n > 0 && f.get(1 + n) == Some(&')') {
            (MarkerKind::ParenCn, cn_number(&f[1..1 + n])?, 2 + n)
        } else {
            let n = digit_run(f, 1, 3);
            if n > 0 && f.get(1 + n) == Some(&')') {
                (MarkerKind::ParenNum, ascii_number(&f[1..1 + n])?, 2 + n)
            } else {
                return None;
            }
        }
    } else if ('\u{2460}'..='\u{2473}').contains(&first) {
        (MarkerKind::Circled, first as u32 - 0x245f, 1)
    } else if first.is_ascii_digit() {
        let n = digit_run(f, 0, 3);
        let sep = *f.get(n)?;
        let next = f.get(n + 1).copied();
        let ok = match sep {
            '、' => true,
            // `1.` but not `1.5` or `1.5%`.
            '.' => next.is_none_or(|c| !c.is_ascii_digit()),
            _ => false,
        };
        if !ok {
            return None;
        }
        (MarkerKind::Num, ascii_number(&f[..n])?, n + 1)
    } else if first == '第' {
        // `第一部分 …`, `第二章 …`: top-level parts.
        let n = cn_run(f, 1, 3);
        let word: String = f.iter().skip(1 + n).take(2).collect();
        let w = if word == "部分" {
            2
        } else if word.starts_with('章') || word.starts_with('篇') {
            1
        } else {
            return None;
        };
        if n == 0 {
            return None;
        }
        let mut end = 1 + n + w;
        if matches!(f.get(end), Some('、' | ':' | '：' | ',' | '，')) {
            end += 1;
        }
        (MarkerKind::Cn, cn_number(&f[1..1 + n])?, end)
    } else {
        let n = cn_run(f, 0, 3);
        if n == 0 || f.get(n) != Some(&'、') {
            return None;
        }
        (MarkerKind::Cn, cn_number(&f[..n])?, n + 1)
    };
    let len = skip_spaces(line, end);
    Some(Marker { kind, number, len })
}

/// Recognises a numbered point at the start of `line`: `一是`, `二要`,
/// `第一，`, `第二、`, `首先，`, `其次，`.
pub fn point_marker(line: &[char]) -> Option<PointMarker> {
    let first = fold_char(*line.first()?);
    if !(matches!(first, '第' | '首' | '其' | '再' | '最') || is_cn_numeral_char(first)) {
        return None;
    }
    let (buf, n) = folded8(line);
    let f = &buf[..n];
    if f.first() == Some(&'第') {
        let n = cn_run(f, 1, 3);
        // `第一、第二、第三产业`: an enumeration of ordinals, not a point.
        let enumeration = f.get(1 + n) == Some(&'、') && f.get(2 + n) == Some(&'第');
        if n > 0 && matches!(f.get(1 + n), Some(',' | '、' | '，')) && !enumeration {
            let number = cn_number(&f[1..1 + n])?;
            return Some(PointMarker {
                number,
                len: 2 + n,
                family: "第",
            });
        }
        return None;
    }
    for (word, number) in [
        (['首', '先'], 1),
        (['其', '次'], 2),
        (['再', '次'], 3),
        (['最', '后'], 9),
    ] {
        if f.starts_with(&word) && matches!(f.get(2), Some(',' | '、')) {
            return Some(PointMarker {
                number,
                len: 3,
                family: "首先",
            });
        }
    }
    let n = cn_run(f, 0, 2);
    if n == 0 {
        return None;
    }
    let family = match f.get(n) {
        Some('是') => "是",
        Some('要') => "要",
        _ => return None,
    };
    // `一是一，二是二` style prose and `一要…` need a following word.
    let after = f.get(n + 1).copied()?;
    if after == '是' || after == ',' || after == '。' {
        return None;
    }
    let number = cn_number(&f[..n])?;
    Some(PointMarker {
        number,
        len: n + 1,
        family,
    })
}

/// Recognises an appendix heading: `附件`, `附件1`, `附件一：`, `名词解释`.
/// Returns the marker's length in chars.
pub fn appendix_marker(line: &[char]) -> Option<usize> {
    // Both forms are short lines; a paragraph of prose is not looked at.
    if line.len() > 40 || !matches!(line.first(), Some('附' | '名')) {
        return None;
    }
    let f: Vec<char> = line.iter().map(|&c| fold_char(c)).collect();
    if f.starts_with(&['附', '件']) {
        let mut i = 2;
        while i < f.len() && (f[i].is_ascii_digit() || is_cn_numeral_char(f[i])) {
            i += 1;
        }
        // A short line only: `附件1` is a heading, `附件中列出…` is prose.
        let rest = f.len() - i;
        if rest <= 30 && !f.contains(&'。') {
            return Some(i);
        }
        return None;
    }
    // `附：名词解释`, `附:`: the marker is `附：`, the title follows.
    if matches!(f.get(1), Some(':')) && f.len() > 2 && f.len() <= 22 && !f.contains(&'。') {
        return Some(2);
    }
    let f: String = f.iter().collect();
    (f.trim_end_matches([':', '：']) == "名词解释").then_some(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn heading_markers_table() {
        use MarkerKind::*;
        let cases: &[(&str, Option<(MarkerKind, u32, usize)>)] = &[
            ("一、关于新冠", Some((Cn, 1, 2))),
            ("十二、其他", Some((Cn, 12, 3))),
            ("(三)关于稳就业工作", Some((ParenCn, 3, 3))),
            ("（十一）繁荣发展", Some((ParenCn, 11, 4))),
            ("（四)混合括号", Some((ParenCn, 4, 3))),
            ("1.“四上”企业：", Some((Num, 1, 2))),
            ("1．全角点", Some((Num, 1, 2))),
            ("12、顿号", Some((Num, 12, 3))),
            ("（１）全角数字", Some((ParenNum, 1, 3))),
            ("(2) 有空格", Some((ParenNum, 2, 4))),
            ("③第三", Some((Circled, 3, 1))),
            ("1.5万人", None),
            ("2023年工作回顾", None),
            ("一是有力有序", None),
            ("八一、一九八二两年就节约", None),
            ("二十一、其他", Some((Cn, 21, 4))),
            ("一、", Some((Cn, 1, 2))),
            ("三级保供", None),
            ("(PM2.5)", None),
            ("第一部分 2023年工作回顾", Some((Cn, 1, 5))),
            ("第二章 任务", Some((Cn, 2, 4))),
            ("第一时间构建", None),
        ];
        for (s, want) in cases {
            let got = heading_marker(&chars(s)).map(|m| (m.kind, m.number, m.len));
            assert_eq!(got, *want, "{s}");
        }
    }

    #[test]
    fn point_markers_table() {
        let cases: &[(&str, Option<(u32, usize, &str)>)] = &[
            ("一是有力有序加强组织动员。", Some((1, 2, "是"))),
            ("十二是其他", Some((12, 3, "是"))),
            ("二要坚持", Some((2, 2, "要"))),
            ("第一，基本建设规模", Some((1, 3, "第"))),
            ("第一、第二、第三产业的结构", None),
            ("第三、改革财政体制", Some((3, 3, "第"))),
            ("首先，", Some((1, 3, "首先"))),
            ("第一时间构建", None),
            ("第七届人民代表大会", None),
            ("三级保供体系", None),
        ];
        for (s, want) in cases {
            let got = point_marker(&chars(s)).map(|m| (m.number, m.len, m.family));
            assert_eq!(got, *want, "{s}");
        }
    }

    #[test]
    fn appendix_markers() {
        assert_eq!(appendix_marker(&chars("附件1")), Some(3));
        assert_eq!(appendix_marker(&chars("附件")), Some(2));
        assert_eq!(appendix_marker(&chars("名词解释")), Some(0));
        assert_eq!(
            appendix_marker(&chars("附件中列出了三十项任务，请审阅。")),
            None
        );
    }
}
