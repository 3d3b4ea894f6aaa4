//! Text and JSON forms of the model for the subcommands.

use crate::decode::sanitize;
use crate::document::{Document, Section};
use crate::figures::{Change, Figure};
use crate::figures::{Direction, Kind};
use serde::Serialize;
use std::fmt::Write;

/// The `outline --json` object.
#[derive(Serialize)]
struct OutlineJson<'a> {
    title: &'a Option<String>,
    date: &'a Option<String>,
    venue: &'a Option<String>,
    speaker: &'a Option<String>,
    sections: &'a [Section],
}

/// `outline --json`.
pub fn outline_json(doc: &Document) -> String {
    let o = OutlineJson {
        title: &doc.title_block.title,
        date: &doc.title_block.date,
        venue: &doc.title_block.venue,
        speaker: &doc.title_block.speaker,
        sections: &doc.sections,
    };
    serde_json::to_string_pretty(&o).unwrap_or_default()
}

/// `outline`: an indented tree, safe for a terminal.
pub fn outline_text(doc: &Document) -> String {
    let mut out = String::new();
    let tb = &doc.title_block;
    if let Some(t) = &tb.title {
        let _ = writeln!(out, "{}", sanitize(t));
    }
    let meta: Vec<String> = [&tb.date, &tb.venue, &tb.speaker]
        .iter()
        .filter_map(|v| v.as_ref().map(|s| sanitize(s)))
        .collect();
    if !meta.is_empty() {
        let _ = writeln!(out, "{}", meta.join(" · "));
    }
    if !out.is_empty() {
        out.push('\n');
    }
    fn walk(out: &mut String, s: &[Section], depth: usize) {
        for sec in s {
            let indent = "  ".repeat(depth);
            let _ = writeln!(out, "{indent}{}", sanitize(&sec.heading()));
            for p in &sec.points {
                let _ = writeln!(
                    out,
                    "{indent}  · {}{}",
                    sanitize(&p.marker),
                    sanitize(&p.title)
                );
            }
            walk(out, &sec.children, depth + 1);
        }
    }
    walk(&mut out, &doc.sections, 0);
    out
}

/// `dump`: the whole model.
pub fn dump_json(doc: &Document, figures: &impl Serialize) -> String {
    #[derive(Serialize)]
    struct Dump<'a, F: Serialize> {
        #[serde(flatten)]
        doc: &'a Document,
        figures: &'a F,
    }
    serde_json::to_string_pretty(&Dump { doc, figures }).unwrap_or_default()
}

/// Plain text output (stdout not a terminal): the document text, safe.
pub fn plain_text(doc: &Document) -> String {
    sanitize(&doc.text)
}

/// Figures inside section `id` (and its subsections); all when `None`.
pub fn figures_in<'a>(figs: &'a [Figure], id: Option<&str>) -> Vec<&'a Figure> {
    figs.iter()
        .filter(|f| match (id, &f.section) {
            (None, _) => true,
            (Some(want), Some(s)) => s == want || s.starts_with(&format!("{want}.")),
            (Some(_), None) => false,
        })
        .collect()
}

/// `figures --json`.
pub fn figures_json(figs: &[&Figure]) -> String {
    serde_json::to_string_pretty(figs).unwrap_or_default()
}

/// Writes a list as pretty JSON and a newline, the same bytes as
/// [`write_json`] of the whole list, its items serialised on both cores a
/// few thousand at a time (two chunks in memory at once, written in
/// order). A closed pipe ends the writing quietly.
pub fn write_json_list<T: Serialize + Sync>(items: &[T], out: &mut impl std::io::Write) {
    const CHUNK: usize = 2048;
    if items.len() < 2 * CHUNK {
        return write_json(&items, out);
    }
    // A chunk as its pretty array without the brackets: `  {…},\n  {…}`.
    let inner = |chunk: &[T]| -> Vec<u8> {
        let mut v = serde_json::to_vec_pretty(chunk).unwrap_or_default();
        // `[\n` … `\n]`
        v.truncate(v.len().saturating_sub(2));
        v.drain(..2.min(v.len()));
        v
    };
    let mut w = std::io::BufWriter::with_capacity(1 << 16, out);
    let mut first = true;
    let write = |w: &mut std::io::BufWriter<_>, first: &mut bool, bytes: &[u8]| {
        let sep: &[u8] = if *first { b"[\n" } else { b",\n" };
        *first = false;
        std::io::Write::write_all(w, sep).and_then(|_| std::io::Write::write_all(w, bytes))
    };
    for pair in items.chunks(2 * CHUNK) {
        let (a, b) = pair.split_at(CHUNK.min(pair.len()));
        let (a, b) = if b.is_empty() {
            (inner(a), Vec::new())
        } else {
            crate::par::join(|| inner(a), || inner(b))
        };
        if write(&mut w, &mut first, &a).is_err()
            || (!b.is_empty() && write(&mut w, &mut first, &b).is_err())
        {
            return;
        }
    }
    let _ = std::io::Write::write_all(&mut w, b"\n]\n");
    let _ = std::io::Write::flush(&mut w);
}

