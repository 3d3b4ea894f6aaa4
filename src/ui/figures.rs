//! The figures pane: the figures of the section being read as a table —
//! label, value (right-aligned), change, period — with a detail of the
//! selected figure when the pane has the keyboard.
//!
//! ```text
//! ┏ Figures (6) · document order ━━━━━━━━━━━━━━━━━┓
//! ┃ 增加值            1127.2亿元 ▼10.3% 可比 1-6月 ┃
//! ┃◎城镇新增就业      1200万人               今年 ┃
//! ┃ ── 增加值 ─────────────────────────────────── ┃
//! ┃ 112,720,000,000元, ▼10.3% 可比, 1-6月, outcome ┃
//! ┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛
//! ```
//! Narrow panes drop the period column first, then the change's basis.

use super::{Palette, block};
use crate::app::{App, Focus};
use crate::decode::sanitize;
use crate::figures::{Figure, Kind};
use crate::output::{change_short, exact_value, figure_change, value_short};
use crate::text::layout::{truncate_to_width, wrap_str};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

/// Rows the detail of the selected figure takes at the pane's bottom.
const DETAIL_ROWS: usize = 6;

/// The rows of figures the pane shows (fewer when the detail is open).
fn list_rows(app: &App) -> usize {
    let h = usize::from(app.height.saturating_sub(3)).max(1);
    if app.focus == Focus::Figures && h > DETAIL_ROWS + 4 {
        h - DETAIL_ROWS
    } else {
        h
    }
}

/// The first figure row shown in the figures pane (it scrolls to keep the
/// selection in view).
pub(crate) fn figures_first(app: &App) -> usize {
    app.doc().figure_sel.saturating_sub(list_rows(app) - 1)
}

/// A figure's cells: value (empty for a change with no quantity of its
/// own, shown once as its change), change in full and brief, period.
fn cells(f: &Figure) -> (String, String, String, String) {
    let value = if f.kind == Kind::Change {
        String::new()
    } else {
        value_short(f)
    };
    let change = f
        .change
        .as_deref()
        .map(|c| figure_change(f, c))
        .unwrap_or_default();
    let brief = f
        .change
        .as_ref()
        .map(|c| {
            let mut c = c.clone();
            c.basis = None;
            figure_change(f, &c)
        })
        .unwrap_or_default();
    let period = sanitize(f.period.as_deref().unwrap_or(""));
    (value, change, brief, period)
}

fn pad_right(s: &str, w: usize) -> String {
    let s = truncate_to_width(s, w);
    let n = w.saturating_sub(s.width());
    format!("{s}{}", " ".repeat(n))
}

fn pad_left(s: &str, w: usize) -> String {
    let s = truncate_to_width(s, w);
    let n = w.saturating_sub(s.width());
    format!("{}{s}", " ".repeat(n))
}

