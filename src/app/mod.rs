//! The reader's state. In: reports (`Arc<Report>`) and actions. Out: the
//! state the UI draws — open documents with their reading position, the
//! rows on screen, the selections, prompts and overlays. One entry point
//! for change, [`App::update`]; no terminal here.

use crate::figures::Figure;
use crate::query::topic::{Topic, topics};
use crate::report::Report;
use crate::text::layout::VisualLine;
use std::collections::HashMap;
use std::sync::Arc;

mod actions;
pub mod chart;
pub mod compare;
pub mod library;
pub mod positions;
mod view;

pub use actions::Action;

/// Which pane has the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Outline,
    Reading,
    Figures,
}

/// What is open over the panes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mode {
    Normal,
    Topic,
    Search,
    Help,
    Chart,
    /// Filtering the library's list as one types.
    Filter,
    /// Naming the indicator to follow across the years.
    Indicator,
    /// Naming the terms to count across the years.
    Terms,
}

/// The order of the figures pane (`s` cycles).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FigureSort {
    /// As in the text.
    #[default]
    Document,
    /// By label.
    Label,
    /// By value, largest first, within each unit.
    Value,
}

/// What fills the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// The three-pane reader.
    Reader,
    /// The library of reports (list, trend, terms, search).
    Library,
    /// Two reports compared.
    Compare,
}

/// One row of the outline.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub depth: usize,
    pub label: String,
    pub start: usize,
    pub end: usize,
    pub point: bool,
    pub has_children: bool,
    /// Index of the parent entry.
    pub parent: Option<usize>,
}

/// How a wrapped row is styled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowKind {
    /// The title block.
    Title,
    /// A heading of this depth.
    Heading(usize),
    /// Body text.
    Body,
    /// The gap between paragraphs.
    Blank,
}

/// A wrapped row of the reading pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    pub line: VisualLine,
    pub kind: RowKind,
}

/// A reading position chosen by the reader (a figure stepped to with
/// `f`/`F`, a figure opened from the figures pane, a section jumped to
/// near the end): it holds while the top row stays at `anchor`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pin {
    /// The top row's offset when the position was chosen.
    pub anchor: usize,
    /// The position being read.
    pub pos: usize,
    /// The figure stepped to, an index into `figures`.
    pub figure: Option<usize>,
}

/// A change written apart from the figure it qualifies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChangeSpan {
    pub start: usize,
    pub end: usize,
    pub direction: crate::figures::Direction,
    /// The start of the figure it qualifies.
    pub owner: usize,
}

/// One open document and the reader's place in it.
#[derive(Debug)]
pub struct DocState {
    /// The report being read, shared (a library holds it too).
    pub report: Arc<Report>,
    /// Changes written apart from their figure (`可比下降10.3%` after
    /// `1127.2亿元`), sorted.
    pub change_spans: Vec<ChangeSpan>,
    pub entries: Vec<Entry>,
    pub collapsed: Vec<bool>,
    pub outline_sel: usize,
    /// Char offset at the top of the reading pane: survives resizes.
    pub anchor: usize,
    pub figure_sel: usize,
    /// A position chosen by the reader; see [`DocState::reading_pos`].
    pub pin: Option<Pin>,
    /// The figures pane's order.
    pub figure_sort: FigureSort,
    /// At the end of the text the pane may start with the gap above the
    /// anchor's row (so the last row sits on the last screen row).
    top_gap: Option<usize>,
    pub search: String,
    pub hits: Vec<(usize, usize)>,
    pub hit: Option<usize>,
    /// Topic candidates, built the first time the topic prompt opens.
    pub topics: Vec<Topic>,
    topics_built: bool,
    /// Wrapped rows per paragraph for `wrap_width`, filled on demand.
    wrap_cache: HashMap<usize, Vec<Row>>,
    wrap_width: usize,
    /// Section starts and levels, sorted: headings are looked up here.
    heading_starts: Vec<(usize, usize)>,
    /// The rows on screen in the reading pane (the view of this state).
    pub view: Vec<Row>,
}

