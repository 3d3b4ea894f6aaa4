//! Many reports at once. In: paths (folders read recursively for `.txt`,
//! `.htm`, `.html`). Out: a [`Library`] of report summaries — year, region,
//! level, counts and the figures that map to an indicator — built in
//! parallel and cached by content hash ([`cache`]); one indicator across
//! the years ([`trend`]); terms counted per report ([`terms`]); search over
//! every report.

pub mod cache;
pub mod index;
pub mod meta;
pub mod print;
pub mod terms;
pub mod trend;

use crate::decode::input::{LoadError, content_hash, read_bytes};
use crate::figures::{Bound, Figure, Kind};
pub use crate::par::parallel_map;
use crate::report::{Options, Report};
use meta::{Level, YearFrom};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// A figure that maps to an indicator, kept for trends and comparisons.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndicatorFigure {
    pub indicator: String,
    /// The value (a range's low end), in the figure's scale; for a change
    /// the amount of the change.
    pub value: f64,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub bound: Option<String>,
    pub unit: String,
    pub target: bool,
    /// A rate stated as a change (`增长5.2%`).
    pub change: bool,
    /// `年均`, `五年` and the like: not one year's value.
    pub multi_year: bool,
    /// In the year's list of goals (`主要预期目标是：…`).
    pub goal_statement: bool,
    /// The value a change starts from (`从7.4万亿元增加到10.2万亿元`): not
    /// the year's outcome.
    #[serde(default)]
    pub from_value: bool,
    /// In the review of the past (before the goals or the plan), or in a
    /// sentence about the past year (`过去一年…`, `去年…`).
    pub in_review: bool,
    /// The clause that states it, and its offsets in the report's text.
    pub text: String,
    pub start: usize,
    pub end: usize,
}

/// What the library knows of one report (cached by content hash).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    pub path: String,
    pub year: Option<i32>,
    pub year_from: Option<String>,
    pub date: Option<String>,
    pub title: Option<String>,
    pub region: Option<String>,
    pub level: Option<String>,
    pub speaker: Option<String>,
    pub chars: usize,
    pub sections: usize,
    pub figures: usize,
    pub targets: usize,
    /// Content hash of the file's bytes.
    #[serde(skip)]
    pub hash: u64,
    #[serde(skip)]
    pub indicator_figures: Vec<IndicatorFigure>,
}

/// Where the year's list of goals starts (`主要预期目标是：`), if anywhere.
fn goal_statement_at(doc: &crate::document::Document) -> Option<usize> {
    [
        "预期目标是",
        "主要目标是",
        "预期目标为",
        "预期目标：",
        "主要目标：",
    ]
    .iter()
    .filter_map(|w| doc.text.find(w))
    .min()
    .map(|b| doc.text[..b].chars().count())
}

/// Whether `pos` is inside a list of goals: after `目标是：` (or `目标为`)
/// with no full stop between (the list may go on in the next paragraph).
fn in_goal_statement(doc: &crate::document::Document, pos: usize) -> bool {
    let before: Vec<char> = doc.slice(pos.saturating_sub(400), pos).chars().collect();
    let s: String = before.iter().collect();
    let Some(b) = ["目标是", "目标为", "目标："]
        .iter()
        .filter_map(|w| s.rfind(w))
        .max()
    else {
        return false;
    };
    !s[b..].contains(['。', '！', '？'])
}

/// Whether the clause before `pos`, in the plan part of a report, sets a
/// goal (`赤字率拟按3%安排`, `力争…`, `确保…`, `计划…`).
fn plan_wording(doc: &crate::document::Document, pos: usize) -> bool {
    let before: String = doc.slice(pos.saturating_sub(40), pos).to_string();
    let clause = before
        .rsplit(['。', '；', '，', '！', '？'])
        .next()
        .unwrap_or("");
    ["拟", "力争", "确保", "计划", "预期", "要", "将"]
        .iter()
        .any(|w| clause.contains(w))
}

/// Whether the sentence before `pos` speaks of the past year.
fn about_past_year(doc: &crate::document::Document, pos: usize) -> bool {
    // This sentence or the one before (`过去一年，我们…。国内生产总值增长10.3%`).
    let before: String = doc.slice(pos.saturating_sub(160), pos).to_string();
    let mut parts = before.rsplit(['。', '！', '？']);
    let near = format!(
        "{}{}",
        parts.nth(1).unwrap_or(""),
        before.rsplit(['。', '！', '？']).next().unwrap_or("")
    );
    near.contains("过去一年") || near.contains("去年") && !near.contains("比去年")
}

