//! Pathological inputs (shared by `benches/pathological.rs` and the
//! linear-time tests in `tests/it/linear.rs`).

/// `的\n` × `n`.
pub fn one_char_lines(n: usize) -> Vec<u8> {
    "的\n".repeat(n).into_bytes()
}

/// `base` (the corpus) without punctuation, spaces or line breaks,
/// repeated to `size` bytes (cut at a char boundary).
pub fn unpunctuated(base: &str, size: usize) -> Vec<u8> {
    let flat: String = base
        .chars()
        .filter(|&c| !(c.is_whitespace() || c.is_ascii_punctuation() || is_cjk_punct(c)))
        .collect();
    let mut s = String::with_capacity(size + flat.len());
    while s.len() < size {
        s.push_str(&flat);
    }
    let mut end = size;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s.truncate(end);
    s.into_bytes()
}

fn is_cjk_punct(c: char) -> bool {
    matches!(c as u32, 0x3000..=0x303f | 0xff00..=0xff0f | 0xff1a..=0xff20 | 0x2010..=0x2027)
}

/// `新增就业N人\n` with N counting up, to `size` bytes.
pub fn short_figure_lines(size: usize) -> Vec<u8> {
    let mut s = String::with_capacity(size + 32);
    let mut i = 0u64;
    while s.len() < size {
        s.push_str(&format!("新增就业{i}人\n"));
        i += 1;
    }
    s.into_bytes()
}

/// `n` headings nested five deep, as a report numbers them: `一、`, under
/// it `（一）`, `1.`, `（1）`, `①`, each level counting up to `k` (about the
/// fifth root of `n`, so that the deepest level holds most of them); each
/// heading followed by a sentence, every tenth of them with a figure (so
/// that figures have sections to be found in).
pub fn nested_markers(n: usize) -> Vec<u8> {
    let k = ((n as f64).powf(0.2).ceil() as usize).clamp(2, 20);
    let mut s = String::from("政府工作报告\n各位代表：\n");
    let mut count = 0;
    nest(&mut s, 0, k, n, &mut count);
    s.into_bytes()
}

fn nest(s: &mut String, level: usize, k: usize, n: usize, count: &mut usize) {
    const CIRCLED: &str = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
    for i in 1..=k {
        if *count >= n || level == 5 {
            return;
        }
        let marker = match level {
            0 => format!("{}、", chinese_numeral(i)),
            1 => format!("（{}）", chinese_numeral(i)),
            2 => format!("{i}."),
            3 => format!("（{i}）"),
            _ => CIRCLED.chars().nth(i - 1).unwrap_or('①').to_string(),
        };
        if count.is_multiple_of(10) {
            s.push_str(&format!("{marker}关于工作\n完成投资{count}亿元。\n"));
        } else {
            s.push_str(&format!("{marker}关于工作\n扎实推进各项工作。\n"));
        }
        *count += 1;
        nest(s, level + 1, k, n, count);
    }
}

/// `n` (1 ≤ n < 100 000) in Chinese numerals: `十二`, `一百零一`, `二万零五十`.
pub fn chinese_numeral(n: usize) -> String {
    const D: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    const U: [&str; 5] = ["", "十", "百", "千", "万"];
    let digits: Vec<usize> = n
        .to_string()
        .bytes()
        .map(|b| usize::from(b - b'0'))
        .collect();
    let mut out = String::new();
    let mut zero = false;
    for (k, &d) in digits.iter().enumerate() {
        let place = digits.len() - 1 - k;
        if d == 0 {
            zero = true;
            continue;
        }
        if zero {
            out.push('零');
            zero = false;
        }
        // `十二`, not `一十二`.
        if !(d == 1 && place == 1 && k == 0) {
            out.push_str(D[d]);
        }
        out.push_str(U[place]);
    }
    out
}