/// Writes a value as pretty JSON and a newline, streamed (no copy of the
/// whole output in memory). A closed pipe ends the writing quietly.
pub fn write_json(value: &impl Serialize, out: &mut impl std::io::Write) {
    let mut w = std::io::BufWriter::with_capacity(1 << 16, out);
    if serde_json::to_writer_pretty(&mut w, value).is_ok() {
        let _ = std::io::Write::write_all(&mut w, b"\n");
    }
    let _ = std::io::Write::flush(&mut w);
}

/// The `dump` document: the model with its figures.
#[derive(Serialize)]
pub struct Dump<'a, F: Serialize> {
    #[serde(flatten)]
    pub doc: &'a Document,
    pub figures: &'a F,
}

/// A text cell made safe for spreadsheets: a cell that starts with `=`,
/// `+`, `-`, `@`, a tab or a carriage return would be read as a formula, so
/// it gets a leading `'` (the OWASP rule). Numbers are written by us and
/// left as they are.
pub fn csv_text(s: &str) -> String {
    let s = sanitize(s);
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s
    }
}

/// Rows as CSV (quoted where needed, by the `csv` crate).
pub fn csv_rows(header: &[&str], rows: impl IntoIterator<Item = Vec<String>>) -> String {
    let mut w = csv::WriterBuilder::new().from_writer(Vec::new());
    let _ = w.write_record(header);
    for row in rows {
        let _ = w.write_record(&row);
    }
    let bytes = w.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

/// `figures --csv`: one row per figure, change fields flattened; text cells
/// guarded against formula injection ([`csv_text`]).
pub fn figures_csv(figs: &[&Figure]) -> String {
    let header = [
        "id",
        "text",
        "start",
        "end",
        "value",
        "scale",
        "unit",
        "normalized",
        "kind",
        "approx",
        "label",
        "period",
        "section",
        "target",
        "change_text",
        "change_basis",
        "change_direction",
        "change_value",
        "change_unit",
        "indicator",
        "bound",
        "low",
        "high",
    ];
    let num = |v: Option<f64>| v.map(|v| v.to_string()).unwrap_or_default();
    let rows = figs.iter().map(|f| {
        let c = f.change.as_ref();
        vec![
            f.id.to_string(),
            csv_text(&f.text),
            f.start.to_string(),
            f.end.to_string(),
            f.value.to_string(),
            f.scale.unwrap_or("").to_string(),
            csv_text(f.unit.as_deref().unwrap_or("")),
            f.normalized.to_string(),
            f.kind.to_string(),
            csv_text(f.approx.as_deref().unwrap_or("")),
            csv_text(f.label.as_deref().unwrap_or("")),
            csv_text(f.period.as_deref().unwrap_or("")),
            f.section.as_deref().unwrap_or_default().to_string(),
            f.target.to_string(),
            c.map(|c| csv_text(&c.text)).unwrap_or_default(),
            c.map(|c| csv_text(c.basis.as_deref().unwrap_or("")))
                .unwrap_or_default(),
            c.map(|c| c.direction.to_string()).unwrap_or_default(),
            num(c.map(|c| c.value)),
            c.map(|c| csv_text(&c.unit)).unwrap_or_default(),
            f.indicator.unwrap_or("").to_string(),
            f.bound.map(|b| b.as_str()).unwrap_or("").to_string(),
            num(f.low),
            num(f.high),
        ]
    });
    csv_rows(&header, rows)
}

/// An amount with its unit as a reader writes it: a unit with no scale
/// (`元`, read from `一万一千一百七十亿元`) takes one back (11170亿元, not
/// 1117000000000元).
pub fn amount_shown(value: f64, unit: &str) -> String {
    range_shown(value, None, unit)
}

/// [`amount_shown`] of a value, or of a range `low–high` when `high` is set.
pub fn range_shown(low: f64, high: Option<f64>, unit: &str) -> String {
    let bare = !unit.starts_with(['万', '亿', '千', '百']) && !unit.contains('%');
    let top = high.unwrap_or(low).abs();
    let (div, scale) = if bare && top >= 1e8 {
        (1e8, "亿")
    } else if bare && top >= 1e5 {
        (1e4, "万")
    } else {
        (1.0, "")
    };
    // A scale taken back keeps two decimals; a number as written keeps all.
    let n = |v: f64| {
        if div == 1.0 {
            fmt_num(v)
        } else {
            fmt_num((v / div * 100.0).round() / 100.0)
        }
    };
    match high {
        Some(h) => format!("{}–{}{scale}{unit}", n(low), n(h)),
        None => format!("{}{scale}{unit}", n(low)),
    }
}

/// The high end of a change written as a range (`增长8-9%`, `6%～6.5%`).
fn change_high(c: &Change) -> Option<f64> {
    let t = crate::text::fold::fold_str(&c.text);
    let (lo, hi) = t.split_once(['-', '—', '–', '~', '至', '到'])?;
    // `百分之二百五十到二百七十五`: in words, both ends.
    if lo
        .chars()
        .any(|c| crate::text::cnnum::digit_value(c).is_some())
        && !lo.chars().any(|c| c.is_ascii_digit())
    {
        let words: String = hi
            .trim_start_matches("百分之")
            .chars()
            .take_while(|&c| crate::text::cnnum::is_cn_numeral_char(c) || c == '点')
            .collect();
        return crate::text::cnnum::parse_cn_decimal(&words)
            .map(crate::text::cnnum::Decimal::to_f64)
            .filter(|&h| h > c.value);
    }
    // (`-5%` is a negative change, no range.)
    if !lo.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let digits: String = hi
        .chars()
        .take_while(|ch| ch.is_ascii_digit() || *ch == '.')
        .collect();
    digits.parse().ok().filter(|&h: &f64| h > c.value)
}

/// The change of a figure as shown to people: `▼10.3% 可比`, `▲8–9%`,
/// `▲9.66亿元` (a bare unit takes its scale back), or in the report's own
/// word where it judged (`改善6.3%`).
pub fn change_short(c: &Change) -> String {
    let shown =
        fraction_shown(&c.text).unwrap_or_else(|| range_shown(c.value, change_high(c), &c.unit));
    let value = shown.strip_suffix(c.unit.as_str()).unwrap_or(&shown);
    let lead = match (c.word, c.direction) {
        (Some(w), _) => w,
        (None, Direction::Up) => "▲",
        (None, Direction::Down) => "▼",
        (None, _) => "＝",
    };
    match &c.basis {
        Some(b) => format!("{lead}{value}{} {b}", c.unit),
        None => format!("{lead}{value}{}", c.unit),
    }
}

/// A fraction as people write it in digits: `三分之一` → `1/3`, `1／4` →
/// `1/4` (its decimal, 0.333333, says less).
pub fn fraction_shown(text: &str) -> Option<String> {
    use crate::text::cnnum::parse_cn_int;
    let t = crate::text::fold::fold_str(text);
    // (`一半` reads best as written.)
    if t == "一半" {
        return Some(t);
    }
    // `五成` → `5成` (tenths, as the report counts them).
    if let Some(n) = t.strip_suffix('成')
        && let Some(d) = crate::text::cnnum::parse_cn_int(n).filter(|d| (1..10).contains(d))
    {
        return Some(format!("{d}成"));
    }
    // `三分之一强` → `1/3强`.
    let (t, more) = match t.strip_suffix(['强', '弱']) {
        Some(head) => (head.to_string(), &t[head.len()..]),
        None => (t.clone(), ""),
    };
    let (a, b) = if let Some((den, num)) = t.split_once("分之")
        && !den.ends_with('百')
    {
        (parse_cn_int(num)?, parse_cn_int(den)?)
    } else {
        let (num, den) = t.split_once(['/', '／'])?;
        (num.trim().parse().ok()?, den.trim().parse().ok()?)
    };
    (a < b && b <= 20).then(|| format!("{a}/{b}{more}"))
}

/// The approximation mark of a figure: `≈` (about), `>` (more than), `<`
/// (less than), or none — and none when the text itself says it
/// (`260多名` is written once, not `>260多名`).
pub fn approx_mark(f: &Figure) -> &'static str {
    let Some(w) = f.approx.as_deref() else {
        return "";
    };
    if f.text.contains(w) {
        return "";
    }
    match w {
        "超过" | "超" | "逾" | "突破" | "以上" | "高于" | "不低于" | "不少于" | "至少" | "上" => {
            ">"
        }
        "不到" | "不足" | "以下" | "以内" | "低于" | "不超过" => "<",
        "达" | "达到" | "最高" | "最低" | "高达" | "多达" | "长达" => "",
        _ => "≈",
    }
}