/// Where the review of the past ends: at the list of goals, else at the
/// first top-level section after a review section (`2023年工作回顾`).
fn review_end(doc: &crate::document::Document, goal_at: Option<usize>) -> usize {
    if let Some(g) = goal_at {
        return g;
    }
    let top = &doc.sections;
    match top
        .iter()
        .position(|s| s.title.contains("回顾") || s.title.contains("过去"))
    {
        Some(k) => top.get(k + 1).map_or(doc.len_chars(), |s| s.start),
        None => top.first().map_or(doc.len_chars(), |s| s.end),
    }
}

/// The clause that states a figure: from its label (or the clause start)
/// to the end of the figure and its change.
pub fn clause_of(doc: &crate::document::Document, f: &Figure) -> (usize, usize, String) {
    let chars_before: Vec<char> = doc
        .slice(f.start.saturating_sub(80), f.start)
        .chars()
        .collect();
    let base = f.start - chars_before.len();
    let sentence = chars_before
        .iter()
        .rposition(|c| matches!(c, '。' | '；' | '！' | '？' | '\n' | ';'))
        .map_or(0, |k| k + 1);
    let comma = chars_before
        .iter()
        .rposition(|c| matches!(c, '，' | ',' | '：' | ':'))
        .map_or(sentence, |k| (k + 1).max(sentence));
    let label_at = f.label.as_deref().and_then(|l| {
        let s: String = chars_before[sentence..].iter().collect();
        s.rfind(l).map(|b| sentence + s[..b].chars().count())
    });
    let start = base + label_at.unwrap_or(comma);
    let end = f.change.as_ref().map_or(f.end, |c| c.end.max(f.end));
    (start, end, doc.slice(start, end).to_string())
}

impl Summary {
    /// The summary of a parsed report.
    pub fn of(path: &str, report: &Report) -> Self {
        let doc = &report.doc;
        let tb = &doc.title_block;
        let year = meta::year_of(doc, path);
        let region = meta::region_of(doc);
        let year_from = year.map(|(_, from)| {
            serde_json::to_value(from)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default()
        });
        let level = region.as_ref().map(|(_, l)| level_name(*l).to_string());
        let goal_at = goal_statement_at(doc);
        let review_end = review_end(doc, goal_at);
        let mut indicator_figures = Vec::new();
        for f in &report.figures {
            let Some(id) = f.indicator else {
                continue;
            };
            let (start, end, text) = clause_of(doc, f);
            let basis = f
                .change
                .as_ref()
                .and_then(|c| c.basis.as_deref())
                .unwrap_or("");
            // `年均`, `比2002年` (five years back): not one year's change.
            // The level a multi-year change qualifies (`国内生产总值10.2万亿元，
            // 年均增长7.7%`) is still that year's level.
            let change_multi = basis.contains("年均")
                || basis.contains("平均每年")
                || basis.chars().any(|c| c.is_ascii_digit());
            // (`“十五”期间年均经济增长速度预期目标为7%左右`: a plan period, or
            // a label that says `年均`, is no one year's.)
            let period_multi = f.period.as_deref().is_some_and(|p| {
                p.contains("五年")
                    || (p.contains("年来") && !p.contains("一年"))
                    || p.starts_with("“十")
                    || p.starts_with("\"十")
            }) || f.label.as_deref().is_some_and(|l| l.starts_with("年均"));
            let multi_year = period_multi || (f.kind == Kind::Change && change_multi);
            let goal_statement = in_goal_statement(doc, f.start);
            let after: Vec<char> = doc
                .slice(f.end, (f.end + 4).min(doc.len_chars()))
                .chars()
                .map(crate::text::fold::fold_char)
                .collect();
            let from_value = crate::figures::extract::starts_a_rise(&after, 0);
            let fig = IndicatorFigure {
                indicator: id.to_string(),
                value: f.value,
                low: f.low,
                high: f.high,
                bound: f.bound.map(|b: Bound| b.as_str().to_string()),
                unit: format!(
                    "{}{}",
                    f.scale.unwrap_or(""),
                    f.unit.as_deref().unwrap_or("")
                ),
                target: f.target
                    || goal_statement
                    || (f.start >= review_end && plan_wording(doc, f.start)),
                change: f.kind == Kind::Change,
                multi_year,
                goal_statement,
                from_value,
                in_review: f.start < review_end || about_past_year(doc, f.start),
                text,
                start,
                end,
            };
            // `国内生产总值超过126万亿元，增长5.2%`: the change of a level is
            // a value of its growth indicator too.
            let growth = f
                .change
                .as_ref()
                .filter(|c| f.kind != Kind::Change && c.unit == "%")
                .and_then(|c| {
                    let g = crate::figures::indicators::growth_of(id)?;
                    let sign = if c.direction == crate::figures::Direction::Down {
                        -1.0
                    } else {
                        1.0
                    };
                    Some(IndicatorFigure {
                        indicator: g.id.clone(),
                        value: sign * c.value,
                        low: None,
                        high: None,
                        bound: None,
                        unit: c.unit.to_string(),
                        change: true,
                        multi_year: period_multi || change_multi,
                        ..fig.clone()
                    })
                });
            indicator_figures.push(fig);
            indicator_figures.extend(growth);
        }
        Self {
            path: path.to_string(),
            year: year.map(|(y, _)| y),
            year_from,
            date: tb.date.clone(),
            title: tb.title.clone(),
            region: region.map(|(r, _)| r),
            level,
            speaker: tb.speaker.clone(),
            chars: doc.len_chars(),
            sections: doc.flat_sections().len(),
            figures: report.figures.len(),
            targets: report.figures.iter().filter(|f| f.target).count(),
            hash: report.hash,
            indicator_figures,
        }
    }
}

