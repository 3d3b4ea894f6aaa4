//! Actions: everything a key, a click or a resize can ask for, and the one
//! entry point for change, [`App::update`]. Each action is one named method.

use super::{App, FigureSort, Focus, Mode, Pin, Screen};
use crate::query::topic::search_topics;

/// Everything a key, a click or a resize can ask for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Move the selection up in the focused pane (or scroll the text).
    Up,
    /// Move the selection down in the focused pane (or scroll the text).
    Down,
    /// Collapse the selected outline entry.
    Collapse,
    /// Expand the selected outline entry.
    Expand,
    /// Focus the next pane.
    FocusNext,
    /// Focus the previous pane.
    FocusPrev,
    /// Outline: read from there; figures: jump to the figure; prompts: accept.
    Enter,
    /// Scroll the reading pane a page up.
    PageUp,
    /// Scroll the reading pane a page down.
    PageDown,
    /// Scroll half a page up.
    HalfUp,
    /// Scroll half a page down.
    HalfDown,
    /// Go to the top of the document.
    Top,
    /// Go to the end of the document.
    Bottom,
    /// Go to the previous section.
    PrevSection,
    /// Go to the next section.
    NextSection,
    /// Open the topic prompt.
    OpenTopic,
    /// Open the search prompt.
    OpenSearch,
    /// Go to the next search match.
    NextMatch,
    /// Go to the previous search match.
    PrevMatch,
    /// Go to the next figure in the text.
    NextFigure,
    /// Go to the previous figure in the text.
    PrevFigure,
    /// Show the chart of the current section's figures.
    Chart,
    /// Show the help.
    Help,
    /// Show or hide the figures pane.
    ToggleFigures,
    /// Switch to the next open document.
    NextDoc,
    /// Switch to the previous open document.
    PrevDoc,
    /// Close the prompt or overlay.
    Escape,
    /// Quit.
    Quit,
    /// Type a character into the open prompt.
    Input(char),
    /// Delete the last character of the prompt.
    Backspace,
    /// The terminal now has this size.
    Resize(u16, u16),
    /// Scroll the reading pane by this many lines.
    Scroll(i32),
    /// The mouse wheel over a pane: move its selection or scroll it.
    Wheel(Focus, i32),
    /// Select outline entry N (a click).
    SelectOutline(usize),
    /// Clear the prompt (`Ctrl-u`).
    ClearPrompt,
    /// Delete the last word of the prompt (`Ctrl-w`).
    DeleteWord,
    /// Cycle the figures pane's order: document, label, value.
    CycleSort,
    /// Back: from a report to the library, from a trend, terms or search to
    /// the library's list, from a comparison to the library.
    Back,
    /// Mark or unmark the selected report (a pair to compare).
    Mark,
    /// Compare the two marked reports.
    CompareMarked,
    /// Follow an indicator across the years.
    OpenTrend,
    /// Count terms across the years.
    OpenTerms,
    /// Filter the library's list.
    OpenFilter,
    /// Select figures row N (a click).
    SelectFigure(usize),
}

impl App {
    fn scroll(&mut self, delta: i64) {
        let d = self.doc_mut();
        d.scroll_rows(delta);
        if let Some(i) = d.entry_at_anchor() {
            d.outline_sel = i;
        }
        d.figure_sel = 0;
    }

