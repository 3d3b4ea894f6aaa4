//! Figures against hand-made annotations kept as data
//! (`tests/fixtures/gold/*.tsv`), each written from the report text before
//! looking at the program's output.
//!
//! A file names its report (`# source:` under `../shared`, found here under
//! `tests/fixtures`), the passages it covers in full (`# passage: START ...
//! END`), how labels are judged (`# labels: strict`: equal, an empty label
//! meaning the text names nothing; `lenient`: one contains the other, an
//! empty label not checked) and the scores it must keep (`# expect:`). Rows:
//! `context` (unique text around the figure), `text`, `normalized`, `unit`,
//! `label`, `indicator`, `change_text`, `change_basis`, `change_direction`,
//! `target`, `bound`; an empty column is not checked, except `label` under
//! `strict` and the change columns (empty `change_direction`: no change).

use baogao::figures::Figure;
use baogao::report::{Options, Report};
use std::collections::HashMap;

#[derive(Debug)]
struct Row {
    start: usize,
    text: String,
    normalized: String,
    unit: String,
    label: String,
    change_text: String,
    change_basis: String,
    change_direction: String,
    target: String,
}

#[derive(Debug, Default)]
struct Gold {
    name: String,
    report: String,
    passages: Vec<(usize, usize)>,
    strict: bool,
    expect: HashMap<String, f64>,
    rows: Vec<Row>,
    /// Contexts the dressed text no longer holds as written (a PDF line
    /// break inside `4 0 0`, whose space the line's end lost).
    lost: Vec<String>,
}

/// `reports/x.txt` → `x.txt`, `corpus/state-council/2010.txt` → `corpus/2010.txt`.
fn fixture_of(source: &str) -> String {
    source
        .trim()
        .trim_start_matches("reports/")
        .replace("corpus/state-council/", "corpus/")
}

fn char_pos(text: &str, byte: usize) -> usize {
    text[..byte].chars().count()
}

fn load(path: &std::path::Path) -> (Gold, Report) {
    load_dressed(path, None)
}

/// The annotation, with the report read from its source or, with
/// `dress`, from the source's text in another dress.
/// `dress` is (the text's dress, the same for a snippet of it).
type Dress = (fn(&str) -> String, fn(&str) -> String);

fn load_dressed(path: &std::path::Path, dress: Option<Dress>) -> (Gold, Report) {
    let snippet = |s: &str| dress.map_or_else(|| s.to_string(), |d| d.1(s));
    let tsv = std::fs::read_to_string(path).unwrap();
    let mut g = Gold {
        name: path.file_name().unwrap().to_string_lossy().into_owned(),
        ..Gold::default()
    };
    let mut lines = tsv.lines();
    let mut report = None;
    let mut passages = Vec::new();
    for line in lines.by_ref() {
        if let Some(src) = line.strip_prefix("# source:") {
            g.report = fixture_of(src);
            let bytes = super::fixture_bytes(&g.report);
            let mut r = Report::from_bytes(&g.report, &bytes, &Options::default()).unwrap();
            if let Some(dress) = dress {
                let dressed = dress.0(&r.doc.text);
                r = Report::from_bytes(&g.report, dressed.as_bytes(), &Options::default()).unwrap();
            }
            report = Some(r);
        } else if let Some(p) = line.strip_prefix("# passage:") {
            let (a, b) = p.trim().split_once(" ... ").expect("START ... END");
            passages.push((snippet(a), snippet(b)));
        } else if let Some(l) = line.strip_prefix("# labels:") {
            g.strict = l.trim() == "strict";
        } else if let Some(e) = line.strip_prefix("# expect:") {
            for kv in e.split_whitespace() {
                let (k, v) = kv.split_once('=').unwrap();
                g.expect.insert(k.to_string(), v.parse().unwrap());
            }
        } else if line.starts_with("context\t") {
            break;
        }
    }
    let report = report.expect("a # source: line");
    let text = &report.doc.text;
    for (a, b) in passages {
        let s = text
            .find(&a)
            .unwrap_or_else(|| panic!("{}: passage start {a}", g.name));
        let e = text[s..]
            .find(&b)
            .unwrap_or_else(|| panic!("{}: passage end {b}", g.name))
            + s
            + b.len();
        g.passages.push((char_pos(text, s), char_pos(text, e)));
    }
    for line in lines.filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
        let c: Vec<String> = line
            .split('\t')
            .enumerate()
            .map(|(i, x)| {
                // (Context, text, label, change and basis are text.)
                if matches!(i, 0 | 1 | 4 | 6 | 7) {
                    snippet(x)
                } else {
                    x.to_string()
                }
            })
            .collect();
        let c: Vec<&str> = c.iter().map(String::as_str).collect();
        assert_eq!(c.len(), 11, "{}: {line}", g.name);
        let Some(at) = text.find(c[0]) else {
            assert!(dress.is_some(), "{}: context {}", g.name, c[0]);
            g.lost.push(c[0].to_string());
            continue;
        };
        assert!(
            text[at + c[0].len()..].find(c[0]).is_none() && !text[..at].contains(c[0]),
            "{}: context {} twice",
            g.name,
            c[0]
        );
        let inner = c[0]
            .find(c[1])
            .unwrap_or_else(|| panic!("{}: {} not in {}", g.name, c[1], c[0]));
        g.rows.push(Row {
            start: char_pos(text, at + inner),
            text: c[1].to_string(),
            normalized: c[2].to_string(),
            unit: c[3].to_string(),
            label: c[4].to_string(),
            change_text: c[6].to_string(),
            change_basis: c[7].to_string(),
            change_direction: c[8].to_string(),
            target: c[9].to_string(),
        });
    }
    (g, report)
}