fn level_name(l: Level) -> &'static str {
    match l {
        Level::National => "national",
        Level::Provincial => "provincial",
        Level::Prefectural => "prefectural",
        Level::County => "county",
    }
}

/// The year source's contract name.
pub fn year_from_name(y: YearFrom) -> &'static str {
    match y {
        YearFrom::Date => "date",
        YearFrom::Title => "title",
        YearFrom::FileName => "file name",
        YearFrom::Text => "text",
    }
}

/// Whether a path is a report file by its extension.
fn is_report_file(p: &Path) -> bool {
    p.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| matches!(e.to_ascii_lowercase().as_str(), "txt" | "htm" | "html"))
}

/// The report files under `paths` (folders recursively, in name order;
/// files as given).
pub fn report_files(paths: &[String]) -> Result<Vec<PathBuf>, LoadError> {
    let mut out = Vec::new();
    for p in paths {
        let path = PathBuf::from(p);
        if path.is_dir() {
            let mut stack = vec![path];
            let mut found = Vec::new();
            while let Some(dir) = stack.pop() {
                let entries = std::fs::read_dir(&dir).map_err(|e| LoadError {
                    name: dir.display().to_string(),
                    problem: format!("cannot be read ({e})"),
                })?;
                for e in entries.flatten() {
                    let p = e.path();
                    if p.is_dir() {
                        stack.push(p);
                    } else if is_report_file(&p) {
                        found.push(p);
                    }
                }
            }
            // A folder with nothing to read is an error, not an empty
            // table printed with exit 0.
            if found.is_empty() {
                return Err(LoadError {
                    name: p.clone(),
                    problem: "holds no reports (no .txt, .htm or .html files in it or below it)"
                        .into(),
                });
            }
            found.sort();
            out.extend(found);
        } else {
            // A file given by name is read whatever its extension.
            read_bytes(p)?;
            out.push(path);
        }
    }
    Ok(out)
}

/// Many reports, summarised.
#[derive(Debug, Default)]
pub struct Library {
    /// Sorted by year (reports without one last), then path.
    pub reports: Vec<Summary>,
    /// Files that could not be read or decoded, with the reason.
    pub skipped: Vec<LoadError>,
    /// Where summaries and folded texts are cached, if anywhere.
    pub cache: Option<PathBuf>,
}

/// How to build a library.
#[derive(Debug, Clone, Default)]
pub struct LibraryOptions {
    pub report: Options,
    /// Read and write the cache (`--no-cache` turns it off).
    pub cache: Option<PathBuf>,
}