/// A figure's value as a reader expects it: halfwidth digits, precision as
/// written (`25.0%`), and a long grouped number shortened to its scale
/// (`３，１５４，６５７，０００元` → `31.5亿元`; the exact figure is in the
/// detail line).
pub fn display_value(f: &Figure) -> String {
    let text: String = crate::text::fold::fold_str(&f.text)
        .chars()
        .filter(|c| *c != ' ')
        .collect();
    if let Some(shown) = fraction_shown(&text) {
        return shown;
    }
    let digits = text.chars().filter(char::is_ascii_digit).count();
    if f.scale.is_none() && (text.contains(',') || digits > 8) && f.normalized.abs() >= 1e4 {
        let unit = f.unit.as_deref().unwrap_or("");
        let n = f.normalized;
        let (v, s) = if n.abs() >= 1e8 {
            (n / 1e8, "亿")
        } else {
            (n / 1e4, "万")
        };
        let v = (v * 10.0).round() / 10.0;
        return format!("{}{s}{unit}", fmt_num(v));
    }
    // `六百二十八亿一千万元`, `百分之十七点三`: in digits (628.1亿元, 17.3%),
    // or the size would not show in a column.
    let chinese = !text.chars().any(|c| c.is_ascii_digit())
        && text
            .chars()
            .any(|c| crate::text::cnnum::digit_value(c).is_some());
    // (Short ones too, `九十三个` → 93个, so a column reads alike; not a
    // vague one, whose words are its meaning: `几万项`, `二十多个`, `一半`.)
    let vague = text.contains(['几', '数', '半', '多', '余', '来']);
    if chinese && (text.chars().count() > 4 || !vague) && f.normalized.is_finite() {
        let unit = f.unit.as_deref().unwrap_or("");
        // `百分之八至百分之九`, `四、五十亿元`: both ends.
        if let (Some(lo), Some(hi)) = (f.low, f.high) {
            return format!(
                "{}–{}{}{unit}",
                fmt_num(lo),
                fmt_num(hi),
                f.scale.unwrap_or("")
            );
        }
        let n = f.normalized;
        let round = |v: f64| (v * 100.0).round() / 100.0;
        return if unit == "%" || n.abs() < 1e4 {
            format!("{}{unit}", fmt_num(round(n)))
        } else if n.abs() >= 1e8 {
            format!("{}亿{unit}", fmt_num(round(n / 1e8)))
        } else {
            format!("{}万{unit}", fmt_num(round(n / 1e4)))
        };
    }
    sanitize(&text)
}