    /// One action: a table of contents, each arm one named method.
    fn apply(&mut self, action: Action) {
        self.message = None;
        match self.mode {
            Mode::Topic | Mode::Search => return self.update_prompt(action),
            Mode::Help | Mode::Chart => return self.update_overlay(action),
            // The library's prompts do not open on the reader.
            Mode::Filter | Mode::Indicator | Mode::Terms => self.mode = Mode::Normal,
            Mode::Normal => {}
        }
        let page = self.page_rows() as i64;
        match action {
            Action::Quit => self.quit = true,
            Action::Escape if self.library.is_some() || self.compare.is_some() => {
                self.back_to_library()
            }
            Action::Escape | Action::Input(_) | Action::Backspace => {}
            Action::Up => self.move_selection(false),
            Action::Down => self.move_selection(true),
            Action::Collapse => self.collapse(),
            Action::Expand => self.expand(),
            Action::FocusNext => self.cycle_focus(true),
            Action::FocusPrev => self.cycle_focus(false),
            Action::Enter => self.enter(),
            Action::PageUp => self.scroll(-page.max(1)),
            Action::PageDown => self.scroll(page.max(1)),
            Action::HalfUp => self.scroll(-(page / 2).max(1)),
            Action::HalfDown => self.scroll((page / 2).max(1)),
            Action::Scroll(n) | Action::Wheel(Focus::Reading, n) => self.scroll(i64::from(n)),
            Action::Wheel(pane, n) => self.wheel(pane, n),
            Action::Top => self.doc_mut().jump_to(0),
            Action::Bottom => self.bottom(),
            Action::PrevSection => self.step_section(false),
            Action::NextSection => self.step_section(true),
            Action::OpenTopic => self.open_topic(),
            Action::OpenSearch => self.open_prompt(Mode::Search),
            Action::NextMatch => self.cycle_match(true),
            Action::PrevMatch => self.cycle_match(false),
            Action::NextFigure => self.step_figure(true),
            Action::PrevFigure => self.step_figure(false),
            Action::Chart => self.mode = Mode::Chart,
            Action::Help => self.mode = Mode::Help,
            Action::ToggleFigures => self.toggle_figures(),
            Action::NextDoc => self.cycle_doc(true),
            Action::PrevDoc => self.cycle_doc(false),
            Action::Resize(w, h) => self.resize(w, h),
            Action::SelectOutline(i) => self.select_outline(i),
            Action::SelectFigure(i) => self.click_figure(i),
            Action::Back => self.back_to_library(),
            Action::ClearPrompt | Action::DeleteWord => {}
            Action::CycleSort => {
                let d = self.doc_mut();
                d.figure_sort = match d.figure_sort {
                    FigureSort::Document => FigureSort::Label,
                    FigureSort::Label => FigureSort::Value,
                    FigureSort::Value => FigureSort::Document,
                };
                d.figure_sel = 0;
            }
            Action::Mark
            | Action::CompareMarked
            | Action::OpenTrend
            | Action::OpenTerms
            | Action::OpenFilter => {}
        }
    }

    /// From a report back to the library (or the comparison) it was
    /// opened from.
    fn back_to_library(&mut self) {
        if self.compare.is_some() {
            self.screen = Screen::Compare;
        } else if self.library.is_some() {
            self.screen = Screen::Library;
        }
    }

    /// In the help or the chart: close it, or follow a resize.
    fn update_overlay(&mut self, action: Action) {
        // `c` again: the section's targets beside what was achieved, when
        // it has targets; then the chart closes.
        if action == Action::Chart && self.mode == Mode::Chart && !self.chart_targets {
            let d = self.doc();
            if d.section_figures().iter().any(|f| f.target) {
                self.chart_targets = true;
                return;
            }
        }
        if matches!(
            action,
            Action::Escape | Action::Quit | Action::Chart | Action::Back
        ) {
            self.chart_targets = false;
        }
        match action {
            Action::Escape
            | Action::Quit
            | Action::Help
            | Action::Chart
            | Action::Enter
            | Action::Back => {
                self.mode = Mode::Normal;
                self.help_scroll = 0;
            }
            Action::Resize(w, h) => self.resize(w, h),
            _ if self.mode == Mode::Help => self.scroll_help(&action),
            _ => {}
        }
    }

    /// Scrolls the help when it does not fit.
    pub(super) fn scroll_help(&mut self, action: &Action) {
        let page = self.page_rows();
        self.help_scroll = match action {
            Action::Up | Action::Scroll(-1) => self.help_scroll.saturating_sub(1),
            Action::Down | Action::Scroll(1) => self.help_scroll + 1,
            Action::PageUp | Action::HalfUp => self.help_scroll.saturating_sub(page),
            Action::PageDown | Action::HalfDown => self.help_scroll + page,
            Action::Top => 0,
            _ => self.help_scroll,
        }
        .min(80);
    }

