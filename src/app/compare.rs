//! The compare screen's state (no terminal): two reports side by side, the
//! targets that moved, the words that moved, two reading panes that scroll
//! together at matched sections.

use super::{Action, App, DocState, Mode, Screen};
use crate::compare::{Comparison, compare};
use crate::report::Report;
use std::sync::Arc;

/// Which part of the compare screen has the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ComparePane {
    Targets,
    A,
    B,
    Sections,
    Words,
}

/// Two reports compared.
#[derive(Debug)]
pub struct CompareView {
    pub cmp: Comparison,
    pub a: DocState,
    pub b: DocState,
    pub focus: ComparePane,
    pub target_sel: usize,
    pub section_sel: usize,
    pub word_sel: usize,
    /// `Enter` on a target row: both sentences shown.
    pub popup: bool,
}

impl CompareView {
    /// Compares `a` (earlier) with `b` (later); reading panes `width` wide.
    pub fn new(a: Arc<Report>, b: Arc<Report>, width: usize) -> Self {
        let cmp = compare(&a, &b);
        let (mut da, mut db) = (DocState::new(a), DocState::new(b));
        da.set_width(width.max(2));
        db.set_width(width.max(2));
        Self {
            cmp,
            a: da,
            b: db,
            focus: ComparePane::Targets,
            target_sel: 0,
            section_sel: 0,
            word_sel: 0,
            popup: false,
        }
    }

    /// The section of the other report matched to the one `side` is
    /// reading (`true`: A's, matched in B).
    fn matched(&self, from_a: bool) -> Option<usize> {
        let (from, to) = if from_a {
            (&self.a, &self.b)
        } else {
            (&self.b, &self.a)
        };
        let id = from.current_section()?.id.clone();
        let m = self.cmp.sections.iter().find(|m| {
            if from_a {
                m.a.as_deref() == Some(&id)
            } else {
                m.b.as_deref() == Some(&id)
            }
        })?;
        let other = if from_a {
            m.b.as_deref()?
        } else {
            m.a.as_deref()?
        };
        to.report.doc.section_by_id(other).map(|s| s.start)
    }

    /// After scrolling one pane, the other follows to the matched section
    /// when the reader crossed into another section.
    fn follow(&mut self, from_a: bool, height: usize) {
        let Some(start) = self.matched(from_a) else {
            return;
        };
        let other = if from_a { &mut self.b } else { &mut self.a };
        let current = other.current_section().map(|s| s.start);
        if current != Some(start) {
            other.show(start);
        }
        other.refresh_view(height);
    }

    /// Scrolls the focused reading pane by `delta` rows; the other follows.
    pub fn scroll(&mut self, delta: i64, height: usize) {
        let from_a = self.focus != ComparePane::B;
        let d = if from_a { &mut self.a } else { &mut self.b };
        d.scroll_rows(delta);
        d.keep_end_on_last_row(height);
        d.refresh_view(height);
        self.follow(from_a, height);
    }

    /// `Enter` on a section pair: both panes at the matched sections (a new
    /// or dropped section moves only its own side).
    pub fn open_section(&mut self, height: usize) {
        let Some(m) = self.cmp.sections.get(self.section_sel).cloned() else {
            return;
        };
        for (d, id) in [(&mut self.a, m.a), (&mut self.b, m.b)] {
            if let Some(start) = id.and_then(|id| d.report.doc.section_by_id(&id).map(|s| s.start))
            {
                d.show(start);
            }
            d.refresh_view(height);
        }
    }

    /// `Enter` on a word: both reports searched for it, each at its first
    /// hit.
    pub fn search_word(&mut self, height: usize) {
        let Some(t) = self.cmp.terms.get(self.word_sel) else {
            return;
        };
        let term = t.term.clone();
        for d in [&mut self.a, &mut self.b] {
            d.run_search(&term);
            if let Some(&(start, _)) = d.hits.first() {
                d.hit = Some(0);
                d.place(start, 2, height);
            }
            d.refresh_view(height);
        }
    }
}

impl App {
    /// Rows of each reading pane on the compare screen.
    pub fn compare_rows(&self) -> usize {
        let targets = self.compare.as_ref().map_or(0, |c| c.cmp.targets.len());
        let top = (targets + 2).min(usize::from(self.height) / 3).max(3);
        usize::from(self.height).saturating_sub(top + 3).max(1)
    }

    /// Width of each reading pane on the compare screen.
    pub fn compare_width(&self) -> usize {
        let words = 26;
        (usize::from(self.width).saturating_sub(words) / 2)
            .saturating_sub(2)
            .max(2)
    }