/// The change of a figure as shown ([`change_short`]); a figure that is
/// a change itself carries its approximation mark there (`减少12%以上` →
/// `▼>12%`), as it has no value column of its own.
pub fn figure_change(f: &Figure, c: &Change) -> String {
    let shown = change_short(c);
    let mark = if f.kind == Kind::Change {
        approx_mark(f)
    } else {
        ""
    };
    match shown.chars().next() {
        _ if mark.is_empty() => shown,
        Some(a @ ('▲' | '▼' | '＝')) => format!("{a}{mark}{}", &shown[a.len_utf8()..]),
        _ => format!("{mark}{shown}"),
    }
}

/// The value of a figure as shown to people, with its approximation mark.
pub fn value_short(f: &Figure) -> String {
    format!("{}{}", approx_mark(f), display_value(f))
}

/// The exact value of a figure, digits grouped (`3,154,657,000元`).
pub fn exact_value(f: &Figure) -> String {
    let n = f.normalized;
    if n.fract() != 0.0 || n.abs() >= 1e18 {
        return format!("{}{}", fmt_num(n), f.unit.as_deref().unwrap_or(""));
    }
    let digits = format!("{}", n.abs() as u128);
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let sign = if n < 0.0 { "-" } else { "" };
    format!("{sign}{grouped}{}", f.unit.as_deref().unwrap_or(""))
}