/// The whole app.
#[derive(Debug)]
pub struct App {
    pub docs: Vec<DocState>,
    pub current: usize,
    pub focus: Focus,
    pub mode: Mode,
    pub prompt: String,
    pub topic_results: Vec<usize>,
    pub topic_sel: usize,
    pub message: Option<String>,
    pub width: u16,
    pub height: u16,
    /// The figures pane: `None` shows it from 100 columns up; `m` forces it
    /// on or off.
    pub show_figures: Option<bool>,
    pub quit: bool,
    pub screen: Screen,
    /// How far the help is scrolled (it scrolls when it does not fit).
    pub help_scroll: usize,
    /// The last query of each prompt, offered when it opens again.
    pub last_query: HashMap<Mode, String>,
    /// The prompt holds the remembered query, not yet typed over.
    pub prompt_fresh: bool,
    /// Work still going on (the rest of a large report being read),
    /// shown in the status line.
    pub loading: Option<String>,
    /// A jump past what is read so far (`G`), done when the rest arrives.
    pub deferred: Option<Action>,
    /// The chart shows the section's targets beside what was achieved (a
    /// second `c`) instead of its figures.
    pub chart_targets: bool,
    /// The library, when a folder (or several files) was opened.
    pub library: Option<library::LibraryView>,
    /// Two reports side by side (`=` in the library).
    pub compare: Option<compare::CompareView>,
}

fn build_entries(doc: &crate::document::Document) -> Vec<Entry> {
    fn walk(
        s: &[crate::document::Section],
        depth: usize,
        parent: Option<usize>,
        out: &mut Vec<Entry>,
    ) {
        for sec in s {
            let idx = out.len();
            out.push(Entry {
                depth,
                label: sec.heading(),
                start: sec.start,
                end: sec.end,
                point: false,
                has_children: !sec.children.is_empty() || !sec.points.is_empty(),
                parent,
            });
            for p in &sec.points {
                out.push(Entry {
                    depth: depth + 1,
                    label: format!("{}{}", p.marker, p.title),
                    start: p.start,
                    end: p.end,
                    point: true,
                    has_children: false,
                    parent: Some(idx),
                });
            }
            walk(&sec.children, depth + 1, Some(idx), out);
        }
    }
    let mut out = Vec::new();
    walk(&doc.sections, 0, None, &mut out);
    out
}

impl DocState {
    /// Reader state over a report.
    pub fn new(report: Arc<Report>) -> Self {
        let change_spans = report
            .figures
            .iter()
            .filter_map(|f| {
                let c = f.change.as_ref()?;
                (c.start >= f.end).then_some(ChangeSpan {
                    start: c.start,
                    end: c.end,
                    direction: c.direction,
                    owner: f.start,
                })
            })
            .collect();
        let entries = build_entries(&report.doc);
        let heading_starts = report
            .doc
            .flat_sections()
            .iter()
            .map(|s| (s.start, s.level))
            .collect();
        Self {
            collapsed: vec![false; entries.len()],
            entries,
            change_spans,
            topics: Vec::new(),
            topics_built: false,
            wrap_cache: HashMap::new(),
            wrap_width: 0,
            heading_starts,
            view: Vec::new(),
            outline_sel: 0,
            anchor: 0,
            figure_sel: 0,
            pin: None,
            figure_sort: FigureSort::Document,
            top_gap: None,
            search: String::new(),
            hits: Vec::new(),
            hit: None,
            report,
        }
    }

    /// Builds the topic list (pinyin of every title) if not yet built.
    pub fn ensure_topics(&mut self) {
        if !self.topics_built {
            self.topics = topics(&self.report.doc, &self.report.figures);
            self.topics_built = true;
        }
    }

    /// Where the reader is, by the sections' markers: `三 › (二)`.
    pub fn marker_path(&self) -> String {
        self.report
            .doc
            .section_path(self.reading_pos())
            .iter()
            .map(|s| {
                s.marker
                    .as_deref()
                    .unwrap_or("•")
                    .trim_end_matches('、')
                    .to_string()
            })
            .collect::<Vec<_>>()
            .join(" › ")
    }