    fn resize(&mut self, w: u16, h: u16) {
        self.width = w;
        self.height = h;
        self.relayout();
    }

    /// `↑`/`↓`: the selection of the focused pane (the text follows the
    /// outline), or the text itself.
    fn move_selection(&mut self, down: bool) {
        match self.focus {
            Focus::Outline => {
                let d = self.doc_mut();
                let vis = d.visible_entries();
                if vis.is_empty() {
                    return;
                }
                let pos = vis.iter().position(|&i| i == d.outline_sel).unwrap_or(0);
                let next = if down {
                    (pos + 1).min(vis.len() - 1)
                } else {
                    pos.saturating_sub(1)
                };
                d.outline_sel = vis[next];
                d.read_from(d.entries[vis[next]].start);
                d.figure_sel = 0;
            }
            Focus::Reading => self.scroll(if down { 1 } else { -1 }),
            Focus::Figures => {
                let n = self.doc().section_figures().len();
                let d = self.doc_mut();
                if n > 0 {
                    d.figure_sel = if down {
                        (d.figure_sel + 1).min(n - 1)
                    } else {
                        d.figure_sel.saturating_sub(1)
                    };
                }
            }
        }
    }

    /// `←`: folds the selected outline entry, or its parent.
    fn collapse(&mut self) {
        let d = self.doc_mut();
        let sel = d.outline_sel;
        if let Some(e) = d.entries.get(sel) {
            if e.has_children && !d.collapsed[sel] {
                d.collapsed[sel] = true;
            } else if let Some(p) = e.parent {
                d.outline_sel = p;
                d.collapsed[p] = true;
            }
        }
    }

    /// `→`: unfolds the selected outline entry.
    fn expand(&mut self) {
        let d = self.doc_mut();
        let sel = d.outline_sel;
        if let Some(c) = d.collapsed.get_mut(sel) {
            *c = false;
        }
    }

    /// `Tab`/`Shift-Tab` over the panes on screen.
    fn cycle_focus(&mut self, forward: bool) {
        let (o, _, m) = self.pane_widths();
        let mut order = Vec::new();
        if o > 0 {
            order.push(Focus::Outline);
        }
        order.push(Focus::Reading);
        if m > 0 {
            order.push(Focus::Figures);
        }
        let pos = order.iter().position(|f| *f == self.focus).unwrap_or(0);
        let n = order.len();
        let next = if forward {
            (pos + 1) % n
        } else {
            (pos + n - 1) % n
        };
        self.focus = order[next];
    }

    /// `Enter`: read from the outline entry, or open the selected figure.
    fn enter(&mut self) {
        match self.focus {
            Focus::Outline => {
                let d = self.doc_mut();
                if let Some(e) = d.entries.get(d.outline_sel) {
                    d.read_from(e.start);
                }
                self.focus = Focus::Reading;
            }
            Focus::Figures => self.open_selected_figure(),
            Focus::Reading => {}
        }
    }

    /// The wheel over a pane moves that pane's selection.
    fn wheel(&mut self, pane: Focus, n: i32) {
        let saved = self.focus;
        self.focus = pane;
        for _ in 0..n.unsigned_abs() {
            self.move_selection(n > 0);
        }
        self.focus = saved;
    }

    /// `G`/`End`: the last row of the text on the last row of the pane.
    fn bottom(&mut self) {
        let page = self.page_rows();
        let d = self.doc_mut();
        d.show_end(page);
        if let Some(i) = d.entry_at_anchor() {
            d.outline_sel = i;
        }
    }

    /// `[`/`]`: the previous or next section start.
    fn step_section(&mut self, forward: bool) {
        let d = self.doc_mut();
        let pos = d.anchor;
        let sections = d.report.doc.flat_sections();
        let target = if forward {
            sections.iter().map(|s| s.start).find(|&s| s > pos)
        } else {
            sections.iter().rev().map(|s| s.start).find(|&s| s < pos)
        };
        match target {
            Some(t) => d.jump_to(t),
            None => {
                self.message = Some(if forward {
                    "this is the last section".into()
                } else {
                    "this is the first section".into()
                });
            }
        }
    }