/// `figures`: an aligned table grouped by section.
pub fn figures_table(doc: &Document, figs: &[&Figure]) -> String {
    use unicode_width::UnicodeWidthStr;
    let mut out = String::new();
    let mut current: Option<&str> = Some("\u{0}");
    let label_w = 24;
    for f in figs {
        if current != f.section.as_deref() {
            current = f.section.as_deref();
            let head = match current.and_then(|id| doc.section_by_id(id)) {
                Some(s) => format!("{} {}", s.id, s.heading()),
                None => "(outside any section)".to_string(),
            };
            if !out.is_empty() {
                out.push('\n');
            }
            let _ = writeln!(out, "{}", sanitize(&head));
        }
        let label = sanitize(f.label.as_deref().unwrap_or("—"));
        let label = crate::text::layout::truncate_to_width(&label, label_w);
        let pad = label_w.saturating_sub(label.width());
        // A change with no quantity of its own is shown once, as a change.
        let value = if f.kind == Kind::Change {
            String::new()
        } else {
            value_short(f)
        };
        let vpad = 16usize.saturating_sub(value.width());
        let change = f
            .change
            .as_deref()
            .map(|c| figure_change(f, c))
            .unwrap_or_default();
        let target = if f.target { "  目标" } else { "" };
        let _ = writeln!(
            out,
            "  {label}{} {value}{} {change}{target}",
            " ".repeat(pad),
            " ".repeat(vpad)
        );
    }
    out
}

/// A number without a trailing `.0`.
pub fn fmt_num(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{v:.0}")
    } else {
        format!("{v}")
    }
}

/// One search hit as printed by `search --json`; `context` marks the
/// match with `«»`.
#[derive(Serialize)]
pub struct SearchHit {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub section: Option<String>,
    pub context: String,
}

/// Search hits with their section and some context either side.
pub fn search_hits(doc: &Document, hits: &[(usize, usize)]) -> Vec<SearchHit> {
    // Paragraphs are in order and apart: each hit's by binary search.
    let paras = &doc.paragraphs;
    hits.iter()
        .map(|&(a, b)| {
            let k = paras.partition_point(|p| p.end.max(p.start + 1) <= a);
            let para = paras.get(k).filter(|p| p.start <= a);
            let (ps, pe) = para.map_or((a, b), |p| (p.start, p.end));
            let cs = a.saturating_sub(24).max(ps);
            let ce = (b + 24).min(pe.max(b));
            SearchHit {
                start: a,
                end: b,
                text: doc.slice(a, b).to_string(),
                section: doc.section_at(a).map(|s| s.id.clone()),
                context: format!(
                    "{}«{}»{}",
                    doc.slice(cs, a),
                    doc.slice(a, b),
                    doc.slice(b, ce)
                ),
            }
        })
        .collect()
}

/// `search`: one line per hit, `section: …context…` with the match marked.
pub fn search_text(doc: &Document, hits: &[SearchHit]) -> String {
    let mut out = String::new();
    for h in hits {
        let sec = h
            .section
            .as_deref()
            .and_then(|id| doc.section_by_id(id))
            .map(|s| format!("{} {}", s.id, s.heading()))
            .unwrap_or_else(|| "-".into());
        let _ = writeln!(out, "{}: {}", sanitize(&sec), sanitize(&h.context));
    }
    out
}

/// One indicator of the lexicon, with the figures of a report mapped to it.
#[derive(Serialize)]
struct IndicatorEntry<'a> {
    #[serde(flatten)]
    indicator: &'a crate::figures::indicators::Indicator,
    #[serde(skip_serializing_if = "Option::is_none")]
    figures: Option<Vec<&'a Figure>>,
}

