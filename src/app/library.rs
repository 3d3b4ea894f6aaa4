//! The library screens' state (no terminal): the list of reports with its
//! filter and marks, one indicator across the years, terms across the
//! years, a search over every report. What `Enter` opens is decided here;
//! the reports themselves are parsed when opened.

use super::{Action, App, DocState, Focus, Mode, Screen};
use crate::figures::indicators::{self, Indicator};
use crate::library::terms::TermRow;
use crate::library::trend::{TrendRow, trend};
use crate::library::{Library, LibraryHits, order_key};
use crate::query::topic::pinyin_of;
use crate::report::Options;
use crate::report::Report;
use crate::text::fold::fold_str;
use std::sync::Arc;

/// Which library screen is up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LibraryScreen {
    /// One row per report.
    List,
    /// One indicator across the years (`T`).
    Trend,
    /// Terms across the years (`K`).
    Terms,
    /// A search over every report (`/`).
    Search,
}

/// One indicator across the years, as shown.
#[derive(Debug, Clone)]
pub struct TrendView {
    pub indicator: &'static Indicator,
    pub rows: Vec<TrendRow>,
    pub sel: usize,
}

/// Whether an outcome met its target: `None` when it cannot be said.
pub fn met(row_target: &crate::library::trend::Target, outcome: f64) -> Option<bool> {
    let tolerance = 0.5;
    match (
        row_target.value,
        row_target.low,
        row_target.high,
        row_target.bound.as_deref(),
    ) {
        (None, Some(l), Some(h), _) => {
            Some(outcome >= l - 1e-9 && outcome <= h + 1e-9 || outcome > h)
        }
        (Some(v), _, _, Some("at_least")) => Some(outcome >= v - 1e-9),
        (Some(v), _, _, Some("at_most")) => Some(outcome <= v + 1e-9),
        (Some(v), _, _, _) => Some(outcome >= v - tolerance),
        _ => None,
    }
}

/// The library and where the reader is in it.
#[derive(Debug)]
pub struct LibraryView {
    pub lib: Library,
    pub options: Options,
    pub screen: LibraryScreen,
    /// What the list is filtered by (Chinese, pinyin or initials).
    pub filter: String,
    /// The reports shown, as indices into `lib.reports`.
    pub rows: Vec<usize>,
    /// The selected row (an index into `rows`).
    pub sel: usize,
    /// Reports marked for comparison (`Space`), in marking order.
    pub marked: Vec<usize>,
    pub trend: Option<TrendView>,
    pub terms: Option<(Vec<String>, Vec<TermRow>)>,
    pub search: Option<(String, Vec<LibraryHits>, usize)>,
    /// Per report: the text a filter matches (title, region, path, year)
    /// and its pinyin and initials.
    keys: Vec<(String, String, String)>,
    /// While the library is still being read: (reports read, reports in
    /// all); the rows fill in as they come.
    pub loading: Option<(usize, usize)>,
}

/// What the worker reading a library sends the screen.
#[derive(Debug)]
pub enum LibraryEvent {
    /// One report read (in no particular order).
    Row(Box<crate::library::Summary>),
    /// All read: the library as [`Library::open`] makes it (sorted, with
    /// the files it skipped), or why it could not be read.
    Done(Result<Library, crate::decode::input::LoadError>),
}

/// The text a filter matches for a report, its pinyin and initials.
fn key_of(s: &crate::library::Summary) -> (String, String, String) {
    let text = format!(
        "{} {} {} {} {}",
        s.year.map(|y| y.to_string()).unwrap_or_default(),
        s.region.as_deref().unwrap_or(""),
        s.title.as_deref().unwrap_or(""),
        s.speaker.as_deref().unwrap_or(""),
        s.path
    );
    let (py, initials) = pinyin_of(&text);
    (fold_str(&text), py, initials)
}

impl LibraryView {
    /// A view of the whole library.
    pub fn new(lib: Library, options: Options) -> Self {
        let keys = lib.reports.iter().map(key_of).collect();
        let rows = (0..lib.reports.len()).collect();
        Self {
            lib,
            options,
            screen: LibraryScreen::List,
            filter: String::new(),
            rows,
            sel: 0,
            marked: Vec::new(),
            trend: None,
            terms: None,
            search: None,
            keys,
            loading: None,
        }
    }