pub(crate) fn render(frame: &mut Frame, app: &App, area: Rect, p: &Palette) {
    let d = app.doc();
    let figs = d.section_figures();
    let inner_w = usize::from(area.width.saturating_sub(2));
    let rows = list_rows(app).min(usize::from(area.height.saturating_sub(2)));
    let first = figures_first(app);
    let all: Vec<_> = figs.iter().map(|f| cells(f)).collect();
    let widest = |k: fn(&(String, String, String, String)) -> &String, cap: usize| {
        all.iter().map(|c| k(c).width()).max().unwrap_or(0).min(cap)
    };
    let value_w = widest(|c| &c.0, 16);
    let (mut change_w, brief_w, period_w) = (
        widest(|c| &c.1, 18),
        widest(|c| &c.2, 10),
        widest(|c| &c.3, 8),
    );
    // Columns give way in a fixed order — period, then the change's basis,
    // then the change — while the label would be narrower than twelve
    // columns (six Chinese characters). `fixed` counts the target mark,
    // the value and the columns after the label with their spaces.
    let value_w = value_w.min(inner_w.saturating_sub(4));
    let fixed = |c: usize, per: usize| {
        2 + value_w + usize::from(c > 0) * (c + 1) + usize::from(per > 0) * (per + 1)
    };
    const LABEL_MIN: usize = 12;
    let mut show_period = period_w;
    let mut brief = false;
    if inner_w < fixed(change_w, show_period) + LABEL_MIN {
        show_period = 0;
    }
    if inner_w < fixed(change_w, show_period) + LABEL_MIN {
        brief = true;
        change_w = brief_w;
    }
    if inner_w < fixed(change_w, show_period) + LABEL_MIN {
        change_w = 0;
    }
    let label_w = inner_w.saturating_sub(fixed(change_w, show_period)).max(2);
    // Without a change column, a change with no quantity of its own shows
    // its change as its value.
    let all: Vec<_> = all
        .into_iter()
        .map(|mut c| {
            if change_w == 0 && c.0.is_empty() {
                c.0 = c.2.clone();
            }
            c
        })
        .collect();
    let mut lines = Vec::new();
    if figs.is_empty() {
        lines.push(Line::styled(
            truncate_to_width("No figures in this section.", inner_w),
            Style::default().add_modifier(Modifier::DIM),
        ));
    }
    for (i, (fig, c)) in figs.iter().zip(&all).enumerate().skip(first).take(rows) {
        let mark = if fig.target { "◎" } else { " " };
        let label = pad_right(&sanitize(fig.label.as_deref().unwrap_or("—")), label_w);
        let style = p.of_figure(fig);
        let mut spans = vec![
            Span::styled(mark, p.accent()),
            Span::raw(label),
            Span::raw(" "),
            Span::styled(pad_left(&c.0, value_w), style),
        ];
        if change_w > 0 {
            let change = if brief { &c.2 } else { &c.1 };
            let cstyle = fig.change.as_ref().map_or(style, |ch| p.of_change(ch));
            spans.push(Span::raw(" "));
            spans.push(Span::styled(pad_right(change, change_w), cstyle));
        }
        if show_period > 0 {
            spans.push(Span::raw(" "));
            spans.push(Span::styled(
                pad_right(&c.3, show_period),
                Style::default().add_modifier(Modifier::DIM),
            ));
        }
        let mut line = Line::from(spans);
        if i == d.figure_sel {
            line = line.style(
                Style::default().add_modifier(if app.focus == Focus::Figures {
                    Modifier::REVERSED
                } else {
                    Modifier::UNDERLINED
                }),
            );
        }
        lines.push(line);
    }
    if app.focus == Focus::Figures
        && let Some(f) = figs.get(d.figure_sel)
    {
        while lines.len() < rows {
            lines.push(Line::raw(""));
        }
        lines.extend(detail(app, f, inner_w, p));
    }
    let order = match d.figure_sort {
        crate::app::FigureSort::Document => "",
        crate::app::FigureSort::Label => " · by label",
        crate::app::FigureSort::Value => " · by value",
    };
    let title = format!(" Figures ({}){order} ", figs.len());
    frame.render_widget(
        Paragraph::new(lines).block(block(title, app.focus == Focus::Figures, p)),
        area,
    );
}

/// The detail of the selected figure: label, exact value and unit, change
/// with basis, period, goal or outcome, and its sentence.
fn detail(app: &App, f: &Figure, w: usize, p: &Palette) -> Vec<Line<'static>> {
    let d = app.doc();
    let rule = format!("── {} ", sanitize(f.label.as_deref().unwrap_or("—")));
    let rule = format!(
        "{}{}",
        truncate_to_width(&rule, w),
        "─".repeat(w.saturating_sub(rule.width()))
    );
    let mut facts = vec![exact_value(f)];
    if let Some(c) = &f.change {
        facts.push(change_short(c));
    }
    if let Some(per) = &f.period {
        facts.push(sanitize(per));
    }
    facts.push(if f.target {
        "◎ a target".into()
    } else {
        "an outcome".into()
    });
    if let Some(ind) = f.indicator {
        facts.push(ind.to_string());
    }
    let mut out = vec![Line::styled(rule, p.accent())];
    let facts = facts.join(" · ");
    for l in wrap_str(&facts, w).into_iter().take(2) {
        out.push(Line::raw(l));
    }
    // The sentence, as far as it fits.
    let para = d
        .report
        .doc
        .paragraphs
        .iter()
        .find(|para| para.start <= f.start && f.start < para.end);
    if let Some(para) = para {
        let s = para
            .sentences
            .iter()
            .find(|s| s.start <= f.start && f.start < s.end)
            .map_or((para.start, para.end), |s| (s.start, s.end));
        let text = sanitize(d.report.doc.slice(s.0, s.1));
        let room = DETAIL_ROWS.saturating_sub(out.len());
        let wrapped = wrap_str(&text, w);
        let cut = wrapped.len() > room;
        for (k, l) in wrapped.into_iter().take(room).enumerate() {
            let l = if cut && k + 1 == room {
                truncate_to_width(&format!("{l}…"), w)
            } else {
                l
            };
            out.push(Line::styled(
                l,
                Style::default().add_modifier(Modifier::DIM),
            ));
        }
    }
    out
}