    /// Where the reader is. The top row of the reading pane, unless the
    /// reader chose a position that the top row cannot show (a figure
    /// further down, a section near the end) and has not moved since; and
    /// when the top row is before the first section (title block,
    /// salutation) in a stretch without figures, the first section that
    /// starts on screen. So the outline marker and the figures pane always
    /// speak of text that is on screen.
    pub fn reading_pos(&self) -> usize {
        // A pin that says no more than the top row (a jump to the top, a
        // remembered position) leaves the usual rule in charge.
        if let Some(pin) = self
            .pin
            .filter(|p| p.anchor == self.anchor && (p.pos != p.anchor || p.figure.is_some()))
        {
            return pin.pos;
        }
        let doc = &self.report.doc;
        if doc.section_at(self.anchor).is_none() {
            let first = doc.sections.first().map(|s| s.start);
            let on_screen = self.view.last().map_or(self.anchor, |r| r.line.end);
            if let Some(first) = first.filter(|&f| f > self.anchor && f < on_screen)
                && !self
                    .report
                    .figures
                    .iter()
                    .any(|f| f.start >= self.anchor && f.start < first)
            {
                return first;
            }
        }
        self.anchor
    }

    /// Whether the char at `pos` is on screen.
    pub fn on_screen(&self, pos: usize) -> bool {
        self.view
            .iter()
            .any(|r| r.kind != RowKind::Blank && r.line.start <= pos && pos < r.line.end)
    }

    /// The innermost section at the reading position.
    pub fn current_section(&self) -> Option<&crate::document::Section> {
        self.report.doc.section_at(self.reading_pos())
    }

    /// Figures of the section being read.
    pub fn section_figures(&self) -> Vec<&Figure> {
        let mut figs = self.section_figures_in_order();
        match self.figure_sort {
            FigureSort::Document => {}
            FigureSort::Label => figs.sort_by(|a, b| a.label.cmp(&b.label)),
            FigureSort::Value => figs.sort_by(|a, b| {
                (a.kind.as_str(), &a.unit)
                    .cmp(&(b.kind.as_str(), &b.unit))
                    .then(b.normalized.total_cmp(&a.normalized))
            }),
        }
        figs
    }

    /// Figures of the section being read, in document order.
    fn section_figures_in_order(&self) -> Vec<&Figure> {
        match self.current_section() {
            Some(s) => {
                let (a, b) = (s.start, s.end);
                // Only the section's own text: stop at its first subsection.
                let b = s.children.first().map_or(b, |c| c.start).max(a);
                let inner: Vec<&Figure> = self
                    .report
                    .figures
                    .iter()
                    .filter(|f| f.start >= a && f.end <= b)
                    .collect();
                if inner.is_empty() {
                    self.report
                        .figures
                        .iter()
                        .filter(|f| f.start >= s.start && f.end <= s.end)
                        .collect()
                } else {
                    inner
                }
            }
            // Outside every section: the figures of the stretch of text
            // the reader is in (before the first section, between the body
            // and an appendix, or the whole of a report without headings).
            None => {
                let doc = &self.report.doc;
                let pos = self.reading_pos();
                let starts = doc.flat_sections();
                let a = starts
                    .iter()
                    .filter(|s| s.end <= pos)
                    .map(|s| s.end)
                    .max()
                    .unwrap_or(0);
                let b = starts
                    .iter()
                    .map(|s| s.start)
                    .filter(|&s| s > pos)
                    .min()
                    .unwrap_or(usize::MAX);
                self.report
                    .figures
                    .iter()
                    .filter(|f| f.start >= a && f.end <= b)
                    .collect()
            }
        }
    }

    /// Visible outline entries (collapsed subtrees hidden).
    pub fn visible_entries(&self) -> Vec<usize> {
        let mut out = Vec::new();
        for i in 0..self.entries.len() {
            let mut p = self.entries[i].parent;
            let mut hidden = false;
            while let Some(k) = p {
                if self.collapsed[k] {
                    hidden = true;
                    break;
                }
                p = self.entries[k].parent;
            }
            if !hidden {
                out.push(i);
            }
        }
        out
    }

    /// The deepest outline entry containing the reading position.
    pub fn entry_at_anchor(&self) -> Option<usize> {
        let pos = self.reading_pos();
        let vis = self.visible_entries();
        vis.into_iter()
            .filter(|&i| self.entries[i].start <= pos && pos < self.entries[i].end)
            .max_by_key(|&i| (self.entries[i].depth, self.entries[i].start))
    }

    /// Starts reading at `pos` (a remembered position), clamped to the text.
    pub fn restore(&mut self, pos: usize) {
        let pos = pos.min(self.report.doc.len_chars());
        self.jump_to(pos);
    }