    /// An empty view of a library of `total` reports still being read.
    pub fn loading(total: usize, cache: Option<std::path::PathBuf>, options: Options) -> Self {
        let lib = Library {
            cache,
            ..Library::default()
        };
        Self {
            loading: Some((0, total)),
            ..Self::new(lib, options)
        }
    }

    /// What the reading worker sends: a report takes its place in year
    /// order (the marks stay on their reports, and so does the selection
    /// unless it is on the first row), or the whole library replaces the
    /// rows read so far.
    pub fn receive(&mut self, event: LibraryEvent) -> Option<String> {
        // A cursor on the first row stays there (nothing chosen yet);
        // elsewhere it stays on its report.
        let selected = self
            .selected()
            .filter(|_| self.sel > 0)
            .map(|i| self.lib.reports[i].path.clone());
        let marked: Vec<String> = self
            .marked
            .iter()
            .map(|&i| self.lib.reports[i].path.clone())
            .collect();
        let mut problem = None;
        match event {
            LibraryEvent::Row(summary) => {
                let at = self
                    .lib
                    .reports
                    .partition_point(|r| order_key(r) < order_key(&summary));
                self.keys.insert(at, key_of(&summary));
                self.lib.reports.insert(at, *summary);
                if let Some((done, total)) = &mut self.loading {
                    *done += 1;
                    *total = (*total).max(*done);
                }
            }
            LibraryEvent::Done(Ok(lib)) => {
                self.keys = lib.reports.iter().map(key_of).collect();
                self.lib = lib;
                self.loading = None;
                // A trend drawn from the rows read so far, drawn again from
                // them all (summaries only: cheap).
                if let Some(t) = &mut self.trend {
                    t.rows = trend(&self.lib, &t.indicator.id);
                    t.sel = t.sel.min(t.rows.len().saturating_sub(1));
                }
            }
            LibraryEvent::Done(Err(e)) => {
                self.loading = None;
                problem = Some(e.to_string());
            }
        }
        let index_of = |path: &str| self.lib.reports.iter().position(|r| r.path == path);
        self.marked = marked.iter().filter_map(|p| index_of(p)).collect();
        let keep = selected.and_then(|p| index_of(&p));
        self.set_filter(&self.filter.clone());
        if let Some(k) = keep.and_then(|i| self.rows.iter().position(|&r| r == i)) {
            self.sel = k;
        }
        problem
    }

    /// Filters the list: a Chinese query matches the text, a Latin one
    /// also its pinyin or initials.
    pub fn set_filter(&mut self, q: &str) {
        self.filter = q.to_string();
        let q = fold_str(q.trim());
        let latin = q.chars().all(|c| c.is_ascii_alphanumeric() || c == ' ');
        self.rows = (0..self.lib.reports.len())
            .filter(|&i| {
                let (text, py, initials) = &self.keys[i];
                q.is_empty()
                    || text.contains(&q)
                    || latin && (py.contains(&q) || initials.contains(&q))
            })
            .collect();
        self.sel = self.sel.min(self.rows.len().saturating_sub(1));
    }

    /// The selected report, an index into `lib.reports`.
    pub fn selected(&self) -> Option<usize> {
        self.rows.get(self.sel).copied()
    }

    /// How many rows the current screen lists.
    pub fn len(&self) -> usize {
        match self.screen {
            LibraryScreen::List => self.rows.len(),
            LibraryScreen::Trend => self.trend.as_ref().map_or(0, |t| t.rows.len()),
            LibraryScreen::Terms => self.terms.as_ref().map_or(0, |t| t.1.len()),
            LibraryScreen::Search => self.search.as_ref().map_or(0, |s| s.1.len()),
        }
    }

    /// Whether the current screen lists nothing.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The selection of the current screen.
    pub fn cursor(&mut self) -> &mut usize {
        match self.screen {
            LibraryScreen::Trend => match &mut self.trend {
                Some(t) => &mut t.sel,
                None => &mut self.sel,
            },
            LibraryScreen::Search => match &mut self.search {
                Some(s) => &mut s.2,
                None => &mut self.sel,
            },
            _ => &mut self.sel,
        }
    }