    /// Opens a prompt with the last query of its kind (typing goes on
    /// from it; `Ctrl-u` clears it).
    fn open_prompt(&mut self, mode: Mode) {
        self.mode = mode;
        self.prompt = self.last_query.get(&mode).cloned().unwrap_or_default();
        self.prompt_fresh = !self.prompt.is_empty();
    }

    fn open_topic(&mut self) {
        self.open_prompt(Mode::Topic);
        self.topic_sel = 0;
        self.doc_mut().ensure_topics();
        let q = self.prompt.clone();
        self.topic_results = search_topics(&self.doc().topics, &q, 10);
    }

    /// `m`: show or hide the figures pane.
    fn toggle_figures(&mut self) {
        let shown = self.pane_widths().2 > 0;
        self.show_figures = Some(!shown);
        self.relayout();
    }

    /// `Ctrl-n`/`Ctrl-p`: the next or previous open document.
    fn cycle_doc(&mut self, forward: bool) {
        let n = self.docs.len();
        self.current = if forward {
            (self.current + 1) % n
        } else {
            (self.current + n - 1) % n
        };
    }

    /// A click on outline row `i`.
    fn select_outline(&mut self, i: usize) {
        let d = self.doc_mut();
        if let Some(&e) = d.visible_entries().get(i) {
            d.outline_sel = e;
            d.read_from(d.entries[e].start);
        }
        self.focus = Focus::Outline;
    }

    /// A click on figures row `i`: select it and open it.
    fn click_figure(&mut self, i: usize) {
        self.focus = Focus::Figures;
        if i < self.doc().section_figures().len() {
            self.doc_mut().figure_sel = i;
            self.open_selected_figure();
        }
    }

    /// Applies one action, then recomputes what the reading pane shows.
    pub fn update(&mut self, action: Action) {
        // The end of a report still being read: done when it is read.
        if self.loading.is_some()
            && self.screen == Screen::Reader
            && self.mode == Mode::Normal
            && action == Action::Bottom
        {
            self.deferred = Some(action);
            self.message = Some("still reading the report: G goes to its end once read".into());
            return;
        }
        match self.screen {
            Screen::Library => self.apply_library(action),
            Screen::Compare => self.apply_compare(action),
            Screen::Reader => self.apply(action),
        }
        let h = self.page_rows();
        if let Some(d) = self.docs.get_mut(self.current) {
            d.keep_end_on_last_row(h);
            d.refresh_view(h);
        }
    }

    /// `f`/`F`: the next or previous figure in document order, one by one
    /// (also several on one row), selected in the figures pane; the text
    /// scrolls only when the figure is not on screen.
    fn step_figure(&mut self, forward: bool) {
        let page = self.page_rows();
        let d = self.doc_mut();
        let cursor = d
            .pin
            .filter(|p| p.anchor == d.anchor)
            .and_then(|p| p.figure);
        let target = match (cursor, forward) {
            (Some(i), true) => (i + 1 < d.report.figures.len()).then_some(i + 1),
            (Some(i), false) => i.checked_sub(1),
            (None, true) => Some(d.report.figures.partition_point(|f| f.start < d.anchor)),
            (None, false) => d
                .report
                .figures
                .partition_point(|f| f.start < d.anchor)
                .checked_sub(1),
        }
        .filter(|&i| i < d.report.figures.len());
        let Some(i) = target else {
            self.message = Some("no more figures".into());
            return;
        };
        let start = d.report.figures[i].start;
        if !d.on_screen(start) {
            d.place(start, 2, page);
        }
        d.select_figure(i);
    }

    /// `Enter` in the figures pane: the figure's sentence a few rows below
    /// the top, the list and its selection as they were.
    fn open_selected_figure(&mut self) {
        let page = self.page_rows();
        let d = self.doc_mut();
        let list: Vec<usize> = d.section_figures().iter().map(|f| f.id).collect();
        let Some(&id) = list.get(d.figure_sel) else {
            return;
        };
        let pos = d.reading_pos();
        let fig = d
            .report
            .figures
            .iter()
            .position(|f| f.id == id)
            .unwrap_or(0);
        let start = d.report.figures[fig].start;
        let sentence = d.sentence_start(start);
        d.place(sentence, 3, page);
        if !d.on_screen_after_place(start, page) {
            d.place(start, 3, page);
        }
        // The list stays the one the reader chose from.
        d.pin = Some(Pin {
            anchor: d.anchor,
            pos,
            figure: Some(fig),
        });
    }