    fn jump_to(&mut self, pos: usize) {
        self.anchor = pos;
        self.pin = Some(Pin {
            anchor: pos,
            pos,
            figure: None,
        });
        if let Some(i) = self.entry_at_anchor() {
            self.outline_sel = i;
        }
        self.figure_sel = 0;
    }

    /// Reads from `pos` (an outline entry's start), which stays the reading
    /// position even where the top row cannot go that far (near the end).
    fn read_from(&mut self, pos: usize) {
        self.anchor = pos;
        self.pin = Some(Pin {
            anchor: pos,
            pos,
            figure: None,
        });
    }

    /// Selects figure `i` (an index into `figures`): the reading position
    /// moves to it and the figures pane selects it.
    fn select_figure(&mut self, i: usize) {
        let start = self.report.figures[i].start;
        self.pin = Some(Pin {
            anchor: self.anchor,
            pos: start,
            figure: Some(i),
        });
        let id = self.report.figures[i].id;
        self.figure_sel = self
            .section_figures()
            .iter()
            .position(|f| f.id == id)
            .unwrap_or(0);
        if let Some(e) = self.entry_at_anchor() {
            self.outline_sel = e;
        }
    }

    /// The start of the sentence holding `pos`.
    fn sentence_start(&self, pos: usize) -> usize {
        let paras = &self.report.doc.paragraphs;
        let i = paras.partition_point(|p| p.start <= pos).saturating_sub(1);
        paras.get(i).map_or(pos, |p| {
            p.sentences
                .iter()
                .find(|s| s.start <= pos && pos < s.end)
                .map_or(p.start, |s| s.start)
        })
    }

    /// Searches the text for `query` (folded, or pinyin for Latin input).
    pub fn run_search(&mut self, query: &str) {
        let q = crate::text::fold::fold_chars(query.trim());
        let literal_only = |s: &[char]| s.iter().any(|c| !c.is_ascii_lowercase());
        let old = crate::text::fold::fold_chars(self.search.trim());
        // Typing on: the hits of the longer query are among the old ones
        // (when no pinyin matching is involved, and no digits: `10` is not
        // found inside `10.3`, which `10.3%` is), so filter instead of
        // rescanning.
        let digits = |s: &[char]| s.iter().any(char::is_ascii_digit);
        let hits = if !old.is_empty() && q.starts_with(&old) && literal_only(&old) && !digits(&q) {
            let t = &self.report.folded();
            self.hits
                .iter()
                .filter(|h| t.len() >= h.0 + q.len() && t[h.0..h.0 + q.len()] == q[..])
                .map(|h| (h.0, h.0 + q.len()))
                .collect()
        } else {
            crate::query::search::find(self.report.folded(), query)
        };
        self.search = query.to_string();
        self.hit = None;
        self.hits = hits;
    }
}

impl App {
    /// A new app over loaded documents (at least one).
    pub fn new(
        docs: impl IntoIterator<Item = impl Into<Arc<Report>>>,
        width: u16,
        height: u16,
    ) -> Self {
        let mut app = Self {
            docs: docs.into_iter().map(|r| DocState::new(r.into())).collect(),
            current: 0,
            focus: Focus::Outline,
            mode: Mode::Normal,
            prompt: String::new(),
            topic_results: Vec::new(),
            topic_sel: 0,
            message: None,
            width,
            height,
            show_figures: None,
            quit: false,
            screen: Screen::Reader,
            help_scroll: 0,
            last_query: HashMap::new(),
            prompt_fresh: false,
            loading: None,
            deferred: None,
            chart_targets: false,
            library: None,
            compare: None,
        };
        app.relayout();
        app.refresh();
        app
    }

    /// An app over a library of reports: the list first, a report opened
    /// from it.
    pub fn with_library(view: library::LibraryView, width: u16, height: u16) -> Self {
        let mut app = Self::new(Vec::<Arc<Report>>::new(), width, height);
        app.library = Some(view);
        app.screen = Screen::Library;
        app
    }

    /// Reopens the current document at a remembered position, saying so
    /// once (`resumed at 三 › (二) — g goes to the top`).
    pub fn resume(&mut self, pos: usize) {
        if pos == 0 || self.docs.is_empty() {
            return;
        }
        self.doc_mut().restore(pos);
        self.refresh();
        self.message = Some(format!(
            "resumed at {} — g goes to the top",
            self.doc().marker_path()
        ));
    }