/// The gold value: a number, or `low-high` for a range (the low end).
fn gold_value(s: &str) -> Option<f64> {
    s.parse()
        .ok()
        .or_else(|| s.split_once('-').and_then(|(a, _)| a.parse().ok()))
}

/// A repeating fraction written to six places or more (`0.333333` for
/// 1/3): the value rounded to the places the annotator wrote.
fn rounded_as(gold: &str, value: f64) -> bool {
    let Some((_, places)) = gold.split_once('.') else {
        return false;
    };
    let d = places.len();
    d >= 6
        && places.bytes().all(|b| b.is_ascii_digit())
        && gold
            .parse::<f64>()
            .is_ok_and(|g| (value - g).abs() <= 0.5 * 10f64.powi(-(d as i32)) + 1e-12)
}

#[derive(Debug, Default)]
struct Tally {
    predicted: usize,
    gold: usize,
    matched: usize,
    labels: (usize, usize),
    changes: (usize, usize),
    values: (usize, usize),
    targets: (usize, usize),
    /// (where, what): the position in the text and what went wrong.
    errors: Vec<(usize, String)>,
}

impl Tally {
    /// Pools another file's counts into these.
    fn add(&mut self, o: &Tally) {
        self.predicted += o.predicted;
        self.gold += o.gold;
        self.matched += o.matched;
        for (a, b) in [
            (&mut self.labels, o.labels),
            (&mut self.changes, o.changes),
            (&mut self.values, o.values),
            (&mut self.targets, o.targets),
        ] {
            a.0 += b.0;
            a.1 += b.1;
        }
    }
    fn ratio((ok, all): (usize, usize)) -> f64 {
        if all == 0 {
            1.0
        } else {
            ok as f64 / all as f64
        }
    }
    fn scores(&self) -> [(&'static str, f64); 6] {
        [
            (
                "precision",
                self.matched as f64 / self.predicted.max(1) as f64,
            ),
            ("recall", self.matched as f64 / self.gold.max(1) as f64),
            ("labels", Self::ratio(self.labels)),
            ("changes", Self::ratio(self.changes)),
            ("values", Self::ratio(self.values)),
            ("targets", Self::ratio(self.targets)),
        ]
    }
}

fn check(ok: bool, tally: &mut (usize, usize)) -> bool {
    tally.1 += 1;
    tally.0 += usize::from(ok);
    ok
}

fn score(g: &Gold, figs: &[Figure]) -> Tally {
    let squash = |s: &str| s.replace([' ', '\u{3000}', '\n'], "");
    let inside = |pos: usize| g.passages.iter().any(|&(a, b)| a <= pos && pos < b);
    let mut t = Tally::default();
    let predicted: Vec<&Figure> = figs.iter().filter(|f| inside(f.start)).collect();
    t.predicted = predicted.len();
    t.gold = g.rows.len();
    let mut used = vec![false; predicted.len()];
    for r in &g.rows {
        let Some(k) = (0..predicted.len()).find(|&k| {
            !used[k]
                && predicted[k].start == r.start
                && squash(&predicted[k].text) == squash(&r.text)
        }) else {
            t.errors
                .push((r.start, format!("missed {} at {}", r.text, r.start)));
            continue;
        };
        used[k] = true;
        t.matched += 1;
        let f = predicted[k];
        let value_ok = gold_value(&r.normalized).is_none_or(|v| {
            (f.normalized - v).abs() <= v.abs() * 1e-9 || rounded_as(&r.normalized, f.normalized)
        }) && (r.unit.is_empty()
            || f.unit
                .as_deref()
                .is_some_and(|u| squash(u) == squash(&r.unit)));
        if !check(value_ok, &mut t.values) {
            t.errors.push((
                r.start,
                format!(
                    "{}: value {} {:?} != {} {}",
                    r.text, f.normalized, f.unit, r.normalized, r.unit
                ),
            ));
        }
        let label = f.label.as_deref().unwrap_or("");
        let label_ok = if g.strict {
            Some(label == r.label)
        } else if r.label.is_empty() {
            None
        } else {
            Some(!label.is_empty() && (label.contains(&r.label) || r.label.contains(label)))
        };
        if let Some(ok) = label_ok
            && !check(ok, &mut t.labels)
        {
            t.errors.push((
                r.start,
                format!("{}: label {label:?} != {:?}", r.text, r.label),
            ));
        }
        let c = f.change.as_ref();
        let change_ok = if r.change_direction.is_empty() {
            c.is_none()
        } else {
            c.is_some_and(|c| {
                c.direction.as_str() == r.change_direction
                    && c.basis.as_deref().unwrap_or("") == r.change_basis
                    && (r.change_text.is_empty() || squash(&c.text) == squash(&r.change_text))
            })
        };
        if !check(change_ok, &mut t.changes) {
            let got = c.map(|c| (c.text.as_str(), c.basis.as_deref(), c.direction.as_str()));
            t.errors.push((
                r.start,
                format!(
                    "{}: change {got:?} != ({:?}, {:?}, {:?})",
                    r.text, r.change_text, r.change_basis, r.change_direction
                ),
            ));
        }
        if !r.target.is_empty() && !check(f.target == (r.target == "yes"), &mut t.targets) {
            t.errors.push((
                r.start,
                format!("{}: target {} != {}", r.text, f.target, r.target),
            ));
        }
    }
    for (k, f) in predicted.iter().enumerate() {
        if !used[k] {
            t.errors
                .push((f.start, format!("extra {} at {}", f.text, f.start)));
        }
    }
    t
}

#[test]
fn figures_match_the_annotations() {
    let dir = super::fixture("gold");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "tsv"))
        .collect();
    files.sort();
    assert!(files.len() >= 5, "gold files in {}", dir.display());
    let mut failures = Vec::new();
    let mut rows = 0;
    for path in files {
        let (g, report) = load(&path);
        rows += g.rows.len();
        let t = score(&g, &report.figures);
        let scores = t.scores();
        eprintln!(
            "{}: {} gold, {} predicted: {}",
            g.name,
            t.gold,
            t.predicted,
            scores
                .iter()
                .map(|(k, v)| format!("{k} {v:.3}"))
                .collect::<Vec<_>>()
                .join(", ")
        );
        if std::env::var_os("GOLD_ERRORS").is_some() {
            let chars: Vec<char> = report.doc.text.chars().collect();
            for (at, e) in &t.errors {
                let ctx: String = chars[at.saturating_sub(24)..(at + 16).min(chars.len())]
                    .iter()
                    .collect();
                eprintln!("  {e}    «{}»", ctx.replace('\n', "⏎"));
            }
        }
        for (k, v) in scores {
            let want = g.expect.get(k).copied().unwrap_or(0.0);
            if v + 1e-9 < want {
                failures.push(format!(
                    "{}: {k} {v:.3} < {want}\n  {}",
                    g.name,
                    t.errors
                        .iter()
                        .map(|e| e.1.as_str())
                        .collect::<Vec<_>>()
                        .join("\n  ")
                ));
            }
        }
    }
    assert!(rows >= 400, "{rows} gold rows");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The annotated passages pasted from a PDF (lines of 38 columns, page
/// numbers between pages) or with fullwidth digits keep their scores: the
/// dress changes nothing of what a figure is.
#[test]
fn figures_keep_their_scores_in_other_dresses() {
    fn pdf(text: &str) -> String {
        super::dresses::pdf_paste(text, 38)
    }
    fn fullwidth_digits(text: &str) -> String {
        text.chars()
            .map(|c| match c {
                '0'..='9' => char::from_u32(c as u32 - '0' as u32 + 0xFF10).unwrap(),
                '.' => '．',
                '%' => '％',
                c => c,
            })
            .collect()
    }
    let dir = super::fixture("gold");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "tsv"))
        .collect();
    files.sort();
    let mut failures = Vec::new();
    let mut lost = Vec::new();
    fn same(s: &str) -> String {
        s.to_string()
    }
    // `1 9 9 7 年`, `7 4 7 7 2 亿元`: digits spaced out, as PDFs paste them.
    fn spaced_digits(text: &str) -> String {
        let mut out = String::with_capacity(text.len() * 2);
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            out.push(c);
            if c.is_ascii_digit() && chars.peek().is_some_and(|d| d.is_ascii_digit()) {
                out.push(' ');
            }
        }
        out
    }
    // Punctuation in the other width (the sample writes `,` `:` `(`; most
    // reports `，` `：` `（`).
    fn swap_punctuation(text: &str) -> String {
        text.chars()
            .map(|c| match c {
                ',' => '，',
                '，' => ',',
                ':' => '：',
                '：' => ':',
                ';' => '；',
                '；' => ';',
                '(' => '（',
                '（' => '(',
                ')' => '）',
                '）' => ')',
                c => c,
            })
            .collect()
    }
    // No line breaks at all: `　　` before each paragraph.
    fn one_line(text: &str) -> String {
        text.lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| format!("\u{3000}\u{3000}{}", l.trim()))
            .collect()
    }
    let dresses: [(&str, Dress); 5] = [
        ("one line", (one_line, same)),
        ("pdf", (pdf, same)),
        ("fullwidth digits", (fullwidth_digits, fullwidth_digits)),
        ("spaced digits", (spaced_digits, spaced_digits)),
        ("punctuation swapped", (swap_punctuation, swap_punctuation)),
    ];
    for (name, dress) in dresses {
        let (mut plain, mut dressed) = (Tally::default(), Tally::default());
        for path in &files {
            let (g, report) = load(path);
            let a = score(&g, &report.figures);
            let (g2, report2) = load_dressed(path, Some(dress));
            let b = score(&g2, &report2.figures);
            if std::env::var_os("GOLD_ERRORS").is_some() {
                let (sa, sb) = (a.scores(), b.scores());
                for ((k, x), (_, y)) in sa.iter().zip(sb.iter()) {
                    if (x - y).abs() > 1e-9 {
                        eprintln!("{name}: {}: {k} {x:.3} -> {y:.3}", g.name);
                    }
                }
                // (Errors without where: the dress moves the text.)
                let bare = |e: &str| {
                    e.split(" at ")
                        .next()
                        .unwrap_or(e)
                        .chars()
                        .map(|c| match c {
                            '０'..='９' => {
                                char::from_u32(c as u32 - 0xFF10 + '0' as u32).unwrap_or(c)
                            }
                            '．' => '.',
                            '％' => '%',
                            '，' => ',',
                            '：' => ':',
                            '；' => ';',
                            '（' => '(',
                            '）' => ')',
                            c => c,
                        })
                        .filter(|&c| c != ' ')
                        .collect::<String>()
                };
                for e in b
                    .errors
                    .iter()
                    .filter(|e| !a.errors.iter().any(|x| bare(&x.1) == bare(&e.1)))
                {
                    eprintln!("  {name}: {}", e.1);
                }
            }
            lost.extend(g2.lost.iter().map(|c| format!("{name}: {}: {c}", g.name)));
            plain.add(&a);
            dressed.add(&b);
        }
        for ((k, x), (_, y)) in plain.scores().iter().zip(dressed.scores().iter()) {
            eprintln!("{name}: pooled {k} {x:.3} -> {y:.3}");
            if y + 0.005 < *x {
                failures.push(format!("{name}: {k} {x:.3} -> {y:.3}"));
            }
        }
    }
    assert!(lost.len() <= 5, "contexts lost:\n{}", lost.join("\n"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