    /// Moves the selection by `delta` rows, within the list.
    pub fn move_by(&mut self, delta: i64) {
        let n = self.len();
        let cur = self.cursor();
        *cur = (*cur as i64 + delta).clamp(0, n.saturating_sub(1) as i64) as usize;
    }

    /// Marks or unmarks the selected report (two at most: a pair to compare).
    pub fn toggle_mark(&mut self) {
        let Some(i) = self.selected() else {
            return;
        };
        if let Some(k) = self.marked.iter().position(|&m| m == i) {
            self.marked.remove(k);
        } else {
            if self.marked.len() == 2 {
                self.marked.remove(0);
            }
            self.marked.push(i);
        }
    }

    /// Shows an indicator across the years; an unknown one is a message
    /// naming the closest ids.
    pub fn open_trend(&mut self, query: &str) -> Result<(), String> {
        let q = if query.trim().is_empty() {
            "gdp_growth"
        } else {
            query
        };
        let ind = indicators::resolve(q)
            .map_err(|near| format!("not an indicator: {q} (closest: {})", near.join(", ")))?;
        let rows = trend(&self.lib, &ind.id);
        let sel = rows.len().saturating_sub(1);
        self.trend = Some(TrendView {
            indicator: ind,
            rows,
            sel,
        });
        self.screen = LibraryScreen::Trend;
        Ok(())
    }

    /// Counts terms (separated by spaces) in every report.
    pub fn open_terms(&mut self, query: &str) {
        let words: Vec<String> = query.split_whitespace().map(str::to_string).collect();
        if words.is_empty() {
            return;
        }
        let rows: Vec<TermRow> = crate::library::term_rows(&self.lib, &words, &self.options);
        self.terms = Some((words, rows));
        self.screen = LibraryScreen::Terms;
    }

    /// Searches every report.
    pub fn open_search(&mut self, query: &str) {
        if query.trim().is_empty() {
            return;
        }
        let results = crate::library::search(&self.lib, query, &self.options);
        self.search = Some((query.to_string(), results, 0));
        self.screen = LibraryScreen::Search;
    }

    /// What `Enter` opens: a report path, where to read from, and a search
    /// to run in it.
    pub fn target(&self) -> Option<(String, usize, Option<String>)> {
        match self.screen {
            LibraryScreen::List => {
                let s = &self.lib.reports[self.selected()?];
                Some((s.path.clone(), 0, None))
            }
            LibraryScreen::Trend => {
                let t = self.trend.as_ref()?;
                let r = t.rows.get(t.sel)?;
                let at = r
                    .target
                    .as_ref()
                    .map(|x| x.start)
                    .or_else(|| r.outcome.as_ref().map(|o| o.start))?;
                Some((r.path.clone(), at, None))
            }
            LibraryScreen::Terms => {
                let (words, rows) = self.terms.as_ref()?;
                let r = rows.get(self.sel.min(rows.len().saturating_sub(1)))?;
                Some((r.path.clone(), 0, words.first().cloned()))
            }
            LibraryScreen::Search => {
                let (q, results, sel) = self.search.as_ref()?;
                let r = results.get(*sel)?;
                Some((r.path.clone(), r.hits.first()?.start, Some(q.clone())))
            }
        }
    }
}

