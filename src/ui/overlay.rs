//! Overlays over the panes: the topic and search prompts, the help.

use super::{Palette, block};
use crate::app::{App, Mode};
use crate::decode::sanitize;
use crate::text::layout::truncate_to_width;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

/// Clears an overlay's area, including a wide character that straddles
/// its left edge (a terminal would otherwise keep half of it).
pub(crate) fn clear(frame: &mut Frame, r: Rect) {
    frame.render_widget(Clear, r);
    let buf = frame.buffer_mut();
    if r.x > buf.area.x {
        for y in r.y..r.y.saturating_add(r.height).min(buf.area.bottom()) {
            let cell = &mut buf[(r.x - 1, y)];
            if cell.symbol().width() > 1 {
                cell.set_symbol(" ");
            }
        }
    }
}

pub(crate) fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

pub(crate) fn render_prompt(frame: &mut Frame, app: &App, area: Rect, p: &Palette) {
    let topic = app.mode == Mode::Topic;
    let rows = if topic {
        app.topic_results.len() as u16 + 3
    } else {
        3
    };
    let r = centered(area, area.width.saturating_sub(4).min(80), rows.max(3));
    clear(frame, r);
    let inner_w = usize::from(r.width.saturating_sub(2));
    let mut lines = vec![Line::from(vec![
        Span::styled(if topic { "topic › " } else { "search / " }, p.accent()),
        Span::raw(sanitize(&app.prompt)),
        Span::styled("▏", p.accent()),
    ])];
    if topic {
        let d = app.doc();
        for (k, &t) in app.topic_results.iter().enumerate() {
            let tp = &d.topics[t];
            let text = truncate_to_width(&format!("{}  {}", sanitize(&tp.title), tp.path), inner_w);
            let style = if k == app.topic_sel {
                Style::default().add_modifier(Modifier::REVERSED)
            } else {
                Style::default()
            };
            lines.push(Line::styled(text, style));
        }
    }
    let title = if topic {
        format!(" Topic ({}) ", app.topic_results.len())
    } else {
        format!(" Search ({} matches) ", app.doc().hits.len())
    };
    frame.render_widget(Paragraph::new(lines).block(block(title, true, p)), r);
}

/// The help: every binding of the screen, descriptions wrapped under
/// their keys when narrow, scrolled by `scroll` lines when it does not fit.
pub(crate) fn render_help(
    frame: &mut Frame,
    area: Rect,
    p: &Palette,
    library: bool,
    scroll: usize,
) {
    let rows = crate::ui::keys::help_rows(library);
    let r = centered(area, 90, rows.len() as u16 + 2);
    let inner_w = usize::from(r.width.saturating_sub(2));
    let key_w = rows
        .iter()
        .map(|r| r.0.width())
        .max()
        .unwrap_or(0)
        .min(inner_w / 2)
        + 2;
    let desc_w = inner_w.saturating_sub(key_w + 1).max(8);
    let mut lines: Vec<Line> = Vec::new();
    for (k, what) in &rows {
        let key = truncate_to_width(k, key_w.saturating_sub(2));
        let pad = key_w.saturating_sub(key.width());
        for (n, part) in crate::text::layout::wrap_str(what, desc_w)
            .into_iter()
            .enumerate()
        {
            let lead = if n == 0 {
                Span::styled(format!(" {key}{}", " ".repeat(pad)), p.accent())
            } else {
                Span::raw(" ".repeat(key_w + 1))
            };
            lines.push(Line::from(vec![lead, Span::raw(part)]));
        }
    }
    let h = usize::from(r.height.saturating_sub(2));
    let first = scroll.min(lines.len().saturating_sub(h));
    let more = lines.len() > h;
    let title = if more {
        format!(
            " Help {}–{} of {} — ↑↓ scroll, Esc closes ",
            first + 1,
            (first + h).min(lines.len()),
            lines.len()
        )
    } else {
        " Help — Esc closes ".to_string()
    };
    let title = truncate_to_width(&title, inner_w);
    clear(frame, r);
    let shown: Vec<Line> = lines.into_iter().skip(first).take(h).collect();
    frame.render_widget(Paragraph::new(shown).block(block(title, true, p)), r);
}
