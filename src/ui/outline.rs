//! The outline pane: the section tree with points, the reading marker
//! and the selection.

use super::{Palette, block};
use crate::app::{App, Focus};
use crate::decode::sanitize;
use crate::text::layout::truncate_to_width;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

pub(crate) fn outline_first(app: &App) -> usize {
    let d = app.doc();
    let vis = d.visible_entries();
    let h = usize::from(app.height.saturating_sub(3)).max(1);
    let sel = vis.iter().position(|&i| i == d.outline_sel).unwrap_or(0);
    sel.saturating_sub(h / 2).min(vis.len().saturating_sub(h))
}

pub(crate) fn render(frame: &mut Frame, app: &App, area: Rect, p: &Palette) {
    let d = app.doc();
    let vis = d.visible_entries();
    let h = usize::from(area.height.saturating_sub(2));
    let first = outline_first(app);
    let inner_w = usize::from(area.width.saturating_sub(2));
    let reading = d.entry_at_anchor();
    let lines: Vec<Line> = vis
        .iter()
        .skip(first)
        .take(h)
        .map(|&i| {
            let e = &d.entries[i];
            let fold = if e.has_children {
                if d.collapsed[i] { "▸" } else { "▾" }
            } else {
                " "
            };
            let mark = if Some(i) == reading { "›" } else { " " };
            let text = format!("{mark}{}{fold}{}", "  ".repeat(e.depth), sanitize(&e.label));
            let text = truncate_to_width(&text, inner_w);
            // Top-level sections bold; nothing dimmed (dim would say "not
            // here"). The reading position is `›`; the cursor is reversed
            // while the outline has the keyboard, underlined otherwise.
            let mut style = Style::default();
            if e.depth == 0 && !e.point {
                style = style.add_modifier(Modifier::BOLD);
            }
            if i == d.outline_sel {
                style = style.add_modifier(if app.focus == Focus::Outline {
                    Modifier::REVERSED
                } else {
                    Modifier::UNDERLINED
                });
            }
            Line::styled(text, style)
        })
        .collect();
    let title = if vis.is_empty() {
        " Outline (none) ".to_string()
    } else {
        " Outline ".to_string()
    };
    frame.render_widget(
        Paragraph::new(lines).block(block(title, app.focus == Focus::Outline, p)),
        area,
    );
}