impl App {
    /// One action on a library screen.
    pub(super) fn apply_library(&mut self, action: Action) {
        self.message = None;
        if matches!(
            self.mode,
            Mode::Filter | Mode::Indicator | Mode::Terms | Mode::Search
        ) {
            return self.library_prompt(action);
        }
        if self.mode == Mode::Help {
            if matches!(
                action,
                Action::Escape | Action::Quit | Action::Help | Action::Back | Action::Enter
            ) {
                self.mode = Mode::Normal;
                self.help_scroll = 0;
            } else {
                self.scroll_help(&action);
            }
            return;
        }
        let page = self.page_rows() as i64;
        let Some(v) = self.library.as_mut() else {
            return;
        };
        match action {
            Action::Quit => self.quit = true,
            Action::Up | Action::Wheel(_, -1) => v.move_by(-1),
            Action::Down | Action::Wheel(_, 1) => v.move_by(1),
            Action::Wheel(_, n) | Action::Scroll(n) => v.move_by(i64::from(n)),
            Action::PageUp => v.move_by(-page),
            Action::PageDown => v.move_by(page),
            Action::HalfUp => v.move_by(-page / 2),
            Action::HalfDown => v.move_by(page / 2),
            Action::Top => *v.cursor() = 0,
            Action::Bottom => *v.cursor() = v.len().saturating_sub(1),
            Action::Mark => v.toggle_mark(),
            Action::Back | Action::Escape => {
                if v.screen != LibraryScreen::List {
                    v.screen = LibraryScreen::List;
                } else if !v.filter.is_empty() {
                    v.set_filter("");
                }
            }
            Action::Enter => self.open_from_library(),
            Action::OpenFilter => self.open_library_prompt(Mode::Filter),
            Action::OpenTrend => self.open_library_prompt(Mode::Indicator),
            Action::OpenTerms => self.open_library_prompt(Mode::Terms),
            Action::OpenSearch => self.open_library_prompt(Mode::Search),
            Action::CompareMarked => self.compare_marked(),
            Action::Help => self.mode = Mode::Help,
            Action::Resize(w, h) => {
                self.width = w;
                self.height = h;
                self.relayout();
            }
            // A Chinese character typed on the list starts the filter.
            Action::Input(c) if !c.is_ascii() => {
                self.open_library_prompt(Mode::Filter);
                self.library_prompt(Action::Input(c));
            }
            _ => {}
        }
    }

    fn open_library_prompt(&mut self, mode: Mode) {
        self.mode = mode;
        self.prompt = match (mode, &self.library) {
            (Mode::Filter, Some(v)) => v.filter.clone(),
            _ => String::new(),
        };
    }

    /// Typing in a library prompt: the filter applies as one types; the
    /// indicator, terms and search on `Enter`.
    fn library_prompt(&mut self, action: Action) {
        let mode = self.mode;
        match action {
            Action::Escape => {
                self.mode = Mode::Normal;
                if mode == Mode::Filter
                    && let Some(v) = &mut self.library
                {
                    v.set_filter("");
                }
            }
            Action::Input(c) => self.prompt.push(c),
            Action::Backspace => {
                self.prompt.pop();
            }
            Action::ClearPrompt | Action::DeleteWord => {
                super::actions::edit_prompt(&mut self.prompt, &action)
            }
            Action::Quit => self.quit = true,
            Action::Enter => {
                self.mode = Mode::Normal;
                let q = self.prompt.clone();
                let Some(v) = &mut self.library else {
                    return;
                };
                match mode {
                    Mode::Indicator => {
                        if let Err(e) = v.open_trend(&q) {
                            self.message = Some(e);
                        }
                    }
                    Mode::Terms => v.open_terms(&q),
                    Mode::Search => {
                        v.open_search(&q);
                        if v.search.as_ref().is_some_and(|s| s.1.is_empty()) {
                            self.message = Some(format!("no report mentions “{q}”"));
                        }
                    }
                    _ => {}
                }
            }
            Action::Up | Action::Down if mode == Mode::Filter => {
                if let Some(v) = &mut self.library {
                    v.move_by(if action == Action::Up { -1 } else { 1 });
                }
            }
            _ => {}
        }
        if mode == Mode::Filter
            && let Some(v) = &mut self.library
        {
            let q = self.prompt.clone();
            v.set_filter(&q);
        }
    }

    /// Opens what the library's selection points at, in the reader.
    fn open_from_library(&mut self) {
        let Some((path, at, search)) = self.library.as_ref().and_then(LibraryView::target) else {
            return;
        };
        let options = self
            .library
            .as_ref()
            .map(|v| v.options.clone())
            .unwrap_or_default();
        if let Err(e) = self.open_report(&path, &options) {
            self.message = Some(e.to_string());
            return;
        }
        let page = self.page_rows();
        let d = self.doc_mut();
        if at > 0 {
            d.place(at, 3, page);
            d.pin = Some(super::Pin {
                anchor: d.anchor,
                pos: at,
                figure: None,
            });
        }
        if let Some(q) = search {
            d.run_search(&q);
            self.cycle_match(true);
        }
        self.screen = Screen::Reader;
        self.focus = Focus::Reading;
    }