    /// One action on the compare screen.
    pub(super) fn apply_compare(&mut self, action: Action) {
        self.message = None;
        if self.mode == Mode::Help {
            if matches!(
                action,
                Action::Escape | Action::Quit | Action::Help | Action::Enter | Action::Back
            ) {
                self.mode = Mode::Normal;
                self.help_scroll = 0;
            } else {
                self.scroll_help(&action);
            }
            return;
        }
        let (h, w) = (self.compare_rows(), self.compare_width());
        let page = h as i64;
        let has_library = self.library.is_some();
        let Some(c) = self.compare.as_mut() else {
            return;
        };
        use ComparePane::*;
        match action {
            Action::Quit => self.quit = true,
            Action::Help => self.mode = Mode::Help,
            Action::Escape | Action::Back if c.popup => c.popup = false,
            Action::Escape | Action::Back if has_library => {
                self.compare = None;
                self.screen = Screen::Library;
            }
            Action::FocusNext | Action::FocusPrev => {
                let order = [Targets, A, B, Sections, Words];
                let k = order.iter().position(|p| *p == c.focus).unwrap_or(0);
                let n = order.len();
                let next = if action == Action::FocusNext {
                    (k + 1) % n
                } else {
                    (k + n - 1) % n
                };
                c.focus = order[next];
            }
            Action::Up | Action::Down => {
                let down = action == Action::Down;
                let step = |sel: &mut usize, len: usize| {
                    *sel = if down {
                        (*sel + 1).min(len.saturating_sub(1))
                    } else {
                        sel.saturating_sub(1)
                    };
                };
                match c.focus {
                    Targets => step(&mut c.target_sel, c.cmp.targets.len()),
                    Sections => step(&mut c.section_sel, c.cmp.sections.len()),
                    Words => step(&mut c.word_sel, c.cmp.terms.len()),
                    A | B => c.scroll(if down { 1 } else { -1 }, h),
                }
            }
            Action::PageDown | Action::PageUp | Action::Scroll(_) | Action::Wheel(_, _) => {
                let delta = match action {
                    Action::PageDown => page,
                    Action::PageUp => -page,
                    Action::Scroll(n) | Action::Wheel(_, n) => i64::from(n),
                    _ => 0,
                };
                if matches!(c.focus, Targets | Sections | Words) {
                    c.focus = A;
                }
                c.scroll(delta, h);
            }
            Action::Enter => match c.focus {
                Targets => c.popup = !c.popup,
                Sections => c.open_section(h),
                Words => c.search_word(h),
                A | B => {}
            },
            Action::Resize(nw, nh) => {
                self.width = nw;
                self.height = nh;
                let (h, w) = (self.compare_rows(), self.compare_width());
                if let Some(c) = self.compare.as_mut() {
                    for d in [&mut c.a, &mut c.b] {
                        d.set_width(w);
                        d.refresh_view(h);
                    }
                }
                return;
            }
            _ => {}
        }
        if let Some(c) = self.compare.as_mut() {
            for d in [&mut c.a, &mut c.b] {
                d.set_width(w);
                d.refresh_view(h);
            }
        }
    }

    /// An app that compares two reports (`baogao compare A B`).
    pub fn with_compare(a: Arc<Report>, b: Arc<Report>, width: u16, height: u16) -> Self {
        let mut app = Self::new(Vec::<Arc<Report>>::new(), width, height);
        let view = CompareView::new(a, b, app.compare_width());
        app.compare = Some(view);
        app.screen = Screen::Compare;
        app.update(Action::Resize(width, height));
        app
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(year: i32) -> Arc<Report> {
        let path = format!(
            "{}/tests/fixtures/corpus/{year}.txt",
            env!("CARGO_MANIFEST_DIR")
        );
        Arc::new(Report::open(Some(&path), &crate::report::Options::default()).unwrap())
    }

    #[test]
    fn panes_scroll_together_at_matched_sections() {
        let mut app = App::with_compare(report(2024), report(2025), 160, 50);
        assert_eq!(app.screen, Screen::Compare);
        app.update(Action::FocusNext);
        assert_eq!(app.compare.as_ref().unwrap().focus, ComparePane::A);
        let mut followed = 0;
        for _ in 0..60 {
            app.update(Action::PageDown);
            let c = app.compare.as_ref().unwrap();
            let (Some(sa), Some(sb)) = (c.a.current_section(), c.b.current_section()) else {
                continue;
            };
            let matched = c
                .cmp
                .sections
                .iter()
                .find(|m| m.a.as_deref() == Some(&sa.id));
            if let Some(b) = matched.and_then(|m| m.b.as_ref()) {
                assert_eq!(&sb.id, b, "B reads the section matched to A's {}", sa.id);
                followed += 1;
            }
        }
        assert!(followed > 5);
        // Tab to the sections: Enter puts both panes at a matched pair.
        app.update(Action::FocusNext);
        app.update(Action::FocusNext);
        assert_eq!(app.compare.as_ref().unwrap().focus, ComparePane::Sections);
        app.update(Action::Enter);
        let c = app.compare.as_ref().unwrap();
        let m = &c.cmp.sections[0];
        assert_eq!(c.a.current_section().map(|s| s.id.clone()), m.a.clone());
        assert_eq!(c.b.current_section().map(|s| s.id.clone()), m.b.clone());
        // Tab to the words, Enter searches both reports for the word.
        app.update(Action::FocusNext);
        app.update(Action::Enter);
        let c = app.compare.as_ref().unwrap();
        assert_eq!(c.focus, ComparePane::Words);
        assert!(!c.a.hits.is_empty() || !c.b.hits.is_empty());
    }
}
