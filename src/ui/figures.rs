//! The figures pane: the figures of the section being read.

use super::{Palette, block};
use crate::app::{App, Focus};
use crate::decode::sanitize;
use crate::figures::Kind;
use crate::output::{change_short, value_short};
use crate::text::layout::truncate_to_width;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

/// The first figure row shown in the figures pane (it scrolls to keep the
/// selection in view).
pub(crate) fn figures_first(app: &App) -> usize {
    let h = usize::from(app.height.saturating_sub(3)).max(1);
    app.doc().figure_sel.saturating_sub(h - 1)
}

pub(crate) fn render(frame: &mut Frame, app: &App, area: Rect, p: &Palette) {
    let d = app.doc();
    let figs = d.section_figures();
    let inner_w = usize::from(area.width.saturating_sub(2));
    let h = usize::from(area.height.saturating_sub(2));
    let first = figures_first(app);
    let mut lines = Vec::new();
    if figs.is_empty() {
        lines.push(Line::styled(
            truncate_to_width("本节没有数字 (no figures)", inner_w),
            Style::default().add_modifier(Modifier::DIM),
        ));
    }
    for (i, fig) in figs.iter().enumerate().skip(first).take(h) {
        // A change with no quantity of its own is shown once, as a change.
        let value = if fig.kind == Kind::Change {
            String::new()
        } else {
            value_short(fig)
        };
        let change = fig.change.as_ref().map(change_short).unwrap_or_default();
        let target = if fig.target { "◎" } else { "" };
        let mut right = format!("{value} {change}{target}").trim_start().to_string();
        if right.width() + 6 > inner_w
            && let Some(c) = &fig.change
        {
            // Tight: keep the direction and amount, drop the basis.
            let mut c = c.clone();
            c.basis = None;
            right = format!("{value} {}{target}", change_short(&c));
        }
        let right = truncate_to_width(right.trim_end(), inner_w.saturating_sub(4));
        let label_w = inner_w.saturating_sub(right.width() + 1);
        let label = truncate_to_width(&sanitize(fig.label.as_deref().unwrap_or("—")), label_w);
        let pad = inner_w.saturating_sub(label.width() + right.width());
        let cstyle = p.of_figure(fig);
        let mut line = Line::from(vec![
            Span::raw(label),
            Span::raw(" ".repeat(pad)),
            Span::styled(right, cstyle),
        ]);
        if i == d.figure_sel && app.focus == Focus::Figures {
            line = line.style(Style::default().add_modifier(Modifier::REVERSED));
        }
        lines.push(line);
    }
    let title = format!(" Figures ({}) ", figs.len());
    frame.render_widget(
        Paragraph::new(lines).block(block(title, app.focus == Focus::Figures, p)),
        area,
    );
}