    /// Puts a whole report in the place of its start (read first so the
    /// first screen comes at once): the reader stays where they were.
    pub fn replace_report(&mut self, i: usize, report: Arc<Report>) {
        let w = self.text_width();
        let Some(d) = self.docs.get_mut(i) else {
            return;
        };
        let (anchor, sel, focus_sel) = (d.anchor, d.figure_sel, d.figure_sort);
        let mut fresh = DocState::new(report);
        fresh.set_width(w);
        fresh.restore(anchor);
        fresh.figure_sel = sel;
        fresh.figure_sort = focus_sel;
        *d = fresh;
        self.refresh();
        if let Some(a) = self.deferred.take() {
            self.update(a);
        }
    }

    /// Recomputes the reading pane's rows (after changing a document's
    /// position from outside `update`, e.g. a remembered position).
    pub fn refresh(&mut self) {
        let h = self.page_rows();
        if let Some(d) = self.docs.get_mut(self.current) {
            d.refresh_view(h);
        }
    }

    /// The document on screen.
    pub fn doc(&self) -> &DocState {
        &self.docs[self.current]
    }

    fn doc_mut(&mut self) -> &mut DocState {
        &mut self.docs[self.current]
    }

    /// Pane widths (outline, reading, figures) for the current size.
    ///
    /// From 80 columns all three panes show (below, the figures pane and
    /// then the outline fold away); the outline takes about a quarter of
    /// the width, the reading pane at most 82 columns (a comfortable 40
    /// Chinese characters a line), the figures pane the rest. A report
    /// without headings shows no outline pane.
    pub fn pane_widths(&self) -> (u16, u16, u16) {
        let w = self.width;
        let has_outline = self
            .docs
            .get(self.current)
            .is_none_or(|d| !d.entries.is_empty());
        let outline = match w {
            _ if !has_outline => 0,
            0..60 => 0,
            60..100 => (w / 5).max(16),
            _ => (w * 2 / 9).clamp(24, 48),
        };
        let visible = match self.show_figures {
            None => w >= 80,
            Some(on) => on && w >= 40,
        };
        let mut figures = if visible {
            (w / 3).clamp(24, 64).min(w / 2)
        } else {
            0
        };
        let reading = w.saturating_sub(outline + figures);
        if visible && reading > 82 {
            figures += reading - 82;
        }
        (outline, w.saturating_sub(outline + figures), figures)
    }

    /// Text width inside the reading pane's border.
    pub fn text_width(&self) -> usize {
        usize::from(self.pane_widths().1.saturating_sub(2)).max(2)
    }

    /// Rows of text visible in the reading pane.
    pub fn page_rows(&self) -> usize {
        usize::from(self.height.saturating_sub(3)).max(1)
    }