/// `indicators [FILE] [--json]`: the lexicon; with a report, the figures
/// mapped to each indicator (text: only the indicators it has).
pub fn indicators(report: Option<&crate::report::Report>, json: bool) -> String {
    let lexicon = &*crate::figures::indicators::LEXICON;
    let entries: Vec<IndicatorEntry> = lexicon
        .iter()
        .map(|i| IndicatorEntry {
            indicator: i,
            figures: report.map(|r| {
                r.figures
                    .iter()
                    .filter(|f| f.indicator == Some(i.id.as_str()))
                    .collect()
            }),
        })
        .collect();
    if json {
        return serde_json::to_string_pretty(&entries).unwrap_or_default() + "\n";
    }
    let mut out = String::new();
    for e in &entries {
        let i = e.indicator;
        match &e.figures {
            None => {
                let _ = writeln!(
                    out,
                    "{:<34} {}  ({}, {}, rise is {})",
                    i.id,
                    i.name,
                    i.unit_kind,
                    if i.measure == crate::figures::indicators::Measure::Growth {
                        "growth"
                    } else {
                        "level"
                    },
                    if i.rise_is_good { "good" } else { "bad" }
                );
            }
            Some(figs) if !figs.is_empty() => {
                let _ = writeln!(out, "{} {}", i.id, i.name);
                for f in figs {
                    let mark = if f.target { "◎" } else { " " };
                    let _ = writeln!(
                        out,
                        "  {mark} {}  {}",
                        sanitize(&f.text),
                        sanitize(f.label.as_deref().unwrap_or(""))
                    );
                }
            }
            Some(_) => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_cells_cannot_become_formulas() {
        for (cell, want) in [
            ("=SUM(A1:A9)", "'=SUM(A1:A9)"),
            ("+1", "'+1"),
            ("-5亿元", "'-5亿元"),
            ("@cmd", "'@cmd"),
            ("\tx", "'\tx"),
            ("增加值", "增加值"),
        ] {
            assert_eq!(csv_text(cell), want);
        }
        let csv = csv_rows(
            &["a", "b"],
            [vec!["x,y".to_string(), "say \"hi\"\r\nthere".to_string()]],
        );
        assert_eq!(csv, "a,b\n\"x,y\",\"say \"\"hi\"\"\r\nthere\"\n");
    }

    /// The figures of `body` (after a salutation) as `show` writes them.
    fn shown_as(body: &str, show: impl Fn(&Figure) -> Option<String>) -> Vec<String> {
        let doc = crate::document::parse::parse(&format!("各位代表：\n{body}\n"));
        crate::figures::extract(&doc)
            .iter()
            .filter_map(show)
            .collect()
    }

    #[test]
    fn changes_show_ranges_and_take_back_their_scale() {
        let shown = shown_as(
            "国内生产总值增长8-9%。职工工资总额比上年增加966485000元。工业增加值下降10.35%。利润总额下降-5%。",
            |f| f.change.as_deref().map(change_short),
        );
        // (A minus sign is no range.)
        assert_eq!(shown, ["▲8–9%", "▲9.66亿元 比上年", "▼10.35%", "▼-5%"]);
        // A change that is the figure keeps its bound.
        let shown = shown_as("主要污染物排放量减少12%以上。", |f| {
            f.change.as_deref().map(|c| figure_change(f, c))
        });
        assert_eq!(shown, ["▼>12%"]);
    }

    #[test]
    fn chinese_numerals_are_shown_in_digits() {
        let shown = shown_as(
            "工业总产值六百二十八亿一千万元。工业比重达到百分之十七点三。建成项目五十三个。",
            |f| Some(display_value(f)),
        );
        assert_eq!(shown, ["628.1亿元", "17.3%", "53个"]);
        // Vague amounts keep their words.
        let shown = shown_as("建成项目二十多个。科技成果几万项。", |f| {
            Some(display_value(f))
        });
        assert_eq!(shown, ["二十多个", "几万项"]);
        let shown = shown_as(
            "保持百分之八至百分之九的增长率。投资四、五十亿元。",
            |f| Some(display_value(f)),
        );
        assert_eq!(shown, ["8–9%", "40–50亿元"]);
    }

    #[test]
    fn a_list_written_in_chunks_is_the_list_written_whole() {
        #[derive(Serialize)]
        struct Item {
            id: usize,
            name: String,
            nested: Vec<u8>,
        }
        for n in [0, 1, 4095, 4096, 4097, 10_000] {
            let items: Vec<Item> = (0..n)
                .map(|id| Item {
                    id,
                    name: format!("第{id}项"),
                    nested: vec![1, 2],
                })
                .collect();
            let (mut whole, mut chunked) = (Vec::new(), Vec::new());
            write_json(&items, &mut whole);
            write_json_list(&items, &mut chunked);
            assert!(whole == chunked, "{n} items");
        }
    }
}