    /// Makes the report at `path` the current document (parsed once).
    pub(super) fn open_report(
        &mut self,
        path: &str,
        options: &Options,
    ) -> Result<(), crate::decode::input::LoadError> {
        if let Some(k) = self.docs.iter().position(|d| d.report.name == path) {
            self.current = k;
            return Ok(());
        }
        let report = Arc::new(Report::open(Some(path), options)?);
        let mut d = DocState::new(report);
        d.set_width(self.text_width());
        self.docs.push(d);
        self.current = self.docs.len() - 1;
        Ok(())
    }

    /// `=`: the two marked reports compared, the earlier one first.
    fn compare_marked(&mut self) {
        let Some(v) = &self.library else {
            return;
        };
        if v.marked.len() != 2 {
            self.message = Some("mark two reports with Space, then press =".into());
            return;
        }
        let mut pair: Vec<&crate::library::Summary> =
            v.marked.iter().map(|&i| &v.lib.reports[i]).collect();
        pair.sort_by_key(|s| (s.year, s.path.clone()));
        let (a, b) = (pair[0].path.clone(), pair[1].path.clone());
        let options = v.options.clone();
        match (
            Report::open(Some(&a), &options),
            Report::open(Some(&b), &options),
        ) {
            (Ok(ra), Ok(rb)) => {
                self.compare = Some(super::compare::CompareView::new(
                    Arc::new(ra),
                    Arc::new(rb),
                    self.text_width() / 2,
                ));
                self.screen = Screen::Compare;
                // Lay the panes out for this screen at once, as a resize
                // does: they were blank until the first key.
                self.apply_compare(Action::Resize(self.width, self.height));
            }
            (Err(e), _) | (_, Err(e)) => self.message = Some(e.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::library::LibraryOptions;

    fn view() -> LibraryView {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/corpus");
        let paths: Vec<String> = [2016, 2019, 2023, 2024]
            .iter()
            .map(|y| format!("{dir}/{y}.txt"))
            .collect();
        LibraryView::new(
            Library::open(&paths, &LibraryOptions::default()).unwrap(),
            Options::default(),
        )
    }

    #[test]
    fn comparing_marked_reports_fills_both_panes_at_once() {
        let mut app = App::with_library(view(), 120, 40);
        app.update(Action::Mark);
        app.update(Action::Down);
        app.update(Action::Mark);
        app.update(Action::CompareMarked);
        assert_eq!(app.screen, Screen::Compare);
        let c = app.compare.as_ref().unwrap();
        assert!(!c.a.view.is_empty() && !c.b.view.is_empty());
    }

    #[test]
    fn filter_mark_and_trend() {
        let mut v = view();
        assert_eq!(v.rows.len(), 4);
        v.set_filter("2019");
        assert_eq!(v.rows.len(), 1);
        v.set_filter("");
        v.move_by(10);
        assert_eq!(v.sel, 3);
        v.toggle_mark();
        v.move_by(-1);
        v.toggle_mark();
        assert_eq!(v.marked, [3, 2]);
        v.open_trend("jingjizengzhang").unwrap();
        let t = v.trend.as_ref().unwrap();
        assert_eq!(t.indicator.id, "gdp_growth");
        assert_eq!(t.rows.len(), 4);
        let (path, at, _) = v.target().unwrap();
        assert!(path.ends_with("2024.txt") && at > 0);
        assert!(
            v.open_trend("gdp_grwoth")
                .unwrap_err()
                .contains("gdp_growth")
        );
    }

    #[test]
    fn targets_met_or_missed() {
        let t = |value, low, high, bound: Option<&str>| crate::library::trend::Target {
            value,
            low,
            high,
            bound: bound.map(str::to_string),
            unit: "%".into(),
            text: String::new(),
            start: 0,
            end: 0,
        };
        assert_eq!(
            met(&t(Some(5.0), None, None, Some("about")), 5.2),
            Some(true)
        );
        assert_eq!(
            met(&t(Some(5.5), None, None, Some("about")), 3.0),
            Some(false)
        );
        assert_eq!(
            met(&t(Some(6.0), None, None, Some("at_least")), 8.1),
            Some(true)
        );
        assert_eq!(
            met(&t(Some(3.0), None, None, Some("at_most")), 3.3),
            Some(false)
        );
        assert_eq!(met(&t(None, Some(6.5), Some(7.0), None), 6.9), Some(true));
        assert_eq!(met(&t(None, Some(6.0), Some(6.5), None), 5.9), Some(false));
    }
}