    pub(super) fn cycle_match(&mut self, forward: bool) {
        let d = self.doc_mut();
        if d.hits.is_empty() {
            self.message = Some(if d.search.is_empty() {
                "no search yet: press /".into()
            } else {
                format!("“{}” not found", d.search)
            });
            return;
        }
        let n = d.hits.len();
        let next = match d.hit {
            None => {
                let pos = d.anchor;
                if forward {
                    d.hits.iter().position(|h| h.0 >= pos).unwrap_or(0)
                } else {
                    d.hits.iter().rposition(|h| h.0 < pos).unwrap_or(n - 1)
                }
            }
            Some(h) => {
                if forward {
                    (h + 1) % n
                } else {
                    (h + n - 1) % n
                }
            }
        };
        d.hit = Some(next);
        let t = d.hits[next].0;
        d.show(t);
        d.scroll_rows(-2);
        if let Some(i) = d.entry_at_anchor() {
            d.outline_sel = i;
        }
        self.message = Some(format!("{}/{} “{}”", next + 1, n, d.search));
    }

    fn update_prompt(&mut self, action: Action) {
        match action {
            Action::Escape => {
                self.mode = Mode::Normal;
                self.prompt.clear();
            }
            Action::Input(c) => {
                // Typing replaces the remembered query; Enter reuses it.
                if std::mem::take(&mut self.prompt_fresh) {
                    self.prompt.clear();
                }
                self.prompt.push(c);
                self.refresh_prompt();
            }
            Action::Backspace => {
                self.prompt_fresh = false;
                self.prompt.pop();
                self.refresh_prompt();
            }
            Action::ClearPrompt | Action::DeleteWord => {
                edit_prompt(&mut self.prompt, &action);
                self.refresh_prompt();
            }
            Action::Up => self.topic_sel = self.topic_sel.saturating_sub(1),
            Action::Down if self.topic_sel + 1 < self.topic_results.len() => self.topic_sel += 1,
            Action::Enter => {
                let mode = self.mode;
                self.mode = Mode::Normal;
                self.last_query.insert(mode, self.prompt.clone());
                if mode == Mode::Topic {
                    if let Some(&t) = self.topic_results.get(self.topic_sel) {
                        let target = self.doc().topics[t].target;
                        self.doc_mut().jump_to(target);
                        self.focus = Focus::Reading;
                    } else {
                        self.message = Some(format!("no topic matches “{}”", self.prompt));
                    }
                } else {
                    let q = self.prompt.clone();
                    self.doc_mut().run_search(&q);
                    self.doc_mut().hit = None;
                    self.cycle_match(true);
                }
            }
            Action::Resize(w, h) => {
                self.width = w;
                self.height = h;
                self.relayout();
            }
            Action::Quit => self.quit = true,
            _ => {}
        }
    }

    fn refresh_prompt(&mut self) {
        if self.mode == Mode::Topic {
            self.topic_results = search_topics(&self.doc().topics, &self.prompt, 10);
            self.topic_sel = 0;
        } else {
            let q = self.prompt.clone();
            self.doc_mut().run_search(&q);
        }
    }
}

/// `Ctrl-u` clears a prompt; `Ctrl-w` deletes its last word (the text
/// after the last space, or the whole of an unspaced Chinese query).
pub(super) fn edit_prompt(prompt: &mut String, action: &Action) {
    match action {
        Action::ClearPrompt => prompt.clear(),
        Action::DeleteWord => {
            let kept = prompt.trim_end().len();
            prompt.truncate(kept);
            let cut = prompt.rfind(' ').map_or(0, |b| b + 1);
            prompt.truncate(cut);
        }
        _ => {}
    }
}
