//! The library commands' output: `library`, `trend`, `terms`, `search`
//! over many reports and `compare`, as aligned text, JSON or CSV (text
//! cells guarded as in `figures --csv`).

use super::terms::TermRow;
use super::trend::{Target, TrendRow};
use super::{Library, LibraryHits, Summary};
use crate::compare::Comparison;
use crate::decode::sanitize;
use crate::output::{csv_rows, csv_text, fmt_num};
use crate::text::layout::truncate_to_width;
use serde::Serialize;
use unicode_width::UnicodeWidthStr;

fn pretty<T: Serialize + ?Sized>(v: &T) -> String {
    serde_json::to_string_pretty(v).unwrap_or_default() + "\n"
}

fn opt<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map(ToString::to_string).unwrap_or_default()
}

fn pad(s: &str, w: usize) -> String {
    let s = truncate_to_width(&sanitize(s), w);
    let n = w.saturating_sub(s.width());
    format!("{s}{}", " ".repeat(n))
}

/// `library --json`.
pub fn library_json(lib: &Library) -> String {
    pretty(&lib.reports)
}

/// `library --csv`.
pub fn library_csv(lib: &Library) -> String {
    let header = [
        "path",
        "year",
        "year_from",
        "date",
        "title",
        "region",
        "level",
        "speaker",
        "chars",
        "sections",
        "figures",
        "targets",
    ];
    csv_rows(
        &header,
        lib.reports.iter().map(|s| {
            vec![
                csv_text(&s.path),
                opt(&s.year),
                opt(&s.year_from),
                opt(&s.date),
                csv_text(s.title.as_deref().unwrap_or("")),
                csv_text(s.region.as_deref().unwrap_or("")),
                opt(&s.level),
                csv_text(s.speaker.as_deref().unwrap_or("")),
                s.chars.to_string(),
                s.sections.to_string(),
                s.figures.to_string(),
                s.targets.to_string(),
            ]
        }),
    )
}

/// The title of a report as listed: its title, else its file name.
pub fn title_of(s: &Summary) -> String {
    s.title.clone().unwrap_or_else(|| {
        std::path::Path::new(&s.path)
            .file_name()
            .map_or(s.path.clone(), |n| n.to_string_lossy().into_owned())
    })
}

/// `library`: one aligned line per report.
pub fn library_text(lib: &Library) -> String {
    let mut out = String::new();
    for s in &lib.reports {
        out.push_str(&format!(
            "{:>4}  {}  {}  {}  {:>7}  {:>4} figures  {:>3} targets\n",
            opt(&s.year),
            pad(s.level.as_deref().unwrap_or("-"), 11),
            pad(s.region.as_deref().unwrap_or("-"), 12),
            pad(&title_of(s), 30),
            format!("{}字", s.chars),
            s.figures,
            s.targets
        ));
    }
    for e in &lib.skipped {
        out.push_str(&format!("skipped: {e}\n"));
    }
    out
}

fn target_text(r: &TrendRow) -> String {
    Target::shown_or_dash(r.target.as_ref())
}

/// `trend`: one line per report — year, target, outcome for the year before.
pub fn trend_text(rows: &[TrendRow]) -> String {
    let mut out = String::from("year  target          outcome (year before)\n");
    for r in rows {
        let outcome = r.outcome.as_ref().map_or("—".to_string(), |o| {
            format!(
                "{} ({})",
                crate::output::amount_shown(o.value, &o.unit),
                opt(&o.year)
            )
        });
        out.push_str(&format!(
            "{:>4}  {}  {}   {}\n",
            opt(&r.year),
            pad(&target_text(r), 14),
            pad(&outcome, 20),
            sanitize(&r.path)
        ));
    }
    out
}

/// `trend --json`.
pub fn trend_json(rows: &[TrendRow]) -> String {
    pretty(rows)
}

/// `trend --csv`.
pub fn trend_csv(rows: &[TrendRow]) -> String {
    let header = [
        "path",
        "year",
        "indicator",
        "target_value",
        "target_low",
        "target_high",
        "target_bound",
        "target_unit",
        "target_text",
        "outcome_year",
        "outcome_value",
        "outcome_unit",
        "outcome_text",
    ];
    csv_rows(
        &header,
        rows.iter().map(|r| {
            let t = r.target.as_ref();
            let o = r.outcome.as_ref();
            vec![
                csv_text(&r.path),
                opt(&r.year),
                r.indicator.clone(),
                opt(&t.and_then(|t| t.value)),
                opt(&t.and_then(|t| t.low)),
                opt(&t.and_then(|t| t.high)),
                opt(&t.and_then(|t| t.bound.clone())),
                opt(&t.map(|t| t.unit.clone())),
                csv_text(t.map_or("", |t| t.text.as_str())),
                opt(&o.and_then(|o| o.year)),
                opt(&o.map(|o| o.value)),
                opt(&o.map(|o| o.unit.clone())),
                csv_text(o.map_or("", |o| o.text.as_str())),
            ]
        }),
    )
}