/// Summarises one file: from the cache when its bytes are known (an
/// unchanged size and time, or the same content hash), else by parsing
/// (and then caching). Returns the summary and the file's stat entry.
fn summarise(
    path: &Path,
    options: &LibraryOptions,
    stats: &cache::StatIndex,
) -> Result<(Summary, Option<(u64, u128, u64)>), LoadError> {
    let name = path.display().to_string();
    let stat = cache::stat_of(path);
    if let (Some(dir), Some((len, time))) = (&options.cache, stat)
        && let Some(&(l, t, hash)) = stats.get(&name)
        && (l, t) == (len, time)
        && let Some(mut s) = cache::load(dir, hash)
    {
        s.path = name;
        s.hash = hash;
        return Ok((s, Some((len, time, hash))));
    }
    let bytes = read_bytes(&name)?;
    let hash = content_hash(&bytes);
    let entry = stat.map(|(len, time)| (len, time, hash));
    if let Some(dir) = &options.cache
        && let Some(mut s) = cache::load(dir, hash)
    {
        s.path = name;
        s.hash = hash;
        return Ok((s, entry));
    }
    let report = Report::from_bytes(&name, &bytes, &options.report)?;
    let summary = Summary::of(&name, &report);
    if let Some(dir) = &options.cache {
        cache::store(dir, hash, &summary);
        cache::store_text(dir, hash, &crate::text::fold::fold_str(&report.doc.text));
    }
    Ok((summary, entry))
}

impl Library {
    /// Summarises every report under `paths`, on all cores.
    pub fn open(paths: &[String], options: &LibraryOptions) -> Result<Self, LoadError> {
        Self::open_files(&report_files(paths)?, options, &|_| {})
    }

    /// Summarises `files` on all cores; `row` hears of each summary the
    /// moment it is made (on a worker thread, in no particular order), so
    /// that a screen can fill in while the rest is read.
    pub fn open_files(
        files: &[PathBuf],
        options: &LibraryOptions,
        row: &(dyn Fn(&Summary) + Sync),
    ) -> Result<Self, LoadError> {
        let stats = options
            .cache
            .as_deref()
            .map(cache::load_stats)
            .unwrap_or_default();
        let results = parallel_map(files, |p| {
            let r = summarise(p, options, &stats);
            if let Ok((s, _)) = &r {
                row(s);
            }
            r
        });
        let mut lib = Library {
            cache: options.cache.clone(),
            ..Library::default()
        };
        let mut fresh = stats.clone();
        for r in results {
            match r {
                Ok((s, entry)) => {
                    if let Some(e) = entry {
                        fresh.insert(s.path.clone(), e);
                    }
                    lib.reports.push(s);
                }
                Err(e) => lib.skipped.push(e),
            }
        }
        if let Some(dir) = &options.cache
            && fresh != stats
        {
            cache::store_stats(dir, &fresh);
        }
        lib.reports.sort_by(|a, b| order_key(a).cmp(&order_key(b)));
        Ok(lib)
    }
}

/// The library's order: by year (reports without one last), then path.
pub fn order_key(s: &Summary) -> (bool, Option<i32>, &str) {
    (s.year.is_none(), s.year, s.path.as_str())
}

/// The text and folded chars of a report file (for terms and search),
/// decoded and parsed again without figures: the library keeps no texts in
/// memory.
pub fn text_of(path: &str, options: &Options) -> Result<(String, Vec<char>), LoadError> {
    let bytes = read_bytes(path)?;
    let (doc, _) = crate::report::document_of(path, &bytes, options)?;
    let folded = crate::text::fold::fold_chars(&doc.text);
    Ok((doc.text, folded))
}

/// One hit of a search over a library.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LibraryHit {
    pub start: usize,
    pub end: usize,
    /// 1-based line of the report's text.
    pub line: usize,
}

/// One report's hits.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LibraryHits {
    pub path: String,
    pub year: Option<i32>,
    pub hits: Vec<LibraryHit>,
}

/// The chars of UTF-8 bytes (the bytes that do not continue a char).
pub fn utf8_chars(b: &[u8]) -> usize {
    b.iter().filter(|&&x| (x as i8) >= -0x40).count()
}

/// A report's folded text as UTF-8 bytes, for byte scans: from the cache
/// when kept there with as many chars as the summary says (a damaged or
/// foreign file is not used), else decoded and parsed again (and kept).
pub fn folded_bytes_of(lib: &Library, s: &Summary, options: &Options) -> Option<Vec<u8>> {
    if let Some(dir) = &lib.cache
        && let Some(t) = cache::load_text(dir, s.hash)
        && utf8_chars(&t) == s.chars
    {
        return Some(t);
    }
    let (_, folded) = text_of(&s.path, options).ok()?;
    let folded: String = folded.into_iter().collect();
    if let Some(dir) = &lib.cache {
        cache::store_text(dir, s.hash, &folded);
    }
    Some(folded.into_bytes())
}

/// [`folded_bytes_of`] as a string (`None` if the bytes are not UTF-8).
pub fn folded_of(lib: &Library, s: &Summary, options: &Options) -> Option<String> {
    String::from_utf8(folded_bytes_of(lib, s, options)?).ok()
}