    fn relayout(&mut self) {
        let w = self.text_width();
        for d in &mut self.docs {
            d.set_width(w);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn app(w: u16, h: u16) -> App {
        App::new(vec![Arc::new(Report::sample())], w, h)
    }

    fn type_str(a: &mut App, s: &str) {
        for c in s.chars() {
            a.update(Action::Input(c));
        }
    }

    #[test]
    fn topic_jump_by_pinyin_lands_on_employment() {
        for q in ["jiuye", "jy"] {
            let mut a = app(120, 40);
            a.update(Action::OpenTopic);
            type_str(&mut a, q);
            a.update(Action::Enter);
            let sec = a.doc().current_section().unwrap();
            assert_eq!(sec.title, "关于稳就业工作", "{q}");
            let figs = a.doc().section_figures();
            assert!(figs.iter().any(|f| f.text == "3088人"));
        }
    }

    #[test]
    fn outline_follows_scroll_and_last_section_stops() {
        let mut a = app(120, 40);
        a.update(Action::FocusNext);
        assert_eq!(a.focus, Focus::Reading);
        for _ in 0..200 {
            a.update(Action::NextSection);
        }
        assert!(a.message.as_deref().unwrap_or("").contains("last section"));
        let d = a.doc();
        assert_eq!(d.entries[d.outline_sel].label, "(五)关于基层社会治理创新");
        a.update(Action::Top);
        for _ in 0..60 {
            a.update(Action::Down);
        }
        let d = a.doc();
        let e = &d.entries[d.outline_sel];
        assert!(e.start <= d.anchor && d.anchor < e.end);
    }

    #[test]
    fn search_counts_and_wraps() {
        let mut a = app(120, 40);
        a.update(Action::OpenSearch);
        type_str(&mut a, "就业");
        a.update(Action::Enter);
        let n = a.doc().hits.len();
        assert!(n > 3);
        assert!(a.message.as_deref().unwrap().starts_with(&format!("1/{n}")));
        for _ in 0..n {
            a.update(Action::NextMatch);
        }
        assert!(a.message.as_deref().unwrap().starts_with(&format!("1/{n}")));
    }

    #[test]
    fn incremental_search_matches_a_fresh_search() {
        let mut a = app(120, 40);
        a.update(Action::OpenSearch);
        type_str(&mut a, "就业岗");
        let fresh = crate::query::search::find(a.doc().report.folded(), "就业岗");
        assert_eq!(a.doc().hits, fresh);
        assert!(!fresh.is_empty());
        // Typed digit by digit, a number is found as a fresh search finds it.
        a.update(Action::Escape);
        a.update(Action::OpenSearch);
        type_str(&mut a, "10.3%");
        let fresh = crate::query::search::find(a.doc().report.folded(), "10.3%");
        assert_eq!(a.doc().hits, fresh);
        assert!(!fresh.is_empty());
        a.update(Action::Escape);
        a.update(Action::OpenSearch);
        type_str(&mut a, "就业岗");
        a.update(Action::Backspace);
        assert_eq!(
            a.doc().hits,
            crate::query::search::find(a.doc().report.folded(), "就业")
        );
    }

    #[test]
    fn wheel_moves_the_pane_under_the_pointer() {
        let mut a = app(120, 40);
        a.update(Action::OpenTopic);
        type_str(&mut a, "jiuye");
        a.update(Action::Enter);
        let focus = a.focus;
        a.update(Action::Wheel(Focus::Figures, 3));
        assert_eq!(a.doc().figure_sel, 3);
        assert_eq!(a.focus, focus);
        let before = a.doc().anchor;
        a.update(Action::Wheel(Focus::Reading, 3));
        assert!(a.doc().anchor > before);
    }

    #[test]
    fn each_document_keeps_its_own_position() {
        let sample = crate::report::Report::open(None, &crate::report::Options::default()).unwrap();
        let other = crate::report::Report::from_bytes(
            "other.txt",
            "各位代表：\n一、回顾\n增长5%。\n二、任务\n新增就业1000万人。\n".as_bytes(),
            &crate::report::Options::default(),
        )
        .unwrap();
        let mut a = App::new(vec![sample, other], 120, 40);
        a.update(Action::NextSection);
        a.update(Action::NextSection);
        let first = a.doc().anchor;
        assert!(first > 0);
        a.update(Action::NextDoc);
        assert_eq!(a.doc().report.name, "other.txt");
        assert_eq!(a.doc().anchor, 0);
        a.update(Action::NextSection);
        a.update(Action::PrevDoc);
        assert_eq!(a.doc().anchor, first);
        assert!(!a.doc().view.is_empty());
    }

    #[test]
    fn a_report_without_headings_still_lists_its_figures() {
        let l = crate::report::Report::from_bytes(
            "plain.txt",
            "各位代表：\n去年国内生产总值增长5.2%，城镇新增就业1244万人。\n".as_bytes(),
            &crate::report::Options::default(),
        )
        .unwrap();
        let a = App::new(vec![l], 120, 40);
        assert!(a.doc().report.doc.sections.is_empty());
        assert_eq!(a.doc().section_figures().len(), 2);
    }

    #[test]
    fn resize_keeps_the_reading_position() {
        let mut a = app(120, 40);
        a.update(Action::FocusNext);
        for _ in 0..30 {
            a.update(Action::Down);
        }
        let before = a.doc().current_section().map(|s| s.id.clone());
        a.update(Action::Resize(70, 20));
        a.update(Action::Resize(200, 60));
        assert_eq!(a.doc().current_section().map(|s| s.id.clone()), before);
    }
}