/// `terms`: one line per report, a column per word.
pub fn terms_text(rows: &[TermRow], words: &[String]) -> String {
    let mut out = format!(
        "year  {}\n",
        words
            .iter()
            .map(|w| pad(w, 14))
            .collect::<Vec<_>>()
            .join(" ")
    );
    for r in rows {
        let cells: Vec<String> = words
            .iter()
            .map(|w| pad(&format!("{} ({:.2}/万字)", r.counts[w], r.per_10k[w]), 18))
            .collect();
        out.push_str(&format!(
            "{:>4}  {}  {}\n",
            opt(&r.year),
            cells.join(" "),
            sanitize(&r.path)
        ));
    }
    out
}

/// `terms --json`.
pub fn terms_json(rows: &[TermRow]) -> String {
    pretty(rows)
}

/// `terms --csv`: path, year, chars, then a count and a rate per word.
pub fn terms_csv(rows: &[TermRow], words: &[String]) -> String {
    let mut header = vec!["path".to_string(), "year".to_string(), "chars".to_string()];
    for w in words {
        header.push(csv_text(w));
        header.push(format!("{}_per_10k", csv_text(w)));
    }
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    csv_rows(
        &header,
        rows.iter().map(|r| {
            let mut row = vec![csv_text(&r.path), opt(&r.year), r.chars.to_string()];
            for w in words {
                row.push(r.counts[w].to_string());
                row.push(r.per_10k[w].to_string());
            }
            row
        }),
    )
}

/// `search QUERY DIR`: reports with hits and their counts.
pub fn library_search_text(results: &[LibraryHits]) -> String {
    let mut out = String::new();
    for r in results {
        let n = r.hits.len();
        out.push_str(&format!(
            "{:>4}  {n:>5} {}  {}\n",
            opt(&r.year),
            if n == 1 { "hit " } else { "hits" },
            sanitize(&r.path)
        ));
    }
    out
}

/// `search QUERY DIR --json`.
pub fn library_search_json(results: &[LibraryHits]) -> String {
    pretty(results)
}

/// `compare A B --json`.
pub fn compare_json(c: &Comparison) -> String {
    pretty(c)
}

/// `compare A B`: targets that moved, sections matched (with their
/// titles, from the two documents), words that moved.
pub fn compare_text(
    c: &Comparison,
    a: &crate::document::Document,
    b: &crate::document::Document,
) -> String {
    let title = |d: &crate::document::Document, id: Option<&str>| {
        id.and_then(|id| d.section_by_id(id))
            .map(|s| sanitize(&s.heading()))
            .unwrap_or_default()
    };
    let mut out = format!(
        "A: {} ({})\nB: {} ({})\n\nTargets\n",
        sanitize(&c.a.path),
        opt(&c.a.year),
        sanitize(&c.b.path),
        opt(&c.b.year)
    );
    let brief = |t: &Option<Target>| Target::shown_or_dash(t.as_ref());
    for t in &c.targets {
        let name = crate::figures::indicators::by_id(&t.indicator)
            .map_or(t.indicator.clone(), |i| i.name.clone());
        let outcome = t
            .outcome_in_b
            .as_ref()
            .map(|o| format!("  (B reports {} for {})", fmt_num(o.value), opt(&o.year)))
            .unwrap_or_default();
        out.push_str(&format!(
            "{} {}  {} → {}{outcome}\n",
            if t.changed { "*" } else { " " },
            pad(&name, 20),
            brief(&t.a),
            brief(&t.b)
        ));
    }
    out.push_str("\nSections (A → B)\n");
    for s in &c.sections {
        let (ta, tb) = (title(a, s.a.as_deref()), title(b, s.b.as_deref()));
        let titles = match (ta.is_empty(), tb.is_empty()) {
            (false, false) if ta == tb => ta,
            (false, false) => format!("{ta} → {tb}"),
            (false, true) => ta,
            _ => tb,
        };
        out.push_str(&format!(
            "{:>6} → {:<6} {:>4}  {titles}\n",
            s.a.as_deref().unwrap_or("new"),
            s.b.as_deref().unwrap_or("gone"),
            s.similarity.map(|x| format!("{x:.2}")).unwrap_or_default()
        ));
    }
    out.push_str("\nWords that moved (A, B)\n");
    for t in &c.terms {
        out.push_str(&format!("{}  {:>3} → {:<3}\n", pad(&t.term, 16), t.a, t.b));
    }
    out
}