/// Which reports may hold every one of `words` (folded): from the index
/// of these reports when it is cached; without one it is built here (each
/// text read once) and kept. Without a cache, or for a word of one char,
/// every report may.
pub fn may_hold(lib: &Library, words: &[&str], options: &Options) -> Vec<bool> {
    let all = vec![true; lib.reports.len()];
    let Some(dir) = &lib.cache else {
        return all;
    };
    if words.iter().any(|w| w.chars().count() < 2) {
        return all;
    }
    let hashes: Vec<u64> = lib.reports.iter().map(|s| s.hash).collect();
    if let Some(may) = index::candidates(dir, &hashes, words) {
        return may;
    }
    let sigs = parallel_map(&lib.reports, |s| {
        folded_of(lib, s, options).map_or_else(
            // Unreadable now: a signature with every bit set (scanned, and
            // found or not as it is then).
            || vec![u64::MAX; index::BITS / 64],
            |t| index::signature(&t),
        )
    });
    index::store(dir, &hashes, &sigs);
    index::candidates(dir, &hashes, words).unwrap_or(all)
}

/// The counts of `words` in every report (on all cores); a report the
/// index says holds none of them is counted without being read.
pub fn term_rows(lib: &Library, words: &[String], options: &Options) -> Vec<terms::TermRow> {
    let folded: Vec<String> = words
        .iter()
        .map(|w| crate::text::fold::fold_str(w.trim()))
        .collect();
    let mut may = vec![false; lib.reports.len()];
    for w in &folded {
        for (m, x) in may.iter_mut().zip(may_hold(lib, &[w.as_str()], options)) {
            *m |= x;
        }
    }
    let work: Vec<(&Summary, bool)> = lib.reports.iter().zip(may).collect();
    parallel_map(&work, |&(s, may)| {
        if may {
            let text = folded_bytes_of(lib, s, options)?;
            Some(terms::row(&s.path, s.year, s.chars, &text, words))
        } else {
            Some(terms::absent(&s.path, s.year, s.chars, words))
        }
    })
    .into_iter()
    .flatten()
    .collect()
}

/// Every report of the library searched (on all cores); reports without
/// hits left out. Chinese and other literal queries are found in the
/// cached folded texts with `memmem`; Latin queries (pinyin) go through
/// the full search.
pub fn search(lib: &Library, query: &str, options: &Options) -> Vec<LibraryHits> {
    let q: String = crate::text::fold::fold_chars(query.trim())
        .into_iter()
        .collect();
    let pinyin = q.chars().all(|c| c.is_ascii_lowercase());
    let may = if pinyin {
        vec![true; lib.reports.len()]
    } else {
        may_hold(lib, &[q.as_str()], options)
    };
    let work: Vec<(&Summary, bool)> = lib.reports.iter().zip(may).collect();
    let found = parallel_map(&work, |&(s, may)| {
        if !may {
            return None;
        }
        let bytes = folded_bytes_of(lib, s, options)?;
        // Where each match starts (bytes) and how many chars it spans.
        let spans: Vec<(usize, usize)> = if pinyin {
            let text = std::str::from_utf8(&bytes).ok()?;
            let chars: Vec<char> = text.chars().collect();
            let at: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
            crate::query::search::find(&chars, query)
                .into_iter()
                .map(|(a, b)| (at[a], b - a))
                .collect()
        } else {
            let n = q.chars().count();
            let qc: Vec<char> = q.chars().collect();
            memchr::memmem::find_iter(&bytes, q.as_bytes())
                .filter(|&b| crate::query::search::whole_number_at(&bytes, b, b + q.len(), &qc))
                .map(|b| (b, n))
                .collect()
        };
        if spans.is_empty() {
            return None;
        }
        // Char offsets and line numbers: the bytes between matches counted
        // once, in order.
        let (mut line, mut at_char, mut at_byte) = (1, 0, 0);
        let hits = spans
            .into_iter()
            .map(|(b, n)| {
                let gap = &bytes[at_byte..b];
                at_char += utf8_chars(gap);
                line += bytecount_newlines(gap);
                at_byte = b;
                LibraryHit {
                    start: at_char,
                    end: at_char + n,
                    line,
                }
            })
            .collect();
        Some(LibraryHits {
            path: s.path.clone(),
            year: s.year,
            hits,
        })
    });
    found.into_iter().flatten().collect()
}

fn bytecount_newlines(b: &[u8]) -> usize {
    memchr::memchr_iter(b'\n', b).count()
}
